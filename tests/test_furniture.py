"""Tests of page furniture: datelines, bylines, captions, credits, links, prompts.

Every snippet is invented for these tests (fictional names and events).
"""

from __future__ import annotations

import pytest

from kjrel.pipeline.furniture import (
    classify_paragraph,
    dateline_prefix,
    is_linked_headline,
    trailing_credit,
    wire_slug_prefix,
)
from kjrel.pipeline.segment import segment
from kjrel.pipeline.types import FurnitureKind

DATELINE = FurnitureKind.DATELINE
BYLINE = FurnitureKind.BYLINE
CAPTION = FurnitureKind.CAPTION
CREDIT = FurnitureKind.CREDIT
LINK = FurnitureKind.LINK
PROMPT = FurnitureKind.PROMPT


@pytest.mark.parametrize(
    ("paragraph", "prefix"),
    [
        ("SEOUL (Reuters) - Officials met on Monday.", "SEOUL (Reuters) - "),
        ("TOKYO, Sept 6 (Reuters) - The ministry spoke.", "TOKYO, Sept 6 (Reuters) - "),
        (
            "Seoul, South Korea ( Nikkei/ DT) – On Friday, they met.",
            "Seoul, South Korea ( Nikkei/ DT) – ",
        ),
        ("SEOUL, Sept. 6 (Yonhap) -- South Korea said.", "SEOUL, Sept. 6 (Yonhap) -- "),
        ("BUSAN, South Korea (AP) — A ferry docked.", "BUSAN, South Korea (AP) — "),
        ("OSAKA — The mayor said so.", "OSAKA — "),
        ("NEW YORK, Sept. 21 -- Leaders gathered.", "NEW YORK, Sept. 21 -- "),
        ("SAPPORO—Snow fell early.", "SAPPORO—"),
        ("SEOUL/TOKYO -- The two capitals agreed.", "SEOUL/TOKYO -- "),
        ('TOKYO (Kyodo) - "We will act," the minister said.', "TOKYO (Kyodo) - "),
    ],
)
def test_dateline_prefixes(paragraph: str, prefix: str) -> None:
    """Datelines at the start of the body are recognised up to the report's first word."""
    assert paragraph[: dateline_prefix(paragraph)] == prefix


