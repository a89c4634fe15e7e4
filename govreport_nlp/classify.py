"""Sentence labels: review / goal / task / other (docs/annotation.md §1).

Two linear models over the same hashed features, so the model file is only
weights (models/sentence_labels.npz, loaded without pickle): a logistic
regression on the feature values, and one on their presence with each
feature scaled by how much more often it occurs with a label than without
(NBSVM, train.fit_nb); their calibrated probabilities are averaged and
calibrated again (6-fold CV on train: 0.822 → 0.830 macro-F1, goal 0.640 →
0.659). The features:

- character 1–3-grams of the sentence, digits folded to 0;
- its section part and heading flag, its position in the report;
- time: years in the sentence resolved against the report year
  (2021年 is past in a 2022 report), and past/future words;
- aspect and modality cues (了/已/实现 vs 要/将/力争/加快);
- the cue features of the neighbouring sentences, of the paragraph's first
  sentence and of the list opener before it; the titles of its sections;
- clause openings, maxims (X是Y), statements of confidence (一定能, 必将).

``span._.label`` is the most probable label and ``span._.label_scores`` the
probability of each label. The probabilities are calibrated: each model's scores,
then the log of their mean, are divided by a temperature and shifted by a bias per label, all fitted on
cross-validated predictions (by document) over the training documents (train.py),
so a score of 0.9 is right about nine times in ten. Then each sentence is
weighed against its neighbours: a chain over the report's sentences in
reading order, with label-bigram weights learned from the gold
(``chain_marginals``, forward–backward), so a goal amid goals and an
opener's list items lean the way their neighbours go; the label is the
most probable under these marginals.

Two rules where the guide is categorical (docs/annotation.md): a sentence
ending in a colon only opens a list and is ``other`` (Cases); a —— list item
in a section on targets (今后五年的目标任务), and the description after it,
is ``goal`` (§1). A ruled sentence gets 0.95 on its label and 0.05 shared
as the model would.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from .hashing import FeatureHasher, HashedRows
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from .extensions import doc_text  # (also declares the Doc/Span extensions)
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


# the same features as scikit-learn's HashingVectorizer (char 1-3 grams; the
# context feature lists), without importing scikit-learn at load time
NGRAMS = FeatureHasher(NGRAM_FEATURES, "char", ngram_range=(1, 3))
CONTEXT = FeatureHasher(CUE_FEATURES, lambda feats: feats)


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


REVIEW_TITLE = re.compile(r"回顾|过去")
JUST_PAST_YEAR = re.compile(r"(?:刚刚过去的|过去的|回顾)((?:19|20)\d\d)年")


def report_year(doc: Doc, sections: list[dict], texts: list[str]) -> int | None:
    """The report's year: from the metadata, else from the headings
    ("二、2005年工作总体部署"; "1993年国内工作的回顾…" gives 1994), else from
    the past year named near the start ("刚刚过去的1984年" gives 1985)."""
    year = (doc._.meta or {}).get("year")
    if year:
        return int(year)
    for sec in sections:
        found = YEAR.search(sec["title"])
        if found:
            return int(found.group(1)) + (1 if REVIEW_TITLE.search(sec["title"][found.end():found.end() + 12]) else 0)
    for text in texts[:10]:
        found = JUST_PAST_YEAR.search(text)
        if found:
            return int(found.group(1)) + 1
    return None


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


LIST_OPENER_END = ("：", ":")
TARGET_TITLE = re.compile(r"目标")
CLAUSE = re.compile(r"[，；：,;:]")
MAXIM = re.compile(r"^[^，；：]{2,14}是[^，；：]{2,30}[。！]?$|之本|之源|之基|之策|之举|之要|人人有责|在于|关键是|根本|基础在")
CONFIDENCE = re.compile(r"一定能|一定会|必将|必然|就能|就会|就一定|有信心|充满信心|完全有|能够实现|坚信|相信")
YEAR_OF = re.compile(r"是[^，。]{0,40}(?:之年|一年)[。！]?$")


def _clause_features(text: str) -> list[str]:
    clauses = [c for c in CLAUSE.split(text) if c]
    feats = [f"n_clauses={min(len(clauses), 6)}"]
    for k, clause in enumerate(clauses[:4]):
        body = clause.lstrip("—-（(一二三四五六七八九十0123456789）)、.．是要 ")
        feats.append(f"cl_pre2={body[:2]}")
        if k == 0:
            feats.append(f"cl0_pre2={body[:2]}")
    return feats


def _style_features(text: str) -> list[str]:
    feats = []
    if MAXIM.search(text):
        feats.append("maxim")
    if CONFIDENCE.search(text):
        feats.append("confidence")
    if YEAR_OF.search(text):
        feats.append("year_of")
    if len(text) <= 12:
        feats.append("very_short")
    return feats


def _title_features(title: str, tag: str) -> list[str]:
    title = DIGITS.sub("0", title)[:30]
    return [f"{tag}={title[k:k + 2]}" for k in range(len(title) - 1)]


def _top_section(sections: list[dict], index: int) -> int:
    while sections[index]["parent"] is not None:
        index = sections[index]["parent"]
    return index


def doc_sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built from the SENT_START column (no Token objects: 3x faster)."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return list(doc.sents)
    starts = np.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [len(doc)]
    return [doc[a:b] for a, b in zip(starts, ends)]


def _sentence_words(doc: Doc, sents: list[Span], full_text: str) -> list[list[str]]:
    """The words of each sentence, punctuation and spaces left out."""
    table = doc.to_array([IDX, LENGTH, IS_PUNCT, IS_SPACE])
    words = []
    for sent in sents:
        rows = table[sent.start:sent.end]
        words.append([full_text[i:i + n] for i, n, punct, space in rows.tolist() if not punct and not space])
    return words


def sentence_features(doc: Doc, sents: list[Span] | None = None, full_text: str | None = None) -> tuple[list[str], list[list[str]]]:
    """Normalised sentence texts and context features, one per ``doc.sents`` span.

    Per sentence: its n-gram-free features (words, edges, clauses, cues,
    style), its place in the report (part, level, heading, position, the
    titles of its section and top section, its place in the paragraph),
    and the cues of its neighbours, of its paragraph's first sentence and
    of the list opener (…：) before it."""
    sections = doc._.sections or []
    sents = doc_sentences(doc) if sents is None else sents
    full_text = doc_text(doc) if full_text is None else full_text
    sent_words = _sentence_words(doc, sents, full_text)
    raw_texts = [full_text[sent.start_char:sent.end_char].strip() for sent in sents]
    year = report_year(doc, sections, raw_texts)
    texts, cues, edges, para_first = [], [], [], []
    for sent, text in zip(sents, raw_texts):
        texts.append(DIGITS.sub("0", text))
        cues.append(_cue_names(text) + _time_features(text, year))
        edges.append(_edge_features(texts[-1]))
        para_first.append(sent.start_char == 0 or full_text[sent.start_char - 1] == "\n")
    section_of = section_index(sents, sections)
    title_feats: dict[int, list[str]] = {}
    n = max(len(sents), 1)
    contexts = []
    para_start = 0
    for i, sent in enumerate(sents):
        if para_first[i]:
            para_start = i
        si = section_of[i]
        sec = sections[si] if si is not None else None
        heading = sec is not None and sec["start"] <= sent.start_char < sec["heading_end"]
        part = sec["part"] if sec else "none"
        feats = [f"part={part}", f"level={sec['level'] if sec else 0}", f"heading={heading}", f"pos={int(10 * i / n)}",
                 f"len={min(len(texts[i]) // 15, 8)}", "bias", f"para_first={para_first[i]}"]
        feats += edges[i]
        feats += [f"{f}&part={part}" for f in edges[i][:2]]
        words = sent_words[i]
        feats += [f"w={w}" for w in words]
        feats += [f"w2={a}_{b}" for a, b in zip(words, words[1:])]
        feats += _clause_features(texts[i])
        feats += _style_features(texts[i])
        feats += cues[i]
        feats += [f"{c}&part={part}" for c in cues[i]]
        if heading:
            feats += [f"{c}&heading" for c in cues[i]]
        if si is not None:
            if si not in title_feats:
                top = _top_section(sections, si)
                title_feats[si] = _title_features(sections[top]["title"], "top_title")
                if top != si:
                    title_feats[si] += _title_features(sec["title"], "sec_title")
            feats += title_feats[si]
        k = i - para_start
        feats.append(f"para_idx={min(k, 3)}")
        if k:
            feats += [f"para0_{c}" for c in cues[para_start]]
            feats += [f"para0_{f}" for f in edges[para_start][:2]]
        if i:
            feats += [f"prev_{c}" for c in cues[i - 1]]
            feats += [f"prev_{f}" for f in edges[i - 1][:2]]
            if texts[i - 1].endswith(LIST_OPENER_END):
                feats.append("after_colon")
                feats += [f"opener_{c}" for c in cues[i - 1]]
        if i + 1 < len(sents):
            feats += [f"next_{c}" for c in cues[i + 1]]
            feats += [f"next_{f}" for f in edges[i + 1][:2]]
        contexts.append(feats)
    return texts, contexts


def target_list_items(doc: Doc, sents: list[Span] | None = None, full_text: str | None = None) -> list[bool]:
    """Sentences of a —— list item (the item and the description after it) in a
    section whose title names targets (今后五年的目标任务): ``goal`` by the guide
    (§1: "——建设先进制造业集聚区。" and its description of the desired state)."""
    sections = doc._.sections or []
    sents = doc_sentences(doc) if sents is None else sents
    full_text = doc_text(doc) if full_text is None else full_text
    target_sections = {k for k in range(len(sections)) if TARGET_TITLE.search(sections[_top_section(sections, k)]["title"])}
    flags, in_item = [], False
    for sent, si in zip(sents, section_index(sents, sections)):
        if sent.start_char == 0 or full_text[sent.start_char - 1] == "\n":
            in_item = full_text[sent.start_char:sent.end_char].lstrip().startswith("——")
        flags.append(in_item and si in target_sections)
    return flags


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


def vectorize(texts: list[str], contexts: list[list[str]]):
    """The feature matrix (scipy csr) of sentences, for training."""
    import scipy.sparse as sp

    return sp.hstack([NGRAMS.transform(texts), CONTEXT.transform(contexts)], format="csr")


RULE_SHARE = 0.95  # train gold: 21/21 colon-final sentences other, 24/24 target-list sentences goal


def apply_rule(row: np.ndarray, label: int) -> np.ndarray:
    """Probabilities of a sentence a rule decides: mostly ``label``, the model's share for the rest."""
    out = row * (1 - RULE_SHARE)
    out[label] += RULE_SHARE
    return out


