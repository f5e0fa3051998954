"""The extraction cache (kjrel.cache) and the lazy facade: fast starts, never stale."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import kjrel.loader
from kjrel.cache import (
    cache_directory,
    cache_key,
    cache_path,
    read_cached,
    rules_digest,
    write_cached,
)
from kjrel.linking import link_extraction
from kjrel.loader import load, seed_directory
from kjrel.models import Document, Extraction
from kjrel.serialize import export_json

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty cache directory of this test's own."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("KJREL_CACHE_DIR", str(directory))
    monkeypatch.delenv("KJREL_NO_CACHE", raising=False)
    return directory


def _entries(directory: Path) -> list[Path]:
    return sorted((directory / "v1").glob("??/*.json"))


def _refuse(document: Document, gazetteer: object = None) -> Extraction:
    raise AssertionError(f"the pipeline ran on {document.id}: the cache was not used")


def test_cached_and_uncached_loads_are_identical(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load from a warm cache gives the very corpus an uncached load gives."""
    uncached = load(ARTICLES, cache=False)
    assert _entries(cache_dir) == []
    first = load(ARTICLES)
    assert len(_entries(cache_dir)) == len(uncached)
    monkeypatch.setattr(kjrel.loader, "extract", _refuse)
    warm = load(ARTICLES)
    assert warm.extractions == uncached.extractions == first.extractions
    assert export_json(warm) == export_json(uncached)


def test_no_cache_variable_turns_the_cache_off(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """KJREL_NO_CACHE=1 neither reads nor writes."""
    monkeypatch.setenv("KJREL_NO_CACHE", "1")
    assert cache_directory() is None
    load()
    assert _entries(cache_dir) == []


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b'{"format": "kjrel-cache/1"}',
        b"[1, 2, 3]",
        b'{"format": "kjrel-cache/1", "key": "0", "extraction": {}}',
        b"\xff\xfe\x00garbage",
    ],
)
def test_a_corrupt_cache_file_is_ignored_and_rebuilt(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    """A damaged entry is a miss: the article is extracted again and the entry rewritten."""
    expected = load()
    for path in _entries(cache_dir):
        path.write_bytes(damage)
    again = load()
    assert export_json(again) == export_json(expected)
    monkeypatch.setattr(kjrel.loader, "extract", _refuse)
    assert load().extractions == expected.extractions  # rebuilt, and now used


def test_a_wrong_key_or_foreign_document_is_never_trusted(cache_dir: Path) -> None:
    """An entry about another document, or with the key of another, is a miss."""
    corpus = load()
    first, second = corpus.extractions
    key = cache_key(first.document)
    target = cache_path(cache_dir, key)
    data = json.loads(target.read_bytes())
    other = json.loads(cache_path(cache_dir, cache_key(second.document)).read_bytes())
    target.write_text(json.dumps({**other, "key": key}), encoding="utf-8")
    assert read_cached(cache_dir, first.document) is None
    target.write_text(json.dumps({**data, "key": "0" * 64}), encoding="utf-8")
    assert read_cached(cache_dir, first.document) is None
    target.write_text(json.dumps({**data, "format": "other/1"}), encoding="utf-8")
    assert read_cached(cache_dir, first.document) is None
    target.write_text(json.dumps(data), encoding="utf-8")
    cached = read_cached(cache_dir, first.document)
    assert cached is not None  # the extraction as made; the corpus holds it linked
    assert link_extraction(cached, corpus.reference).extraction == first


def test_the_key_covers_text_id_date_and_rules(cache_dir: Path) -> None:
    """Changing the text, the id or the publication date changes the key."""
    document = load().extractions[0].document
    keys = {
        cache_key(document),
        cache_key(attrs.evolve(document, sha256="0" * 64)),
        cache_key(attrs.evolve(document, id="other")),
        cache_key(attrs.evolve(document, published=document.published.replace(day=1))),
    }
    assert len(keys) == 4
    assert len(rules_digest()) == 64
    assert rules_digest() is rules_digest()  # computed once per process


def test_an_unwritable_cache_does_not_stop_a_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache directory that cannot be made (a file is in the way) just means no cache."""
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("KJREL_CACHE_DIR", str(blocker / "cache"))
    corpus = load()
    assert len(corpus) == 2
    assert not write_cached(blocker / "cache", corpus.extractions[0])


def test_default_cache_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """KJREL_CACHE_DIR, then XDG_CACHE_HOME/kjrel, then ~/.cache/kjrel (nothing is written)."""
    monkeypatch.delenv("KJREL_NO_CACHE", raising=False)
    monkeypatch.setenv("KJREL_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_directory() == tmp_path / "mine"
    monkeypatch.delenv("KJREL_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_directory() == tmp_path / "xdg" / "kjrel"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_directory() == tmp_path / "home" / ".cache" / "kjrel"
    monkeypatch.setenv("KJREL_NO_CACHE", "0")
    assert cache_directory() is not None


def test_a_custom_gazetteer_bypasses_the_cache(cache_dir: Path) -> None:
    """Only extractions made with the bundled reference data are cached."""
    from kjrel.gazetteer import Gazetteer

    folder = ROOT / "src" / "kjrel" / "gazetteer"
    own = Gazetteer.from_toml(
        (folder / "leaders.toml").read_text("utf-8"), (folder / "countries.toml").read_text("utf-8")
    )
    load(gazetteer=own)
    assert _entries(cache_dir) == []


def _python(code: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
        cwd=ROOT,
    )
    return done.stdout.strip()


def test_import_kjrel_loads_nothing_heavy() -> None:
    """``import kjrel`` imports no model, pipeline or attrs; names load on first use."""
    code = (
        "import sys, kjrel\n"
        "heavy = [m for m in ('kjrel.pipeline', 'kjrel.models', 'kjrel.corpus', 'attrs')"
        " if m in sys.modules]\n"
        "print(heavy, kjrel.PartialDate.parse('2024').year, 'load' in dir(kjrel))"
    )
    assert _python(code, dict(os.environ)) == "[] 2024 True"


def test_unknown_attribute_of_the_facade() -> None:
    """A name kjrel does not export is an AttributeError, as for any module."""
    import kjrel

    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        kjrel.nothing  # noqa: B018
    assert set(kjrel.__all__) <= set(dir(kjrel))


def test_a_warm_show_never_imports_the_pipeline(cache_dir: Path) -> None:
    """With every article cached, ``kjrel show`` runs without the extraction pipeline."""
    env = dict(os.environ)
    code = (
        "import sys, io, contextlib\n"
        "from kjrel.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['show'])\n"
        "print('kjrel.pipeline' in sys.modules)"
    )
    assert _python(code, env) == "True"  # cold: extracted
    shutil.rmtree(cache_dir / "v1" / "show")  # no replay (kjrel.show_cache): a real warm run
    assert _python(code, env) == "False"  # warm: read back
    assert seed_directory().is_dir()
