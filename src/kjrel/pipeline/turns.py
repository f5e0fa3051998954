"""Speaker turns of transcripts, and the first person in them.

A transcript (a joint press conference, a briefing, remarks with questions)
gives each turn to its speaker with a label ("PRIME MINISTER HATOYAMA: ...",
"President Yoon: ...") or a bracketed heading ("[Opening statement by
President Lee Myung-bak]"). Inside a leader's turn the first person is
deictic: "I" and "me" are the speaker, and "we", "us" and "our" are the
speaker and the counterpart, the leader of another country who speaks in
the transcript too, else the one the article names most. :func:`with_first_person`
adds those references to the mentions stage's output, so every later stage
reads "the President and I will travel to Beijing" or "we agreed to ..." as
it reads names. Pure functions of the text, its segmentation and mentions.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence

from attrs import frozen

from kjrel.models import EntityKind
from kjrel.pipeline.intervals import Intervals
from kjrel.pipeline.types import Mention, MentionKind, Mentions, Segmentation

__all__ = ["Turn", "speaker_turns", "with_first_person"]


@frozen
class Turn:
    """One speaker's stretch of a transcript."""

    start: int
    """First code point of the turn's words (after its label)."""
    end: int
    """One past the last code point, where the next turn's head starts."""
    speaker: Mention | None
    """The leader who speaks, ``None`` for a question or another speaker."""


_LABEL = re.compile(r"[^:\n]{1,60}?:(?=\s)")
"""A speaker label at the start of a paragraph ("PRESIDENT LEE:", "Q (KBN):")."""

_BRACKETED = re.compile(r"[\[(][^\])\n]{1,120}[\])]")
"""A heading in brackets that makes a whole paragraph ("[Questions and answers]")."""

_LABEL_WORDS = 6
"""Words a label may hold; a longer stretch before a colon is a sentence."""

_FIRST_PERSON = re.compile(r"\b(?:(?P<one>I|me)|(?P<many>[Ww]e|us|[Oo]ur))\b")
"""The first person: the speaker alone, or the speaker with others."""


class _Leaders:
    """The leader mentions of an article, found by offset."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = [m for m in mentions if m.entity is not None
                         and m.entity_kind is EntityKind.LEADER and not m.members]
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> Mention | None:
        """Return the first leader named inside ``[start, end)``, if any."""
        index = bisect.bisect_left(self.starts, start)
        if index < len(self.mentions) and self.mentions[index].end <= end:
            return self.mentions[index]
        return None


def _head(text: str, start: int, end: int, leaders: _Leaders) -> tuple[int, Mention | None] | None:
    """Return where a paragraph's turn starts and its speaker, if the paragraph heads a turn."""
    bracketed = _BRACKETED.fullmatch(text, start, end)
    if bracketed is not None:
        return end, leaders.within(start, end)
    label = _LABEL.match(text, start, end)
    if label is None or len(text[start : label.end()].split()) > _LABEL_WORDS:
        return None
    words = text[start : label.end() - 1]
    speaker = leaders.within(start, label.end())
    if speaker is not None and not words.isupper() and text[speaker.end : label.end() - 1].strip():
        return None  # "Moon said: ..." is a sentence, not a label
    if speaker is None and not (words.isupper() or words.startswith("Q")):
        return None  # "The reason is simple: ..." is no label
    return label.end(), speaker


def speaker_turns(text: str, segmentation: Segmentation, mentions: Mentions) -> tuple[Turn, ...]:
    """Return the transcript's turns, in text order; none for an article that is no transcript."""
    return _turns(text, segmentation, _Leaders(mentions.mentions))


def _turns(text: str, segmentation: Segmentation, leaders: _Leaders) -> tuple[Turn, ...]:
    heads: list[tuple[int, int, Mention | None]] = []
    for paragraph in segmentation.paragraphs:
        found = _head(text, paragraph.start, paragraph.end, leaders)
        if found is not None:
            heads.append((paragraph.start, *found))
    if not any(speaker is not None for _, _, speaker in heads):
        return ()
    ends = [start for start, _, _ in heads[1:]] + [len(text)]
    return tuple(Turn(body, end, speaker)
                 for (_, body, speaker), end in zip(heads, ends, strict=True))


