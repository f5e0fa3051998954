"""A timeline picture of summits and agreements, as SVG text drawn by kjrel.

:func:`timeline_svg` returns an ``<svg>`` element (for inline use in HTML)
with, over the years the records span:

- one lane of summits (circles; hollow when planned) and one of agreements
  (diamonds); a date known only to the month or the year is drawn at its
  middle with a thin bar over the whole period;
- one lane per country of the leaders given, with each leader's terms as
  bars (heads of state or government only), named inside when they fit;
- year ticks, and a ``<title>`` on every mark (hover for the label).

A mark can link somewhere (``href``: the evidence on an article page).
Every text is escaped. The function is pure: same records, same SVG.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence

from kjrel.models import Agreement, Leader, OfficeRole, PartialDate, Summit

__all__ = ["timeline_svg"]

_LEFT = 110
_RIGHT = 20
_LANE = 34
_TOP = 36
_COUNTRY_ORDER = {"KR": 0, "JP": 1}
_FAMILY_FIRST = {"KR", "KP", "CN", "TW"}
_COLOURS = {"summit": "#1f5f99", "agreement": "#2e7d32"}
_BARS = ("#90caf9", "#ffcc80", "#a5d6a7", "#ef9a9a", "#ce93d8", "#bcaaa4")

Link = Callable[[str, int, "Summit | Agreement"], "str | None"]
"""``link(kind, number, record)``: the URL a mark links to, or ``None``."""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


class _Scale:
    """Days to x pixels over whole years ``first`` to ``last``."""

    def __init__(self, first: int, last: int, width: int) -> None:
        self.first, self.last = first, last
        self.start = dt.date(first, 1, 1).toordinal()
        self.days = dt.date(last, 12, 31).toordinal() + 1 - self.start
        self.width = width - _LEFT - _RIGHT

    def x(self, day: dt.date) -> float:
        """Return the x position of ``day``, clipped to the picture."""
        offset = min(max(day.toordinal() - self.start, 0), self.days)
        return round(_LEFT + offset / self.days * self.width, 1)


def _years(summits: Sequence[Summit], agreements: Sequence[Agreement]) -> tuple[int, int] | None:
    """Return the first and last year shown: those of the summits when there are any.

    Agreements cited from long before (a 1965 treaty) would squeeze decades
    of summits into a corner; they are counted in a note instead.
    """
    dated: list[PartialDate] = [r.date for r in summits if r.date is not None] or [
        r.date for r in agreements if r.date is not None
    ]
    last = [*dated, *(r.date for r in agreements if r.date is not None)]
    if not dated:
        return None
    return min(d.earliest().year for d in dated), max(d.latest().year for d in last)


def _earlier(agreements: Sequence[Agreement], scale: _Scale) -> str:
    """Return a note naming the agreements dated before the first year shown."""
    years = sorted(a.date.year for a in agreements
                   if a.date is not None and a.date.latest().year < scale.first)
    if not years:
        return ""
    listed = ", ".join(str(year) for year in years[:4]) + (", ..." if len(years) > 4 else "")
    y = _TOP + 1.5 * _LANE + 15
    return (f'<text x="6" y="{y}" font-size="10" fill="#2e7d32">+{len(years)} earlier '
            f"({_e(listed)})</text>")


def _axis(scale: _Scale, height: int) -> list[str]:
    step = max(1, (scale.last - scale.first + 1) // 12)
    parts = []
    for year in range(scale.first, scale.last + 2, step):
        x = scale.x(dt.date(year, 1, 1)) if year <= scale.last else _LEFT + scale.width
        parts.append(f'<line x1="{x}" y1="{_TOP - 6}" x2="{x}" y2="{height - 18}" '
                     'stroke="#ddd"/>')
        if year <= scale.last:
            parts.append(f'<text x="{x + 2}" y="{height - 5}" font-size="11" '
                         f'fill="#555">{year}</text>')
    return parts


def _period(scale: _Scale, date: PartialDate, y: float, colour: str) -> tuple[float, str]:
    """Return the mark's x (middle of the period) and a bar over the period if it is long."""
    low, high = scale.x(date.earliest()), scale.x(date.latest())
    middle = round((low + high) / 2, 1)
    bar = ""
    if high - low > 4:
        bar = (f'<line x1="{low}" y1="{y}" x2="{high}" y2="{y}" stroke="{colour}" '
               'stroke-width="2" stroke-opacity="0.35"/>')
    return middle, bar


