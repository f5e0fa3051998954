"""Tests of the segment stage: paragraphs, sentences, offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel.pipeline.segment import segment
from kjrel.pipeline.types import Segmentation

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold" / "seeds"
SEED_IDS = sorted(p.stem for p in GOLD.glob("*.json"))


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text).sentences]


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders met. They agreed.", ["The leaders met.", "They agreed."]),
        ("Did they meet? Yes! They did.", ["Did they meet?", "Yes!", "They did."]),
        ("Mr. Park met Mrs. Cho and Dr. Han.", ["Mr. Park met Mrs. Cho and Dr. Han."]),
        (
            "Gov. Lim and Rep. Oh spoke. Sen. Bae left.",
            ["Gov. Lim and Rep. Oh spoke.", "Sen. Bae left."],
        ),
        (
            "They met on Sept. 6 in Seoul. It rained.",
            ["They met on Sept. 6 in Seoul.", "It rained."],
        ),
        (
            "It was Aug. 15 Liberation Day. He spoke.",
            ["It was Aug. 15 Liberation Day.", "He spoke."],
        ),
        ("Jan. 1 and Feb. 2 are dates.", ["Jan. 1 and Feb. 2 are dates."]),
        (
            "Joseph R. Biden spoke. John F. Kennedy did not.",
            ["Joseph R. Biden spoke.", "John F. Kennedy did not."],
        ),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ("He backed resolution No. 2 today.", ["He backed resolution No. 2 today."]),
        (
            "The U.S. Embassy said so. The U.N. Security Council met.",
            ["The U.S. Embassy said so.", "The U.N. Security Council met."],
        ),
        (
            "Article V of the Japan-U.S. Security Treaty applies. They held a Korea-U.S."
            " Summit. He hailed the Japan-U.S. The alliance held.",
            ["Article V of the Japan-U.S. Security Treaty applies.",
             "They held a Korea-U.S. Summit.", "He hailed the Japan-U.S.",
             "The alliance held."],
        ),
        ("They thanked the U.S. and left.", ["They thanked the U.S. and left."]),
        (
            "They rely on their ally, the U.S. Park and Ito met later.",
            ["They rely on their ally, the U.S.", "Park and Ito met later."],
        ),
        (
            "Acme Co. said it grew. Acme Co. The firm grew.",
            ["Acme Co. said it grew.", "Acme Co.", "The firm grew."],
        ),
        (
            "It was Park vs. Ito, i.e. a rematch, e.g. again.",
            ["It was Park vs. Ito, i.e. a rematch, e.g. again."],
        ),
        ("St. Louis is far. Ito Jr. spoke.", ["St. Louis is far.", "Ito Jr. spoke."]),
        ("He waited... Then he left.", ["He waited...", "Then he left."]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    """Sentences split at end punctuation, never after abbreviations, initials or decimals."""
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Stop!" he said. They stopped.', ['"Stop!" he said.', "They stopped."]),
        ('"Why?" Park asked. Nobody knew.', ['"Why?" Park asked.', "Nobody knew."]),
        (
            '"We met. We agreed," he said. Then he left.',
            ['"We met. We agreed," he said.', "Then he left."],
        ),
        ('"First," he said. "Second."', ['"First," he said.', '"Second."']),
        ('She said: "It is over." Then she left.', ['She said: "It is over."', "Then she left."]),
        ("“It is over.” The crowd cheered.", ["“It is over.”", "The crowd cheered."]),
        ('"We won." The crowd cheered.', ['"We won."', "The crowd cheered."]),
        ('He said "yes." He said "no."', ['He said "yes."', 'He said "no."']),
        ("(He left early.) She stayed.", ["(He left early.)", "She stayed."]),
    ],
)
def test_sentences_and_quotations(text: str, expected: list[str]) -> None:
    """Quotations that go on keep their sentence whole; a closing mark ends with the sentence."""
    assert _sentences(text) == expected


def test_quote_only_paragraph_is_its_own_sentence() -> None:
    """A paragraph holding only a quote is a sentence of its own, in its paragraph."""
    text = 'Park spoke first.\n"We will work together."\nIto agreed.'
    seg = segment(text)
    assert [text[s.start : s.end] for s in seg.sentences] == [
        "Park spoke first.",
        '"We will work together."',
        "Ito agreed.",
    ]
    assert [s.paragraph for s in seg.sentences] == [0, 1, 2]


def test_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    """An unclosed mark does not stop sentence splitting in its paragraph."""
    text = '"We will go on. We will not stop. We will win.\n"That is all," she said.'
    assert _sentences(text) == [
        '"We will go on.',
        "We will not stop.",
        "We will win.",
        '"That is all," she said.',
    ]


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("One.\nTwo.", [(0, 4), (5, 9)]),
        ("One.\r\nTwo.", [(0, 4), (6, 10)]),
        ("One.\rTwo.", [(0, 4), (5, 9)]),
        ("One.\n\n\n  Two.  \n", [(0, 4), (9, 13)]),
        ("\ufeffOne.\nTwo.", [(1, 5), (6, 10)]),
        ("\ufeff", []),
        ("", []),
        ("  \n\r\n \r ", []),
    ],
)
def test_paragraph_offsets(text: str, paragraphs: list[tuple[int, int]]) -> None:
    """Paragraphs are runs between any line breaks; offsets are into the text as given."""
    seg = segment(text)
    assert [(p.start, p.end) for p in seg.paragraphs] == paragraphs
    assert [(s.start, s.end) for s in seg.sentences] == paragraphs


def test_crlf_offsets_count_the_carriage_returns() -> None:
    """In CRLF text a sentence's offsets still index the original string."""
    text = "SEOUL (Reuters) - Park met Ito.\r\nThey agreed.\r\n"
    seg = segment(text)
    assert [text[s.start : s.end] for s in seg.sentences] == ["Park met Ito.", "They agreed."]
    assert seg.sentences[1].start == text.index("They")


