"""Segmentation: govreport_nlp.segment and the pkuseg model/lexicon in models/."""
from __future__ import annotations

import importlib
import os
import time
from pathlib import Path

import pytest

seg = importlib.import_module("govreport_nlp.segment")  # the module (govreport_nlp.segment is also a function)

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GOVREPORT_SHARED", REPO.parent / "shared"))
ICWB2 = SHARED / "corpora" / "icwb2"
needs_icwb2 = pytest.mark.skipif(
    not (ICWB2 / "pku_test_gold.utf8").exists(), reason=f"icwb2 corpus not found at {ICWB2} (set GOVREPORT_SHARED)"
)

TEXTS = [
    "加快新旧动能转换，培育专精特新企业，深化放管服改革。",
    "2022年，全区实现地区生产总值1035.6亿元，增长5.1%。",
    "  青岛市城阳区\u3000人民政府\n\n工作报告 \t",
    "ＧＤＰ增长６.５％左右，CPI涨幅3%。",
    "",
    " ",
    "a",
    "\ue000\ue001混合",  # private-use chars take the plain spacy_pkuseg path
]


def test_model_files_ship_in_package():
    d = seg.default_model_dir()
    assert (d / "features.msgpack").is_file()
    assert (d / "weights.npz").is_file()
    assert seg.default_lexicon_path().is_file()
    size = sum(p.stat().st_size for p in d.iterdir() if p.is_file())
    assert size <= 30 * 1024 * 1024


def test_model_loads_with_stock_spacy_pkuseg_without_pickle(monkeypatch):
    import pickle

    import spacy_pkuseg

    def no_pickle(*a, **k):
        raise AssertionError("pickle used")

    monkeypatch.setattr(pickle, "load", no_pickle)
    monkeypatch.setattr(pickle, "loads", no_pickle)
    t = time.perf_counter()
    stock = spacy_pkuseg.pkuseg(str(seg.default_model_dir()), user_dict=None)
    assert time.perf_counter() - t < 10  # budget is 2 s; generous for loaded CI machines
    assert "".join(stock.cut("深化放管服改革")) == "深化放管服改革"


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("lexicon", [True, False])
def test_words_join_back_exactly(text, lexicon):
    words = seg.segment(text, lexicon=lexicon)
    assert "".join(words) == text
    assert all(words)


def test_package_level_function():
    import govreport_nlp

    assert govreport_nlp.segment("深化改革") == seg.segment("深化改革")


def test_whitespace_runs_are_own_items():
    words = seg.segment("工作 报告\n\n总结")
    assert " " in words and "\n\n" in words


def test_lexicon_switch_changes_segmentation():
    text = "加快新旧动能转换，培育专精特新企业。"
    with_lex = seg.segment(text, lexicon=True)
    without = seg.segment(text, lexicon=False)
    assert "新旧动能转换" in with_lex
    assert "新旧动能转换" not in without
    assert with_lex != without


def test_lexicon_file_format():
    words = seg.lexicon_words(seg.default_lexicon_path())
    assert len(words) > 1000
    assert {"专精特新", "新旧动能转换", "放管服"} <= set(words)
    assert all(w and not any(c.isspace() for c in w) for w in words)


def test_lexicon_words_parses_tags_and_comments(tmp_path):
    p = tmp_path / "lex.txt"
    p.write_text("# comment\n新旧动能转换\tpolicy\n\n城阳区\n城阳区\tdup\n", encoding="utf-8")
    assert seg.lexicon_words(p) == ["新旧动能转换", "城阳区"]


def test_fast_scores_equal_stock_spacy_pkuseg():
    """The sped-up feature extraction gives spacy_pkuseg's exact node scores."""
    import numpy as np
    from spacy_pkuseg import inference as inf

    p = seg.load_pkuseg(seg.default_model_dir(), None)
    fe, model = p.feature_extractor, p.model
    for text in ["加快新旧动能转换", "2022年GDP增长5.1%，Ａ股", "中华人民共和国国务院总理", "一", "x.y*z"]:
        nodes = list(fe.normalize_text(text))
        feats = [fe.get_node_features_idx(i, nodes) for i in range(len(nodes))]
        y, yy = inf.getLogYY(feats, model.n_tag, model.n_feature * model.n_tag, model.w, 1.0)
        assert np.array_equal(y, p.node_scores(text))
        assert np.array_equal(yy, p._edge)


def test_load_pkuseg_user_dictionary_and_errors(tmp_path):
    p = seg.load_pkuseg(seg.default_model_dir(), ["城阳区人民政府"])
    assert "城阳区人民政府" in p.cut("青岛市城阳区人民政府")
    with pytest.raises(FileNotFoundError):
        seg.load_pkuseg(tmp_path, None)


def test_spacy_chinese_tokenizer():
    import spacy
    from spacy.lang.zh import ChineseTokenizer

    nlp = spacy.blank("zh")
    tok = seg.make_chinese_tokenizer(nlp.vocab, seg.default_model_dir(), lexicon=True)
    assert isinstance(tok, ChineseTokenizer)
    assert tok.segmenter == "pkuseg"
    text = "加快新旧动能转换。 深化放管服改革"
    doc = tok(text)
    assert doc.text == text
    assert "新旧动能转换" in [t.text for t in doc]
    doc2 = seg.make_chinese_tokenizer(nlp.vocab, seg.default_model_dir(), lexicon=False)(text)
    assert doc2.text == text
    assert "新旧动能转换" not in [t.text for t in doc2]


def test_merger_joins_known_words_only():
    m = seg.WordMerger(always=["人民政府"], checked=["女士们"], pieces=["女士", "们"])
    assert m(["城阳区", "人民", "政府"]) == ["城阳区", "人民政府"]
    assert m(["女士", "们"]) == ["女士", "们"]  # both parts are words: the split is intended


@needs_icwb2
def test_icwb2_pku_f1_sample():
    import importlib.util

    spec = importlib.util.spec_from_file_location("_bench_segment", REPO / "benchmarks" / "segment.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    raw = bench.read_lines(ICWB2 / "pku_test.utf8", 300)
    gold = bench.read_lines(ICWB2 / "pku_test_gold.utf8", 300)
    s = bench.score([seg.segment(line, lexicon=False) for line in raw], gold)
    assert s["F1"] > 0.92
