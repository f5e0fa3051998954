"""Tests for kjrel.terms: a leader's taking or leaving office is one event per term."""

from __future__ import annotations

import datetime as dt

from kjrel.corpus import Corpus, EventKind
from kjrel.gazetteer import default_gazetteer
from kjrel.models import Claim, ClaimKind, Document, Extraction, Mod, PartialDate, Span
from kjrel.terms import office_events, term_of

LEAVES, TAKES = ClaimKind.LEAVES_OFFICE, ClaimKind.TAKES_OFFICE


def _claim(subject: str, kind: ClaimKind, value: str, doc: str, start: int = 0,
           mod: Mod | None = None) -> Claim:
    return Claim(subject, kind, value, mod, Span(doc, start, start + 10))


def _corpus(claims: dict[str, list[Claim]]) -> Corpus:
    return Corpus.build([
        Extraction(Document(doc, "x" * 100, dt.date(2024, 9, 7)), claims=tuple(found))
        for doc, found in claims.items()
    ])


def test_claims_of_one_term_are_one_timeline_event() -> None:
    """Three dates for Kishida leaving office in two articles: one event, the gazetteer's day."""
    corpus = _corpus({
        "a": [_claim("Fumio Kishida", LEAVES, "2024-09", "a"),
              _claim("Fumio Kishida", LEAVES, "2024-09", "a", 20, Mod.END)],
        "b": [_claim("Fumio Kishida", LEAVES, "2024-10", "b", 0, Mod.START)],
    })
    (event,) = corpus.timeline()
    assert event.kind is EventKind.CLAIM and event.label == "Fumio Kishida leaves office"
    assert event.date == PartialDate(2024, 10, 1)
    assert {span.doc_id for span in event.evidence} == {"a", "b"}
    assert event.reports == corpus.claims
    (group,) = corpus.disagreements()  # the articles' own dates are all still there
    assert len(group) == 3


def test_two_terms_are_two_events() -> None:
    """Trump took office in 2017 and in 2025: two events; two dates of 2025 are one."""
    corpus = _corpus({
        "a": [_claim("Donald Trump", TAKES, "2017-01", "a"),
              _claim("Donald Trump", TAKES, "2025-01-20", "a", 20)],
        "b": [_claim("Donald Trump", TAKES, "2025", "b")],
    })
    dates = [event.date for event in corpus.timeline()]
    assert dates == [PartialDate(2017, 1, 20), PartialDate(2025, 1, 20)]


def test_a_term_still_held_takes_a_claim_to_leave_it() -> None:
    """Leaving an office the gazetteer has still held: the current term, dated by the claims."""
    leader = default_gazetteer().lookup("Donald Trump")
    assert leader is not None
    claim = _claim("Donald Trump", LEAVES, "2029-01", "a")
    assert term_of(claim, default_gazetteer()) == leader.offices[1]
    (event,) = office_events([claim, _claim("Donald Trump", LEAVES, "2029-01-20", "b")],
                             default_gazetteer())
    assert event.date == PartialDate(2029, 1, 20) and len(event.claims) == 2


def test_claims_about_no_known_term_group_by_overlapping_dates() -> None:
    """An unknown subject, or a date years from any term: overlapping dates are one event."""
    gazetteer = default_gazetteer()
    far = _claim("Fumio Kishida", TAKES, "2005", "a")
    assert term_of(far, gazetteer) is None
    events = office_events([
        _claim("Jane Roe", TAKES, "2024", "a"),
        _claim("Jane Roe", TAKES, "2024-03", "b"),
        _claim("Jane Roe", TAKES, "2026", "c"),
        _claim("Jane Roe", TAKES, "no date", "d"),
    ], gazetteer)
    assert [(e.date, len(e.claims)) for e in events] == [
        (PartialDate(2024, 3), 2), (PartialDate(2026), 1)
    ]
