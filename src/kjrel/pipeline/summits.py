"""Stage 7: meetings between leaders.

Needs the segmentation (sentences), the mentions (leaders, resolved through
pronouns and descriptions), the temporal expressions and the gazetteer;
makes one :class:`~kjrel.models.Summit` per distinct in-person meeting of
heads of state or government that the article reports or mentions.

How it works, sentence by sentence:

1. *Triggers.* A meeting noun ("summit", "talks", "meeting"), a meeting verb
   ("met", "held talks") or, weaker, the trip made for a meeting ("visited
   Tokyo", "Kishida's visit", "the occasion"). Meetings spoken of in
   aggregate ("a dozen meetings", "earlier summits"), meetings of other
   bodies ("cabinet meeting") and the larger gathering itself ("the G7
   summit") are not triggers.
2. *Attributes* of each trigger: the date of the nearest date expression in
   the same clause (a date inside a quotation or a ``, which ...`` clause
   does not date a meeting outside it; a sentence-initial date dates the
   whole sentence), the place (a city after "in", "near", "to" ...; a
   country gives the country only), the ordinal ("the 12th meeting",
   "their first summit"), the occasion ("on the sidelines of APEC"), and
   whether it is still to come.
3. *Participants*: leaders named or referred to in the sentence who were in
   office on the date; plural references ("the two leaders", "the men"),
   "the leaders of China and Japan" and a place in another country
   complete a pair from the leaders the article is about.
4. *Clustering*: dated mentions with two or more participants make or join
   the meeting with the same participants, an overlapping date and a
   compatible place; undated ones with a place join a compatible meeting
   (the article's main one first) or make one; mentions with neither (the
   summit, the trip) are evidence of the article's main meeting.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence

import attrs
from attrs import define, field, frozen

from kjrel.gazetteer import Gazetteer
from kjrel.models import (
    Document,
    EntityKind,
    Leader,
    OfficeRole,
    PartialDate,
    Place,
    Span,
    Summit,
    SummitKind,
    SummitStatus,
    TemporalExpression,
    TimexType,
)
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.types import FurnitureKind, Mentions, Segmentation, Sentence

__all__ = [
    "LeaderRef",
    "LocationRef",
    "country_refs",
    "find_summits",
    "head_of",
    "leader_refs",
    "location_refs",
    "region_of",
    "timex_date",
]

_TITLE_WORDS = frozenset(
    {
        "president", "prime", "minister", "premier", "chancellor", "mr", "mr.", "ms",
        "ms.", "mrs", "mrs.", "leader", "chairman", "general", "secretary", "king",
        "emperor", "former", "then", "then-president", "u.s.", "japanese", "korean",
        "south", "chinese", "outgoing", "incoming", "new", "late", "the", "and", "with",
    }
)
_EAST_ASIAN_ORDER = frozenset({"KR", "KP", "CN", "TW", "VN", "HK", "MO"})
_ROLE_PREFERENCE = (
    OfficeRole.HEAD_OF_STATE_AND_GOVERNMENT,
    OfficeRole.HEAD_OF_GOVERNMENT,
    OfficeRole.PARAMOUNT_LEADER,
    OfficeRole.HEAD_OF_STATE,
)
_DATE_WINDOW = 90
_TRIP_DAYS = 3
_MAX_TRIGGERS = 40  # per sentence: more is not prose, and would cost quadratic time
_PLACE_WINDOW = 70
_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"
_SENTENCE_INITIAL = re.compile(
    r"^[\W_]*(?:(?:back |earlier |later |also )?(?:in|on|at|by|during|last|this|since)\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_COUNTERPART = re.compile(
    r"\b(?:his|her|their|its)\s+([A-Z][\w.]+(?: [A-Z]\w+)?)\s+counterparts?\b"
)
_WORD = re.compile(r"[\w.'’-]+")
_WHERE_BEFORE = re.compile(r",\s*where\b", re.IGNORECASE)
_WHEN_BEFORE = re.compile(r",\s*when\b", re.IGNORECASE)
_WHERE_BEFORE = re.compile(r",\s*where\b", re.IGNORECASE)
_COUNTRY_PAIR = re.compile(
    r"\b((?:South |North )?[A-Z][a-z]+) and ((?:South |North )?[A-Z][a-z]+)\s+"
    r"(?:have |had |will |also |later |then )?(?:held|hold|holds|agreed to hold|met|meet)\b"
)
_NO_SUBJECT = re.compile(
    r"(?:also |then |later |on \w+ )?(?:will|would|is|are|was|were|held|hold|met|meet|"
    r"agreed|signed|joined|plans?|planned|is due|are due|went on|headed)\b"
)
_OF_PLACE = re.compile(
    r"\b(?:village|city|town|island|port|capital|resort|county|province|prefecture)\s+of\s+$",
    re.IGNORECASE,
)
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told (?:\w+ ){0,2}?|announced|reported|added|stated|confirmed)\s+"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)
_INFINITIVE_MEETING = re.compile(r"\bto\s+(?:hold|have|meet|visit|host)\b", re.IGNORECASE)
_LISTENER_BEFORE = re.compile(
    r"\b(?i:briefed|told|informed|updated|debriefed|briefing|telling|informing)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,4}$"
)
_ABOUT_AFTER = re.compile(r"\s+(?:on|about|of)\s+(?:his|her|their|the|a|its)\s+(?:\w+\s+){0,2}$")
_PRONOUN_SUBJECT = re.compile(r"\b(?:they|the two|both)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|(?:and\s+)?then)\s+|;\s+")


# --------------------------------------------------------------------------
# Shared helpers (also used by the agreements and claims stages)
# --------------------------------------------------------------------------


@frozen
class LeaderRef:
    """A stretch of text that refers to a known leader."""

    start: int
    """First code point."""
    end: int
    """One past the last code point."""
    leader: Leader
    """Who it refers to."""


@frozen
class LocationRef:
    """A place or country named as where something happens."""

    start: int
    """First code point of the name (of the preposition, for "near X")."""
    end: int
    """One past the last code point."""
    name: str | None
    """The place as written ("Seoul", "near Washington"), ``None`` for a country."""
    country: str | None
    """Alpha-2 code of the place or country, where known."""


def _surname(leader: Leader) -> str:
    parts = leader.name.split()
    if len(parts) < 2:
        return leader.name
    return parts[0] if leader.country in _EAST_ASIAN_ORDER else parts[-1]


def leader_refs(
    document: Document, mentions: Mentions, gazetteer: Gazetteer
) -> tuple[LeaderRef, ...]:
    """Return every reference to a gazetteer leader in the document, in text order.

    The mentions stage's leader mentions come first; full names the gazetteer
    finds and surnames of leaders already named fill in what it missed.
    Overlapping references keep the first found.
    """
    text = document.text
    on = document.published
    refs: list[LeaderRef] = []
    non_leader: list[tuple[int, int]] = []
    for mention in mentions.mentions:
        if mention.entity is None:
            continue
        if mention.entity_kind is not EntityKind.LEADER:
            non_leader.append((mention.start, mention.end))
            continue
        leader = gazetteer.lookup(mention.entity, on)
        if leader is not None:
            refs.append(LeaderRef(mention.start, mention.end, leader))
    stage_count = len(refs)
    for found in gazetteer.find_names(text):
        refs.append(LeaderRef(found.start, found.end, found.leader))
    named: dict[str, Leader] = {}
    for ref in refs:
        named.setdefault(ref.leader.name, ref.leader)
    covered = _Intervals(non_leader)
    titled: set[str] = set()  # common family names: only after a title
    surnames: dict[str, Leader | None] = {}
    for leader in named.values():
        key = gazetteer.family_name(leader) or _surname(leader)
        surnames[key] = None if key in surnames and surnames[key] != leader else leader
    # Family names of leaders in office on the publication day, even when the
    # article never gives their full name ("President Yoon and Prime Minister
    # Kishida met ...").
    for word in _family_names(gazetteer):
        if word in surnames:
            continue
        in_office = [
            leader
            for leader in gazetteer.surname_candidates(word, on)
            if leader.is_leader_on(on)
        ]
        if len(in_office) == 1 and re.search(
            r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text
        ):
            surnames[word] = in_office[0]
            if word in lex.COMMON_FAMILY_NAMES:
                titled.add(word)
    for key, maybe in surnames.items():
        if maybe is None or len(key) < 2:
            continue
        for match in re.finditer(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", text):
            before = text[max(0, match.start() - 30) : match.start()].split()
            previous = before[-1] if before else ""
            if (
                previous[:1].isupper()
                and previous.casefold().strip(",") not in _TITLE_WORDS
                and not previous.endswith((",", ".", ";", ":"))
            ):
                continue  # part of another person's name ("Akie Abe")
            if _inside(covered, match.start()):
                continue
            if key in titled and not lex.SURNAME_TITLES.search(
                text, max(0, match.start() - 20), match.start()
            ):
                continue
            if re.match(r" [A-Z][a-z]", text[match.end() : match.end() + 3]) and not re.match(
                r" (?:[A-Z][a-z]+day|[A-Z][a-z]+ary|March|April|May|June|July|August|"
                r"September|October|November|December|Says|Said)\b",
                text[match.end() : match.end() + 12],
            ):
                continue  # part of another person's name ("Moon Chung-in", "Lee Kyung-ho")
            refs.append(LeaderRef(match.start(), match.end(), maybe))
    refs.extend(_paired_past_leaders(text, refs, surnames, covered, gazetteer))
    # A mention-stage span that holds the names of two leaders ("President
    # Yoon and Prime Minister Kishida") gives way to the names inside it.
    own = sorted(refs[stage_count:], key=lambda r: r.start)
    own_starts = [r.start for r in own]
    for number in range(stage_count):
        ref = refs[number]
        low = bisect.bisect_left(own_starts, ref.start)
        high = bisect.bisect_left(own_starts, ref.end)
        inner = [r for r in own[low:high] if r.end <= ref.end]
        if any(r.leader != ref.leader for r in inner):
            refs[number] = LeaderRef(ref.start, ref.start, ref.leader)  # dropped below
    refs = [r for r in refs if r.end > r.start]
    refs.sort(key=lambda r: (r.start, -r.end))
    kept: list[LeaderRef] = []
    for ref in refs:
        if kept and ref.start < kept[-1].end:
            continue
        kept.append(ref)
    return tuple(kept)


@functools.lru_cache(maxsize=16)
def _unique_family_names(gazetteer: Gazetteer) -> dict[str, Leader]:
    """Return the family names that only one head of state or government bears.

    Common ones ("Moon") are among them; :func:`_paired_past_leaders` asks
    more of those.
    """
    seen: dict[str, list[Leader]] = {}
    for leader in gazetteer.leaders:
        name = gazetteer.family_name(leader)
        if name and len(name) >= 2:
            seen.setdefault(name, []).append(leader)
    return {
        name: found[0]
        for name, found in seen.items()
        if len(found) == 1
        and any(office.role is not OfficeRole.OTHER for office in found[0].offices)
    }


@functools.lru_cache(maxsize=16)
def _unique_family_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    """Return one pattern for every name of :func:`_unique_family_names`."""
    names = sorted(_unique_family_names(gazetteer), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


_BARE_NAME = re.compile(r"(?<![\w.-])([A-Z][a-z]{1,11})(?![\w-])")


def _dated_family_name(
    text: str,
    start: int,
    end: int,
    date: PartialDate,
    countries: set[str],
    article_countries: set[str],
    gazetteer: Gazetteer,
) -> LeaderRef | None:
    """Return another country's leader that a bare family name names on ``date``.

    As in "met Lee in Kyoto" in 2011: Lee Myung-bak.

    The word must follow "met", "and" or "with" and be followed by no
    other capitalised word, so that it is a name of its own, and the leader
    must be of a country whose leaders the article names.
    """
    for match in _BARE_NAME.finditer(text, start, end):
        before = text[max(start, match.start() - 6) : match.start()]
        if not re.search(r"\b(?:met|and|with)\s+$", before):
            continue
        if re.match(r"\s+[A-Z]", text[match.end() : match.end() + 2]):
            continue
        day = _reference_day(date, date.latest())
        found = [
            leader
            for leader in gazetteer.surname_candidates(match.group(1), day)
            if leader.country not in countries
            and leader.country in article_countries
            and _in_office(leader, date, day)
            and any(office.role is not OfficeRole.OTHER for office in leader.offices)
        ]
        if len(found) == 1:
            return LeaderRef(match.start(), match.end(), found[0])
    return None


_PAIR_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _paired_past_leaders(
    text: str,
    refs: Sequence[LeaderRef],
    surnames: dict[str, Leader | None],
    covered: _Intervals,
    gazetteer: Gazetteer,
) -> list[LeaderRef]:
    """Return family names of leaders the article never names in full.

    "the gap since Moon and Abe met in Osaka": a family name that only one
    head of state or government in the gazetteer bears counts after a title
    ("then-Prime Minister Noda") or when joined by "and" to another leader
    (for a very common family name, one whose own name is not so common).
    """
    found: list[LeaderRef] = []
    unique = _unique_family_names(gazetteer)
    for match in _unique_family_pattern(gazetteer).finditer(text):
        word = match.group(0)
        if word in surnames or _inside(covered, match.start()):
            continue
        if re.match(r" [A-Z][a-z]", text[match.end() : match.end() + 3]):
            continue  # part of a longer name
        found.append(LeaderRef(match.start(), match.end(), unique[word]))
    if not found:
        return []
    known = sorted([*refs, *found], key=lambda r: r.start)
    starts = [r.start for r in known]
    kept: list[LeaderRef] = []
    common = {id(ref) for ref in found if text[ref.start : ref.end] in lex.COMMON_FAMILY_NAMES}
    for ref in found:
        if lex.SURNAME_TITLES.search(text, max(0, ref.start - 20), ref.start):
            kept.append(ref)
            continue
        at = bisect.bisect_left(starts, ref.start)
        for other in known[max(0, at - 2) : at + 3]:  # only neighbours can be joined by "and"
            if other.leader == ref.leader or other.leader.country == ref.leader.country:
                continue
            if id(ref) in common and id(other) in common:
                continue  # "Moon and Lee": two common names prove nothing
            if other.end <= ref.start and _PAIR_LINK.fullmatch(text, other.end, ref.start):
                kept.append(ref)
                break
            if ref.end <= other.start and _PAIR_LINK.fullmatch(text, ref.end, other.start):
                kept.append(ref)
                break
    return kept


@functools.lru_cache(maxsize=16)
def _family_names(gazetteer: Gazetteer) -> tuple[str, ...]:
    """Return the family names of every leader the gazetteer knows."""
    names = {gazetteer.family_name(leader) for leader in gazetteer.leaders}
    return tuple(sorted(name for name in names if name and len(name) >= 2))


class _Intervals:
    """Sorted half-open intervals, for logarithmic "is this offset inside one?"."""

    def __init__(self, intervals: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(intervals)
        self.starts = [start for start, _ in ordered]
        reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            reach.append(furthest)
        self.reach = reach


def _inside(intervals: _Intervals, offset: int) -> bool:
    index = bisect.bisect_right(intervals.starts, offset) - 1
    return index >= 0 and intervals.reach[index] > offset


@functools.lru_cache(maxsize=16)
def _country_table(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(lex.COMPOUND_PARTS)
    table.update(gazetteer.countries)
    table.update({k: v for k, v in gazetteer.demonyms.items()})
    names = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    return re.compile(r"(?<![\w.])(?:" + body + r")(?![\w-])", re.IGNORECASE), table


@functools.lru_cache(maxsize=16)
def _place_table(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(lex.VENUES)
    extra: object = getattr(gazetteer, "capitals", None)
    if isinstance(extra, dict):
        table.update({str(k).casefold(): str(v) for k, v in extra.items()})
    table.update(gazetteer.places)
    names = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    return re.compile(r"(?<![\w.])(?:" + body + r")(?![\w])", re.IGNORECASE), table


def country_refs(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """Return ``(offset, alpha-2)`` for every country name or demonym in ``text[start:end]``."""
    pattern, table = _country_table(gazetteer)
    found = []
    for match in pattern.finditer(text, start, end):
        word = match.group(0)
        if len(word) <= 3 and not word.isupper():
            continue  # "us" is not the United States
        code = table.get(word.casefold())
        if code:
            found.append((match.start(), code))
    return found


def location_refs(
    text: str, start: int, end: int, gazetteer: Gazetteer
) -> list[LocationRef]:
    """Return places and countries named as a location in ``text[start:end]``.

    A city counts after a locative preposition ("in Seoul", "near
    Washington", "to Tokyo"), after a travel verb ("visited Tokyo") or
    before a meeting noun ("our Tokyo summit"), and never as part of a longer
    proper name ("Seoul National University"). A country counts the same
    ways, but gives only the country.
    """
    found: list[LocationRef] = []
    place_pattern, places = _place_table(gazetteer)
    country_pattern, countries = _country_table(gazetteer)
    for pattern, table, is_place in (
        (place_pattern, places, True),
        (country_pattern, countries, False),
    ):
        for match in pattern.finditer(text, start, end):
            word = match.group(0)
            if len(word) <= 3 and not word.isupper():
                continue
            if text[max(0, match.start() - 1) : match.start()] in ("-", "–") or text[
                match.end() : match.end() + 1
            ] in ("-", "–"):
                continue  # part of a compound ("Korea-Japan-China summit")
            if not is_place and (
                word.casefold() in gazetteer.demonyms or word.casefold() in places
            ):
                continue
            if not is_place and not word[:1].isupper():
                continue
            after = text[match.end() : match.end() + 25]
            # "Seoul National University" is not Seoul; "Tokyo in March" is.
            if (
                re.match(r"\s+[A-Z]", after)
                and not re.match(r"\s+(?:in|on|for|last|this|next|at)\b", after)
                and not re.match(r"\s+(?:summit|talks|meeting)", after, re.IGNORECASE)
            ):
                continue
            if re.match(r"[’']s\b", after):
                continue  # "Japan's request": an actor, not a place
            before = text[max(start, match.start() - 25) : match.start()]
            prep = lex.PLACE_PREPOSITIONS.search(before)
            travel = re.search(
                r"\b(?:visit(?:ed|s|ing)?|toured|reach(?:ed)?|leaving|left|hosted in)\s+$",
                before,
                re.IGNORECASE,
            )
            attributive = re.match(
                r"\s+(?:(?:bilateral|trilateral|leaders['’]?|summit)\s+)?(?:summit|talks|meeting)\b",
                after,
                re.IGNORECASE,
            )
            of_place = is_place and _OF_PLACE.search(before) is not None
            if prep is None and travel is None and attributive is None and not of_place:
                continue
            if prep is not None and prep.group(1).casefold() in {"from", "leaving"}:
                continue
            first = match.start()
            name: str | None = word
            if prep is not None and prep.group(1).casefold() in {"near", "outside"}:
                first = match.start() - (len(before) - prep.start())
                name = f"{prep.group(1)} {word}"
            if not is_place:
                name = None
            code = table.get(word.casefold())
            found.append(LocationRef(first, match.end(), name, code))
    found.sort(key=lambda r: (r.start, r.end))
    kept: list[LocationRef] = []
    for ref in found:
        if kept and ref.start < kept[-1].end:
            continue
        kept.append(ref)
    return kept


def timex_date(timex: TemporalExpression) -> PartialDate | None:
    """Return the calendar date a temporal expression names, as precisely as possible.

    Times are cut to their day; an interval gives its first day; a week gives
    the month of its Thursday (the ISO rule for which month a week is in).
    Durations and vague values give ``None``.
    """
    if timex.type is TimexType.DURATION or timex.value.startswith("P"):
        return None
    value = timex.value.split("/")[0]
    value = value.split("T")[0]
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        try:
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return None
        thursday = monday + dt.timedelta(days=3)
        return PartialDate(thursday.year, thursday.month, mod=timex.mod)
    try:
        parsed = PartialDate.parse(value)
    except ValueError:
        return None
    return PartialDate(parsed.year, parsed.month, parsed.day, timex.mod)


def region_of(text: str, sentence: Sentence, offset: int) -> int:
    """Return an id of the clause region of ``offset`` within its sentence.

    Region 0 is the reporter's main text; each quotation and each
    non-restrictive relative clause (``, which ...``) is its own region.
    """
    regions = _regions(text, sentence.start, sentence.end)
    clause = clause_of(text, sentence, offset) * 1000
    for index, (start, end) in enumerate(regions, start=1):
        if start <= offset < end:
            return index
    return clause


def clause_of(text: str, sentence: Sentence, offset: int) -> int:
    """Return the index of the coordinate clause of ``offset`` in its sentence.

    Clauses are split at ", and", ", but", ", while" and semicolons outside
    quotations: "Takaichi will hold talks with Xi, and Lee will host Xi"
    holds two meetings.
    """
    index = 0
    for start, _end in _clause_breaks(text, sentence.start, sentence.end):
        if start <= offset:
            index += 1
    return index


@functools.lru_cache(maxsize=512)
def _clause_breaks(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    quotes = _regions(text, start, end)
    return tuple(
        (m.start(), m.end())
        for m in _CLAUSE_BREAK.finditer(text, start, end)
        if not any(s <= m.start() < e for s, e in quotes)
    )


@functools.lru_cache(maxsize=512)
def _regions(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(start, end):
        char = text[i]
        if char == '"':
            if open_at is None:
                open_at = i
            else:
                found.append((open_at, i + 1))
                open_at = None
        elif char == _QUOTE_OPEN and open_at is None:
            open_at = i
        elif char == _QUOTE_CLOSE and open_at is not None:
            found.append((open_at, i + 1))
            open_at = None
    if open_at is not None:
        found.append((open_at, end))
    for match in lex.RELATIVE_CLAUSE.finditer(text, start, end):
        if not any(s <= match.start() < e for s, e in found):
            found.append((match.start(), match.end()))
    return tuple(found)


def head_of(
    gazetteer: Gazetteer, country: str, on: dt.date, *, government: bool = False
) -> Leader | None:
    """Return the leader who would meet other leaders for ``country`` on ``on``.

    That is the leader the press means by "the <country> leader", or with
    ``government`` the head of government (China's premier attends the
    Korea-Japan-China summits).
    """
    if government:
        heads = gazetteer.heads_of_government(country, on)
        if heads:
            return heads[0]
    found = gazetteer.leader_in_office(country, on)
    if found is not None:
        return found
    holders = gazetteer.holders(country, on)
    for role in _ROLE_PREFERENCE:
        for leader, office in holders:
            if office.role is role:
                return leader
    return None


def _in_office(leader: Leader, date: PartialDate | None, published: dt.date) -> bool:
    if date is None:
        return leader.is_leader_on(published) or any(
            office.role is not OfficeRole.OTHER for office in leader.offices
        )
    first, last = date.earliest(), date.latest()
    middle = first + (last - first) / 2
    return any(leader.is_leader_on(day) for day in (first, middle, last))


def _reference_day(date: PartialDate | None, published: dt.date) -> dt.date:
    if date is None:
        return published
    first, last = date.earliest(), date.latest()
    return min(max(first, min(last, published)), last)


# --------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------


@define
class _Candidate:
    sentence: int
    position: int
    strong: bool
    participants: frozenset[str]
    date: PartialDate | None
    place: str | None
    country: str | None
    ordinal: int | None
    occasion: str | None
    future: bool
    explicit: frozenset[str]
    anaphoric: bool = False
    fallback_date: PartialDate | None = None
    relative: bool = False
    travel: bool = False
    verb: bool = False
    past: bool = False


@define
class _Cluster:
    participants: frozenset[str]
    date: PartialDate | None
    place: str | None
    country: str | None
    ordinal: int | None = None
    occasion: str | None = None
    future: bool = False
    past: bool = False
    strong_lead: bool = False
    sentences: set[int] = field(factory=set)
    countries: frozenset[str] = frozenset()

    def first(self) -> int:
        return min(self.sentences)


_MEET_VERB = re.compile(
    r"(?:met|meet|meets|meeting with|sat down with|host|hosts|hosted|hosting|signed|talked"
    r"|joined)\b",
    re.IGNORECASE,
)
_PLURAL_BEFORE = re.compile(
    r"(?:\band\b|\bleaders\b|\bmen\b|\bpair\b|\bsides\b|\bthey\b|\bboth\b|"
    r"\bthe (?:two|three)\b)[^.;]{0,60}$",
    re.IGNORECASE,
)


def _meet_has_partner(
    text: str, sentence: Sentence, position: int, refs: Sequence[LeaderRef]
) -> bool:
    """Return whether a "met"/"meet" verb has a leader as object or a plural subject."""
    verb = _MEET_VERB.match(text, position)
    if verb is None:
        return True
    lead = text[max(sentence.start, position - 30) : position]
    if re.search(r"\bwhom\s+(?:\w+\s+){0,3}$", lead):
        return True  # "Xi, whom he last met": the partner is the antecedent
    after_end = min(sentence.end, verb.end() + 45)
    if any(verb.end() <= r.start < after_end for r in refs):
        return True
    before = text[max(sentence.start, position - 80) : position]
    return _PLURAL_BEFORE.search(before) is not None


def _reanchor_bare_month(
    text: str,
    sentence: Sentence,
    position: int,
    date: PartialDate,
    dated: Sequence[tuple[TemporalExpression, PartialDate]],
    refs: Sequence[LeaderRef],
    published: dt.date,
) -> PartialDate:
    """Return the date of a bare month that an earlier year misplaced.

    "in deep freeze since 2018, until Yoon visited Tokyo in March": when
    "March" was read in the year of "since 2018" but the leaders named in
    the trigger's clause held office only in the latest March before
    publication, that March it is.
    """
    bare = any(
        d == date and not any(ch.isdigit() for ch in t.text) for t, d in dated
    )
    clause = clause_of(text, sentence, position)
    named = [r.leader for r in refs if clause_of(text, sentence, r.start) == clause]
    if not bare or not named or date.month is None:
        return date
    if any(_in_office(leader, date, published) for leader in named):
        return date
    year = published.year if date.month <= published.month else published.year - 1
    moved = attrs.evolve(date, year=year)
    if moved != date and all(_in_office(leader, moved, published) for leader in named):
        return moved
    return date


_OFFICIALS = re.compile(
    r"\b(?:ministers?|ministerial|officials|envoys|diplomats|negotiators|vice|deputy|"
    r"secretariat)\b",
    re.IGNORECASE,
)
_OTHERS_WINDOW = 100  # named non-leaders this close to a trigger meet each other
_DEFINITE_BEFORE = re.compile(r"\b(?:that|this|the|their)\s+$", re.IGNORECASE)
_PAST_TRIGGER = re.compile(
    r"(?:met|held|hosted|sat down|talked|agreed|pledged|vowed)\b", re.IGNORECASE
)
_PAST_MEETING = re.compile(
    r"\b(?:met|held|hosted|sat down|signed|talked|visited|travel(?:l?ed))\b", re.IGNORECASE
)


_LEADER_WORD = re.compile(
    r"\b(?:president|prime minister|premier|chancellor|leader|"
    r"(?-i:[A-Z][a-z]+)(?:['’]s)?\s+(?:visit|trip|travel|arriv))|\b(?:he|she|his|her)\b",
    re.IGNORECASE,
)


def _triggers(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Return ``(offset, strong)`` for each meeting trigger in the sentence."""
    blocked: list[tuple[int, int]] = []
    for pattern in (lex.AGGREGATE_MEETINGS, lex.NON_SUMMIT_MODIFIERS, lex.OCCASION_SUMMIT):
        blocked.extend((m.start(), m.end()) for m in pattern.finditer(text, start, end))
    found: list[tuple[int, bool]] = []

    def free(s: int, e: int) -> bool:
        return not any(bs < e and s < be for bs, be in blocked)

    for match in lex.MEETING_NOUNS.finditer(text, start, end):
        if free(match.start(), match.end()):
            found.append((match.start(), True))
    for match in lex.MEETING_VERBS.finditer(text, start, end):
        if free(match.start(), match.end()):
            found.append((match.start(), True))
    traveller = _LEADER_WORD.search(text, start, end) is not None
    for match in lex.TRAVEL_VERBS.finditer(text, start, end):
        if traveller and free(match.start(), match.end()):
            found.append((match.start(), False))
    for match in lex.REFERENCE_NOUNS.finditer(text, start, end):
        if free(match.start(), match.end()):
            found.append((match.start(), False))
    for match in lex.JOINT_ACT_VERBS.finditer(text, start, end):
        found.append((match.start(), True))
    found.sort()
    return found


def _pick_date(
    text: str,
    sentence: Sentence,
    position: int,
    dated: Sequence[tuple[TemporalExpression, PartialDate]],
    after: dt.date | None = None,
) -> PartialDate | None:
    """Return the date of the trigger at ``position``.

    Dates after the trigger come first, then by distance; with ``after``
    (a meeting still to come), dates not before that day come first.
    """
    region = region_of(text, sentence, position)
    best: tuple[tuple[int, int, int], PartialDate] | None = None
    same_region: list[PartialDate] = []
    for timex, date in dated:
        if region_of(text, sentence, timex.span.start) != region:
            continue
        if _REPORTING_BEFORE.search(text, max(sentence.start, timex.span.start - 30),
                                    timex.span.start):
            continue  # "the office said Tuesday": when it was said
        same_region.append(date)
        if timex.span.end <= position:
            distance = position - timex.span.end
        else:
            distance = max(0, timex.span.start - position)
        gap = distance
        initial = _SENTENCE_INITIAL.match(text[sentence.start : timex.span.start]) is not None
        if gap > _DATE_WINDOW and not initial:
            continue
        if initial:
            gap = min(gap, _DATE_WINDOW)
        past = int(after is not None and date.latest() < after)
        rank = (past, int(timex.span.start < position and not initial), gap)
        if best is None or rank < best[0]:
            best = (rank, date)
    if best is None and len(same_region) == 1:
        return same_region[0]
    if best is None:
        # "at Camp David in August 2023, where Biden hosted ...": the date of
        # the place "where" stands for.
        wheres = list(_WHERE_BEFORE.finditer(text, max(sentence.start, position - 200), position))
        if wheres and region_of(text, sentence, wheres[-1].start()) == region:
            where = wheres[-1].start()
            for timex, date in dated:
                if 0 <= where - timex.span.end <= 2:
                    return date
    if best is None:
        # "since December 2019, when Moon met Abe": the date "when" stands for.
        whens = list(_WHEN_BEFORE.finditer(text, max(sentence.start, position - 120), position))
        if whens:
            when = whens[-1].start()
            for timex, date in dated:
                if 0 <= when - timex.span.end <= 2:
                    return date
    return None if best is None else best[1]


def _pick_location(
    text: str, sentence: Sentence, position: int, locations: Sequence[LocationRef]
) -> LocationRef | None:
    region = region_of(text, sentence, position)
    trigger = re.match(r"\w+", text[position : position + 20])
    trigger_end = position + (trigger.end() if trigger else 0)
    for ref in locations:
        # "the declaration signed in Tokyo": a place right after the verb.
        if ref.name is not None and 0 <= ref.start - trigger_end <= 4:
            return ref
    wheres = list(_WHERE_BEFORE.finditer(text, max(sentence.start, position - 200), position))
    where = wheres[-1] if wheres else None  # the last ", where" before the trigger
    if where is not None and region_of(text, sentence, where.start()) == region:
        # "... in Hiroshima, where he will hold talks": the place "where" stands for.
        antecedent = [ref for ref in locations if 0 <= where.start() - ref.end <= 2]
        if antecedent and antecedent[-1].name is not None:
            return antecedent[-1]
    best: tuple[int, LocationRef] | None = None
    for ref in locations:
        if region_of(text, sentence, ref.start) != region:
            continue
        gap = ref.start - position if ref.start >= position else position - ref.end
        gap = max(gap, 0)
        if gap > _PLACE_WINDOW:
            continue
        if ref.end <= position and _WHEN_BEFORE.search(text, ref.end, position):
            # "invited him to Camp David in May, when they talked ... in
            # Hiroshima": a place of the "when" clause comes first.
            gap += _PLACE_WINDOW
        if best is None or gap < best[0] or (
            gap == best[0] and ref.name is not None and best[1].name is None
        ):
            best = (gap, ref)
    return None if best is None else best[1]


def _ordinals(text: str, sentence: Sentence) -> list[tuple[int, int, int]]:
    """Return ``(start, end, number)`` of each phrase numbering a meeting."""
    found: list[tuple[int, int, int]] = []
    for match in lex.ORDINAL_MEETING.finditer(text, sentence.start, sentence.end):
        if lex.ORDINAL_NOT_COUNTING.match(text, match.end(), sentence.end):
            continue
        word = match["ord"].casefold()
        number = int(re.sub(r"\D", "", word)) if word[:1].isdigit() else lex.ORDINAL_WORDS.get(word)
        if number is not None:
            found.append((match.start(), match.end(), number))
    return found


def _previous_ordinal(
    text: str, sentence: Sentence, position: int, ordinals: Sequence[tuple[int, int, int]]
) -> int | None:
    """Return the number of the earlier meeting in "their second meeting after talks in X".

    X is then the first meeting.
    """
    for start, end in _regions(text, sentence.start, sentence.end):
        if not start <= position < end:
            continue
        if not re.match(r"(?:after|following|since)\b", text[start:end], re.IGNORECASE):
            continue
        for _o_start, o_end, number in ordinals:
            if 0 <= start - o_end <= 3 and number >= 2:
                return number - 1
    return None


def _pick_occasion(text: str, sentence: Sentence) -> str | None:
    chunk = text[sentence.start : sentence.end]
    sidelines = re.search(r"\bsidelines?\b|\bmargins?\b|\bfringes?\b", chunk, re.IGNORECASE)
    gathering = lex.OCCASION_SUMMIT.search(chunk)
    if sidelines is None and gathering is None:
        return None
    for name, pattern in lex.OCCASIONS:
        if pattern.search(chunk):
            return name
    if sidelines is not None:
        region = lex.SIDELINES_REGION.search(chunk)
        if region is not None:
            phrase = re.sub(
                r"^(?:on|at) the (?:sidelines?|margins?|fringes?) of\s+", "", region.group(0),
                flags=re.IGNORECASE,
            )
            return phrase.strip() or None
    return None


def _article_leaders(
    refs: Sequence[LeaderRef],
) -> list[Leader]:
    counts: dict[str, int] = {}
    by_name: dict[str, Leader] = {}
    first: dict[str, int] = {}
    for ref in refs:
        counts[ref.leader.name] = counts.get(ref.leader.name, 0) + 1
        by_name[ref.leader.name] = ref.leader
        first.setdefault(ref.leader.name, ref.start)
    return sorted(by_name.values(), key=lambda leader: (-counts[leader.name], first[leader.name]))


def _country_leader(
    code: str,
    date: PartialDate | None,
    published: dt.date,
    article: Sequence[Leader],
    gazetteer: Gazetteer,
    *,
    government: bool = False,
) -> Leader | None:
    found = next(
        (
            leader
            for leader in article
            if leader.country == code and _in_office(leader, date, published)
        ),
        None,
    )
    return found or head_of(
        gazetteer, code, _reference_day(date, published), government=government
    )


def _complete_pair(
    known: list[Leader],
    date: PartialDate | None,
    published: dt.date,
    article: Sequence[Leader],
    gazetteer: Gazetteer,
    want_country: str | None,
) -> list[Leader]:
    """Add leaders until two countries are represented."""
    result = list(known)
    have = {leader.country for leader in result}
    if want_country is not None and want_country not in have:
        found = _country_leader(want_country, date, published, article, gazetteer)
        if found is not None:
            result.append(found)
            have.add(found.country)
    for leader in article:
        if len(have) >= 2:
            break
        if leader.country not in have and _in_office(leader, date, published):
            result.append(leader)
            have.add(leader.country)
    return result


def _context_pair(
    text: str, segmentation: Segmentation, refs: Sequence[LeaderRef]
) -> list[Leader]:
    """Return the two leaders of different countries named together most often.

    Plural references ("the two leaders", "the men") stand for them.
    """
    together: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], int] = {}
    by_name: dict[str, Leader] = {}
    starts = [r.start for r in refs]
    for sentence in segmentation.sentences:
        low = bisect.bisect_left(starts, sentence.start)
        high = bisect.bisect_left(starts, sentence.end)
        names = {r.leader.name: r.leader for r in refs[low:high]}
        by_name.update(names)
        ordered = sorted(names)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if names[a].country == names[b].country:
                    continue
                together[(a, b)] = together.get((a, b), 0) + 1
                first.setdefault((a, b), sentence.start)
    if not together:
        return []
    best = max(together, key=lambda key: (together[key], -first[key]))
    return [by_name[best[0]], by_name[best[1]]]


