"""What every converter shares: layer names, indicator fields, record checks.

A record is the docs/annotation.md §4 shape: ``{"id", "text", "sentences",
"entities", "indicators"}`` with code-point offsets, end exclusive. A layer
that is absent from a record is "not annotated", which is not the same as an
empty list ("annotated, nothing found"); the converters keep that apart.
"""
from __future__ import annotations

LAYERS = ("sentences", "entities", "indicators")
# Indicator fields every indicator carries, then those written only when set.
INDICATOR_FIELDS = ("indicator", "value", "unit", "kind", "qualifier", "status", "period")
OPTIONAL_FIELDS = ("value_high", "direction")


def where(record: dict, index: int) -> str:
    """How an error names a record: its position and id."""
    return f"record {index} (id {record.get('id')!r})" if isinstance(record, dict) else f"record {index}"


def layers_of(record: dict) -> list[str]:
    """The layers a record carries, in LAYERS order."""
    return [layer for layer in LAYERS if layer in record]


def by_offset(spans: list[dict]) -> list[dict]:
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def check_record(record: dict, name: str) -> str:
    """Raise ValueError (prefixed with ``name``) unless ``record`` is a full
    §4 record with sane spans; return its text."""
    if not isinstance(record, dict):
        raise ValueError(f"{name}: not a JSON object but {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        hint = " (a stand-off gold record? read it with govreport_nlp.gold.load_gold)" if "source" in record else ""
        raise ValueError(f"{name}: no \"text\"{hint}")
    for layer in layers_of(record):
        spans = record[layer]
        if not isinstance(spans, list):
            raise ValueError(f"{name}: {layer} is not a list")
        for i, span in enumerate(spans):
            item = f"{name}: {layer}[{i}]"
            if not isinstance(span, dict):
                raise ValueError(f"{item} is not an object")
            start, end = span.get("start"), span.get("end")
            if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
                raise ValueError(f"{item}: bad offsets start={start!r} end={end!r} (text has {len(text)} characters)")
            if layer == "indicators":
                missing = [f for f in INDICATOR_FIELDS if f not in span]
                if missing:
                    raise ValueError(f"{item}: missing field(s) {', '.join(missing)}")
            elif not isinstance(span.get("label"), str) or not span["label"]:
                raise ValueError(f"{item}: no label")
    return text


def indicator(start: int, end: int, fields: dict) -> dict:
    """An indicator span in the §4 key order; optional fields only when set."""
    ind = {"start": start, "end": end}
    ind.update((f, fields[f]) for f in INDICATOR_FIELDS)
    ind.update((f, fields[f]) for f in OPTIONAL_FIELDS if fields.get(f) is not None)
    return ind
