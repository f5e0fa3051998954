"""Link the agreements an article names to the reference's instruments.

ANNOTATION.md takes an instrument's kind "from the text first and, where
the text only says 'agreement', 'deal', 'pact' or 'accord' of a known
instrument, from the public record"; and an article that cites "the comfort
women deal" or "GSOMIA" cites one dated instrument. This stage reads that
public record from :mod:`kjrel.reference`:

1. An agreement is linked to an instrument when the instrument's title or
   one of its aliases is in the agreement's title (case, hyphens and
   spaces aside) or its ``pattern`` matches the title, its parties are
   among the instrument's, and its date, if it has one, overlaps the
   instrument's; or when it is a cited "accord",
   "agreement", "deal" or "pact" of the same parties dated to the very day
   of the instrument ("the Dec. 28 accord"). Exactly one instrument must
   fit; two or none link nothing, unless exactly one of those that fit is
   linked by another of the article's agreements ("the 1998 agreement"
   after "the 1998 Joint Declaration"). A course of action ("work for the
   early conclusion of RCEP") is never the instrument it mentions.
2. A linked agreement whose title names no kind of document of its own
   ("deal", "pact", "agreement") takes the instrument's kind (ANNOTATION.md:
   "from the public record"). It takes the instrument's date only where its
   own sentences name that day ("signed ... on Wednesday"): the date stays
   the most precise one the article supports, and a cited instrument the
   article does not date stays undated. A kind word of the article's own
   stays.
3. Two records linked to the same instrument, of the same kind, are one:
   the first, with both records' evidence and the more precise date.

The stage is a pure function of the agreements and the reference.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from kjrel.models import Agreement, AgreementKind, PartialDate, TemporalExpression
from kjrel.pipeline.references import timex_date
from kjrel.pipeline.syntax.wordclass import VERBS
from kjrel.pipeline.syntax.words import lemmatize
from kjrel.reference import Reference, ReferenceInstrument
from kjrel.reference.links import instrument_candidates, instrument_for

__all__ = ["link_instrument", "link_instruments"]

link_instrument = instrument_for
"""Return the one reference instrument an agreement names, or ``None``
(:func:`kjrel.reference.links.instrument_for`)."""

# Words that say what kind of document the article's title names.
_KIND_WORDS = re.compile(
    r"\b(?:treaty|memorandum|mou|moc|declaration|statement|announcement|communiqu[eé]|"
    r"arrangement|principles)\b",
    re.IGNORECASE,
)


def link_instruments(
    agreements: Sequence[Agreement],
    reference: Reference,
    timexes: Sequence[TemporalExpression] = (),
) -> tuple[Agreement, ...]:
    """Complete each agreement that names a known instrument: its kind, and its date.

    The date is the most precise one the agreement's own sentences give
    around the instrument's (``timexes``): the article supports it.
    """
    fitting = [
        () if _course(agreement) else instrument_candidates(agreement, reference)
        for agreement in agreements
    ]
    named = {found[0].id for found in fitting if len(found) == 1}
    chosen = [_one_named(found, named) for found in fitting]
    linked = [
        (_completed(agreement, instrument, timexes), instrument)
        for agreement, instrument in zip(agreements, chosen, strict=True)
    ]
    return _one_per_instrument(linked)


def _course(agreement: Agreement) -> bool:
    """Whether the agreement is a course of action that only mentions an instrument.

    "Work for the early conclusion of RCEP" is a commitment about RCEP, not
    RCEP: its title opens with a verb.
    """
    if agreement.kind is not AgreementKind.COMMITMENT:
        return False
    first = agreement.title.split(maxsplit=1)[0] if agreement.title.strip() else ""
    return first.islower() and lemmatize(first) in VERBS


def _one_named(
    found: Sequence[ReferenceInstrument], named: set[str]
) -> ReferenceInstrument | None:
    """Return the one instrument that fits, else the one of them the article names elsewhere.

    A definite reference takes up an instrument the article has introduced:
    "the 1998 agreement" after "the 1998 Joint Declaration" is the
    declaration, though the fisheries agreement of that year fits as well.
    """
    if len(found) == 1:
        return found[0]
    elsewhere = [i for i in found if i.id in named]
    return elsewhere[0] if len(elsewhere) == 1 else None


def _one_per_instrument(
    linked: Sequence[tuple[Agreement, ReferenceInstrument | None]],
) -> tuple[Agreement, ...]:
    """Merge the records an article makes of one instrument.

    "The 2015 deal", later "the comfort women agreement": the first keeps its
    title and gains the other's evidence and the more precise date.
    """
    kept: list[Agreement] = []
    seen: dict[str, int] = {}
    for agreement, instrument in linked:
        at = seen.get(instrument.id) if instrument is not None else None
        if instrument is None or at is None or kept[at].kind is not agreement.kind:
            if instrument is not None:
                seen.setdefault(instrument.id, len(kept))
            kept.append(agreement)
            continue
        first = kept[at]
        date = first.date
        if agreement.date is not None and (date is None or _finer(agreement.date, date)):
            date = agreement.date
        evidence = tuple(sorted({*first.evidence, *agreement.evidence},
                                key=lambda span: span.start))
        kept[at] = attrs.evolve(first, date=date, evidence=evidence)
    return tuple(kept)


def _completed(
    agreement: Agreement,
    instrument: ReferenceInstrument | None,
    timexes: Sequence[TemporalExpression],
) -> Agreement:
    if instrument is None:
        return agreement
    if set(agreement.parties) < set(instrument.parties):
        # the countries bound are the instrument's; the article named some of them
        agreement = attrs.evolve(agreement, parties=tuple(sorted(instrument.parties)))
    if _KIND_WORDS.search(agreement.title) is None:
        agreement = attrs.evolve(agreement, kind=instrument.kind)
    supported = _supported_date(agreement, instrument, timexes)
    if supported is not None:
        agreement = attrs.evolve(agreement, date=supported)
    return agreement


def _supported_date(
    agreement: Agreement, instrument: ReferenceInstrument, timexes: Sequence[TemporalExpression]
) -> PartialDate | None:
    """Return the most precise date the agreement's sentences give the instrument, if better.

    A date named in its evidence that falls on or around the instrument's
    ("signed ... on Wednesday", "the statement of August 2023") is the date
    the article supports; one no more precise than the agreement's own
    changes nothing.
    """
    best = agreement.date
    for timex in timexes:
        if not any(s.start <= timex.span.start < s.end for s in agreement.evidence):
            continue
        day = timex_date(timex)
        if day is None or not day.overlaps(instrument.date):
            continue
        if best is None or _finer(day, best):
            best = attrs.evolve(day, mod=None)
    return best if best != agreement.date else None


_PRECISION = {"year": 0, "month": 1, "day": 2}


def _finer(first: PartialDate, second: PartialDate) -> bool:
    return _PRECISION[first.precision] > _PRECISION[second.precision]
