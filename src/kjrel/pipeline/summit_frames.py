"""Summit candidates from the clause layer.

This module turns the meeting frames of :mod:`kjrel.pipeline.meetings` into
the candidates that :mod:`kjrel.pipeline.summit_clusters` clusters. Dates,
places and ordinals are taken from the trigger's own phrase, then its
clause and the clauses it hangs on; participants come through
:mod:`kjrel.pipeline.references`, completed where the clause implies them
(the host of a visit, the pair "their" or "the two" stands for).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import TypeVar, cast

import attrs

from kjrel.gazetteer import Gazetteer
from kjrel.models import (
    Document,
    EntityKind,
    Leader,
    Mod,
    PartialDate,
    TemporalExpression,
)
from kjrel.pipeline import event_rules, events_lexicon
from kjrel.pipeline.clause_offsets import offset_date, offset_from, shifted_by_phrase
from kjrel.pipeline.event_rules import EventClass
from kjrel.pipeline.events_lexicon import OCCASIONS
from kjrel.pipeline.frame_context import (
    FrameContext,
    by_sentence,
    in_ranges,
    last_strong,
    offsets,
)
from kjrel.pipeline.lexicon import COUNT_WORDS
from kjrel.pipeline.meetings import Frame, meeting_frames
from kjrel.pipeline.meetings import Status as MeetingStatus
from kjrel.pipeline.mentions import quoted_regions
from kjrel.pipeline.references import (
    LeaderRef,
    LocationRef,
    article_leaders,
    complete_pair,
    country_leader,
    country_refs,
    ever_headed,
    governs,
    in_office,
    location_refs,
    named_countries,
    occasion_of,
    ordinals,
    timex_date,
)
from kjrel.pipeline.sections import entry_days, section_heads
from kjrel.pipeline.summit_clusters import Candidate
from kjrel.pipeline.summit_trilaterals import (
    PAIR,
    joined_trilaterals,
    series_trilaterals,
    told_later_trilaterals,
    with_host,
)
from kjrel.pipeline.syntax.clauses import (
    Clause,
    ClauseKind,
    Parse,
    clause_at,
    governors,
    parse_sentence,
    participle_adjunct,
)
from kjrel.pipeline.syntax.phrases import Tag, Tense, VerbGroup
from kjrel.pipeline.syntax.wordclass import MEALS
from kjrel.pipeline.syntax.words import past_form
from kjrel.pipeline.temporal_lexicon import CLOCK_MODS, MONTHS, WEEKDAYS
from kjrel.pipeline.types import Mention, MentionKind, Mentions, Segmentation, Sentence

__all__ = ["frame_candidates"]

_T = TypeVar("_T")


def _role_leaders(ctx: FrameContext, spans: Sequence[tuple[int, int]]) -> tuple[list[Leader], bool]:
    """Return the leaders named in ``spans``, then members of plural references there."""
    named: list[Leader] = []
    for ref in _starting_in(ctx.refs, spans):
        if ref.leader not in named:
            named.append(ref.leader)
    for leader in _compound_names(ctx, spans):
        if leader not in named:
            named.append(leader)
    text = ctx.document.text
    plurals = [m for m in _starting_in(ctx.plurals, spans)
               if not _OFFICIALS_OF.search(text, max(0, m.start - 40), m.start)
               and not (text.startswith("the ", m.start)
                        and _PARTITIVE.search(text, max(0, m.start - 20), m.start))]
    if len(named) >= 2:  # "A sat down with B in their first talks": "their" is A and B
        plurals = [m for m in plurals if text[m.start : m.end].lower() not in _PLURAL_ANAPHORS]
    by_name = {ref.leader.name: ref.leader for ref in reversed(ctx.refs)} if plurals else {}
    for mention in plurals:
        for name in mention.members:
            member = by_name.get(name)
            if member is not None and member not in named:
                named.append(member)
    return named, bool(plurals)


_PLURAL_ANAPHORS = frozenset({"they", "them", "their", "both", "the two", "the pair"})

_OFFICIALS = (
    r"\b(?:ministers?|ministries|officials|envoys|diplomats|negotiators|delegations|delegates|"
    r"ambassadors|lawmakers|legislators|parliamentarians|militaries|navies|coast\s+guards|"
    r"central\s+banks|agencies|companies|businesses)\s+(?:of|from)\s+(?:both\s+)?"
)
_OFFICIALS_OF = re.compile(_OFFICIALS + "$", re.IGNORECASE)
"""People or bodies other than leaders, whose countries a plural names ("the foreign
ministers of both South Korea and Japan"): no leaders of those countries meet."""

_PARTITIVE = re.compile(
    r"\b(?:one|two|neither|none|either|some|several|most)\s+of\s+$", re.IGNORECASE
)
"""A partitive before a described plural ("one of the three leaders"): some of its
members, not which ones, so the plural names no participant."""

_OFFICIALS_OF_ANY = re.compile(_OFFICIALS + r"\b", re.IGNORECASE)
"""The same, anywhere in a stretch (a subject "the ministers of both A and B")."""

_Located = TypeVar("_Located", LeaderRef, Mention)


def _role_spans(parse: Parse, frame: Frame) -> list[tuple[int, int]]:
    """Return the document offsets of a frame's roles (subject, objects, slots)."""
    return [offsets(parse, first, last) for first, last in frame.roles]


def _starting_in(items: Sequence[_Located], spans: Sequence[tuple[int, int]]) -> list[_Located]:
    """Return the items (in text order) that start inside one of ``spans``, by bisection.

    Also a leader's name that starts just before a span and runs into it:
    "US President Donald Trump" is named in a role that begins at
    "President" (not a plural, whose list may end in the role's first name).
    """
    found: list[_Located] = []
    for low, high in sorted(spans):
        first = bisect.bisect_left(items, low, key=lambda item: item.start)
        last = bisect.bisect_left(items, high, key=lambda item: item.start)
        before = items[first - 1] if first > 0 else None
        if isinstance(before, LeaderRef) and before.end > low and before not in found:
            found.append(before)
        found.extend(item for item in items[first:last] if item not in found)
    return sorted(found, key=lambda item: item.start)


_COMPOUND = re.compile(r"\b([A-Z][a-z]+)[-–]([A-Z][a-z]+)\b")


def _compound_names(ctx: FrameContext, spans: Sequence[tuple[int, int]]) -> list[Leader]:
    """Return the leaders of a hyphenated pair of family names ("the Kishida-Yoon summit").

    Each part is the family name of a leader the article names, or else of
    the one leader of that name in office on the publication day.
    """
    found: list[Leader] = []
    text = ctx.document.text
    for start, end in spans:
        for match in _COMPOUND.finditer(text, start, end):
            parts = [_family_leader(ctx, word) for word in match.groups()]
            if all(parts) and len({p.country for p in parts if p is not None}) == 2:
                found.extend(p for p in parts if p is not None)
    return found


def _family_leader(ctx: FrameContext, word: str) -> Leader | None:
    for leader in ctx.article:
        if ctx.gazetteer.family_name(leader) == word:
            return leader
    in_office = [
        leader
        for leader in ctx.gazetteer.surname_candidates(word, ctx.document.published)
        if leader.is_leader_on(ctx.document.published)
    ]
    return in_office[0] if len(in_office) == 1 else None


def _clause_chain(parse: Parse, number: int) -> list[int]:
    """Return the clause and those it takes its time and place from, nearest first."""
    chain = [number]
    clause = parse.clauses[number]
    if _another_time(parse, clause):
        return chain  # "received Park in October, and he and I spoke again in Manila"
    while (
        clause.governor is not None
        and (clause.kind
             in {ClauseKind.COORDINATE, ClauseKind.INFINITIVE, ClauseKind.MAIN,
                 ClauseKind.SUBORDINATE}
             or participle_adjunct(parse, clause))
        and len(chain) < 6
    ):
        chain.append(clause.governor)
        clause = parse.clauses[clause.governor]
    return chain


def _another_time(parse: Parse, clause: Clause) -> bool:
    """Whether a conjunct with a subject of its own tells another occasion ("spoke again").

    Its time is not the first conjunct's.
    """
    tokens = parse.phrases.tokens
    return (clause.kind is ClauseKind.COORDINATE and clause.subject is not None
            and clause.subject[0] >= clause.first
            and any(tokens[k].lower == "again" for k in range(clause.first, clause.last + 1)))


def _nearest_in_span(
    parse: Parse, low: int, high: int, trigger: int, items: Sequence[tuple[int, int, _T]]
) -> _T | None:
    """Return the item in ``[low, high)`` after the trigger, else the nearest before."""
    at = parse.phrases.tokens[trigger].start
    inside = [(start, item) for start, _end, item in items if low <= start < high]
    after = [(start, item) for start, item in inside if start >= at]
    if after:
        return min(after, key=lambda pair: pair[0])[1]
    if inside:
        return max(inside, key=lambda pair: pair[0])[1]
    return None


_TIME_OPENERS = frozenset({"when", "as", "while"})


def _from_time_clause(
    parse: Parse, number: int, trigger: int, items: Sequence[tuple[int, int, _T]]
) -> _T | None:
    """Return the item of a when-clause that dates clause ``number``.

    "The pair held talks when the premier flew to Osaka in May 2019"; also
    a participle of the event's onset on it ("beginning at 5:15 p.m., I held
    a summit meeting", "met Biden, starting at 10 a.m.").
    """
    for other_number, other in enumerate(parse.clauses):
        if other.governor == number and (
            (other.kind in {ClauseKind.SUBORDINATE, ClauseKind.RELATIVE}
             and other.opener in _TIME_OPENERS)
            or _onset_participle(parse, other)
        ):
            found = _nearest_in_clause(parse, other_number, trigger, items)
            if found is not None:
                return found
    return None


_ONSET_VERBS = frozenset({"begin", "start", "commence"})


def _onset_participle(parse: Parse, clause: Clause) -> bool:
    """Whether a clause is a bare participle of beginning (", starting at 10 a.m.")."""
    verb = clause.verb
    if verb is None or verb.tense is not Tense.PARTICIPLE or verb.lemma not in _ONSET_VERBS:
        return False
    first = clause.first + (parse.phrases.tokens[clause.first].lower == ",")
    return verb.first == first


def _nearest_in_clause(
    parse: Parse,
    number: int,
    trigger: int,
    items: Sequence[tuple[int, int, _T]],
) -> _T | None:
    """Return the item of clause ``number`` after the trigger, else the nearest before."""
    clause = parse.clauses[number]
    low, high = offsets(parse, clause.first, clause.last)
    return _nearest_in_span(parse, low, high, trigger, items)


def _antecedent_item(parse: Parse, number: int, items: Sequence[tuple[int, int, _T]]) -> _T | None:
    """For a where/when clause: the date or place it stands for."""
    clause = parse.clauses[number]
    tokens = parse.phrases.tokens
    comma_when = (  # "since December, when they met": a when-clause on the date before it
        clause.kind is ClauseKind.SUBORDINATE
        and clause.opener in {"where", "when"}
        and clause.first > 0
        and tokens[clause.first - 1].lower == ","
    )
    if clause.kind is not ClauseKind.RELATIVE and not comma_when:
        return None
    if clause.opener not in {"where", "when"}:
        # "the 1998 declaration signed by A and B": a date in the antecedent
        if clause.antecedent is None:
            return None
        low, high = offsets(parse, *clause.antecedent)
        # overlapping, not only starting inside: "in November last year, which
        # came ...": the antecedent is "year", the date starts before it
        inside = [item for start, end, item in items if start < high and end > low]
        return inside[-1] if inside else None
    opener = parse.phrases.tokens[clause.first].start
    before = [(end, item) for start, end, item in items if 0 <= opener - end <= 3]
    if before:
        return before[-1][1]
    if clause.governor is None:
        return None
    # "at Camp David in August, when they agreed": the antecedent clause's place.
    low, _high = offsets(parse, parse.clauses[clause.governor].first, clause.first)
    earlier = [(end, item) for start, end, item in items if low <= start and end <= opener]
    return earlier[-1][1] if earlier else None


def _frame_attribute(
    parse: Parse,
    frame: Frame,
    items: Sequence[tuple[int, int, _T]],
    antecedents: Sequence[tuple[int, int, _T]] | None = None,
    *,
    dating: bool = False,
) -> _T | None:
    """Return the date or place of a frame: its own phrase first, then its clauses.

    ``dating``: a perfect participle ("wrapped up his stay on Thursday, having
    met Kishida") tells a meeting before its governor's time, so it takes the
    governor's place but not its date.
    """
    if frame.scope is not None:
        low, high = offsets(parse, *frame.scope)
        found = _nearest_in_span(parse, low, high, frame.trigger, items)
        if found is not None:
            return found
    found = _antecedent_item(parse, frame.clause, items if antecedents is None else antecedents)
    if found is not None or not frame.anchored:
        return found
    for number in _clause_chain(parse, frame.clause):
        if number != frame.clause and _planned_in_the_past(parse, frame, number):
            break  # "met on Thursday and agreed to hold their next meeting in Nara"
        if number != frame.clause and dating and _perfect_participle(parse, frame.clause):
            break
        found = _nearest_in_clause(parse, number, frame.trigger, items)
        if found is None and number == frame.clause:
            found = _from_time_clause(parse, number, frame.trigger, items)
        if found is None and number != frame.clause:
            found = _antecedent_item(parse, number, items if antecedents is None else antecedents)
        if found is not None:
            return found
    return _from_meeting_relative(parse, frame.clause, items) or _from_staging_clause(
        parse, frame.clause, items
    )


_DURING_FORMS = frozenset({"lasted", "lasts", "ran", "runs", "continued", "ended", "ends",
                           "began", "begins", "started", "starts", "stretched"})
"""Verbs of a meeting's own course in time ("talks that lasted until 6:50 p.m.")."""


def _from_meeting_relative(
    parse: Parse, number: int, items: Sequence[tuple[int, int, _T]]
) -> _T | None:
    """Return the date or place a relative clause on the meeting gives.

    "held summit talks in Tokyo that lasted two hours, until 6:50 p.m.
    Saturday": a clause of the talks' own course in time says when they were.
    """
    tokens = parse.phrases.tokens
    for clause in parse.clauses:
        if clause.governor != number or clause.kind is not ClauseKind.RELATIVE:
            continue
        verb = clause.verb
        if verb is None or clause.opener not in {"that", "which"}:
            continue
        if tokens[verb.last].lower not in _DURING_FORMS:
            continue
        host = parse.clauses[number]
        if not any(tokens[k].lower in event_rules.MEETING_NOUNS
                   for k in range(host.first, clause.first)):
            continue
        found = _first_in_clause(parse, clause, items)
        if found is not None:
            return found
    return None


def _first_in_clause(
    parse: Parse, clause: Clause, items: Sequence[tuple[int, int, _T]]
) -> _T | None:
    """Return the first of ``items`` that starts inside ``clause``."""
    low, high = offsets(parse, clause.first, clause.last)
    return next((item for start, _end, item in items if low <= start < high), None)


_STAGING = frozenset({"hold", "host", "schedule", "set", "convene", "stage"})
"""Verbs of a gathering's own staging ("the G7 summit to be held in Hiroshima")."""


def _from_staging_clause(
    parse: Parse, number: int, items: Sequence[tuple[int, int, _T]]
) -> _T | None:
    """Return the date or place of the gathering a meeting is held at, from its own clause.

    "will meet Kishida during the G7 summit to be held in Hiroshima in
    mid-May" (also "which will be held", "held in"): a meeting at a
    gathering takes the gathering's place, and its month, when it names
    none itself.
    """
    tokens = parse.phrases.tokens
    for clause in parse.clauses:
        verb = clause.verb
        if clause.governor != number or verb is None or verb.lemma not in _STAGING:
            continue
        if clause.kind not in {ClauseKind.RELATIVE, ClauseKind.INFINITIVE}:
            continue
        if clause.kind is ClauseKind.INFINITIVE and not verb.passive:
            continue  # "to hold talks in Seoul" is the meeting itself
        before = " ".join(t.text for t in tokens[max(0, clause.first - 12) : clause.first])
        if not _AT_GATHERING.search(before):
            continue  # the clause must hang on the gathering the meeting is held at
        found = _first_in_clause(parse, clause, items)
        if found is not None:
            return _gathering_month(found)
    return None


_AT_GATHERING = re.compile(
    r"\b(?:during|at|(?:sidelines|margins|fringes)\s+of)\s+(?:the\s+|a\s+|an\s+)?"
    r"[^,;.]{1,60}?(?:summit|meeting|forum|gathering|conference|assembly|session|games)"
    r"(?:\s*,)?\s*$",
    re.IGNORECASE,
)


def _gathering_month(item: _T) -> _T:
    """Return a date's month only: a gathering's day is not its sideline meeting's."""
    if isinstance(item, PartialDate) and item.day is not None:
        return cast(_T, PartialDate(item.year, item.month))
    return item


def _frame_dates(
    ctx: FrameContext, sentence: int, frame: Frame, others: Sequence[tuple[int, int]]
) -> list[tuple[int, int, PartialDate]]:
    """Return the dates of a frame's sentence that may date it: not other meetings' own."""
    parse = ctx.parses[sentence]
    text = ctx.document.text
    dates = [d for d in ctx.dates[sentence] if not in_ranges(d[0], others)
             and not _OTHER_EVENT_DAY.search(text, max(0, d[0] - 30), d[0])]
    if _object_of_telling(parse, frame) and frame.scope is not None:
        # "announced the meeting on Monday": the day is the announcement's; the
        # noun's own "the Nov. 17 meeting", "the meeting of Nov. 17" stay its
        low, high = offsets(parse, *frame.scope)
        dates = [d for d in dates if low <= d[0] < high
                 and not _ON_A_DAY.search(text, max(0, d[0] - 12), d[0])]
    asides = _asides(text, parse.start, parse.end)
    if any(not in_ranges(d[0], asides) for d in dates):
        # "On March 31, at 5:10 p.m. (local time; 6:10 a.m. on April 1, JST)": the
        # parenthesis restates the time in another zone; the day is outside it
        dates = [d for d in dates if not in_ranges(d[0], asides)]
    return dates


def _past_act_dated_later(
    ctx: FrameContext, parse: Parse, frame: Frame, date: PartialDate
) -> bool:
    """Whether a past verb's frame took a date after publication, which it cannot have.

    "signed a memorandum on setting up a secretariat next year": the date is
    the object's content; the signing was before the report.
    """
    verb = parse.clauses[frame.clause].verb
    return (frame.verbal and frame.status == MeetingStatus.HELD and verb is not None
            and verb.tense is Tense.PAST and not verb.passive
            and date.earliest() > ctx.document.published)


def _perfect_participle(parse: Parse, number: int) -> bool:
    """Whether clause ``number`` is a perfect participle adjunct (", having met Kishida")."""
    verb = parse.clauses[number].verb
    return (verb is not None and verb.perfect
            and parse.phrases.tokens[verb.first].lower == "having")


def _planned_in_the_past(parse: Parse, frame: Frame, number: int) -> bool:
    """Whether a planned meeting's governing clause is a past act of planning.

    The day and place of agreeing to meet are not those of the meeting
    agreed on; a future governor ("will fly to Tokyo on Friday to hold
    talks") still lends its own.
    """
    verb = parse.clauses[number].verb
    return frame.status == MeetingStatus.PLANNED and verb is not None and (
        verb.tense is Tense.PAST
    )


_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_JOINT = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s*")


def _ranges_as_months(
    text: str, dated: Sequence[tuple[TemporalExpression, PartialDate]]
) -> list[tuple[TemporalExpression, PartialDate]]:
    """Read a range of days in one month ("from May 20 to 24") as that month, once.

    A trip or a stay over those days dates no one meeting within it to a day:
    the range's month stands for it, at the range's start.
    """
    out: list[tuple[TemporalExpression, PartialDate]] = []
    k = 0
    while k < len(dated):
        one, day = dated[k]
        if k + 1 < len(dated) and _day_range(text, dated[k], dated[k + 1]):
            out.append((one, PartialDate(day.year, day.month)))
            k += 2
            continue
        out.append((one, day))
        k += 1
    return out


def _day_range(
    text: str, first: tuple[TemporalExpression, PartialDate],
    second: tuple[TemporalExpression, PartialDate],
) -> bool:
    """Whether two dates are the ends of one range ("from May 20 to 24") in one month."""
    (one, day), (other, end) = first, second
    return _same_month_days(day, end) and bool(
        _RANGE_OPEN.search(text, max(0, one.span.start - 10), one.span.start)
        and _RANGE_JOINT.fullmatch(text, one.span.end, other.span.start)
    )


def _same_month_days(one: PartialDate, other: PartialDate) -> bool:
    """Whether two days lie in one month, the first before the second."""
    return (one.day is not None and other.day is not None
            and (one.year, one.month) == (other.year, other.month) and one.day < other.day)


def _dates(
    text: str,
    dated: Sequence[tuple[TemporalExpression, PartialDate]],
    quoted: Sequence[tuple[int, int]],
    span: tuple[int, int, int],
    *,
    bounds: bool = False,
) -> list[tuple[int, int, PartialDate]]:
    """Return a stretch's dates; with ``bounds``, also those bounding a period.

    "since December 2019, when Moon met Abe": the "when" stands for it.
    """
    _, low, high = span
    first = bisect.bisect_left(dated, low, key=lambda pair: pair[0].span.start)
    last = bisect.bisect_left(dated, high, key=lambda pair: pair[0].span.start)
    return [
        (t.span.start, t.span.end, period)
        for t, d in _ranges_as_months(text, dated[first:last])
        if not in_ranges(t.span.start, quoted)
        and not _said_on(text, low, t.span.start)
        and ((period := _deadline_period(text, t.span.start, d)) is not d
             or bounds or not _bounds_a_period(text, low, t.span.start))
        and not _names_a_gathering(text, t.span.end)
        and not _of_another_noun(text, low, t.span.start, t.span.end)
        and not _year_before_another_noun(text, low, t.span.start, t.span.end)
        and not _after_a_person(text, low, t.span.start)
    ]


def _deadline_period(text: str, start: int, date: PartialDate) -> PartialDate:
    """Return the period a deadline at its end dates ("by the end of the year": that year).

    A meeting to be held by the end of a period falls within it; other dates
    come back as they are.
    """
    if date.mod is not Mod.END or not _BY_BEFORE.search(text, max(0, start - 6), start):
        return date
    return PartialDate(date.year, date.month, date.day)


_BY_BEFORE = re.compile(r"\bby\s+$")

_OF_NOUN = re.compile(r"\b([a-z]+)\s+of\s+$")
_TIME_HEADS = frozenset({
    "end", "start", "beginning", "middle", "half", "quarter", "part", "spring", "summer",
    "autumn", "fall", "winter", "course", "rest", "remainder", "close", "turn", "months",
    "weeks", "days", "years", "season", "period", "early", "late", "mid",
})


def _of_another_noun(text: str, low: int, start: int, end: int) -> bool:
    """Whether a date is the "of" phrase of a noun that is no meeting ("the crisis of 1997-98").

    "the talks focused on cooperation after the crisis of 1997-98": the
    date is the crisis's; "the summit of 2019" and "the end of 2019" date
    their own nouns and stay, and so does a possessive date ("the readout
    of Thursday's summit"), which dates the noun after it.
    """
    if text[end : end + 2] in {"'s", "’s"}:
        return False
    found = _OF_NOUN.search(text[max(low, start - 30) : start])
    if found is None:
        return False
    noun = found.group(1)
    return noun not in _TIME_HEADS and noun not in event_rules.MEETING_NOUNS | (
        event_rules.VISIT_NOUNS)


_YEAR = re.compile(r"\d{4}")
_MODIFIER_REACH = 5  # words a year-modified noun group may run to its head
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})
_MEETING_HEADS = (
    event_rules.MEETING_NOUNS | event_rules.VISIT_NOUNS | event_rules.PLURAL_MEETING_NOUNS
)
_GROUP_ENDS = frozenset({
    "of", "in", "at", "on", "with", "that", "which", "who", "and", "or", "between", "to",
    "for", "by", "from", "was", "were", "is", "are", "has", "had", "will", "would",
})


