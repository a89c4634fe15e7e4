"""The optional HanLP entity backend: ``load(ner="hanlp:<dir>")`` with a HanLP
model trained here, from scratch, on a few gold documents of the repository
(scripts/train_hanlp_ner.py; nothing downloaded). The tests that run HanLP
skip when it is not installed (``pip install 'govreport_nlp[hanlp-backend]'``)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import govreport_nlp
from govreport_nlp.classify import LABELS as SENTENCE_LABELS
from govreport_nlp.hanlp_backend import BLANK, PROJECT_LABELS, chunk_spans, entity_chunks

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT / "corpus" / "gold" / "split" / "train.jsonl"
SAMPLE = ROOT / "corpus" / "sample" / "2022_qingdao_chengyang_forum_page.txt"
# gold documents whose texts are in the repository (the others need ../shared)
TRAIN_DOCS = ("seed-2022-chengyang", "synthetic-county-2022-feixi", "synthetic-city-2020-ningbo")


# ---------------------------------------------------------------- no HanLP needed

def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="bogus"):
        govreport_nlp.load(ner="bogus")
    with pytest.raises(ValueError, match="hanlp:"):
        govreport_nlp.load(ner="hanlp:")


def test_without_hanlp_the_error_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "hanlp", None)  # `import hanlp` raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'govreport_nlp\[hanlp-backend\]'"):
        govreport_nlp.load(ner="hanlp:/some/model")


def test_import_of_the_package_does_not_import_hanlp():
    code = "import sys, govreport_nlp; govreport_nlp.load(); print(sorted(m for m in sys.modules if m.startswith('hanlp')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_training_chunks_cover_the_text_and_tag_the_gold():
    text = "青岛市城阳区推进倍增工程。\n\n  国家高速列车技术创新中心落户城阳。"
    ents = [{"start": 0, "end": 6, "label": "PLACE"}, {"start": 8, "end": 12, "label": "PROGRAM"},
            {"start": 17, "end": 29, "label": "ORG"}, {"start": 31, "end": 33, "label": "PLACE"}]
    spans = chunk_spans(text, max_len=10)
    assert all(b - a <= 10 for a, b in spans)
    covered = {i for a, b in spans for i in range(a, b)}
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered
    chunks = entity_chunks(text, ents, max_len=126)
    assert ["".join(t).replace(BLANK, " ") for t, _ in chunks] == ["青岛市城阳区推进倍增工程。  ", "  国家高速列车技术创新中心落户城阳。"]
    tokens, tags = chunks[1]
    assert tags[2:4] == ["B-ORG", "I-ORG"] and tags[13] == "I-ORG" and tags[14] == "O"
    assert tags[16:18] == ["B-PLACE", "I-PLACE"] and tokens[:2] == [BLANK, BLANK]
    # an entity cut by a chunk edge goes on as a new B- tag in the next chunk
    cut = entity_chunks(text, ents, max_len=4)
    assert cut[1][1][:2] == ["B-PLACE", "I-PLACE"]


# ---------------------------------------------------------------- HanLP

@pytest.fixture(scope="module")
def hanlp_model(tmp_path_factory) -> Path:
    """A tiny HanLP model trained by scripts/train_hanlp_ner.py on three gold documents."""
    pytest.importorskip("hanlp", reason="HanLP is not installed (optional: pip install 'govreport_nlp[hanlp-backend]')")
    tmp = tmp_path_factory.mktemp("hanlp")
    lines = [line for line in TRAIN.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line)["id"] in TRAIN_DOCS]
    assert len(lines) == len(TRAIN_DOCS)
    train = tmp / "train.jsonl"
    train.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp / "model"
    cmd = [sys.executable, str(ROOT / "scripts" / "train_hanlp_ner.py"), "--train", str(train), "--dev", "",
           "--out", str(out), "--epochs", "6", "--embed", "32", "--hidden", "64", "--lr", "0.01"]
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-3000:]
    assert (out / "config.json").is_file()
    return out


@pytest.fixture(scope="module")
def hanlp_nlp(hanlp_model):
    return govreport_nlp.load(ner=f"hanlp:{hanlp_model}")


def test_hanlp_pipe_replaces_the_entity_stage(hanlp_nlp):
    assert "govreport_hanlp_entities" in hanlp_nlp.pipe_names
    assert "govreport_entities" not in hanlp_nlp.pipe_names


def test_hanlp_entities_have_project_labels_and_valid_spans(hanlp_nlp):
    doc = hanlp_nlp(SAMPLE.read_text(encoding="utf-8"))
    assert len(doc.ents) >= 10
    assert {e.label_ for e in doc.ents} <= set(PROJECT_LABELS)
    assert len({e.label_ for e in doc.ents}) >= 2
    text = doc.text
    for e in doc.ents:
        assert 0 <= e.start_char < e.end_char <= len(text)
        assert text[e.start_char:e.end_char] == e.text and e.text.strip() == e.text


def test_record_builds_with_the_same_text_and_sentences(hanlp_nlp, nlp):
    raw = SAMPLE.read_text(encoding="utf-8")
    record = govreport_nlp.to_record(hanlp_nlp(raw), "sample")
    default = govreport_nlp.to_record(nlp(raw), "sample")
    json.dumps(record, ensure_ascii=False)
    assert record["entities"] and all(record["text"][e["start"]:e["end"]] == e["text"] for e in record["entities"])
    assert {e["label"] for e in record["entities"]} <= set(PROJECT_LABELS)
    for key in ("text", "meta", "sections"):
        assert record[key] == default[key], key
    # the entity stage moves no sentence boundary (later stages may read the
    # entities, so sentence labels and indicators are not compared)
    assert [(s["start"], s["end"]) for s in record["sentences"]] == [(s["start"], s["end"]) for s in default["sentences"]]
    assert all(s["label"] in SENTENCE_LABELS for s in record["sentences"])
    assert record["indicators"] and all(0 <= i["start"] < i["end"] <= len(record["text"]) for i in record["indicators"])


def test_label_map_renames_and_drops(hanlp_nlp, hanlp_model):
    text = SAMPLE.read_text(encoding="utf-8")
    places = sum(e.label_ == "PLACE" for e in hanlp_nlp(text).ents)
    assert places
    only = govreport_nlp.load(exclude=["govreport_entities"])
    only.add_pipe("govreport_hanlp_entities", config={"model": str(hanlp_model), "label_map": {"PLACE": "ORG"}})
    ents = only(text).ents
    assert {e.label_ for e in ents} == {"ORG"} and len(ents) == places
    with pytest.raises(ValueError, match="PERSON"):
        only.add_pipe("govreport_hanlp_entities", name="bad", config={"model": str(hanlp_model), "label_map": {"NR": "PERSON"}})


def test_empty_and_blank_texts(hanlp_nlp):
    assert len(hanlp_nlp("").ents) == 0
    assert len(hanlp_nlp(" \n\n ").ents) == 0


def test_only_local_models():
    pytest.importorskip("hanlp", reason="HanLP is not installed (optional: pip install 'govreport_nlp[hanlp-backend]')")
    with pytest.raises(FileNotFoundError, match="only local HanLP models"):
        govreport_nlp.load(ner="hanlp:MSRA_NER_ELECTRA_SMALL_ZH")


def test_dev_scores_by_the_project_evaluation(hanlp_model, tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from train_hanlp_ner import dev_scores
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    gold = tmp_path / "gold.jsonl"
    gold.write_text(next(line for line in TRAIN.read_text(encoding="utf-8").splitlines()
                         if json.loads(line)["id"] == TRAIN_DOCS[0]) + "\n", encoding="utf-8")
    scores = dev_scores(hanlp_model, gold)
    assert set(scores["per_label"]) == set(PROJECT_LABELS)
    assert scores["micro"]["gold"] > 0 and scores["micro"]["pred"] > 0
    assert scores["micro"]["tp"] > 0  # a model evaluated on a document it was trained on finds some names exactly
