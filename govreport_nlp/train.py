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

Two models (``fit``, a logistic regression, and ``fit_nb``, NB-weighted
regressions on binary features) are trained and blended. Calibration: each
model's probabilities are a softmax of its linear scores divided by a
temperature, plus a bias per label, fitted (by log-loss) on the
cross-validated scores (6 groups of documents) of the training documents;
the log of the mean of the two is calibrated the same way (``blend``).
The same cross-validated probabilities, with the rules applied, choose how
much a sentence's label leans on its neighbours' (``pairwise``: the scale,
from PAIRWISE_SCALES, times the log-ratio of label bigrams to label
frequencies in the gold; classify.chain_marginals), each fold decoded with
the bigrams of the other folds.
The same cross-validation gives the CV figures the training script prints,
so every retraining also reports how well it generalises across documents.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

from .align import SpanIndex, sentence_raw_spans
from .classify import (LABELS, blend, decode, rule_label, section_index, sentence_features, softmax,
                       target_list_items, vectorize)
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
    docs: list[str] = field(default_factory=list)
    rules: list[str | None] = field(default_factory=list)  # the label a classify rule gives, if any
    gold_spans: list[tuple[int, int] | None] = field(default_factory=list)  # the gold sentence a row is scored against

    def add(self, text, context, label, weight, doc_id="", rule=None, gold_span=None):
        self.rules.append(rule)
        self.gold_spans.append(gold_span)
        self.texts.append(text)
        self.contexts.append(context)
        self.labels.append(label)
        self.weights.append(weight)
        self.docs.append(doc_id)


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
    for n, record in enumerate(records):
        if not record.get("sentences"):
            continue
        doc = nlp(record["text"])
        index = SpanIndex(record["sentences"])
        texts_, contexts = sentence_features(doc)
        targets = target_list_items(doc)
        # sentence_raw_spans skips blank sentences; the features are per doc.sents
        nonblank = [k for k, sent in enumerate(doc.sents) if sent.text.strip()]
        for (r_start, r_end, _sent), k in zip(sentence_raw_spans(doc), nonblank):
            gold = index.best(r_start, r_end)
            if gold is not None:
                ruled = rule_label(texts_[k], targets[k], list(LABELS))
                rule = None if ruled is None else LABELS[ruled]
                data.add(texts_[k], contexts[k], gold["label"], weight, record.get("id") or f"doc{n}", rule,
                         (gold["start"], gold["end"]))


C_DEFAULT = 16.0  # chosen by leave-one-document-out CV on the 14 train documents (C=4: 0.806, C=16: 0.813 macro-F1, before rules)


@dataclass
class LinearModel:
    """Weights over the hashed feature space, label order of classify.LABELS."""
    coef: np.ndarray
    intercept: np.ndarray
    labels: list[str]
    temperature: float = 1.0
    bias: np.ndarray | None = None
    pairwise: np.ndarray | None = None  # log-weight of label b after a (classify.chain_marginals)
    # the second member of the ensemble (``fit_nb``, scored on binary rows), with
    # the temperature and bias that calibrate the mean of the two members' probabilities
    nb: LinearModel | None = None
    blend_temperature: float = 1.0
    blend_bias: np.ndarray | None = None

    def scores(self, X: sp.csr_matrix) -> np.ndarray:
        return np.asarray(X @ self.coef.T) + self.intercept


def fit(data: TrainingSet, seed: int = 0, C: float = C_DEFAULT, rows: np.ndarray | None = None,
        X: sp.csr_matrix | None = None) -> LinearModel:
    """Logistic regression on the rows given (default all); balanced class weights
    because goal and other are rare and macro-F1 weighs them like task."""
    X = vectorize(data.texts, data.contexts) if X is None else X
    y, w = np.array(data.labels), np.array(data.weights)
    if rows is not None:
        X, y, w = X[rows], y[rows], w[rows]
    used = np.unique(X.indices)  # fit on the columns in use: same solution, ten times faster
    model = LogisticRegression(C=C, max_iter=3000, random_state=seed, class_weight="balanced")
    model.fit(X[:, used], y, sample_weight=w)
    classes = list(model.classes_)
    labels = [label for label in LABELS if label in classes]
    order = [classes.index(label) for label in labels]
    if len(classes) > 2:
        coef_used, intercept = model.coef_, model.intercept_
    else:  # binary: the score of classes_[1] against 0 gives the same probabilities under softmax
        coef_used = np.vstack([np.zeros_like(model.coef_), model.coef_])
        intercept = np.array([0.0, model.intercept_[0]])
    coef = np.zeros((len(labels), X.shape[1]), dtype=np.float32)
    coef[:, used] = coef_used[order]
    return LinearModel(coef, intercept[order].astype(np.float32), labels)


