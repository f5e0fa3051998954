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
