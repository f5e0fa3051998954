"""ANNOTATION.md's JSON shape in and out, and scoring against gold files.

The same JSON shape is what ``kjrel extract`` prints for one article and what
a hand-made *gold* annotation holds. This module reads it strictly
(:func:`load_annotation`, :func:`parse_annotation`), writes it
deterministically (:func:`dump_annotation`), builds it from an
:class:`~kjrel.models.Extraction` (:func:`to_annotation`), and scores a
system annotation against a gold one (:func:`score`, :func:`micro_average`,
:func:`format_report`, :func:`scores_to_json`).

The scoring rules are ANNOTATION.md's "Scoring" section; the choices it
leaves open are documented on :func:`score` and in ``docs/evaluation.rst``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import attrs
from attrs import field, frozen

from kjrel.errors import SerializationError
from kjrel.gazetteer import name_key
from kjrel.models import (
    AgreementKind,
    AgreementStatus,
    Extraction,
    Mod,
    PartialDate,
    QuoteKind,
    SummitKind,
    SummitStatus,
)

__all__ = [
    "Accuracy",
    "AnnotatedAgreement",
    "AnnotatedDocument",
    "AnnotatedQuote",
    "AnnotatedStatement",
    "AnnotatedSummit",
    "AnnotatedTimex",
    "CorpusScores",
    "Counts",
    "DocumentScores",
    "Item",
    "Metrics",
    "annotation_to_json",
    "date_interval",
    "dump_annotation",
    "format_report",
    "load_annotation",
    "load_gold_dir",
    "micro_average",
    "pair_documents",
    "parse_annotation",
    "score",
    "scores_to_data",
    "scores_to_json",
    "to_annotation",
]

# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


@frozen
class AnnotatedQuote:
    """One quote of the annotation shape (``$.quotes[i]``)."""

    start: int
    """First code point of the text inside the marks."""
    end: int
    """One past its last code point."""
    text: str
    """The quoted text, exactly as in the article."""
    kind: QuoteKind
    """``direct`` or ``partial``."""
    speaker: str | None
    """Canonical name of the speaker, or ``None`` for an unnamed source."""
    cue: str | None
    """The reporting verb or phrase as written, or ``None``."""


@frozen
class AnnotatedStatement:
    """One statement of the annotation shape (``$.statements[i]``)."""

    start: int
    """First code point of the sentence."""
    end: int
    """One past its last code point."""
    speakers: tuple[str | None, ...]
    """Canonical names of the sources; ``None`` for an unnamed one."""
    cue: str | None
    """The reporting verb or phrase as written, or ``None``."""


@frozen
class AnnotatedTimex:
    """One temporal expression of the annotation shape (``$.timexes[i]``)."""

    start: int
    """First code point of the expression."""
    end: int
    """One past its last code point."""
    text: str
    """The expression as written."""
    value: str
    """TIMEX3 / ISO 8601 value (``2024-09-06``, ``P2D``, ``1910/1945``)."""
    mod: Mod | None
    """TIMEX3 modifier, or ``None``."""


@frozen
class AnnotatedSummit:
    """One summit of the annotation shape (``$.summits[i]``)."""

    date: str | None
    """Partial ISO date or interval (``2024-09-06``, ``2023-03``,
    ``2024-09-06/2024-09-07``), or ``None``."""
    place: str | None
    """The place as named, or ``None``."""
    country: str | None
    """ISO 3166-1 alpha-2 code of the place, or ``None``."""
    participants: tuple[str, ...]
    """Canonical names of the leaders who met."""
    kind: SummitKind
    """Bilateral, trilateral, multilateral or sidelines."""
    ordinal: int | None
    """The meeting's number between these leaders when stated, else ``None``."""
    evidence: tuple[tuple[int, int], ...]
    """``(start, end)`` spans of the sentences that mention it."""
    status: SummitStatus
    """Held or planned (not scored)."""
    occasion: str | None
    """The larger gathering of a sideline meeting, or ``None`` (not scored)."""


@frozen
class AnnotatedAgreement:
    """One agreement of the annotation shape (``$.agreements[i]``)."""

    title: str
    """The agreement as the article names it."""
    kind: AgreementKind
    """Treaty, mou, joint-declaration, joint-statement or commitment."""
    date: str | None
    """Partial ISO date or interval, or ``None``."""
    parties: tuple[str, ...]
    """ISO 3166-1 alpha-2 codes of the countries bound."""
    status: AgreementStatus
    """Signed, agreed, proposed or referenced."""
    evidence: tuple[tuple[int, int], ...]
    """``(start, end)`` spans of the sentences that mention it."""


@frozen
class AnnotatedDocument:
    """A whole annotation of one article, gold or system, in ANNOTATION.md's shape."""

    id: str
    """The document id (``$.document.id``)."""
    published: dt.date
    """The publication date (``$.document.published``)."""
    sha256: str
    """Hex SHA-256 of the article file's bytes, or ``""`` if unknown."""
    entities: Mapping[str, tuple[str, ...]] = field(factory=dict, hash=False)
    """Canonical name to the other spellings that count as the same entity."""
    quotes: tuple[AnnotatedQuote, ...] = ()
    """Quotes."""
    statements: tuple[AnnotatedStatement, ...] = ()
    """Statements."""
    timexes: tuple[AnnotatedTimex, ...] = ()
    """Temporal expressions."""
    summits: tuple[AnnotatedSummit, ...] = ()
    """Summits."""
    agreements: tuple[AnnotatedAgreement, ...] = ()
    """Agreements."""
    notes: tuple[str, ...] = ()
    """Free-text annotator notes (optional in the JSON; not scored)."""


# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------

_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
_COUNTRY = re.compile(r"[A-Z]{2}\Z")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")

_DOCUMENT_KEYS = ("id", "published", "sha256")
_TOP_KEYS = (
    "document",
    "entities",
    "quotes",
    "statements",
    "timexes",
    "summits",
    "agreements",
    "notes",
)
_OPTIONAL_TOP_KEYS = frozenset({"notes"})
_QUOTE_KEYS = ("start", "end", "text", "kind", "speaker", "cue")
_STATEMENT_KEYS = ("start", "end", "speakers", "cue")
_TIMEX_KEYS = ("start", "end", "text", "value", "mod")
_SUMMIT_KEYS = (
    "date",
    "place",
    "country",
    "participants",
    "kind",
    "ordinal",
    "evidence",
    "status",
    "occasion",
)
_AGREEMENT_KEYS = ("title", "kind", "date", "parties", "status", "evidence")