def _article_pair(
    date: PartialDate | None, published: dt.date, article: Sequence[Leader]
) -> list[Leader]:
    pair: list[Leader] = []
    for leader in article:
        if len(pair) == 2:
            break
        if _in_office(leader, date, published) and all(
            other.country != leader.country for other in pair
        ):
            pair.append(leader)
    return pair


def _traveller(
    text: str, position: int, explicit: Sequence[Leader], refs: Sequence[LeaderRef]
) -> Leader | None:
    """Return the leader making the trip named at ``position``.

    That is the leader named just before it ("Yoon's trip", "Kishida will
    travel", "Yoon visited"), or the only leader of the clause.
    """
    before = [r for r in refs if r.end <= position and position - r.end <= 30]
    if before:
        nearest = max(before, key=lambda r: r.end)
        if nearest.leader in explicit:
            return nearest.leader
    return explicit[0] if len({leader.country for leader in explicit}) == 1 else None


def _joint_meeting(
    text: str,
    sentence: Sentence,
    position: int,
    explicit: Sequence[Leader],
    refs: Sequence[LeaderRef],
    date: PartialDate | None,
    location: LocationRef | None,
    published: dt.date,
    next_end: int,
) -> bool:
    """Return whether a joint act at ``position`` reports a meeting.

    "Kishida and Yoon agreed on Thursday in Tokyo to ...": two named leaders
    of different countries before the verb, nothing of a phone call or
    letter in the sentence or the next (up to ``next_end``), and a date of
    the reported days or a place.
    """
    subject = {
        r.leader.country
        for r in refs
        if r.leader in explicit and sentence.start <= r.start < position
    }
    if len(subject) < 2 or date is None:
        return False
    if lex.REMOTE_CONTACT.search(text, sentence.start, next_end):
        return False  # "agreed Thursday ... The 20-minute phone call ..."
    if location is not None and location.name is not None:
        return True
    lag = (published - date.latest()).days
    return date.precision == "day" and 0 <= lag <= _DATELINE_DAYS


