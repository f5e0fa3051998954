"""Hypothesis strategies for every kjrel record, for your own property tests.

This is the only module of kjrel that imports :mod:`hypothesis`; import it
in tests only (``pip install kjrel[test]``)::

    from hypothesis import given
    from kjrel import strategies as ks

    @given(ks.quotes())
    def test_my_exporter(quote): ...

Every strategy draws valid records (the models' validators accept them);
:func:`extractions` draws a document and records whose spans all point
inside its text, as the pipeline's output does.
"""

from __future__ import annotations

import calendar
import datetime as dt
import string

from hypothesis import strategies as st

from kjrel.errors import Problem, Severity
from kjrel.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Claim,
    ClaimKind,
    Document,
    Entity,
    EntityKind,
    Extraction,
    Leader,
    Mod,
    Office,
    OfficeRole,
    PartialDate,
    Place,
    Quote,
    QuoteKind,
    Span,
    Statement,
    Summit,
    SummitKind,
    SummitStatus,
    TemporalExpression,
    TimexType,
)

__all__ = [
    "NEWS_TOKENS",
    "agreements",
    "article_texts",
    "claims",
    "country_codes",
    "dates",
    "doc_ids",
    "documents",
    "entities",
    "extractions",
    "leaders",
    "offices",
    "partial_dates",
    "places",
    "problems",
    "quotes",
    "reference_ids",
    "spans",
    "statements",
    "summits",
    "texts",
    "timexes",
]

_SHORT = 40


NEWS_TOKENS: tuple[str, ...] = (
    # dates and times
    "Friday", "Sept.", "Sept", "September", "6", "6-7", "26th", "2024", "1910-45",
    "2019-12-24", "10:30", "18:19", "JST", "a.m.", "p.m.", "morning", "last", "next",
    "this", "week", "month", "year", "ago", "later", "earlier", "in", "on", "the",
    "end", "of", "early", "mid-March", "1990s", "’90s", "two-day", "one", "hour",
    "and", "40", "minutes", "over", "three", "a", "half", "hours", "nearly", "day",
    "today", "yesterday", "then", "since", "until", "by", "12", "years",
    # people and speech
    "President", "Prime", "Minister", "PM", "Mr", "Mr.", "Yoon", "Suk-yeol",
    "Kishida", "Fumio", "Lee", "Jae-myung", "Ishiba", "Takaichi", "Biden", "Xi",
    "he", "she", "they", "his", "counterpart", "Japanese", "South", "Korean",
    "leader", "premier", "outgoing", "then-prime", "minister", "office", "spokesperson",
    "said", "told", "reporters", "added", "according", "to", "quoted", "as", "saying",
    "statement", "pledged", "agreed", "reaffirmed", "denounced",
    # events
    "summit", "meeting", "talks", "met", "visit", "Seoul", "Tokyo", "Camp", "David",
    "sidelines", "APEC", "NATO", "G7", "12th", "first", "seventh", "time", "rounds",
    "memorandum", "understanding", "(MOU)", "joint", "declaration", "treaty", "GSOMIA",
    "accord", "resume", "shuttle", "diplomacy", "signed", "will", "step", "down",
    # punctuation and marks
    '"', "“", "”", "'", "‘", "’", ",", ".", ":", ";", "-", "–", "—", "(", ")", "?", "!",
    "\n", "\n\n", "\r\n", "READ MORE", "FILE PHOTO:", "(Reporting by", "Reuters)",
)
"""Words, marks and furniture that kjrel's extraction rules look for.

Arbitrary text rarely reaches the deeper branches of the rules; text made of
these tokens does (a date with a clock time, a title before a quote, an
ordinal before "summit").
"""

_SEPARATORS = (" ", " ", " ", "", "\n", ", ")


@st.composite
def article_texts(draw: st.DrawFn, max_tokens: int = 120) -> str:
    """Draw "token soup": up to ``max_tokens`` of :data:`NEWS_TOKENS`, in any order.

    Use it to test code that consumes kjrel's extraction on inputs that
    exercise every rule, e.g. ``@given(kjrel.strategies.article_texts())``.
    """
    words = draw(st.lists(st.sampled_from(NEWS_TOKENS), max_size=max_tokens))
    parts: list[str] = []
    for word in words:
        parts.append(word)
        parts.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(parts)


