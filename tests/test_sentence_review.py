"""Second opinions on train sentence labels (scripts/sentence_review.py): two
blind reviewers who agree replace the current label, a split leaves it, and
every decision is kept as offsets."""
import json
from pathlib import Path

import pytest

TEXT = "一、过去一年工作回顾\n经济稳定增长。二、今年工作安排\n保持物价基本稳定。今年要实施乡村振兴战略。各位代表！"


def spans():
    out, start = [], 0
    for piece in ("一、过去一年工作回顾\n", "经济稳定增长。", "二、今年工作安排\n", "保持物价基本稳定。", "今年要实施乡村振兴战略。", "各位代表！"):
        out.append((start, start + len(piece.rstrip("\n"))))
        start += len(piece)
    return out


@pytest.fixture()
def review(tmp_path, monkeypatch, load_script):
    module = load_script("sentence_review")
    (tmp_path / "gold").mkdir()
    monkeypatch.setattr(module, "GOLD", tmp_path / "gold")
    monkeypatch.setattr(module, "DECISIONS", tmp_path / "agreement" / "sentence-review.jsonl")
    labels = ["other", "review", "other", "task", "task", "other"]
    record = {"id": "doc", "sha256": "x", "text": TEXT, "entities": [], "indicators": [],
              "sentences": [{"start": s, "end": e, "label": lab} for (s, e), lab in zip(spans(), labels)]}
    (tmp_path / "gold" / "doc.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return module


def write_sheets(tmp_path: Path, a_labels, b_labels, items):
    paths = []
    for name, labels in (("A", a_labels), ("B", b_labels)):
        (tmp_path / name).mkdir(exist_ok=True)
        path = tmp_path / name / "sheet-1.jsonl"
        path.write_text("".join(json.dumps({**item, "label": lab}, ensure_ascii=False) + "\n" for item, lab in zip(items, labels)),
                        encoding="utf-8")
        paths.append([path])
    return paths


def gold_labels(tmp_path: Path) -> list[str]:
    record = json.loads((tmp_path / "gold" / "doc.jsonl").read_text(encoding="utf-8"))
    return [s["label"] for s in record["sentences"]]


def test_two_agreeing_reviewers_replace_the_label_a_split_keeps_it(review, tmp_path):
    (s3, e3), (s4, e4), (s5, e5) = spans()[3], spans()[4], spans()[5]
    items = [{"item": 1, "doc": "doc", "start": s3, "end": e3}, {"item": 2, "doc": "doc", "start": s4, "end": e4},
             {"item": 3, "doc": "doc", "start": s5, "end": e5}]
    key = tmp_path / "key.jsonl"
    key.write_text("".join(json.dumps({**it, "current": cur, "predicted": pred, "control": cur == pred}) + "\n"
                           for it, cur, pred in zip(items, ["task", "task", "other"], ["goal", "goal", "other"])), encoding="utf-8")
    a, b = write_sheets(tmp_path, ["goal", "goal", "other"], ["goal", "task", "other"], items)
    review.apply(key, a, b, write=False)
    assert gold_labels(tmp_path) == ["other", "review", "other", "task", "task", "other"]  # dry run
    review.apply(key, a, b, write=True)
    # 保持物价基本稳定: both say goal; 实施乡村振兴战略: split, stays task
    assert gold_labels(tmp_path) == ["other", "review", "other", "goal", "task", "other"]
    decisions = [json.loads(line) for line in review.DECISIONS.read_text(encoding="utf-8").splitlines()]
    assert [(d["before"], d["a"], d["b"], d["label"]) for d in decisions] == [
        ("task", "goal", "goal", "goal"), ("task", "goal", "task", "task"), ("other", "other", "other", "other")]
    assert all("text" not in d and d["sha256"] == "x" for d in decisions)  # offsets only


def test_an_unlabelled_item_is_an_error_naming_the_sheet(review, tmp_path):
    s3, e3 = spans()[3]
    items = [{"item": 1, "doc": "doc", "start": s3, "end": e3}]
    a, _ = write_sheets(tmp_path, [None], ["goal"], items)
    with pytest.raises(ValueError, match=r"sheet-1.jsonl: item 1 has no valid label"):
        review.read_labels(a)


def test_context_gives_the_headings_above_and_the_sentences_around(review):
    sentences = [{"start": s, "end": e} for s, e in spans()]
    ctx = review.context(TEXT, sentences, 4)
    assert ctx["headings"] == ["二、今年工作安排"]
    assert ctx["sentence"] == "今年要实施乡村振兴战略。"
    assert ctx["before"] == ["经济稳定增长。", "二、今年工作安排", "保持物价基本稳定。"] and ctx["after"] == ["各位代表！"]


def test_older_national_reports_are_left_out(review):
    assert review.selected("national-2012", 1990) and not review.selected("national-1985", 1990)
    assert review.selected("synthetic-city-2022-suzhou", 1990) and review.selected("seed-2022-chengyang", 1990)


def test_a_gold_changed_since_the_sheets_is_not_overwritten(review, tmp_path):
    s3, e3 = spans()[3]
    items = [{"item": 1, "doc": "doc", "start": s3, "end": e3}]
    key = tmp_path / "key.jsonl"
    key.write_text(json.dumps({**items[0], "current": "other", "predicted": "goal", "control": False}) + "\n", encoding="utf-8")
    a, b = write_sheets(tmp_path, ["goal"], ["goal"], items)
    with pytest.raises(ValueError, match="changed in the gold since the sheets were made"):
        review.apply(key, a, b, write=True)  # the gold says task, the sheets were made when it said other
    assert gold_labels(tmp_path)[3] == "task"
