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
from kjrel.pipeline.meetings import meeting_frames
from kjrel.pipeline.syntax.clauses import parse_sentence

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


def _meetings_on(text: str, published: dt.date) -> set[tuple[tuple[str, ...], str]]:
    extraction = extract(Document(id="t", text=text, published=published))
    return {(s.participants, str(s.date)) for s in extraction.summits}


def test_a_meeting_of_three_with_china_has_the_other_of_korea_and_japan() -> None:
    """'Moon went to Tokyo in May 2018 for a trilateral summit with China': Abe and Li too."""
    found = _meetings_on(
        "Moon Jae-in went to Tokyo in May 2018 for a trilateral summit with China.",
        dt.date(2023, 3, 17),
    )
    assert (("Li Keqiang", "Moon Jae-in", "Shinzo Abe"), "2018-05") in found


def test_a_gapped_clause_keeps_its_own_date() -> None:
    """', and to Osaka in June 2019 for the G20' does not date the Tokyo summit."""
    found = _meetings_on(
        "Moon Jae-in went to Tokyo in May 2018 only for a trilateral summit with China, and to"
        " Osaka in June 2019 for the Group of 20 summit.",
        dt.date(2023, 3, 17),
    )
    assert (("Li Keqiang", "Moon Jae-in", "Shinzo Abe"), "2018-05") in found


def test_both_as_a_subject_joins_a_third_leader() -> None:
    """'after both had joined Li for a three-way summit': a meeting of the three."""
    found = _meetings_on(
        "Park Geun-hye and Shinzo Abe held their first summit in Seoul on Monday. The two"
        " leaders talked at the presidential office, after both had joined Chinese Premier"
        " Li Keqiang on Sunday for a three-way summit in Seoul.",
        dt.date(2015, 11, 3),
    )
    assert (("Li Keqiang", "Park Geun-hye", "Shinzo Abe"), "2015-11-01") in found


def test_a_trip_by_a_plural_subject_meets_no_one() -> None:
    """'although both had travelled there': no meeting."""
    assert _meetings_on(
        "Moon Jae-in and Yoshihide Suga did not meet in Cornwall, although both had travelled"
        " there.",
        dt.date(2021, 6, 14),
    ) == set()


def test_a_between_pair_does_not_end_the_meeting_noun_s_phrase() -> None:
    """'a meeting between A and B on the sidelines ... earlier this month': one phrase."""
    text = ("The deal followed a meeting between President Yoon Suk Yeol and Kishida on the "
            "sidelines of the NATO summit in Washington earlier this month.")
    parse = parse_sentence(text, 0, len(text))
    scopes = [frame.scope for _, frame in meeting_frames((parse,))
              if parse.phrases.tokens[frame.trigger].lower == "meeting"]
    assert scopes and scopes[0] is not None
    assert parse.phrases.tokens[scopes[0][1]].lower == "month"


def test_then_before_a_title_stays_in_a_meeting_noun_s_with_slot() -> None:
    """'for a trilateral summit with then President Park and Premier Li': both partners."""
    text = ("In November 2015 he traveled to Seoul for a trilateral summit with then President "
            "Park Geun-hye and Chinese Premier Li Keqiang.")
    parse = parse_sentence(text, 0, len(text))
    tokens = parse.phrases.tokens
    roles = [role for _, frame in meeting_frames((parse,))
             if tokens[frame.trigger].lower == "summit" for role in frame.roles]
    words = [" ".join(t.text for t in tokens[first : last + 1]) for first, last in roles]
    assert any("Park" in w and "Keqiang" in w for w in words)


def test_a_meeting_noun_saying_how_a_verb_s_meetings_went_is_no_meeting_of_its_own() -> None:
    """'met A and B in separate talks on Sunday': the talks are the meetings 'met' tells."""
    text = ("Chinese Premier Li Qiang met South Korean President Yoon Suk Yeol and Japanese "
            "Prime Minister Fumio Kishida in separate talks on Sunday.")
    parse = parse_sentence(text, 0, len(text))
    triggers = [parse.phrases.tokens[frame.trigger].lower for _, frame in meeting_frames((parse,))]
    assert triggers == ["met"]
    assert {(s[0], s[1]) for s in _summits(text)} == {
        (("Li Qiang", "Yoon Suk Yeol"), PartialDate(2024, 9, 1)),
        (("Fumio Kishida", "Li Qiang"), PartialDate(2024, 9, 1)),
    }