_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")


class _Invalid(Exception):
    """Internal: a shape violation at a JSON path, turned into SerializationError."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _object(
    value: object, where: str, keys: Sequence[str], optional: frozenset[str] = frozenset()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(where, f"expected an object, got {_json_type(value)}")
    for key in value:
        if key not in keys:
            raise _Invalid(where, f"unknown field {key!r} (expected one of: {', '.join(keys)})")
    for key in keys:
        if key not in value and key not in optional:
            raise _Invalid(where, f"missing field {key!r}")
    return value


def _str(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise _Invalid(where, f"expected a string, got {_json_type(value)}")
    return value


def _nonempty_str(value: object, where: str) -> str:
    text = _str(value, where)
    if not text.strip():
        raise _Invalid(where, "expected a non-empty string")
    return text


def _opt(check: Callable[[object, str], _T]) -> Callable[[object, str], _T | None]:
    def run(value: object, where: str) -> _T | None:
        return None if value is None else check(value, where)

    return run


def _int(value: object, where: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(where, f"expected an integer, got {_json_type(value)}")
    if value < minimum:
        raise _Invalid(where, f"expected an integer >= {minimum}, got {value}")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Invalid(where, f"expected an array, got {_json_type(value)}")
    return value


def _enum(kind: type[_E], value: object, where: str) -> _E:
    choices = [str(member.value) for member in kind]
    if isinstance(value, str):
        for member in kind:
            if member.value == value:
                return member
        shown = repr(value)
    else:
        shown = _json_type(value)
    raise _Invalid(where, f"expected one of {', '.join(map(repr, choices))}, got {shown}")


def _country(value: object, where: str) -> str:
    code = _str(value, where)
    if not _COUNTRY.match(code):
        raise _Invalid(
            where, f"expected an ISO 3166-1 alpha-2 code (two capital letters), got {code!r}"
        )
    return code


def date_interval(value: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a partial ISO date or interval.

    ``"2023-03"`` is March 2023; ``"2024-09-06/2024-09-07"`` runs from the
    first day of its start to the last day of its end.

    :raises ValueError: if ``value`` is neither form, or its end is before
        its start.
    """
    parts = value.split("/")
    if len(parts) > 2:
        raise ValueError(f"expected at most one '/', got {value!r}")
    start = PartialDate.parse(parts[0])
    end = PartialDate.parse(parts[-1])
    if any(part != part.strip() for part in parts):
        raise ValueError(f"unexpected whitespace in {value!r}")
    if end.latest() < start.earliest():
        raise ValueError(f"interval {value!r} ends before it starts")
    return start.earliest(), end.latest()


def _date(value: object, where: str) -> str:
    text = _str(value, where)
    try:
        date_interval(text)
    except ValueError:
        raise _Invalid(
            where,
            "expected a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or an interval"
            f" START/END of those, got {text!r}",
        ) from None
    return text


def _span(item: dict[str, Any], where: str) -> tuple[int, int]:
    start = _int(item["start"], f"{where}.start")
    end = _int(item["end"], f"{where}.end")
    if end <= start:
        raise _Invalid(f"{where}.end", f"expected an offset > start ({start}), got {end}")
    return start, end


def _text(item: dict[str, Any], where: str, start: int, end: int) -> str:
    text = _str(item["text"], f"{where}.text")
    if len(text) != end - start:
        raise _Invalid(
            f"{where}.text",
            f"expected {end - start} characters (end - start), got {len(text)}",
        )
    return text


def _evidence(value: object, where: str) -> tuple[tuple[int, int], ...]:
    pairs: list[tuple[int, int]] = []
    for i, pair in enumerate(_list(value, where)):
        here = f"{where}[{i}]"
        if not isinstance(pair, list) or len(pair) != 2:
            raise _Invalid(
                here,
                f"expected an array [start, end], got {_json_type(pair)}"
                if not isinstance(pair, list)
                else f"expected an array [start, end], got {len(pair)} items",
            )
        start = _int(pair[0], f"{here}[0]")
        end = _int(pair[1], f"{here}[1]")
        if end <= start:
            raise _Invalid(f"{here}[1]", f"expected an offset > start ({start}), got {end}")
        pairs.append((start, end))
    return tuple(pairs)


def _items(data: dict[str, Any], key: str, build: Callable[[object, str], _T]) -> tuple[_T, ...]:
    where = f"$.{key}"
    return tuple(build(item, f"{where}[{i}]") for i, item in enumerate(_list(data[key], where)))


def _quote(value: object, where: str) -> AnnotatedQuote:
    item = _object(value, where, _QUOTE_KEYS)
    start, end = _span(item, where)
    return AnnotatedQuote(
        start=start,
        end=end,
        text=_text(item, where, start, end),
        kind=_enum(QuoteKind, item["kind"], f"{where}.kind"),
        speaker=_opt(_nonempty_str)(item["speaker"], f"{where}.speaker"),
        cue=_opt(_str)(item["cue"], f"{where}.cue"),
    )


def _statement(value: object, where: str) -> AnnotatedStatement:
    item = _object(value, where, _STATEMENT_KEYS)
    start, end = _span(item, where)
    speakers = _list(item["speakers"], f"{where}.speakers")
    if not speakers:
        raise _Invalid(f"{where}.speakers", "expected at least one speaker (null if unnamed)")
    return AnnotatedStatement(
        start=start,
        end=end,
        speakers=tuple(
            _opt(_nonempty_str)(s, f"{where}.speakers[{i}]") for i, s in enumerate(speakers)
        ),
        cue=_opt(_str)(item["cue"], f"{where}.cue"),
    )


def _timex(value: object, where: str) -> AnnotatedTimex:
    item = _object(value, where, _TIMEX_KEYS)
    start, end = _span(item, where)
    mod = item["mod"]
    return AnnotatedTimex(
        start=start,
        end=end,
        text=_text(item, where, start, end),
        value=_nonempty_str(item["value"], f"{where}.value"),
        mod=None if mod is None else _enum(Mod, mod, f"{where}.mod"),
    )


