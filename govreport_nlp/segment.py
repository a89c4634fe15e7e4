"""Word segmentation: spacy-pkuseg with the model in models/pkuseg and the
domain lexicon in models/lexicon.txt.

- ``segment(text, lexicon=True)`` -> list of words; ``"".join(words) == text``
  (whitespace runs come back as their own items).
- ``make_chinese_tokenizer(vocab, model_dir, lexicon)`` -> spaCy
  ``ChineseTokenizer`` (segmenter "pkuseg") using that model and lexicon.

The lexicon is pkuseg's user dictionary: a lexicon word found in the text
(longest match, left to right) is always one token.  ``lexicon=False`` turns it
off, which is what standard-conformant evaluation (icwb2 PKU/MSR) uses.

No pickle is loaded: the model is msgpack + npz, and spacy_pkuseg's own
"default" user dict / post-processing dictionary (a pickle) is not used.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Iterable

import numpy as np

__all__ = [
    "segment",
    "default_model_dir",
    "default_lexicon_path",
    "lexicon_words",
    "load_pkuseg",
    "make_chinese_tokenizer",
]

_WS = re.compile(r"\s+")
_lock = threading.Lock()


_NUM = "0123456789.几二三四五六七八九十千万亿兆零１２３４５６７８９０％"
_LETTER = "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｇｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ／・－"
_PUA_NUM, _PUA_LETTER = "\ue000", "\ue001"
_NOWORD = "**noWord"


def _make_fast_class():
    """A ``spacy_pkuseg.pkuseg`` whose ``_cut`` computes the same CRF scores as
    spacy_pkuseg (same features, added in the same order, so the same floats
    and the same Viterbi path) several times faster:

    - char-window features are looked up per template in dicts keyed by the
      1- or 2-character window (no per-feature string building);
    - word-list features depend only on the tuples of dictionary words that
      start/end around a character; they are memoised per tuple;
    - node scores are summed with numpy, in spacy_pkuseg's feature order, and
      decoded with spacy_pkuseg's compiled Viterbi.
    """
    from itertools import chain

    import spacy_pkuseg
    from spacy_pkuseg import inference as _inf
    from spacy_pkuseg.feature_extractor import FeatureExtractor

    # keyword_rename first ('.' -> '&'), then num/letter normalisation: one char per node
    table = {ord(c): "&" for c in FeatureExtractor.keywords}
    for c in _NUM:
        table.setdefault(ord(c), _PUA_NUM)
    for c in _LETTER:
        table.setdefault(ord(c), _PUA_LETTER)
    lens = (6, 5, 4, 3, 2)  # config.wordMax .. config.wordMin, in spacy_pkuseg's order
    char_templates = ("c", "c-1", "c-1c", "c1", "cc1", "c-2", "c-2c-1", "c2")
    enc = {"**Num": _PUA_NUM, "**Letter": _PUA_LETTER}

    class _Memo(dict):
        __slots__ = ("fn",)

        def __init__(self, fn):
            super().__init__()
            self.fn = fn

        def __missing__(self, key):
            if len(self) > 200_000:
                self.clear()
            v = self[key] = self.fn(key)
            return v

    class FastPkuseg(spacy_pkuseg.pkuseg):
        def _fast_init(self):
            fe = self.feature_extractor
            f2i = fe.feature_to_idx
            n_tag, n_feat = self.model.n_tag, self.model.n_feature
            w = np.asarray(self.model.w, dtype=np.float64)
            # node weights with one extra all-zero row for "no feature"
            self._zero = n_feat
            self._wn = np.vstack([w[: n_feat * n_tag].reshape(n_feat, n_tag), np.zeros((1, n_tag))])
            edge = np.ones((n_tag, n_tag), dtype=np.float64)
            for s in range(n_tag):
                for s_pre in range(n_tag):
                    edge[s_pre, s] += w[n_feat * n_tag + s * n_tag + s_pre]
            self._edge = edge
            # char-window templates keyed by the encoded 1/2-char window
            tdicts = {t: {} for t in char_templates}
            pair_t = {"c-1c", "cc1", "c-2c-1"}
            for key, idx in f2i.items():
                if key[0] != "c":
                    continue
                p = key.find(".")
                d = tdicts.get(key[:p])
                if d is None:
                    continue
                rest = key[p + 1 :]
                if len(rest) == 1:
                    d[rest] = idx
                elif len(rest) == 3 and rest[1] == "." and key[:p] in pair_t:
                    d[rest[0] + rest[2]] = idx
                else:  # **Num / **Letter (characters are keyword-renamed: "." only separates)
                    if key[:p] in pair_t:
                        a, _, b = rest.partition(".")
                    else:
                        a, b = rest, ""
                    a, b = enc.get(a, a), enc.get(b, b)
                    if len(a) == 1 and len(b) == (1 if key[:p] in pair_t else 0):
                        d[a + b] = idx
            self._tdicts = tdicts
            uni = fe.unigram
            self._uget = {w: w for w in uni}.get
            self._empty = "" if "" in uni else _NOWORD
            get = f2i.get

            def single(prefix):
                return lambda words: [x for x in (get(prefix + w) for w in words if w != _NOWORD) if x is not None]

            def pair(prefix):
                return lambda pp: [x for x in (get(prefix + p + "*" + q) for p in pp[0] for q in pp[1]) if x is not None]

            self._m_pre, self._m_post = _Memo(single("w-1.")), _Memo(single("w1."))
            self._m_wl, self._m_wr = _Memo(pair("ww.l.")), _Memo(pair("ww.r."))
            self._b_tags = [("B" in t) for t, _ in sorted(fe.tag_to_idx.items(), key=lambda kv: kv[1])]

        def node_scores(self, text: str) -> np.ndarray:
            """(len(text), n_tag) node scores, equal to spacy_pkuseg's getLogYY."""
            if not hasattr(self, "_wn"):
                self._fast_init()
            s = text.translate(table)
            n = len(s)
            wn, z = self._wn, self._zero
            td = self._tdicts
            bi = [s[i : i + 2] for i in range(n - 1)]
            g = td["c"].get
            ids = {"c": [g(c, z) for c in s]}
            g = td["c-1"].get
            ids["c-1"] = [z] + [g(c, z) for c in s[:-1]]
            g = td["c-1c"].get
            ids["c-1c"] = [z] + [g(b, z) for b in bi]
            g = td["c1"].get
            ids["c1"] = [g(c, z) for c in s[1:]] + [z]
            g = td["cc1"].get
            ids["cc1"] = [g(b, z) for b in bi] + [z]
            g = td["c-2"].get
            ids["c-2"] = [z, z] + [g(c, z) for c in s[:-2]]
            g = td["c-2c-1"].get
            ids["c-2c-1"] = [z, z] + [g(b, z) for b in bi[:-1]]
            g = td["c2"].get
            ids["c2"] = [g(c, z) for c in s[2:]] + [z, z]
            node = np.zeros((n, wn.shape[1]), dtype=np.float64)
            node += wn[0]  # '$$'
            for t in char_templates:
                node += wn[ids[t][:n]]
            # dictionary words of each length starting at st ("" out of range, as spacy_pkuseg)
            uget, empty = self._uget, self._empty
            start = {}
            for l in lens:
                row = [uget(s[st : st + l], _NOWORD) for st in range(n - l + 1)]
                start[l] = [empty] * 6 + row + [empty] * (l + 6)
            post = list(zip(*(start[l][6 : 7 + n] for l in lens)))  # words starting at i
            pre = list(zip(*(start[l][6 - l : 7 - l + n] for l in lens)))  # pre[i+1]: words ending at i
            ar = np.arange(n)
            for rows in (
                list(map(self._m_pre.__getitem__, pre[1:])),
                list(map(self._m_post.__getitem__, post[:-1])),
                list(map(self._m_wl.__getitem__, zip(pre[:-1], post[:-1]))),
                list(map(self._m_wr.__getitem__, zip(pre[1:], post[1:]))),
            ):
                counts = np.fromiter(map(len, rows), dtype=np.intp, count=n)
                if not counts.any():
                    continue
                fids = np.fromiter(chain.from_iterable(rows), dtype=np.intp)
                np.add.at(node, np.repeat(ar, counts), wn[fids])
            return node

        def _cut(self, text):
            if not text:
                return []
            if _PUA_NUM in text or _PUA_LETTER in text:
                return super()._cut(text)
            _, tags = _inf.run_viterbi(self.node_scores(text), self._edge)
            b = self._b_tags
            words, last = [], 0
            for i in range(1, len(text)):
                if b[tags[i]]:
                    words.append(text[last:i])
                    last = i
            words.append(text[last:])
            return words

    return FastPkuseg


