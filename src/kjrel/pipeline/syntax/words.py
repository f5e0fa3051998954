"""Level 1 of the syntax layer: tokens with lemmas.

Morphology is done here, once: every later level and every lexicon works on
:attr:`Token.lemma` ("met", "meets" and "meeting" all have the lemma
``meet``), so lexicons list lemmas, never spelled-out inflections.

The lemmatizer is a small rule set over a closed vocabulary: irregular forms
come from :data:`~kjrel.pipeline.syntax.wordclass.IRREGULAR`; a regular form
("convened", "inked", "signing", "hosts") loses its suffix only when what is
left is a known lemma, so unknown words keep their written form.
"""

from __future__ import annotations

import functools
import re

from attrs import frozen

from kjrel.pipeline.syntax import wordclass as wc
from kjrel.pipeline.syntax.identity import IdentityEnum

__all__ = ["Shape", "Token", "inflections", "lemmatize", "past_form", "tokenize"]


class Shape(IdentityEnum):
    """The written shape of a token."""

    WORD = "word"
    """A lower-case word."""
    CAPITALIZED = "capitalized"
    """A word with an upper-case first letter ("Seoul", "APEC")."""
    NUMBER = "number"
    """Digits, with or without separators ("2024", "1,000", "6-7")."""
    PUNCT = "punct"
    """Punctuation, one character (or ``--``)."""
    QUOTE = "quote"
    """A quotation mark."""


@frozen
class Token:
    """One token of the text, with its lemma."""

    start: int
    """First code point."""
    end: int
    """One past the last code point."""
    text: str
    """As written."""
    lower: str
    """Lower-cased."""
    lemma: str
    """The dictionary form (lower case); the lower-cased form when unknown."""
    shape: Shape
    """Word, capitalized word, number, punctuation or quotation mark."""


_TOKEN = re.compile(
    # a hyphenated compound with an abbreviation in it is one word ("Korea-U.S.", "U.S.-Japan")
    r"(?P<compound>(?:[^\W\d_]+[-–])+(?:[A-Za-z]\.){2,}(?:[-–][^\W\d_]+)*"
    r"|(?:[A-Za-z]\.){2,}(?:[-–](?:[^\W\d_]+|(?:[A-Za-z]\.){2,}))+)"
    r"|(?P<abbr>(?:[A-Za-z]\.){2,})"
    r"|(?P<num>\d+(?:[.,:/-]\d+)*(?:st|nd|rd|th|s)?)"
    r"|(?P<word>[^\W\d_](?:[\w]|['’\-.](?=[^\W_]))*(?:['’]s\b)?)"
    r"|(?P<quote>[\"“”‘’'])"
    r"|(?P<dash>--)"
    r"|(?P<punct>[^\w\s])"
)
_SUFFIX_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("ing", ("", "e", "-double")),
    ("ed", ("", "e", "-double")),
    ("es", ("", "e")),
    ("s", ("",)),
)


def _candidates(lower: str) -> list[str]:
    out: list[str] = []
    for suffix, replacements in _SUFFIX_RULES:
        if not lower.endswith(suffix) or len(lower) <= len(suffix) + 1:
            continue
        stem = lower[: -len(suffix)]
        for replacement in replacements:
            if replacement == "-double":
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    out.append(stem[:-1])
            else:
                out.append(stem + replacement)
    return out


@functools.lru_cache(maxsize=65536)
def lemmatize(lower: str, known: frozenset[str] = wc.VERBS) -> str:
    """Return the lemma of a lower-cased word form.

    Irregular forms are looked up; a regular inflection is stripped only when
    the result is in ``known`` (the verb lemmas by default), so "convened" is
    ``convene`` and "news" stays ``news``.

    >>> lemmatize("convened"), lemmatize("inked"), lemmatize("meeting"), lemmatize("news")
    ('convene', 'ink', 'meet', 'news')
    """
    if lower in wc.IRREGULAR:
        return wc.IRREGULAR[lower]
    if lower in known:
        return lower
    for candidate in _candidates(lower):
        if candidate in known:
            return candidate
    return lower


_DOUBLING: frozenset[str] = frozenset({"concur", "refer", "regret", "admit", "commit", "omit"})
"""Regular verbs that double their last consonant before -ed and -ing."""


def past_form(lower: str) -> bool:
    """Return whether a lower-cased word reads as a verb's past form ("held", "visited", "met").

    Inflected (its lemma differs), but no -ing or -s form.
    """
    return lemmatize(lower) != lower and not lower.endswith(("s", "ing"))


def inflections(lemma: str) -> frozenset[str]:
    """Return the past, -ing and third-person -s forms of a regular verb lemma.

    The inverse of :func:`lemmatize` for the regular verbs a lexicon lists
    by lemma; the bare form is left out (a lexicon decides whether it
    wants it).

    >>> sorted(inflections("convey")), sorted(inflections("concur"))
    (['conveyed', 'conveying', 'conveys'], ['concurred', 'concurring', 'concurs'])
    >>> sorted(inflections("joke")), sorted(inflections("wish"))
    (['joked', 'jokes', 'joking'], ['wished', 'wishes', 'wishing'])
    """
    if lemma in _DOUBLING:
        stem = lemma + lemma[-1]
        past, ing = stem + "ed", stem + "ing"
    elif lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return frozenset({past, ing, third})


def _shape(kind: str | None, text: str) -> Shape:
    if kind == "num":
        return Shape.NUMBER
    if kind == "quote":
        return Shape.QUOTE
    if kind in {"punct", "dash"}:
        return Shape.PUNCT
    return Shape.CAPITALIZED if text[:1].isupper() else Shape.WORD


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Split ``text[start:end]`` into tokens with lemmas.

    A possessive "'s" stays on its word ("Kishida's"); abbreviations with
    inner full stops ("U.S.") are one token; an apostrophe or quotation mark
    standing alone is a :attr:`Shape.QUOTE` token.
    """
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text, start, stop):
        written = match.group()
        kind = match.lastgroup
        if kind == "quote" and written in {"'", "’"} and tokens and _possessive_s(text, match):
            continue
        start, end = match.span()
        tokens.append(Token(start, end, written, *_word_facts(written, kind)))
    return tuple(tokens)


@functools.lru_cache(maxsize=65536)  # words recur: "the" is read once per process
def _word_facts(written: str, kind: str | None) -> tuple[str, str, Shape]:
    """Return the lower case, lemma and shape of a token written ``written``."""
    lower = written.casefold()
    lemma = lemmatize(lower) if kind == "word" else lower
    return lower, lemma, _shape(kind, written)


def _possessive_s(text: str, match: re.Match[str]) -> bool:
    """Return whether an apostrophe is a plural possessive ("leaders' talks")."""
    before = text[match.start() - 1 : match.start()]
    after = text[match.end() : match.end() + 1]
    return before == "s" and (not after or after.isspace())


