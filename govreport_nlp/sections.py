"""Report structure: headings, their levels, and the part of the report.

A heading is a paragraph that opens with a numbering marker (一、 （一） 1.
（1） 第一部分) or a short paragraph with no sentence punctuation (结束语).
When a marker opens a long paragraph ("（一）五年来，……新突破。经济持续……"),
the heading is the paragraph's first sentence. A numbered paragraph that is
one clause of a list (it ends in ；or ， with no 。) is a list item, not a
heading. Levels follow the order in which the marker styles first appear in
the report, so a report whose top level is （一） has its 一、 items below
it. Each section runs to the next heading of the same or a higher level.

``part`` tells which part of a report a section belongs to — ``review`` (the
past year or term), ``goals`` (targets and overall requirements), ``tasks``
(work for the coming year) or ``None`` — from the words of the heading, and
is inherited by sub-sections that do not say otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text  # (also declares the Doc/Span extensions)

CN_NUM = "一二三四五六七八九十百零〇两"
HEADING_MARKERS = [
    (1, re.compile(rf"第[{CN_NUM}]+(?:部分|章)\s*")),
    (1, re.compile(rf"[{CN_NUM}]+\s*[、．.]\s*")),
    (2, re.compile(rf"[（(]\s*[{CN_NUM}]+\s*[）)]\s*")),
    (3, re.compile(r"\d{1,2}\s*[、．.](?!\d)\s*")),
    (4, re.compile(r"[（(]\s*\d{1,2}\s*[）)]\s*")),
]
LIST_ITEM_END = "；;，,、"
SENTENCE_END = re.compile(r"[。！？!?][”’」』]*")
UNNUMBERED_EXCLUDE = re.compile(r"[。，；：！？,;:!?、]|^——|^[一二三四五六七八九十]+[是要]$")
UNNUMBERED_MAX = 24  # a short line without sentence punctuation is a heading
PART_CUES = [
    ("tasks", re.compile(r"工作安排|工作任务|重点工作|主要任务|工作部署|重点抓好|工作的建议")),
    ("review", re.compile(r"回顾|成绩|成就|过去|一年来|五年来|十年来|工作总结")),
    ("goals", re.compile(r"目标|总体要求|指导思想|总体思路|基本思路|预期|总体部署|政策取向")),
    ("tasks", re.compile(r"任务|着力|抓好|做好|推进|推动|加快|坚持|深化|建设|加强|实施|促进|扩大|提高|聚焦|努力|大力|积极|进一步|切实|继续")),
]


@dataclass
class Heading:
    start: int
    end: int
    level: int
    number: str | None
    title: str


def _paragraphs(text: str):
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield pos + lead, stripped
        pos += len(line) + 1


def find_headings(text: str) -> list[Heading]:
    headings: list[Heading] = []
    for start, para in _paragraphs(text):
        heading = _heading_of(start, para, allow_unnumbered=bool(headings))
        if heading:
            headings.append(heading)
    return _relative_levels(headings)


def _relative_levels(headings: list[Heading]) -> list[Heading]:
    """Renumber the numbered levels in the order their styles first appear.

    The marker styles keep their usual order (一、 above （一） above 1.)
    unless the report opens with a lower style: then that style is the top
    level and the ones first seen later sit below it. Unnumbered headings
    (结束语) stay at level 1."""
    order: list[int] = []
    for h in headings:
        if h.number is not None and h.level not in order:
            order.append(h.level)
    if order == sorted(order):
        return headings
    rank = {style: k + 1 for k, style in enumerate(order)}
    return [Heading(h.start, h.end, rank[h.level] if h.number is not None else 1, h.number, h.title) for h in headings]


def _heading_of(start: int, para: str, allow_unnumbered: bool) -> Heading | None:
    for level, marker in HEADING_MARKERS:
        m = marker.match(para)
        if not m:
            continue
        end_match = SENTENCE_END.search(para, m.end())
        if end_match is None and para.endswith(tuple(LIST_ITEM_END)):
            return None  # "一、适当提高铁路短途运价，……；" is an item of a list
        end = end_match.end() if end_match else len(para)
        if level >= 3 and end_match is None and len(para) > 60:
            return None  # "1.5亿元" style numbers are not headings
        number = para[: m.end()].strip(" 、．.（）()第部分章")
        title = para[m.end():end].rstrip("。！？!?”’")
        return Heading(start, start + end, level, number or None, title)
    # unnumbered headings (结束语) only once numbered ones have started, so the
    # title block (title, speaker) is not taken for headings
    if allow_unnumbered and len(para) <= UNNUMBERED_MAX and not UNNUMBERED_EXCLUDE.search(para):
        return Heading(start, start + len(para), 1, None, para)
    return None


def part_of(title: str) -> str | None:
    for part, cue in PART_CUES:
        if cue.search(title):
            return part
    return None


def build_sections(text: str) -> list[dict]:
    headings = find_headings(text)
    # the title block (title, delivery line, speaker) is not a section
    sections = []
    for i, h in enumerate(headings):
        end = len(text)
        for later in headings[i + 1:]:
            if later.level <= h.level:
                end = later.start
                break
        sections.append({"start": h.start, "end": end, "heading_end": h.end, "level": h.level, "number": h.number, "title": h.title, "part": None, "parent": None})
    stack: list[int] = []
    for idx, sec in enumerate(sections):
        while stack and sections[stack[-1]]["level"] >= sec["level"]:
            stack.pop()
        sec["parent"] = stack[-1] if stack else None
        own = part_of(sec["title"])
        inherited = sections[sec["parent"]]["part"] if sec["parent"] is not None else None
        sec["part"] = inherited if inherited and sec["level"] > 1 else own
        stack.append(idx)
    return sections


class SectionFinder:
    """Sets ``doc._.sections``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.sections = build_sections(doc_text(doc))
        return doc


@Language.factory("govreport_sections", default_config={})
def make_sections(nlp: Language, name: str) -> SectionFinder:
    return SectionFinder(nlp, name)
