"""Tests of stage 9, dated claims about office (:mod:`kjrel.pipeline.claims`)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventkit import TimexSpec, run_events
from kjrel.models import ClaimKind, Mod

PUBLISHED = dt.date(2024, 9, 7)
KISHIDA = "Fumio Kishida"
YOON = "Yoon Suk Yeol"


@pytest.mark.parametrize(
    ("text", "timexes", "expected"),
    [
        (
            "Fumio Kishida met Yoon Suk Yeol. Kishida's term ends at the end of September.",
            (("the end of September", "2024-09", Mod.END),),
            [(KISHIDA, ClaimKind.LEAVES_OFFICE, "2024-09", Mod.END)],
        ),
        (
            "Fumio Kishida, who will step down as prime minister in early October, spoke.",
            (("early October", "2024-10", Mod.START),),
            [(KISHIDA, ClaimKind.LEAVES_OFFICE, "2024-10", Mod.START)],
        ),
        (
            "Yoon Suk Yeol started his term in May of 2022.",
            (("May of 2022", "2022-05"),),
            [(YOON, ClaimKind.TAKES_OFFICE, "2022-05", None)],
        ),
        (
            "Fumio Kishida took office nearly three years ago.",
            (("nearly three years ago", "2021", Mod.APPROX),),
            [(KISHIDA, ClaimKind.TAKES_OFFICE, "2021", Mod.APPROX)],
        ),
        (
            "Fumio Kishida praised Yoon Suk Yeol, whose term, which began in 2022, was busy.",
            (("2022", "2022"),),
            [],
        ),
        ("Fumio Kishida leaves office soon.", (), []),
        (
            "Fumio Kishida met Yoon Suk Yeol for two hours before he leaves office.",
            (("two hours", "PT2H"),),
            [],
        ),
    ],
)
def test_office_claims(
    text: str, timexes: tuple[TimexSpec, ...], expected: list[tuple[object, ...]]
) -> None:
    """Leaving and taking office are claimed with the date expression of the clause."""
    _s, _a, claims = run_events(text, PUBLISHED, timexes)
    assert [(c.subject, c.kind, c.value, c.mod) for c in claims] == expected


def test_disagreeing_articles_keep_both_claims() -> None:
    """Two articles that disagree on a date each keep their own claim."""
    _s, _a, first = run_events(
        "Fumio Kishida's term is set to expire at the end of September.",
        PUBLISHED,
        (("the end of September", "2024-09", Mod.END),),
        doc_id="a",
    )
    _s, _a, second = run_events(
        "Fumio Kishida will step down in early October.",
        PUBLISHED,
        (("early October", "2024-10", Mod.START),),
        doc_id="b",
    )
    assert [(c.value, c.evidence.doc_id) for c in (*first, *second)] == [
        ("2024-09", "a"),
        ("2024-10", "b"),
    ]
