"""Benchmark of the cleaning stage on the noisy pages of tests/pages/.

Prints, per page and in total:
- chrome lines removed: chrome lines placed around the body (listed in the
  page's .json) that do not survive in the cleaned text   (goal 100%)
- body chars kept: characters of the expected body found, in order, in the
  cleaned text (difflib matching blocks)                     (goal >= 99%)
- exact: cleaned text == expected body
- speed: chars/s of clean() over the pages, and over the national reports and
  the seed page (plain text) when ../shared is present.

Run:  python benchmarks/clean.py [--repeat N]
"""
from __future__ import annotations

import argparse
import difflib
import importlib
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from govreport_nlp import clean  # noqa: E402

C = importlib.import_module("govreport_nlp.clean")
PAGES = REPO / "tests" / "pages"


_OCC = None


def _norm(s: str) -> str:
    global _OCC
    if _OCC is None:
        import opencc

        _OCC = opencc.OpenCC("t2s")
    s = _OCC.convert(s.translate(C._WIDTH))
    return re.sub(r"[\s\u3000]+", "", s)


def chrome_removed(chrome: list[str], cleaned: str, expected: str) -> tuple[int, int, list[str]]:
    """(removed, total, the lines left).  A chrome line survives when it sits in
    a cleaned line that is not a line of the expected body (chrome words inside
    the body, e.g. a site name that is also the region, do not count)."""
    body = {_norm(x) for x in expected.split("\n")}
    extra = [t for t in (_norm(x) for x in cleaned.split("\n")) if t not in body]
    n = 0
    left = []
    for line in chrome:
        t = _norm(line)
        if not t:
            continue
        n += 1
        if any(t in x for x in extra):
            left.append(line)
    return n - len(left), n, left


def body_kept(expected: str, cleaned: str) -> tuple[int, int]:
    sm = difflib.SequenceMatcher(None, expected, cleaned, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()), len(expected)


def speed(texts: list, repeat: int) -> float:
    total = sum(len(t) for t in texts)
    for t in texts[:3]:
        clean(t)  # warm-up (OpenCC, regex caches)
    t0 = time.perf_counter()
    for _ in range(repeat):
        for t in texts:
            clean(t)
    return total * repeat / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    rows = []
    raws = []
    tot_rm = tot_ch = tot_kept = tot_body = exact = 0
    for info_path in sorted(PAGES.glob("*.json")):
        info = json.loads(info_path.read_text(encoding="utf-8"))
        raw = (PAGES / info["file"]).read_bytes()
        raws.append(raw)
        expected = (PAGES / f"{info_path.stem}.expected.txt").read_text(encoding="utf-8").rstrip("\n")
        c = clean(raw, name=info["file"])
        rm, ch, _ = chrome_removed(info["chrome"], c.text, expected)
        k, b = body_kept(expected, c.text)
        residue = len(c.text) - k
        tot_rm += rm
        tot_ch += ch
        tot_kept += k
        tot_body += b
        exact += c.text == expected
        rows.append((info_path.stem, info["encoding"], rm, ch, k, b, residue, c.text == expected))
    print(f"{'page':28} {'enc':8} {'chrome removed':>15} {'body kept':>17} {'extra':>6} exact")
    for name, enc, rm, ch, k, b, res, ex in rows:
        print(f"{name:28} {enc:8} {rm:>6}/{ch:<4} {100 * rm / max(ch, 1):5.1f}% {k:>6}/{b:<6} {100 * k / b:5.1f}% {res:>6} {'yes' if ex else 'NO'}")
    print(f"\nTOTAL {len(rows)} pages: chrome lines removed {tot_rm}/{tot_ch} = {100 * tot_rm / tot_ch:.1f}%  "
          f"body chars kept {tot_kept}/{tot_body} = {100 * tot_kept / tot_body:.2f}%  exact pages {exact}/{len(rows)}")
    sp = speed(raws, args.repeat)
    print(f"speed, noisy pages (bytes: decode + HTML + clean): {sp:,.0f} chars/s")
    try:
        from govreport_nlp.gold import find_shared_dir
        shared = find_shared_dir()
    except Exception:
        shared = None
    if shared is None:
        print("speed, national reports: skipped (../shared absent)")
        return
    texts = [json.loads(line)["content"] for line in open(shared / "corpora" / "national_reports.jsonl", encoding="utf-8")]
    print(f"speed, 68 national reports (plain text, {sum(map(len, texts)):,} chars): {speed(texts, args.repeat):,.0f} chars/s")
    seed = (shared / "corpora" / "seed" / "2022_qingdao_chengyang_forum_page.txt").read_text(encoding="utf-8")
    print(f"speed, seed forum page ({len(seed):,} chars): {speed([seed], args.repeat * 10):,.0f} chars/s")


if __name__ == "__main__":
    main()