@pytest.mark.parametrize("seed", SEED_IDS)
def test_seed_statement_spans_are_sentences(seed: str) -> None:
    """Every gold statement span of the seeds is exactly one sentence."""
    text = _read(SEEDS / f"{seed}.txt")
    gold = json.loads((GOLD / f"{seed}.json").read_text(encoding="utf-8"))
    spans = {(s.start, s.end) for s in segment(text).sentences}
    for statement in gold["statements"]:
        assert (statement["start"], statement["end"]) in spans, statement


def test_seed_001_starts_after_its_dateline() -> None:
    """In seed 001 the first sentence starts after the ``( Nikkei/ DT) –`` dateline."""
    text = _read(SEEDS / "001_eec9fc47c71d9934.txt")
    seg = segment(text)
    assert seg.sentences[0].start == 35
    assert text[: seg.furniture[0].end] == "Seoul, South Korea ( Nikkei/ DT) – "


def _check_invariants(text: str, seg: Segmentation) -> None:
    previous_end = 0
    for sentence in seg.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert sentence.start >= previous_end
        previous_end = sentence.end
        paragraph = seg.paragraphs[sentence.paragraph]
        assert paragraph.furniture is None
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end
        assert not seg.is_furniture(sentence.start)
        assert not text[sentence.start].isspace()
    previous_end = 0
    for paragraph in seg.paragraphs:
        assert 0 <= paragraph.start < paragraph.end <= len(text)
        assert paragraph.start >= previous_end
        previous_end = paragraph.end


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aA .?!\"'“”‘’«»„\n\r\t(),;:-–—U.S.Mr\ufeff0123")),
        max_size=300,
    )
)
def test_property_punctuation_soup(text: str) -> None:
    """On punctuation-heavy text, sentences are inside the text, ordered and disjoint."""
    _check_invariants(text, segment(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_property_arbitrary_text(text: str) -> None:
    """On arbitrary Unicode text, segment never raises and its records are well formed."""
    _check_invariants(text, segment(text))


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "word " * 200_000,
        "'" * 1_000_000,
        "“" * 200_000 + "”" * 200_000,
        ". " * 300_000,
        "U.S. " * 100_000,
        "By " * 300_000,
        "(" * 500_000,
        "\r" * 300_000 + "x.",
        "\n".join(["READ MORE"] + ["Headline"] * 100_000),
    ],
    ids=["dq", "no-end", "apostrophes", "curly", "dots", "abbrev", "by", "parens", "cr", "links"],
)
def test_pathological_inputs_complete(text: str) -> None:
    """Large pathological inputs are processed (linear-time rules; no timing asserted)."""
    _check_invariants(text, segment(text))
