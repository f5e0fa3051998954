"""One event per term in office: the claims about a leader taking or leaving office.

Articles say when a leader takes or leaves office in their own words ("the
end of September", "early October"), and several articles, or several
sentences of one, say it of the same term. :func:`office_events` groups
those claims into one event per term, for :meth:`Corpus.timeline
<kjrel.corpus.Corpus.timeline>`; the claims themselves stay as they are
(:attr:`Corpus.claims <kjrel.corpus.Corpus.claims>`,
:meth:`Corpus.disagreements <kjrel.corpus.Corpus.disagreements>`).

The term a claim is about is the gazetteer's office of its subject whose
first day (taking office) or last day (leaving office) is nearest the
claimed date, at most a year from it; a claim to leave an office the
gazetteer has still held, dated after it began, is about that term. The
event is dated by the gazetteer's day when it has one, else by the most
precise claimed date. Claims about no term the gazetteer knows (an unknown
subject, a date far from every term) are grouped when their dates overlap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from attrs import frozen

from kjrel.gazetteer import Gazetteer
from kjrel.models import Claim, ClaimKind, Office, PartialDate

__all__ = ["OfficeEvent", "office_events", "term_of"]

_WINDOW = 366
"""Days between a claimed date and a term's first or last day, at most."""


@frozen
class OfficeEvent:
    """A leader's taking or leaving of one term in office, with every claim of it."""

    subject: str
    """The canonical name of the leader."""
    kind: ClaimKind
    """Taking or leaving office."""
    date: PartialDate
    """The term's first or last day from the gazetteer, else the most precise claimed date."""
    claims: tuple[Claim, ...]
    """Every claim of it, by article then text order."""
    office: Office | None = None
    """The term, when the gazetteer knows it."""


def _claimed(claim: Claim) -> PartialDate | None:
    try:
        return PartialDate.parse(claim.value)
    except ValueError:
        return None


def _gap(date: PartialDate, day: dt.date) -> int:
    """Return the days from ``day`` to the interval ``date`` (0 inside it)."""
    if date.earliest() <= day <= date.latest():
        return 0
    return min(abs((day - date.earliest()).days), abs((day - date.latest()).days))


def term_of(claim: Claim, gazetteer: Gazetteer) -> Office | None:
    """Return the term a claim is about (see the module docs), or ``None``."""
    leader = gazetteer.lookup(claim.subject)
    date = _claimed(claim)
    if leader is None or date is None:
        return None
    best: tuple[int, Office] | None = None
    for office in leader.offices:
        day = office.start if claim.kind is ClaimKind.TAKES_OFFICE else office.end
        if day is not None:
            gap = _gap(date, day)
        elif date.latest() >= office.start:  # leaving an office still held
            gap = 0
        else:
            continue
        if gap <= _WINDOW and (best is None or gap < best[0]):
            best = (gap, office)
    return None if best is None else best[1]


def _finest(dates: Iterable[PartialDate]) -> PartialDate:
    rank = {"year": 0, "month": 1, "day": 2}
    return min(dates, key=lambda d: (-rank[d.precision], d.sort_key()))


def _term_day(office: Office, kind: ClaimKind) -> dt.date | None:
    return office.start if kind is ClaimKind.TAKES_OFFICE else office.end


def office_events(claims: Iterable[Claim], gazetteer: Gazetteer) -> tuple[OfficeEvent, ...]:
    """Return one event per term the dated claims are about, in date order."""
    by_term: dict[tuple[str, ClaimKind, Office], list[Claim]] = {}
    loose: dict[tuple[str, ClaimKind], list[Claim]] = {}
    for claim in claims:
        if _claimed(claim) is None:
            continue
        office = term_of(claim, gazetteer)
        if office is None:
            loose.setdefault((claim.subject, claim.kind), []).append(claim)
        else:
            by_term.setdefault((claim.subject, claim.kind, office), []).append(claim)
    events = [
        _term_event(subject, kind, office, found)
        for (subject, kind, office), found in by_term.items()
    ]
    for (subject, kind), found in loose.items():
        events += [OfficeEvent(subject, kind, _finest(map(_date, group)), tuple(group))
                   for group in _overlapping(found)]
    return tuple(sorted(events, key=lambda e: (e.date.sort_key(), e.subject, e.kind.value)))


def _date(claim: Claim) -> PartialDate:
    date = _claimed(claim)
    if date is None:  # pragma: no cover (undated claims are dropped first)
        raise ValueError(f"claim value {claim.value!r} is not a date")
    return date


def _term_event(
    subject: str, kind: ClaimKind, office: Office, claims: list[Claim]
) -> OfficeEvent:
    day = _term_day(office, kind)
    date = PartialDate.from_date(day) if day is not None else _finest(map(_date, claims))
    return OfficeEvent(subject, kind, date, tuple(claims), office)


def _overlapping(claims: list[Claim]) -> list[list[Claim]]:
    """Split claims into runs of overlapping dates; each run keeps the claims' own order."""
    position = {id(claim): n for n, claim in enumerate(claims)}
    groups: list[list[Claim]] = []
    end = dt.date.min
    for claim in sorted(claims, key=lambda c: _date(c).sort_key()):
        date = _date(claim)
        if groups and date.earliest() <= end:
            groups[-1].append(claim)
            end = max(end, date.latest())
        else:
            groups.append([claim])
            end = date.latest()
    return [sorted(group, key=lambda c: position[id(c)]) for group in groups]
