"""Held-out benchmark of the cleaning stage on tests/pages_heldout/.

The ten pages there (scripts/data/clean_make_heldout.py) were written blind,
without reading the cleaner's code, in kinds of site and damage that
tests/pages/ does not cover.  Their first run, before any change to the
cleaner, is the out-of-sample figure: chrome removed 197/218 = 90.4%, body
kept 100.00%, exact 4/10, meta 77/80.  The cleaner was then fixed on them
(they are regression tests in tests/test_clean_pages.py now), so a later run
on them is in-sample; a fresh blind batch (--pages tests/pages_heldout2) takes
over as the held-out measure.

Prints per page:
- chrome removed: chrome lines of the page's .json that do not survive in a
  cleaned line outside the expected body (same rule as benchmarks/clean.py)
- body kept: characters of the expected body found, in order, in the cleaned
  text (difflib matching blocks); extra = cleaned characters not matched
- exact: cleaned text == expected body
- meta: fields of the .json's meta that clean() got right, and which not
- map: every cleaned character maps to its own (or its source) character in the
  decoded page (the offset property of tests/test_clean_pages.py)
and a TOTAL line.

Run:  python benchmarks/clean_heldout.py [--diff] [--pages tests/pages_heldout2]
      --diff prints, for every page that is not exact or has a wrong meta
      field, the lines lost/added against the expected body and the meta errors.
"""
from __future__ import annotations

import argparse
import difflib
import importlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "benchmarks"))

from clean import body_kept, chrome_removed  # noqa: E402  (benchmarks/clean.py: the same measures)
from govreport_nlp import clean  # noqa: E402

C = importlib.import_module("govreport_nlp.clean")
PAGES = REPO / "tests" / "pages_heldout"

def map_ok(raw: bytes, c) -> bool:
    try:
        from test_clean_offsets import consistent
    except Exception:  # hypothesis absent: skip the check
        return True
    decoded = C.decode_bytes(raw)
    if len(c.to_raw) != len(c.text) + 1:
        return False
    if any(b < a for a, b in zip(c.to_raw, c.to_raw[1:])):
        return False
    return all(consistent(decoded, c.to_raw[i], ch) for i, ch in enumerate(c.text))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--diff", action="store_true", help="show what differs on failing pages")
    ap.add_argument("--pages", type=Path, default=PAGES, help="directory of pages (default tests/pages_heldout)")
    args = ap.parse_args()
    rows, details = [], []
    tot = dict(rm=0, ch=0, k=0, b=0, exact=0, mok=0, mn=0, map=0)
    pages = args.pages
    infos = sorted(pages.glob("*.json"))
    for info_path in infos:
        info = json.loads(info_path.read_text(encoding="utf-8"))
        raw = (pages / info["file"]).read_bytes()
        expected = (pages / f"{info_path.stem}.expected.txt").read_text(encoding="utf-8").rstrip("\n")
        c = clean(raw, name=info["file"])
        rm, ch, left = chrome_removed(info["chrome"], c.text, expected)
        k, b = body_kept(expected, c.text)
        wrong = {key: (val, c.meta.get(key)) for key, val in info["meta"].items() if c.meta.get(key) != val}
        mok, mn = len(info["meta"]) - len(wrong), len(info["meta"])
        mp = map_ok(raw, c)
        ex = c.text == expected
        tot["rm"] += rm
        tot["ch"] += ch
        tot["k"] += k
        tot["b"] += b
        tot["exact"] += ex
        tot["mok"] += mok
        tot["mn"] += mn
        tot["map"] += mp
        rows.append((info_path.stem, info["encoding"], rm, ch, k, b, len(c.text) - k, ex, mok, mn, wrong, mp))
        if not ex or wrong:
            details.append((info_path.stem, expected, c.text, left, wrong))
    print(f"{'page':28} {'enc':9} {'chrome removed':>15} {'body kept':>17} {'extra':>6} {'exact':>5} {'meta':>5} map  wrong meta")
    for name, enc, rm, ch, k, b, res, ex, mok, mn, wrong, mp in rows:
        print(f"{name:28} {enc:9} {rm:>6}/{ch:<4} {100 * rm / max(ch, 1):5.1f}% {k:>6}/{b:<6} {100 * k / b:5.1f}% "
              f"{res:>6} {'yes' if ex else 'NO':>5} {mok:>2}/{mn:<2} {'ok' if mp else 'BAD':4} {','.join(wrong) or '-'}")
    n = len(rows)
    print(f"\nTOTAL {n} pages: chrome lines removed {tot['rm']}/{tot['ch']} = {100 * tot['rm'] / max(tot['ch'], 1):.1f}%  "
          f"body chars kept {tot['k']}/{tot['b']} = {100 * tot['k'] / max(tot['b'], 1):.2f}%  exact pages {tot['exact']}/{n}  "
          f"meta fields {tot['mok']}/{tot['mn']} = {100 * tot['mok'] / max(tot['mn'], 1):.1f}%  offset maps ok {tot['map']}/{n}")
    if args.diff:
        for name, expected, got, left, wrong in details:
            print(f"\n=== {name}")
            if left:
                print("  chrome left:", " | ".join(left))
            for key, (want, have) in wrong.items():
                print(f"  meta {key}: expected {want!r}, got {have!r}")
            el, gl = expected.split("\n"), got.split("\n")
            for op in difflib.unified_diff(el, gl, "expected", "cleaned", n=0, lineterm=""):
                if op.startswith(("---", "+++", "@@")):
                    continue
                print("  " + op[:160])


if __name__ == "__main__":
    main()
