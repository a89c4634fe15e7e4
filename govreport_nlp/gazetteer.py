"""Loader for the entity gazetteers in models/gazetteers/ (built by
scripts/build_gazetteers.py). Plain text and JSON only; no pickle.

- ``names.tsv``: ``name<TAB>LABEL<TAB>source`` (national list)
- ``local.json``: town stems and village/community names per county, used only
  in documents that mention the county (loaded lazily, on first use)
- ``cues.json``: cue lists for the patterns
- ``stop.txt``: never-entities
- ``glue.txt``: common two-character words (a name they cross is rejected)
- ``glue_long.txt``: common 3-4 character words and idioms holding a short
  place name (a hit inside one is rejected: 同心同德, 太阳能)
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import sys
from collections import Counter
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable, Iterable

import ahocorasick

LABELS = ("PLACE", "PROGRAM", "COMPANY", "ORG")
CACHE_ENV = "GOVREPORT_NLP_CACHE"


def default_dir() -> Path:
    from .resources import models_path

    return models_path("gazetteers")


# Speed (the matches are the same whatever the insertion order):
# pyahocorasick finds a node's child by a linear scan of its children in
# insertion order, and the root has thousands. So names are inserted by how
# common their first character is in ordinary words (glue.txt), and every
# character that is in no name is read as ABSENT, a one-character key added
# first (value 0, dropped from the hits): like any character in no name it
# ends the current match and restarts at the root, but after one comparison
# instead of a scan of all the root's children.
ABSENT = "\uffff"  # a Unicode noncharacter; its value in an automaton is falsy (0 or "")


def _automaton(items: dict[str, int], first_chars: str = "", absent_key: bool = True) -> ahocorasick.Automaton:
    """Values are ints, ``len(name) << 2 | label_id``: no Python objects in
    the automaton, so it can be saved and loaded without pickle.
    ``first_chars``: text whose most common characters should be found first
    at the root; ``absent_key``: add the ABSENT key (speed only: the matches
    do not depend on either)."""
    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    if absent_key and not any(ABSENT in name for name in items):
        auto.add_word(ABSENT, 0)
    for name in _by_first_char(items, first_chars):
        auto.add_word(name, len(name) << 2 | items[name])
    auto.make_automaton()
    return auto


def _by_first_char(keys: Iterable[str], first_chars: str) -> Iterable[str]:
    """``keys`` with the most common first characters (in ``first_chars``) first."""
    if not first_chars:
        return keys
    rank = {c: i for i, (c, _) in enumerate(Counter(first_chars).most_common())}
    return sorted(keys, key=lambda key: rank.get(key[0], len(rank)))


def _absent_pattern(chars: Iterable[str]) -> re.Pattern | None:
    """A pattern matching any character not in ``chars`` (None: no such pattern needed)."""
    alphabet = sorted(set(chars))
    if not alphabet:
        return None
    return re.compile("[^" + "".join(map(re.escape, alphabet)) + "]")


def _iter_hits(auto: ahocorasick.Automaton, text: str, absent: re.Pattern | None):
    """``auto.iter_long(text)``; with ``absent`` (the characters in no key of
    an automaton holding the ABSENT key) those characters are read as ABSENT."""
    if absent is None:
        return auto.iter_long(text)
    return ((end, value) for end, value in auto.iter_long(absent.sub(ABSENT, text)) if value)


def cache_dir() -> Path:
    """Where derived data (the built name automaton) is kept between runs:
    ``$GOVREPORT_NLP_CACHE``, else ``$XDG_CACHE_HOME/govreport_nlp``, else
    ``~/.cache/govreport_nlp``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "govreport_nlp"


def _automaton_key(names_bytes: bytes) -> str:
    """The names file and everything the binary layout depends on."""
    try:
        aho_version = version("pyahocorasick")
    except PackageNotFoundError:
        aho_version = "unknown"
    h = hashlib.sha256(names_bytes)
    h.update(f"{aho_version}|{sys.byteorder}|{struct.calcsize('P')}|{sys.implementation.cache_tag}|absent-key".encode())
    return h.hexdigest()[:32]


def _name_ids(names_bytes: bytes) -> dict[str, int]:
    """``names.tsv`` (``name<TAB>LABEL<TAB>source`` lines) as name → label index."""
    items: dict[str, int] = {}
    for line in names_bytes.decode("utf-8").split("\n"):
        if line:
            name, label, _source = line.split("\t")
            items[name] = LABELS.index(label)
    return items


class NameLabels:
    """Read-only ``name → label`` view of the gazetteer automaton (exact names)."""

    def __init__(self, automaton: ahocorasick.Automaton):
        self._auto = automaton
        self._extra = 1 if automaton.get(ABSENT, None) == 0 else 0  # the ABSENT key is no name

    def get(self, name: str, default: str | None = None) -> str | None:
        value = self._auto.get(name, None)
        return default if not value else LABELS[value & 3]

    def __getitem__(self, name: str) -> str:
        value = self._auto.get(name, None)
        if not value:
            raise KeyError(name)
        return LABELS[value & 3]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and bool(self._auto.get(name, None))

    def __len__(self) -> int:
        return len(self._auto) - self._extra


