"""JSON, JSON Lines and CSV at the edge, through one explicit cattrs converter.

The models know nothing of JSON. :func:`make_converter` builds the
converter (there is no hidden global one); :func:`to_json` and
:func:`from_json` turn any kjrel record into JSON and back, and
:func:`export_json`, :func:`export_jsonl`, :func:`export_csv` and
:func:`import_json` write and read a whole corpus.

How values are written:

- dates as ISO strings (``"2024-09-07"``);
- enums as their values (``"direct"``, ``"head-of-state"``);
- tuples as arrays; ``None`` as ``null``;
- :class:`~kjrel.models.PartialDate` as ``{"value": "2024-09", "mod": "END"}``
  (the ISO value at its precision, and the TIMEX3 modifier or ``null``);
- records as objects whose keys are the attribute names, in the order the
  classes declare them.

Reading is strict: an unknown key, a missing required key, a value of the
wrong type (``"1"`` where an integer is expected, a string where an array
is), an impossible value (a span that ends before it starts, a
``2024-02-30``), a duplicate key in one object, ``NaN`` or an unsupported
schema is a :class:`~kjrel.errors.SerializationError` listing every
problem with its JSON path (``$.quotes[3].span.end``); no half-built object
is ever returned.

Output is deterministic: fixed key order, records in corpus order (articles
in manifest order, then text order; merged records in the corpus's sorted
order), ``ensure_ascii=False``, and nothing depends on hash order, so the
same corpus gives byte-identical output whatever ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from attrs import field, frozen
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from kjrel.corpus import Corpus
from kjrel.errors import Problem, SerializationError
from kjrel.models import (
    Agreement,
    Claim,
    Document,
    Entity,
    Leader,
    Mod,
    PartialDate,
    Quote,
    Span,
    Statement,
    Summit,
    TemporalExpression,
)

__all__ = [
    "CSV_COLUMNS",
    "EXPORT_SCHEMA",
    "CorpusExport",
    "export_csv",
    "export_json",
    "export_jsonl",
    "from_json",
    "import_json",
    "import_jsonl",
    "make_converter",
    "parse_json",
    "structure_record",
    "to_json",
]

T = TypeVar("T")

EXPORT_SCHEMA = "kjrel/1"
"""The schema version written in every export and required on import."""

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


# --------------------------------------------------------------------------
# The converter
# --------------------------------------------------------------------------


def _strict(kind: type[Any], name: str) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _type: Any) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {name}, got {_json_type(value)}")
        return value

    return structure


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _structure_date(value: Any, _type: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected a date string YYYY-MM-DD, got {_json_type(value)}")
    if not _ISO_DAY.match(value):
        raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")
    return dt.date.fromisoformat(value)


def _unstructure_partial_date(value: PartialDate) -> dict[str, Any]:
    return {"value": value.isoformat(), "mod": None if value.mod is None else value.mod.value}


def _structure_partial_date(value: Any, _type: Any) -> PartialDate:
    if not isinstance(value, dict):
        raise TypeError(
            f"expected an object {{\"value\": \"YYYY[-MM[-DD]]\", \"mod\": ...}},"
            f" got {_json_type(value)}"
        )
    extra = set(value) - {"value", "mod"}
    if extra:
        raise ForbiddenExtraKeysError("", PartialDate, extra)
    if "value" not in value:
        raise KeyError("value")
    iso = value["value"]
    if not isinstance(iso, str):
        raise TypeError(f"expected 'value' to be a string, got {_json_type(iso)}")
    mod = value.get("mod")
    if mod is not None and not isinstance(mod, str):
        raise TypeError(f"expected 'mod' to be a string or null, got {_json_type(mod)}")
    parsed = PartialDate.parse(iso)
    if parsed.isoformat() != iso:
        raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {iso!r}")
    return attrs.evolve(parsed, mod=None if mod is None else Mod(mod))


def _is_homogeneous_tuple(kind: Any) -> bool:
    args = typing.get_args(kind)
    return typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_factory(kind: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    item_type = typing.get_args(kind)[0]
    item_hook = converter.get_structure_hook(item_type)

    def structure(value: Any, _type: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected an array, got {_json_type(value)}")
        items: list[Any] = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(item_hook(item, item_type))
            except Exception as error:
                error.__notes__ = [
                    *getattr(error, "__notes__", []),
                    IterableValidationNote(f"Structuring item @ index {index}", index, item_type),
                ]
                errors.append(error)
        if errors:
            raise IterableValidationError(f"While structuring {kind!r}", errors, kind)
        return tuple(items)

    return structure


def _attrs_factory(kind: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    inner = make_dict_structure_fn(
        kind, converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )

    def structure(value: Any, _type: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {_json_type(value)}")
        try:
            return inner(value, kind)
        except (ValueError, TypeError) as error:
            # attrs validators reject impossible values (a span ending
            # before its start); report them like any other field error.
            raise ClassValidationError(
                f"While structuring {kind.__name__}", [error], kind
            ) from error

    return structure


def make_converter() -> cattrs.Converter:
    """Return a new converter configured for kjrel's JSON shapes (see the module docs).

    Structuring with it is strict: unknown keys are forbidden, primitive
    types are checked (no ``"1"`` for ``1``, no ``true`` for ``1``, no string
    for an array), and every error is collected with its path.
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook(int, _strict(int, "an integer"))
    converter.register_structure_hook(bool, _strict(bool, "a boolean"))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(PartialDate, _unstructure_partial_date)
    converter.register_structure_hook(PartialDate, _structure_partial_date)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_factory)
    converter.register_structure_hook_factory(
        lambda kind: attrs.has(kind) and kind is not PartialDate, _attrs_factory
    )
    return converter


