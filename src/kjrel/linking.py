"""Linking a corpus's summits and agreements to the reference, and where they disagree.

:meth:`Corpus.build <kjrel.corpus.Corpus.build>` links each article's records
with :func:`link_extraction` before merging them: a summit gets the
:attr:`~kjrel.models.Summit.reference_id` of the one reference meeting it
may report (:meth:`Reference.meeting_candidates
<kjrel.reference.Reference.meeting_candidates>`, given the article's
publication date), an agreement that of the one instrument it may name
(:func:`~kjrel.reference.links.instrument_candidates`); none when no entry
fits or several do. Linking happens when the corpus is built, not during
extraction, so the reference can be one of your own
(:func:`~kjrel.reference.load_reference`) without extracting again, and
what ``kjrel extract`` writes stays the article's own.

Per article, a summit dated a day off a meeting it names the place of (the
day in another time zone) is linked to that meeting only when the article
does not also report the meeting on its own day: an article that does is
reporting another event the day before or after.

Nothing an article says is replaced: a linked record keeps its own date,
place and evidence. Where they differ from the reference's,
:func:`disagreements_with` says so, with both sides
(:meth:`Corpus.reference_disagreements
<kjrel.corpus.Corpus.reference_disagreements>`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

import attrs
from attrs import field, frozen

from kjrel.models import Agreement, Extraction, Summit
from kjrel.reference import Reference, ReferenceMeeting
from kjrel.reference.links import instrument_candidates

_R = TypeVar("_R", Summit, Agreement)

__all__ = [
    "Aspect",
    "Linked",
    "ReferenceDisagreement",
    "disagreements_with",
    "link_extraction",
    "summit_candidates",
]


@frozen
class Linked:
    """One article's extraction with its records linked to the reference."""

    extraction: Extraction
    """The extraction, each summit and agreement with its ``reference_id``."""
    vague_summits: Mapping[Summit, tuple[str, ...]] = field(factory=dict, hash=False)
    """The summits of :attr:`extraction` that several reference meetings fit,
    with the ids of those meetings (in date order)."""
    vague_agreements: Mapping[Agreement, tuple[str, ...]] = field(factory=dict, hash=False)
    """The agreements that several reference instruments fit, with their ids."""


def summit_candidates(
    summits: Sequence[Summit], reference: Reference, *, published: dt.date | None = None
) -> tuple[tuple[str, ...], ...]:
    """Return the ids of the meetings each summit of one article may report, in order.

    ``published`` is the article's publication date (``None``: not used). A
    summit with exactly one id is linked to it.
    """
    exact = [
        reference.meeting_candidates(s, published=published, leeway=False) for s in summits
    ]
    taken = {found[0].id for found in exact if len(found) == 1}
    return tuple(
        tuple(m.id for m in found)
        if found
        else tuple(m.id for m in reference.meeting_candidates(
            summit, published=published, taken=taken
        ))
        for summit, found in zip(summits, exact, strict=True)
    )


def link_extraction(extraction: Extraction, reference: Reference) -> Linked:
    """Return the extraction with each summit and agreement linked to the reference.

    Every ``reference_id`` is set afresh: the one entry's id, or ``None``.
    """
    published = extraction.document.published
    summit_ids = summit_candidates(extraction.summits, reference, published=published)
    summits, vague_summits = _linked(extraction.summits, summit_ids)
    agreement_ids = [
        tuple(i.id for i in instrument_candidates(a, reference)) for a in extraction.agreements
    ]
    agreements, vague_agreements = _linked(extraction.agreements, agreement_ids)
    return Linked(
        attrs.evolve(extraction, summits=summits, agreements=agreements),
        vague_summits,
        vague_agreements,
    )


def _linked(
    records: Sequence[_R], candidates: Sequence[tuple[str, ...]]
) -> tuple[tuple[_R, ...], dict[_R, tuple[str, ...]]]:
    """Set each record's id (the one candidate, or none); return them and the vague ones."""
    linked: list[_R] = []
    vague: dict[_R, tuple[str, ...]] = {}
    for record, ids in zip(records, candidates, strict=True):
        found = attrs.evolve(record, reference_id=ids[0] if len(ids) == 1 else None)
        linked.append(found)
        if len(ids) > 1:
            vague[found] = ids
    return tuple(linked), vague


class Aspect(enum.Enum):
    """What an article reports otherwise than the reference."""

    PLACE = "place"
    """Where the meeting was held."""
    DATE = "date"
    """When it was held."""


@frozen
class ReferenceDisagreement:
    """The articles that report a reference meeting at another place or on another day.

    Both sides are here: the reference's entry (with its ``source`` and
    ``date_basis``) and each article's own record, with its date, place and
    evidence spans.
    """

    meeting: ReferenceMeeting
    """The reference's side."""
    aspect: Aspect
    """Place or date."""
    reports: tuple[Summit, ...]
    """The articles' records that say otherwise, each as its article gave it."""

    def reference_value(self) -> str:
        """Return the reference's place name or ISO date."""
        if self.aspect is Aspect.PLACE:
            return self.meeting.place.name
        return self.meeting.date.isoformat()

    def values(self) -> tuple[str, ...]:
        """Return each report's place name or ISO date, in the order of :attr:`reports`."""
        if self.aspect is Aspect.PLACE:
            return tuple(r.place.name if r.place else "" for r in self.reports)
        return tuple(r.date.isoformat() if r.date else "" for r in self.reports)


def disagreements_with(
    meeting: ReferenceMeeting, reports: Iterable[Summit], reference: Reference
) -> tuple[ReferenceDisagreement, ...]:
    """Return where the records linked to ``meeting`` disagree with it: place, then date.

    A record disagrees on the place when it names another place than the
    meeting's (:meth:`Reference.place_disagrees
    <kjrel.reference.Reference.place_disagrees>`: not a venue in it, not
    "near" it), and on the date when its date does not overlap the
    meeting's (a day off, see :meth:`Reference.meeting_candidates
    <kjrel.reference.Reference.meeting_candidates>`).
    """
    reports = tuple(reports)
    places = tuple(r for r in reports if reference.place_disagrees(meeting, r))
    dates = tuple(
        r for r in reports if r.date is not None and not r.date.overlaps(meeting.date)
    )
    found = [
        ReferenceDisagreement(meeting, aspect, records)
        for aspect, records in ((Aspect.PLACE, places), (Aspect.DATE, dates))
        if records
    ]
    return tuple(found)
