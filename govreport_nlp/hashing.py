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
from typing import Callable, Iterable, NamedTuple

import numpy as np
from murmurhash.mrmr import hash as _murmur

__all__ = ["FeatureHasher", "HashedRows"]

_WHITESPACE = re.compile(r"\s\s+")


def char_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    """Character n-grams in the order of scikit-learn's ``char`` analyzer."""
    text = _WHITESPACE.sub(" ", text.lower())
    lo, hi = ngram_range
    size = len(text)
    grams: list[str] = []
    for n in range(lo, min(hi + 1, size + 1)):
        grams.extend(text[i:i + n] for i in range(size - n + 1))
    return grams


class FeatureHasher:
    """``rows(docs)`` for scoring with numpy, ``transform(docs) -> csr_matrix``
    (float32, rows l2-normalised) for training."""

    def __init__(self, n_features: int, analyzer: str | Callable[[object], Iterable[str]] = "char",
                 ngram_range: tuple[int, int] = (1, 1)):
        self.n_features = n_features
        if analyzer == "char":
            self.analyzer: Callable[[object], Iterable[str]] = lambda doc: char_ngrams(doc, ngram_range)
        elif callable(analyzer):
            self.analyzer = analyzer
        else:
            raise ValueError(f"analyzer must be 'char' or a callable, got {analyzer!r}")
        # n-grams repeat across documents: remember their index (bounded)
        self._cache: dict[str, int] = {}

    def _index(self, feature: str) -> int:
        h = _murmur(feature)
        return (2147483648 if h == -2147483648 else abs(h)) % self.n_features

    def rows(self, docs: Iterable[object]) -> HashedRows:
        """The hashed, l2-normalised rows as coordinates sorted by row: what
        ``transform`` returns, without scipy (scoring needs numpy only)."""
        indices: list[int] = []
        lengths: list[int] = []
        if len(self._cache) > 2_000_000:
            self._cache.clear()
        cache = self._cache
        for doc in docs:
            before = len(indices)
            for feature in self.analyzer(doc):
                index = cache.get(feature)
                if index is None:
                    index = cache[feature] = self._index(feature)
                indices.append(index)
            lengths.append(len(indices) - before)
        n_rows = len(lengths)
        row_of = np.repeat(np.arange(n_rows, dtype=np.int64), lengths)
        keys, counts = np.unique(row_of * self.n_features + np.asarray(indices, dtype=np.int64), return_counts=True)
        row, col = keys // self.n_features, keys % self.n_features
        counts = counts.astype(np.float32)
        norms = np.sqrt(np.bincount(row, weights=counts * counts, minlength=n_rows)).astype(np.float32)
        norms[norms == 0] = 1.0
        return HashedRows(row, col, counts / norms[row], n_rows)

    def transform(self, docs: Iterable[object]):
        """A scipy ``csr_matrix`` (float32, rows l2-normalised), for training."""
        import scipy.sparse as sp

        hashed = self.rows(docs)
        return sp.csr_matrix((hashed.data, (hashed.row, hashed.col)), shape=(hashed.n_rows, self.n_features),
                             dtype=np.float32)


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
