"""The speaker table: quotes and statements with attribution in many forms.

Each case of ``tests/paraphrases/speakers.toml`` (written without reading the
extractor) lists every quote with its speaker and every statement with its
speakers. Cases the pipeline still gets wrong are listed in
``speaker_misses.txt`` and run as expected failures, so the count can only
go up.
"""

from __future__ import annotations

from typing import Any

import pytest

from known_misses import known_misses, marked_cases
from speaker_kit import cases, judge

KNOWN = known_misses("speaker_misses.txt")
CASES = cases()


def test_table_is_large_and_covers_every_form() -> None:
    """At least 150 cases, ids unique, every group present, misses are real ids."""
    ids = [case["id"] for case in CASES]
    assert len(ids) >= 150 and len(set(ids)) == len(ids)
    groups = {i.split("-")[1] for i in ids}
    assert groups >= {"after", "before", "pron", "split", "unnamed", "qa", "partial", "stmt",
                      "scare"}
    assert set(ids) >= KNOWN


def test_every_start_is_in_its_text() -> None:
    """Each quote and statement the table wants begins with words of its case's text."""
    for case in CASES:
        for want in (*case.get("quote", []), *case.get("statement", [])):
            assert want["starts"] in case["text"], (case["id"], want["starts"])


@pytest.mark.parametrize(
    "case",
    marked_cases(CASES, KNOWN),
    ids=[case["id"] for case in CASES],
)
def test_case(case: dict[str, Any]) -> None:
    """The case yields exactly its quotes (with speakers) and statements."""
    assert judge(case) == []
