"""Text helpers of the agreement stage: countries, objects and dates.

Pure functions over the document text and the timexes of one sentence:
which countries a subject or a title names, what a commitment verb's object
says, and which date an instrument's own words or its sentence give it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence

from kjrel.gazetteer import Gazetteer
from kjrel.models import PartialDate, Summit, TemporalExpression
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.references import country_refs, timex_date
from kjrel.pipeline.regions import region_of
from kjrel.pipeline.segment import NEVER_FINAL_ABBREVIATIONS
from kjrel.pipeline.types import Sentence

__all__ = [
    "COURSE_JOINER",
    "CURRENT_DAYS",
    "DEFINITE",
    "GENERIC_YEAR_AGREEMENT",
    "RECENT_DAYS",
    "THAT_SUBJECT",
    "compound_countries",
    "is_headline",
    "object_list",
    "object_text",
    "own_date",
    "plural_subject",
    "reported",
    "sentence_date",
    "split_objects",
    "subject_countries",
    "summit_countries",
    "told_after",
]

COURSE_JOINER = r"(?:and|as\s+well\s+as)"
"""The words that join two courses of action ("expand X and resume Y", "X as well as Y")."""

_YEAR_NEAR = re.compile(
    r"(?:(?:signed|reached|concluded|adopted|agreed|issued|in)\s+(?:in\s+)?)?((?:19|20)\d\d)\b"
)

GENERIC_YEAR_AGREEMENT = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:\w+\s+)?(?:agreement|accord|pact|deal)\b"
    r"|\b(?:agreement|accord|pact|deal)\s+(?:was\s+)?(?:signed|reached|concluded)\s+in\s+"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)

_OBJECT_END = re.compile(
    # a period ends the object only where it ends a sentence, not in "the U.S. while"
    # a comma before "as well as" joins a second object ("A cooperation, as well as B cooperation");
    # one inside a list of names ("Tokyo, Seoul and Washington would ...") ends nothing
    r",(?!\s+as\s+well\s+as\s)(?!\s+(?:the\s+)?(?-i:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?:,|\s+and\s))|[;:]|(?<![A-Z]\.[A-Z])\.(?=\s|$)|\s+(?:and|but|while|as|after|before|during|when|though)\s+(?:also\s+)?"
    r"(?:confirmed|promised|agreed|pledged|vowed|signed|reaffirmed|expressed|discussed|"
    r"exchanged|shared|decided|affirmed|called|said|stressed|noted|welcomed|held)\b",
    re.IGNORECASE,
)


_CAPITAL_PAIR = re.compile(
    r"\b([A-Z][a-z]+) and ([A-Z][a-z]+)\b"
)


def summit_countries(summit: Summit, gazetteer: Gazetteer) -> tuple[str, ...]:
    """Return the countries of a summit's participants."""
    codes: set[str] = set()
    for name in summit.participants:
        leader = gazetteer.lookup(name, summit.date.earliest() if summit.date else None)
        if leader is not None:
            codes.add(leader.country)
    return tuple(sorted(codes))


_ANY_COMPOUND = re.compile(
    r"\b((?:South |North )?[A-Z][\w.]*(?:[-–](?:South |North )?[A-Z][\w.]*){1,3})\b"
)


def compound_countries(text: str, gazetteer: Gazetteer | None = None) -> tuple[str, ...]:
    """Return the countries a compound names ("Japan-South Korea", "Korea-Canada")."""
    codes = _compound_codes(lex.COUNTRY_COMPOUND, text, lambda part: None)
    if not codes and gazetteer is not None:
        codes = _compound_codes(_ANY_COMPOUND, text, gazetteer.country_of)
    return tuple(sorted(codes))


def _compound_codes(
    pattern: re.Pattern[str], text: str, country_of: Callable[[str], str | None]
) -> set[str]:
    """Countries of the compounds ``pattern`` finds whose parts are all countries."""
    codes: set[str] = set()
    for match in pattern.finditer(text):
        parts = re.split(r"[-–]", match.group(1))
        found = [lex.COMPOUND_PARTS.get(p.casefold().strip()) or country_of(p.strip()) or ""
                 for p in parts]
        if all(found) and len(set(found)) >= 2:
            codes.update(found)
    return codes


