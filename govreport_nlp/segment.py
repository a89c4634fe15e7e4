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

Speed: the CRF features of a whole document are computed with numpy in one
pass (``FastPkuseg._batch_scores``), giving exactly spacy_pkuseg's scores and
Viterbi paths; the user dictionary (``FastPreprocesser``) and the merge step
(``WordMerger``) are set-lookup versions with the same output as before.
``make_chinese_tokenizer`` builds the Doc from words + spaces directly.

Loading: the lookup tables of the fast scorer are precomputed by
scripts/build_pkuseg_model.py into models/pkuseg/lookup.npz (keyed by the
sha256 of features.msgpack + weights.npz; without a matching file they are
computed at load, as for any other model dir), and the merge lists come as
msgpack with their prefix table, so loading builds no tables in Python.

``convention``: ``"default"`` (PKU-like; merge words from the icwb2 training
word lists, see scripts/build_pkuseg_model.py) or ``"msr"`` (the MSR
standard: runs of CRF words forming a word of the MSR training word list are
joined).  Both then split a CRF word that no vocabulary knows into two words
both icwb2 training lists have, when there is exactly one such split
(``WordMerger``).
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

_WS = re.compile(r"(\s+)")  # split() keeps the whitespace runs
_lock = threading.Lock()


_NUM = "0123456789.几二三四五六七八九十千万亿兆零１２３４５６７８９０％"
_LETTER = "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｇｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ／・－"
_PUA_NUM, _PUA_LETTER = "\ue000", "\ue001"
_NOWORD = "**noWord"
_BATCH = 32_768  # chars scored in one numpy pass

LOOKUP_FILE = "lookup.npz"  # FastPkuseg's precomputed tables (scripts/build_pkuseg_model.py)
LOOKUP_VERSION = 1
_META = ("version", "n_feature", "n_tag", "nb", "nw", "exotic")
_MODEL_FILES = ("features.msgpack", "weights.npz")


def model_fingerprint(model_dir: str | Path) -> np.ndarray:
    """sha256 of the model files (features.msgpack, weights.npz) as uint8: the
    lookup file is used only for the model it was computed from."""
    import hashlib

    h = hashlib.sha256()
    for name in _MODEL_FILES:
        h.update(Path(model_dir, name).read_bytes())
    return np.frombuffer(h.digest(), dtype=np.uint8)


def write_lookup(model_dir: str | Path) -> Path:
    """Compute the scoring lookup tables of the model in ``model_dir`` and
    write them to ``model_dir/LOOKUP_FILE`` (npz, no pickle); loading the
    segmenter then skips that work."""
    model_dir = Path(model_dir)
    with _lock:
        seg = _fast_class()(str(model_dir), user_dict=None)
    arrays = seg.lookup_arrays()
    arrays["source"] = model_fingerprint(model_dir)
    out = model_dir / LOOKUP_FILE
    np.savez_compressed(out, **arrays)
    return out


def read_lookup(model_dir: str | Path) -> dict[str, np.ndarray] | None:
    """The lookup tables in ``model_dir/LOOKUP_FILE``, or ``None`` when the
    file is missing, of another version, or made for other model files."""
    path = Path(model_dir, LOOKUP_FILE)
    if not path.is_file():
        return None
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    meta = arrays.get("meta")
    if meta is None or int(meta[0]) != LOOKUP_VERSION:
        return None
    if not np.array_equal(arrays.get("source"), model_fingerprint(model_dir)):
        return None
    return arrays


