"""Tests of stage 8, agreements and commitments (:mod:`kjrel.pipeline.agreements`)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from eventkit import run_events
from kjrel.annotation import load_annotation, score, to_annotation
from kjrel.models import Agreement, AgreementKind, AgreementStatus, Document, PartialDate
from kjrel.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
FRIDAY = dt.date(2024, 3, 15)
SUMMIT = "Yoon Suk Yeol and Fumio Kishida held a summit in Busan on Thursday. "
THURSDAY = (("Thursday", "2024-03-14"),)


def _agreements_in(text: str, published: dt.date) -> tuple[Agreement, ...]:
    """Return the agreements the whole pipeline finds in ``text`` published on ``published``."""
    return extract(Document(id="t", text=text, published=published)).agreements


def _agreements(text: str, timexes=THURSDAY, published: dt.date = FRIDAY):
    _summits, agreements, _claims = run_events(text, published, timexes)
    return agreements


def test_signed_mou_with_later_references() -> None:
    """A memorandum signed at the summit is one signed record; 'The MOU ...' is evidence."""
    found = _agreements(
        SUMMIT + "During the summit, the two sides signed a memorandum of understanding (MOU)"
        " on disaster relief. The MOU aims to speed up aid. The agreement, of five articles,"
        " takes effect at once."
    )
    assert len(found) == 1
    mou = found[0]
    assert mou.kind is AgreementKind.MOU
    assert mou.status is AgreementStatus.SIGNED
    assert mou.parties == ("JP", "KR")
    assert mou.date == PartialDate(2024, 3, 14)
    assert len(mou.evidence) == 3


def test_generic_signed_agreement_folds_into_the_named_memorandum() -> None:
    """'signed an agreement to ...' and the memorandum signed that day are one instrument."""
    found = _agreements(
        SUMMIT + "The two sides signed an agreement to cooperate on flood warnings. Officials"
        " said the summit produced a memorandum of cooperation on flood warnings, signed by"
        " the two foreign ministers."
    )
    assert [a.kind for a in found] == [AgreementKind.MOU]


def test_joint_statement_of_a_background_trilateral() -> None:
    """A joint statement of an earlier trilateral takes its date and three parties."""
    found = _agreements(
        "Fumio Kishida and Yoon Suk Yeol held a summit near Washington last August with U.S."
        " President Joe Biden. In a joint statement, they pledged to share radar data.",
        (("last August", "2023-08"),),
    )
    assert len(found) == 1
    statement = found[0]
    assert statement.kind is AgreementKind.JOINT_STATEMENT
    assert statement.parties == ("JP", "KR", "US")
    assert statement.date == PartialDate(2023, 8)
    assert statement.status is AgreementStatus.REFERENCED


@pytest.mark.parametrize(
    ("sentence", "kind", "year"),
    [
        ("Tokyo says the matter was settled under an agreement signed in 1965.",
         AgreementKind.TREATY, 1965),
        ("Kishida upheld the 1998 Japan-Korea Joint Declaration.",
         AgreementKind.JOINT_DECLARATION, 1998),
        ("Japan cites the 1965 Treaty on Basic Relations.", AgreementKind.TREATY, 1965),
        ("Seoul had questioned the 2015 agreement on the comfort women issue.",
         AgreementKind.JOINT_STATEMENT, 2015),
    ],
)
def test_old_instruments_are_referenced_with_their_year(
    sentence: str, kind: AgreementKind, year: int
) -> None:
    """Old instruments named with a year are referenced records dated by that year."""
    found = _agreements(SUMMIT + sentence)
    assert [(a.kind, a.date, a.status, a.parties) for a in found] == [
        (kind, PartialDate(year), AgreementStatus.REFERENCED, ("JP", "KR"))
    ]


def test_named_declaration_of_a_background_meeting() -> None:
    """'the 2002 Pyongyang Declaration signed by Koizumi and Kim Jong Il' is that meeting's."""
    found = _agreements(
        SUMMIT + "Japan cites the 2002 Pyongyang Declaration signed by Junichiro Koizumi and"
        " Kim Jong Il.",
        (*THURSDAY, ("2002", "2002")),
    )
    assert [(a.kind, a.date, a.parties, a.status) for a in found] == [
        (AgreementKind.JOINT_DECLARATION, PartialDate(2002), ("JP", "KP"),
         AgreementStatus.REFERENCED)
    ]


def test_gsomia_without_a_year_is_undated() -> None:
    """GSOMIA named without a year is a referenced treaty with no date."""
    found = _agreements(
        SUMMIT + "Seoul once moved to end GSOMIA, the military intelligence-sharing pact."
    )
    assert [(a.kind, a.date, a.status) for a in found] == [
        (AgreementKind.TREATY, None, AgreementStatus.REFERENCED)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders agreed to resume shuttle diplomacy.",
        "Yoon and Kishida agreed Thursday to launch a hotline between their offices.",
        "The two sides promised to explore ways to simplify visa procedures.",
        "They confirmed their commitment to collaborating on evacuating citizens abroad.",
    ],
)
def test_commitments_of_the_summit(sentence: str) -> None:
    """Joint commitments at the summit are agreed commitments dated by the summit."""
    found = _agreements(SUMMIT + sentence)
    assert [(a.kind, a.status, a.date, a.parties) for a in found] == [
        (AgreementKind.COMMITMENT, AgreementStatus.AGREED, PartialDate(2024, 3, 14), ("JP", "KR"))
    ]


def test_counted_pair_after_a_trilateral_binds_only_the_pair() -> None:
    """'The two agreed' after a meeting of three binds the pair the plural stands for."""
    found = _agreements(
        "Yoon Suk Yeol, Fumio Kishida and Li Qiang held a trilateral summit in Busan on"
        " Thursday. Yoon and Li also spoke about fishing in the Yellow Sea. The two agreed to"
        " reopen talks on fisheries quotas."
    )
    assert [a.parties for a in found if a.kind is AgreementKind.COMMITMENT] == [("CN", "KR")]


def test_two_commitments_in_one_sentence() -> None:
    """Two commitments joined by 'and confirmed' are two records."""
    found = _agreements(
        SUMMIT + "Kishida and Yoon agreed to start talks on visa procedures and confirmed"
        " their commitment to joint evacuation drills."
    )
    assert len(found) == 2


def test_named_commitment_is_not_counted_twice() -> None:
    """'agreed to a "duty to consult"' is the named commitment, once."""
    found = _agreements(
        "Joe Biden, Fumio Kishida and Yoon Suk Yeol met at Camp David on Thursday, where they"
        " agreed to a 'duty to consult' in a crisis and to hold annual trilateral summits."
    )
    assert sorted(a.title for a in found) == ["duty to consult", "hold annual trilateral summits"]
    assert all(a.parties == ("JP", "KR", "US") for a in found)