def _plural_reference(text: str, start: int, end: int) -> bool:
    return lex.PLURAL_LEADERS.search(text, start, end) is not None


def _named_countries(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[str]:
    """Return countries whose leaders are named by their country.

    As in "the leaders of China and Japan" or "a Korea-Japan summit".
    """
    found: list[str] = []
    for match in re.finditer(
        r"\b(?:leaders|heads of (?:state|government)) of\b", text[start:end], re.IGNORECASE
    ):
        tail_start = start + match.end()
        tail_end = min(end, tail_start + 80)
        cut = re.search(
            r"[;:.]|\b(?:pledged|agreed|met|held|said|have|has|had|will|were|are|to|in|on|at)\b",
            text[tail_start:tail_end],
        )
        if cut:
            tail_end = tail_start + cut.start()
        codes = [code for _, code in country_refs(text, tail_start, tail_end, gazetteer)]
        if len(set(codes)) >= 2:
            found.extend(codes)
    for match in _COUNTRY_PAIR.finditer(text, start, end):
        first = gazetteer.country_of(match.group(1))
        second = gazetteer.country_of(match.group(2))
        if first and second and first != second:
            found.extend((first, second))
    for match in lex.COUNTRY_COMPOUND.finditer(text, start, end):
        after = text[match.end() : match.end() + 40]
        if not re.match(
            r"\s+(?:\w+\s+)?(?:summit|talks|meeting)", after, re.IGNORECASE
        ):
            continue
        parts = re.split(r"[-–]", match.group(1))
        codes = [lex.COMPOUND_PARTS.get(p.casefold().strip(), "") for p in parts]
        if all(codes) and len(set(codes)) >= 2:
            found.extend(codes)
    if not found:
        # "Korea is due to host the next trilateral summit with China and
        # Japan": a meeting of three that names the three countries.
        trilateral = lex.TRILATERAL_WORDS.search(text, start, end)
        if trilateral is not None and not _OFFICIALS.search(
            text, max(start, trilateral.start() - 40), min(end, trilateral.end() + 40)
        ):
            codes = [code for _, code in country_refs(text, start, end, gazetteer)]
            if len(set(codes)) == 3:
                found.extend(codes)
    unique: list[str] = []
    for code in found:
        if code not in unique:
            unique.append(code)
    return unique


def _candidates(
    document: Document,
    segmentation: Segmentation,
    refs: Sequence[LeaderRef],
    timexes: Sequence[TemporalExpression],
    gazetteer: Gazetteer,
) -> list[_Candidate]:
    text = document.text
    published = document.published
    article = _article_leaders(refs)
    context = _context_pair(text, segmentation, refs)
    if context:
        article = context + [leader for leader in article if leader not in context]
    dated = sorted(
        ((t, d) for t in timexes for d in (timex_date(t),) if d is not None),
        key=lambda pair: pair[0].span.start,
    )
    dated_starts = [t.span.start for t, _ in dated]
    ref_starts = [r.start for r in refs]
    result: list[_Candidate] = []
    last_triple: frozenset[str] = frozenset()
    # The pair of the latest meeting of two leaders, and its sentence:
    # "They first met in Vientiane" right after it means that pair.
    last_pair: tuple[int, list[Leader]] | None = None
    named_cache: dict[tuple[int, int], list[str]] = {}
    for index, sentence in enumerate(segmentation.sentences):
        triggers = _triggers(text, sentence.start, sentence.end)[:_MAX_TRIGGERS]
        if not triggers:
            continue
        chunk = text[sentence.start : sentence.end]

        low = bisect.bisect_left(dated_starts, sentence.start)
        high = bisect.bisect_left(dated_starts, sentence.end)
        in_sentence = dated[low:high]
        if lex.VISIT_END.search(chunk):
            in_sentence = []
        ends_at = [
            m.end() for m in lex.VISIT_END_AFTER.finditer(text, sentence.start, sentence.end)
        ]
        if ends_at:
            in_sentence = [
                pair for pair in in_sentence
                if not any(0 <= pair[0].span.start - e <= 2 for e in ends_at)
            ]
        locations = location_refs(text, sentence.start, sentence.end, gazetteer)
        low = max(0, bisect.bisect_left(ref_starts, sentence.start) - 1)
        high = bisect.bisect_left(ref_starts, sentence.end)
        sentence_refs = [
            r for r in refs[low:high] if r.start < sentence.end and sentence.start < r.end
        ]
        ordinals = _ordinals(text, sentence)
        occasion = _pick_occasion(text, sentence)
        plural = _plural_reference(text, sentence.start, sentence.end)
        dual = lex.DUAL_PLURAL.search(chunk) is not None
        triple = lex.TRIPLE_PLURAL.search(chunk) is not None
        breaks = _clause_breaks(text, sentence.start, sentence.end)
        bounds = [sentence.start, *(e for _, e in breaks)]
        ends = [*(s for s, _ in breaks), sentence.end]
        separate = lex.SEPARATE_TALKS.search(chunk) is not None
        sidelines = [
            (sentence.start + m.start(), sentence.start + m.end())
            for m in lex.SIDELINES_REGION.finditer(chunk)
        ]
        counterpart = _COUNTERPART.search(text, sentence.start, sentence.end)
        counterpart_country = (
            gazetteer.country_of(counterpart.group(1)) if counterpart else None
        ) or (
            lex.COMPOUND_PARTS.get(counterpart.group(1).casefold()) if counterpart else None
        )
        anaphoric = re.match(
            r"\s*(?:it|this|that) (?:was|is|marked|marks)\b", chunk, re.IGNORECASE
        ) is not None
        handshake = lex.NO_REAL_MEETING.search(chunk) is not None
        relatives = [
            (m.start(), m.end())
            for m in lex.RELATIVE_CLAUSE.finditer(text, sentence.start, sentence.end)
        ]
        for position, strong in triggers:
            inside = next(((s, e) for s, e in sidelines if s <= position < e), None)
            if inside is not None:
                phrase = text[inside[0] : inside[1]]
                if not (
                    lex.TRILATERAL_WORDS.search(phrase)
                    or re.search(r"\w[-–]\w+[-–]\w", phrase)
                ):
                    continue  # the gathering itself ("the sidelines of the G20 summit")
            future = lex.FUTURE_MARKERS.search(
                text, max(sentence.start, position - 60), min(sentence.end, position + 40)
            ) is not None
            if future and _PAST_MEETING.match(text, position) and not re.search(
                r"\b(?:be|been|to|will|would|shall|may|might)\s+$",
                text[max(sentence.start, position - 8) : position],
                re.IGNORECASE,
            ):
                future = False  # "the declaration signed in Tokyo in October 1998"
            main_date = _pick_date(
                text, sentence, position, in_sentence, published if future else None
            )
            if (
                main_date is not None
                and not future
                and main_date.month is not None
                and main_date.year == published.year
                and main_date.earliest() > published
                and _PAST_MEETING.search(text, sentence.start, min(sentence.end, position + 15))
            ):
                # "last met in Chengdu in December" (published in September):
                # a meeting held in the past is the December before.
                main_date = attrs.evolve(main_date, year=main_date.year - 1)
            if main_date is not None and main_date.month is not None:
                main_date = _reanchor_bare_month(
                    text, sentence, position, main_date, in_sentence, sentence_refs, published
                )
            date = None if inside else main_date
            clause = clause_of(text, sentence, position)
            clause_start, clause_end = bounds[clause], ends[clause]
            location = _pick_location(text, sentence, position, locations)
            place = location.name if location else None
            country = location.country if location else None
            explicit: list[Leader] = []
            subject_start = clause_start
            if clause > 0 and _NO_SUBJECT.match(text, clause_start, clause_end):
                subject_start = bounds[clause - 1]  # "X arrived ..., and will hold talks"
            for ref in sentence_refs:
                if not subject_start <= ref.start < clause_end:
                    continue
                if any(
                    s <= ref.start < e and not s <= position < e for s, e in relatives
                ):
                    continue  # "the first summit since Noda met Lee": that clause's meeting
                if (
                    ref.end < position
                    and _LISTENER_BEFORE.search(text, max(clause_start, ref.start - 50), ref.start)
                    and _ABOUT_AFTER.match(text, ref.end, position)
                ):
                    continue  # "briefed Abe on his summit with Kim": Abe only hears of it
                if inside is None and any(s <= ref.start < e for s, e in sidelines):
                    continue  # attends the gathering named in the sidelines phrase
                if _in_office(ref.leader, date, published) and ref.leader not in explicit:
                    explicit.append(ref.leader)
            trigger_refs = sentence_refs
            if date is not None and len({leader.country for leader in explicit}) == 1:
                # "then-Prime Minister Noda met Lee in Kyoto in 2011": a bare
                # family name of another country's leader in office that day.
                bare = _dated_family_name(
                    text, subject_start, clause_end, date,
                    {leader.country for leader in explicit},
                    {leader.country for leader in article}, gazetteer,
                )
                if bare is not None:
                    explicit.append(bare.leader)
                    trigger_refs = sorted([*sentence_refs, bare], key=lambda r: r.start)
            leaders = list(explicit)
            countries = {leader.country for leader in leaders}
            verb = _MEET_VERB.match(text, position)
            hypothetical = lex.HYPOTHETICAL_MEETING.search(
                text, max(sentence.start, position - 40), position
            ) is not None
            negation = lex.NEGATED_MEETING.search(
                text, max(clause_start, position - 60), min(clause_end, position + 30)
            )
            negated = negation is not None and region_of(
                text, sentence, negation.start()
            ) == region_of(text, sentence, position)
            is_strong = (
                strong
                and not negated
                and not handshake
                and not hypothetical
                and (
                    _meet_has_partner(text, sentence, position, trigger_refs)
                    # "A and B spoke by phone on June 9, then met ...": the
                    # shared subject is the pair.
                    or (subject_start < clause_start and len(countries) >= 2)
                )
            )
            if lex.JOINT_ACT_VERBS.match(text, position) and not _joint_meeting(
                text, sentence, position, explicit, sentence_refs, date, location, published,
                segmentation.sentences[min(index + 1, len(segmentation.sentences) - 1)].end,
            ):
                continue
            signing = verb is not None and verb.group(0).casefold() == "signed"
            if is_strong and not signing:
                pieces = [(clause_start, clause_end)]
                if inside is None:
                    for side_start, side_end in sidelines:
                        pieces = [
                            part
                            for a, b in pieces
                            for part in ((a, min(b, side_start)), (max(a, side_end), b))
                            if part[0] < part[1]
                        ]
                by_country = []
                for a, b in pieces:
                    if (a, b) not in named_cache:
                        named_cache[(a, b)] = _named_countries(text, a, b, gazetteer)
                    by_country.extend(named_cache[(a, b)])
                government = {"CN", "JP", "KR"} <= set(by_country)
                for code in by_country:
                    if code not in countries:
                        head = _country_leader(
                            code, date, published, article, gazetteer, government=government
                        )
                        if head is not None:
                            leaders.append(head)
                            countries.add(code)
                pair = _article_pair(date, published, article)
                if triple and len(last_triple) >= 3 and len(countries) < 3:
                    for name in sorted(last_triple):
                        found = gazetteer.lookup(name, published)
                        if found is not None and found.country not in countries:
                            leaders.append(found)
                            countries.add(found.country)
                if dual and countries and not any(leader in pair for leader in leaders):
                    for leader in pair:
                        if leader.country not in countries:
                            leaders.append(leader)
                            countries.add(leader.country)
                clause_text = text[clause_start:clause_end]
                if plural and lex.TRILATERAL_WORDS.search(clause_text) and len(countries) < 3:
                    for leader in pair:
                        if leader.country not in countries:
                            leaders.append(leader)
                            countries.add(leader.country)
                if triple and not last_triple and 2 <= len(countries) < 3:
                    # "the three leaders held their trilateral summit": the
                    # article's pair and the leader of a third country it names.
                    for leader in article:
                        if leader.country not in countries and _in_office(
                            leader, date, published
                        ):
                            leaders.append(leader)
                            countries.add(leader.country)
                            break
                want = counterpart_country if leaders else None
                if want is None and country is not None and leaders and country not in countries:
                    want = country
                # Named people who were not leaders that day (ministers) meet
                # each other, not the leaders.
                others = [
                    r
                    for r in sentence_refs
                    if clause_start <= r.start < clause_end
                    and abs(r.start - position) <= _OTHERS_WINDOW
                    and not _in_office(r.leader, date, published)
                ]
                # "At that Aug. 23 summit": a dated definite meeting is one of
                # the article's pair.
                dated_definite = any(
                    0 <= position - t.span.end <= 1
                    and _DEFINITE_BEFORE.search(
                        text, max(sentence.start, t.span.start - 8), t.span.start
                    )
                    for t, _ in in_sentence
                )
                may_fill = (
                    plural or dated_definite or want is not None or bool(by_country)
                ) and not (
                    others and not explicit
                )
                recent = (
                    last_pair[1]
                    if last_pair is not None
                    and index - last_pair[0] <= 2
                    and all(_in_office(leader, date, published) for leader in last_pair[1])
                    else None
                )
                if (
                    not explicit
                    and recent is not None
                    and (
                        _PRONOUN_SUBJECT.search(text, clause_start, position) is not None
                        or lex.DUAL_PLURAL.search(text, clause_start, clause_end) is not None
                    )
                ):
                    leaders = list(recent)
                    countries = {leader.country for leader in leaders}
                if len(countries) < 2 and may_fill:
                    leaders = _complete_pair(
                        leaders, date, published, article, gazetteer, want
                    )
                    countries = {leader.country for leader in leaders}
            traveller = _traveller(text, position, explicit, sentence_refs)
            travel = False
            if (
                not is_strong
                and not strong
                and not negated
                and lex.TRAVEL_VERBS.match(text, position) is not None
                and date is not None
                and location is not None
                and location.start > position
                and traveller is not None
                and location.country is not None
                and location.country != traveller.country
            ):
                # A leader's dated trip abroad: a meeting with the host.
                host = _country_leader(location.country, date, published, article, gazetteer)
                if occasion is not None and all(r.leader != host for r in sentence_refs):
                    host = None  # a trip to a gathering is no visit to its host
                if host is not None:
                    leaders = [traveller, host]
                    countries = {traveller.country, host.country}
                    is_strong = True
                    travel = True
            if is_strong and date is not None:
                # "the three set out at Camp David last year": the leaders a
                # plural reference stands for are those in office that day.
                for i, leader in enumerate(leaders):
                    if leader in explicit or _in_office(leader, date, published):
                        continue
                    then = _country_leader(leader.country, date, published, article, gazetteer)
                    if then is not None and then not in leaders:
                        leaders[i] = then
            if len(countries) < 2:
                is_strong = False
            if is_strong and len(countries) == 2 and len(leaders) == 2:
                last_pair = (index, list(leaders))
            if is_strong and len(countries) >= 3:
                last_triple = frozenset(leader.name for leader in leaders)
            groups = [leaders]
            own_separate = separate and not lex.TRILATERAL_WORDS.search(
                text, max(sentence.start, position - 20), position
            )
            if own_separate and len(countries) >= 3:
                subject = [r.leader for r in sentence_refs if r.start < position]
                partners = [r.leader for r in sentence_refs if r.start > position]
                first_subject = min(
                    (r.start for r in sentence_refs if r.start < position), default=position
                )
                if (
                    len(set(subject)) >= 2
                    and len(set(partners)) == 1
                    and re.search(r"\bwith\b", text[first_subject:position]) is None
                ):
                    # "Both A and B held separate talks with C": A-C and B-C.
                    groups = [
                        [leader, partners[0]]
                        for leader in dict.fromkeys(subject)
                        if leader != partners[0]
                    ]
                elif subject and partners:
                    groups = [
                        [*subject, partner]
                        for partner in dict.fromkeys(partners)
                        if partner not in subject
                    ]
            ordinal = next((n for s, e, n in ordinals if s <= position < e), None)
            if ordinal is None:
                ordinal = _previous_ordinal(text, sentence, position, ordinals)
            for group in groups:
                result.append(
                    _Candidate(
                        sentence=index,
                        position=position,
                        strong=is_strong,
                        participants=frozenset(leader.name for leader in group),
                        date=date,
                        place=place,
                        country=country,
                        ordinal=ordinal,
                        occasion=occasion if inside is None else None,
                        future=future,
                        explicit=frozenset(
                            leader.name for leader in explicit if leader in group
                        ),
                        anaphoric=anaphoric,
                        fallback_date=main_date if inside else None,
                        travel=travel,
                        verb=lex.MEETING_VERBS.match(text, position) is not None,
                        relative=lex.RELATIVE_TIME.search(chunk) is not None,
                        past=not future
                        and _PAST_TRIGGER.match(text, position) is not None,
                    )
                )
    _date_from_lead(text, segmentation, refs, dated, published, result)
    return result


def _date_from_lead(
    text: str,
    segmentation: Segmentation,
    refs: Sequence[LeaderRef],
    dated: Sequence[tuple[TemporalExpression, PartialDate]],
    published: dt.date,
    candidates: list[_Candidate],
) -> None:
    """Date undated lead meetings by the one day of the reported days the lead names.

    "Moon told Abe on Tuesday that ..." then "during their 40-minute meeting
    on the fringes of ...": the meeting noun refers back to the dated lede,
    and so does "X said Sunday ..., as he and Y met in Seoul".
    """
    sentences = segmentation.sentences
    if not sentences:
        return
    lead_end = sentences[min(_LEAD_SENTENCES, len(sentences)) - 1].end
    def reported(lo: int, hi: int) -> set[PartialDate]:
        return {
            date
            for timex, date in dated
            if lo <= timex.span.start < hi
            and date.day is not None
            and 0 <= (published - date.earliest()).days <= _DATELINE_DAYS
        }

    if any(c.future for c in candidates if c.sentence < _LEAD_SENTENCES):
        return  # the lead speaks of a meeting still to come
    lead_days = reported(0, lead_end)
    for i, candidate in enumerate(candidates):
        if (
            candidate.sentence >= _LEAD_SENTENCES
            or not candidate.strong
            or candidate.date is not None
            or candidate.fallback_date is not None
            or candidate.future
            or len(candidate.participants) < 2
        ):
            continue
        start = max(sentences[candidate.sentence].start, candidate.position - 40)
        before = text[start : candidate.position]
        if _INFINITIVE_MEETING.search(text, start, candidate.position + 6) or (
            len(candidate.participants) < 3 and lex.TRILATERAL_WORDS.search(before[-20:])
        ):
            continue  # "agreed to hold a trilateral summit every year"
        own = sentences[candidate.sentence]
        days = reported(own.start, own.end) or lead_days
        if len(days) != 1:
            continue
        (day,) = days
        named = {r.leader.name for r in refs if r.start < own.end}
        if candidate.participants <= named:
            candidates[i] = attrs.evolve(candidate, date=day)


# --------------------------------------------------------------------------
# Clustering
# --------------------------------------------------------------------------


def _place_key(name: str | None) -> str | None:
    if name is None:
        return None
    return re.sub(r"^(?:near|outside)\s+", "", name.casefold()).strip()


def _places_compatible(
    a_place: str | None, a_country: str | None, b_place: str | None, b_country: str | None
) -> bool:
    if a_country is not None and b_country is not None and a_country != b_country:
        return False
    key_a, key_b = _place_key(a_place), _place_key(b_place)
    if key_a is not None and key_b is not None and key_a != key_b:
        return a_country is not None and a_country == b_country and False
    return True


def _dates_compatible(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def _more_precise(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    if a is None:
        return b
    if b is None:
        return a
    rank = {"year": 0, "month": 1, "day": 2}
    if rank[b.precision] > rank[a.precision] and a.contains(b):
        return b
    return a


def _absorb(cluster: _Cluster, candidate: _Candidate) -> None:
    cluster.sentences.add(candidate.sentence)
    if candidate.strong and len(candidate.explicit) >= 2 and not candidate.future:
        cluster.strong_lead = True
    if candidate.strong or cluster.date is None:
        cluster.date = _more_precise(cluster.date, candidate.date)
    dated_match = (
        candidate.date is not None
        and cluster.date is not None
        and candidate.date.overlaps(cluster.date)
    )
    if (
        (candidate.strong or dated_match)
        and candidate.place is not None
        and (cluster.place is None or len(candidate.place) > len(cluster.place))
        and _place_key(cluster.place) in (None, _place_key(candidate.place))
    ):
        cluster.place = candidate.place
    if (
        cluster.country is None
        and candidate.country is not None
        and (candidate.strong or dated_match)
    ):
        cluster.country = candidate.country
    if cluster.ordinal is None and candidate.ordinal is not None:
        cluster.ordinal = candidate.ordinal
    if cluster.occasion is None and candidate.occasion is not None and candidate.strong:
        cluster.occasion = candidate.occasion
    if candidate.strong and candidate.future:
        cluster.future = True
    if candidate.strong and candidate.past and candidate.date is not None:
        cluster.past = True


def _new_cluster(candidate: _Candidate) -> _Cluster:
    cluster = _Cluster(
        participants=candidate.participants,
        date=candidate.date,
        place=candidate.place,
        country=candidate.country,
    )
    _absorb(cluster, candidate)
    return cluster


def _fits(cluster: _Cluster, candidate: _Candidate, *, same_people: bool) -> bool:
    if same_people and cluster.participants != candidate.participants:
        return False
    if not candidate.explicit <= cluster.participants:
        return False
    return _dates_compatible(cluster.date, candidate.date) and _places_compatible(
        cluster.place, cluster.country, candidate.place, candidate.country
    )


def _nearest(
    clusters: Iterable[_Cluster], sentence: int, main: _Cluster | None
) -> _Cluster | None:
    options = list(clusters)
    if not options:
        return None
    if main is not None and main in options:
        return main
    return min(options, key=lambda c: (min(abs(s - sentence) for s in c.sentences), c.first()))


def _main_cluster(clusters: Sequence[_Cluster], published: dt.date) -> _Cluster | None:
    """Return the article's main meeting.

    That is the first one mentioned of those held within two weeks before
    publication or still to come, else the first one.
    """
    if not clusters:
        return None
    current = [
        c
        for c in clusters
        if c.date is not None and c.date.latest() >= published - dt.timedelta(days=14)
    ]
    return min(current or clusters, key=_Cluster.first)


def _cluster(candidates: Sequence[_Candidate], published: dt.date) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    # 1. Dated mentions with participants make or join meetings; a trip made
    #    for a meeting ("arrived in Tokyo on Tuesday") joins the meeting of
    #    the same leaders held within a few days, if the article reports one.
    ordered = sorted(
        (c for c in candidates if c.strong and c.date is not None), key=lambda c: c.travel
    )
    for candidate in ordered:
        match = next(
            (c for c in clusters if _fits(c, candidate, same_people=True) and c.date is not None),
            None,
        )
        if match is None and candidate.travel and candidate.date is not None:
            day = candidate.date
            match = next(
                (
                    c
                    for c in clusters
                    if c.participants == candidate.participants
                    and c.date is not None
                    and abs((c.date.earliest() - day.earliest()).days) <= _TRIP_DAYS
                    and (c.country is None or candidate.country in (None, c.country))
                ),
                None,
            )
            if match is not None:
                _absorb(match, attrs.evolve(candidate, date=None))
                continue
        if match is None:
            clusters.append(_new_cluster(candidate))
        else:
            _absorb(match, candidate)
    main = _main_cluster(clusters, published)
    # 2. Undated mentions with participants and a place.
    for candidate in candidates:
        if not candidate.strong or candidate.date is not None:
            continue
        if candidate.place is None and candidate.country is None:
            continue
        if candidate.fallback_date is not None:
            continue
        options = [c for c in clusters if _fits(c, candidate, same_people=True)]
        chosen = _nearest(options, candidate.sentence, main)
        if chosen is None:
            clusters.append(_new_cluster(candidate))
        else:
            _absorb(chosen, candidate)
    # 2b. A gathering that is itself a meeting of leaders ("the sidelines of a
    #     trilateral summit with ..."): the same meeting as one reported
    #     elsewhere, or else one on the day of the sideline meeting.
    for candidate in candidates:
        if not candidate.strong or candidate.fallback_date is None:
            continue
        options = [
            c
            for c in clusters
            if c.participants == candidate.participants
            and _places_compatible(c.place, c.country, candidate.place, candidate.country)
            and _dates_compatible(
                c.date,
                PartialDate(candidate.fallback_date.year, candidate.fallback_date.month),
            )
        ]
        if options:
            _absorb(options[0], candidate)
        else:
            clusters.append(_new_cluster(attrs.evolve(candidate, date=candidate.fallback_date)))
    # 2c. "They later joined X for a trilateral summit": the day of the
    #     meeting reported just before.
    for candidate in candidates:
        if not candidate.strong or candidate.date is not None or not candidate.relative:
            continue
        if candidate.place is not None or candidate.country is not None:
            continue
        if candidate.fallback_date is not None:
            continue
        before = [
            c
            for c in clusters
            if c.date is not None
            and c.date.precision == "day"
            and any(s < candidate.sentence for s in c.sentences)
        ]
        if before:
            latest = max(
                before, key=lambda c: max(s for s in c.sentences if s < candidate.sentence)
            )
            latest_day = latest.date
            if any(
                c.participants == candidate.participants
                and (c.date is None or latest_day is None or c.date.overlaps(latest_day))
                for c in clusters
            ):
                continue  # that meeting is already known
            clusters.append(_new_cluster(attrs.evolve(candidate, date=latest_day)))
    if main is None and clusters:
        main = _main_cluster(clusters, published)
    # 3. Undated, unplaced mentions with participants make a meeting only if
    #    there is none yet, or when the lead reports it by name.
    for candidate in candidates:
        if not candidate.strong or candidate.date is not None or candidate.place is not None:
            continue
        if candidate.fallback_date is not None or candidate.future:
            continue
        lead = (
            candidate.sentence < _LEAD_SENTENCES
            and len(candidate.explicit) >= 2
            and candidate.verb
        )
        if clusters and not lead:
            continue
        if any(
            c.participants == candidate.participants and candidate.sentence in c.sentences
            for c in clusters
        ):
            continue
        if lead and any(
            c.participants == candidate.participants and c.first() < _LEAD_SENTENCES
            for c in clusters
        ):
            continue
        clusters.append(_new_cluster(candidate))
        if main is None or lead:
            main = clusters[-1]
        if not lead:
            break
    # 4. Everything else is evidence of a compatible meeting.
    for candidate in candidates:
        if any(candidate.sentence in c.sentences for c in clusters) and not candidate.anaphoric:
            continue
        if candidate.strong and candidate.date is not None:
            continue
        if candidate.anaphoric and candidate.date is None and candidate.place is None:
            previous = [c for c in clusters if candidate.sentence - 1 in c.sentences]
            if previous:
                _absorb(previous[0], candidate)
                continue
        options = [c for c in clusters if _fits(c, candidate, same_people=False)]
        if candidate.date is not None:
            options = [c for c in options if c.date is not None]
        if candidate.date is None and candidate.place is None and candidate.country is None:
            options = [c for c in options if c is main]
        chosen = _nearest(options, candidate.sentence, main)
        if chosen is not None:
            _absorb(chosen, candidate)
    return clusters


def _kind(cluster: _Cluster, countries: set[str]) -> SummitKind:
    if cluster.occasion is not None:
        return SummitKind.SIDELINES
    if len(countries) <= 2:
        return SummitKind.BILATERAL
    if len(countries) == 3:
        return SummitKind.TRILATERAL
    return SummitKind.MULTILATERAL


_DATELINE_DAYS = 3
_NOT_CITIES = frozenset({"published", "updated", "posted", "by", "photo", "file photo"})
_INLINE_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]{1,30}(?:, [A-Z][A-Za-z .]{1,30})?\s*(?:\([^)]{1,30}\))?\s*(?:—|–|--)\s"
)


