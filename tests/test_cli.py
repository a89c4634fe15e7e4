"""The batch CLI: one record per document, bad documents reported, none lost."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from govreport_nlp.cli import app

runner = CliRunner()


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_annotate_sample_directory(tmp_path):
    from conftest import SAMPLE

    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["annotate", str(SAMPLE.parent), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = read_jsonl(out)
    assert len(records) == 1
    assert records[0]["meta"]["title"] == "2022年青岛市城阳区政府工作报告"
    assert "2022年青岛市城阳区政府工作报告" in result.stdout  # the summary


def test_bad_documents_do_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("各位代表：\n全区生产总值增长6.5%左右。", encoding="utf-8")
    undecodable = tmp_path / "bad.txt"
    undecodable.write_bytes(bytes(range(128, 256)) * 40)
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text('{"id": "a", "text": "加快建设青岛高新区。"}\nnot json\n{"id": "c"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["annotate", str(good), str(undecodable), str(jsonl), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = read_jsonl(out)
    assert len(records) == 6
    by_id = {r["id"]: r for r in records}
    assert "error" not in by_id[str(good)] and "error" not in by_id["a"]
    assert str(undecodable) in by_id[str(undecodable)]["error"]
    errors = [r for r in records if "error" in r]
    assert len(errors) == 4
    assert any("not a JSON object" in r["error"] for r in errors)
    assert any("no 'text'" in r["error"] for r in errors)
    assert any("no such file" in r["error"] for r in errors)


def test_annotate_with_two_processes_keeps_order(tmp_path):
    jsonl = tmp_path / "docs.jsonl"
    texts = [f"各位代表：\n全区生产总值增长{i}.5%左右。" for i in range(4)]
    jsonl.write_text("".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["annotate", str(jsonl), "-o", str(out), "--n-process", "2", "--no-summary"])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in read_jsonl(out)] == ["0", "1", "2", "3"]


def test_train_from_labelled_data_and_report_dev_scores(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    lines = []
    for i in range(6):
        text = f"各位代表：\n过去一年，全区生产总值增长{i}.1%。\n今年全区生产总值增长{i}.5%左右。\n加快建设青岛高新区。"
        spans = [(0, 5, "other")]
        for sent, label in (("过去一年", "review"), ("今年全区", "goal"), ("加快建设", "task")):
            start = text.index(sent)
            spans.append((start, text.index("\n", start) if "\n" in text[start:] else len(text), label))
        lines.append(json.dumps({"id": f"d{i}", "text": text, "sentences": [{"start": s, "end": e, "label": l} for s, e, l in spans]}, ensure_ascii=False))
    (data / "train.jsonl").write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    (data / "dev.jsonl").write_text("\n".join(lines[4:]) + "\n", encoding="utf-8")
    out = tmp_path / "models"
    result = runner.invoke(app, ["train", "--data", str(data), "--out", str(out), "--no-weak", "--no-entities"])
    assert result.exit_code == 0, result.output
    assert (out / "sentence_labels.npz").is_file() and (out / "pkuseg").is_dir()
    assert "macro-F1" in result.stdout

    import govreport_nlp

    nlp = govreport_nlp.load(out)
    doc = nlp("各位代表：\n过去一年，全区生产总值增长3.1%。\n加快建设青岛高新区。")
    assert [s._.label for s in doc.sents] == ["other", "review", "task"]


def test_train_entity_model_from_labelled_data(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    text = "加快建设青岛高新区。实施乡村振兴战略。支持海尔集团发展。"
    ents = [("青岛高新区", "PLACE"), ("乡村振兴战略", "PROGRAM"), ("海尔集团", "COMPANY")]
    record = {"id": "t", "text": text, "sentences": [], "entities": [{"start": text.index(n), "end": text.index(n) + len(n), "label": l} for n, l in ents]}
    (data / "train.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "models"
    result = runner.invoke(app, ["train", "--data", str(data), "--out", str(out), "--no-weak"])
    assert result.exit_code == 0, result.output
    assert (out / "entity_model").is_dir() and any((out / "entity_model").iterdir())

    import govreport_nlp

    doc = govreport_nlp.load(out)(text)
    assert {"PLACE", "PROGRAM"} <= {e.label_ for e in doc.ents}


def test_a_bad_entity_backend_is_a_clear_error_before_any_work(tmp_path):
    from conftest import SAMPLE

    out = tmp_path / "out.jsonl"
    for command in (["annotate", str(SAMPLE.parent), "-o", str(out)], ["annotate", str(SAMPLE.parent), "-o", str(out), "-n", "2"]):
        result = runner.invoke(app, command + ["--ner", "bogus"])
        assert result.exit_code == 2
        assert "cannot load the pipeline" in result.output and "bogus" in result.output
        assert not out.exists() or not out.read_text(encoding="utf-8")
    missing = tmp_path / "no_such_model"
    result = runner.invoke(app, ["annotate", str(SAMPLE.parent), "-o", str(out), "--ner", f"hanlp:{missing}"])
    assert result.exit_code == 2 and "cannot load the pipeline" in result.output