def test_reached_accord_is_an_agreed_commitment() -> None:
    """'reached an agreement Monday to ...' is an agreement without a signed text."""
    found = _agreements(
        "South Korea and Japan reached an agreement on Thursday to settle a long dispute.",
    )
    assert [(a.kind, a.status, a.date) for a in found] == [
        (AgreementKind.COMMITMENT, AgreementStatus.AGREED, PartialDate(2024, 3, 14))
    ]


def test_expected_agreement_is_proposed() -> None:
    """An agreement still expected is proposed."""
    found = _agreements(SUMMIT + "The two leaders are expected to agree to open a hotline.")
    assert [a.status for a in found] == [AgreementStatus.PROPOSED]


@pytest.mark.parametrize(
    "sentence",
    [
        "They reaffirmed their commitment to strengthening bilateral ties.",
        "They also discussed security, affirming their intention to continue working together.",
        "Seoul and Tokyo both removed trade restrictions.",
        "Yoon announced a plan to compensate the victims with a public fund.",
        "The two leaders agreed to work together closely.",
        "The leaders pledged to advance new areas of cooperation.",
        "I am committed to the stance of previous cabinets.",
        "Samsung and Toyota agreed to build a battery plant in Ohio.",
    ],
)
def test_reaffirmations_and_unilateral_acts_are_not_agreements(sentence: str) -> None:
    """General reaffirmations, unilateral acts and first-person stances are not agreements."""
    assert _agreements(SUMMIT + sentence) == ()


def test_commitment_inside_a_joint_statement_sentence_belongs_to_it() -> None:
    """'In a joint statement, they pledged to ...' is the statement, not also a commitment."""
    found = _agreements(SUMMIT + "In a joint statement, they pledged to open a hotline.")
    assert [a.kind for a in found] == [AgreementKind.JOINT_STATEMENT]


def _seed(name: str) -> Document:
    raw = (ROOT / "seeds" / f"{name}.txt").read_bytes()
    return Document(
        name, raw.decode("utf-8"), dt.date(2024, 9, 7), sha256=hashlib.sha256(raw).hexdigest()
    )


@pytest.mark.parametrize("name", ["000_0e3f6676d6eabf8a", "001_eec9fc47c71d9934"])
def test_seed_agreements_match_gold(name: str) -> None:
    """The full pipeline finds the seed agreements (F1 >= 0.9 by ANNOTATION.md's rule)."""
    gold = load_annotation(ROOT / "tests" / "gold" / "seeds" / f"{name}.json")
    scores = score(gold, to_annotation(extract(_seed(name))))
    assert scores.agreements.f1 >= 0.9


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Both cited the 1998 Japan-South Korea Joint Declaration as a model.", "1998"),
        ("Both praised the spirit of the 1998 Kim Dae-jung-Obuchi declaration.", "Obuchi"),
    ],
)
def test_the_1998_declaration_in_its_written_forms(sentence: str, title: str) -> None:
    """Spellings of the 1998 declaration are that declaration, referenced, not the meeting's."""
    found = [
        a for a in _agreements(SUMMIT + sentence) if a.kind is AgreementKind.JOINT_DECLARATION
    ]
    assert len(found) == 1 and title in found[0].title
    assert found[0].status is AgreementStatus.REFERENCED
    assert found[0].date in (None, PartialDate(1998))


def test_currency_swap_arrangement_is_a_memorandum_between_the_two() -> None:
    """A currency swap arrangement is an arrangement between two governments (kind mou)."""
    found = _agreements(
        SUMMIT + "The two governments restored a $5 billion currency swap arrangement in May.",
        (("Thursday", "2024-03-14"), ("May", "2023-05")),
    )
    assert [(a.kind, a.parties) for a in found] == [(AgreementKind.MOU, ("JP", "KR"))]


def test_instrument_that_was_not_issued_is_no_record() -> None:
    """'They did not issue a joint statement' denies the statement."""
    assert _agreements(SUMMIT + "They did not issue a joint statement.") == ()


def test_refusing_to_accept_an_agreement_still_names_it() -> None:
    """'could not accept the 2015 agreement on the comfort women' still refers to it."""
    found = _agreements(
        SUMMIT + "Yoon said many voters could not accept the 2015 agreement on the comfort"
        " women issue."
    )
    assert [a.kind for a in found] == [AgreementKind.JOINT_STATEMENT]


def test_bare_definite_treaty_is_the_treaty_named_before() -> None:
    """'the treaty' with no words of its own is the treaty the article named before."""
    found = _agreements(
        SUMMIT + "Japan says the claims were settled by a 1965 treaty. A court in Seoul ruled"
        " that the right to damages was not extinguished by the treaty."
    )
    assert len(found) == 1
    assert len(found[0].evidence) == 2


def test_general_course_after_agreed_that_is_no_commitment() -> None:
    """'agreed that their governments would step up cooperation' is too general."""
    assert _agreements(
        SUMMIT + "The two leaders agreed that their governments would step up cooperation."
    ) == ()


def test_cooperation_named_with_its_field_is_a_commitment() -> None:
    """'... step up cooperation on North Korea' is a course of action (ANNOTATION.md)."""
    found = _agreements(
        SUMMIT + "The two leaders agreed that their governments would step up cooperation on"
        " North Korea."
    )
    assert [a.kind for a in found] == [AgreementKind.COMMITMENT]


def test_a_headline_commitment_is_the_lead_told_again() -> None:
    """A commitment in the headline line is not a record of its own."""
    found = _agreements(
        "Yoon and Kishida agree to continue shuttle diplomacy\n"
        "Yoon Suk Yeol and Fumio Kishida agreed on Thursday in Busan to keep up reciprocal"
        " visits by their leaders."
    )
    assert [a.kind for a in found] == [AgreementKind.COMMITMENT]
    assert "reciprocal" in found[0].title


def test_2015_deal_named_by_its_subject() -> None:
    """'the 2015 deal on women forced into military brothels' is the 2015 accord."""
    found = _agreements(
        SUMMIT + "Seoul said the 2015 deal on women forced into Japanese military brothels"
        " had failed."
    )
    assert [a.kind for a in found] == [AgreementKind.JOINT_STATEMENT]


def test_leaders_with_a_lowercase_adjective_are_a_plural_subject() -> None:
    """'Moon and new Japanese Prime Minister Suga agreed' is a joint subject."""
    found = _agreements(
        "President Yoon Suk Yeol and new Japanese Prime Minister Fumio Kishida agreed"
        " Thursday to speed up visa procedures for students."
    )
    assert [a.kind for a in found] == [AgreementKind.COMMITMENT]


