"""Tests of cross-document merging (:mod:`kjrel.merge`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel.merge import group_agreements, group_summits, merge_agreements, merge_summits
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
from kjrel.reference import default_reference

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


def test_records_of_one_reference_id_are_one_whatever_their_places() -> None:
    """Osaka and Tokyo, linked to one meeting, are one record; the reference's place leads."""
    reference = default_reference()
    tokyo = attrs.evolve(_summit("a", PartialDate(2023, 3), "Tokyo", "JP"),
                         reference_id="m-2023-03-16-tokyo")
    osaka = attrs.evolve(_summit("b", PartialDate(2023, 3, 16), "Osaka", "JP"),
                         reference_id="m-2023-03-16-tokyo")
    (group,) = group_summits([osaka, tokyo], reference=reference)
    assert group.record.place == Place("Tokyo", "JP")
    assert group.record.date == PartialDate(2023, 3)  # the disagreeing report's day is not taken
    assert group.record.reference_id == "m-2023-03-16-tokyo"
    assert group.reports == (tokyo, osaka)
    # without the reference, the most precise report leads, as for unlinked records
    (plain,) = merge_summits([osaka, tokyo])
    assert plain.place == Place("Osaka", "JP") and plain.date == PartialDate(2023, 3, 16)


def test_linked_unlinked_and_vague_records_never_mix() -> None:
    """A linked record joins only its id; a vague one (apart) joins nothing."""
    linked = attrs.evolve(_summit("a", PartialDate(2023, 3, 16), "Tokyo", "JP"),
                          reference_id="m-2023-03-16-tokyo")
    other_id = attrs.evolve(_summit("b", PartialDate(2023, 3, 16), "Tokyo", "JP"),
                            reference_id="m-user-defined")
    unlinked = _summit("c", PartialDate(2023, 3, 16), "Tokyo", "JP")
    vague = _summit("d", PartialDate(2023))
    again = _summit("e", PartialDate(2023))
    records = [linked, other_id, unlinked, vague, again]
    merged = merge_summits(records, apart={vague, again})
    assert sorted(s.documents() for s in merged) == [("a",), ("b",), ("c",), ("d",), ("e",)]
    # not apart, the years join the one unlinked record they fit; never a linked one
    merged = merge_summits(records, apart={vague})
    assert sorted(s.documents() for s in merged) == [("a",), ("b",), ("c", "e"), ("d",)]
    merged = merge_summits(records)
    assert sorted(s.documents() for s in merged) == [("a",), ("b",), ("c", "d", "e")]


def test_agreements_of_one_instrument_are_one() -> None:
    """Two titles of GSOMIA, linked to it, are one record with the first, most precise title."""
    gsomia = "i-2016-11-23-gsomia"
    first = Agreement("GSOMIA", AgreementKind.TREATY, ("JP", "KR"), PartialDate(2016, 11, 23),
                      AgreementStatus.SIGNED, (Span("a", 0, 1),), reference_id=gsomia)
    second = Agreement("the intelligence-sharing pact", AgreementKind.TREATY, ("JP", "KR"),
                       None, AgreementStatus.REFERENCED, (Span("b", 0, 1),),
                       reference_id=gsomia)
    (group,) = group_agreements([second, first])
    assert group.record.title == "GSOMIA" and group.record.documents() == ("a", "b")
    assert group.record.status is AgreementStatus.SIGNED and group.reports == (first, second)


IDS = st.sampled_from([None, None, "m-2023-03-16-tokyo", "m-2024-09-06-seoul"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(SUMMITS, IDS, st.booleans()), max_size=8),
       st.randoms(use_true_random=False))
def test_linked_merge_is_idempotent_order_independent_and_keeps_ids(
    drawn: list[tuple[Summit, str | None, bool]], rng: random.Random
) -> None:
    """With ids and vague records: merging twice changes nothing, order does not matter,
    every id is one record, and no record joins two ids."""
    summits = [attrs.evolve(s, reference_id=ident) for s, ident, _ in drawn]
    apart = {s for s, (_, ident, vague) in zip(summits, drawn, strict=True)
             if vague and ident is None}
    reference = default_reference()
    once = group_summits(summits, reference=reference, apart=apart)
    records = [g.record for g in once]
    assert merge_summits(records, reference=reference, apart=apart) == tuple(records)
    shuffled = list(summits)
    rng.shuffle(shuffled)
    assert group_summits(shuffled, reference=reference, apart=apart) == once
    ids = [r.reference_id for r in records if r.reference_id is not None]
    assert len(ids) == len(set(ids)) == len({s.reference_id for s in summits} - {None})
    for group in once:
        assert {r.reference_id for r in group.reports} == {group.record.reference_id}
        assert set(group.record.evidence) == {span for r in group.reports for span in r.evidence}
