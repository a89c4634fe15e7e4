"""The gazetteer's built name automaton is cached between runs; a missing,
damaged or unwritable cache must never change what is matched."""
from __future__ import annotations

import os

import pytest

from govreport_nlp.gazetteer import Gazetteer, cache_dir, default_dir

TEXT = "青岛市城阳区和山东省的长江经济带，中国石化和北京大学"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVREPORT_NLP_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_cache_is_written_then_used_with_the_same_matches(cache):
    built = Gazetteer(default_dir())
    files = sorted(p.name for p in cache.iterdir())
    assert any(f.endswith(".aho") for f in files) and any(f.endswith(".sha256") for f in files)
    loaded = Gazetteer(default_dir())
    assert loaded.matches(TEXT) == built.matches(TEXT)
    assert loaded.matches(TEXT)  # the text has names in the national list
    assert loaded.labels.get("城阳") == built.labels.get("城阳") == "PLACE"
    assert "城阳区X" not in loaded.labels and loaded.labels.get("城阳区X") is None


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip"])
def test_a_damaged_cache_is_rebuilt(cache, damage):
    reference = Gazetteer(default_dir()).matches(TEXT)
    aho = next(cache.glob("*.aho"))
    data = aho.read_bytes()
    if damage == "truncate":
        aho.write_bytes(data[: len(data) // 3])
    elif damage == "garbage":
        aho.write_bytes(b"not an automaton")
    else:  # same size, one byte changed: only the checksum can tell
        k = len(data) // 2
        aho.write_bytes(data[:k] + bytes([data[k] ^ 0xFF]) + data[k + 1 :])
    assert Gazetteer(default_dir()).matches(TEXT) == reference
    assert Gazetteer(default_dir()).matches(TEXT) == reference  # and the rewritten cache loads


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only directory")
def test_an_unwritable_cache_dir_still_works(cache):
    cache.mkdir()
    cache.chmod(0o500)
    try:
        assert Gazetteer(default_dir()).matches(TEXT)
    finally:
        cache.chmod(0o700)


def test_a_cache_path_that_is_a_file_still_works(tmp_path, monkeypatch):
    blocker = tmp_path / "not_a_dir"
    blocker.write_text("x")
    monkeypatch.setenv("GOVREPORT_NLP_CACHE", str(blocker))
    assert cache_dir() == blocker
    assert Gazetteer(default_dir()).matches(TEXT)