def test_maintaining_a_practice_is_a_commitment_but_maintaining_ties_is_not() -> None:
    """'maintain regular visits' is an agreed course; 'maintain close ties' is general."""
    found = _agreements(SUMMIT + "The two leaders agreed to maintain regular visits.")
    assert [a.kind for a in found] == [AgreementKind.COMMITMENT]
    assert _agreements(SUMMIT + "The two leaders agreed to maintain close ties.") == ()


def test_announcing_the_creation_of_a_body_is_a_commitment() -> None:
    """'The three leaders announced the creation of a secretariat' is an agreed course."""
    found = _agreements(
        SUMMIT + "The two leaders announced the creation of a joint secretariat in Busan."
    )
    assert [a.kind for a in found] == [AgreementKind.COMMITMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders agreed to hold their next summit in Tokyo.",
        "They agreed to meet again soon.",
    ],
)
def test_scheduling_a_meeting_is_no_commitment(sentence: str) -> None:
    """Agreeing to hold a particular meeting is scheduling, not an agreed course of action."""
    assert _agreements(SUMMIT + sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        ("Korea agreed with Indonesia to open free trade talks.", [("ID", "KR")]),
        ("Korea also agreed with Indonesia and, separately, with Malaysia to open free trade"
         " talks.", [("ID", "KR"), ("KR", "MY")]),
    ],
)
def test_a_commitment_made_with_partners_binds_the_subject_and_each(
    sentence: str, parties: list[tuple[str, ...]]
) -> None:
    """"A agreed with B to ...": A and B; "with B and, separately, with C": A-B and A-C."""
    found = _agreements(SUMMIT + sentence)
    assert [a.parties for a in found if a.title == "open free trade talks"] == parties


def test_a_commitment_in_a_conjunct_of_a_when_clause_takes_the_time_it_hangs_on() -> None:
    """"April 2008, when Lee visited Japan and agreed with Fukuda to ...": April 2008."""
    text = (
        "Lee Jae-myung and Shigeru Ishiba met in Tokyo on Saturday. The last such document dates"
        " to April 2008, when Lee Myung-bak visited Japan and agreed with Prime Minister Yasuo"
        " Fukuda to double the working holiday program."
    )
    found = extract(Document("when", text, dt.date(2025, 8, 24))).agreements
    dated = [(a.title, str(a.date)) for a in found if "working holiday" in a.title]
    assert dated == [("double the working holiday program", "2008-04")]


def test_a_document_that_commits_the_governments_to_courses_gives_each_course() -> None:
    """"Their joint statement commits the two countries to A and to B": two commitments."""
    found = _agreements(SUMMIT + "Their joint statement commits the two countries to reopen the"
                        " ferry line and to expand youth exchanges.")
    courses = [a for a in found if a.kind is AgreementKind.COMMITMENT]
    assert [(a.title, a.parties) for a in courses] == [
        ("reopen the ferry line", ("JP", "KR")), ("expand youth exchanges", ("JP", "KR"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders agreed to meet again at an early date.",
        "They agreed to meet whenever the chance arises.",
        "The two leaders agreed to strengthen communication between their governments.",
        "They agreed to work closely so that the region sees the benefits.",
        "They agreed to deepen their partnership for a stable region.",
        "They agreed to further develop relations as the two countries prepare to mark the"
        " anniversary.",
        # a way of working is as general as its purpose
        "They agreed to work together to lift bilateral trade to $30 billion by 2030.",
        # or the framework it works within
        "They agreed to keep working together within the Quad framework.",
    ],
)
def test_a_qualified_general_course_is_a_commitment(sentence: str) -> None:
    """A general course with a purpose, partners, setting or open time is a course of action."""
    assert [a.kind for a in _agreements(SUMMIT + sentence)] == [AgreementKind.COMMITMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "They agreed to keep improving relations between their countries.",
        "They agreed to keep up the momentum of improved ties.",
        "They agreed to work together closely.",
        "They agreed to work together to strengthen ties.",
    ],
)
def test_a_bare_relationship_is_no_commitment(sentence: str) -> None:
    """The relationship itself, with its partners or momentum, is a mood, not a course."""
    assert _agreements(SUMMIT + sentence) == ()


def test_a_standing_practice_of_meetings_is_a_commitment() -> None:
    """'hold a summit every year' is a standing practice, a commitment."""
    found = _agreements(SUMMIT + "The two leaders agreed to hold a summit every year.")
    assert [a.kind for a in found] == [AgreementKind.COMMITMENT]


def test_commitment_under_a_named_accord_belongs_to_it() -> None:
    """'Under the accord, Japan agreed to ...' is part of the accord, not a commitment."""
    found = _agreements(
        SUMMIT + "Under the 2015 accord, reached by Park Geun-hye and Shinzo Abe, Japan agreed"
        " to fund a foundation for the victims."
    )
    assert AgreementKind.COMMITMENT not in [
        a.kind for a in found if "fund" in a.title
    ]


def test_a_list_of_agreed_actions_is_one_commitment_each() -> None:
    """'agreed to set up X, hold Y and activate Z' gives three commitments."""
    found = _agreements(
        SUMMIT + "The two leaders agreed to set up a hotline, hold annual drills and fully"
        " activate a data link by the end of the year."
    )
    assert len(found) == 3
    assert all(a.kind is AgreementKind.COMMITMENT for a in found)


def test_a_background_meeting_named_after_the_verb_does_not_date_the_commitment() -> None:
    """'..., first agreed when they met in Phnom Penh in 2022': the reported meeting's."""
    found = _agreements(
        "Joe Biden, Yoon Suk Yeol and Fumio Kishida held a trilateral summit at Camp David on"
        " Friday. The three also agreed to set up a crisis hotline and to share missile data,"
        " first agreed when they met in Phnom Penh in November 2022.",
        (("Friday", "2023-08-18"), ("November 2022", "2022-11")),
        dt.date(2023, 8, 19),
    )
    assert {str(a.date) for a in found if "hotline" in a.title} == {"2023-08-18"}


def test_an_accord_named_by_its_date_is_a_commitment_of_that_day() -> None:
    """'the Dec. 28 accord' is an accord reached without a text, dated by its own words."""
    found = _agreements(
        "Seoul urged Tokyo on Thursday to respect the Dec. 28 accord on the victims.",
        (("Thursday", "2016-01-07"), ("Dec. 28", "2015-12-28")),
        dt.date(2016, 1, 8),
    )
    assert [(a.kind, str(a.date), a.status) for a in found] == [
        (AgreementKind.COMMITMENT, "2015-12-28", AgreementStatus.REFERENCED)
    ]