def _summit(value: object, where: str) -> AnnotatedSummit:
    item = _object(value, where, _SUMMIT_KEYS)
    participants = _list(item["participants"], f"{where}.participants")
    ordinal = item["ordinal"]
    return AnnotatedSummit(
        date=_opt(_date)(item["date"], f"{where}.date"),
        place=_opt(_nonempty_str)(item["place"], f"{where}.place"),
        country=_opt(_country)(item["country"], f"{where}.country"),
        participants=tuple(
            _nonempty_str(p, f"{where}.participants[{i}]") for i, p in enumerate(participants)
        ),
        kind=_enum(SummitKind, item["kind"], f"{where}.kind"),
        ordinal=None if ordinal is None else _int(ordinal, f"{where}.ordinal", minimum=1),
        evidence=_evidence(item["evidence"], f"{where}.evidence"),
        status=_enum(SummitStatus, item["status"], f"{where}.status"),
        occasion=_opt(_nonempty_str)(item["occasion"], f"{where}.occasion"),
    )


def _agreement(value: object, where: str) -> AnnotatedAgreement:
    item = _object(value, where, _AGREEMENT_KEYS)
    parties = _list(item["parties"], f"{where}.parties")
    return AnnotatedAgreement(
        title=_nonempty_str(item["title"], f"{where}.title"),
        kind=_enum(AgreementKind, item["kind"], f"{where}.kind"),
        date=_opt(_date)(item["date"], f"{where}.date"),
        parties=tuple(_country(p, f"{where}.parties[{i}]") for i, p in enumerate(parties)),
        status=_enum(AgreementStatus, item["status"], f"{where}.status"),
        evidence=_evidence(item["evidence"], f"{where}.evidence"),
    )


