"""Tests for kjrel.tables: pandas and Arrow tables, one row per record, nothing lost."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings

from kjrel import strategies as ks
from kjrel.corpus import Corpus
from kjrel.errors import KjrelError
from kjrel.models import Extraction
from kjrel.tables import TABLES, columns, record_from_row, table_rows
from pagekit import CORPORA, load_corpus

pandas = pytest.importorskip("pandas")
pyarrow = pytest.importorskip("pyarrow")
parquet = pytest.importorskip("pyarrow.parquet")


def records(corpus: Corpus, name: str) -> tuple[object, ...]:
    return tuple(getattr(corpus, name))


def assert_round_trip_pandas(corpus: Corpus) -> None:
    frames = corpus.to_pandas()
    assert list(frames) == list(TABLES)
    for name, cls in TABLES.items():
        frame, expected = frames[name], records(corpus, name)
        assert len(frame) == len(expected), name
        assert list(frame.columns) == [c.name for c in columns(cls)]
        rebuilt = tuple(record_from_row(cls, row) for row in frame.to_dict("records"))
        assert rebuilt == expected, name


@pytest.mark.parametrize("name", list(CORPORA))
def test_to_pandas_round_trip(name: str) -> None:
    """Every table of every corpus: one row per record of kjrel.load(), each rebuilt equal."""
    assert_round_trip_pandas(load_corpus(name))


@pytest.mark.parametrize("name", list(CORPORA))
def test_to_arrow_and_parquet_round_trip(name: str) -> None:
    """Arrow tables, and the same through Parquet bytes, rebuild every record."""
    from kjrel.tables import parquet_files

    corpus = load_corpus(name)
    tables = corpus.to_arrow()
    files = parquet_files(corpus)
    for table_name, cls in TABLES.items():
        expected = records(corpus, table_name)
        for table in (tables[table_name],
                      parquet.read_table(io.BytesIO(files[f"{table_name}.parquet"]))):
            assert table.num_rows == len(expected)
            assert tuple(record_from_row(cls, row) for row in table.to_pylist()) == expected


def test_spans_and_document_ids_are_columns() -> None:
    """A quote row has its document id and offsets; a summit row its evidence spans."""
    corpus = load_corpus("seeds")
    frames = corpus.to_pandas()
    quote, row = corpus.quotes[0], frames["quotes"].iloc[0]
    assert (row["doc_id"], row["start"], row["end"]) == (
        quote.span.doc_id, quote.span.start, quote.span.end,
    )
    assert frames["quotes"]["start"].dtype == "int64"
    summit = frames["summits"].iloc[0]
    assert summit["evidence"][0] == {
        "doc_id": corpus.summits[0].evidence[0].doc_id,
        "start": corpus.summits[0].evidence[0].start,
        "end": corpus.summits[0].evidence[0].end,
    }
    exploded = frames["summits"].explode("evidence")
    assert len(exploded) == sum(len(s.evidence) for s in corpus.summits)


def test_empty_tables_keep_their_columns() -> None:
    """A corpus with no problems still has a problems table with every column."""
    corpus = load_corpus("seeds")
    assert list(corpus.to_pandas()["problems"].columns) == [
        "message", "path", "line", "offset", "error_type", "severity",
    ]
    assert corpus.to_arrow()["problems"].schema.names == [
        "message", "path", "line", "offset", "error_type", "severity",
    ]


@settings(max_examples=40, deadline=None)
@given(ks.extractions())
def test_any_extraction_round_trips(extraction: Extraction) -> None:
    """Drawn records of every kind survive pandas and Arrow."""
    corpus = Corpus.build([extraction])
    assert_round_trip_pandas(corpus)
    for name, table in corpus.to_arrow().items():
        rebuilt = tuple(record_from_row(TABLES[name], row) for row in table.to_pylist())
        assert rebuilt == records(corpus, name)


def test_rows_need_no_dependency() -> None:
    """table_rows gives plain dicts, one per record."""
    corpus = load_corpus("seeds")
    rows = table_rows(corpus)
    assert {name: len(r) for name, (_, r) in rows.items()} == {
        name: len(records(corpus, name)) for name in TABLES
    }


def test_missing_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, to_pandas raises a KjrelError naming the extra."""
    import kjrel.tables

    def missing(name: str) -> object:
        raise ImportError(name)

    monkeypatch.setattr(kjrel.tables.importlib, "import_module", missing)
    with pytest.raises(KjrelError, match=r'pip install "kjrel\[pandas\]"'):
        load_corpus("seeds").to_pandas()
    with pytest.raises(KjrelError, match=r'pip install "kjrel\[arrow\]"'):
        load_corpus("seeds").to_arrow()


def test_export_parquet_writes_one_file_per_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kjrel export --format parquet -o DIR` writes DIR/<table>.parquet, readable by pandas."""
    from kjrel.cli import main

    assert main(["export", "--format", "parquet", "-o", str(tmp_path / "out")]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(f"{name}.parquet" for name in TABLES)
    quotes = pandas.read_parquet(tmp_path / "out" / "quotes.parquet")
    assert len(quotes) == len(load_corpus("seeds").quotes)
    assert capsys.readouterr().out.count("\n") == len(TABLES)


def test_export_parquet_needs_a_directory(capsys: pytest.CaptureFixture[str]) -> None:
    """Parquet cannot go to standard output: a one-line error."""
    from kjrel.cli import main

    assert main(["export", "--format", "parquet"]) == 1
    assert "give a directory with -o" in capsys.readouterr().err