def test_a_deal_reached_in_a_month_between_the_named_capitals() -> None:
    """'a tariff deal reached in July' between 'Seoul and Washington' binds those two."""
    found = _agreements(
        SUMMIT + "Seoul and Washington said they had settled a tariff deal reached in July.",
        (("Thursday", "2024-03-14"), ("July", "2023-07")),
    )
    deals = [a for a in found if "deal" in a.title]
    assert [(a.kind, a.parties, str(a.date)) for a in deals] == [
        (AgreementKind.COMMITMENT, ("KR", "US"), "2023-07")
    ]


def test_a_dated_commitment_outside_the_only_old_meeting_keeps_its_own_date() -> None:
    """'agreed Thursday to ...' in a phone-call story is not the old meeting's commitment."""
    found = _agreements(
        "Yoon Suk Yeol and Fumio Kishida agreed Thursday to speed up visa procedures, in"
        " their first phone call. They last met in Seoul in May 2023.",
        (("Thursday", "2024-03-14"), ("May 2023", "2023-05")),
    )
    assert [(str(a.date), a.status) for a in found] == [("2024-03-14", AgreementStatus.AGREED)]


def test_agreed_that_a_body_would_hold_its_first_meeting_is_scheduling() -> None:
    """'agreed that the new body would hold its first meeting' schedules a meeting."""
    assert _agreements(
        SUMMIT + "They agreed that the new joint consultative body would hold its first"
        " meeting in May."
    ) == ()


def test_a_planned_meeting_does_not_date_a_commitment_already_agreed() -> None:
    """A commitment agreed on its own date is not the planned meeting's."""
    found = _agreements(
        "Yoon Suk Yeol and Fumio Kishida agreed Thursday to speed up visa procedures, in"
        " their first phone call. Korea is due to host the next trilateral summit with China"
        " and Japan later this year.",
        (("Thursday", "2024-03-14"), ("later this year", "2024")),
    )
    assert [(str(a.date), a.parties) for a in found] == [("2024-03-14", ("JP", "KR"))]


def test_a_company_deal_reached_in_a_month_is_no_agreement() -> None:
    """'its chip deal, reached in July' binds no governments."""
    assert _agreements(
        SUMMIT + "Samsung said its chip deal, reached in July, would stand.",
        (("Thursday", "2024-03-14"), ("July", "2023-07")),
    ) == ()


def test_a_described_pact_signed_on_a_reported_day_is_the_named_instrument() -> None:
    """'signed a pact to share military intelligence' on a reported day, then 'signed the
    General Security of Military Information Agreement': one signed record of that day,
    even when the article's only summit is an old one."""
    found = _agreements(
        "Seoul and Tokyo on Tuesday signed a pact to share military intelligence on missile"
        " launches. Officials of both sides signed the General Security of Military"
        " Information Agreement in a closed ceremony. Park Geun-hye and Shinzo Abe had met"
        " in Seoul in November 2015.",
        (("Tuesday", "2016-11-22"), ("November 2015", "2015-11")),
        dt.date(2016, 11, 23),
    )
    treaties = [a for a in found if a.kind is AgreementKind.TREATY]
    assert len(treaties) == 1
    assert treaties[0].date == PartialDate(2016, 11, 22)
    assert treaties[0].status is AgreementStatus.SIGNED
    assert treaties[0].parties == ("JP", "KR")


def test_a_2015_deal_to_help_comfort_women_is_the_2015_accord() -> None:
    """'a fund set up under a 2015 deal to help former "comfort women"' cites the accord."""
    found = _agreements(
        SUMMIT + 'Yoon mentioned a fund set up under a 2015 deal to help former "comfort'
        ' women," aides said.',
    )
    cited = [a for a in found if a.kind is AgreementKind.JOINT_STATEMENT and a.date is not None
             and a.date.year == 2015]
    assert len(cited) == 1
    assert cited[0].parties == ("JP", "KR")
    assert cited[0].status is AgreementStatus.REFERENCED


def test_an_instrument_to_be_pursued_is_no_record() -> None:
    """'a pledge to pursue a free trade agreement' concludes no treaty."""
    found = _agreements(
        SUMMIT + "The two sides adopted a plan that includes a pledge to pursue a bilateral"
        " free trade agreement.",
    )
    assert all(a.kind is not AgreementKind.TREATY for a in found)


def test_a_joint_press_release_of_a_when_clause_takes_its_date() -> None:
    """'visited Seoul on June 2, when the two sides issued a joint press release' is a
    joint statement of June 2, cited in a later report."""
    found = _agreements(
        SUMMIT + "Kishida visited Seoul on June 2, when the two sides issued a joint press"
        " release on energy, and Yoon went to Osaka on Dec. 9.",
        (("Thursday", "2024-03-14"), ("June 2", "2023-06-02"), ("Dec. 9", "2023-12-09")),
    )
    releases = [a for a in found if a.kind is AgreementKind.JOINT_STATEMENT]
    assert [(a.date, a.status) for a in releases] == [
        (PartialDate(2023, 6, 2), AgreementStatus.REFERENCED)
    ]


def test_a_1998_declaration_without_joint_is_the_1998_declaration() -> None:
    """'a 1998 declaration in which Japan apologized' cites the Kim-Obuchi declaration."""
    found = _agreements(
        SUMMIT + "Kishida said he upheld a 1998 declaration in which Japan apologized.",
    )
    cited = [a for a in found if a.kind is AgreementKind.JOINT_DECLARATION]
    assert [(a.date, a.parties) for a in cited] == [(PartialDate(1998), ("JP", "KR"))]


def test_a_pledge_under_which_belongs_to_the_instrument() -> None:
    """'signed a joint declaration under which the North pledged to ...' is no separate
    commitment."""
    found = _agreements(
        SUMMIT + "Moon Jae-in met Kim Jong Un in Pyongyang last week, where the two Koreas"
        " signed a joint declaration under which the North pledged to close a test site.",
        (("Thursday", "2024-03-14"), ("last week", "2024-W10")),
    )
    assert all(a.kind is not AgreementKind.COMMITMENT for a in found)


def test_a_commitment_retold_in_synonyms_is_one_record() -> None:
    """'agreed to speed up negotiations on X' and later 'agreed to accelerate talks toward
    an early deal on X' are the same commitment."""
    found = _agreements(
        SUMMIT + "The two leaders agreed to speed up negotiations on a fisheries accord."
        " Officials said the two sides agreed to accelerate talks toward an early deal on"
        " fisheries.",
    )
    commitments = [a for a in found if a.kind is AgreementKind.COMMITMENT]
    assert len(commitments) == 1


