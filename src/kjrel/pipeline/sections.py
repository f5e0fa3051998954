"""The dated parts of an article: live-blog entries, caption datelines, timeline entries.

A line that holds one dated expression alone (a live blog's entry time), a
city in capitals before a day ("TOKYO, March 16", a photo feature's caption
dateline) or a day before a place ("July 21, 2004 - Jeju", a timeline's
entry) heads a part of the article; the meetings told under it take its day
and place when they name none. Pure functions of the text and its dated
expressions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kjrel.gazetteer import Gazetteer
from kjrel.models import PartialDate, TemporalExpression
from kjrel.pipeline.datelines import dateline_city
from kjrel.pipeline.events_lexicon import VENUES
from kjrel.pipeline.references import LocationRef

__all__ = ["entry_days", "section_heads"]

def entry_days(
    text: str, dated: Sequence[tuple[TemporalExpression, PartialDate]]
) -> tuple[tuple[int, PartialDate], ...]:
    """Return the day of every line that holds one dated time expression alone.

    Alone, or after a city in capitals ("TOKYO, March 16").
    """
    found: list[tuple[int, PartialDate]] = []
    for timex, date in dated:
        start, end = timex.span.start, timex.span.end
        line_start = text.rfind("\n", 0, start) + 1
        line = text[line_start : _line_end(text, end)].strip()
        head = text[line_start:start].strip().rstrip(",")
        alone = line == text[start:end].strip() or (
            _capital_city(head) and line.endswith(text[start:end].strip())
        ) or (not head and _HEADING_PLACE.fullmatch(line, len(text[start:end].strip())) is not None)
        if date.day is not None and alone:
            found.append((start, PartialDate(date.year, date.month, date.day)))
    return tuple(found)


def _capital_city(head: str) -> bool:
    """Whether a line opens with a city in capitals ("TOKYO", "KANANASKIS, Canada")."""
    first = head.split(",", maxsplit=1)[0].strip()
    return bool(first) and first.isupper()


def _undated_headings(
    text: str,
    entry_days: Sequence[tuple[int, PartialDate]],
    dated: Sequence[tuple[TemporalExpression, PartialDate]],
) -> list[tuple[int, None, None]]:
    """Return the timeline headings that name no one day.

    "Oct. 2011 and Dec. 18, 2011 - Seoul and Kyoto" ends the entry before it
    but dates nothing.
    """
    days = {start for start, _ in entry_days}
    found: list[tuple[int, None, None]] = []
    for timex, _date in dated:
        start = timex.span.start
        line_start = text.rfind("\n", 0, start) + 1
        if start in days or text[line_start:start].strip():
            continue
        heading = _HEADING_PLACE.search(text, start, _line_end(text, start))
        if heading is not None and all(head != line_start for head, _, _ in found):
            found.append((line_start, None, None))
    return found


_HEADING_PLACE = re.compile(
    r"\s+[-–—]\s+([A-Z][\w.'’]*(?: (?:and |& )?[A-Z][\w.'’]*){0,3})\s*$", re.MULTILINE
)
"""The place after a date that heads a timeline's entry ("July 21, 2004 - Jeju")."""


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def section_heads(
    text: str,
    entry_days: Sequence[tuple[int, PartialDate]],
    gazetteer: Gazetteer,
    dated: Sequence[tuple[TemporalExpression, PartialDate]] = (),
) -> tuple[tuple[int, PartialDate | None, LocationRef | None], ...]:
    """Return the heads of an article told in dated parts, each with its day and place.

    A line of a capitalised city and a day ("TOKYO, March 16", a photo
    feature's caption dateline) heads a part. A live blog's lines of a day
    or time alone do not: its entries date their meetings in words.
    """
    heads: list[tuple[int, PartialDate | None, LocationRef | None]] = []
    heads.extend(_undated_headings(text, entry_days, dated))
    for start, day in entry_days:
        line_start = text.rfind("\n", 0, start) + 1
        city = text[line_start:start].strip().rstrip(",").split(",")[0]
        heading = _HEADING_PLACE.search(text, start, _line_end(text, start))
        if not city and heading is not None:  # "July 21, 2004 - Jeju": a timeline's entry
            name = heading.group(1).strip()
            country = gazetteer.place_country(name) or VENUES.get(name.casefold())
            place = LocationRef(heading.start(1), heading.start(1) + len(name), name, country)
            heads.append((line_start, day, place))
        elif city.isupper():
            found = dateline_city(text, line_start, start, gazetteer)
            if found is not None:
                place = LocationRef(line_start, line_start + len(city), found[0], found[1])
                heads.append((line_start, day, place))
    return tuple(sorted(heads, key=lambda head: head[0]))


