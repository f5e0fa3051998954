"""One article as a self-contained HTML page (``kjrel render``).

:func:`render_article` returns the page as a string; it reads and writes
nothing. The page shows the article's text with

- every quote highlighted in its speaker's colour and labelled with the
  speaker's name (one ``<mark class="quote">`` per quote, with
  ``data-speaker``, and the offsets in ``data-start``/``data-end``);
- every reported statement marked (dotted underline), with its cue;
- every temporal expression underlined, its resolved value shown on hover
  (``title`` and ``data-value``);
- the evidence sentences of every summit and agreement tinted, and a side
  panel listing those records, each linking to its sentences.

Hovering any mark shows what it is and its offsets ``[start, end)``, so a
fact can be checked against the text without counting characters.

The page is one file: the style sheet is inline, there is no script, no
image and no font to fetch, and a Content-Security-Policy forbids any
(``default-src 'none'``). Everything that comes from the article, its
metadata or the records is escaped, so markup in an article (a
``<script>``) shows as text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kjrel.markup import Mark, escape_attr, escape_text, mark_up
from kjrel.models import Agreement, Extraction, Quote, Span, Summit
from kjrel.summary import COUNT_COLUMNS, ArticleRow

__all__ = ["PALETTE", "page", "render_article", "speaker_colours"]

PALETTE: tuple[tuple[str, str], ...] = (
    ("#cfe3f5", "#1f5f99"),
    ("#fde2c8", "#b35806"),
    ("#d4efd0", "#2e7d32"),
    ("#f7d4d4", "#b71c1c"),
    ("#e3d7f0", "#5e35b1"),
    ("#f0e0d0", "#795548"),
    ("#f9d9ec", "#ad1457"),
    ("#e6e6c8", "#827717"),
    ("#cdeef0", "#00838f"),
    ("#efe3b8", "#8d6e00"),
)
"""Speaker colours as (background, accent) pairs, assigned in order of first quote."""

_UNNAMED = ("#e8e8e8", "#616161")

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""The page's Content-Security-Policy: nothing may load or run but the inline style."""

_STYLE = """
body{font:16px/1.6 Georgia,'Times New Roman',serif;margin:0;color:#222;background:#fff}
header{padding:.8em 1.5em;border-bottom:1px solid #ddd;font-family:system-ui,sans-serif}
header h1{font-size:1.25em;margin:.1em 0}
header .meta{color:#555;font-size:.85em}
main{display:grid;grid-template-columns:minmax(0,46em) minmax(16em,1fr);gap:1.5em;padding:1em 1.5em}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
aside{font:14px/1.45 system-ui,sans-serif;position:sticky;top:0;align-self:start;
 max-height:100vh;overflow:auto}
aside h2{font-size:1em;margin:1em 0 .3em}
aside ol,aside ul{padding-left:1.4em;margin:.2em 0}
aside li{margin:.25em 0}
.chip{display:inline-block;padding:0 .4em;border-radius:.3em;border:1px solid;margin:.1em 0}
mark.quote{border-bottom:2px solid;border-radius:2px;padding:0 1px;color:inherit;
 box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.quote:not(.cont)::before{content:attr(data-speaker);font:bold 10px/1 system-ui,sans-serif;
 vertical-align:super;margin-right:.25em;padding:1px 3px;border-radius:3px;color:#fff;
 background:var(--accent)}
.statement{border-bottom:2px dotted #4a7c59}
.cue{font-weight:bold}
.mention{text-decoration:underline wavy;text-decoration-color:var(--accent)}
.timex{text-decoration:underline 2px #1565c0;text-underline-offset:3px;position:relative;
 cursor:help}
.timex:hover::after{content:attr(data-value);position:absolute;left:0;top:-1.7em;
 background:#1565c0;color:#fff;font:12px/1.4 system-ui,sans-serif;padding:0 .35em;
 border-radius:3px;white-space:nowrap;z-index:2}
.ev-summit{background:#fff4c2}
.ev-agreement{background:#dff3e4}
mark.quote .evidence{background:transparent}
:target{outline:2px solid #d32f2f;outline-offset:1px}
.ctl{color:#999}
.legend span{margin-right:.8em}
.muted{color:#777}
"""


def speaker_colours(quotes: Sequence[Quote]) -> dict[str | None, int]:
    """Return each speaker's palette index, in order of first quote (``None``: unnamed)."""
    colours: dict[str | None, int] = {}
    for quote in quotes:
        if quote.speaker is not None and quote.speaker not in colours:
            colours[quote.speaker] = len(colours) % len(PALETTE)
    return colours