def test_stepping_up_security_cooperation_is_a_commitment() -> None:
    """'agreed to step up security cooperation' names a domain; 'to strengthen ties' does
    not."""
    found = _agreements(
        SUMMIT + "The two leaders agreed to step up security cooperation with the United"
        " States. They also agreed to strengthen ties.",
    )
    titles = [a.title for a in found if a.kind is AgreementKind.COMMITMENT]
    assert len(titles) == 1
    assert "security cooperation" in titles[0]


def test_a_document_the_leaders_adopted_is_a_joint_statement() -> None:
    """'the leaders adopted a document setting out ...' at the summit is a joint statement
    the summit adopted."""
    found = _agreements(
        SUMMIT + "The two leaders adopted a document setting out goals for the next decade.",
    )
    statements = [a for a in found if a.kind is AgreementKind.JOINT_STATEMENT]
    assert [(a.date, a.status) for a in statements] == [
        (PartialDate(2024, 3, 14), AgreementStatus.AGREED)
    ]


def test_a_proposed_joint_course_is_a_proposal() -> None:
    """'proposed that the two countries jointly study ...' is a proposed commitment."""
    found = _agreements(
        SUMMIT + "Yoon proposed on Thursday that the two countries jointly study easing"
        " border checks."
    )
    assert [(a.kind, a.status) for a in found] == [
        (AgreementKind.COMMITMENT, AgreementStatus.PROPOSED)
    ]


def test_non_government_makers_make_no_agreement() -> None:
    """What cities or universities sign is no agreement between governments."""
    assert _agreements(
        "The cities of Busan and Fukuoka signed an agreement on Tuesday to offer a joint"
        " tourism pass.",
        (),
    ) == ()


def test_an_instrument_signed_in_a_relative_clause_takes_its_date() -> None:
    """'the agreement the two countries signed in November 2016' is dated 2016-11."""
    found = _agreements(
        "Japan protested over Seoul's decision to leave the intelligence-sharing agreement"
        " the two countries signed in November 2016.",
        (("November 2016", "2016-11"),),
    )
    assert [(a.kind, str(a.date), a.status) for a in found] == [
        (AgreementKind.TREATY, "2016-11", AgreementStatus.REFERENCED)
    ]


def test_a_field_after_a_parenthetical_makes_cooperation_a_commitment() -> None:
    """'work closely together, and with the United States, in responding to ...' is a course."""
    text = (
        "Prime Minister Fumio Kishida and President Yoon Suk Yeol met in Hiroshima on Sunday"
        " and agreed to work closely together, and with Washington, in countering"
        " North Korea's threats."
    )
    found = extract(Document("p", text, dt.date(2023, 5, 22))).agreements
    assert [(a.kind.value, sorted(a.parties)) for a in found] == [("commitment", ["JP", "KR"])]
    assert found[0].title.startswith("work closely together")
    assert "countering North Korea" in found[0].title


def test_a_colon_after_agreed_opens_a_list_of_courses() -> None:
    """'agreed:' then dashed or numbered items: one commitment per item."""
    found = _agreements(
        SUMMIT + "The two leaders agreed:\n- to open talks on a fisheries accord;\n"
        "(2) to hold a youth exchange festival in Busan;\nBoth sides praised the talks."
    )
    assert sorted(a.title for a in found if a.kind is AgreementKind.COMMITMENT) == [
        "hold a youth exchange festival in Busan", "open talks on a fisheries accord"
    ]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The two sides will also set up a hotline between their coast guards.", 1),
        ("The two countries will hold talks on the issue next month.", 0),
        ("The two governments will not resume the fisheries talks.", 0),
    ],
)
def test_governments_joint_future_action_is_a_commitment(sentence: str, count: int) -> None:
    """'The two sides will set up X' is agreed; talks to come and negated acts are not."""
    found = _agreements(SUMMIT + sentence)
    assert len([a for a in found if a.kind is AgreementKind.COMMITMENT]) == count


def test_a_generic_signing_dates_the_named_instrument_it_is() -> None:
    """'signed an agreement on Wednesday to share military intelligence' is the
    'military intelligence pact' named after it: one signed record, dated."""
    found = _agreements(
        "South Korea and Japan signed an agreement on Wednesday to share military intelligence"
        " directly. Officials said the military intelligence pact took effect at once.",
        (("Wednesday", "2016-11-23"),),
        dt.date(2016, 11, 23),
    )
    assert [(a.kind, a.status, str(a.date)) for a in found] == [
        (AgreementKind.TREATY, AgreementStatus.SIGNED, "2016-11-23")
    ]


def test_a_signing_clause_dates_a_known_treaty_and_the_headline_noun_is_it() -> None:
    """'Sixty years ago today, the ministers signed the Treaty on Basic Relations' under a
    headline 'Sixty years after the treaty': one referenced treaty of 1965-06-22."""
    text = (
        "Sixty years after the treaty, the neighbours still need summits\n"
        "Sixty years ago today, in Tokyo, the foreign ministers of Japan and South Korea signed"
        " the Treaty on Basic Relations. Lee Jae-myung and Shigeru Ishiba met in Kananaskis on"
        " Tuesday."
    )
    found = extract(Document("t", text, dt.date(2025, 6, 22))).agreements
    assert [(a.kind, a.status, str(a.date)) for a in found] == [
        (AgreementKind.TREATY, AgreementStatus.REFERENCED, "1965-06-22")
    ]


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        ("The two leaders confirmed that the two countries will continue to coordinate closely"
         " at the United Nations.", 1),
        ("The two leaders concurred on cooperating toward an Indo-Pacific that is free and open.",
         1),
        ("The two sides also agreed to strengthen cooperation on chip supply chains and to"
         " expand exchanges among young people.", 2),
    ],
)
def test_readout_forms_of_a_commitment(sentence: str, titles: int) -> None:
    """Readouts' 'confirmed that ... will', 'concurred on', and a course with its group."""
    found = _agreements(SUMMIT + sentence)
    assert len([a for a in found if a.kind is AgreementKind.COMMITMENT]) == titles


def test_one_course_told_three_ways_is_one_commitment() -> None:
    """'speed up negotiations', 'step up the talks', 'have their diplomats pick up the pace'."""
    found = _agreements(
        SUMMIT + "They agreed to speed up negotiations over the fisheries dispute. The two"
        " leaders agreed to step up the talks so that a deal can be reached soon. Both agreed"
        " to have their diplomats pick up the pace."
    )
    assert len([a for a in found if a.kind is AgreementKind.COMMITMENT]) == 1


def test_a_minister_and_his_counterpart_of_another_country_agree_jointly() -> None:
    """'Kishida and his South Korean counterpart, Yun, agreed to ...' binds both countries."""
    found = _agreements(
        "Foreign Minister Fumio Kishida and his South Korean counterpart, Yun Byung-se, spoke"
        " by phone on Thursday and agreed to seek a strong response from the U.N. Security"
        " Council."
    )
    assert [a.parties for a in found] == [("JP", "KR")]


