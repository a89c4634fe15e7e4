"""Indicator benchmark: dev detection P/R/F1 and field accuracy of the
pipeline's indicator extractor, and of a naive baseline in the same run.

    python benchmarks/indicators.py [GOLD.jsonl] [--runs 3]

- Gold: corpus/gold/split/dev.jsonl by default (stand-off, joined with
  govreport_nlp.gold.load_gold). Report only: nothing is tuned on dev.
- The pipeline runs once per document; both systems are scored on the same
  Docs with govreport_nlp.evaluate.Scorer (a prediction matches the gold
  mention it overlaps most), in raw offsets through the cleaner's map.
- Naive baseline: every regex match of "number + unit" (Arabic digits only,
  the unit list of the extractor) is a mention; its name is the 4 characters
  before the number; kind growth for %/个百分点, else level; no qualifier;
  status from the sentence label (review → actual, other sentences skipped);
  period null.
- Speed: chars/s of the indicator stage alone on the processed Docs (best of
  --runs), one process.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from govreport_nlp.evaluate import INDICATOR_FIELDS, Scorer  # noqa: E402
from govreport_nlp.gold import load_gold  # noqa: E402
from govreport_nlp.indicators import IndicatorExtractor  # noqa: E402
from govreport_nlp.record import raw_span  # noqa: E402

NAIVE = re.compile(
    r"(?P<value>\d+(?:\.\d+)?)(?P<unit>个百分点|万亿元|亿元|万元|元|万吨|亿吨|吨|万千瓦|千瓦|万人次|万人|人次|人|万户|户|万套|套|"
    r"万亩|亩|平方公里|万平方米|平方米|公里|个|家|所|项|件|座|条|只|处|场|台|辆|张|名|倍|%)"
)


def naive(doc) -> list[dict]:
    text = doc.text
    out = []
    for sent in doc.sents:
        label = sent._.label
        if label == "other":
            continue
        for m in NAIVE.finditer(text, sent.start_char, sent.end_char):
            start = max(sent.start_char, m.start() - 4)
            out.append({"start": start, "end": m.end(), "indicator": text[start:m.start()], "value": float(m.group("value")),
                        "unit": m.group("unit"), "kind": "growth" if m.group("unit") in ("%", "个百分点") else "level",
                        "qualifier": "", "status": "actual" if label == "review" else "target", "period": None})
    return out


def to_raw(doc, items: list[dict]) -> list[dict]:
    res = []
    for ind in items:
        s, e = raw_span(doc, ind["start"], ind["end"])
        res.append({**ind, "start": s, "end": e})
    return res


def report(name: str, scorer: Scorer) -> None:
    scorer.layers.add("indicators")
    r = scorer.result()["indicators"]
    d = r["detection"]
    fields = "  ".join(f"{k} {r['field_accuracy'][k]:.3f}" for k in INDICATOR_FIELDS)
    print(f"{name:<10} P {d['p']:.3f}  R {d['r']:.3f}  F1 {d['f1']:.3f}  (gold {d['gold']}, pred {d['pred']}, matched {d['tp']})")
    print(f"{'':<10} field accuracy: {fields}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT / "corpus/gold/split/dev.jsonl"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    from govreport_nlp.pipeline import load

    nlp = load()
    records = [r for r in load_gold(args.gold) if "indicators" in r]
    docs = [nlp(r["text"]) for r in records]
    ours, base = Scorer(), Scorer()
    for rec, doc in zip(records, docs):
        ours._indicators(rec["indicators"], to_raw(doc, doc._.indicators or []))
        base._indicators(rec["indicators"], to_raw(doc, naive(doc)))
    print(f"{args.gold}: {len(records)} documents")
    report("extractor", ours)
    report("naive", base)

    stage = IndicatorExtractor(nlp, "govreport_indicators")
    n_chars = sum(len(d.text) for d in docs)
    best = float("inf")
    for _ in range(max(1, args.runs)):
        t = time.perf_counter()
        for d in docs:
            stage(d)
        best = min(best, time.perf_counter() - t)
    print(f"indicator stage: {n_chars / best / 1e3:.0f}k chars/s ({n_chars} chars, best of {args.runs})")


if __name__ == "__main__":
    main()
