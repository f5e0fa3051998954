"""Check quotes and statements against the speaker table (tests/paraphrases/speakers.toml)."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any

from kjrel.models import Document, Extraction
from kjrel.pipeline import extract

TABLE = Path(__file__).parent / "paraphrases" / "speakers.toml"


def cases() -> list[dict[str, Any]]:
    """Return every case of the table."""
    return list(tomllib.loads(TABLE.read_text(encoding="utf-8"))["case"])


def _letters(text: str | None) -> str:
    return re.sub(r"[^\w]|_|\d", "", (text or "").casefold())


def _same_speaker(want: str, got: str | None) -> bool:
    """ANNOTATION.md's name rule: case-folded letters; "" stands for null."""
    if not want:
        return got is None
    return got is not None and _letters(want) == _letters(got)


def _extract(case: dict[str, Any]) -> Extraction:
    published = case["published"]
    if not isinstance(published, dt.date):
        published = dt.date.fromisoformat(str(published))
    return extract(Document(id=case["id"], text=case["text"], published=published))


def _quote_problems(case: dict[str, Any], extraction: Extraction) -> list[str]:
    problems: list[str] = []
    found = list(extraction.quotes)
    for want in case.get("quote", []):
        head = _letters(want["starts"])
        match = next((q for q in found if _letters(q.text).startswith(head)), None)
        if match is None:
            problems.append(f"missed quote {want['starts']!r}")
            continue
        found.remove(match)
        if not _same_speaker(want["speaker"], match.speaker):
            problems.append(f"speaker of {want['starts']!r}: {match.speaker!r} not "
                            f"{want['speaker']!r}")
    problems.extend(f"spurious quote {q.text[:30]!r}" for q in found)
    return problems


def _statement_problems(case: dict[str, Any], extraction: Extraction) -> list[str]:
    problems: list[str] = []
    text = case["text"]
    found = list(extraction.statements)
    for want in case.get("statement", []):
        at = text.find(want["starts"])
        match = next((s for s in found if s.span.start <= at < s.span.end), None)
        if match is None:
            problems.append(f"missed statement {want['starts']!r}")
            continue
        found.remove(match)
        if not any(_same_speaker(w, g) for w in want["speakers"] for g in match.speakers):
            problems.append(f"speakers of statement {want['starts']!r}: "
                            f"{list(match.speakers)} not {want['speakers']}")
    problems.extend(f"spurious statement {text[s.span.start:s.span.end][:30]!r}" for s in found)
    return problems


def judge(case: dict[str, Any]) -> list[str]:
    """Return what differs between the case's quotes and statements and the extraction."""
    extraction = _extract(case)
    return _quote_problems(case, extraction) + _statement_problems(case, extraction)