def test_a_titled_statement_is_a_joint_statement() -> None:
    """'issued the "Phnom Penh Statement on Trilateral Partnership"' is a joint statement."""
    found = _agreements(
        "Joe Biden, Fumio Kishida and Yoon Suk Yeol met in Phnom Penh on Thursday and issued"
        ' the "Phnom Penh Statement on Trilateral Partnership for the Indo-Pacific."'
    )
    assert [(a.kind, a.parties) for a in found] == [
        (AgreementKind.JOINT_STATEMENT, ("JP", "KR", "US"))
    ]


def test_a_proposed_list_of_courses_is_one_proposal_each() -> None:
    """'proposed expanding X, simplifying Y and recognising Z, according to his office'."""
    found = _agreements(
        SUMMIT + "Yoon also proposed expanding youth exchanges, simplifying immigration"
        " procedures for travellers and recognising each other's qualifications, according to"
        " his office."
    )
    assert sorted(a.title for a in found if a.status is AgreementStatus.PROPOSED) == [
        "expanding youth exchanges",
        "recognising each other's qualifications",
        "simplifying immigration procedures for travellers",
    ]


def test_they_after_a_background_meeting_agreed_at_that_meeting() -> None:
    """'They agree ...' right after a background meeting is that meeting's commitment."""
    text = (
        "Yoon Suk Yeol and Fumio Kishida met in Seoul on Friday.\n"
        "In April 2008 Lee Myung-bak sat down with Yasuo Fukuda in Tokyo. They agreed to "
        "revive the reciprocal visits."
    )
    found = _agreements_in(text, dt.date(2024, 9, 7))
    assert [(a.kind.value, str(a.date), a.status.value) for a in found] == [
        ("commitment", "2008-04", "referenced")
    ]


def test_a_timeline_entrys_commitment_is_that_entrys_meeting() -> None:
    """'The leaders agree ...' under a dated timeline entry is that meeting's, not today's."""
    text = (
        "Lee Jae-myung will meet Shigeru Ishiba in Tokyo on Saturday.\n\n"
        "Dec. 17, 2004 - Ibusuki\n"
        "Roh Moo-hyun makes the return trip to Japan. The leaders agree to consider doubling "
        "daily flights between the two capitals.\n"
    )
    found = _agreements_in(text, dt.date(2025, 8, 22))
    assert [(a.kind.value, str(a.date), a.status.value) for a in found] == [
        ("commitment", "2004-12-17", "referenced")
    ]


def test_a_commitment_of_the_reported_exchange_takes_the_report_day() -> None:
    """Agreed at no summit and undated in its sentence: the day the lead reports."""
    text = ("SEOUL, Feb. 25 (Wire) -- President Park Geun-hye received Japanese Deputy Prime "
            "Minister Taro Aso at Cheong Wa Dae on Monday. The two sides agreed to launch a joint "
            "study group on history textbooks, according to the presidential office.")
    found = _agreements_in(text, dt.date(2013, 2, 26))
    assert [(a.kind.value, str(a.date)) for a in found] == [("commitment", "2013-02-25")]


def test_an_abbreviation_does_not_cut_a_course_title() -> None:
    """'with the U.S. while ...' keeps its words past the abbreviation's periods."""
    document = Document(
        "abbr",
        "Lee Jae-myung and Shigeru Ishiba met in Kananaskis on Tuesday and agreed to step up "
        "security cooperation with the U.S. while deepening their own ties.",
        dt.date(2025, 6, 18),
    )
    titles = [a.title for a in extract(document).agreements]
    assert titles == ["step up security cooperation with the U.S. while deepening their own ties"]


def test_a_that_clause_with_a_list_of_names_as_its_subject_is_one_course() -> None:
    """'confirmed that Tokyo, Seoul and Washington would keep coordinating ...': the commas
    of the subject's list do not end the course."""
    found = _agreements(
        SUMMIT + "The leaders confirmed that Tokyo, Seoul and Washington would keep"
        " coordinating closely on North Korea."
    )
    assert [a.title for a in found] == [
        "Tokyo, Seoul and Washington would keep coordinating closely on North Korea"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit produced an agreement to expand the working-holiday program.",
        "The two leaders made a pledge to resume security talks.",
        "The leaders' agreement to launch a hotline was the main outcome.",
    ],
)
def test_a_commitment_noun_with_an_infinitive_is_a_commitment(sentence: str) -> None:
    """Nominalisation: 'an agreement to ...', 'a pledge to ...' made by both sides."""
    assert [a.kind for a in _agreements(SUMMIT + sentence)] == [AgreementKind.COMMITMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's pledge to raise defence spending worried Seoul.",
        "There was no agreement to resume flights.",
        "Seoul hopes for a deal to resume flights.",
        '"A promise to implement the deal is not enough," a lawmaker said.',
    ],
)
def test_a_commitment_noun_of_one_side_or_unmade_is_none(sentence: str) -> None:
    """One side's pledge, a denied or wished-for deal, a speaker's words: no agreement."""
    assert _agreements(SUMMIT + sentence) == ()


def test_a_parenthetical_in_a_that_clause_subject_does_not_end_the_course() -> None:
    """'confirmed that Japan and the ROK, together with the United States, would continue
    to cooperate ...': the course runs through the subject's parenthetical to its verb."""
    found = _agreements(
        SUMMIT + "The two leaders confirmed that Japan and the ROK, together with the United"
        " States, would continue to cooperate closely on North Korea."
    )
    assert [a.title for a in found] == [
        "Japan and the ROK, together with the United States, would continue to cooperate"
        " closely on North Korea"
    ]


def test_a_place_named_after_an_instrument_word_is_no_instrument() -> None:
    """'the National Convention Center' is a building, not a convention."""
    assert _agreements(
        SUMMIT + "The meeting, held at the National Convention Center, lasted 30 minutes."
    ) == ()


def test_a_multiword_name_before_a_compound_is_part_of_the_title() -> None:
    """'the United States-Korea Free Trade Agreement': its title and its parties."""
    found = _agreements(
        SUMMIT + "Yoon reiterated his support for the United States-Korea Free Trade Agreement."
    )
    assert [(a.title, a.parties) for a in found] == [
        ("United States-Korea Free Trade Agreement", ("KR", "US"))
    ]


