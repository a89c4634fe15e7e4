"""Labelled data in and out of annotation tools.

The project format (docs/annotation.md §4) is JSON Lines of records
``{"id", "text", "sentences", "entities", "indicators"}``. Converters take
and give full records (stand-off gold: read it with ``read_records`` or
``govreport_nlp.gold.load_gold``):

- Label Studio: ``to_labelstudio`` / ``from_labelstudio`` (project config in
  ``labelstudio.LABEL_CONFIG``);
- doccano sequence labelling: ``to_doccano`` / ``from_doccano``;
- spaCy: ``to_docbin`` / ``from_docbin``.

``read_records(path)`` / ``write_records(records, path, fmt)`` pick the
converter by format: "jsonl", "labelstudio", "doccano" or "docbin".
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .doccano import from_doccano, to_doccano
from .labelstudio import LABEL_CONFIG, from_labelstudio, to_labelstudio

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

__all__ = ["FORMATS", "LABEL_CONFIG", "read_records", "write_records", "to_labelstudio", "from_labelstudio",
           "to_doccano", "from_doccano", "to_docbin", "from_docbin"]

FORMATS = ("jsonl", "labelstudio", "doccano", "docbin")


# The DocBin converters import spaCy, so they load only when used.
def to_docbin(records: Iterable[dict], nlp_or_vocab: Language | Vocab | None = None,
              report: list[dict] | None = None) -> DocBin:
    """A spaCy DocBin of ``records`` (see govreport_nlp.formats.docbin)."""
    from .docbin import to_docbin as convert

    return convert(records, nlp_or_vocab, report)


def from_docbin(docbin: DocBin, vocab: Vocab | None = None) -> list[dict]:
    """Records from a spaCy DocBin (see govreport_nlp.formats.docbin)."""
    from .docbin import from_docbin as convert

    return convert(docbin, vocab)


def _sniff(path: Path) -> str:
    """The format of a file, from its suffix or its first line."""
    if path.suffix in (".spacy", ".docbin"):
        return "docbin"
    if path.suffix == ".json":
        return "labelstudio"
    with open(path, encoding="utf-8") as fh:
        first = next((line for line in fh if line.strip()), "{}")
    try:
        item = json.loads(first)
    except json.JSONDecodeError:
        raise ValueError(f"{path}: first line is not JSON; give fmt") from None
    if isinstance(item, dict) and "data" in item:
        return "labelstudio"
    ents = item.get("entities") if isinstance(item, dict) else None
    if isinstance(item, dict) and ("label" in item or (ents and isinstance(ents[0], dict) and "start_offset" in ents[0])):
        return "doccano"
    return "jsonl"


def _check_fmt(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    return fmt


def read_records(path: str | Path, fmt: str | None = None) -> list[dict]:
    """Full records from a file in any of FORMATS (guessed when ``fmt`` is
    None: .spacy -> docbin, .json -> labelstudio, JSONL by its first line).
    Stand-off gold JSONL is joined with its text."""
    path = Path(path)
    fmt = _check_fmt(fmt or _sniff(path))
    if fmt == "jsonl":
        from ..gold import load_gold

        return list(load_gold(path))
    if fmt == "docbin":
        from spacy.tokens import DocBin

        return from_docbin(DocBin().from_disk(path))
    text = path.read_text(encoding="utf-8")
    if fmt == "doccano":
        return from_doccano(text.splitlines())
    try:  # a Label Studio export (JSON array), else one task per line
        return from_labelstudio(json.loads(text))
    except json.JSONDecodeError:
        return from_labelstudio(json.loads(line) for line in text.splitlines() if line.strip())


def write_records(records: Iterable[dict], path: str | Path, fmt: str | None = None,
                  nlp: Language | Vocab | None = None) -> None:
    """Write records in ``fmt`` (when None: .spacy -> docbin, .json ->
    labelstudio, else jsonl). ``nlp`` is the tokenizer for docbin."""
    path = Path(path)
    fmt = _check_fmt(fmt or {".spacy": "docbin", ".docbin": "docbin", ".json": "labelstudio"}.get(path.suffix, "jsonl"))
    if fmt == "docbin":
        to_docbin(records, nlp).to_disk(path)
        return
    if fmt == "labelstudio":
        path.write_text(json.dumps(to_labelstudio(records), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return
    lines = to_doccano(records) if fmt == "doccano" else records
    with open(path, "w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
