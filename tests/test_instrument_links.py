"""Agreements that name a known instrument take its date and kind from the reference (issue 8)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from kjrel.models import Agreement, AgreementKind, AgreementStatus, Document, PartialDate, Span
from kjrel.pipeline import extract
from kjrel.pipeline.instrument_links import link_instrument, link_instruments
from kjrel.reference import default_reference

SPAN = Span("d", 0, 1)


def agreement(
    title: str,
    kind: AgreementKind = AgreementKind.TREATY,
    date: PartialDate | None = None,
    parties: tuple[str, ...] = ("JP", "KR"),
) -> Agreement:
    return Agreement(title=title, kind=kind, date=date, parties=parties,
                     status=AgreementStatus.REFERENCED, evidence=(SPAN,))


@pytest.mark.parametrize(("title", "instrument"), [
    ("the military intelligence-sharing pact", "i-2016-11-23-gsomia"),
    ("GSOMIA", "i-2016-11-23-gsomia"),
    ("the comfort-women deal", "i-2015-12-28-comfort-women"),
    ("the 1998 joint declaration", "i-1998-10-08-joint-declaration"),
    ("the Camp David Principles", "i-2023-08-18-camp-david-principles"),
])
def test_a_known_name_links(title: str, instrument: str) -> None:
    found = link_instrument(agreement(title), default_reference())
    assert found is not None and found.id == instrument


@pytest.mark.parametrize("made", [
    agreement("a fisheries deal"),  # two instruments would fit: nothing links
    agreement("GSOMIA", date=PartialDate(2019, 8)),  # another date: not this one
    agreement("GSOMIA", parties=("JP", "US")),  # other parties
    agreement("a new hydrogen partnership"),
])
def test_nothing_or_two_link_nothing(made: Agreement) -> None:
    assert link_instrument(made, default_reference()) is None


def test_a_linked_agreement_keeps_what_the_article_says() -> None:
    dated = agreement("the 2015 comfort women deal", AgreementKind.COMMITMENT, PartialDate(2015))
    named = agreement("the 1998 joint declaration", AgreementKind.COMMITMENT)
    first, second = link_instruments([dated, named], default_reference())
    # "deal" names no kind, so the record's kind is taken; the article's date stays
    assert (first.date, first.kind) == (PartialDate(2015), AgreementKind.JOINT_STATEMENT)
    # "declaration" is the article's own kind word: nothing changes, no date is added
    assert (second.date, second.kind) == (None, AgreementKind.COMMITMENT)


def test_an_article_citing_gsomia_keeps_it_undated() -> None:
    text = (
        "President Yoon Suk Yeol and Prime Minister Fumio Kishida met in Tokyo on Thursday."
        " Seoul said it would fully restore GSOMIA, the intelligence-sharing pact it had"
        " threatened to end."
    )
    found = extract(Document("g", text, dt.date(2023, 3, 17))).agreements
    cited = [(a.kind.value, a.date) for a in found if "pact" in a.title]
    assert cited == [("treaty", None)]


def test_a_cited_accord_of_the_instruments_day_links() -> None:
    cited = agreement("the Dec. 28 accord", AgreementKind.COMMITMENT, PartialDate(2015, 12, 28))
    assert link_instruments([cited], default_reference())[0].kind is AgreementKind.JOINT_STATEMENT
    agreed = Agreement(title="the Dec. 28 accord", kind=AgreementKind.COMMITMENT,
                       date=PartialDate(2015, 12, 28), parties=("JP", "KR"),
                       status=AgreementStatus.AGREED, evidence=(SPAN,))
    assert link_instrument(agreed, default_reference()) is None  # agreed that day, not cited


def test_a_date_its_own_sentence_names_is_kept_at_its_precision() -> None:
    text = (
        "The Commitment to Consult of August 2023 still binds Japan, South Korea and"
        " the United States, officials said."
    )
    found = extract(Document("c", text, dt.date(2024, 8, 18))).agreements
    assert [(a.title, str(a.date)) for a in found if "Consult" in a.title] == [
        ("Commitment to Consult", "2023-08")
    ]


def test_an_instrument_cited_by_its_month_is_the_one_of_that_month() -> None:
    """'the December 2015 agreement' of Seoul and Tokyo is the comfort-women statement,
    and a later 'comfort women deal' in the same article is the same record."""
    text = (
        "Seoul said the statue ran counter to the December 2015 agreement between South Korea"
        " and Japan. Tokyo says the comfort women deal settled the matter."
    )
    found = extract(Document("t", text, dt.date(2017, 1, 6))).agreements
    assert [(a.kind, str(a.date), len(a.evidence)) for a in found] == [
        (AgreementKind.JOINT_STATEMENT, "2015-12", 2)
    ]


def test_a_definite_reference_takes_up_the_instrument_named_before() -> None:
    """"The 1998 agreement" fits the declaration and the fisheries agreement of that year;
    after "the 1998 joint declaration" in the same article it is the declaration."""
    alone = agreement("the 1998 agreement", date=PartialDate(1998))
    assert link_instrument(alone, default_reference()) is None  # two fit
    named = agreement("the 1998 joint declaration", AgreementKind.JOINT_DECLARATION)
    # one instrument, one record: the declaration, with both records' evidence
    (merged,) = link_instruments([named, attrs.evolve(alone, evidence=(Span("d", 5, 9),))],
                                 default_reference())
    assert merged.kind is AgreementKind.JOINT_DECLARATION
    assert len(merged.evidence) == 2
    assert link_instruments([alone], default_reference())[0].kind is AgreementKind.TREATY


def test_a_course_of_action_is_not_the_instrument_it_mentions() -> None:
    """"Work for the early conclusion of RCEP" is a commitment about RCEP, not RCEP."""
    course = agreement("work for the early conclusion of RCEP", AgreementKind.COMMITMENT,
                       parties=("CN", "JP", "KR"))
    (kept,) = link_instruments([course], default_reference())
    assert (kept.kind, kept.parties) == (AgreementKind.COMMITMENT, ("CN", "JP", "KR"))
    cited = agreement("RCEP", AgreementKind.COMMITMENT, parties=("JP", "KR"))
    (linked,) = link_instruments([cited], default_reference())
    # the cited instrument takes its kind and the countries it binds
    assert linked.kind is AgreementKind.TREATY
    assert len(linked.parties) == 15