def test_a_list_of_names_inside_an_instruments_title_stays_in_it() -> None:
    """'... Cooperation among Japan, the People's Republic of China and the Republic of
    Korea': the commas of the list do not end the title."""
    found = _agreements(
        "Koizumi, Roh and Wen held a trilateral meeting in Bali on Oct. 7 and signed the Joint"
        " Declaration on the Promotion of Tripartite Cooperation among Japan, the People's"
        " Republic of China and the Republic of Korea.",
        (("Oct. 7", "2003-10-07"),),
        dt.date(2003, 10, 20),
    )
    assert [a.title for a in found] == [
        "Joint Declaration on the Promotion of Tripartite Cooperation among Japan, the People's"
        " Republic of China and the Republic of Korea"
    ]


def test_a_short_quoted_modifier_stays_in_an_instruments_title() -> None:
    """'a joint statement to work for a "free and open" Indo-Pacific': the quoted words
    modify the noun after them; the title does not stop at the quotation mark."""
    found = _agreements(
        SUMMIT + 'The two leaders pledged in a joint statement to work for a "free and open"'
        " Indo-Pacific."
    )
    assert [a.title for a in found] == [
        'joint statement to work for a "free and open" Indo-Pacific'
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Japan and South Korea inked a deal to restore their currency swap on Thursday.",
         "deal to restore their currency swap"),
        ("Japan and South Korea inked a deal on Thursday to restore their currency swap.",
         "deal to restore their currency swap"),
        ("Japan signed an agreement with South Korea on Thursday to share military"
         " intelligence.", "agreement to share military intelligence"),
        ("The two leaders sealed a pact on Thursday to share missile-warning data.",
         "pact to share missile-warning data"),
    ],
)
def test_an_instruments_title_is_its_noun_and_topic_without_date_or_partner(
    sentence: str, title: str
) -> None:
    """The date and the partner between a signed instrument's noun and its topic, or after
    it, are not part of its title; the word "to" is."""
    found = _agreements(sentence)
    assert [a.title for a in found] == [title]


@pytest.mark.parametrize(
    ("sentence", "kind", "parties"),
    [
        ("Biden told Kishida that Article 5 of the U.S.-Japan security treaty covers the"
         " islands.", AgreementKind.TREATY, ("JP", "US")),
        ("Talks with Pyongyang should rest on the Japan-DPRK Pyongyang Declaration, Kishida"
         " said.", AgreementKind.JOINT_DECLARATION, ("JP", "KP")),
        ("Yoon called the Panmunjom Declaration a dead letter.",
         AgreementKind.JOINT_DECLARATION, ("KP", "KR")),
        ("Biden said the Singapore statement no longer guides Washington.",
         AgreementKind.JOINT_STATEMENT, ("KP", "US")),
        ("Beijing marked 45 years of its peace and friendship treaty with Tokyo.",
         AgreementKind.TREATY, ("CN", "JP")),
        ("Seoul invoked the Korea-U.S. Mutual Defense Treaty.", AgreementKind.TREATY,
         ("KR", "US")),
    ],
)
def test_instruments_with_a_third_country_the_press_cites(
    sentence: str, kind: AgreementKind, parties: tuple[str, ...]
) -> None:
    """Cited, not agreed at the meeting: their own kind and parties, and no date given."""
    agreements = run_events(SUMMIT + sentence, FRIDAY, THURSDAY)[1]
    cited = [a for a in agreements if a.parties == parties]
    assert [(a.kind, a.status, a.date) for a in cited] == [
        (kind, AgreementStatus.REFERENCED, None)
    ], agreements


def test_and_they_agreed_takes_the_time_of_the_act_before() -> None:
    """'spoke by telephone in September, and they agreed ...': agreed in that call."""
    text = ("Moon Jae-in and Yoshihide Suga spoke by telephone in September, and they agreed"
            " that the two countries should communicate closely.")
    found = _agreements_in(text, dt.date(2021, 1, 18))
    assert [(str(a.date), a.status, a.parties) for a in found] == [
        ("2020-09", AgreementStatus.REFERENCED, ("JP", "KR"))
    ]


def test_a_meeting_still_to_come_does_not_date_what_was_signed_before_it() -> None:
    """Ministers signed on Thursday; the leaders' summit set for April dates none of it."""
    text = ("Foreign Minister Chung Eui-yong and Secretary of State Antony Blinken signed a joint"
            " statement in Seoul on Thursday. Prime Minister Yoshihide Suga is set to travel to"
            " Washington in the first half of April for a summit with President Joe Biden.")
    found = _agreements_in(text, dt.date(2021, 3, 18))
    assert [(a.kind, str(a.date)) for a in found] == [
        (AgreementKind.JOINT_STATEMENT, "2021-03-18")]


def test_a_setting_fronted_before_a_relative_clause_dates_the_act_after_it() -> None:
    """'At our summit in Seoul on Nov. 2, which was my first with Park, the two of us agreed'."""
    text = ("Press Conference by Prime Minister Shinzo Abe\n\nPRIME MINISTER ABE: I met President"
            " Obama in Manila on Thursday.\n\nQUESTION: How are the talks going?\n\nPRIME"
            " MINISTER ABE: At our summit meeting in Seoul on November 2, which was my first with"
            " President Park, the two of us agreed to accelerate the consultations on the comfort"
            " women issue.")
    found = _agreements_in(text, dt.date(2015, 11, 22))
    assert [(a.parties, str(a.date)) for a in found] == [(("JP", "KR"), "2015-11-02")]


def test_an_instrument_made_at_no_meeting_told_takes_the_day_the_lead_reports() -> None:
    """Ministers 'agreed Sunday'; 'a joint statement adopted after the session' is Sunday's."""
    text = ("SEOUL, March 30 -- The trade ministers of South Korea, China and Japan agreed Sunday"
            " to work together toward a three-way free trade agreement.\n\nIn a joint statement"
            " adopted after the two-hour session, the three sides also pledged to step up"
            " implementation of the RCEP.")
    found = _agreements_in(text, dt.date(2025, 3, 30))
    statement = next(a for a in found if a.kind is AgreementKind.JOINT_STATEMENT)
    assert str(statement.date) == "2025-03-30"


def test_a_counted_subject_with_no_people_stands_for_the_countries_just_named() -> None:
    """'The trade ministers of South Korea, China and Japan ... The three sides also pledged'."""
    text = ("SEOUL, March 30 -- The trade ministers of South Korea, China and Japan met on Sunday."
            "\n\nThe three sides also pledged to step up implementation of the RCEP.")
    found = _agreements_in(text, dt.date(2025, 3, 30))
    commitment = next(a for a in found if a.kind is AgreementKind.COMMITMENT)
    assert commitment.parties == ("CN", "JP", "KR")


def test_confirming_the_resumption_of_a_practice_commits_to_it() -> None:
    """'Kishida and Yoon confirmed the resumption of shuttle diplomacy': a course agreed."""
    text = ("TOKYO, March 16 -- Fumio Kishida and Yoon Suk Yeol held a summit in Tokyo on"
            " Thursday. Kishida and Yoon confirmed the resumption of shuttle diplomacy.")
    found = _agreements_in(text, dt.date(2023, 3, 16))
    assert [(a.kind, str(a.date)) for a in found] == [(AgreementKind.COMMITMENT, "2023-03-16")]


