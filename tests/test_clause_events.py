"""The forms issue 7 lists as missed by the window rules, in invented sentences.

Each must now give exactly its meeting (participants, date, place), through
the clause layer; an unknown person beside two known leaders never removes
their meeting.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kjrel.models import Document, PartialDate
from kjrel.pipeline import extract

PUBLISHED = dt.date(2024, 9, 7)  # a Saturday
YOON, KISHIDA = "Yoon Suk Yeol", "Fumio Kishida"


def _summits(text: str) -> list[tuple[tuple[str, ...], PartialDate | None, str | None]]:
    extraction = extract(Document(id="t", text=text, published=PUBLISHED))
    return [
        (s.participants, s.date, s.place.name if s.place else None) for s in extraction.summits
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Yoon Suk Yeol and Fumio Kishida convened in Seoul on Friday.", "Seoul"),
        ("Yoon Suk Yeol and Fumio Kishida got together in Busan on Friday.", "Busan"),
        ("Fumio Kishida welcomed Yoon Suk Yeol to his official residence in Tokyo on Friday.",
         "Tokyo"),
        ("Yoon Suk Yeol and Fumio Kishida spoke for 45 minutes in Osaka on Friday.", "Osaka"),
        ("A summit between Yoon Suk Yeol and Fumio Kishida was held in Hiroshima on Friday.",
         "Hiroshima"),
    ],
)
def test_meetings_in_words_outside_the_old_lists(text: str, place: str) -> None:
    """Convened, got together, welcomed, spoke in a city, a passive summit keep their place."""
    assert _summits(text) == [((KISHIDA, YOON), PartialDate(2024, 9, 6), place)]


def test_a_visit_and_hosting_are_one_meeting() -> None:
    """'visited Seoul ... Yoon hosted him' is one meeting, not two."""
    text = (
        "Fumio Kishida visited Seoul on Friday. Yoon Suk Yeol hosted him at the presidential"
        " office for talks."
    )
    summits = _summits(text)
    assert len(summits) == 1
    assert summits[0][0] == (KISHIDA, YOON)


def test_an_unknown_leader_never_removes_a_meeting() -> None:
    """A third person the gazetteer lacks does not unmake a known pair's meeting."""
    text = (
        "Yoon Suk Yeol and Fumio Kishida met in Vientiane on Friday, joined later by"
        " Prime Minister Arlo Venn of an invented island state."
    )
    assert [s[0] for s in _summits(text)] == [(KISHIDA, YOON)]


@pytest.mark.parametrize(
    "text",
    [
        "Yoon Suk Yeol talked with Fumio Kishida by phone on Friday.",
        "Foreign ministers of the two countries met in Tokyo on Friday.",
        "Yoon Suk Yeol and Fumio Kishida did not meet on Friday.",
        "Yoon Suk Yeol could meet Fumio Kishida if the talks go well.",
        "Yoon Suk Yeol cancelled plans to meet Fumio Kishida in Tokyo.",
    ],
)
def test_no_meeting(text: str) -> None:
    """Calls, ministers' meetings, negated, hypothetical and cancelled meetings: none."""
    assert _summits(text) == []
