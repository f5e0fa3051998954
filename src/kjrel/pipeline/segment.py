r"""Stage 1: paragraphs, sentences and page furniture.

:func:`segment` splits an article into paragraphs (runs of text between
line breaks: ``\n``, ``\r\n`` or a lone ``\r``), sets page furniture
aside (whole paragraphs, an opening dateline, a closing credit; see
:mod:`kjrel.pipeline.furniture`) and splits the rest into sentences.

Offsets are offsets into the text as given: line breaks are not
translated, and a byte-order mark at offset 0 is simply not content.

A sentence ends after ``.``, ``?``, ``!`` or ``…`` (and any closing
quotation marks or brackets right after them) when white space or the end
of the paragraph follows and the next word does not start in lower case;
but never

* after an abbreviation or an initial (``Mr.``, ``Sept. 6``, ``No. 5``,
  ``Joseph R. Biden``, ``the U.S. Embassy``; ``with the U.S. Abe and Park
  met ...`` does end a sentence, since a capitalised word that is not a
  usual follower of ``U.S.`` starts one),
* inside a quotation that continues (``"We met. We agreed," he said.`` is
  one sentence), nor
* before a short attribution (``"Why?" Kim asked.`` is one sentence).

Every step is a single left-to-right pass, so the time is linear in the
length of the text.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from kjrel.pipeline.furniture import (
    SUMMARY_BULLET,
    classify_paragraph,
    dateline_prefix,
    is_link_header,
    is_linked_headline,
    trailing_credit,
    wire_slug_prefix,
)
from kjrel.pipeline.lexicon import REPORTING_VERBS
from kjrel.pipeline.quotes import pair_marks
from kjrel.pipeline.types import FurnitureKind, FurnitureRange, Paragraph, Segmentation, Sentence

__all__ = [
    "AMBIGUOUS_ABBREVIATIONS",
    "COUNTRY_ABBREVIATION_FOLLOWERS",
    "DIGIT_ABBREVIATIONS",
    "NEVER_FINAL_ABBREVIATIONS",
    "SENTENCE_STARTERS",
    "segment",
]

NEVER_FINAL_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gov", "rep", "reps", "sen",
        "sens", "st", "ste", "gen", "lt", "col", "maj", "capt", "cpt", "adm", "sgt", "cmdr",
        "cdr", "rev", "hon", "pres", "amb", "supt", "insp", "mt", "ft", "vs", "v", "e.g",
        "i.e", "cf", "approx", "dept", "univ", "assn", "gov't", "a.k.a", "aka", "fig",
        "ca", "c", "vol", "pp", "p", "ed", "eds", "esq", "lt.-gen", "lt.-col", "brig",
    }
)
"""Abbreviations (lower case, without the final period) that never end a
sentence: titles before a name and Latin shorthands."""

DIGIT_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "art", "arts", "sec", "para", "ch", "op", "tel",
    }
)
"""Abbreviations that do not end a sentence when a number follows
(``Sept. 6``, ``No. 2``), but may otherwise."""

AMBIGUOUS_ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "co", "corp", "inc", "ltd", "jr", "sr", "bros", "plc", "llc", "a.m", "p.m",
        "d.c", "n.y", "l.a", "s.a", "etc", "al", "est", "ave", "blvd", "rd",
    }
)
"""Abbreviations that end a sentence only when a usual sentence opener
follows (``... Samsung Electronics Co. The company said``)."""

COUNTRY_ABBREVIATION_FOLLOWERS: Final[frozenset[str]] = frozenset(
    {
        "president", "vice", "secretary", "ambassador", "embassy", "envoy", "forces",
        "force", "army", "navy", "air", "marine", "marines", "military", "troops",
        "department", "state", "congress", "senate", "house", "treasury", "trade",
        "defense", "defence", "government", "administration", "special", "representative",
        "deputy", "national", "federal", "supreme", "indo-pacific", "pacific", "commerce",
        "central", "justice", "chamber", "census", "open", "capitol", "strategic",
        "institute", "agency", "office", "coast", "space", "cyber", "joint", "dollar",
        "dollars", "bureau", "energy", "homeland", "intelligence", "senator", "sen",
        "rep", "gen", "adm", "lt", "col", "command", "security", "general", "assembly",
        "council", "human", "high", "commissioner", "charter", "peacekeeping", "food",
        "children's", "development", "environment", "refugee", "refugees", "nuclear",
        "atomic", "panel", "resolution", "resolutions", "sanctions", "mission", "permanent",
        "undersecretary", "under", "assistant", "acting", "chief", "top", "foreign",
        "prime", "parliament", "lawmakers", "officials", "official", "allies", "ally",
        "alliance", "navy's", "economy", "economic", "stocks", "shares", "markets",
        "market", "bonds", "treasuries", "fed", "east", "west", "southern",
        "northern", "pentagon", "republican", "republicans", "democrat", "democrats",
        "democratic", "ambassadors", "consulate", "consul", "delegation", "team",
        "secretary-general", "envoys", "agencies", "bases", "base",
        "citizens", "nationals", "soldiers", "servicemen", "service", "veterans",
        "embassies", "election", "elections", "presidential", "midterm", "midterms",
        "tariffs", "tariff", "policy", "policies", "goods", "imports", "exports",
        "firms", "companies", "company", "aid", "dollar-denominated", "mainland",
        "states", "postal", "customs", "border", "immigration", "court", "courts",
        "district", "attorney", "attorneys", "general's", "ambassador-designate",
        "nominee", "c", "d.c", "navy-led", "interests", "midwest",
    }
)
"""Capitalised words that commonly follow ``U.S.``, ``U.N.``, ``U.K.`` or
``E.U.`` inside a sentence (``the U.S. Embassy``); any other capitalised
word after one of them starts a new sentence (lower case)."""

_COUNTRY_ABBREVIATIONS: Final[frozenset[str]] = frozenset({"u.s", "u.n", "u.k", "e.u", "u.s.a"})

SENTENCE_STARTERS: Final[frozenset[str]] = frozenset(
    {
        "the", "it", "he", "she", "they", "we", "i", "you", "but", "and", "in", "on", "at",
        "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
        "as", "after", "before", "while", "when", "however", "meanwhile", "still", "yet",
        "so", "for", "with", "both", "some", "many", "there", "if", "since", "during",
        "although", "though", "earlier", "later", "last", "next", "by", "from",
        "under", "to", "what", "who", "why", "how", "other", "such", "one", "two",
        "officials", "analysts", "critics", "experts", "several", "most", "all", "no",
        "neither", "either", "also", "then", "now", "instead", "despite", "because",
        "according", "separately", "additionally", "moreover", "furthermore", "further",
        "that's", "it's", "he's", "she's", "they're", "we're", "shares", "stocks",
    }
)
"""Words (lower case) that, capitalised after an ambiguous abbreviation,
show that a new sentence has begun."""

_TERMINATOR_RUN: Final = re.compile(r"[.?!…][.?!…\"”’'»)\]]*")
_LINE: Final = re.compile(r"[^\r\n]+")
_QUOTE_CLOSERS: Final = "\"”’'»"
_TOKEN_STOP: Final = frozenset(" \t\n\r\u00a0([{\"“‘'«„")
_NEXT_WORD: Final = re.compile(r"[\"“‘'«(\[]*([A-Za-z][A-Za-z'’\-]*)")


def _token_before(text: str, dot: int, lo: int) -> str:
    """Return the word ending just before the period at ``dot`` (lower case, no final period)."""
    i = dot
    limit = max(lo, dot - 20)
    while i > limit and text[i - 1] not in _TOKEN_STOP:
        i -= 1
    return text[i:dot].lower()


def _is_abbreviation_stop(text: str, dot: int, lo: int, nxt: int, hi: int) -> bool:
    """Whether the period at ``dot`` belongs to an abbreviation, not a sentence end."""
    token = _token_before(text, dot, lo)
    if not token:
        return False
    next_char = text[nxt] if nxt < hi else ""
    if token in NEVER_FINAL_ABBREVIATIONS:
        return True
    if token in DIGIT_ABBREVIATIONS:
        return next_char.isdigit()
    if len(token) == 1 and token.isalpha():
        return text[dot - 1].isupper()  # an initial: Joseph R. Biden
    match = _NEXT_WORD.match(text, nxt, min(hi, nxt + 60))
    next_word = match.group(1).lower() if match else ""
    if token in _COUNTRY_ABBREVIATIONS:
        if not next_char.isupper() and not match:
            return True
        return next_word in COUNTRY_ABBREVIATION_FOLLOWERS or not next_word
    if "-" in token and token.rsplit("-", 1)[1] in _COUNTRY_ABBREVIATIONS:
        # "the Japan-U.S. Security Treaty", "a Korea-U.S. Summit": a compound
        # of countries modifies the noun after it and ends no sentence
        return next_word not in SENTENCE_STARTERS
    if token in AMBIGUOUS_ABBREVIATIONS or _is_initialism(token):
        return next_word not in SENTENCE_STARTERS
    return False


def _is_initialism(token: str) -> bool:
    """``u.s``, ``n.k``, ``a.m``: letters joined by periods."""
    parts = token.split(".")
    return len(parts) >= 2 and all(len(p) <= 2 and p.isalpha() for p in parts)


def _short_attribution(text: str, start: int, hi: int, *, loose: bool) -> bool:
    """Whether ``text[start:hi]`` opens with a short ``Kim asked.`` attribution."""
    words: list[str] = []
    ended = False
    for token in text[start : min(hi, start + 80)].split():
        if any(mark in token for mark in "\"“”«»„"):
            return False
        words.append(token.strip(",.;:!?\"“”'’").lower())
        if token[-1] in ".,;:!?" or len(words) >= 6:
            ended = token[-1] in ".,!?"
            break
    if not words or not any(w in REPORTING_VERBS for w in words[:4]):
        return False
    return loose or (ended and len(words) <= 5)


def _split_sentences(
    text: str, lo: int, hi: int, paragraph: int, out: list[Sentence]
) -> None:
    """Append the sentences of ``text[lo:hi]`` (one paragraph's content) to ``out``."""
    pairs = [p for p in pair_marks(text, lo, hi) if p.closed and not p.nested]
    opens = [p.open for p in pairs]
    start = lo
    for match in _TERMINATOR_RUN.finditer(text, lo, hi):
        end = match.end()
        if end < hi and not text[end].isspace():
            continue
        nxt = end
        while nxt < hi and text[nxt].isspace():
            nxt += 1
        if nxt >= hi:
            break
        index = bisect.bisect_left(opens, match.start()) - 1
        if index >= 0 and pairs[index].close >= end:
            continue  # inside a quotation that goes on
        if text[nxt].islower() or text[nxt] in ",;:)]}":
            continue
        run = match.group()
        if run[0] == "." and _is_abbreviation_stop(text, match.start(), lo, nxt, hi):
            continue
        if any(c in _QUOTE_CLOSERS for c in run) and _short_attribution(
            text, nxt, hi, loose=run[0] in "?!"
        ):
            continue
        if end > start and _has_word(text, start, end):
            out.append(Sentence(start, end, paragraph))
        start = nxt
    end = hi
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _has_word(text, start, end):
        out.append(Sentence(start, end, paragraph))


def _has_word(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` holds a letter or digit (``___`` does not)."""
    return any(c.isalnum() for c in text[start : min(end, start + 200)]) or (
        end - start > 200 and any(c.isalnum() for c in text[start:end])
    )


def _without_credit(
    text: str, start: int, lo: int, end: int, furniture: list[FurnitureRange]
) -> tuple[int, int]:
    """Return a paragraph's report between ``lo`` and its trailing credit line, if any."""
    hi = end
    credit = start + trailing_credit(text[start:end])
    if lo < credit < hi:
        suffix_start = credit
        while suffix_start < hi and text[suffix_start].isspace():
            suffix_start += 1
        furniture.append(FurnitureRange(suffix_start, hi, FurnitureKind.CREDIT))
        hi = credit
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


def segment(text: str) -> Segmentation:
    """Split ``text`` into paragraphs and sentences, setting furniture aside.

    :param text: the article body exactly as read (any line-break convention).
    :returns: every paragraph (furniture marked), the sentences of the report
        and every furniture range, in text order.
    """
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    furniture: list[FurnitureRange] = []
    seen_report = False
    dateline_checks = 3
    list_kind: FurnitureKind | None = None
    for line in _LINE.finditer(text):
        start, end = line.start(), line.end()
        while start < end and (text[start].isspace() or (start == 0 and text[0] == "\ufeff")):
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        content = text[start:end]
        kind = classify_paragraph(content, near_top=not seen_report)
        if kind is None and list_kind is not None and is_linked_headline(content):
            kind = list_kind
        else:
            list_kind = kind if kind is not None and is_link_header(content) else None
        if kind is not None:
            paragraphs.append(Paragraph(start, end, kind))
            furniture.append(FurnitureRange(start, end, kind))
            continue
        lo = start
        if not seen_report and (slug := wire_slug_prefix(content)):
            furniture.append(FurnitureRange(start, start + slug, FurnitureKind.CREDIT))
            lo = start + slug
        if dateline_checks > 0:
            if not SUMMARY_BULLET.match(content):  # a wire's summary bullets come before it
                dateline_checks -= 1
            cut = dateline_prefix(content)
            if cut:
                furniture.append(FurnitureRange(start, start + cut, FurnitureKind.DATELINE))
                lo = start + cut
                dateline_checks = 0
        lo, hi = _without_credit(text, start, lo, end, furniture)
        if lo >= hi:  # nothing but furniture after all
            paragraphs.append(Paragraph(start, end, FurnitureKind.DATELINE))
            furniture = [r for r in furniture if not start <= r.start < end]
            furniture.append(FurnitureRange(start, end, FurnitureKind.DATELINE))
            continue
        seen_report = True
        paragraphs.append(Paragraph(start, end))
        _split_sentences(text, lo, hi, len(paragraphs) - 1, sentences)
    furniture.sort(key=lambda r: r.start)
    return Segmentation(tuple(paragraphs), tuple(sentences), tuple(furniture))
