"""doccano sequence-labelling JSONL <-> project records.

One line per record: ``{"id", "text", "label": [[start, end, LABEL], ...],
"indicators": [...], "layers": [...]}`` with

- entities as their own label (PLACE, PROGRAM, COMPANY, ORG);
- sentences as spans labelled ``SENT:<label>`` (SENT:review, SENT:goal...);
- indicators as spans labelled ``IND``; their fields ride along in the extra
  key ``indicators`` (full §4 indicator objects, matched to the IND spans by
  start and end, in order when one span holds several), which doccano keeps
  as metadata.
- ``layers`` lists the layers the record carries, so that a layer with no
  spans survives the round trip.

The doccano project must allow overlapping spans (sentences contain
entities). On reading, the spans are what counts: an ``indicators`` entry
with no IND span is dropped (the span was deleted); an IND span with no
entry is an error (doccano cannot enter the fields). Newer doccano exports
(``"entities": [{"start_offset", "end_offset", "label"}]``) are read too.
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from ._common import LAYERS, by_offset, check_record, indicator, layers_of, where

SENT_PREFIX = "SENT:"
IND_LABEL = "IND"


def to_doccano(records: Iterable[dict]) -> list[dict]:
    """doccano JSONL lines (as dicts) for ``records``."""
    lines = []
    for n, record in enumerate(records):
        text = check_record(record, where(record, n))
        label = [[e["start"], e["end"], e["label"]] for e in record.get("entities", [])]
        label += [[s["start"], s["end"], SENT_PREFIX + s["label"]] for s in record.get("sentences", [])]
        label += [[i["start"], i["end"], IND_LABEL] for i in record.get("indicators", [])]
        line: dict[str, Any] = {"id": record.get("id"), "text": text, "label": label}
        if "indicators" in record:
            line["indicators"] = record["indicators"]
        line["layers"] = layers_of(record)
        lines.append(line)
    return lines


def _spans(item: dict, name: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of either doccano span shape."""
    if "entities" in item and "label" not in item:
        raw = item["entities"]
        if not isinstance(raw, list) or not all(isinstance(e, dict) for e in raw):
            raise ValueError(f"{name}: \"entities\" should be a list of objects")
        raw = [[e.get("start_offset"), e.get("end_offset"), e.get("label")] for e in raw]
    else:
        raw = item.get("label", [])
    spans = []
    for i, span in enumerate(raw if isinstance(raw, list) else [raw]):
        if not (isinstance(span, list) and len(span) == 3 and type(span[0]) is int
                and type(span[1]) is int and isinstance(span[2], str)):
            raise ValueError(f"{name}: span {i} is not [start, end, LABEL]: {span!r} (a text-classification export?)")
        spans.append(tuple(span))
    return spans


def _record(item: dict, name: str) -> dict:
    if not isinstance(item.get("text"), str):
        raise ValueError(f"{name}: no \"text\"")
    listed = item.get("layers", LAYERS)
    if not isinstance(listed, (list, tuple)) or not set(listed) <= set(LAYERS):
        raise ValueError(f"{name}: \"layers\" should list some of {LAYERS}, not {listed!r}")
    layers: dict[str, list] = {layer: [] for layer in listed}
    fields: dict[tuple, list[dict]] = {}   # (start, end) -> entries, in order (one span may hold several)
    for i, ind in enumerate(item.get("indicators") or []):
        if not isinstance(ind, dict) or "start" not in ind or "end" not in ind:
            raise ValueError(f"{name}: indicators[{i}] is not an indicator object")
        fields.setdefault((ind["start"], ind["end"]), []).append(ind)
    for start, end, label in _spans(item, name):
        if label.startswith(SENT_PREFIX):
            layers.setdefault("sentences", []).append({"start": start, "end": end, "label": label[len(SENT_PREFIX):]})
        elif label == IND_LABEL:
            if not fields.get((start, end)):
                raise ValueError(f"{name}: IND span [{start}, {end}) has no entry in \"indicators\"")
            layers.setdefault("indicators", []).append(indicator(start, end, fields[start, end].pop(0)))
        else:
            layers.setdefault("entities", []).append({"start": start, "end": end, "label": label})
    record: dict[str, Any] = {"id": item.get("id"), "text": item["text"]}
    record.update((layer, by_offset(layers[layer])) for layer in LAYERS if layer in layers)
    check_record(record, name)
    return record


def from_doccano(lines: Iterable[dict | str]) -> list[dict]:
    """Project records from doccano JSONL lines (dicts, or the raw lines of
    the file). Raises ValueError naming the line that cannot be read."""
    records = []
    for n, line in enumerate(lines, 1):
        if isinstance(line, str):
            if not line.strip():
                continue
            try:
                line = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"line {n}: not JSON ({err})") from None
        if not isinstance(line, dict):
            raise ValueError(f"line {n}: not a JSON object")
        records.append(_record(line, f"line {n} (id {line.get('id')!r})"))
    return records
