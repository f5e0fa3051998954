"""Stage 5: temporal expressions, resolved to TIMEX3 values.

:func:`find_timexes` runs the named patterns of
:mod:`kjrel.pipeline.temporal_lexicon` over the article, keeps the
leftmost-longest matches that do not overlap and that are not in page
furniture (links, credits, captions, prompts, bylines; a dateline's time
stamp is kept), and resolves each one in text order against
``Document.published`` with the arithmetic of
:mod:`kjrel.pipeline.temporal_resolve`.

Context used in resolution:

* the **tense** of the clause around the expression (the nearest tense
  marker in its sentence, within the same quotation if it is in one;
  reporting verbs such as "said" count only when nothing else does) picks
  the year of a bare month or month and day, and the date of a weekday;
* the **most recent explicit reference** earlier in the article resolves
  anaphoric expressions: "later that month" takes the month of the last
  expression naming a month, "that year" the last year, "the same day"
  the last day, "two days later" counts from the last date.

The rules are documented in ``docs/extraction/temporal.rst``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from fractions import Fraction
from typing import NamedTuple

import attrs
from attrs import define

from kjrel.dates import calendar_day, shift_day, weekday_on_or_before
from kjrel.models import Document, Mod, Span, TemporalExpression, TimexType
from kjrel.pipeline import temporal_lexicon as lex
from kjrel.pipeline.furniture import is_heading_line
from kjrel.pipeline.lexicon import REPORTING_VERBS
from kjrel.pipeline.quotes import in_quotation
from kjrel.pipeline.syntax.clauses import Clause, ClauseKind, Parse, clause_at, parse_sentence
from kjrel.pipeline.syntax.phrases import Tense as VerbTense
from kjrel.pipeline.syntax.wordclass import VERBS
from kjrel.pipeline.temporal_resolve import (
    Tense,
    century_value,
    date_value,
    decade_value,
    duration_value,
    iso_week,
    month_day_date,
    month_value,
    month_year,
    shift_value,
    to_24h,
    weekday_date,
)
from kjrel.pipeline.types import FurnitureKind, Segmentation, Sentence

__all__ = ["find_timexes"]

_SKIPPED_FURNITURE = frozenset(
    {
        FurnitureKind.LINK,
        FurnitureKind.CREDIT,
        FurnitureKind.PROMPT,
    }
)

_CONTEXT = 300
"""How far (code points) on each side of an expression tense markers are sought."""

_SAME_DAY_REACH = 600
"""How far back a day named earlier still anchors "earlier in the day"."""

_QUOTE_MARKS = "\"“”"

_PREV_WORD = re.compile(r"([A-Za-z'’]{1,20})[^\w\r\n]{0,3}\Z")
_NEXT_WORD = re.compile(r"[^\w\r\n]{0,3}([A-Za-z'’]{1,20})")
_VALUE_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_VALUE_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_VALUE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d/])")
_PASSIVE = re.compile(r"(?<![\w'’])(?:be|being|is|are|am)[^\S\r\n]{1,3}\Z", re.IGNORECASE)
_SPACES = re.compile(r"[\s\-‐]+")


class _Candidate(NamedTuple):
    start: int
    end: int
    rank: int
    rule: str
    match: re.Match[str]


class _Piece(NamedTuple):
    start: int
    end: int
    value: str
    type: TimexType
    mod: Mod | None
    names_month: bool = False


@define
class _State:
    """What earlier expressions in the article established."""

    published: dt.date
    last_year: int | None = None
    last_year_end: int = -1
    last_month: tuple[int, int] | None = None
    month_only_end: int = -1
    """The end of the last date told to the month alone ("in November")."""
    last_day: tuple[dt.date, int] | None = None
    heading: tuple[dt.date | None, int] | None = None
    """The date told before the last heading line's day ("SEOUL, May 7"), and that
    day's end: "less than two months later" under it counts from the date before."""
    told_day: tuple[dt.date, int] | None = None
    """The last day named outside a background phrase ("after their first summit on
    30 October"): the day "the same day" goes back to."""
    last_date: dt.date | None = None
    page_day: dt.date | None = None
    """The day of the last date line (a time stamp, a live blog's day header)."""
    header_day: dt.date | None = None
    """The day of the last date line without a clock time ("Sunday, May 26")."""
    dateline_day: dt.date | None = None
    """The day of the dateline ("SEOUL, Nov. 2 (Yonhap) --"), if within a week of publication."""


# --------------------------------------------------------------------------
# Small readers
# --------------------------------------------------------------------------


def _prev_word(text: str, pos: int) -> str:
    """Return the word just before ``pos`` (lower case), or ``""``."""
    found = _PREV_WORD.search(text[max(0, pos - 30) : pos])
    return found.group(1).lower() if found else ""


def _next_word(text: str, pos: int) -> str:
    """Return the word just after ``pos`` (lower case), or ``""``."""
    found = _NEXT_WORD.match(text[pos : pos + 30])
    return found.group(1).lower() if found else ""


def _month(word: str) -> int:
    """Return the month number of a month name or abbreviation."""
    return lex.MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    """Return the day number of ``6``, ``6th``."""
    return int(word.rstrip("stndrhSTNDRH"))


def _number(word: str) -> Fraction | None:
    """Return the value of a numeral or number words, or ``None``."""
    word = word.strip().lower()
    if not word:
        return None
    if word[0].isdigit():
        try:
            return Fraction(word.replace(",", ""))
        except (ValueError, ZeroDivisionError):
            return None
    joined = " ".join(_SPACES.split(word))
    if joined in lex.NUMBER_WORDS:
        return Fraction(lex.NUMBER_WORDS[joined])
    total = 0
    for part in joined.split(" "):
        if part not in lex.NUMBER_WORDS:
            return None
        total += lex.NUMBER_WORDS[part]
    return Fraction(total)


def _unit(word: str) -> str:
    """Return the internal unit code of a unit word (singular or plural)."""
    word = word.lower()
    if word not in lex.UNITS and word.endswith("s"):
        word = word[:-1]
    return lex.UNITS[word]


def _pos_mod(match: re.Match[str]) -> Mod | None:
    """Return the mod of a ``pos`` group ("early", "the end of"), if matched."""
    pos = match.groupdict().get("pos")
    if not pos:
        return None
    for word in _SPACES.split(pos.lower()):
        if word in lex.POSITION_MODS:
            return lex.POSITION_MODS[word]
    return None


def _mod_words(match: re.Match[str]) -> str:
    """Return the qualifier of an amount ("more than"), normalised, or ``""``."""
    mod = match.groupdict().get("mod")
    return " ".join(mod.lower().split()) if mod else ""


# --------------------------------------------------------------------------
# Acceptance: context-free checks on one match
# --------------------------------------------------------------------------


def _accept_month_bare(text: str, m: re.Match[str]) -> bool:
    if m.group("pos"):
        return True
    cue = _prev_word(text, m.start())
    if m.group("month").lower() == "may":
        return cue in lex.BARE_MONTH_CUES - {"and", "or", "to", "as", "on", "that", "for"}
    return cue in lex.BARE_MONTH_CUES


def _accept_year(text: str, m: re.Match[str]) -> bool:
    if m.group("pos"):
        return True
    year = int(m.group("year"))
    end = m.end()
    if end < len(text) and text[end] in "-‐–":
        return False
    if _next_word(text, end) in lex.COUNT_NOUNS:
        return False
    before = _prev_word(text, m.start())
    if before == "to" and lex.QUANTITY_CHANGE.search(text, max(0, m.start() - 40), m.start()):
        return False
    if before in lex.YEAR_BLOCKERS:
        return False
    if not 1800 <= year <= 2100:
        return before in lex.YEAR_CUES
    return True


def _accept_year_range(text: str, m: re.Match[str]) -> bool:
    first, second = int(m.group("year")), m.group("year2")
    if len(second) == 2:
        last = first // 100 * 100 + int(second)
        if last <= first:
            return False
    else:
        last = int(second)
        if not first < last <= first + 1000:  # a dynasty: "1392-1910"
            return False
    return _next_word(text, m.end()) not in lex.COUNT_NOUNS


def _accept_duration(text: str, m: re.Match[str]) -> bool:
    after = _next_word(text, m.end())
    if after in {"old", "olds"}:
        return False
    num = (m.group("num1") or "").lower()
    if m.group("mod") or m.group("half1") or m.group("half1b"):
        return True
    unit = m.group("unit1").lower()
    if num in {"a", "an"} or (num == "one" and unit.startswith(("day", "night"))):
        return (
            _prev_word(text, m.start()) in lex.DURATION_CUES
            or after in lex.DURATION_FOLLOWERS
        )
    return True


def _accept_span(_text: str, m: re.Match[str]) -> bool:
    if m.group("num1"):
        return True
    # Without a number only one long unit: "the past year", not "the last
    # minute" nor "the coming months" (vague).
    unit = m.group("unit1").lower()
    return m.group("dir").lower() not in {"following", "previous"} and unit in {
        "week", "month", "year", "decade", "century"
    }


def _accept_adjectival(text: str, m: re.Match[str]) -> bool:
    return _next_word(text, m.end()) not in lex.MILESTONE_NOUNS


def _accept_relative(text: str, m: re.Match[str]) -> bool:
    if m.group("rel").lower() != "the" or m.group("pos"):
        return True
    if m.group("unit").lower() == "weekend":
        # "over the weekend", "at the weekend": the weekend the clause's tense points to
        return _prev_word(text, m.start()).lower() in _WEEKEND_PREPOSITIONS
    return _season_in(text, m)


_WEEKEND_PREPOSITIONS = frozenset({"over", "during", "at", "on", "for", "through", "across"})


_SEASON_PREPOSITIONS = frozenset({"in", "during", "by", "until", "through", "over", "since"})


_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z'’]+)")
_SEASON_FOLLOWERS = frozenset(
    {"and", "or", "but", "when", "after", "before", "as", "to", "in", "at", "for", "with",
     "while", "if", "because", "amid", "despite", "than", "until", "the", "a", "an", "he",
     "she", "they", "it", "we", "both", "each"}
)
"""Words after a season that leave it a time ("in the autumn, when ...", "in the spring
and ..."); another word makes the season a modifier ("the autumn festival")."""


