"""Calendar arithmetic that cannot fail.

Every stage of kjrel that moves a date (a year back for a past meeting, a
month on for "next month", the same day in another year) does it here, so
the two hard cases are settled once:

**A day the target month lacks** (29 February in a common year, 31 in a
30-day month) becomes **the last day of that month**: 2024-02-29 one year
back is 2023-02-28. This keeps the date's precision. A meeting told as
"Feb. 29" and moved to 2023 is still a day, which sorts, merges with other
reports of the same day and is compared as a day. Widening it to the month
would make it overlap every other event of February 2023. It is also what
:mod:`dateutil.relativedelta` does, so every date kjrel computes agrees with
the library it already depends on.

**A result outside the calendar** (before 0001-01-01 or after 9999-12-31,
the range of :class:`datetime.date`) is held at that end of the range.
Articles are dated in the twentieth and twenty-first centuries; the limits
exist only so that no input, however odd, makes arithmetic raise.

The functions are pure and total: for every valid input they return a
valid date. :class:`~kjrel.models.PartialDate` offers the same shifts as
methods.
"""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = [
    "calendar_day",
    "last_day_of_month",
    "same_day_in_year",
    "shift_day",
    "weekday_on_or_after",
    "weekday_on_or_before",
]

_FIRST = dt.date.min
_LAST = dt.date.max


def last_day_of_month(year: int, month: int) -> int:
    """Return the number of days in ``month`` of ``year`` (28 to 31)."""
    return calendar.monthrange(year, month)[1]


def calendar_day(year: int, month: int, day: int) -> dt.date | None:
    """Return the date ``year-month-day``, or ``None`` if the calendar has no such day.

    Use this to ask whether a written day exists ("Feb. 29" in 2023 does
    not); use :func:`same_day_in_year` to move a day that does exist.
    """
    if not (_FIRST.year <= year <= _LAST.year and 1 <= month <= 12):
        return None
    if not 1 <= day <= last_day_of_month(year, month):
        return None
    return dt.date(year, month, day)


def _clamp_year(year: int) -> int:
    return max(_FIRST.year, min(_LAST.year, year))


def same_day_in_year(day: dt.date, year: int) -> dt.date:
    """Return the same month and day in ``year``; 29 February becomes the 28th in a common year.

    A year outside 1..9999 is held at that end of the range.
    """
    target = _clamp_year(year)
    return dt.date(target, day.month, min(day.day, last_day_of_month(target, day.month)))


def shift_day(day: dt.date, *, years: int = 0, months: int = 0, days: int = 0) -> dt.date:
    """Return ``day`` moved by ``years``, then ``months``, then ``days``.

    Years and months keep the day of the month where the target month has
    it, else take the month's last day (2024-01-31 plus one month is
    2024-02-29). A result outside 0001-01-01..9999-12-31 is held at that
    end of the range.
    """
    total_months = day.year * 12 + (day.month - 1) + years * 12 + months
    year, month0 = divmod(total_months, 12)
    if year < _FIRST.year:
        moved = _FIRST
    elif year > _LAST.year:
        moved = _LAST
    else:
        moved = dt.date(year, month0 + 1, min(day.day, last_day_of_month(year, month0 + 1)))
    if not days:
        return moved
    ordinal = moved.toordinal() + days
    return dt.date.fromordinal(max(_FIRST.toordinal(), min(_LAST.toordinal(), ordinal)))


def weekday_on_or_before(day: dt.date, weekday: int, *, strictly: bool = False) -> dt.date:
    """Return the latest date with ``weekday`` (Monday = 0) on or before ``day``.

    With ``strictly`` the date is before ``day`` ("last Friday"). Held at
    0001-01-01 if the calendar has no such day before ``day``.
    """
    back = (day.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return shift_day(day, days=-back)


def weekday_on_or_after(day: dt.date, weekday: int, *, strictly: bool = False) -> dt.date:
    """Return the earliest date with ``weekday`` (Monday = 0) on or after ``day``.

    With ``strictly`` the date is after ``day`` ("next Friday"). Held at
    9999-12-31 if the calendar has no such day after ``day``.
    """
    ahead = (weekday - day.weekday()) % 7
    if strictly and ahead == 0:
        ahead = 7
    return shift_day(day, days=ahead)
