"""The city a dateline names ("SEOUL, May 27 (KNS) --", "TOKYO, March 16").

Shared by the summit stage's article dateline and by the section datelines
of photo features and multi-part stories, whose every part is headed by a
line of its own.
"""

from __future__ import annotations

import re

from kjrel.gazetteer import Gazetteer
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.references import country_refs
from kjrel.pipeline.temporal_lexicon import MONTHS, WEEKDAYS

__all__ = ["SETTING_LINES", "dateline_city", "setting_city"]

_DATELINE_CITY = re.compile(r"\s*([A-Za-z][A-Za-z .'’-]{1,40}?)\s*(?:,|\(|—|–|--|-\s)")
_NOT_CITIES = frozenset({"published", "updated", "posted", "by", "photo", "file photo"})


def dateline_city(
    text: str, start: int, end: int, gazetteer: Gazetteer
) -> tuple[str, str | None] | None:
    """Return the city that opens the dateline ``text[start:end]``, and its country.

    None for a time stamp ("18:19 JST, September 6, 2024"), a live blog's
    day header ("Monday, May 27"), a byline word or a country.
    """
    match = _DATELINE_CITY.match(text, start, end)
    if match is None:
        return None
    city = match.group(1).strip()
    if not city[:1].isupper() or city.casefold() in _NOT_CITIES:
        return None
    if city.casefold() in WEEKDAYS or city.casefold().rstrip(".") in MONTHS:
        return None
    if city.isupper():
        city = " ".join(part.capitalize() for part in city.split())
    country = gazetteer.place_country(city) or lex.VENUES.get(city.casefold())
    if country is None:
        named = country_refs(text, match.end(), end, gazetteer)
        country = named[0][1] if named and text[match.end() : end] else None
    if country is None and gazetteer.country_of(city) is not None:
        return None  # a country, not a city
    return city, country


SETTING_LINES = 4
"""Sentences at the top of a page that may be its setting line."""

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PARENTHESIS = re.compile(r"\([^)]*\)")


def setting_city(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """Return the city a page's setting line names, before or after its date, and its country.

    "Washington, D.C., Thursday, March 31, 2016 (local time)" and "Thursday,
    November 16, 2023, 8:05 p.m. (local time), San Francisco": a readout's,
    briefing's or transcript's line of where and when, alone on its line.
    The caller checks that the line holds a day; a wire's dateline, which
    names no year ("NUSA DUA, Indonesia, Oct. 7 (KNS)"), is none.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return None
    if _YEAR.search(text, start, end) is None:
        return None
    parts = [p.strip() for p in _PARENTHESIS.sub("", text[start:end]).split(",")]
    for part in (parts[0], parts[-1]) if len(parts) > 1 else ():
        if not part[:1].isupper() or part.casefold() in WEEKDAYS:
            continue
        country = gazetteer.place_country(part)
        if country is not None:
            return part, country
    return None
