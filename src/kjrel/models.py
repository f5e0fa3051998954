"""The typed records kjrel builds from news articles.

Every record is an immutable, slotted ``attrs`` class. Facts extracted from
text carry :class:`Span` objects that point back into the article they came
from, so every claim can be checked against its source.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from collections.abc import Iterator
from typing import Any

import attrs
from attrs import field, frozen

from kjrel.dates import same_day_in_year, shift_day

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Claim",
    "ClaimKind",
    "Document",
    "Entity",
    "EntityKind",
    "Extraction",
    "Leader",
    "Mod",
    "Office",
    "OfficeRole",
    "PartialDate",
    "Place",
    "Quote",
    "QuoteKind",
    "Span",
    "Statement",
    "Summit",
    "SummitKind",
    "SummitStatus",
    "TemporalExpression",
    "TimexType",
]

_COUNTRY = re.compile(r"[A-Z]{2}\Z")


def _check_country(_inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not (isinstance(value, str) and _COUNTRY.match(value)):
        raise ValueError(
            f"{attribute.name} must be an ISO 3166-1 alpha-2 code (two capital letters),"
            f" got {value!r}"
        )


def _check_countries(
    _inst: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    for code in value:
        _check_country(_inst, attribute, code)


# --------------------------------------------------------------------------
# Value types
# --------------------------------------------------------------------------


@frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of code points in one document's text.

    Offsets are Python string indices into the article exactly as decoded
    from disk (UTF-8, no newline translation or normalisation).
    """

    doc_id: str
    """The :attr:`Document.id` of the article the span points into."""
    start: int = field()
    """Index of the first code point (inclusive)."""
    end: int = field()
    """Index one past the last code point (exclusive)."""

    @start.validator
    def _check_start(self, _a: attrs.Attribute[int], value: int) -> None:
        if value < 0:
            raise ValueError(f"span start must be >= 0, got {value}")

    @end.validator
    def _check_end(self, _a: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    def __len__(self) -> int:
        """Return the number of code points covered."""
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Return whether both spans are in the same document and share a code point."""
        return self.doc_id == other.doc_id and self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Return whether ``other`` lies wholly inside this span (same document)."""
        return self.doc_id == other.doc_id and self.start <= other.start and other.end <= self.end


class Mod(enum.Enum):
    """TIMEX3 modifiers that qualify a date or duration."""

    START = "START"
    """The early part of the period ("early October")."""
    MID = "MID"
    """The middle of the period ("mid-March")."""
    END = "END"
    """The late part of the period ("the end of September")."""
    APPROX = "APPROX"
    """Roughly this value ("nearly three years ago")."""
    BEFORE = "BEFORE"
    """Before this point ("before 2020")."""
    AFTER = "AFTER"
    """After this point ("after 2020")."""
    LESS_THAN = "LESS_THAN"
    """Less than this amount ("under two hours")."""
    MORE_THAN = "MORE_THAN"
    """More than this amount ("over three hours")."""


_ISO_PARTIAL = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?\Z")


@frozen
class PartialDate:
    """A calendar date known to the year, the month, or the day.

    A partial date stands for an interval of days: ``PartialDate(2024)`` is
    every day of 2024, ``PartialDate(2024, 9)`` every day of September 2024.
    Comparisons between partial dates are interval comparisons: use
    :meth:`overlaps`, :meth:`contains`, :meth:`earliest` and :meth:`latest`;
    ``sort_key`` orders by start, then by end.

    ``mod`` is a TIMEX3 modifier (``END`` for "the end of September") that
    qualifies the value; it does not change the interval, which stays the
    whole period named.
    """

    year: int = field()
    """The year, 1 to 9999."""
    month: int | None = field(default=None)
    """The month, 1 to 12, or ``None`` if only the year is known."""
    day: int | None = field(default=None)
    """The day of the month, or ``None`` if only the year (and month) is known."""
    mod: Mod | None = field(default=None)
    """A TIMEX3 modifier qualifying the date, or ``None``."""

    @year.validator
    def _check_year(self, _a: attrs.Attribute[int], value: int) -> None:
        if not 1 <= value <= 9999:
            raise ValueError(f"year must be between 1 and 9999, got {value}")

    @month.validator
    def _check_month(self, _a: attrs.Attribute[int | None], value: int | None) -> None:
        if value is not None and not 1 <= value <= 12:
            raise ValueError(f"month must be between 1 and 12, got {value}")

    @day.validator
    def _check_day(self, _a: attrs.Attribute[int | None], value: int | None) -> None:
        if value is None:
            return
        if self.month is None:
            raise ValueError("a day needs a month")
        last = calendar.monthrange(self.year, self.month)[1]
        if not 1 <= value <= last:
            raise ValueError(
                f"day must be between 1 and {last} for {self.year:04d}-{self.month:02d},"
                f" got {value}"
            )

    @classmethod
    def from_date(cls, value: dt.date, mod: Mod | None = None) -> PartialDate:
        """Return the day-precision partial date of a :class:`datetime.date`."""
        return cls(value.year, value.month, value.day, mod)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        :raises ValueError: if ``text`` is not one of those forms or names an
            impossible date.
        """
        match = _ISO_PARTIAL.match(text.strip())
        if match is None:
            raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}")
        month, day = match["m"], match["d"]
        return cls(
            int(match["y"]),
            None if month is None else int(month),
            None if day is None else int(day),
        )

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"``."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    def earliest(self) -> dt.date:
        """Return the first day of the interval."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """Return the last day of the interval."""
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    def shifted(self, *, years: int = 0, months: int = 0, days: int = 0) -> PartialDate:
        """Return this date moved by ``years``, ``months`` and ``days``, at the same precision.

        The shift applies to the first day of the interval
        (:func:`kjrel.dates.shift_day`), so it never fails: a day the target
        month lacks becomes the month's last day (2024-02-29 a year back is
        2023-02-28), and a year outside 1..9999 is held at that end. The
        result keeps this date's precision and ``mod``.
        """
        moved = shift_day(self.earliest(), years=years, months=months, days=days)
        return self._at_precision(moved)

    def in_year(self, year: int) -> PartialDate:
        """Return the same month and day in ``year`` (Feb 29 becomes Feb 28 in a common year).

        See :func:`kjrel.dates.same_day_in_year`; precision and ``mod`` are kept.
        """
        return self._at_precision(same_day_in_year(self.earliest(), year))

    def _at_precision(self, day: dt.date) -> PartialDate:
        month = None if self.month is None else day.month
        return PartialDate(day.year, month, None if self.day is None else day.day, self.mod)

    def overlaps(self, other: PartialDate) -> bool:
        """Return whether the two intervals share at least one day."""
        return self.earliest() <= other.latest() and other.earliest() <= self.latest()

    def contains(self, other: PartialDate | dt.date) -> bool:
        """Return whether ``other`` lies wholly inside this interval."""
        if isinstance(other, dt.date):
            return self.earliest() <= other <= self.latest()
        return self.earliest() <= other.earliest() and other.latest() <= self.latest()

    def sort_key(self) -> tuple[dt.date, dt.date]:
        """Return a key that orders partial dates by start, then by end."""
        return (self.earliest(), self.latest())

    def isoformat(self) -> str:
        """Return ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the mod is not included)."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        """Return the ISO form, with the mod in brackets if there is one."""
        return self.isoformat() + (f" [{self.mod.value}]" if self.mod else "")


@frozen
class Place:
    """A place as an article names it, with its country where known."""

    name: str
    """The place as written ("Seoul", "Camp David", "near Washington")."""
    country: str | None = field(default=None, validator=_check_country)
    """ISO 3166-1 alpha-2 code of the country the place is in, or ``None``."""


# --------------------------------------------------------------------------
# People and organisations
# --------------------------------------------------------------------------


class OfficeRole(enum.Enum):
    """The kind of office a :class:`Leader` held."""

    HEAD_OF_STATE = "head-of-state"
    """A head of state (a president, a monarch)."""
    HEAD_OF_GOVERNMENT = "head-of-government"
    """A head of government (a prime minister, a premier)."""
    HEAD_OF_STATE_AND_GOVERNMENT = "head-of-state-and-government"
    """Both at once (the president of South Korea or of the United States)."""
    PARAMOUNT_LEADER = "paramount-leader"
    """The leader of a ruling party who outranks the formal offices."""
    OTHER = "other"
    """Another office worth knowing ("foreign minister"), kept to date mentions."""


@frozen
class Office:
    """One term in one office."""

    title: str
    """The office as the press names it ("President", "Prime Minister")."""
    country: str = field(validator=_check_country)
    """ISO 3166-1 alpha-2 code of the country."""
    role: OfficeRole
    """What kind of office it is."""
    start: dt.date
    """The first day in office."""
    end: dt.date | None = field(default=None)
    """The last day in office, or ``None`` if still in office."""

    @end.validator
    def _check_end(self, _a: attrs.Attribute[dt.date | None], value: dt.date | None) -> None:
        if value is not None and value < self.start:
            raise ValueError(f"office end {value} is before its start {self.start}")

    def held_on(self, day: dt.date) -> bool:
        """Return whether the office was held on ``day``."""
        return self.start <= day and (self.end is None or day <= self.end)


@frozen
class Leader:
    """A person who holds or held office as head of state or government."""

    name: str
    """The canonical name, in the order the English-language press uses."""
    country: str = field(validator=_check_country)
    """ISO 3166-1 alpha-2 code of the country the leader led."""
    aliases: tuple[str, ...] = field(default=())
    """Other spellings of the name ("Yoon Suk-yeol", "Kishida Fumio")."""
    offices: tuple[Office, ...] = field(default=())
    """Terms in office, in chronological order."""
    source: str = field(default="")
    """Where the gazetteer entry's facts come from."""

    def names(self) -> tuple[str, ...]:
        """Return the canonical name followed by every alias."""
        return (self.name, *self.aliases)

    def offices_on(self, day: dt.date) -> tuple[Office, ...]:
        """Return the offices held on ``day``."""
        return tuple(office for office in self.offices if office.held_on(day))

    def is_leader_on(self, day: dt.date) -> bool:
        """Return whether this person was head of state or government on ``day``."""
        return any(
            office.role is not OfficeRole.OTHER for office in self.offices_on(day)
        )


