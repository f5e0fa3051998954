"""Issue 12's properties of temporal resolution.

* A weekday or a month-and-day resolved in a past-tense clause is never after
  the reference day (here the publication date); in a future-tense clause it
  is never before it.
* Resolving a relative expression ("N days ago", "in N years' time" as
  "N years later" from the date line) and reading the value back gives the
  same distance: formatting round-trips.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel.models import Document
from kjrel.pipeline import extract
from kjrel.pipeline.temporal_lexicon import MONTHS

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = [n.title() for n in MONTHS if len(n) > 4 or n in {"may", "june", "july"}]
DAYS = st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2090, 12, 31))
PAST = ["The two leaders met in Seoul on {d}.", "Kishida visited Tokyo on {d}, officials said.",
        "They had talked by phone on {d}."]
FUTURE = ["The two leaders will meet in Seoul on {d}.",
          "Kishida is scheduled to visit Tokyo on {d}.",
          "The foreign ministers are meeting on {d}."]


def _values(text: str, published: dt.date) -> list[str]:
    return [t.value for t in extract(Document("p", text, published)).timexes]


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


@settings(max_examples=150, deadline=None)
@given(DAYS, st.sampled_from(WEEKDAYS), st.sampled_from(PAST))
def test_weekday_in_a_past_clause_is_never_after_the_reference_day(
    published: dt.date, weekday: str, template: str
) -> None:
    values = _values(template.format(d=weekday), published)
    assert len(values) == 1
    day = _day(values[0])
    assert day <= published and (published - day).days < 7
    assert day.strftime("%A") == weekday


@settings(max_examples=150, deadline=None)
@given(DAYS, st.sampled_from(WEEKDAYS), st.sampled_from(FUTURE))
def test_weekday_in_a_future_clause_is_never_before_the_reference_day(
    published: dt.date, weekday: str, template: str
) -> None:
    values = _values(template.format(d=weekday), published)
    assert len(values) == 1
    day = _day(values[0])
    assert day >= published and (day - published).days < 7
    assert day.strftime("%A") == weekday


@settings(max_examples=150, deadline=None)
@given(DAYS, st.sampled_from(MONTH_NAMES), st.integers(1, 28), st.booleans())
def test_month_day_follows_the_clause_tense(
    published: dt.date, month: str, day: int, past: bool
) -> None:
    """A past clause's month and day lie within a year before the reference day.

    Or on the day after it: a date line puts that day there ("0:20 a.m. on
    April 1, Japan time" in a report dated March 31), never a year back.
    """
    template = (PAST if past else FUTURE)[0]
    values = _values(template.format(d=f"{month} {day}"), published)
    assert len(values) == 1
    resolved = _day(values[0])
    if past:
        assert (resolved - published).days <= 1 and (published - resolved).days < 366
    else:
        assert resolved >= published and (resolved - published).days < 366


@settings(max_examples=150, deadline=None)
@given(DAYS, st.integers(2, 40), st.sampled_from(["days", "weeks", "months", "years"]))
def test_ago_round_trips(published: dt.date, amount: int, unit: str) -> None:
    values = _values(f"The two leaders last met {amount} {unit} ago.", published)
    assert len(values) == 1
    value = values[0]
    if unit == "days":
        assert (published - dt.date.fromisoformat(value)).days == amount
    elif unit == "weeks":
        year, week = value.split("-W")
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
        assert monday == published - dt.timedelta(days=7 * amount + published.weekday())
    elif unit == "months":
        moved = published - relativedelta(months=amount)
        assert value == f"{moved.year:04d}-{moved.month:02d}"
    else:
        assert value == f"{published.year - amount:04d}"
