"""Check extraction against the event paraphrase tables (tests/paraphrases/)."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

from kjrel.models import Document, Extraction, PartialDate
from kjrel.pipeline import extract

TABLES = (
    Path(__file__).parent / "paraphrases" / "events.toml",
    Path(__file__).parent / "paraphrases" / "agreements.toml",
)


def cases() -> list[dict[str, Any]]:
    """Return every case of the tables."""
    return [
        case
        for table in TABLES
        for case in tomllib.loads(table.read_text(encoding="utf-8"))["case"]
    ]


def _dated_first(wants: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # A record wanted with a date is matched before one wanted without, so
    # an undated want does not take the dated record another want needs.
    return sorted(wants, key=lambda want: want.get("date") is None)


def _overlaps(want: str | None, got: PartialDate | None) -> bool:
    if want is None:
        return True
    return got is not None and PartialDate.parse(want).overlaps(got)


def _summit_keys(extraction: Extraction) -> list[tuple[frozenset[str], PartialDate | None]]:
    return [(frozenset(s.participants), s.date) for s in extraction.summits]


def judge(case: dict[str, Any]) -> list[str]:
    """Return what differs between the case's records and the extraction (empty: all match)."""
    published = case["published"]
    if not isinstance(published, dt.date):
        published = dt.date.fromisoformat(str(published))
    extraction = extract(Document(id=case["id"], text=case["text"], published=published))
    problems: list[str] = []
    found = _summit_keys(extraction)
    for want in _dated_first(case.get("summit", [])):
        people = frozenset(want["participants"])
        match = next((k for k in found if k[0] == people and _overlaps(want.get("date"), k[1])),
                     None)
        if match is None:
            problems.append(f"missed summit {sorted(people)} {want.get('date')}")
        else:
            found.remove(match)
    problems.extend(f"spurious summit {sorted(p)} {d}" for p, d in found)
    agreements = [(a.kind.value, tuple(sorted(a.parties)), a.date) for a in extraction.agreements]
    for want in _dated_first(case.get("agreement", [])):
        key = (want["kind"], tuple(sorted(want["parties"])))
        match = next((a for a in agreements if a[:2] == key
                      and _overlaps(want.get("date"), a[2])), None)
        if match is None:
            problems.append(f"missed agreement {key} {want.get('date')}")
        else:
            agreements.remove(match)
    problems.extend(f"spurious agreement {a[:2]} {a[2]}" for a in agreements)
    return problems
