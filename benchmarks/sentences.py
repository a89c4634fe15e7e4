"""Sentence labels on the dev gold: the model next to the section-heading rule, in one run.

    python benchmarks/sentences.py [corpus/gold/split/dev.jsonl]

The ablation line gives the model with each sentence decided alone (the
chain over neighbouring sentences switched off), in the same run.

The rule baseline labels a sentence by the part of the report its section
heading names (review / goals / tasks), headings of the first level and
ceremonial sentences ``other`` — the weak labels the model starts from.

Calibration of ``sent._.label_scores``: each gold sentence takes the
predicted sentence that overlaps it most (as the scorer does); its
confidence is the probability of the predicted label. The reliability
table gives, per confidence bin, how many sentences fall in it, their mean
confidence and their accuracy; ECE is the size-weighted mean gap. The table
also shows what filtering by confidence buys: precision and coverage of
the sentences kept at each threshold.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

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
    return [{"start": s, "end": e, "label": sent._.label, "score": sent._.label_scores[sent._.label]}
            for s, e, sent in sentence_raw_spans(doc)]


def confidence_pairs(gold: list[dict], pred: list[dict]) -> list[tuple[float, bool]]:
    index = SpanIndex(pred)
    pairs = []
    for g in gold:
        p = index.best(g["start"], g["end"])
        if p is not None:
            pairs.append((p["score"], p["label"] == g["label"]))
    return pairs


def reliability(pairs: list[tuple[float, bool]], n_bins: int = 10) -> str:
    conf = np.array([c for c, _ in pairs])
    correct = np.array([ok for _, ok in pairs], dtype=float)
    bins = np.minimum((conf * n_bins).astype(int), n_bins - 1)
    rows = [f"  {'confidence':<12}{'n':>6}{'mean conf':>11}{'accuracy':>10}"]
    ece = 0.0
    for b in range(n_bins):
        m = bins == b
        if not m.any():
            continue
        gap = abs(correct[m].mean() - conf[m].mean())
        ece += m.sum() * gap
        rows.append(f"  {b / n_bins:.1f}-{(b + 1) / n_bins:.1f}{'':<5}{m.sum():6d}{conf[m].mean():11.3f}{correct[m].mean():10.3f}")
    rows.insert(0, f"calibration: ECE {ece / len(conf):.4f} over {len(conf)} sentences (10 equal-width bins)")
    rows.append("  filter by confidence: " + "  ".join(
        f">={t:.1f}: acc {correct[conf >= t].mean():.3f} keeps {np.mean(conf >= t):.0%}" for t in (0.5, 0.7, 0.9) if (conf >= t).any()))
    return "\n".join(rows)


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


def without_neighbours(doc, labeler) -> list[dict]:
    """The model's labels with each sentence decided alone (no weighing against its neighbours)."""
    pairwise = labeler.pairwise
    labeler.pairwise = np.zeros_like(pairwise)
    try:
        return model_prediction(labeler(doc))
    finally:
        labeler.pairwise = pairwise


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(REPO / "corpus/gold/split/dev.jsonl"),
                    help="gold JSONL (default: the dev split)")
    gold_path = ap.parse_args().gold
    nlp = govreport_nlp.load(exclude=["govreport_entities", "govreport_indicators"])
    labeler = nlp.get_pipe("govreport_sentence_labels")
    model, rule, alone = Scorer(), Scorer(), Scorer()
    n_docs = n_sents = 0
    pairs: list[tuple[float, bool]] = []
    for record in load_gold(gold_path):
        if not record.get("sentences"):
            continue
        doc = nlp(record["text"])
        gold = {"sentences": record["sentences"]}
        predicted = model_prediction(doc)
        model.add(gold, {"sentences": predicted})
        pairs += confidence_pairs(record["sentences"], predicted)
        rule.add(gold, {"sentences": rule_prediction(doc)})
        alone.add(gold, {"sentences": without_neighbours(doc, labeler)})
        n_docs += 1
        n_sents += len(record["sentences"])
    print(f"dev gold: {gold_path} — {n_docs} documents, {n_sents} sentences\n")
    print(table("model (govreport_sentence_labels)", model.result()))
    print()
    print(reliability(pairs))
    print()
    print(table("baseline: section-heading rule", rule.result()))
    m, r = model.result()["sentences"]["macro_f1"], rule.result()["sentences"]["macro_f1"]
    print(f"\nmacro-F1 model / rule = {m:.3f} / {r:.3f} = {m / r if r else float('inf'):.2f}x")
    a = alone.result()["sentences"]
    print(f"ablation: each sentence decided alone, without weighing its neighbours: macro-F1 {a['macro_f1']:.3f} "
          f"(goal {a['per_label']['goal']['f1']:.3f}, other {a['per_label']['other']['f1']:.3f})")


if __name__ == "__main__":
    main()
