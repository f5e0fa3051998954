"""What a corpus holds, counted: one row per article, and a JSON summary.

These are the numbers ``kjrel show`` prints (one line per article: id,
date, outlet and the count of each kind of record), ``kjrel show --json``
writes, and the corpus report draws (summits per year, the speakers most
quoted). Everything here is a pure function of a
:class:`~kjrel.corpus.Corpus`.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from attrs import frozen

from kjrel.errors import Severity
from kjrel.models import Extraction, PartialDate
from kjrel.serialize import make_converter

if TYPE_CHECKING:
    from kjrel.corpus import Corpus

__all__ = [
    "COUNT_COLUMNS",
    "ArticleRow",
    "article_rows",
    "format_article_rows",
    "summary_data",
    "summary_json",
    "summits_per_year",
    "warnings_of",
]

COUNT_COLUMNS: tuple[str, ...] = ("quotes", "statements", "timexes", "summits", "agreements")
"""The records counted per article, in column order."""


@frozen
class ArticleRow:
    """One article and how many records of each kind were extracted from it."""

    id: str
    """The document id."""
    published: str
    """The publication date, ``YYYY-MM-DD``."""
    title: str | None
    """The title from the manifest, if any."""
    outlet: str | None
    """The outlet from the manifest, if any."""
    counts: tuple[int, ...]
    """The number of records of each kind in :data:`COUNT_COLUMNS` order."""

    @classmethod
    def of(cls, extraction: Extraction) -> ArticleRow:
        """Count the records of one article's extraction."""
        document = extraction.document
        counts = tuple(len(getattr(extraction, name)) for name in COUNT_COLUMNS)
        return cls(document.id, document.published.isoformat(), document.title,
                   document.outlet, counts)


def article_rows(corpus: Corpus) -> tuple[ArticleRow, ...]:
    """Return one row per article, in manifest order.

    Summits and agreements are counted as the article reports them (before
    merging across articles).
    """
    return tuple(ArticleRow.of(extraction) for extraction in corpus.extractions)


def format_article_rows(rows: tuple[ArticleRow, ...]) -> list[str]:
    """Return the rows as aligned text lines, a header line first.

    Columns: id, date, the counts, then the outlet (``-`` when unknown), so
    one article is one line whatever the outlet's length.
    """
    id_width = max([len("id"), *(len(row.id) for row in rows)])
    head = "  ".join(f"{name:>{len(name)}}" for name in COUNT_COLUMNS)
    lines = [f"{'id':<{id_width}}  {'published':<10}  {head}  outlet"]
    for row in rows:
        cells = "  ".join(f"{count:>{len(name)}}" for name, count in zip(COUNT_COLUMNS,
                                                                          row.counts,
                                                                          strict=True))
        lines.append(f"{row.id:<{id_width}}  {row.published:<10}  {cells}  {row.outlet or '-'}")
    return lines


def summits_per_year(corpus: Corpus) -> tuple[tuple[int, int], ...]:
    """Return ``(year, number of summits)`` for every year with a dated summit, in order.

    Held and planned summits, one per meeting
    (:meth:`Corpus.summits_per_year <kjrel.corpus.Corpus.summits_per_year>`).
    """
    return tuple(corpus.summits_per_year(status=None).items())


def _date_json(date: PartialDate) -> dict[str, Any]:
    return {"value": date.isoformat(), "mod": None if date.mod is None else date.mod.value}


def summary_data(corpus: Corpus, *, source: str) -> dict[str, Any]:
    """Return what ``kjrel show`` prints, as plain JSON-ready data."""
    converter = make_converter()
    return {
        "source": source,
        "articles": [
            {"id": row.id, "published": row.published, "title": row.title,
             "outlet": row.outlet, **dict(zip(COUNT_COLUMNS, row.counts, strict=True))}
            for row in article_rows(corpus)
        ],
        "leaders": converter.unstructure(corpus.leaders),
        "timeline": [
            {"date": _date_json(event.date), "kind": event.kind.value, "label": event.label,
             "reference_id": getattr(event.record, "reference_id", None),
             "evidence": converter.unstructure(event.evidence)}
            for event in corpus.timeline()
        ],
        "disagreements": [converter.unstructure(group) for group in corpus.disagreements()],
        "speakers": [{"name": name, "quotes": count} for name, count in corpus.speakers()],
        "problems": converter.unstructure(corpus.problems),
    }


def summary_json(corpus: Corpus, *, source: str) -> str:
    """Return :func:`summary_data` as indented JSON text, ending in a newline.

    The object's keys: ``source``, ``articles`` (id, published, title,
    outlet and one count per kind of record), ``leaders``, ``timeline``
    (date, kind, label, reference id or ``null``, evidence spans),
    ``disagreements`` (groups of
    claims), ``speakers`` (name and number of quotes, most quoted first) and
    ``problems`` (each with its ``severity``).
    """
    data = summary_data(corpus, source=source)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def warnings_of(corpus: Corpus) -> tuple[str, ...]:
    """Return the messages of the corpus's warning problems."""
    return tuple(p.message for p in corpus.problems if p.severity is Severity.WARNING)