def test_a_meeting_told_after_the_verb_is_not_where_the_pair_agreed() -> None:
    """'... visits that had lapsed since Lee met Noda in Kyoto in December 2011': not 2011."""
    text = ("TOKYO, March 16 -- Fumio Kishida and Yoon Suk Yeol held a summit in Tokyo on"
            " Thursday. Kishida and Yoon agreed to resume shuttle diplomacy, the reciprocal"
            " visits that had lapsed since Lee Myung-bak met Yoshihiko Noda in Kyoto in December"
            " 2011.")
    found = _agreements_in(text, dt.date(2023, 3, 17))
    assert [str(a.date) for a in found] == ["2023-03-16"]


def test_a_pair_agreeing_beside_a_proposed_three_way_summit_is_not_at_an_old_one() -> None:
    """'They also agreed to meet at an early date, and Moon accepted a proposal for a three-way
    summit': the pair's act on the day reported, not at the last meeting of three."""
    text = ("SEOUL, May 11 -- President Moon Jae-in spoke with Prime Minister Shinzo Abe by phone"
            " on Thursday. Park Geun-hye and Abe first met in Seoul on Nov. 2, 2015, a day after a"
            " trilateral summit there with Chinese Premier Li Keqiang.\n\nThey also agreed to meet"
            " at an early date, and Moon accepted Abe's proposal to hold a three-way summit with"
            " China in Japan as soon as possible.")
    found = _agreements_in(text, dt.date(2017, 5, 11))
    assert all(str(a.date) != "2015-11-01" for a in found), found


def test_a_pair_after_a_sentence_naming_a_meeting_only_as_a_time_point_is_the_report_s() -> None:
    """'glad to be back a year after his visit last May. The two leaders confirmed ...': today's."""
    text = ("On June 2, Prime Minister Sanae Takaichi held a meeting with President Lee Jae-myung"
            " in Tokyo. Lee said he was glad to be back in Tokyo some months after his visit last"
            " August. The two leaders confirmed that they would keep up reciprocal visits.")
    found = _agreements_in(text, dt.date(2026, 6, 2))
    assert [(str(a.date), a.status.value) for a in found] == [("2026-06-02", "agreed")]


def test_paired_adjectives_and_gerunds_do_not_cut_a_course_short() -> None:
    """'agreed to deepen coordination toward keeping and widening a free and open order, and
    to work together on X': two courses, the first whole."""
    text = ("Prime Minister Fumio Kishida and President Yoon Suk Yeol met in Seoul on Sunday."
            " The two leaders agreed to deepen coordination toward keeping and widening a free"
            " and open order, and to work together on climate change.")
    found = _agreements_in(text, dt.date(2024, 5, 27))
    assert [a.title for a in found] == [
        "deepen coordination toward keeping and widening a free and open order",
        "work together on climate change",
    ]


def test_a_course_agreed_at_no_dated_exchange_takes_the_month_of_the_report() -> None:
    """Nothing dates 'agreed to expand youth exchanges': a date of the month it appeared in."""
    text = ("The foreign ministers of South Korea and Japan agreed to expand youth exchanges,"
            " the two ministries said.")
    found = _agreements_in(text, dt.date(2025, 3, 4))
    assert [(a.title, str(a.date)) for a in found] == [("expand youth exchanges", "2025-03")]


def test_two_base_verbs_of_one_course_keep_the_course() -> None:
    """'agreed to maintain and strengthen a free and open order': one course, not lost."""
    text = ("Prime Minister Fumio Kishida and President Yoon Suk Yeol met in San Francisco on"
            " Thursday. They agreed to maintain and strengthen a free and open international"
            " order.")
    found = _agreements_in(text, dt.date(2023, 11, 17))
    assert [a.title for a in found] == ["strengthen a free and open international order"]


def test_the_three_sides_at_ministers_talks_are_not_an_old_summit_of_three() -> None:
    """A three-way summit of 2019 told in passing does not date 'the three sides' statement."""
    text = ("SEOUL, March 30 -- The trade ministers of South Korea, Japan and China agreed Sunday"
            " to work toward a three-way free trade deal.\n\nMinister Ahn Duk-geun hosted his"
            " Japanese and Chinese counterparts in Seoul for their first such meeting in five"
            " years.\n\nIn a joint statement adopted after the session, the three sides also"
            " pledged to speed up customs talks.\n\nThe leaders of the three countries last met"
            " in Chengdu in December 2019, when Moon Jae-in, Shinzo Abe and Li Keqiang held a"
            " summit.")
    found = _agreements_in(text, dt.date(2025, 3, 30))
    statements = [str(a.date) for a in found if a.kind is AgreementKind.JOINT_STATEMENT]
    assert statements == ["2025-03-30"]


def test_a_when_clause_dates_the_relative_verb_it_hangs_on() -> None:
    """'the regular visits the two agreed on when Abe came to Seoul in February': February."""
    text = ("Moon Jae-in and Shinzo Abe last met in Tokyo in May, a trip that restored the "
            "regular visits the two agreed on when Abe came to Seoul in February.")
    found = extract(Document(id="x", text=text, published=dt.date(2018, 6, 10))).agreements
    assert [str(a.date) for a in found] == ["2018-02"]


def test_a_date_inside_the_course_does_not_date_the_agreeing() -> None:
    """'agreed to reconsider the handover, now set for December 2015': agreed on the talks' day."""
    text = ("Park Geun-hye and Barack Obama have agreed to reconsider the timing of the planned "
            "handover of wartime control, now set for December 2015, officials said Friday.")
    found = extract(Document(id="x", text=text, published=dt.date(2014, 4, 25))).agreements
    assert [str(a.date) for a in found] == ["2014-04-25"]


def test_three_ministers_agree_on_the_day_of_their_own_meeting() -> None:
    """"The three ministers agreed" takes their meeting's day, not a leaders' visit's season."""
    text = (
        "Moon Jae-in will visit Tokyo in the autumn, officials said.\n\n"
        "Foreign Minister Kang Kyung-wha, Japanese Foreign Minister Taro Kono and U.S."
        " Secretary of State Mike Pompeo held a trilateral meeting in Tokyo on Sunday. The"
        " three ministers agreed to keep sanctions on North Korea in place."
    )
    [agreement] = _agreements_in(text, dt.date(2018, 7, 9))
    assert agreement.parties == ("JP", "KR", "US")
    assert agreement.date == PartialDate(2018, 7, 8)
