"""Issue 11: no traceback without --debug, and one bad article never hides the rest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kjrel.loader
import kjrel.serialize
from kjrel.cli import main
from kjrel.errors import BUG_NOTE, DocumentError
from kjrel.models import Document, Extraction

GOOD = "Prime Minister Fumio Kishida met President Yoon Suk Yeol in Seoul on Friday.\n"


def write_corpus(root: Path, files: dict[str, bytes]) -> Path:
    root.mkdir(parents=True)
    parts = ["schema = 1\n"]
    for name, data in files.items():
        (root / name).write_bytes(data)
        parts.append(f'\n[[article]]\nid = "{Path(name).stem}"\nfile = "{name}"\n'
                     "published = 2024-09-07\n")
    (root / "manifest.toml").write_text("".join(parts), encoding="utf-8")
    return root


def broken_extract(document: Document, *_args: object) -> Extraction:
    raise ZeroDivisionError("division by zero")


def test_a_bug_in_extract_is_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("KJREL_NO_CACHE", "1")  # the pipeline must run
    monkeypatch.setattr(kjrel.loader, "extract", broken_extract)
    assert main(["extract", str(article), "--published", "2024-02-10"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"kjrel: error: {article}: extraction failed: ZeroDivisionError")
    assert BUG_NOTE in err


def test_a_bug_anywhere_else_is_one_line_naming_the_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_corpus(tmp_path / "c", {"a.txt": GOOD.encode()})

    def broken_export(*_args: object) -> str:
        raise RuntimeError("something\nodd")

    monkeypatch.setattr(kjrel.serialize, "export_json", broken_export)
    assert main(["export", "--corpus", str(root)]) == 1
    err = capsys.readouterr().err
    assert err == f"kjrel: error: {root}: unexpected RuntimeError: something odd ({BUG_NOTE})\n"


def test_debug_lets_the_bug_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("KJREL_NO_CACHE", "1")  # the pipeline must run
    monkeypatch.setattr(kjrel.loader, "extract", broken_extract)
    with pytest.raises(DocumentError, match="bug in kjrel"):
        main(["--debug", "extract", str(article), "--published", "2024-02-10"])


def test_the_leap_day_sentence_extracts_from_the_command_line(tmp_path: Path) -> None:
    article = tmp_path / "leap.txt"
    article.write_text(
        "President Yoon Suk Yeol and Prime Minister Fumio Kishida met in Tokyo on Feb. 29"
        " and held talks.\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "kjrel", "extract", str(article), "--published", "2024-02-10"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    summits = json.loads(result.stdout)["summits"]
    assert [s["date"] for s in summits] == ["2023-02-28"]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A corpus of two good articles and one that is not UTF-8."""
    return write_corpus(tmp_path / "c", {
        "a.txt": GOOD.encode(), "b.txt": b"caf\xe9 au lait\n", "c.txt": GOOD.encode(),
    })


def test_show_stops_at_a_bad_article_by_default(
    mixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "--corpus", str(mixed)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "b.txt" in captured.err


def test_show_keep_going_loads_the_rest_and_lists_the_problem_last(
    mixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", "--keep-going", "--corpus", str(mixed)]) == 1
    out = capsys.readouterr().out
    assert "2 article(s)" in out
    problems = out[out.index("\nProblems (1)\n"):]
    assert "b.txt" in problems and "not valid UTF-8" in problems
    assert out.rstrip().endswith(problems.rstrip())


def test_export_keep_going_writes_the_rest_and_reports_on_stderr(
    mixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--keep-going", "--corpus", str(mixed), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    ids = {r["record"]["id"] for r in records if r["type"] == "document"}
    assert {"a", "c"} <= ids and "b" not in ids
    assert captured.err.startswith("kjrel: problem: ") and "b.txt" in captured.err


def test_keep_going_with_a_clean_corpus_exits_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = write_corpus(tmp_path / "c", {"a.txt": GOOD.encode()})
    assert main(["show", "--keep-going", "--corpus", str(root)]) == 0
    assert capsys.readouterr().err == ""


def test_extract_warns_of_a_future_publication_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(article), "--published", "2099-01-01"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("kjrel: warning: --published 2099-01-01 is after today")
    assert err.count("\n") == 1
