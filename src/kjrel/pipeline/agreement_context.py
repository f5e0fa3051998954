"""What the agreement stage knows of one article before it reads a sentence.

The meetings each sentence is about, the article's main meeting, the
parties assumed when a sentence names none, each sentence's parse and
dates. Built once per document by :func:`make_context`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from attrs import define, field

from kjrel.gazetteer import Gazetteer
from kjrel.models import Document, PartialDate, Summit, TemporalExpression
from kjrel.pipeline import agreement_text as at
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.lexicon import COUNT_WORDS
from kjrel.pipeline.references import LeaderRef, leader_refs, timex_date
from kjrel.pipeline.syntax.clauses import Parse, parse_sentence
from kjrel.pipeline.types import Mention, Mentions, Segmentation, Sentence

__all__ = ["Context", "make_context"]


@define
class Context:
    """One article as the agreement stage sees it."""

    text: str
    """The document text."""
    published: dt.date
    """Its publication date."""
    sentences: Sequence[Sentence]
    """Its sentences."""
    summits: Sequence[Summit]
    """The summits stage 7 found."""
    summit_countries: Sequence[tuple[str, ...]]
    """The countries of each summit's participants."""
    evidence_of: dict[int, list[int]]
    """Sentence index -> the summits it is evidence of, in order."""
    main: int | None
    """The article's main meeting: the first current one, else the first."""
    default_parties: tuple[str, ...]
    """Parties when neither a sentence nor a meeting names any."""
    refs: Sequence[LeaderRef]
    """Every reference to a leader."""
    sentence_refs: dict[int, list[LeaderRef]]
    """Sentence index -> the leader references in it."""
    leader_words: frozenset[str]
    """Every word of a leader's name or reference."""
    timexes: Sequence[TemporalExpression]
    """The timexes, sorted by start."""
    gazetteer: Gazetteer
    """Where leaders and countries are looked up."""
    plurals: Sequence[Mention] = ()
    """The plural mentions ("the two leaders", "they") with the people they stand for."""
    _parses: dict[int, Parse] = field(factory=dict)
    _timex_starts: list[int] = field(factory=list)

    def parse(self, index: int) -> Parse:
        """Return the clause parse of sentence ``index`` (made once)."""
        found = self._parses.get(index)
        if found is None:
            sentence = self.sentences[index]
            found = self._parses[index] = parse_sentence(self.text, sentence.start, sentence.end)
        return found

    def local_timexes(self, index: int) -> Sequence[TemporalExpression]:
        """Return the timexes that start in sentence ``index``."""
        if not self._timex_starts:
            self._timex_starts = [t.span.start for t in self.timexes]
        sentence = self.sentences[index]
        low = bisect.bisect_left(self._timex_starts, sentence.start)
        return self.timexes[low : bisect.bisect_left(self._timex_starts, sentence.end)]

    def events_of(self, index: int) -> list[int]:
        """Return the summits sentence ``index`` is evidence of."""
        return self.evidence_of.get(index, [])

    def event_of(self, index: int, *, trilateral: bool = True) -> int | None:
        """Return the meeting sentence ``index`` is about (see the module docstring).

        With ``trilateral`` false, a sentence that names a meeting of three
        is not thereby about one (its subject is a pair).
        """
        sentence = self.sentences[index]
        chunk = self.text[sentence.start : sentence.end]
        if trilateral and (
                lex.TRIPLE_PLURAL.search(chunk) or lex.TRILATERAL_WORDS.search(chunk)):
            threes = [n for n, c in enumerate(self.summit_countries) if len(c) >= 3]
            near = [n for n in (*self.events_of(index), *self.events_of(index - 1)) if n in threes]
            # a meeting of three told far away is the sentence's only if it is the report's
            # ("the three sides pledged" at ministers' talks is no summit of 2019)
            chosen = near or [n for n in threes if self.current(n)]
            if chosen:
                return chosen[0]
        for number in (index, index - 1):
            if self.evidence_of.get(number):
                return self.evidence_of[number][0]
        # an old main meeting the sentence does not tell is not what it is about
        return self.main if self.main is not None and self.current(self.main) else None

    def current(self, event: int | None) -> bool:
        """Whether ``event`` is the article's reported event (or there is none)."""
        if event is None:
            return True
        date = self.summits[event].date
        if date is None:
            return event == self.main
        if date.earliest() > self.published:
            return False  # a meeting still to come made nothing the article reports as done
        lag = (self.published - date.latest()).days
        return lag <= at.RECENT_DAYS or (event == self.main and lag <= at.CURRENT_DAYS)

    def event_parties(self, event: int | None) -> tuple[str, ...]:
        """Return the countries of ``event``'s participants, else the default parties."""
        return (self.summit_countries[event] if event is not None else ()) or self.default_parties

    def lead_day(self) -> PartialDate | None:
        """Return the day of the article's own report: the first day its lead names.

        The first day-precise date of the first two sentences, when it lies
        within ``RECENT_DAYS`` before publication ("on Monday" in a wire's
        lead); ``None`` otherwise.
        """
        for index in range(min(2, len(self.sentences))):
            for timex in self.local_timexes(index):
                day = timex_date(timex)
                if day is None or day.precision != "day":
                    continue
                lag = (self.published - day.latest()).days
                if 0 <= lag <= at.RECENT_DAYS:
                    return day
        return None

    def report_date(self) -> PartialDate:
        """Return the date of the exchange the article reports, where nothing else dates an act.

        The day its lead names (:meth:`lead_day`), else the month it appeared
        in: a date of that month at that precision.
        """
        return self.lead_day() or PartialDate(self.published.year, self.published.month)

    def nearest_date(
        self, index: int, position: int, *, before: int | None = None
    ) -> PartialDate | None:
        """Return the date nearest ``position`` in its part of sentence ``index``.

        ``before``: only dates that start before that offset (not those inside
        the course a commitment verb governs).
        """
        timexes = self.local_timexes(index)
        if before is not None:
            timexes = tuple(t for t in timexes if t.span.start < before)
        return at.sentence_date(self.text, self.sentences[index], position, timexes)

    def plural_countries(self, start: int, end: int, *, counted: bool = False) -> set[str]:
        """Return the countries of the people a plural mention in ``[start, end)`` stands for.

        With ``counted``, only mentions that state their number ("the two
        leaders", "both") and stand for that many people.
        """
        found: set[str] = set()
        for mention in self.plurals:
            if start <= mention.start < end and (
                not counted or _states_count(self.text[mention.start:mention.end], mention.members)
            ):
                for name in mention.members:
                    leader = self.gazetteer.lookup(name, self.published)
                    if leader is not None:
                        found.add(leader.country)
        return found

    def recent_day(self, index: int, position: int) -> PartialDate | None:
        """Return the day near ``position`` if it lies in the last few days before publication."""
        day = self.nearest_date(index, position)
        if day is None or day.day is None:
            return None
        return day if 0 <= (self.published - day.earliest()).days <= at.RECENT_DAYS else None