@pytest.mark.parametrize(
    "paragraph",
    [
        "Park Min-ho (left) greets Ito Kenji in Seoul.",
        "Reuters reported the talks on Monday.",
        "The Seoul office (which opened in 2019) - a small one - closed.",
        "South Korea and Japan met on Friday.",
        "KOREA-JAPAN ties improved.",
        "The ministry said Reuters - and others - got it wrong.",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    """Ordinary opening sentences, even ones naming an agency, have no dateline."""
    assert dateline_prefix(paragraph) == 0


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("By Jane Doe", BYLINE),
        ("By Jane Doe, Kyodo News", BYLINE),
        ("By JANE DOE and JOHN ROE", BYLINE),
        ("By Lee Min-a, staff reporter", BYLINE),
        ("Updated: 18:19 JST, September 6, 2024", DATELINE),
        ("Published on Sept. 6, 2024", DATELINE),
        ("September 6, 2024 18:19 KST", DATELINE),
        ("18:20 MDT", DATELINE),  # a live page's entry time, Mountain time
        ("June 17, 2025, 08:30 SAST", DATELINE),
        ("FILE PHOTO: A patrol boat sails past a fictional island, May 3, 2019.", CAPTION),
        ("A worker waves a flag in Busan. Pool via REUTERS", CAPTION),
        ("A worker waves a flag in Busan. REUTERS/Jane Roe", CAPTION),
        ("A worker waves a flag in Busan. (AP Photo/Jane Roe)", CAPTION),
        ("Photo: Yonhap", CAPTION),
        ("The ministers shake hands in Seoul on Friday. [YONHAP]", CAPTION),
        ("Courtesy of the fictional museum", CAPTION),
        ("The envoy arrives in Tokyo. | KYODO", CAPTION),
        ("(Reporting by Jane Doe; Editing by John Roe)", CREDIT),
        ("Additional reporting by Jane Doe in Seoul", CREDIT),
        ("Reporting by Jane Doe Writing by John Roe", CREDIT),
        ("— Kyodo", CREDIT),
        ("Copyright 2024 Fictional News Co. All rights reserved.", CREDIT),
        ("(END)", CREDIT),
        ("==Kyodo", CREDIT),
        ("jdoe@fictional-wire.example", CREDIT),
        ("Associated Press writer Jane Doe in Osaka contributed to this report.", CREDIT),
        ("Fictional Wire staff writers Jane Doe and John Roe contributed to this report.", None),
        ("Follow AP's Asia-Pacific coverage at https://example.org/asia", PROMPT),
        ("More on the story: https://example.org/story/123", LINK),
        ("BY JANE PARK [park.jane@fictional.example]", BYLINE),
        ("By Kim Min-a (mina@fictional.example)", BYLINE),
        ("KEYWORDS", PROMPT),
        ("KYODO, JIJI", CREDIT),
        ("Reuters / Kyodo", CREDIT),
        ("PHOTO GALLERY (CLICK TO ENLARGE)", CAPTION),
        ("Good journalism costs money. By subscribing, you help us. SUBSCRIBE NOW", PROMPT),
        ("Please direct questions or comments to [desk@fictional.example]", PROMPT),
        ("2031-03-03 18:19", DATELINE),
        ("Posted : 2031-03-03 18:19 Updated : 2031-03-03 20:00", DATELINE),
        ("Friday, March 7, 2031", DATELINE),
        ("Korea Times photo by Jane Doe", CAPTION),
        ("Two fictional ministers shake hands in Seoul. / Yonhap", CAPTION),
        ("READ MORE", LINK),
        ("READ MORE :“Fictional minister opens a bridge in a fictional town”", LINK),
        ("ALSO READ: Fictional ferry resumes service", LINK),
        ("RELATED", LINK),
        ("POPULAR ARTICLE", LINK),
        ("Recommended", LINK),
        ("Most Read", LINK),
        ("Related articles:", LINK),
        ("Sign up for our newsletter", PROMPT),
        ("Share this article", PROMPT),
        ("Subscribe", PROMPT),
        ("Click here to read more.", PROMPT),
        ("Follow us on Twitter", PROMPT),
        ("Advertisement", PROMPT),
        ("(ATTN: ADDS a minister's remarks in paras 6-7)", CREDIT),
        ("(EDS: updates with the two leaders' dinner)", CREDIT),
    ],
)
def test_whole_paragraph_furniture(paragraph: str, kind: FurnitureKind | None) -> None:
    """Bylines, timestamps, captions, credits, link lists and prompts are furniture."""
    assert classify_paragraph(paragraph) is kind


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Friday, officials said, the talks had stalled.",
        "By 2025, the two countries hope to finish.",
        "Reuters reported that the talks had stalled.",
        "Photos of the meeting were released by the office on Friday.",
        "Related discussions will continue next week, the ministry said.",
        "Recommended measures include a hotline between the two navies.",
        "Subscribers to the service rose in June.",
        "The ministry said it would follow the plan closely.",
        "Copyrights on the film were sold.",
        "He shared this article with colleagues, he said.",
        "Additional funds were pledged by Japan.",
        "Advertisement spending by Japanese firms in Seoul rose in May.",
        "Related-party deals at the fictional conglomerate were probed.",
        "Produced by a fictional shipyard, the vessel was delivered on Monday.",
        "Newsletter sales of the fictional club rose in June.",
        "The deal was signed in Seoul. (It was raining.)",
    ],
)
def test_report_paragraphs_are_not_furniture(paragraph: str) -> None:
    """Paragraphs of report that only resemble furniture are kept (conservative rules)."""
    assert classify_paragraph(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("The ministry said it would act. (Yonhap)", "The ministry said it would act."),
        ("The envoy left on Monday. — Kyodo", "The envoy left on Monday."),
        ("The envoy left. (Reporting by Jane Doe)", "The envoy left."),
        ("The envoy left Yonhap headquarters.", "The envoy left Yonhap headquarters."),
    ],
)
def test_trailing_credits(paragraph: str, kept: str) -> None:
    """A credit closing a paragraph of report is set aside; the report stays."""
    assert paragraph[: trailing_credit(paragraph)] == kept


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"Fictional port reopens after storm"', True),
        ("Fictional port reopens after storm", True),
        ("The fictional port reopened on Monday after a storm.", False),
        ('"We will reopen," the mayor said.', False),
    ],
)
def test_linked_headlines(paragraph: str, expected: bool) -> None:
    """Headline-like lines under a bare link header are recognised as links."""
    assert is_linked_headline(paragraph) is expected