def _year_before_another_noun(text: str, low: int, start: int, end: int) -> bool:
    """Whether a bare year modifies a noun that is no meeting ("over the 2015 agreement").

    A year between a determiner and its noun dates that noun: "the 2015
    agreement", "Japan's 2019 export curbs". It still dates the clause's
    meeting when the noun group is one ("the 2018 summit", "the 2015
    bilateral talks") or a reduced relative tells the act that made the
    noun ("the 1998 declaration signed by Kim and Obuchi").
    """
    if not _YEAR.fullmatch(text[start:end]):
        return False
    before = text[max(low, start - 12) : start].split()
    if not before or not (before[-1] in _DETERMINERS or before[-1].endswith(("'s", "’s"))):
        return False
    words = re.findall(r"[A-Za-z][\w-]*|[^\sA-Za-z]", text[end : end + 80])
    for k, word in enumerate(words[:_MODIFIER_REACH]):
        folded = word.casefold()
        if folded in _MEETING_HEADS or (k and past_form(folded)):
            return False  # a meeting, or a joint act told of it ("the 1998 declaration signed by")
        if not word[0].isalpha() or folded in _GROUP_ENDS:
            break
    return bool(words) and words[0][0].isalpha()


_SEQUENCE_PREPOSITIONS = frozenset({"following", "after", "before", "like"})
_NAME_LINKS = frozenset({"of", "the", "and"})
_TITLES = frozenset({"President", "Prime", "Premier", "Chancellor", "King", "Queen", "Emperor"})
"""Titles that make a name a person's, not a place's ("following Singapore in June")."""


def _after_a_person(text: str, low: int, start: int) -> bool:
    """Whether a date closes "following PERSON on DATE", the person's own like act.

    "Moon was the second leader received at the White House, following
    Prime Minister Suga of Japan on April 16": April 16 is Suga's visit,
    which the phrase leaves out, not Moon's.
    """
    before = text[max(low, start - 70) : start].split()
    if not before or before[-1] not in {"on", "in"}:
        return False
    words = before[:-1]
    at = max((k for k, word in enumerate(words) if word in _SEQUENCE_PREPOSITIONS), default=-1)
    named = words[at + 1 :]
    return at >= 0 and bool(set(named) & _TITLES) and all(
        word[:1].isupper() or word in _NAME_LINKS for word in named)


def _names_a_gathering(text: str, end: int) -> bool:
    """Whether a date modifies the name of a gathering ("the 2005 APEC meetings")."""
    after = text[end : end + 40]
    return any(pattern.match(after.lstrip()) for _name, pattern in OCCASIONS) and (
        after[:1] == " "
    )


def _said_on(text: str, low: int, start: int) -> bool:
    """Return whether a date is the day of a saying ("the office said Tuesday")."""
    before = text[max(low, start - 16) : start].split()
    return bool(before) and before[-1].casefold().strip(",") in {
        "said",
        "says",
        "told",
        "announced",
    }


def _bounds_a_period(text: str, low: int, start: int) -> bool:
    """Return whether a date bounds a period ("since 2022", "by May"), not dates an event.

    The date may close a longer phrase the preposition opens ("since Russia's
    invasion in February last year"), up to a few words with no break.
    """
    before = text[max(low, start - 60) : start].split()[-_PERIOD_REACH:]
    for word in reversed(before):
        folded = word.casefold()
        if folded in {"until", "till"} and _CLOCK_TIME.match(text, start):
            return False  # "lasted two hours, until 6:50 p.m. Saturday": the event's own day
        if folded in event_rules.SPAN_PREPOSITIONS and folded != "by":
            return not _weekday_after_gerund(text, before, start)
        if word.endswith((",", ";", ":")) or folded in _PHRASE_BREAKS or past_form(folded):
            break  # a comma, a conjunction or a verb ("until Yoon visited Tokyo in") ends it
        if folded in event_rules.MEETING_NOUNS or folded in event_rules.VISIT_NOUNS:
            break  # "since his visit to Tokyo in March": the visit's own date
    return bool(before) and before[-1].casefold() in event_rules.SPAN_PREPOSITIONS


def _weekday_after_gerund(text: str, before: Sequence[str], start: int) -> bool:
    """Whether a weekday follows "since" and a gerund ("since taking office on Tuesday").

    A span that began days ago is not what "for the first time since taking
    office" measures: the weekday dates the clause's own event.
    """
    words = [word.casefold() for word in before]
    since = max(k for k, word in enumerate(words) if word in event_rules.SPAN_PREPOSITIONS)
    gerund = since + 1 < len(words) and words[since + 1].endswith("ing")
    day = re.match(r"[A-Za-z]+", text[start : start + 12])
    return gerund and day is not None and day.group(0).casefold() in WEEKDAYS


_PERIOD_REACH = 6  # words between "since" and the date that closes its phrase
_CLOCK_TIME = re.compile(
    r"(?:(?:" + "|".join(words.replace(" ", r"\s+") for words in CLOCK_MODS) + r")\s+)?"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|noon|midnight)",
    re.IGNORECASE,
)
_PHRASE_BREAKS = frozenset({"when", "where", "after", "before", "and", "but", "which", "that"})


def _places(
    locations: Sequence[LocationRef], span: tuple[int, int, int]
) -> list[tuple[int, int, LocationRef]]:
    """Return the places and countries named in a stretch."""
    _, low, high = span
    first = bisect.bisect_left(locations, low, key=lambda ref: ref.start)
    last = bisect.bisect_left(locations, high, key=lambda ref: ref.start)
    return [(r.start, r.end, r) for r in locations[first:last]]