MERGE_FILE = "merge_words.tsv"


class WordMerger:
    """Post-processing of the CRF output (spacy_pkuseg's postprocesser slot):
    adjacent words whose concatenation is a known word are joined, longest
    span first (7 words down to 2).

    ``always``: joined whenever seen.  ``checked``: joined unless every part is
    in ``pieces`` (the parts are words themselves under the finer convention,
    so the split is intended).  Built by scripts/build_pkuseg_model.py from
    the icwb2 training word lists (``always`` = in both PKU and MSR lists).
    """

    def __init__(self, always=(), checked=(), pieces=()):
        self.do_process = True
        self.common_words = set(always)  # names spaCy's ChineseTokenizer.to_bytes reads
        self.other_words = set(checked)
        self.pieces = set(pieces)
        self._all = self.common_words | self.other_words
        self._max = max((len(w) for w in self._all), default=0)

    @classmethod
    def load(cls, path: str | Path) -> "WordMerger":
        always, checked, pieces = [], [], []
        lists = {"always": always, "checked": checked, "piece": pieces}
        with open(path, encoding="utf-8") as f:
            for line in f:
                word, _, kind = line.rstrip("\n").partition("\t")
                if word and kind in lists:
                    lists[kind].append(word)
        return cls(always, checked, pieces)

    def __call__(self, sent: list[str]) -> list[str]:
        if len(sent) < 2 or not self._all:
            return sent
        allw, common, pieces = self._all, self.common_words, self.pieces
        sent = list(sent)
        for m in range(min(7, len(sent)), 1, -1):
            if len(sent) < m or allw.isdisjoint(["".join(sent[i : i + m]) for i in range(len(sent) - m + 1)]):
                continue
            i = 0
            while i + m <= len(sent):
                cand = "".join(sent[i : i + m])
                if cand in allw and (cand in common or not all(p in pieces for p in sent[i : i + m])):
                    sent[i : i + m] = [cand]
                i += 1
        return sent

