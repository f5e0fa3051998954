"""Publication dates as a fuzzing axis (issue 11).

Every article of the invented corpora is extracted under publication dates
chosen to stress calendar arithmetic: leap days, Dec 31 and Jan 1, month
ends, 1965 and 2100, and any day in between. The publication date anchors
every relative date, so each choice sends the rules down other branches.
Whatever the date: no exception but a ``KjrelError``, every span inside the
text, and JSON that round-trips (:func:`kjrel.invariants.extraction_problem`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import tomllib
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kjrel.errors import KjrelError
from kjrel.invariants import extraction_problem
from kjrel.models import Document
from kjrel.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "seeds", *(p.parent for p in sorted((ROOT / "tests").glob("*/manifest.toml")))]


@cache
def articles() -> tuple[tuple[str, str], ...]:
    """Return ``(id, text)`` of every article listed by an invented corpus."""
    found = []
    for corpus in CORPORA:
        manifest = tomllib.loads((corpus / "manifest.toml").read_text("utf-8"))
        for entry in manifest["article"]:
            path = corpus / entry.get("file", f"{entry['id']}.txt")
            found.append((str(entry["id"]), path.read_bytes().decode("utf-8")))
    return tuple(found)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


STRESS = st.one_of(
    st.sampled_from([dt.date(y, 2, 29) for y in (1968, 2000, 2016, 2020, 2024, 2096)]),
    st.sampled_from([dt.date(y, 12, 31) for y in (1965, 1999, 2023, 2024, 2100)]),
    st.sampled_from([dt.date(y, 1, 1) for y in (1965, 2000, 2024, 2025, 2100)]),
    st.builds(_month_end, st.integers(1965, 2100), st.integers(1, 12)),
    st.dates(min_value=dt.date(1965, 1, 1), max_value=dt.date(2100, 12, 31)),
)


def test_the_corpora_are_found() -> None:
    assert len(CORPORA) >= 7 and len(articles()) >= 80


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0), STRESS)
def test_every_article_under_stressed_publication_dates(index: int, published: dt.date) -> None:
    doc_id, text = articles()[index % len(articles())]
    document = Document(doc_id, text, published)
    try:
        extraction = extract(document)
    except KjrelError:
        return
    problem = extraction_problem(document, extraction)
    assert problem is None, f"{doc_id} published {published}: {problem}"


FIXED = (
    dt.date(2024, 2, 29), dt.date(2023, 12, 31), dt.date(2024, 1, 1), dt.date(2023, 2, 28),
    dt.date(1965, 1, 1), dt.date(2100, 12, 31), dt.date(2024, 4, 30), dt.date(2000, 2, 29),
)


def test_every_article_under_each_fixed_stress_date_in_turn() -> None:
    # Deterministic complement to the property above: no article is left out.
    for number, (doc_id, text) in enumerate(articles()):
        published = FIXED[number % len(FIXED)]
        document = Document(doc_id, text, published)
        try:
            extraction = extract(document)
        except KjrelError:
            continue
        problem = extraction_problem(document, extraction)
        assert problem is None, f"{doc_id} published {published}: {problem}"
