"""Reading kjrel's HTML pages back, for the tests: text, marks, and a headless browser.

The parsing half uses only the standard library (html.parser). The browser
half drives Debian's ``chromium`` directly (``--headless --dump-dom`` and
``--screenshot``): no driver and no download. :func:`chromium` finds the
browser; when it is absent the browser tests skip, unless
``KJREL_REQUIRE_BROWSER=1`` (set by ``.ci/run``), where they fail.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

import kjrel
from kjrel.corpus import Corpus

# --------------------------------------------------------------------------
# Parsing a page with the standard library
# --------------------------------------------------------------------------


class _Collector(HTMLParser):
    """Collect the text of ``#text`` (a ``data-char`` element counts as its character)
    and the attributes of every element inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 while inside #text
        self.skip = 0  # > 0 while inside a data-char element
        self.parts: list[str] = []
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if self.depth:
            self.depth += 1
            self.elements.append((tag, values))
            if "data-char" in values:
                self.parts.append(chr(int(values["data-char"])))
                self.skip = self.depth
        elif values.get("id") == "text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            if self.skip == self.depth:
                self.skip = 0
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)


def parse_page(page: str) -> _Collector:
    """Parse a page and return the collector (``.parts`` and ``.elements``)."""
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


def article_text(page: str) -> str:
    """Return the article text as the page holds it (what a reader copies)."""
    return "".join(parse_page(page).parts)


def quote_marks(page: str) -> list[dict[str, str]]:
    """Return the attributes of each quote's element (its first piece), in order."""
    return [
        values
        for tag, values in parse_page(page).elements
        if tag == "mark" and "quote" in values.get("class", "").split() and "id" in values
    ]


_KJREL_TAG = re.compile(r'</?(?:mark|span)(?: [a-z-]+="[^"<>]*")*>')


def text_markup(page: str) -> str:
    """Return the HTML source of ``#text``'s content with kjrel's own tags removed.

    What is left is the escaped text: it must hold no ``<`` or ``>``.
    """
    start = page.index('<div id="text" class="text">') + len('<div id="text" class="text">')
    end = page.index("</div>\n<aside>")
    return _KJREL_TAG.sub("", page[start:end])


# --------------------------------------------------------------------------
# The browser
# --------------------------------------------------------------------------

REQUIRE = os.environ.get("KJREL_REQUIRE_BROWSER") == "1"


def chromium() -> str:
    """Return the path of the chromium binary, or skip (fail under KJREL_REQUIRE_BROWSER=1)."""
    found = os.environ.get("KJREL_CHROMIUM") or shutil.which("chromium") or shutil.which(
        "chromium-browser"
    )
    if found:
        return found
    reason = ("headless Chromium is not installed (apt-get install chromium, or set"
              " KJREL_CHROMIUM to its path)")
    if REQUIRE:
        pytest.fail(f"{reason}; KJREL_REQUIRE_BROWSER=1 forbids skipping the browser tests")
    pytest.skip(reason)


def _run(args: list[str], timeout: float = 60) -> str:
    result = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio", *args],
        capture_output=True, timeout=timeout, check=False,
    )  # bytes, not text=True: universal newlines would turn the page's CRs into LFs
    if result.returncode != 0:
        error = result.stderr.decode("utf-8", "replace")[-2000:]
        raise AssertionError(f"chromium failed ({result.returncode}): {error}")
    return result.stdout.decode("utf-8")


def dump_dom(path: Path) -> str:
    """Open ``path`` in headless Chromium and return the DOM after any script ran."""
    return _run(["--virtual-time-budget=2000", "--dump-dom", path.resolve().as_uri()])


def screenshot(path: Path, target: Path, *, width: int = 1280, height: int = 900) -> Path:
    """Open ``path`` in headless Chromium and save a PNG screenshot at ``target``."""
    _run([f"--window-size={width},{height}", f"--screenshot={target}",
          path.resolve().as_uri()])
    return target


# --------------------------------------------------------------------------
# Reading a PNG (enough for Chromium's screenshots) with zlib
# --------------------------------------------------------------------------


def _unfilter(rows: bytes, width: int, height: int, channels: int) -> list[bytearray]:
    stride = width * channels
    out: list[bytearray] = []
    previous = bytearray(stride)
    position = 0
    for _ in range(height):
        kind, line = rows[position], bytearray(rows[position + 1: position + 1 + stride])
        position += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                guess = left + up - corner
                pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 0xFF
        out.append(line)
        previous = line
    return out


def png_colours(path: Path, *, step: int = 7) -> set[tuple[int, ...]]:
    """Return the distinct colours of a sample of the pixels of an 8-bit RGB(A) PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks, header = 8, [], b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position: position + 4])
        kind = data[position + 4: position + 8]
        body = data[position + 8: position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour_type in (2, 6), f"unexpected PNG format {depth}/{colour_type}"
    channels = 3 if colour_type == 2 else 4
    rows = _unfilter(zlib.decompress(b"".join(chunks)), width, height, channels)
    colours: set[tuple[int, ...]] = set()
    for line in rows[::step]:
        for x in range(0, width * channels, channels * step):
            colours.add(tuple(line[x: x + 3]))
    return colours


# --------------------------------------------------------------------------
# The corpora every page test runs on
# --------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
CORPORA: dict[str, Path] = {
    "seeds": ROOT / "seeds",
    "articles": ROOT / "tests" / "articles",
    "heldout": ROOT / "tests" / "heldout",
    "blind": ROOT / "tests" / "blind",
    "unseen": ROOT / "tests" / "unseen",
    "unseen2": ROOT / "tests" / "unseen2",
    "dev2": ROOT / "tests" / "dev2",
}
"""The seed corpus and every invented corpus with a manifest."""


@functools.cache
def load_corpus(name: str) -> Corpus:
    """Load (once per test session) the corpus named in :data:`CORPORA`."""
    return kjrel.load(CORPORA[name])
