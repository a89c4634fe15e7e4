"""Noisy pages of tests/pages/ (written by scripts/data/clean_make_pages.py)
and of tests/pages_heldout*/ (scripts/data/clean_make_heldout*.py; written
blind as held-out sets, kept here as regression tests once the cleaner was
fixed on them): each raw page must clean to exactly its expected body, with its
metadata, and every cleaned character must map back to its own character in
the page."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import importlib

from govreport_nlp import clean

C = importlib.import_module("govreport_nlp.clean")

from test_clean_offsets import consistent

PAGES = Path(__file__).resolve().parent / "pages"
HELDOUT = [Path(__file__).resolve().parent / d for d in ("pages_heldout", "pages_heldout2", "pages_heldout3", "pages_heldout4")]
INFOS = sorted(PAGES.glob("*.json")) + [p for d in HELDOUT for p in sorted(d.glob("*.json"))]
# Pages the cleaner does not get right yet (docs/cleaning.md, Known limits);
# strict: the test fails once they come out right, so the list stays honest.
KNOWN_LIMITS = {
    "pages_heldout2/10_tieba_three_floors": "replies between forum floors that are full sentences are kept",
    "pages_heldout3/09_ocr_scan": "a numbered paragraph cut by a scan's page break stays split",
}


def _param(p: Path):
    page_id = f"{p.parent.name}/{p.stem}"
    marks = [pytest.mark.xfail(reason=KNOWN_LIMITS[page_id], strict=True)] if page_id in KNOWN_LIMITS else []
    return pytest.param(p, id=page_id, marks=marks)


def test_enough_pages():
    assert len(INFOS) >= 15
    infos = sorted(PAGES.glob("*.json"))
    exts = {json.loads(p.read_text(encoding="utf-8"))["file"].rsplit(".", 1)[1] for p in infos}
    encs = {json.loads(p.read_text(encoding="utf-8"))["encoding"] for p in infos}
    assert "html" in exts and {"big5", "gbk", "utf-16", "gb18030"} <= encs


@pytest.mark.parametrize("info_path", [_param(p) for p in INFOS])
def test_page(info_path):
    info = json.loads(info_path.read_text(encoding="utf-8"))
    pages = info_path.parent
    raw = (pages / info["file"]).read_bytes()
    expected = (pages / f"{info_path.stem}.expected.txt").read_text(encoding="utf-8").rstrip("\n")
    c = clean(raw, name=info["file"])
    assert c.text == expected
    for key, value in info["meta"].items():
        assert c.meta[key] == value, key
    decoded = C.decode_bytes(raw)  # offsets are into the decoded str
    assert decoded.lstrip("\ufeff") == raw.decode(info["encoding"]).lstrip("\ufeff")
    assert len(c.to_raw) == len(c.text) + 1
    for i, ch in enumerate(c.text):
        assert consistent(decoded, c.to_raw[i], ch), (i, ch, decoded[c.to_raw[i]:c.to_raw[i] + 8])