def _entities(value: object, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise _Invalid(where, f"expected an object, got {_json_type(value)}")
    result: dict[str, tuple[str, ...]] = {}
    for name, aliases in value.items():
        here = f"{where}[{json.dumps(name, ensure_ascii=False)}]"
        if not name.strip():
            raise _Invalid(here, "expected a non-empty canonical name")
        result[name] = tuple(
            _nonempty_str(alias, f"{here}[{i}]") for i, alias in enumerate(_list(aliases, here))
        )
    return result


def _document(value: object) -> tuple[str, dt.date, str]:
    where = "$.document"
    item = _object(value, where, _DOCUMENT_KEYS)
    doc_id = _nonempty_str(item["id"], f"{where}.id")
    published_text = _str(item["published"], f"{where}.published")
    try:
        if not _DAY.match(published_text):
            raise ValueError(published_text)
        published = dt.date.fromisoformat(published_text)
    except ValueError:
        raise _Invalid(
            f"{where}.published", f"expected a date YYYY-MM-DD, got {published_text!r}"
        ) from None
    sha = _str(item["sha256"], f"{where}.sha256")
    if sha and not _HEX64.match(sha):
        raise _Invalid(f"{where}.sha256", f'expected 64 lower-case hex digits or "", got {sha!r}')
    return doc_id, published, sha


def parse_annotation(data: object, *, source: str) -> AnnotatedDocument:
    """Validate decoded JSON against ANNOTATION.md's shape and return the record.

    Every field of the shape is required except ``notes``. These are errors:
    unknown fields, wrong JSON types, values outside an enumeration,
    malformed dates, a statement without speakers, empty or reversed spans
    (``end`` must be greater than ``start``), and ``text`` whose length
    disagrees with ``end - start``.

    :param data: the decoded JSON (``json.loads`` output).
    :param source: the file (or other origin) named in error messages.
    :raises SerializationError: naming ``source``, the JSON path of the bad
        value (``$.quotes[3].kind``) and what was expected.
    """
    try:
        top = _object(data, "$", _TOP_KEYS, _OPTIONAL_TOP_KEYS)
        doc_id, published, sha = _document(top["document"])
        notes = top.get("notes", [])
        return AnnotatedDocument(
            id=doc_id,
            published=published,
            sha256=sha,
            entities=_entities(top["entities"], "$.entities"),
            quotes=_items(top, "quotes", _quote),
            statements=_items(top, "statements", _statement),
            timexes=_items(top, "timexes", _timex),
            summits=_items(top, "summits", _summit),
            agreements=_items(top, "agreements", _agreement),
            notes=tuple(
                _str(note, f"$.notes[{i}]") for i, note in enumerate(_list(notes, "$.notes"))
            ),
        )
    except _Invalid as error:
        raise SerializationError(f"{error.where}: {error.what}", path=source) from None


def load_annotation(path: str | Path) -> AnnotatedDocument:
    """Read and validate one annotation file (UTF-8 JSON).

    :raises SerializationError: if the file cannot be read, is not valid JSON
        (the message gives line and column), or does not have the shape
        (see :func:`parse_annotation`).
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise SerializationError(f"cannot read file: {error.strerror}", path=path) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SerializationError(
            f"not UTF-8: {error.reason}", path=path, offset=error.start
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SerializationError(
            f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})",
            path=path,
            line=error.lineno,
        ) from None
    return parse_annotation(data, source=str(path))


def load_gold_dir(path: str | Path) -> dict[str, AnnotatedDocument]:
    """Load every ``*.json`` file of a directory, keyed by document id.

    Files are read in name order.

    :raises SerializationError: if the directory cannot be listed, a file is
        invalid, or two files annotate the same document id.
    """
    directory = Path(path)
    try:
        files = sorted(p for p in directory.iterdir() if p.suffix == ".json" and p.is_file())
    except OSError as error:
        raise SerializationError(
            f"cannot list gold directory: {error.strerror}", path=directory
        ) from None
    result: dict[str, AnnotatedDocument] = {}
    origin: dict[str, Path] = {}
    for file in files:
        doc = load_annotation(file)
        if doc.id in result:
            raise SerializationError(
                f"document id {doc.id!r} is also annotated in {origin[doc.id]}", path=file
            )
        result[doc.id] = doc
        origin[doc.id] = file
    return result


def pair_documents(
    gold: Mapping[str, AnnotatedDocument], system: Mapping[str, AnnotatedDocument]
) -> tuple[list[tuple[str, AnnotatedDocument, AnnotatedDocument]], list[str], list[str]]:
    """Pair gold and system annotations by document id.

    :returns: ``(pairs, missing_in_system, missing_in_gold)``: the
        ``(id, gold, system)`` triples for ids in both, sorted by id; the
        sorted gold ids with no system annotation; the sorted system ids with
        no gold annotation.
    """
    pairs = [(key, gold[key], system[key]) for key in sorted(gold) if key in system]
    missing_in_system = sorted(key for key in gold if key not in system)
    missing_in_gold = sorted(key for key in system if key not in gold)
    return pairs, missing_in_system, missing_in_gold


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def to_annotation(extraction: Extraction) -> AnnotatedDocument:
    """Return an extraction in ANNOTATION.md's shape.

    The entities map is ``extraction.entities`` (canonical name to aliases,
    duplicates merged). Summit participants and agreement parties are
    sorted; dates are partial ISO strings; evidence keeps only spans of this
    document, as ``(start, end)`` pairs. Records stay in extraction order.
    """
    document = extraction.document
    entities: dict[str, tuple[str, ...]] = {}
    for entity in extraction.entities:
        known = entities.get(entity.name, ())
        entities[entity.name] = known + tuple(a for a in entity.aliases if a not in known)

    def evidence(spans: Iterable[Any]) -> tuple[tuple[int, int], ...]:
        return tuple((s.start, s.end) for s in spans if s.doc_id == document.id)

    return AnnotatedDocument(
        id=document.id,
        published=document.published,
        sha256=document.sha256,
        entities=entities,
        quotes=tuple(
            AnnotatedQuote(q.span.start, q.span.end, q.text, q.kind, q.speaker, q.cue)
            for q in extraction.quotes
        ),
        statements=tuple(
            AnnotatedStatement(s.span.start, s.span.end, tuple(s.speakers), s.cue)
            for s in extraction.statements
        ),
        timexes=tuple(
            AnnotatedTimex(t.span.start, t.span.end, t.text, t.value, t.mod)
            for t in extraction.timexes
        ),
        summits=tuple(
            AnnotatedSummit(
                date=None if s.date is None else s.date.isoformat(),
                place=None if s.place is None else s.place.name,
                country=s.place.country if s.place is not None and s.place.country else s.country,
                participants=tuple(sorted(s.participants)),
                kind=s.kind,
                ordinal=s.ordinal,
                evidence=evidence(s.evidence),
                status=s.status,
                occasion=s.occasion,
            )
            for s in extraction.summits
        ),
        agreements=tuple(
            AnnotatedAgreement(
                title=a.title,
                kind=a.kind,
                date=None if a.date is None else a.date.isoformat(),
                parties=tuple(sorted(a.parties)),
                status=a.status,
                evidence=evidence(a.evidence),
            )
            for a in extraction.agreements
        ),
    )


def _enum_value(value: enum.Enum | None) -> Any:
    return None if value is None else value.value


def annotation_to_json(doc: AnnotatedDocument) -> dict[str, Any]:
    """Return ``doc`` as plain JSON data, keys in the order of the shape."""
    return {
        "document": {
            "id": doc.id,
            "published": doc.published.isoformat(),
            "sha256": doc.sha256,
        },
        "entities": {name: list(aliases) for name, aliases in doc.entities.items()},
        "quotes": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind.value,
                "speaker": q.speaker,
                "cue": q.cue,
            }
            for q in doc.quotes
        ],
        "statements": [
            {"start": s.start, "end": s.end, "speakers": list(s.speakers), "cue": s.cue}
            for s in doc.statements
        ],
        "timexes": [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "value": t.value,
                "mod": _enum_value(t.mod),
            }
            for t in doc.timexes
        ],
        "summits": [
            {
                "date": s.date,
                "place": s.place,
                "country": s.country,
                "participants": list(s.participants),
                "kind": s.kind.value,
                "ordinal": s.ordinal,
                "evidence": [list(pair) for pair in s.evidence],
                "status": s.status.value,
                "occasion": s.occasion,
            }
            for s in doc.summits
        ],
        "agreements": [
            {
                "title": a.title,
                "kind": a.kind.value,
                "date": a.date,
                "parties": list(a.parties),
                "status": a.status.value,
                "evidence": [list(pair) for pair in a.evidence],
            }
            for a in doc.agreements
        ],
        "notes": list(doc.notes),
    }


def dump_annotation(doc: AnnotatedDocument) -> str:
    """Return ``doc`` as JSON text: one-space indent, keys in the shape's order.

    The output is deterministic, keeps non-ASCII characters as they are
    (``ensure_ascii=False``) and has no trailing newline; it is the format of
    the gold files, so ``dump_annotation(load_annotation(f))`` reproduces a
    well-formatted gold file byte for byte.
    """
    return json.dumps(annotation_to_json(doc), indent=1, ensure_ascii=False)


# --------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------


@frozen
class Counts:
    """True positives, false positives and false negatives of one category.

    An empty side is not an error: with no system items, precision is 1 if
    there is no gold item either and 0 otherwise (recall likewise with no
    gold items), so a category absent from both gold and system scores 1.
    """

    tp: int = 0
    """Matched pairs."""
    fp: int = 0
    """System items matched to no gold item (spurious)."""
    fn: int = 0
    """Gold items matched to no system item (missed)."""

    def __add__(self, other: Counts) -> Counts:
        """Return the element-wise sum (for micro-averaging)."""
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``."""
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0 when both are 0)."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@frozen
class Accuracy:
    """How many of a number of matched pairs agree on one attribute."""

    correct: int = 0
    """Pairs that agree."""
    total: int = 0
    """Pairs judged."""

    def __add__(self, other: Accuracy) -> Accuracy:
        """Return the element-wise sum (for micro-averaging)."""
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        """``correct / total``, or ``None`` when nothing was judged."""
        return None if self.total == 0 else self.correct / self.total


@frozen
class Item:
    """One gold item the system missed, one spurious system item, or one mismatch."""

    category: str
    """``quote``, ``statement``, ``timex``, ``summit`` or ``agreement``, or for
    mismatches the attribute (``quote speaker``, ``timex value`` ...)."""
    start: int | None
    """Where it is (the first evidence span for summits and agreements)."""
    end: int | None
    """One past its end."""
    text: str
    """The item's text or a one-line description of it."""


_COUNT_FIELDS = (
    "quotes",
    "direct_quotes",
    "partial_quotes",
    "statements",
    "timexes",
    "summits",
    "agreements",
    "formal_agreements",
)
_ACCURACY_FIELDS = (
    "quote_speaker",
    "quote_kind",
    "timex_value",
    "timex_mod",
    "summit_date",
    "summit_place",
    "summit_ordinal",
    "agreement_status",
)