def _speaker_class(speaker: str | None, colours: dict[str | None, int]) -> str:
    return "sp-none" if speaker is None else f"sp-{colours[speaker]}"


def _speaker_style(colours: dict[str | None, int]) -> str:
    rules = [
        f".sp-{index}{{background:{back};border-color:{accent};--accent:{accent}}}"
        for index, (back, accent) in enumerate(PALETTE[: max(colours.values(), default=-1) + 1])
    ]
    rules.append(f".sp-none{{background:{_UNNAMED[0]};border-color:{_UNNAMED[1]};"
                 f"--accent:{_UNNAMED[1]}}}")
    rules.append(".mention.sp-none,.mention[class*=sp-]{background:transparent}")
    return "\n".join(rules)


def _where(span: Span) -> str:
    return f"[{span.start}, {span.end})"


def _offsets(span: Span) -> tuple[tuple[str, str], ...]:
    return (("data-start", str(span.start)), ("data-end", str(span.end)))


def _quote_marks(quotes: Sequence[Quote], colours: dict[str | None, int]) -> Iterator[Mark]:
    for number, quote in enumerate(quotes, 1):
        speaker = quote.speaker or "(unnamed)"
        colour = _speaker_class(quote.speaker, colours)
        cue = f" \u00b7 {quote.cue}" if quote.cue else ""
        title = f"quote {number}: {speaker}{cue} \u00b7 {quote.kind.value} {_where(quote.span)}"
        yield Mark(quote.span.start, quote.span.end, 0, f"quote {colour}", f"q-{number}",
                   (("data-speaker", speaker), ("title", title), *_offsets(quote.span)), "mark")
        if quote.cue_span is not None:
            yield Mark(quote.cue_span.start, quote.cue_span.end, 2, "cue",
                       attrs=(("title", f"cue of quote {number}"),))
        if quote.speaker_span is not None:
            yield Mark(quote.speaker_span.start, quote.speaker_span.end, 2,
                       f"mention {colour}",
                       attrs=(("title", f"speaker of quote {number}: {speaker}"),))


def _statement_marks(extraction: Extraction) -> Iterator[Mark]:
    for number, statement in enumerate(extraction.statements, 1):
        names = ", ".join(name or "(unnamed)" for name in statement.speakers) or "(unnamed)"
        cue = f" \u00b7 {statement.cue}" if statement.cue else ""
        title = f"statement {number}: {names}{cue} {_where(statement.span)}"
        yield Mark(statement.span.start, statement.span.end, 1, "statement", f"s-{number}",
                   (("title", title), ("data-speakers", names), *_offsets(statement.span)))
        if statement.cue_span is not None:
            yield Mark(statement.cue_span.start, statement.cue_span.end, 2, "cue",
                       attrs=(("title", f"cue of statement {number}"),))


def _timex_marks(extraction: Extraction) -> Iterator[Mark]:
    for number, timex in enumerate(extraction.timexes, 1):
        mod = f" [{timex.mod.value}]" if timex.mod else ""
        value = f"{timex.value}{mod}"
        title = f"{value} ({timex.type.value}) {_where(timex.span)}"
        yield Mark(timex.span.start, timex.span.end, 2, "timex", f"t-{number}",
                   (("title", title), ("data-value", value), *_offsets(timex.span)))


def _evidence_marks(kind: str, numbered: Sequence[tuple[int, Summit | Agreement]],
                    doc_id: str) -> Iterator[Mark]:
    for number, record in numbered:
        label = _record_label(record)
        spans = [span for span in record.evidence if span.doc_id == doc_id]
        for index, span in enumerate(spans):
            yield Mark(span.start, span.end, 1, f"evidence ev-{kind}",
                       f"{kind}-{number}-ev-{index}",
                       (("title", f"{kind} {number}: {label} {_where(span)}"),
                        ("data-record", f"{kind}-{number}"), *_offsets(span)))


def _record_label(record: Summit | Agreement) -> str:
    date = str(record.date) if record.date is not None else "undated"
    if isinstance(record, Summit):
        place = f" in {record.place.name}" if record.place is not None else ""
        occasion = f" at {record.occasion}" if record.occasion else ""
        people = " / ".join(record.participants) or "?"
        return (f"{date} \u00b7 {record.kind.value} \u00b7 {people}{place}{occasion}"
                f" ({record.status.value})")
    parties = ", ".join(record.parties) or "?"
    return (f"{date} \u00b7 {record.kind.value} \u00b7 {record.title} ({parties};"
            f" {record.status.value})")


def _in_document(records: Sequence[Summit | Agreement],
                 doc_id: str) -> list[tuple[int, Summit | Agreement]]:
    return [(number, record) for number, record in enumerate(records, 1)
            if any(span.doc_id == doc_id for span in record.evidence)]