def chain_marginals(probs: np.ndarray, pairwise: np.ndarray) -> np.ndarray:
    """Each sentence's label probabilities given its neighbours': forward–backward
    over the sentences in reading order, ``probs`` as the evidence of each
    sentence and ``exp(pairwise[a, b])`` as the weight of label b following a.
    A zero ``pairwise`` leaves ``probs`` as they are."""
    if len(probs) < 2 or not pairwise.any():
        return probs
    weight = np.exp(pairwise)
    forward = np.empty_like(probs)
    backward = np.ones_like(probs)
    forward[0] = probs[0]
    for t in range(1, len(probs)):
        row = probs[t] * (forward[t - 1] @ weight)
        forward[t] = row / row.sum()
    for t in range(len(probs) - 2, -1, -1):
        row = weight @ (probs[t + 1] * backward[t + 1])
        backward[t] = row / row.sum()
    out = forward * backward
    return out / out.sum(axis=1, keepdims=True)


def rule_label(text: str, target_item: bool, labels: list[str]) -> int | None:
    """The label index a categorical rule gives the sentence, if any."""
    if text.endswith(LIST_OPENER_END) and "other" in labels:
        return labels.index("other")
    if target_item and "goal" in labels:
        return labels.index("goal")
    return None


def decode(probs: np.ndarray, rules: list[int | None], pairwise: np.ndarray) -> np.ndarray:
    """The final probabilities of a report's sentences, in order: the rules
    applied, then each sentence weighed against its neighbours
    (``chain_marginals``); a ruled sentence keeps its ruled probabilities."""
    ruled = np.array([row if rule is None else apply_rule(row, rule) for row, rule in zip(probs, rules)]).reshape(probs.shape)
    out = chain_marginals(ruled, pairwise)
    for k, rule in enumerate(rules):
        if rule is not None:
            out[k] = ruled[k]
    return out


def softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise softmax of scores (sentences × labels)."""
    scores = scores - scores.max(axis=1, keepdims=True)
    probs = np.exp(scores)
    return probs / probs.sum(axis=1, keepdims=True)


def blend(member_probs: list[np.ndarray]) -> np.ndarray:
    """The log of the mean of the members' calibrated probabilities (scores to calibrate again)."""
    return np.log(np.mean(member_probs, axis=0) + 1e-12)


class _Member:
    """One linear model of the ensemble (train.fit: keys coef, intercept,
    temperature, bias; train.fit_nb: the same keys prefixed nb_, scored on
    binary rows) and its calibration."""

    def __init__(self, data, prefix: str):
        coef = data[prefix + "coef"].astype(np.float32)
        # (features × labels), split as the feature columns are: n-grams | context
        self.ngram_weights = np.ascontiguousarray(coef[:, :NGRAM_FEATURES].T)
        self.context_weights = np.ascontiguousarray(coef[:, NGRAM_FEATURES:].T)
        self.intercept = data[prefix + "intercept"].astype(np.float32)
        self.binary = prefix == "nb_"
        files = data.files
        self.temperature = float(data[prefix + "temperature"]) if prefix + "temperature" in files else 1.0
        self.bias = data[prefix + "bias"].astype(np.float32) if prefix + "bias" in files else np.zeros(len(self.intercept), np.float32)

    def probabilities(self, ngrams: HashedRows, context: HashedRows) -> np.ndarray:
        if self.binary:
            ngrams = ngrams._replace(data=np.ones_like(ngrams.data))
            context = context._replace(data=np.ones_like(context.data))
        linear = ngrams.dot(self.ngram_weights) + context.dot(self.context_weights)
        return softmax((linear + self.intercept) / self.temperature + self.bias)