def texts(max_size: int = _SHORT) -> st.SearchStrategy[str]:
    """Draw any Unicode text (no lone surrogates), up to ``max_size`` code points."""
    return st.text(max_size=max_size)


def doc_ids() -> st.SearchStrategy[str]:
    """Draw document ids as a manifest allows them (letters, digits, ``. _ - :``)."""
    first = string.ascii_letters + string.digits
    rest = first + "._-:"
    return st.builds(
        lambda a, b: a + b,
        st.sampled_from(first),
        st.text(alphabet=rest, max_size=20),
    )


def country_codes() -> st.SearchStrategy[str]:
    """Draw ISO 3166-1 alpha-2 shaped codes: two capital letters."""
    return st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2)


def dates() -> st.SearchStrategy[dt.date]:
    """Draw calendar dates from year 1 to 9999."""
    return st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def spans(
    doc_id: st.SearchStrategy[str] | None = None, max_offset: int = 10_000
) -> st.SearchStrategy[Span]:
    """Draw spans with ``0 <= start <= end <= max_offset``."""
    ids = doc_id if doc_id is not None else doc_ids()

    def build(ident: str, a: int, b: int) -> Span:
        return Span(ident, min(a, b), max(a, b))

    offsets = st.integers(min_value=0, max_value=max_offset)
    return st.builds(build, ids, offsets, offsets)


def _spans_in(doc_id: str, length: int) -> st.SearchStrategy[Span]:
    return spans(st.just(doc_id), max_offset=length)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Draw partial dates at year, month or day precision, with or without a mod."""
    year = draw(st.integers(min_value=1, max_value=9999))
    mod = draw(st.none() | st.sampled_from(Mod))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(year, mod=mod)
    month = draw(st.integers(min_value=1, max_value=12))
    if precision == "month":
        return PartialDate(year, month, mod=mod)
    day = draw(st.integers(min_value=1, max_value=calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day, mod)


def places() -> st.SearchStrategy[Place]:
    """Draw places with or without a country."""
    return st.builds(Place, texts(), st.none() | country_codes())


@st.composite
def offices(draw: st.DrawFn) -> Office:
    """Draw terms in office; the end, if any, is not before the start."""
    start = draw(dates())
    end = draw(st.none() | st.dates(min_value=start, max_value=dt.date(9999, 12, 31)))
    return Office(draw(texts()), draw(country_codes()), draw(st.sampled_from(OfficeRole)),
                  start, end)


def leaders() -> st.SearchStrategy[Leader]:
    """Draw leaders with a few aliases and offices."""
    return st.builds(
        Leader,
        texts(),
        country_codes(),
        st.lists(texts(), max_size=3).map(tuple),
        st.lists(offices(), max_size=3).map(tuple),
        texts(),
    )


def entities() -> st.SearchStrategy[Entity]:
    """Draw entities of every kind."""
    return st.builds(
        Entity,
        texts(),
        st.sampled_from(EntityKind),
        st.lists(texts(), max_size=3).map(tuple),
        st.none() | country_codes(),
        st.none() | texts(),
    )


def quotes(span: st.SearchStrategy[Span] | None = None) -> st.SearchStrategy[Quote]:
    """Draw quotes; all spans drawn from ``span`` (any spans by default)."""
    span = span if span is not None else spans()
    return st.builds(
        Quote,
        span,
        texts(),
        st.sampled_from(QuoteKind),
        st.none() | texts(),
        st.none() | texts(),
        st.none() | span,
        st.none() | span,
    )


def statements(span: st.SearchStrategy[Span] | None = None) -> st.SearchStrategy[Statement]:
    """Draw reported statements, with named and unnamed speakers."""
    span = span if span is not None else spans()
    return st.builds(
        Statement,
        span,
        st.lists(st.none() | texts(), max_size=3).map(tuple),
        st.none() | texts(),
        st.none() | span,
    )


def timexes(span: st.SearchStrategy[Span] | None = None) -> st.SearchStrategy[TemporalExpression]:
    """Draw temporal expressions (the value is any text, as TIMEX3 values vary)."""
    span = span if span is not None else spans()
    return st.builds(
        TemporalExpression,
        span,
        texts(),
        texts(),
        st.sampled_from(TimexType),
        st.none() | st.sampled_from(Mod),
    )


def reference_ids() -> st.SearchStrategy[str]:
    """Draw ids shaped as the reference's (``m-2023-03-16-tokyo``, ``i-1965-06-22-x``)."""
    slug = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8)
    return st.builds(
        lambda prefix, date, words: f"{prefix}-{date.isoformat()}-{'-'.join(words)}",
        st.sampled_from(("m", "i")),
        partial_dates(),
        st.lists(slug, min_size=1, max_size=3),
    )


