"""Sentence labels on the dev gold: the model next to the section-heading rule, in one run.

    python benchmarks/sentences.py [corpus/gold/split/dev.jsonl]

The rule baseline labels a sentence by the part of the report its section
heading names (review / goals / tasks), headings of the first level and
ceremonial sentences ``other`` — the weak labels the model starts from.
"""
from __future__ import annotations

import sys
from pathlib import Path

import govreport_nlp
from govreport_nlp.align import SpanIndex, sentence_raw_spans
from govreport_nlp.evaluate import Scorer
from govreport_nlp.gold import load_gold
from govreport_nlp.classify import section_index
from govreport_nlp.train import weak_label

REPO = Path(__file__).resolve().parent.parent


def rule_prediction(doc) -> list[dict]:
    sections = doc._.sections or []
    preds = []
    spans = sentence_raw_spans(doc)
    for (start, end, sent), idx in zip(spans, section_index([sent for _, _, sent in spans], sections)):
        label = weak_label(sent, sections, idx) or "other"
        preds.append({"start": start, "end": end, "label": label})
    return preds


def model_prediction(doc) -> list[dict]:
    return [{"start": s, "end": e, "label": sent._.label} for s, e, sent in sentence_raw_spans(doc)]


def table(name: str, result: dict) -> str:
    s = result["sentences"]
    rows = [f"{name}: macro-F1 {s['macro_f1']:.3f}  accuracy {s['accuracy']:.3f}",
            f"  {'label':<7}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}"]
    for label, v in s["per_label"].items():
        rows.append(f"  {label:<7}{v['p']:7.3f}{v['r']:7.3f}{v['f1']:7.3f}{v['gold']:6d}{v['pred']:6d}")
    labels = list(next(iter(s["confusion"].values())))
    rows.append("  confusion (rows gold, columns predicted): " + " ".join(f"{x:>6}" for x in labels))
    for gold, row in s["confusion"].items():
        rows.append(f"  {gold:<41}" + " ".join(f"{row[x]:>6}" for x in labels))
    return "\n".join(rows)


def main() -> None:
    gold_path = sys.argv[1] if len(sys.argv) > 1 else REPO / "corpus/gold/split/dev.jsonl"
    nlp = govreport_nlp.load(exclude=["govreport_entities", "govreport_indicators"])
    model, rule = Scorer(), Scorer()
    n_docs = n_sents = 0
    for record in load_gold(gold_path):
        if not record.get("sentences"):
            continue
        doc = nlp(record["text"])
        gold = {"sentences": record["sentences"]}
        model.add(gold, {"sentences": model_prediction(doc)})
        rule.add(gold, {"sentences": rule_prediction(doc)})
        n_docs += 1
        n_sents += len(record["sentences"])
    print(f"dev gold: {gold_path} — {n_docs} documents, {n_sents} sentences\n")
    print(table("model (govreport_sentence_labels)", model.result()))
    print()
    print(table("baseline: section-heading rule", rule.result()))
    m, r = model.result()["sentences"]["macro_f1"], rule.result()["sentences"]["macro_f1"]
    print(f"\nmacro-F1 model / rule = {m:.3f} / {r:.3f} = {m / r if r else float('inf'):.2f}x")


if __name__ == "__main__":
    main()
