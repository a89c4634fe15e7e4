"""Helpers shared by the generators of the blind cleaning pages
(clean_make_heldout*.py): the body registry, HTML escaping, printed widths
and hard wrapping, deterministic choices."""
from __future__ import annotations

import re
import zlib

META_KEYS = ("title", "region", "level", "year", "meeting", "speaker", "role", "date")

# punctuation that may not start a printed line (kinsoku)
NO_START = set("，。、；：！？）》”’%")


class Bodies(dict):
    """Report bodies by key: ``{"text", "meta"}``; ``add`` checks every meta field is given."""

    def add(self, key: str, text: str, **meta) -> None:
        assert set(meta) == set(META_KEYS), key
        self[key] = dict(text=text.strip("\n"), meta=meta)

    def paras(self, key: str) -> list[str]:
        return self[key]["text"].split("\n")


def ent(s: str) -> str:
    """HTML-escape the way CMS editors do: quotes as named entities."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("“", "&ldquo;").replace("”", "&rdquo;"))


def width(s: str) -> int:
    return sum(1 if ord(ch) < 0x2E80 and ch not in "“”‘’—" else 2 for ch in s)


def _fill(tokens, cols: int) -> list[str]:
    """Lines of at most ``cols`` columns from unbreakable ``tokens``; a token
    that may not start a line (kinsoku) hangs at the end of the previous one."""
    out, cur, w = [], "", 0
    for t in tokens:
        tw = width(t)
        if w + tw > cols and cur.strip() and t not in NO_START:
            out.append(cur)
            cur, w = "", 0
        cur += t
        w += tw
    out.append(cur)
    return out


def wrap(s: str, cols: int) -> list[str]:
    """Hard-wrap like a word processor: a Han/full-width character takes two columns, ASCII one; a number is
    never broken; punctuation that may not start a line hangs at the end of the previous line (kinsoku)."""
    return _fill(re.findall(r"[0-9.%]+|.", s), cols)


def wrap_cols(line: str, cols: int) -> list[str]:
    """Hard-wrap character by character (numbers may break), otherwise like ``wrap``."""
    return _fill(line, cols)


def pick(seed: str, n: int) -> int:
    """Deterministic 'random' choice in range(n)."""
    return zlib.crc32(seed.encode("utf-8")) % n


def flat(s: str) -> str:
    """Text without whitespace, simplified, for checking a body is in its page."""
    import opencc

    s = opencc.OpenCC("t2s").convert(s.replace("％", "%"))
    return re.sub(r"[\s\u3000\xa0\u200b\ufeff]+", "", s)
