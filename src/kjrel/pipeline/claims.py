"""Stage 9: dated claims about people taking or leaving office.

Needs the segmentation, the mentions and the temporal expressions; makes a
:class:`~kjrel.models.Claim` for each sentence that says when someone leaves
office ("Suga's term ends at the end of the month", "Abe, who will step
down as party leader in mid-September") or takes it ("Moon began his
five-year term in May 2017", "Ishiba took office two weeks ago").

Rules: a phrase of :data:`~kjrel.pipeline.events_lexicon.CLAIM_LEAVES` or
:data:`~kjrel.pipeline.events_lexicon.CLAIM_TAKES`; the date expression
nearest to it in the same clause (after it within 80 code points, or before
it within 40), durations excluded; the subject is the person mentioned
nearest before the phrase in the sentence (a possessive "Kishida's term"
included), or failing that the person a description such as "the Japanese
prime minister" stands for, from the mentions stage. Claims are kept as
the article makes them: two articles that disagree both keep theirs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from kjrel.gazetteer import Gazetteer
from kjrel.models import (
    Claim,
    ClaimKind,
    Document,
    EntityKind,
    Span,
    TemporalExpression,
    TimexType,
)
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.references import leader_refs
from kjrel.pipeline.regions import region_of
from kjrel.pipeline.types import Mentions, Segmentation, Sentence

__all__ = ["find_claims"]

_AFTER = 80
_BEFORE = 40
_CALENDAR = re.compile(r"^\d{4}(?:-(?:\d{2}|W\d{2}|[A-Z]{2}))?(?:-\d{2})?")


def _subject(
    text: str,
    sentence: Sentence,
    position: int,
    people: Sequence[tuple[int, int, str]],
    starts: Sequence[int] | None = None,
) -> str | None:
    starts = [p[0] for p in people] if starts is None else starts
    low = bisect.bisect_left(starts, sentence.start)
    high = bisect.bisect_left(starts, sentence.end)
    window = people[low:high]  # people sorted by start: only this sentence's
    before = [p for p in window if p[1] <= position]
    if before:
        return max(before, key=lambda p: p[0])[2]
    after = [p for p in window if position <= p[0]]
    if after and re.search(r"\b(?:his|her)\b", text[sentence.start : position]):
        return min(after, key=lambda p: p[0])[2]
    return None


def _timex_for(
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    timexes: Sequence[TemporalExpression],
    timex_starts: Sequence[int] | None = None,
) -> TemporalExpression | None:
    region = region_of(text, sentence, start)
    best: tuple[int, TemporalExpression] | None = None
    starts = [t.span.start for t in timexes] if timex_starts is None else timex_starts
    low = bisect.bisect_left(starts, sentence.start)
    high = bisect.bisect_left(starts, sentence.end)
    for timex in timexes[low:high]:  # timexes sorted by start: this sentence's
        if timex.type is TimexType.DURATION or not _CALENDAR.match(timex.value):
            continue
        if region_of(text, sentence, timex.span.start) != region:
            continue
        if timex.span.start >= end:
            gap = timex.span.start - end
            if gap > _AFTER:
                continue
        elif timex.span.end <= start:
            gap = start - timex.span.end
            if gap > _BEFORE:
                continue
        else:
            gap = 0
        between = text[min(end, timex.span.start) : max(start, timex.span.end)]
        if re.search(r"[;]|\b(?:and|but) (?:he|she|they)\b", between):
            continue
        if best is None or gap < best[0]:
            best = (gap, timex)
    return None if best is None else best[1]


def _people(
    document: Document, mentions: Mentions, gazetteer: Gazetteer | None
) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for mention in mentions.mentions:
        if mention.entity is None:
            continue
        if mention.entity_kind in (EntityKind.LEADER, EntityKind.PERSON):
            found.append((mention.start, mention.end, mention.entity))
    taken = sorted((start, end) for start, end, _ in found)
    starts = [start for start, _ in taken]
    refs = () if gazetteer is None else leader_refs(document, mentions, gazetteer)
    for ref in refs:
        index = bisect.bisect_left(starts, ref.end) - 1
        if index >= 0 and taken[index][1] > ref.start:
            continue  # overlaps a mention the mentions stage resolved
        found.append((ref.start, ref.end, ref.leader.name))
    found.sort()
    return found


def find_claims(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    timexes: tuple[TemporalExpression, ...],
    gazetteer: Gazetteer | None = None,
) -> tuple[Claim, ...]:
    """Find claims of when a person takes or leaves office, in text order.

    Subjects come from the mentions stage; with ``gazetteer``, leaders' names
    and family names the mentions stage missed count too.
    """
    text = document.text
    people = _people(document, mentions, gazetteer)
    people_starts = [p[0] for p in people]
    ordered = sorted(timexes, key=lambda t: t.span.start)
    timex_starts = [t.span.start for t in ordered]
    claims: list[Claim] = []
    seen: set[tuple[str, ClaimKind, str, int]] = set()
    for sentence in segmentation.sentences:
        for pattern, kind in (
            (lex.CLAIM_LEAVES, ClaimKind.LEAVES_OFFICE),
            (lex.CLAIM_TAKES, ClaimKind.TAKES_OFFICE),
        ):
            for match in pattern.finditer(text, sentence.start, sentence.end):
                timex = _timex_for(
                    text, sentence, match.end() - 1, match.end(), ordered, timex_starts
                )
                if timex is None:
                    continue
                subject = _subject(text, sentence, match.start(), people, people_starts)
                if subject is None:
                    continue
                key = (subject, kind, timex.value, sentence.start)
                if key in seen:
                    continue
                seen.add(key)
                claims.append(
                    Claim(
                        subject=subject,
                        kind=kind,
                        value=_CALENDAR.match(timex.value).group(0),  # type: ignore[union-attr]
                        mod=timex.mod,
                        evidence=Span(document.id, sentence.start, sentence.end),
                        timex=timex.span,
                    )
                )
    return tuple(claims)
