"""Property tests of the offset map: on random pages, every cleaned character
maps to a raw offset holding that character (or the character it was
normalised from), offsets never go back, and len(to_raw) == len(text) + 1."""
from __future__ import annotations

import importlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govreport_nlp import clean

C = importlib.import_module("govreport_nlp.clean")
H = importlib.import_module("govreport_nlp.clean_html")

_T2S = None


def _t2s(ch: str) -> str:
    global _T2S
    if _T2S is None:
        import opencc

        _T2S = opencc.OpenCC("t2s")
    return _T2S.convert(ch)


def consistent(raw: str, r: int, ch: str) -> bool:
    """Is ``ch`` (a cleaned char) what raw[r] becomes after normalisation?"""
    if ch == "\n":
        return True
    if not 0 <= r < len(raw):
        return False
    src = raw[r]
    if src == ch or src.translate(C._WIDTH) == ch or _t2s(src) == ch:
        return True
    if C._APUNCT_MAP.get(src) == ch or (src, ch) in {("(", "（"), (")", "）"), ("．", "."), ("·", "."), ("，", ",")}:
        return True
    if ch == " " and (src in " \u3000\xa0" or ord(src) in H._WS):  # HTML text: its whitespace becomes a space
        return True
    if src == "&":  # HTML entity
        return True
    return False


PIECES = [
    "各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议。", "一、2022年工作回顾", "（一）", "——",
    "全县生产总值增长5.2%，达到126.5亿元。", "經濟發展", "經(jīng)濟", "１２３４５", "８ ％", "1 9 9 3 年", ",", ":", "(其中)",
    "\u200b", "\u3000\u3000", "\n", "\n\n", "\r\n", " ", "来源：县政府办", "发布时间：2023-01-01", "设为首页", "[复制链接]",
    "第1页 共18页", "- 2 -", "本作品是中华人民共和国的法律", "Public domain", "false", "&nbsp;", "<p>", "</p>", "<br>",
    "<div>", "</div>", "<a href='x'>", "</a>", "&ldquo;", "&amp;", "<script>var a=1;</script>", "2023年某县政府工作报告",
    "——2023年1月10日在某县第十八届人民代表大会第三次会议上", "县长 张三", "\x07", "\ufeff", "謝謝", "Ａｂｃ", "\x0b",
]

page = st.lists(st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=6)), min_size=0, max_size=60).map("".join)


def _check(raw: str) -> None:
    c = clean(raw)
    assert len(c.to_raw) == len(c.text) + 1
    assert all(0 <= x <= len(raw) for x in c.to_raw)
    assert all(a <= b for a, b in zip(c.to_raw, c.to_raw[1:]))
    for i, ch in enumerate(c.text):
        assert consistent(raw, c.to_raw[i], ch), (i, ch, raw[c.to_raw[i]:c.to_raw[i] + 5])
    assert set(c.meta) == {"title", "region", "level", "year", "meeting", "speaker", "role", "date"}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page)
def test_offsets_random_pages(raw):
    _check(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_offsets_random_text(raw):
    _check(raw)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_bytes_decode_or_clean_error(data):
    try:
        c = clean(data, name="blob")
    except C.CleanError as e:
        assert "blob" in str(e)
    else:
        assert len(c.to_raw) == len(c.text) + 1


def test_offsets_of_a_vertical_tab_in_html_text():
    # found by the property test above: HTML text turns \v into a space, at the \v's offset
    _check("<p>一、2022年工作回顾\x0b0<p><p>")
