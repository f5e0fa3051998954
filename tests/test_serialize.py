"""Tests for kjrel.serialize: lossless round trips and strict, clear import errors."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import strategies as ks
from kjrel.corpus import Corpus
from kjrel.errors import Problem, SerializationError
from kjrel.loader import load
from kjrel.models import (
    Agreement,
    Claim,
    Document,
    Entity,
    Extraction,
    Leader,
    Mod,
    Office,
    PartialDate,
    Place,
    Quote,
    QuoteKind,
    Span,
    Statement,
    Summit,
    TemporalExpression,
)
from kjrel.serialize import (
    CSV_COLUMNS,
    EXPORT_SCHEMA,
    CorpusExport,
    export_csv,
    export_json,
    export_jsonl,
    from_json,
    import_json,
    import_jsonl,
    make_converter,
    to_json,
)

MODELS: list[tuple[type[Any], st.SearchStrategy[Any]]] = [
    (Span, ks.spans()),
    (PartialDate, ks.partial_dates()),
    (Place, ks.places()),
    (Office, ks.offices()),
    (Leader, ks.leaders()),
    (Entity, ks.entities()),
    (Quote, ks.quotes()),
    (Statement, ks.statements()),
    (TemporalExpression, ks.timexes()),
    (Summit, ks.summits()),
    (Agreement, ks.agreements()),
    (Claim, ks.claims()),
    (Document, ks.documents()),
    (Extraction, ks.extractions()),
    (Problem, ks.problems()),
]


@pytest.mark.parametrize(("cls", "strategy"), MODELS, ids=[m[0].__name__ for m in MODELS])
def test_round_trip_every_model(cls: type[Any], strategy: st.SearchStrategy[Any]) -> None:
    """from_json(to_json(x)) == x for every model, on generated instances."""

    @settings(max_examples=60, deadline=None)
    @given(strategy)
    def check(value: Any) -> None:
        text = to_json(value)
        assert from_json(text, cls) == value
        assert to_json(from_json(text, cls)) == text

    check()


@settings(max_examples=30, deadline=None)
@given(st.lists(ks.quotes(), max_size=4).map(tuple))
def test_round_trip_tuples(quotes: tuple[Quote, ...]) -> None:
    """Tuples of records round-trip too."""
    assert from_json(to_json(quotes), tuple[Quote, ...]) == quotes


def unique_extractions() -> st.SearchStrategy[list[Extraction]]:
    return st.lists(ks.extractions(), max_size=3, unique_by=lambda e: e.document.id)


@settings(max_examples=40, deadline=None)
@given(unique_extractions(), st.lists(ks.problems(), max_size=2))
def test_export_import_is_the_identity(
    extractions: list[Extraction], problems: list[Problem]
) -> None:
    """import_json(export_json(c)) holds every record, and writes the same bytes back."""
    corpus = Corpus.build(extractions, problems=problems)
    text = export_json(corpus)
    imported = import_json(text)
    assert imported == CorpusExport.from_corpus(corpus)
    assert imported.to_json() == text
    assert import_jsonl(export_jsonl(corpus)) == imported


def test_seed_export_round_trip() -> None:
    """The seed corpus exports and imports without loss."""
    corpus = load()
    text = export_json(corpus)
    data = json.loads(text)
    assert list(data) == [
        "schema", "documents", "quotes", "statements", "timexes", "claims", "summits",
        "agreements", "entities", "leaders", "problems",
    ]
    assert data["schema"] == EXPORT_SCHEMA
    assert text.endswith("}\n")
    assert import_json(text).to_json() == text
    assert import_json(text.encode("utf-8")).to_json() == text


def test_value_shapes() -> None:
    """Dates are ISO strings, enums values, partial dates {value, mod}, tuples arrays."""
    converter = make_converter()
    assert converter is not make_converter()
    assert converter.unstructure(PartialDate(2024, 9, mod=Mod.END)) == {
        "value": "2024-09", "mod": "END"
    }
    quote = Quote(Span("a", 1, 4), "abc", QuoteKind.PARTIAL, None)
    assert json.loads(to_json(quote)) == {
        "span": {"doc_id": "a", "start": 1, "end": 4}, "text": "abc", "kind": "partial",
        "speaker": None, "cue": None, "cue_span": None, "speaker_span": None,
    }
    document = Document("a", "é\r\n\ufeff", dt.date(2024, 9, 7))
    assert '"text": "é\\r\\n\ufeff"' in to_json(document)
    assert '"published": "2024-09-07"' in to_json(document)


# --------------------------------------------------------------------------
# Bad JSON: every problem named with its JSON path
# --------------------------------------------------------------------------

SPAN = {"doc_id": "a", "start": 1, "end": 2}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({**SPAN, "extra": 1}, "not a valid Span: unknown field(s) extra @ $"),
        ({"doc_id": "a", "start": 1}, "not a valid Span: required field missing @ $.end"),
        ({**SPAN, "start": "1"},
         "not a valid Span: invalid value: expected an integer, got a string @ $.start"),
        ({**SPAN, "start": True},
         "not a valid Span: invalid value: expected an integer, got a boolean @ $.start"),
        ({**SPAN, "start": 1.0},
         "not a valid Span: invalid value: expected an integer, got a number @ $.start"),
        ({**SPAN, "doc_id": None},
         "not a valid Span: invalid value: expected a string, got null @ $.doc_id"),
        ({**SPAN, "start": 5},
         "not a valid Span: invalid value: span end 2 is before its start 5 @ $"),
        ({**SPAN, "start": -1},
         "not a valid Span: invalid value: span start must be >= 0, got -1 @ $"),
        ([1, 2], "not a valid Span: invalid value: expected an object, got an array @ $"),
        ("a", "not a valid Span: invalid value: expected an object, got a string @ $"),
    ],
)
def test_bad_span(data: Any, message: str) -> None:
    """Unknown, missing and mistyped fields are errors, never coerced."""
    with pytest.raises(SerializationError) as info:
        from_json(json.dumps(data), Span, path="in.json")
    assert str(info.value) == f"in.json: {message}"


def test_nested_errors_are_all_listed() -> None:
    """Every problem of a nested record is listed with its path."""
    data = {
        "span": {"doc_id": "a", "start": 0, "end": 1},
        "text": 5,
        "kind": "indirect",
        "speaker": None,
        "cue_span": {"doc_id": "a", "start": 0},
        "speaker_span": "here",
    }
    with pytest.raises(SerializationError) as info:
        from_json(json.dumps(data), Quote)
    assert str(info.value) == (
        "not a valid Quote: invalid value: expected a string, got an integer @ $.text;"
        " invalid value: 'indirect' is not a valid QuoteKind @ $.kind;"
        " required field missing @ $.cue_span.end;"
        " invalid value: expected an object, got a string @ $.speaker_span"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("2024-09", "invalid value: expected an object {\"value\": \"YYYY[-MM[-DD]]\", \"mod\":"
                    " ...}, got a string @ $"),
        ({"value": "2024-9"}, "invalid value: expected YYYY, YYYY-MM or YYYY-MM-DD,"
                              " got '2024-9' @ $"),
        ({"value": "2023-02-29"}, "invalid value: day must be between 1 and 28 for 2023-02,"
                                  " got 29 @ $"),
        ({"value": "2024", "mod": "LATE"}, "invalid value: 'LATE' is not a valid Mod"
                                           " @ $"),
        ({"value": "2024", "day": 1}, "unknown field(s) day @ $"),
        ({"mod": None}, "required field missing @ $"),
    ],
)
def test_bad_partial_date(data: Any, message: str) -> None:
    """Partial dates must be exactly {value, mod} with a valid ISO value."""
    with pytest.raises(SerializationError) as info:
        from_json(json.dumps(data), PartialDate)
    assert str(info.value) == f"not a valid PartialDate: {message}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "x.json:1: invalid JSON: Expecting property name enclosed in double quotes at"
              " line 1, column 2"),
        ('{"doc_id": "a",\n "start": 1, "start": 2, "end": 3}',
         "x.json: invalid JSON: duplicate key 'start' in one object"),
        ('{"doc_id": "a", "start": NaN, "end": 3}', "x.json: invalid JSON: NaN is not allowed"),
        ('{"doc_id": "a", "start": Infinity, "end": 3}',
         "x.json: invalid JSON: Infinity is not allowed"),
        ("", "x.json:1: invalid JSON: Expecting value at line 1, column 1"),
        ("[" * 100_000 + "]" * 100_000, "x.json: invalid JSON: nested too deeply"),
    ],
)
def test_bad_json_text(text: str, message: str) -> None:
    """Syntax errors, duplicate keys, NaN and deep nesting are clear errors."""
    with pytest.raises(SerializationError) as info:
        from_json(text, Span, path="x.json")
    assert str(info.value) == message


def test_bad_utf8_bytes() -> None:
    """JSON given as bytes must be UTF-8; the byte offset is named."""
    with pytest.raises(SerializationError) as info:
        from_json(b'{"doc_id": "\xff"}', Span, path="x.json")
    assert str(info.value) == "x.json@12: not valid UTF-8 at byte offset 12; expected UTF-8 JSON"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "expected a JSON object with \"schema\": \"kjrel/1\" at $, got an array"),
        ({}, "missing \"schema\" at $ (expected \"kjrel/1\")"),
        ({"schema": "kjrel/2"}, "unsupported schema 'kjrel/2' at $ (this kjrel reads \"kjrel/1\")"),
        ({"schema": 1}, "unsupported schema 1 at $ (this kjrel reads \"kjrel/1\")"),
        ({"schema": "kjrel/1", "quotes": [{}], "summary": 1},
         "not a valid CorpusExport: required field missing @ $.quotes[0].span; required field"
         " missing @ $.quotes[0].text; required field missing @ $.quotes[0].kind; required"
         " field missing @ $.quotes[0].speaker; unknown field(s) summary @ $"),
        ({"schema": "kjrel/1", "documents": {"a": 1}},
         "not a valid CorpusExport: invalid value: expected an array, got an object"
         " @ $.documents"),
    ],
)
def test_bad_export(data: Any, message: str) -> None:
    """Imports check the schema version and every record."""
    with pytest.raises(SerializationError) as info:
        import_json(json.dumps(data))
    assert str(info.value) == message


def test_text_less_export_cannot_be_imported() -> None:
    """include_text=False drops the text; importing that says what is missing."""
    text = export_json(load(), include_text=False)
    assert '"text"' not in text.split('"quotes"')[0]
    with pytest.raises(SerializationError) as info:
        import_json(text, path="out.json")
    assert "required field missing @ $.documents[0].text" in str(info.value)
    assert str(info.value).startswith("out.json: not a valid CorpusExport:")


# --------------------------------------------------------------------------
# JSON Lines and CSV
# --------------------------------------------------------------------------


def test_jsonl_shape() -> None:
    """One record per line, each with the schema and its type."""
    corpus = load()
    lines = export_jsonl(corpus).splitlines()
    records = [json.loads(line) for line in lines]
    assert all(list(r) == ["schema", "type", "record"] for r in records)
    assert all(r["schema"] == EXPORT_SCHEMA for r in records)
    types = [r["type"] for r in records]
    assert types[:2] == ["document", "document"]
    assert types.count("document") == 2


def test_jsonl_errors_name_the_line() -> None:
    """A bad line in JSON Lines is named by its number."""
    good = export_jsonl(load()).splitlines()[0]
    bad = '{"schema": "kjrel/1", "type": "gossip", "record": {}}'
    with pytest.raises(SerializationError) as info:
        import_jsonl(good + "\n\n" + bad + "\n", path="x.jsonl")
    assert str(info.value) == (
        "x.jsonl:3: unknown record type 'gossip' @ $.type (expected one of: document, quote,"
        " statement, timex, claim, summit, agreement, entity, leader, problem)"
    )
    with pytest.raises(SerializationError) as info:
        import_jsonl('{"schema": "kjrel/1", "type": "quote", "record": {"text": 1}}',
                     path="x.jsonl")
    assert str(info.value).startswith(
        "x.jsonl:1: not a valid Quote: required field missing @ $.record.span;"
    )


def test_csv_table() -> None:
    """export_csv writes one header and rows whose cells match the records."""
    span = Span("d1", 4, 9)
    document = Document("d1", 'Say "a,b\nc" now.', dt.date(2024, 9, 7), title="T")
    quote = Quote(Span("d1", 5, 10), 'a,b\nc', QuoteKind.DIRECT, None, "said", span)
    corpus = Corpus.build([Extraction(document, quotes=(quote,))],
                          problems=[Problem("p: broken", "p", 3, None, "ManifestError")])
    rows = list(csv.DictReader(io.StringIO(export_csv(corpus), newline="")))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [r["record"] for r in rows] == ["document", "quote", "problem"]
    assert rows[0]["title"] == "T" and rows[0]["value"] == "2024-09-07"
    assert rows[1] == {
        **dict.fromkeys(CSV_COLUMNS, ""), "record": "quote", "id": "quote-1", "doc_id": "d1",
        "start": "5", "end": "10", "text": "a,b\nc", "name": "(unnamed)", "cue": "said",
        "kind": "direct",
    }
    assert rows[2]["detail"] == "p: broken"


def test_csv_of_seeds_is_rectangular() -> None:
    """Every row of the seed export has every column."""
    text = export_csv(load())
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(CSV_COLUMNS)
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)


def test_every_model_has_a_strategy() -> None:
    """Each attrs record of kjrel.models is covered by the round-trip test above."""
    import attrs

    import kjrel.models

    records = {
        getattr(kjrel.models, name) for name in kjrel.models.__all__
        if attrs.has(getattr(kjrel.models, name))
    }
    assert records <= {cls for cls, _strategy in MODELS}
