"""Word lists and patterns of the temporal stage, kept as data.

The stage is a small matcher: a table of named, compiled regular
expressions (:data:`RULES`), each built from named fragments
(:data:`FRAGMENTS`) that are spelled once here. The stage's code
(:mod:`kjrel.pipeline.temporal`) runs every rule over the text, keeps the
leftmost-longest non-overlapping matches and resolves them with the pure
arithmetic of :mod:`kjrel.pipeline.temporal_resolve`.

Every quantifier in these patterns is bounded and no quantified group
contains another quantifier over overlapping characters, so each attempt at
a position costs a bounded amount of work and a whole scan runs in time
linear in the length of the text. Every pattern starts with a look-behind
that refuses to start inside a word or a number, so long runs of letters or
digits are passed over at constant cost per character.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kjrel.models import Mod

__all__ = [
    "BARE_MONTH_CUES",
    "CLAUSE_BOUNDARY",
    "CLOCK_MODS",
    "CLOCK_PREPOSITIONS",
    "COUNT_NOUNS",
    "DATELINE_HEAD",
    "DURATION_CUES",
    "DURATION_FOLLOWERS",
    "DURATION_MODS",
    "FRAGMENTS",
    "MILESTONE_NOUNS",
    "MONTHS",
    "NOT_PAST_ED",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "PARTS_OF_DAY",
    "PAST_WORDS",
    "POSITION_MODS",
    "QUANTITY_CHANGE",
    "RULES",
    "RULE_EXAMPLES",
    "RULE_STARTS",
    "SEASONS",
    "SEASON_FIRST_MONTHS",
    "TENSE_MARKERS",
    "TENSE_PATTERN",
    "TIME_ZONES",
    "UNITS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "YEAR_BLOCKERS",
    "YEAR_CUES",
    "Example",
    "Rule",
    "weekday_number",
]

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
"""Month names and their press abbreviations (lower case, no period) -> month."""

_FULL_MONTHS = [name for name, _ in sorted(MONTHS.items(), key=lambda kv: kv[1]) if len(name) > 4
                or name in {"may", "june", "july"}]
_ABBR_MONTHS = ["Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
"""Weekday names (lower case) -> Python weekday number (Monday = 0)."""

TIME_ZONES: tuple[str, ...] = (
    "JST", "KST", "GMT", "UTC", "EST", "EDT", "ET", "PST", "PDT", "PT", "CST", "CDT", "CT",
    "MST", "MDT", "MT", "AKDT", "HST", "CET", "CEST", "BST", "WET", "WEST", "EET", "EEST",
    "MSK", "HKT", "SGT", "MYT", "PHT", "ICT", "WIB", "AEST", "AEDT", "ACST", "AWST", "NZST",
    "NZDT", "IST", "SAST", "CAT", "BRT", "ART", "PET", "CLT",
)
"""Time zones as pages print them after a clock (capitals only): East Asia, the
Americas, Europe, and the hosts of G7, G20, APEC and ASEAN meetings (Mountain
time at Kananaskis, SAST at Johannesburg, PET at Lima, ICT at Vientiane)."""

WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}
"""Abbreviated weekdays (lower case, no period) -> weekday number: read only
right before a date ("Thu 16 Mar 2023", "Mon December 28, 2015"), where
"Sun" cannot be a newspaper."""


def weekday_number(word: str) -> int:
    """Return the weekday number of a weekday's name or abbreviation ("Thu.", "Friday")."""
    key = word.rstrip(".").lower()
    return WEEKDAYS[key] if key in WEEKDAYS else WEEKDAY_ABBREVIATIONS[key]

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}
"""Parts of the day -> TIMEX3 part-of-day codes."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
"""Seasons -> TIMEX3 season codes."""

SEASON_FIRST_MONTHS: dict[str, int] = {
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
}
"""Seasons -> their first month, to place a season by tense as a month is placed."""

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "one hundred": 100,
}
"""Number words -> values ("twenty-five" is read as twenty plus five)."""

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
"""Ordinal words used for quarters, halves and centuries -> values
("last" is the fourth quarter or, for halves, the second half)."""

UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D",
    "week": "W", "fortnight": "FN", "month": "M", "year": "Y",
    "decade": "DE", "century": "CE", "centurie": "CE",
}
"""Units of duration (singular, or plural with the final "s" removed) ->
internal unit codes (``MIN`` minutes, ``FN`` fortnights, ``DE`` decades,
``CE`` centuries; the others are their ISO 8601 designators)."""

CLOCK_MODS: dict[str, Mod] = {
    "about": Mod.APPROX, "around": Mod.APPROX, "approximately": Mod.APPROX,
    "roughly": Mod.APPROX, "just before": Mod.BEFORE, "shortly before": Mod.BEFORE,
    "just after": Mod.AFTER, "shortly after": Mod.AFTER,
}
"""Words before a clock time, part of its span, and the mod they give ("just before noon")."""

DURATION_MODS: dict[str, Mod | None] = {
    "about": Mod.APPROX, "around": Mod.APPROX, "approximately": Mod.APPROX,
    "roughly": Mod.APPROX, "some": Mod.APPROX, "nearly": Mod.APPROX,
    "almost": Mod.APPROX, "close to": Mod.APPROX, "an estimated": Mod.APPROX,
    "more than": Mod.MORE_THAN, "over": Mod.MORE_THAN, "just over": Mod.MORE_THAN,
    "well over": Mod.MORE_THAN, "longer than": Mod.MORE_THAN,
    "upwards of": Mod.MORE_THAN, "upward of": Mod.MORE_THAN,
    # ANNOTATION.md: "less than a year" is P1Y with LESS_THAN.
    "less than": Mod.LESS_THAN, "fewer than": Mod.LESS_THAN, "under": Mod.LESS_THAN,
    "just under": Mod.LESS_THAN, "shorter than": Mod.LESS_THAN,
}
"""Qualifiers before an amount of time -> the TIMEX3 ``mod`` of a duration.

