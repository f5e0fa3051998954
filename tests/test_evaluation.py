"""Extraction quality against gold annotations, scored by ANNOTATION.md's rules.

Two corpora: the seed articles with their hand-checked gold (issue 2's
targets), and the invented test articles of ``tests/articles`` (issue 3's
targets for articles the extractor was not written for). The thresholds
are floors: a change that lowers a score below one fails here.
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


def _evaluate(corpus_dir: Path, gold_dir: Path) -> CorpusScores:
    gold = load_gold_dir(gold_dir)
    corpus = load(corpus_dir)
    system = {e.document.id: to_annotation(e) for e in corpus.extractions}
    pairs, missing_in_system, missing_in_gold = pair_documents(gold, system)
    assert not missing_in_system and not missing_in_gold
    return micro_average(score(g, s) for _, g, s in pairs)


@pytest.fixture(scope="module")
def seeds() -> CorpusScores:
    """Micro-averaged scores on the two seed articles."""
    return _evaluate(ROOT / "seeds", TESTS / "gold" / "seeds")


@pytest.fixture(scope="module")
def invented() -> CorpusScores:
    """Micro-averaged scores on the invented test corpus."""
    return _evaluate(TESTS / "articles", TESTS / "articles" / "gold")


def _value(metric: float | None) -> float:
    assert metric is not None
    return metric


def test_seed_quotes(seeds: CorpusScores) -> None:
    """Seeds: quotes F1 >= 0.95 and speaker accuracy >= 0.95."""
    assert seeds.quotes.f1 >= 0.95
    assert _value(seeds.quote_speaker.value) >= 0.95


def test_seed_timexes(seeds: CorpusScores) -> None:
    """Seeds: temporal expressions F1 >= 0.9 and value accuracy >= 0.9."""
    assert seeds.timexes.f1 >= 0.9
    assert _value(seeds.timex_value.value) >= 0.9


def test_seed_summits(seeds: CorpusScores) -> None:
    """Seeds: every summit found, none invented (F1 = 1)."""
    assert seeds.summits.f1 == 1.0


def test_seed_agreements_and_statements(seeds: CorpusScores) -> None:
    """Seeds: agreements F1 >= 0.8, statements F1 >= 0.6."""
    assert seeds.agreements.f1 >= 0.8
    assert seeds.statements.f1 >= 0.6


def test_invented_quotes(invented: CorpusScores) -> None:
    """Invented articles: direct quotes F1 >= 0.90, speaker accuracy >= 0.90."""
    assert invented.direct_quotes.f1 >= 0.90
    assert invented.quotes.f1 >= 0.90
    assert _value(invented.quote_speaker.value) >= 0.90


def test_invented_timexes(invented: CorpusScores) -> None:
    """Invented articles: temporal expressions F1 >= 0.85, value accuracy >= 0.85."""
    assert invented.timexes.f1 >= 0.85
    assert _value(invented.timex_value.value) >= 0.85


def test_invented_summits(invented: CorpusScores) -> None:
    """Invented articles: summits F1 >= 0.80."""
    assert invented.summits.f1 >= 0.80


def test_invented_agreements(invented: CorpusScores) -> None:
    """Invented articles: formal agreements F1 >= 0.75, all agreements F1 >= 0.60."""
    assert invented.formal_agreements.f1 >= 0.75
    assert invented.agreements.f1 >= 0.60


def test_invented_statements(invented: CorpusScores) -> None:
    """Invented articles: statements F1 >= 0.6."""
    assert invented.statements.f1 >= 0.6
