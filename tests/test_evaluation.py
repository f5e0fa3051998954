"""Extraction quality against gold annotations, scored by ANNOTATION.md's rules.

Four corpora: the seed articles with their hand-checked gold (issue 2's
targets), the invented development corpus (``tests/articles``), and two
further invented corpora written apart from the code (``tests/heldout``,
``tests/blind``; see their READMEs). The thresholds are floors a little
under the scores reached: a change that lowers a score below one fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kjrel.annotation import (
    CorpusScores,
    load_gold_dir,
    micro_average,
    pair_documents,
    score,
    to_annotation,
)
from kjrel.loader import load

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

CORPORA = {
    "seeds": (ROOT / "seeds", TESTS / "gold" / "seeds"),
    "articles": (TESTS / "articles", TESTS / "articles" / "gold"),
    "heldout": (TESTS / "heldout", TESTS / "heldout" / "gold"),
    "blind": (TESTS / "blind", TESTS / "blind" / "gold"),
    "dev2": (TESTS / "dev2", TESTS / "dev2" / "gold"),
    "dev3": (TESTS / "dev3", TESTS / "dev3" / "gold"),
    "dev4": (TESTS / "dev4", TESTS / "dev4" / "gold"),
    "dev5": (TESTS / "dev5", TESTS / "dev5" / "gold"),
    "dev6": (TESTS / "dev6", TESTS / "dev6" / "gold"),
    "dev7": (TESTS / "dev7", TESTS / "dev7" / "gold"),
    "dev8": (TESTS / "dev8", TESTS / "dev8" / "gold"),
}

# corpus -> metric -> floor. Metrics are CorpusScores count fields (F1) or
# accuracy fields (ratio). The seed floors are issue 2's targets.
#
# Event floors fell when the summit stage moved to the clause layer (issue 7):
# the window rules had been tuned on these three corpora (0.97-0.99), the
# clause rules were not, and score higher on text written apart from the code
# (the paraphrase table: 247 of 267 summit cases against 220). The agreement
# stage moved in the second part and the floors rose again. tests/dev2 is a
# development corpus told as real wires tell summits; its floors are low
# because it is the hardest, not because it is tuned less.
FLOORS: dict[str, dict[str, float]] = {
    "seeds": {
        "quotes": 0.95, "quote_speaker": 0.95, "timexes": 0.9, "timex_value": 0.9,
        "summits": 1.0, "agreements": 0.8, "statements": 0.6,
    },
    "articles": {
        "quotes": 0.95, "direct_quotes": 0.95, "quote_speaker": 0.95, "timexes": 0.95,
        "timex_value": 0.95, "summits": 0.94, "agreements": 0.93, "formal_agreements": 0.93,
        "statements": 0.9,
    },
    "heldout": {
        "quotes": 0.95, "direct_quotes": 0.95, "quote_speaker": 0.95, "timexes": 0.93,
        "timex_value": 0.97, "summits": 0.93, "agreements": 0.87, "formal_agreements": 0.83,
        # 0.949 since the speech-act lemmas (one more statement); 0.960 before
        "statements": 0.94,
    },
    "blind": {
        "quotes": 0.95, "direct_quotes": 0.95, "quote_speaker": 0.95, "timexes": 0.97,
        "timex_value": 0.97, "summits": 0.94, "agreements": 0.87, "formal_agreements": 0.87,
        "statements": 0.88,
    },
    "dev2": {
        "quotes": 0.94, "quote_speaker": 0.92, "timexes": 0.96, "timex_value": 0.97,
        "summits": 0.88, "agreements": 0.70, "formal_agreements": 0.68, "statements": 0.86,
    },
    # tests/dev3 (19 texts, written for the clause-layer rules of issue 7 and tuned on
    # since): readouts, a photo feature with caption datelines, a live blog, op-eds.
    "dev3": {
        "quotes": 0.95, "quote_speaker": 0.93, "timexes": 0.97, "timex_value": 0.93,
        "summits": 0.80, "agreements": 0.61, "formal_agreements": 0.50, "statements": 0.83,
    },
    # tests/dev4 (17 texts: a timeline explainer, readouts, a transcript, captions, an
    # interview), written blind to src/ and tuned on since.
    "dev4": {
        "quotes": 0.93, "quote_speaker": 0.92, "timexes": 0.95, "timex_value": 0.91,
        "summits": 0.78, "agreements": 0.56, "formal_agreements": 0.62, "statements": 0.77,
    },
    # tests/dev5 (12 texts: wires and dailies, a readout, an analysis), written blind to
    # src/; scored 0.710 summits / 0.667 agreements at sight, tuned on since.
    "dev5": {
        "quotes": 0.94, "quote_speaker": 0.95, "timexes": 0.96, "timex_value": 0.94,
        "summits": 0.75, "agreements": 0.67, "formal_agreements": 0.70, "statements": 0.80,
    },
    # tests/dev6 (16 texts: wires, dailies, readouts, a briefing, a timeline, a live blog,
    # captions, a TV transcript), written blind to src/; scored 0.675 summits / 0.355
    # agreements before any tuning on it (tests/dev6/README.md), tuned on since.
    "dev6": {
        "quotes": 0.95, "quote_speaker": 0.85, "timexes": 0.95, "timex_value": 0.90,
        "summits": 0.85, "agreements": 0.50, "formal_agreements": 0.45, "statements": 0.82,
    },
    # tests/dev7 (16 texts, 1998-2026: readouts, briefings, wires, a live blog, a
    # timeline), written blind to src/; scored 0.627 summits / 0.539 agreements before
    # any tuning on it (tests/dev7/README.md), tuned on since.
    "dev7": {
        "quotes": 0.93, "quote_speaker": 0.95, "timexes": 0.97, "timex_value": 0.93,
        "summits": 0.78, "agreements": 0.60, "formal_agreements": 0.55, "statements": 0.88,
    },
    # tests/dev8 (16 news texts, 2015-2026: wires, dailies, analyses, a readout, a live
    # page, a photo feature), written blind to src/; scored 0.694 summits / 0.577
    # agreements before any tuning on it (tests/dev8/README.md), tuned on since.
    "dev8": {
        "quotes": 0.94, "quote_speaker": 0.83, "timexes": 0.96, "timex_value": 0.94,
        "summits": 0.83, "agreements": 0.67, "formal_agreements": 0.70, "statements": 0.82,
    },
}


def _evaluate(corpus_dir: Path, gold_dir: Path) -> CorpusScores:
    gold = load_gold_dir(gold_dir)
    corpus = load(corpus_dir)
    system = {e.document.id: to_annotation(e) for e in corpus.extractions}
    pairs, missing_in_system, missing_in_gold = pair_documents(gold, system)
    assert not missing_in_system and not missing_in_gold
    return micro_average(score(g, s) for _, g, s in pairs)


@pytest.fixture(scope="module")
def scores() -> dict[str, CorpusScores]:
    """Micro-averaged scores of every corpus (extracted once for the module)."""
    return {name: _evaluate(*paths) for name, paths in CORPORA.items()}


def _metric(scores: CorpusScores, name: str) -> float:
    value = getattr(scores, name)
    if hasattr(value, "f1"):
        return float(value.f1)
    assert value.value is not None, f"{name}: nothing was judged"
    return float(value.value)


@pytest.mark.parametrize(
    ("corpus", "metric"),
    [(corpus, metric) for corpus, floors in FLOORS.items() for metric in floors],
)
def test_score_floor(scores: dict[str, CorpusScores], corpus: str, metric: str) -> None:
    """Each corpus keeps each score at or above its floor."""
    floor = FLOORS[corpus][metric]
    assert _metric(scores[corpus], metric) >= floor