Before "ago" the same words give ``APPROX`` (approximate words),
``BEFORE`` ("more than two years ago") or ``AFTER`` ("less than a year ago").
"""

POSITION_MODS: dict[str, Mod] = {
    "early": Mod.START, "beginning": Mod.START, "start": Mod.START,
    "late": Mod.END, "end": Mod.END, "close": Mod.END,
    "mid": Mod.MID, "middle": Mod.MID,
    "first": Mod.START, "second": Mod.END, "latter": Mod.END,
}
"""Words placing a point inside a period ("early October", "the end of
September", "mid-March", "the first half of January") -> TIMEX3 ``mod``."""

BARE_MONTH_CUES: frozenset[str] = frozenset(
    {
        "in", "since", "until", "till", "by", "from", "to", "through",
        "throughout", "during", "before", "after", "between", "and", "or",
        "of", "as", "last", "next", "this", "that", "early", "late", "mid",
        "around", "on", "circa", "for",
    }
)
"""Words after which a bare month name ("in October", "set for March") is read as a date.

Elsewhere a lone capitalised month name may be a person's name ("April",
"June") or a verb at a sentence start ("May"), so it is left alone.
"""

SUCCESSION_WORDS: frozenset[str] = frozenset(
    {"again", "later", "then", "subsequently", "afterwards", "afterward", "next", "second",
     "third", "fourth", "another", "followed", "following", "after"}
)
"""Words that tell the next event of a narrative as later than the one before.

"on Nov. 2 last year and again in March": a bare month after one of these
that falls before the earlier date's month is in the year after it.
"""

DURATION_CUES: frozenset[str] = frozenset(
    {
        "for", "within", "after", "in", "over", "past", "last", "spent",
        "took", "lasted", "lasting", "than", "about", "nearly", "almost",
        "around", "roughly", "some", "just", "only", "under", "another",
        "whole", "entire", "full", "extra",
    }
)
"""Words after which "a year", "an hour" or "one day" is a duration (and
not "once a year" or "one day, we will ...")."""

CLOCK_PREPOSITIONS: frozenset[str] = frozenset(
    {"at", "from", "to", "until", "till", "by", "around", "about", "after", "before", "since",
     "between", "and", "past", "near", "approximately", "roughly", "shortly", "nearly"}
)
"""Words before a bare clock time ("at 12:30", "at noon") that make it one."""

DURATION_FOLLOWERS: frozenset[str] = frozenset({"after", "before", "long"})
"""Words before which "a week" or "one day" is a duration ("a week after the
talks", "a day before the vote")."""

YEAR_CUES: frozenset[str] = frozenset(
    {
        "in", "since", "until", "till", "by", "from", "to", "before", "after",
        "of", "during", "through", "between", "and", "circa", "year", "early",
        "late", "mid", "the", "'s", "’s", "around",
    }
)
"""Words after which a four-digit number outside 1800-2100 is still a year."""

YEAR_BLOCKERS: frozenset[str] = frozenset(
    {
        "no", "number", "article", "articles", "resolution", "route", "flight",
        "room", "chapter", "section", "paragraph", "item", "model", "code",
        "page", "pages", "vol", "volume", "issue", "bill", "case", "exit",
        "gate", "line", "platform", "rule", "version", "type", "class",
        "unit", "units", "kospi", "nikkei", "index", "at", "hill",
    }
)
"""Words after which a four-digit number is not a year ("Resolution 1718",
"No. 2012")."""

QUANTITY_CHANGE: re.Pattern[str] = re.compile(
    r"(?<![\w'’])(?:rose|risen|fell|fallen|increased|decreased|climbed|dropped|grew|grown"
    r"|jumped|surged|declined|reduced|cut|raised|expanded|up|down|doubled|tripled)"
    r"[^\S\r\n]{1,3}to[^\S\r\n]{1,3}\Z",
    re.IGNORECASE,
)
"""A change of quantity before "to", after which a four-digit number is an
amount, not a year ("rose to 2000"); other years after "to" are kept
("from 2012 to 2020", "postponed to 2025")."""

COUNT_NOUNS: frozenset[str] = frozenset(
    {
        "troops", "soldiers", "people", "persons", "residents", "workers",
        "victims", "students", "members", "officials", "units", "missiles",
        "won", "yen", "dollars", "euros", "yuan", "tons", "tonnes", "km",
        "kilometers", "kilometres", "miles", "meters", "metres", "feet", "kg",
        "barrels", "cases", "votes", "seats", "words", "pages", "copies",
        "points", "vehicles", "cars", "ships", "aircraft", "jets", "planes",
        "households", "companies", "firms", "items", "percent", "per",
        "protesters", "participants", "delegates", "visitors", "tourists",
        "applications", "documents", "laborers", "labourers", "women", "men",
        "children", "times", "hours", "minutes", "days", "years", "won's",
        "employees", "jobs", "rounds", "shells", "sites", "cities", "homes",
    }
)
"""Nouns that make a preceding four-digit number a count ("2000 troops")."""

MILESTONE_NOUNS: frozenset[str] = frozenset(
    {"milestone", "anniversary", "mark", "jubilee", "birthday"}
)
"""Nouns after which "six-decade" names an anniversary, not a duration."""

PAST_WORDS: frozenset[str] = frozenset(
    {
        "was", "were", "had", "did", "ago", "met", "held", "made", "took",
        "went", "came", "left", "began", "became", "gave", "told", "saw",
        "said", "sought", "brought", "thought", "spoke", "wrote", "won",
        "lost", "sent", "spent", "led", "fled", "fell", "rose", "ran", "stood",
        "struck", "kept", "felt", "paid", "sold", "bought", "built", "drew",
        "grew", "knew", "threw", "chose", "broke", "flew", "arose", "forgot",
        "heard", "meant", "understood", "withdrew", "undertook", "overtook",
        "laid", "sat", "shook", "taught", "caught", "fought", "wore", "hung",
        "got", "dealt", "bore", "swore", "stole", "hid", "froze", "woke",
        "forgave", "foresaw", "underwent", "oversaw", "upheld", "withheld",
        "didn't", "wasn't", "weren't", "hadn't", "would", "wouldn't",
    }
)
"""Past-tense verb forms that are not regular "-ed" forms (lower case).

"would" is counted as past: in reported speech it is the past of "will".
"""

NOT_PAST_ED: frozenset[str] = frozenset(
    {
        "need", "needed", "feed", "seed", "speed", "bed", "red", "shed",
        "indeed", "proceed", "exceed", "succeed", "hundred", "embed", "bred",
        "breed", "greed", "creed", "weed", "led", "fled", "wed", "sled", "shred",
        "steed", "heed", "deed", "reed", "tweed", "sacred", "kindred",
        "scheduled", "expected", "planned", "slated", "intended", "supposed",
        "set", "united", "limited", "alleged", "so-called", "naked", "wicked",
        "rugged", "ragged", "beloved", "learned", "aged", "armed", "advanced",
        "developed", "divided", "disputed", "detailed", "related", "dedicated",
        "based", "concerned", "interested", "involved", "skilled", "talented",
        "unprecedented", "long-awaited", "renewed", "increased", "reduced",
        "proposed", "designated", "continued", "sustained", "undisputed",
    }
)
"""Words ending in "-ed" that do not mark the past tense (adjectives,
nouns, and participles used as adjectives); lower case."""

TENSE_MARKERS: str = (
    r"(?<![\w'’])(?:"
    r"(?P<fut>will|won['’]t|shall|wo\s{0,2}n['’]t|[a-z]{1,12}['’]ll|going\s{1,3}to"
    r"|(?:is|are|am)\s{1,3}(?:set|scheduled|expected|due|slated|poised|planning|going"
    r"|likely|about|to)"
    r"|plans?\s{1,3}to|intends?\s{1,3}to|upcoming|to\s{1,3}be\s{1,3}held|next|coming"
    r"|(?:set|scheduled|slated|planned|due)\s{1,3}(?:for|on)|(?:scheduled|slated)\s{1,3}to"
    r"|due\s{1,3}to\s{1,3}(?:expire|end|begin|start|take|be|hold|meet|visit|open|close|leave))"
    # The present of scheduled events: "whose term ends in May" (weak, like
    # reporting verbs: any other marker of the clause wins over it).
    r"|(?P<sched>ends|expires|begins|starts|leaves|opens|closes|departs|concludes)"
    r"|(?P<past>[a-z]{2,20}ed|"
    + "|".join(sorted(PAST_WORDS, key=len, reverse=True)).replace("'", "['’]")
    + r")"
    r")(?![\w'’])"
)
"""The pattern that finds tense markers near a temporal expression.

A ``fut`` match marks the future; a ``sched`` match (the present of a
scheduled event) too, but only when nothing else in the clause marks a
tense; a ``past`` match marks the past unless it is a word of
:data:`NOT_PAST_ED`.
"""

# --------------------------------------------------------------------------
# Pattern fragments
# --------------------------------------------------------------------------


def _alternation(words: list[str]) -> str:
    """Return a non-capturing alternation, longest words first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _cased(words: list[str]) -> str:
    """Return a case-sensitive alternation of Capitalised and UPPER forms."""
    forms = [w.capitalize() for w in words] + [w.upper() for w in words]
    return "(?-i:" + _alternation(forms)[3:]


_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
          "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

FRAGMENTS: dict[str, str] = {
    # Boundaries: never start inside a word; numbers never inside a number.
    "L": r"(?<![\w'’])",
    "NL": r"(?<![\w'’.,$€£¥₩\-–])",
    "R": r"(?![\w])",
    # One to three blanks, never a line break; and zero to three.
    "SP": r"[^\S\r\n]{1,3}",
    "OSP": r"[^\S\r\n]{0,3}",
    "DASH": r"[^\S\r\n]{0,2}[-–‐][^\S\r\n]{0,2}",
    "MONTH_FULL": _cased(_FULL_MONTHS) + r"(?!\w)",
    "MONTH": "(?:" + _cased(_FULL_MONTHS) + r"(?!\w)|(?-i:" + "|".join(_ABBR_MONTHS)
    + r"|" + "|".join(a.upper() for a in _ABBR_MONTHS) + r")(?:\.|(?![\w])))",
    "WEEKDAY": _cased(list(WEEKDAYS)) + r"(?!\w)",
    # A weekday before a date may be abbreviated ("Thu 16 Mar 2023", "Mon Dec. 28").
    "WD": "(?:" + _cased(list(WEEKDAYS)) + r"(?!\w)|" + _cased(list(WEEKDAY_ABBREVIATIONS))
    + r"(?:\.|(?!\w)))",
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])",
    "YEAR": r"(?:1\d{3}|2[01]\d{2})(?![\w])(?![.,]\d)",
    "TZ": "(?-i:" + "|".join(sorted(TIME_ZONES, key=len, reverse=True)) + r")(?![\w])",
    # 18:19, 9:30pm, 1 p.m., 10 AM, 12:00 noon, noon, midnight; then a zone as written.
    # An hour alone needs a.m. or p.m. (the look-ahead), so "at 5" is no time.
    "AMPM": r"(?-i:[ap]\.m\.|[ap]\.m(?![\w])|[ap]m(?![\w])|[AP]\.M\.|[AP]M(?![\w]))",
    # "09.12 GMT" and "5.50pm": a dotted time only with its zone or a.m./p.m.;
    # "4 o'clock", seconds in "11:37:12".
    "CLOCK": r"(?:(?P<noon>(?:12(?::00)?[^\S\r\n]{1,2})?noon|midnight)(?![\w])"
    r"|(?=\d{1,2}(?::[0-5]\d|\.[0-5]\d[^\S\r\n]{0,2}(?:{AMPM}|{TZ})"
    r"|[^\S\r\n]{0,2}(?:{AMPM}|o['’]clock(?![\w]))"
    r"|[^\S\r\n]{1,2}(?:this[^\S\r\n]{1,2}(?:morning|afternoon|evening)|tonight)(?![\w])))"
    r"(?P<hour>[01]?\d|2[0-3])"
    r"(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?(?![\d:])"
    r"(?:[^\S\r\n]{0,2}(?:(?P<ampm>{AMPM})|o['’]clock(?![\w])))?)"
    r"(?:[^\S\r\n]{1,3}(?P<tz>{TZ}|(?-i:GMT|UTC)[+\-−]\d{1,2}(?::?\d\d)?))?",
    # Between a date and its clock time: ", ", " at ", " - ", " | ", " / ", " · ".
    "CLOCK_SEP": r"(?:,?{SP}(?:at{SP})?|{OSP}[-–|/·•]{OSP}|,{OSP})",
    "NUMWORD": "(?:" + _alternation(_TENS) + r"(?:[-‐ ]" + _alternation(_ONES) + r")?|"
    + _alternation(_TEENS + _ONES) + r"|a\s{1,2}dozen|dozen|a\s{1,2}hundred|one\s{1,2}hundred)"
    + r"(?![\w])",
    "NUMBER": r"(?:\d{1,3}(?:,\d{3}){1,2}(?![\d,])|\d{1,6}(?:\.\d{1,2})?(?![\w,])|{NUMWORD})",
    "NUM": r"(?:{NUMBER}|an?(?![\w]))",
    "UNIT": r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?"
    r"|decades?|century|centuries)(?![\w])",
    "UNIT1": r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century)",
    "HALF": r"{SP}and{SP}a{SP}half",
    "MOD": _alternation(list(DURATION_MODS)).replace(r"\ ", "{SP}"),
    "CMOD": _alternation(list(CLOCK_MODS)).replace(r"\ ", "{SP}"),
    "POS": r"(?P<pos>(?:the{SP})?(?:very{SP})?(?:end|beginning|start|middle|close){SP}of"
    r"|early|late|mid)(?:{DASH}|{SP})",
    # a month's position, with its halves ("the first half of January": START)
    "MPOS": r"(?P<pos>(?:the{SP})?(?:(?:very{SP})?(?:end|beginning|start|middle|close)"
    r"|(?:first|second|latter){SP}half){SP}of|early|late|mid)(?:{DASH}|{SP})",
    "SEASON": r"(?:spring|summer|autumn|fall|winter)(?![\w])",
    "PART": r"(?:morning|afternoon|evening|night)(?![\w])",
}
"""Named pattern fragments; ``{NAME}`` in a fragment or rule is replaced by
the fragment of that name (fragments may use earlier fragments)."""


def _amount(optional_number: bool) -> str:
    """Return the pattern of an amount of time.

    It matches "three and a half hours", "one hour and 40 minutes", "a year
    and a half" and "90 minutes".
    """
    number = "(?P<num1>{NUM}){SP}" if not optional_number else "(?:(?P<num1>{NUM}){SP})?"
    return (
        number + "(?P<half1>and{SP}a{SP}half{SP})?(?P<unit1>{UNIT})(?P<half1b>{HALF})?"
        "(?:,?{SP}and{SP}(?P<num2>{NUMBER}){SP}(?P<unit2>{UNIT}))?"
    )


_RULE_TEMPLATES: tuple[tuple[str, str], ...] = (
    # 18:19 JST, September 6, 2024 (datelines and time stamps)
    ("clock_date", "{L}{CLOCK},?{SP}(?:(?P<wd>{WD}),?{SP})?(?P<month>{MONTH}){SP}"
     "(?P<day>{DAY})(?:,?{SP}(?P<year>{YEAR}))?"),
    # 9:30pm, 27 May 2024
    ("clock_day_month", "{L}{CLOCK},?{SP}(?:(?P<wd>{WD}),?{SP})?(?P<day>{DAY}){SP}"
     "(?P<month>{MONTH})(?:,?{SP}(?P<year>{YEAR}))?"),
    # Friday, Sept. 6-7, 2024, 18:19 JST; Oct. 31-Nov. 1
    ("month_day", "{L}(?:(?P<wd>{WD}),?{SP})?(?P<month>{MONTH}){OSP}(?P<day>{DAY})"
     "(?:{DASH}(?:(?P<month2>{MONTH}){OSP})?(?P<day2>{DAY}))?(?:,?{SP}(?P<year>{YEAR}))?"
     "(?:{CLOCK_SEP}{CLOCK})?"),
    # Oct. 30 last year, March 3 of next year (a day in a year named relatively)
    ("month_day_rel", "{L}(?P<month>{MONTH}){OSP}(?P<day>{DAY}){SP}(?:of{SP})?"
     "(?P<rel>last|next|this){SP}year(?![\\w])"),
    # March 16 to 17 (two expressions)
    ("month_day_pair", "{L}(?P<month>{MONTH}){OSP}(?P<day>{DAY}){SP}(?:to|and|through|until"
     "|till|or|&){SP}(?P<day2>{DAY})(?!{DASH}|{OSP}%)(?:,?{SP}(?P<year>{YEAR}))?"),
    # 6 September 2024, the 6th of September, 6-7 September
    ("day_month", "{NL}(?:(?P<wd>{WD}),?{SP})?(?:the{SP})?(?P<day>{DAY})"
     "(?:{DASH}(?P<day2>{DAY}))?{SP}(?:of{SP})?(?P<month>{MONTH})(?:,?{SP}(?P<year>{YEAR}))?"
     "(?:{CLOCK_SEP}{CLOCK})?"),
    # 2024-09-06, 2024-09-06T18:19, 2023.03.16 17:05 KST, 2023/03/16
    ("iso_date", r"(?<![\w\-–.])(?P<year>\d{4})(?P<sep>[-./])(?P<m>0[1-9]|1[0-2])(?P=sep)"
     r"(?P<d>[0-2]\d|3[01])(?!(?!T\d)[\w\-–]|\.\d)"
     r"(?:(?:T|{SP})(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
     r"(?P<offset>Z|[+\-][01]\d:?[0-5]\d)?)?"
     r"(?![\w:])(?:[^\S\r\n]{1,3}(?P<tz>{TZ}))?"),
    # 16/03/2023 21:40, 03/16/2023: day and month in either order (see the stage)
    ("slash_date", r"(?<![\w/.\-–])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4})(?![\w/])"
     r"(?:{SP}(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d))?(?![\w:])"
     r"(?:[^\S\r\n]{1,3}(?P<tz>{TZ}))?"),
    # on the 26th; "on the 17th (local time)"
    ("nth", "{L}on{SP}(?P<core>the{SP}(?P<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\\w])"
     "(?={OSP}(?:[,.;:()\\u2014\\u2013]|\\n|\\r|\\Z)|{SP}(?:and|when|at|in|to|as|after|before"
     "|with|while|but|from|for|of{SP}this{SP}month)(?![\\w]))"),
    # September 2024, May of 2022, the end of March 2023
    ("month_year", "{L}(?:{MPOS})?(?P<month>{MONTH})(?:,?{SP}of)?,?{SP}(?P<year>{YEAR})"),
    # March last year, May of last year
    ("month_rel", "{L}(?:{MPOS})?(?P<month>{MONTH})(?:{SP}of)?{SP}(?P<rel>last|next|this)"
     "{SP}year(?![\\w])"),
    # December of that year, May of the following year (the year named last)
    ("month_anaphoric_year", "{L}(?:{MPOS})?(?P<month>{MONTH}){SP}of{SP}(?P<rel>that(?:{SP}same)?"
     "|the{SP}(?:same|following|previous|preceding)){SP}year(?![\\w])"),
    # October, early October, the end of September (needs a cue, see the stage)
    ("month_bare", "{L}(?:{MPOS})?(?P<month>{MONTH_FULL})"),
    # 1910-45, 2023–24, 1910-1945
    ("year_range", "{NL}(?P<year>{YEAR}){DASH}(?P<year2>\\d{4}|\\d{2})(?![\\w%])(?![.,]\\d)"),
    # 1998, early 2025, mid-2025, the end of 2025
    ("year", "{NL}(?:{POS})?(?P<year>{YEAR})(?!{OSP}%|{DASH}\\d)"),
    # the 1990s, the early 2000s, the '90s
    ("decade", "{L}(?:the{SP})?(?:(?P<pos>early|late|mid)(?:{DASH}|{SP}))?"
     "(?:(?P<dec>1\\d{2}0|20\\d0)|['’](?P<dec2>\\d0))['’]?s(?![\\w])"),
    # the 20th century, the twenty-first century
    ("century", "{L}(?:the{SP})?(?:(?P<pos>early|late|mid)(?:{DASH}|{SP}))?"
     "(?P<cent>1\\d|2[01]|[1-9])(?:st|nd|rd|th)(?:{DASH}|{SP})century(?![\\w])"),
    ("century_word", "{L}(?:the{SP})?(?:(?P<pos>early|late|mid)(?:{DASH}|{SP}))?"
     "(?P<centw>fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
     "|twenty-first)(?:{DASH}|{SP})century(?![\\w])"),
    # the first half of the 20th century (an interval of years)
    ("century_half", "{L}(?:the{SP})?(?P<ord>first|second|latter){SP}half{SP}of{SP}(?:the{SP})?"
     "(?P<cent>1\\d|2[01]|[1-9])(?:st|nd|rd|th)(?:{DASH}|{SP})century(?![\\w])"),
    # the first quarter of 2024, the second half of this year
    ("quarter", "{L}(?:the{SP})?(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)"
     "{SP}(?P<part>quarter|half){SP}of{SP}(?:(?P<year>{YEAR})|(?P<rel>last|this|next)"
     "{SP}year|the{SP}year)(?![\\w])"),
    # spring 2023, the summer of 2019
    ("season_year", "{L}(?:{POS})?(?:the{SP})?(?P<season>{SEASON}){SP}(?:of{SP})?"
     "(?P<year>{YEAR})"),
    # last year, later this month, later that month, early next year,
    # the end of the year, last November, this spring, this week
    # the following year, the previous day (counted from the last date named)
    ("relative", "{L}(?:{POS})?(?:(?P<lat>later|earlier){SP})?(?P<rel>last|next|this|that"
     "{SP}same|that|the{SP}same|the{SP}following|the{SP}previous|the{SP}preceding|the)"
     "{SP}(?P<unit>year|month|week|weekend|day|{SEASON}|{MONTH_FULL})(?![\\w])"),
    # later in the day, earlier in the month
    ("in_the", "{L}(?P<lat>later|earlier){SP}in{SP}the{SP}(?P<unit>day|week|month|year)"
     "(?![\\w])"),
    # later that day, the same day
    ("same_day", "{L}(?:(?P<lat>later|earlier){SP}that|that{SP}same|the{SP}same){SP}day"
     "(?![\\w])"),
    # the day before, the next day, the following day (next to the day last named)
    # ("the day after the vote" is relative to an event, not to a day; "the next
    # day" takes no object, so a name may follow it: "The next day Takaichi met Xi")
    ("adjacent_day", "{L}the{SP}(?P<which>(?:day{SP}before|day{SP}after)(?![\\w])"
     "(?!{SP}(?:(?:the|a|an|his|her|their|its)\\b|(?-i:[A-Z0-9])))"
     "|next{SP}day|following{SP}day|previous{SP}day)(?![\\w])"
     # the next morning, the following evening (that part of the day after)
     "|{L}the{SP}(?P<which_part>next|following|previous){SP}(?P<part>{PART})"
     # the week before (the week before the day last named), with no object
     "|{L}the{SP}week{SP}(?P<which_week>before|after)(?![\\w])"
     "(?!{SP}(?:(?:the|a|an|his|her|their|its)\\b|(?-i:[A-Z0-9])))"),
    # that evening, later that night, the same morning (the day last named)
    ("same_day_part", "{L}(?:(?:later|earlier){SP})?(?:that|the{SP}same){SP}(?P<part>{PART})"),
    # in the morning, during the afternoon (of the day last named; not "the morning of X")
    ("in_the_part", "{L}(?:in|during){SP}the{SP}(?P<part>{PART})(?!{SP}of(?![\\w]))"),
    # today, yesterday morning, tonight, this morning, last night, later today
    ("deictic", "{L}(?:(?P<lat>earlier|later){SP})?(?P<word>today|tonight|yesterday|tomorrow"
     "|this{SP}morning|this{SP}afternoon|this{SP}evening|last{SP}night)"
     "(?:{SP}(?P<part>{PART}))?(?![\\w])"),
    # Friday, last Friday, Thursday morning, early Monday
    ("weekday", "{L}(?:(?P<pos>early|late){SP})?(?:(?P<rel>last|next|this|coming|past){SP})?"
     "(?P<wd>{WEEKDAY})"
     "(?:{SP}(?P<part>{PART}))?"
     # "Monday last week", "Friday of next week": the weekday of the week named
     "(?:{SP}(?:of{SP})?(?P<week>last|next|this){SP}week(?![\\w]))?"),
    # 1 p.m., 9:10 a.m., 14:30 KST, noon; 11:40 a.m. Thursday (the day comes from the text)
    # about 7:20 a.m., shortly after 11 o'clock, 4 o'clock in the afternoon, 9 this morning
    ("clock", "{NL}(?:(?P<cmod>{CMOD}){SP})?{CLOCK}(?:{SP}(?P<dpart>in{SP}the{SP}"
     "(?:morning|afternoon|evening)"
     "|at{SP}night|this{SP}(?:morning|afternoon|evening)|tonight)(?![\\w]))?"
     "(?:,?{SP}(?P<wd>{WEEKDAY}))?"),
    # 0234 GMT: a wire's four-digit time, only with its zone
    ("clock_military", "{NL}(?P<hour>[01]\\d|2[0-3])(?P<minute>[0-5]\\d){SP}"
     "(?P<tz>(?-i:GMT|UTC))(?![\\w])"),
    # nearly three years ago, two days later
    ("ago", "{NL}(?:(?P<mod>{MOD}){SP})?(?P<num1>{NUM}){SP}(?P<unit1>{UNIT}){SP}"
     # "lasted 35 minutes earlier Thursday": "earlier" goes with the day after it
     "(?P<dir>ago|(?:later|earlier)(?!{SP}{WEEKDAY})|from{SP}now|hence)"
     "(?:{SP}(?P<today>today))?(?![\\w])"),
    # over the past two and a half years, in the next two years
    ("span", "{L}(?:(?P<prep>over|in|during|for|within|throughout){SP})?the{SP}"
     "(?P<dir>past|last|previous|next|coming|following){SP}" + _amount(True)),
    # half an hour, half a century
    # a half-hour call, a quarter of a century, a quarter-century
    ("half", "{L}(?:(?P<mod>{MOD}){SP})?(?:(?P<frac>half|quarter){SP}(?:of{SP})?an?{SP}"
     "(?P<unit1>{UNIT1})|(?:an?{SP})?(?P<frac2>half|quarter)[-‐](?P<unit2>hour|day|century)"
     "(?:[-‐]long)?|an?{SP}(?P<frac3>quarter){SP}(?:of{SP}an?{SP})?(?P<unit3>century|hour))"
     "(?![-‐\\w])"),
    # a two-day visit, a 30-minute call (not 77-year-old)
    ("adjectival", "{NL}(?:(?P<mod>{MOD}){SP})?(?P<num1>{NUMBER})[-‐]"
     "(?P<half1>and[-‐]a[-‐]half[-‐])?"
     "(?P<unit1>{UNIT1})(?:[-‐]long)?(?![-‐\\w])"),
    # one hour and 40 minutes, about 100 minutes, over three and a half hours
    ("duration", "{NL}(?:(?P<mod>{MOD}){SP})?" + _amount(False)),
)

_FRAGMENT_NAME = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def _expand(template: str, depth: int = 0) -> str:
    """Replace ``{NAME}`` by its fragment, recursively (fragments are acyclic)."""
    if depth > 8:
        raise RuntimeError("temporal pattern fragments nest too deeply")
    if not _FRAGMENT_NAME.search(template):
        return template
    expanded = _FRAGMENT_NAME.sub(lambda m: FRAGMENTS[m.group(1)], template)
    return _expand(expanded, depth + 1)


class Example(NamedTuple):
    """An invented sentence and the expression a rule must find in it."""

    text: str
    """The sentence (or page line)."""
    published: str
    """The publication date it is resolved against, ``YYYY-MM-DD``."""
    expression: str
    """The expression's text, as the rule's match spans it."""
    value: str
    """Its TIMEX3 value."""
    mod: str | None = None
    """Its TIMEX3 mod, if any."""


class Rule(NamedTuple):
    """One named pattern of the matcher, with the examples it must handle."""

    name: str
    """The rule's name; the stage resolves a match by this name."""
    pattern: re.Pattern[str]
    """The compiled pattern (case-insensitive except for month and weekday names)."""
    examples: tuple[Example, ...] = ()
    """Invented examples with what the stage must yield (tests/test_temporal_rules.py)."""


_SAT = "2024-09-07"  # a Saturday

RULE_EXAMPLES: dict[str, tuple[Example, ...]] = {
    "clock_date": (Example("18:19 JST, September 6, 2024\nThey met.", _SAT,
                           "18:19 JST, September 6, 2024", "2024-09-06T18:19"),
                   Example("Updated 8:14 AM ET, Mon December 28, 2015", "2015-12-28",
                           "8:14 AM ET, Mon December 28, 2015", "2015-12-28T08:14"),),
    "clock_day_month": (Example("Published: 8:45pm, 13 June 2021\nThe summit ended.",
                                "2021-06-13", "8:45pm, 13 June 2021", "2021-06-13T20:45"),),
    "month_day_rel": (Example("The court ruled on Oct. 30 last year.", _SAT, "Oct. 30 last year",
                              "2023-10-30"),),
    "month_day": (
        Example("The leaders met in Seoul on Sept. 6.", _SAT, "Sept. 6", "2024-09-06"),
        Example("Posted : December 24, 2019, 17:40", "2019-12-24",
                "December 24, 2019, 17:40", "2019-12-24T17:40"),
        Example("Talks are set for Sept. 6-7.", "2024-09-01", "Sept. 6-7",
                "2024-09-06/2024-09-07"),
        Example("Leaders gather on Oct. 31-Nov. 1.", "2025-10-20", "Oct. 31-Nov. 1",
                "2025-10-31/2025-11-01"),
    ),
    "month_day_pair": (Example("They met on March 16 and 17.", "2023-03-20", "March 16",
                               "2023-03-16"),),
    "day_month": (Example("Published: 29 Jun. 2022, 21:05", "2022-06-30",
                          "29 Jun. 2022, 21:05", "2022-06-29T21:05"),
                  Example("First published on Thu 16 Mar 2023 09.12 GMT", "2023-03-16",
                          "Thu 16 Mar 2023 09.12 GMT", "2023-03-16T09:12"),),
    "iso_date": (Example("Updated 2025-08-23 19:02", "2025-08-23", "2025-08-23 19:02",
                         "2025-08-23T19:02"),
                 Example("Posted 2018-10-30T17:40:00+09:00", "2018-10-30",
                         "2018-10-30T17:40:00+09:00", "2018-10-30T17:40:00"),
                 Example("2023.05.07 18:31 KST", "2023-05-07", "2023.05.07 18:31 KST",
                         "2023-05-07T18:31"),),
    "slash_date": (Example("16/03/2023 21:40\nThe talks ended.", "2023-03-16",
                           "16/03/2023 21:40", "2023-03-16T21:40"),
                   Example("Posted 03/16/2023\nThe talks ended.", "2023-03-16", "03/16/2023",
                           "2023-03-16"),),
    "nth": (Example("The envoys met on the 26th and agreed.", "2024-09-28", "the 26th",
                    "2024-09-26"),
            Example("On the 17th (local time), Lee met Ishiba in Canada.", "2025-06-18",
                    "the 17th", "2025-06-17"),),
    "month_year": (Example("Yoon visited Tokyo in March 2023.", _SAT, "March 2023", "2023-03"),),
    "month_rel": (Example("They met in March last year.", _SAT, "March last year", "2023-03"),),
    "month_anaphoric_year": (Example("The talks began in 2019 and ended in December of that"
                                     " year.", _SAT, "December of that year", "2019-12"),
                             Example("They met in 2015 and again in May of the following year.",
                                     _SAT, "May of the following year", "2016-05"),),
    "month_bare": (Example("The two leaders met in October.", _SAT, "October", "2023-10"),
                   Example("They met on Nov. 2, 2023, and again in March.", _SAT, "March",
                           "2024-03"),
                   Example("They met in May 2023 and again in August.", _SAT, "August",
                           "2023-08"),
                   Example("It will be their first meeting since their talks on the sidelines "
                           "of a summit in Washington in March.", _SAT, "March", "2024-03"),
                   Example("Tokyo had sounded out Seoul about holding a summit in the first "
                           "half of January.", "2025-11-24", "the first half of January",
                           "2026-01", "START"),
                   Example("The next summit is scheduled for December in Tokyo.", _SAT,
                           "December", "2024-12")),
    "year": (Example("Relations were normalized in 1965.", _SAT, "1965", "1965"),),
    "decade": (Example("Ties improved in the 1990s.", _SAT, "the 1990s", "199"),),
    "century": (Example("Ties frayed in the 20th century.", _SAT, "the 20th century", "19"),),
    "century_word": (Example("The twentieth century was hard.", _SAT, "The twentieth century",
                             "19"),),
    "century_half": (Example("Japan ruled Korea in the first half of the 20th century.", _SAT,
                             "the first half of the 20th century", "1900/1949"),),
    "year_range": (Example("Japan ruled Korea in 1910-45.", _SAT, "1910-45", "1910/1945"),
                   Example("The Joseon dynasty ruled in 1392\u20131910.", _SAT,
                           "1392\u20131910", "1392/1910"),),
    "quarter": (Example("Exports fell in the first quarter of 2024.", _SAT,
                        "the first quarter of 2024", "2024-Q1"),),
    "season_year": (Example("They met in the spring of 2023.", _SAT, "the spring of 2023",
                            "2023-SP"),),
    "relative": (Example("The two leaders will meet again next year.", _SAT, "next year",
                         "2025"),
                 Example("The two leaders met in the spring.", _SAT, "the spring", "2024-SP"),
                 Example("Approval ratings rose over the weekend.", "2023-03-20", "the weekend",
                         "2023-W11-WE"),
                 Example("The two leaders will meet in the winter.", _SAT, "the winter",
                         "2024-WI"),
                 Example("Kishida's term ends later this month.", _SAT, "later this month",
                         "2024-09"),
                 Example("He hopes to attend the talks on Oct. 10. He also called Albanese on "
                         "the same day.", "2024-10-02", "the same day", "2024-10-02"),
                 Example("Lee met Takaichi on Sunday, a month after their first summit on 30 "
                         "October. He met Li the same day.", "2025-11-24", "the same day",
                         "2025-11-23"),
                 Example("Talks were held on Friday. Their last meeting took place in Lima in "
                         "November. The two also met Xi the same day.", "2025-02-10",
                         "the same day", "2024-11"),),
    "in_the": (Example("They spoke again later in the day.", _SAT, "later in the day",
                       "2024-09-07"),
               Example("Tariffs rose on July 4. Earlier in the week, an envoy floated a truce.",
                       "2019-08-02", "Earlier in the week", "2019-W31"),),
    "same_day": (Example("On Sept. 6 they met. Later that day they dined.", _SAT,
                         "Later that day", "2024-09-06"),
                 Example("Yoon met Ishiba on Oct. 10, a meeting that followed their phone "
                         "talks on Oct. 2. Ishiba met Li on the same day.", "2024-10-11",
                         "the same day", "2024-10-10"),),
    "same_day_part": (Example("Pence arrived on Thursday and dined with Moon that evening.",
                              "2018-02-10", "that evening", "2018-02-08TEV"),),
    "in_the_part": (Example("Mori met Clinton on Thursday. In the morning he had seen Kim.",
                            "2000-06-09", "In the morning", "2000-06-08TMO"),),
    "deictic": (Example("The president left for Tokyo yesterday.", _SAT, "yesterday",
                        "2024-09-06"),),
    "weekday": (Example("Yoon and Kishida met in Seoul on Friday.", _SAT, "Friday",
                        "2024-09-06"),
                Example("They will meet again on Friday.", "2024-02-05", "Friday",
                        "2024-02-09"),
                Example("The two had spoken by phone on Monday last week.", "2025-06-17",
                        "Monday last week", "2025-06-09"),),
    "clock": (Example("The leaders met at 12:00 noon.", "2024-05-27", "12:00 noon",
                      "2024-05-27T12:00"),
              Example("They laid flowers at about 7:20 a.m.", "2023-05-21", "about 7:20 a.m.",
                      "2023-05-21T07:20", "APPROX"),
              Example("They shook hands at 4 o'clock in the afternoon.", "2025-06-17",
                      "4 o'clock in the afternoon", "2025-06-17T16:00"),
              Example("Talks began at 5.50pm.", "2023-03-16", "5.50pm", "2023-03-16T17:50"),
              Example("The old rules lapsed at midnight.", "2023-03-16", "midnight",
                      "2023-03-16T24:00"),
              Example("Lee and Carney met at 10:15 MDT.", "2025-06-17", "10:15 MDT",
                      "2025-06-17T10:15"),
              Example("The talks opened at 9:40 a.m. (local time) on March 16.",
                      "2023-03-17", "9:40 a.m.", "2023-03-16T09:40"),
              Example("A trilateral summit will be held tomorrow. The bilateral talks began "
                      "at 4:35 p.m.", "2024-05-26", "4:35 p.m.", "2024-05-26T16:35"),),
    "clock_military": (Example("The council met at 0900 GMT.", "2024-08-30", "0900 GMT",
                               "2024-08-30T09:00"),),
    "adjacent_day": (Example("They met on May 21 in Hiroshima. The day before, Yoon saw Modi.",
                             _SAT, "The day before", "2024-05-20"),
                     Example("Talks opened on March 16. The next day they toured a factory.",
                             _SAT, "The next day", "2024-03-17"),
                     Example("Lee met Ishiba on May 2. The next day Ishiba flew home.",
                             _SAT, "The next day", "2024-05-03"),
                     Example("Abe arrived on the evening of Nov. 1. The following morning, he "
                             "met Park.", "2015-11-10", "The following morning",
                             "2015-11-02TMO"),
                     Example("The summit took place on Sept. 6. The week before, an envoy "
                             "came.", "2024-12-20", "The week before", "2024-W35"),),
    "ago": (Example("They last met nearly three years ago.", _SAT, "nearly three years ago",
                    "2021", "APPROX"),
            Example("Sixty years ago today, the treaty was signed.", "2025-06-22",
                    "Sixty years ago today", "1965-06-22"),
            Example("They met on Sept. 11 and set the end of the year as the deadline. "
                    "Two weeks later, the leaders met.", _SAT, "Two weeks later",
                    "2023-W39"),
            Example("TOKYO, March 16\nYoon met Kishida in Tokyo.\n\nSEOUL, May 7\n"
                    "Kishida came to Seoul two months later.", _SAT, "two months later",
                    "2024-05"),),
    "span": (Example("Over the past two years ties warmed.", _SAT, "Over the past two years",
                     "P2Y"),),
    "half": (Example("They talked for half an hour.", _SAT, "half an hour", "PT30M"),
             Example("They agreed in a half-hour phone call.", _SAT, "a half-hour", "PT30M"),
             Example("The exchange has run for a quarter of a century.", _SAT,
                     "a quarter of a century", "P25Y"),),
    "adjectival": (Example("Kishida began a two-day visit.", _SAT, "two-day", "P2D"),
                   Example("They held a roughly 40-minute meeting.", _SAT, "roughly 40-minute",
                           "PT40M", "APPROX"),),
    "duration": (Example("The summit lasted one hour and 40 minutes.", _SAT,
                         "one hour and 40 minutes", "PT1H40M"),
                 Example("They talked for less than a year.", _SAT, "less than a year", "P1Y",
                         "LESS_THAN"),),
}
"""Every rule's examples: an invented sentence, the expression and its value."""


# Every rule starts at the start of a word (or of a number or an apostrophe):
# the look-ahead lets the engine pass over blanks and punctuation quickly.
_WORD_START = "(?=[\\w'’])"

RULES: tuple[Rule, ...] = tuple(
    Rule(name, re.compile(_WORD_START + _expand(template), re.IGNORECASE),
         RULE_EXAMPLES.get(name, ()))
    for name, template in _RULE_TEMPLATES
)
"""Every rule of the matcher, in priority order (earlier wins a tie)."""

_MONTH_STARTS = tuple(sorted({name[:3] for name in MONTHS}))
_WEEKDAY_STARTS = tuple(sorted({name[:3] for name in WEEKDAYS}))
_POS_STARTS = ("the", "very", "end", "beginning", "start", "middle", "close", "early", "late",
               "mid", "first", "second", "latter")
_NUMBER_STARTS = (*_ONES, *_TEENS, *_TENS, "a", "dozen")
_MOD_STARTS = tuple(sorted({words.split()[0] for words in DURATION_MODS}))
_EDGE = ("the", "early", "late", "mid")

RULE_STARTS: dict[str, tuple[str, ...] | None] = {
    "clock_date": ("noon", "midnight"),
    "clock_day_month": ("noon", "midnight"),
    "clock_military": (),
    "clock": ("noon", "midnight", *sorted({words.split()[0] for words in CLOCK_MODS})),
    "month_day": (*_WEEKDAY_STARTS, *_MONTH_STARTS),
    "month_day_rel": _MONTH_STARTS,
    "month_day_pair": _MONTH_STARTS,
    "day_month": (*_WEEKDAY_STARTS, "the"),
    "iso_date": None,
    "slash_date": (),
    "nth": ("on",),
    "month_year": (*_POS_STARTS, *_MONTH_STARTS),
    "month_rel": (*_POS_STARTS, *_MONTH_STARTS),
    "month_anaphoric_year": (*_POS_STARTS, *_MONTH_STARTS),
    "month_bare": (*_POS_STARTS, *_MONTH_STARTS),
    "year_range": (),
    "year": _POS_STARTS,
    "decade": _EDGE,
    "century": _EDGE,
    "century_word": (*_EDGE, "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                     "nineteenth", "twentieth", "twenty"),
    "quarter": ("the", "first", "second", "third", "fourth", "last"),
    "century_half": ("the", "first", "second", "latter"),
    "season_year": (*_POS_STARTS, *SEASONS),
    "relative": (*_POS_STARTS, "later", "earlier", "last", "next", "this", "that"),
    "in_the": ("later", "earlier"),
    "same_day": ("later", "earlier", "that", "the"),
    "adjacent_day": ("the",),
    "same_day_part": ("later", "earlier", "that", "the"),
    "deictic": ("earlier", "later", "today", "tonight", "yesterday", "tomorrow", "this",
                "last"),
    "weekday": ("early", "late", "last", "next", "this", "coming", "past", *_WEEKDAY_STARTS),
    "ago": (*_MOD_STARTS, *_NUMBER_STARTS),
    "span": ("over", "in", "during", "for", "within", "throughout", "the"),
    "half": (*_MOD_STARTS, "half", "quarter", "a"),
    "adjectival": (*_MOD_STARTS, *_NUMBER_STARTS),
    "duration": (*_MOD_STARTS, *_NUMBER_STARTS),
}
"""How a match of each rule can begin, to try rules only where they may match.

Every rule (but ``iso_date``: ``None``, tried everywhere) starts where a
word (a run of letters, digits and apostrophes) starts, and only at a word
that begins with a digit or another character that is not an ASCII letter,
or whose lower case begins with one of these prefixes (``()``: digits
only). A word with any character outside ASCII is always tried."""

CLAUSE_BOUNDARY: re.Pattern[str] = re.compile(r"[;:()\[\]\"“”—–]|,(?!\d)|(?<=\s)--?(?=\s)|--")
"""Punctuation that ends a clause, for the tense of the clause around an
expression (commas inside numbers such as "2,500" do not)."""

DATELINE_HEAD: re.Pattern[str] = re.compile(
    r"[A-Z][A-Z .'’-]{1,40},\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*)?"
)
"""A city in capitals, and its country or state, from a line's start to a
dateline's day ("TOKYO, ", "KANANASKIS, Canada, "): that day has already come."""

TENSE_PATTERN: re.Pattern[str] = re.compile(_WORD_START + TENSE_MARKERS, re.IGNORECASE)
"""The compiled :data:`TENSE_MARKERS`."""
