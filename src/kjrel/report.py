"""A corpus as a small static web site (``kjrel report``).

:func:`report_pages` returns every page as text, keyed by its path
relative to the output directory; it writes nothing (the command line
does). The site is

- ``index.html``: the corpus at a glance: a timeline picture of the
  summits and agreements over the years with the leaders' terms as bars
  (:func:`kjrel.timeline_svg.timeline_svg`; each mark links to its first
  evidence sentence), summits per year, the speakers most quoted, warnings
  recorded while loading, and a table of every article linking to its page;
- ``articles/<id>.html``: one page per article (:mod:`kjrel.render`).

Every page is self-contained (no script, nothing fetched) and escapes
everything that comes from the corpus.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from kjrel.markup import escape_attr, escape_text
from kjrel.models import Agreement, Summit
from kjrel.render import page, render_article
from kjrel.summary import COUNT_COLUMNS, article_rows, summits_per_year
from kjrel.timeline_svg import timeline_svg

if TYPE_CHECKING:
    from kjrel.corpus import Corpus

__all__ = ["article_path", "index_page", "report_pages"]

TOP_SPEAKERS = 15
"""How many speakers the index lists."""

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;padding:1em 1.5em;max-width:76em;color:#222}
h1{font-size:1.4em;margin:.2em 0}
h2{font-size:1.1em;margin:1.4em 0 .4em;border-bottom:1px solid #ddd}
table{border-collapse:collapse}
td,th{padding:.15em .6em;text-align:left;vertical-align:top}
th{border-bottom:1px solid #bbb}
tr:nth-child(even) td{background:#f7f7f7}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.id,td.date{white-space:nowrap}
.bar{display:inline-block;height:.8em;background:#1f5f99;vertical-align:middle}
.bar.speaker{background:#b35806}
.figure{overflow-x:auto}
.muted{color:#777}
.warning{color:#8a4b00}
.columns{display:flex;gap:3em;flex-wrap:wrap}
"""


def article_path(doc_id: str) -> str:
    """Return the path of an article's page inside the report (``articles/<id>.html``)."""
    return f"articles/{doc_id}.html"


_URL_SAFE = frozenset(string.ascii_letters + string.digits + "-._~/")


def _percent_encode(path: str) -> str:
    """Percent-encode a relative URL path (``a:b.html`` would read as a scheme)."""
    return "".join(
        char if char in _URL_SAFE else "".join(f"%{byte:02X}" for byte in char.encode())
        for char in path
    )


def _href(doc_id: str, fragment: str = "") -> str:
    return _percent_encode(article_path(doc_id)) + (f"#{fragment}" if fragment else "")


def _evidence_link(kind: str, number: int, record: Summit | Agreement) -> str | None:
    if not record.evidence:
        return None
    first = record.evidence[0].doc_id
    index = [span for span in record.evidence if span.doc_id == first].index(record.evidence[0])
    return _href(first, f"{kind}-{number}-ev-{index}")


def _bars(rows: list[tuple[str, int]], css: str) -> str:
    if not rows:
        return '<p class="muted">none</p>'
    most = max(count for _, count in rows)
    cells = "".join(
        f"<tr><td>{escape_text(label)}</td><td class=\"n\">{count}</td>"
        f'<td><span class="bar {css}" style="width:{round(12 * count / most, 2)}em"></span>'
        "</td></tr>"
        for label, count in rows
    )
    return f"<table>{cells}</table>"


def _articles_table(corpus: Corpus) -> str:
    head = "".join(f'<th class="n">{name}</th>' for name in COUNT_COLUMNS)
    rows = []
    for row in article_rows(corpus):
        counts = "".join(f'<td class="n">{count}</td>' for count in row.counts)
        rows.append(
            f'<tr><td class="id"><a href="{escape_attr(_href(row.id))}">{escape_text(row.id)}'
            f'</a></td><td class="date">{row.published}</td>{counts}'
            f"<td>{escape_text(row.title or '')}</td><td>{escape_text(row.outlet or '-')}</td>"
            "</tr>"
        )
    return (f"<table><tr><th>article</th><th>published</th>{head}<th>title</th>"
            f"<th>outlet</th></tr>{''.join(rows)}</table>")


def _warnings(corpus: Corpus) -> str:
    if not corpus.problems:
        return ""
    items = "".join(
        f'<li class="{p.severity.value}">{escape_text(p.severity.value)}: '
        f"{escape_text(p.message)}</li>"
        for p in corpus.problems
    )
    return f"<h2>Problems ({len(corpus.problems)})</h2><ul>{items}</ul>"


def index_page(corpus: Corpus, *, title: str = "kjrel report") -> str:
    """Return the report's ``index.html`` (see the module docs)."""
    svg = timeline_svg(corpus.summits, corpus.agreements, corpus.leaders,
                       link=_evidence_link)
    years = [(str(year), count) for year, count in summits_per_year(corpus)]
    speakers = [(name, count) for name, count in corpus.speakers()[:TOP_SPEAKERS]]
    summary = (f"{len(corpus)} articles, {len(corpus.quotes)} quotes, "
               f"{len(corpus.statements)} statements, {len(corpus.summits)} summits, "
               f"{len(corpus.agreements)} agreements")
    body = (
        f"<h1>{escape_text(title)}</h1><p class=\"muted\">{summary}</p>"
        f"{_warnings(corpus)}"
        "<h2>Timeline: summits, agreements and leaders' terms</h2>"
        f'<div class="figure">{svg}</div>'
        '<div class="columns"><div><h2>Summits per year</h2>'
        f'{_bars(years, "")}</div>'
        f"<div><h2>Speakers most quoted</h2>{_bars(speakers, 'speaker')}</div></div>"
        f"<h2>Articles ({len(corpus)})</h2>{_articles_table(corpus)}"
    )
    return page(title, _STYLE, body)


def report_pages(corpus: Corpus, *, title: str = "kjrel report") -> dict[str, str]:
    """Return every page of the report: ``{"index.html": ..., "articles/<id>.html": ...}``."""
    pages = {"index.html": index_page(corpus, title=title)}
    for extraction in corpus.extractions:
        pages[article_path(extraction.document.id)] = render_article(
            extraction, summits=corpus.summits, agreements=corpus.agreements
        )
    return pages