@frozen
class _Line:
    start: int
    end: int
_DATELINE_CITY = re.compile(r"\s*([A-Za-z][A-Za-z .'’-]{1,40}?)\s*(?:,|\(|—|–|--|-\s)")


def _dateline_place(
    text: str, segmentation: Segmentation, gazetteer: Gazetteer
) -> tuple[str, str | None] | None:
    """Return the city of the article's dateline ("SEOUL, May 27 (KNS) --") and its country.

    Meetings of the reported days without a place of their own were held
    there ("met here on Friday").
    """
    lines = [(f.start, f.end) for f in segmentation.furniture if f.kind is FurnitureKind.DATELINE]
    for first in segmentation.sentences[:3]:
        inline = _INLINE_DATELINE.match(text, first.start, first.end)
        if inline is not None:
            lines.append((first.start, first.start + inline.end() - inline.start()))
    for start, end in lines:
        item = _Line(start, end)
        match = _DATELINE_CITY.match(text, item.start, item.end)
        if match is None:
            continue  # "18:19 JST, September 6, 2024": a time stamp, not a place
        city = match.group(1).strip()
        if not city[:1].isupper() or city.casefold() in _NOT_CITIES:
            continue
        if city.isupper():
            city = " ".join(part.capitalize() for part in city.split())
        country = gazetteer.place_country(city) or lex.VENUES.get(city.casefold())
        if country is None:
            rest = text[match.end() : item.end]
            named = country_refs(text, match.end(), item.end, gazetteer)
            country = named[0][1] if named and rest else None
        if country is None and gazetteer.country_of(city) is not None:
            continue  # a country, not a city
        return city, country
    return None