class SentenceLabeler:
    """Sets ``span._.label``, ``span._.label_scores`` and ``span._.section`` on every sentence."""

    def __init__(self, nlp: Language, name: str, model_path: str | None):
        self.name = name
        path = Path(model_path) if model_path else models_path("sentence_labels.npz")
        with np.load(path, allow_pickle=False) as data:
            self.labels = [str(x) for x in data["labels"]]
            n = len(self.labels)
            self.members = [_Member(data, "")]
            if "nb_coef" in data.files:
                self.members.append(_Member(data, "nb_"))
            self.blend_temperature = float(data["blend_temperature"]) if "blend_temperature" in data.files else 1.0
            self.blend_bias = data["blend_bias"].astype(np.float32) if "blend_bias" in data.files else np.zeros(n, np.float32)
            self.pairwise = data["pairwise"].astype(np.float64) if "pairwise" in data.files else np.zeros((n, n))

    def predict_proba(self, texts: list[str], contexts: list[list[str]]) -> np.ndarray:
        """Calibrated probabilities (sentences × labels) before the rules and the chain."""
        ngrams, context = NGRAMS.rows(texts), CONTEXT.rows(contexts)
        probs = [member.probabilities(ngrams, context) for member in self.members]
        if len(probs) == 1:
            return probs[0]
        return softmax(blend(probs) / self.blend_temperature + self.blend_bias)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        sents = doc_sentences(doc)
        full_text = doc_text(doc)
        texts, contexts = sentence_features(doc, sents, full_text)
        targets = target_list_items(doc, sents, full_text)
        rules = [rule_label(text, target, self.labels) for text, target in zip(texts, targets)]
        probs = decode(self.predict_proba(texts, contexts).astype(np.float64), rules, self.pairwise)
        sections = doc._.sections or []
        for sent, row, sec in zip(sents, probs, section_index(sents, sections)):
            sent._.label = self.labels[int(row.argmax())]
            sent._.label_scores = {label: float(p) for label, p in zip(self.labels, row)}
            sent._.section = sec
        return doc


@Language.factory("govreport_sentence_labels", default_config={"model_path": None})
def make_sentence_labels(nlp: Language, name: str, model_path: str | None) -> SentenceLabeler:
    return SentenceLabeler(nlp, name, model_path)
