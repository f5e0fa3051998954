"""Robustness on "token soup": text built from the words the rules look for.

The texts come from :func:`kjrel.strategies.article_texts`.

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
from kjrel.strategies import article_texts


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    article_texts(),
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
