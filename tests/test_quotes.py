"""Tests of quotation-mark pairing and quote classification."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel.pipeline.quotes import find_quote_candidates, pair_marks
from kjrel.pipeline.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold" / "seeds"
SEED_IDS = sorted(p.stem for p in GOLD.glob("*.json"))

Row = tuple[str, bool, str]


def _candidates(text: str) -> list[Row]:
    seg = segment(text)
    return [(text[c.start : c.end], c.is_quote, c.kind) for c in find_quote_candidates(text, seg)]


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(span, kind) for span, is_quote, kind in _candidates(text) if is_quote]


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.mark.parametrize("seed", SEED_IDS)
def test_seed_quotes_match_gold(seed: str) -> None:
    """Every gold quote of the seeds is found with its exact span and kind, and nothing else."""
    text = _read(SEEDS / f"{seed}.txt")
    gold = json.loads((GOLD / f"{seed}.json").read_text(encoding="utf-8"))
    seg = segment(text)
    found = {(c.start, c.end): c.kind for c in find_quote_candidates(text, seg) if c.is_quote}
    expected = {(q["start"], q["end"]): q["kind"] for q in gold["quotes"]}
    assert found == expected


def test_seed_non_quotes() -> None:
    """The policy name is a candidate but not a quote; the READ MORE headline is no candidate."""
    for seed in SEED_IDS:
        text = _read(SEEDS / f"{seed}.txt")
        rows = _candidates(text)
        assert all("Azerbaijani" not in span for span, _, _ in rows)
        if seed.startswith("000"):
            assert ("unification doctrine", False, "partial") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will go," Park said.', [("We will go,", "direct")]),
        ("“We will go,” Park said.", [("We will go,", "direct")]),
        ("«We will go,» Park said.", [("We will go,", "direct")]),
        ("„We will go,“ Park said.", [("We will go,", "direct")]),
        ('Park said, "We will go."', [("We will go.", "direct")]),
        ('Park said: "We will go."', [("We will go.", "direct")]),
        (
            '"First," he said. "Second."',
            [("First,", "direct"), ("Second.", "direct")],
        ),
        (
            '"We will," he said, "keep trying."',
            [("We will,", "direct"), ("keep trying.", "direct")],
        ),
        ('"Absolutely not!" shouted the envoy.', [("Absolutely not!", "direct")]),
        (
            "“The ties will stay strong in the future” Ito said.",
            [("The ties will stay strong in the future", "direct")],
        ),
        (
            'Ito was quoted as saying "I hope we stay close" by his aide.',
            [("I hope we stay close", "direct")],
        ),
        ('They pledged to "operationalize" the data link.', [("operationalize", "partial")]),
        ('Park called for a "forward-looking" reset.', [("forward-looking", "partial")]),
        (
            'Groups rallied, denouncing it as a "waste of public money."',
            [("waste of public money.", "partial")],
        ),
        (
            'He hoped ties could reach "a new level" by 2030.',
            [("a new level", "partial")],
        ),
        ('The deal was "a historic step," he said.', [("a historic step,", "partial")]),
        ('It was, he said, "a historic step."', [("a historic step.", "partial")]),
        ('He called it "a disaster" and left.', [("a disaster", "partial")]),
        (
            'He said the move was "regrettable" and "unacceptable."',
            [("regrettable", "partial"), ("unacceptable.", "partial")],
        ),
        (
            'The ruling is "void," Chief Cabinet Secretary Sato Ken told a news conference.',
            [("void,", "partial")],
        ),
        ("'I will not resign,' Ito told reporters.", [("I will not resign,", "direct")]),
        (
            "Park said: 'We will not back down.'",
            [("We will not back down.", "direct")],
        ),
        (
            'Critics called the trip "submissive diplomacy" on Friday.',
            [("submissive diplomacy", "partial")],
        ),
        (
            "“The spirit of that accord,” Mr. Park said, “still guides us.”",
            [("The spirit of that accord,", "direct"), ("still guides us.", "direct")],
        ),
        ('The talks were "very useful," a senior official said.', [("very useful,", "partial")]),
        (
            '"Trust must come first," said Cho Min-ji, who leads a fictional group.',
            [("Trust must come first,", "direct")],
        ),
        (
            'She argued that "we are not the problem here" and left.',
            [("we are not the problem here", "partial")],
        ),
    ],
)
def test_direct_and_partial_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    """Whole utterances are direct; fragments in the reporter's sentence are partial."""
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('He backed Seoul\'s "unification doctrine" on Monday.', "unification doctrine"),
        ('They want to restore "shuttle diplomacy" soon.', "shuttle diplomacy"),
        ('Japan\'s so-called "Indo-Pacific vision" is vague.', "Indo-Pacific vision"),
        ('The victims, known as "comfort women", spoke.', "comfort women"),
        ('They issued a statement titled "The Spirit of Seoul" on Friday.', "The Spirit of Seoul"),
        ('They adopted a "Commitment to Consult" as well.', "Commitment to Consult"),
        ('It was dubbed "the handshake summit" by the press.', "the handshake summit"),
        ('A plan called "Bridge 2030" was shelved.', "Bridge 2030"),
        ('They seek what both call a "mature partnership" now.', "mature partnership"),
        ('The "Green Harbor" project stalled.', "Green Harbor"),
        ('The "taxpayers\' money" claim was made.', "taxpayers' money"),
        ('They resumed their "2+2" dialogue, the ministry said.', "2+2"),
        ('Experts said the "Dokdo" dispute would persist.', "Dokdo"),
        ('Their statement, "Toward a Fair Harbor," was released.', "Toward a Fair Harbor,"),
        ('"Shuttle diplomacy" resumed after a long hiatus.', "Shuttle diplomacy"),
        ('Park said the "comfort women" issue must be settled.', "comfort women"),
        ('Japan calls the islets "Takeshima" in its papers.', "Takeshima"),
    ],
)
def test_terms_and_titles_are_not_quotes(text: str, term: str) -> None:
    """Scare-quoted terms, names and titles are candidates with ``is_quote=False``."""
    assert _candidates(text) == [(term, False, "partial")]