def _frame_candidate(
    ctx: FrameContext, sentence: int, frame: Frame, siblings: Sequence[Frame] = ()
) -> Candidate | None:
    """Return the summit candidate of one frame, or ``None`` when it reports no meeting.

    ``siblings`` are the other frames of the sentence: a date or place inside
    the phrase of a meeting noun after the trigger belongs to that meeting
    ("met on Friday, their second meeting after talks in Vientiane").
    """
    parse = ctx.parses[sentence]
    at = parse.phrases.tokens[frame.trigger].start
    if in_ranges(at, ctx.quoted) or frame.status == MeetingStatus.NONE:
        return None
    if frame.event is EventClass.VISIT and _unknown_destination(ctx, sentence, frame):
        return None  # "flew to the islets": a trip to no country's capital meets no host
    if _joins_no_one(ctx, sentence, frame):
        return None  # "Britain joined the CPTPP in December": a pact joined, no meeting
    if _only_others_named(ctx, parse, frame) or _pronoun_for_others(ctx, parse, frame):
        # "Kang held talks with Foreign Minister Kono", "Kono pressed Kang ... when
        # they met in Paris": the ministers' meeting
        return None
    date, location = _frame_setting(ctx, sentence, frame, siblings)
    named, plural, leaders = _participants(ctx, sentence, frame, date, location)
    countries = {leader.country for leader in leaders}
    clause = parse.clauses[frame.clause]
    low, high = offsets(parse, clause.first, clause.last)
    numbered = ctx.numbered[sentence]
    if frame.scope is not None:
        low, high = offsets(parse, *frame.scope)
    ordinal = next((n for s, _e, n in numbered if low <= s < high), None)
    if ordinal is None and frame.scope is not None:
        ordinal = _previous_meeting(parse, frame.scope[0], numbered)
    explicit = frozenset(leader.name for leader in named)
    strong = len(countries) >= 2 and (len(explicit) >= 1 or plural or frame.verbal)
    if frame.event is EventClass.TALK and (location is None or location.name is None):
        setting = _timed_talk_setting(ctx, sentence, frame)
        if setting is None:
            return None  # "spoke with X on Friday": a call as often as a meeting
        date, location = date or setting[0], setting[1]
    if frame.event is EventClass.JOINT and (
        _after_a_meeting(parse, frame, siblings)
        or _countries_act(ctx, sentence, frame)
        or not _joint_meeting(ctx, sentence, frame, named, date, location)
    ):
        return None
    return Candidate(
        sentence=ctx.sentence_of[sentence],
        position=at,
        strong=strong,
        participants=frozenset(leader.name for leader in leaders) if strong else frozenset(),
        date=date,
        place=None if location is None else location.name,
        country=None if location is None else location.country,
        ordinal=ordinal,
        occasion=_frame_occasion(ctx, sentence, frame),
        future=frame.status == MeetingStatus.PLANNED,
        explicit=explicit,
        anaphoric=frame.definite and not explicit,
        travel=frame.event is EventClass.VISIT,
        verb=frame.verbal,
        past=frame.status == MeetingStatus.HELD
        and clause.verb is not None
        and (clause.verb.tense is Tense.PAST or clause.verb.perfect),  # "has now also met"
        additive=any(parse.phrases.tokens[k].lower == "also"
                     for k in range(clause.first, clause.last + 1)),
        definite=not frame.verbal and frame.scope is not None
        and parse.phrases.tokens[frame.scope[0]].lower in _DEFINITE_DETERMINERS,
    )


_DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})


def _only_others_named(ctx: FrameContext, parse: Parse, frame: Frame) -> bool:
    """Whether every person the frame's roles name has never led a government.

    Two ministers who "held talks" meet as ministers; the meeting is no weak
    mention of some leaders' summit for a later one to take in.
    """
    spans = _role_spans(parse, frame)
    people = [ref.leader for ref in _starting_in(ctx.refs, spans)]
    text = ctx.document.text
    if not people or _starting_in(ctx.plurals, spans) or any(
            text[a:b].lower() in _PRONOUNS | _PLURAL_ANAPHORS for a, b in spans):
        return False  # "the two are to hold talks, sending Minister Motegi": the two meet
    return not any(ever_headed(person) for person in people)


def _joins_no_one(ctx: FrameContext, sentence: int, frame: Frame) -> bool:
    """Whether "join" joins something, not someone: no person and no meeting in its object.

    "Britain joined the CPTPP", "the pact which Britain joined": an
    organisation or an agreement is joined, and no one is met; "joined Biden",
    "joined them for talks" and "joined the summit" meet.
    """
    parse = ctx.parses[sentence]
    tokens = parse.phrases.tokens
    if not frame.verbal or tokens[frame.trigger].lemma != "join":
        return False
    clause = parse.clauses[frame.clause]
    spans = [(frame.trigger + 1, clause.last)]
    if clause.antecedent is not None:
        spans.append(clause.antecedent)
    for first, last in spans:
        if first > last:
            continue
        low, high = offsets(parse, first, last)
        if any(low <= ref.start < high for ref in ctx.refs) or any(
            low <= m.start < high for m in (*ctx.plurals, *ctx.others)
        ):
            return False
        words = {tokens[k].lower for k in range(first, last + 1)}
        if words & (event_rules.MEETING_NOUNS | _PERSON_WORDS):
            return False
    return True


_PERSON_WORDS = frozenset({"him", "her", "them", "leaders", "leader", "president", "premier",
                           "minister", "counterpart", "counterparts", "host", "hosts"})
"""Words of a "join" object that stand for people ("joined them", "joined his counterpart")."""


def _unknown_destination(ctx: FrameContext, sentence: int, frame: Frame) -> bool:
    """Whether a trip's "to" phrase names a destination that is no known place.

    "Lee flew to the islets", "plans to visit the plant": the destination is
    there, and it is no city or country the gazetteer knows (nor a word
    naming one), so no host meets him. "Visit" takes it as its object.
    """
    parse = ctx.parses[sentence]
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    clause = parse.clauses[frame.clause]
    if not frame.verbal and frame.trigger > 0 and (
        tokens[frame.trigger - 1].lower in event_rules.UNHOSTED_DESTINATIONS
    ):
        return True  # "the prime minister's shrine visit on October 17"
    to = frame.trigger + 1
    if to > clause.last:
        return False
    if tokens[to].lower != "to":
        if tokens[frame.trigger].lemma != "visit" or tags[frame.trigger] is not Tag.VERB:
            return False
        to = frame.trigger  # "visit the plant": the object is the destination
    end = to + 1
    while end <= clause.last and tags[end] not in {Tag.PREP, Tag.PUNCT, Tag.VERB, Tag.SUB,
                                                   Tag.REL, Tag.CONJ, Tag.TO}:
        end += 1
    if end == to + 1 or all(tags[k] is not Tag.NOUN for k in range(to + 1, end)):
        return False  # "flew to Seoul", "travelled to his home town in ...": no plain noun
    low, high = tokens[to + 1].start, tokens[end - 1].end
    text = ctx.document.text[low:high]
    named = any(low <= start < high for start, _end, _place in ctx.places[sentence])
    return not named and not country_refs(ctx.document.text, low, high, ctx.gazetteer) and (
        text.split()[-1].lower() in event_rules.UNHOSTED_DESTINATIONS
    )


def _frame_occasion(ctx: FrameContext, sentence: int, frame: Frame) -> str | None:
    """Return the gathering a meeting was held at: its sentence's, or its own phrase's.

    A meeting noun coordinated with another ("their first summit in Gyeongju
    and a brief meeting on the sidelines of the G20") has its own: each
    conjunct names its own setting.
    """
    parse = ctx.parses[sentence]
    if _is_the_occasion(parse, frame) or ctx.occasions[sentence] is None:
        return None
    if frame.scope is None or not _coordinated_noun(parse, frame):
        return ctx.occasions[sentence]
    low, high = offsets(parse, *frame.scope)
    return occasion_of(ctx.document.text, Sentence(low, high, 0))


def _coordinated_noun(parse: Parse, frame: Frame) -> bool:
    """Whether a frame's meeting or visit noun is coordinated with another meeting's noun.

    After "and" ("... and a brief meeting in Johannesburg"), or before "and"
    and another meeting noun ("their first summit in Gyeongju and a ...").
    """
    if frame.verbal or frame.scope is None or frame.scope[0] == 0:
        return False
    tokens = parse.phrases.tokens
    return tokens[frame.scope[0] - 1].lower == "and" or _meeting_conjunct_after(
        parse, frame.scope[1])


def _is_the_occasion(parse: Parse, frame: Frame) -> bool:
    """Whether a meeting noun is itself the gathering others met on the sidelines of.

    "on the sidelines of a three-way summit with C": the summit of three is
    a meeting of its own, held on no one's sidelines.
    """
    if frame.verbal or frame.scope is None or frame.scope[0] < 2:
        return False
    tokens = parse.phrases.tokens
    first = frame.scope[0]
    return tokens[first - 1].lower == "of" and tokens[first - 2].lower in event_rules.SIDELINE_WORDS


_SINCE_STOPS = frozenset({",", ";", "when", "where", "after", "and", "but", "because", "as"})


def _since_holder(parse: Parse, frame: Frame) -> int:
    """Return the clause whose "since" phrase tells of the frame's meeting.

    The frame's own, or for a meeting noun the relative clause right after
    it: "the summit, which has not been held since December 2019".
    """
    if frame.verbal or frame.scope is None:
        return frame.clause
    for number, other in enumerate(parse.clauses):
        if (other.kind is ClauseKind.RELATIVE and other.governor == frame.clause
                and frame.trigger < other.first <= frame.trigger + 2
                and other.first <= frame.scope[1]):
            return number
    return frame.clause


def _after_since(parse: Parse, first: int) -> bool:
    """Whether the noun phrase starting at token ``first`` is the object of "since"."""
    return first >= 1 and parse.phrases.tokens[first - 1].lower == "since"


def _since_phrase(parse: Parse, frame: Frame) -> tuple[int, int] | None:
    """Return the tokens of a "since" phrase after the trigger that names a time, not an event.

    "not held talks since November last year in Bali", "the first since May
    in Tokyo"; not "since Suga took office" (a clause) or "since their Camp
    David summit" (a meeting noun, its own frame).
    """
    clause = parse.clauses[_since_holder(parse, frame)]
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    since = next(
        (k for k in range(frame.trigger + 1, clause.last + 1) if tokens[k].lower == "since"),
        None,
    )
    if since is None or since + 1 > clause.last:
        return None
    if any(
        other.governor == frame.clause and other.opener in {"when", "where"}
        for other in parse.clauses
    ):
        return None  # "since December 2019, when Moon met Abe": the when-clause tells it
    stop = since + 1
    while stop <= clause.last and tokens[stop].lower not in _SINCE_STOPS:
        if tags[stop] in {Tag.VERB, Tag.AUX} or tokens[stop].lemma in event_rules.MEETING_NOUNS:
            return None
        stop += 1
    return (since, stop - 1) if stop > since + 1 else None


def _since_when_clauses(parse: Parse, frame: Frame) -> list[tuple[int, int]]:
    """Return the when-clauses on a "since" time after the trigger: an earlier meeting's.

    "the first meeting of the three since September 2017, when Trump hosted
    Moon and Abe in New York": New York is that lunch's place, not this meeting's.
    """
    clause = parse.clauses[frame.clause]
    since = next((k for k in range(frame.trigger + 1, clause.last + 1)
                  if parse.phrases.tokens[k].lower == "since"), None)
    if since is None:
        return []
    return [(other.first, other.last) for other in parse.clauses
            if other.governor == frame.clause and other.opener in {"when", "where"}
            and other.first > since]


def _people_of(candidate: Candidate | None, before: Sequence[Candidate]) -> frozenset[str]:
    """Return the leaders of a frame's meeting, or of the last meeting "their" points to."""
    if candidate is None:
        return frozenset()
    if candidate.strong:
        return candidate.participants
    last = last_strong(by_sentence(before[-_THEIR_LOOKBACK:]), candidate)
    return frozenset() if last is None or not candidate.anaphoric else last.participants


def _since_meeting(
    ctx: FrameContext, sentence: int, frame: Frame, later: frozenset[str]
) -> Candidate | None:
    """Return the earlier meeting a "first ... since" or "not ... since" phrase presupposes.

    "The two have not held formal talks since November last year in Bali":
    the pair last met then and there. The phrase needs a date of a month or
    better, and after "first" a place: "the first summit since May 2012" may
    only mark time, while "not held since December 2019" says they met then.
    ``later`` are the leaders of the frame's own meeting, whom "their" stands for.
    """
    parse = ctx.parses[sentence]
    phrase = _since_phrase(parse, frame)
    clause = parse.clauses[_since_holder(parse, frame)]
    tokens = parse.phrases.tokens
    if phrase is None or in_ranges(tokens[frame.trigger].start, ctx.quoted):
        return None
    negated = clause.verb is not None and clause.verb.negated
    if not negated and not any(tokens[k].lower == "first" for k in range(clause.first, phrase[0])):
        return None
    low, high = offsets(parse, *phrase)
    head = tokens[phrase[0] + 1].end  # the date heads the phrase ("since May in Tokyo")
    dates = [d for start, _e, d in ctx.bounded_dates[sentence] if low <= start < head]
    places = [p for start, _e, p in ctx.places[sentence] if low <= start < high]
    if len(dates) != 1 or dates[0].month is None or not (places or negated):
        return None  # "have not met since December 2019" tells of a meeting then, unplaced
    place = places[0] if places else None
    named, _plural, leaders = _participants(ctx, sentence, frame, dates[0], place)
    leaders = _holders_then(ctx, leaders, dates[0])
    people = frozenset(leader.name for leader in leaders)
    if len({leader.country for leader in leaders}) < 2:
        if len(later) < 2:
            return None
        people = later  # "their first meeting since March in Tokyo"
    return _told_meeting(ctx, sentence, low, people, named, dates[0], place)


def _told_meeting(
    ctx: FrameContext,
    sentence: int,
    position: int,
    people: frozenset[str],
    named: Sequence[Leader],
    date: PartialDate,
    place: LocationRef | None,
) -> Candidate:
    """Return a held meeting a phrase tells of without a verb of its own.

    The meeting a "since ..." or "not ... until ..." phrase presupposes.
    """
    return Candidate(
        sentence=ctx.sentence_of[sentence], position=position, strong=True,
        participants=people, date=date,
        place=None if place is None else place.name,
        country=None if place is None else place.country, ordinal=None, occasion=None,
        future=False, explicit=frozenset(leader.name for leader in named), past=True,
    )


def _frame_setting(
    ctx: FrameContext, sentence: int, frame: Frame, siblings: Sequence[Frame]
) -> tuple[PartialDate | None, LocationRef | None]:
    """Return a frame's date and place: its own phrase's, its clauses', its part's."""
    parse = ctx.parses[sentence]
    at = parse.phrases.tokens[frame.trigger].start
    # A later meeting noun's date and place are its own ("met on Friday, their
    # second meeting after talks in Vientiane"), unless the verb carries that
    # meeting ("joined Li for a three-way summit in Seoul": one meeting).
    others = [] if frame.carried else [
        offsets(parse, *other.scope)
        for other in siblings
        if other is not frame
        and not other.verbal
        and other.scope is not None
        and other.scope[0] > frame.trigger
        and not _is_setting_of(parse, frame, other)
    ] + ([] if frame.gapped is None else [offsets(parse, *frame.gapped)])
    since = _since_phrase(parse, frame)
    if since is not None:  # "the first since May in Tokyo": that earlier meeting's place
        others.append(offsets(parse, *since))
    others.extend(  # "..., the first since their meeting in New York in September, A and B"
        offsets(parse, *other.scope) for other in siblings
        if other is not frame and not other.verbal and other.scope is not None
        and other.scope[0] < frame.trigger and _after_since(parse, other.scope[0])
        and parse.clauses[frame.clause].kind is ClauseKind.MAIN  # not "..., when X hosted Y"
    )
    others.extend(offsets(parse, *told) for told in _since_when_clauses(parse, frame))
    sequel = _sequence_object(parse, frame)
    if sequel is not None:  # "The Moon-Xi talks followed an announcement on Oct. 31"
        others.append(offsets(parse, *sequel))
    others.extend(_courses_apart(parse, frame))
    dates = _frame_dates(ctx, sentence, frame, others)
    date = offset_date(parse, frame.clause, ctx.dates[sentence]) or _frame_attribute(
        parse, frame, dates,
        [d for d in ctx.bounded_dates[sentence] if not in_ranges(d[0], others)],
        dating=True,
    )  # "On Sunday, a year after they met": a year before Sunday
    if date is not None and _yearless(ctx, sentence, date):
        date = _past_tense_year(ctx, parse, frame, date)  # not "next month", read as it says
    date = _year_of_named_terms(ctx, sentence, frame, date)
    if date is not None and _past_act_dated_later(ctx, parse, frame, date):
        date = None  # "signed a memorandum on setting up a secretariat next year"
    arrival = _arrival_setting(ctx, sentence, frame) or _gathering_scene(
        ctx, sentence, frame) or _arrival_told_before(ctx, sentence, frame)
    if date is None and arrival is not None:  # "held talks after arriving in X on Monday"
        date = arrival[0]
    if date is None and _just_completed(parse, frame, live=len(ctx.entry_days) >= 2):
        date = ctx.report_day(at)
    places = [p for p in ctx.places[sentence] if not in_ranges(p[0], others)]
    location = _frame_attribute(parse, frame, places)
    if location is not None and _one_of_listed_countries(ctx, location):
        location = None  # "the President's trip to Cambodia and Indonesia": which one?
    if location is None and arrival is not None:
        location = arrival[1]
    section = ctx.section_at(at) if frame.status == MeetingStatus.HELD else None
    if section is not None:  # a part headed "TOKYO, March 16": its meetings' day and place
        date = date or section[0]
        headed = section[1]
        if location is None or (  # "in China" under a "Chengdu" heading: the city
            location.name is None and headed is not None and headed.country == location.country
        ):
            location = headed
    if not frame.verbal and frame.scope is not None and not _dated_inside(ctx, sentence, frame):
        anchor = date or _summative_date(parse, frame, dates)
        date = shifted_by_phrase(parse, frame.scope[0], anchor) or date  # "the day after a summit"
    return date, location