def subject_countries(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[str, ...]:
    """Countries named as a pair in a subject ("Seoul and Tokyo", "Japan and South Korea")."""
    codes: list[str] = []
    for match in _CAPITAL_PAIR.finditer(text, start, end):
        a = gazetteer.country_of(match.group(1)) or lex.VENUES.get(match.group(1).casefold())
        b = gazetteer.country_of(match.group(2)) or lex.VENUES.get(match.group(2).casefold())
        if a and b and a != b:
            codes.extend((a, b))
    window = country_refs(text, start, end, gazetteer)
    listed = {c for _, c in window}
    if re.search(r"\band\b", text[start:end]) and len(listed) >= 2 and (
        not codes or (set(codes) < listed and _one_list(text, window))
    ):
        codes.extend(listed)  # "South Korea, Japan and China": all three, not the last pair
    return tuple(sorted(set(codes)))


def _one_list(text: str, window: Sequence[tuple[int, str]]) -> bool:
    """Whether the countries of ``window`` stand in one list ("A, B and C")."""
    starts = [start for start, _ in window]
    return all(
        re.fullmatch(r"[\w .'’-]*?(?:,\s*(?:and\s+)?|\s+and\s+)", text[a:b]) is not None
        for a, b in itertools.pairwise(starts)
    )


_INITIALISM = re.compile(r"(?:^|[\s(])(?:[A-Z]\.)+[A-Z]$")
"""The letters before the last period of "U.S", "D.C": an initialism, no sentence end."""


def _last_full_stop(window: str) -> int:
    """Return the offset of the last period that ends a sentence in ``window``, else -1.

    Not the period of an initialism or a title: "Abe and U.S. President Trump".
    """
    for match in reversed(list(re.finditer(r"\.\s", window))):
        before = window[: match.start()]
        word = before.rsplit(None, 1)[-1].casefold() if before.split() else ""
        if _INITIALISM.search(before) is None and word not in NEVER_FINAL_ABBREVIATIONS:
            return match.start()
    return -1


def plural_subject(
    text: str, start: int, end: int, gazetteer: Gazetteer, names: frozenset[str]
) -> bool:
    """Return whether the subject in ``text[start:end]`` names two or more governments.

    A pair of capitalised words ("Kishida and Yoon", "Seoul and Tokyo")
    counts only when both are leaders' names, countries or capitals.
    """
    window = _QUOTED.sub(" ", text[start:end])
    cut = max(_last_full_stop(window), window.rfind("; "), window.rfind('"'), window.rfind("“"))
    if cut >= 0:
        window = window[cut + 1 :]
    if re.search(r"\bI\s+(?:\w+\s+){0,3}$", window):
        return False
    for match in lex.PLURAL_SUBJECT.finditer(window):
        found = match.group(0)
        if " and " not in found or found.split()[0].casefold() in ("the", "both"):
            return True
        first, _, second = found.partition(" and ")
        if all(
            side.casefold() in ("he", "she")
            or side.split()[-1] in names
            or gazetteer.country_of(side) is not None
            or gazetteer.country_of(side.split()[-1]) is not None
            or side.casefold() in lex.VENUES
            or "counterpart" in side
            for side in (first, second)
        ):
            return True
    return False


def object_text(text: str, start: int, end: int) -> str:
    """Return what a verb ending at ``start`` takes, up to the next clause break."""
    limit = min(end, start + 160)
    stop = _OBJECT_END.search(text, start, limit)
    stretch = text[start : stop.start() if stop else limit]
    stretch = _LEADING_DATE.sub("", stretch)
    stretch = re.sub(r"^\s*to\s+", "", stretch)  # "agreed on Thursday to ..."
    return stretch.strip().strip("\"“”'’ ")


def object_list(text: str, start: int, end: int) -> str:
    """Return the object of a commitment verb, through a list of actions.

    "set up a hotline, hold annual exercises and fully activate ..." comes
    back as "set up a hotline and to hold annual exercises and to fully
    activate ...", which :func:`split_objects` splits in three.
    """
    parts = [object_text(text, start, end)]
    cursor = start
    for _ in range(8):
        limit = min(end, cursor + 160)
        stop = _OBJECT_END.search(text, cursor, limit)
        if stop is None or text[stop.start()] != ",":
            break
        item = lex.COURSE_VERBS.match(text, stop.start(), end)
        if item is None:
            break
        verb_start = item.end() - len(item.group(0).split()[-1])
        cursor = verb_start
        parts.append(object_text(text, verb_start, end))
    if len(parts) == 1:
        return parts[0]
    last = parts[-1]
    inner = re.split(r"\s+and\s+(?=(?:also |jointly |fully |further )?[a-z]+\s)", last, maxsplit=1)
    if len(inner) == 2 and lex.COURSE_VERBS.match(", " + inner[1]):
        parts[-1:] = inner
    return " and to ".join(part.strip() for part in parts if part.strip())


def told_after(
    day: PartialDate | None,
    is_main: bool,
    sentence_dates: Sequence[tuple[int, PartialDate]],
    verb: int,
) -> bool:
    """Return whether a meeting is dated only after the commitment verb.

    As in "agreed to set up a hotline, first agreed when they met in Phnom
    Penh in November 2022": that background meeting is not the one at
    which the commitment was made.
    """
    if day is None or is_main:
        return False
    spots = [at for at, d in sentence_dates if d.overlaps(day)]
    return bool(spots) and min(spots) > verb


def _year_for(text: str, start: int, end: int, sentence: Sentence) -> int | None:
    inside = re.search(r"\b((?:19|20)\d\d)\b", text[start:end])
    if inside:
        return int(inside.group(1))
    before = text[max(sentence.start, start - 12) : start]
    prior = re.search(r"\b((?:19|20)\d\d)\s*$", before)
    if prior:
        return int(prior.group(1))
    after = _YEAR_NEAR.match(text, end, min(sentence.end, end + 30))
    after = after or re.match(r"\s+(?:\w+\s+){0,2}?(?:in\s+)((?:19|20)\d\d)\b", text[end:])
    if after:
        return int(after.group(1))
    return None


CURRENT_DAYS = 14
RECENT_DAYS = 3


def reported(published: dt.date, date: PartialDate) -> bool:
    """Whether a date lies within the days an article reports on (or after them)."""
    return (published - date.latest()).days <= CURRENT_DAYS


_LEADING_DATE = re.compile(
    r"^\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r'"[^"\n]{0,300}"|“[^”\n]{0,300}”')
_DATE_LINK = re.compile(
    r"[\s,]*(?:(?:which|that)\s+)?(?:was\s+|were\s+|had been\s+)?(?:first\s+|originally\s+)?"
    r"(?:signed|adopted|reached|concluded|issued|announced|agreed|struck)"
    r"(?:\s+\w+){0,4}?\s*(?:in|on)?\s*$"
    r"|\s*(?:of|in|from)\s*$",
    re.IGNORECASE,
)


def own_date(
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    timexes: Sequence[TemporalExpression],
) -> PartialDate | None:
    """Return the date an instrument's own words give it ("signed in October 1998")."""
    for timex in timexes:
        if start <= timex.span.start < end:
            date = timex_date(timex)
            if date is not None:
                return date
    year = _year_for(text, start, end, sentence)
    for timex in timexes:
        if not end <= timex.span.start <= min(sentence.end, end + 45):
            continue
        between = text[end : timex.span.start]
        if "," in between.strip(", ") or "." in between:
            continue
        if _DATE_LINK.fullmatch(between):
            date = timex_date(timex)
            if date is not None and (year is None or date.year == year):
                return date
    if year is None:
        return _when_date(text, sentence, start, timexes)
    return PartialDate(year)


def _when_date(
    text: str, sentence: Sentence, start: int, timexes: Sequence[TemporalExpression]
) -> PartialDate | None:
    """Return the date a "when" clause before ``start`` stands for.

    "visited Tokyo on Aug 23, when the two sides issued a joint ...".
    """
    whens = list(_WHEN_CLAUSE.finditer(text, max(sentence.start, start - 80), start))
    if not whens or re.search(r"[,;]", text[whens[-1].end() : start]):
        return None
    when = whens[-1].start()
    for timex in timexes:
        if 0 <= when - timex.span.end <= 2:
            date = timex_date(timex)
            if date is not None:
                return date
    return None


_WHEN_CLAUSE = re.compile(r",\s*when\b", re.IGNORECASE)
DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
THAT_SUBJECT = re.compile(
    r"^(?:[\w'’-]+\s+){1,5}?(?:would|should|will|must|could)\s+(?:\w+ly\s+)?", re.IGNORECASE
)
_HEADLINE_END = re.compile(r"[.!?:\"”’)]\s*$")  # a line ending in a colon opens a list


def is_headline(text: str, sentence: Sentence) -> bool:
    """Return whether ``sentence`` is an article's headline.

    That is a first line standing alone without closing punctuation
    ("Takaichi and Lee agree to continue shuttle diplomacy").
    """
    line_end = text.find("\n", sentence.start)
    if line_end < 0 or text[sentence.start : line_end].strip() == "":
        return False
    return sentence.end <= line_end + 1 and not _HEADLINE_END.search(
        text[sentence.start : line_end]
    )


def split_objects(what: str) -> list[str]:
    """Split "resume X and to restore Y" into its commitments.

    "As well as" joins two courses when a verb follows it ("expand X, as
    well as to resume Y") or when it joins two objects with the same head
    ("strengthen bilateral security cooperation, as well as trilateral
    security cooperation"); the second object then takes the first's verb.
    """
    parts = re.split(rf",?\s+{COURSE_JOINER}\s+(?:to|also to|then to)\s+", what)
    found = [piece for part in parts for piece in _split_same_head(part.strip())]
    found = [piece for part in found for piece in _split_compound_modifiers(part)]
    return [part for part in found if part]


_COMPOUND = r"[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+"
_TWO_COMPOUNDS = re.compile(
    rf"(?P<pre>.*?)(?P<a>{_COMPOUND}) and (?P<b>{_COMPOUND}) (?P<rest>[a-z].*)"
)


def _split_compound_modifiers(what: str) -> list[str]:
    """Split "continue close Korea-Japan and Korea-Japan-U.S. cooperation" in two courses.

    Two country compounds joined before one head name two cooperations,
    each between its own countries; anything else stays whole.
    """
    match = _TWO_COMPOUNDS.fullmatch(what)
    if match is None:
        return [what]
    if any(len(compound_countries(match.group(k))) < 2 for k in ("a", "b")):
        return [what]
    pre, rest = match.group("pre"), match.group("rest")
    return [f"{pre}{match.group('a')} {rest}", f"{pre}{match.group('b')} {rest}"]


_AS_WELL_AS = re.compile(r",?\s+as\s+well\s+as\s+")


def _split_same_head(what: str) -> list[str]:
    """Split "strengthen A cooperation, as well as B cooperation" in two, else keep it whole."""
    match = _AS_WELL_AS.search(what)
    if match is None:
        return [what]
    first, second = what[: match.start()].split(), what[match.end() :].split()
    core = _before_phrase(second)  # "trilateral cooperation | with the United States"
    head = _before_phrase(first)
    if len(core) < 2 or len(head) <= len(core) or head[-1] != core[-1]:
        return [what]
    verb = head[: len(head) - len(core)]
    return [" ".join(first), " ".join([*verb, *second])]


_PHRASE_OPENERS = frozenset({"with", "of", "in", "on", "for", "between", "among", "to"})


def _before_phrase(words: list[str]) -> list[str]:
    """Return the words of a noun phrase before its first prepositional phrase."""
    for number, word in enumerate(words):
        if number and word.casefold() in _PHRASE_OPENERS:
            return words[:number]
    return words


def sentence_date(
    text: str,
    sentence: Sentence,
    position: int,
    timexes: Sequence[TemporalExpression],
) -> PartialDate | None:
    """Return the date nearest ``position`` in its part of the sentence."""
    region = region_of(text, sentence, position)
    best: tuple[int, PartialDate] | None = None
    for timex in timexes:
        if not sentence.start <= timex.span.start < sentence.end:
            continue
        if region_of(text, sentence, timex.span.start) != region:
            continue
        date = timex_date(timex)
        if date is None or _ENDED_BEFORE.search(text, position, timex.span.start):
            continue  # "a swap pact that had lapsed in 2015": the date it ended
        gap = abs(timex.span.start - position)
        if best is None or gap < best[0]:
            best = (gap, date)
    return None if best is None else best[1]


_ENDED_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:had\s+|has\s+|was\s+)?(?:lapsed|expired|ended|collapsed|"
    r"terminated|scrapped|ran\s+out|broke\s+down)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
"""A relative clause that tells when something ended, just before a date."""