def test_nested_single_quotes() -> None:
    """Single quotes inside a double quote pair, are kept, and are not the speaker's words."""
    rows = _candidates("\"He said 'no' to me,\" she said.")
    assert rows == [("He said 'no' to me,", True, "direct"), ("no", False, "partial")]


@pytest.mark.parametrize(
    "text",
    [
        "Japan’s and Korea’s leaders met in the ’90s and the '80s.",
        "It was the taxpayers' money, the groups' claim, James' view.",
        "Rock 'n' roll fans said 'til dawn.",
        "Japan’s leader and Korea’s leader met; the ministers’ aides waited.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    """Apostrophes never open or close a quote."""
    assert _candidates(text) == []


def test_apostrophes_do_not_derail_double_quotes() -> None:
    """A straight or curly apostrophe inside a quote leaves the pairing intact."""
    text = (
        "Park’s aide said the '90s were hard. \"Japan's leader and the workers' union "
        'agreed," she said. Ito’s office said "it\'s fine."'
    )
    assert _quotes(text) == [
        ("Japan's leader and the workers' union agreed,", "direct"),
        ("it's fine.", "partial"),
    ]


def test_headline_style_single_quotes() -> None:
    """A curly single-quoted phrase in a paragraph without double marks is a candidate."""
    assert _candidates("Park vows ‘no retreat’ on the ferry deal") == [
        ("no retreat", True, "partial")
    ]


def test_multi_paragraph_quote_is_two_quotes() -> None:
    """A quote running over two paragraphs is two candidates, one per paragraph."""
    text = '"We will never give up on this.\n"We will keep going," she said.'
    assert _quotes(text) == [
        ("We will never give up on this.", "direct"),
        ("We will keep going,", "direct"),
    ]
    seg = segment(text)
    first = find_quote_candidates(text, seg)[0]
    assert first.close == seg.paragraphs[0].end


def test_unbalanced_marks_recover_locally() -> None:
    """A stray mark costs at most its own paragraph; later paragraphs pair normally."""
    text = (
        'He said "we will go and then left.\n'
        'A stray closing mark" appears here.\n'
        '"Later," she said, "it worked."'
    )
    rows = _quotes(text)
    assert ("Later,", "direct") in rows
    assert ("it worked.", "direct") in rows


def test_quotes_in_furniture_are_skipped() -> None:
    """Headline links and captions yield no candidates; datelines do not shift pairing."""
    text = (
        'SEOUL (Reuters) - "We agree," the envoy said.\n'
        'READ MORE: "Fictional bridge opens in a fictional town"\n'
        'RELATED\n"Fictional ferry resumes"\n'
        'FILE PHOTO: A "fictional" pier. REUTERS/Jane Roe'
    )
    assert _candidates(text) == [("We agree,", True, "direct")]


def test_crlf_and_lone_cr() -> None:
    """Pairing resets at every kind of line break and offsets index the original text."""
    text = '"One,\r\n"Two," he said.\r"Three," she said.'
    seg = segment(text)
    cands = find_quote_candidates(text, seg)
    assert [text[c.start : c.end] for c in cands] == ["One,", "Two,", "Three,"]


def test_bom_at_start() -> None:
    """A byte-order mark at offset 0 is not content and does not disturb pairing."""
    text = '\ufeff"We agree," he said.'
    assert find_quote_candidates(text, segment(text))[0].open == 1


def test_pair_marks_straight_direction() -> None:
    """Straight marks open after white space and close before it; inch marks are ignored."""
    text = 'A 12" pipe. "Yes," he said, "no."'
    pairs = pair_marks(text, 0, len(text))
    assert [(text[p.open + 1 : p.close], p.closed) for p in pairs] == [
        ("Yes,", True),
        ("no.", True),
    ]


def _check(text: str) -> None:
    seg = segment(text)
    previous = -1
    for cand in find_quote_candidates(text, seg):
        assert 0 <= cand.open < cand.close <= len(text)
        assert cand.start <= cand.end
        assert cand.kind in {"direct", "partial"}
        assert cand.open >= previous or not cand.is_quote
        previous = cand.open


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.,?!\"'“”‘’«»„\n\r ()-:said")), max_size=300))
def test_property_mark_soup(text: str) -> None:
    """On mark-heavy text, candidates lie inside the text and nothing raises."""
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_property_arbitrary_text(text: str) -> None:
    """On arbitrary Unicode text, candidates lie inside the text and nothing raises."""
    _check(text)


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "'" * 1_000_000,
        "’" * 500_000,
        "‘a " * 200_000,
        'a "b ' * 200_000,
        "“" * 100_000,
        "x" * 1_000_000,
        '"Yes," he said. ' * 30_000,
    ],
    ids=[
        "dq",
        "apostrophes",
        "curly-apostrophes",
        "curly-singles",
        "half-open",
        "curly-open",
        "no-marks",
        "many-quotes",
    ],
)
def test_pathological_inputs_complete(text: str) -> None:
    """Large pathological inputs complete (single passes; no timing asserted)."""
    _check(text)
