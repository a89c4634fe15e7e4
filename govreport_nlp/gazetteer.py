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

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick

LABELS = ("PLACE", "PROGRAM", "COMPANY", "ORG")


def default_dir() -> Path:
    from .resources import models_path

    return models_path("gazetteers")


def _automaton(items: dict[str, int]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for name, label_id in items.items():
        auto.add_word(name, (len(name), label_id))
    auto.make_automaton()
    return auto


class Gazetteer:
    """Names, cues and stop words; ``matches(text)`` gives leftmost-longest hits."""

    def __init__(self, directory: str | Path | None = None):
        self.dir = Path(directory) if directory else default_dir()
        if not (self.dir / "names.tsv").is_file():
            raise FileNotFoundError(f"{self.dir}/names.tsv missing: run scripts/build_gazetteers.py")
        self.labels: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        with open(self.dir / "names.tsv", encoding="utf-8") as fh:
            for line in fh:
                name, label, source = line.rstrip("\n").split("\t")
                self.labels[name] = label
                self.sources[name] = source
        self.automaton = _automaton({n: LABELS.index(lab) for n, lab in self.labels.items()})
        self.cues: dict = json.loads((self.dir / "cues.json").read_text(encoding="utf-8"))
        self.stop = set((self.dir / "stop.txt").read_text(encoding="utf-8").split())
        glue = self.dir / "glue.txt"
        self.glue = set(glue.read_text(encoding="utf-8").split()) if glue.is_file() else set()
        glue_long = self.dir / "glue_long.txt"
        self.glue_long = set(glue_long.read_text(encoding="utf-8").split()) if glue_long.is_file() else set()
        self._local: dict | None = None
        self._county_auto: ahocorasick.Automaton | None = None

    def is_short_form(self, name: str) -> bool:
        return self.sources.get(name, "").endswith("-short")

    def matches(self, text: str, automaton=None) -> list[tuple[int, int, str]]:
        """Leftmost-longest non-overlapping hits [(start, end, label)]."""
        auto = automaton or self.automaton
        out = []
        for end_idx, (length, label_id) in auto.iter_long(text):
            out.append((end_idx + 1 - length, end_idx + 1, LABELS[label_id]))
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
            for key, full in keys.items():
                auto.add_word(key, full)
            auto.make_automaton()
            self._county_auto = auto
        return self._local

    def local_automaton(self, text: str, min_mentions: int = 2):
        """An automaton of the local names of every county mentioned at least
        ``min_mentions`` times in ``text`` (None when there is none)."""
        local = self._load_local()
        counts: dict[str, int] = {}
        for _, full in self._county_auto.iter_long(text):
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
        auto = _automaton(names)
        if len(_LOCAL_CACHE) > 64:
            _LOCAL_CACHE.clear()
        _LOCAL_CACHE[key] = auto
    return auto


@lru_cache(maxsize=8)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """Shared, cached instance per directory."""
    return Gazetteer(directory)
