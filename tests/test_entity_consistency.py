"""The consistency pass over the gold (scripts/entity_consistency.py): a
decision on a string changes exactly the occurrences it names."""
import json
from pathlib import Path

import pytest

TEXT = "实施创新驱动发展战略。推进海绵城市建设。海绵城市试点。"


@pytest.fixture()
def tool(tmp_path, monkeypatch, load_script):
    module = load_script("entity_consistency")
    monkeypatch.setattr(module, "GOLD", tmp_path)
    return module


def write_gold(tmp_path: Path, entities) -> None:
    record = {"id": "doc", "text": TEXT, "sentences": [], "indicators": [],
              "entities": [{"start": s, "end": e, "label": lab} for s, e, lab in entities]}
    (tmp_path / "doc.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")


def entities(tmp_path: Path) -> set:
    record = json.loads((tmp_path / "doc.jsonl").read_text(encoding="utf-8"))
    return {(TEXT[e["start"]:e["end"]], e["label"]) for e in record["entities"]}


def sheet(tmp_path: Path, rows) -> Path:
    (tmp_path / "sheets").mkdir(exist_ok=True)
    path = tmp_path / "sheets" / "sheet.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def occ(k, string, nth, now):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(string, start + 1)
    return {"occ": k, "doc": "doc", "start": start, "end": start + len(string), "now": now}


def test_tag_retag_and_untag(tool, tmp_path):
    write_gold(tmp_path, [(TEXT.index("创新驱动"), TEXT.index("创新驱动") + 4, "PROGRAM"), (13, 17, "PROGRAM")])
    rows = [
        {"string": "创新驱动", "label": ["PROGRAM"], "action": "mixed", "flip": [], "except": [],
         "retag": {"1": "创新驱动发展战略"}, "occurrences": [occ(1, "创新驱动", 0, "PROGRAM")]},
        {"string": "海绵城市", "label": ["PROGRAM"], "action": "untag", "flip": [], "except": [], "retag": {},
         "occurrences": [occ(1, "海绵城市", 0, "PROGRAM"), occ(2, "海绵城市", 1, "untagged")]},
    ]
    # the tagged 创新驱动 takes the longer name; 海绵城市 is untagged everywhere
    tool.apply([sheet(tmp_path, rows)], write=True)
    assert entities(tmp_path) == {("创新驱动发展战略", "PROGRAM")}
    write_gold(tmp_path, [])
    rows[0]["occurrences"] = [occ(1, "创新驱动", 0, "untagged")]
    rows[1].update(action="tag", occurrences=[occ(1, "海绵城市", 0, "untagged"), occ(2, "海绵城市", 1, "untagged")], label=["PROGRAM"])
    rows[1]["except"] = [2]
    tool.apply([sheet(tmp_path, rows)], write=True)
    assert entities(tmp_path) == {("创新驱动发展战略", "PROGRAM"), ("海绵城市", "PROGRAM")}


def test_dry_run_leaves_the_gold_alone(tool, tmp_path):
    write_gold(tmp_path, [])
    rows = [{"string": "海绵城市", "label": ["PROGRAM"], "action": "tag", "flip": [], "except": [], "retag": {},
             "occurrences": [occ(1, "海绵城市", 0, "untagged")]}]
    tool.apply([sheet(tmp_path, rows)], write=False)
    assert entities(tmp_path) == set()


def run_pass(run, tmp_path: Path, text: str, spans) -> list[str]:
    """A consistency pass on one document of PROGRAM ``spans``: a dry run
    writes nothing, a second run changes nothing; the names after it."""
    record = {"id": "doc", "text": text, "sentences": [], "indicators": [],
              "entities": [{"start": s, "end": e, "label": "PROGRAM"} for s, e in spans]}
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    run(write=False)
    assert json.loads(path.read_text(encoding="utf-8")) == record
    run(write=True, ratio=2.0)
    after = json.loads(path.read_text(encoding="utf-8"))
    run(write=True, ratio=2.0)
    assert json.loads(path.read_text(encoding="utf-8")) == after
    return sorted(text[e["start"]:e["end"]] for e in after["entities"])


QUOTED = "推进“放管服”改革。深化“证照分离”改革。落实“最多跑一次”改革。开展“互联网+”行动。开展“双倍增”行动。实施“机器换人”行动。建设海绵城市。"


def test_quote_heads_takes_the_majority_form(tool, tmp_path):
    def span(name, head=""):
        start = QUOTED.index(f"“{name}”{head}")
        return (start, start + len(name) + 2 + len(head)) if head else (start + 1, start + 1 + len(name))

    # 改革 kept twice and left out once; 行动 left out twice and kept once
    spans = [span("放管服", "改革"), span("证照分离", "改革"), span("最多跑一次"),
             span("互联网+", "行动"), span("双倍增"), span("机器换人")]
    sponge = QUOTED.index("海绵城市")
    spans.append((sponge, sponge + 4))
    names = run_pass(tool.quote_heads, tmp_path, QUOTED, spans)
    # the left-out 改革 grows, the kept 行动 shrinks, a name without quotes is left alone
    assert names == sorted(["“放管服”改革", "“证照分离”改革", "“最多跑一次”改革", "互联网+", "双倍增", "机器换人", "海绵城市"])


HEADED = "实施西部大开发战略。推进西部大开发战略。完善低保制度。健全低保制度。建立低保制度。开展文明城市创建。"


def test_program_heads_take_the_word_the_gold_keeps(tool, tmp_path):
    def span(name, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = HEADED.index(name, start + 1)
        return start, start + len(name)

    # 战略 kept once, left out once (below the ratio: untouched); 制度 kept twice, left out once
    spans = [span("西部大开发战略"), span("西部大开发", 1), span("低保制度"), span("低保制度", 1), span("低保", 2)]
    names = run_pass(tool.program_heads, tmp_path, HEADED, spans)
    assert names == sorted(["西部大开发战略", "西部大开发", "低保制度", "低保制度", "低保制度"])
