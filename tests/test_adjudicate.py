"""Adjudication of gold from several labellings (scripts/adjudicate.py,
docs/agreement.md): the majority decides, the first labelling is kept, and a
sheet's choice replaces exactly the stretch it is about."""
import json
from pathlib import Path

import pytest

TEXT = "过去一年，青岛发展很快。今年要实施乡村振兴战略。各位代表！"
SENTS = [(0, 12), (12, 24), (24, 29)]  # 青岛 5-7, 乡村振兴 17-21, 乡村振兴战略 17-23


@pytest.fixture()
def adjudicate(tmp_path, monkeypatch, load_script):
    module = load_script("adjudicate")
    (tmp_path / "gold").mkdir()
    (tmp_path / "agreement").mkdir()
    monkeypatch.setattr(module, "GOLD", tmp_path / "gold")
    monkeypatch.setattr(module, "AGREEMENT", tmp_path / "agreement")
    return module


def record(labels, entities, indicators=()):
    return {"id": "doc", "text": TEXT,
            "sentences": [{"start": s, "end": e, "label": lab} for (s, e), lab in zip(SENTS, labels)],
            "entities": [{"start": s, "end": e, "label": lab} for s, e, lab in entities],
            "indicators": list(indicators)}


def write(path: Path, rec: dict) -> None:
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_vote_takes_the_majority_and_keeps_the_first_labelling(adjudicate, tmp_path):
    first = record(["review", "goal", "other"], [(5, 7, "PLACE"), (17, 21, "PROGRAM")])
    write(tmp_path / "gold" / "doc.jsonl", first)
    write(tmp_path / "agreement" / "doc-A.jsonl", record(["review", "task", "other"], [(5, 7, "PLACE"), (17, 23, "PROGRAM")]))
    write(tmp_path / "agreement" / "doc-B.jsonl", record(["review", "task", "task"], [(5, 7, "PLACE"), (17, 23, "PROGRAM")]))
    adjudicate.vote("doc")
    gold = read(tmp_path / "gold" / "doc.jsonl")
    assert [s["label"] for s in gold["sentences"]] == ["review", "task", "other"]
    assert {(e["start"], e["end"], e["label"]) for e in gold["entities"]} == {(5, 7, "PLACE"), (17, 23, "PROGRAM")}
    assert read(tmp_path / "agreement" / "doc-first.jsonl") == first


def test_vote_needs_two_second_labellings(adjudicate, tmp_path):
    write(tmp_path / "gold" / "doc.jsonl", record(["review", "goal", "other"], []))
    write(tmp_path / "agreement" / "doc-A.jsonl", record(["review", "task", "other"], []))
    with pytest.raises(SystemExit):
        adjudicate.vote("doc")


def test_sheet_choice_replaces_only_its_stretch(adjudicate, tmp_path):
    indicator = {"start": 17, "end": 21, "indicator": "x", "value": 1.0, "status": "target"}
    write(tmp_path / "gold" / "doc.jsonl", record(["review", "goal", "other"], [(5, 7, "PLACE"), (17, 21, "PROGRAM")], [indicator]))
    write(tmp_path / "agreement" / "doc-A.jsonl", record(["review", "review", "other"], [(17, 23, "PROGRAM")]))
    adjudicate.sheet("doc", tmp_path / "sheet.jsonl", seed=1)
    items = [json.loads(line) for line in (tmp_path / "sheet.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [it["kind"] for it in items] == ["sentence", "entities", "entities"]
    sentence, place, program = items
    assert sorted(sentence["readings"]) == ["goal", "review"] and sentence["sentence"] == TEXT[12:24]
    assert sorted(map(tuple, place["readings"])) == [("(no entity)",), ("青岛|PLACE",)]
    # take the second labelling's reading of the sentence and of the program, keep the gold's place
    sentence["choice"] = sentence["readings"].index("review") + 1
    program["choice"] = program["readings"].index(["乡村振兴战略|PROGRAM"]) + 1
    place["choice"] = place["readings"].index(["青岛|PLACE"]) + 1
    (tmp_path / "sheet.jsonl").write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    adjudicate.apply("doc", tmp_path / "sheet.jsonl")
    gold = read(tmp_path / "gold" / "doc.jsonl")
    assert [s["label"] for s in gold["sentences"]] == ["review", "review", "other"]
    assert {(e["start"], e["end"], e["label"]) for e in gold["entities"]} == {(5, 7, "PLACE"), (17, 23, "PROGRAM")}
    assert gold["indicators"][0]["status"] == "actual"  # follows its sentence, now a review


def test_apply_refuses_a_sheet_with_undecided_items(adjudicate, tmp_path):
    write(tmp_path / "gold" / "doc.jsonl", record(["review", "goal", "other"], []))
    write(tmp_path / "agreement" / "doc-A.jsonl", record(["review", "task", "other"], []))
    adjudicate.sheet("doc", tmp_path / "sheet.jsonl", seed=0)
    with pytest.raises(SystemExit):
        adjudicate.apply("doc", tmp_path / "sheet.jsonl")