@frozen
class Metrics:
    """The counts and accuracies shared by :class:`DocumentScores` and :class:`CorpusScores`.

    Count fields are :class:`Counts`, accuracy fields :class:`Accuracy`.
    """

    quotes: Counts = Counts()
    """All quotes, whatever their kind."""
    direct_quotes: Counts = Counts()
    """Direct quotes: a pair counts only when both sides say ``direct``."""
    partial_quotes: Counts = Counts()
    """Partial quotes: a pair counts only when both sides say ``partial``."""
    statements: Counts = Counts()
    """Statements."""
    timexes: Counts = Counts()
    """Temporal expression extents."""
    summits: Counts = Counts()
    """Summits."""
    agreements: Counts = Counts()
    """Agreements, commitments included."""
    formal_agreements: Counts = Counts()
    """Formal instruments only: treaties, memoranda, joint declarations and
    statements (every kind but ``commitment``), matched among themselves."""
    quote_speaker: Accuracy = Accuracy()
    """Attribution accuracy over matched gold quotes."""
    quote_kind: Accuracy = Accuracy()
    """Kind (direct/partial) accuracy over matched quotes."""
    timex_value: Accuracy = Accuracy()
    """Exact value accuracy over matched temporal expressions."""
    timex_mod: Accuracy = Accuracy()
    """Mod accuracy over matched temporal expressions."""
    summit_date: Accuracy = Accuracy()
    """Exact date accuracy over matched summits."""
    summit_place: Accuracy = Accuracy()
    """Place accuracy over matched summits."""
    summit_ordinal: Accuracy = Accuracy()
    """Ordinal accuracy over matched summits."""
    agreement_status: Accuracy = Accuracy()
    """Status accuracy over matched agreements."""


@frozen
class DocumentScores(Metrics):
    """The scores of one system annotation against its gold annotation.

    Counts and accuracies are sums, not ratios, so :func:`micro_average`
    can add them up.
    """

    missed: tuple[Item, ...] = ()
    """Gold items no system item matched."""
    spurious: tuple[Item, ...] = ()
    """System items that matched no gold item."""
    mismatched: tuple[Item, ...] = ()
    """Matched pairs that disagree on a scored attribute (speaker, value ...)."""


@frozen
class CorpusScores(Metrics):
    """Scores summed over many documents (micro-average)."""

    documents: int = 0
    """How many documents were summed."""


def micro_average(scores: Iterable[DocumentScores]) -> CorpusScores:
    """Sum the counts and accuracies of many documents.

    Precision, recall, F1 and accuracies of the result are micro-averages:
    ratios of the summed counts.
    """
    totals: dict[str, Any] = {name: Counts() for name in _COUNT_FIELDS}
    totals.update({name: Accuracy() for name in _ACCURACY_FIELDS})
    documents = 0
    for doc in scores:
        documents += 1
        for name in (*_COUNT_FIELDS, *_ACCURACY_FIELDS):
            totals[name] = totals[name] + getattr(doc, name)
    return CorpusScores(documents=documents, **totals)


# --------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------


class _Names:
    """ANNOTATION.md's name rules for one gold/system pair of annotations.

    A name is resolved to gold entities: those whose canonical name or an
    alias has the same key. A system name that resolves to none is given a
    second chance through the system's own entities map: the gold entities
    its aliases resolve to, when they are exactly one.
    """

    def __init__(
        self, gold: Mapping[str, Sequence[str]], system: Mapping[str, Sequence[str]]
    ) -> None:
        self._gold: dict[str, set[int]] = {}
        for index, (name, aliases) in enumerate(gold.items()):
            for spelling in (name, *aliases):
                self._gold.setdefault(name_key(spelling), set()).add(index)
        self._system: dict[str, list[str]] = {}
        for name, aliases in system.items():
            self._system.setdefault(name_key(name), []).extend(aliases)

    def gold_ids(self, name: str) -> set[int]:
        return self._gold.get(name_key(name), set())

    def system_ids(self, name: str) -> set[int]:
        direct = self.gold_ids(name)
        if direct:
            return direct
        via: set[int] = set()
        for alias in self._system.get(name_key(name), ()):
            via |= self.gold_ids(alias)
        return via if len(via) == 1 else set()

    def same(self, gold: str | None, system: str | None) -> bool:
        if gold is None or system is None:
            return gold is None and system is None
        if name_key(gold) == name_key(system):
            return True
        return bool(self.gold_ids(gold) & self.system_ids(system))

    def same_set(self, gold: Sequence[str], system: Sequence[str]) -> bool:
        """Return whether a one-to-one pairing of matching names covers both sides."""
        gold_set = sorted(set(gold), key=name_key)
        system_set = sorted(set(system), key=name_key)
        if len(gold_set) != len(system_set):
            return False
        owner: dict[int, int] = {}

        def augment(g: int, seen: set[int]) -> bool:
            for s, name in enumerate(system_set):
                if s in seen or not self.same(gold_set[g], name):
                    continue
                seen.add(s)
                if s not in owner or augment(owner[s], seen):
                    owner[s] = g
                    return True
            return False

        return all(augment(g, set()) for g in range(len(gold_set)))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _greedy(
    gold: Sequence[_T],
    system: Sequence[_T],
    rank: Callable[[_T, _T], tuple[Any, ...] | None],
) -> list[tuple[int, int]]:
    """Match one-to-one, best-ranked pairs first; ``rank`` is None for no match.

    ``rank`` returns a key where smaller is better; it should be symmetric in
    its two arguments so that swapping gold and system gives the same pairs.
    """
    candidates: list[tuple[tuple[Any, ...], int, int]] = []
    for g, gold_item in enumerate(gold):
        for s, system_item in enumerate(system):
            key = rank(gold_item, system_item)
            if key is not None:
                candidates.append((key, g, s))
    candidates.sort(key=lambda c: (c[0], min(c[1], c[2]), max(c[1], c[2])))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _key, g, s in candidates:
        if g in used_gold or s in used_system:
            continue
        used_gold.add(g)
        used_system.add(s)
        pairs.append((g, s))
    pairs.sort()
    return pairs


def _span_rank(a: tuple[int, int], b: tuple[int, int]) -> tuple[Any, ...]:
    """Return a symmetric ranking key of two spans: larger overlap, then earlier, first."""
    first, second = sorted((a, b))
    return (-_overlap(a, b), first, second)


