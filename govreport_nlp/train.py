"""Training: the sentence-label model from gold data plus weak labels.

Weak labels (optional) come from report structure over the national
corpus: a sentence in a section whose heading says review/goals/tasks gets
that label, headings of the first level and ceremonial sentences get
``other``. Measured by leave-one-document-out cross-validation on the gold
train split they hurt (macro-F1 0.721 without, 0.689 at weight 0.1, 0.671
at 0.3), because the model already sees the section part as a feature and
the weak labels teach it that every sentence of a part has the part's
label; so the default trains on gold only. Features are
computed by the pipeline itself (classify.sentence_features on Docs made by
``load()``), so training and prediction can never see different inputs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np
from sklearn.linear_model import LogisticRegression

from .align import SpanIndex, sentence_raw_spans
from .classify import LABELS, section_index, sentence_features, vectorize
from .gold import load_gold, load_national_reports

WEAK_PART_LABEL = {"review": "review", "goals": "goal", "tasks": "task"}
CEREMONY = re.compile(r"^各位代表|请予审议|敬意|衷心的?感谢|让我们|本作品")
TARGET = re.compile(r"预期目标|主要目标|目标是|增长\d+(?:\.\d+)?%左右|左右[。；，]|以内[。；，]")


@dataclass
class TrainingSet:
    texts: list[str] = field(default_factory=list)
    contexts: list[list[str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)

    def add(self, text, context, label, weight):
        self.texts.append(text)
        self.contexts.append(context)
        self.labels.append(label)
        self.weights.append(weight)


def weak_label(sent, sections: list[dict], section_index: int | None) -> str | None:
    text = sent.text.strip()
    if CEREMONY.search(text):
        return "other"
    if section_index is None:
        return "other" if len(text) < 40 else None
    sec = sections[section_index]
    is_heading = sent.start_char < sec["heading_end"]
    if is_heading and sec["level"] == 1:
        return "other"
    label = WEAK_PART_LABEL.get(sec["part"] or "")
    if label == "task" and TARGET.search(text):
        return "goal"
    return label


def add_weak(nlp, texts: Iterable[str], data: TrainingSet, weight: float) -> None:
    for doc in nlp.pipe(texts):
        sents = list(doc.sents)
        sections = doc._.sections or []
        texts_, contexts = sentence_features(doc)
        for sent, t, c, idx in zip(sents, texts_, contexts, section_index(sents, sections)):
            label = weak_label(sent, sections, idx)
            if label:
                data.add(t, c, label, weight)


def add_gold(nlp, records: Iterable[dict], data: TrainingSet, weight: float) -> None:
    for record in records:
        if not record.get("sentences"):
            continue
        doc = nlp(record["text"])
        index = SpanIndex(record["sentences"])
        texts_, contexts = sentence_features(doc)
        for (r_start, r_end, _sent), t, c in zip(sentence_raw_spans(doc), texts_, contexts):
            gold = index.best(r_start, r_end)
            if gold is not None:
                data.add(t, c, gold["label"], weight)


def fit(data: TrainingSet, seed: int = 0, C: float = 4.0) -> LogisticRegression:
    X = vectorize(data.texts, data.contexts)
    # balanced: goal and other are rare, and macro-F1 weighs them like task
    model = LogisticRegression(C=C, max_iter=3000, random_state=seed, class_weight="balanced")
    model.fit(X, np.array(data.labels), sample_weight=np.array(data.weights))
    return model


def save_linear(model: LogisticRegression, out: str | Path) -> None:
    labels = list(model.classes_)
    order = [labels.index(label) for label in LABELS if label in labels]
    np.savez_compressed(out, coef=model.coef_[order].astype(np.float16), intercept=model.intercept_[order].astype(np.float32),
                        labels=np.array([labels[i] for i in order]))


def train_sentence_labels(gold_paths: list[Path], out: Path, *, weak: bool = False, weak_weight: float = 0.1,
                          exclude_ids: set[str] = frozenset(), seed: int = 0) -> dict:
    """Train and save the sentence-label model; returns counts for the log."""
    from .pipeline import load

    nlp = load(exclude=["govreport_entities", "govreport_sentence_labels", "govreport_indicators"])
    data = TrainingSet()
    gold_records = [r for p in gold_paths for r in load_gold(p)]
    gold_ids = {r["id"] for r in gold_records}
    if weak:
        docs = load_national_reports()
        texts = [d["content"] for doc_id, d in docs.items() if d.get("year") and doc_id not in gold_ids and doc_id not in exclude_ids]
        add_weak(nlp, texts, data, weak_weight)
    n_weak = len(data.labels)
    add_gold(nlp, gold_records, data, 1.0)
    if len(set(data.labels)) < 2:
        raise ValueError(f"{', '.join(map(str, gold_paths))}: too few labelled sentences to train on ({len(data.labels)})")
    model = fit(data, seed=seed)
    save_linear(model, out)
    return {"weak_sentences": n_weak, "gold_sentences": len(data.labels) - n_weak, "gold_docs": sorted(gold_ids)}
