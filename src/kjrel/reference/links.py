"""Which reference instrument an extracted agreement names.

Pure and light: :mod:`kjrel.pipeline.instrument_links` completes agreements
with it during extraction, and ``kjrel show`` prints the ids it finds
without importing the pipeline.

An agreement names an instrument when the instrument's title or one of its
aliases is in the agreement's title (case, hyphens and spaces aside) or its
``pattern`` matches the title, its parties are among the instrument's, and
its date, if it has one, overlaps the instrument's; or when it is a cited
"accord", "agreement", "deal" or "pact" of the same parties dated to the
very day of the instrument ("the Dec. 28 accord"), or a document named by
its kind alone and dated to that day ("the Joint Statement of September 19,
2005"). Exactly one instrument must fit; two or none link nothing.
"""

from __future__ import annotations

import functools
import re

import attrs

from kjrel.models import Agreement, AgreementStatus
from kjrel.reference import Reference, ReferenceInstrument

__all__ = ["instrument_candidates", "instrument_for"]

_FOLD = re.compile(r"[\s\-‐–]+")
# Nouns an article uses for an instrument it does not name.
_GENERIC = re.compile(r"\b(?:accord|agreement|deal|pact)\b", re.IGNORECASE)
_NOUN_FIRST = re.compile(r"(?:the |a |an |their |its )?(?:accord|agreement|deal|pact)\b",
                         re.IGNORECASE)
"""A title that opens with a generic noun ("deal to settle ..."): the instrument itself,
not a course of action."""
_BARE_TITLE = re.compile(r"(?:the |that |this )?(?:accord|agreement|deal|pact)", re.IGNORECASE)
"""A title that is only a generic noun ("the agreement")."""
_DATE_TITLE = re.compile(
    r"(?:the )?(?:[A-Z][a-z]+\.? )?(?:19|20)\d\d (?:bilateral )?(?:accord|agreement|deal|pact)\b",
    re.IGNORECASE,
)
"""A title that opens with a date and a generic noun ("December 2015 agreement to ...");
"the 1998 fisheries agreement" names its topic, and so another instrument."""


def _folded(text: str) -> str:
    return " " + _FOLD.sub(" ", text.casefold()).strip() + " "


@functools.lru_cache(maxsize=1024)
def _names(instrument: ReferenceInstrument) -> tuple[str, ...]:
    return tuple(_folded(name) for name in (instrument.title, *instrument.aliases))


def _fits(agreement: Agreement, instrument: ReferenceInstrument) -> bool:
    """Whether an agreement can be this instrument: name (or day), parties and date agree."""
    if not set(agreement.parties) <= set(instrument.parties):
        return False
    title = _folded(agreement.title)
    named = any(name in title for name in _names(instrument)) or _written(agreement, instrument)
    if named:
        return agreement.date is None or agreement.date.overlaps(instrument.date)
    return _same_day(agreement, instrument) or _same_day_document(agreement, instrument)


_KIND_TITLE = re.compile(
    r"(?:the |that |this )?(?:joint )?(?:statement|declaration|announcement|communiqu[eé])",
    re.IGNORECASE,
)
"""A title that is only the kind of document ("the Joint Statement")."""


def _same_day_document(agreement: Agreement, instrument: ReferenceInstrument) -> bool:
    """Whether a cited document named by its kind alone is dated to an instrument's very day.

    "The Joint Statement of September 19, 2005" names the one joint statement
    of that day; the article may name only some of its parties.
    """
    return (
        agreement.status is AgreementStatus.REFERENCED
        and agreement.kind is instrument.kind
        and _KIND_TITLE.fullmatch(agreement.title.strip()) is not None
        and agreement.date is not None
        and agreement.date.precision == "day"
        and instrument.date.precision == "day"
        and agreement.date == attrs.evolve(instrument.date, mod=agreement.date.mod)
    )


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
    concluded that day, and so is "a deal" they announced that very day
    ("announced a deal Monday to settle ..."); a course of action agreed that
    day is not cited so.
    "The December 2015 agreement" is the one instrument of theirs that month.
    """
    concluded_then = agreement.status is AgreementStatus.AGREED and _NOUN_FIRST.match(
        agreement.title) is not None  # "a deal to settle ..." announced that very day
    if (
        (agreement.status is not AgreementStatus.REFERENCED and not concluded_then)
        or _GENERIC.search(agreement.title) is None
        or agreement.date is None
        or set(agreement.parties) != set(instrument.parties)
    ):
        return False
    if agreement.date.precision != "day":
        # "the December 2015 agreement": a title that carries its month or year;
        # "the agreement reached in December 2015": a bare one its clause dates
        # to the month
        dated_title = _DATE_TITLE.match(agreement.title.strip()) is not None
        bare_in_month = agreement.date.precision == "month" and _BARE_TITLE.fullmatch(
            agreement.title.strip()
        ) is not None
        return (dated_title or bare_in_month) and agreement.date.overlaps(instrument.date)
    return (
        instrument.date.precision == "day"
        and agreement.date == attrs.evolve(instrument.date, mod=agreement.date.mod)
    )


def instrument_candidates(
    agreement: Agreement, reference: Reference
) -> tuple[ReferenceInstrument, ...]:
    """Return every reference instrument the agreement may name, in date order."""
    return tuple(i for i in reference.instruments if _fits(agreement, i))


def instrument_for(agreement: Agreement, reference: Reference) -> ReferenceInstrument | None:
    """Return the one reference instrument an agreement names, or ``None``."""
    found = instrument_candidates(agreement, reference)
    return found[0] if len(found) == 1 else None
