"""Dev scores of every layer in one table, next to the baselines, in one run.

    python benchmarks/accuracy.py [--dev corpus/gold/split/dev.jsonl] [--seg-limit N]

- sentence labels: the model vs the section-heading rule (benchmarks/sentences.py)
- entities: the pipeline vs jieba.posseg (ns→PLACE, nt→ORG), exact span + label
- indicators: detection and field accuracy of the pipeline
- segmentation: icwb2 PKU and MSR test gold (../shared), this model (no
  lexicon) vs the published pkuseg default model vs jieba

Needs ../shared (the dev gold is stand-off over its texts) and jieba
(pip install '.[bench]').
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import govreport_nlp  # noqa: E402
from govreport_nlp.evaluate import ENTITY_LABELS, Scorer, predict_raw  # noqa: E402
from govreport_nlp.gold import find_shared_dir, load_gold  # noqa: E402


def jieba_entities(text: str, start: int, end: int) -> list[dict]:
    import jieba.posseg as pseg

    out, pos = [], 0
    for word, flag in pseg.cut(text):
        label = {"ns": "PLACE", "nt": "ORG"}.get(flag)
        if label and start <= pos and pos + len(word) <= end:
            out.append({"start": pos, "end": pos + len(word), "label": label})
        pos += len(word)
    return out


def dev_rows(dev_path: Path) -> list[tuple]:
    from sentences import rule_prediction

    nlp = govreport_nlp.load()
    model, baseline = Scorer(), Scorer()
    for record in load_gold(dev_path):
        pred = predict_raw(nlp, record["text"])
        model.add(record, pred)
        doc = nlp(record["text"])
        body = (min(s["start"] for s in record["sentences"]), max(s["end"] for s in record["sentences"]))
        baseline.add({"sentences": record["sentences"], "entities": record.get("entities", [])},
                     {"sentences": rule_prediction(doc), "entities": jieba_entities(record["text"], *body)})
    m, b = model.result(), baseline.result()
    rows = [("sentences", "macro-F1", m["sentences"]["macro_f1"], b["sentences"]["macro_f1"], "section-heading rule")]
    for label, v in m["sentences"]["per_label"].items():
        rows.append(("sentences", f"F1 {label}", v["f1"], b["sentences"]["per_label"][label]["f1"], "section-heading rule"))
    rows.append(("entities", "micro-F1", m["entities"]["micro"]["f1"], b["entities"]["micro"]["f1"], "jieba.posseg"))
    for label in ENTITY_LABELS:
        v, bv = m["entities"]["per_label"][label], b["entities"]["per_label"][label]
        rows.append(("entities", f"F1 {label} (gold {v['gold']})", v["f1"], bv["f1"] if label in ("PLACE", "ORG") else None, "jieba.posseg"))
    rows.append(("entities", "overlap micro-F1", m["entities"]["overlap_micro"]["f1"], b["entities"]["overlap_micro"]["f1"], "jieba.posseg"))
    ind = m["indicators"]
    rows.append(("indicators", "detection F1", ind["detection"]["f1"], None, ""))
    for name, acc in ind["field_accuracy"].items():
        rows.append(("indicators", f"{name} accuracy", acc, None, ""))
    return rows


def segmentation_rows(shared: Path, limit: int | None) -> list[tuple]:
    from segment import make_segmenters, read_lines, score

    segs = make_segmenters({"govreport", "pkuseg-default", "jieba"})
    rows = []
    for corpus in ("pku", "msr"):
        raw = read_lines(shared / f"corpora/icwb2/{corpus}_test.utf8", limit)
        gold = read_lines(shared / f"corpora/icwb2/{corpus}_test_gold.utf8", limit)
        f1 = {name: score([cut(line) for line in raw], gold)["F1"] for name, (cut, _, _) in segs.items()}
        rows.append(("segmentation", f"{corpus.upper()} word F1", f1["govreport"], f1["pkuseg-default"], "pkuseg default"))
        rows.append(("segmentation", f"{corpus.upper()} word F1", f1["govreport"], f1["jieba"], "jieba"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", default=str(REPO / "corpus/gold/split/dev.jsonl"))
    parser.add_argument("--seg-limit", type=int, default=None, help="only the first N lines of each icwb2 test set")
    args = parser.parse_args()
    shared = find_shared_dir()
    if shared is None:
        sys.exit("../shared is needed (dev gold texts, icwb2): set GOVREPORT_SHARED")
    rows = dev_rows(Path(args.dev)) + segmentation_rows(shared, args.seg_limit)
    print(f"dev gold: {args.dev}")
    print(f"{'layer':<13}{'metric':<30}{'govreport':>10}{'baseline':>10}  baseline")
    for layer, metric, ours, base, name in rows:
        base_s = f"{base:10.3f}" if base is not None else f"{'—':>10}"
        print(f"{layer:<13}{metric:<30}{ours:10.3f}{base_s}  {name}")


if __name__ == "__main__":
    main()
