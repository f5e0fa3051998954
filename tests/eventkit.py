"""Helpers shared by the summit, agreement, claim and merge tests.

Snippets in these tests are invented: short sentences in our own words about
meetings that are made up, though the leaders are real so that the bundled
gazetteer knows them. Temporal expressions are given by hand (text and TIMEX3
value), so the tests exercise the event stages and the mentions they resolve.
"""

from __future__ import annotations

import datetime as dt

from kjrel.gazetteer import default_gazetteer
from kjrel.models import (
    Agreement,
    Claim,
    Document,
    Mod,
    Span,
    Summit,
    TemporalExpression,
    TimexType,
)
from kjrel.pipeline.agreements import find_agreements
from kjrel.pipeline.claims import find_claims
from kjrel.pipeline.mentions import find_mentions
from kjrel.pipeline.segment import segment
from kjrel.pipeline.summits import find_summits

TimexSpec = tuple[str, str] | tuple[str, str, Mod | None]


def make_timexes(
    doc_id: str, text: str, specs: tuple[TimexSpec, ...]
) -> tuple[TemporalExpression, ...]:
    """Build temporal expressions for the first occurrence of each text, in text order."""
    found = []
    cursor: dict[str, int] = {}
    for spec in specs:
        surface, value = spec[0], spec[1]
        mod = spec[2] if len(spec) == 3 else None  # type: ignore[misc]
        start = text.index(surface, cursor.get(surface, 0))
        cursor[surface] = start + 1
        kind = TimexType.DURATION if value.startswith("P") else TimexType.DATE
        found.append(
            TemporalExpression(Span(doc_id, start, start + len(surface)), surface, value, kind, mod)
        )
    return tuple(sorted(found, key=lambda t: t.span.start))


def run_events(
    text: str,
    published: dt.date,
    timexes: tuple[TimexSpec, ...] = (),
    doc_id: str = "t",
) -> tuple[tuple[Summit, ...], tuple[Agreement, ...], tuple[Claim, ...]]:
    """Run the mention stage (the resolver's input), then the summit, agreement and claim
    stages on ``text`` with the given temporal expressions."""
    document = Document(doc_id, text, published)
    segmentation = segment(text)
    gazetteer = default_gazetteer()
    mentions = find_mentions(document, segmentation, gazetteer)
    tx = make_timexes(doc_id, text, timexes)
    summits = find_summits(document, segmentation, mentions, tx, gazetteer)
    agreements = find_agreements(document, segmentation, mentions, tx, summits, gazetteer)
    claims = find_claims(document, segmentation, mentions, tx, gazetteer)
    return summits, agreements, claims
