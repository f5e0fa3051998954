"""What the summit frames of one article are read against, and their candidates' index.

:class:`FrameContext` holds an article's parses and what each window of it
names (dates, places, ordinals, gatherings), built once by
:func:`kjrel.pipeline.summit_frames.frame_candidates`; the helpers find a
stretch's offsets and the last meeting spoken of before a candidate.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from attrs import frozen

from kjrel.gazetteer import Gazetteer
from kjrel.models import Document, Leader, PartialDate
from kjrel.pipeline.references import LeaderRef, LocationRef
from kjrel.pipeline.summit_clusters import Candidate
from kjrel.pipeline.syntax.clauses import Parse
from kjrel.pipeline.types import Mention, Segmentation

__all__ = ["FrameContext", "by_sentence", "in_ranges", "last_strong", "offsets"]


@frozen
class FrameContext:
    """What every frame of one article is read against."""

    document: Document
    segmentation: Segmentation
    parses: tuple[Parse, ...]
    """One parse per window (a sentence, or a stretch of an overlong one)."""
    sentence_of: tuple[int, ...]
    """The sentence index of each window."""
    numbered: tuple[list[tuple[int, int, int]], ...]
    """The ordinals of meetings ("12th meeting") in each window."""
    occasions: tuple[str | None, ...]
    """The larger gathering each window names, if any."""
    dates: tuple[list[tuple[int, int, PartialDate]], ...]
    """The dates of each window that may date a meeting."""
    bounded_dates: tuple[list[tuple[int, int, PartialDate]], ...]
    """The dates of each window, those bounding a period ("since 2019") included."""
    places: tuple[list[tuple[int, int, LocationRef]], ...]
    """The places and countries of each window."""
    refs: tuple[LeaderRef, ...]
    """The article's leader references, in text order."""
    plurals: tuple[Mention, ...]
    """Plural mentions with members ("the two leaders")."""
    others: tuple[Mention, ...]
    """Mentions of people who are not leaders."""
    quoted: tuple[tuple[int, int], ...]
    """Quotations: no meeting is read from inside them."""
    article: tuple[Leader, ...]
    """The leaders the article names, most named first."""
    gazetteer: Gazetteer
    """The reference data."""
    entry_days: tuple[tuple[int, PartialDate], ...] = ()
    """Days of the lines that are only a date or time (a live blog's entry headers), by start."""
    sections: tuple[tuple[int, PartialDate | None, LocationRef | None], ...] = ()
    """Section heads by start: "TOKYO, March 16" lines, with their day and city; a
    head whose day is ``None`` ends the section before it and dates nothing."""

    def section_at(self, position: int) -> tuple[PartialDate, LocationRef] | None:
        """Return the day and place of the section that holds ``position``, if any."""
        index = bisect.bisect_right(self.sections, position, key=lambda head: head[0])
        if not index:
            return None
        _, day, place = self.sections[index - 1]
        return None if day is None or place is None else (day, place)

    def report_day(self, position: int) -> PartialDate:
        """Return the day the text at ``position`` reports from.

        The last entry header before it that names a day ("Sunday, May 26",
        "18:00" on that page), else the publication day.
        """
        index = bisect.bisect_right(self.entry_days, position, key=lambda pair: pair[0])
        if index:
            return self.entry_days[index - 1][1]
        day = self.document.published
        return PartialDate(day.year, day.month, day.day)


def offsets(parse: Parse, first: int, last: int) -> tuple[int, int]:
    """Return the document offsets of tokens ``first`` to ``last`` of a parse."""
    tokens = parse.phrases.tokens
    return tokens[first].start, tokens[last].end


def in_ranges(start: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether ``start`` falls in one of ``ranges``."""
    return any(low <= start < high for low, high in ranges)


def by_sentence(candidates: Sequence[Candidate]) -> dict[int, list[Candidate]]:
    """Return the candidates by the sentence they are in."""
    index: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        index.setdefault(candidate.sentence, []).append(candidate)
    return index


def last_strong(
    index: dict[int, list[Candidate]], candidate: Candidate, *, salient: bool = False
) -> Candidate | None:
    """Return the last meeting with two or more leaders spoken of before ``candidate``.

    With ``salient``, the first such meeting of the last sentence that has one:
    a possessive "their" points to the pair the sentence is about, its first
    meeting, not to a meeting named later in a phrase ("A and B held talks on
    the margins of their summit with C. Their previous meeting ...").
    """
    for sentence in range(candidate.sentence, candidate.sentence - _THEIR_REACH - 1, -1):
        found = [other for other in index.get(sentence, ())
                 if other.position < candidate.position and other.strong
                 and len(other.participants) >= 2 and not _later(other, candidate)]
        if found:
            return found[0] if salient and sentence != candidate.sentence else found[-1]
    return None


def _later(other: Candidate, candidate: Candidate) -> bool:
    """Whether ``other`` is dated wholly after ``candidate``: not the meeting it speaks of.

    "The summit began at 4:35 p.m." (today) is not the trilateral "to be held
    tomorrow" told just before it.
    """
    return other.date is not None and candidate.date is not None and (
        other.date.earliest() > candidate.date.latest())


_THEIR_REACH = 2  # sentences back that "their" may point
