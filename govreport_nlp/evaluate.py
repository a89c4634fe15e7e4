"""Score the pipeline against gold data (docs/annotation.md §4), layer by layer.

Gold offsets index the text given to the pipeline; predictions are mapped
back to those offsets through the cleaner's map (``doc._.to_raw``), so a
gold file made on a raw web page and one made on clean text are scored the
same way. Layers absent from a gold record are not scored.

- sentences: each gold sentence takes the label of the predicted sentence
  that overlaps it most (``none`` when the cleaner dropped it); per-label
  P/R/F1, macro-F1, accuracy, confusion matrix.
- entities: exact span + label, and overlap + label; per label and micro.
- indicators: a predicted mention matches the gold mention it overlaps;
  detection P/R/F1 and, over matched pairs, the accuracy of every field.
- tokens: word P/R/F1 as the SIGHAN scorer counts it, when the gold record
  has a ``tokens`` list.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from spacy.language import Language

from .align import SpanIndex, sentence_raw_spans
from .classify import LABELS
from .record import raw_span

ENTITY_LABELS = ("PLACE", "PROGRAM", "COMPANY", "ORG")
INDICATOR_FIELDS = ("indicator", "value", "unit", "kind", "qualifier", "status", "period")


def predict_raw(nlp: Language, text: str) -> dict:
    """Pipeline output for ``text`` with offsets into ``text`` itself."""
    doc = nlp(text)
    sentences = [{"start": s, "end": e, "label": sent._.label} for s, e, sent in sentence_raw_spans(doc)]
    entities = []
    for ent in doc.ents:
        s, e = raw_span(doc, ent.start_char, ent.end_char)
        entities.append({"start": s, "end": e, "label": ent.label_})
    indicators = []
    for ind in doc._.indicators or []:
        s, e = raw_span(doc, ind["start"], ind["end"])
        indicators.append({**ind, "start": s, "end": e})
    return {"sentences": sentences, "entities": entities, "indicators": indicators, "tokens": [t.text for t in doc]}


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


class Scorer:
    """Accumulates counts over documents; ``result()`` gives the scores."""

    def __init__(self):
        self.confusion: Counter = Counter()
        self.ent_exact: dict = defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
        self.ent_overlap: dict = defaultdict(lambda: [0, 0, 0])
        self.ind_counts = [0, 0, 0]
        self.ind_fields: Counter = Counter()
        self.tok_counts = [0, 0, 0]
        self.layers: set[str] = set()

    def add(self, gold: dict, pred: dict) -> None:
        if gold.get("sentences"):
            self.layers.add("sentences")
            self._sentences(gold["sentences"], pred["sentences"])
        if "entities" in gold and (gold["entities"] or gold.get("sentences")):
            self.layers.add("entities")
            self._entities(gold["entities"], pred["entities"])
        if "indicators" in gold and (gold["indicators"] or gold.get("sentences")):
            self.layers.add("indicators")
            self._indicators(gold["indicators"], pred["indicators"])
        if gold.get("tokens"):
            self.layers.add("tokens")
            self._tokens(gold["tokens"], pred["tokens"])

    def _sentences(self, gold: list[dict], pred: list[dict]) -> None:
        index = SpanIndex(pred)
        for g in gold:
            p = index.best(g["start"], g["end"])
            self.confusion[(g["label"], p["label"] if p else "none")] += 1

    def _entities(self, gold: list[dict], pred: list[dict]) -> None:
        gold_set = {(e["start"], e["end"], e["label"]) for e in gold}
        pred_set = {(e["start"], e["end"], e["label"]) for e in pred}
        for label in ENTITY_LABELS:
            g = {x for x in gold_set if x[2] == label}
            p = {x for x in pred_set if x[2] == label}
            counts = self.ent_exact[label]
            counts[0] += len(g & p)
            counts[1] += len(p)
            counts[2] += len(g)
            ov = self.ent_overlap[label]
            ov[0] += sum(1 for x in p if any(y[0] < x[1] and x[0] < y[1] for y in g))
            ov[1] += len(p)
            ov[2] += len(g)

    def _indicators(self, gold: list[dict], pred: list[dict]) -> None:
        self.ind_counts[1] += len(pred)
        self.ind_counts[2] += len(gold)
        unused = list(pred)
        for g in gold:
            best, best_overlap = None, 0
            for p in unused:
                overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
                if overlap > best_overlap:
                    best, best_overlap = p, overlap
            if best is None:
                continue
            unused.remove(best)
            self.ind_counts[0] += 1
            for name in INDICATOR_FIELDS:
                self.ind_fields[name] += _same(g.get(name), best.get(name))

    def _tokens(self, gold: list[str], pred: list[str]) -> None:
        g, p = _word_spans([t for t in gold if t.strip()]), _word_spans([t for t in pred if t.strip()])
        self.tok_counts[0] += len(g & p)
        self.tok_counts[1] += len(p)
        self.tok_counts[2] += len(g)

    def result(self) -> dict:
        out: dict = {}
        if "sentences" in self.layers:
            out["sentences"] = self._sentence_result()
        if "entities" in self.layers:
            per_label = {label: prf(*self.ent_exact[label]) for label in ENTITY_LABELS}
            totals = [sum(self.ent_exact[label][i] for label in ENTITY_LABELS) for i in range(3)]
            ov_totals = [sum(self.ent_overlap[label][i] for label in ENTITY_LABELS) for i in range(3)]
            out["entities"] = {"per_label": per_label, "micro": prf(*totals),
                               "overlap_per_label": {label: prf(*self.ent_overlap[label]) for label in ENTITY_LABELS},
                               "overlap_micro": prf(*ov_totals)}
        if "indicators" in self.layers:
            matched = self.ind_counts[0]
            out["indicators"] = {"detection": prf(*self.ind_counts),
                                 "field_accuracy": {k: (self.ind_fields[k] / matched if matched else 0.0) for k in INDICATOR_FIELDS}}
        if "tokens" in self.layers:
            out["tokens"] = prf(*self.tok_counts)
        return out

    def _sentence_result(self) -> dict:
        per_label = {}
        for label in LABELS:
            tp = self.confusion[(label, label)]
            n_pred = sum(v for (g, p), v in self.confusion.items() if p == label)
            n_gold = sum(v for (g, p), v in self.confusion.items() if g == label)
            per_label[label] = prf(tp, n_pred, n_gold)
        total = sum(self.confusion.values())
        return {
            "per_label": per_label,
            "macro_f1": sum(x["f1"] for x in per_label.values()) / len(per_label),
            "accuracy": sum(v for (g, p), v in self.confusion.items() if g == p) / total if total else 0.0,
            "confusion": {g: {p: self.confusion[(g, p)] for p in LABELS + ("none",)} for g in LABELS},
        }


def _same(gold, pred) -> bool:
    if isinstance(gold, (int, float)) and isinstance(pred, (int, float)):
        return abs(float(gold) - float(pred)) < 1e-6
    return (gold or None) == (pred or None)


def _word_spans(words: list[str]) -> set[tuple[int, int]]:
    spans, pos = set(), 0
    for w in words:
        spans.add((pos, pos + len(w)))
        pos += len(w)
    return spans


def evaluate(nlp: Language, records: Iterable[dict]) -> dict:
    """Scores of every layer present in ``records`` (ANNOTATION.md §4 dicts with text)."""
    scorer = Scorer()
    n_docs = 0
    for record in records:
        scorer.add(record, predict_raw(nlp, record["text"]))
        n_docs += 1
    result = scorer.result()
    result["documents"] = n_docs
    return result
