"""Speaker turns of transcripts: the first person is the speaker (and the counterpart).

Invented transcripts in the shapes governments publish them: labelled turns
("PRESIDENT MOON:"), bracketed headings ("[Remarks by Prime Minister Abe]"),
questions ("Q:"). Inside a leader's turn "I" is the speaker and "we" the
speaker with the other leader; outside any turn, nothing changes.
"""

from __future__ import annotations

import datetime as dt

from kjrel.gazetteer import default_gazetteer
from kjrel.models import Document
from kjrel.pipeline import extract
from kjrel.pipeline.mentions import find_mentions
from kjrel.pipeline.segment import segment
from kjrel.pipeline.turns import speaker_turns, with_first_person

PUBLISHED = dt.date(2018, 10, 9)
MOON, ABE = "Moon Jae-in", "Shinzo Abe"

TRANSCRIPT = (
    "Joint Press Announcement by President Moon Jae-in and Prime Minister Shinzo Abe\n\n"
    "[Remarks by Prime Minister Abe]\n\n"
    "It is a pleasure to speak here. We met in Tokyo on Monday and agreed to expand "
    "youth exchanges between our two countries.\n\n"
    "PRESIDENT MOON: Thank you. Next month the Prime Minister and I will travel to "
    "Singapore, where we will hold talks with Prime Minister Lee Hsien Loong.\n\n"
    "Q: Will you visit again?\n\n"
    "PRESIDENT MOON: I hope so.\n"
)


def _mentions(text: str):  # type: ignore[no-untyped-def]
    document = Document(id="t", text=text, published=PUBLISHED)
    segmentation = segment(text)
    return segmentation, find_mentions(document, segmentation, default_gazetteer())


def test_turns_start_at_labels_and_bracketed_headings() -> None:
    segmentation, mentions = _mentions(TRANSCRIPT)
    turns = speaker_turns(TRANSCRIPT, segmentation, mentions)
    speakers = [t.speaker.entity if t.speaker else None for t in turns]
    assert speakers == [ABE, MOON, None, MOON]
    assert TRANSCRIPT[turns[1].start :].lstrip().startswith("Thank you.")


def test_first_person_is_the_speaker_and_we_adds_the_counterpart() -> None:
    segmentation, mentions = _mentions(TRANSCRIPT)
    added = {
        (m.text, m.entity, m.members)
        for m in with_first_person(TRANSCRIPT, segmentation, mentions).mentions
        if m.text in {"I", "We", "we", "our"}
    }
    assert added == {("We", None, (ABE, MOON)), ("our", None, (ABE, MOON)),
                     ("I", MOON, ()), ("we", None, (MOON, ABE))}


def test_an_article_without_labels_has_no_turns() -> None:
    text = "Moon said: we will see. The reason is simple: I do not know, he added.\n"
    segmentation, mentions = _mentions(text)
    assert speaker_turns(text, segmentation, mentions) == ()
    assert with_first_person(text, segmentation, mentions) is mentions


def test_meetings_and_commitments_told_in_the_first_person() -> None:
    extraction = extract(Document(id="t", text=TRANSCRIPT, published=PUBLISHED))
    summits = {(s.participants, str(s.date), s.status.value) for s in extraction.summits}
    assert (tuple(sorted((MOON, ABE))), "2018-10-08", "held") in {
        (tuple(sorted(p)), d, st) for p, d, st in summits}
    assert any(len(p) == 3 and st == "planned" for p, _, st in summits)
    # "the Prime Minister and I will travel to Singapore": a trip together meets no one
    assert not any(len(p) == 2 and st == "planned" for p, _, st in summits)
    parties = {a.parties for a in extraction.agreements}
    assert ("JP", "KR") in parties


def test_a_lone_speakers_we_is_the_leader_talked_of_nearby() -> None:
    """With no other leader speaking, "we" takes in the leader of that sentence or the last."""
    text = (
        "Press Conference by Prime Minister Shinzo Abe\n\n"
        "PRIME MINISTER ABE: I met President Barack Obama in Manila on Thursday, and we"
        " confirmed our alliance. Later I sat down with President Benigno Aquino III, and we"
        " discussed maritime security.\n"
    )
    segmentation, mentions = _mentions(text)
    added = with_first_person(text, segmentation, mentions)
    pairs = [m.members for m in added.mentions if m.text == "we"]
    assert pairs == [(ABE, "Barack Obama"), (ABE, "Benigno Aquino III")]
