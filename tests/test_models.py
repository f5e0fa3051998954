"""Tests for kjrel.models: validators and partial-date interval semantics."""

from __future__ import annotations

import calendar
import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kjrel.models import (
    Agreement,
    AgreementKind,
    Document,
    Leader,
    Mod,
    Office,
    OfficeRole,
    PartialDate,
    Place,
    Span,
    TemporalExpression,
    TimexType,
)


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Partial dates of every precision (local: keeps this module self-contained)."""
    def build(day: dt.date, precision: int) -> PartialDate:
        if precision == 0:
            return PartialDate(day.year)
        if precision == 1:
            return PartialDate(day.year, day.month)
        return PartialDate.from_date(day)

    return st.builds(
        build, st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(0, 2)
    )


# --- Span ---------------------------------------------------------------


def test_span_rejects_end_before_start() -> None:
    """A span that ends before it starts is refused with a message saying so."""
    with pytest.raises(ValueError, match="span end 3 is before its start 5"):
        Span("d", 5, 3)


def test_span_rejects_negative_start() -> None:
    """Offsets are never negative."""
    with pytest.raises(ValueError, match="span start must be >= 0"):
        Span("d", -1, 3)


def test_span_slice_overlap_and_contains() -> None:
    """Spans slice their text and relate to each other only within one document."""
    text = "Seoul and Tokyo"
    span = Span("d", 10, 15)
    assert span.slice(text) == "Tokyo"
    assert len(span) == 5
    assert span.overlaps(Span("d", 14, 20))
    assert not span.overlaps(Span("d", 15, 20))  # half-open: touching is not overlapping
    assert not span.overlaps(Span("other", 10, 15))
    assert Span("d", 0, 20).contains(span)


def test_models_are_frozen() -> None:
    """Records are immutable."""
    span = Span("d", 0, 1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]


# --- PartialDate ----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((2024, 13), "month must be between 1 and 12, got 13"),
        ((2024, 0), "month must be between 1 and 12, got 0"),
        ((2023, 2, 29), "day must be between 1 and 28 for 2023-02, got 29"),
        ((2024, 4, 31), "day must be between 1 and 30 for 2024-04, got 31"),
        ((0,), "year must be between 1 and 9999, got 0"),
    ],
)
def test_partial_date_rejects_impossible_dates(args: tuple[int, ...], message: str) -> None:
    """Impossible months and days are refused with an exact message."""
    with pytest.raises(ValueError, match=message):
        PartialDate(*args)


def test_partial_date_day_needs_month() -> None:
    """A day without a month is meaningless."""
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(2024, None, 5)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year"),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"),
        ("2023-02", dt.date(2023, 2, 1), dt.date(2023, 2, 28), "month"),
        ("2024-09-06", dt.date(2024, 9, 6), dt.date(2024, 9, 6), "day"),
    ],
)
def test_partial_date_is_an_interval(
    text: str, earliest: dt.date, latest: dt.date, precision: str
) -> None:
    """A partial date covers every day it names."""
    value = PartialDate.parse(text)
    assert (value.earliest(), value.latest(), value.precision) == (earliest, latest, precision)
    assert value.isoformat() == text


@pytest.mark.parametrize("text", ["24", "2024-9", "2024/09", "September 2024", "2024-09-06T10"])
def test_partial_date_parse_rejects_other_forms(text: str) -> None:
    """Only YYYY, YYYY-MM and YYYY-MM-DD parse."""
    with pytest.raises(ValueError, match="expected YYYY, YYYY-MM or YYYY-MM-DD"):
        PartialDate.parse(text)


def test_partial_date_overlap_and_containment() -> None:
    """Intervals overlap when they share a day; containment is one-way."""
    year = PartialDate(2024)
    month = PartialDate(2024, 9)
    day = PartialDate(2024, 9, 6)
    assert year.overlaps(day) and day.overlaps(year)
    assert year.contains(month) and month.contains(day)
    assert not day.contains(month)
    assert not PartialDate(2023, 12).overlaps(PartialDate(2024, 1))
    assert month.contains(dt.date(2024, 9, 30))


def test_partial_date_str_shows_mod() -> None:
    """The mod is shown beside the ISO value, and does not change the interval."""
    end = PartialDate(2024, 9, mod=Mod.END)
    assert str(end) == "2024-09 [END]"
    assert end.latest() == PartialDate(2024, 9).latest()


@given(partial_dates())
def test_partial_date_parse_inverts_isoformat(value: PartialDate) -> None:
    """Parsing the ISO form gives the same date back."""
    assert PartialDate.parse(value.isoformat()) == value


@given(partial_dates())
def test_partial_date_interval_is_well_formed(value: PartialDate) -> None:
    """The interval is never empty, and the day count matches the precision."""
    days = (value.latest() - value.earliest()).days + 1
    if value.precision == "day":
        assert days == 1
    elif value.precision == "month":
        assert value.month is not None
        assert days == calendar.monthrange(value.year, value.month)[1]
    else:
        assert days in (365, 366)
    assert value.contains(value) and value.overlaps(value)


@given(partial_dates(), partial_dates())
def test_partial_date_overlap_is_symmetric(a: PartialDate, b: PartialDate) -> None:
    """Overlap does not depend on the order of the operands."""
    assert a.overlaps(b) == b.overlaps(a)
    if a.contains(b):
        assert a.overlaps(b)


@given(partial_dates(), partial_dates(), partial_dates())
def test_partial_date_sort_key_is_a_total_order(
    a: PartialDate, b: PartialDate, c: PartialDate
) -> None:
    """Sorting by ``sort_key`` is consistent: start first, then end."""
    ordered = sorted([a, b, c], key=PartialDate.sort_key)
    starts = [value.earliest() for value in ordered]
    assert starts == sorted(starts)


@given(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
def test_partial_date_from_date_is_exact(day: dt.date) -> None:
    """A full date is a one-day interval on that day."""
    value = PartialDate.from_date(day)
    assert value.earliest() == value.latest() == day


# --- places, leaders, agreements -------------------------------------------


@pytest.mark.parametrize("code", ["kr", "KOR", "K", "12", ""])
def test_country_codes_must_be_two_capital_letters(code: str) -> None:
    """Country codes are ISO 3166-1 alpha-2."""
    with pytest.raises(ValueError, match="ISO 3166-1 alpha-2"):
        Place("Seoul", code)


def test_agreement_parties_are_checked() -> None:
    """Every party of an agreement is a country code."""
    with pytest.raises(ValueError, match="ISO 3166-1 alpha-2"):
        Agreement("accord", AgreementKind.TREATY, ("JP", "Korea"))


def test_office_end_before_start_is_refused() -> None:
    """A term cannot end before it starts."""
    with pytest.raises(ValueError, match="office end 2020-01-01 is before its start"):
        Office("President", "KR", OfficeRole.HEAD_OF_STATE_AND_GOVERNMENT,
               dt.date(2021, 1, 1), dt.date(2020, 1, 1))


def test_leader_offices_by_date() -> None:
    """A foreign minister's term does not make a head of government."""
    leader = Leader(
        "Test Person",
        "JP",
        offices=(
            Office("Foreign Minister", "JP", OfficeRole.OTHER, dt.date(2012, 1, 1),
                   dt.date(2017, 1, 1)),
            Office("Prime Minister", "JP", OfficeRole.HEAD_OF_GOVERNMENT, dt.date(2021, 1, 1)),
        ),
    )
    assert not leader.is_leader_on(dt.date(2015, 6, 1))
    assert leader.is_leader_on(dt.date(2030, 1, 1))
    assert [o.title for o in leader.offices_on(dt.date(2015, 6, 1))] == ["Foreign Minister"]


def test_timex_as_partial_date() -> None:
    """Plain date values convert to partial dates, keeping the mod; others do not."""
    span = Span("d", 0, 4)
    month = TemporalExpression(span, "x", "2024-09", TimexType.DATE, Mod.END)
    assert month.as_partial_date() == PartialDate(2024, 9, mod=Mod.END)
    duration = TemporalExpression(span, "x", "P2D", TimexType.DURATION)
    assert duration.as_partial_date() is None


def test_document_span_text_checks_the_document() -> None:
    """A span from another document, or past the end, is refused."""
    document = Document("a", "hello world", dt.date(2024, 1, 1))
    assert document.span_text(Span("a", 6, 11)) == "world"
    with pytest.raises(ValueError, match="span of document 'b' used on 'a'"):
        document.span_text(Span("b", 0, 1))
    with pytest.raises(ValueError, match="past the text's end"):
        document.span_text(Span("a", 0, 50))
