"""Tests for the kjrel command line (kjrel.cli)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kjrel.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_GOLD = ROOT / "tests" / "gold" / "seeds"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``kjrel ARGS`` in this process and return (status, stdout, stderr)."""
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_show_summarises_the_bundled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    """With no --corpus, `kjrel show` summarises the seeds: leaders, timeline, quotes."""
    status, out, err = run(capsys, "show")
    assert status == 0 and err == ""
    assert "2 article(s)" in out
    assert "Yoon Suk Yeol (KR)" in out and "Fumio Kishida (JP)" in out
    assert "bilateral summit: Fumio Kishida / Yoon Suk Yeol in Seoul" in out
    assert "Claims the articles disagree on" in out
    assert "Quotes by speaker" in out


def test_show_all_quotes_lists_every_quote(capsys: pytest.CaptureFixture[str]) -> None:
    """--all-quotes prints every quote, with no 'more' line."""
    status, out, _ = run(capsys, "show", "--all-quotes")
    assert status == 0
    assert "more (--all-quotes)" not in out


def test_extract_prints_the_annotation_shape(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`kjrel extract` prints ANNOTATION.md's shape, with the file's sha256."""
    article = SEEDS / "000_0e3f6676d6eabf8a.txt"
    status, out, _ = run(capsys, "extract", str(article), "--published", "2024-09-07")
    assert status == 0
    data = json.loads(out)
    gold = json.loads((SEED_GOLD / "000_0e3f6676d6eabf8a.json").read_text(encoding="utf-8"))
    assert data["document"] == gold["document"]
    for key in ("entities", "quotes", "statements", "timexes", "summits", "agreements"):
        assert key in data
    text = article.read_text(encoding="utf-8")
    for quote in data["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_extract_takes_an_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--id names the document; the default is the file's stem."""
    article = tmp_path / "story.txt"
    article.write_text('"We met," Prime Minister Fumio Kishida said on Friday.', encoding="utf-8")
    _, out, _ = run(capsys, "extract", str(article), "--published", "2024-09-07")
    assert json.loads(out)["document"]["id"] == "story"
    _, out, _ = run(capsys, "extract", str(article), "--published", "2024-09-07", "--id", "x1")
    assert json.loads(out)["document"]["id"] == "x1"


def test_evaluate_reports_scores(capsys: pytest.CaptureFixture[str]) -> None:
    """`kjrel evaluate` scores the seed corpus against the seed gold."""
    status, out, _ = run(capsys, "evaluate", str(SEED_GOLD), "--no-missed")
    assert status == 0
    assert "Micro-average over 2 document(s)" in out


def test_evaluate_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints machine-readable scores."""
    status, out, _ = run(capsys, "evaluate", str(SEED_GOLD), "--json")
    assert status == 0
    data = json.loads(out)
    assert isinstance(data, dict)


def test_evaluate_with_no_matching_gold_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A gold directory that matches no article is an error, not an empty report."""
    status, _, err = run(capsys, "evaluate", str(tmp_path))
    assert status == 1
    assert err.startswith("kjrel: error: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_export_formats(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    """Every export format writes the corpus, and is the same twice."""
    status, first, _ = run(capsys, "export", "--format", fmt)
    assert status == 0 and first
    _, second, _ = run(capsys, "export", "--format", fmt)
    assert first == second


def test_export_to_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """-o writes the export to the named file and nothing to stdout."""
    target = tmp_path / "out.json"
    status, out, _ = run(capsys, "export", "--format", "json", "-o", str(target))
    assert status == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))


def test_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A bad corpus gives one line naming the file, and exit status 1."""
    (tmp_path / "manifest.toml").write_text("schema = 1\n[[article]\n", encoding="utf-8")
    status, out, err = run(capsys, "show", "--corpus", str(tmp_path))
    assert status == 1 and out == ""
    assert err.startswith("kjrel: error: ")
    assert "manifest.toml" in err
    assert err.count("\n") == 1


def test_missing_article_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`kjrel extract` on a missing file says so in one line."""
    missing = str(tmp_path / "nope.txt")
    status, _, err = run(capsys, "extract", missing, "--published", "2024-01-01")
    assert status == 1
    assert "nope.txt" in err and err.count("\n") == 1


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    """--debug lets the exception propagate (a traceback), for developers."""
    from kjrel.errors import KjrelError

    with pytest.raises(KjrelError):
        main(["--debug", "show", "--corpus", str(tmp_path / "missing")])


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed --published date is a usage error (status 2)."""
    with pytest.raises(SystemExit) as info:
        main(["extract", "x.txt", "--published", "September"])
    assert info.value.code == 2
    assert "expected a date as YYYY-MM-DD" in capsys.readouterr().err


def test_python_m_kjrel_runs() -> None:
    """`python -m kjrel` is the same command."""
    result = subprocess.run(
        [sys.executable, "-m", "kjrel", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("kjrel ")


def test_a_closed_pipe_is_not_an_error() -> None:
    """`kjrel show | head -1` ends quietly: no error line when the reader goes away."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before kjrel writes a byte
    try:
        result = subprocess.run(
            [sys.executable, "-m", "kjrel", "show"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 141


def test_show_lists_each_article_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Each article is one line: id, date, the counts of each record, the outlet."""
    status, out, _ = run(capsys, "show")
    assert status == 0
    lines = out.splitlines()
    header = lines.index(next(line for line in lines if line.strip().startswith("id ")))
    assert lines[header].split() == [
        "id", "published", "quotes", "statements", "timexes", "summits", "agreements", "outlet",
    ]
    first = lines[header + 1].split()
    assert first[:2] == ["000_0e3f6676d6eabf8a", "2024-09-07"]
    assert all(cell.isdigit() for cell in first[2:7])
    assert lines[header + 1].endswith("An English-language daily in Seoul (not named in the text)")
    assert lines[header + 2].split()[0] == "001_eec9fc47c71d9934"
    assert lines[header + 3] == ""


def test_show_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the summary as one JSON object with counts that match the corpus."""
    import kjrel

    status, out, _ = run(capsys, "show", "--json")
    assert status == 0
    data = json.loads(out)
    corpus = kjrel.load()
    assert [a["id"] for a in data["articles"]] == [d.id for d in corpus.documents]
    assert sum(a["quotes"] for a in data["articles"]) == len(corpus.quotes)
    assert len(data["timeline"]) == len(corpus.timeline())
    assert data["speakers"][0] == {"name": corpus.speakers()[0][0],
                                   "quotes": corpus.speakers()[0][1]}
    assert data["problems"] == []


def test_future_date_is_a_warning_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A publication date after today loads; the warning goes to stderr, status 0."""
    (tmp_path / "a.txt").write_text("Seoul and Tokyo met on Friday.", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        'schema = 1\n[[article]]\nid = "a"\nfile = "a.txt"\npublished = 9999-01-01\n',
        encoding="utf-8",
    )
    status, out, err = run(capsys, "show", "--corpus", str(tmp_path))
    assert status == 0 and "1 article(s)" in out
    assert err == (
        f"kjrel: warning: {tmp_path}/manifest.toml:5: published 9999-01-01 of article 'a' is"
        f" after today ({dt.date.today().isoformat()}); every relative date in the article is"
        " resolved against it\n"
    )


def test_bad_published_value_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A bare date that is not a date is a bad published value on its line."""
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        'schema = 1\n[[article]]\nid = "a"\nfile = "a.txt"\npublished = 2024-13-01\n',
        encoding="utf-8",
    )
    status, _, err = run(capsys, "show", "--corpus", str(tmp_path))
    assert status == 1
    assert err == (
        f"kjrel: error: {tmp_path}/manifest.toml:5: bad published value '2024-13-01':"
        " month must be in 1..12\n"
    )
