"""The paraphrase table: meetings and agreements in many phrasings, and non-events.

Each case of ``tests/paraphrases/events.toml`` and ``agreements.toml``
(written without reading the extractor) lists the exact summits and
agreements its text must yield; a third of them must yield nothing. Cases
the rules still get wrong are listed in ``known_misses.txt`` and run as
expected failures, so the count can only go up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from paraphrase_kit import cases, judge

MISSES = Path(__file__).parent / "paraphrases" / "known_misses.txt"
KNOWN = {
    line.strip()
    for line in MISSES.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}
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
    [
        pytest.param(case, marks=pytest.mark.xfail(reason="known miss", strict=False))
        if case["id"] in KNOWN
        else case
        for case in CASES
    ],
    ids=[case["id"] for case in CASES],
)
def test_case(case: dict[str, Any]) -> None:
    """The case yields exactly its records (participants and date overlap; kind, parties)."""
    assert judge(case) == []
