"""Feature hashing without scikit-learn at run time.

scikit-learn's ``HashingVectorizer`` costs about a second of import time,
half of ``load()``'s budget, for what is a murmurhash and a sparse matrix.
This class reproduces it exactly (same MurmurHash3 through spaCy's
``murmurhash``, same ``abs(h) % n_features`` index, same whitespace folding,
lower-casing and n-gram order of the ``char`` analyzer, same l2 norm), so
models trained with scikit-learn's vectorizer load and score unchanged.
"""
from __future__ import annotations

import re
from operator import add as _add
from typing import Callable, Iterable, NamedTuple

import numpy as np
from murmurhash.mrmr import hash as _murmur

__all__ = ["FeatureHasher", "HashedRows"]

_WHITESPACE = re.compile(r"\s\s+")
_BITS = 21  # bits per character in a packed char n-gram (code points + 1 < 2 ** 21)
_MASK = (1 << _BITS) - 1
_MAX_PACKED = 3  # characters per uint64


def char_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    """Character n-grams in the order of scikit-learn's ``char`` analyzer."""
    text = _WHITESPACE.sub(" ", text.lower())
    lo, hi = ngram_range
    if lo < 1:  # (scikit-learn refuses it; kept as the plain loop gives it)
        size = len(text)
        grams: list[str] = []
        for n in range(lo, min(hi + 1, size + 1)):
            grams.extend(text[i:i + n] for i in range(size - n + 1))
        return grams
    # the n-grams of each size from those of size n - 1, joined in C by map
    grams = []
    prev: list[str] = []
    for n in range(1, min(hi, len(text)) + 1):
        prev = list(text) if n == 1 else list(map(_add, prev, text[n - 1:]))
        if n >= lo:
            grams += prev
    return grams