_LEAD_SENTENCES = 2
_DATELINE_DAY = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})\b"
)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}


def _dateline_date(
    text: str, segmentation: Segmentation, published: dt.date
) -> PartialDate | None:
    """Return the day a dateline gives ("SEOUL, Sept. 6 (Yonhap) --").

    The year is the one that puts it on or before the publication date.
    """
    for item in segmentation.furniture:
        if item.kind is not FurnitureKind.DATELINE:
            continue
        match = _DATELINE_DAY.search(text, item.start, item.end)
        if match is None:
            continue
        month = _MONTH_NUMBERS[match.group(1).casefold()]
        day = int(match.group(2))
        for year in (published.year, published.year - 1):
            try:
                found = dt.date(year, month, day)
            except ValueError:
                return None
            if found <= published + dt.timedelta(days=1):
                return PartialDate.from_date(found)
    return None


def find_summits(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    timexes: tuple[TemporalExpression, ...],
    gazetteer: Gazetteer,
) -> tuple[Summit, ...]:
    """Find the meetings between heads of state or government the article reports.

    One :class:`~kjrel.models.Summit` per distinct meeting, in order of first
    mention; see the module docstring for the rules.
    """
    refs = leader_refs(document, mentions, gazetteer)
    candidates = _candidates(document, segmentation, refs, timexes, gazetteer)
    clusters = _cluster(candidates, document.published)
    lead_date = _dateline_date(document.text, segmentation, document.published)
    for cluster in clusters:
        if cluster.date is None and cluster.first() < _LEAD_SENTENCES and cluster.strong_lead:
            # The lead reports a meeting its sentences do not date
            # ("SEOUL, Sept. 6 (Yonhap) -- Yoon and Kishida held summit
            # talks ..."): the dateline's day, or else the month of publication.
            cluster.date = lead_date or PartialDate(
                document.published.year, document.published.month
            )
    dateline = _dateline_place(document.text, segmentation, gazetteer)
    if dateline is not None:
        for cluster in clusters:
            if cluster.place is not None or cluster.date is None or cluster.future:
                continue
            if cluster.country is not None and cluster.country != dateline[1]:
                continue
            lag = (document.published - cluster.date.latest()).days
            if 0 <= lag <= _DATELINE_DAYS:
                cluster.place, cluster.country = dateline
    by_name = {ref.leader.name: ref.leader for ref in refs}
    summits: list[Summit] = []
    for cluster in sorted(clusters, key=_Cluster.first):
        if cluster.date is None:
            continue  # nothing dates it: not a meeting the article lets us place in time
        countries = {
            by_name[name].country if name in by_name else (
                (gazetteer.lookup(name) or Leader(name, "ZZ")).country
            )
            for name in cluster.participants
        }
        if len(countries) < 2:
            continue
        place = None if cluster.place is None else Place(cluster.place, cluster.country)
        future = cluster.date is not None and cluster.date.earliest() > document.published
        still_open = cluster.date is None or cluster.date.latest() >= document.published
        planned = future or (cluster.future and still_open and not cluster.past)
        status = SummitStatus.PLANNED if planned else SummitStatus.HELD
        evidence = tuple(
            Span(
                document.id,
                segmentation.sentences[i].start,
                segmentation.sentences[i].end,
            )
            for i in sorted(cluster.sentences)
        )
        summits.append(
            Summit(
                participants=tuple(sorted(cluster.participants)),
                date=cluster.date,
                place=place,
                country=cluster.country,
                kind=_kind(cluster, countries),
                ordinal=cluster.ordinal,
                status=status,
                occasion=cluster.occasion,
                evidence=evidence,
            )
        )
    return tuple(summits)