def _make_fast_class():
    """A ``spacy_pkuseg.pkuseg`` that computes the same CRF scores as
    spacy_pkuseg (same features, added in the same order, so the same floats
    and the same Viterbi path), vectorised with numpy over a whole batch of
    text pieces (a document) at once:

    - characters are mapped to dense ids with one lookup table; the 8
      char-window templates are gathered from per-template arrays (single
      chars) or found with one ``searchsorted`` over the 2-char windows;
    - dictionary words of length 2..6 starting at each position are looked up
      once per (position, length); the ``w-1``/``w1`` features come from
      per-word arrays and the ``ww`` word-pair features from one
      ``searchsorted`` over the pairs where both sides are words;
    - each position's feature ids are packed in spacy_pkuseg's order and the
      weights are summed column by column, so every float addition happens in
      the same order as in ``getLogYY``;
    - each piece is decoded with spacy_pkuseg's compiled Viterbi.

    Window features never cross piece boundaries (as when spacy_pkuseg cuts
    each piece on its own).
    """
    import spacy_pkuseg
    from spacy_pkuseg import inference as _inf
    from spacy_pkuseg.feature_extractor import FeatureExtractor
    from spacy_pkuseg.model import Model as _Model

    # keyword_rename first ('.' -> '&'), then num/letter normalisation: one char per node
    table = {ord(c): "&" for c in FeatureExtractor.keywords}
    for c in _NUM:
        table.setdefault(ord(c), _PUA_NUM)
    for c in _LETTER:
        table.setdefault(ord(c), _PUA_LETTER)
    lens = (6, 5, 4, 3, 2)  # config.wordMax .. config.wordMin, in spacy_pkuseg's order
    char_templates = ("c", "c-1", "c-1c", "c1", "cc1", "c-2", "c-2c-1", "c2")
    pair_t = ("c-1c", "cc1", "c-2c-1")
    uni_t = tuple(t for t in char_templates if t not in pair_t)
    enc = {"**Num": _PUA_NUM, "**Letter": _PUA_LETTER}
    _LENS_COL = np.array(lens, dtype=np.int64)[:, None]
    _ROWS_COL = np.arange(len(lens))[:, None]

    class _IntMap:
        """int64 -> int64 map for numpy arrays of queries: a bucketed hash
        table (``width`` slots per bucket, stored slot-major), so a lookup is
        a gather and a compare per slot, for the queries still unresolved."""

        _MUL = np.uint64(0x9E3779B97F4A7C15)
        _EMPTY = np.iinfo(np.int64).min  # never a key: keys and queries are >= -1

        def __init__(self, keys, vals):
            keys = np.asarray(keys, dtype=np.int64)
            vals = np.asarray(vals, dtype=np.int64)
            self.bits = max(1, len(keys).bit_length())  # 2**bits > len(keys)
            bucket = self._bucket(keys)
            order = np.argsort(bucket, kind="stable")
            bucket, keys, vals = bucket[order], keys[order], vals[order]
            counts = np.bincount(bucket, minlength=1 << self.bits)
            self.count = counts.astype(np.int32)  # keys in each bucket
            self.width = max(1, int(counts.max()) if len(keys) else 1)
            slot = np.arange(len(keys)) - np.repeat(np.cumsum(counts) - counts, counts)
            self.tk = np.full((self.width, 1 << self.bits), self._EMPTY, dtype=np.int64)
            self.tv = np.zeros((self.width, 1 << self.bits), dtype=np.int32 if len(vals) and vals.max() < 2**31 else np.int64)
            self.tk[slot, bucket] = keys
            self.tv[slot, bucket] = vals

        def _bucket(self, q):
            with np.errstate(over="ignore"):
                return ((q.astype(np.uint64) * self._MUL) >> np.uint64(64 - self.bits)).astype(np.intp)

        def get(self, q, default):
            """The value of each query, ``default`` where it is not a key
            (most buckets hold 0 or 1 key: few queries reach a second slot)."""
            b = self._bucket(q)
            found = np.zeros(len(q), dtype=bool)
            value = np.zeros(len(q), dtype=self.tv.dtype)
            in_bucket = self.count[b]
            todo = np.flatnonzero(in_bucket)
            for slot in range(self.width):
                if not len(todo):
                    break
                bt = b[todo]
                hit = self.tk[slot][bt] == q[todo]
                found[todo[hit]] = True
                value[todo[hit]] = self.tv[slot][bt[hit]]
                todo = todo[~hit]
                todo = todo[in_bucket[todo] > slot + 1]
            return np.where(found, value, default)

    def _lookup(m, q, default):
        return m.get(q, default) if len(q) else np.full(0, default, dtype=np.int64)

    class FastPkuseg(spacy_pkuseg.pkuseg):
        """``spacy_pkuseg.pkuseg`` with vectorised scoring.  When the model dir
        has a lookup file (``LOOKUP_FILE``, written by
        scripts/build_pkuseg_model.py) that matches its features.msgpack and
        weights.npz, the lookup structures are read from it and
        features.msgpack is only parsed if the stock code path needs it
        (``feature_extractor`` is then loaded on first use)."""

        def __init__(self, model_name="spacy_ontonotes", user_dict="default", postag=False):
            arrays = None
            if user_dict is None and not postag and Path(str(model_name), LOOKUP_FILE).is_file():
                arrays = read_lookup(Path(str(model_name)))
            if arrays is None:
                super().__init__(model_name, user_dict=user_dict, postag=postag)
                return
            self.postag = False
            self._model_dir = str(model_name)
            self.preprocesser = spacy_pkuseg.Preprocesser(None)
            self.postprocesser = spacy_pkuseg.Postprocesser(None, None)
            self.model = _Model.load(self._model_dir)
            tags = [str(t) for t in arrays["tags"]]
            self.idx_to_tag = dict(enumerate(tags))
            self.n_tag = len(tags)
            self.n_feature = int(arrays["meta"][_META.index("n_feature")])
            self._fast_init(arrays)

        @property
        def feature_extractor(self):
            fe = self.__dict__.get("_fe")
            if fe is None:
                fe = self._fe = FeatureExtractor.load(self._model_dir)
            return fe

        @feature_extractor.setter
        def feature_extractor(self, value):
            self._fe = value

        def lookup_arrays(self) -> dict[str, np.ndarray]:
            """The lookup structures of ``_fast_init`` as plain arrays (what
            the lookup file stores), computed from the feature map."""
            fe = self.feature_extractor
            f2i = fe.feature_to_idx
            n_tag, n_feat = self.model.n_tag, self.model.n_feature
            z = n_feat  # the "no feature" row
            # char-window templates keyed by the encoded 1/2-char window
            tdicts = {t: {} for t in char_templates}
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
            # dense char ids (0: a char no template knows)
            words = sorted(w for w in fe.unigram if 2 <= len(w) <= 6)
            chars = sorted({c for d in tdicts.values() for k in d for c in k} | {c for w in words for c in w})
            cid = {c: i for i, c in enumerate(chars, 1)}
            nb = len(chars) + 1
            out: dict[str, np.ndarray] = {"chars": np.array([ord(c) for c in chars], dtype=np.int32)}
            for t in uni_t:
                arr = np.full(nb, z, dtype=np.int64)
                for k, idx in tdicts[t].items():
                    arr[cid[k]] = idx
                out["uni." + t] = arr
            bkeys = sorted({cid[k[0]] * nb + cid[k[1]] for t in pair_t for k in tdicts[t]})
            out["bkeys"] = np.array(bkeys, dtype=np.int64)
            pos = {k: i for i, k in enumerate(bkeys)}
            for t in pair_t:
                arr = np.full(len(bkeys) + 1, z, dtype=np.int64)  # last: no such 2-char window
                for k, idx in tdicts[t].items():
                    arr[pos[cid[k[0]] * nb + cid[k[1]]]] = idx
                out["bvals." + t] = arr

            # words as integers: chars are base-nb digits; 5/6-char words as
            # (id of their first 4 chars, last chars)
            def num(w):
                v = 0
                for c in w:
                    v = v * nb + cid[c]
                return v

            p4 = sorted({num(w[:4]) for w in words if len(w) > 4})
            out["p4"] = np.array(p4, dtype=np.int64)
            p4i = {v: i for i, v in enumerate(p4)}

            def wkey(w):
                return num(w) if len(w) <= 4 else p4i[num(w[:4])] * nb ** (len(w) - 4) + num(w[4:])

            assert nb**4 < 2**62 and len(p4) * nb**2 < 2**62
            for l in lens:
                kv = sorted((wkey(w), i) for i, w in enumerate(words) if len(w) == l)
                out[f"wkeys.{l}"] = np.array([k for k, _ in kv], dtype=np.int64)
                out[f"wvals.{l}"] = np.array([i for _, i in kv], dtype=np.int64)
            nw = len(words)
            out["wm1"] = np.array([f2i.get("w-1." + w, z) for w in words] + [z], dtype=np.int64)  # index -1: no word
            out["w1"] = np.array([f2i.get("w1." + w, z) for w in words] + [z], dtype=np.int64)
            # spacy_pkuseg pairs "" (out of range) and "**noWord" too; only
            # word*word pairs are handled here (else: the stock code path)
            wid = {w: i for i, w in enumerate(words)}
            pairs = {"ww.l.": {}, "ww.r.": {}}
            exotic = False
            for key, idx in f2i.items():
                if key[:5] in pairs:
                    a, sep, b = key[5:].partition("*")
                    if a in wid and b in wid and "*" not in b:
                        pairs[key[:5]][wid[a] * nw + wid[b]] = idx
                    else:
                        exotic = True
                elif key in ("w-1.", "w1.", "w-1." + _NOWORD, "w1." + _NOWORD):
                    exotic = True
            for k, d in pairs.items():
                kv = sorted(d.items())
                out["pairs.keys." + k] = np.array([a for a, _ in kv], dtype=np.int64)
                out["pairs.vals." + k] = np.array([b for _, b in kv], dtype=np.int64)
            tags = [t for t, _ in sorted(fe.tag_to_idx.items(), key=lambda kv: kv[1])]
            out["tags"] = np.array(tags)
            meta = {"version": LOOKUP_VERSION, "n_feature": n_feat, "n_tag": n_tag, "nb": nb, "nw": nw, "exotic": int(exotic)}
            out["meta"] = np.array([meta[k] for k in _META], dtype=np.int64)
            return out

        def _fast_init(self, arrays: dict[str, np.ndarray] | None = None):
            """Set up the scoring tables from ``arrays`` (``lookup_arrays()``
            or the lookup file)."""
            if arrays is None:
                arrays = self.lookup_arrays()
            meta = dict(zip(_META, arrays["meta"].tolist()))
            n_tag, n_feat = self.model.n_tag, self.model.n_feature
            if (meta["n_feature"], meta["n_tag"]) != (n_feat, n_tag):
                raise ValueError("pkuseg lookup tables do not match the model")
            w = np.asarray(self.model.w, dtype=np.float64)
            # node weights with one extra all-zero row for "no feature"
            self._zero = n_feat
            self._wn = np.vstack([w[: n_feat * n_tag].reshape(n_feat, n_tag), np.zeros((1, n_tag))])
            # edge[s_pre, s] = 1 + w[edge feature (s, s_pre)], as getLogYY
            self._edge = 1.0 + w[n_feat * n_tag :].reshape(n_tag, n_tag).T
            chars = arrays["chars"]
            self._lut = np.zeros(0x110000, dtype=np.int32)
            self._lut[chars] = np.arange(1, len(chars) + 1, dtype=np.int32)
            self._nb = meta["nb"]
            self._uni = {t: arrays["uni." + t] for t in uni_t}
            self._nbk = len(arrays["bkeys"])
            self._bmap = _IntMap(arrays["bkeys"], np.arange(self._nbk))
            self._bvals = {t: arrays["bvals." + t] for t in pair_t}
            self._p4map = _IntMap(arrays["p4"], np.arange(len(arrays["p4"])))
            self._wkeys = {l: _IntMap(arrays[f"wkeys.{l}"], arrays[f"wvals.{l}"]) for l in lens}
            self._nw = meta["nw"]
            self._wm1, self._w1 = arrays["wm1"], arrays["w1"]
            self._exotic = bool(meta["exotic"])
            self._pairs = {k: _IntMap(arrays["pairs.keys." + k], arrays["pairs.vals." + k]) for k in ("ww.l.", "ww.r.")}
            self._b_tags = np.array(["B" in str(t) for t in arrays["tags"]])

        def _batch_scores(self, s: str, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
            """Node scores for ``s`` = the concatenation of pieces
            ``s[starts[k]:ends[k]]`` (already translated), each piece scored as
            spacy_pkuseg scores it alone."""
            n = len(s)
            z = self._zero
            wn = self._wn
            lengths = ends - starts
            cs = np.repeat(starts, lengths)  # piece start / end of every position
            ce = np.repeat(ends, lengths)
            ar = np.arange(n)
            ids = np.full((19, n), z, dtype=np.int64)  # '$$', 8 char windows, w-1 x 5, w1 x 5
            ids[0] = 0  # '$$'
            ci = self._lut[np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype="<u4")]
            # 2-char windows: bg[k] is the window s[k:k+2]
            nbk = self._nbk
            if n > 1:
                q = ci[:-1].astype(np.int64) * self._nb + ci[1:]
                bg = _lookup(self._bmap, q, nbk)
            else:
                bg = np.zeros(0, dtype=np.int64)
            uni, bv = self._uni, self._bvals
            ids[1] = uni["c"][ci]
            m = ar - 1 >= cs
            ids[2][m] = uni["c-1"][ci[ar[m] - 1]]
            ids[3][m] = bv["c-1c"][bg[ar[m] - 1]]
            m = ar + 1 < ce
            ids[4][m] = uni["c1"][ci[ar[m] + 1]]
            ids[5][m] = bv["cc1"][bg[ar[m]]]
            m = ar - 2 >= cs
            ids[6][m] = uni["c-2"][ci[ar[m] - 2]]
            ids[7][m] = bv["c-2c-1"][bg[ar[m] - 2]]
            m = ar + 2 < ce
            ids[8][m] = uni["c2"][ci[ar[m] + 2]]
            # dictionary words of each length starting at each position (-1: none)
            c64 = ci.astype(np.int64)
            nb = self._nb
            sw = {}
            acc = c64.copy()  # acc[st]: s[st:st+l] as a number, for growing l
            for l in range(2, 5):
                acc = acc[:-1] * nb + c64[l - 1 :]
                sw[l] = acc
            p4 = _lookup(self._p4map, sw[4], -1) if n >= 4 else np.zeros(0, np.int64)
            if n >= 5:
                sw[5] = np.where(p4[:-1] >= 0, p4[:-1] * nb + c64[4:], -1)
            if n >= 6:
                sw[6] = np.where(p4[:-2] >= 0, (p4[:-2] * nb + c64[4:-1]) * nb + c64[5:], -1)
            SW = np.full((len(lens), n + 1), -1, dtype=np.int64)  # row r: length lens[r]; column n: no word
            for r, l in enumerate(lens):
                if n >= l:
                    SW[r, : n - l + 1] = _lookup(self._wkeys[l], sw[l], -1)
            L = _LENS_COL
            rows = _ROWS_COL

            def words(off):  # the word of each length starting at ar + off, inside the piece
                st = ar + off
                ok = (st >= cs) & (st + L <= ce)
                return np.where(ok, SW[rows, np.where(ok, st, n)], -1)

            pre_in = words(1 - L)  # (5, n): words ending at i
            post_in = words(0)  # starting at i
            pre_ex = words(-L)  # ending at i - 1
            post_ex = words(1)  # starting at i + 1
            ids[9:14] = self._wm1[pre_in]
            ids[14:19] = self._w1[post_in]
            # word-pair features (sparse): (slot, position, feature) of the hits
            nw, nl = self._nw, len(lens)
            slots, poss, fids = [], [], []
            for k, (name, P, Q) in enumerate((("ww.l.", pre_ex, post_in), ("ww.r.", pre_in, post_ex))):
                both = ((P[:, None, :] >= 0) & (Q[None, :, :] >= 0)).reshape(nl * nl, n)
                r, c = np.nonzero(both)
                if len(r):
                    f = _lookup(self._pairs[name], P[r // nl, c] * nw + Q[r % nl, c], z)
                    hit = f != z
                    slots.append(r[hit] + k * nl * nl)
                    poss.append(c[hit])
                    fids.append(f[hit])
            # add the features in spacy_pkuseg's order: '$$', char windows and
            # w-1 / w1 for every position (a missing one adds the zero row),
            # then each position's word pairs, packed in slot order
            node = np.zeros((n, wn.shape[1]), dtype=np.float64)
            for row in ids:
                node += wn[row]
            if slots:
                slot, pos, fid = np.concatenate(slots), np.concatenate(poss), np.concatenate(fids)
                if len(pos):
                    order = np.lexsort((slot, pos))
                    pos, fid = pos[order], fid[order]
                    counts = np.bincount(pos, minlength=n)
                    rank = np.arange(len(pos)) - np.repeat(np.cumsum(counts) - counts, counts)
                    packed = np.full((int(counts.max()), n), z, dtype=np.int64)
                    packed[rank, pos] = fid
                    for row in packed:
                        node += wn[row]
            return node

        def node_scores(self, text: str) -> np.ndarray:
            """(len(text), n_tag) node scores, equal to spacy_pkuseg's getLogYY."""
            if not hasattr(self, "_wn"):
                self._fast_init()
            return self._batch_scores(text.translate(table), np.array([0]), np.array([len(text)]))

        def _crf_many(self, pieces: list[str]) -> list[list[str]]:
            """spacy_pkuseg's ``_cut`` of each (whitespace-free) piece."""
            if not hasattr(self, "_wn"):
                self._fast_init()
            out: list[list[str] | None] = [None] * len(pieces)
            todo = []
            for i, p in enumerate(pieces):
                if not p:
                    out[i] = []
                elif self._exotic or _PUA_NUM in p or _PUA_LETTER in p:
                    out[i] = super()._cut(p)
                else:
                    todo.append(i)
            if not todo:
                return out
            # batches of about _BATCH chars bound the memory (about 1 kB per char)
            batch, size = [], 0
            for i in todo:
                batch.append(i)
                size += len(pieces[i])
                if size >= _BATCH:
                    self._crf_batch(pieces, batch, out)
                    batch, size = [], 0
            if batch:
                self._crf_batch(pieces, batch, out)
            return out

        def _crf_batch(self, pieces, todo, out):
            texts = [pieces[i] for i in todo]
            lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
            ends = np.cumsum(lengths)
            starts = ends - lengths
            raw = "".join(texts)
            node = self._batch_scores(raw.translate(table), starts, ends)
            edge, run = self._edge, _inf.run_viterbi
            bounds = np.zeros(len(raw) + 1, dtype=bool)
            b_tags = self._b_tags
            for st, en in zip(starts.tolist(), ends.tolist()):
                bounds[st:en] = b_tags[run(node[st:en], edge)[1]]
            bounds[starts] = True
            bounds[-1] = True
            cuts = np.flatnonzero(bounds).tolist()
            words = [raw[a:b] for a, b in zip(cuts, cuts[1:])]
            # words of piece k: those between its start and end cut
            first = np.searchsorted(cuts, starts).tolist() + [len(words)]
            for k, i in enumerate(todo):
                out[i] = words[first[k] : first[k + 1]]

        def _cut(self, text):
            if not text:
                return []
            return self._crf_many([text])[0]

        def cut_pieces(self, pieces: list[str]) -> list[list[str]]:
            """``cut`` of each whitespace-free piece: user-dictionary words
            kept whole, the rest CRF-cut and post-processed, as in spacy_pkuseg."""
            pre = self.preprocesser
            solve = pre.solve_fast if isinstance(pre, FastPreprocesser) else (lambda t: pre.solve(t)[:2])
            plan, crf = [], []
            for p in pieces:
                parts, isword = solve(p)
                spec = []
                for part, isw in zip(parts, isword):
                    if isw:
                        spec.append(part)
                    else:
                        spec.append(len(crf))
                        crf.append(part)
                plan.append(spec)
            cut = self._crf_many(crf) if crf else []
            post = self.postprocesser
            out = []
            for spec in plan:
                words = []
                for x in spec:
                    if isinstance(x, str):
                        words.append(x)
                    else:
                        words.extend(post(cut[x]))
                out.append(words)
            return out

        def cut(self, txt):
            if getattr(self, "postag", False):
                return super().cut(txt)
            return [w for ws in self.cut_pieces(txt.split()) for w in ws]

    FastPkuseg.__qualname__ = FastPkuseg.__name__ = "FastPkuseg"
    FastPkuseg.__module__ = __name__
    return FastPkuseg


def _make_preprocesser_class():
    import spacy_pkuseg

    class FastPreprocesser(spacy_pkuseg.Preprocesser):
        """spacy_pkuseg's user-dictionary splitter (longest dictionary word
        starting at each position, left to right) with a set lookup per
        candidate position instead of a Python trie walk."""

        def __init__(self, dict_file=None):
            self._words: set[str] = set()
            self._by2: dict[str, list[int]] = {}  # first 2 chars -> word lengths, longest first
            self._single: set[str] = set()
            self._tags: dict[str, str] = {}
            self._log: list[tuple[str, str]] = []  # inserts, in order, for the stock trie
            if dict_file is None:
                dict_file = []
            self.dict_data = dict_file
            if isinstance(dict_file, str):  # a file: word<TAB>tag lines, as spacy_pkuseg reads it
                with open(dict_file, encoding="utf-8") as f:
                    for line in f:
                        fields = line.strip().split("\t")
                        self.insert(fields[0].strip(), fields[1].strip() if len(fields) > 1 else "")
            else:
                for w_t in dict_file:
                    if isinstance(w_t, str):
                        self.insert(w_t.strip(), "")
                    else:
                        w, t = (x.strip() for x in w_t)
                        self.insert(w, t)

        @property
        def trie(self):
            """spacy_pkuseg's trie of the words (spaCy's ChineseTokenizer.to_bytes
            reads it); built on first use."""
            t = self.__dict__.get("_trie")
            if t is None:
                t = self.__dict__["_trie"] = spacy_pkuseg.TrieNode(False)
                for word, usertag in self._log:
                    spacy_pkuseg.Preprocesser.insert(self, word, usertag)
            return t

        @trie.setter
        def trie(self, value):
            self.__dict__["_trie"] = value

        def insert(self, word, usertag):
            self._log.append((word, usertag))
            if "_trie" in self.__dict__:
                super().insert(word, usertag)
            if word:
                self._tags[word] = usertag
            if not word or word in self._words:
                return
            self._words.add(word)
            if len(word) == 1:
                self._single.add(word)
            else:
                ls = self._by2.setdefault(word[:2], [])
                ls.append(len(word))
                ls.sort(reverse=True)

        def solve_fast(self, txt: str) -> tuple[list[str], list[bool]]:
            if not txt:
                return [], []
            if not self._words:
                return [txt], [False]
            by2, words, single = self._by2, self._words, self._single
            n = len(txt)
            if single:
                cand = [i for i in range(n) if txt[i : i + 2] in by2 or txt[i] in single]
            else:
                cand = [i for i in range(n - 1) if txt[i : i + 2] in by2]
            if not cand:
                return [txt], [False]
            parts, isword = [], []
            last = 0
            for i in cand:
                if i < last:
                    continue
                hit = 0
                for l in by2.get(txt[i : i + 2], ()):
                    if i + l <= n and txt[i : i + l] in words:
                        hit = l
                        break
                if not hit and txt[i] in single:
                    hit = 1
                if hit:
                    if last != i:
                        parts.append(txt[last:i])
                        isword.append(False)
                    parts.append(txt[i : i + hit])
                    isword.append(True)
                    last = i + hit
            if last < n:
                parts.append(txt[last:])
                isword.append(False)
            return parts, isword

        def solve(self, txt):
            parts, isword = self.solve_fast(txt)
            tags = self._tags
            return parts, isword, [tags.get(p, "") if w else "" for p, w in zip(parts, isword)]

    FastPreprocesser.__qualname__ = FastPreprocesser.__name__ = "FastPreprocesser"
    FastPreprocesser.__module__ = __name__
    return FastPreprocesser


MERGE_FILE = "merge_words.msgpack"
CONVENTIONS = ("default", "msr")
MERGE_KINDS = ("always", "msr", "pku", "piece", "both1", "known")


def read_merge_file(path: str | Path) -> dict[str, list[str]]:
    """The word lists of a merge file by kind (see ``WordMerger``):
    ``merge_words.msgpack`` as written by scripts/build_pkuseg_model.py, or a
    ``word<TAB>kind`` text file."""
    path = Path(path)
    kinds: dict[str, list[str]] = {k: [] for k in MERGE_KINDS + ("checked", "prefixes")}
    if path.suffix == ".msgpack":
        import srsly

        data = srsly.read_msgpack(path)
        for k in kinds:
            kinds[k] = list(data.get(k, ()))
        return kinds
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, kind = line.rstrip("\n").partition("\t")
            if word and kind in kinds:
                kinds[kind].append(word)
    return kinds


class WordMerger:
    """Post-processing of the CRF output (spacy_pkuseg's postprocesser slot).

    1. Merge: adjacent words whose concatenation is a merge word are joined,
       longest span first (7 words down to 2).  ``always``: joined whenever
       seen.  ``checked``: joined unless every part is in ``pieces`` (the parts
       are words themselves under the finer convention, so the split is
       intended).
    2. Split: a word of 2+ characters that no vocabulary knows (not a merge
       word, not in ``known``) and that splits at exactly one point into two
       ``parts`` is split there.  ``parts`` are the words both icwb2 training
       word lists have: both conventions saw the halves as words and neither
       saw the whole.  Empty ``parts``: no splitting.

    Built by scripts/build_pkuseg_model.py from the icwb2 training word lists
    (``always`` = 2+ character words in both the PKU and the MSR list) and the
    model's own 2-character words (``known``).
    """

    def __init__(self, always=(), checked=(), pieces=(), known=(), parts=()):
        self.do_process = True
        self.common_words = set(always)  # names spaCy's ChineseTokenizer.to_bytes reads
        self.other_words = set(checked)
        self.pieces = set(pieces)
        self.known = set(known)
        self.parts = set(parts)
        self._all = self.common_words | self.other_words
        self._table = None
        self._keep = None

    @classmethod
    def load(cls, path: str | Path, convention: str = "default") -> "WordMerger":
        """``convention="default"``: ``always`` words joined always, ``msr`` and
        ``pku`` (one-list-only) words joined unless all pieces are ``piece``
        words.  ``convention="msr"``: the MSR training word list (``always`` +
        ``msr``) joined always (the MSR segmentation standard).  Both split
        unknown words into two ``always``/``both1`` words (``WordMerger``)."""
        if convention not in CONVENTIONS:
            raise ValueError(f"convention must be one of {CONVENTIONS}, not {convention!r}")
        kinds = read_merge_file(path)
        parts = kinds["always"] + kinds["both1"] if kinds["both1"] else ()
        if convention == "msr":
            m = cls(kinds["always"] + kinds["msr"], known=kinds["pku"] + kinds["checked"] + kinds["known"], parts=parts)
        else:
            m = cls(kinds["always"], kinds["checked"] + kinds["msr"] + kinds["pku"], kinds["piece"], kinds["known"], parts)
        if kinds.get("prefixes"):
            m._table = set(kinds["prefixes"])
        if m.parts:
            m._keep_whole()
        return m

    def _prefix_table(self) -> set[str]:
        """The proper prefixes of the merge words."""
        t = self._table
        if t is None:
            t = self._table = {w[:i] for w in self._all for i in range(1, len(w))}
        return t

    def __call__(self, sent: list[str]) -> list[str]:
        words = self._merge(sent)
        return self._split(words) if self.parts else words

    def _split(self, words: list[str]) -> list[str]:
        """Step 2 (see the class doc)."""
        keep, parts = self._keep_whole(), self.parts
        hits = [k for k, w in enumerate(words) if w not in keep and len(w) > 1]
        if not hits:
            return words
        out: list[str] = []
        last = 0
        for k in hits:
            w = words[k]
            cut = 0
            for i in range(1, len(w)):
                if w[:i] in parts and w[i:] in parts:
                    if cut:  # two split points: ambiguous, kept whole
                        cut = 0
                        break
                    cut = i
            if cut:
                out += words[last:k]
                out += (w[:cut], w[cut:])
                last = k + 1
        if not last:
            return words
        out += words[last:]
        return out

    def _keep_whole(self) -> set[str]:
        """Words never split: the merge words, ``known`` and the single
        characters among ``parts`` (one set, one lookup per word)."""
        k = self._keep
        if k is None:
            k = self._keep = self._all | self.known | {w for w in self.parts if len(w) == 1}
        return k

    def _merge(self, sent: list[str]) -> list[str]:
        """Step 1: for m = 7 .. 2 words, left to right: a run of m words whose
        concatenation is a merge word (and passes the ``checked`` rule) is
        replaced by it.  Implemented by first listing every run of original
        words whose concatenation is a merge word (all later candidates are
        such runs), then replaying the passes only at those runs."""
        n = len(sent)
        if n < 2 or not self._all:
            return sent
        prefixes, allw = self._prefix_table(), self._all
        spans: dict[int, set[int]] = {}
        maxk = 0
        for i in range(n - 1):
            cand = sent[i]
            if cand not in prefixes:
                continue
            j = i + 1
            while j < n:
                cand += sent[j]
                j += 1
                if cand in allw:
                    spans.setdefault(i, set()).add(j)
                    if j - i > maxk:
                        maxk = j - i
                if cand not in prefixes:
                    break
        if not spans:
            return sent
        common, pieces = self.common_words, self.pieces
        words = list(sent)
        ta = list(range(n))  # original word span [ta, tb) of each current word
        tb = list(range(1, n + 1))
        for m in range(min(7, n, maxk), 1, -1):
            i = 0
            while i + m <= len(words):
                ends = spans.get(ta[i])
                if ends is not None and tb[i + m - 1] in ends:
                    parts = words[i : i + m]
                    cand = "".join(parts)
                    if cand in common or not all(p in pieces for p in parts):
                        words[i : i + m] = [cand]
                        tb[i : i + m] = [tb[i + m - 1]]
                        del ta[i + 1 : i + m]
                i += 1
        return words


_FAST = None


def _fast_class():
    global _FAST
    if _FAST is None:
        g = globals()
        g["FastPreprocesser"] = _make_preprocesser_class()
        g["FastPkuseg"] = _FAST = _make_fast_class()
    return _FAST


def __getattr__(name: str):
    # the spacy_pkuseg / spaCy subclasses are built on first use (importing
    # this module stays cheap); by name here so that pickle finds them
    if name in ("FastPkuseg", "FastPreprocesser"):
        _fast_class()
        return globals()[name]
    if name == "FastChineseTokenizer":
        return _tokenizer_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_model_dir() -> Path:
    """The pkuseg model shipped in the package (models/pkuseg)."""
    from .resources import models_path

    return models_path("pkuseg")


def default_lexicon_path() -> Path:
    """The domain lexicon shipped in the package (models/lexicon.txt)."""
    from .resources import models_path

    return models_path("lexicon.txt")


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


def load_pkuseg(model_dir: str | Path | None = None, lexicon_words: Iterable[str] | None = None, convention: str = "default"):
    """A ``spacy_pkuseg.pkuseg`` for ``model_dir`` (default: the shipped model)
    with ``lexicon_words`` as its user dictionary (``None``: no dictionary).
    ``convention``: which merge words post-process the CRF output
    (``"default"``, or ``"msr"`` for the MSR segmentation standard; see
    ``WordMerger.load``)."""
    if convention not in CONVENTIONS:
        raise ValueError(f"convention must be one of {CONVENTIONS}, not {convention!r}")
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
    if hasattr(seg, "_fast_init") and not hasattr(seg, "_wn"):
        seg._fast_init()
    merge_path = model_dir / MERGE_FILE
    if merge_path.exists():
        seg.postprocesser = WordMerger.load(merge_path, convention)
        seg.postprocesser._prefix_table()
    words = [w.strip() for w in (lexicon_words or []) if w and w.strip()]
    seg.preprocesser = globals()["FastPreprocesser"](words or None)
    return seg


@lru_cache(maxsize=8)
def _cached_pkuseg(model_dir: str, lexicon_path: str | None, convention: str = "default"):
    words = lexicon_words(lexicon_path) if lexicon_path else None
    return load_pkuseg(Path(model_dir), words, convention)


@lru_cache(maxsize=1)
def _default_paths() -> tuple[str, str | None]:
    lex = default_lexicon_path()
    return str(default_model_dir()), (str(lex) if lex.exists() else None)


def _default_seg(lexicon: bool, convention: str = "default"):
    model, lex = _default_paths()
    return _cached_pkuseg(model, lex if lexicon else None, convention)


def _segment_with(seg, text: str) -> list[str]:
    """Words of ``text`` with whitespace runs as items of their own; all
    whitespace-free runs are segmented in one batch."""
    if not text:
        return []
    parts = _WS.split(text)  # runs, whitespace runs at odd indices
    runs = parts[0::2]
    if hasattr(seg, "cut_pieces"):
        cut = seg.cut_pieces([r for r in runs if r])
    else:
        cut = [[w for w in seg.cut(r) if w] for r in runs if r]
    out: list[str] = []
    k = 0
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
        elif part:
            words = cut[k]
            k += 1
            if "".join(words) != part:  # defensive: never lose or change a character
                words = list(part)
            out.extend(words)
    return out


def segment(text: str, lexicon: bool = True, convention: str = "default") -> list[str]:
    """Segment plain ``text`` with the default model (and the domain lexicon
    unless ``lexicon=False``).  No cleaning: ``"".join(result) == text``;
    whitespace runs are returned as items of their own.  ``convention="msr"``
    follows the MSR segmentation standard (longer words) instead of the
    default (PKU-like) one."""
    if not text:
        return []
    return _segment_with(_default_seg(lexicon, convention), text)


_TOK = None


def _tokenizer_class():
    global _TOK
    if _TOK is None:
        from spacy.lang.zh import ChineseTokenizer, Segmenter
        from spacy.tokens import Doc

        class FastChineseTokenizer(ChineseTokenizer):
            """spaCy's ChineseTokenizer (pkuseg) that builds the Doc straight
            from our words: the same tokens and spaces as
            ``util.get_words_and_spaces`` gives (a single " " after a word is
            its trailing space; other whitespace is a token of its own) in
            one linear pass."""

            def __call__(self, text: str):
                if self.segmenter != Segmenter.pkuseg or self.pkuseg_seg is None or not hasattr(self.pkuseg_seg, "cut_pieces"):
                    return super().__call__(text)
                words: list[str] = []
                spaces: list[bool] = []
                prev_word = False
                for w in _segment_with(self.pkuseg_seg, text):
                    if w.isspace():
                        if prev_word and w[0] == " ":
                            spaces[-1] = True
                            w = w[1:]
                        if w:
                            words.append(w)
                            spaces.append(False)
                        prev_word = False
                    else:
                        words.append(w)
                        spaces.append(False)
                        prev_word = True
                return Doc(self.vocab, words=words, spaces=spaces)

        FastChineseTokenizer.__qualname__ = "FastChineseTokenizer"
        FastChineseTokenizer.__module__ = __name__
        _TOK = FastChineseTokenizer
    return _TOK


def make_chinese_tokenizer(vocab, model_dir: str | Path | None = None, lexicon: bool = True, convention: str = "default"):
    """spaCy's ``ChineseTokenizer`` (segmenter "pkuseg") with our model and,
    if ``lexicon``, the domain lexicon as pkuseg user dictionary."""
    model_dir = default_model_dir() if model_dir is None else Path(model_dir)
    tok = _tokenizer_class()(vocab, segmenter="pkuseg")
    lex = default_lexicon_path()
    words = lexicon_words(lex) if lexicon and lex.exists() else None
    tok.pkuseg_seg = load_pkuseg(model_dir, words, convention)
    return tok