def _season_in(text: str, m: re.Match[str]) -> bool:
    """Whether "the" + a season follows a preposition of time ("in the autumn").

    Not a season's noun ("in the fall of Saigon") nor a season that modifies
    the noun after it ("during the autumn festival", "in the summer Olympics").
    """
    after = _NOUN_AFTER.match(text, m.end())
    return (
        m.group("unit").lower() in lex.SEASONS
        and _prev_word(text, m.start()) in _SEASON_PREPOSITIONS
        and (after is None or after.group(1).lower() in _SEASON_FOLLOWERS)
    )


def _accept_clock(text: str, m: re.Match[str]) -> bool:
    """Accept a clock time that says it is one.

    "1 p.m." and "18:19 JST" say so themselves; "noon" and a bare "12:30"
    need a time preposition before them ("at noon", "from 12:30") or a line
    of their own (a live blog's entry time), as "Chapter 12:30" is no time.
    """
    if m.group("ampm") or m.group("tz") or m.group("cmod") or m.group("dpart"):
        return True
    if _OCLOCK.search(m.group(0)):
        return True
    if _prev_word(text, m.start()).lower() in lex.CLOCK_PREPOSITIONS:
        return True
    return _alone_on_line(text, m.start(), m.end())


_OCLOCK = re.compile(r"o['’]clock", re.IGNORECASE)

_ACCEPT: dict[str, Callable[[str, re.Match[str]], bool]] = {
    "clock": _accept_clock,
    "month_bare": _accept_month_bare,
    "year": _accept_year,
    "year_range": _accept_year_range,
    "duration": _accept_duration,
    "span": _accept_span,
    "adjectival": _accept_adjectival,
    "relative": _accept_relative,
}


# --------------------------------------------------------------------------
# Tense
# --------------------------------------------------------------------------


def _bounds(segmentation: Segmentation, text: str, start: int, end: int) -> tuple[int, int]:
    """Return the stretch around an expression that tense markers are sought in."""
    sentence = segmentation.sentence_at(start)
    if sentence is not None:
        lo, hi = sentence.start, max(sentence.end, end)
    else:
        lo = text.rfind("\n", max(0, start - _CONTEXT), start) + 1
        newline = text.find("\n", end, end + _CONTEXT)
        hi = newline if newline >= 0 else min(len(text), end + _CONTEXT)
    return max(lo, start - _CONTEXT), min(hi, end + _CONTEXT)


class _Marker(NamedTuple):
    start: int
    end: int
    tense: Tense
    weak: bool