_COUNTRY_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_COUNTRY_LIST_REACH = 40  # characters after a country the next of its list may end within


def _one_of_listed_countries(ctx: FrameContext, location: LocationRef) -> bool:
    """Whether a frame's place is a country listed with another ("to Cambodia and Indonesia").

    A trip to two countries names no one meeting's country.
    """
    if location.name is None:
        text = ctx.document.text
        link = _COUNTRY_LINK.match(text, location.end)
        if link is not None and link.end() > location.end:
            after = country_refs(text, link.end(), link.end() + _COUNTRY_LIST_REACH, ctx.gazetteer)
            return bool(after) and after[0][0] == link.end()
    return False


_SUMMING_REACH = 9  # tokens from the comma to the relative word ("a barely veiled rebuke to Japan")


def _summative_date(
    parse: Parse, frame: Frame, dates: Sequence[tuple[int, int, PartialDate]]
) -> PartialDate | None:
    """Return the date of the clause a summing-up apposition stands for.

    "addressed Congress on Wednesday, a rebuke that came a day after her
    summit": the relative clause is on a noun set off after the clause it
    sums up ("a rebuke"), so it shares that clause's time.
    """
    clause = parse.clauses[frame.clause]
    tokens = parse.phrases.tokens
    if clause.kind is not ClauseKind.RELATIVE or clause.governor is None:
        return None
    comma = next((k for k in range(clause.first - 1, max(-1, clause.first - _SUMMING_REACH), -1)
                  if tokens[k].lower == ","), None)
    if comma is None or comma + 1 >= clause.first or tokens[comma + 1].lower not in {"a", "an"}:
        return None
    number: int | None = clause.governor
    while number is not None and number < frame.clause:  # up to the clause summed up
        found = _nearest_in_clause(parse, number, frame.trigger, dates)
        if found is not None:
            return found
        number = parse.clauses[number].governor
    return None


def _object_of_telling(parse: Parse, frame: Frame) -> bool:
    """Whether a meeting noun is the direct object of a verb of telling ("announced the meeting").

    Its phrase opens right after the verb: not "welcomed Lee ... before their summit".
    """
    verb = parse.clauses[frame.clause].verb
    return (not frame.verbal and verb is not None and frame.scope is not None
            and frame.scope[0] == verb.last + 1 and verb.lemma in _TELLING)


_ON_A_DAY = re.compile(r"\b(?:on|last|this|earlier|late|early)\s+$", re.IGNORECASE)
"""Words before a date that make it an adjunct of the clause's verb ("... on Monday")."""

_TELLING = frozenset({"announce", "confirm", "report", "reveal", "disclose", "unveil",
                      "publish", "release", "describe", "welcome", "praise", "criticize",
                      "criticise", "discuss"})
"""Verbs whose act has a time of its own, apart from the meeting their object names."""


