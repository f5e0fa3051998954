"""Tests of cross-document merging (:mod:`kjrel.merge`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel.merge import merge_agreements, merge_summits
from kjrel.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Document,
    PartialDate,
    Place,
    Span,
    Summit,
    SummitStatus,
)
from kjrel.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
PAIR = ("Fumio Kishida", "Yoon Suk Yeol")


def _summit(
    doc: str,
    date: PartialDate | None,
    place: str | None = None,
    country: str | None = None,
    *,
    people: tuple[str, ...] = PAIR,
    ordinal: int | None = None,
    start: int = 0,
) -> Summit:
    return Summit(
        participants=people,
        date=date,
        place=None if place is None else Place(place, country),
        country=country,
        ordinal=ordinal,
        evidence=(Span(doc, start, start + 5),),
    )


def _seed(name: str) -> Document:
    raw = (ROOT / "seeds" / f"{name}.txt").read_bytes()
    return Document(
        name, raw.decode("utf-8"), dt.date(2024, 9, 7), sha256=hashlib.sha256(raw).hexdigest()
    )


def test_seed_summit_reported_by_both_articles_is_one_record() -> None:
    """The Seoul summit of 2024-09-06 in both seeds merges into one, with both as evidence."""
    extractions = [extract(_seed(n)) for n in ("000_0e3f6676d6eabf8a", "001_eec9fc47c71d9934")]
    merged = merge_summits(s for e in extractions for s in e.summits)
    seoul = [s for s in merged if s.date == PartialDate(2024, 9, 6)]
    assert len(seoul) == 1
    assert seoul[0].documents() == ("000_0e3f6676d6eabf8a", "001_eec9fc47c71d9934")
    assert seoul[0].place == Place("Seoul", "KR")
    assert seoul[0].ordinal == 12
    tokyo = [s for s in merged if s.place is not None and s.place.name == "Tokyo"]
    assert len(tokyo) == 1
    assert tokyo[0].documents() == ("000_0e3f6676d6eabf8a", "001_eec9fc47c71d9934")
    assert len(merged) == 4
    agreements = merge_agreements(a for e in extractions for a in e.agreements)
    immigration = [a for a in agreements if "immigration" in a.title]
    assert len(immigration) == 1 and len(immigration[0].documents()) == 2


def test_most_precise_compatible_date_and_place_are_kept() -> None:
    """A month and a day that overlap merge to the day; a known place fills an unknown one."""
    merged = merge_summits(
        [
            _summit("a", PartialDate(2024, 9), None, "KR"),
            _summit("b", PartialDate(2024, 9, 6), "Seoul", "KR"),
        ]
    )
    assert len(merged) == 1
    assert merged[0].date == PartialDate(2024, 9, 6)
    assert merged[0].place == Place("Seoul", "KR")
    assert merged[0].documents() == ("a", "b")


def test_near_a_city_is_the_city() -> None:
    """'near Washington' and 'Washington' are compatible; the longer name is kept."""
    merged = merge_summits(
        [
            _summit("a", PartialDate(2023, 8), "Washington", "US"),
            _summit("b", PartialDate(2023, 8, 18), "near Washington", "US"),
        ]
    )
    assert len(merged) == 1 and merged[0].place == Place("near Washington", "US")


def test_incompatible_records_stay_apart() -> None:
    """Different places, participants, ordinals or dates are different meetings."""
    merged = merge_summits(
        [
            _summit("a", PartialDate(2023, 3), "Tokyo", "JP"),
            _summit("b", PartialDate(2023, 3), "Seoul", "KR"),
            _summit("c", PartialDate(2023, 3), "Tokyo", "JP", people=("Joe Biden", PAIR[1])),
            _summit("d", PartialDate(2023, 5), "Tokyo", "JP"),
            _summit("e", PartialDate(2023, 3), "Tokyo", "JP", ordinal=4, start=9),
            _summit("f", PartialDate(2023, 3), "Tokyo", "JP", ordinal=5, start=9),
        ]
    )
    assert len(merged) == 5


def test_vague_record_compatible_with_two_meetings_stays_alone() -> None:
    """A year that overlaps two dated meetings is not guessed into either."""
    merged = merge_summits(
        [
            _summit("a", PartialDate(2023, 3, 16), "Tokyo", "JP"),
            _summit("b", PartialDate(2023, 5, 7), "Seoul", "KR"),
            _summit("c", PartialDate(2023)),
        ]
    )
    assert len(merged) == 3


def test_held_wins_over_planned() -> None:
    """A meeting planned in one article and reported held in a later one is held."""
    planned = Summit(PAIR, PartialDate(2024, 9, 6), status=SummitStatus.PLANNED,
                     evidence=(Span("a", 0, 1),))
    held = Summit(PAIR, PartialDate(2024, 9, 6), evidence=(Span("b", 0, 1),))
    assert [s.status for s in merge_summits([planned, held])] == [SummitStatus.HELD]


def test_commitments_merge_only_when_they_share_content() -> None:
    """Two commitments of one summit stay apart; the same one from two articles merges."""
    day = PartialDate(2024, 9, 6)
    records = [
        Agreement("explore ways to simplify immigration procedures", AgreementKind.COMMITMENT,
                  ("JP", "KR"), day, AgreementStatus.AGREED, (Span("a", 0, 1),)),
        Agreement("start discussions on streamlining immigration procedures",
                  AgreementKind.COMMITMENT, ("JP", "KR"), day, AgreementStatus.AGREED,
                  (Span("b", 0, 1),)),
        Agreement("collaborating on evacuating citizens in emergencies",
                  AgreementKind.COMMITMENT, ("JP", "KR"), day, AgreementStatus.AGREED,
                  (Span("b", 2, 3),)),
        Agreement("agreement signed in 1965", AgreementKind.TREATY, ("JP", "KR"),
                  PartialDate(1965), AgreementStatus.REFERENCED, (Span("b", 4, 5),)),
        Agreement("the 1965 treaty", AgreementKind.TREATY, ("JP", "KR"),
                  PartialDate(1965), AgreementStatus.REFERENCED, (Span("c", 4, 5),)),
    ]
    merged = merge_agreements(records)
    assert len(merged) == 3
    assert sorted(len(a.documents()) for a in merged) == [1, 2, 2]


PEOPLE = st.sampled_from(
    [PAIR, ("Joe Biden", "Yoon Suk Yeol"), ("Fumio Kishida", "Joe Biden", "Yoon Suk Yeol")]
)
DATES = st.sampled_from(
    [None, PartialDate(2023), PartialDate(2023, 3), PartialDate(2023, 3, 16),
     PartialDate(2023, 3, 17), PartialDate(2024, 9), PartialDate(2024, 9, 6)]
)
PLACES = st.sampled_from(
    [(None, None), (None, "KR"), ("Seoul", "KR"), ("Tokyo", "JP"), ("near Tokyo", "JP")]
)
SUMMITS = st.builds(
    lambda people, date, where, ordinal, doc, start: _summit(
        doc, date, where[0], where[1], people=people, ordinal=ordinal, start=start
    ),
    PEOPLE,
    DATES,
    PLACES,
    st.sampled_from([None, None, 1, 2]),
    st.sampled_from(["a", "b", "c"]),
    st.integers(0, 50),
)
AGREEMENTS = st.builds(
    lambda title, kind, date, doc, start: Agreement(
        title, kind, ("JP", "KR"), date, AgreementStatus.REFERENCED, (Span(doc, start, start + 1),)
    ),
    st.sampled_from(["resume shuttle diplomacy", "shuttle diplomacy resumption", "visa waiver",
                     "memorandum on rescue missions", "rescue missions memorandum"]),
    st.sampled_from(list(AgreementKind)),
    DATES,
    st.sampled_from(["a", "b"]),
    st.integers(0, 50),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(SUMMITS, max_size=8), st.randoms(use_true_random=False))
def test_summit_merge_is_idempotent_and_order_independent(
    summits: list[Summit], rng: random.Random
) -> None:
    """Merging merged records changes nothing, and input order does not matter."""
    once = merge_summits(summits)
    assert merge_summits(once) == once
    shuffled = list(summits)
    rng.shuffle(shuffled)
    assert merge_summits(shuffled) == once
    kept = {span for merged in once for span in merged.evidence}
    assert kept == {span for summit in summits for span in summit.evidence}


@settings(max_examples=150, deadline=None)
@given(st.lists(AGREEMENTS, max_size=8), st.randoms(use_true_random=False))
def test_agreement_merge_is_idempotent_and_order_independent(
    agreements: list[Agreement], rng: random.Random
) -> None:
    """Merging merged records changes nothing, and input order does not matter."""
    once = merge_agreements(agreements)
    assert merge_agreements(once) == once
    shuffled = list(agreements)
    rng.shuffle(shuffled)
    assert merge_agreements(shuffled) == once
