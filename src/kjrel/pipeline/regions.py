"""Clause regions by punctuation, for the claims and agreements stages.

Region 0 of a sentence is the reporter's own text; each quotation and each
non-restrictive relative clause (``, which ...``) is its own region. The
event stages read clauses from :mod:`kjrel.pipeline.syntax` instead; these
regions remain for the stages that have not moved to it yet.
"""

from __future__ import annotations

import functools
import re

from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.types import Sentence

__all__ = ["clause_of", "region_of"]


_QUOTE_OPEN = "“"


_QUOTE_CLOSE = "”"


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|(?:and\s+)?then)\s+|;\s+")


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
