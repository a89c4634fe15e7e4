"""Segmentation: govreport_nlp.segment and the pkuseg model/lexicon in models/."""
from __future__ import annotations

import importlib
import os
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
    stock = spacy_pkuseg.pkuseg(str(seg.default_model_dir()), user_dict=None)
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


# --- output identity with the unvectorised implementation -------------------


def _reference_merge(merger, sent):
    """WordMerger.__call__ as it was before the speed-up (the reference)."""
    if len(sent) < 2 or not merger._all:
        return sent
    allw, common, pieces = merger._all, merger.common_words, merger.pieces
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


def _reference_split(merger, words):
    """WordMerger's split step written plainly (the reference)."""
    if not merger.parts:
        return words
    vocab = merger.common_words | merger.other_words | merger.known
    out = []
    for w in words:
        cuts = [i for i in range(1, len(w)) if w[:i] in merger.parts and w[i:] in merger.parts]
        if len(w) > 1 and w not in vocab and len(cuts) == 1:
            out += [w[: cuts[0]], w[cuts[0] :]]
        else:
            out.append(w)
    return out


def _reference_segment(text, lexicon):
    """segment() built from stock spacy_pkuseg parts: its Preprocesser (trie),
    its per-character feature extraction + getLogYY + Viterbi (``pkuseg._cut``),
    the old merger and a plain split step."""
    import re

    import spacy_pkuseg

    p = seg._default_seg(lexicon)
    words = seg.lexicon_words() if lexicon else None
    pre = spacy_pkuseg.Preprocesser(words)
    out = []
    for run in re.split(r"(\s+)", text):
        if not run:
            continue
        if run.isspace():
            out.append(run)
            continue
        parts, isword, _ = pre.solve(run)
        for part, isw in zip(parts, isword):
            if isw:
                out.append(part)
            else:
                merged = _reference_merge(p.postprocesser, spacy_pkuseg.pkuseg._cut(p, part))
                out.extend(_reference_split(p.postprocesser, merged))
    return out


def _identity_sample():
    import json

    texts = [t for t in TEXTS if t]
    texts += ["中华人民共和国国务院总理李克强\n\n2023年3月5日 在第十四届全国人民代表大会第一次会议上", "x.y*z 　ＡＢ-1.5", "一"]
    if (ICWB2 / "pku_test.utf8").exists():
        for name in ("pku_test.utf8", "msr_test.utf8"):
            with open(ICWB2 / name, encoding="utf-8") as f:
                texts.append("".join(line for _, line in zip(range(60), f)))
    reports = SHARED / "corpora" / "national_reports.jsonl"
    if reports.exists():
        with open(reports, encoding="utf-8") as f:
            for _, line in zip(range(2), f):
                texts.append(json.loads(line)["content"][:6000])
    return texts


@pytest.mark.parametrize("lexicon", [True, False])
def test_output_identical_to_reference_implementation(lexicon):
    for text in _identity_sample():
        assert seg.segment(text, lexicon=lexicon) == _reference_segment(text, lexicon)


def test_merger_identical_to_reference():
    import random

    m = seg.WordMerger(always=["人民政府", "人民", "改革开放", "ABC", "ABCD"], checked=["女士们", "BCD", "AB"], pieces=["女士", "们", "A", "B"])
    rng = random.Random(5)
    vocab = ["人民", "政府", "人", "民", "改革", "开放", "女士", "们", "A", "B", "C", "D", "BC", "的"]
    for _ in range(3000):
        sent = [rng.choice(vocab) for _ in range(rng.randint(0, 12))]
        assert m(sent) == _reference_merge(m, sent), sent


def test_tokenizer_doc_matches_get_words_and_spaces():
    """The Doc is built from words + spaces directly; it must equal spaCy's
    get_words_and_spaces alignment of pkuseg's words."""
    import spacy
    from spacy.util import get_words_and_spaces

    nlp = spacy.blank("zh")
    tok = seg.make_chinese_tokenizer(nlp.vocab, seg.default_model_dir(), lexicon=True)
    samples = [
        " 开头空格", "结尾空格 ", "两个  空格", "换行\n\n段落", " \n混合 \t 空白\u3000全角", "   ", "", "a b c",
        "词 \n词", "\n开头", "加快新旧动能转换。 深化放管服改革",
    ]
    for text in samples + _identity_sample()[-3:]:
        doc = tok(text)
        words, spaces = get_words_and_spaces(tok.pkuseg_seg.cut(text), text)
        assert [t.text for t in doc] == words, text
        assert [bool(t.whitespace_) for t in doc] == spaces, text
        assert doc.text == text


def test_user_dict_update_is_seen():
    import spacy

    tok = seg.make_chinese_tokenizer(spacy.blank("zh").vocab, seg.default_model_dir(), lexicon=False)
    assert "城阳区人民政府" not in [t.text for t in tok("青岛市城阳区人民政府")]
    tok.pkuseg_update_user_dict(["城阳区人民政府"])
    assert "城阳区人民政府" in [t.text for t in tok("青岛市城阳区人民政府")]
    tok.pkuseg_update_user_dict([], reset=True)  # back to a stock Preprocesser: still works
    assert "".join(t.text for t in tok("青岛市城阳区人民政府")) == "青岛市城阳区人民政府"


def test_msr_convention_joins_msr_training_words():
    text = "改革开放以来，江泽民主席"
    default = seg.segment(text, lexicon=False)
    msr = seg.segment(text, lexicon=False, convention="msr")
    assert "".join(msr) == text
    assert "改革开放" in msr and "改革开放" not in default
    with pytest.raises(ValueError):
        seg.segment(text, convention="nope")


