"""Pure resolution arithmetic for temporal expressions.

Every function here maps numbers and an anchor date to a TIMEX3 value
string (or a date); none of them reads text. Calendar arithmetic is
:mod:`kjrel.dates`, so "a month before 31 March" is the last day of
February, as in the rest of the library, and no shift raises.

A value that would fall outside the years 1 to 9999 ("a million years ago")
is ``None``: the stage drops such expressions rather than pin them to the
end of the calendar.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from kjrel.dates import calendar_day, shift_day, weekday_on_or_after, weekday_on_or_before
from kjrel.pipeline.syntax.identity import IdentityEnum

__all__ = [
    "Tense",
    "century_value",
    "date_value",
    "decade_value",
    "duration_value",
    "iso_week",
    "month_day_date",
    "month_value",
    "month_year",
    "shift_value",
    "to_24h",
    "weekday_date",
]


class Tense(IdentityEnum):
    """The tense of the clause around an expression, as far as it is known."""

    PAST = "past"
    """The clause reports something that happened."""
    FUTURE = "future"
    """The clause reports something still to come."""
    UNKNOWN = "unknown"
    """No tense marker was found near the expression."""


def date_value(day: dt.date) -> str:
    """Return ``YYYY-MM-DD``."""
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """Return ``YYYY-MM`` (checking that the year is 1 to 9999)."""
    if not 1 <= year <= 9999 or not 1 <= month <= 12:
        raise ValueError(f"no such month: {year}-{month}")
    return f"{year:04d}-{month:02d}"


def iso_week(day: dt.date) -> str:
    """Return the ISO 8601 week of ``day`` (``2024-W35``)."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_year(month: int, anchor: dt.date, tense: Tense) -> int:
    """Return the year of the nearest occurrence of ``month`` consistent with ``tense``.

    In a past-tense clause the month is the latest one on or before the
    anchor's month; in a future-tense clause the earliest on or after it;
    otherwise the nearest (the current year if six months away or less).
    """
    if tense is Tense.PAST:
        return anchor.year if month <= anchor.month else anchor.year - 1
    if tense is Tense.FUTURE:
        return anchor.year if month >= anchor.month else anchor.year + 1
    diff = month - anchor.month
    if diff > 6:
        return anchor.year - 1
    if diff < -6:
        return anchor.year + 1
    return anchor.year


_ZONE_SLACK_DAYS = 1  # how far past its anchor a past clause's date may lie (time zones)


def month_day_date(month: int, day: int, anchor: dt.date, tense: Tense) -> dt.date | None:
    """Return the occurrence of ``month``/``day`` that ``tense`` calls for.

    Past: the latest on or before ``anchor`` (or the day after it, which a
    date line puts there); future: the earliest on or after it; unknown: the
    nearest (the earlier on a tie). ``None`` if the
    day exists in none of the three years around the anchor (30 February).
    """
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [d for d in (calendar_day(y, month, day) for y in years) if d is not None]
    if not candidates:
        return None
    if tense is Tense.PAST:
        # a day past the anchor is the same date across a date line ("0:20 a.m. on
        # April 1, Japan time" in a report dated March 31), not a year earlier
        before = [c for c in candidates if c <= shift_day(anchor, days=_ZONE_SLACK_DAYS)]
        return max(before) if before else min(candidates)
    if tense is Tense.FUTURE:
        after = [c for c in candidates if c >= anchor]
        return min(after) if after else max(candidates)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c))


def weekday_date(weekday: int, anchor: dt.date, tense: Tense, strict: bool = False) -> dt.date:
    """Return the date of ``weekday`` (Monday = 0) nearest ``anchor`` in ``tense``.

    Past: the latest such day on or before the anchor (strictly before if
    ``strict``, as for "last Friday"); future: the earliest on or after it
    (strictly after if ``strict``, "next Friday"); unknown: the nearer of
    the two (a day on the anchor itself is the anchor).
    """
    if tense is Tense.PAST:
        return weekday_on_or_before(anchor, weekday, strictly=strict)
    if tense is Tense.FUTURE:
        return weekday_on_or_after(anchor, weekday, strictly=strict)
    before = weekday_on_or_before(anchor, weekday)
    after = weekday_on_or_after(anchor, weekday)
    return before if (anchor - before) <= (after - anchor) else after


