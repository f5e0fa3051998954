"""Every declared agreement rule's example yields what the rule says it must.

The examples are invented sentences, one per linguistic phenomenon
(:data:`kjrel.pipeline.agreement_rules.RULES`); they run through the whole
pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kjrel.models import Document
from kjrel.pipeline import extract
from kjrel.pipeline.agreement_rules import RULES, AgreementRule


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_example(rule: AgreementRule) -> None:
    """The rule's own example gives exactly the (kind, status) records it declares."""
    document = Document(id=rule.name, text=rule.example,
                        published=dt.date.fromisoformat(rule.published))
    found = sorted((a.kind.value, a.status.value) for a in extract(document).agreements)
    assert found == sorted(rule.agreements)


def test_rule_names_are_unique_and_documented() -> None:
    """Each rule has a unique name, a phenomenon and a pattern in words."""
    assert len({rule.name for rule in RULES}) == len(RULES)
    assert all(rule.phenomenon and rule.looks_for and rule.example for rule in RULES)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Critics say the 2015 agreement on the comfort women issue was never accepted "
         "by the victims.", "2015 agreement on the comfort women issue"),
        ("Seoul and Tokyo inked a memorandum on supply chains on Monday.",
         "memorandum on supply chains"),
        ("The two governments signed a memorandum of understanding on working together "
         "on evacuations on Friday.", "memorandum of understanding on working together on "
         "evacuations"),
        ("The three leaders adopted a joint declaration for peace and cooperation in "
         "Northeast Asia on Sunday.", "joint declaration for peace and cooperation in "
         "Northeast Asia"),
        ("It was the first joint press statement between the two countries in 17 years.",
         "joint press statement between the two countries"),
    ],
)
def test_title_is_the_noun_phrase(sentence: str, title: str) -> None:
    """An instrument's title runs to the end of its noun phrase, not into the clause."""
    document = Document(id="t", text=sentence, published=dt.date(2024, 3, 2))
    titles = [a.title for a in extract(document).agreements if a.kind.value != "commitment"]
    assert titles == [title]