def _counterpart(speaker: Mention, turns: Sequence[Turn], others: Sequence[Mention]) -> str | None:
    """Return the leader "we" joins to ``speaker``: another country's speaker, else most named.

    ``others`` are the mentions of other countries' leaders.
    """
    speaking = [t.speaker.entity for t in turns if t.speaker is not None
                and t.speaker.country != speaker.country and t.speaker.entity is not None]
    if speaking:
        return speaking[0]
    named = Counter(m.entity for m in others)
    return named.most_common(1)[0][0] if named else None


class _Nearby:
    """Other countries' leaders by sentence, for a lone speaker's "we"."""

    def __init__(self, others: Sequence[Mention], segmentation: Segmentation) -> None:
        self.others = others
        self.starts = [m.start for m in others]
        self.sentences = segmentation.sentences
        self.sentence_starts = [sentence.start for sentence in self.sentences]

    def _between(self, start: int, end: int) -> Sequence[Mention]:
        return self.others[bisect.bisect_left(self.starts, start) :
                           bisect.bisect_left(self.starts, end)]

    def partner(self, at: int) -> str | None:
        """Return the other leader a lone speaker's "we" at ``at`` takes in, from nearby.

        With no other leader speaking, "we" is the speaker and the leader just
        talked of: "I met President Obama on Thursday, and we confirmed ...";
        "At our summit in Seoul, my first with President Park". The nearest
        one in the sentence, else the last of the sentence before.
        """
        number = bisect.bisect_right(self.sentence_starts, at) - 1
        if number < 0 or self.sentences[number].end <= at:
            return None
        here = self.sentences[number]
        inside = self._between(here.start, here.end)
        if inside:
            return min(inside, key=lambda m: abs(m.start - at)).entity
        if number == 0:
            return None
        before = self.sentences[number - 1]
        earlier = self._between(before.start, before.end)
        return earlier[-1].entity if earlier else None


def _first_person(
    text: str, turn: Turn, speaker: Mention, partner: Callable[[int], str | None]
) -> list[Mention]:
    """Return the first-person mentions of ``speaker``'s turn; ``partner`` gives "we"'s other."""
    name = speaker.entity
    found: list[Mention] = []
    for match in _FIRST_PERSON.finditer(text, turn.start, turn.end):
        if match.group("one"):
            found.append(Mention(match.start(), match.end(), match.group(), MentionKind.PRONOUN,
                                 name, EntityKind.LEADER, speaker.country))
            continue
        other = partner(match.start())
        if other is not None and name is not None:
            found.append(Mention(match.start(), match.end(), match.group(), MentionKind.PRONOUN,
                                 None, EntityKind.GROUP, None, members=(name, other)))
    return found


def _partner_of(
    speaker: Mention, turns: Sequence[Turn], leaders: _Leaders, segmentation: Segmentation
) -> Callable[[int], str | None]:
    """Return how "we" at an offset finds its other leader in ``speaker``'s turns.

    Another country's leader who speaks in the transcript is always it; a
    lone speaker's "we" takes the leader talked of nearby, else the most named.
    """
    others = [m for m in leaders.mentions if m.country != speaker.country]
    speaking = any(t.speaker is not None and t.speaker.country != speaker.country
                   for t in turns)
    fallback = _counterpart(speaker, turns, others)
    if speaking:
        return lambda _at: fallback
    nearby = _Nearby(others, segmentation)
    return lambda at: nearby.partner(at) or fallback


def with_first_person(text: str, segmentation: Segmentation, mentions: Mentions) -> Mentions:
    """Return ``mentions`` with the first person of every leader's transcript turn resolved."""
    leaders = _Leaders(mentions.mentions)
    turns = _turns(text, segmentation, leaders)
    if not turns:
        return mentions
    taken = Intervals((m.start, m.end) for m in mentions.mentions)
    partners: dict[str | None, Callable[[int], str | None]] = {}  # by the speaker's country
    added: list[Mention] = []
    for turn in turns:
        if turn.speaker is None:
            continue
        country = turn.speaker.country
        if country not in partners:
            partners[country] = _partner_of(turn.speaker, turns, leaders, segmentation)
        added.extend(m for m in _first_person(text, turn, turn.speaker, partners[country])
                     if not taken.overlaps(m.start, m.end))
    if not added:
        return mentions
    merged = sorted((*mentions.mentions, *added), key=lambda m: (m.start, m.end))
    return Mentions(mentions=tuple(merged), entities=mentions.entities)
