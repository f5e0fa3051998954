"""Tests of reported statements, a property test on arbitrary text, and the
seed articles scored against their gold files.

Snippets are invented for these tests; the seed test runs the whole
pipeline on ``seeds/`` and scores it with :mod:`kjrel.annotation`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel.annotation import load_annotation, micro_average, score, to_annotation
from kjrel.gazetteer import default_gazetteer
from kjrel.loader import read_document
from kjrel.manifest import read_manifest
from kjrel.models import Document, Statement
from kjrel.pipeline import extract
from kjrel.pipeline.attribution import attribute_quotes
from kjrel.pipeline.mentions import find_mentions
from kjrel.pipeline.statements import find_statements
from test_mentions import document, local_quotes, local_segment

ROOT = Path(__file__).resolve().parent.parent


def statements_of(text: str, published: dt.date = dt.date(2024, 9, 7)) -> tuple[Statement, ...]:
    """Run mentions, attribution and statements on ``text`` (local segmentation)."""
    doc = document(text, published)
    seg = local_segment(text)
    mentions = find_mentions(doc, seg, default_gazetteer())
    quotes = attribute_quotes(doc, seg, local_quotes(text, seg), mentions)
    return find_statements(doc, seg, mentions, quotes)


STATEMENTS = [
    ("Kishida echoed the mood, reaffirming his hopes for the harbor.", ["Fumio Kishida"],
     "echoed"),
    ("Yoon Suk Yeol met Fumio Kishida. The Japanese leader toured a mill, but he reiterated "
     "his old view.", ["Fumio Kishida"], "reiterated"),
    ("Kishida spoke. He also expressed support for a new ferry line.", ["Fumio Kishida"],
     "expressed support"),
    ("Kishida's trip was planned long ago, as he expressed a wish to see the river, "
     "according to the presidential office.",
     ["South Korean presidential office", "Fumio Kishida"], "according to"),
    ("Kishida arrived. The Japanese prime minister, who has faced storms at home, has "
     "highlighted the canal project.", ["Fumio Kishida"], "has highlighted"),
    ("A senior ferry office official indicated that the boats would be late.", [None],
     "indicated"),
    ("Yoon Suk Yeol and Fumio Kishida met at a lodge, where they reaffirmed their bond.",
     ["Yoon Suk Yeol", "Fumio Kishida"], "reaffirmed"),
    ("Yoon Suk Yeol hosted Fumio Kishida. During the talks, the two sides signed a note and "
     "promised to study the tides.", ["Yoon Suk Yeol", "Fumio Kishida"], "promised"),
    ("On Friday, the leaders of Japan and South Korea pledged to plant more trees.",
     ["Fumio Kishida", "Yoon Suk Yeol"], "pledged"),
    ("Analysts said the plan is likely to last.", [None], "said"),  # unnamed: null
    ("Tokyo has steadily insisted that the matter is closed.", ["Japanese government"],
     "has steadily insisted"),
    ("The ruling People Power Party praised the talks, expressing optimism.",
     ["People Power Party"], "praised"),
    ("The river talks will resume on Sunday, the presidential office said Friday.",
     ["South Korean presidential office"], "said"),
    ("Kishida said the meeting went well and called for a \"calm\" debate.",
     ["Fumio Kishida"], "said"),
    ("The ban, which expires in May, was announced by Mr Kim Dal-ho, a deputy director.",
     ["Kim Dal-ho"], "was announced by"),
    ("Kishida called the plan \"a fine idea\" and left.", ["Fumio Kishida"], "called"),
    ("The boats were sold, which Tokyo has warned would bring trouble.",
     ["Japanese government"], "has warned"),
    ("Historians estimate that the canal is old.", ["historians"], "estimate"),
    ("Professor Hana Ito of Kyoto's Lakeside University said the plan was late.",
     ["Hana Ito"], "said"),
    ("Joe Biden hosted Yoon Suk Yeol and Fumio Kishida.\n\"We row together,\" Biden said.\n"
     "The leaders issued a joint statement on rowing.",
     ["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], "issued"),
    ("According to a readout from the White House, the talks went well.", ["White House"],
     "According to"),
    ("Japan's top government spokesman, Chief Cabinet Secretary Minoru Kihara, said the "
     "boats were safe.", ["Minoru Kihara"], "said"),
    ("The ferries sailed, with the workers, their families and some civic groups insisting "
     "on a refund.", ["workers", "families", "civic groups"], "insisting"),
    # verbs of a speech act, listed by lemma (lexicon.SPEECH_ACT_LEMMAS)
    ("Kishida conveyed his thanks for the ferry to Yoon.", ["Fumio Kishida"], "conveyed"),
    ("Yoon requested Japan's help with the harbor survey.", ["Yoon Suk Yeol"], "requested"),
    ("Kishida concurred on the need for more ferries.", ["Fumio Kishida"], "concurred"),
    ("Yoon assessed that the ferry talks had gone further than expected.", ["Yoon Suk Yeol"],
     "assessed"),
    ("Kishida joked that the rain had followed him from Tokyo.", ["Fumio Kishida"], "joked"),
    # a plural subject with a joint act in the present (a headline, a timeline)
    ("Yoon Suk Yeol and Fumio Kishida pledge to open a ferry line", ["Yoon Suk Yeol",
     "Fumio Kishida"], "pledge"),
    # a title's own "of" does not make its holder a prepositional object
    ("U.S. Secretary of State Mike Pompeo said the ferry plan was late.", ["Mike Pompeo"],
     "said"),
    # a shared stance of two leaders (a readout's "shared the view that ...")
    ("Yoon Suk Yeol and Fumio Kishida shared the view that the ferry line should reopen.",
     ["Yoon Suk Yeol", "Fumio Kishida"], "shared the view"),
    ("Yoon Suk Yeol and Fumio Kishida shared serious concern about the storm.",
     ["Yoon Suk Yeol", "Fumio Kishida"], "shared serious concern"),
    # an invitation is a speech act
    ("Yoon Suk Yeol invited Fumio Kishida to the ferry's first sailing.", ["Yoon Suk Yeol"],
     "invited"),
    # unnamed sources in the plural ("aides", "diplomats") are no one named
    ("Yoon Suk Yeol met Joe Biden. The ferry plan was unlikely to change, aides said.",
     [None], "said"),
    # ", the official added" after a name reports; it is no apposition to the name
    ("Yoon Suk Yeol met Joe Biden. Yoon did not raise the ferry with Biden, the official added.",
     [None], "added"),
    # commentators named by a common noun are an unnamed source
    ("Yoon Suk Yeol met Joe Biden. Analysts say the ferry plan was a gamble.", [None], "say"),
    ("Yoon Suk Yeol met Joe Biden. Some experts warned that the ferry plan was late.", [None],
     "warned"),
    # a headline after a wire's slug is still the headline
    ("(LEAD) Yoon Suk Yeol, Fumio Kishida agree to open a ferry line\nSEOUL, Sept. 6 (Ferry "
     "Wire) -- The two leaders met.", ["Yoon Suk Yeol", "Fumio Kishida"], "agree"),
]


@pytest.mark.parametrize(("text", "speakers", "cue"), STATEMENTS)
def test_statements(text: str, speakers: list[str | None], cue: str) -> None:
    """Reported speech gives one statement with its resolved sources and cue."""
    found = statements_of(text)
    assert found, "no statement"
    last = found[-1]
    assert set(speakers) <= set(last.speakers) or list(last.speakers) == speakers
    assert last.cue == cue
    assert last.cue_span is not None
    assert text[last.cue_span.start : last.cue_span.end] == cue


NOT_STATEMENTS = [
    '"The ferry is late," Kishida said.',
    'Kishida said: "The ferry is late and the sea is rough."',
    "Kishida visited a farm and ate rice.",
    "The outgoing prime minister's visit was intended to highlight his legacy.",
    "The plan was welcomed by the mayor.",
    "The proposed bridge faces criticism from the opposition parties.",
    "The islands that Japan administers and China claims as its own lie to the east.",
    "Yoon Suk Yeol took office in 2022 and has faced criticism since.",
    "Yoon met Kishida.\n- Yoon, Kishida agree to meet in Busan",
    "Agency writer Kim Dal-ho reported from Seoul.",
    "His requests for a ferry were turned down in May.",
    "The repeated delays of the ferry angered the islanders.",
    "Yoon Suk Yeol and Fumio Kishida shared a meal on the ferry.",
    "Kishida was invited by the mayor to the ferry's first sailing.",
    "Kishida has not said whether he will take the ferry to Busan.",
    "The mayor never announced a date for the ferry's first sailing.",
    "Kishida declined to say whether he still hoped to take the ferry to Busan.",
    "Officials are still refusing to say whether Mr. Roh will go.",
    "Q: Did the Prime Minister say whether the ferry would sail this year?",
    "PRIME MINISTER KISHIDA: I cannot say anything about the ferry's timing.",
    "The mayor had hoped to open the ferry line before the end of the year.",
    "Kishida hopes to take the ferry to Busan in the spring.",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_not_statements(text: str) -> None:
    """Direct quotes, actions, passives, denied speech and nominal uses are not statements."""
    assert statements_of(text) == ()


def test_the_two_ministers_are_the_ministers_just_named() -> None:
    """"The two Ministers shared the view": the two people named last who were not heading."""
    text = (
        "Foreign Minister Fumio Kishida held a meeting with Foreign Minister Yun Byung-se in"
        " Tokyo. The two Ministers shared the view that the ferry plan should go ahead."
    )
    (found,) = statements_of(text, dt.date(2016, 8, 25))
    assert set(found.speakers) == {"Fumio Kishida", "Yun Byung-se"}


def test_statement_span_is_the_sentence() -> None:
    """A statement spans its whole sentence."""
    text = "The sun rose. Kishida announced a holiday for the crew."
    (found,) = statements_of(text)
    assert text[found.span.start : found.span.end] == "Kishida announced a holiday for the crew."


_WORDS = st.sampled_from([
    "Yoon", "Kishida", "said", "he", "they", "the", "president", "Japanese", "prime",
    "minister", "according", "to", "office", "Tokyo", "has", "insisted", "\"", "“", "”",
    "‘", "’", ",", ".", "\n", "Mr.", "Kim", "Tae-hyo", "analysts", "groups", "civic",
    "two", "leaders", "of", "Japan", "and", "South", "Korea", "told", "reporters", ":",
    "then-prime", "1998", "his", "counterpart", "People", "Power", "Party", "a", "senior",
    "official", "stated", "partial", "'s", "White", "House", "—", "(", ")",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=60), st.text(max_size=40))
def test_arbitrary_text_never_fails(words: list[str], noise: str) -> None:
    """On arbitrary text the three stages raise nothing and keep spans in the text."""
    text = " ".join(words) + noise
    doc = document(text)
    seg = local_segment(text)
    mentions = find_mentions(doc, seg, default_gazetteer())
    for mention in mentions.mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    quotes = attribute_quotes(doc, seg, local_quotes(text, seg), mentions)
    for quote in quotes:
        for span in (quote.span, quote.cue_span, quote.speaker_span):
            assert span is None or 0 <= span.start <= span.end <= len(text)
    for statement in find_statements(doc, seg, mentions, quotes):
        assert 0 <= statement.span.start <= statement.span.end <= len(text)


def test_seeds_against_gold() -> None:
    """The whole pipeline on the seed articles meets the targets of the gold files."""
    directory = ROOT / "seeds"
    scores = []
    for entry in read_manifest(directory):
        doc = read_document(directory, entry)
        gold = load_annotation(ROOT / "tests" / "gold" / "seeds" / f"{entry.id}.json")
        scores.append(score(gold, to_annotation(extract(doc))))
    total = micro_average(scores)
    assert total.quotes.f1 >= 0.95
    assert total.quote_speaker.value is not None
    assert total.quote_speaker.value >= 0.95
    assert total.statements.f1 >= 0.8


def test_a_headline_with_a_joint_act_is_a_statement() -> None:
    """ANNOTATION.md counts every sentence with a cue; the headline is one, a list line is not."""
    text = "Yoon, Kishida agree to restore shuttle diplomacy\nThe two leaders met in Tokyo."
    found = statements_of(text)
    assert [(s.speakers, s.cue) for s in found] == [(("Yoon Suk Yeol", "Fumio Kishida"), "agree")]


def test_the_two_in_the_present_stands_for_the_leaders_just_named() -> None:
    """'The two agree to ...' (a timeline's present) is a statement of both leaders."""
    text = ("President Roh Moo-hyun receives Prime Minister Junichiro Koizumi on the island. "
            "The two agree to hold summits regularly.")
    found = extract(Document("t", text, dt.date(2025, 8, 22))).statements
    assert [(s.speakers, s.cue) for s in found] == [
        (("Roh Moo-hyun", "Junichiro Koizumi"), "agree")
    ]


def test_a_summary_bullet_under_the_headline_is_a_sentence() -> None:
    """Wire stories list their main points as bullets: "* Seoul says ..." reports speech."""
    text = ("Ferry talks resume between the two ports\n* Seoul says the line reopens in May\n"
            "SEOUL, Aug 22 (Ferry Wire) - The ferries sailed on Thursday.\n"
            "Related\n* Older ferry story")
    found = extract(document(text)).statements
    assert [(s.speakers, s.cue) for s in found] == [(("South Korean government",), "says")]