_COUNTS = {**COUNT_WORDS, "both": 2}


def _states_count(words: str, members: Sequence[str]) -> bool:
    """Whether a plural mention says how many it stands for, and stands for that many."""
    numbers = {_COUNTS[w] for w in words.casefold().split() if w in _COUNTS}
    return numbers == {len(members)}


def _evidence_of(document: Document, sentences: Sequence[Sentence],
                 summits: Sequence[Summit]) -> dict[int, list[int]]:
    """Sentence index -> the summits it is evidence of, the reported ones first.

    A sentence that tells the reported meeting and an earlier one ("the first
    since May in Tokyo") is about the reported one.
    """
    starts = {s.start: i for i, s in enumerate(sentences)}
    found: dict[int, list[int]] = {}
    by_recency = sorted(
        range(len(summits)),
        key=lambda n: (not _reported(document.published, summits[n]), n),
    )
    for number, summit in ((n, summits[n]) for n in by_recency):
        for span in summit.evidence:
            index = starts.get(span.start)
            if index is not None and span.doc_id == document.id:
                events = found.setdefault(index, [])
                if number not in events:
                    events.append(number)
    return found


def _reported(published: dt.date, summit: Summit) -> bool:
    """Whether a summit is dated within the days an article reports on."""
    return summit.date is not None and at.reported(published, summit.date)


def _main(published: dt.date, summits: Sequence[Summit]) -> int | None:
    current = [n for n, summit in enumerate(summits) if _reported(published, summit)]
    return current[0] if current else (0 if summits else None)


def _default_parties(
    summit_countries: Sequence[tuple[str, ...]], refs: Sequence[LeaderRef]
) -> tuple[str, ...]:
    if summit_countries and len(summit_countries[0]) >= 2:
        return summit_countries[0]
    countries = list(dict.fromkeys(ref.leader.country for ref in refs))
    if len(countries) >= 2:
        return tuple(sorted(countries[:2]))
    return tuple(sorted(lex.DEFAULT_COUNTRIES))


def make_context(
    document: Document,
    segmentation: Segmentation,
    mentions: Mentions,
    timexes: Sequence[TemporalExpression],
    summits: Sequence[Summit],
    gazetteer: Gazetteer,
) -> Context:
    """Gather what every sentence of ``document`` shares."""
    text, sentences = document.text, segmentation.sentences
    refs = leader_refs(document, mentions, gazetteer)
    starts = {s.start: i for i, s in enumerate(sentences)}
    sentence_refs: dict[int, list[LeaderRef]] = {}
    for ref in refs:
        found = segmentation.sentence_at(ref.start)
        if found is not None:
            sentence_refs.setdefault(starts[found.start], []).append(ref)
    countries = [at.summit_countries(s, gazetteer) for s in summits]
    return Context(
        text=text,
        published=document.published,
        sentences=sentences,
        summits=summits,
        summit_countries=countries,
        evidence_of=_evidence_of(document, sentences, summits),
        main=_main(document.published, summits),
        default_parties=_default_parties(countries, refs),
        refs=refs,
        sentence_refs=sentence_refs,
        leader_words=frozenset(
            word
            for ref in refs
            for word in (*ref.leader.name.split(), text[ref.start : ref.end].split()[-1])
        ),
        timexes=sorted(timexes, key=lambda t: t.span.start),
        gazetteer=gazetteer,
        plurals=tuple(m for m in mentions.mentions if len(m.members) >= 2),
    )