def _counts(pairs: Sequence[tuple[int, int]], gold: int, system: int) -> Counts:
    return Counts(len(pairs), system - len(pairs), gold - len(pairs))


def _unmatched(items: Sequence[_T], used: Iterable[int]) -> list[_T]:
    taken = set(used)
    return [item for i, item in enumerate(items) if i not in taken]


def _dates_overlap(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a_start, a_end = date_interval(a)
    b_start, b_end = date_interval(b)
    return a_start <= b_end and b_start <= a_end


def _date_rank(a: str | None, b: str | None) -> tuple[Any, ...]:
    """Smaller is better: exact date first, then the larger share of days in common."""
    if a is None or b is None:
        return (0, 0.0)
    a_start, a_end = date_interval(a)
    b_start, b_end = date_interval(b)
    common = (min(a_end, b_end) - max(a_start, b_start)).days + 1
    union = (max(a_end, b_end) - min(a_start, b_start)).days + 1
    return (0 if a == b else 1, -common / union, min(a, b), max(a, b))


def _place_key(place: str | None) -> str | None:
    return None if place is None else name_key(place)


def _describe_quote(q: AnnotatedQuote) -> Item:
    return Item("quote", q.start, q.end, f"[{q.kind.value}, {q.speaker}] {q.text}")


def _describe_statement(s: AnnotatedStatement) -> Item:
    speakers = ", ".join(str(name) for name in s.speakers)
    return Item("statement", s.start, s.end, f"speakers: {speakers}; cue: {s.cue}")


def _describe_timex(t: AnnotatedTimex) -> Item:
    mod = f" {t.mod.value}" if t.mod else ""
    return Item("timex", t.start, t.end, f"{t.text} = {t.value}{mod}")


def _first(evidence: tuple[tuple[int, int], ...]) -> tuple[int | None, int | None]:
    return (evidence[0][0], evidence[0][1]) if evidence else (None, None)


def _describe_summit(s: AnnotatedSummit) -> Item:
    start, end = _first(s.evidence)
    ordinal = "" if s.ordinal is None else f", #{s.ordinal}"
    where = s.place or "no place"
    if s.country:
        where += f" ({s.country})"
    return Item(
        "summit",
        start,
        end,
        f"{s.date or 'undated'} {where} {s.kind.value}{ordinal}: {', '.join(s.participants)}",
    )


def _describe_agreement(a: AnnotatedAgreement) -> Item:
    start, end = _first(a.evidence)
    return Item(
        "agreement",
        start,
        end,
        f"{a.kind.value} {a.date or 'undated'} {'-'.join(a.parties)} ({a.status.value}): {a.title}",
    )


def score(gold: AnnotatedDocument, system: AnnotatedDocument) -> DocumentScores:
    """Score a system annotation against the gold annotation of the same article.

    The rules are ANNOTATION.md's, with these choices made explicit:

    * Names: compared by :func:`kjrel.gazetteer.name_key` (case-folded,
      letters only). A system name matches a gold name when the keys are
      equal, or when the system name's key is the key of the gold entity's
      canonical name or of one of its aliases (the gold ``entities`` map).
      If the system name is not in the gold map at all, the system's own
      ``entities`` aliases are tried, and count when they point to exactly
      one gold entity. ``None`` (unnamed source) matches only ``None``.
    * Every category is matched one-to-one, greedily: the candidate pairs
      are taken best first (largest span overlap; for summits and
      agreements, exact date first, then the largest share of days in
      common) and a pair is kept when neither side is taken yet.
    * Quotes: spans overlap by at least half of the longer span (and by at
      least one code point). Matching ignores the kind; the ``direct`` and
      ``partial`` counts take a pair as a true positive only when both sides
      have that kind (a kind mismatch is a miss for the gold kind and a
      spurious item for the system kind). Speaker accuracy is over matched
      gold quotes; kind accuracy over matched pairs.
    * Statements: spans share at least one code point and at least one gold
      speaker matches at least one system speaker.
    * Temporal expressions: spans share at least one code point; value
      (exact string) and mod accuracy over matched pairs.
    * Summits: the participant sets match one-to-one by the name rules and
      the dates, read as intervals (``2023-03`` is the whole month,
      ``2024-09-06/2024-09-07`` two days), share a day; a ``None`` date
      overlaps only ``None`` (as for agreements). Date exactness compares
      the strings; place compares name keys (``None`` only with ``None``);
      ordinal must be equal.
    * Agreements: same kind, same set of parties, overlapping dates (or both
      ``None``); then status accuracy.
    """
    names = _Names(gold.entities, system.entities)
    found = _Found()
    quotes, by_kind, speaker, quote_kind = _score_quotes(gold, system, names, found)
    statements = _score_statements(gold, system, names, found)
    timexes, value, mod = _score_timexes(gold, system, found)
    summits, summit_date, place, ordinal = _score_summits(gold, system, names, found)
    agreements, formal_agreements, status = _score_agreements(gold, system, found)
    return DocumentScores(
        quotes=quotes,
        direct_quotes=by_kind[QuoteKind.DIRECT],
        partial_quotes=by_kind[QuoteKind.PARTIAL],
        statements=statements,
        timexes=timexes,
        summits=summits,
        agreements=agreements,
        formal_agreements=formal_agreements,
        quote_speaker=speaker,
        quote_kind=quote_kind,
        timex_value=value,
        timex_mod=mod,
        summit_date=summit_date,
        summit_place=place,
        summit_ordinal=ordinal,
        agreement_status=status,
        missed=tuple(found.missed),
        spurious=tuple(found.spurious),
        mismatched=tuple(found.mismatched),
    )


@attrs.define
class _Found:
    """What one document's scoring found wrong, in category order."""

    missed: list[Item] = attrs.Factory(list)
    spurious: list[Item] = attrs.Factory(list)
    mismatched: list[Item] = attrs.Factory(list)


def _score_quotes(
    gold: AnnotatedDocument, system: AnnotatedDocument, names: _Names, found: _Found
) -> tuple[Counts, dict[QuoteKind, Counts], Accuracy, Accuracy]:
    def quote_rank(g: AnnotatedQuote, s: AnnotatedQuote) -> tuple[Any, ...] | None:
        common = _overlap((g.start, g.end), (s.start, s.end))
        longer = max(g.end - g.start, s.end - s.start)
        if common == 0 or 2 * common < longer:
            return None
        return _span_rank((g.start, g.end), (s.start, s.end))

    pairs = _greedy(gold.quotes, system.quotes, quote_rank)
    quotes = _counts(pairs, len(gold.quotes), len(system.quotes))
    by_kind: dict[QuoteKind, Counts] = {}
    for kind in QuoteKind:
        tp = sum(
            1 for g, s in pairs if gold.quotes[g].kind is kind and system.quotes[s].kind is kind
        )
        n_gold = sum(1 for q in gold.quotes if q.kind is kind)
        n_system = sum(1 for q in system.quotes if q.kind is kind)
        by_kind[kind] = Counts(tp, n_system - tp, n_gold - tp)
    speaker = Accuracy()
    quote_kind = Accuracy()
    for g, s in pairs:
        gq, sq = gold.quotes[g], system.quotes[s]
        same_speaker = names.same(gq.speaker, sq.speaker)
        speaker += Accuracy(int(same_speaker), 1)
        quote_kind += Accuracy(int(gq.kind is sq.kind), 1)
        if not same_speaker:
            found.mismatched.append(
                Item("quote speaker", gq.start, gq.end, f"gold {gq.speaker}; system {sq.speaker}")
            )
        if gq.kind is not sq.kind:
            found.mismatched.append(
                Item(
                    "quote kind", gq.start, gq.end, f"gold {gq.kind.value}; system {sq.kind.value}"
                )
            )
    found.missed += map(_describe_quote, _unmatched(gold.quotes, (g for g, _ in pairs)))
    found.spurious += map(_describe_quote, _unmatched(system.quotes, (s for _, s in pairs)))
    return quotes, by_kind, speaker, quote_kind


def _score_statements(
    gold: AnnotatedDocument, system: AnnotatedDocument, names: _Names, found: _Found
) -> Counts:
    def statement_rank(g: AnnotatedStatement, s: AnnotatedStatement) -> tuple[Any, ...] | None:
        if _overlap((g.start, g.end), (s.start, s.end)) == 0:
            return None
        if not any(names.same(a, b) for a in g.speakers for b in s.speakers):
            return None
        return _span_rank((g.start, g.end), (s.start, s.end))

    pairs = _greedy(gold.statements, system.statements, statement_rank)
    found.missed += map(_describe_statement, _unmatched(gold.statements, (g for g, _ in pairs)))
    found.spurious += map(
        _describe_statement, _unmatched(system.statements, (s for _, s in pairs))
    )
    return _counts(pairs, len(gold.statements), len(system.statements))


def _score_timexes(
    gold: AnnotatedDocument, system: AnnotatedDocument, found: _Found
) -> tuple[Counts, Accuracy, Accuracy]:
    def timex_rank(g: AnnotatedTimex, s: AnnotatedTimex) -> tuple[Any, ...] | None:
        if _overlap((g.start, g.end), (s.start, s.end)) == 0:
            return None
        return _span_rank((g.start, g.end), (s.start, s.end))

    pairs = _greedy(gold.timexes, system.timexes, timex_rank)
    value = Accuracy()
    mod = Accuracy()
    for g, s in pairs:
        gt, st = gold.timexes[g], system.timexes[s]
        value += Accuracy(int(gt.value == st.value), 1)
        mod += Accuracy(int(gt.mod is st.mod), 1)
        if gt.value != st.value or gt.mod is not st.mod:
            found.mismatched.append(
                Item(
                    "timex value",
                    gt.start,
                    gt.end,
                    f"{gt.text}: gold {gt.value} {_enum_value(gt.mod)};"
                    f" system {st.value} {_enum_value(st.mod)}",
                )
            )
    found.missed += map(_describe_timex, _unmatched(gold.timexes, (g for g, _ in pairs)))
    found.spurious += map(_describe_timex, _unmatched(system.timexes, (s for _, s in pairs)))
    return _counts(pairs, len(gold.timexes), len(system.timexes)), value, mod


def _score_summits(
    gold: AnnotatedDocument, system: AnnotatedDocument, names: _Names, found: _Found
) -> tuple[Counts, Accuracy, Accuracy, Accuracy]:
    def summit_rank(g: AnnotatedSummit, s: AnnotatedSummit) -> tuple[Any, ...] | None:
        if not _dates_overlap(g.date, s.date):
            return None
        if not names.same_set(g.participants, s.participants):
            return None
        return _date_rank(g.date, s.date)

    pairs = _greedy(gold.summits, system.summits, summit_rank)
    summit_date = Accuracy()
    place = Accuracy()
    ordinal = Accuracy()
    for g, s in pairs:
        gs, ss = gold.summits[g], system.summits[s]
        checks = (
            ("date", gs.date == ss.date, gs.date, ss.date),
            ("place", _place_key(gs.place) == _place_key(ss.place), gs.place, ss.place),
            ("ordinal", gs.ordinal == ss.ordinal, gs.ordinal, ss.ordinal),
        )
        start, end = _first(gs.evidence)
        for label, ok, gold_value, system_value in checks:
            if not ok:
                found.mismatched.append(
                    Item(
                        f"summit {label}",
                        start,
                        end,
                        f"{gs.date} {', '.join(gs.participants)}:"
                        f" gold {gold_value}; system {system_value}",
                    )
                )
        summit_date += Accuracy(int(checks[0][1]), 1)
        place += Accuracy(int(checks[1][1]), 1)
        ordinal += Accuracy(int(checks[2][1]), 1)
    found.missed += map(_describe_summit, _unmatched(gold.summits, (g for g, _ in pairs)))
    found.spurious += map(_describe_summit, _unmatched(system.summits, (s for _, s in pairs)))
    return _counts(pairs, len(gold.summits), len(system.summits)), summit_date, place, ordinal


def _agreement_rank(g: AnnotatedAgreement, s: AnnotatedAgreement) -> tuple[Any, ...] | None:
    if g.kind is not s.kind or set(g.parties) != set(s.parties):
        return None
    if not _dates_overlap(g.date, s.date):
        return None
    return _date_rank(g.date, s.date)


def _score_agreements(
    gold: AnnotatedDocument, system: AnnotatedDocument, found: _Found
) -> tuple[Counts, Counts, Accuracy]:
    pairs = _greedy(gold.agreements, system.agreements, _agreement_rank)
    status = Accuracy()
    for g, s in pairs:
        ga, sa = gold.agreements[g], system.agreements[s]
        status += Accuracy(int(ga.status is sa.status), 1)
        if ga.status is not sa.status:
            start, end = _first(ga.evidence)
            found.mismatched.append(
                Item(
                    "agreement status",
                    start,
                    end,
                    f"{ga.title}: gold {ga.status.value}; system {sa.status.value}",
                )
            )
    found.missed += map(_describe_agreement, _unmatched(gold.agreements, (g for g, _ in pairs)))
    found.spurious += map(
        _describe_agreement, _unmatched(system.agreements, (s for _, s in pairs))
    )
    gold_formal = tuple(a for a in gold.agreements if a.kind is not AgreementKind.COMMITMENT)
    system_formal = tuple(a for a in system.agreements if a.kind is not AgreementKind.COMMITMENT)
    formal = _counts(
        _greedy(gold_formal, system_formal, _agreement_rank), len(gold_formal), len(system_formal)
    )
    return _counts(pairs, len(gold.agreements), len(system.agreements)), formal, status


# --------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------

_COUNT_LABELS = {
    "quotes": "quotes (all)",
    "direct_quotes": "quotes (direct)",
    "partial_quotes": "quotes (partial)",
    "statements": "statements",
    "timexes": "timexes",
    "summits": "summits",
    "agreements": "agreements",
    "formal_agreements": "agreements (formal)",
}
_ACCURACY_LABELS = {
    "quote_speaker": "quote speaker",
    "quote_kind": "quote kind",
    "timex_value": "timex value",
    "timex_mod": "timex mod",
    "summit_date": "summit date exact",
    "summit_place": "summit place",
    "summit_ordinal": "summit ordinal",
    "agreement_status": "agreement status",
}


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _table(title: str, metrics: Metrics) -> list[str]:
    lines = [title, "-" * len(title)]
    lines.append(f"{'category':<20} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, label in _COUNT_LABELS.items():
        c: Counts = getattr(metrics, name)
        lines.append(
            f"{label:<20} {c.tp:>5} {c.fp:>5} {c.fn:>5}"
            f" {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"
        )
    lines.append("")
    lines.append(f"{'accuracy':<20} {'right':>5} {'of':>5} {'acc':>6}")
    for name, label in _ACCURACY_LABELS.items():
        a: Accuracy = getattr(metrics, name)
        lines.append(f"{label:<20} {a.correct:>5} {a.total:>5} {_ratio(a.value):>6}")
    return lines


def _item_line(item: Item) -> str:
    where = "" if item.start is None else f"[{item.start}:{item.end}] "
    text = " ".join(item.text.split())
    if len(text) > 110:
        text = text[:107] + "..."
    return f"  {item.category:<17} {where}{text}"


def format_report(
    per_document: Mapping[str, DocumentScores],
    total: CorpusScores,
    *,
    show_missed: bool = True,
) -> str:
    """Return a plain-text report: one table per document, the micro-average, the errors.

    Each table gives tp/fp/fn, precision, recall and F1 per category and the
    attribute accuracies over matched pairs (``-`` when nothing was matched).
    With ``show_missed``, each document's missed gold items, spurious system
    items and mismatched attributes follow, with their ``[start:end]``.
    """
    lines: list[str] = []
    for doc_id in sorted(per_document):
        lines += _table(f"Document {doc_id}", per_document[doc_id])
        lines.append("")
    lines += _table(f"Micro-average over {total.documents} document(s)", total)
    if show_missed:
        for doc_id in sorted(per_document):
            scores = per_document[doc_id]
            for label, items in (
                ("missed (in gold, not found)", scores.missed),
                ("spurious (found, not in gold)", scores.spurious),
                ("mismatched (matched, attribute differs)", scores.mismatched),
            ):
                if items:
                    lines.append("")
                    lines.append(f"{doc_id}: {label}: {len(items)}")
                    lines += map(_item_line, items)
    return "\n".join(lines) + "\n"


def _metrics_json(metrics: Metrics) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in _COUNT_FIELDS:
        c: Counts = getattr(metrics, name)
        data[name] = {
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
            "precision": c.precision,
            "recall": c.recall,
            "f1": c.f1,
        }
    for name in _ACCURACY_FIELDS:
        a: Accuracy = getattr(metrics, name)
        data[name] = {"correct": a.correct, "total": a.total, "accuracy": a.value}
    return data


def _items_json(items: Iterable[Item]) -> list[dict[str, Any]]:
    return [attrs.asdict(item) for item in items]


def scores_to_data(
    per_document: Mapping[str, DocumentScores],
    total: CorpusScores,
    *,
    missing_in_system: Sequence[str] = (),
    missing_in_gold: Sequence[str] = (),
) -> dict[str, Any]:
    """Return the scores as JSON-ready data (see :func:`scores_to_json` for the text).

    ``{"documents": {id: {metrics..., "missed": [...], "spurious": [...],
    "mismatched": [...]}}, "micro_average": {"documents": n, metrics...},
    "missing_in_system": [...], "missing_in_gold": [...]}``, where each
    count metric is ``{tp, fp, fn, precision, recall, f1}`` and each
    accuracy ``{correct, total, accuracy}`` (``accuracy`` null when
    ``total`` is 0).
    """
    documents: dict[str, Any] = {}
    for doc_id in sorted(per_document):
        scores = per_document[doc_id]
        entry = _metrics_json(scores)
        entry["missed"] = _items_json(scores.missed)
        entry["spurious"] = _items_json(scores.spurious)
        entry["mismatched"] = _items_json(scores.mismatched)
        documents[doc_id] = entry
    micro = {"documents": total.documents, **_metrics_json(total)}
    return {
        "documents": documents,
        "micro_average": micro,
        "missing_in_system": list(missing_in_system),
        "missing_in_gold": list(missing_in_gold),
    }


def scores_to_json(
    per_document: Mapping[str, DocumentScores],
    total: CorpusScores,
    *,
    missing_in_system: Sequence[str] = (),
    missing_in_gold: Sequence[str] = (),
) -> str:
    """Return the scores as JSON text (two-space indent, no trailing newline).

    The structure is :func:`scores_to_data`'s.
    """
    data = scores_to_data(
        per_document,
        total,
        missing_in_system=missing_in_system,
        missing_in_gold=missing_in_gold,
    )
    return json.dumps(data, indent=2, ensure_ascii=False)