# --------------------------------------------------------------------------
# Records to JSON and back
# --------------------------------------------------------------------------


def _dumps(data: Any, *, indent: int | None) -> str:
    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(
        data, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    )


def to_json(obj: Any, *, indent: int | None = 2, converter: cattrs.Converter | None = None) -> str:
    """Return ``obj`` (any kjrel record, or a tuple or list of them) as JSON text."""
    converter = converter or make_converter()
    return _dumps(converter.unstructure(obj), indent=indent)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r} in one object")
        result[key] = value
    return result


def _loads(text: str | bytes, path: str | None) -> Any:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise SerializationError(
                f"not valid UTF-8 at byte offset {error.start}; expected UTF-8 JSON",
                path=path,
                offset=error.start,
            ) from error
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as error:
        raise SerializationError(
            f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}",
            path=path,
            line=error.lineno,
        ) from error
    except ValueError as error:
        raise SerializationError(f"invalid JSON: {error}", path=path) from error
    except RecursionError as error:
        raise SerializationError(
            "invalid JSON: nested too deeply", path=path
        ) from error


def _format_exception(error: BaseException, _kind: type | None) -> str:
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, ForbiddenExtraKeysError):
        return f"unknown field(s) {', '.join(sorted(error.extra_fields))}"
    if isinstance(error, ValueError | TypeError):
        return f"invalid value: {error}"
    return f"invalid value: {type(error).__name__}: {error}"


def _structure(data: Any, cls: Any, converter: cattrs.Converter, path: str | None,
               root: str = "$") -> Any:
    try:
        return converter.structure(data, cls)
    except RecursionError as error:
        raise SerializationError("nested too deeply", path=path) from error
    except MemoryError:
        raise
    except Exception as error:
        messages = cattrs.transform_error(error, path=root, format_exception=_format_exception)
        name = getattr(cls, "__name__", repr(cls))
        raise SerializationError(
            f"not a valid {name}: {'; '.join(messages)}", path=path
        ) from error


def parse_json(text: str | bytes, *, path: str | None = None) -> Any:
    """Parse JSON text strictly (no duplicate keys, no ``NaN``) into Python values.

    :raises SerializationError: on invalid JSON, naming ``path``.
    """
    return _loads(text, path)


def structure_record(
    data: Any,
    cls: type[T],
    *,
    path: str | None = None,
    root: str = "$",
    converter: cattrs.Converter | None = None,
) -> T:
    """Build a ``cls`` record from parsed JSON ``data``, as strictly as :func:`from_json`.

    :param root: the JSON path of ``data`` in its document, for messages.
    :raises SerializationError: listing every field that does not fit.
    """
    result: T = _structure(data, cls, converter or make_converter(), path, root)
    return result


