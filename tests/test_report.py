"""Tests for kjrel.report and kjrel.timeline_svg: the corpus report, read back as text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from kjrel.models import (
    Agreement,
    AgreementKind,
    Leader,
    Office,
    OfficeRole,
    PartialDate,
    Span,
    Summit,
    SummitStatus,
)
from kjrel.report import report_pages
from kjrel.summary import summits_per_year
from kjrel.timeline_svg import timeline_svg
from pagekit import CORPORA, load_corpus


@pytest.mark.parametrize("name", list(CORPORA))
def test_report_pages_link_to_each_other(name: str) -> None:
    """An index plus one page per article; every article link and evidence link resolves."""
    corpus = load_corpus(name)
    pages = report_pages(corpus, title=name)
    assert sorted(pages) == sorted(
        ["index.html", *(f"articles/{d.id}.html" for d in corpus.documents)]
    )
    index = pages["index.html"]
    for href in re.findall(r'href="([^"]+)"', index):
        path, _, fragment = unquote(href).partition("#")
        assert path in pages, href
        if fragment:
            assert f'id="{fragment}"' in pages[path], href
    shown_first = min((s.date.earliest().year for s in corpus.summits if s.date), default=0)
    dated = [s for s in corpus.summits if s.date]
    assert index.count('<g class="summit">') == len(dated)
    assert index.count('<g class="agreement">') == len(
        [a for a in corpus.agreements if a.date and a.date.latest().year >= shown_first]
    )
    for year, count in summits_per_year(corpus):
        assert f"<td>{year}</td><td class=\"n\">{count}</td>" in index
    top_name, top_count = corpus.speakers()[0]
    assert f"<td>{top_name}</td><td class=\"n\">{top_count}</td>" in index


def test_the_report_writes_its_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`kjrel report -o DIR` writes index.html and articles/*.html."""
    from kjrel.cli import main

    assert main(["report", "-o", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "index.html").is_file()
    assert len(list((tmp_path / "site" / "articles").glob("*.html"))) == 2
    assert "index.html (2 article pages)" in capsys.readouterr().out


SEOUL = Summit(("A <b>", "B"), PartialDate(2024, 9, 6), evidence=(Span("d", 0, 5),))
PLANNED = Summit(("A <b>", "B"), PartialDate(2025), status=SummitStatus.PLANNED)
TREATY = Agreement("T & <i>", AgreementKind.TREATY, ("JP", "KR"), PartialDate(1965, 6, 22))
LEADER = Leader("Yoon Suk Yeol", "KR", offices=(
    Office("President", "KR", OfficeRole.HEAD_OF_STATE_AND_GOVERNMENT, dt.date(2022, 5, 10),
           dt.date(2025, 4, 4)),
))


def test_timeline_marks_bars_and_escaping() -> None:
    """Held and planned summits, an earlier treaty as a note, a term bar; text escaped."""
    svg = timeline_svg([SEOUL, PLANNED], [TREATY], [LEADER],
                       link=lambda kind, n, record: f"a.html#{kind}-{n}")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert svg.count('<g class="summit">') == 2
    assert 'fill="#fff" stroke="#1f5f99"' in svg  # the planned one is hollow
    assert "+1 earlier (1965)" in svg and '<g class="agreement">' not in svg
    assert "A &lt;b&gt; / B" in svg and "<b>" not in svg
    assert ">Yoon</text>" in svg and "KR leaders" in svg
    assert '<a href="a.html#summit-1">' in svg
    assert re.findall(r">(\d{4})</text>", svg)[0] == "2024"


def test_timeline_without_dates() -> None:
    """No dated record: a one-line picture saying so."""
    assert "No dated summit or agreement." in timeline_svg([], [], [])


def test_timeline_is_pure() -> None:
    """Same records, same picture."""
    corpus = load_corpus("articles")
    first = timeline_svg(corpus.summits, corpus.agreements, corpus.leaders)
    assert first == timeline_svg(corpus.summits, corpus.agreements, corpus.leaders)


def test_article_links_are_percent_encoded() -> None:
    """An id with a colon links as %3A, so the browser never reads it as a URL scheme."""
    from kjrel.report import _href

    assert _href("a:b") == "articles/a%3Ab.html"
    assert _href("x-1.y_z", "summit-1-ev-0") == "articles/x-1.y_z.html#summit-1-ev-0"
