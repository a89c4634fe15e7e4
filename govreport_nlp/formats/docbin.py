"""spaCy DocBin <-> project records.

Each record becomes a Doc of its text, tokenized without cleaning: by
``spacy.blank("zh")`` (one token per character, so every span aligns), or by
a given pipeline's segmenter (``nlp.tokenizer.segmenter`` when it has one,
as govreport_nlp's ReportTokenizer does, else ``nlp.make_doc``).

- entities -> ``doc.ents``; sentences -> ``doc.spans["sentences"]`` (label =
  sentence label); indicators -> ``doc.spans["indicators"]`` (label "IND"),
  their fields in ``doc.user_data["indicator_fields"]`` (same order).
- ``doc.user_data["id"]`` and ``["layers"]`` keep the record id and which
  layers it carries.

Spans that do not fall on token boundaries are widened to the tokens they
touch (alignment_mode "expand"); they are counted, reported in a warning
and, if ``report`` is given, listed there (``aligned`` is the widened span,
or None when it was dropped). An entity that overlaps the one before it only
once widened is dropped; entities that overlap in the record are an error.
"""
from __future__ import annotations

import warnings
from typing import Any, Callable, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from ._common import LAYERS, by_offset, check_record, indicator, layers_of, where

IND_LABEL = "IND"


def _make_doc(nlp_or_vocab: Language | Vocab | None) -> Callable[[str], Doc]:
    if nlp_or_vocab is None:
        return spacy.blank("zh").make_doc
    if isinstance(nlp_or_vocab, Vocab):
        return spacy.blank("zh", vocab=nlp_or_vocab).make_doc
    segmenter = getattr(nlp_or_vocab.tokenizer, "segmenter", None)  # spaCy's own is a string
    return segmenter if callable(segmenter) else nlp_or_vocab.make_doc


def to_docbin(records: Iterable[dict], nlp_or_vocab: Language | Vocab | None = None,
              report: list[dict] | None = None) -> DocBin:
    """A DocBin with one Doc per record. Spans off token boundaries are
    widened and reported (``report`` gets one dict per such span)."""
    make_doc = _make_doc(nlp_or_vocab)
    docbin = DocBin(store_user_data=True)
    misaligned: list[dict] = []
    for n, record in enumerate(records):
        name = where(record, n)
        text = check_record(record, name)
        doc = make_doc(text)
        if doc.text != text:
            raise ValueError(f"{name}: the tokenizer changed the text; give one that does not clean it")

        def span(layer: str, item: dict, label: str) -> Span | None:
            got = doc.char_span(item["start"], item["end"], label=label, alignment_mode="expand")
            if got is None or (got.start_char, got.end_char) != (item["start"], item["end"]):
                misaligned.append({"id": record.get("id"), "layer": layer, "start": item["start"], "end": item["end"],
                                   "label": label, "aligned": None if got is None else [got.start_char, got.end_char]})
            return got

        entities = by_offset(record.get("entities", []))
        for a, b in zip(entities, entities[1:]):
            if b["start"] < a["end"]:
                raise ValueError(f"{name}: entities overlap: {a} and {b}")
        ents: list[Span] = []
        for ent in entities:
            got = span("entities", ent, ent["label"])
            if got is not None and ents and got.start < ents[-1].end:  # overlaps only once widened
                misaligned[-1]["aligned"] = None
                got = None
            if got is not None:
                ents.append(got)
        doc.ents = ents
        if "sentences" in record:
            doc.spans["sentences"] = [s for x in record["sentences"] if (s := span("sentences", x, x["label"])) is not None]
        if "indicators" in record:
            kept = [(s, x) for x in record["indicators"] if (s := span("indicators", x, IND_LABEL)) is not None]
            doc.spans["indicators"] = [s for s, _ in kept]
            doc.user_data["indicator_fields"] = [{k: v for k, v in x.items() if k not in ("start", "end")} for _, x in kept]
        doc.user_data["id"] = record.get("id")
        doc.user_data["layers"] = layers_of(record)
        docbin.add(doc)
    if misaligned:
        dropped = sum(1 for m in misaligned if m["aligned"] is None)
        example = misaligned[0]
        warnings.warn(f"to_docbin: {len(misaligned)} span(s) off token boundaries were widened, {dropped} dropped "
                      f"(first: {example['id']} {example['layer']} [{example['start']}, {example['end']}) -> {example['aligned']})",
                      stacklevel=2)
    if report is not None:
        report.extend(misaligned)
    return docbin


def _record(doc: Doc, name: str) -> dict:
    data = doc.user_data
    listed = data["layers"] if "layers" in data else ["entities"] + [k for k in ("sentences", "indicators") if k in doc.spans]
    record: dict[str, Any] = {"id": data.get("id"), "text": doc.text}
    if "sentences" in listed:
        group = doc.spans["sentences"] if "sentences" in doc.spans else []
        record["sentences"] = [{"start": s.start_char, "end": s.end_char, "label": s.label_} for s in group]
    if "entities" in listed:
        record["entities"] = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]
    if "indicators" in listed:
        group = list(doc.spans["indicators"]) if "indicators" in doc.spans else []
        fields = data.get("indicator_fields", [])
        if len(fields) != len(group):
            raise ValueError(f"{name}: {len(group)} indicator spans but {len(fields)} indicator_fields in user_data")
        record["indicators"] = [indicator(s.start_char, s.end_char, f) for s, f in zip(group, fields)]
    for layer in LAYERS:
        if layer in record:
            record[layer] = by_offset(record.pop(layer))
    check_record(record, name)
    return record


def from_docbin(docbin: DocBin, vocab: Vocab | None = None) -> list[dict]:
    """Project records from a DocBin written by ``to_docbin`` (or any DocBin:
    then entities come from ``doc.ents`` and sentences/indicators from span
    groups of those names, if present)."""
    return [_record(doc, f"doc {n} (id {doc.user_data.get('id')!r})")
            for n, doc in enumerate(docbin.get_docs(vocab or Vocab()))]
