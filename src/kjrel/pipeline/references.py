"""The one resolver of references: leaders, countries, places and gatherings.

Every event stage asks this module who or where a stretch of text names:
leaders (through the mentions stage's resolved mentions, the gazetteer's
full names and the family names of leaders in office), countries (names,
demonyms, capitals as metonyms), places and venues, and the larger
gatherings a meeting can be held at. The reference data itself lives in
the gazetteer and :mod:`~kjrel.pipeline.events_lexicon`; nothing here
resolves a name a second time in another stage.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Sequence

from attrs import frozen

from kjrel.dates import shift_day
from kjrel.gazetteer import Gazetteer
from kjrel.models import (
    Document,
    EntityKind,
    Leader,
    Mod,
    Office,
    OfficeRole,
    PartialDate,
    TemporalExpression,
    TimexType,
)
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.intervals import Intervals
from kjrel.pipeline.lexicon import WORD_SURNAMES
from kjrel.pipeline.surnames import listed_with_others
from kjrel.pipeline.types import Mentions, Sentence
from kjrel.pipeline.wordtrie import trie_alternation

__all__ = [
    "LeaderRef",
    "LocationRef",
    "article_leaders",
    "complete_pair",
    "compound_meeting_countries",
    "country_leader",
    "country_refs",
    "ever_headed",
    "governs",
    "head_of",
    "in_office",
    "leader_refs",
    "location_refs",
    "named_countries",
    "occasion_of",
    "ordinals",
    "reference_day",
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


_COUNTRY_PAIR = re.compile(
    r"\b((?:South |North )?[A-Z][a-z]+) and ((?:South |North )?[A-Z][a-z]+)\s+"
    r"(?:have |had |will |also |later |then )?(?:held|hold|holds|agreed to hold|met|meet)\b"
)


_OFFICIALS = re.compile(
    r"\b(?:ministers?|ministerial|officials|envoys|diplomats|negotiators|vice|deputy|"
    r"secretariat)\b",
    re.IGNORECASE,
)


_HELD_AT = re.compile(
    r"\b(?:sidelines|margins|occasion)\s+of\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE
)
"""The words before the name of a gathering another meeting was held at."""


_OF_PLACE = re.compile(
    r"\b(?:village|city|town|island|port|capital|resort|county|province|prefecture)\s+of\s+$",
    re.IGNORECASE,
)


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


@functools.lru_cache(maxsize=4)  # the stages of one document share one resolution
def leader_refs(
    document: Document, mentions: Mentions, gazetteer: Gazetteer
) -> tuple[LeaderRef, ...]:
    """Return every reference to a gazetteer leader in the document, in text order.

    The mentions stage's leader mentions come first; full names the gazetteer
    finds and family names of leaders already named, or in office on the
    publication day, fill in what it missed. Overlapping references keep the
    first found.
    """
    text = document.text
    named = [LeaderRef(f.start, f.end, f.leader) for f in gazetteer.find_names(text)]
    refs, non_leader = _mention_refs(document, mentions, gazetteer, Intervals(
        (ref.start, ref.end) for ref in named))
    stage_count = len(refs)
    refs.extend(named)
    covered = Intervals(non_leader)
    surnames, titled = _surname_table(document, refs, gazetteer)
    for key, leader in surnames.items():
        if leader is not None and len(key) >= 2:
            refs.extend(_surname_refs(text, key, leader, covered,
                                      titled=key in titled and not listed_with_others(text, key)))
    refs.extend(_paired_past_leaders(text, refs, surnames, covered, gazetteer))
    _prefer_inner_names(refs, stage_count)
    return _non_overlapping(refs)


def _mention_refs(
    document: Document, mentions: Mentions, gazetteer: Gazetteer, known: Intervals
) -> tuple[list[LeaderRef], list[tuple[int, int]]]:
    """Return the mention stage's leader references, and the spans of its other people.

    A person named with a leader's title whom the gazetteer lacks is a leader
    too, unless a known leader's name overlaps the mention (``known``: "Luiz
    Inacio Lula da Silva", cut short by the mention stage).
    """
    refs: list[LeaderRef] = []
    non_leader: list[tuple[int, int]] = []
    titled: dict[str, Leader] = {}  # people the gazetteer lacks, named with a leader's title
    for mention in mentions.mentions:
        if mention.entity is None:
            continue
        if mention.entity_kind is EntityKind.PERSON and not mention.members and (
            not known.overlaps(mention.start, mention.end)
        ):
            found = titled.get(mention.entity) or _titled_leader(
                document.text, mention.start, mention.end, mention.entity, gazetteer)
            if found is not None:
                titled[mention.entity] = found
                refs.append(LeaderRef(mention.start, mention.end, found))
                continue
        if mention.entity_kind is not EntityKind.LEADER:
            non_leader.append((mention.start, mention.end))
            continue
        leader = gazetteer.lookup(mention.entity, document.published)
        if leader is not None:
            refs.append(LeaderRef(mention.start, mention.end, leader))
    return refs, non_leader


_HEAD_TITLE = re.compile(
    r"(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<title>President|Prime\s+Minister|"
    r"Chancellor|Premier)\s+[A-Z]"
)
"""A nationality, then the title of a head of state or government, then the name
("Hungarian President Janos Ader")."""

_NOT_IN_OFFICE = re.compile(r"(?i)\b(?:former|ex|then|late|vice|deputy|acting)[\s-]*$")


def _titled_leader(
    text: str, start: int, end: int, name: str, gazetteer: Gazetteer
) -> Leader | None:
    """Return a leader the gazetteer lacks, named with a country and a leader's title.

    "Hungarian President Janos Ader": the article says who he is, and an
    unknown person never removes a meeting. His term is unknown, so he
    counts as in office whenever the article meets him.
    """
    found = _HEAD_TITLE.match(text, start, end)
    if found is None or gazetteer.lookup(name) is not None:
        return None
    if _NOT_IN_OFFICE.search(text, max(0, start - 12), start):
        return None  # "former Prime Minister X", "Vice President X"
    country = gazetteer.country_of(found.group("dem"))
    if country is None:
        return None
    title = " ".join(found.group("title").split())
    role = OfficeRole.HEAD_OF_GOVERNMENT if title != "President" else OfficeRole.HEAD_OF_STATE
    office = Office(title, country, role, start=_UNKNOWN_START)
    return Leader(name, country, offices=(office,),
                  source="named in the article with a head's title; not in the gazetteer")


_UNKNOWN_START = dt.date(1, 1, 1)


def _surname_table(
    document: Document, refs: Sequence[LeaderRef], gazetteer: Gazetteer
) -> tuple[dict[str, Leader | None], set[str]]:
    """Return family name -> leader (``None`` when ambiguous), and the names needing a title.

    The family names of leaders already named, then of leaders in office on
    the publication day whose family name the text holds ("President Yoon
    and Prime Minister Kishida met ...").
    """
    on = document.published
    named: dict[str, Leader] = {}
    for ref in refs:
        named.setdefault(ref.leader.name, ref.leader)
    surnames: dict[str, Leader | None] = {}
    for leader in named.values():
        key = gazetteer.family_name(leader) or _surname(leader)
        surnames[key] = None if key in surnames and surnames[key] != leader else leader
    titled: set[str] = set()  # common family names: only after a title
    written = {m.group() for m in _family_pattern(gazetteer).finditer(document.text)}
    for word in sorted(written - set(surnames)):
        in_office = [
            leader for leader in gazetteer.surname_candidates(word, on) if leader.is_leader_on(on)
        ]
        if len(in_office) == 1:
            surnames[word] = in_office[0]
            if word in lex.COMMON_FAMILY_NAMES or word.casefold() in WORD_SURNAMES:
                titled.add(word)
    return surnames, titled


_NEXT_NAME = re.compile(r" [A-Z][a-z]")
_NEXT_NOT_NAME = re.compile(
    r" (?:[A-Z][a-z]+day|[A-Z][a-z]+ary|March|April|May|June|July|August|"
    r"September|October|November|December|Says|Said)\b"
)


def _surname_refs(
    text: str, key: str, leader: Leader, covered: Intervals, *, titled: bool
) -> list[LeaderRef]:
    """Return the places where family name ``key`` stands alone for ``leader``.

    Not inside another person's name ("Akie Abe", "Moon Chung-in"), not in a
    span of another person, and after a title when the name is common.
    """
    found: list[LeaderRef] = []
    for match in re.finditer(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", text):
        before = text[max(0, match.start() - 30) : match.start()].split()
        previous = before[-1] if before else ""
        if (
            previous[:1].isupper()
            and previous.casefold().strip(",") not in _TITLE_WORDS
            and not previous.endswith((",", ".", ";", ":"))
        ):
            continue  # part of another person's name ("Akie Abe")
        if covered.contains(match.start()):
            continue
        if titled and not lex.SURNAME_TITLES.search(
            text, max(0, match.start() - 20), match.start()
        ):
            continue
        after = match.end()
        if _NEXT_NAME.match(text, after) and not _NEXT_NOT_NAME.match(text, after):
            continue  # part of another person's name ("Moon Chung-in", "Lee Kyung-ho")
        found.append(LeaderRef(match.start(), match.end(), leader))
    return found


def _prefer_inner_names(refs: list[LeaderRef], stage_count: int) -> None:
    """Drop a mention-stage span holding two leaders' names for the names inside it.

    "President Yoon and Prime Minister Kishida" as one mention gives way.
    """
    own = sorted(refs[stage_count:], key=lambda r: r.start)
    own_starts = [r.start for r in own]
    for number in range(stage_count):
        ref = refs[number]
        low = bisect.bisect_left(own_starts, ref.start)
        high = bisect.bisect_left(own_starts, ref.end)
        inner = [r for r in own[low:high] if r.end <= ref.end]
        if any(r.leader != ref.leader for r in inner):
            refs[number] = LeaderRef(ref.start, ref.start, ref.leader)  # dropped below


def _non_overlapping(refs: list[LeaderRef]) -> tuple[LeaderRef, ...]:
    """Return the references in text order, the first of overlapping ones kept."""
    ordered = sorted((r for r in refs if r.end > r.start), key=lambda r: (r.start, -r.end))
    kept: list[LeaderRef] = []
    for ref in ordered:
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
        and ever_headed(found[0])
    }


@functools.lru_cache(maxsize=16)
def _unique_family_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    """Return one pattern for every name of :func:`_unique_family_names`."""
    names = sorted(_unique_family_names(gazetteer), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


_PAIR_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _paired_past_leaders(
    text: str,
    refs: Sequence[LeaderRef],
    surnames: dict[str, Leader | None],
    covered: Intervals,
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
        if word in surnames or covered.contains(match.start()):
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


@functools.lru_cache(maxsize=16)
def _family_pattern(gazetteer: Gazetteer) -> re.Pattern[str]:
    """Return one pattern that finds any leader's family name as a whole word."""
    words = sorted(_family_names(gazetteer), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


@functools.lru_cache(maxsize=16)
def _country_table(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(lex.COMPOUND_PARTS)
    table.update(gazetteer.countries)
    table.update({k: v for k, v in gazetteer.demonyms.items()})
    body = trie_alternation(table)  # its keys are in lower case
    return re.compile(r"(?<![\w.])(?:" + body + r")(?![\w-])", re.IGNORECASE), table


@functools.lru_cache(maxsize=16)
def _place_table(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    table = dict(lex.VENUES)
    extra: object = getattr(gazetteer, "capitals", None)
    if isinstance(extra, dict):
        table.update({str(k).casefold(): str(v) for k, v in extra.items()})
    table.update(gazetteer.places)
    body = trie_alternation(table)  # its keys are in lower case
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
        if code and not _WATER_NAME.match(text, match.end()):
            found.append((match.start(), code))
    return found


_WATER_NAME = re.compile(r"\s+(?:Sea|Strait|Straits|Ocean|Gulf|Bay|Channel)\b")
"""A body of water a country's name begins ("the East China Sea", "the Korea Strait"):
a place, not the country."""


def _named_alone(
    text: str, match: re.Match[str], is_place: bool, gazetteer: Gazetteer,
    places: dict[str, str],
) -> bool:
    """Whether a place or country name stands on its own (not in a compound or a name)."""
    word = match.group(0)
    if len(word) <= 3 and not word.isupper():
        return False
    if text[max(0, match.start() - 1) : match.start()] in ("-", "–") or text[
        match.end() : match.end() + 1
    ] in ("-", "–"):
        return False  # part of a compound ("Korea-Japan-China summit")
    if not is_place and (word.casefold() in gazetteer.demonyms or word.casefold() in places):
        return False
    if not is_place and not re.sub(r"^the\s+", "", word, flags=re.IGNORECASE)[:1].isupper():
        return False  # "us" is a pronoun; "the U.S." and "the United States" are names
    if not is_place and word[:4].casefold() == "the " and not _ENDS_NOUN_GROUP.match(
        text, match.end()
    ):
        return False  # "at the U.S. ambassador's residence": a modifier, not a place
    after = text[match.end() : match.end() + 25]
    # "Seoul National University" is not Seoul; "Tokyo in March" is.
    if (
        re.match(r"\s+[A-Z]", after)
        and not re.match(r"\s+(?:in|on|for|last|this|next|at)\b", after)
        and not re.match(r"\s+(?:summit|talks|meeting)", after, re.IGNORECASE)
        and not (is_place and re.match(r"\s+(?:Metropolitan\s+)?City\b", after))
    ):
        return False  # but "Hiroshima City", "Busan Metropolitan City" are the city
    return not re.match(r"[’']s\b", after)  # "Japan's request": an actor, not a place


_ENDS_NOUN_GROUP = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|for|last|this|next|and|or|to|from|since|during|before|"
    r"after|earlier|later|with|when|where|which|that|was|is|were|are|has|had|will)\b"
)
"""What may follow a country's name when the name closes its noun group."""

_LOCATIVE_RELATIVE = re.compile(r",?\s+where\b")
_DEPARTURE_GOAL = re.compile(
    r"\b(?:left|leaves|leaving|depart(?:ed|s|ing)?|head(?:ed|s|ing)?|bound|set\s+off|"
    r"took\s+off)\b[^.;:]{0,45}\bfor\s+$",
    re.IGNORECASE,
)


def _as_location(
    text: str, start: int, match: re.Match[str], is_place: bool, table: dict[str, str]
) -> LocationRef | None:
    """Return the location a name makes where a preposition, a trip or a meeting places it."""
    word = match.group(0)
    after = text[match.end() : match.end() + 25]
    before = text[max(start, match.start() - 25) : match.start()]
    prep = lex.PLACE_PREPOSITIONS.search(before)
    travel = re.search(
        r"\b(?:visit(?:ed|s|ing)?|toured|reach(?:ed)?|leaving|left|hosted in)\s+(?:both\s+)?$",
        before,
        re.IGNORECASE,
    )
    attributive = re.match(
        r"\s+(?:(?:bilateral|trilateral|leaders['’]?|summit)\s+)?(?:summit|talks|meeting)\b",
        after,
        re.IGNORECASE,
    )
    of_place = is_place and _OF_PLACE.search(before) is not None
    # "for Washington, where he will meet Trump": a locative relative's antecedent
    # is a place; so is the goal of a departure ("left Tokyo on Sunday for Seoul")
    locative = (is_place and _LOCATIVE_RELATIVE.match(after) is not None) or (
        _DEPARTURE_GOAL.search(text, max(start, match.start() - 60), match.start()) is not None
    )
    # "in Seoul and Tokyo": the preposition places the second name too
    coordinated = _COORDINATED_PLACE.search(before) is not None
    if prep is None and travel is None and attributive is None and not of_place and not (
        locative or coordinated
    ):
        return None
    if prep is not None and prep.group(1).casefold() in {"from", "leaving"} and not attributive:
        return None  # an origin ("from Seoul"), but "from the Hiroshima summit" places a meeting
    if prep is not None and prep.group(1).casefold() == "to" and not (travel or attributive) and (
        _RECIPIENT_NOUN.search(before, 0, prep.start()) is not None
    ):
        return None  # a recipient ("a rebuke to Japan", "a message to Tokyo"), not a goal
    first = match.start()
    name: str | None = word
    if prep is not None and prep.group(1).casefold() in {"near", "outside"}:
        first = match.start() - (len(before) - prep.start())
        name = f"{prep.group(1)} {word}"
    return LocationRef(first, match.end(), name if is_place else None,
                       table.get(word.casefold()))


_RECIPIENT_NOUN = re.compile(
    r"\b(?:message|warning|rebuke|reproach|threat|apology|apologies|letter|gift|signal|reply|"
    r"response|snub|overture|appeal|ultimatum|protest|request|challenge|rebuff|nod|"
    r"concession|olive\s+branch)s?\s+$",
    re.IGNORECASE,
)
"""Nouns of communication or stance whose "to" names a recipient, not a destination."""

_COORDINATED_PLACE = re.compile(
    r"\b(?:in|at|to|near|visit(?:ed|s|ing)?|toured|between)\s+(?:both\s+)?"
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?,?\s+(?:and|or)\s+$"
)
"""A located name and a conjunction right before another name ("in Seoul and | Tokyo",
"visit both Tokyo and | Seoul")."""


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
            if not _named_alone(text, match, is_place, gazetteer, places):
                continue
            ref = _as_location(text, start, match, is_place, table)
            if ref is not None:
                found.append(ref)
    found.sort(key=lambda r: (r.start, r.end))
    kept: list[LocationRef] = []
    for ref in found:
        if kept and ref.start < kept[-1].end:
            continue
        kept.append(ref)
    return kept


def timex_date(timex: TemporalExpression) -> PartialDate | None:
    """Return the calendar date a temporal expression names, as precisely as possible.

    Times are cut to their day (an approximate time of day is an exact day); an
    interval gives its first day; a week gives
    the month of its Thursday (the ISO rule for which month a week is in); a
    season, quarter or half gives its year. Durations and vague values give
    ``None``.
    """
    if timex.type is TimexType.DURATION or timex.value.startswith("P"):
        return None
    value = timex.value.split("/")[0]
    clock = "T" in value
    value = value.split("T")[0]
    mod = None if clock and timex.mod is Mod.APPROX else timex.mod  # "around 1 p.m.": that day
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week:
        try:
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return None
        thursday = shift_day(monday, days=3)
        return PartialDate(thursday.year, thursday.month, mod=timex.mod)
    part = re.fullmatch(r"(\d{4})-(?:SP|SU|FA|WI|Q[1-4]|H[12])", value)
    if part:  # a season, quarter or half ("next spring"): its year
        return PartialDate(int(part[1]), mod=timex.mod)
    try:
        parsed = PartialDate.parse(value)
    except ValueError:
        return None
    return PartialDate(parsed.year, parsed.month, parsed.day, mod)


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


def ever_headed(leader: Leader) -> bool:
    """Return whether ``leader`` ever headed a state or government (not only a ministry)."""
    return any(office.role is not OfficeRole.OTHER for office in leader.offices)


def governs(leader: Leader) -> bool:
    """Return whether ``leader`` ever headed a government (a premier, a prime minister)."""
    return any(office.role is OfficeRole.HEAD_OF_GOVERNMENT for office in leader.offices)


def in_office(leader: Leader, date: PartialDate | None, published: dt.date) -> bool:
    """Return whether ``leader`` headed a state or government on (part of) ``date``.

    Undated: on the publication day, or ever as head (background meetings).
    """
    if date is None:
        return leader.is_leader_on(published) or ever_headed(leader)
    first, last = date.earliest(), date.latest()
    middle = first + (last - first) / 2
    return any(leader.is_leader_on(day) for day in (first, middle, last))


def reference_day(date: PartialDate | None, published: dt.date) -> dt.date:
    """Return the day of ``date`` nearest the publication day (the day itself if undated)."""
    if date is None:
        return published
    first, last = date.earliest(), date.latest()
    return min(max(first, min(last, published)), last)


def ordinals(text: str, sentence: Sentence) -> list[tuple[int, int, int]]:
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


_APART_FROM = re.compile(
    r"\b(?:separately|apart|aside|away|independently)\s+(?:from|of)\s+[^,.;]*", re.IGNORECASE
)
"""A gathering a meeting is set apart from ("met on their own, separately from ASEAN
gatherings"): not its occasion."""


def occasion_of(text: str, sentence: Sentence) -> str | None:
    """Return the larger gathering a sentence places a meeting at ("APEC"), if any."""
    chunk = _APART_FROM.sub(lambda m: " " * len(m.group(0)), text[sentence.start : sentence.end])
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


def article_leaders(refs: Sequence[LeaderRef]) -> list[Leader]:
    """Return the leaders an article names, most often named first."""
    counts: dict[str, int] = {}
    by_name: dict[str, Leader] = {}
    first: dict[str, int] = {}
    for ref in refs:
        counts[ref.leader.name] = counts.get(ref.leader.name, 0) + 1
        by_name[ref.leader.name] = ref.leader
        first.setdefault(ref.leader.name, ref.start)
    return sorted(by_name.values(), key=lambda leader: (-counts[leader.name], first[leader.name]))


def country_leader(
    code: str,
    date: PartialDate | None,
    published: dt.date,
    article: Sequence[Leader],
    gazetteer: Gazetteer,
    *,
    government: bool = False,
) -> Leader | None:
    """Return ``code``'s leader on ``date``: one the article names first, else the gazetteer's.

    With ``government``, a head of government ("the Korea-Japan-China summit":
    China's premier, though the article names its president).
    """
    found = next(
        (
            leader
            for leader in article
            if leader.country == code and in_office(leader, date, published)
            and (not government or governs(leader))
        ),
        None,
    )
    return found or head_of(
        gazetteer, code, reference_day(date, published), government=government
    )


def complete_pair(
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
        found = country_leader(want_country, date, published, article, gazetteer)
        if found is None:
            return result  # a trip to Brussels meets no leader the article named elsewhere
        result.append(found)
        have.add(found.country)
    for leader in article:
        if len(have) >= 2:
            break
        if leader.country not in have and in_office(leader, date, published):
            result.append(leader)
            have.add(leader.country)
    return result


def named_countries(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[str]:
    """Return countries whose leaders are named by their country.

    As in "the leaders of China and Japan" or "a Korea-Japan summit".
    """
    found = [
        *_leaders_of(text, start, end, gazetteer),
        *_country_pairs(text, start, end, gazetteer),
        *compound_meeting_countries(text, start, end),
    ]
    if not found:
        found = _trilateral_countries(text, start, end, gazetteer)
    return list(dict.fromkeys(found))


def _leaders_of(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[str]:
    """Return the countries after "the leaders of" ("the leaders of China and Japan")."""
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
    return found


def _country_pairs(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[str]:
    """Return the countries named as a pair ("Japan and South Korea")."""
    found: list[str] = []
    for match in _COUNTRY_PAIR.finditer(text, start, end):
        first = gazetteer.country_of(match.group(1))
        second = gazetteer.country_of(match.group(2))
        if first and second and first != second:
            found.extend((first, second))
    return found


def compound_meeting_countries(text: str, start: int, end: int) -> list[str]:
    """Return the countries of a compound before a meeting noun ("a Korea-Japan summit").

    Not of a gathering another meeting was held at ("on the occasion of the
    Japan-China-ROK Summit, Noda met Lee"): it names where they met, not who.
    """
    found: list[str] = []
    for match in lex.COUNTRY_COMPOUND.finditer(text, start, end):
        after = text[match.end() : match.end() + 40]
        if not re.match(r"\s+(?:\w+\s+)?(?:summit|talks|meeting)", after, re.IGNORECASE):
            continue
        if _HELD_AT.search(text, max(start, match.start() - 40), match.start()):
            continue
        parts = re.split(r"[-–]", match.group(1))
        codes = [lex.COMPOUND_PARTS.get(p.casefold().strip(), "") for p in parts]
        if all(codes) and len(set(codes)) >= 2:
            found.extend(codes)
    return found


def _trilateral_countries(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[str]:
    """Return the three countries a meeting of three names.

    "Korea is due to host the next trilateral summit with China and Japan".
    """
    trilateral = lex.TRILATERAL_WORDS.search(text, start, end)
    if trilateral is None or _OFFICIALS.search(
        text, max(start, trilateral.start() - 40), min(end, trilateral.end() + 40)
    ):
        return []
    codes = [code for _, code in country_refs(text, start, end, gazetteer)]
    return codes if len(set(codes)) == 3 else []
