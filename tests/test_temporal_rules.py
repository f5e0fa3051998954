"""Every temporal rule is named data with invented examples, and each example holds (issue 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from kjrel.models import Document
from kjrel.pipeline import extract
from kjrel.pipeline.temporal_lexicon import RULES, Example

EXAMPLES = [(rule.name, example) for rule in RULES for example in rule.examples]


def test_every_rule_has_a_name_and_an_example() -> None:
    names = [rule.name for rule in RULES]
    assert len(set(names)) == len(names)
    assert [rule.name for rule in RULES if not rule.examples] == []


@pytest.mark.parametrize(("name", "example"), EXAMPLES,
                         ids=[f"{n}-{i}" for i, (n, _) in enumerate(EXAMPLES)])
def test_rule_example(name: str, example: Example) -> None:
    document = Document("t", example.text, dt.date.fromisoformat(example.published))
    found = {t.text: t for t in extract(document).timexes}
    assert example.expression in found, (name, sorted(found))
    timex = found[example.expression]
    assert timex.value == example.value
    assert (timex.mod.value if timex.mod else None) == example.mod
    # the rule's own pattern matches the expression where it stands
    rule = next(r for r in RULES if r.name == name)
    start = example.text.index(example.expression)
    assert any(
        m.start() <= start < m.end() for m in rule.pattern.finditer(example.text)
    ), f"{name} does not match {example.expression!r}"
