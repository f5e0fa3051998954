"""Text with marked spans, as HTML: the layering under :mod:`kjrel.render`.

An article's records overlap: a quote lies inside a summit's evidence
sentence, a date inside a quote, one sentence is evidence of two records.
HTML elements must nest, so the marks are put into layers:

1. marks are grouped by :attr:`Mark.group` (outer groups first: quotes,
   then sentences, then short spans such as dates and cues);
2. inside a group, each mark goes into the first layer where it overlaps
   no other mark (greedy interval colouring), so a layer never overlaps
   itself;
3. layers nest in order. A mark that crosses the boundary of a mark of an
   outer layer is cut into pieces; the first piece carries the element id,
   the others ``data-part-of`` that id and the class ``cont``.

Every quote is outermost, so it stays one element. The text between and
inside the elements is escaped (:func:`escape_text`): reading the page's
text back gives the article's text exactly.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable, Sequence

from attrs import field, frozen

__all__ = ["Mark", "escape_attr", "escape_text", "mark_up"]

_NUL = '<span class="ctl" data-char="0" title="U+0000">\u2400</span>'


def escape_text(text: str) -> str:
    """Escape article text for an HTML text node, keeping every character.

    ``&``, ``<`` and ``>`` become references. A carriage return becomes
    ``&#13;``: a raw one would be turned into a line feed by the browser's
    parser, and offsets would move. NUL, which HTML cannot hold, becomes a
    visible ``␀`` in an element with ``data-char="0"``.
    """
    escaped = html.escape(text, quote=False).replace("\r", "&#13;")
    return escaped.replace("\x00", _NUL) if "\x00" in escaped else escaped


def escape_attr(value: str) -> str:
    """Escape a value for a double-quoted HTML attribute."""
    return html.escape(value, quote=True).replace("\r", "&#13;").replace("\x00", "\ufffd")


@frozen
class Mark:
    """One span of the text to wrap in an element."""

    start: int
    """The first code point covered."""
    end: int
    """One past the last code point covered."""
    group: int
    """Nesting group: lower groups are outer (0 quotes, 1 sentences, 2 short spans)."""
    classes: str
    """The element's ``class`` attribute."""
    ident: str | None = None
    """The element's ``id`` (on its first piece), if any."""
    attrs: tuple[tuple[str, str], ...] = field(default=())
    """Other attributes, unescaped (``title``, ``data-*``)."""
    tag: str = "span"
    """The element name (``mark`` for quotes)."""

    def open_tag(self, *, first: bool) -> str:
        """Return the start tag of the first piece or of a continuation piece."""
        classes = self.classes if first else f"{self.classes} cont"
        parts = [f'<{self.tag} class="{escape_attr(classes)}"']
        if self.ident is not None:
            name = "id" if first else "data-part-of"
            parts.append(f' {name}="{escape_attr(self.ident)}"')
        parts.extend(f' {key}="{escape_attr(value)}"' for key, value in self.attrs)
        return "".join(parts) + ">"


@frozen
class _Layer:
    """Marks that do not overlap, sorted, with their starts and ends for bisection."""

    marks: tuple[Mark, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, marks: Sequence[Mark]) -> _Layer:
        return cls(tuple(marks), tuple(mark.end for mark in marks))

    def within(self, start: int, end: int) -> Iterable[Mark]:
        """Yield the marks that share a code point with ``[start, end)``."""
        index = bisect.bisect_right(self.ends, start)
        while index < len(self.marks) and self.marks[index].start < end:
            yield self.marks[index]
            index += 1


def _layers(marks: Iterable[Mark], length: int) -> list[_Layer]:
    """Put the non-empty marks inside the text into layers (see the module docs)."""
    kept = sorted(
        (m for m in marks if 0 <= m.start < m.end <= length),
        key=lambda m: (m.group, m.start, -m.end),
    )
    layers: list[_Layer] = []
    group_layers: list[list[Mark]] = []
    group: int | None = None
    for mark in kept:
        if mark.group != group:
            layers.extend(_Layer.of(layer) for layer in group_layers)
            group_layers, group = [], mark.group
        for layer in group_layers:
            if layer[-1].end <= mark.start:
                layer.append(mark)
                break
        else:
            group_layers.append([mark])
    layers.extend(_Layer.of(layer) for layer in group_layers)
    return layers


def mark_up(text: str, marks: Iterable[Mark]) -> str:
    """Return ``text`` escaped, with each mark wrapped in its element.

    Marks that are empty or reach outside the text are left out.
    """
    layers = _layers(marks, len(text))
    out: list[str] = []
    _render(text, 0, len(text), layers, 0, out)
    return "".join(out)


def _render(
    text: str, start: int, end: int, layers: Sequence[_Layer], depth: int, out: list[str]
) -> None:
    """Append ``text[start:end]`` with the marks of ``layers[depth:]`` to ``out``."""
    if depth == len(layers):
        out.append(escape_text(text[start:end]))
        return
    position = start
    for mark in layers[depth].within(start, end):
        piece_start, piece_end = max(mark.start, start), min(mark.end, end)
        _render(text, position, piece_start, layers, depth + 1, out)
        out.append(mark.open_tag(first=mark.start >= start))
        _render(text, piece_start, piece_end, layers, depth + 1, out)
        out.append(f"</{mark.tag}>")
        position = piece_end
    _render(text, position, end, layers, depth + 1, out)
