"""Sentence labels: review / goal / task / other (docs/annotation.md §1).

A linear model over hashed features, so the model file is only the weights
(models/sentence_labels.npz, loaded without pickle):

- character 1–3-grams of the sentence, digits folded to 0;
- its section part and heading flag, its position in the report;
- time: years in the sentence resolved against the report year
  (2021年 is past in a 2022 report), and past/future words;
- aspect and modality cues (了/已/实现 vs 要/将/力争/加快);
- the cue features of the neighbouring sentences.

``span._.label`` is the most probable label and ``span._.label_scores`` the
probability of each label.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import extensions  # noqa: F401
from .resources import models_path

LABELS = ("review", "goal", "task", "other")
NGRAM_FEATURES = 2**18
CUE_FEATURES = 2**12
DIGITS = re.compile(r"\d+(?:\.\d+)?")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
CUES = {
    "past_time": re.compile(r"过去|去年|上年|一年来|五年来|十年来|这一年|这五年|几年来|多年来|以来|期间|回顾|前年"),
    "future_time": re.compile(r"今年|明年|今后|未来|新的一年|到20\d\d年|下一步|\d+年内|本届政府任期|十[一二三四五六七八九]五”?时期"),
    "perfective": re.compile(r"了(?![解])|已经|已|取得|实现了|完成了|达到了|获得|获评|荣膺|入选|成功|圆满|显著|明显|有效|不断|持续|大幅|稳步|累计"),
    "modal": re.compile(r"要|将|力争|确保|必须|应当|务必|争取|努力|着力|加快|推进|推动|实施|开展|加强|深化|扎实|积极|切实|坚持|继续|进一步|全面|抓好|做好|支持|鼓励|引导|完善|健全"),
    "target": re.compile(r"目标|预期|左右|以上|以内|力争|控制在|达到|突破|总体要求|指导思想|主要任务是|基本要求"),
    "growth": re.compile(r"增长|下降|提高|降低|增加|减少|上涨"),
    "percent": re.compile(r"%|％|百分点"),
    "problem": re.compile(r"问题|困难|不足|差距|短板|薄弱|矛盾|挑战|压力|风险|还不|不够|不高|不强|仍然|仍|依然|较大"),
    "ceremony": re.compile(r"各位代表|请予审议|敬意|感谢|谢意|让我们|团结在|奋斗|号召|致以"),
    "list_intro": re.compile(r"以下|如下|几个方面|几项|主要是|：$"),
    "we": re.compile(r"我们"),
    "dash_item": re.compile(r"^——"),
}


def _hash(n_features: int, analyzer) -> HashingVectorizer:
    return HashingVectorizer(n_features=n_features, analyzer=analyzer, alternate_sign=False, norm="l2", dtype=np.float32)


NGRAMS = _hash(NGRAM_FEATURES, "char")
NGRAMS.set_params(ngram_range=(1, 3))
CONTEXT = _hash(CUE_FEATURES, lambda feats: feats)


def _cue_names(text: str) -> list[str]:
    return [name for name, cue in CUES.items() if cue.search(text)]


def _edge_features(text: str) -> list[str]:
    """How the sentence opens and closes: 我们要…, 必须…, ——…, …：, …之年。"""
    body = text.lstrip("—-（(一二三四五六七八九十0123456789）)、.． ")
    feats = [f"pre{k}={body[:k]}" for k in (1, 2, 3, 4)]
    tail = text.rstrip("。！？!?；;”’")
    feats += [f"suf{k}={tail[-k:]}" for k in (1, 2, 3)]
    feats.append(f"end={text[-1:] if text else ''}")
    return feats


def _time_features(text: str, year: int | None) -> list[str]:
    feats = []
    for y in YEAR.findall(text):
        y = int(y)
        if year is None:
            feats.append("year_unknown")
        elif y < year:
            feats.append("year_past")
        elif y == year:
            feats.append("year_current")
        else:
            feats.append("year_future")
    return feats


def sentence_features(doc: Doc) -> tuple[list[str], list[list[str]]]:
    """Normalised sentence texts and context features, one per ``doc.sents`` span."""
    meta = doc._.meta or {}
    year = meta.get("year")
    sections = doc._.sections or []
    sents = list(doc.sents)
    full_text = doc.text  # Doc.text is rebuilt on every access
    texts, cues = [], []
    for sent in sents:
        text = sent.text.strip()
        texts.append(DIGITS.sub("0", text))
        cues.append(_cue_names(text) + _time_features(text, year))
    section_of = section_index(sents, sections)
    n = max(len(sents), 1)
    contexts = []
    for i, sent in enumerate(sents):
        sec = sections[section_of[i]] if section_of[i] is not None else None
        heading = sec is not None and sent.start_char >= sec["start"] and sent.start_char < sec["heading_end"]
        feats = [f"part={sec['part'] if sec else 'none'}", f"level={sec['level'] if sec else 0}", f"heading={heading}", f"pos={int(10 * i / n)}", f"len={min(len(texts[i]) // 15, 8)}", "bias"]
        feats += _edge_features(texts[i])
        words = [t.text for t in sent if not t.is_space and not t.is_punct]
        feats += [f"w={w}" for w in words]
        feats += [f"w2={a}_{b}" for a, b in zip(words, words[1:])]
        feats.append(f"para_first={sent.start_char == 0 or full_text[sent.start_char - 1] == chr(10)}")
        feats += cues[i]
        feats += [f"{c}&part={sec['part'] if sec else 'none'}" for c in cues[i]]
        if heading:
            feats += [f"{c}&heading" for c in cues[i]]
        if i:
            feats += [f"prev_{c}" for c in cues[i - 1]]
        if i + 1 < len(sents):
            feats += [f"next_{c}" for c in cues[i + 1]]
        contexts.append(feats)
    return texts, contexts


def section_index(sents: list[Span], sections: list[dict]) -> list[int | None]:
    """Innermost section holding each sentence (one sweep: sections nest)."""
    result: list[int | None] = []
    open_sections: list[int] = []
    j = 0
    for sent in sents:
        pos = sent.start_char
        while j < len(sections) and sections[j]["start"] <= pos:
            open_sections.append(j)
            j += 1
        while open_sections and sections[open_sections[-1]]["end"] <= pos:
            open_sections.pop()
        result.append(open_sections[-1] if open_sections else None)
    return result


def vectorize(texts: list[str], contexts: list[list[str]]) -> sp.csr_matrix:
    return sp.hstack([NGRAMS.transform(texts), CONTEXT.transform(contexts)], format="csr")


class SentenceLabeler:
    """Sets ``span._.label``, ``span._.label_scores`` and ``span._.section`` on every sentence."""

    def __init__(self, nlp: Language, name: str, model_path: str | None):
        self.name = name
        path = Path(model_path) if model_path else models_path("sentence_labels.npz")
        with np.load(path, allow_pickle=False) as data:
            self.coef = sp.csr_matrix(data["coef"].astype(np.float32))
            self.intercept = data["intercept"].astype(np.float32)
            self.labels = [str(x) for x in data["labels"]]

    def predict_proba(self, X: sp.csr_matrix) -> np.ndarray:
        scores = (X @ self.coef.T).toarray() + self.intercept
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        return probs / probs.sum(axis=1, keepdims=True)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        texts, contexts = sentence_features(doc)
        probs = self.predict_proba(vectorize(texts, contexts))
        sections = doc._.sections or []
        sents = list(doc.sents)
        for sent, row, sec in zip(sents, probs, section_index(sents, sections)):
            sent._.label = self.labels[int(row.argmax())]
            sent._.label_scores = {label: float(p) for label, p in zip(self.labels, row)}
            sent._.section = sec
        return doc


@Language.factory("govreport_sentence_labels", default_config={"model_path": None})
def make_sentence_labels(nlp: Language, name: str, model_path: str | None) -> SentenceLabeler:
    return SentenceLabeler(nlp, name, model_path)
