"""The gold data the evaluation relies on: the split names existing documents,
once each, and every document kept in the repository loads against its text."""
import json
from pathlib import Path

import pytest

from govreport_nlp.gold import load_gold

GOLD = Path(__file__).resolve().parent.parent / "corpus" / "gold"


def _split() -> dict[str, list[str]]:
    return {k: v for k, v in json.loads((GOLD / "split.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


def test_split_names_each_existing_document_once():
    seen: dict[str, str] = {}
    for part, ids in _split().items():
        for doc_id in ids:
            assert (GOLD / f"{doc_id}.jsonl").exists(), f"{part}: {doc_id} has no gold file"
            assert doc_id not in seen, f"{doc_id} in both {seen[doc_id]} and {part}"
            seen[doc_id] = part


@pytest.mark.parametrize("path", sorted(p.name for p in GOLD.glob("*.jsonl") if json.loads(p.read_text(encoding="utf-8").splitlines()[0])["source"].startswith("repo:")))
def test_repo_gold_loads_against_its_text(path):
    """Documents whose text is in the repository (sample page, synthetic local
    reports): the sha256 matches and every span lies inside the text."""
    (record,) = list(load_gold(GOLD / path))
    n = len(record["text"])
    assert record["sentences"] and record["entities"]
    for item in record["sentences"] + record["entities"] + record["indicators"]:
        assert 0 <= item["start"] < item["end"] <= n


AGREEMENT = GOLD.parent / "agreement"


@pytest.mark.parametrize("path", sorted(p.name for p in AGREEMENT.glob("*.jsonl")))
def test_second_labellings_name_a_gold_document(path):
    """Every labelling in corpus/agreement (docs/agreement.md) is stand-off and
    belongs to a gold document; those whose text is in the repository load
    against it with every span inside the text."""
    record = json.loads((AGREEMENT / path).read_text(encoding="utf-8").splitlines()[0])
    assert "text" not in record, "labellings are stand-off: no report text in the repository"
    assert path.startswith(record["id"] + "-") and (GOLD / f"{record['id']}.jsonl").exists()
    if record["source"].startswith("repo:"):
        (joined,) = list(load_gold(AGREEMENT / path))
        n = len(joined["text"])
        assert joined["sentences"]
        for item in joined["sentences"] + joined["entities"]:
            assert 0 <= item["start"] < item["end"] <= n


REVIEW_DECISIONS = AGREEMENT / "review" / "sentence-review.jsonl"


@pytest.mark.skipif(not REVIEW_DECISIONS.exists(), reason="no sentence review decisions in corpus/agreement/review")
def test_sentence_review_decisions_are_in_the_gold():
    """The train sentence review (scripts/sentence_review.py) is kept as offsets
    only, and every decision is the label the gold holds now, on a sentence of
    the same text (same sha256)."""
    gold = {}
    for line in REVIEW_DECISIONS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        assert "text" not in d and "sentence" not in d
        if d["doc"] not in gold:
            record = json.loads((GOLD / f"{d['doc']}.jsonl").read_text(encoding="utf-8"))
            gold[d["doc"]] = (record.get("sha256"), {(s["start"], s["end"]): s["label"] for s in record["sentences"]})
        sha, labels = gold[d["doc"]]
        assert d["sha256"] == sha
        assert labels[(d["start"], d["end"])] == d["label"], (d["doc"], d["start"])
        assert d["label"] == (d["a"] if d["a"] == d["b"] else d["before"])
