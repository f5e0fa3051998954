"""Dates of clauses told as an interval from another date.

"On Sunday, exactly a year after they met at Camp David, ...": the
subordinate clause's event lies one year before the date of the clause it
hangs on. The interval is counted in days, weeks, months or years; the
result keeps the anchor's precision, but no finer than the interval's unit
unless the interval is exact ("three months after Nov. 16" is August, "exactly
a year after Sept. 8, 2024" is Sept. 8, 2023). Pure functions over a
sentence's parse.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kjrel.dates import shift_day
from kjrel.models import PartialDate
from kjrel.pipeline.syntax.clauses import ClauseKind, Parse
from kjrel.pipeline.temporal_lexicon import NUMBER_WORDS

__all__ = ["offset_date", "offset_from", "shifted_by_phrase"]

_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
_WEEK = 7
_DIRECTIONS = {"after": -1, "before": 1}


def offset_date(
    parse: Parse, number: int, dates: Sequence[tuple[int, int, PartialDate]]
) -> PartialDate | None:
    """Return the date of clause ``number`` when it is told as "N UNITs after/before".

    ``dates`` are the sentence's dates by document offset; the anchor is the
    last one before the interval. ``None`` when the clause is not such an
    interval, dates itself, or no anchor precedes it.
    """
    found = _clause_interval(parse, number)
    if found is None:
        return None
    amount, unit, start, exact = found
    end = parse.phrases.tokens[parse.clauses[number].last].end
    if any(start <= first < end for first, _last, _date in dates):
        return None  # "a month after visiting Tokyo on Aug 23": the clause's own date
    anchors = [date for first, _last, date in dates if first < start]
    if not anchors:
        return None
    return _shifted(anchors[-1], unit, amount, exact=exact)


def offset_from(parse: Parse, number: int, anchor: PartialDate) -> PartialDate | None:
    """Return the date of interval clause ``number`` counted from ``anchor``.

    "The summit came a day after they joined Trump for dinner": ``anchor`` is
    the summit's date, told in an earlier sentence. ``None`` when the clause
    is not an interval.
    """
    found = _clause_interval(parse, number)
    if found is None:
        return None
    amount, unit, _start, exact = found
    return _shifted(anchor, unit, amount, exact=exact)


def _clause_interval(parse: Parse, number: int) -> tuple[int, str, int, bool] | None:
    """Return the signed amount, unit, start and exactness of clause ``number``'s interval.

    "a year after they met": -1 years (the clause lies before the date it
    hangs on); ``None`` unless the clause is "N UNITs after/before ...".
    """
    clause = parse.clauses[number]
    if clause.kind is not ClauseKind.SUBORDINATE or clause.opener not in _DIRECTIONS:
        return None
    interval = _interval(parse, clause.first)
    if interval is None:
        return None
    amount, unit, start, exact = interval
    return amount * _DIRECTIONS[clause.opener], unit, start, exact


def shifted_by_phrase(parse: Parse, first: int, date: PartialDate | None) -> PartialDate | None:
    """Return the date of a meeting noun told as "the day after" the one it hangs on.

    "hold their first summit [on Nov. 2], the day after a three-way summit":
    the summit of three is a day before ``date``; "on the eve of a
    three-way summit", a day after it. ``first`` is the noun
    group's first token; ``None`` when no such phrase comes before it.
    """
    tokens = parse.phrases.tokens
    if date is not None and first >= 2 and tokens[first - 1].lower == "of" and (
            tokens[first - 2].lower == "eve"):
        return _shifted(date, "days", 1)  # "on the eve of a three-way summit": the next day
    if date is None or first < 3 or tokens[first - 1].lower not in _DIRECTIONS:
        return None
    interval = _interval(parse, first - 1)
    if interval is None:
        return None
    amount, unit, _start, exact = interval
    return _shifted(date, unit, amount * _DIRECTIONS[tokens[first - 1].lower], exact=exact)


def _interval(parse: Parse, opener: int) -> tuple[int, str, int, bool] | None:
    """Return the amount, unit, start offset and exactness of "a year" before token ``opener``.

    Exact: "exactly", "precisely" or "to the day" stands with it.
    """
    tokens = parse.phrases.tokens
    if opener < 2:
        return None
    unit = tokens[opener - 1].lower.removesuffix("s")
    count = tokens[opener - 2].lower
    amount = 1 if count in {"the", "a", "an"} else (
        int(count) if count.isdigit() else NUMBER_WORDS.get(count))
    if unit not in _UNITS or amount is None:
        return None
    before = tokens[opener - 3].lower if opener >= 3 else ""
    if before in _ROUGH:
        return amount, _UNITS[unit], tokens[opener - 2].start, False  # "barely a week after"
    return amount, _UNITS[unit], tokens[opener - 2].start, before in _EXACT or unit in {
        "day", "week"}


_EXACT = frozenset({"exactly", "precisely", "just"})
_ROUGH = frozenset({"barely", "about", "around", "nearly", "almost", "roughly", "some",
                    "approximately", "over", "under"})
"""Words that make an interval approximate ("barely a week after"): no exact day."""


def _shifted(
    anchor: PartialDate, unit: str, amount: int, *, exact: bool = True
) -> PartialDate | None:
    """Return ``anchor`` moved by ``amount`` ``unit``s, at the anchor's precision.

    Not exact, the result is no finer than the unit (a month for months, a
    year for years). ``None`` when the move is finer than the anchor ("two
    weeks" from a month).
    """
    first = dt.date(anchor.year, anchor.month or 1, anchor.day or 1)
    if not exact and unit == "years":
        return PartialDate(first.year + amount)
    if not exact and unit in {"days", "weeks"} and anchor.day is not None:
        moved = shift_day(first, days=amount * (_WEEK if unit == "weeks" else 1))
        return PartialDate(moved.year, moved.month)  # "barely a week after": that month
    if not exact and unit == "months" and anchor.month is not None:
        moved = shift_day(first, months=amount)
        return PartialDate(moved.year, moved.month)
    if anchor.day is not None:
        days = amount * (_WEEK if unit == "weeks" else 1) if unit in {"days", "weeks"} else 0
        moved = shift_day(first, years=amount if unit == "years" else 0,
                          months=amount if unit == "months" else 0, days=days)
        return PartialDate(moved.year, moved.month, moved.day)
    if anchor.month is not None and unit in {"months", "years"}:
        moved = shift_day(first, years=amount if unit == "years" else 0,
                          months=amount if unit == "months" else 0)
        return PartialDate(moved.year, moved.month)
    if anchor.month is None and unit == "years":
        return PartialDate(first.year + amount)
    return None