NB_C = 4.0  # 6-fold CV on train: the NB-weighted model alone 0.820 macro-F1 at C=4 and at C=16, the blend 0.830 at C=4


def binarize(X: sp.csr_matrix) -> sp.csr_matrix:
    """The rows with every feature present set to 1."""
    X = X.copy()
    X.data[:] = 1.0
    return X


def fit_nb(data: TrainingSet, seed: int = 0, C: float = NB_C, rows: np.ndarray | None = None,
           X: sp.csr_matrix | None = None) -> LinearModel:
    """The second member of the ensemble: one logistic regression per label
    against the rest, on the binary features each scaled by its log-count
    ratio between the label and the rest (NBSVM, Wang & Manning 2012); the
    ratios are folded into the weights, so the model scores binary rows
    (``binarize``) linearly. It weighs rare, telling n-grams more than the
    plain regression does, and the two disagree where either alone errs."""
    X = vectorize(data.texts, data.contexts) if X is None else X
    y, w = np.array(data.labels), np.array(data.weights)
    if rows is not None:
        X, y, w = X[rows], y[rows], w[rows]
    X = binarize(X)  # after the row selection: one fold's rows are copied, not the whole matrix
    used = np.unique(X.indices)
    X_used = X[:, used]
    labels = [label for label in LABELS if label in set(y.tolist())]
    coef = np.zeros((len(labels), X.shape[1]), dtype=np.float32)
    intercept = np.zeros(len(labels), dtype=np.float32)
    for k, label in enumerate(labels):
        pos = np.asarray(X_used[y == label].sum(axis=0)).ravel() + 1.0
        neg = np.asarray(X_used[y != label].sum(axis=0)).ravel() + 1.0
        ratio = np.log(pos / pos.sum()) - np.log(neg / neg.sum())
        model = LogisticRegression(C=C, max_iter=3000, random_state=seed, class_weight="balanced")
        model.fit(X_used @ sp.diags(ratio), (y == label).astype(int), sample_weight=w)
        coef[k, used] = ratio * model.coef_[0]
        intercept[k] = model.intercept_[0]
    return LinearModel(coef, intercept, labels)