_FAST = None


def _fast_class():
    global _FAST
    if _FAST is None:
        _FAST = _make_fast_class()
    return _FAST


def default_model_dir() -> Path:
    """The pkuseg model shipped in the package (models/pkuseg)."""
    return Path(str(files("govreport_nlp.models") / "pkuseg"))


def default_lexicon_path() -> Path:
    """The domain lexicon shipped in the package (models/lexicon.txt)."""
    return Path(str(files("govreport_nlp.models") / "lexicon.txt"))


def lexicon_words(path: str | Path | None = None) -> list[str]:
    """Words of a lexicon file: one per line, an optional tab-separated tag or
    source after the word; blank lines and lines starting with ``#`` skipped."""
    path = default_lexicon_path() if path is None else Path(path)
    words: list[str] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            word = line.split("\t", 1)[0].strip()
            if word and not any(c.isspace() for c in word) and word not in seen:
                seen.add(word)
                words.append(word)
    return words


def load_pkuseg(model_dir: str | Path | None = None, lexicon_words: Iterable[str] | None = None):
    """A ``spacy_pkuseg.pkuseg`` for ``model_dir`` (default: the shipped model)
    with ``lexicon_words`` as its user dictionary (``None``: no dictionary)."""
    import spacy_pkuseg

    model_dir = default_model_dir() if model_dir is None else Path(model_dir)
    if not (model_dir / "features.msgpack").exists() or not (model_dir / "weights.npz").exists():
        raise FileNotFoundError(
            f"no pkuseg model (features.msgpack + weights.npz) in {model_dir}; "
            "build it with scripts/build_pkuseg_model.py"
        )
    # spacy_pkuseg keeps the model dir in a module-level config: serialise loads.
    with _lock:
        # user_dict=None: no user dict and none of spacy_pkuseg's pickled dictionaries
        seg = _fast_class()(str(model_dir), user_dict=None)
    if seg.model.w.dtype != np.float64:  # the Viterbi code takes double buffers
        seg.model.w = seg.model.w.astype(np.float64)
    if hasattr(seg, "_fast_init"):
        seg._fast_init()
    merge_path = model_dir / MERGE_FILE
    if merge_path.exists():
        seg.postprocesser = WordMerger.load(merge_path)
    words = [w.strip() for w in (lexicon_words or []) if w and w.strip()]
    seg.preprocesser = spacy_pkuseg.Preprocesser(words or None)
    return seg


@lru_cache(maxsize=8)
def _cached_pkuseg(model_dir: str, lexicon_path: str | None):
    words = lexicon_words(lexicon_path) if lexicon_path else None
    return load_pkuseg(Path(model_dir), words)


def _default_seg(lexicon: bool):
    lex = default_lexicon_path()
    return _cached_pkuseg(str(default_model_dir()), str(lex) if lexicon and lex.exists() else None)


def _cut_run(seg, run: str) -> list[str]:
    words = [w for w in seg.cut(run) if w]
    if "".join(words) != run:  # defensive: never lose or change a character
        return list(run)
    return words


def segment(text: str, lexicon: bool = True) -> list[str]:
    """Segment plain ``text`` with the default model (and the domain lexicon
    unless ``lexicon=False``).  No cleaning: ``"".join(result) == text``;
    whitespace runs are returned as items of their own."""
    if not text:
        return []
    seg = _default_seg(lexicon)
    out: list[str] = []
    pos = 0
    for m in _WS.finditer(text):
        if m.start() > pos:
            out.extend(_cut_run(seg, text[pos : m.start()]))
        out.append(m.group())
        pos = m.end()
    if pos < len(text):
        out.extend(_cut_run(seg, text[pos:]))
    return out


def make_chinese_tokenizer(vocab, model_dir: str | Path | None = None, lexicon: bool = True):
    """spaCy's ``ChineseTokenizer`` (segmenter "pkuseg") with our model and,
    if ``lexicon``, the domain lexicon as pkuseg user dictionary."""
    from spacy.lang.zh import ChineseTokenizer

    model_dir = default_model_dir() if model_dir is None else Path(model_dir)
    tok = ChineseTokenizer(vocab, segmenter="pkuseg")
    lex = default_lexicon_path()
    words = lexicon_words(lex) if lexicon and lex.exists() else None
    tok.pkuseg_seg = load_pkuseg(model_dir, words)
    return tok


def create_report_tokenizer(*args, **kwargs):
    """Entry point named in pyproject (spacy_tokenizers); the tokenizer itself
    lives in govreport_nlp.tokenizer (imported lazily: it imports this module)."""
    from .tokenizer import create_report_tokenizer as create

    return create(*args, **kwargs)
