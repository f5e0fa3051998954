"""Agreement records while an article is read: merging and evidence.

A :class:`Record` is one instrument or course of action found in one
sentence; :func:`dedupe` merges the records that are the same agreement, and
:func:`extend_evidence` adds the later sentences that refer back to one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import define, field

from kjrel.models import AgreementKind, AgreementStatus, PartialDate, TemporalExpression
from kjrel.pipeline import events_lexicon as lex
from kjrel.pipeline.agreement_text import own_date
from kjrel.pipeline.types import Sentence

__all__ = ["Record", "commitment_record", "dedupe", "extend_evidence", "stems"]

_STEM_STOP = frozenset(
    {
        "agree", "agreed", "about", "after", "their", "these", "those", "which", "would",
        "could", "other", "countries", "country", "between", "bilateral", "japan",
        "korea", "korean", "japanese", "south", "north", "leaders", "sides", "together",
        "continue", "promised", "pledged", "confirmed", "commitment", "during", "ways",
        "start", "further", "under", "through", "within", "toward", "towards",
        "cooperation", "cooperate", "working", "efforts",
        # partners and manner any course may name ("with the United States and the
        # international community", "closely"): no content of the course
        "international", "community", "united", "states", "closely",
    }
)


@define
class Record:
    """One agreement found in one sentence, mutable while records merge."""

    title: str
    kind: AgreementKind
    parties: tuple[str, ...]
    date: PartialDate | None
    status: AgreementStatus
    sentences: set[int] = field(factory=set)
    first: int = 0
    event: int | None = None
    generic: bool = False
    bare: bool = False
    stems: frozenset[str] = frozenset()
    known: int | None = None


_SYNONYMS = {
    # Words reporters use interchangeably for the same agreed course.
    "speed": "hasten", "accele": "hasten", "expedi": "hasten", "hasten": "hasten",
    "negoti": "talks", "consul": "talks", "discus": "talks", "talks": "talks",
    "diplom": "talks",
}


_HASTEN = re.compile(r"\b(?:step|speed|pick|ramp)(?:s|ped|ping|ed|ing)?\s+up(?:\s+the\s+pace)?\b")
"""Phrasal verbs of hastening, one stem however they are written ("step up", "pick up the
pace")."""


def stems(text: str) -> frozenset[str]:
    """Return the content-word stems of ``text``, which tell two mentions of one course apart."""
    # content words of five letters or more, and the few shorter nouns that name
    # what an instrument is about ("swap", "visa")
    words = re.findall(r"[a-z]{5,}|\b(?:swap|visa)\b", _HASTEN.sub(" hasten ", text.casefold()))
    return frozenset(
        _SYNONYMS.get(word[:6], word[:6]) for word in words if word not in _STEM_STOP
    )


def _same(a: Record, b: Record) -> bool:
    if a.kind is not b.kind or a.parties != b.parties:
        return False
    if a.known is not None and a.known == b.known:
        # The same well-known instrument, once dated and once not.
        return a.date is None or b.date is None or a.date.overlaps(b.date)
    if (a.date is None) != (b.date is None):
        return False
    if a.date is not None and b.date is not None and not a.date.overlaps(b.date):
        return False
    if a.kind in (AgreementKind.MOU, AgreementKind.COMMITMENT):
        if a.bare or b.bare:
            return True
        if _sibling_courses(a, b):
            return False
        return len(a.stems & b.stems) >= (1 if a.kind is AgreementKind.MOU else 2)
    return True


def _sibling_courses(a: Record, b: Record) -> bool:
    """Whether two commitments of one sentence are two courses, each saying what the other does not.

    "strengthen bilateral security cooperation, as well as trilateral
    security cooperation" is split in two on purpose; a course found twice
    in its sentence says nothing new the second time.
    """
    one = a.sentences == b.sentences == {a.first} and a.first == b.first
    if not one or a.kind is not AgreementKind.COMMITMENT:
        return False
    words_a, words_b = _words(a.title), _words(b.title)
    return not (words_a <= words_b or words_b <= words_a)


def _words(title: str) -> set[str]:
    return set(re.findall(r"[\w.-]+", title.casefold()))


def dedupe(records: list[Record]) -> list[Record]:
    """Merge the records that are one agreement, keeping the first's place."""
    merged: list[Record] = []
    for record in records:
        target = next((m for m in merged if _same(m, record)), None)
        if target is None:
            merged.append(record)
            continue
        target.sentences |= record.sentences
        if target.date is None and record.date is not None:
            target.date = record.date
        if target.bare and not record.bare:
            target.title, target.bare, target.stems = record.title, False, record.stems
        if record.status is AgreementStatus.SIGNED:
            target.status = AgreementStatus.SIGNED
    # A generic signed agreement is the memorandum or treaty signed at the
    # same event, when the article names one.
    merged = _fold_bare_nouns(merged)
    result: list[Record] = []
    for record in merged:
        host = _named_host(record, merged) if record.generic else None
        if host is None:
            result.append(record)
            continue
        _fold_into(host, record)
        if host.date is None:  # "signed an agreement on Wednesday to share intelligence"
            host.date, host.status = record.date, record.status
    return result


def _fold_into(host: Record, record: Record) -> None:
    """Make ``record``'s sentences evidence of ``host``, which is the same agreement."""
    host.sentences |= record.sentences
    host.first = min(host.first, record.first)


def _fold_bare_nouns(merged: list[Record]) -> list[Record]:
    """Fold a headline's bare instrument noun into the one named instrument of its kind.

    A headline's "Sixty years after the treaty" is the "Treaty on Basic
    Relations" its text names, whatever date the headline's meeting gave it.
    """
    kept: list[Record] = []
    for record in merged:
        if record.bare and record.first == 0 and record.kind is not AgreementKind.COMMITMENT:
            named = [m for m in merged if not m.bare and m.kind is record.kind
                     and m.parties == record.parties]
            if len(named) == 1:
                _fold_into(named[0], record)
                continue
        kept.append(record)
    return kept


def _named_host(record: Record, merged: Sequence[Record]) -> Record | None:
    """Return the named instrument a generic signed record is.

    The memorandum or treaty signed at the same event; or one the article
    leaves undated whose name shares a content word with the generic one's
    object ("an agreement to share military intelligence", "the military
    intelligence pact").
    """
    for m in merged:
        if m is record or m.generic or m.parties != record.parties:
            continue
        if m.kind not in (AgreementKind.MOU, AgreementKind.TREATY):
            continue
        if m.status is AgreementStatus.SIGNED and m.date == record.date:
            return m
        if m.date is None and m.kind is record.kind and m.stems & record.stems:
            return m
    return None


def extend_evidence(
    text: str,
    sentences: Sequence[Sentence],
    records: list[Record],
    timexes: Sequence[TemporalExpression],
) -> None:
    """Add the later sentences that refer back to a record.

    A definite reference ("The agreement, ...") to the instrument named in
    the last three sentences, and for a commitment a sentence that repeats
    two of its content words.
    """
    instruments = [r for r in records if r.kind is not AgreementKind.COMMITMENT]
    timex_starts = [t.span.start for t in timexes]  # sorted by start
    for index, sentence in enumerate(sentences):
        chunk = text[sentence.start : sentence.end]
        anaphor = lex.ANAPHORIC_AGREEMENT.search(chunk)
        if anaphor:
            recent = [
                r for r in records if any(0 < index - i <= 3 for i in r.sentences)
            ]
            recent = [r for r in recent if r in instruments] or [
                r for r in recent if re.search(r"accord|deal|agreement", r.title, re.IGNORECASE)
            ]
            if recent and not any(index in r.sentences for r in instruments):
                latest = max(recent, key=lambda r: max(i for i in r.sentences if i < index))
                latest.sentences.add(index)
                if latest.date is None:
                    start = sentence.start + anaphor.start()
                    latest.date = own_date(
                        text, sentence, start, sentence.start + anaphor.end(),
                        timexes[
                            bisect.bisect_left(timex_starts, sentence.start) : bisect.bisect_left(
                                timex_starts, sentence.end
                            )
                        ],
                    )
        chunk_stems = stems(chunk)
        for record in records:
            if record.kind is AgreementKind.COMMITMENT and len(record.stems & chunk_stems) >= 2:
                record.sentences.add(index)


def commitment_record(
    what: str,
    parties: Sequence[str],
    date: PartialDate | None,
    status: AgreementStatus,
    index: int,
    event: int | None,
) -> Record:
    """Return the record of one course of action ``what``, found in sentence ``index``."""
    return Record(
        title=what,
        kind=AgreementKind.COMMITMENT,
        parties=tuple(sorted(set(parties))),
        date=date,
        status=status,
        sentences={index},
        first=index,
        event=event,
        stems=stems(what),
    )