def test_invented_article_furniture() -> None:
    """A whole invented page: furniture never yields sentences, the report does."""
    text = (
        "By Jane Doe, Fictional Wire\n"
        "Updated: 09:15 KST, March 3, 2031\n"
        "FILE PHOTO: Two fictional ministers shake hands. REUTERS/Jane Roe\n"
        "GANGNEUNG, South Korea (Fictional Wire) - The two ministers met on Monday. "
        "They agreed to meet again.\n"
        "READ MORE\n"
        '"Fictional festival draws record crowds"\n'
        "Fictional ferry line extends to a new port\n"
        "The talks will resume in May, an official said. (Yonhap)\n"
        "Share this article\n"
        "(Reporting by Jane Doe; Editing by John Roe)"
    )
    seg = segment(text)
    assert [text[s.start : s.end] for s in seg.sentences] == [
        "The two ministers met on Monday.",
        "They agreed to meet again.",
        "The talks will resume in May, an official said.",
    ]
    kinds = [p.furniture for p in seg.paragraphs]
    assert kinds == [BYLINE, DATELINE, CAPTION, None, LINK, LINK, LINK, None, PROMPT, CREDIT]
    ranges = [(text[r.start : r.end], r.kind) for r in seg.furniture]
    assert ("GANGNEUNG, South Korea (Fictional Wire) - ", DATELINE) in ranges
    assert ("(Yonhap)", CREDIT) in ranges


def test_link_list_ends_at_report() -> None:
    """The link list stops at the first paragraph that is not a headline."""
    text = "RELATED\nFictional bridge opens\nThe ministers met again on Tuesday in Busan."
    seg = segment(text)
    assert [p.furniture for p in seg.paragraphs] == [LINK, LINK, None]
    assert len(seg.sentences) == 1


def test_mention_of_reuters_is_not_furniture() -> None:
    """A sentence that merely mentions an agency keeps all its text."""
    text = "Reuters could not reach the ministry. The ministry said nothing (Reuters asked twice)."
    seg = segment(text)
    assert seg.furniture == ()
    assert len(seg.sentences) == 2


def test_dateline_only_in_first_paragraphs() -> None:
    """A capitalised place and a dash deep in the article is not a dateline."""
    text = "The talks began.\nThey went on.\nIt rained.\nOSAKA - The mayor spoke later."
    seg = segment(text)
    assert seg.furniture == ()
    assert text[seg.sentences[-1].start :].startswith("OSAKA")


def test_separator_lines_and_tag_lists_yield_no_sentences() -> None:
    """A line of underscores and a tag list under a bare header are not report sentences."""
    text = "The envoys met in Busan.\n___\nKEYWORDS\nFerries, Fictional ports\nThe talks end today."
    seg = segment(text)
    assert [text[s.start : s.end] for s in seg.sentences] == [
        "The envoys met in Busan.",
        "The talks end today.",
    ]
    assert [p.furniture for p in seg.paragraphs] == [None, None, PROMPT, PROMPT, None]


@pytest.mark.parametrize(
    ("paragraph", "slug"),
    [
        ("(LEAD) Ports of Namhae and Sakai agree on a ferry line", "(LEAD) "),
        ("(2nd LD) Two mayors sign a pact", "(2nd LD) "),
        ("(News Focus) Ferry talks stall again", "(News Focus) "),
        ("(LEAD)", ""),
        ("(Photo) The ferry leaves Namhae", ""),
        ("The (LEAD) singer spoke.", ""),
    ],
)
def test_wire_slugs(paragraph: str, slug: str) -> None:
    """A wire's slug before a headline is set aside; the headline's words are not."""
    assert paragraph[: wire_slug_prefix(paragraph)] == slug


def test_headline_after_a_slug_is_text() -> None:
    """"(LEAD) headline": the slug is a credit, the headline a sentence; a bare slug line stays."""
    text = "(LEAD) Ferry talks resume in Namhae\n(LEAD)\nThe envoys met on Monday."
    seg = segment(text)
    assert [text[s.start : s.end] for s in seg.sentences] == [
        "Ferry talks resume in Namhae",
        "The envoys met on Monday.",
    ]
    assert [(text[r.start : r.end], r.kind) for r in seg.furniture] == [
        ("(LEAD) ", FurnitureKind.CREDIT), ("(LEAD)", FurnitureKind.CREDIT)]


def test_wire_update_note_and_summary_bullets() -> None:
    """'(Adds quotes)' is a note to editors; summary bullets do not use up the dateline's turn."""
    text = ("UPDATE 2-Ferry talks resume in Namhae\n* Namhae says the line reopens\n"
            "* Sakai welcomes it\n* Fares unchanged\n(Adds mayor's comments)\n"
            "NAMHAE/SAKAI, Aug 22 (Ferry Wire) - The ferry line reopened on Thursday.")
    seg = segment(text)
    kinds = [(text[r.start : r.end], r.kind) for r in seg.furniture]
    assert ("(Adds mayor's comments)", FurnitureKind.CREDIT) in kinds
    assert ("NAMHAE/SAKAI, Aug 22 (Ferry Wire) - ", FurnitureKind.DATELINE) in kinds
