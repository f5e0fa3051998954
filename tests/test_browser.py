"""The pages in a real browser: headless Chromium (Debian's ``chromium``).

Each test opens kjrel's pages with ``chromium --headless --dump-dom`` (the
DOM after the browser parsed the page and ran any script) or
``--screenshot``. Without Chromium these tests skip, saying why; under
``KJREL_REQUIRE_BROWSER=1`` (set by ``.ci/run``) they fail instead.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kjrel.models import Document, Extraction, Quote, QuoteKind, Span
from kjrel.render import render_article
from kjrel.report import report_pages
from pagekit import (
    CORPORA,
    article_text,
    chromium,
    dump_dom,
    load_corpus,
    png_colours,
    quote_marks,
    screenshot,
)

SCRIPT = (
    "<script>document.title='pwned';"
    "document.body.insertAdjacentHTML('beforeend','<p id=\"pwned\">ran</p>')</script>"
)
ARTICLE = (
    f'Yoon said: "We will {SCRIPT} meet again," on Friday.\r\n'
    '<img src="x" onerror="document.title=\'pwned\'"> Kishida agreed.'
)


@pytest.fixture(scope="module")
def browser() -> str:
    """The chromium binary (skips, or fails under KJREL_REQUIRE_BROWSER=1, without one)."""
    return chromium()


def evil_page(tmp_path: Path) -> Path:
    start = ARTICLE.index('"') + 1
    end = ARTICLE.index('"', start)
    document = Document("evil", ARTICLE, dt.date(2024, 9, 7), title=SCRIPT, outlet=SCRIPT)
    quote = Quote(Span("evil", start, end), ARTICLE[start:end], QuoteKind.DIRECT,
                  speaker=f"Yoon {SCRIPT}", cue="said", cue_span=Span("evil", 5, 9))
    path = tmp_path / "evil.html"
    path.write_text(render_article(Extraction(document, quotes=(quote,))), encoding="utf-8")
    return path


def test_the_browser_runs_scripts_on_an_ordinary_page(browser: str, tmp_path: Path) -> None:
    """Control: the same script, in a page of its own, does run in this browser.

    So when it does not run in kjrel's page, it is because kjrel escaped it.
    """
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>t</title></head><body>{SCRIPT}"
                    "</body></html>", encoding="utf-8")
    dom = dump_dom(page)
    assert "<title>pwned</title>" in dom and '<p id="pwned">' in dom


def test_script_in_the_article_does_not_run(browser: str, tmp_path: Path) -> None:
    """A <script> and an <img onerror> in the text, title, outlet and speaker stay text."""
    dom = dump_dom(evil_page(tmp_path))
    assert '<p id="pwned">' not in dom and "<title>pwned</title>" not in dom
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    assert article_text(dom) == ARTICLE  # the text as the browser holds it, CR and all
    (mark,) = quote_marks(dom)
    assert mark["data-speaker"] == f"Yoon {SCRIPT}"


def _check_corpus_pages(name: str, directory: Path) -> None:
    corpus = load_corpus(name)
    pages = report_pages(corpus, title=name)
    for relative, text in pages.items():
        (directory / relative).parent.mkdir(parents=True, exist_ok=True)
        (directory / relative).write_text(text, encoding="utf-8")
    paths = [directory / "articles" / f"{d.id}.html" for d in corpus.documents]
    with ThreadPoolExecutor(max_workers=2) as pool:
        doms = list(pool.map(dump_dom, [directory / "index.html", *paths]))
    index, doms = doms[0], doms[1:]
    assert "<svg" in index
    assert index.count('<g class="summit">') == len([s for s in corpus.summits if s.date])
    assert index.count('href="articles/') >= len(corpus)
    for extraction, dom in zip(corpus.extractions, doms, strict=True):
        doc_id = extraction.document.id
        marks = quote_marks(dom)
        assert [m["data-speaker"] for m in marks] == [
            q.speaker or "(unnamed)" for q in extraction.quotes
        ], doc_id
        assert article_text(dom) == extraction.document.text, doc_id
        assert dom.count('class="timex"') + dom.count('class="timex cont"') >= len(
            extraction.timexes
        ), doc_id


@pytest.mark.parametrize("name", list(CORPORA))
def test_every_page_of_the_report_opens_in_chromium(
    browser: str, tmp_path: Path, name: str
) -> None:
    """The report of every corpus, in the browser: the index with its timeline, and every
    article page with one mark per quote with its speaker and exactly the article's text."""
    _check_corpus_pages(name, tmp_path)


def test_article_screenshot_is_not_blank(browser: str, tmp_path: Path) -> None:
    """A screenshot of a seed article shows text and colours, not an empty page."""
    corpus = load_corpus("seeds")
    page = tmp_path / "page.html"
    page.write_text(corpus.render(corpus.documents[0].id), encoding="utf-8")
    colours = png_colours(screenshot(page, tmp_path / "page.png", width=1000, height=700))
    assert len(colours) > 50


def test_without_chromium_the_tests_skip_or_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """No browser: a skip with the reason; under KJREL_REQUIRE_BROWSER=1 (CI) a failure."""
    import pagekit

    monkeypatch.delenv("KJREL_CHROMIUM", raising=False)
    monkeypatch.setattr(pagekit.shutil, "which", lambda name: None)
    monkeypatch.setattr(pagekit, "REQUIRE", False)
    with pytest.raises(pytest.skip.Exception, match="headless Chromium is not installed"):
        pagekit.chromium()
    monkeypatch.setattr(pagekit, "REQUIRE", True)
    with pytest.raises(pytest.fail.Exception, match="KJREL_REQUIRE_BROWSER=1 forbids skipping"):
        pagekit.chromium()


def test_report_screenshot_is_not_blank(browser: str, tmp_path: Path) -> None:
    """A screenshot of a report index shows the timeline's colours, not an empty page."""
    corpus = load_corpus("articles")
    index = tmp_path / "index.html"
    index.write_text(report_pages(corpus)["index.html"], encoding="utf-8")
    colours = png_colours(screenshot(index, tmp_path / "index.png", width=1200, height=700))
    assert len(colours) > 50
    assert (31, 95, 153) in colours  # a summit mark's blue, drawn by the SVG
