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
   fit; two or none link nothing.
2. A linked agreement without a date takes the instrument's. One whose
   title names no kind of document of its own ("deal", "pact",
   "agreement") takes the instrument's kind. What the article says is
   never replaced: a date or a kind word it gives stays.

The stage is a pure function of the agreements and the reference.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from kjrel.models import Agreement, AgreementStatus
from kjrel.reference import Reference, ReferenceInstrument

__all__ = ["link_instrument", "link_instruments"]

# Words that say what kind of document the article's title names.
_KIND_WORDS = re.compile(
    r"\b(?:treaty|memorandum|mou|moc|declaration|statement|announcement|communiqu[eé]|"
    r"arrangement|principles)\b",
    re.IGNORECASE,
)
_FOLD = re.compile(r"[\s\-‐–]+")
# Nouns an article uses for an instrument it does not name.
_GENERIC = re.compile(r"\b(?:accord|agreement|deal|pact)\b", re.IGNORECASE)


def _folded(text: str) -> str:
    return " " + _FOLD.sub(" ", text.casefold()).strip() + " "


def _names(instrument: ReferenceInstrument) -> list[str]:
    return [_folded(name) for name in (instrument.title, *instrument.aliases)]


def _fits(agreement: Agreement, instrument: ReferenceInstrument) -> bool:
    """Whether an agreement can be this instrument: name (or day), parties and date agree."""
    if not set(agreement.parties) <= set(instrument.parties):
        return False
    title = _folded(agreement.title)
    named = any(name in title for name in _names(instrument)) or _written(agreement, instrument)
    if named:
        return agreement.date is None or agreement.date.overlaps(instrument.date)
    return _same_day(agreement, instrument)


def _written(agreement: Agreement, instrument: ReferenceInstrument) -> bool:
    """Whether the agreement's title is one of the ways the instrument's ``pattern`` allows."""
    return bool(instrument.pattern) and _compiled(instrument.pattern).search(
        agreement.title
    ) is not None


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _same_day(agreement: Agreement, instrument: ReferenceInstrument) -> bool:
    """Whether a cited accord is dated to the very day of an instrument of the same parties.

    "the Dec. 28 accord" cited by Seoul and Tokyo is the instrument they
    concluded that day; a course of action agreed that day is not cited so.
    """
    return (
        agreement.status is AgreementStatus.REFERENCED
        and _GENERIC.search(agreement.title) is not None
        and agreement.date is not None
        and agreement.date.precision == "day"
        and instrument.date.precision == "day"
        and agreement.date == attrs.evolve(instrument.date, mod=agreement.date.mod)
        and set(agreement.parties) == set(instrument.parties)
    )


def link_instrument(agreement: Agreement, reference: Reference) -> ReferenceInstrument | None:
    """Return the one reference instrument an agreement names, or ``None``."""
    found = [i for i in reference.instruments if _fits(agreement, i)]
    return found[0] if len(found) == 1 else None


def link_instruments(
    agreements: Sequence[Agreement], reference: Reference
) -> tuple[Agreement, ...]:
    """Complete each agreement that names a known instrument with its date and kind."""
    return tuple(_completed(agreement, reference) for agreement in agreements)


def _completed(agreement: Agreement, reference: Reference) -> Agreement:
    instrument = link_instrument(agreement, reference)
    if instrument is None:
        return agreement
    date = agreement.date if agreement.date is not None else instrument.date
    own_kind = _KIND_WORDS.search(agreement.title) is not None
    kind = agreement.kind if own_kind else instrument.kind
    return attrs.evolve(agreement, date=date, kind=kind)
