"""Robustness on "token soup": text built from the words the rules look for.

Arbitrary text rarely reaches the deeper branches of the rules (a date with
a clock time, a quote right after a title, an ordinal before "summit"), so
these properties build text from the very tokens the stages match, in any
order, and check that extraction never raises and every span it returns
lies inside the text.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kjrel.models import Document
from kjrel.pipeline import extract

TOKENS = (
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

SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", ", "])


@st.composite
def token_soup(draw: st.DrawFn) -> str:
    """A text of 0 to 120 tokens from TOKENS, joined by varied separators."""
    words = draw(st.lists(st.sampled_from(TOKENS), max_size=120))
    parts: list[str] = []
    for word in words:
        parts.append(word)
        parts.append(draw(SEPARATORS))
    return "".join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    token_soup(),
    st.dates(min_value=dt.date(1966, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_extract_never_raises_on_token_soup(text: str, published: dt.date) -> None:
    """Any order of the rules' own tokens extracts cleanly, spans inside the text."""
    extraction = extract(Document("soup", text, published))
    for span in extraction.spans():
        assert span.doc_id == "soup"
        assert 0 <= span.start <= span.end <= len(text)
    for quote in extraction.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
    for timex in extraction.timexes:
        assert text[timex.span.start : timex.span.end] == timex.text