class EntityKind(enum.Enum):
    """What kind of speaker or participant an :class:`Entity` is."""

    LEADER = "leader"
    """A head of state or government (see :class:`Leader`)."""
    PERSON = "person"
    """Any other named person."""
    ORGANISATION = "organisation"
    """A party, ministry, office, government, company or institution."""
    GROUP = "group"
    """A generic group ("analysts", "civic groups")."""


@frozen
class Entity:
    """A speaker or participant as the corpus knows it.

    Quotes and statements name their speakers by :attr:`name`; this record
    says who that is and how else the articles spell them.
    """

    name: str
    """The canonical name."""
    kind: EntityKind
    """Leader, person, organisation or group."""
    aliases: tuple[str, ...] = field(default=())
    """Other spellings and descriptions seen for the entity."""
    country: str | None = field(default=None, validator=_check_country)
    """ISO 3166-1 alpha-2 code, where known."""
    description: str | None = field(default=None)
    """A role as the article gives it ("director for regional affairs ...")."""


# --------------------------------------------------------------------------
# Extracted facts
# --------------------------------------------------------------------------


class QuoteKind(enum.Enum):
    """Whether a quote is a whole utterance or a fragment."""

    DIRECT = "direct"
    """A whole utterance: a clause or sentences."""
    PARTIAL = "partial"
    """A fragment inside the reporter's own sentence."""


