"""HTML → text with a character offset map (helper of clean.py).

A small regex tokenizer rather than lxml: clean() must map every output
character back to its offset in the raw HTML string, and tree parsers do not
report text-node offsets.  Block elements become line breaks, inline markup
disappears, entities are decoded (the decoded character maps to the ``&`` of
the entity), and the content of non-content elements (script, style, nav,
footer, ruby annotations, form controls...) is dropped.
"""
from __future__ import annotations

import html as _html
import re

__all__ = ["looks_like_html", "html_to_text", "html_title"]

_TAG_HINT = re.compile(
    r"<(?:!doctype|html|head|body|div|p|br|span|table|td|tr|li|ul|a|meta|font|h[1-6]|section|article)\b[^>]*>",
    re.I,
)

# Elements whose whole content is dropped.
_SKIP = ("script", "style", "noscript", "template", "svg", "iframe", "object",
         "nav", "footer", "aside", "form", "select", "button", "textarea",
         "rt", "rp", "head")
_SKIP_RE = re.compile(
    r"<(" + "|".join(_SKIP) + r")\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>",
    re.I | re.S,
)
_SKIP_BREAK = {"nav", "footer", "aside", "form", "head", "iframe", "object", "select", "textarea", "template"}
_BLOCK = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "section", "article", "header", "main", "ul", "ol", "dl", "dd", "dt",
    "blockquote", "pre", "hr", "center", "tbody", "thead", "caption", "body",
    "html", "title", "figure", "figcaption", "address", "fieldset", "legend",
}
_CELL = {"td", "th"}
_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?>|<!--.*?-->|<![^>]*>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?", re.S)
_WS = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\f": " ", "\v": " "})
_TITLE_RE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)


def looks_like_html(text: str) -> bool:
    head = text[:4096].lstrip()
    if head[:15].lower().startswith(("<!doctype html", "<html", "<?xml")):
        return True
    return len(_TAG_HINT.findall(text[:20000])) >= 3


def html_title(text: str) -> str | None:
    m = _TITLE_RE.search(text)
    if not m:
        return None
    t = re.sub(r"<[^>]+>", "", m.group(1))
    t = " ".join(_html.unescape(t).split())
    return t or None


def html_to_text(src: str) -> tuple[str, list[int]]:
    """Return (text, pos) with ``pos[i]`` = offset in ``src`` of ``text[i]``."""
    out: list[str] = []
    pos: list[int] = []
    # Regions to skip entirely.
    skips = [(m.start(), m.end()) for m in _SKIP_RE.finditer(src)]
    skip_i = 0
    last = 0
    pre_depth = 0

    def emit_text(s: int, e: int) -> None:
        if s >= e:
            return
        chunk = src[s:e]
        if not pre_depth:
            chunk = chunk.translate(_WS)
        out.append(chunk)
        pos.extend(range(s, e))

    def emit_break(at: int) -> None:
        if out and out[-1] != "\n":
            out.append("\n")
            pos.append(at)

    n = len(src)
    i = 0
    while i < n:
        # next skip region
        while skip_i < len(skips) and skips[skip_i][1] <= i:
            skip_i += 1
        nxt_skip = skips[skip_i][0] if skip_i < len(skips) else n
        m = _TOKEN.search(src, i, nxt_skip) if i < nxt_skip else None
        if m is None:
            emit_text(i, nxt_skip)
            if nxt_skip >= n:
                break
            # a skipped block element acts as a block boundary; ruby
            # annotations, scripts and comments do not
            mm = re.match(r"<([a-zA-Z]+)", src[nxt_skip:nxt_skip + 12])
            if mm and mm.group(1).lower() in _SKIP_BREAK:
                emit_break(nxt_skip)
            i = skips[skip_i][1]
            continue
        emit_text(i, m.start())
        tok = m.group(0)
        if tok[0] == "&":
            ch = _html.unescape(tok)
            if ch == tok:  # unknown entity: keep literally
                out.append(tok)
                pos.extend(range(m.start(), m.end()))
            else:
                ch = ch.replace("\xa0", " ")
                out.append(ch)
                pos.extend([m.start()] * len(ch))
        elif m.group(2):
            name = m.group(2).lower()
            closing = m.group(1) == "/"
            if name == "pre":
                pre_depth += -1 if closing else 1
                pre_depth = max(pre_depth, 0)
            if name in _BLOCK:
                emit_break(m.start())
            elif name in _CELL and not closing:
                if out and out[-1] not in ("\n", " "):
                    out.append(" ")
                    pos.append(m.start())
        i = m.end()
    text = "".join(out)
    # one output char per pos entry is guaranteed except for multi-char
    # unescapes, handled above; sanity:
    assert len(text) == len(pos), (len(text), len(pos))
    return text, pos
