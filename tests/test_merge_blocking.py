"""Blocked merging (kjrel.merge) gives exactly what the all-pairs merge gave.

The reference below is the merge as it was before blocking: every record
compared with every group, evidence sorted at every combination. The
blocked merge must return the same records in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel import merge
from kjrel.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    PartialDate,
    Place,
    Span,
    Summit,
    SummitKind,
    SummitStatus,
)

T = TypeVar("T", Summit, Agreement)


def all_pairs(
    records: Sequence[T],
    order: Callable[[T], tuple[object, ...]],
    compatible: Callable[[T, T], bool],
    combine: Callable[[T, T], T],
) -> list[T]:
    """The quadratic grouping kjrel used before blocking."""
    current = list(records)
    while True:
        merged: list[T] = []
        for record in sorted(current, key=order):
            fits = [i for i, group in enumerate(merged) if compatible(group, record)]
            if len(fits) == 1:
                both = combine(merged[fits[0]], record)
                union = tuple(sorted(set(merged[fits[0]].evidence) | set(record.evidence)))
                merged[fits[0]] = attrs.evolve(both, evidence=union)
            else:
                merged.append(record)
        if len(merged) == len(current):
            return merged
        current = merged


@st.composite
def dates(draw: st.DrawFn) -> PartialDate | None:
    if draw(st.integers(0, 9)) == 0:
        return None
    year = draw(st.sampled_from((2023, 2024)))
    precision = draw(st.sampled_from(("year", "month", "day", "day")))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(8, 10))
    return PartialDate(year, month) if precision == "month" else PartialDate(
        year, month, draw(st.integers(5, 7))
    )


spans = st.builds(
    lambda doc, start: Span(doc, start, start + 3),
    st.sampled_from(("a", "b", "c")), st.integers(0, 6),
)
people = st.sampled_from(
    (("Fumio Kishida", "Yoon Suk Yeol"), ("Yoon Suk Yeol", "Fumio Kishida"),
     ("Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"), ("Ishiba Shigeru", "Yoon Suk Yeol"))
)
places = st.sampled_from(
    (None, Place("Seoul", "KR"), Place("near Washington", "US"), Place("Washington", None),
     Place("Tokyo", None), Place("", None))
)
summits = st.builds(
    Summit, people, dates(), places,
    kind=st.sampled_from(SummitKind), ordinal=st.sampled_from((None, None, 1, 2)),
    status=st.sampled_from(SummitStatus), occasion=st.sampled_from((None, "G7", "APEC")),
    evidence=st.lists(spans, max_size=3).map(tuple), country=st.sampled_from((None, "KR", "JP")),
)
agreements = st.builds(
    Agreement, st.sampled_from(("joint statement", "memorandum on energy", "pledge on chips",
                                "memorandum on chips")),
    st.sampled_from((AgreementKind.MOU, AgreementKind.COMMITMENT, AgreementKind.JOINT_STATEMENT)),
    st.sampled_from((("JP", "KR"), ("KR", "JP"), ("JP", "KR", "US"))),
    dates(), st.sampled_from(AgreementStatus), st.lists(spans, max_size=3).map(tuple),
)


@settings(max_examples=300)
@given(st.lists(summits, max_size=25))
def test_summits_merge_as_before(records: list[Summit]) -> None:
    expected = all_pairs(records, merge._summit_order, merge.same_summit, merge._combine_summits)
    key = lambda s: (merge._date_key(s.date), *merge._summit_order(s)[2:])  # noqa: E731
    assert merge.merge_summits(records) == tuple(sorted(expected, key=key))


@settings(max_examples=300)
@given(st.lists(agreements, max_size=25))
def test_agreements_merge_as_before(records: list[Agreement]) -> None:
    expected = all_pairs(
        records, merge._agreement_order, merge.same_agreement, merge._combine_agreements
    )
    key = lambda a: (merge._date_key(a.date), *merge._agreement_order(a)[2:])  # noqa: E731
    assert merge.merge_agreements(records) == tuple(sorted(expected, key=key))
