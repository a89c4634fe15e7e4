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
from typing import Callable, Iterable

import numpy as np
import scipy.sparse as sp
from murmurhash.mrmr import hash as _murmur

__all__ = ["FeatureHasher"]

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
    """``transform(docs) -> csr_matrix`` (float32, rows l2-normalised)."""

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

    def transform(self, docs: Iterable[object]) -> sp.csr_matrix:
        indices: list[int] = []
        indptr = [0]
        if len(self._cache) > 2_000_000:
            self._cache.clear()
        cache = self._cache
        for doc in docs:
            for feature in self.analyzer(doc):
                index = cache.get(feature)
                if index is None:
                    index = cache[feature] = self._index(feature)
                indices.append(index)
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float32)
        matrix = sp.csr_matrix((data, np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
                               shape=(len(indptr) - 1, self.n_features))
        matrix.sum_duplicates()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sp.csr_matrix(sp.diags((1.0 / norms).astype(np.float32)) @ matrix, dtype=np.float32)
