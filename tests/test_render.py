"""Tests for kjrel.render and kjrel.markup: the article page, read back with html.parser.

The same pages are opened in a real browser in test_browser.py.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel import strategies as ks
from kjrel.markup import Mark, escape_text, mark_up
from kjrel.models import Document, Extraction, Quote, QuoteKind, Span
from kjrel.render import render_article
from pagekit import CORPORA, article_text, load_corpus, parse_page, quote_marks, text_markup

EVIL = (
    'He said "<script>document.title=\'pwned\'</script>" and then '
    '<img src=x onerror="document.title=\'pwned\'"> & left &amp; at 10:30.\r\nNext.\r'
    " \x00 end"
)


def evil_extraction() -> Extraction:
    document = Document("e<v>il", EVIL, dt.date(2024, 9, 7), title="<b>Title</b>",
                        outlet='"Outlet" & <i>co</i>', url="javascript:alert(1)")
    quote = Quote(Span("e<v>il", 9, 48), EVIL[9:48], QuoteKind.DIRECT,
                  speaker='<script>x</script>"', cue="said", cue_span=Span("e<v>il", 3, 7))
    return Extraction(document, quotes=(quote,))


# --------------------------------------------------------------------------
# Properties: the text survives exactly, and nothing from it becomes markup
# --------------------------------------------------------------------------

TEXTS = ks.article_texts(60) | ks.texts(300) | st.text(alphabet="<>&\"'\r\n\x00 ab", max_size=80)


@settings(max_examples=60, deadline=None)
@given(ks.extractions(ks.documents(text=TEXTS)))
def test_page_text_is_the_article_text(extraction: Extraction) -> None:
    """Any drawn extraction renders to a page whose #text reads back as the exact text,
    in which nothing from the text became markup, and with one element per quote
    (its first piece, carrying the id and the speaker), however the spans overlap."""
    page = render_article(extraction)
    assert article_text(page) == extraction.document.text
    leftover = text_markup(page)
    assert "<" not in leftover and ">" not in leftover
    expected = {  # an attribute cannot hold NUL: escape_attr writes U+FFFD for it
        f"q-{n}": (q.speaker or "(unnamed)").replace("\x00", "\ufffd")
        for n, q in enumerate(extraction.quotes, 1)
        if q.span.start < q.span.end
    }
    assert {m["id"]: m["data-speaker"] for m in quote_marks(page)} == expected


@given(st.text(max_size=50), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60),
                                                 st.integers(0, 2)), max_size=8))
def test_mark_up_keeps_text_for_any_marks(text: str, spans: list[tuple[int, int, int]]) -> None:
    """mark_up never loses, repeats or reorders a character, whatever the marks."""
    marks = [Mark(min(a, b), max(a, b), group, "m") for a, b, group in spans]
    page = f'<div id="text" class="text">{mark_up(text, marks)}</div>\n<aside>'
    assert article_text(page) == text


# --------------------------------------------------------------------------
# Examples
# --------------------------------------------------------------------------


def test_escape_text_examples() -> None:
    """<, > and & are references; CR is &#13;; NUL is a visible marked character."""
    assert escape_text("a<b>&c\r\n") == "a&lt;b&gt;&amp;c&#13;\n"
    assert escape_text("\x00") == '<span class="ctl" data-char="0" title="U+0000">\u2400</span>'


def test_markup_from_the_article_is_text() -> None:
    """<script>, <img onerror> and metadata markup are escaped everywhere on the page."""
    page = render_article(evil_extraction())
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;document.title=" in page
    assert article_text(page) == EVIL
    (mark,) = quote_marks(page)
    assert mark["data-speaker"] == '<script>x</script>"'
    assert 'href="javascript' not in page  # only http(s) URLs become links
    assert re.search(r"<title>&lt;b&gt;Title&lt;/b&gt; \u2014 kjrel</title>", page)


def test_the_page_loads_nothing() -> None:
    """One file: no script, no external resource, and a CSP forbidding both."""
    page = render_article(load_corpus("seeds").extractions[0])
    assert "<script" not in page and "<link" not in page and "<img" not in page
    assert "src=" not in page and "url(" not in page and "@import" not in page
    assert "default-src 'none'" in page


@pytest.mark.parametrize("name", list(CORPORA))
def test_every_page_of_every_corpus(name: str) -> None:
    """Each article of each corpus: exact text, one mark per quote, links that resolve."""
    corpus = load_corpus(name)
    for extraction in corpus.extractions:
        page = corpus.render(extraction.document.id)
        assert article_text(page) == extraction.document.text
        marks = quote_marks(page)
        assert [m["data-speaker"] for m in marks] == [
            q.speaker or "(unnamed)" for q in extraction.quotes
        ]
        assert [(int(m["data-start"]), int(m["data-end"])) for m in marks] == [
            (q.span.start, q.span.end) for q in extraction.quotes
        ]
        ids = set(re.findall(r' id="([^"]+)"', page))
        missing = set(re.findall(r'href="#([^"]+)"', page)) - ids
        assert not missing, missing


def test_dates_carry_their_value_on_hover() -> None:
    """Every temporal expression is underlined with its resolved value as title and data."""
    corpus = load_corpus("seeds")
    extraction = corpus.extractions[0]
    page = corpus.render(extraction.document.id)
    timexes = [v for tag, v in parse_page(page).elements
               if "timex" in v.get("class", "").split() and "id" in v]
    assert [t["data-value"].split(" [")[0] for t in timexes] == [
        t.value for t in extraction.timexes
    ]
    assert all(t["title"].startswith(t["data-value"]) for t in timexes)


def test_side_panel_lists_the_records_with_evidence_here() -> None:
    """Summits and agreements with evidence in the article are listed, linked to sentences."""
    corpus = load_corpus("seeds")
    doc_id = corpus.extractions[0].document.id
    page = corpus.render(doc_id)
    held = [s for s in corpus.summits if doc_id in s.documents()]
    assert f"<h2>Summits ({len(held)})</h2>" in page
    for number, summit in enumerate(corpus.summits, 1):
        if doc_id in summit.documents():
            assert f'href="#summit-{number}-ev-0"' in page
            assert f'id="summit-{number}-ev-0"' in page