class _TenseIndex:
    """Every tense marker and clause boundary of a text, found in one pass each."""

    def __init__(self, text: str, words: _Words | None = None) -> None:
        self.text = text
        markers: list[_Marker] = []
        if words is None:
            words = _Words(text)
        for found in _pattern_matches(lex.TENSE_PATTERN, text, words.tense_starts()):
            word = found.group(0).lower()
            if found.group("fut") or found.group("sched"):
                tense = Tense.FUTURE
            elif word.replace("’", "'") not in lex.NOT_PAST_ED and not _PASSIVE.search(
                text, max(0, found.start() - 10), found.start()
            ):
                tense = Tense.PAST
            else:
                continue
            weak = word in REPORTING_VERBS or found.group("sched") is not None
            markers.append(_Marker(found.start(), found.end(), tense, weak))
        self.markers = markers
        self.marker_starts = [m.start for m in markers]
        bounds = [(b.start(), b.end()) for b in lex.CLAUSE_BOUNDARY.finditer(text)]
        self.bound_starts = [start for start, _ in bounds]
        self.bound_ends = [end for _, end in bounds]

    def markers_tense(self, lo: int, hi: int, start: int, end: int) -> Tense:
        """Return the tense of the nearest marker in ``[lo, hi)`` outside ``[start, end)``.

        Reporting verbs ("said", "told") count only when no other marker does.
        """
        best: tuple[int, int, Tense] | None = None
        weak: tuple[int, int, Tense] | None = None
        index = bisect.bisect_left(self.marker_starts, lo)
        while index < len(self.markers) and self.markers[index].start < hi:
            marker = self.markers[index]
            index += 1
            if marker.end > hi or (marker.end > start and marker.start < end):
                continue
            before = marker.end <= start
            distance = start - marker.end if before else marker.start - end
            key = (distance, 0 if before else 1, marker.tense)
            if marker.weak:
                if weak is None or key[:2] < weak[:2]:
                    weak = key
            elif best is None or key[:2] < best[:2]:
                best = key
        chosen = best or weak
        return chosen[2] if chosen else Tense.UNKNOWN

    def clause(self, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
        """Return the clause of ``[lo, hi)`` around ``[start, end)`` (punctuation-bounded)."""
        c_lo = lo
        index = bisect.bisect_right(self.bound_ends, start) - 1
        if index >= 0 and self.bound_ends[index] > lo and self.bound_starts[index] >= lo:
            c_lo = self.bound_ends[index]
        c_hi = hi
        index = bisect.bisect_left(self.bound_starts, end)
        if index < len(self.bound_starts) and self.bound_starts[index] < hi:
            c_hi = self.bound_starts[index]
        return c_lo, c_hi

    def tense(self, segmentation: Segmentation, start: int, end: int) -> Tense:
        """Return the tense of the clause around ``[start, end)``.

        The clause is the stretch of the sentence between punctuation marks
        (commas, dashes, brackets, quotation marks ...). When it holds no
        tense marker and is no more than the expression and a preposition
        ("On Friday, the leaders met ..."), the next clause decides if the
        expression opens the sentence and the previous one otherwise.
        Otherwise the tense is unknown and resolution falls back to the
        occurrence nearest the publication date.
        """
        text = self.text
        lo, hi = _bounds(segmentation, text, start, end)
        c_lo, c_hi = self.clause(lo, hi, start, end)
        tense = self.markers_tense(c_lo, c_hi, start, end)
        if tense is not Tense.UNKNOWN:
            return tense
        rest = (text[c_lo:start] + " " + text[end:c_hi]).split()
        if len(rest) > 2:
            return Tense.UNKNOWN
        if not text[lo:c_lo].strip(" \t,;:—–-\"“”("):
            if c_hi >= hi:
                return Tense.UNKNOWN
            _, n_hi = self.clause(lo, hi, c_hi + 1, c_hi + 1)
            return self.markers_tense(c_hi, n_hi, -1, -1)
        if c_lo <= lo:
            return Tense.UNKNOWN
        p_lo, _ = self.clause(lo, hi, c_lo - 1, c_lo - 1)
        return self.markers_tense(p_lo, c_lo, -1, -1)






# --------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------


_LONGEST_PARSED = 2000
"""Longer "sentences" (lists, run-on furniture) keep the punctuation-based tense."""


@define
class _Context:
    text: str
    segmentation: Segmentation
    state: _State
    index: _TenseIndex | None = None
    words: _Words | None = None

    @property
    def published(self) -> dt.date:
        return self.state.published

    @property
    def anchor(self) -> dt.date:
        """Return the day weekdays, month-days and "today" are counted from.

        That is the dateline's day (the day the story was filed), else the
        publication date.
        """
        return self.state.dateline_day or self.state.published

    def alone_on_line(self, start: int, end: int) -> bool:
        """Return whether ``[start, end)`` is a line by itself, after at most a label."""
        return _alone_on_line(self.text, start, end)

    def reference_day(self, start: int) -> dt.date:
        """Return the day the text at ``start`` is about.

        That is the last day named within reach before it, else the
        publication date.
        """
        last = self.state.last_day
        if last is not None and 0 <= start - last[1] <= _SAME_DAY_REACH:
            return last[0]
        return self.published

    def tense(self, start: int, end: int) -> Tense:
        if _after_dateline_city(self.text, start):
            return Tense.PAST  # "TOKYO, March 16": a dateline names a day already come
        if _SINCE_OPEN.search(self.text, max(0, start - 40), start):
            return Tense.PAST  # "cooling since December": what "since" starts has begun
        if _SINCE_PHRASE.search(self.text, max(0, start - 120), start):
            return Tense.PAST  # "their first meeting since their talks in Washington in March"
        if _in_purpose_of_a_trip(self.text, start):
            return Tense.FUTURE  # "flew to Washington on Sunday for a summit on Monday"
        if self.scheduled_for(start):
            return Tense.UNKNOWN  # "has been set for June 3": the day set, not the setting
        found = self.clause_tense(start)
        prospect = None if found is Tense.FUTURE else _prospect(self.text, start)
        if prospect is not None:
            return prospect  # "looked forward to welcoming him ... in September"
        if found is not None:
            return found
        if self.index is None:
            self.index = _TenseIndex(self.text, self.words)
        return self.index.tense(self.segmentation, start, end)

    def scheduled_for(self, start: int) -> bool:
        """Whether the expression is the day a verb of scheduling sets ("set for June 3").

        The act of setting may be past ("has been set", "was rescheduled");
        the day it sets is where the nearest occurrence puts it.
        """
        if _prev_word(self.text, start).lower() not in {"for", "to", "until"}:
            return False
        found = self.clause_of(start)
        verb = None if found is None else found[0].clauses[found[1]].verb
        return verb is not None and verb.lemma in _SCHEDULING

    def clause_tense(self, start: int) -> Tense | None:
        """Return the tense of the verb of the clause the expression sits in, when it has one.

        "signed an accord on Sunday under which Japan will hand back ...":
        "Sunday" is in the clause of "signed", not of "will hand back".
        """
        found = self.clause_of(start)
        if found is None:
            return None
        tense = _clause_tense(found[0].clauses, found[1])
        if tense is Tense.FUTURE and _headline_like(self.text, found[0]):
            verb = found[0].clauses[found[1]].verb
            # Headlines tell the past in the present ("Park, Li agree to push FTA
            # (Oct. 31)"): only an explicit will/shall or modal is the future there.
            return tense if verb is not None and verb.tense is VerbTense.FUTURE else None
        return tense

    def clause_of(self, offset: int) -> tuple[Parse, int] | None:
        """Return the parse of the sentence at ``offset`` and the index of its clause there."""
        sentence = self.segmentation.sentence_at(offset)
        if sentence is None or sentence.end - sentence.start > _LONGEST_PARSED:
            return None
        parse = parse_sentence(self.text, sentence.start, sentence.end)
        number = clause_at(parse, offset)
        return None if number is None else (parse, number)


_SINCE_PHRASE = re.compile(
    r"\bsince\s+(?:their|his|her|its|the|a|an|(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s)\s+"
    r"(?![^,;:.!?]*\b(?:will|would|shall)\b)"
    r"(?:[^,;:.!?\"“”]|\.(?=[A-Z-])){0,100}\b(?:in|on|of)\s+$",
    re.IGNORECASE,
)
"""A "since" phrase naming an earlier event ("since their talks", "since Trump's return"), up
to the date that ends it: the date is past."""

_TRIP_PURPOSE = re.compile(
    r"\b(?:flew|flies|fly|flying|travell?ed|travels|left|leaves|headed|heads|arrived|arrives)"
    r"\b[^.;:!?\n]{0,40}?\b(?:(?:on|this|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|today|yesterday|tonight)\b[^.;:!?\n]{0,40}?"  # the trip's own day, before its purpose
    r"\bfor\s+(?:a|an|the|his|her|their|two\s+days\s+of)?\s*"
    r"(?:[\w-]+\s+){0,3}?(?:summit|talks|meeting|visit)\b"
    r"(?:(?!\b(?:and|but|then|before|after)\b)[^.;:!?\n,]){0,60}$",
    re.IGNORECASE,
)


_PROSPECT = re.compile(
    r"\b(?:look(?:s|ed|ing)?\s+forward\s+to|await(?:s|ed|ing)?|invitations?\s+to|"
    r"due\s+to\s+(?P<verb>[a-z]+)|"
    r"(?:about|on|toward|towards)\s+(?:holding|hosting|arranging|organi[sz]ing)|"
    r"(?:['’]s|\bhis|\bher|\btheir)\s+(?:schedule|itinerary)|"
    r"for\s+(?:a|an|the|his|her|their|its|next\s+year's)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:election|elections|vote|referendum|games|olympics|inauguration))\b",
    re.IGNORECASE,
)
"""What looks ahead from its clause's time: the object of an anticipation ("looked
forward to welcoming him ... in September", "accepted his invitation to a forum in
September", "had been due to renew on Saturday", "sounded out Seoul about holding a
summit in January", "nothing has been decided about the prime minister's schedule in
November") or the event a past act was for ("dissolved the house for a
general election on Oct. 27"; not a meeting, which a "hosted him for talks on Friday"
holds at the hosting's time). A past verb around it does not make the date past: the
nearest occurrence decides."""

_PROSPECT_GAP = re.compile(r"(?:(?!\b(?:and|but|then|after|since)\b)[^.;:!?\n]){0,80}",
                           re.IGNORECASE)
"""What may stand between a prospect and its date: no clause break, at most 80 characters."""


def _prospect(text: str, start: int) -> Tense | None:
    """Return the time of a date that closes a phrase looking ahead (``_PROSPECT``).

    The nearest occurrence decides (``UNKNOWN``), except after a present
    "due to" ("with Japan due to host the Olympics in the summer"), which is
    still to come. "due to" counts before a verb, not a cause ("due to the
    rain").
    """
    found = None
    for match in _PROSPECT.finditer(text, max(0, start - 120), start):
        found = match  # the last one before the date
    if found is None or _PROSPECT_GAP.fullmatch(text, found.end(), start) is None:
        return None
    verb = found.group("verb")
    if verb is None:
        return Tense.UNKNOWN
    if verb not in VERBS:
        return None
    past = _prev_word(text, found.start()).lower() in {"was", "were", "been"}
    return Tense.UNKNOWN if past else Tense.FUTURE


def _in_purpose_of_a_trip(text: str, start: int) -> bool:
    """Whether a date closes the purpose of a dated trip.

    "Flew to Washington on Sunday for a summit with Trump on Monday": the
    meeting a trip is made for lies ahead of the trip, whatever its verb's
    tense. An undated trip's date is its own ("arrived for talks on Friday").
    """
    return _TRIP_PURPOSE.search(text, max(0, start - 160), start) is not None


def _after_dateline_city(text: str, start: int) -> bool:
    """Whether a date follows a city in capitals at the start of its line ("TOKYO, March 16").

    Also with the city's country between ("KANANASKIS, Canada, June 17").
    """
    line_start = text.rfind("\n", 0, start) + 1
    return lex.DATELINE_HEAD.fullmatch(text, line_start, start) is not None


def _headline_like(text: str, parse: Parse) -> bool:
    """Return whether a sentence is a line without a sentence end (a headline, a link)."""
    tail = text[parse.start : parse.end].rstrip()
    return not tail or tail[-1] not in ".!?\"”’'"


# Dependent clauses: their simple present names a time still to come ("the pact,
# which expires in November"; "after the new administration takes office in
# January"), and a year named outside them does not reach into them.
_DEPENDENT = frozenset({ClauseKind.RELATIVE, ClauseKind.SUBORDINATE})


_ASKING = frozenset({"ask", "invite", "urge", "request", "encourage", "press", "call"})
"""Verbs whose to-infinitive asks for what is still to come ("invited Moon to visit in May")."""

_INTENDING = frozenset({
    "hope", "plan", "expect", "intend", "aim", "seek", "want", "wish", "agree", "decide",
    "promise", "pledge", "vow", "prepare", "arrange", "offer", "try",
})
"""Verbs whose to-infinitive looks forward from the act ("hoped to see Yoon on Oct. 10")."""


_SAME_TIME_OPENERS = frozenset({"while", "when", "after", "upon", "on", "following"})
"""Openers of a participle clause whose time is that of its governor or before it."""


_SCHEDULING = frozenset({
    "set", "schedule", "reschedule", "slate", "fix", "pencil", "postpone", "delay", "push",
    "move", "bring", "put", "book",
})
"""Verbs that set the day of an event ("set for", "postponed to", "moved up to")."""

_WANTING = frozenset({"want", "hope", "plan", "expect", "intend", "aim", "seek", "wish"})
"""Verbs whose present tense looks forward, with or without an infinitive."""


def _shares_auxiliary(clauses: tuple[Clause, ...], clause: Clause) -> bool:
    """Whether a bare verb is coordinated under its governor's auxiliary (rule 8).

    "would dissolve the house on Oct. 14 and hold an election on Oct. 31":
    "hold" has no subject or auxiliary of its own; "would" governs both.
    """
    verb = clause.verb
    if clause.kind is not ClauseKind.COORDINATE or clause.governor is None or verb is None:
        return False
    governor = clauses[clause.governor]
    return (
        verb.tense is VerbTense.PRESENT and not verb.perfect and not verb.progressive
        and clause.subject == governor.subject
        and governor.verb is not None
        and governor.verb.tense in (VerbTense.MODAL, VerbTense.FUTURE)
    )


def _background_participle(clause: Clause) -> bool:
    """Whether a clause is a participle clause that takes its governor's time (rule 6)."""
    verb = clause.verb
    return (
        verb is not None
        and verb.tense is VerbTense.PARTICIPLE
        and (
            clause.opener is None
            or clause.opener in _SAME_TIME_OPENERS
            or verb.first == clause.first  # the participle opens its clause itself
        )
    )


def _clause_tense(clauses: tuple[Clause, ...], number: int, depth: int = 0) -> Tense | None:
    """Return what the verb group of clause ``number`` says of the time of its dates.

    The order of evidence, one rule per phenomenon:

    1. past, or present perfect ("have met") -> past;
    2. ``will``/``shall`` -> future; another modal ("could travel", "may
       visit") -> future, unless perfect ("could have met": past); "would"
       (the future of a past report, "said he would dissolve the house on
       Oct. 14") is unknown: the nearest occurrence decides, and the past
       verb of saying around it does not make it past;
    3. progressive present ("are meeting on Friday", an arrangement) -> future;
    4. simple present in a relative or subordinate clause (scheduled
       present) -> future;
    5. a to-infinitive takes the time of the clause it complements (one on
       another infinitive, that infinitive's time), and is
       future after a present one ("is scheduled to return on Saturday") or
       after a verb of asking ("asked Abe to come in February"); after a past
       verb of intending ("hoped to see Yoon on Oct. 10"), or on the subject
       noun ("A plan to visit Seoul in May was announced"), it is unknown,
       and no word nearby may make it past;
    6. a participle clause with no opener, or one of simultaneity or
       anteriority ("Meeting in Hiroshima on Sunday, they pledged ...",
       "after meeting Yoon on Sunday") takes the time of the clause it
       depends on; one of posteriority ("before leaving on Friday") does not;
    7. a present verb of wanting or planning ("want a deal before a possible
       visit in March") -> future;
    8. a bare verb coordinated under its governor's auxiliary ("would
       dissolve the house on Oct. 14 and hold an election on Oct. 31") takes
       the governor's time;
    9. otherwise (a main-clause simple present, a verbless clause) nothing:
       the word-window markers and then the nearest occurrence decide.
    """
    clause = clauses[number]
    verb = clause.verb
    if verb is None:
        return None
    if verb.tense is VerbTense.PAST or (verb.perfect and verb.tense is VerbTense.PRESENT):
        return Tense.PAST
    if verb.tense is VerbTense.FUTURE:
        return Tense.FUTURE
    if verb.tense is VerbTense.MODAL:
        if verb.perfect:
            return Tense.PAST
        # "would" is the future of a past report ("said it would end the pact in
        # November"), which may lie before publication: no evidence either way.
        return Tense.UNKNOWN if verb.modal in {"would", "wouldn't", "wouldn’t"} else Tense.FUTURE
    if verb.tense is VerbTense.PRESENT and (verb.progressive or clause.kind in _DEPENDENT):
        return Tense.FUTURE
    if _shares_auxiliary(clauses, clause) and clause.governor is not None and depth < 4:
        return _clause_tense(clauses, clause.governor, depth + 1)
    if verb.tense is VerbTense.PRESENT and not verb.perfect and verb.lemma in _WANTING:
        return Tense.FUTURE  # "want a deal before a possible visit in March"
    if _background_participle(clause) and clause.governor is not None and depth < 4:
        return _clause_tense(clauses, _resumed(clauses, number, clause.governor), depth + 1)
    if verb.tense is VerbTense.INFINITIVE and clause.governor is not None and depth < 4:
        return _infinitive_tense(clauses, number, clause.governor, depth)
    return None


def _resumed(clauses: tuple[Clause, ...], number: int, governor: int) -> int:
    """Return the clause that gives a participle on a verbless subject its time.

    "The ministers, meeting in Tokyo in March, agreed ...": the participle
    hangs on the subject noun, whose verb comes in the main clause resumed
    after it; any other governor is its own.
    """
    if clauses[governor].verb is not None:
        return governor
    return next((k for k in range(number + 1, len(clauses))
                 if clauses[k].kind is ClauseKind.MAIN and clauses[k].verb is not None
                 and clauses[k].governor == governor), governor)


def _infinitive_tense(
    clauses: tuple[Clause, ...], number: int, governs: int, depth: int
) -> Tense | None:
    """Return the time of the to-infinitive ``number`` from the clause ``governs`` (rule 5)."""
    if governs > number:
        # on the subject noun ("A plan to visit Seoul in May was announced"):
        # it looks forward from the plan, not from its verb
        return Tense.UNKNOWN
    if clauses[governs].kind is ClauseKind.INFINITIVE and depth < 4:
        # "agreed to keep up visits and to open talks in June": as the first infinitive
        return _clause_tense(clauses, governs, depth + 1)
    governor = clauses[governs].verb
    if governor is not None and governor.lemma in _ASKING:
        return Tense.FUTURE  # "asked Abe to come to the Olympics in February"
    if _clause_tense(clauses, governs, depth + 1) is Tense.FUTURE or (
        governor is not None and governor.tense is VerbTense.PRESENT and not governor.perfect
    ):
        return Tense.FUTURE
    if governor is not None and governor.lemma in _INTENDING:
        # A past act of hoping or agreeing says nothing of whether what it
        # looks forward to has come: the nearest occurrence decides.
        return Tense.UNKNOWN
    return None


def _clock_time(m: re.Match[str]) -> str | None:
    """Return ``hh:mm`` of the match's clock time (24-hour), or ``None`` if it has none.

    "noon" is 12:00 and "midnight" 24:00 (the end of the day named, the
    TIMEX3 convention: "expires at midnight on Friday"); an
    hour with a.m. or p.m. is turned to the 24-hour clock; seconds, when
    written, are kept (``hh:mm:ss``); the zone stays in the text and is not
    converted.
    """
    groups = m.groupdict()
    noon = groups.get("noon")
    if noon:
        return "12:00" if noon.lower().endswith("noon") else "24:00"
    if not groups.get("hour"):
        return None
    # Not every pattern with an hour has the am/pm, minute and second groups.
    hour = to_24h(int(groups["hour"]), groups.get("ampm"))
    time = f"{hour:02d}:{int(groups.get('minute') or 0):02d}"
    return f"{time}:{groups['second']}" if groups.get("second") else time


def _clock(m: re.Match[str], day: dt.date) -> str | None:
    """Return ``YYYY-MM-DDThh:mm`` if the match has a clock time."""
    time = _clock_time(m)
    return None if time is None else f"{date_value(day)}T{time}"


def _r_clock(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    """Resolve a clock time alone ("at 1 p.m.", "19:45") or before a weekday ("10 a.m. Friday").

    A weekday gives the day; otherwise the day is the last one named within
    reach (a dateline, a time stamp, "On March 16, ..."), else the
    publication date. A day named later in the same sentence ("at 9:10 a.m.
    on March 16") wins over both: see :func:`_clock_days`.
    """
    groups = m.groupdict()
    if groups.get("wd"):
        day = weekday_date(lex.weekday_number(m.group("wd")), ctx.anchor,
                           ctx.tense(m.start(), m.end()))
    elif ctx.alone_on_line(m.start(), m.end()):
        # A live blog's entry time: the day of the page, not of the story told.
        day = ctx.state.page_day or ctx.published
    else:
        day = ctx.reference_day(m.start())
        if day > ctx.published and ctx.tense(m.start(), m.end()) is Tense.PAST:
            # "... which will be held tomorrow. The summit began at 4:35 p.m.": a time
            # already past is not on the day ahead last named, but on the report's day
            day = ctx.anchor
    value = _clock(m, day)
    if value is None:
        return []
    value = _later_in_the_day(value, groups.get("dpart"))
    return [_Piece(m.start(), m.end(), value, TimexType.TIME, _clock_mod(groups.get("cmod")))]


def _clock_mod(words: str | None) -> Mod | None:
    """Return the mod of the words before a clock time ("about" APPROX, "just before" BEFORE)."""
    return lex.CLOCK_MODS[" ".join(words.lower().split())] if words else None


def _later_in_the_day(value: str, part: str | None) -> str:
    """Move a 12-hour time after noon when its part of the day says so.

    "4 o'clock in the afternoon" is 16:00 and "6:30 tonight" 18:30; a time
    in the morning, or already past noon, stays.
    """
    if not part or not re.search(r"afternoon|evening|night", part, re.IGNORECASE):
        return value
    day, _, time = value.partition("T")
    hour = int(time[:2])
    return value if hour >= 12 else f"{day}T{hour + 12:02d}{time[2:]}"


def _agreeing_year(day: dt.date, weekday: int, published: dt.date) -> dt.date:
    """Return ``day`` moved to the nearest year around publication where it is ``weekday``.

    "Friday, Sept. 6" names the 6 September that is a Friday; if no year
    within one of the publication year has it, ``day`` is kept.
    """
    if day.weekday() == weekday:
        return day
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        candidate = calendar_day(year, day.month, day.day)
        if candidate is not None and candidate.weekday() == weekday:
            options.append(candidate)
    return min(options, key=lambda c: abs((c - published).days)) if options else day


def _calendar_day(m: re.Match[str], ctx: _Context, start: int, end: int) -> list[_Piece]:
    """Resolve month and day (with optional second day, year and clock time)."""
    month, day = _month(m.group("month")), _day(m.group("day"))
    year_text = m.group("year")
    weekday = m.groupdict().get("wd")
    if year_text:
        first = calendar_day(int(year_text), month, day)
    else:
        first = month_day_date(month, day, ctx.anchor, ctx.tense(start, end))
        if weekday and first is not None:
            first = _agreeing_year(first, lex.weekday_number(weekday), ctx.published)
    if first is None:
        return []
    day2 = m.groupdict().get("day2")
    if day2:
        month2 = m.groupdict().get("month2")
        second = calendar_day(first.year, _month(month2) if month2 else month, _day(day2))
        if second is not None and month2 and second <= first:
            second = calendar_day(first.year + 1, _month(month2), _day(day2))  # Dec. 30-Jan. 2
        if second is None or second <= first:
            return []
        return [_Piece(start, end, f"{date_value(first)}/{date_value(second)}",
                       TimexType.DATE, None, True)]
    clock = _clock(m, first)
    if clock:
        return [_Piece(start, end, clock, TimexType.TIME, None, True)]
    return [_Piece(start, end, date_value(first), TimexType.DATE, None, True)]


def _r_month_day(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    return _calendar_day(m, ctx, m.start(), m.end())


def _r_month_day_rel(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    """Resolve "Oct. 30 last year": the day in the year named relative to publication."""
    year = ctx.published.year + _REL_OFFSET[m.group("rel").lower()]
    day = calendar_day(year, _month(m.group("month")), _day(m.group("day")))
    if day is None:
        return []
    return [_Piece(m.start(), m.end(), date_value(day), TimexType.DATE, None, True)]


def _r_month_day_pair(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    month, day, day2 = _month(m.group("month")), _day(m.group("day")), _day(m.group("day2"))
    year_text = m.group("year")
    if year_text:
        first = calendar_day(int(year_text), month, day)
    else:
        first = month_day_date(month, day, ctx.anchor, ctx.tense(m.start(), m.end()))
    second = None if first is None else calendar_day(first.year, month, day2)
    if first is None or second is None:
        return []
    return [
        _Piece(m.start(), m.end("day"), date_value(first), TimexType.DATE, None, True),
        _Piece(m.start("day2"), m.end(), date_value(second), TimexType.DATE, None, True),
    ]


def _r_iso_date(m: re.Match[str], _ctx: _Context) -> list[_Piece]:
    day = calendar_day(int(m.group("year")), int(m.group("m")), int(m.group("d")))
    if day is None:
        return []
    clock = _clock(m, day)
    if clock:
        return [_Piece(m.start(), m.end(), clock, TimexType.TIME, None)]
    return [_Piece(m.start(), m.end(), date_value(day), TimexType.DATE, None)]


def _r_slash_date(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    """Resolve "16/03/2023" (day first) or "03/16/2023" (month first).

    A number above 12 says which is the day; when both could be, the
    reading nearer publication wins (a page's stamp is its own day).
    """
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    readings = [d for d in (calendar_day(year, b, a), calendar_day(year, a, b)) if d is not None]
    if not readings:
        return []
    day = min(readings, key=lambda d: abs((d - ctx.published).days))
    clock = _clock(m, day)
    if clock:
        return [_Piece(m.start(), m.end(), clock, TimexType.TIME, None)]
    return [_Piece(m.start(), m.end(), date_value(day), TimexType.DATE, None)]


def _r_nth(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    day = int(m.group("day"))
    pub = ctx.published
    tense = ctx.tense(m.start(), m.end())
    months = 0
    if tense is Tense.PAST and day > pub.day:
        months = -1
    elif tense is Tense.FUTURE and day < pub.day:
        months = 1
    base = shift_day(pub, months=months)
    found = calendar_day(base.year, base.month, day)
    if found is None:
        return []
    value = date_value(found)
    return [_Piece(m.start("core"), m.end("core"), value, TimexType.DATE, None)]


def _r_month_year(m: re.Match[str], _ctx: _Context) -> list[_Piece]:
    value = month_value(int(m.group("year")), _month(m.group("month")))
    return [_Piece(m.start(), m.end(), value, TimexType.DATE, _pos_mod(m), True)]


_REL_OFFSET = {"last": -1, "next": 1, "this": 0, "the": 0, "coming": 1, "past": -1}


def _r_month_rel(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    year = ctx.published.year + _REL_OFFSET[m.group("rel").lower()]
    value = month_value(year, _month(m.group("month")))
    return [_Piece(m.start(), m.end(), value, TimexType.DATE, _pos_mod(m), True)]


def _r_month_anaphoric_year(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    """Resolve "December of that year": the month of the year named last (or the next or last)."""
    offset = _ANAPHORIC_OFFSET[" ".join(m.group("rel").lower().split())]
    year = ctx.state.last_year
    if year is None:
        if offset:
            return []  # "the following year" needs a year to follow
        year = ctx.published.year
    value = month_value(year + offset, _month(m.group("month")))
    return [_Piece(m.start(), m.end(), value, TimexType.DATE, _pos_mod(m), True)]


def _sentence_year(ctx: _Context, start: int, month: int, tense: Tense) -> int | None:
    """Return the year of a date named earlier in the same sentence, if it fits ``tense``.

    "In May 2023 and again in August" puts August in 2023: the year is
    taken when the month in it lies on the side of the publication date
    that the tense calls for (any side if the tense is unknown).
    """
    state = ctx.state
    if state.last_year is None or state.last_year_end > start:
        return None
    sentence = ctx.segmentation.sentence_at(start)
    if sentence is None or state.last_year_end <= sentence.start:
        return None
    if _other_subordinate(ctx, state.last_year_end - 1, start):
        return None  # "frozen since 2018, until Yoon visited Tokyo in March": another clause
    year = state.last_year
    published = (ctx.published.year, ctx.published.month)
    if _told_as_later(ctx, state.last_year_end, start, month) and not (
        tense is Tense.PAST and (year + 1, month) > published
    ):
        year += 1
    if tense is Tense.PAST and (year, month) > published:
        return None
    if tense is Tense.FUTURE and (year, month) < published:
        return None
    return year


def _told_as_later(ctx: _Context, anchor_end: int, start: int, month: int) -> bool:
    """Whether a bare month is told as a later event than the date before it in the sentence.

    "their first summit on Nov. 2 last year and a second meeting in March":
    a succession word between them ("again", "later", "second") and a month
    before the earlier date's month put the month in the following year. So
    does an earlier date whose year is "last year": the writer marked that
    year as not the current one, and the bare month after it is in the current.
    """
    told = ctx.state.last_month
    if told is None or told[0] != ctx.state.last_year or told[1] <= month:
        return False
    if _LAST_YEAR_TOLD.search(ctx.text, max(0, anchor_end - 12), anchor_end):
        return True  # "met him in November last year, and visited him in February"
    between = ctx.text[anchor_end:start].lower()
    return any(word in lex.SUCCESSION_WORDS for word in re.findall(r"[a-z]+", between))


_LAST_YEAR_TOLD = re.compile(r"\blast\s+year\Z", re.IGNORECASE)
"""An earlier date given its year by "last year": a later bare month is of this year."""


def _other_subordinate(ctx: _Context, earlier: int, later: int) -> bool:
    """Whether ``later`` lies in a relative or subordinate clause other than ``earlier``'s."""
    first, second = ctx.clause_of(earlier), ctx.clause_of(later)
    if first is None or second is None or first[1] == second[1]:
        return False
    kinds = {first[0].clauses[first[1]].kind, second[0].clauses[second[1]].kind}
    return bool(kinds & _DEPENDENT)


def _r_month_bare(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    month = _month(m.group("month"))
    tense = ctx.tense(m.start(), m.end())
    year = _sentence_year(ctx, m.start(), month, tense)
    if year is None:
        year = month_year(month, ctx.published, tense)
    return [_Piece(m.start(), m.end(), month_value(year, month), TimexType.DATE,
                   _pos_mod(m), True)]


def _r_century_half(m: re.Match[str], _ctx: _Context) -> list[_Piece]:
    """Resolve the first or second half of a century to an interval of years ("1900/1949")."""
    base = (int(m.group("cent")) - 1) * 100
    first = base if m.group("ord").lower() == "first" else base + 50
    return [_Piece(m.start(), m.end(), f"{first:04d}/{first + 49:04d}", TimexType.DATE, None)]


def _r_year_range(m: re.Match[str], _ctx: _Context) -> list[_Piece]:
    first, second = int(m.group("year")), m.group("year2")
    last = first // 100 * 100 + int(second) if len(second) == 2 else int(second)
    return [_Piece(m.start(), m.end(), f"{first:04d}/{last:04d}", TimexType.DATE, None)]


def _r_year(m: re.Match[str], _ctx: _Context) -> list[_Piece]:
    return [_Piece(m.start(), m.end(), m.group("year"), TimexType.DATE, _pos_mod(m))]


def _r_decade(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    if m.group("dec"):
        first = int(m.group("dec"))
    else:
        two = int(m.group("dec2"))
        first = 2000 + two if 2000 + two <= ctx.published.year else 1900 + two
    return [_Piece(m.start(), m.end(), decade_value(first), TimexType.DATE, _pos_mod(m))]


def _r_century(m: re.Match[str], _ctx: _Context) -> list[_Piece]:
    if m.groupdict().get("cent"):
        ordinal = int(m.group("cent"))
    else:
        ordinal = lex.ORDINAL_WORDS[m.group("centw").lower()]
    return [_Piece(m.start(), m.end(), century_value(ordinal), TimexType.DATE, _pos_mod(m))]


def _r_quarter(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    if m.group("year"):
        year = int(m.group("year"))
    else:
        rel = (m.group("rel") or "this").lower()
        year = ctx.published.year + _REL_OFFSET[rel]
    part = m.group("part").lower()
    word = m.group("ord").lower()
    number = (2 if part == "half" else 4) if word == "last" else lex.ORDINAL_WORDS[word]
    if part == "half" and number > 2:
        return []
    value = f"{year:04d}-{'H' if part == 'half' else 'Q'}{number}"
    return [_Piece(m.start(), m.end(), value, TimexType.DATE, None)]


def _r_season_year(m: re.Match[str], _ctx: _Context) -> list[_Piece]:
    value = f"{int(m.group('year')):04d}-{lex.SEASONS[m.group('season').lower()]}"
    return [_Piece(m.start(), m.end(), value, TimexType.DATE, _pos_mod(m))]


_ANAPHORIC_OFFSET = {
    "that": 0, "that same": 0, "the same": 0, "the following": 1, "the previous": -1,
    "the preceding": -1,
}


def _r_relative(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit")
    lower = unit.lower()
    state, pub = ctx.state, ctx.published
    anaphoric = rel in _ANAPHORIC_OFFSET
    offset = _ANAPHORIC_OFFSET[rel] if anaphoric else _REL_OFFSET[rel]
    # "the following year" needs something to follow; "that year" falls
    # back to the publication date.
    strict = anaphoric and offset != 0
    mod = _pos_mod(m)
    names_month = False
    if lower == "day":
        if not anaphoric or (strict and state.last_day is None):
            return []
        base_day = state.last_day[0] if state.last_day else pub
        if offset == 0:
            base_day = _day_told(m, ctx)
        # "last November ..., and they held talks the following day": a day of that
        # month, told since the last day named (a year alone may be a deadline's)
        told = (_year_told_since_day(ctx, m.start()) or _month_told_since_day(ctx, m.start())
                if offset == 0 else _month_told_since_day(ctx, m.start()))
        value = told or date_value(shift_day(base_day, days=offset))
    elif lower == "month":
        if anaphoric and (state.last_month or strict):
            if state.last_month is None:
                return []
            year, month = state.last_month
            moved = shift_day(dt.date(year, month, 1), months=offset)
        else:
            moved = shift_day(pub, months=offset)
        value = month_value(moved.year, moved.month)
    elif lower in {"week", "weekend"}:
        week = _week_value(m, ctx, rel, offset, strict)
        if week is None:
            return []
        value = week
    else:
        if strict and state.last_year is None:
            return []
        base_year = (state.last_year or pub.year) if anaphoric else pub.year
        year = base_year + offset
        if lower == "year":
            value = f"{year:04d}"
        elif lower in lex.SEASONS:
            value = _season_value(m, ctx, lower, year if rel != "the" else None)
        else:
            value = month_value(year, _month(unit))
            names_month = True
    return [_Piece(m.start(), m.end(), value, TimexType.DATE, mod, names_month)]


def _week_value(
    m: re.Match[str], ctx: _Context, rel: str, offset: int, strict: bool
) -> str | None:
    """Return the ISO week (``-WE`` for a weekend) of "last week", "that week", "the weekend"."""
    state, weekend = ctx.state, m.group("unit").lower() == "weekend"
    if weekend and rel == "the":
        # "over the weekend": the last one, unless the clause looks ahead
        ahead = ctx.tense(m.start(), m.end()) is Tense.FUTURE
        return iso_week(weekday_date(5, ctx.anchor, Tense.FUTURE if ahead else Tense.PAST)) + "-WE"
    if strict and state.last_date is None:
        return None
    base = (state.last_date or ctx.published) if rel in _ANAPHORIC_OFFSET else ctx.published
    return iso_week(shift_day(base, days=7 * offset)) + ("-WE" if weekend else "")


def _season_value(m: re.Match[str], ctx: _Context, season: str, year: int | None) -> str:
    """Return a season's value; with no ``year`` ("in the autumn"), the clause's tense places it."""
    if year is None:
        tense = ctx.tense(m.start(), m.end())
        year = month_year(lex.SEASON_FIRST_MONTHS[season], ctx.published, tense)
    return f"{year:04d}-{lex.SEASONS[season]}"


def _r_in_the(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    unit = m.group("unit").lower()
    state, pub = ctx.state, ctx.published
    if unit == "day":
        day = pub
        told = state.told_day or state.last_day  # not a background day ("after the Feb. 12 test")
        if told and (m.start() - told[1] <= _SAME_DAY_REACH or 0 <= (pub - told[0]).days <= 7):
            day = told[0]  # far back, still the story's own day if one of its week
        value = date_value(day)
    elif unit == "week":
        # "the week" is the report's own ("Earlier in the week, Takaichi hosted
        # Trump"), not the week of a date named before ("that week" would be)
        value = iso_week(ctx.anchor)
    elif unit == "month":
        value = month_value(*(state.last_month or (pub.year, pub.month)))
    else:
        value = f"{state.last_year or pub.year:04d}"
    return [_Piece(m.start(), m.end(), value, TimexType.DATE, None)]


def _r_same_day(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    """Resolve to the day last named ("later that day"), with its part ("that evening")."""
    year = _year_told_since_day(ctx, m.start())
    if year is not None:
        return [_Piece(m.start(), m.end(), year, TimexType.DATE, None)]
    value, kind = _with_part(_day_told(m, ctx), m.groupdict().get("part"))
    return [_Piece(m.start(), m.end(), value, kind, None)]


def _day_told(m: re.Match[str], ctx: _Context) -> dt.date:
    """Return the day "the same day" or "that evening" at ``m`` refers back to.

    The day last named, else the publication date; but in a past-tense
    clause never a day still ahead of the story's own ("will attend on
    Oct. 10 ... He held a call the same day"): then the story's day.
    """
    told = ctx.state.told_day or ctx.state.last_day
    day = told[0] if told else ctx.published
    if day > ctx.anchor and ctx.tense(m.start(), m.end()) is Tense.PAST:
        return ctx.anchor
    if told and _heading_between(ctx, told[1], m.start()):
        return ctx.anchor  # "(Reference) Trilateral Meeting / On the same day, ...": the story's
    return day


def _heading_between(ctx: _Context, start: int, end: int) -> bool:
    """Whether a heading line (a part's title, no credit) stands between the two offsets."""
    text = ctx.text
    first = text.find("\n", start, end) + 1
    while 0 < first < end:
        last = text.find("\n", first, end)
        if last < 0:
            return False  # the line the expression is on
        if is_heading_line(text[first:last]) and not ctx.segmentation.is_furniture(first):
            return True
        first = last + 1
    return False


def _year_told_since_day(ctx: _Context, start: int) -> str | None:
    """Return the year "that day" at ``start`` lies in, when a year was told after the last day.

    "Five years ago Fukuda flew in ..., and the two met the same day": the
    last time told, in the same sentence, is a year, so the day is one of
    that year's and the value is the year.
    """
    state = ctx.state
    day_end = state.last_day[1] if state.last_day else -1
    if state.last_year is None or state.last_year_end <= day_end:
        return None
    told = ctx.segmentation.sentence_at(state.last_year_end - 1)
    if told is None or told != ctx.segmentation.sentence_at(start):
        return None  # the segmenter's sentences, abbreviations ("Dec. 2008") and all
    return f"{state.last_year:04d}"


def _month_told_since_day(ctx: _Context, start: int) -> str | None:
    """Return the month "the same day" at ``start`` lies in, when one was told after the last day.

    "Their last meeting took place in Lima in November ... The two met
    separately in Lima the same day": the last time told, in this sentence
    or the one before, is a month, so the day is one of that month's.
    """
    state = ctx.state
    told = state.told_day or state.last_day
    if state.last_month is None or state.month_only_end <= (told[1] if told else -1):
        return None
    sentences = ctx.segmentation.sentences
    here = ctx.segmentation.sentence_at(start)
    then = ctx.segmentation.sentence_at(state.month_only_end - 1)
    if here is None or then is None:
        return None
    at = bisect.bisect_left(sentences, here.start, key=lambda sentence: sentence.start)
    if then is not here and (at == 0 or sentences[at - 1] is not then):
        return None  # only the sentence before, or its own
    year, month = state.last_month
    return f"{year:04d}-{month:02d}"


def _r_adjacent_day(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    """Resolve "the day before", "the next morning", "the week before" by the day last named."""
    if not ctx.state.last_day:
        return []
    if m.group("which_week"):
        step = -7 if m.group("which_week").lower() == "before" else 7
        week = iso_week(shift_day(ctx.state.last_day[0], days=step))
        return [_Piece(m.start(), m.end(), week, TimexType.DATE, None)]
    which = " ".join((m.group("which") or m.group("which_part")).lower().split())
    step = -1 if which in {"day before", "previous day", "previous"} else 1
    day = shift_day(ctx.state.last_day[0], days=step)
    value, kind = _with_part(day, m.group("part"))
    return [_Piece(m.start(), m.end(), value, kind, None)]


def _with_part(day: dt.date, part: str | None) -> tuple[str, TimexType]:
    if part:
        return f"{date_value(day)}T{lex.PARTS_OF_DAY[part.lower()]}", TimexType.TIME
    return date_value(day), TimexType.DATE


_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0,
                  "this afternoon": 0, "this evening": 0, "last night": -1}
"""Days from the day of speaking to the day a deictic word names."""


def _r_deictic(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    word = " ".join(m.group("word").lower().split())
    # Under a live blog's day header ("Sunday, May 26") "this evening" is that day.
    pub = ctx.state.header_day or ctx.anchor
    part = m.group("part")
    implied = {"tonight": "night", "this morning": "morning", "this afternoon": "afternoon",
               "this evening": "evening", "last night": "night"}
    day = shift_day(pub, days=_DEICTIC_SHIFT[word])
    last_day = ctx.state.told_day
    if (
        word == "today"
        and last_day is not None
        and 0 < (pub - last_day[0]).days <= 7
        and in_quotation(ctx.text, m.start())
    ):
        # A speaker's "today" is the day they spoke: the day last told, not one
        # in a background phrase ("since their talks on Aug. 15").
        day = last_day[0]
    value, kind = _with_part(day, part or implied.get(word))
    return [_Piece(m.start(), m.end(), value, kind, None)]


def _r_weekday(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    weekday = lex.WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    pub = ctx.anchor
    week = (m.group("week") or "").lower()
    if week:  # "Monday last week": that week's Monday
        shift = {"last": -7, "next": 7, "this": 0}[week]
        monday = weekday_on_or_before(pub, 0)
        value, kind = _with_part(shift_day(monday, days=shift + weekday), m.group("part"))
        return [_Piece(m.start(), m.end(), value, kind, _pos_mod(m))]
    if rel in {"last", "past"}:
        day = weekday_date(weekday, pub, Tense.PAST, strict=True)
    elif rel in {"next", "coming"}:
        day = weekday_date(weekday, pub, Tense.FUTURE, strict=True)
    else:
        day = weekday_date(weekday, pub, ctx.tense(m.start(), m.end()))
    value, kind = _with_part(day, m.group("part"))
    return [_Piece(m.start(), m.end(), value, kind, _pos_mod(m))]


def _amount_parts(m: re.Match[str]) -> list[tuple[Fraction, str]] | None:
    """Return the (amount, unit) parts of an amount match, or ``None``."""
    groups = m.groupdict()
    first = _number(groups["num1"]) if groups.get("num1") else Fraction(1)
    if first is None:
        return None
    if groups.get("half1") or groups.get("half1b"):
        first += Fraction(1, 2)
    parts = [(first, _unit(groups["unit1"]))]
    if groups.get("num2"):
        second = _number(groups["num2"])
        if second is None:
            return None
        parts.append((second, _unit(groups["unit2"])))
    return parts


def _r_duration(m: re.Match[str], _ctx: _Context) -> list[_Piece]:
    parts = _amount_parts(m)
    if parts is None:
        return []
    mod_words = _mod_words(m)
    mod = lex.DURATION_MODS.get(mod_words) if mod_words else None
    return [_Piece(m.start(), m.end(), duration_value(parts), TimexType.DURATION, mod)]


def _r_span(m: re.Match[str], _ctx: _Context) -> list[_Piece]:
    parts = _amount_parts(m)
    if parts is None:
        return []
    return [_Piece(m.start(), m.end(), duration_value(parts), TimexType.DURATION, None)]


def _r_half(m: re.Match[str], _ctx: _Context) -> list[_Piece]:
    mod_words = _mod_words(m)
    mod = lex.DURATION_MODS.get(mod_words) if mod_words else None
    fraction = m.group("frac") or m.group("frac2") or m.group("frac3")
    unit = m.group("unit1") or m.group("unit2") or m.group("unit3")
    share = Fraction(1, 4) if fraction.lower() == "quarter" else Fraction(1, 2)
    value = duration_value([(share, _unit(unit))])
    return [_Piece(m.start(), m.end(), value, TimexType.DURATION, mod)]


def _r_ago(m: re.Match[str], ctx: _Context) -> list[_Piece]:
    amount = _number(m.group("num1"))
    if amount is None or amount.denominator != 1:
        return []
    direction = " ".join(m.group("dir").lower().split())
    sign = -1 if direction in {"ago", "earlier"} else 1
    anchor = ctx.published
    if direction in {"later", "earlier"} and ctx.state.last_date is not None:
        anchor = _counting_anchor(ctx.state, _unit(m.group("unit1")))
    value = shift_value(anchor, sign * int(amount), _unit(m.group("unit1")))
    if m.group("today") and value is not None:  # "sixty years ago today": that very day
        value = _same_day_shifted(anchor, sign * int(amount), _unit(m.group("unit1")))
    if value is None:
        return []
    mod_words = _mod_words(m)
    mod: Mod | None = None
    if mod_words:
        kind = lex.DURATION_MODS.get(mod_words)
        if kind is Mod.APPROX:
            mod = Mod.APPROX
        elif kind is Mod.MORE_THAN:
            mod = Mod.BEFORE if sign < 0 else Mod.AFTER
        else:
            mod = Mod.AFTER if sign < 0 else Mod.BEFORE
    # "two months later" names a month as much as "in May" does: "later that
    # month" after it is that month
    names_month = _unit(m.group("unit1")) == "M" and len(value) == 7
    return [_Piece(m.start(), m.end(), value, TimexType.DATE, mod, names_month)]


def _counting_anchor(state: _State, unit: str) -> dt.date:
    """Return the date "two weeks later" counts from: the last date, told to the day.

    Days and weeks count from a day: after "Sept. 11 ... by the end of the
    year", "two weeks later" counts from Sept. 11, not from the year's first day.
    """
    assert state.last_date is not None
    if state.heading is not None and state.heading[1] == state.last_year_end:
        before = state.heading[0]  # the heading is the entry's day, not the start of the count
        if before is not None:
            return before
    coarse = state.last_day is None or state.last_day[0] != state.last_date
    if unit in {"D", "W"} and coarse and state.last_day is not None:
        return state.last_day[0]
    return state.last_date


def _same_day_shifted(anchor: dt.date, amount: int, unit: str) -> str | None:
    """Return the day ``amount`` years, months or weeks from ``anchor``, as a day value."""
    if unit not in {"Y", "M", "W"} or not 1 <= anchor.year + amount <= 9999:
        return None
    if unit == "W":
        return date_value(shift_day(anchor, days=7 * amount))
    return date_value(shift_day(anchor, **{"years" if unit == "Y" else "months": amount}))


_RESOLVE: dict[str, Callable[[re.Match[str], _Context], list[_Piece]]] = {
    "clock_date": _r_month_day,
    "clock_day_month": _r_month_day,
    "month_day": _r_month_day,
    "month_day_rel": _r_month_day_rel,
    "month_day_pair": _r_month_day_pair,
    "day_month": _r_month_day,
    "iso_date": _r_iso_date,
    "slash_date": _r_slash_date,
    "nth": _r_nth,
    "month_year": _r_month_year,
    "month_rel": _r_month_rel,
    "month_anaphoric_year": _r_month_anaphoric_year,
    "month_bare": _r_month_bare,
    "year_range": _r_year_range,
    "year": _r_year,
    "decade": _r_decade,
    "century": _r_century,
    "century_word": _r_century,
    "century_half": _r_century_half,
    "quarter": _r_quarter,
    "season_year": _r_season_year,
    "relative": _r_relative,
    "in_the": _r_in_the,
    "same_day": _r_same_day,
    "adjacent_day": _r_adjacent_day,
    "same_day_part": _r_same_day,
    "in_the_part": _r_same_day,
    "deictic": _r_deictic,
    "weekday": _r_weekday,
    "clock": _r_clock,
    "clock_military": _r_clock,
    "ago": _r_ago,
    "span": _r_span,
    "half": _r_half,
    "adjectival": _r_duration,
    "duration": _r_duration,
}


def _remember_told_day(ctx: _Context, piece: _Piece) -> None:
    """Record a day named as when something happened, not inside a background phrase.

    "Lee and Takaichi met on Sunday, their second encounter after their first
    summit in Gyeongju on 30 October. In his meeting with Li the same day":
    Sunday; "the strategy announced on November 11" is no such day either.
    """
    day = None if piece.type is TimexType.DURATION else _piece_day(piece)
    if day is not None and not _in_background_phrase(ctx, piece.start):
        ctx.state.told_day = (day, piece.end)


def _in_background_phrase(ctx: _Context, start: int) -> bool:
    """Whether the day at ``start`` lies in a phrase like "after their first summit on ...".

    A preposition of time order heading a noun phrase in the day's own clause;
    not one opening a clause of its own ("days after Shimane held a ceremony
    on Friday ... the same day" is that Friday).
    """
    sentence = ctx.segmentation.sentence_at(start)
    low = max(sentence.start if sentence is not None else 0, start - 120)
    marker = _BACKGROUND_PHRASE.search(ctx.text, low, start)
    if marker is None:
        return False
    here, there = ctx.clause_of(start), ctx.clause_of(marker.start())
    if here is None or there is None or here[1] != there[1]:
        return False
    parse, number = here
    return parse.phrases.tokens[parse.clauses[number].first].start < marker.start()


_BACKGROUND_PHRASE = re.compile(
    r"\b(?:after|since|following|followed|before|preceding|preceded|in\s+the\s+wake\s+of|amid|"
    r"ahead\s+of)\b[^,;:.!?]*$",
    re.IGNORECASE,
)
"""A preposition or verb of time order, then no clause break up to the day ("the
meeting followed their telephone talks on Oct. 2", "in the wake of the North's Feb. 12
test": those days are background)."""


def _remember(state: _State, piece: _Piece) -> None:
    """Record what a resolved date tells later anaphoric expressions."""
    if piece.type is TimexType.DURATION or piece.value.endswith("-WI"):
        return  # a winter spans two years: it gives later dates neither
    value = piece.value.split("/")[0]
    week = _VALUE_WEEK.match(value)
    if week:
        try:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return
        state.last_year = monday.year
        state.last_year_end = piece.end
        state.last_date = monday
        return
    found = _VALUE_DATE.match(value)
    if not found or (len(value) > 4 and value[4] not in "-T"):
        return
    year = int(found.group(1))
    month = int(found.group(2)) if found.group(2) else None
    day = int(found.group(3)) if found.group(3) else None
    if year < 1:
        return
    state.last_year = year
    state.last_year_end = piece.end
    first = calendar_day(year, month or 1, day or 1)
    if first is None:
        return
    state.last_date = first
    if month is not None and piece.names_month:
        state.last_month = (year, month)
        if day is None:
            state.month_only_end = piece.end
    if day is not None:
        state.last_day = (first, piece.end)


# --------------------------------------------------------------------------
# The stage
# --------------------------------------------------------------------------


def _skipped_ranges(
    segmentation: Segmentation, kinds: frozenset[FurnitureKind] = _SKIPPED_FURNITURE
) -> tuple[list[int], list[int]]:
    """Return merged furniture ranges of ``kinds``, as sorted starts and ends."""
    ranges = sorted((r.start, r.end) for r in segmentation.furniture if r.kind in kinds)
    starts: list[int] = []
    ends: list[int] = []
    for start, end in ranges:
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends




def _skipped(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Return whether ``[start, end)`` overlaps a skipped range."""
    index = bisect.bisect_right(starts, end - 1) - 1
    return index >= 0 and ends[index] > start


_RULE_WORD = re.compile(r"[\w'’]+")


class _Words:
    """Where each word of a text starts (words as the rules' boundaries see them)."""

    def __init__(self, text: str) -> None:
        index: dict[str, list[int]] = {}
        for found in _RULE_WORD.finditer(text):
            index.setdefault(found.group(), []).append(found.start())
        self.open: list[int] = []  # words that every rule may start at
        self.by_word: dict[str, list[int]] = {}  # the others, by lower case
        self._by_prefixes: dict[tuple[str, ...], list[int]] = {}
        self._sorted: list[str] = []  # the words of by_word, sorted, made on first use
        for word, starts in index.items():
            if not word.isascii() or not (word[0].isalpha()):
                self.open.extend(starts)
            else:
                self.by_word.setdefault(word.lower(), []).extend(starts)

    def starts(self, prefixes: tuple[str, ...]) -> list[int]:
        """Return, in text order, where a rule with these word prefixes may match."""
        found = self._by_prefixes.get(prefixes)
        if found is None:
            found = list(self.open)
            for word in self._words_with(prefixes):
                found.extend(self.by_word[word])
            found.sort()
            self._by_prefixes[prefixes] = found  # rules share their first words
        return found

    def _words_with(self, prefixes: tuple[str, ...]) -> set[str]:
        """Return the words of :attr:`by_word` that start with one of ``prefixes``."""
        if not self._sorted:
            self._sorted = sorted(self.by_word)
        words = self._sorted
        found: set[str] = set()
        for prefix in prefixes:
            index = bisect.bisect_left(words, prefix)
            while index < len(words) and words[index].startswith(prefix):
                found.add(words[index])
                index += 1
        return found

    def tense_starts(self) -> list[int]:
        """Return, in text order, where a tense marker may match.

        A marker starts with a word of :data:`_TENSE_FIRST` or one ending
        in "ed" ("met", "visited") or "'ll" ("they'll").
        """
        found = list(self.open)
        for word, starts in self.by_word.items():
            if word in _TENSE_FIRST or word.endswith(("ed", "'ll")):
                found.extend(starts)
        found.sort()
        return found


# The first words of the tense markers (lex.TENSE_MARKERS) other than those
# ending in "ed" or "'ll"; words with "’" are outside ASCII, always tried.
_TENSE_FIRST = frozenset(
    {"will", "won't", "shall", "wo", "going", "is", "are", "am", "plan", "plans", "intend",
     "intends", "upcoming", "to", "next", "coming", "set", "scheduled", "slated", "planned",
     "due", "ends", "expires", "begins", "starts", "leaves", "opens", "closes", "departs",
     "concludes"}
    | lex.PAST_WORDS
)


def _pattern_matches(
    pattern: re.Pattern[str], text: str, starts: list[int]
) -> list[re.Match[str]]:
    """Return what ``pattern.finditer(text)`` yields, given every offset a match may start at."""
    matches: list[re.Match[str]] = []
    pos = 0
    for start in starts:
        if start < pos:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        if match.end() <= start:
            return list(pattern.finditer(text))  # empty matches: the plain way
        matches.append(match)
        pos = match.end()
    return matches


def _rule_matches(rule: lex.Rule, text: str, words: _Words) -> list[re.Match[str]]:
    """Return what ``rule.pattern.finditer(text)`` yields, trying only where it may match."""
    prefixes = lex.RULE_STARTS.get(rule.name)
    if prefixes is None:
        return list(rule.pattern.finditer(text))
    return _pattern_matches(rule.pattern, text, words.starts(prefixes))


def _candidates(
    text: str, starts: list[int], ends: list[int], words: _Words | None = None
) -> list[_Candidate]:
    """Run every rule and return the accepted matches, leftmost-longest first."""
    found: list[_Candidate] = []
    if words is None:
        words = _Words(text)
    for rank, rule in enumerate(lex.RULES):
        accept = _ACCEPT.get(rule.name)
        for match in _rule_matches(rule, text, words):
            start, end = match.span()
            if end <= start or _skipped(starts, ends, start, end):
                continue
            if accept is not None and not accept(text, match):
                continue
            found.append(_Candidate(start, end, rank, rule.name, match))
    found.sort(key=lambda c: (c.start, c.start - c.end, c.rank))
    return found


def find_timexes(document: Document, segmentation: Segmentation) -> tuple[TemporalExpression, ...]:
    """Find temporal expressions and resolve them against ``document.published``.

    :param document: the article; its ``published`` date anchors every
        relative expression.
    :param segmentation: the output of :func:`kjrel.pipeline.segment.segment`;
        its sentences give the tense context and its furniture ranges
        (links, credits, captions, prompts, bylines) are skipped.
    :returns: the expressions in text order, without overlaps, each with a
        TIMEX3 value, type and mod. Expressions whose value would fall
        outside the years 1 to 9999 are left out; the function does not raise
        on any text.
    """
    text = document.text
    starts, ends = _skipped_ranges(segmentation)
    dl_starts, dl_ends = _skipped_ranges(segmentation, frozenset({FurnitureKind.DATELINE}))
    words = _Words(text)
    context = _Context(text, segmentation, _State(document.published), words=words)
    result: list[TemporalExpression] = []
    bare_clocks: list[int] = []
    quoted_deixis: list[int] = []
    last_end = -1
    for candidate in _candidates(text, starts, ends, words):
        if candidate.start < last_end:
            continue
        try:
            pieces = _RESOLVE[candidate.rule](candidate.match, context)
        except (ValueError, OverflowError, KeyError, ZeroDivisionError):
            pieces = []
        if not pieces:
            continue
        last_end = candidate.end
        alone = _alone_on_line(text, candidate.start, candidate.end)
        if (candidate.rule in ("clock", "clock_military")
                and not candidate.match.groupdict().get("wd") and not alone):
            bare_clocks.append(len(result))
        if _spoken_deixis(candidate.rule, candidate.match) and in_quotation(
            text, candidate.start
        ):
            quoted_deixis.append(len(result))
        for piece in pieces:
            if _heading_line(text, piece.start, piece.end) and _VALUE_DAY.match(piece.value):
                context.state.heading = (context.state.last_date, piece.end)
            _remember(context.state, piece)
            _remember_told_day(context, piece)
            if alone and len(pieces) == 1:
                _remember_page_day(context.state, piece)
            if _skipped(dl_starts, dl_ends, piece.start, piece.end):
                _remember_dateline_day(context.state, piece)
            result.append(
                TemporalExpression(
                    span=Span(document.id, piece.start, piece.end),
                    text=text[piece.start : piece.end],
                    value=piece.value,
                    type=piece.type,
                    mod=piece.mod,
                )
            )
    result = _spoken_days(text, result, quoted_deixis, segmentation)
    return tuple(_parts_of_days(text, _clock_days(text, result, bare_clocks, segmentation)))


def _spoken_deixis(rule: str, m: re.Match[str]) -> bool:
    """Whether a match is a speaker's "today", "last night" or "this week", counted from now.

    Not "later today" (counted from the day last told) nor "the end of this week".
    """
    groups = m.groupdict()
    if groups.get("lat"):
        return False
    if rule == "deictic":
        return True
    return (rule == "relative" and not groups.get("pos")
            and " ".join(m.group("rel").lower().split()) == "this"
            and m.group("unit").lower() == "week")


def _spoken_days(
    text: str,
    found: list[TemporalExpression],
    quoted: list[int],
    segmentation: Segmentation,
) -> list[TemporalExpression]:
    """Count a speaker's "today" or "yesterday" from the day the sentence says they spoke.

    ANNOTATION.md: "Today's summit" in a quote is "the day the quote was
    spoken, as the text says". '"Today marks a new beginning," Kishida said
    on March 16' names that day outside the quotation marks, before or after
    the quote; a sentence naming no day, or several, leaves the expression
    as it was resolved.
    """
    for index in quoted:
        deixis = found[index]
        sentence = segmentation.sentence_at(deixis.span.start)
        if sentence is None:
            continue
        days = {t.value[:10] for t in _days_in(found, sentence)
                if not in_quotation(text, t.span.start)}
        if len(days) != 1:
            continue
        spoken = dt.date.fromisoformat(days.pop())
        found[index] = attrs.evolve(deixis, value=_counted_from(deixis, spoken))
    return found


def _days_in(found: list[TemporalExpression], sentence: Sentence) -> list[TemporalExpression]:
    """Return the expressions of ``found`` in ``sentence`` whose value is a day (or a time)."""
    return [t for t in found
            if sentence.start <= t.span.start < sentence.end and _VALUE_DAY.match(t.value)]


def _counted_from(deixis: TemporalExpression, spoken: dt.date) -> str:
    """Return the value of a deictic expression counted from ``spoken``, its part of day kept."""
    words = " ".join(deixis.text.lower().split())
    if words == "this week":
        return iso_week(spoken)
    word = next((w for w in _DEICTIC_SHIFT if words.startswith(w)), "")
    day = shift_day(spoken, days=_DEICTIC_SHIFT.get(word, 0))
    part = deixis.value.partition("T")[2]
    return f"{date_value(day)}T{part}" if part else date_value(day)


_LINE_LABEL = re.compile(
    r"(?:(?:last[^\S\r\n]+)?(?:updated|published|posted|modified|first[^\S\r\n]+published"
    r"|date|time)[^\S\r\n]*:?)?[^\w\r\n]*",
    re.IGNORECASE,
)


def _heading_line(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` heads a part ("SEOUL, May 7", "May 7, 2023 - Seoul").

    A short line where no sentence ends, with no label or clock time (not a
    page's "Updated: May 7, 18:16" stamp).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return is_heading_line(line) and ":" not in line


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Return whether ``[start, end)`` fills its line but for a label ("Updated:") and marks."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if start - line_start > 40:
        return False
    before = text[line_start:start].strip()
    after = text[end:line_end].strip(" \t\r|·-–—,.;:()[]")
    return not after and _LINE_LABEL.fullmatch(before) is not None


def _piece_day(piece: _Piece) -> dt.date | None:
    """Return the day a piece's value names, if it names one ("2024-05-26", "...T18:05")."""
    match = _VALUE_DAY.match(piece.value)
    return None if match is None else dt.date.fromisoformat(match.group())


def _remember_dateline_day(state: _State, piece: _Piece) -> None:
    """Record the dateline's day (the day the story was filed) within a month of publication."""
    day = _piece_day(piece)
    if day is None or state.dateline_day is not None:
        return
    if abs((day - state.published).days) <= 31:
        state.dateline_day = day


def _remember_page_day(state: _State, piece: _Piece) -> None:
    """Record the day of a date line: a page time stamp, or a live blog's day header."""
    day = _piece_day(piece)
    if day is None:
        return
    state.page_day = day
    if "T" not in piece.value:
        state.header_day = day


_PART_OF = re.compile(
    r"\bthe\s+(?P<part>morning|afternoon|evening|night)\s+of\s+$", re.IGNORECASE
)


def _parts_of_days(text: str, found: list[TemporalExpression]) -> list[TemporalExpression]:
    """Take "the afternoon of" into the day expression after it.

    "the afternoon of Dec. 20" is ``2018-12-20TAF``; "the evening of the same
    day" is that day's evening.
    """
    out: list[TemporalExpression] = []
    for timex in found:
        start = timex.span.start
        before = _PART_OF.search(text, max(0, start - 20), start)
        if before is None or timex.type is not TimexType.DATE or not _VALUE_DAY.fullmatch(
            timex.value
        ):
            out.append(timex)
            continue
        part = lex.PARTS_OF_DAY[before.group("part").lower()]
        first = before.start()
        out.append(attrs.evolve(
            timex,
            span=Span(timex.span.doc_id, first, timex.span.end),
            text=text[first : timex.span.end],
            value=f"{timex.value}T{part}",
            type=TimexType.TIME,
        ))
    return out


_SINCE_OPEN = re.compile(r"\bsince\b(?:[^,;:.()]|\.(?=[A-Z-]))*\Z", re.IGNORECASE)
"""A "since" phrase still open before a day: the day starts a period that has begun
(its tense is past), and it is not the day of what the sentence times ("talked from
3:30 p.m., their first meeting since Lee took office on June 4")."""


def _clock_days(
    text: str, found: list[TemporalExpression], clocks: list[int], segmentation: Segmentation
) -> list[TemporalExpression]:
    """Give each bare clock time the day named nearest to it in its own sentence, if any.

    "The talks began at 9:10 a.m. (local time) on March 16": the time is on
    March 16, named after it. A day in a "since" phrase starts a period and
    is not one. Without such a day the clock keeps the day it was resolved
    with (the last day named, or publication).
    """
    for index in clocks:
        clock = found[index]
        sentence = segmentation.sentence_at(clock.span.start)
        if sentence is None:
            continue
        days = [
            t for t in _days_in(found, sentence)
            if t is not clock and not _SINCE_OPEN.search(text, sentence.start, t.span.start)
        ]
        if not days:
            continue
        nearest = min(days, key=lambda t: abs(t.span.start - clock.span.start))
        time = clock.value.partition("T")[2]
        found[index] = attrs.evolve(clock, value=f"{nearest.value[:10]}T{time}")
    return found
