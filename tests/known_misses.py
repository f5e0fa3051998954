"""The known misses of the blind tables: read once, marked as expected failures.

``tests/test_paraphrases.py``, ``test_speaker_paraphrases.py`` and
``test_timex_table.py`` run every case of a table; the cases the pipeline
still gets wrong are listed (one id a line, ``#`` comments) in a file beside
the table, and run as expected failures, so the count can only go up.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

TABLES = Path(__file__).parent / "paraphrases"


def known_misses(name: str) -> set[str]:
    """Return the case ids listed in ``tests/paraphrases/<name>``."""
    text = (TABLES / name).read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def marked_cases(cases: Sequence[dict[str, Any]], known: set[str]) -> list[Any]:
    """Return the cases as pytest parameters, the known misses marked as expected failures."""
    return [
        pytest.param(case, marks=pytest.mark.xfail(reason="known miss", strict=False))
        if case["id"] in known
        else case
        for case in cases
    ]
