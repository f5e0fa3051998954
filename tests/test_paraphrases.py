"""The paraphrase table: meetings and agreements in many phrasings, and non-events.

Each case of ``tests/paraphrases/events.toml`` and ``agreements.toml``
(written without reading the extractor) lists the exact summits and
agreements its text must yield; a third of them must yield nothing. Cases
the rules still get wrong are listed in ``known_misses.txt`` and run as
expected failures, so the count can only go up.
"""

from __future__ import annotations

from typing import Any

import pytest

from known_misses import known_misses, marked_cases
from paraphrase_kit import cases, judge

KNOWN = known_misses("known_misses.txt")
CASES = cases()


def test_table_is_large_and_balanced() -> None:
    """At least 150 cases, a third or more with nothing to extract, ids unique."""
    ids = [case["id"] for case in CASES]
    assert len(ids) >= 150 and len(set(ids)) == len(ids)
    empty = [c for c in CASES if not c.get("summit") and not c.get("agreement")]
    assert len(empty) * 3 >= len(CASES)
    assert set(ids) >= KNOWN


@pytest.mark.parametrize(
    "case",
    marked_cases(CASES, KNOWN),
    ids=[case["id"] for case in CASES],
)
def test_case(case: dict[str, Any]) -> None:
    """The case yields exactly its records (participants and date overlap; kind, parties)."""
    assert judge(case) == []
