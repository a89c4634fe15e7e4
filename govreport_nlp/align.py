"""Align pipeline output with gold spans through the cleaner's offset map.

Gold offsets index the raw text given to the pipeline; the pipeline's
offsets index the cleaned ``doc.text``. ``doc._.to_raw`` maps the latter to
the former, so both sides are compared in raw offsets.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from .record import raw_span, trimmed_sentences


def sentence_raw_spans(doc: Doc) -> list[tuple[int, int, object]]:
    """(raw start, raw end, sentence span) for every non-blank sentence."""
    return [(*raw_span(doc, start, end), sent) for start, end, sent in trimmed_sentences(doc)]


class SpanIndex:
    """Find the gold span that overlaps a query span most."""

    def __init__(self, spans: list[dict]):
        self.spans = sorted(spans, key=lambda s: s["start"])
        self.starts = [s["start"] for s in self.spans]

    def best(self, start: int, end: int) -> dict | None:
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        best, best_overlap = None, 0
        while i < len(self.spans) and self.spans[i]["start"] < end:
            s = self.spans[i]
            overlap = min(end, s["end"]) - max(start, s["start"])
            if overlap > best_overlap:
                best, best_overlap = s, overlap
            i += 1
        return best
