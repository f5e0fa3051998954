"""The period indexes of a Corpus answer exactly what a linear scan answers."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kjrel import strategies as ks
from kjrel.corpus import Corpus, DateIndex, _interval
from kjrel.models import (
    Claim,
    ClaimKind,
    Document,
    Extraction,
    PartialDate,
    Span,
    Summit,
    SummitStatus,
)


@st.composite
def near_dates(draw: st.DrawFn) -> PartialDate:
    """Partial dates in a few years, so that intervals often overlap."""
    year = draw(st.integers(2019, 2025))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year, month)
    return PartialDate(year, month, draw(st.integers(1, 28)))


periods = st.tuples(st.none() | near_dates(), st.none() | near_dates())


def scan(dates: list[PartialDate | None], low: dt.date, high: dt.date, within: bool) -> list[int]:
    """The linear scan the index replaces."""
    if within:
        return [i for i, d in enumerate(dates)
                if d is not None and low <= d.earliest() and d.latest() <= high]
    return [i for i, d in enumerate(dates)
            if d is not None and d.earliest() <= high and low <= d.latest()]


@settings(max_examples=300)
@given(st.lists(st.none() | near_dates(), max_size=60), periods, st.booleans())
def test_index_matches_a_linear_scan(
    dates: list[PartialDate | None], period: tuple[PartialDate | None, ...], within: bool
) -> None:
    start, end = period
    low = dt.date.min if start is None else start.earliest()
    high = dt.date.max if end is None else end.latest()
    assume(low <= high)
    assert DateIndex(dates).find(low, high, within=within) == scan(dates, low, high, within)


@st.composite
def corpora(draw: st.DrawFn) -> Corpus:
    """Corpora of summits, agreements and claims in any order, dated or not."""
    summits = draw(st.lists(ks.summits(), max_size=12))
    summits = [
        Summit(s.participants, draw(st.none() | near_dates()), status=s.status) for s in summits
    ]
    agreements = draw(st.lists(ks.agreements(), max_size=12))
    junk = st.sampled_from(["PRESENT_REF", "x"])
    values = st.one_of(near_dates().map(PartialDate.isoformat), junk)
    document = Document("d", "text", dt.date(2024, 1, 1))
    claims = tuple(
        Claim("Someone", draw(st.sampled_from(ClaimKind)), draw(values), None, Span("d", 0, 4))
        for _ in range(draw(st.integers(0, 12)))
    )
    agreements = [
        a.__class__(a.title, a.kind, a.parties, draw(st.none() | near_dates()), a.status)
        for a in agreements
    ]
    return Corpus(
        extractions=(Extraction(document, claims=claims),),
        summits=tuple(summits),
        agreements=tuple(agreements),
        entities=(),
        leaders=(),
    )


def _claim_date(claim: Claim) -> PartialDate | None:
    try:
        return PartialDate.parse(claim.value)
    except ValueError:
        return None


@settings(max_examples=150)
@given(corpora(), periods, st.booleans(), st.none() | st.sampled_from(SummitStatus))
def test_corpus_queries_match_a_linear_scan(
    corpus: Corpus, period: tuple[PartialDate | None, ...], within: bool,
    status: SummitStatus | None,
) -> None:
    start, end = period
    try:
        low, high = _interval(start, end)
    except ValueError:
        return
    summits = [corpus.summits[i] for i in scan([s.date for s in corpus.summits], low, high, within)]
    assert corpus.summits_between(start, end, within=within, status=status) == tuple(
        s for s in summits if status is None or s.status is status
    )
    agreements = scan([a.date for a in corpus.agreements], low, high, within)
    assert corpus.agreements_between(start, end, within=within) == tuple(
        corpus.agreements[i] for i in agreements
    )
    claims = scan([_claim_date(c) for c in corpus.claims], low, high, within)
    assert corpus.claims_between(start, end, within=within) == tuple(
        corpus.claims[i] for i in claims
    )
    # asked twice, from the index built the first time
    assert corpus.claims_between(start, end, within=within, kind=ClaimKind.LEAVES_OFFICE) == tuple(
        corpus.claims[i] for i in claims if corpus.claims[i].kind is ClaimKind.LEAVES_OFFICE
    )


def test_seed_queries() -> None:
    """On the seeds: the README's query and a claim period."""
    import kjrel

    corpus = kjrel.load()
    assert [str(s.date) for s in corpus.summits_between("2024-09-06", "2024-09-06")] == [
        "2024-09-06"
    ]
    assert {c.value for c in corpus.claims_between("2024-09", "2024-10")} >= {"2024-09"}