_DAYS_PER_UNIT = {"S": 0, "MIN": 0, "H": 0, "D": 1, "W": 7, "FN": 14}
_MONTHS_PER_UNIT = {"M": 1, "Y": 12, "DE": 120, "CE": 1200}


def shift_value(anchor: dt.date, amount: int, unit: str) -> str | None:
    """Return the value of ``amount`` ``unit`` s after ``anchor`` (negative: before).

    The value has the granularity of the unit: a day for days and smaller
    units, an ISO week for weeks, a month for months, a year for years,
    decades and centuries ("two years ago" is a year, not a day). ``None``
    if the result falls outside the years 1 to 9999.
    """
    if unit in _DAYS_PER_UNIT:
        days = amount * _DAYS_PER_UNIT[unit]
        if not dt.date.min.toordinal() <= anchor.toordinal() + days <= dt.date.max.toordinal():
            return None
        moved = shift_day(anchor, days=days)
        return iso_week(moved) if unit in {"W", "FN"} else date_value(moved)
    months = amount * _MONTHS_PER_UNIT[unit]
    if not 1 <= anchor.year + (anchor.month - 1 + months) // 12 <= 9999:
        return None
    moved = shift_day(anchor, months=months)
    return month_value(moved.year, moved.month) if unit == "M" else f"{moved.year:04d}"



# Units in the order ISO 8601 writes them; how a fraction of one carries
# into the next smaller unit.
_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")
_CARRY: dict[str, tuple[str, int]] = {
    "Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
    "MIN": ("S", 60),
}
_SCALE: dict[str, tuple[str, int]] = {"DE": ("Y", 10), "CE": ("Y", 100), "FN": ("W", 2)}


def _number(value: Fraction) -> str:
    """Write a non-negative amount as an integer or a short decimal."""
    if value.denominator == 1:
        return str(value.numerator)
    text = f"{float(value):.3f}".rstrip("0").rstrip(".")
    return text


def duration_value(parts: list[tuple[Fraction, str]]) -> str:
    """Return the ISO 8601 duration of a sum of amounts (``PT1H40M``, ``P1Y6M``).

    Units are ``Y M W D H MIN S`` plus ``DE`` (decade), ``CE`` (century) and
    ``FN`` (fortnight). Fractions carry into the next smaller unit ("a year
    and a half" is ``P1Y6M``, "three and a half hours" ``PT3H30M``); weeks
    are written alone (``P2W``) or, mixed with other units, as days.
    """
    totals: dict[str, Fraction] = {}
    for amount, unit in parts:
        base, factor = _SCALE.get(unit, (unit, 1))
        totals[base] = totals.get(base, Fraction(0)) + amount * factor
    if "W" in totals and len([u for u in totals if totals[u]]) > 1:
        totals["D"] = totals.get("D", Fraction(0)) + totals.pop("W") * 7
    for unit in _ORDER:
        value = totals.get(unit)
        if value is None or value.denominator == 1 or unit not in _CARRY:
            continue
        whole = Fraction(int(value))
        smaller, factor = _CARRY[unit]
        totals[unit] = whole
        totals[smaller] = totals.get(smaller, Fraction(0)) + (value - whole) * factor
    date_part = "".join(
        f"{_number(totals[u])}{u}" for u in ("Y", "M", "W", "D") if totals.get(u)
    )
    time_part = "".join(
        f"{_number(totals[u])}{'M' if u == 'MIN' else u}"
        for u in ("H", "MIN", "S")
        if totals.get(u)
    )
    if not date_part and not time_part:
        return "PT0S" if any(u in totals for u in ("H", "MIN", "S")) else "P0D"
    return "P" + date_part + ("T" + time_part if time_part else "")


def decade_value(first_year: int) -> str:
    """Return the TIMEX3 value of the decade starting ``first_year`` (1990 -> ``199``)."""
    return f"{first_year // 10:03d}"


def century_value(ordinal: int) -> str:
    """Return the TIMEX3 value of the ``ordinal`` century (20th -> ``19``)."""
    return f"{ordinal - 1:02d}"


def to_24h(hour: int, ampm: str | None) -> int:
    """Return the hour on a 24-hour clock (``ampm`` is "a.m.", "pm", ... or ``None``)."""
    if not ampm:
        return hour
    pm = ampm.lower().startswith("p")
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm and hour < 12 else hour