def from_json(
    text: str | bytes,
    cls: type[T],
    *,
    path: str | None = None,
    converter: cattrs.Converter | None = None,
) -> T:
    """Read a ``cls`` record (or ``tuple[Record, ...]``) from JSON text.

    :param path: the file the text came from, for error messages.
    :raises SerializationError: on invalid JSON or any field that does not
        fit (each problem listed with its JSON path).
    """
    converter = converter or make_converter()
    result: T = _structure(_loads(text, path), cls, converter, path)
    return result


# --------------------------------------------------------------------------
# Corpus export
# --------------------------------------------------------------------------


@frozen
class CorpusExport:
    """Everything :func:`export_json` writes: the records of one corpus.

    :func:`import_json` returns one of these; ``export_json`` of a corpus
    and :meth:`to_json` of its import are byte-identical.
    """

    schema: str = field(default=EXPORT_SCHEMA)
    """The schema version, ``"kjrel/1"``."""
    documents: tuple[Document, ...] = ()
    """The articles (metadata and text), in manifest order."""
    quotes: tuple[Quote, ...] = ()
    """Every quote, by article then text order."""
    statements: tuple[Statement, ...] = ()
    """Every reported statement, by article then text order."""
    timexes: tuple[TemporalExpression, ...] = ()
    """Every temporal expression, by article then text order."""
    claims: tuple[Claim, ...] = ()
    """Every dated claim about a person, by article then text order."""
    summits: tuple[Summit, ...] = ()
    """Meetings, merged across articles, in chronological order."""
    agreements: tuple[Agreement, ...] = ()
    """Agreements, merged across articles, in chronological order."""
    entities: tuple[Entity, ...] = ()
    """Speakers and participants, merged across articles, by name."""
    leaders: tuple[Leader, ...] = ()
    """Gazetteer records of the leaders the articles name, by name."""
    problems: tuple[Problem, ...] = ()
    """Problems recorded while loading (``strict=False``)."""

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> CorpusExport:
        """Collect the records of ``corpus``."""
        return cls(
            schema=EXPORT_SCHEMA,
            documents=corpus.documents,
            quotes=corpus.quotes,
            statements=corpus.statements,
            timexes=corpus.timexes,
            claims=corpus.claims,
            summits=corpus.summits,
            agreements=corpus.agreements,
            entities=corpus.entities,
            leaders=corpus.leaders,
            problems=corpus.problems,
        )

    def to_json(self, *, include_text: bool = True) -> str:
        """Return the export as JSON text (what :func:`export_json` writes)."""
        data = make_converter().unstructure(self)
        if not include_text:
            for document in data["documents"]:
                del document["text"]
        return _dumps(data, indent=2) + "\n"


_RECORD_TYPES: tuple[tuple[str, str, type], ...] = (
    ("document", "documents", Document),
    ("quote", "quotes", Quote),
    ("statement", "statements", Statement),
    ("timex", "timexes", TemporalExpression),
    ("claim", "claims", Claim),
    ("summit", "summits", Summit),
    ("agreement", "agreements", Agreement),
    ("entity", "entities", Entity),
    ("leader", "leaders", Leader),
    ("problem", "problems", Problem),
)


def export_json(corpus: Corpus, *, include_text: bool = True) -> str:
    """Return every record of ``corpus`` as one JSON document.

    The document is an object: ``"schema": "kjrel/1"``, then ``documents``,
    ``quotes``, ``statements``, ``timexes``, ``claims``, ``summits``,
    ``agreements``, ``entities``, ``leaders`` and ``problems`` (arrays of
    records; see :class:`CorpusExport`). It ends with a newline.

    :param include_text: write each article's text (needed by
        :func:`import_json`; leave it out for a smaller file to read elsewhere).
    """
    return CorpusExport.from_corpus(corpus).to_json(include_text=include_text)


def import_json(text: str | bytes, *, path: str | None = None) -> CorpusExport:
    """Read what :func:`export_json` wrote (with the articles' text).

    :param path: the file the text came from, for error messages.
    :raises SerializationError: on invalid JSON, a missing or unsupported
        ``schema``, or any record that does not fit (with its JSON path).
    """
    data = _loads(text, path)
    _check_schema(data, path, "$")
    result: CorpusExport = _structure(data, CorpusExport, make_converter(), path)
    return result


