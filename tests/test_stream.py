"""Parallel loading (workers=N) and kjrel extract-corpus: same corpus, resumable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kjrel
from kjrel.cli import main
from kjrel.corpus import Corpus
from kjrel.errors import DocumentError, QueryError, SerializationError
from kjrel.loader import load, load_jsonl
from kjrel.serialize import export_json
from kjrel.stream import extract_corpus, read_extractions

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"


def same(a: Corpus, b: Corpus) -> None:
    """The two corpora are identical: records, order and problems."""
    assert a.extractions == b.extractions
    assert a.problems == b.problems
    assert export_json(a) == export_json(b)


@pytest.fixture
def troubled(tmp_path: Path) -> Path:
    """A copy of the development corpus with a bad article, an unlisted file and a future date."""
    root = tmp_path / "troubled"
    root.mkdir()
    manifest = (ARTICLES / "manifest.toml").read_text("utf-8")
    for path in sorted(ARTICLES.glob("*.txt")):
        (root / path.name).write_bytes(path.read_bytes())
    (root / "bad.txt").write_bytes(b"caf\xe9 au lait")
    (root / "stray.txt").write_text("Not listed.", encoding="utf-8")
    manifest += '\n[[article]]\nid = "bad"\nfile = "bad.txt"\npublished = 2024-09-07\n'
    manifest += '\n[[article]]\nid = "later"\nfile = "later.txt"\npublished = 2999-01-01\n'
    (root / "later.txt").write_text("Seoul and Tokyo will talk again.", encoding="utf-8")
    (root / "manifest.toml").write_text(manifest, encoding="utf-8")
    return root


@pytest.mark.parametrize("workers", [2, 4])
def test_workers_give_the_serial_corpus(workers: int) -> None:
    """workers=N builds the corpus workers=1 builds, record for record."""
    same(load(ARTICLES, workers=workers, cache=False), load(ARTICLES, cache=False))


def test_workers_keep_problems_and_their_order(troubled: Path) -> None:
    """Lenient loads record the same problems, in the same order, whatever the workers."""
    serial = load(troubled, strict=False, cache=False)
    assert [p.error_type for p in serial.problems].count("DocumentError") == 1
    same(load(troubled, strict=False, workers=2, cache=False), serial)


def test_workers_raise_the_first_error_in_manifest_order(tmp_path: Path) -> None:
    """Strict parallel loads stop at the bad article a serial load stops at."""
    root = tmp_path / "c"
    root.mkdir()
    lines = ["schema = 1\n"]
    for number in range(6):
        name = f"a{number}.txt"
        body = b"\xff" if number in (3, 5) else b"Seoul and Tokyo agreed to talk."
        (root / name).write_bytes(body)
        lines.append(f'[[article]]\nid = "a{number}"\nfile = "{name}"\npublished = 2024-09-07\n')
    (root / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(DocumentError) as serial:
        load(root)
    with pytest.raises(DocumentError) as parallel:
        load(root, workers=2)
    assert str(parallel.value) == str(serial.value)
    assert serial.value.path is not None and serial.value.path.endswith("a3.txt")


@pytest.mark.parametrize("workers", [0, -1, 1.5, True])
def test_bad_workers(workers: object) -> None:
    """Workers must be a whole number of at least 1."""
    with pytest.raises(QueryError, match="workers"):
        load(workers=workers)  # type: ignore[arg-type]


def test_extract_corpus_loads_back_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The JSON Lines output loads back to the corpus kjrel.load builds, extracting nothing."""
    out = tmp_path / "results.jsonl"
    code = main(["extract-corpus", str(ARTICLES), "--out", str(out), "--workers", "2"])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.err == ""  # no progress: standard error is not a terminal
    count = len(load(ARTICLES))
    assert captured.out == f"{out}: {count} extracted, 0 already there, 0 problem(s)\n"
    assert len(out.read_text("utf-8").splitlines()) == count
    same(load_jsonl(out), load(ARTICLES))
    same(kjrel.load_jsonl(out), Corpus.from_jsonl(out))


def test_extract_corpus_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second run skips what is there; an interrupted one finishes the rest."""
    out = tmp_path / "results.jsonl"
    full = extract_corpus(ARTICLES, out, cache=False)
    lines = out.read_bytes().splitlines(keepends=True)
    assert extract_corpus(ARTICLES, out).skipped == full.extracted
    assert out.read_bytes() == b"".join(lines)
    out.write_bytes(b"".join(lines[:5]) + lines[5][:40])  # killed while writing line 6
    again = extract_corpus(ARTICLES, out, workers=2)
    assert (again.skipped, again.extracted) == (5, full.extracted - 5)
    assert out.read_bytes() == b"".join(lines)
    same(load_jsonl(out), load(ARTICLES))


def test_extract_corpus_with_problems(tmp_path: Path, troubled: Path) -> None:
    """--keep-going writes problems; the output loads back to the lenient corpus."""
    out = tmp_path / "results.jsonl"
    assert main(["extract-corpus", str(troubled), "--out", str(out)]) == 1  # strict: stops
    assert main(["extract-corpus", str(troubled), "--out", str(out), "--keep-going"]) == 1
    report = extract_corpus(troubled, out, strict=False)  # nothing left to do
    assert (report.extracted, report.problems) == (0, ())
    same(load_jsonl(out), load(troubled, strict=False))
    kinds = [json.loads(line)["type"] for line in out.read_text("utf-8").splitlines()]
    assert kinds[:2] == ["problem", "problem"]  # the unlisted file and the future date


def test_a_bad_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    """A line that is not an extract-corpus record is an error naming the file and line."""
    out = tmp_path / "results.jsonl"
    extract_corpus(None, out)
    text = out.read_text("utf-8")
    out.write_text(text + '{"schema": "kjrel/1"}\n', encoding="utf-8")
    with pytest.raises(SerializationError, match=r"results\.jsonl:3: expected an object"):
        read_extractions(out)
    record = json.loads(text.splitlines()[0])
    record["record"]["quotes"] = "none"
    out.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(SerializationError, match=r"results\.jsonl:1: not a valid Extraction"):
        load_jsonl(out)


def test_a_warm_parallel_load_starts_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """With every article cached, workers=N reads them back without starting processes."""
    import concurrent.futures

    expected = load(ARTICLES)  # fills the cache

    class NoPool:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("a process pool was started for cached articles")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
    same(load(ARTICLES, workers=2), expected)
