"""The temporal-expression table: 335 invented expressions in context (issue 12).

Each case of ``tests/paraphrases/timexes.toml`` (written without reading the
extractor) lists every temporal expression of its text with its value and
mod. Cases the pipeline still gets wrong are listed in ``timex_misses.txt``
and run as expected failures, so the count can only go up.
"""

from __future__ import annotations

from typing import Any

import pytest

from known_misses import known_misses, marked_cases
from timex_kit import cases, judge

KNOWN = known_misses("timex_misses.txt")
CASES = cases()
CLASSES = {"timestamp", "clock", "tense-year", "tense-weekday", "anchor", "period",
           "duration", "relative", "none"}


def test_table_is_large_and_covers_every_class() -> None:
    """At least 300 cases, ids unique, every class present, misses are real ids."""
    ids = [case["id"] for case in CASES]
    assert len(ids) >= 300 and len(set(ids)) == len(ids)
    assert {case["class"] for case in CASES} == CLASSES
    assert set(ids) >= KNOWN


@pytest.mark.parametrize(
    "case",
    marked_cases(CASES, KNOWN),
    ids=[case["id"] for case in CASES],
)
def test_case(case: dict[str, Any]) -> None:
    """The case yields exactly its expressions, with their values and mods."""
    assert judge(case) == []