def _marks(kind: str, records: Sequence[Summit | Agreement], scale: _Scale, lane: int,
           link: Link | None) -> list[str]:
    colour = _COLOURS[kind]
    parts: list[str] = []
    placed: list[float] = []
    for number, record in enumerate(records, 1):
        if record.date is None or record.date.latest().year < scale.first:
            continue
        base = _TOP + lane * _LANE + _LANE / 2
        x, bar = _period(scale, record.date, base, colour)
        crowd = sum(1 for other in placed if abs(other - x) < 7)
        placed.append(x)
        y = base + ((crowd % 5) - 2) * 5
        shape = _shape(kind, record, x, y, colour)
        title = f"<title>{_e(_label(kind, record))}</title>"
        href = link(kind, number, record) if link else None
        mark = f"{bar}<g class=\"{kind}\">{title}{shape}</g>"
        parts.append(f'<a href="{_e(href)}">{mark}</a>' if href else mark)
    return parts


def _shape(kind: str, record: Summit | Agreement, x: float, y: float, colour: str) -> str:
    if kind == "summit":
        planned = isinstance(record, Summit) and record.status.value == "planned"
        fill = "#fff" if planned else colour
        return f'<circle cx="{x}" cy="{y}" r="4.5" fill="{fill}" stroke="{colour}"/>'
    points = f"{x},{y - 5.5} {x + 5.5},{y} {x},{y + 5.5} {x - 5.5},{y}"
    return f'<polygon points="{points}" fill="{colour}" fill-opacity="0.85"/>'


def _label(kind: str, record: Summit | Agreement) -> str:
    date = str(record.date) if record.date else "undated"
    if isinstance(record, Summit):
        place = f" in {record.place.name}" if record.place else ""
        return f"{date}: {record.kind.value} summit, {' / '.join(record.participants)}{place}"
    return f"{date}: {record.kind.value}, {record.title} ({', '.join(record.parties)})"


Term = tuple[str, dt.date, dt.date]


