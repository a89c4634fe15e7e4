"""Labelled data: stand-off gold files joined with their source texts.

Gold for texts we may not copy (the national reports in ../shared) is kept as
stand-off records: ``{"id", "sha256", "source", "sentences", "entities",
"indicators"}`` with offsets into the source text. ``load_gold`` joins each
record with its text (checking the sha256) and yields ANNOTATION.md §4
records ``{"id", "text", ...}``. Records that carry ``text`` themselves are
yielded as they are.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Iterator

NATIONAL_FILE = "corpora/national_reports.jsonl"
REPO_ROOT = Path(__file__).resolve().parent.parent


class GoldError(ValueError):
    """A gold file that cannot be joined with its text."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_shared_dir() -> Path | None:
    """../shared beside the repository, or $GOVREPORT_SHARED."""
    candidates = [os.environ.get("GOVREPORT_SHARED"), REPO_ROOT.parent / "shared", Path.cwd().parent / "shared"]
    for cand in candidates:
        if cand and (Path(cand) / NATIONAL_FILE).is_file():
            return Path(cand)
    return None


def national_doc_id(index: int, record: dict) -> str:
    """Stable id of a record of national_reports.jsonl."""
    if record.get("year"):
        return f"national-{record['year']}"
    return f"npc-resolution-{index:02d}"


def load_national_reports(shared_dir: Path | None = None) -> dict[str, dict]:
    """{doc id: record} for ../shared/corpora/national_reports.jsonl."""
    shared_dir = shared_dir or find_shared_dir()
    if shared_dir is None:
        raise GoldError("../shared (national_reports.jsonl) not found; set GOVREPORT_SHARED")
    docs = {}
    with open(Path(shared_dir) / NATIONAL_FILE, encoding="utf-8") as fh:
        for index, line in enumerate(fh):
            record = json.loads(line)
            docs[national_doc_id(index, record)] = record
    return docs


def source_text(source: str, doc_id: str, shared_dir: Path | None = None, near: Path | None = None) -> str:
    """The text a stand-off record points at.

    ``source`` is ``"shared:national_reports"`` or ``"repo:<path>"``: a file
    relative to the repository holding the gold file (the first folder above
    ``near`` where the path exists), else to the current directory."""
    if source == "shared:national_reports":
        docs = load_national_reports(shared_dir)
        if doc_id not in docs:
            raise GoldError(f"{doc_id}: no such document in {NATIONAL_FILE}")
        return docs[doc_id]["content"]
    if source.startswith("repo:"):
        relative = source[len("repo:"):]
        bases = list(Path(near).resolve().parents) if near else []
        for base in bases + [Path.cwd(), REPO_ROOT]:
            if (base / relative).is_file():
                return (base / relative).read_text(encoding="utf-8")
        raise GoldError(f"{doc_id}: source file {relative} not found near {near or Path.cwd()}")
    raise GoldError(f"{doc_id}: unknown source {source!r}")


def join_standoff(record: dict, shared_dir: Path | None = None, near: Path | None = None) -> dict:
    """A stand-off record joined with its text, sha256 checked."""
    if "text" in record:
        return record
    text = source_text(record["source"], record["id"], shared_dir, near)
    if record.get("sha256") and sha256_text(text) != record["sha256"]:
        raise GoldError(f"{record['id']}: sha256 of the source text differs from the gold file's; the text changed")
    joined = {k: v for k, v in record.items() if k not in ("sha256", "source")}
    joined["text"] = text
    return joined


def load_gold(path: str | Path, shared_dir: Path | None = None) -> Iterator[dict]:
    """Yield ANNOTATION.md §4 records from a gold JSONL file (stand-off or not)."""
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise GoldError(f"{path}:{line_no}: not JSON ({err})") from None
            yield join_standoff(record, shared_dir, near=Path(path))