def cross_validate(data: TrainingSet, seed: int = 0, C: float = C_DEFAULT,
                   n_folds: int | None = None, fitter=fit, X: sp.csr_matrix | None = None
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Cross-validated scores of the gold sentences by document: (scores, row mask, fold of each row).
    Leave-one-document-out, or ``n_folds`` groups of documents (random, by ``seed``).
    ``fitter`` (``fit`` or ``fit_nb``) fits each fold on ``X`` (default: ``vectorize``;
    ``binarize`` it for ``fit_nb``).

    None when there are fewer than three documents to rotate over."""
    docs = np.array(data.docs)
    gold_rows = np.array(data.weights) >= 1.0
    doc_ids = sorted(set(docs[gold_rows]))
    if len(doc_ids) < 3:
        return None
    X = vectorize(data.texts, data.contexts) if X is None else X
    scores = np.zeros((len(docs), len(LABELS)), dtype=np.float64)
    labels = np.array(data.labels)
    labels_all = set(data.labels)
    order = np.random.RandomState(seed).permutation(len(doc_ids))
    fold_of = {doc_ids[i]: (k % n_folds if n_folds else k) for k, i in enumerate(order)}
    folds = np.array([fold_of.get(d, -1) for d in docs])
    for fold in sorted(set(fold_of.values())):
        test = folds == fold
        train_rows = np.flatnonzero(~test)
        if set(labels[train_rows]) != labels_all:
            return None
        model = fitter(data, seed, C, rows=train_rows, X=X)
        scores[test] = model.scores(X[test])
    return scores, gold_rows, folds


def calibrate(scores: np.ndarray, labels: list[str]) -> tuple[float, np.ndarray]:
    """Temperature and per-label bias minimising the log-loss of softmax(scores / T + b)."""
    y = np.array([LABELS.index(label) for label in labels])

    def loss(params: np.ndarray) -> float:
        t, b = np.exp(params[0]), np.r_[0.0, params[1:]]
        p = softmax(scores / t + b)
        return -np.log(p[np.arange(len(y)), y] + 1e-12).mean()

    res = minimize(loss, np.zeros(len(LABELS)), method="Nelder-Mead", options={"maxiter": 4000, "xatol": 1e-4, "fatol": 1e-7})
    return float(np.exp(res.x[0])), np.r_[0.0, res.x[1:]].astype(np.float32)


PAIRWISE_SCALES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7)


def label_transitions(labels: list[str], docs: list[str]) -> np.ndarray:
    """log P(b follows a) - log P(b) over consecutive sentences of the same
    document (add-one counts): how much more likely a label is after another
    than anywhere (goal after goal, other after a list opener)."""
    index = [LABELS.index(label) for label in labels]
    counts = np.ones((len(LABELS), len(LABELS)))
    for a, b, doc_a, doc_b in zip(index, index[1:], docs, docs[1:]):
        if doc_a == doc_b:
            counts[a, b] += 1
    prior = np.bincount(index, minlength=len(LABELS)) + 1.0
    return np.log(counts / counts.sum(axis=1, keepdims=True)) - np.log(prior / prior.sum())


def decode_documents(probs: np.ndarray, docs: list[str], rules: list[str | None], pairwise: np.ndarray) -> np.ndarray:
    """classify.decode over each document's rows (a document's rows are consecutive, in reading order)."""
    out = np.empty_like(probs)
    docs = np.asarray(docs)
    starts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]]).tolist() + [len(docs)]
    rule_index = [None if rule is None else LABELS.index(rule) for rule in rules]
    for a, b in zip(starts, starts[1:]):
        out[a:b] = decode(probs[a:b], rule_index[a:b], pairwise)
    return out


def cv_probabilities(scores: np.ndarray, temperature: float, bias: np.ndarray, rules: list[str | None],
                     labels: list[str], docs: list[str], folds: np.ndarray, scale: float) -> np.ndarray:
    """The probabilities the component would give each held-out row: calibrated,
    the rules applied and decoded against the neighbours with the transitions
    of the other folds' documents, times ``scale``."""
    probs = softmax(scores / temperature + bias)
    out = np.empty_like(probs)
    labels, docs = np.asarray(labels), np.asarray(docs)
    for fold in sorted(set(folds.tolist())):
        test = np.flatnonzero(folds == fold)
        train = np.flatnonzero(folds != fold)
        pairwise = scale * label_transitions(labels[train].tolist(), docs[train].tolist())
        out[test] = decode_documents(probs[test], docs[test].tolist(), [rules[k] for k in test], pairwise)
    return out


def choose_scale(scores: np.ndarray, temperature: float, bias: np.ndarray, rules: list[str | None],
                 labels: list[str], docs: list[str], folds: np.ndarray) -> float:
    """The weight of the transitions (PAIRWISE_SCALES) with the best cross-validated macro-F1; the smaller on ties."""
    return max(PAIRWISE_SCALES, key=lambda scale: (round(cv_report(cv_probabilities(
        scores, temperature, bias, rules, labels, docs, folds, scale), labels)["cv_macro_f1"], 3), -scale))


def cv_report(probs: np.ndarray, labels: list[str]) -> dict:
    """Per-label F1, macro-F1 and expected calibration error of CV probabilities."""
    pred = np.array(LABELS)[probs.argmax(axis=1)]
    gold = np.array(labels)
    per_label = {}
    for label in LABELS:
        tp = int(((pred == label) & (gold == label)).sum())
        n_pred, n_gold = int((pred == label).sum()), int((gold == label).sum())
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        per_label[label] = round(2 * p * r / (p + r) if p + r else 0.0, 3)
    return {"cv_macro_f1": round(float(np.mean(list(per_label.values()))), 3), "cv_f1": per_label,
            "cv_ece": round(expected_calibration_error(probs.max(axis=1), pred == gold), 4)}


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, n_bins: int = 10) -> float:
    """Mean |accuracy - confidence| over equal-width confidence bins, weighted by bin size."""
    bins = np.minimum((np.asarray(confidence) * n_bins).astype(int), n_bins - 1)
    total = 0.0
    for b in range(n_bins):
        m = bins == b
        if m.any():
            total += m.sum() * abs(np.mean(correct[m]) - np.mean(confidence[m]))
    return float(total / max(len(confidence), 1))