def _check_schema(data: Any, path: str | None, where: str) -> None:
    if not isinstance(data, dict):
        raise SerializationError(
            f"expected a JSON object with \"schema\": \"{EXPORT_SCHEMA}\" at {where},"
            f" got {_json_type(data)}",
            path=path,
        )
    if "schema" not in data:
        raise SerializationError(
            f"missing \"schema\" at {where} (expected \"{EXPORT_SCHEMA}\")", path=path
        )
    if data["schema"] != EXPORT_SCHEMA:
        raise SerializationError(
            f"unsupported schema {data['schema']!r} at {where} (this kjrel reads"
            f" \"{EXPORT_SCHEMA}\")",
            path=path,
        )


def export_jsonl(corpus: Corpus) -> str:
    """Return every record of ``corpus`` as JSON Lines: one record per line.

    Each line is ``{"schema": "kjrel/1", "type": TYPE, "record": {...}}``
    where ``TYPE`` is ``document``, ``quote``, ``statement``, ``timex``,
    ``claim``, ``summit``, ``agreement``, ``entity``, ``leader`` or
    ``problem`` and ``record`` is the record as :func:`to_json` writes it.
    Lines come in that order of types, each type in corpus order.
    """
    export = CorpusExport.from_corpus(corpus)
    converter = make_converter()
    lines = []
    for type_name, attribute, _cls in _RECORD_TYPES:
        for record in getattr(export, attribute):
            lines.append(_dumps(
                {"schema": EXPORT_SCHEMA, "type": type_name,
                 "record": converter.unstructure(record)},
                indent=None,
            ))
    return "".join(line + "\n" for line in lines)


def import_jsonl(text: str | bytes, *, path: str | None = None) -> CorpusExport:
    """Read what :func:`export_jsonl` wrote.

    :raises SerializationError: naming the line of the first bad record.
    """
    if isinstance(text, bytes):
        text = _loads_text(text, path)
    by_type = {type_name: (attribute, cls) for type_name, attribute, cls in _RECORD_TYPES}
    collected: dict[str, list[Any]] = {attribute: [] for _t, attribute, _c in _RECORD_TYPES}
    converter = make_converter()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = _loads(line, path)
            _check_schema(data, path, "$")
            extra = set(data) - {"schema", "type", "record"}
            if extra:
                raise SerializationError(
                    f"unknown field(s) {', '.join(sorted(extra))} @ $", path=path
                )
            type_name = data.get("type")
            if type_name not in by_type:
                raise SerializationError(
                    f"unknown record type {type_name!r} @ $.type (expected one of:"
                    f" {', '.join(by_type)})",
                    path=path,
                )
            if "record" not in data:
                raise SerializationError("required field missing @ $.record", path=path)
            attribute, cls = by_type[type_name]
            collected[attribute].append(
                _structure(data["record"], cls, converter, path, root="$.record")
            )
        except SerializationError as error:
            raise SerializationError(error.message, path=path, line=number) from error
    return CorpusExport(
        EXPORT_SCHEMA, **{attribute: tuple(items) for attribute, items in collected.items()}
    )