@frozen
class Quote:
    """Words inside quotation marks that reproduce what someone said or wrote."""

    span: Span
    """The text inside the marks."""
    text: str
    """The quoted text, exactly as in the article."""
    kind: QuoteKind
    """Direct (a whole utterance) or partial (a fragment)."""
    speaker: str | None
    """The canonical name of the speaker, or ``None`` for an unnamed source."""
    cue: str | None = field(default=None)
    """The reporting verb or phrase as written ("said", "told reporters")."""
    cue_span: Span | None = field(default=None)
    """Where the cue is, if there is one."""
    speaker_span: Span | None = field(default=None)
    """The mention the speaker was resolved from ("he", "the president")."""


@frozen
class Statement:
    """A sentence of reported speech without a full direct quote."""

    span: Span
    """The whole sentence."""
    speakers: tuple[str | None, ...]
    """Canonical names of the sources; ``None`` for an unnamed one."""
    cue: str | None = field(default=None)
    """The reporting verb or phrase as written ("reiterated", "according to")."""
    cue_span: Span | None = field(default=None)
    """Where the cue is."""


class TimexType(enum.Enum):
    """The TIMEX3 type of a temporal expression."""

    DATE = "DATE"
    """A calendar date, month, year, week or interval of those."""
    TIME = "TIME"
    """A time of day or a part of a day."""
    DURATION = "DURATION"
    """A length of time ("one hour and 40 minutes")."""
    SET = "SET"
    """A recurring time ("every year"). kjrel does not extract these yet."""


