"""The cache of parsed reference data (kjrel.cache.cached_toml): fast, never stale, never trusted.

The gazetteer's and the reference's TOML files are parsed once and kept in
the cache directory as JSON, keyed by the text and kjrel's version; these
tests check that what comes back from the cache is what the TOML gives.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path

import pytest

import kjrel.cache
import kjrel.gazetteer
import kjrel.reference
from kjrel.cache import cached_toml, toml_cache_key, toml_cache_path

PACKAGE = Path(kjrel.__file__).resolve().parent
SOURCES = sorted([*(PACKAGE / "gazetteer").glob("*.toml"), *(PACKAGE / "reference").glob("*.toml")])


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty cache directory of this test's own."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("KJREL_CACHE_DIR", str(directory))
    monkeypatch.delenv("KJREL_NO_CACHE", raising=False)
    return directory


class _Parser:
    """``tomllib.loads`` that counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str) -> dict[str, object]:
        self.calls += 1
        return tomllib.loads(text)


def _toml_entries(directory: Path) -> list[Path]:
    return sorted((directory / "v1" / "toml").glob("*.json"))


@pytest.mark.parametrize("source", SOURCES, ids=lambda path: path.name)
def test_the_cache_gives_what_the_toml_gives(cache_dir: Path, source: Path) -> None:
    """Each bundled file read back from the cache equals its parse, dates included."""
    text = source.read_text(encoding="utf-8")
    parse = _Parser()
    first = cached_toml(text, parse)
    again = cached_toml(text, parse)
    assert parse.calls == 1
    assert first == again == tomllib.loads(text)
    assert len(_toml_entries(cache_dir)) == 1


def test_dates_survive_the_cache(cache_dir: Path) -> None:
    """A TOML date comes back as a date, a string that looks like one as a string."""
    text = 'day = 2023-03-16\nwritten = "2023-03-16"\nlist = [2024-01-02]\n'
    cached_toml(text, tomllib.loads)
    back = cached_toml(text, _refuse)
    assert back == {"day": dt.date(2023, 3, 16), "written": "2023-03-16",
                    "list": [dt.date(2024, 1, 2)]}


def _refuse(text: str) -> dict[str, object]:
    raise AssertionError("parsed again: the cache was not used")


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b"[1, 2]",
        b'{"format": "kjrel-cache/1"}',
        b'{"format": "kjrel-cache/1", "key": "0", "extraction": {}}',
        b'{"format": "kjrel-cache/1", "key": "KEY", "extraction": [1]}',
        b'{"format": "kjrel-cache/1", "key": "KEY", "extraction": {"a": {"$date": 5}}}',
        b'{"format": "kjrel-cache/1", "key": "KEY", "extraction": {"a": {"$date": "x"}}}',
        b"\xff\xfe\x00garbage",
    ],
)
def test_a_corrupt_entry_is_ignored_and_rebuilt(cache_dir: Path, damage: bytes) -> None:
    """A damaged or foreign entry is a miss: the text is parsed again and the entry rewritten."""
    text = 'name = "x"\nday = 2020-01-01\n'
    cached_toml(text, tomllib.loads)
    key = toml_cache_key(text)
    entry = toml_cache_path(cache_dir, key)
    entry.write_bytes(damage.replace(b"KEY", key.encode()))
    parse = _Parser()
    assert cached_toml(text, parse) == tomllib.loads(text)
    assert parse.calls == 1
    assert json.loads(entry.read_bytes())["key"] == key  # rewritten
    assert cached_toml(text, _refuse) == tomllib.loads(text)


def test_no_cache_variable_turns_the_data_cache_off(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """KJREL_NO_CACHE=1: every call parses, nothing is written."""
    monkeypatch.setenv("KJREL_NO_CACHE", "1")
    parse = _Parser()
    cached_toml('a = 1\n', parse)
    cached_toml('a = 1\n', parse)
    assert parse.calls == 2
    assert not cache_dir.exists()


def test_a_changed_source_is_a_miss(cache_dir: Path) -> None:
    """The key is the text's digest (and kjrel's version): an edit is parsed afresh."""
    cached_toml('a = 1\n', tomllib.loads)
    assert cached_toml('a = 2\n', tomllib.loads) == {"a": 2}
    assert toml_cache_key('a = 1\n') != toml_cache_key('a = 2\n')
    assert len(_toml_entries(cache_dir)) == 2


def test_the_key_covers_the_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another kjrel version does not read this version's entries."""
    before = toml_cache_key('a = 1\n')
    monkeypatch.setattr(kjrel.cache, "__version__", "0.0.0+other")
    assert toml_cache_key('a = 1\n') != before


def _reference_rows(reference: kjrel.reference.Reference) -> tuple[object, ...]:
    return (reference.meetings, reference.instruments, reference.venues)


def _gazetteer_state(gazetteer: kjrel.gazetteer.Gazetteer) -> tuple[object, ...]:
    return (
        gazetteer.leaders, gazetteer.demonyms, gazetteer.places, gazetteer.countries,
        gazetteer.capitals, gazetteer.events, gazetteer.leading_office,
        gazetteer.surnames, gazetteer.case_sensitive,
    )


def _fresh_defaults() -> tuple[kjrel.gazetteer.Gazetteer, kjrel.reference.Reference]:
    """Build the bundled gazetteer and reference anew, leaving the process-wide ones alone."""
    return (
        kjrel.gazetteer.default_gazetteer.__wrapped__(),
        kjrel.reference.default_reference.__wrapped__(),
    )


def test_default_gazetteer_and_reference_are_identical_from_cache_and_source(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled gazetteer and reference built from cached JSON equal those built from TOML."""
    monkeypatch.setenv("KJREL_NO_CACHE", "1")
    source_gazetteer, source_reference = _fresh_defaults()
    assert not cache_dir.exists()
    monkeypatch.delenv("KJREL_NO_CACHE")
    _fresh_defaults()  # writes the entries
    assert len(_toml_entries(cache_dir)) == len(SOURCES)
    monkeypatch.setattr(kjrel.gazetteer, "_parse_toml_text", _refuse_with_path)
    monkeypatch.setattr(kjrel.reference, "_parse_text", _refuse_with_path)
    cached_gazetteer, cached_reference = _fresh_defaults()
    assert _gazetteer_state(cached_gazetteer) == _gazetteer_state(source_gazetteer)
    assert _reference_rows(cached_reference) == _reference_rows(source_reference)


def _refuse_with_path(text: str, path: str) -> dict[str, object]:
    raise AssertionError(f"{path} parsed again: the cache was not used")