class FeatureHasher:
    """``rows(docs)`` for scoring with numpy, ``transform(docs) -> csr_matrix``
    (float32, rows l2-normalised) for training."""

    def __init__(self, n_features: int, analyzer: str | Callable[[object], Iterable[str]] = "char",
                 ngram_range: tuple[int, int] = (1, 1)):
        self.n_features = n_features
        self._char_range: tuple[int, int] | None = None
        if analyzer == "char":
            self.analyzer: Callable[[object], Iterable[str]] = lambda doc: char_ngrams(doc, ngram_range)
            if 1 <= ngram_range[0] <= ngram_range[1] <= _MAX_PACKED:
                self._char_range = (int(ngram_range[0]), int(ngram_range[1]))
        elif callable(analyzer):
            self.analyzer = analyzer
        else:
            raise ValueError(f"analyzer must be 'char' or a callable, got {analyzer!r}")
        # n-grams repeat across documents: remember their index (bounded)
        self._cache: dict[str, int] = {}
        # the same for packed char n-grams (see _char_indices): sorted keys, their index
        self._packed_keys = np.zeros(0, dtype=np.uint64)
        self._packed_index = np.zeros(0, dtype=np.int64)

    def _index(self, feature: str) -> int:
        h = _murmur(feature)
        return (2147483648 if h == -2147483648 else abs(h)) % self.n_features

    def rows(self, docs: Iterable[object]) -> HashedRows:
        """The hashed, l2-normalised rows as coordinates sorted by row: what
        ``transform`` returns, without scipy (scoring needs numpy only)."""
        docs = list(docs)
        if len(self._cache) > 2_000_000:
            self._cache.clear()
        row_of = None
        if self._char_range is not None and all(type(doc) is str for doc in docs):
            try:
                row_of, indices = self._char_indices(docs)
            except UnicodeEncodeError:  # lone surrogates: the loop below fails as it always did
                row_of = None
        if row_of is None:
            row_of, indices = self._feature_loop(docs)
        return _coordinates(row_of, indices, len(docs), self.n_features)

    def _feature_loop(self, docs: list[object]) -> tuple[np.ndarray, np.ndarray]:
        """(row, index) of every feature the analyzer gives, in document order."""
        indices: list[int] = []
        lengths: list[int] = []
        cache = self._cache
        for doc in docs:
            before = len(indices)
            for feature in self.analyzer(doc):
                index = cache.get(feature)
                if index is None:
                    index = cache[feature] = self._index(feature)
                indices.append(index)
            lengths.append(len(indices) - before)
        return np.repeat(np.arange(len(lengths), dtype=np.int64), lengths), np.asarray(indices, dtype=np.int64)

    def _char_indices(self, docs: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(row, index) of every char n-gram of ``docs`` (in no particular
        order within a row: the coordinates are summed by ``_coordinates``).
        An n-gram (n <= 3) is packed into one uint64, 21 bits per character
        (code point + 1, so shorter n-grams keep zero high bits), and looked
        up in a sorted table of the packed n-grams already hashed."""
        lo, hi = self._char_range  # type: ignore[misc]
        texts = [_WHITESPACE.sub(" ", doc.lower()) for doc in docs]
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        code = np.frombuffer("".join(texts).encode("utf-32-le"), dtype="<u4").astype(np.uint64) + np.uint64(1)
        row = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        keys, rows = [], []
        packed = code
        for n in range(1, hi + 1):
            if n > 1:
                size = len(code) - n + 1
                if size <= 0:
                    break
                packed = packed[:size] | (code[n - 1:] << np.uint64(_BITS * (n - 1)))
            if n >= lo:
                inside = row[:len(packed)] == row[n - 1:]  # the n-gram does not cross into the next text
                keys.append(packed[inside])
                rows.append(row[:len(packed)][inside])
        if not keys:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        # sorted queries make the table look-up cache-friendly (pairs stay pairs)
        key = np.concatenate(keys)
        order = np.argsort(key)
        return np.concatenate(rows)[order], self._packed_lookup(key[order])

    def _packed_lookup(self, key: np.ndarray) -> np.ndarray:
        """The feature index of every packed n-gram in ``key``."""
        table, index = self._packed_keys, self._packed_index
        pos = np.searchsorted(table, key)
        found = table[np.minimum(pos, len(table) - 1)] == key if len(table) else np.zeros(len(key), dtype=bool)
        if not found.all():
            if len(table) > 4_000_000:  # bounded, as the feature cache
                table, index = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
                found = np.zeros(len(key), dtype=bool)
            new = np.unique(key[~found])
            grams = [_unpack(k) for k in new.tolist()]
            new_index = np.fromiter(map(self._index, grams), dtype=np.int64, count=len(grams))
            table = np.concatenate([table, new])
            index = np.concatenate([index, new_index])
            order = np.argsort(table, kind="stable")
            self._packed_keys, self._packed_index = table, index = table[order], index[order]
            pos = np.searchsorted(table, key)
        return index[pos]

    def transform(self, docs: Iterable[object]):
        """A scipy ``csr_matrix`` (float32, rows l2-normalised), for training."""
        import scipy.sparse as sp

        hashed = self.rows(docs)
        return sp.csr_matrix((hashed.data, (hashed.row, hashed.col)), shape=(hashed.n_rows, self.n_features),
                             dtype=np.float32)


def _unpack(key: int) -> str:
    """The n-gram packed into ``key`` (see ``FeatureHasher._char_indices``)."""
    chars = []
    while key:
        chars.append(chr((key & _MASK) - 1))
        key >>= _BITS
    return "".join(chars)


def _coordinates(row_of: np.ndarray, indices: np.ndarray, n_rows: int, n_features: int) -> HashedRows:
    """``HashedRows`` of (row, feature index) pairs, each pair counted; the
    order of the pairs does not matter."""
    keys, counts = np.unique(row_of * n_features + indices, return_counts=True)
    row, col = keys // n_features, keys % n_features
    counts = counts.astype(np.float32)
    norms = np.sqrt(np.bincount(row, weights=counts * counts, minlength=n_rows)).astype(np.float32)
    norms[norms == 0] = 1.0
    return HashedRows(row, col, counts / norms[row], n_rows)


class HashedRows(NamedTuple):
    row: np.ndarray
    col: np.ndarray
    data: np.ndarray
    n_rows: int

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """``rows @ weights`` for a dense (n_features × k) ``weights``."""
        contrib = weights[self.col] * self.data[:, None]
        return np.stack([np.bincount(self.row, weights=contrib[:, k], minlength=self.n_rows)
                         for k in range(weights.shape[1])], axis=1)
