"""Intermediate records passed between pipeline stages.

These are the contracts between stages: each stage is a pure function that
takes the :class:`~kjrel.models.Document` and what earlier stages produced,
and returns immutable records. Offsets are plain code-point indices into
``Document.text`` (``start`` inclusive, ``end`` exclusive); stages turn them
into :class:`~kjrel.models.Span` objects only in their public output.
"""

from __future__ import annotations

from attrs import field, frozen

from kjrel.models import Entity, EntityKind
from kjrel.pipeline.syntax.identity import IdentityEnum

__all__ = [
    "FurnitureKind",
    "FurnitureRange",
    "Mention",
    "MentionKind",
    "Mentions",
    "Paragraph",
    "QuoteCandidate",
    "Segmentation",
    "Sentence",
]


class FurnitureKind(IdentityEnum):
    """Page furniture: text on the page that is not part of the report."""

    DATELINE = "dateline"
    """``SEOUL (Reuters) -`` at the start of the body."""
    BYLINE = "byline"
    """``By Jane Doe``."""
    CAPTION = "caption"
    """Photo captions and credits (``FILE PHOTO: ...``, ``Pool via REUTERS``)."""
    CREDIT = "credit"
    """``(Reporting by ...; Editing by ...)``, ``Additional reporting by ...``."""
    LINK = "link"
    """``READ MORE``, ``ALSO READ``, ``POPULAR ARTICLE`` and their headlines."""
    PROMPT = "prompt"
    """Newsletter, share and subscription prompts."""


@frozen
class FurnitureRange:
    """A stretch of text recognised as page furniture."""

    start: int
    """First code point."""
    end: int
    """One past the last code point."""
    kind: FurnitureKind
    """What kind of furniture it is."""


@frozen
class Paragraph:
    """A paragraph: a run of text between line breaks."""

    start: int
    """First code point (after leading white space)."""
    end: int
    """One past the last code point (before trailing white space)."""
    furniture: FurnitureKind | None = field(default=None)
    """Set when the whole paragraph is page furniture."""


@frozen
class Sentence:
    """A sentence of the report's own text (never furniture)."""

    start: int
    """First code point (after any dateline)."""
    end: int
    """One past the last code point (the end punctuation included)."""
    paragraph: int
    """Index into :attr:`Segmentation.paragraphs`."""


@frozen
class Segmentation:
    """The output of the ``segment`` stage."""

    paragraphs: tuple[Paragraph, ...]
    """Every paragraph, furniture included, in text order."""
    sentences: tuple[Sentence, ...]
    """The sentences of the report, in text order, furniture excluded."""
    furniture: tuple[FurnitureRange, ...]
    """Every furniture range found (whole paragraphs and datelines)."""

    def sentence_at(self, offset: int) -> Sentence | None:
        """Return the sentence containing ``offset``, or ``None``."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            sentence = self.sentences[mid]
            if sentence.end <= offset:
                lo = mid + 1
            elif sentence.start > offset:
                hi = mid
            else:
                return sentence
        return None

    def is_furniture(self, offset: int) -> bool:
        """Return whether ``offset`` lies in page furniture."""
        return any(r.start <= offset < r.end for r in self.furniture)


class MentionKind(IdentityEnum):
    """How a mention refers to its entity."""

    NAME = "name"
    """A full name, with or without a title ("President Yoon Suk Yeol")."""
    SURNAME = "surname"
    """A surname or short name after the first mention ("Yoon")."""
    PRONOUN = "pronoun"
    """He, she, they ..."""
    DESCRIPTION = "description"
    """A role or description ("the Japanese leader", "the president")."""
    ORGANISATION = "organisation"
    """An office, ministry, party, government (incl. capitals as metonyms)."""
    GROUP = "group"
    """A generic group ("analysts", "civic groups")."""


@frozen
class Mention:
    """A stretch of text that refers to a person, organisation or group."""

    start: int
    """First code point."""
    end: int
    """One past the last code point."""
    text: str
    """The mention as written."""
    kind: MentionKind
    """Name, surname, pronoun, description, organisation or group."""
    entity: str | None
    """The canonical name it resolves to, or ``None`` if unresolved/unnamed."""
    entity_kind: EntityKind
    """Leader, person, organisation or group."""
    country: str | None = field(default=None)
    """The entity's country (alpha-2), where known."""
    members: tuple[str, ...] = field(default=())
    """For a plural mention ("the two leaders", "Kishida and Yoon", "they"):
    the canonical names of the people it stands for; empty otherwise."""


@frozen
class Mentions:
    """The output of the ``mentions`` stage."""

    mentions: tuple[Mention, ...]
    """Every mention, in text order."""
    entities: tuple[Entity, ...] = field(default=())
    """The :class:`~kjrel.models.Entity` records named in the article."""


@frozen
class QuoteCandidate:
    """A stretch of text between matched quotation marks."""

    open: int
    """Offset of the opening mark."""
    close: int
    """Offset of the closing mark; for a quote left unclosed at the end of its
    paragraph, the end of the paragraph's content (so the span runs to it)."""
    is_quote: bool
    """``False`` for scare quotes, titles, terms and headlines."""
    kind: str
    """``"direct"`` or ``"partial"`` (meaningful when :attr:`is_quote`)."""

    @property
    def start(self) -> int:
        """First code point inside the marks."""
        return self.open + 1

    @property
    def end(self) -> int:
        """One past the last code point inside the marks."""
        return self.close
