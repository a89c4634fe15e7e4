"""The end-to-end pipeline on the sample page: what a user of load() relies on."""
from __future__ import annotations

import json
import unicodedata

import pytest
from spacy.language import Language

import govreport_nlp

CHROME = ["设为首页", "复制链接", "每日心情", "签到天数", "积分", "发表于", "快速回复", "Powered by", "010-63691786", "返回列表", "立即注册"]


def test_load_returns_language_with_all_stages(nlp):
    assert isinstance(nlp, Language)
    assert nlp.pipe_names == ["govreport_sections", "govreport_sentences", "govreport_entities",
                              "govreport_sentence_labels", "govreport_indicators"]


def test_chrome_removed_and_body_kept(sample_doc):
    text = sample_doc.text
    for noise in CHROME:
        assert noise not in text, noise
    assert text.startswith("2022年青岛市城阳区政府工作报告")
    assert "现在，我代表区人民政府向大会报告工作，请予审议" in text
    assert text.rstrip().endswith("以优异成绩迎接党的二十大胜利召开！")


def test_metadata(sample_doc):
    meta = sample_doc._.meta
    assert meta["title"] == "2022年青岛市城阳区政府工作报告"
    assert meta["year"] == 2022
    assert meta["region"] == "青岛市城阳区"
    assert meta["level"] == "district"
    assert meta["speaker"] == "殷连刚"
    assert meta["date"] == "2022-02-23"


def test_offsets_map_back_to_the_raw_page(sample_doc, sample_text):
    to_raw = sample_doc._.to_raw
    assert len(to_raw) == len(sample_doc.text) + 1
    for ent in sample_doc.ents:
        raw = sample_text[to_raw[ent.start_char]:to_raw[ent.end_char - 1] + 1]
        # the cleaner restores Chinese punctuation and widths: compare modulo that
        assert same_text(raw, ent.text), ent.text


def same_text(raw: str, clean: str) -> bool:
    table = str.maketrans("（）：，", "():,")
    return unicodedata.normalize("NFKC", raw).translate(table).replace(" ", "") == unicodedata.normalize("NFKC", clean).translate(table).replace(" ", "")


def entities(doc, label):
    return {e.text for e in doc.ents if e.label_ == label}


def test_entities_of_the_seed(sample_doc):
    assert {"青岛市城阳区", "城阳", "青岛"} <= entities(sample_doc, "PLACE")
    assert "倍增工程" in entities(sample_doc, "PROGRAM")
    assert any(name.startswith("中车成型科技") for name in entities(sample_doc, "COMPANY"))
    assert "国家高速列车技术创新中心" in entities(sample_doc, "ORG")
    tagged = {e.text for e in sample_doc.ents}
    for generic in ("全区", "我区", "四个意识", "党的二十大", "龙头企业"):
        assert generic not in tagged


def test_the_2022_targets_are_a_goal_sentence_and_an_indicator(sample_doc):
    target = next(s for s in sample_doc.sents if "生产总值增长6.5%左右" in s.text)
    assert target._.label == "goal"
    assert abs(sum(target._.label_scores.values()) - 1) < 1e-5
    gdp = [i for i in sample_doc._.indicators if i["indicator"] == "生产总值" and i["value"] == 6.5]
    assert gdp and gdp[0]["unit"] == "%" and gdp[0]["qualifier"] == "左右"
    assert gdp[0]["status"] == "target" and gdp[0]["period"] == 2022 and gdp[0]["kind"] == "growth"


def test_review_sentence(sample_doc):
    sent = next(s for s in sample_doc.sents if "全区生产总值年均增长6.1%" in s.text)
    assert sent._.label == "review"


def test_sections(sample_doc):
    titles = [(s["level"], s["title"], s["part"]) for s in sample_doc._.sections]
    assert (1, "本届政府工作回顾", "review") in titles
    assert (1, "2022年主要工作安排", "tasks") in titles
    assert sum(1 for level, _, _ in titles if level == 2) >= 13


def test_record_offsets_and_shape(sample_doc):
    record = govreport_nlp.to_record(sample_doc, "seed")
    assert set(record) == {"id", "text", "meta", "sections", "sentences", "entities", "indicators"}
    text = record["text"]
    json.dumps(record, ensure_ascii=False)
    for ent in record["entities"]:
        assert text[ent["start"]:ent["end"]] == ent["text"]
    previous_end = 0
    for sent in record["sentences"]:
        assert sent["label"] in {"review", "goal", "task", "other"}
        assert previous_end <= sent["start"] < sent["end"]
        assert text[sent["start"]:sent["end"]].strip() == text[sent["start"]:sent["end"]]
        previous_end = sent["end"]
    for ind in record["indicators"]:
        assert str(ind["value"]).rstrip("0").rstrip(".") in text[ind["start"]:ind["end"]] or ind["value"] is not None


def test_pipe_with_two_processes(nlp):
    texts = ["各位代表：\n一、过去一年工作回顾\n全区生产总值增长6.1%。", "二、今年工作安排\n全区生产总值增长6.5%左右。加快建设青岛高新区。"]
    docs = list(nlp.pipe(texts, n_process=2))
    assert [d.text for d in docs] == [nlp(t).text for t in texts]
    assert all(s._.label for d in docs for s in d.sents)


def test_empty_and_chrome_only_input(nlp):
    assert nlp("").text == ""
    doc = nlp("设为首页收藏本站\n快速回复 返回顶部 返回列表")
    assert len(govreport_nlp.to_record(doc)["sentences"]) <= 1


@pytest.mark.parametrize("text", ["政府工作报告", "  \n\n ", "a" * 10, "一、" * 50])
def test_odd_inputs_do_not_crash(nlp, text):
    govreport_nlp.to_record(nlp(text))


def test_pipe_batches_are_small_enough_to_share_a_corpus_between_workers(nlp):
    """nlp.pipe(n_process=N) hands whole batches to workers: with spaCy's
    default of 1000 texts a corpus of a few hundred reports would all go to
    one worker."""
    assert nlp.batch_size <= 8


def test_the_kept_text_is_the_docs_text_and_never_leaks_to_another_doc(nlp):
    """The stages read the text the tokenizer kept (doc_text) instead of
    rebuilding doc.text; it must always equal doc.text, also after the entity
    stage re-splits tokens, and a Doc that inherits user_data gets its own."""
    from govreport_nlp.extensions import doc_text

    doc = nlp("各位代表：\n\n过去一年，青岛市城阳区生产总值增长6.5%，宁波银行和北京大学签约。\n\n今年要加快建设青岛高新区。")
    assert doc_text(doc) == doc.text
    part = doc[3:8].as_doc()  # copies user_data from the parent
    assert doc_text(part) == part.text != doc.text
    stranger = nlp.make_doc("")
    stranger.user_data.update(doc.user_data)
    assert doc_text(stranger) == stranger.text == ""
