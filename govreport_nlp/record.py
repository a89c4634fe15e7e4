"""Doc → JSON record (docs/annotation.md §4): the only serialiser.

    {"id", "text", "meta", "sections", "sentences", "entities", "indicators"}

Offsets are code points into "text" (the cleaned report body), end
exclusive. Sentence spans are trimmed of surrounding whitespace.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .extensions import doc_text  # (also declares the Doc/Span extensions)


def to_record(doc: Doc, doc_id: str | None = None) -> dict[str, Any]:
    """The JSON-ready record of a processed Doc."""
    return {
        "id": doc_id if doc_id is not None else doc._.doc_id,
        "text": doc_text(doc),
        "meta": dict(doc._.meta or {}),
        "sections": [_section_record(s) for s in (doc._.sections or [])],
        "sentences": _sentence_records(doc),
        "entities": [{"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text} for e in doc.ents],
        "indicators": [dict(i) for i in (doc._.indicators or [])],
    }


def _section_record(section: dict) -> dict:
    keys = ("start", "end", "heading_end", "level", "number", "title", "part", "parent")
    return {k: section.get(k) for k in keys}


def trimmed_sentences(doc: Doc):
    """(start, end, sentence span) of every non-blank sentence, whitespace trimmed."""
    text = doc_text(doc)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end, sent


def _sentence_records(doc: Doc) -> list[dict]:
    if not doc.has_annotation("SENT_START"):
        return []
    records = []
    for start, end, sent in trimmed_sentences(doc):
        ext = sent._  # (each extension read once: every read goes through spaCy's Underscore)
        label, scores, section = ext.label, ext.label_scores, ext.section
        item: dict[str, Any] = {"start": start, "end": end, "label": label}
        if scores:
            item["score"] = round(scores[label], 4)
        if section is not None:
            item["section"] = section
        records.append(item)
    return records


def raw_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of ``doc.text`` to offsets in the raw input."""
    to_raw = doc._.to_raw
    if to_raw is None:
        return start, end
    if end <= start:
        return to_raw[start], to_raw[start]
    return to_raw[start], to_raw[end - 1] + 1