def _loads_text(data: bytes, path: str | None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SerializationError(
            f"not valid UTF-8 at byte offset {error.start}", path=path, offset=error.start
        ) from error


CSV_COLUMNS = (
    "record",
    "id",
    "doc_id",
    "start",
    "end",
    "text",
    "name",
    "cue",
    "kind",
    "value",
    "mod",
    "status",
    "title",
    "place",
    "detail",
    "reference_id",
)
"""The columns of :func:`export_csv`, in order."""


def export_csv(corpus: Corpus) -> str:
    """Return every record of ``corpus`` as one flat CSV table (RFC 4180).

    One row per record, or per evidence span for summits and agreements
    (which carry one span per sentence that reports them); see
    :data:`CSV_COLUMNS`. ``id`` is the record's type and its 1-based number
    within the type (``quote-3``), shared by the rows of one summit or
    agreement; ``text`` is the text the span covers; names in a list are
    joined with ``"; "``, an unnamed speaker shown as ``(unnamed)``;
    cells that do not apply are empty. The column meanings by record:

    ========== ====================== ============================================
    record     name                   other columns
    ========== ====================== ============================================
    document   outlet                 value = published, title, detail = path
    quote      speaker                cue, kind (direct/partial)
    statement  speakers               cue
    timex                             kind (TIMEX3 type), value, mod
    claim      subject                kind, value, mod
    summit     participants           kind, value = date, mod, status, place,
                                      detail = occasion and ordinal, reference_id
    agreement  parties                title, kind, value = date, mod, status,
                                      reference_id
    entity     name                   kind, value = country, detail = description
    leader     name                   value = country
    problem                           detail = the message (file and line in it)
    ========== ====================== ============================================
    """
    export = CorpusExport.from_corpus(corpus)
    texts = {document.id: document.text for document in export.documents}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in _csv_rows(export, texts):
        writer.writerow([row.get(column, "") for column in CSV_COLUMNS])
    return buffer.getvalue()


def _span_cells(span: Span, texts: Mapping[str, str]) -> dict[str, Any]:
    text = texts.get(span.doc_id, "")
    return {"doc_id": span.doc_id, "start": span.start, "end": span.end,
            "text": span.slice(text)}


def _names(names: Iterable[str | None]) -> str:
    return "; ".join(name if name is not None else "(unnamed)" for name in names)


def _date_cells(date: PartialDate | None) -> dict[str, Any]:
    if date is None:
        return {}
    return {"value": date.isoformat(), "mod": date.mod.value if date.mod else ""}


def _event_rows(export: CorpusExport, texts: Mapping[str, str]) -> Iterable[dict[str, Any]]:
    """Rows of summits and agreements: one per evidence span."""
    for n, summit in enumerate(export.summits, 1):
        details = [part for part in (
            summit.occasion or "",
            f"ordinal {summit.ordinal}" if summit.ordinal is not None else "",
        ) if part]
        base = {"record": "summit", "id": f"summit-{n}", "name": _names(summit.participants),
                "kind": summit.kind.value, **_date_cells(summit.date),
                "status": summit.status.value,
                "place": summit.place.name if summit.place else "",
                "detail": "; ".join(details), "reference_id": summit.reference_id or ""}
        for span in summit.evidence or (None,):
            yield {**base, **(_span_cells(span, texts) if span else {})}
    for n, agreement in enumerate(export.agreements, 1):
        base = {"record": "agreement", "id": f"agreement-{n}",
                "name": _names(agreement.parties), "title": agreement.title,
                "kind": agreement.kind.value, **_date_cells(agreement.date),
                "status": agreement.status.value, "reference_id": agreement.reference_id or ""}
        for span in agreement.evidence or (None,):
            yield {**base, **(_span_cells(span, texts) if span else {})}


def _csv_rows(export: CorpusExport, texts: Mapping[str, str]) -> Iterable[dict[str, Any]]:
    for n, doc in enumerate(export.documents, 1):
        yield {"record": "document", "id": f"document-{n}", "doc_id": doc.id, "start": 0,
               "end": len(doc.text), "name": doc.outlet or "",
               "value": doc.published.isoformat(), "title": doc.title or "",
               "detail": doc.path or ""}
    for n, quote in enumerate(export.quotes, 1):
        yield {"record": "quote", "id": f"quote-{n}", **_span_cells(quote.span, texts),
               "text": quote.text, "name": _names([quote.speaker]), "cue": quote.cue or "",
               "kind": quote.kind.value}
    for n, statement in enumerate(export.statements, 1):
        yield {"record": "statement", "id": f"statement-{n}",
               **_span_cells(statement.span, texts), "name": _names(statement.speakers),
               "cue": statement.cue or ""}
    for n, timex in enumerate(export.timexes, 1):
        yield {"record": "timex", "id": f"timex-{n}", **_span_cells(timex.span, texts),
               "text": timex.text, "kind": timex.type.value, "value": timex.value,
               "mod": timex.mod.value if timex.mod else ""}
    for n, claim in enumerate(export.claims, 1):
        yield {"record": "claim", "id": f"claim-{n}", **_span_cells(claim.evidence, texts),
               "name": claim.subject, "kind": claim.kind.value, "value": claim.value,
               "mod": claim.mod.value if claim.mod else ""}
    yield from _event_rows(export, texts)
    for n, entity in enumerate(export.entities, 1):
        yield {"record": "entity", "id": f"entity-{n}", "name": entity.name,
               "kind": entity.kind.value, "value": entity.country or "",
               "detail": entity.description or ""}
    for n, leader in enumerate(export.leaders, 1):
        yield {"record": "leader", "id": f"leader-{n}", "name": leader.name,
               "value": leader.country}
    for n, problem in enumerate(export.problems, 1):
        yield {"record": "problem", "id": f"problem-{n}", "kind": problem.error_type,
               "detail": problem.message}
