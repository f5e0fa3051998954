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

__all__ = ["dateline_city"]

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
