"""Run the temporal-expression table (``tests/paraphrases/timexes.toml``) and judge each case.

Matching follows ANNOTATION.md's scoring: a found expression matches a wanted
one when their spans overlap; the value must then be exactly the wanted
string and the mod the wanted mod. A case passes when every wanted
expression is matched with its value and mod and nothing else is found.

Run as a script for the table's figures (P/R/F1 on extents, value and mod
accuracy, per class)::

    python tests/timex_kit.py
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from kjrel.models import Document, TemporalExpression
from kjrel.pipeline import extract

TABLE = Path(__file__).parent / "paraphrases" / "timexes.toml"


@cache
def cases() -> list[dict[str, Any]]:
    """Return the table's cases, each with ``spans``: the wanted (start, end) of every timex."""
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    found = data["case"]
    for case in found:
        for want in case.get("timex", []):
            want["span"] = _locate(case["text"], want["text"], want.get("occurrence", 1))
    return found


def _locate(text: str, part: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(part, start + 1)
    return start, start + len(part)


def found_timexes(case: dict[str, Any]) -> tuple[TemporalExpression, ...]:
    """Extract the case's text with its publication date; return the expressions."""
    published = case["published"]
    if not isinstance(published, dt.date):
        published = dt.date.fromisoformat(str(published))
    return extract(Document(case["id"], case["text"], published)).timexes


def _pairs(
    case: dict[str, Any], found: tuple[TemporalExpression, ...]
) -> tuple[list[tuple[dict[str, Any], TemporalExpression]], list[dict[str, Any]], list[Any]]:
    """Pair wanted and found expressions by overlapping spans (each used once)."""
    unused = list(found)
    pairs, missed = [], []
    for want in case.get("timex", []):
        start, end = want["span"]
        match = next((t for t in unused if t.span.start < end and start < t.span.end), None)
        if match is None:
            missed.append(want)
        else:
            unused.remove(match)
            pairs.append((want, match))
    return pairs, missed, unused


def judge(case: dict[str, Any]) -> list[str]:
    """Return what is wrong with the case's extraction (empty when it passes)."""
    pairs, missed, spurious = _pairs(case, found_timexes(case))
    problems = [f"missed {w['text']!r} = {w['value']}" for w in missed]
    problems += [f"spurious {t.text!r} = {t.value}" for t in spurious]
    for want, got in pairs:
        mod = got.mod.value if got.mod else None
        if got.value != want["value"] or mod != want.get("mod"):
            problems.append(
                f"{want['text']!r}: want {want['value']} {want.get('mod')}, got {got.value} {mod}"
            )
    return problems


def figures() -> dict[str, Counter[str]]:
    """Return tp/fp/fn and value/mod agreement counts, in all and per class."""
    totals: dict[str, Counter[str]] = {}
    for case in cases():
        pairs, missed, spurious = _pairs(case, found_timexes(case))
        for key in ("all", case["class"]):
            count = totals.setdefault(key, Counter())
            count["tp"] += len(pairs)
            count["fn"] += len(missed)
            count["fp"] += len(spurious)
            count["value"] += sum(got.value == want["value"] for want, got in pairs)
            count["mod"] += sum(
                (got.mod.value if got.mod else None) == want.get("mod") for want, got in pairs
            )
            count["cases"] += 1
            count["passed"] += not judge(case)
    return totals


def main() -> None:
    """Print the table's figures."""
    for key, c in sorted(figures().items(), key=lambda kv: (kv[0] != "all", kv[0])):
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        f1 = 2 * p * r / max(1e-9, p + r)
        print(f"{key:14s} cases {c['passed']:3d}/{c['cases']:3d}  F1 {f1:.3f} (P {p:.3f} R {r:.3f})"
              f"  value {c['value'] / max(1, c['tp']):.3f}  mod {c['mod'] / max(1, c['tp']):.3f}")


if __name__ == "__main__":
    main()
