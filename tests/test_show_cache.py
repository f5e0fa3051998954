"""The show cache (kjrel.show_cache): a second ``kjrel show`` of a corpus replays the first."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kjrel.cli import main
from kjrel.show_cache import Shown, read_shown, show_key, write_shown

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty cache directory of this test's own."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("KJREL_CACHE_DIR", str(directory))
    monkeypatch.delenv("KJREL_NO_CACHE", raising=False)
    return directory


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the seed corpus that a test may change."""
    return Path(shutil.copytree(SEEDS, tmp_path / "corpus"))


def _entries(directory: Path) -> list[Path]:
    return sorted((directory / "v1" / "show").glob("??/*.json"))


def _show(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["show", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_a_second_show_replays_the_first_without_loading_the_models(cache_dir: Path) -> None:
    """The replay prints the very bytes and status of the first run, and imports no model."""
    code = (
        "import sys\n"
        "from kjrel.cli import main\n"
        "status = main(['show'])\n"
        "print('kjrel.models' in sys.modules, status, file=sys.stderr)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env=dict(os.environ), cwd=ROOT)
        for _ in range(2)
    ]
    assert runs[0].stderr.strip() == "True 0"  # the first run builds the corpus
    assert runs[1].stderr.strip() == "False 0"  # the second only replays it
    assert runs[0].stdout == runs[1].stdout and "Timeline" in runs[1].stdout
    assert len(_entries(cache_dir)) == 1


def test_a_changed_article_or_option_is_a_miss(
    cache_dir: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Any byte of the corpus, and every option, is part of the key."""
    first = _show(capsys, "--corpus", str(corpus))
    assert _show(capsys, "--corpus", str(corpus)) == first
    article = next(corpus.glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8").replace("Kishida", "Kishida Fumio", 1),
                       encoding="utf-8")
    changed = _show(capsys, "--corpus", str(corpus))
    assert changed != first
    assert _show(capsys, "--corpus", str(corpus), "--json")[1].startswith("{")
    assert len(_entries(cache_dir)) == 3


def test_the_key_covers_the_options_and_the_day(corpus: Path) -> None:
    """The same corpus with other options, or on another day, has another key."""
    options = {"json": False, "all_quotes": False}
    key = show_key(corpus, options, TODAY)
    assert key == show_key(corpus, dict(options), TODAY)
    assert key != show_key(corpus, {**options, "json": True}, TODAY)
    assert key != show_key(corpus, options, TODAY + dt.timedelta(days=1))
    (corpus / "extra.txt").write_text("x", encoding="utf-8")
    assert key != show_key(corpus, options, TODAY)


def test_a_corrupt_or_foreign_entry_is_a_miss(cache_dir: Path, corpus: Path) -> None:
    """A truncated file, another key or another format is never replayed."""
    key = show_key(corpus, {}, TODAY)
    assert key is not None
    assert write_shown(key, Shown("out\n", "", 0))
    assert read_shown(key) == Shown("out\n", "", 0)
    (entry,) = _entries(cache_dir)
    entry.write_text(entry.read_text(encoding="utf-8")[:20], encoding="utf-8")
    assert read_shown(key) is None
    entry.write_text('{"format": "kjrel-show-1", "key": "other", "stdout": "", "stderr": "",'
                     ' "status": 0}', encoding="utf-8")
    assert read_shown(key) is None


def test_no_cache_variable_turns_the_replay_off(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``KJREL_NO_CACHE=1``: nothing is kept, every show runs in full."""
    monkeypatch.setenv("KJREL_NO_CACHE", "1")
    assert _show(capsys)[0] == 0
    assert not (cache_dir / "v1" / "show").exists()