def summits(span: st.SearchStrategy[Span] | None = None) -> st.SearchStrategy[Summit]:
    """Draw summits of every kind and status."""
    span = span if span is not None else spans()
    return st.builds(
        Summit,
        st.lists(texts(), max_size=4).map(lambda names: tuple(sorted(names))),
        st.none() | partial_dates(),
        st.none() | places(),
        st.sampled_from(SummitKind),
        st.none() | st.integers(min_value=0, max_value=1000),
        st.sampled_from(SummitStatus),
        st.none() | texts(),
        st.lists(span, max_size=3).map(tuple),
        country=st.none() | country_codes(),
        reference_id=st.none() | reference_ids(),
    )


def agreements(span: st.SearchStrategy[Span] | None = None) -> st.SearchStrategy[Agreement]:
    """Draw agreements of every kind and status."""
    span = span if span is not None else spans()
    return st.builds(
        Agreement,
        texts(),
        st.sampled_from(AgreementKind),
        st.lists(country_codes(), max_size=4).map(lambda codes: tuple(sorted(codes))),
        st.none() | partial_dates(),
        st.sampled_from(AgreementStatus),
        st.lists(span, max_size=3).map(tuple),
        reference_id=st.none() | reference_ids(),
    )


def claims(span: st.SearchStrategy[Span] | None = None) -> st.SearchStrategy[Claim]:
    """Draw dated claims about taking or leaving office."""
    span = span if span is not None else spans()
    return st.builds(
        Claim,
        texts(),
        st.sampled_from(ClaimKind),
        texts(),
        st.none() | st.sampled_from(Mod),
        span,
        st.none() | span,
    )


def documents(
    text: st.SearchStrategy[str] | None = None, doc_id: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Document]:
    """Draw documents with any text and metadata."""
    return st.builds(
        Document,
        doc_id if doc_id is not None else doc_ids(),
        text if text is not None else texts(200),
        dates(),
        st.none() | texts(),
        st.none() | texts(),
        st.none() | texts(),
        st.none() | texts(),
        st.none() | texts(),
        st.text(alphabet="0123456789abcdef", min_size=64, max_size=64) | st.just(""),
    )


@st.composite
def extractions(draw: st.DrawFn, document: st.SearchStrategy[Document] | None = None) -> Extraction:
    """Draw extractions whose every span points inside their document's text."""
    doc = draw(document if document is not None else documents())
    inside = _spans_in(doc.id, len(doc.text))
    return Extraction(
        document=doc,
        quotes=tuple(draw(st.lists(quotes(inside), max_size=3))),
        statements=tuple(draw(st.lists(statements(inside), max_size=3))),
        timexes=tuple(draw(st.lists(timexes(inside), max_size=3))),
        summits=tuple(draw(st.lists(summits(inside), max_size=3))),
        agreements=tuple(draw(st.lists(agreements(inside), max_size=3))),
        entities=tuple(draw(st.lists(entities(), max_size=3))),
        claims=tuple(draw(st.lists(claims(inside), max_size=3))),
    )


def problems() -> st.SearchStrategy[Problem]:
    """Draw recorded loading problems, errors and warnings."""
    return st.builds(
        Problem,
        texts(),
        st.none() | texts(),
        st.none() | st.integers(min_value=1, max_value=10**6),
        st.none() | st.integers(min_value=0, max_value=10**9),
        st.sampled_from(("KjrelError", "ManifestError", "DocumentError", "CorpusError",
                         "KjrelWarning")),
        st.sampled_from(Severity),
    )
