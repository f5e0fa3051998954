"""Cross-document merging of summits and agreements.

Several articles report the same meeting or cite the same instrument; the
corpus keeps one record per real-world meeting or instrument, with the
evidence of every article that mentions it and the most precise compatible
facts any of them gives.

Two summits are the same meeting when they have the same participants
(compared by :func:`~kjrel.gazetteer.name_key`), overlapping dates, compatible
places (the same place, "near X" counting as X, or the same country, or one
unknown) and no conflicting ordinals. Two agreements are the same instrument
when they have the same kind and parties and overlapping dates (both
undated counts as overlapping); memoranda and commitments, of which one
event can produce several, must also share a content word of their titles.

Records linked to the reference (:attr:`Summit.reference_id
<kjrel.models.Summit.reference_id>`, set by :mod:`kjrel.linking`) are merged
by their id alone: records with the same id are one record, whatever else
they say, and a linked record never joins a record of another id or none.
The merged record takes its date and place from the records that agree with
the reference where any do (:meth:`Reference.place_disagrees
<kjrel.reference.Reference.place_disagrees>`); the others still add their
evidence, status, ordinal and occasion. Records that several reference
entries fit (``apart``) stay records of their own: each might be any of
those.

The other records are merged most precise first: a record joins the one
group it is compatible with; a vaguer record compatible with several groups
(a year that overlaps two dated meetings) stays on its own rather than
guessing. The output is sorted chronologically, so the result does not
depend on the order of the input, and merging merged records changes
nothing. :func:`group_summits` and :func:`group_agreements` also return the
records each merged record was made of (:class:`Merged`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import operator
import re
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Sequence
from typing import Generic, TypeVar

import attrs
from attrs import frozen

from kjrel.gazetteer import name_key
from kjrel.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    PartialDate,
    Place,
    Span,
    Summit,
    SummitKind,
    SummitStatus,
)
from kjrel.reference import Reference, ReferenceMeeting

__all__ = [
    "Merged",
    "group_agreements",
    "group_summits",
    "merge_agreements",
    "merge_summits",
    "same_agreement",
    "same_summit",
]

_T = TypeVar("_T", Summit, Agreement)
_R = TypeVar("_R", Summit, Agreement)


@frozen
class Merged(Generic[_R]):
    """One merged record and the records it was made of."""

    record: _R
    """The merged record: one real meeting or instrument."""
    reports: tuple[_R, ...]
    """The records merged into it, each as its article gave it, by their first evidence."""
_PRECISION = {"year": 0, "month": 1, "day": 2}
_FAR = dt.date.max
_TITLE_STOP = frozenset(
    {
        "agreement", "agreed", "agree", "about", "after", "among", "between", "bilateral",
        "cooperation", "countries", "country", "their", "these", "those", "under", "which",
        "japan", "japanese", "korea", "korean", "south", "states", "united", "memorandum",
        "understanding", "joint", "statement", "declaration", "treaty", "commitment",
        "other", "signed", "during", "within", "towards", "toward", "together", "continue",
        "start", "explore", "ways", "detailed", "discussions", "promised", "pledged",
    }
)
_span_order = operator.attrgetter("doc_id", "start", "end")
"""A span's sort key: the order of :class:`~kjrel.models.Span` itself, without its slow ``<``."""
_STATUS_RANK = {
    AgreementStatus.SIGNED: 3,
    AgreementStatus.AGREED: 2,
    AgreementStatus.PROPOSED: 1,
    AgreementStatus.REFERENCED: 0,
}


def _precision(date: PartialDate | None) -> int:
    return -1 if date is None else _PRECISION[date.precision]


def _date_key(date: PartialDate | None) -> tuple[dt.date, dt.date]:
    return (_FAR, _FAR) if date is None else date.sort_key()