def test_merge_file_kinds(tmp_path):
    p = tmp_path / "m.tsv"
    p.write_text("人民政府\talways\n女士们\tmsr\n中国人\tpku\n女士\tpiece\n们\tpiece\n", encoding="utf-8")
    d = seg.WordMerger.load(p)
    assert d(["女士", "们"]) == ["女士", "们"] and d(["中国", "人"]) == ["中国人"]
    m = seg.WordMerger.load(p, convention="msr")
    assert m(["女士", "们"]) == ["女士们"] and m(["中国", "人"]) == ["中国", "人"]


def test_merger_splits_unknown_words_into_two_common_words():
    m = seg.WordMerger(always=["人民政府"], known=["精准"], parts=["中山", "舰", "精", "准", "东", "方", "红", "东方", "方红"])
    assert m(["中山舰", "访问"]) == ["中山", "舰", "访问"]  # unknown, one split point
    assert m(["精准"]) == ["精准"]  # a known word is never split
    assert m(["东方红"]) == ["东方红"]  # two split points (东|方红, 东方|红): kept whole
    assert m(["人民", "政府"]) == ["人民政府"]  # merged words are known
    assert seg.WordMerger(always=["人民政府"])(["中山舰"]) == ["中山舰"]  # no parts: no splitting


def test_merger_split_identical_to_reference():
    import random

    m = seg.WordMerger(always=["人民政府", "改革开放"], checked=["ABC"], known=["BC"], parts=["人民", "政府", "A", "B", "C", "D", "的"])
    rng = random.Random(7)
    vocab = ["人民", "政府", "人民政府", "AB", "BC", "CD", "ABC", "ABCD", "的A", "的", "DD", "AAA"]
    for _ in range(3000):
        sent = [rng.choice(vocab) for _ in range(rng.randint(0, 8))]
        assert m(sent) == _reference_split(m, _reference_merge(m, sent)), sent


def test_shipped_merge_file_splits_and_merges():
    p = seg.default_model_dir() / seg.MERGE_FILE
    d = seg.WordMerger.load(p)
    assert d.parts and d.known and d.common_words
    assert d._table  # prefixes come precomputed
    assert set(seg.read_merge_file(p)["prefixes"]) >= {w[:i] for w in d._all for i in range(1, len(w))}


def test_lookup_file_gives_the_same_segmenter(tmp_path):
    """The shipped lookup tables equal the ones computed from the model, and
    loading with them parses no features.msgpack; a stale lookup file is
    ignored."""
    import shutil

    import numpy as np

    d = seg.default_model_dir()
    assert (d / seg.LOOKUP_FILE).is_file()
    fast = seg.load_pkuseg(d, None)
    assert "_fe" not in fast.__dict__  # feature map not loaded
    no_lookup = tmp_path / "plain"
    no_lookup.mkdir()
    for name in ("features.msgpack", "weights.npz", seg.MERGE_FILE):
        shutil.copy(d / name, no_lookup / name)
    slow = seg.load_pkuseg(no_lookup, None)
    assert "_fe" in slow.__dict__
    shipped = seg.read_lookup(d)
    computed = slow.lookup_arrays()
    assert set(shipped) == set(computed) | {"source"}
    for k, v in computed.items():
        assert np.array_equal(shipped[k], v), k
    text = "".join(_identity_sample()[-3:])
    assert seg._segment_with(fast, text) == seg._segment_with(slow, text)
    # a lookup file made for other model files is not used
    shutil.copy(d / seg.LOOKUP_FILE, no_lookup / seg.LOOKUP_FILE)
    assert seg.read_lookup(no_lookup) is not None
    with np.load(no_lookup / "weights.npz") as z:
        w = z["w"].copy()
        sizes = z["sizes"]
    w[-1] += 0.5
    np.savez(no_lookup / "weights.npz", sizes=sizes, w=w)
    assert seg.read_lookup(no_lookup) is None
    assert "_fe" in seg.load_pkuseg(no_lookup, None).__dict__


def test_lazy_trie_matches_stock_preprocesser():
    import spacy_pkuseg

    words = ["城阳区", "城阳区人民政府", "新旧动能转换", "a"]
    fast = seg.FastPreprocesser(words)
    stock = spacy_pkuseg.Preprocesser(words)
    text = "青岛市城阳区人民政府推进新旧动能转换a"
    assert fast.solve(text) == stock.solve(text)
    fast.insert("青岛市", "")
    stock.insert("青岛市", "")
    assert fast.solve(text) == stock.solve(text)
    assert spacy_pkuseg.Preprocesser.solve(fast, text) == stock.solve(text)  # the trie itself


def test_merge_file_msgpack(tmp_path):
    import srsly

    p = tmp_path / "m.msgpack"
    srsly.write_msgpack(p, {"always": ["人民政府", "中山"], "msr": ["女士们"], "piece": ["女士", "们"], "both1": ["舰"], "known": ["精准"]})
    d = seg.WordMerger.load(p)
    assert d(["女士", "们"]) == ["女士", "们"] and d(["人民", "政府"]) == ["人民政府"]
    assert d(["中山舰"]) == ["中山", "舰"] and d(["精准"]) == ["精准"]
    assert seg.WordMerger.load(p, convention="msr")(["女士", "们"]) == ["女士们"]