def save_linear(model: LinearModel, out: str | Path) -> None:
    n = len(model.labels)
    zeros = np.zeros(n, dtype=np.float32)
    pairwise = model.pairwise if model.pairwise is not None else np.zeros((n, n))
    arrays = dict(coef=model.coef.astype(np.float16), intercept=model.intercept.astype(np.float32),
                  labels=np.array(model.labels), temperature=np.float32(model.temperature),
                  bias=(model.bias if model.bias is not None else zeros).astype(np.float32),
                  pairwise=pairwise.astype(np.float32))
    if model.nb is not None:
        if model.nb.labels != model.labels:
            raise ValueError(f"{out}: the ensemble's members have different labels ({model.labels}, {model.nb.labels})")
        arrays.update(nb_coef=model.nb.coef.astype(np.float16), nb_intercept=model.nb.intercept.astype(np.float32),
                      nb_temperature=np.float32(model.nb.temperature),
                      nb_bias=(model.nb.bias if model.nb.bias is not None else zeros).astype(np.float32),
                      blend_temperature=np.float32(model.blend_temperature),
                      blend_bias=(model.blend_bias if model.blend_bias is not None else zeros).astype(np.float32))
    np.savez_compressed(out, **arrays)


def train_sentence_labels(gold_paths: list[Path], out: Path, *, weak: bool = False, weak_weight: float = 0.1,
                          exclude_ids: set[str] = frozenset(), seed: int = 0, calibrate_cv: bool = True,
                          n_folds: int | None = 6, ensemble: bool = True) -> dict:
    """Train and save the sentence-label model; returns counts, CV scores and calibration for the log.

    With ``calibrate_cv`` (and at least three gold documents) the model is
    cross-validated by document (``n_folds`` groups; None: leave one document
    out, 85 fits on the current train split) and its probabilities calibrated."""
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
    X = vectorize(data.texts, data.contexts)
    model = fit(data, seed=seed, X=X)
    if ensemble:
        model.nb = fit_nb(data, seed=seed, X=X)
    info: dict = {"weak_sentences": n_weak, "gold_sentences": len(data.labels) - n_weak, "gold_docs": sorted(gold_ids)}
    cv = cross_validate(data, seed=seed, n_folds=n_folds, X=X) if calibrate_cv and len(model.labels) == len(LABELS) else None
    if cv is not None:
        scores, rows, folds = cv
        keep = np.flatnonzero(rows)
        gold_labels = [data.labels[k] for k in keep]
        gold_docs = [data.docs[k] for k in keep]
        rules = [data.rules[k] for k in keep]
        model.temperature, model.bias = calibrate(scores[keep], gold_labels)
        lr_args = (scores[keep], model.temperature, model.bias, rules, gold_labels, gold_docs, folds[keep])
        members = [softmax(scores[keep] / model.temperature + model.bias)]
        if model.nb is not None:
            nb_scores = cross_validate(data, seed=seed, C=NB_C, n_folds=n_folds, fitter=fit_nb, X=binarize(X))[0][keep]
            model.nb.temperature, model.nb.bias = calibrate(nb_scores, gold_labels)
            members.append(softmax(nb_scores / model.nb.temperature + model.nb.bias))
        blended = blend(members)
        model.blend_temperature, model.blend_bias = calibrate(blended, gold_labels)
        cv_args = (blended, model.blend_temperature, model.blend_bias, rules, gold_labels, gold_docs, folds[keep])
        scale = choose_scale(*cv_args)
        model.pairwise = scale * label_transitions(gold_labels, gold_docs)
        info["cv_without_neighbours"] = cv_report(cv_probabilities(*cv_args, 0.0), gold_labels)
        if model.nb is not None:
            info["cv_regression_alone"] = cv_report(cv_probabilities(*lr_args, scale), gold_labels)
        info.update(cv_report(cv_probabilities(*cv_args, scale), gold_labels))
        info["temperature"] = round(model.temperature, 3)
        info["bias"] = [round(float(b), 3) for b in model.bias]
        info["pairwise_scale"] = scale
    save_linear(model, out)
    return info