@frozen
class TemporalExpression:
    """An expression naming a calendar point or period, or a duration."""

    span: Span
    """Where the expression is."""
    text: str
    """The expression as written."""
    value: str
    """TIMEX3 / ISO 8601 value resolved against the publication date
    (``2024-09-06``, ``2023-03``, ``P2D``, ``2024-W35``, ``1910/1945``)."""
    type: TimexType
    """Date, time or duration."""
    mod: Mod | None = field(default=None)
    """A TIMEX3 modifier, or ``None``."""

    def as_partial_date(self) -> PartialDate | None:
        """Return the value as a :class:`PartialDate` when it is a plain date."""
        try:
            return attrs.evolve(PartialDate.parse(self.value), mod=self.mod)
        except ValueError:
            return None


class SummitKind(enum.Enum):
    """The form of a meeting between leaders."""

    BILATERAL = "bilateral"
    """Two countries' leaders."""
    TRILATERAL = "trilateral"
    """Three countries' leaders."""
    MULTILATERAL = "multilateral"
    """More than three."""
    SIDELINES = "sidelines"
    """A meeting held during a larger gathering (see :attr:`Summit.occasion`)."""


class SummitStatus(enum.Enum):
    """Whether a meeting had happened by the publication date."""

    HELD = "held"
    """It took place."""
    PLANNED = "planned"
    """It was still to come."""


@frozen
class Summit:
    """One in-person meeting between heads of state or government."""

    participants: tuple[str, ...]
    """Canonical names of the leaders who met, sorted."""
    date: PartialDate | None
    """The most precise date the evidence supports, or ``None``."""
    place: Place | None = field(default=None)
    """Where it was held, as named, or ``None``."""
    country: str | None = field(default=None, validator=_check_country, kw_only=True)
    """ISO 3166-1 alpha-2 code of the country it was held in, also when no
    place is named ("in South Korea"); ``place.country`` when there is a place."""
    kind: SummitKind = field(default=SummitKind.BILATERAL)
    """Bilateral, trilateral, multilateral or on the sidelines."""
    ordinal: int | None = field(default=None)
    """The meeting's number between these leaders when stated ("12th meeting")."""
    status: SummitStatus = field(default=SummitStatus.HELD)
    """Held or planned."""
    occasion: str | None = field(default=None)
    """The larger gathering a sideline meeting was held at ("APEC")."""
    evidence: tuple[Span, ...] = field(default=())
    """Sentences that mention the meeting, from every article that does."""
    reference_id: str | None = field(default=None, kw_only=True)
    """The id of the one meeting of :mod:`kjrel.reference` this record reports
    (``"m-2023-03-16-tokyo"``), or ``None``: set when a corpus is built
    (:meth:`Corpus.build <kjrel.corpus.Corpus.build>`), never by extraction,
    and ``None`` when no reference meeting fits or several do."""

    def documents(self) -> tuple[str, ...]:
        """Return the ids of the articles that report the meeting, sorted."""
        return tuple(sorted({span.doc_id for span in self.evidence}))


class AgreementKind(enum.Enum):
    """The form of an agreement."""

    TREATY = "treaty"
    """A treaty or a signed inter-governmental agreement."""
    MOU = "mou"
    """A memorandum of understanding or of cooperation."""
    JOINT_DECLARATION = "joint-declaration"
    """A joint declaration."""
    JOINT_STATEMENT = "joint-statement"
    """A joint statement or joint press statement."""
    COMMITMENT = "commitment"
    """An agreed course of action without a signed text."""


class AgreementStatus(enum.Enum):
    """Where an agreement stands in the reported event."""

    SIGNED = "signed"
    """Signed in the reported event."""
    AGREED = "agreed"
    """Agreed in the reported event, without a signature."""
    PROPOSED = "proposed"
    """Proposed, not yet agreed."""
    REFERENCED = "referenced"
    """Cited, not concluded in the reported event."""


