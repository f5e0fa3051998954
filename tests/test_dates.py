"""Calendar arithmetic that cannot fail: kjrel.dates and PartialDate's shifts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from kjrel.dates import (
    calendar_day,
    last_day_of_month,
    same_day_in_year,
    shift_day,
    weekday_on_or_after,
    weekday_on_or_before,
)
from kjrel.models import Document, Mod, PartialDate
from kjrel.pipeline import extract

# Every day from 1900 to 2100; hypothesis favours the edges (month ends,
# leap days) through explicit examples below and its own boundary bias.
DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
ANY_DAY = st.dates()
YEARS = st.integers(min_value=-300, max_value=300)
MONTHS = st.integers(min_value=-3000, max_value=3000)
SHIFT_DAYS = st.integers(min_value=-80_000, max_value=80_000)
LEAP_DAYS = st.sampled_from([dt.date(y, 2, 29) for y in range(1904, 2100, 4)])
MONTH_ENDS = st.builds(
    lambda y, m: dt.date(y, m, last_day_of_month(y, m)),
    st.integers(1900, 2100),
    st.integers(1, 12),
)
HARD_DAYS = st.one_of(DAYS, LEAP_DAYS, MONTH_ENDS)


@given(HARD_DAYS, YEARS, MONTHS, SHIFT_DAYS)
def test_shift_day_agrees_with_relativedelta_inside_the_calendar(
    day: dt.date, years: int, months: int, days: int
) -> None:
    expected = day + relativedelta(years=years, months=months) + relativedelta(days=days)
    assert shift_day(day, years=years, months=months, days=days) == expected


@given(ANY_DAY, st.integers(-20_000, 20_000), st.integers(-300_000, 300_000),
       st.integers(-5_000_000, 5_000_000))
def test_shift_day_never_fails_and_stays_in_the_calendar(
    day: dt.date, years: int, months: int, days: int
) -> None:
    moved = shift_day(day, years=years, months=months, days=days)
    assert dt.date.min <= moved <= dt.date.max


@given(HARD_DAYS, YEARS)
def test_year_shift_keeps_month_and_clamps_the_day(day: dt.date, years: int) -> None:
    moved = shift_day(day, years=years)
    assert (moved.year, moved.month) == (day.year + years, day.month)
    assert moved.day == min(day.day, last_day_of_month(moved.year, moved.month))


@given(HARD_DAYS, st.integers(1900, 2100))
def test_same_day_in_year_is_the_rule(day: dt.date, year: int) -> None:
    moved = same_day_in_year(day, year)
    assert moved.year == year and moved.month == day.month
    if calendar_day(year, day.month, day.day) is not None:
        assert moved.day == day.day
    else:  # only 29 February in a common year lacks its day
        assert (day.month, day.day, moved.day) == (2, 29, 28)


@given(ANY_DAY, st.integers(0, 6), st.booleans())
def test_weekday_search_never_fails(day: dt.date, weekday: int, strictly: bool) -> None:
    before = weekday_on_or_before(day, weekday, strictly=strictly)
    after = weekday_on_or_after(day, weekday, strictly=strictly)
    assert before <= day <= after
    if dt.date.min + dt.timedelta(days=7) <= day <= dt.date.max - dt.timedelta(days=7):
        assert before.weekday() == weekday == after.weekday()
        assert (day - before).days <= 7 and (after - day).days <= 7
        if strictly:
            assert before < day < after


@given(st.integers(1, 9999), st.integers(-5, 20), st.integers(-5, 40))
def test_calendar_day_is_none_exactly_when_date_rejects(year: int, month: int, day: int) -> None:
    try:
        expected: dt.date | None = dt.date(year, month, day)
    except ValueError:
        expected = None
    assert calendar_day(year, month, day) == expected


@pytest.mark.parametrize(
    ("start", "kwargs", "end"),
    [
        ("2024-02-29", {"years": -1}, "2023-02-28"),
        ("2024-02-29", {"years": 4}, "2028-02-29"),
        ("2024-01-31", {"months": 1}, "2024-02-29"),
        ("2023-01-31", {"months": 1}, "2023-02-28"),
        ("2024-12-31", {"days": 1}, "2025-01-01"),
        ("9999-12-31", {"days": 1}, "9999-12-31"),
        ("0001-01-01", {"years": -1}, "0001-01-01"),
    ],
)
def test_documented_examples(start: str, kwargs: dict[str, int], end: str) -> None:
    assert shift_day(dt.date.fromisoformat(start), **kwargs).isoformat() == end


@given(st.one_of(
    st.builds(PartialDate, st.integers(1, 9999)),
    st.builds(lambda d: PartialDate(d.year, d.month), ANY_DAY),
    st.builds(PartialDate.from_date, ANY_DAY),
), YEARS, MONTHS, SHIFT_DAYS, st.sampled_from([None, *Mod]))
def test_partial_date_shift_keeps_precision_and_mod(
    date: PartialDate, years: int, months: int, days: int, mod: Mod | None
) -> None:
    date = PartialDate(date.year, date.month, date.day, mod)
    moved = date.shifted(years=years, months=months, days=days)
    assert moved.precision == date.precision and moved.mod == mod
    # The shift moves the interval's first day; the result is the period of
    # the same precision that holds it.
    assert moved.contains(shift_day(date.earliest(), years=years, months=months, days=days))


@given(st.builds(PartialDate.from_date, HARD_DAYS), st.integers(1900, 2100))
def test_partial_date_in_year(date: PartialDate, year: int) -> None:
    moved = date.in_year(year)
    assert moved.year == year and moved.month == date.month
    assert moved.earliest() == same_day_in_year(date.earliest(), year)


def test_leap_day_meeting_moved_a_year_back_is_the_28th() -> None:
    # A past meeting dated after publication is moved a year back; 2023 has no Feb 29.
    text = (
        "President Yoon Suk Yeol and Prime Minister Fumio Kishida met in Tokyo"
        " on Feb. 29 and held talks."
    )
    extraction = extract(Document(id="leap", text=text, published=dt.date(2024, 2, 10)))
    assert [str(s.date) for s in extraction.summits] == ["2023-02-28"]


def test_every_day_from_1900_to_2100_under_the_stages_shifts() -> None:
    # Exhaustive, not sampled: every day, every shift the pipeline makes.
    day, last = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
    one = dt.timedelta(days=1)
    while day <= last:
        for years in (-1, 1, -4, 4):
            moved = shift_day(day, years=years)
            assert moved.month == day.month and moved.year == day.year + years
            assert moved.day == min(day.day, last_day_of_month(moved.year, day.month))
        for months in (-1, 1, -12, 12):
            moved = shift_day(day, months=months)
            assert moved == day + relativedelta(months=months)
        assert shift_day(day, days=1) == day + one and shift_day(day, days=-1) == day - one
        assert same_day_in_year(day, day.year - 1) == shift_day(day, years=-1)
        day += one


def test_no_stage_does_date_arithmetic_by_hand() -> None:
    # Shifts live in kjrel.dates; a stage that adds a timedelta or replaces a
    # year by hand is where a leap day would crash it.
    src = Path(__file__).resolve().parent.parent / "src" / "kjrel"
    by_hand = re.compile(r"relativedelta|timedelta|\.replace\((year|month|day)=|evolve\([^)]*year=")
    offenders = [
        f"{path.relative_to(src)}:{number}"
        for path in sorted(src.rglob("*.py"))
        if path.name != "dates.py"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if by_hand.search(line)
    ]
    assert offenders == []
