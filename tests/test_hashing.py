"""The run-time feature hasher must give exactly scikit-learn's
HashingVectorizer output: the shipped sentence model was trained on it."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from govreport_nlp.hashing import FeatureHasher

sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")

TEXTS = ["过去一年，全市地区生产总值增长5.2%。", "ABC  def\tx", "", "   ", "今年要加快建设“十四五”重大项目；ÉCOLE"]


def _sklearn(n_features, analyzer, ngram_range=(1, 1)):
    vec = sklearn_text.HashingVectorizer(n_features=n_features, analyzer=analyzer, alternate_sign=False,
                                         norm="l2", dtype=np.float32)
    if analyzer == "char":
        vec.set_params(ngram_range=ngram_range)
    return vec


def _same(a, b):
    assert a.shape == b.shape
    assert abs(a - b).max() < 1e-6 if a.nnz or b.nnz else True


def test_char_ngrams_match_sklearn():
    _same(_sklearn(2 ** 18, "char", (1, 3)).transform(TEXTS), FeatureHasher(2 ** 18, "char", (1, 3)).transform(TEXTS))


def test_feature_lists_match_sklearn():
    docs = [["part=review", "pos=0.1", "cue:past"], [], ["part=tasks", "part=tasks"]]
    _same(_sklearn(2 ** 10, lambda f: f).transform(docs), FeatureHasher(2 ** 10, lambda f: f).transform(docs))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("政府工作报告 \t\n增长5.%AbcÉ，。")), max_size=30), min_size=1, max_size=6))
def test_random_texts_match_sklearn(texts):
    _same(_sklearn(2 ** 12, "char", (1, 3)).transform(texts), FeatureHasher(2 ** 12, "char", (1, 3)).transform(texts))


def test_bad_analyzer_is_refused():
    with pytest.raises(ValueError, match="analyzer"):
        FeatureHasher(16, "word")


def test_rows_dot_equals_the_sparse_product():
    hasher = FeatureHasher(2 ** 12, "char", (1, 3))
    weights = np.random.default_rng(0).normal(size=(2 ** 12, 4)).astype(np.float32)
    expected = hasher.transform(TEXTS) @ weights
    assert np.allclose(hasher.rows(TEXTS).dot(weights), expected, atol=1e-5)


def test_loading_the_pipeline_does_not_import_scipy_or_sklearn():
    import subprocess
    import sys

    code = "import sys, govreport_nlp; govreport_nlp.load(); print(sorted(m for m in ('scipy', 'sklearn') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
