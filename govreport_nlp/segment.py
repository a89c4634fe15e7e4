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
    """A ``spacy_pkuseg.pkuseg`` whose ``_cut`` builds the same feature lists as
    spacy_pkuseg's feature extractor (same ids, same order, so the same
    Viterbi result) about three times faster: char-window keys are built per
    template with list comprehensions, and the word-list features, which depend
    only on the tuples of dictionary words starting/ending around a character,
    are memoised per tuple."""
    import spacy_pkuseg
    from spacy_pkuseg import inference as _inf
    from spacy_pkuseg.feature_extractor import FeatureExtractor

    # keyword_rename first ('.' -> '&'), then num/letter normalisation, one char per node
    table = {ord(c): "&" for c in FeatureExtractor.keywords}
    for c in _NUM:
        table.setdefault(ord(c), _PUA_NUM)
    for c in _LETTER:
        table.setdefault(ord(c), _PUA_LETTER)
    lens = (6, 5, 4, 3, 2)  # config.wordMax .. config.wordMin, in spacy_pkuseg's order

    class FastPkuseg(spacy_pkuseg.pkuseg):
        _cache_max = 200_000

        def _fast_init(self):
            self._f2i = self.feature_extractor.feature_to_idx
            self._uni = self.feature_extractor.unigram
            self._empty = "" if "" in self._uni else _NOWORD
            self._c_wl, self._c_wr, self._c_pre, self._c_post = {}, {}, {}, {}
            self._idx_to_tag = {i: t for t, i in self.feature_extractor.tag_to_idx.items()}

        def _word_feats(self, cache, prefix, words):
            fid = cache.get(words)
            if fid is None:
                get = self._f2i.get
                fid = [x for x in (get(prefix + w) for w in words if w != _NOWORD) if x is not None]
                if len(cache) > self._cache_max:
                    cache.clear()
                cache[words] = fid
            return fid

        def _pair_feats(self, cache, prefix, pre, post):
            key = (pre, post)
            fid = cache.get(key)
            if fid is None:
                get = self._f2i.get
                fid = [x for x in (get(prefix + p + "*" + q) for p in pre for q in post) if x is not None]
                if len(cache) > self._cache_max:
                    cache.clear()
                cache[key] = fid
            return fid

        def features(self, text: str) -> list[list[int]]:
            """Feature ids per character, as spacy_pkuseg's extractor gives them."""
            if not hasattr(self, "_f2i"):
                self._fast_init()
            s = text.translate(table)
            n = len(s)
            toks = ["**Num" if c == _PUA_NUM else "**Letter" if c == _PUA_LETTER else c for c in s]
            get = self._f2i.get
            c0 = [get("c." + t) for t in toks]
            cm1 = [None] + [get("c-1." + t) for t in toks[:-1]]
            cm1c = [None] + [get("c-1c." + a + "." + b) for a, b in zip(toks, toks[1:])]
            c1 = [get("c1." + t) for t in toks[1:]] + [None]
            cc1 = [get("cc1." + a + "." + b) for a, b in zip(toks, toks[1:])] + [None]
            cm2 = [None, None] + [get("c-2." + t) for t in toks[:-2]]
            cm2m1 = [None, None] + [get("c-2c-1." + a + "." + b) for a, b in zip(toks, toks[1:-1])]
            c2 = [get("c2." + t) for t in toks[2:]] + [None, None]
            # words of each length starting at st (or "" out of range, as get_slice_str does)
            uni, empty = self._uni, self._empty
            start = {}
            for l in lens:
                row = [(w if w in uni else _NOWORD) for w in (s[st : st + l] for st in range(n - l + 1))]
                start[l] = [empty] * 6 + row + [empty] * (l + 6)
            # post[i] = words starting at i; pre[i] = words ending at i (index shifted by 1)
            post = list(zip(*(start[l][6 : 6 + n + 1] for l in lens)))
            pre = list(zip(*(start[l][6 - l + 1 - 1 : 6 - l + 1 + n] for l in lens)))
            c_wl, c_wr, c_pre, c_post = self._c_wl, self._c_wr, self._c_pre, self._c_post
            wf, pf = self._word_feats, self._pair_feats
            out = []
            for i in range(n):
                fl = [0]
                for x in (c0[i], cm1[i], cm1c[i], c1[i], cc1[i], cm2[i], cm2m1[i], c2[i]):
                    if x is not None:
                        fl.append(x)
                pre_in, pre_ex, post_in, post_ex = pre[i + 1], pre[i], post[i], post[i + 1]
                fl += wf(c_pre, "w-1.", pre_in)
                fl += wf(c_post, "w1.", post_in)
                fl += pf(c_wl, "ww.l.", pre_ex, post_in)
                fl += pf(c_wr, "ww.r.", pre_in, post_ex)
                out.append(fl)
            return out

        def _cut(self, text):
            if not text:
                return []
            if _PUA_NUM in text or _PUA_LETTER in text:
                return super()._cut(text)
            _, tags = _inf.decodeViterbi_fast(self.features(text), self.model)
            is_b = [("B" in self._idx_to_tag[t]) for t in tags]
            words, last = [], 0
            for i in range(1, len(text)):
                if is_b[i]:
                    words.append(text[last:i])
                    last = i
            words.append(text[last:])
            return words

    return FastPkuseg


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