def _asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the parentheses in ``text[start:end]``."""
    return [found.span() for found in _PARENTHESIS.finditer(text, start, end)]


_PARENTHESIS = re.compile(r"\([^()]*\)")

_OTHER_EVENT_DAY = re.compile(
    r"\b(?:launch|launches|test|tests|firing|attack|attacks|election|elections|speech|"
    r"announcement|ruling|verdict|inauguration|explosion)\s+(?:on|last|this)\s+$",
    re.IGNORECASE,
)
"""A noun of an event other than the meeting right before a day ("discussed North Korea's
launch on Tuesday"): the day is that event's."""


_SEQUENCE_LEMMAS = frozenset({"follow", "precede"})
"""Verbs that order the meeting their subject names after or before another event."""


def _sequence_object(parse: Parse, frame: Frame) -> tuple[int, int] | None:
    """Return the tokens of the event a meeting noun is said to follow or precede.

    "The Moon-Xi talks followed an announcement by Seoul and Beijing on Oct.
    31": the date is the announcement's, not the talks'.
    """
    verb = _sequencing_verb(parse, frame)
    if verb is None or frame.trigger > verb.first:
        return None  # the meeting is what follows, not what is followed
    return verb.last + 1, parse.clauses[frame.clause].last


def _sequencing_verb(parse: Parse, frame: Frame) -> VerbGroup | None:
    """Return the active "follow"/"precede" of a meeting noun's clause, if it has one."""
    verb = parse.clauses[frame.clause].verb
    if frame.verbal or verb is None or verb.lemma not in _SEQUENCE_LEMMAS or verb.passive:
        return None
    return verb


def _gathering_scene(
    ctx: FrameContext, sentence: int, frame: Frame
) -> tuple[PartialDate, LocationRef] | None:
    """Return the day and place of a gathering the sentence before sets the scene at.

    "Moon attended the G20 summit in Osaka on Saturday. Moon also met
    Trudeau": a held meeting its own clause neither dates nor places is on
    the gathering's day and in its city; the sentence before must name a
    gathering, one day and one city, in the same paragraph.
    """
    if sentence == 0 or frame.status != MeetingStatus.HELD or ctx.occasions[sentence - 1] is None:
        return None
    text = ctx.document.text
    if "\n" in text[ctx.parses[sentence - 1].end : ctx.parses[sentence].start]:
        return None
    dates = [d for _s, _e, d in ctx.dates[sentence - 1] if d.day is not None]
    places = [p for _s, _e, p in ctx.places[sentence - 1] if p.name is not None]
    if len(dates) != 1 or len(places) != 1 or ctx.places[sentence]:
        return None
    return dates[0], places[0]


def _inside_larger_meeting(parse: Parse, frame: Frame, siblings: Sequence[Frame]) -> bool:
    """Whether a verb's meeting is told as held in a meeting of three in its clause or the next.

    "Abe and Park sat down together on Tuesday, in a three-way meeting that
    Obama hosted": one meeting, of the three, which the noun's frame reports.
    """
    if not frame.verbal or frame.event not in {EventClass.MEET, EventClass.TALK}:
        return False
    tokens = parse.phrases.tokens
    for other in siblings:
        if other.verbal or not other.trilateral or other.scope is None:
            continue
        own = other.clause == frame.clause or parse.clauses[other.clause].governor == frame.clause
        if not own or other.scope[0] <= frame.trigger:
            continue
        before = " ".join(t.lower for t in tokens[max(0, other.scope[0] - 2) : other.scope[0]])
        if _IN_A_MEETING.search(before):
            return True
    return False


_IN_A_MEETING = re.compile(r"\b(?:in|at)\s*$|\b(?:in|at)\s+(?:a|an|the|their)$")
"""Before a meeting noun that is the verb's meeting itself ("sat down in a three-way
meeting"); not "during", which names the occasion of a meeting of its own."""


def _is_setting_of(parse: Parse, frame: Frame, other: Frame) -> bool:
    """Whether ``other`` is the gathering ``frame``'s meeting is held at.

    "talks with Moon on the sidelines of a trilateral summit with Li in
    Chengdu on Dec. 24": the sideline talks are where and when that summit is.
    """
    if other.scope is None:
        return False
    tokens = parse.phrases.tokens
    first = max(frame.trigger, other.scope[0] - 5)
    before = " ".join(t.lower for t in tokens[first : other.scope[0]])
    return _SIDELINES_OF.search(before) is not None


_SIDELINES_OF = re.compile(r"\b(?:sidelines|margins|fringes|sideline)\s+of(?:\s+(?:the|a|an))?$")


_AGREEING = frozenset({"agree", "pledge", "vow", "promise", "decide", "commit"})


def _courses_apart(parse: Parse, frame: Frame) -> list[tuple[int, int]]:
    """Return the spans of courses agreed in the sentence that a held meeting is not part of.

    "agreed Sunday ... to open talks as early as June, in a meeting held on
    the eve of ...": June is when the talks open, not when they met.
    """
    if frame.status != MeetingStatus.HELD:
        return []
    spans = []
    for clause in parse.clauses:
        if clause.kind is not ClauseKind.INFINITIVE or clause.first <= frame.trigger <= clause.last:
            continue
        if any(g.verb is not None and g.verb.lemma in _AGREEING for g in governors(parse, clause)):
            spans.append(offsets(parse, clause.first, clause.last))
    return spans


def _arrival_setting(
    ctx: FrameContext, sentence: int, frame: Frame
) -> tuple[PartialDate | None, LocationRef | None] | None:
    """Return the day and place of an arrival the frame's meeting came right after.

    "Lee held talks with Ramaphosa after arriving in Calgary on Monday": the
    talks were in Calgary, that day. A meeting told "before seeing" another
    leader on a day was that day.
    """
    parse = ctx.parses[sentence]
    for clause in parse.clauses:
        if clause.governor != frame.clause or clause.kind is not ClauseKind.SUBORDINATE:
            continue
        if clause.verb is None:
            continue
        if clause.opener == "before" and clause.verb.lemma in _SEEING:
            # "Before seeing Roh on Monday, Koizumi held talks with Putin": that day
            day = _first_in_clause(parse, clause, ctx.dates[sentence])
            if day is not None and day.day is not None:
                return day, None
            continue
        if clause.opener not in {"after", "upon"} or clause.verb.lemma not in _ARRIVING:
            continue
        return (_first_in_clause(parse, clause, ctx.dates[sentence]),
                _first_in_clause(parse, clause, ctx.places[sentence]))
    return None


_ARRIVING = frozenset({"arrive", "land", "reach"})
_SEEING = frozenset({"see", "meet"})
"""Verbs of a meeting that a "before" clause dates its main clause's meeting by (the same day)."""

_HE_OR_SHE = frozenset({"he", "she"})


def _arrival_told_before(
    ctx: FrameContext, sentence: int, frame: Frame
) -> tuple[PartialDate, LocationRef | None] | None:
    """Return the day and place of the arrival the sentence before told of the same leader.

    "Kishida, who arrived in Glasgow early Tuesday, spent less than a day in
    Scotland. In that time he ... held talks with Johnson": one arrival, on
    one day in one place, by the clause's subject.
    """
    if sentence == 0 or frame.status != MeetingStatus.HELD:
        return None
    parse, before = ctx.parses[sentence], ctx.parses[sentence - 1]
    subject = parse.clauses[frame.clause].subject
    if subject is None:
        return None
    who = parse.phrases.tokens[subject[1]].lower
    arrivals = [c for c in before.clauses if c.verb is not None and not c.verb.negated
                and c.verb.lemma in _ARRIVING]
    if len(arrivals) != 1:
        return None
    arrival = arrivals[0]
    traveller = arrival.subject or arrival.antecedent
    if traveller is None or who not in _HE_OR_SHE | {before.phrases.tokens[traveller[1]].lower}:
        return None
    day = _first_in_clause(before, arrival, ctx.dates[sentence - 1])
    if day is None or day.day is None:
        return None
    return attrs.evolve(day, mod=None), _first_in_clause(before, arrival, ctx.places[sentence - 1])


def _dated_inside(ctx: FrameContext, sentence: int, frame: Frame) -> bool:
    """Whether a date lies in the frame's own phrase ("a year after Kishida's visit last May")."""
    if frame.scope is None:
        return False
    low, high = offsets(ctx.parses[sentence], *frame.scope)
    return any(low <= start < high for start, _end, _date in ctx.dates[sentence])


def _timed_talk_setting(
    ctx: FrameContext, sentence: int, frame: Frame
) -> tuple[PartialDate | None, LocationRef] | None:
    """Return when and where a timed talk was held, told in the sentence before it.

    "In Bangkok, Moon walked over to Abe. They talked for 11 minutes": a talk
    timed in minutes right after a scene set in a city is in person there.
    """
    parse = ctx.parses[sentence]
    clause = parse.clauses[frame.clause]
    words = [parse.phrases.tokens[k].lower for k in range(clause.first, clause.last + 1)]
    timed = "for" in words and any(w.startswith(("minute", "hour")) for w in words)
    if not timed or sentence == 0 or set(words) & event_rules.REMOTE_WORDS:
        return None
    places = [p for _s, _e, p in ctx.places[sentence - 1] if p.name is not None]
    dates = [d for _s, _e, d in ctx.dates[sentence - 1]]
    if len(places) != 1:
        return None
    return (dates[0] if len(dates) == 1 else None), places[0]


def _until_meeting(ctx: FrameContext, sentence: int, frame: Frame) -> Candidate | None:
    """Return the meeting a negated "not ... until DATE" tells of: held on that date.

    "Park did not hold a bilateral summit with Abe until November 2015": they
    met then.
    """
    parse = ctx.parses[sentence]
    clause = parse.clauses[frame.clause]
    tokens = parse.phrases.tokens
    if clause.verb is None or not clause.verb.negated or frame.event is EventClass.VISIT:
        return None
    until = next((k for k in range(frame.trigger + 1, clause.last + 1)
                  if tokens[k].lower in {"until", "till"}), None)
    if until is None or until + 1 > clause.last:
        return None
    head = tokens[until + 1].start
    dates = [d for start, _e, d in ctx.bounded_dates[sentence] if start == head]
    if len(dates) != 1 or in_ranges(tokens[frame.trigger].start, ctx.quoted):
        return None
    named, _plural, leaders = _participants(ctx, sentence, frame, dates[0], None)
    if len({leader.country for leader in leaders}) < 2:
        return None
    people = frozenset(leader.name for leader in leaders)
    return _told_meeting(ctx, sentence, head, people, named, dates[0], None)


_COMPLETION_VERBS = frozenset({"finish", "wrap", "conclude", "end", "complete", "hold"})
"""Verbs whose present perfect reports a meeting just over ("have wrapped up their talks")."""


_LIVE_VERBS = frozenset({"meet", "sit", "talk", "gather", "arrive"})
"""Verbs whose present perfect in a live blog's entry tells what just happened there."""


def _just_completed(parse: Parse, frame: Frame, *, live: bool = False) -> bool:
    """Whether the frame's clause reports a meeting as just over: the report's own day.

    The news present perfect ("Yoon and Kishida have finished their summit")
    tells what has just happened, unlike the past, which needs a date; in a
    ``live`` blog's entries, so does any meeting verb's ("have sat down").
    """
    verb = parse.clauses[frame.clause].verb
    return (
        verb is not None
        and verb.perfect
        and verb.tense is Tense.PRESENT
        and not verb.negated
        and (verb.lemma in _COMPLETION_VERBS or (live and verb.lemma in _LIVE_VERBS))
        and frame.status == MeetingStatus.HELD
    )


def _holders_then(ctx: FrameContext, leaders: list[Leader], date: PartialDate) -> list[Leader]:
    """Replace the leaders a plural names who were not in office on ``date``.

    "The three leaders met at Camp David in August last year", in an article
    about Ishiba: Japan's leader then was Kishida, who takes Ishiba's place.
    """
    published = ctx.document.published
    found: list[Leader] = []
    for leader in leaders:
        chosen = leader
        if ever_headed(leader) and not in_office(leader, date, published):
            chosen = _namesake_then(ctx, leader, date, leaders) or country_leader(
                leader.country, date, published, ctx.article, ctx.gazetteer,
                government=governs(leader),
            ) or leader
        if chosen not in found:
            found.append(chosen)
    return found


def _hosts_a_gathering(ctx: FrameContext, parse: Parse, frame: Frame) -> bool:
    """Whether a hosting verb's object is a gathering, not a guest ("hosted the G20").

    The object, or the noun a relative clause of the verb hangs on ("the G7
    summit he will host"), opens with a gathering's name and names no leader.
    """
    clause = parse.clauses[frame.clause]
    verb = clause.verb
    if not frame.verbal or verb is None:
        return False
    text = ctx.document.text
    objects = [(first, last) for first, last in frame.roles if first > verb.last]
    if clause.kind is ClauseKind.RELATIVE and clause.antecedent is not None:
        # "the Group of Seven summit he will host": the noun group may be cut at "of"
        end = clause.antecedent[1]
        objects.append((max(0, end - _GATHERING_WORDS), end))
    for first, last in objects:
        low, high = offsets(parse, first, last)
        opening = " ".join(text[low:high].split()[:_GATHERING_WORDS])
        named = any(pattern.search(opening) for _, pattern in events_lexicon.OCCASIONS)
        if named and not _starting_in(ctx.refs, [(low, high)]):
            return True
    return False


_GATHERING_WORDS = 5  # words of an object that may name a gathering ("the Group of 20")


def _namesakes_then(
    ctx: FrameContext, spans: Sequence[tuple[int, int]], named: list[Leader], date: PartialDate
) -> list[Leader]:
    """Replace a leader named by family name alone with the namesake in office on ``date``.

    "Noda visits Seoul, and Lee returns the visit in Kyoto that December", in
    an article about Lee Jae-myung: the Lee of December 2011 is Lee Myung-bak.
    """
    text, published = ctx.document.text, ctx.document.published
    found = list(named)
    for ref in _starting_in(ctx.refs, spans):
        word = text[ref.start : ref.end]
        if " " in word or ref.leader not in found or in_office(ref.leader, date, published):
            continue
        then = _namesake_then(ctx, ref.leader, date, found)
        if then is not None and then not in found:
            found[found.index(ref.leader)] = then
    return found


def _namesake_then(
    ctx: FrameContext, leader: Leader, date: PartialDate, beside: Sequence[Leader] = ()
) -> Leader | None:
    """Return the one leader of ``leader``'s family name in office on ``date``, if any.

    One who makes a Korea-Japan pair with the leaders ``beside`` first
    ("Obuchi and Kim signed in 1998": Kim Dae-jung, not the Kim then in
    office in Pyongyang); else one of the same country; else one of either.
    """
    published = ctx.document.published
    word = ctx.gazetteer.family_name(leader)
    then = [other for other in ctx.gazetteer.surname_candidates(word, date.earliest())
            if other is not leader and in_office(other, date, published)]
    partners = {other.country for other in beside if other is not leader} & PAIR
    first, last = date.earliest(), date.latest()
    middle = first + (last - first) / 2  # of two holders that year, the one at its middle
    for fitting in ([o for o in then if partners and o.country in PAIR - partners],
                    [o for o in then if o.country == leader.country],
                    [o for o in then if o.country in PAIR]):
        chosen = fitting if len(fitting) <= 1 else [o for o in fitting if o.is_leader_on(middle)]
        if len(chosen) == 1:
            return chosen[0]
    return None


def _participants(
    ctx: FrameContext,
    sentence: int,
    frame: Frame,
    date: PartialDate | None,
    location: LocationRef | None,
) -> tuple[list[Leader], bool, list[Leader]]:
    """Return the frame's named leaders, whether a plural names them, and all its leaders.

    All of them: the named ones completed from the clause (the host, the
    visited country's leader, the pair a plural stands for).
    """
    parse = ctx.parses[sentence]
    spans = _role_spans(parse, frame)
    named, plural = _role_leaders(ctx, spans)
    bound = _their_in_clause(ctx, sentence, frame) if frame.their else []
    if bound:  # "A pressed B during their talks": "their" is A and B
        named, plural = bound, True
    published = ctx.document.published
    if len(named) < 2 and not plural and (
        frame.verbal or parse.clauses[frame.clause].subject in frame.roles
    ):
        # "after the pair had held talks": the pair, even where one of them was named;
        # not for a meeting noun the subject is no role of ("met ahead of a summit")
        pair, pair_plural = _pronoun_subject(ctx, parse, frame)
        if not named or len(pair) >= 2:
            named, plural = pair, pair_plural
    if not named and not plural:
        named, plural = _pair_before(ctx, sentence, frame)
    if frame.event is EventClass.VISIT and (plural or _travel_together(ctx, parse, frame)):
        return [], plural, []  # "both had travelled there": a trip together meets no one
    if plural and date is not None:
        named = _holders_then(ctx, named, date)
    text = ctx.document.text
    out_of_office = any(  # a person named, not a pronoun or a possessive, out of office then
        not in_office(ref.leader, date, published)
        for ref in _starting_in(ctx.refs, spans)
        if not _possessive(text, ref.end) and text[ref.start : ref.end].lower() not in _PRONOUNS
    )
    if date is not None:
        named = _namesakes_then(ctx, spans, named, date)
    if named and not any(ever_headed(leader) for leader in named):
        return [], plural, []  # "Kang and her Japanese counterpart, Kono, talked": ministers
    heads = [leader for leader in named if in_office(leader, date, published)]
    # "Lee [Nak-yon, the prime minister] and Abe met": the one who is no leader is met
    out_of_office = out_of_office or len(heads) < len(named)
    named = heads
    metonymy = (  # "South Korea and Japan held a summit": their leaders met
        frame.verbal
        and not named
        and not out_of_office  # "Yun and Kishida last met" (foreign ministers then)
        and frame.event in {EventClass.MEET, EventClass.TALK}
        and not _names_others(ctx, sentence, frame)
        and not any(_OFFICIALS_OF_ANY.search(text, a, b) for a, b in spans)
    )  # not "the foreign ministers of both South Korea and Japan met"
    named = _add_named_countries(
        ctx, spans, named, date, countries=frame.trilateral or metonymy
    )
    leaders = named
    if frame.event is EventClass.HOST and _hosts_a_gathering(ctx, parse, frame):
        return named, plural, named  # "When Abe hosted the G20 in Osaka": no guest by itself
    if not (frame.event is EventClass.VISIT and _clause_occasion(ctx, sentence, frame)):
        # a trip to a gathering ("to Busan for the APEC summit") meets no host by itself
        guest_named = out_of_office or (
            frame.event is EventClass.HOST and _names_others(ctx, sentence, frame)
        )  # "received Deputy Prime Minister Taro Aso", "Yun and Kishida [ministers then]
        # met": a person named who is no leader then is whom the leader met, if anyone
        leaders = named if guest_named else _complete_frame(
            ctx, sentence, frame, named, plural, date, location)
    if frame.trilateral and frame.carried:
        leaders = with_host(ctx, leaders, date, location)
    return named, plural, leaders


def _travel_together(ctx: FrameContext, parse: Parse, frame: Frame) -> bool:
    """Whether two or more leaders make the trip's subject ("A and I will travel to X")."""
    subject = parse.clauses[frame.clause].subject
    if subject is None or subject not in frame.roles:
        return False
    return len(_role_leaders(ctx, [offsets(parse, *subject)])[0]) >= 2


def _clause_occasion(ctx: FrameContext, sentence: int, frame: Frame) -> str | None:
    """Return the gathering the frame's own clause names, if any.

    "Kishida made a return trip to Seoul in May, and the three leaders met in
    Hiroshima on the sidelines of the G7": the G7 is the second clause's. A trip
    "for a summit" keeps its sentence's gathering.
    """
    if ctx.occasions[sentence] is None:
        return None
    parse = ctx.parses[sentence]
    clause = parse.clauses[frame.clause]
    low, high = offsets(parse, clause.first, clause.last)
    text = ctx.document.text
    if frame.scope is not None and _coordinated_noun(parse, frame):
        # a visit noun coordinated after another meeting: its own phrase and a "for"
        # phrase right after it ("after their talks at the G7 in June and Lee's visit to
        # Tokyo in August": the G7 is the talks')
        low, high = offsets(parse, *frame.scope)
        purpose = _FOR_PHRASE.match(text, high)
        high = purpose.end() if purpose is not None else high
    if _FOR_A_MEETING.search(text, low, high):
        return ctx.occasions[sentence]  # "went to Tokyo only for a trilateral summit"
    return occasion_of(text, Sentence(low, high, 0))


def _meeting_conjunct_after(parse: Parse, last: int) -> bool:
    """Whether "and" after token ``last`` opens another meeting's noun group.

    "... in Gyeongju and a brief meeting in Johannesburg": each conjunct has
    its own gathering.
    """
    tokens = parse.phrases.tokens
    if last + 1 >= len(tokens) or tokens[last + 1].lower != "and":
        return False
    return any(tokens[k].lower in event_rules.MEETING_NOUNS
               for k in range(last + 2, min(len(tokens), last + 6)))


_FOR_PHRASE = re.compile(r"[^,;.]{0,30}?\bfor\s+[^,;.]{1,60}")


_FOR_A_MEETING = re.compile(
    r"\bfor\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:summit|meeting|gathering)\b",
    re.IGNORECASE,
)
"""A trip whose purpose is a meeting ("only for a trilateral summit"): the meeting's frame
names whom it meets."""


_JOINT_DAYS = 3  # a joint act dated this close to publication is the reported meeting's


def _joint_meeting(
    ctx: FrameContext,
    sentence: int,
    frame: Frame,
    named: Sequence[Leader],
    date: PartialDate | None,
    location: LocationRef | None,
) -> bool:
    """Return whether a joint act of named leaders reports their meeting.

    "A and B agreed on Thursday in Tokyo to ...", "the declaration signed in
    Tokyo in October 1998 by A and B": two named leaders of different
    countries, a place or a recent day, and no phone or video call in the
    sentence or the next.
    """
    if len({leader.country for leader in named}) < 2 or date is None:
        return False
    if _instead(ctx.parses[sentence]):
        return False  # "put out a joint statement instead of meeting in person"
    clause_verb = ctx.parses[sentence].clauses[frame.clause].verb
    if clause_verb is not None and clause_verb.lemma in event_rules.SIGNING_LEMMAS:
        return True  # "the declaration signed in October 1998 by A and B"
    number = ctx.sentence_of[sentence]
    following = ctx.segmentation.sentences[number + 1 : number + 2]
    end = following[0].end if following else ctx.parses[sentence].end
    words = set(ctx.document.text[ctx.parses[sentence].start : end].casefold().split())
    if words & (event_rules.REMOTE_WORDS | {"conversation", "conversations"}):
        return False
    if location is not None and location.name is not None:
        return True
    lag = (ctx.document.published - date.latest()).days
    return date.precision == "day" and 0 <= lag <= _JOINT_DAYS


def _countries_act(ctx: FrameContext, sentence: int, frame: Frame) -> bool:
    """Whether a joint act's parties are countries, named as a group and by no person.

    "the pact the two neighbors signed in 2016": governments sign through
    officials, so no leaders' meeting is told.
    """
    parse = ctx.parses[sentence]
    spans = _role_spans(parse, frame)
    if _starting_in(ctx.refs, spans):
        return False
    plurals = _starting_in(ctx.plurals, spans)
    return bool(plurals) and all(m.kind is MentionKind.GROUP for m in plurals)


def _after_a_meeting(parse: Parse, frame: Frame, siblings: Sequence[Frame]) -> bool:
    """Whether a joint act is coordinated with a meeting of the same subject.

    "They sat down over dinner on July 6 and issued a joint statement the
    next day": the statement came out of that meeting; it tells none of its own.
    """
    clause = parse.clauses[frame.clause]
    if clause.kind is not ClauseKind.COORDINATE or clause.governor is None:
        return False
    return any(
        other.verbal and other.clause == clause.governor and other.event is not EventClass.JOINT
        and parse.clauses[other.clause].subject == clause.subject
        for other in siblings
    )


def _instead(parse: Parse) -> bool:
    """Whether the sentence sets its act against another ("instead of", "rather than")."""
    words = [token.lower for token in parse.phrases.tokens]
    return any(pair in {("instead", "of"), ("rather", "than")}
               for pair in itertools.pairwise(words))


_AFTER_WORDS = frozenset({"after", "following", "since"})


def _previous_meeting(
    parse: Parse, first: int, ordinals: Sequence[tuple[int, int, int]]
) -> int | None:
    """Return N-1 for the meeting in "their Nth meeting after talks in Vientiane"."""
    if first < 2 or parse.phrases.tokens[first - 1].lower not in _AFTER_WORDS:
        return None
    before = parse.phrases.tokens[first - 1].start
    for _start, end, number in ordinals:
        if 0 <= before - end <= _ORDINAL_GAP and number >= 2:
            return number - 1
    return None


_ORDINAL_GAP = 2  # characters between "their second meeting" and "after"



def _add_named_countries(
    ctx: FrameContext,
    spans: Sequence[tuple[int, int]],
    named: list[Leader],
    date: PartialDate | None,
    *,
    countries: bool = False,
) -> list[Leader]:
    """Add the leaders of countries named as participants ("the leaders of A and B")."""
    codes: list[str] = []
    for start, end in spans:
        codes.extend(named_countries(ctx.document.text, start, end, ctx.gazetteer))
        if countries:  # "Korea is due to host the next trilateral summit with China and Japan"
            refs = country_refs(ctx.document.text, start, end, ctx.gazetteer)
            listed = {at for at, _code in refs}
            codes.extend(code for at, code in refs
                         if not _as_place(ctx.document.text, at, listed))
            # "the summit of three that Beijing will host": a capital stands for its country
            codes.extend(ctx.gazetteer.capital_country(ctx.document.text[a:b]) or ""
                         for a, b in _capitals(ctx, start, end))
    codes = [code for code in codes if code]
    have = {leader.country for leader in named}
    known = set(codes) | have
    if countries and len(known) == 2 and len(known & PAIR) == 1:
        # "Moon went to Tokyo for a trilateral summit with China": a meeting
        # of three from Korea's or Japan's side has the other one as third.
        codes.extend(PAIR - known)
    elif countries and len(known) == 1 and not known & PAIR:
        # "the trilateral summit with China": in reporting on the pair, the
        # meeting of three is the pair's with the one country named.
        codes.extend(sorted(PAIR))
    trilateral_with_china = {"CN", "JP", "KR"} <= set(codes) | have
    out = list(named)
    for code in codes:
        if code in have:
            continue
        found = country_leader(
            code,
            date,
            ctx.document.published,
            ctx.article,
            ctx.gazetteer,
            government=code == "CN" and trilateral_with_china,
        )
        if found is not None:
            out.append(found)
            have.add(code)
    return out


_AS_PLACE = re.compile(
    r"(?:\b(?:in|at|to|from|near|across|inside|outside|around|on|about|over|against|"
    r"regarding|toward|towards)\s+(?:the\s+)?"
    r"|\b[A-Z][\w-]+,\s+)$"
)
"""Before a country named as a place or a topic, not a party ("talks in Canada", "in
Kananaskis, Canada", "a meeting focused on North Korea"): its leader is no participant by
metonymy."""


def _as_place(text: str, at: int, countries: set[int]) -> bool:
    """Whether the country named at ``at`` is a place or topic, not a party (``_AS_PLACE``).

    After "NAME, " only when NAME is no country itself: "Kananaskis, Canada"
    is a place, "Japan, China and South Korea" a list of parties.
    """
    found = _AS_PLACE.search(text, max(0, at - 30), at)
    if found is None:
        return False
    named_before = any(found.start() - _COUNTRY_WORDS <= other < found.start() + 1
                       for other in countries)  # "South Korea, China": both countries
    return not (found.group(0)[:1].isupper() and named_before)


_COUNTRY_WORDS = 12  # characters a country's name may start before its last word


def _capitals(ctx: FrameContext, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of capital cities named alone as a role ("Beijing will host")."""
    text = ctx.document.text[start:end].strip(" ,.")
    if ctx.gazetteer.capital_country(text) is None:
        return []
    first = ctx.document.text.index(text, start)
    return [(first, first + len(text))]


def _distributed(
    ctx: FrameContext, sentence: int, frame: Frame, candidate: Candidate
) -> list[Candidate]:
    """Split distributive meetings into pairs.

    "A held separate talks with B and with C" is A-B and A-C; "both A and B
    held separate talks with C" is A-C and B-C.
    """
    parse = ctx.parses[sentence]
    clause = parse.clauses[frame.clause]
    first, last = _frame_range(parse, frame)
    tokens = [parse.phrases.tokens[k].lower for k in range(first, last + 1)]
    repeated_with = tokens.count("with") >= 2  # "sat down with A, and with B"
    listed = _listed_partners(parse, frame, tokens[frame.trigger - first + 1 :])
    # "Putin hosted Abe on Friday and Park a day later": each partner on a day of its own
    dated_apart = frame.verbal and "and" in tokens and len(set(
        _conjunct_dates(ctx, sentence, frame, "and").values())) >= 2
    # "held his first summits as president with A and B": a plural meeting noun, one each
    plural = bool(set(tokens) & event_rules.PLURAL_MEETING_NOUNS)
    spread = _distributive(tokens)
    if not (spread or repeated_with or listed or dated_apart or plural):
        return [candidate]
    scope = frame.scope or (first, last)
    if any(_GROUP_MEETING.fullmatch(parse.phrases.tokens[k].lower)
           for k in range(scope[0], _second_object(parse, scope) + 1)):
        return [candidate]  # "joined A and B for a separate four-way meeting": one meeting
    if clause.subject is None or not frame.verbal:
        return [candidate]
    subject, _ = _role_leaders(ctx, [offsets(parse, *clause.subject)])
    names = {leader.name for leader in subject} & candidate.participants
    others = sorted(candidate.participants - names)
    if not names or not others or len(names) + len(others) < 3:
        return [candidate]
    places = _partner_places(ctx, sentence, others)
    apart = spread or repeated_with or dated_apart or bool(places) or plural
    if listed and not apart and ({
        found.country for name in others if (found := ctx.gazetteer.lookup(name)) is not None
    } >= PAIR or _named_trilateral_next(ctx, sentence)
            or _counted_together(parse, last, len(names) + len(others))):
        # "Biden met Yoon and Kishida": the pair together, with him; "Yoon met
        # Biden and Kishida. It was their first trilateral meeting ...": the next
        # sentence calls it one meeting of three
        return [candidate]
    own_dates = (
        _conjunct_dates(ctx, sentence, frame, "with" if repeated_with else "and")
        if repeated_with or listed or dated_apart else {}
    )
    return [
        attrs.evolve(
            candidate,
            participants=frozenset({one, other}),
            explicit=candidate.explicit & {one, other},
            date=own_dates.get(other, candidate.date),
            place=places[other].name if other in places else candidate.place,
            country=places[other].country if other in places else candidate.country,
        )
        for one in sorted(names)
        for other in others
    ]


def _second_object(parse: Parse, scope: tuple[int, int]) -> int:
    """Return the last token of a verb's scope before ", and" opens a second object.

    "held summits with A and B, and then a trilateral summit with both": the
    three-way meeting is the second object's, not the summits'.
    """
    tokens = parse.phrases.tokens
    for k in range(scope[0], scope[1]):
        if tokens[k].lower == "," and tokens[k + 1].lower == "and":
            return k - 1
    return scope[1]


def _distributive(words: Sequence[str]) -> bool:
    """Whether a distributive word spreads the meeting ("separate talks", "met separately").

    Not "separately from": a preposition setting the meeting apart from
    something else ("met on their own, separately from ASEAN gatherings").
    """
    return any(
        word in event_rules.DISTRIBUTIVE_WORDS and words[k + 1 : k + 2] != ["from"]
        for k, word in enumerate(words)
    )


def _coordinated_destinations(
    ctx: FrameContext, sentence: int, frame: Frame, candidate: Candidate
) -> list[Candidate]:
    """Split a trip to coordinated places in different countries into one visit each.

    "Obama is due to visit Tokyo and Seoul next month": two visits, each to
    its own place, each with that country's leader then as host.
    """
    if frame.event is not EventClass.VISIT or not frame.verbal or frame.scope is None:
        return [candidate]
    low, high = offsets(ctx.parses[sentence], *frame.scope)
    places = [(start, end, ref) for start, end, ref in ctx.places[sentence]
              if low <= start < high and ref.name and ref.country]
    countries = [ref.country for _, _, ref in places]
    text = ctx.document.text
    if len(places) < 2 or len(set(countries)) != len(places) or not all(
        _LIST_JOINT.fullmatch(text, first[1], second[0])
        for first, second in itertools.pairwise(places)
    ):
        return [candidate]
    hosts = [country_leader(ref.country or "", candidate.date, ctx.document.published,
                            ctx.article, ctx.gazetteer) for _, _, ref in places]
    host_names = {host.name for host in hosts if host is not None}
    visitors = candidate.participants - host_names
    if not visitors or None in hosts:
        return [candidate]
    return [
        attrs.evolve(candidate, participants=frozenset(visitors | {host.name}),
                     explicit=candidate.explicit & (visitors | {host.name}),
                     place=ref.name, country=ref.country)
        for (_, _, ref), host in zip(places, hosts, strict=True) if host is not None
    ]


_FURTHER_SETTING = re.compile(r"\s*,?\s+and\s+(?:in|at)\s+")
"""Where a plural meeting noun's next setting begins ("in X in October| and in |Y ...")."""


def _coordinated_settings(
    ctx: FrameContext, sentence: int, frame: Frame, candidate: Candidate
) -> list[Candidate]:
    """Return the further meetings of a plural noun's coordinated settings.

    "their meetings in Vientiane in October and in Lima in November": the
    frame gave the first; each "and in PLACE (DATE)" after it is one more.
    """
    parse = ctx.parses[sentence]
    if frame.verbal or frame.scope is None or (
        parse.phrases.tokens[frame.trigger].lower not in event_rules.PLURAL_MEETING_NOUNS
    ):
        return []
    text = ctx.document.text
    _low, at = offsets(parse, *frame.scope)
    found: list[Candidate] = []
    while (joint := _FURTHER_SETTING.match(text, at)) is not None:
        place = next((p for p in ctx.places[sentence] if p[0] == joint.end()), None)
        if place is None:
            break
        stop = min((k for k in (text.find(",", place[1]), text.find(" and ", place[1]),
                                parse.end) if k >= 0), default=parse.end)
        date = next((d for first, _last, d in ctx.dates[sentence] if place[1] <= first < stop),
                    None)
        found.append(attrs.evolve(candidate, place=place[2].name, country=place[2].country,
                                  date=date or candidate.date, position=place[0]))
        at = stop
    return found


_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
"""What joins two items of a list ("Tokyo and Seoul", "Tokyo, Seoul and Beijing")."""


def _partner_places(
    ctx: FrameContext, sentence: int, others: Sequence[str]
) -> dict[str, LocationRef]:
    """Return each listed partner's own city when the sentence names one in each's country.

    "the talks Biden held in Seoul and Tokyo last month, when he met Yoon
    and Kishida": two partners, two cities, one in each partner's country,
    so two meetings, each at its own place. Empty unless every partner has one.
    """
    located = [ref for _s, _e, ref in ctx.places[sentence] if ref.country]
    found: dict[str, LocationRef] = {}
    for name in others:
        leader = ctx.gazetteer.lookup(name)
        own = [ref for ref in located if leader is not None and ref.country == leader.country]
        # a city first; else the country ("visit South Korea and Japan ... talks with
        # Yoon and with Kishida": each in his own country)
        own = [ref for ref in own if ref.name] or own
        if len({(ref.name, ref.country) for ref in own}) != 1:
            return {}
        found[name] = own[0]
    return found if len({(r.name, r.country) for r in found.values()}) == len(others) >= 2 else {}


def _counted_together(parse: Parse, after: int, size: int) -> bool:
    """Whether the sentence goes on to count the met leaders as one group.

    "Abe met Obama and Abbott on Sunday, and the three leaders agreed ...":
    "the three" are the ones who met, so it was one meeting of three.
    """
    tokens = parse.phrases.tokens
    return any(
        COUNT_WORDS.get(tokens[k].lower) == size and tokens[k - 1].lower == "the"
        for k in range(after + 1, len(tokens)) if k > 0
    )


def _named_trilateral_next(ctx: FrameContext, sentence: int) -> bool:
    """Whether the next sentence opens by calling the meeting one of three.

    "It was their first trilateral meeting in six months."
    """
    following = ctx.sentence_of[sentence] + 1
    if following >= len(ctx.segmentation.sentences):
        return False
    start = ctx.segmentation.sentences[following].start
    opening = ctx.document.text[start : start + 60].lower()
    return _ANAPHORIC_OPENING.match(opening) is not None and any(
        word in opening for word in event_rules.TRILATERAL_WORDS
    )


_ANAPHORIC_OPENING = re.compile(r"(?:it|this|that|the meeting|the talks)\s+(?:was|marked)\b")


def _frame_range(parse: Parse, frame: Frame) -> tuple[int, int]:
    """Return the tokens of a frame's clause, with a gapped conjunct its scope takes in.

    Also a list's last partner, left after a who-clause on an earlier one
    ("met A, with whom he agreed to expand trade, and B").
    """
    clause = parse.clauses[frame.clause]
    last = clause.last if frame.gapped is None else frame.gapped[1]
    return clause.first, max([last, *(end for start, end in frame.roles if start > last)])


def _listed_partners(parse: Parse, frame: Frame, after: Sequence[str]) -> bool:
    """Whether one subject "met" a list of others: one meeting with each of them.

    "On Saturday he met A and B" (each apart), and a headline's "Moon meets
    Xi, Putin, Modi", unlike "A, B and C met" or "met A and B for a three-way
    summit", which are one meeting of all.
    ``after`` are the words after the verb.
    """
    verb = parse.clauses[frame.clause].verb
    if not frame.verbal or verb is None or verb.passive or set(after) & _TOGETHER_WORDS:
        return False
    if "and" not in after and after.count(",") < 2:
        return False  # a list is joined by "and", or by commas alone ("meets A, B, C")
    if "and" not in after and not _name_follows(parse, verb.last):
        return False  # "met on their own, away from other gatherings, in Fukuoka": asides
    if verb.lemma == "hold" and "with" in after and "and" in after:  # "held talks with A and B"
        head = after[: after.index("with")]
        return bool(head) and head[-1] in _PLURAL_TALKS and after.index("with") < after.index(
            "and"
        )
    return verb.lemma in _LISTING_VERBS and not any(
        w in event_rules.MEETING_NOUNS for w in after
    )


def _name_follows(parse: Parse, last: int) -> bool:
    """Whether a name (perhaps after its titles) is the verb's first complement."""
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    k = last + 1
    while k < len(tokens) and tokens[k].lower in {"with", "down", "the"}:
        k += 1  # "sat down with A, B, C"
    return k < len(tokens) and tags[k] is Tag.NAME


_LISTING_VERBS = frozenset({"meet", "sit"})
"""Verbs whose list of partners is met one by one ("met A and B", "sat down with A and B")."""

_GROUP_MEETING = re.compile(
    r"(?:three|four|five|six|3|4|5|6)-(?:way|nation|country|party|leader)|trilateral"
    r"|quadrilateral|multilateral|quad"
)
"""A modifier that makes a meeting one of several leaders together ("four-way")."""

_PLURAL_TALKS = frozenset({"talks", "meetings"})
"""Plural meeting nouns that a list after "with" shares out ("held talks with A and B")."""

_TOGETHER_WORDS = event_rules.TRILATERAL_WORDS | {
    "together", "jointly", "three", "four", "all", "trio", "joint"
}
"""Words that make a list of partners one meeting ("met A and B together")."""


def _conjunct_dates(
    ctx: FrameContext, sentence: int, frame: Frame, joint: str
) -> dict[str, PartialDate]:
    """Return the date each partner's own phrase names, where it names one.

    The phrases start at each ``joint`` word ("with", or "and" for a list).

    "held separate talks with Park on Saturday and with Abe on Sunday": the
    verb is left out of the second conjunct (gapping), and each conjunct
    keeps its own date.
    """
    parse = ctx.parses[sentence]
    first, last = _frame_range(parse, frame)
    tokens = parse.phrases.tokens
    starts = [tokens[k].start for k in range(first, last + 1)
              if tokens[k].lower == joint and k > frame.trigger]
    if joint == "and":  # "met A [and B], and on Sunday C": the first partner's own part
        starts.insert(0, tokens[frame.trigger].start)
    bounds = [*starts, tokens[last].end]
    found: dict[str, PartialDate] = {}
    for low, high in itertools.pairwise(bounds):
        leaders = {ref.leader.name for ref in ctx.refs if low <= ref.start < high}
        dates = [d for start, _, d in ctx.dates[sentence] if low <= start < high]
        if len(leaders) == 1 and len(dates) == 1:
            found[leaders.pop()] = dates[0]
    return found


def _complete_frame(
    ctx: FrameContext,
    sentence: int,
    frame: Frame,
    named: list[Leader],
    plural: bool,
    date: PartialDate | None,
    location: LocationRef | None,
) -> list[Leader]:
    """Complete a frame's leaders to two countries where the clause implies them."""
    published = ctx.document.published
    countries = {leader.country for leader in named}
    if len(countries) >= 2:
        return named
    want = location.country if location is not None else None
    if want in countries:
        want = None
    if named and (frame.event in {EventClass.VISIT, EventClass.HOST} or frame.carried):
        if want is None and frame.event is EventClass.VISIT and _unknown_place(ctx, sentence,
                                                                                frame):
            return named  # "after arriving in Calgary": a place of no known country
        pool = ctx.article if want is not None else _sentence_first(ctx, sentence)
        return complete_pair(named, date, published, pool, ctx.gazetteer, want)
    if plural:
        pair = [leader for leader in ctx.article if in_office(leader, date, published)]
        return complete_pair(named, date, published, pair, ctx.gazetteer, None)
    return named


def _sentence_first(ctx: FrameContext, sentence: int) -> list[Leader]:
    """Return the article's leaders, those its sentence names (not as possessives) first.

    "Fukuda flew in for the inauguration of Lee": the host of a trip with
    no destination is the leader beside the traveller, not one named earlier.
    """
    parse = ctx.parses[sentence]
    here = _present_leaders(ctx, [(parse.start, parse.end)])
    return list(dict.fromkeys([*here, *ctx.article]))


def _present_leaders(ctx: FrameContext, spans: Sequence[tuple[int, int]]) -> list[Leader]:
    """Return the leaders named in ``spans``, once each, in text order.

    A possessive names no one present ("Park's predecessor").
    """
    text = ctx.document.text
    return list(dict.fromkeys(ref.leader for ref in _starting_in(ctx.refs, spans)
                              if not _possessive(text, ref.end)))


def _unknown_place(ctx: FrameContext, sentence: int, frame: Frame) -> bool:
    """Whether a trip names its destination ("to/in NAME") and the name is no known place."""
    parse = ctx.parses[sentence]
    tokens, tags = parse.phrases.tokens, parse.phrases.tags
    at = frame.trigger + 1
    if at + 1 >= len(tokens) or tokens[at].lower not in {"to", "in"}:
        return False
    if tags[at + 1] is not Tag.NAME:
        return False
    start = tokens[at + 1].start
    return not any(p_start == start for p_start, _end, _place in ctx.places[sentence])


_WINDOW = 1200  # characters: an overlong "sentence" is parsed in stretches this long


def _windows(text: str, segmentation: Segmentation) -> list[tuple[int, int, int]]:
    """Return ``(sentence index, start, end)`` stretches to parse.

    Prose sentences are one stretch each; a sentence longer than
    ``_WINDOW`` (a table, a list, a page without full stops) is cut at
    spaces into stretches of at most that length, so parsing stays linear
    in the article's size.
    """
    spans: list[tuple[int, int, int]] = []
    for number, sentence in enumerate(segmentation.sentences):
        start = sentence.start
        while sentence.end - start > _WINDOW:
            cut = text.rfind(" ", start + _WINDOW // 2, start + _WINDOW)
            cut = start + _WINDOW if cut <= start else cut
            spans.append((number, start, cut))
            start = cut
        spans.append((number, start, sentence.end))
    return spans


def _stretch(segmentation: Segmentation, span: tuple[int, int, int]) -> Sentence:
    number, start, end = span
    return Sentence(start, end, segmentation.sentences[number].paragraph)


def frame_candidates(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    refs: Sequence[LeaderRef],
    timexes: tuple[TemporalExpression, ...],
    gazetteer: Gazetteer,
) -> list[Candidate]:
    """Return a summit candidate for every meeting frame of every sentence."""
    text = document.text
    spans = _windows(text, segmentation)
    parses = tuple(parse_sentence(text, start, end) for _, start, end in spans)
    dated = sorted(
        ((t, d) for t in timexes if (d := timex_date(t)) is not None),
        key=lambda pair: pair[0].span.start,
    )
    quoted = tuple(quoted_regions(text, segmentation))
    locations = sorted(location_refs(text, 0, len(text), gazetteer), key=lambda r: r.start)
    ctx = FrameContext(
        document=document,
        segmentation=segmentation,
        parses=parses,
        sentence_of=tuple(number for number, _, _ in spans),
        numbered=tuple(ordinals(text, _stretch(segmentation, s)) for s in spans),
        occasions=tuple(occasion_of(text, _stretch(segmentation, s)) for s in spans),
        dates=tuple(_dates(text, dated, quoted, s) for s in spans),
        bounded_dates=tuple(_dates(text, dated, quoted, s, bounds=True) for s in spans),
        places=tuple(_places(locations, s) for s in spans),
        refs=tuple(refs),
        plurals=tuple(m for m in mentions.mentions if len(m.members) >= 2),
        others=tuple(
            m for m in mentions.mentions
            if m.entity is not None and m.entity_kind is EntityKind.PERSON
        ),
        quoted=quoted,
        article=tuple(article_leaders(refs)),
        gazetteer=gazetteer,
        entry_days=(days := entry_days(text, dated)),
        sections=section_heads(text, days, gazetteer, dated),
    )
    candidates: list[Candidate] = []
    trilateral: set[int] = set()
    settings: set[int] = set()  # candidates told in "where/when the two ..." on a meeting
    frames = meeting_frames(parses)
    by_sentence: dict[int, list[Frame]] = {}
    for sentence, frame in frames:
        by_sentence.setdefault(sentence, []).append(frame)
    for sentence, frame in frames:
        if _inside_larger_meeting(ctx.parses[sentence], frame, by_sentence[sentence]):
            continue  # "A and B sat down together in a three-way meeting X hosted": X's
        candidate = _frame_candidate(ctx, sentence, frame, by_sentence[sentence])
        if candidate is not None and not candidate.strong:
            candidate = _pair_told_before(ctx, sentence, frame, candidate, candidates)
        people = _people_of(candidate, candidates)
        for told in (_since_meeting(ctx, sentence, frame, people), _until_meeting(ctx, sentence,
                                                                                 frame)):
            if told is not None:
                candidates.append(told)
        if candidate is None:
            continue
        candidate = _in_context(ctx.parses[sentence], frame, candidate, candidates)
        if _pair_setting(ctx.parses[sentence], frame):
            settings.add(len(candidates))
        added = [split for one in _distributed(ctx, sentence, frame, candidate)
                 for split in _coordinated_destinations(ctx, sentence, frame, one)]
        added.extend(_coordinated_settings(ctx, sentence, frame, candidate))
        if frame.trilateral:  # the candidates this frame added, however many
            trilateral.update(range(len(candidates), len(candidates) + len(added)))
        candidates.extend(added)
    candidates = _settings_of_later_frames(candidates, settings)
    candidates = joined_trilaterals(candidates, trilateral)
    candidates = series_trilaterals(ctx, candidates, trilateral)
    candidates = told_later_trilaterals(candidates, trilateral)
    # last: the sets above index the candidates by position
    return _inherit_adjunct_participants(ctx, _not_denied_next(ctx, candidates))


_DENIED_NEXT = re.compile(
    r"\s*(?:It|That|This)\s+(?:was|is)\b[^.;]{0,40}?\b(?:not\s+an?|no)\s+(?:meeting|summit)\b"
)
"""A sentence that says the one before told no meeting ("It was a gesture, not a meeting")."""


def _not_denied_next(ctx: FrameContext, candidates: list[Candidate]) -> list[Candidate]:
    """Drop the candidates of a sentence the next one denies was a meeting.

    "... the three ate cherries in front of the cameras. It was a gesture, not
    a meeting." A qualified denial ("not a formal summit") keeps the meeting.
    """
    sentences = ctx.segmentation.sentences
    text = ctx.document.text
    denied = {number for number in range(len(sentences) - 1)
              if _DENIED_NEXT.match(text, sentences[number + 1].start, sentences[number + 1].end)}
    return [c for c in candidates if c.sentence not in denied]


def _pair_told_before(
    ctx: FrameContext, sentence: int, frame: Frame, candidate: Candidate,
    before: Sequence[Candidate],
) -> Candidate:
    """Give a meeting with too few leaders of its own the pair told before it.

    "their summit", "the meeting", "another meeting" take the pair of the
    meeting before (unless the sentence names others); "the two met" takes
    the last two leaders.
    """
    another = _another(ctx.parses[sentence], frame)
    if (frame.their or frame.definite or another) and not _names_others(ctx, sentence, frame):
        return _their_pair(candidate, before, own=frame.their or another)
    if frame.verbal and _pair_subject(ctx.parses[sentence], frame):
        return _the_two(candidate, before)
    return candidate


_EMBEDDED = frozenset({ClauseKind.COMPLEMENT, ClauseKind.INFINITIVE})
"""Clauses whose unnamed subject ("he", none) is named in the clause above."""


def _their_in_clause(ctx: FrameContext, sentence: int, frame: Frame) -> list[Leader]:
    """Return the two leaders of the clause a "their" meeting noun is an adjunct of.

    "Yoon pressed Premier Li, during their talks in Jakarta, to help": the
    possessive is bound inside its clause, by the subject and the object,
    when these name exactly two leaders of two countries.
    """
    parse = ctx.parses[sentence]
    clause = parse.clauses[frame.clause]
    if frame.verbal or frame.scope is None:
        return []
    low, high = offsets(parse, clause.first, clause.last)
    own_low, own_high = offsets(parse, *frame.scope)
    spans = [(low, high)]
    current = clause
    while current.governor is not None and current.kind in _EMBEDDED and len(spans) < 4:
        # "Abe stated that he was pleased to meet Park again following their
        # meeting": "he" is the reporting subject, named in a clause above
        current = parse.clauses[current.governor]
        if current.subject is not None:
            spans.append(offsets(parse, *current.subject))
    leaders = list({ref.leader.name: ref.leader for ref in _starting_in(ctx.refs, spans)
                    if not own_low <= ref.start < own_high}.values())
    if len(leaders) != 2 or leaders[0].country == leaders[1].country:
        return []
    return leaders


def _settings_of_later_frames(candidates: list[Candidate], settings: set[int]) -> list[Candidate]:
    """Give a "when/where the two ..." meeting the pair of the meeting it hangs on.

    "after Abe's visit to Seoul last November, when the two leaders held
    their first summit": the visit's frame may be read after the relative
    clause's, so the sentence's earlier meeting is looked for once all are in.
    """
    found = list(candidates)
    for number in sorted(settings):
        candidate = found[number]
        host = next((c for c in reversed(found[:number] + found[number + 1:])
                     if c.sentence == candidate.sentence and c.position < candidate.position
                     and c.strong and len(c.participants) == 2), None)
        if host is not None and host.participants != candidate.participants:
            found[number] = attrs.evolve(candidate, strong=True, participants=host.participants,
                                         explicit=candidate.explicit & host.participants)
    return found


def _pair_setting(parse: Parse, frame: Frame) -> bool:
    """Whether a frame's clause is "where/when the two (leaders) ..." on a meeting."""
    clause = parse.clauses[frame.clause]
    return _in_setting_relative(parse, frame) and clause.subject is not None and (
        " ".join(_subject_words(parse, clause, past_opener=True)) in _PAIR_SUBJECTS)


def _in_context(
    parse: Parse, frame: Frame, candidate: Candidate, before: Sequence[Candidate]
) -> Candidate:
    """Read a candidate against the meetings told before it in its sentence and the last.

    A relative clause of setting, "It is the first meeting between ...", and
    an undated meeting told "after the meeting".
    """
    if _in_setting_relative(parse, frame):
        candidate = _same_meeting(candidate, before, parse)
    if _it_was(parse, frame):
        candidate = _told_again(candidate, before)
    if candidate.date is None and candidate.strong:
        candidate = _after_the_meeting(parse, frame, candidate, before)
    if candidate.date is None and _opens_after_that_meeting(parse):
        candidate = _on_the_day_of_the_last(candidate, before)
    if candidate.date is None and candidate.strong and _told_later(parse, frame):
        candidate = _later_that_day(candidate, before)
    if candidate.date is None and candidate.strong and _followed_by_a_meeting(parse, frame):
        candidate = _month_of_the_last(candidate, before)
    return candidate


def _followed_by_a_meeting(parse: Parse, frame: Frame) -> bool:
    """Whether the frame's noun is what a meeting noun subject followed or preceded.

    "Their meeting followed a three-way summit with Li Keqiang": the summit
    of three is close in time to the meeting just told.
    """
    verb = _sequencing_verb(parse, frame)
    subject = parse.clauses[frame.clause].subject
    if verb is None or subject is None or frame.trigger <= verb.last:
        return False
    return parse.phrases.tokens[subject[1]].lower in event_rules.MEETING_NOUNS


def _month_of_the_last(candidate: Candidate, before: Sequence[Candidate]) -> Candidate:
    """Date a candidate in the month of the last dated meeting told before it."""
    anchor = next((c.date for c in reversed(before) if c.strong and c.date is not None), None)
    if anchor is None or anchor.month is None:
        return candidate
    return attrs.evolve(candidate, date=PartialDate(anchor.year, anchor.month))


def _told_later(parse: Parse, frame: Frame) -> bool:
    """Whether the meeting's clause says it came "later" or "afterwards", with no date."""
    clause = parse.clauses[frame.clause]
    words = {parse.phrases.tokens[k].lower for k in range(clause.first, clause.last + 1)}
    return bool(words & {"later", "afterwards", "afterward"})


def _later_that_day(candidate: Candidate, before: Sequence[Candidate]) -> Candidate:
    """Date "She later held separate meetings with ..." on the day of the meeting just told.

    The meeting of the sentence before, told to the day, with a leader in
    common: a day's round of meetings, one after another.
    """
    last = next((c for c in before if c.strong and c.sentence == candidate.sentence - 1
                 and c.date is not None and c.date.day is not None
                 and c.participants & candidate.participants), None)
    return candidate if last is None else attrs.evolve(candidate, date=last.date)


def _opens_after_that_meeting(parse: Parse) -> bool:
    """Whether the sentence opens "After the meeting," "Following the talks," "Before the lunch,".

    The meeting or meal named is one the article has told, on its day.
    """
    words = [token.lower for token in parse.phrases.tokens[:8]]
    while words and words[0] in {"(", ")", "reference", "[", "]", "note"}:
        words = words[1:]  # a readout's "(Reference)" note heading
    return (
        len(words) >= 4
        and words[0] in {"after", "following", "before"}
        and words[1] in {"the", "that", "this", "their"}
        and (words[2] in event_rules.MEETING_NOUNS or words[2] in MEALS)
        and words[3] == ","
    )


def _on_the_day_of_the_last(candidate: Candidate, before: Sequence[Candidate]) -> Candidate:
    """Date a meeting told "After the meeting," on the day of the last meeting told to the day.

    "On May 21, Kishida held a summit with Yoon. Following the meeting, the two
    leaders joined Biden for a brief trilateral": May 21 too.
    """
    last = next((c for c in reversed(before)
                 if c.strong and c.date is not None and c.date.day is not None), None)
    return candidate if last is None else attrs.evolve(candidate, date=last.date)


def _after_the_meeting(
    parse: Parse, frame: Frame, candidate: Candidate, before: Sequence[Candidate]
) -> Candidate:
    """Date "The summit came a day after they joined Trump for dinner" from that summit.

    An interval clause with no date of its own, hanging on a clause whose
    subject is a definite meeting noun ("The summit", "The talks"), counts
    from the date of the last dated meeting spoken of.
    """
    clause = parse.clauses[frame.clause]
    if clause.governor is None:
        return candidate
    subject = parse.clauses[clause.governor].subject
    if subject is None or parse.phrases.tokens[subject[0]].lower != "the":
        return candidate
    if parse.phrases.tokens[subject[1]].lower not in event_rules.MEETING_NOUNS:
        return candidate
    anchor = next((c.date for c in reversed(before) if c.strong and c.date is not None), None)
    date = None if anchor is None else offset_from(parse, frame.clause, anchor)
    return candidate if date is None else attrs.evolve(candidate, date=date)


def _in_setting_relative(parse: Parse, frame: Frame) -> bool:
    """Whether a frame's clause is "where/when they ..." on a meeting's place or time."""
    clause = parse.clauses[frame.clause]
    if clause.kind is not ClauseKind.RELATIVE or clause.opener not in {"where", "when"}:
        return False
    if clause.subject is None:
        return False
    return " ".join(_subject_words(parse, clause, past_opener=True)) in _PLURAL_PRONOUNS


def _same_meeting(candidate: Candidate, before: Sequence[Candidate], parse: Parse) -> Candidate:
    """Give "... in Phnom Penh, where they issued a statement" the leaders of that meeting.

    Its own partners stay ("where they also sat down with C": C too).
    """
    start = parse.phrases.tokens[0].start
    host = next((c for c in reversed(before) if c.position >= start and c.strong
                 and len(c.participants) >= 2), None)
    if host is None:
        return candidate
    return attrs.evolve(candidate, strong=True,
                        participants=host.participants | candidate.participants)


def _past_tense_year(
    ctx: FrameContext, parse: Parse, frame: Frame, date: PartialDate | None
) -> PartialDate | None:
    """Move a yearless date of a past meeting that lies after publication a year back.

    "Moon and Abe last met in December" in an article of September: the
    December before (background tense).
    """
    clause = parse.clauses[frame.clause]
    verb = clause.verb
    if date is None or verb is None or verb.tense is not Tense.PAST or frame.carried:
        return date  # "flew to Washington for a summit on Monday": the purpose lies ahead
    if frame.status != MeetingStatus.HELD or date.earliest() <= ctx.document.published:
        return date
    if date.year != ctx.document.published.year or any(
        token.shape.value == "number" and len(token.text) == 4
        for token in parse.phrases.tokens[clause.first : clause.last + 1]
    ):
        return date
    return date.shifted(years=-1)


def _year_of_named_terms(
    ctx: FrameContext, sentence: int, frame: Frame, date: PartialDate | None
) -> PartialDate | None:
    """Move a yearless date to the year beside it when the leaders named in full held office.

    "A summit between Lee Jae-myung and Sanae Takaichi had been planned for
    December 12", read as last December: they did not both serve then, so
    the year is the next one, in which they did. The names, written out,
    are surer than a year the text leaves to the tense.
    """
    parse = ctx.parses[sentence]
    if date is None or date.month is None or not _yearless(ctx, sentence, date):
        return date
    text, published = ctx.document.text, ctx.document.published
    spans = _role_spans(parse, frame)
    named = {ref.leader for ref in _starting_in(ctx.refs, spans)
             if " " in text[ref.start : ref.end].strip()}
    if len({leader.country for leader in named}) < 2:
        return date

    def served(day: PartialDate) -> bool:
        return all(in_office(leader, day, published) for leader in named)

    if served(date):
        return date
    moved = [day for day in (date.shifted(years=-1), date.shifted(years=1)) if served(day)]
    return moved[0] if len(moved) == 1 else date


_MONTH_DAY = re.compile(r"(?P<month>[A-Z][a-z]{2,8})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?")


def _yearless(ctx: FrameContext, sentence: int, date: PartialDate) -> bool:
    """Whether ``date`` is told in the sentence as a bare month or month and day ("December 12")."""
    text = ctx.document.text
    for start, end, day in ctx.dates[sentence]:
        found = _MONTH_DAY.fullmatch(text[start:end])
        if day == date and found is not None and found.group("month").lower() in MONTHS:
            return True
    return False


_PAIR_SUBJECTS = frozenset({"the two", "the two leaders", "the two men", "the pair", "both",
                            "both leaders"})
"""Subjects that stand for a pair of leaders ("The two last met in July")."""

_PLURAL_PRONOUNS = _PAIR_SUBJECTS | {"they", "we"}
"""Plural subjects that stand for the leaders of the clause they hang on."""


def _it_was(parse: Parse, frame: Frame) -> bool:
    """Whether a meeting noun is what "it", "this" or "that" was ("It is the first meeting ...")."""
    clause = parse.clauses[frame.clause]
    verb = clause.verb
    return (
        not frame.verbal
        and verb is not None
        and verb.lemma == "be"
        and " ".join(_subject_words(parse, clause)) in {"it", "this", "that"}
        and verb.last < frame.trigger
    )


def _told_again(candidate: Candidate, before: Sequence[Candidate]) -> Candidate:
    """Make "It is the first meeting between A and B" evidence of the meeting just told.

    When the meeting of the sentence before had A and B among its leaders (a
    meeting of three that brought them together), it is that meeting.
    """
    last = next((c for c in reversed(before) if c.strong), None)
    if (
        last is None
        or last.sentence != candidate.sentence - 1
        or not candidate.participants < last.participants
    ):
        return candidate
    return attrs.evolve(candidate, strong=False, participants=frozenset(), anaphoric=True)


def _pronoun_subject(ctx: FrameContext, parse: Parse, frame: Frame) -> tuple[list[Leader], bool]:
    """Return the leaders a plural pronoun subject stands for: its governing clause's subject.

    "A and B agreed to ... when they held their first summit": they are A and B.
    """
    clause = parse.clauses[frame.clause]
    if clause.subject is None or clause.governor is None:
        return [], False
    words = _subject_words(parse, clause, past_opener=True)
    if " ".join(words) not in _PLURAL_PRONOUNS:
        return [], False
    governor = parse.clauses[clause.governor]
    while governor.subject == clause.subject and governor.governor is not None:
        governor = parse.clauses[governor.governor]
    if governor.subject is None:
        # "On Sunday, a year after they met, A, B and C issued ...": the clause
        # after the fronted adjunct is the one the pronoun looks ahead to.
        governor = next((c for c in parse.clauses[frame.clause + 1 :]
                         if c.kind is ClauseKind.MAIN and c.subject is not None), governor)
    if governor.subject is None or governor.subject == clause.subject:
        return [], False
    found = _role_leaders(ctx, [offsets(parse, *governor.subject)])
    if len(found[0]) < 2 and " ".join(words) in _PAIR_SUBJECTS:
        # "Fukuda flew in for the inauguration of Lee, and the two held talks":
        # the two leaders the clause before names, subject or not
        named = _present_leaders(ctx, [offsets(parse, *governor.subject),
                                       offsets(parse, governor.first, governor.last)])
        if len(named) == 2 and named[0].country != named[1].country:
            return named, True
    return found


def _pronoun_for_others(ctx: FrameContext, parse: Parse, frame: Frame) -> bool:
    """Whether a plural pronoun subject stands for people its governing clause names, no leaders.

    "Foreign Minister Kono pressed his counterpart Kang to accept the request
    when they met in Paris": they are the two ministers.
    """
    clause = parse.clauses[frame.clause]
    if clause.subject is None or clause.governor is None:
        return False
    if " ".join(_subject_words(parse, clause, past_opener=True)) not in _PLURAL_PRONOUNS:
        return False
    people: list[Leader] = []
    others: set[str] = set()  # people the gazetteer does not know ("his counterpart, Komura")
    number: int | None = clause.governor
    while number is not None and len(people) + len(others) < 2:  # up through "to accept"
        governor = parse.clauses[number]
        span = offsets(parse, governor.first, governor.last)
        people += _present_leaders(ctx, [span])
        others |= {m.entity or m.text for m in _starting_in(ctx.others, [span])}
        number = governor.governor
    return len(people) + len(others) >= 2 and not any(ever_headed(person) for person in people)


_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


def _possessive(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a possessive ("Park's predecessor"): not the person."""
    return text.startswith(("'s", "’s"), end)


def _pair_before(ctx: FrameContext, sentence: int, frame: Frame) -> tuple[list[Leader], bool]:
    """Return the two leaders of the sentence before, for a sentence opening "They" or "The two".

    "Moon walked over to Abe and asked him to sit down. They talked for 11
    minutes": they are the only two leaders just named, of two countries.
    """
    parse = ctx.parses[sentence]
    subject = parse.clauses[frame.clause].subject
    if sentence == 0 or subject is None or subject[0] != 0:
        return [], False
    words = " ".join(_subject_words(parse, parse.clauses[frame.clause]))
    if words != "they" and words not in _PAIR_SUBJECTS:
        return [], False
    previous = ctx.parses[sentence - 1]
    if words != "they" and not _tells_a_meeting(previous):
        return [], False  # "Lee met Ishiba twice. The two first held talks ...": a meeting's pair
    low, high = previous.start, previous.end
    leaders = list({ref.leader.name: ref.leader for ref in ctx.refs
                    if low <= ref.start < high}.values())
    if not leaders:  # "the two leaders lay flowers. They held talks": whom the plural names
        members = {name for m in ctx.plurals if low <= m.start < high for name in m.members}
        found = (ctx.gazetteer.lookup(name, ctx.document.published) for name in members)
        leaders = [leader for leader in found if leader is not None]
    if len(leaders) != 2 or leaders[0].country == leaders[1].country:
        return [], False
    return leaders, True


_MEETING_VERBS = (event_rules.TRIGGER_VERBS[EventClass.MEET]
                  | event_rules.TRIGGER_VERBS[EventClass.TALK]
                  | event_rules.TRIGGER_VERBS[EventClass.HOST])


def _tells_a_meeting(parse: Parse) -> bool:
    """Whether a clause of the sentence has a meeting verb ("Lee has met Ishiba three times")."""
    return any(clause.verb is not None and clause.verb.lemma in _MEETING_VERBS
               for clause in parse.clauses)


def _names_others(ctx: FrameContext, sentence: int, frame: Frame) -> bool:
    """Return whether a frame's roles name people who are not leaders ("Motegi and Chung")."""
    parse = ctx.parses[sentence]
    spans = _role_spans(parse, frame)
    return bool(_starting_in(ctx.others, spans))


def _another(parse: Parse, frame: Frame) -> bool:
    """Whether a meeting noun is "another meeting": one more of the pair last spoken of.

    So is "the next summit" or "their next meeting": the next of the series.
    """
    if frame.verbal or frame.scope is None:
        return False
    tokens = parse.phrases.tokens
    first = frame.scope[0]
    return tokens[first].lower == "another" or (
        tokens[first].lower in {"the", "their"} and first + 1 < frame.trigger
        and tokens[first + 1].lower == "next"
    )


def _their_pair(
    candidate: Candidate, before: Sequence[Candidate], *, own: bool = True
) -> Candidate:
    """Give "their first talks in Vientiane" the leaders of the last meeting spoken of.

    With a date, place or ordinal of its own it is a meeting of theirs; with
    none it is evidence of that last meeting.
    """
    last = last_strong(by_sentence(before[-_THEIR_LOOKBACK:]), candidate, salient=True)
    if last is None:
        return candidate
    if candidate.date is None and candidate.place is None and candidate.ordinal is None:
        return attrs.evolve(candidate, anaphoric=True)
    if not own and candidate.date is None:
        return candidate  # "the summit in Busan": a place alone names no pair's meeting
    return attrs.evolve(candidate, strong=True, participants=last.participants)


_THEIR_LOOKBACK = 40  # candidates back that may hold the pair "their" points to


def _pair_subject(parse: Parse, frame: Frame) -> bool:
    """Whether the frame's clause has "the two" (leaders) or "both" as its subject.

    Only a verb's: the subject of "agreed to launch a dialogue, with the first
    meeting next month" is not that meeting's.
    """
    return " ".join(_subject_words(parse, parse.clauses[frame.clause])) in _PAIR_SUBJECTS


def _subject_words(parse: Parse, clause: Clause, *, past_opener: bool = False) -> list[str]:
    """Return the lower-case words of the clause's subject (none without one).

    With ``past_opener``, without the clause's opener the subject span may
    start with ("after they met": "they").
    """
    if clause.subject is None:
        return []
    words = [parse.phrases.tokens[k].lower
             for k in range(clause.subject[0], clause.subject[1] + 1)]
    if "," in words:  # "Three weeks later, the two": the subject after a fronted phrase
        words = words[len(words) - words[::-1].index(","):]
    if past_opener and words and words[0] == clause.opener:
        return words[1:]
    return words


def _the_two(candidate: Candidate, before: Sequence[Candidate]) -> Candidate:
    """Give "The two last met in July" the pair of the last meeting of two spoken of.

    Within a few sentences; past them, the pair the article has told most
    meetings of (the pair it is about); none when no meeting of two came before.
    """
    for other in reversed(before[-_THEIR_LOOKBACK:]):
        if other.sentence < candidate.sentence - _PAIR_REACH:
            break
        if other.strong and len(other.participants) == 2:
            return attrs.evolve(candidate, strong=True, participants=other.participants)
    pairs = Counter(other.participants for other in before
                    if other.strong and len(other.participants) == 2)
    if not pairs:
        return candidate
    return attrs.evolve(candidate, strong=True, participants=pairs.most_common(1)[0][0])


_PAIR_REACH = 4  # sentences back that "the two" may point


def _governs(parse: Parse, outer: int, inner: int) -> bool:
    """Whether the clause at offset ``outer`` may lend its leaders to a noun at ``inner``.

    Any clause but a relative one; a relative clause only to nouns inside it.
    """
    host, number = clause_at(parse, outer), clause_at(parse, inner)
    if host is None or parse.clauses[host].kind is not ClauseKind.RELATIVE:
        return True
    seen: set[int] = set()
    while number is not None and number not in seen:
        if number == host:
            return True
        seen.add(number)
        number = parse.clauses[number].governor
    return False


_AHEAD_OF_NOUN = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A meeting noun an ordering preposition puts after the clause's event ("before a visit to")."""


def _inherit_adjunct_participants(
    ctx: FrameContext, candidates: list[Candidate]
) -> list[Candidate]:
    """Give a dated or placed meeting noun the leaders of its sentence's meeting.

    "Their second meeting, after brief talks in New York in September": the
    talks are an earlier meeting of the same leaders. Only a meeting whose
    clause holds the noun's: not one told in a relative clause on another
    word ("talks followed a summit in March, when they met X"), nor one still
    to come ("met at the White House ahead of a regional summit in Seoul next
    month": another gathering). Of the leaders, those not in office on the
    noun's date give way to those who were ("met in Seoul, the first since
    the fifth summit in Beijing in May 2012": the leaders of 2012).
    """
    parses, published = ctx.parses, ctx.document.published
    out = list(candidates)
    index = by_sentence(candidates)
    for number, candidate in enumerate(candidates):
        if candidate.strong or candidate.verb or candidate.anaphoric:
            continue
        if candidate.date is None and candidate.place is None:
            continue
        if candidate.date is not None and candidate.date.earliest() > published:
            continue
        if _AHEAD_OF_NOUN.search(ctx.document.text, max(0, candidate.position - 40),
                                 candidate.position):
            continue  # "arrived in Tokyo, before a visit to Washington": a later event
        host = next(
            (
                c
                for c in index.get(candidate.sentence, ())
                if c.strong and c.verb and not c.future
                and _governs(parses[candidate.sentence], c.position, candidate.position)
            ),
            None,
        )
        if host is None or (host.date == candidate.date and host.place == candidate.place):
            continue
        participants = host.participants
        if candidate.date is not None:
            participants = _names_then(ctx, participants, candidate.date)
        out[number] = attrs.evolve(
            candidate, strong=True, participants=participants, explicit=host.explicit
        )
    return out


def _names_then(ctx: FrameContext, names: frozenset[str], date: PartialDate) -> frozenset[str]:
    """Return ``names`` with each leader not in office on ``date`` replaced by who was.

    Unchanged unless every name is a gazetteer leader and one holder per
    country is found.
    """
    leaders = [leader for name in sorted(names)
               if (leader := ctx.gazetteer.lookup(name)) is not None]
    then = _holders_then(ctx, leaders, date)
    if len(leaders) != len(names) or len({leader.country for leader in then}) != len(names):
        return names
    return frozenset(leader.name for leader in then)