def _record_list(kind: str, heading: str, numbered: Sequence[tuple[int, Summit | Agreement]],
                 doc_id: str) -> str:
    if not numbered:
        return f"<h2>{heading} (0)</h2><p class=\"muted\">none found</p>"
    items = []
    for number, record in numbered:
        spans = [span for span in record.evidence if span.doc_id == doc_id]
        links = " ".join(
            f'<a href="#{kind}-{number}-ev-{index}" title="{_where(span)}">'
            f"sentence&nbsp;{index + 1}</a>"
            for index, span in enumerate(spans)
        )
        others = sorted({span.doc_id for span in record.evidence} - {doc_id})
        also = (f'<br><span class="muted">also in {escape_text(", ".join(others))}</span>'
                if others else "")
        items.append(f'<li id="{kind}-{number}">{escape_text(_record_label(record))}'
                     f"<br>{links}{also}</li>")
    return f"<h2>{heading} ({len(numbered)})</h2><ol>{''.join(items)}</ol>"


def _speaker_list(quotes: Sequence[Quote], colours: dict[str | None, int]) -> str:
    counts: dict[str | None, list[int]] = {}
    for number, quote in enumerate(quotes, 1):
        counts.setdefault(quote.speaker, []).append(number)
    items = [
        f'<li><a href="#q-{numbers[0]}" class="chip {_speaker_class(speaker, colours)}">'
        f"{escape_text(speaker or '(unnamed)')}</a> {len(numbers)}</li>"
        for speaker, numbers in counts.items()
    ]
    return f"<h2>Quotes by speaker ({len(quotes)})</h2><ul>{''.join(items)}</ul>"


_LEGEND = (
    '<p class="legend"><span><mark class="quote sp-none" data-speaker="speaker">quote</mark>'
    '</span><span class="statement">statement</span> <span class="timex">date</span> '
    '<span class="ev-summit">summit evidence</span> '
    '<span class="ev-agreement">agreement evidence</span></p>'
)


def _header(extraction: Extraction) -> str:
    document = extraction.document
    row = ArticleRow.of(extraction)
    counts = ", ".join(f"{count} {name}" for name, count in zip(COUNT_COLUMNS, row.counts,
                                                                strict=True))
    meta = [document.id, document.published.isoformat(), document.outlet or ""]
    url = ""
    if document.url and document.url.startswith(("https://", "http://")):
        url = (f' \u00b7 <a href="{escape_attr(document.url)}" rel="noreferrer">'
               f"{escape_text(document.url)}</a>")
    return (f"<header><h1>{escape_text(document.title or document.id)}</h1>"
            f'<div class="meta">{escape_text(" · ".join(m for m in meta if m))}{url}</div>'
            f'<div class="meta">{escape_text(counts)}</div></header>')


def page(title: str, style: str, body: str) -> str:
    """Return a complete, self-contained HTML document (``title`` is escaped here)."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="kjrel">\n'
        f"<title>{escape_text(title)}</title>\n<style>{style}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def render_article(
    extraction: Extraction,
    *,
    summits: Sequence[Summit] | None = None,
    agreements: Sequence[Agreement] | None = None,
) -> str:
    """Return the HTML page of one article (see the module docs).

    :param summits: the summits to mark and list; the article's own by
        default. A corpus passes its merged ones
        (:meth:`Corpus.render <kjrel.corpus.Corpus.render>`): only those with
        evidence in this article are shown, numbered by their position in
        the sequence, so ``#summit-3`` names the same record on every page.
    :param agreements: the same for agreements.
    """
    document = extraction.document
    doc_id = document.id
    colours = speaker_colours(extraction.quotes)
    held = _in_document(extraction.summits if summits is None else summits, doc_id)
    made = _in_document(extraction.agreements if agreements is None else agreements, doc_id)
    marks = [
        *_quote_marks(extraction.quotes, colours),
        *_statement_marks(extraction),
        *_timex_marks(extraction),
        *_evidence_marks("summit", held, doc_id),
        *_evidence_marks("agreement", made, doc_id),
    ]
    text = mark_up(document.text, marks)
    side = (_LEGEND + _speaker_list(extraction.quotes, colours)
            + _record_list("summit", "Summits", held, doc_id)
            + _record_list("agreement", "Agreements", made, doc_id))
    body = (f"{_header(extraction)}\n<main><div id=\"text\" class=\"text\">{text}</div>\n"
            f"<aside>{side}</aside></main>")
    return page(f"{document.title or doc_id} \u2014 kjrel", _STYLE + _speaker_style(colours),
                body)