def _union(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Merge one person's overlapping terms (a party chief who is also president)."""
    merged: list[tuple[dt.date, dt.date]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _terms(leaders: Sequence[Leader], scale: _Scale) -> list[tuple[str, str, list[Term]]]:
    """Return lanes of leaders' terms that meet the picture's years: ``(label, country, terms)``.

    Korea first, then Japan, then the other countries by code; a country
    whose terms overlap (a president and a premier) gets more than one lane.
    """
    low, high = dt.date(scale.first, 1, 1), dt.date(scale.last, 12, 31)
    by_country: dict[str, list[Term]] = {}
    for leader in leaders:
        spans = sorted(
            (office.start, office.end or high) for office in leader.offices
            if office.role is not OfficeRole.OTHER and office.country == leader.country
        )
        for start, end in _union(spans):
            if start <= high and end >= low:
                by_country.setdefault(leader.country, []).append((leader.name, start, end))
    lanes: list[tuple[str, str, list[Term]]] = []
    for country in sorted(by_country, key=lambda c: (_COUNTRY_ORDER.get(c, 9), c)):
        rows: list[list[Term]] = []
        for term in sorted(by_country[country], key=lambda t: (t[1], t[2])):
            row = next((r for r in rows if r[-1][2] <= term[1]), None)
            if row is None:
                rows.append([term])
            else:
                row.append(term)
        lanes.extend((f"{country} leaders" if i == 0 else "", country, row)
                     for i, row in enumerate(rows))
    return lanes


def _term_bar(term: Term, index: int, country: str, scale: _Scale, y: float) -> str:
    name, start, end = term
    x1, x2 = scale.x(start), scale.x(end)
    colour = _BARS[index % len(_BARS)]
    parts = [
        f'<g class="term"><title>{_e(f"{name} ({country}): {start} to {end}")}</title>'
        f'<rect x="{x1}" y="{y}" width="{max(x2 - x1, 1):.1f}" height="{_LANE - 12}" '
        f'fill="{colour}" stroke="#fff"/>'
    ]
    names = name.split() or [name]
    shown = names[0] if country in _FAMILY_FIRST else names[-1]
    if x2 - x1 > 7 * len(shown):
        parts.append(f'<text x="{x1 + 3}" y="{y + 15}" font-size="11" fill="#222">'
                     f"{_e(shown)}</text>")
    parts.append("</g>")
    return "".join(parts)


def _term_lanes(leaders: Sequence[Leader], scale: _Scale, first_lane: int) -> list[str]:
    parts: list[str] = []
    for lane, (label, country, terms) in enumerate(_terms(leaders, scale), first_lane):
        y = _TOP + lane * _LANE + 6
        if label:
            parts.append(f'<text x="6" y="{y + 15}" font-size="12" fill="#333">{_e(label)}</text>')
        for index, term in enumerate(terms):
            parts.append(_term_bar(term, index + lane, country, scale, y))
    return parts


def timeline_svg(
    summits: Sequence[Summit],
    agreements: Sequence[Agreement],
    leaders: Sequence[Leader] = (),
    *,
    width: int = 1100,
    link: Link | None = None,
) -> str:
    """Return the timeline of the dated summits and agreements as an ``<svg>`` element.

    :param leaders: whose terms to draw as bars (those that meet the years shown).
    :param width: the picture's width in pixels; the height follows from the lanes.
    :param link: ``link(kind, number, record)`` gives the URL a mark links to
        (``kind`` is ``"summit"`` or ``"agreement"``, ``number`` the record's
        1-based position in its sequence), or ``None`` for no link.
    """
    years = _years(summits, agreements)
    if years is None:
        return ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="30" role="img">'
                '<text x="4" y="20" font-size="13">No dated summit or agreement.</text></svg>')
    scale = _Scale(years[0], years[1], width)
    lanes = 2 + len(_terms(leaders, scale))
    height = _TOP + lanes * _LANE + 24
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" font-family="system-ui,sans-serif">',
        f"<title>Summits and agreements, {years[0]} to {years[1]}</title>",
        f'<rect width="{width}" height="{height}" fill="#fff"/>',
        *_axis(scale, height),
        f'<text x="6" y="{_TOP + _LANE / 2 + 4}" font-size="12" fill="#333">Summits</text>',
        f'<text x="6" y="{_TOP + 1.5 * _LANE + 4}" font-size="12" fill="#333">Agreements</text>',
        _legend(),
        *_marks("summit", summits, scale, 0, link),
        *_marks("agreement", agreements, scale, 1, link),
        _earlier(agreements, scale),
        *_term_lanes(leaders, scale, 2),
        "</svg>",
    ]
    return "\n".join(parts)


def _legend() -> str:
    summit, agreement = _COLOURS["summit"], _COLOURS["agreement"]
    return (
        f'<g font-size="11" fill="#333"><circle cx="{_LEFT + 6}" cy="14" r="4.5" fill="{summit}"/>'
        f'<text x="{_LEFT + 14}" y="18">summit held</text>'
        f'<circle cx="{_LEFT + 96}" cy="14" r="4.5" fill="#fff" stroke="{summit}"/>'
        f'<text x="{_LEFT + 104}" y="18">planned</text>'
        f'<polygon points="{_LEFT + 166},8.5 {_LEFT + 171.5},14 {_LEFT + 166},19.5 '
        f'{_LEFT + 160.5},14" fill="{agreement}"/>'
        f'<text x="{_LEFT + 176}" y="18">agreement</text>'
        f'<line x1="{_LEFT + 246}" y1="14" x2="{_LEFT + 276}" y2="14" stroke="{summit}" '
        f'stroke-width="2" stroke-opacity="0.35"/>'
        f'<text x="{_LEFT + 282}" y="18">date known to the month or year</text></g>'
    )