@frozen
class Agreement:
    """A formal instrument or an explicit commitment between governments."""

    title: str
    """The agreement as the article names it."""
    kind: AgreementKind
    """Treaty, memorandum, joint declaration or statement, or commitment."""
    parties: tuple[str, ...] = field(validator=_check_countries)
    """ISO 3166-1 alpha-2 codes of the countries bound, sorted."""
    date: PartialDate | None = field(default=None)
    """When it was signed, adopted or agreed, or ``None``."""
    status: AgreementStatus = field(default=AgreementStatus.REFERENCED)
    """Signed, agreed, proposed or referenced."""
    evidence: tuple[Span, ...] = field(default=())
    """Sentences that mention it, from every article that does."""
    reference_id: str | None = field(default=None, kw_only=True)
    """The id of the one instrument of :mod:`kjrel.reference` this record names
    (``"i-2015-12-28-comfort-women"``), or ``None``: set when a corpus is built,
    as for :attr:`Summit.reference_id`."""

    def documents(self) -> tuple[str, ...]:
        """Return the ids of the articles that mention the agreement, sorted."""
        return tuple(sorted({span.doc_id for span in self.evidence}))


class ClaimKind(enum.Enum):
    """What a :class:`Claim` says about its subject."""

    TAKES_OFFICE = "takes-office"
    """When the subject took or takes office."""
    LEAVES_OFFICE = "leaves-office"
    """When the subject leaves or left office."""


@frozen
class Claim:
    """A dated claim an article makes about a person.

    Articles can disagree ("the end of September" against "early October");
    the corpus keeps every claim with its source rather than choosing one.
    """

    subject: str
    """Canonical name of the person the claim is about."""
    kind: ClaimKind
    """What is claimed."""
    value: str
    """The TIMEX3 value of the date claimed ("2024-09")."""
    mod: Mod | None
    """The TIMEX3 modifier of that value ("END")."""
    evidence: Span
    """The sentence that makes the claim."""
    timex: Span | None = field(default=None)
    """The temporal expression the value came from."""


# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------


@frozen
class Document:
    """One article of a corpus, with its manifest facts and its text."""

    id: str
    """A stable identifier, unique within the corpus."""
    text: str = field(repr=False)
    """The body text exactly as decoded from disk: the source of every offset."""
    published: dt.date
    """The publication date: the anchor for every relative date."""
    title: str | None = field(default=None)
    """The headline, if known."""
    outlet: str | None = field(default=None)
    """The publishing outlet, if known."""
    url: str | None = field(default=None)
    """Where the article was published, if known."""
    published_basis: str | None = field(default=None)
    """How the publication date is known ("stated", "inferred: ...")."""
    path: str | None = field(default=None)
    """The file the text was read from, relative to the corpus directory."""
    sha256: str = field(default="")
    """Hex SHA-256 of the file's bytes (empty when built from a string)."""

    def span_text(self, span: Span) -> str:
        """Return the text ``span`` covers.

        :raises ValueError: if the span points into another document or
            past the end of this one.
        """
        if span.doc_id != self.id:
            raise ValueError(f"span of document {span.doc_id!r} used on {self.id!r}")
        if span.end > len(self.text):
            raise ValueError(f"span end {span.end} is past the text's end {len(self.text)}")
        return span.slice(self.text)


@frozen
class Extraction:
    """Everything kjrel extracted from one article."""

    document: Document
    """The article."""
    quotes: tuple[Quote, ...] = field(default=())
    """Quotes, in text order."""
    statements: tuple[Statement, ...] = field(default=())
    """Reported statements, in text order."""
    timexes: tuple[TemporalExpression, ...] = field(default=())
    """Temporal expressions, in text order."""
    summits: tuple[Summit, ...] = field(default=())
    """Meetings the article reports or mentions."""
    agreements: tuple[Agreement, ...] = field(default=())
    """Agreements the article reports or mentions."""
    entities: tuple[Entity, ...] = field(default=())
    """The speakers and participants the article names, leaders included."""
    claims: tuple[Claim, ...] = field(default=())
    """Dated claims about people (taking or leaving office)."""

    def spans(self) -> Iterator[Span]:
        """Yield every span of every record, for checks and highlighting."""
        for quote in self.quotes:
            yield quote.span
            yield from (s for s in (quote.cue_span, quote.speaker_span) if s is not None)
        for statement in self.statements:
            yield statement.span
            if statement.cue_span is not None:
                yield statement.cue_span
        for timex in self.timexes:
            yield timex.span
        for summit in self.summits:
            yield from summit.evidence
        for agreement in self.agreements:
            yield from agreement.evidence
        for claim in self.claims:
            yield claim.evidence
            if claim.timex is not None:
                yield claim.timex
