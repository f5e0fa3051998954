"""The corpus as tables: one per record type, for pandas, Arrow and Parquet.

:func:`table_rows` turns a :class:`~kjrel.corpus.Corpus` into plain rows
(lists of dicts, no dependency); :func:`to_pandas` and :func:`to_arrow`
turn those into ``pandas.DataFrame`` and ``pyarrow.Table``
objects, one per entry of :data:`TABLES`. pandas and pyarrow are optional
(``pip install "kjrel[pandas]"`` or ``"kjrel[arrow]"``); without them
these two functions raise :class:`~kjrel.errors.KjrelError` saying what to
install.

Columns come from the records' attributes, so nothing is lost
(:func:`record_from_row` rebuilds each record from its row):

- a nested record is spread over columns named ``<attribute>_<field>``
  (``place_name``, ``place_country``, ``cue_span_start``); the main span of
  a quote, statement or temporal expression gives plain ``doc_id``,
  ``start`` and ``end``;
- a :class:`~kjrel.models.PartialDate` gives ``<attribute>`` (the ISO value,
  ``"2024-09"``) and ``<attribute>_mod`` (``"END"`` or null);
- enums are their values (``"direct"``), ``datetime.date`` stays a date;
- a tuple is a list: names as a list of strings, evidence as a list of
  ``{doc_id, start, end}``, offices as a list of objects.

One row per record, in the corpus's order: ``len(to_pandas(corpus)["quotes"])
== len(corpus.quotes)``.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import importlib
import math
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs
from attrs import frozen

from kjrel.errors import KjrelError, Problem, SerializationError
from kjrel.models import (
    Agreement,
    Claim,
    Document,
    Entity,
    Leader,
    PartialDate,
    Quote,
    Statement,
    Summit,
    TemporalExpression,
)
from kjrel.serialize import make_converter

if TYPE_CHECKING:
    from kjrel.corpus import Corpus

__all__ = [
    "TABLES",
    "Column",
    "columns",
    "parquet_files",
    "record_from_row",
    "table_rows",
    "to_arrow",
    "to_pandas",
]

TABLES: Mapping[str, type] = {
    "documents": Document,
    "quotes": Quote,
    "statements": Statement,
    "timexes": TemporalExpression,
    "claims": Claim,
    "summits": Summit,
    "agreements": Agreement,
    "entities": Entity,
    "leaders": Leader,
    "problems": Problem,
}
"""Table name to record type, in the order the tables are written."""

_SCALARS: Mapping[type, str] = {str: "string", int: "int", bool: "bool", dt.date: "date"}


@frozen
class Column:
    """One column of a table: where its value sits in the record, and its type."""

    name: str
    """The column's name (``start``, ``place_name``, ``date_mod``)."""
    path: tuple[str, ...]
    """The keys leading to the value in the record's JSON shape (``("place", "name")``)."""
    kind: str
    """``string``, ``int``, ``bool``, ``date`` or ``list`` (a list of strings or objects)."""
    nullable: bool
    """Whether the value may be missing."""
    item: Any = None
    """For a list: the type of its items (``str``, :class:`~kjrel.models.Span`, ...)."""


def _unwrap_optional(kind: Any) -> tuple[Any, bool]:
    args = typing.get_args(kind)
    if typing.get_origin(kind) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [arg for arg in args if arg is not type(None)]
        return rest[0], True
    return kind, False


def _column_kind(kind: Any) -> str:
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return "string"
    if kind in _SCALARS:
        return _SCALARS[kind]
    if typing.get_origin(kind) is tuple:
        return "list"
    raise TypeError(f"no column type for {kind!r}")  # pragma: no cover (a new model field)


@functools.cache
def columns(cls: type, prefix: str = "", path: tuple[str, ...] = (),
            nullable: bool = False) -> tuple[Column, ...]:
    """Return the columns of the table of ``cls`` records (see the module docs)."""
    hints = typing.get_type_hints(cls)
    found: list[Column] = []
    for attribute in attrs.fields(cls):
        kind, optional = _unwrap_optional(hints[attribute.name])
        optional = optional or nullable
        name = f"{prefix}{attribute.name}"
        where = (*path, attribute.name)
        if kind is PartialDate:
            found.append(Column(name, (*where, "value"), "string", optional))
            found.append(Column(f"{name}_mod", (*where, "mod"), "string", True))
        elif attrs.has(kind):
            inner = "" if not path and attribute.name == "span" else f"{name}_"
            found.extend(columns(kind, inner, where, optional))
        else:
            item = typing.get_args(kind)[0] if typing.get_origin(kind) is tuple else None
            found.append(Column(name, where, _column_kind(kind), optional, item))
    return tuple(found)


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if data is None:
            return None
        data = data[key]
    return data


def _row(record: Any, table: Sequence[Column], converter: Any) -> dict[str, Any]:
    data = converter.unstructure(record)
    row = {column.name: _get(data, column.path) for column in table}
    for column in table:
        if column.kind == "date" and row[column.name] is not None:
            row[column.name] = dt.date.fromisoformat(row[column.name])
    return row


def _records(corpus: Corpus, name: str) -> Sequence[Any]:
    return tuple(getattr(corpus, name))


def table_rows(corpus: Corpus) -> dict[str, tuple[tuple[Column, ...], list[dict[str, Any]]]]:
    """Return, for each table of :data:`TABLES`, its columns and one row per record."""
    converter = make_converter()
    result = {}
    for name, cls in TABLES.items():
        table = columns(cls)
        result[name] = (table, [_row(r, table, converter) for r in _records(corpus, name)])
    return result


