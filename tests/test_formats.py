import copy
import json

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from govreport_nlp.formats import (
    from_docbin, from_doccano, from_labelstudio, read_records, to_docbin, to_doccano, to_labelstudio, write_records,
)

TEXT = ("青岛市城阳区第七届人民代表大会第一次会议\n"
        "五年来，全区生产总值年均增长6.1%，达到1208.9亿元。"
        "实施“倍增工程”，海信模具落户棉花社区。\n"
        "今年全区生产总值增长6.5%左右，新建5G基站800个以上，单位能耗下降3%—4%。"
        "高新技术企业、上市公司数量实现翻番。")


def at(phrase, label=None, nth=0, **fields):
    """A span over the nth occurrence of phrase in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(phrase, start + 1)
    span = {"start": start, "end": start + len(phrase)}
    if label:
        span["label"] = label
    span.update(fields)
    return span


def ind(phrase, name, value, unit, kind, qualifier, status, period, **extra):
    return at(phrase, indicator=name, value=value, unit=unit, kind=kind, qualifier=qualifier, status=status,
              period=period, **extra)


RECORDS = [
    {
        "id": "demo-1",
        "text": TEXT,
        "sentences": [at("青岛市城阳区第七届人民代表大会第一次会议", "other"),
                      at("五年来，全区生产总值年均增长6.1%，达到1208.9亿元。", "review"),
                      at("实施“倍增工程”，海信模具落户棉花社区。", "review"),
                      at("今年全区生产总值增长6.5%左右，新建5G基站800个以上，单位能耗下降3%—4%。", "goal"),
                      at("高新技术企业、上市公司数量实现翻番。", "goal")],
        "entities": [at("青岛市城阳区第七届人民代表大会", "ORG"), at("倍增工程", "PROGRAM"),
                     at("海信模具", "COMPANY"), at("棉花社区", "PLACE")],
        "indicators": [ind("生产总值年均增长6.1%", "生产总值", 6.1, "%", "growth", "", "actual", "2017-2021"),
                       ind("达到1208.9亿元", "生产总值", 1208.9, "亿元", "level", "", "actual", 2021),
                       ind("生产总值增长6.5%左右", "生产总值", 6.5, "%", "growth", "左右", "target", 2022),
                       ind("5G基站800个以上", "5G基站", 800.0, "个", "level", "以上", "target", None),
                       ind("单位能耗下降3%—4%", "单位能耗", 3.0, "%", "growth", "", "target", 2022,
                           value_high=4.0, direction="down"),
                       # two indicators on one span
                       ind("翻番", "高新技术企业", 2.0, "倍", "growth", "", "target", None),
                       ind("翻番", "上市公司", 2.0, "倍", "growth", "", "target", None)],
    },
    # only some layers: no indicators, and an entities layer that is empty
    {"id": "demo-2", "text": "各位代表：", "sentences": [{"start": 0, "end": 5, "label": "other"}], "entities": []},
]


def via_json(obj):
    return json.loads(json.dumps(obj, ensure_ascii=False))


# --- Label Studio -------------------------------------------------------------

def test_labelstudio_round_trip():
    tasks = via_json(to_labelstudio(RECORDS))
    assert from_labelstudio(tasks) == RECORDS
    ent = next(r for r in tasks[0]["annotations"][0]["result"] if r["from_name"] == "entities")
    assert ent["type"] == "labels" and ent["value"]["text"] == "青岛市城阳区第七届人民代表大会"
    assert ent["value"]["labels"] == ["ORG"]


def test_labelstudio_predictions_round_trip():
    tasks = via_json(to_labelstudio(RECORDS, as_predictions=True))
    assert "annotations" not in tasks[0] and tasks[0]["predictions"][0]["result"]
    assert from_labelstudio(tasks) == RECORDS


def test_labelstudio_picks_latest_annotation():
    task = via_json(to_labelstudio(RECORDS[:1]))[0]
    good = task["annotations"][0]
    stale = copy.deepcopy(good)
    stale["result"] = [r for r in stale["result"] if r["from_name"] != "entities"]
    cancelled = {"result": [], "was_cancelled": True, "created_at": "2030-01-01T00:00:00Z"}
    good["created_at"], stale["created_at"] = "2024-05-02T10:00:00.000000Z", "2024-05-01T10:00:00.000000Z"
    task["annotations"] = [good, stale, cancelled]
    task["predictions"] = [{"result": [], "created_at": "2031-01-01T00:00:00Z"}]
    assert from_labelstudio([task]) == RECORDS[:1]


def test_labelstudio_reads_utf16_offsets():
    text = "𠀀青岛市"   # a character outside the BMP counts 2 in JavaScript
    task = {"data": {"text": text}, "annotations": [{"result": [
        {"id": "x", "from_name": "entities", "to_name": "text", "type": "labels",
         "value": {"start": 2, "end": 5, "text": "青岛市", "labels": ["PLACE"]}}]}]}
    assert from_labelstudio([task])[0]["entities"] == [{"start": 1, "end": 4, "label": "PLACE"}]


@pytest.mark.parametrize("breakage, message", [
    (lambda res: res[0]["value"].pop("labels"), "exactly one label"),
    (lambda res: res[0]["value"].update(text="别的"), "region text"),
    (lambda res: res.remove(next(r for r in res if r["from_name"] == "kind")), "lacks kind"),
    (lambda res: next(r for r in res if r["from_name"] == "value")["value"].update(number="6.5"), "not a number"),
])
def test_labelstudio_bad_result_names_task(breakage, message):
    task = via_json(to_labelstudio(RECORDS[:1]))[0]
    breakage(task["annotations"][0]["result"])
    with pytest.raises(ValueError, match=rf"task 0 \(id 'demo-1'\).*{message}"):
        from_labelstudio([task])


# --- doccano -----------------------------------------------------------------

def test_doccano_round_trip():
    lines = via_json(to_doccano(RECORDS))
    assert [0, 5, "SENT:other"] in lines[1]["label"]
    assert sum(1 for s in lines[0]["label"] if s[2] == "IND") == 7
    assert from_doccano(lines) == RECORDS
    assert from_doccano([json.dumps(line, ensure_ascii=False) for line in lines]) == RECORDS


def test_doccano_entities_shape():
    line = via_json(to_doccano(RECORDS[:1]))[0]
    line["entities"] = [{"id": k, "start_offset": s, "end_offset": e, "label": label}
                        for k, (s, e, label) in enumerate(line.pop("label"))]
    line["relations"] = []
    assert from_doccano([line]) == RECORDS[:1]


def test_doccano_bad_lines():
    line = via_json(to_doccano(RECORDS[:1]))[0]
    line["label"].append([3, 9, "IND"])   # an IND span drawn in doccano: no fields
    with pytest.raises(ValueError, match=r"line 1 \(id 'demo-1'\): IND span \[3, 9\)"):
        from_doccano([line])
    with pytest.raises(ValueError, match=r"line 2 \(id 'c'\): span 0 is not \[start, end, LABEL\]"):
        from_doccano([{"id": "b", "text": "甲乙", "label": []}, {"id": "c", "text": "甲乙", "label": ["positive"]}])
    with pytest.raises(ValueError, match=r"line 1 \(id 'd'\): entities\[0\]: bad offsets"):
        from_doccano([{"id": "d", "text": "甲乙", "label": [[1, 7, "PLACE"]]}])


# --- DocBin ------------------------------------------------------------------

def test_docbin_round_trip_characters():
    docbin = DocBin().from_bytes(to_docbin(RECORDS).to_bytes())
    assert from_docbin(docbin) == RECORDS
    doc = list(docbin.get_docs(spacy.blank("zh").vocab))[0]
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("青岛市城阳区第七届人民代表大会", "ORG"), ("倍增工程", "PROGRAM")]
    assert doc.spans["sentences"][1].label_ == "review" and len(doc.spans["indicators"]) == 7


class PairTokenizerNLP:
    """Stands in for a pipeline whose tokenizer cleans: its .segmenter makes
    two-character tokens, so some spans are off token boundaries."""

    def __init__(self):
        self.vocab = spacy.blank("zh").vocab
        self.tokenizer = self
        self.make_doc = None   # must not be used: the segmenter is

    def segmenter(self, text):
        words = [text[i:i + 2] for i in range(0, len(text), 2)]
        return Doc(self.vocab, words=words, spaces=[False] * len(words))


def test_docbin_expands_and_reports_misaligned_spans():
    report = []
    with pytest.warns(UserWarning, match=r"span\(s\) off token boundaries were widened"):
        docbin = to_docbin(RECORDS, PairTokenizerNLP(), report=report)
    back = from_docbin(docbin)
    assert report and all(m["aligned"] is None or m["aligned"][0] <= m["start"] < m["end"] <= m["aligned"][1]
                          for m in report)
    widened = {(m["start"], m["end"]): m["aligned"] for m in report if m["layer"] == "entities"}
    for ent, got in zip(RECORDS[0]["entities"], back[0]["entities"]):
        assert [got["start"], got["end"]] == widened.get((ent["start"], ent["end"]), [ent["start"], ent["end"]])
    assert back[1] == RECORDS[1]


def test_docbin_with_the_project_tokenizer_keeps_raw_text(nlp):
    raw = {"id": "raw", "text": "<p>各位代表：</p>", "sentences": [{"start": 3, "end": 8, "label": "other"}]}
    doc = list(to_docbin([raw], nlp).get_docs(nlp.vocab))[0]
    assert doc.text == raw["text"]   # not cleaned


def test_docbin_bad_records():
    with pytest.raises(ValueError, match=r"record 0 \(id 'x'\): entities overlap"):
        to_docbin([{"id": "x", "text": "青岛市城阳区", "entities": [{"start": 0, "end": 3, "label": "PLACE"},
                                                                 {"start": 2, "end": 6, "label": "PLACE"}]}])


# --- common ------------------------------------------------------------------

@pytest.mark.parametrize("convert", [to_labelstudio, to_doccano, to_docbin])
def test_converters_reject_bad_records(convert):
    standoff = {"id": "national-2012", "source": "shared:national_reports", "sha256": "0", "entities": []}
    with pytest.raises(ValueError, match=r"record 1 \(id 'national-2012'\): no \"text\".*load_gold"):
        convert([RECORDS[1], standoff])
    bad = copy.deepcopy(RECORDS[0])
    bad["entities"][2]["end"] = 10_000
    with pytest.raises(ValueError, match=r"record 0 \(id 'demo-1'\): entities\[2\]: bad offsets"):
        convert([bad])
    bad = copy.deepcopy(RECORDS[0])
    del bad["indicators"][0]["unit"]
    with pytest.raises(ValueError, match=r"record 0 \(id 'demo-1'\): indicators\[0\]: missing field\(s\) unit"):
        convert([bad])


@pytest.mark.parametrize("fmt, name", [("jsonl", "a.jsonl"), ("labelstudio", "a.json"), ("doccano", "a.jsonl"),
                                       ("docbin", "a.spacy")])
def test_write_then_read(tmp_path, fmt, name):
    path = tmp_path / name
    write_records(iter(RECORDS), path, fmt)
    assert read_records(path) == RECORDS          # format guessed
    assert read_records(path, fmt) == RECORDS


def test_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="unknown format 'brat'"):
        write_records(RECORDS, tmp_path / "a.txt", "brat")


def test_gold_file_round_trips():
    """A real stand-off gold file, joined with its text, through each format."""
    from conftest import REPO

    records = read_records(REPO / "corpus" / "gold" / "seed-2022-chengyang.jsonl")
    assert records and records[0]["entities"] and records[0]["indicators"]
    assert from_labelstudio(via_json(to_labelstudio(records))) == records
    assert from_doccano(via_json(to_doccano(records))) == records
    assert from_docbin(to_docbin(records)) == records