def _cached_automaton(names_bytes: bytes, first_chars: Callable[[], str] = str) -> ahocorasick.Automaton:
    """The automaton of ``names.tsv``, loaded from the cache when a build of
    the same file is there (building it is most of the gazetteer's load
    time), otherwise built and saved.  The saved file's sha256 is checked
    before loading; any cache failure only costs the build time."""
    path = cache_dir() / f"names-{_automaton_key(names_bytes)}.aho"
    digest_path = path.with_suffix(".sha256")
    try:
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() == digest_path.read_text(encoding="ascii").strip():
            return ahocorasick.load(str(path), lambda value: value)
    except Exception:  # noqa: BLE001  (a missing, stale or damaged cache is rebuilt)
        pass
    auto = _automaton(_name_ids(names_bytes), first_chars())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        auto.save(str(tmp))
        digest_path.write_text(hashlib.sha256(tmp.read_bytes()).hexdigest(), encoding="ascii")
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001  (read-only home, full disk: run without a cache)
        pass
    return auto


class Gazetteer:
    """Names, cues and stop words; ``matches(text)`` gives leftmost-longest hits."""

    def __init__(self, directory: str | Path | None = None):
        self.dir = Path(directory) if directory else default_dir()
        if not (self.dir / "names.tsv").is_file():
            raise FileNotFoundError(f"{self.dir}/names.tsv missing: run scripts/build_gazetteers.py")
        names_bytes = (self.dir / "names.tsv").read_bytes()
        glue = self.dir / "glue.txt"
        self._glue_text = glue.read_text(encoding="utf-8") if glue.is_file() else ""
        self.automaton = _cached_automaton(names_bytes, lambda: self._glue_text)
        self.labels = NameLabels(self.automaton)
        self.longest_name: int = self.automaton.get_stats()["longest_word"]  # in characters
        self._absent: re.Pattern | None = None  # built on first use (see _iter_hits)
        self._names_text = names_bytes.decode("utf-8")
        lines = self._names_text.split("\n")
        self.hand_names = frozenset(line.split("\t", 1)[0] for line in lines if "\thand:" in line)
        self.short_forms = frozenset(line.split("\t", 1)[0] for line in lines if line.endswith("-short"))
        self.cues: dict = json.loads((self.dir / "cues.json").read_text(encoding="utf-8"))
        self.stop = set((self.dir / "stop.txt").read_text(encoding="utf-8").split())
        self.glue = set(self._glue_text.split())
        glue_long = self.dir / "glue_long.txt"
        self.glue_long = set(glue_long.read_text(encoding="utf-8").split()) if glue_long.is_file() else set()
        self._local: dict | None = None
        self._county_auto: ahocorasick.Automaton | None = None
        self._county_absent: re.Pattern | None = None

    def is_short_form(self, name: str) -> bool:
        return name in self.short_forms

    def is_hand_listed(self, name: str) -> bool:
        """Listed by hand (source ``hand:…``), not from a public list."""
        return name in self.hand_names

    def matches(self, text: str, automaton=None) -> list[tuple[int, int, str]]:
        """Leftmost-longest non-overlapping hits [(start, end, label)]."""
        auto = automaton or self.automaton
        absent = None
        if auto is self.automaton and self.labels._extra:
            if self._absent is None:
                # every character of names.tsv (a superset of the names' characters)
                self._absent = _absent_pattern(self._names_text)
            absent = self._absent
        out = []
        for end_idx, value in _iter_hits(auto, text, absent):
            out.append((end_idx + 1 - (value >> 2), end_idx + 1, LABELS[value & 3]))
        return out

    # --- local names (towns, villages) of the counties a document mentions ---
    def _load_local(self) -> dict:
        if self._local is None:
            path = self.dir / "local.json"
            self._local = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {"counties": {}, "aliases": {}}
            keys = {c: c for c in self._local["counties"]}
            for short, fulls in self._local["aliases"].items():
                keys.setdefault(short, fulls[0])
            auto = ahocorasick.Automaton()
            if not any(ABSENT in key for key in keys):  # (see ABSENT)
                auto.add_word(ABSENT, "")
                self._county_absent = _absent_pattern("".join(keys))
            for key in _by_first_char(keys, self._glue_text):
                auto.add_word(key, keys[key])
            auto.make_automaton()
            self._county_auto = auto
        return self._local

    def local_automaton(self, text: str, min_mentions: int = 2):
        """An automaton of the local names of every county mentioned at least
        ``min_mentions`` times in ``text`` (None when there is none)."""
        self._load_local()
        counts: dict[str, int] = {}
        for _, full in _iter_hits(self._county_auto, text, self._county_absent):
            counts[full] = counts.get(full, 0) + 1
        counties = tuple(sorted(c for c, n in counts.items() if n >= min_mentions))
        if not counties:
            return None
        return _local_auto(self, counties)


_LOCAL_CACHE: dict[tuple[int, tuple[str, ...]], ahocorasick.Automaton] = {}


def _local_auto(gaz: Gazetteer, counties: tuple[str, ...]) -> ahocorasick.Automaton:
    key = (id(gaz), counties)
    auto = _LOCAL_CACHE.get(key)
    if auto is None:
        names = {}
        for county in counties:
            for name in gaz._local["counties"].get(county, ()):
                if name not in gaz.stop:
                    names[name] = 0  # PLACE
        auto = _automaton(names, absent_key=False)  # (few names: ABSENT would not pay)
        if len(_LOCAL_CACHE) > 64:
            _LOCAL_CACHE.clear()
        _LOCAL_CACHE[key] = auto
    return auto


@lru_cache(maxsize=8)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """Shared, cached instance per directory."""
    return Gazetteer(directory)
