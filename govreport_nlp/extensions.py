"""Every Doc/Span attribute the pipeline adds, declared in one place.

- ``doc._.meta``: dict of report metadata (title, region, level, year,
  meeting, speaker, role, date), values ``None`` when not found.
- ``doc._.to_raw``: sequence of ints, ``len(doc.text) + 1`` long: raw offset of
  each cleaned character (the last item maps the end of the text).
- ``doc._.doc_id``: the document id given by the caller (CLI, ``to_record``).
- ``doc._.sections``: list of dicts ``{start, end, level, number, title, part,
  heading_end}`` in character offsets of ``doc.text``.
- ``doc._.indicators``: list of indicator dicts (ANNOTATION.md §3) with
  ``start``/``end`` character offsets.
- ``span._.label`` / ``span._.label_scores``: sentence label and the
  calibrated probability of every label, set on the spans of ``doc.sents``.
- ``span._.section``: index into ``doc._.sections`` of the section holding
  the sentence (``None`` before the first heading).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "meta": None,
    "to_raw": None,
    "doc_id": None,
    "sections": None,
    "indicators": None,
}
SPAN_EXTENSIONS = {
    "label": None,
    "label_scores": None,
    "section": None,
    "is_heading": False,
}


TEXT_KEY = "govreport_nlp.text"


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``doc``'s text (it never changes after tokenisation) so that the
    stages need not rebuild it: ``Doc.text`` joins every token on each access."""
    doc.user_data[TEXT_KEY] = (id(doc), text)


def doc_text(doc: Doc) -> str:
    """``doc.text``, from ``remember_text`` when it was kept for this very Doc."""
    kept = doc.user_data.get(TEXT_KEY)
    if isinstance(kept, tuple) and kept[0] == id(doc) and len(doc):
        last = doc[-1]
        if len(kept[1]) == last.idx + len(last.text_with_ws):
            return kept[1]
    return doc.text


def register_extensions() -> None:
    """Declare the extensions; safe to call many times."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
