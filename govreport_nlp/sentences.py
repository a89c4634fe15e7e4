"""Sentence boundaries for report text (docs/annotation.md §B).

A sentence ends at 。！？ (with the closing quotes that follow), at the end
of a paragraph, and at the end of a heading found by the sections stage.
Semicolons, colons and 一是…二是… do not split, so list items and the colon
that opens a list stay with their sentence; a 。 inside quotation marks or
brackets does not end the sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_right

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text  # (also declares the Doc/Span extensions)

OPENERS = "“‘「『（(《〈【"
CLOSERS = "”’」』）)》〉】"
END_PUNCT = "。！？!?"
TRAILING = "”’」』）)"
MAX_QUOTE_SPAN = 200  # an unclosed quote must not swallow the rest of a paragraph


def sentence_spans(text: str, heading_ends: set[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of ``text``, whitespace trimmed."""
    heading_ends = heading_ends or set()
    spans: list[tuple[int, int]] = []
    heads = sorted(heading_ends)
    pos = 0
    for line in text.split("\n"):
        n = len(line)
        # characters at which a heading ends: offset + i + 1 in heading_ends
        lo, hi = bisect_right(heads, pos), bisect_right(heads, pos + n)
        _split_paragraph(line, pos, heading_ends, spans, [h - pos - 1 for h in heads[lo:hi]])
        pos += n + 1
    return spans


_MARKS = re.compile("[" + re.escape(OPENERS + CLOSERS + END_PUNCT) + "]")


def _split_paragraph(line: str, offset: int, heading_ends: set[int], spans: list, head_at: list[int]) -> None:
    """The sentences of one paragraph. Only a quote/bracket mark, a sentence
    end or a heading end can change anything; the characters between two of
    them only let an unclosed quote expire (MAX_QUOTE_SPAN), so the loop
    visits just those positions (``head_at``: where headings end in the
    line, i.e. the i with ``offset + i + 1 in heading_ends``)."""
    n = len(line)
    stops = [m.start() for m in _MARKS.finditer(line)]
    if head_at:
        stops = sorted(set(stops).union(head_at))
    start = 0
    depth, depth_since = 0, 0
    i = 0
    for b in stops:
        if b < i:
            continue  # inside a run taken by the last sentence end
        # the plain characters i .. b - 1: an open quote expires at depth_since + MAX_QUOTE_SPAN + 1
        if depth and b - depth_since > MAX_QUOTE_SPAN + 1:
            depth = 0
        i = b
        ch = line[i]
        if ch in OPENERS:
            if depth == 0:
                depth_since = i
            depth += 1
        elif ch in CLOSERS and depth:
            depth -= 1
            if depth == 0 and i and line[i - 1] in END_PUNCT:  # 。” closes the sentence
                _add(line, offset, start, i + 1, spans)
                start = i = i + 1
                continue
        if depth and i - depth_since > MAX_QUOTE_SPAN:
            depth = 0
        end = None
        if ch in END_PUNCT and depth == 0:
            end = i + 1
            while end < n and (line[end] in END_PUNCT or line[end] in TRAILING):
                end += 1
        elif offset + i + 1 in heading_ends:
            end = i + 1
        if end is not None:
            _add(line, offset, start, end, spans)
            start = end
            i = end
            continue
        i += 1
    _add(line, offset, start, n, spans)


def _add(line: str, offset: int, start: int, end: int, spans: list) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    spans.append((offset + start + lead, offset + start + lead + len(stripped)))


def token_starts(doc: Doc) -> np.ndarray:
    """Character offset of every token (from the Doc's arrays, no Token objects)."""
    return doc.to_array(IDX).astype(np.int64)


class SentenceSplitter:
    """Sets ``token.is_sent_start`` so that ``doc.sents`` follows §B."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        heading_ends = {s["heading_end"] for s in (doc._.sections or [])}
        spans = sentence_spans(doc_text(doc), heading_ends)
        starts = token_starts(doc)
        flags = np.full((len(doc), 1), -1, dtype=np.int64)  # SENT_START: 1 start, -1 inside
        flags[0, 0] = 1
        # first token starting at or after each sentence start
        idx = np.searchsorted(starts, [s for s, _ in spans], side="left")
        flags[idx[idx < len(doc)], 0] = 1
        doc.from_array([SENT_START], flags.astype(np.uint64))
        return doc


@Language.factory("govreport_sentences", default_config={})
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