def _dates_overlap(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.overlaps(b)


def _finer(a: PartialDate | None, b: PartialDate | None) -> PartialDate | None:
    """Return the more precise of two overlapping dates (``a`` on a tie)."""
    if a is None:
        return b
    if b is None:
        return a
    return b if _precision(b) > _precision(a) else a


def _place_key(place: Place | None) -> str | None:
    if place is None or not place.name:
        return None
    return name_key(re.sub(r"^\s*(?:near|outside)\s+", "", place.name, flags=re.IGNORECASE))


def _summit_country(summit: Summit) -> str | None:
    if summit.place is not None and summit.place.country is not None:
        return summit.place.country
    return summit.country


def _people(summit: Summit) -> frozenset[str]:
    return frozenset(name_key(name) for name in summit.participants)


def same_summit(a: Summit, b: Summit) -> bool:
    """Return whether two summit records can be the same meeting."""
    if _people(a) != _people(b) or not _dates_overlap(a.date, b.date):
        return False
    if a.ordinal is not None and b.ordinal is not None and a.ordinal != b.ordinal:
        return False
    country_a, country_b = _summit_country(a), _summit_country(b)
    if country_a is not None and country_b is not None and country_a != country_b:
        return False
    key_a, key_b = _place_key(a.place), _place_key(b.place)
    return key_a is None or key_b is None or key_a == key_b


def _stems(title: str) -> frozenset[str]:
    words = re.findall(r"[a-z]{5,}", title.casefold())
    return frozenset(word[:6] for word in words if word not in _TITLE_STOP)


def same_agreement(a: Agreement, b: Agreement) -> bool:
    """Return whether two agreement records can be the same instrument."""
    if a.kind is not b.kind or set(a.parties) != set(b.parties):
        return False
    if not _dates_overlap(a.date, b.date):
        return False
    if a.kind in (AgreementKind.COMMITMENT, AgreementKind.MOU):
        stems_a, stems_b = _stems(a.title), _stems(b.title)
        if stems_a and stems_b and not stems_a & stems_b:
            return False
    return True


def _group(
    records: Sequence[_T],
    order: Callable[[_T], tuple[object, ...]],
    compatible: Callable[[_T, _T], bool],
    combine: Callable[[_T, _T], _T],
    block: Callable[[_T], Hashable],
) -> list[Merged[_T]]:
    current = [Merged(record, (record,)) for record in records]
    while True:
        ordered = sorted(current, key=lambda group: order(group.record))
        merged = _group_pass(ordered, compatible, combine, block)
        if len(merged) == len(current):
            return merged
        current = merged  # repeat until nothing merges: a fixpoint, so merging is idempotent


Bucket = tuple[object, ...]


def _bucket(date: PartialDate | None) -> Bucket:
    """Return the bucket a group of this date is filed under: its own day, month or year."""
    if date is None:
        return ()
    return (date.year, date.month, date.day)


def _buckets_overlapping(date: PartialDate | None) -> Iterator[Bucket]:
    """Yield every bucket that may hold a group whose date overlaps ``date``.

    A day overlaps its own day, month and year; a month also overlaps each
    of its days; a year each of its months and days. Undated records only
    meet undated groups.
    """
    if date is None:
        yield ()
        return
    year = date.year
    yield (year, None, None)
    for month in range(1, 13) if date.month is None else (date.month,):
        yield (year, month, None)
        if date.day is not None:
            yield (year, month, date.day)
            continue
        for day in range(1, calendar.monthrange(year, month)[1] + 1):
            yield (year, month, day)


def _group_pass(
    groups: Sequence[Merged[_T]],
    compatible: Callable[[_T, _T], bool],
    combine: Callable[[_T, _T], _T],
    block: Callable[[_T], Hashable],
) -> list[Merged[_T]]:
    """One pass of grouping, records in order: each joins the one group it fits, if one.

    Only groups of the record's block (same participants, or kind and
    parties) whose date overlaps the record's can fit, so only those are
    compared (groups are filed by block and by their own day, month or
    year): the pass is near-linear. A group's evidence is gathered in a set and
    sorted once at the end (``combine`` keeps the first record's), which
    gives what combining pairwise gives, the sorted union.
    """
    merged: list[_T] = []
    members: list[list[_T]] = []
    spans: dict[int, set[Span]] = {}
    buckets: dict[tuple[Hashable, Bucket], list[int]] = {}
    for group in groups:
        record = group.record
        key = block(record)
        candidates = {
            i
            for bucket in _buckets_overlapping(record.date)
            for i in buckets.get((key, bucket), ())
        }
        fits = [i for i in candidates if compatible(merged[i], record)]
        if len(fits) == 1:
            index = fits[0]
            spans.setdefault(index, set(merged[index].evidence)).update(record.evidence)
            members[index].extend(group.reports)
            before = merged[index].date
            merged[index] = combine(merged[index], record)
            if merged[index].date != before:  # a finer date: file it there too
                buckets.setdefault((key, _bucket(merged[index].date)), []).append(index)
            continue
        buckets.setdefault((key, _bucket(record.date)), []).append(len(merged))
        merged.append(record)
        members.append(list(group.reports))
    for index, evidence in spans.items():
        ordered = tuple(sorted(evidence, key=_span_order))
        merged[index] = attrs.evolve(merged[index], evidence=ordered)
    return [Merged(record, _by_evidence(found)) for record, found in zip(merged, members,
                                                                          strict=True)]


def _by_evidence(records: Iterable[_T]) -> tuple[_T, ...]:
    """Return records in the order of their evidence (then their repr): a stable order."""
    return tuple(sorted(
        records, key=lambda r: (tuple(map(_span_order, r.evidence)), repr(r))
    ))


def _evidence_key(spans: Iterable[object]) -> tuple[str, ...]:
    return tuple(repr(span) for span in spans)


def _combine_summits(a: Summit, b: Summit) -> Summit:
    date = _finer(a.date, b.date)
    place = a.place
    if b.place is not None and b.place.name:
        if _place_key(place) is None:
            place = b.place
        elif place is not None and _place_key(b.place) == _place_key(place):
            place = b.place if len(b.place.name) > len(place.name) else place
    if place is not None and place.country is None:
        country = _summit_country(a) or _summit_country(b)
        place = Place(place.name, country)
    kind = a.kind
    if b.kind is SummitKind.SIDELINES or (a.occasion is None and b.occasion is not None):
        kind = b.kind
    status = (
        SummitStatus.HELD
        if SummitStatus.HELD in (a.status, b.status)
        else SummitStatus.PLANNED
    )
    return Summit(
        participants=a.participants,
        date=date,
        place=place,
        country=_summit_country(a) or _summit_country(b),
        kind=kind,
        ordinal=a.ordinal if a.ordinal is not None else b.ordinal,
        status=status,
        occasion=a.occasion if a.occasion is not None else b.occasion,
        evidence=a.evidence,  # the union is sorted once per group, in _group_pass
    )


def _summit_order(summit: Summit) -> tuple[object, ...]:
    return (
        -_precision(summit.date),
        _date_key(summit.date),
        tuple(sorted(_people(summit))),
        _place_key(summit.place) or "",
        summit.place.name if summit.place else "",
        _summit_country(summit) or "",
        summit.ordinal or 0,
        summit.kind.value,
        summit.status.value,
        summit.occasion or "",
        tuple(sorted(map(_span_order, summit.evidence))),
    )


def merge_summits(
    summits: Iterable[Summit], *, reference: Reference | None = None,
    apart: Collection[Summit] = (),
) -> tuple[Summit, ...]:
    """Merge summit records from any number of articles: one per real meeting.

    Evidence from every record is kept; the most precise compatible date,
    the most specific place, any stated ordinal and occasion are kept; a
    meeting reported as held anywhere is held. The result is in
    chronological order (undated last), then by participants. See
    :func:`group_summits` for ``reference`` and ``apart``.
    """
    return tuple(group.record for group in group_summits(
        summits, reference=reference, apart=apart
    ))


def group_summits(
    summits: Iterable[Summit], *, reference: Reference | None = None,
    apart: Collection[Summit] = (),
) -> tuple[Merged[Summit], ...]:
    """Merge summit records as :func:`merge_summits` does, keeping what each was made of.

    Records with a ``reference_id`` are merged by it; ``reference`` (where
    it knows the id) says which of them agree with the meeting, so that the
    merged record's date and place are theirs. Records in ``apart`` (those
    several reference meetings fit) stay records of their own.
    """
    linked: dict[str, list[Summit]] = {}
    alone: list[Summit] = []
    rest: list[Summit] = []
    for summit in summits:
        if summit.reference_id is not None:
            linked.setdefault(summit.reference_id, []).append(summit)
        else:
            (alone if summit in apart else rest).append(summit)
    meetings = {m.id: m for m in reference.meetings} if reference is not None else {}
    groups = [
        _linked_summit(members, meetings.get(ident), reference)
        for ident, members in linked.items()
    ]
    groups += [Merged(summit, (summit,)) for summit in alone]
    groups += _group(rest, _summit_order, same_summit, _combine_summits, _people)
    return tuple(sorted(groups, key=lambda g: (
        _date_key(g.record.date), *_summit_order(g.record)[2:], g.record.reference_id or ""
    )))


def _linked_summit(
    members: Sequence[Summit], meeting: ReferenceMeeting | None, reference: Reference | None
) -> Merged[Summit]:
    """Combine the records of one reference meeting: those that agree with it lead.

    Among those, a record that writes the meeting's place as the reference
    does ("Seoul", not "Cheong Wa Dae") comes first, so its place is kept.
    """
    ordered = sorted(members, key=_summit_order)
    agreeing = ordered
    if meeting is not None and reference is not None:
        agreeing = [s for s in ordered if _agrees(s, meeting, reference)] or ordered
        wanted = name_key(meeting.place.name)
        agreeing.sort(key=lambda s: _place_key(s.place) != wanted)  # stable
    record = agreeing[0]
    for other in agreeing[1:]:
        record = _combine_summits(record, other)
    leading = {id(summit) for summit in agreeing}
    for other in ordered:
        if id(other) not in leading:  # its evidence and facts, not its date or place
            record = _combine_summits(record, attrs.evolve(other, date=None, place=None))
    evidence = tuple(sorted({span for s in members for span in s.evidence}, key=_span_order))
    record = attrs.evolve(record, evidence=evidence, reference_id=members[0].reference_id)
    return Merged(record, _by_evidence(members))


def _agrees(summit: Summit, meeting: ReferenceMeeting, reference: Reference) -> bool:
    """Whether a record's date and place agree with the reference meeting's."""
    if summit.date is not None and not summit.date.overlaps(meeting.date):
        return False
    return not reference.place_disagrees(meeting, summit)


def _combine_agreements(a: Agreement, b: Agreement) -> Agreement:
    status = a.status if _STATUS_RANK[a.status] >= _STATUS_RANK[b.status] else b.status
    return Agreement(
        title=a.title,
        kind=a.kind,
        parties=a.parties,
        date=_finer(a.date, b.date),
        status=status,
        evidence=a.evidence,  # the union is sorted once per group, in _group_pass
    )


def _agreement_order(agreement: Agreement) -> tuple[object, ...]:
    return (
        -_precision(agreement.date),
        _date_key(agreement.date),
        agreement.kind.value,
        tuple(sorted(agreement.parties)),
        -_STATUS_RANK[agreement.status],
        agreement.title,
        tuple(sorted(map(_span_order, agreement.evidence))),
    )


def _agreement_block(agreement: Agreement) -> Hashable:
    return (agreement.kind, frozenset(agreement.parties))


def merge_agreements(
    agreements: Iterable[Agreement], *, apart: Collection[Agreement] = ()
) -> tuple[Agreement, ...]:
    """Merge agreement records from any number of articles: one per instrument.

    Evidence from every record is kept, with the most precise date and the
    most concluded status (signed, then agreed, proposed, referenced). The
    result is in chronological order (undated last), then by kind and title.
    See :func:`group_agreements` for ``apart``.
    """
    return tuple(group.record for group in group_agreements(agreements, apart=apart))


def group_agreements(
    agreements: Iterable[Agreement], *, apart: Collection[Agreement] = ()
) -> tuple[Merged[Agreement], ...]:
    """Merge agreement records as :func:`merge_agreements` does, keeping what each was made of.

    Records with a ``reference_id`` are merged by it (the merged record
    keeps the title of the first, most precise, record); records in
    ``apart`` (those several reference instruments fit) stay on their own.
    """
    linked: dict[str, list[Agreement]] = {}
    alone: list[Agreement] = []
    rest: list[Agreement] = []
    for agreement in agreements:
        if agreement.reference_id is not None:
            linked.setdefault(agreement.reference_id, []).append(agreement)
        else:
            (alone if agreement in apart else rest).append(agreement)
    groups = [_linked_agreement(members) for members in linked.values()]
    groups += [Merged(agreement, (agreement,)) for agreement in alone]
    groups += _group(
        rest, _agreement_order, same_agreement, _combine_agreements, _agreement_block
    )
    return tuple(sorted(groups, key=lambda g: (
        _date_key(g.record.date), *_agreement_order(g.record)[2:], g.record.reference_id or ""
    )))


def _linked_agreement(members: Sequence[Agreement]) -> Merged[Agreement]:
    ordered = sorted(members, key=_agreement_order)
    record = ordered[0]
    for other in ordered[1:]:
        record = _combine_agreements(record, other)
    evidence = tuple(sorted({span for a in members for span in a.evidence}, key=_span_order))
    record = attrs.evolve(record, evidence=evidence, reference_id=members[0].reference_id)
    return Merged(record, _by_evidence(members))