def _plain(value: Any) -> Any:
    """Turn pandas and numpy values into Python ones (NA to None, int64 to int)."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return _plain(value.tolist())
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


@functools.cache
def _converter() -> Any:
    """Return the converter of :func:`record_from_row`, made once."""
    return make_converter()


def record_from_row(cls: type, row: Mapping[str, Any]) -> Any:
    """Rebuild a ``cls`` record from its row (from :func:`table_rows`, pandas or Arrow).

    The inverse of the table's columns: every attribute comes back, so a
    record and its rebuilt copy are equal.

    :raises SerializationError: if the row does not describe a valid record.
    """
    data: dict[str, Any] = {}
    table = columns(cls)
    for column in table:
        value = _plain(row[column.name])
        if column.kind == "date" and isinstance(value, dt.date):
            value = value.isoformat()
        target = data
        for key in column.path[:-1]:
            target = target.setdefault(key, {})
        target[column.path[-1]] = value
    try:
        return _converter().structure(_prune(data, cls), cls)
    except Exception as error:
        raise SerializationError(f"not a valid {cls.__name__} row: {error}") from error


def _prune(data: dict[str, Any], cls: type) -> dict[str, Any]:
    """Turn a nested optional record whose values are all null back into null."""
    hints = typing.get_type_hints(cls)
    for key, value in data.items():
        if isinstance(value, dict):
            kind, _ = _unwrap_optional(hints[key])
            if kind is not PartialDate and attrs.has(kind):
                data[key] = _prune(value, kind)
            if all(item is None for item in value.values()) or (
                kind is PartialDate and value.get("value") is None
            ):
                data[key] = None
    return data


def _optional_module(name: str, extra: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise KjrelError(
            f"this needs {name}, which is not installed: pip install \"kjrel[{extra}]\""
        ) from error


_PANDAS_DTYPES: Mapping[tuple[str, bool], str] = {
    ("int", False): "int64",
    ("int", True): "Int64",
    ("bool", False): "bool",
    ("bool", True): "boolean",
}


def to_pandas(corpus: Corpus) -> dict[str, Any]:
    """Return one ``pandas.DataFrame`` per table of :data:`TABLES`.

    Integers are ``int64`` (``Int64`` where they may be missing); strings,
    dates (``datetime.date``) and lists are objects.

    :raises KjrelError: if pandas is not installed.
    """
    pandas = _optional_module("pandas", "pandas")
    frames = {}
    for name, (table, rows) in table_rows(corpus).items():
        data = {
            column.name: pandas.Series(
                [row[column.name] for row in rows],
                dtype=_PANDAS_DTYPES.get((column.kind, column.nullable), "object"),
            )
            for column in table
        }
        frames[name] = pandas.DataFrame(data, columns=[column.name for column in table])
    return frames


def _arrow_type(pa: Any, kind: Any) -> Any:
    """Return the Arrow type of a value of Python type ``kind`` in its JSON shape."""
    kind, _ = _unwrap_optional(kind)
    if typing.get_origin(kind) is tuple:
        return pa.list_(_arrow_type(pa, typing.get_args(kind)[0]))
    if kind is PartialDate:
        return pa.struct([("value", pa.string()), ("mod", pa.string())])
    if attrs.has(kind):
        hints = typing.get_type_hints(kind)
        return pa.struct([(f.name, _arrow_type(pa, hints[f.name])) for f in attrs.fields(kind)])
    simple: dict[str, Callable[[], Any]] = {"int": pa.int64, "bool": pa.bool_}
    return simple.get(_column_kind(kind), pa.string)()


def _arrow_schema(pa: Any, table: Sequence[Column]) -> Any:
    fields = []
    for column in table:
        if column.kind == "list":
            kind = pa.list_(_arrow_type(pa, column.item))
        else:
            kind = {"int": pa.int64, "bool": pa.bool_, "date": pa.date32}.get(
                column.kind, pa.string
            )()
        fields.append(pa.field(column.name, kind, nullable=column.nullable))
    return pa.schema(fields)


def to_arrow(corpus: Corpus) -> dict[str, Any]:
    """Return one ``pyarrow.Table`` per table of :data:`TABLES`, with a fixed schema.

    Dates are ``date32``; lists of names are ``list<string>``; evidence is
    ``list<struct<doc_id, start, end>>`` (nested records inside lists keep
    their JSON shape: dates as ISO strings). Empty tables keep their columns.

    :raises KjrelError: if pyarrow is not installed.
    """
    pa = _optional_module("pyarrow", "arrow")
    return {
        name: pa.Table.from_pylist(rows, schema=_arrow_schema(pa, table))
        for name, (table, rows) in table_rows(corpus).items()
    }


def parquet_files(corpus: Corpus) -> dict[str, bytes]:
    """Return ``{"<table>.parquet": bytes}``: each table of :func:`to_arrow` as Parquet.

    ``kjrel export --format parquet -o DIR`` writes these files into ``DIR``;
    ``pandas.read_parquet("DIR/quotes.parquet")`` or R's
    ``arrow::read_parquet`` read one back.

    :raises KjrelError: if pyarrow is not installed.
    """
    pa = _optional_module("pyarrow", "arrow")
    parquet = _optional_module("pyarrow.parquet", "arrow")
    files = {}
    for name, table in to_arrow(corpus).items():
        sink = pa.BufferOutputStream()
        parquet.write_table(table, sink)
        files[f"{name}.parquet"] = sink.getvalue().to_pybytes()
    return files
