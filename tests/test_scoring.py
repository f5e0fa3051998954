"""Tests of scoring a system annotation against gold (kjrel.annotation.score)."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel.annotation import (
    Accuracy,
    AnnotatedDocument,
    AnnotatedQuote,
    AnnotatedStatement,
    AnnotatedSummit,
    AnnotatedTimex,
    Counts,
    DocumentScores,
    Item,
    format_report,
    load_annotation,
    micro_average,
    score,
    scores_to_data,
    scores_to_json,
)
from kjrel.models import AgreementKind, AgreementStatus, QuoteKind, SummitKind, SummitStatus
from test_annotation import annotated_documents

SEEDS = Path(__file__).resolve().parent / "gold" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.json"))
GOLD0 = load_annotation(SEED_FILES[0])
GOLD1 = load_annotation(SEED_FILES[1])

COUNT_NAMES = (
    "quotes",
    "direct_quotes",
    "partial_quotes",
    "statements",
    "timexes",
    "summits",
    "agreements",
)
ACCURACY_NAMES = (
    "quote_speaker",
    "quote_kind",
    "timex_value",
    "timex_mod",
    "summit_date",
    "summit_place",
    "summit_ordinal",
    "agreement_status",
)


def _replace(items: tuple[object, ...], index: int, **changes: object) -> tuple[object, ...]:
    return tuple(attrs.evolve(x, **changes) if i == index else x for i, x in enumerate(items))


def _with(doc: AnnotatedDocument, **changes: object) -> AnnotatedDocument:
    return attrs.evolve(doc, **changes)


# --------------------------------------------------------------------------
# Counts and Accuracy
# --------------------------------------------------------------------------


def test_counts_ratios() -> None:
    """Precision, recall and F1 follow from tp, fp and fn."""
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == 0.75
    assert c.recall == 0.6
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_counts_empty_sides() -> None:
    """Nothing on either side is perfect; one empty side scores zero."""
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)
    none_found = Counts(fn=2)
    assert (none_found.precision, none_found.recall, none_found.f1) == (0.0, 0.0, 0.0)
    nothing_to_find = Counts(fp=2)
    assert (nothing_to_find.precision, nothing_to_find.recall, nothing_to_find.f1) == (
        0.0,
        0.0,
        0.0,
    )


def test_accuracy_value() -> None:
    """Accuracy is correct/total, or None when nothing was judged."""
    assert Accuracy(3, 4).value == 0.75
    assert Accuracy().value is None
    assert Accuracy(1, 2) + Accuracy(2, 2) == Accuracy(3, 4)


# --------------------------------------------------------------------------
# Gold against itself
# --------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_gold_against_itself_is_perfect(path: Path) -> None:
    """A seed gold file scored against itself has F1 = 1 and every accuracy = 1."""
    gold = load_annotation(path)
    scores = score(gold, gold)
    for name in COUNT_NAMES:
        counts: Counts = getattr(scores, name)
        assert (counts.fp, counts.fn) == (0, 0), name
        assert counts.f1 == 1.0, name
    for name in ACCURACY_NAMES:
        assert getattr(scores, name).value == 1.0, name
    assert scores.missed == scores.spurious == scores.mismatched == ()
    assert scores.quotes.tp == len(gold.quotes)
    assert scores.summits.tp == len(gold.summits)


def test_seed_counts_by_kind() -> None:
    """Direct and partial quotes are counted separately (8 + 1 in the first seed)."""
    scores = score(GOLD0, GOLD0)
    assert scores.direct_quotes == Counts(8, 0, 0)
    assert scores.partial_quotes == Counts(1, 0, 0)
    assert score(GOLD1, GOLD1).partial_quotes == Counts(3, 0, 0)


# --------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------


def test_quote_shifted_under_half_overlap_is_a_miss() -> None:
    """A quote shifted so it overlaps the gold span by less than half is a FN and a FP."""
    q = GOLD0.quotes[0]  # 760..972, 212 code points
    shift = 107  # overlap 105 < 106
    system = _with(
        GOLD0, quotes=_replace(GOLD0.quotes, 0, start=q.start + shift, end=q.end + shift)
    )
    scores = score(GOLD0, system)
    assert scores.quotes == Counts(tp=8, fp=1, fn=1)
    assert scores.direct_quotes == Counts(tp=7, fp=1, fn=1)
    assert scores.partial_quotes == Counts(tp=1, fp=0, fn=0)
    assert scores.quote_speaker == Accuracy(8, 8)
    assert [(i.category, i.start, i.end) for i in scores.missed] == [("quote", 760, 972)]
    assert [(i.category, i.start, i.end) for i in scores.spurious] == [("quote", 867, 1079)]


def test_quote_shifted_by_exactly_half_still_matches() -> None:
    """Overlap of exactly half the longer span is enough."""
    q = GOLD0.quotes[0]
    system = _with(GOLD0, quotes=_replace(GOLD0.quotes, 0, start=q.start + 106, end=q.end + 106))
    assert score(GOLD0, system).quotes == Counts(tp=9, fp=0, fn=0)


def test_quote_longer_span_counts_for_the_half() -> None:
    """A system span four times the gold's, containing it, overlaps less than half of itself."""
    q = GOLD0.quotes[6]  # the partial quote, 5688..5730 (42)
    assert (q.start, q.end) == (5688, 5730)
    system = _with(GOLD0, quotes=_replace(GOLD0.quotes, 6, start=5688 - 100, end=5730 + 20))
    assert score(GOLD0, system).quotes == Counts(tp=8, fp=1, fn=1)


def test_wrong_speaker_lowers_accuracy_only() -> None:
    """A matched quote with the wrong speaker keeps F1 and lowers attribution accuracy."""
    system = _with(GOLD0, quotes=_replace(GOLD0.quotes, 2, speaker="Yoon Suk Yeol"))
    scores = score(GOLD0, system)
    assert scores.quotes == Counts(tp=9, fp=0, fn=0)
    assert scores.quote_speaker == Accuracy(8, 9)
    assert scores.mismatched == (
        Item("quote speaker", 1557, 1937, "gold Fumio Kishida; system Yoon Suk Yeol"),
    )


def test_null_speaker_matches_only_null() -> None:
    """An unnamed source (None) is right only against None."""
    system = _with(GOLD0, quotes=_replace(GOLD0.quotes, 0, speaker=None))
    assert score(GOLD0, system).quote_speaker == Accuracy(8, 9)
    gold = _with(GOLD0, quotes=_replace(GOLD0.quotes, 0, speaker=None))
    assert score(gold, system).quote_speaker == Accuracy(9, 9)
    assert score(gold, GOLD0).quote_speaker == Accuracy(8, 9)


@pytest.mark.parametrize(
    "spelling", ["Yoon Suk-yeol", "YOON SUK YEOL", "yoon-suk-yeol", "President Yoon", "Yoon"]
)
def test_alias_spellings_match(spelling: str) -> None:
    """Spellings of the gold entities map ("Yoon Suk-yeol") match "Yoon Suk Yeol"."""
    system = _with(GOLD0, quotes=_replace(GOLD0.quotes, 0, speaker=spelling))
    assert score(GOLD0, system).quote_speaker == Accuracy(9, 9)


def test_name_outside_the_gold_map_matches_by_key() -> None:
    """A name outside the gold entities map matches by name key only."""
    index = next(i for i, q in enumerate(GOLD1.quotes) if q.speaker == "Rob York")
    gold = _with(GOLD1, entities={})
    right = _with(gold, quotes=_replace(GOLD1.quotes, index, speaker="ROB-YORK"))
    wrong = _with(gold, quotes=_replace(GOLD1.quotes, index, speaker="York"))
    assert score(gold, right).quote_speaker == Accuracy(11, 11)
    assert score(gold, wrong).quote_speaker == Accuracy(10, 11)


def test_system_aliases_help_when_unambiguous() -> None:
    """A system name unknown to gold counts when its own aliases point to one gold entity."""
    quotes = _replace(GOLD0.quotes, 0, speaker="Mr. Yoon of Seoul")
    helped = _with(GOLD0, quotes=quotes, entities={"Mr. Yoon of Seoul": ("Yoon Suk-yeol",)})
    unhelped = _with(GOLD0, quotes=quotes, entities={})
    ambiguous = _with(
        GOLD0, quotes=quotes, entities={"Mr. Yoon of Seoul": ("Yoon", "Prime Minister Kishida")}
    )
    assert score(GOLD0, helped).quote_speaker == Accuracy(9, 9)
    assert score(GOLD0, unhelped).quote_speaker == Accuracy(8, 9)
    assert score(GOLD0, ambiguous).quote_speaker == Accuracy(8, 9)


def test_system_aliases_do_not_override_a_known_name() -> None:
    """A system name the gold map knows is taken as that entity, whatever its aliases."""
    quotes = _replace(GOLD0.quotes, 0, speaker="Kim Tae-hyo")
    system = _with(GOLD0, quotes=quotes, entities={"Kim Tae-hyo": ("Yoon Suk Yeol",)})
    assert score(GOLD0, system).quote_speaker == Accuracy(8, 9)


def test_kind_mismatch_moves_counts_between_kinds() -> None:
    """A gold direct quote found as partial matches overall but not by kind."""
    system = _with(GOLD0, quotes=_replace(GOLD0.quotes, 0, kind=QuoteKind.PARTIAL))
    scores = score(GOLD0, system)
    assert scores.quotes == Counts(9, 0, 0)
    assert scores.direct_quotes == Counts(7, 0, 1)
    assert scores.partial_quotes == Counts(1, 1, 0)
    assert scores.quote_kind == Accuracy(8, 9)


def test_quote_matching_is_one_to_one() -> None:
    """Two system quotes over one gold quote give one TP and one FP (best overlap wins)."""
    q = GOLD0.quotes[0]
    near = attrs.evolve(q, start=q.start + 10, end=q.end + 10, text="x" * 212)
    system = _with(GOLD0, quotes=(near, *GOLD0.quotes))
    scores = score(GOLD0, system)
    assert scores.quotes == Counts(9, 1, 0)
    assert [(i.start, i.end) for i in scores.spurious] == [(770, 982)]


# --------------------------------------------------------------------------
# Statements and timexes
# --------------------------------------------------------------------------


def test_statement_needs_one_matching_speaker() -> None:
    """A statement matches when spans overlap and at least one speaker matches."""
    one_of_two = _replace(GOLD0.statements, 0, speakers=("Kishida",), start=5, end=100)
    assert score(GOLD0, _with(GOLD0, statements=one_of_two)).statements == Counts(12, 0, 0)
    nobody = _replace(GOLD0.statements, 0, speakers=("Joe Biden",))
    assert score(GOLD0, _with(GOLD0, statements=nobody)).statements == Counts(11, 1, 1)
    unnamed = _replace(GOLD0.statements, 8, speakers=("Kim Tae-hyo",))
    assert score(GOLD0, _with(GOLD0, statements=unnamed)).statements == Counts(11, 1, 1)


def test_statement_without_overlap_is_a_miss() -> None:
    """A statement moved past the gold sentence is a FN and a FP."""
    moved = _replace(GOLD0.statements, 0, start=247, end=248)
    assert score(GOLD0, _with(GOLD0, statements=moved)).statements == Counts(11, 1, 1)


def test_timex_extent_overlap_and_value_accuracy() -> None:
    """A shorter overlapping extent matches; a wrong value lowers value accuracy only."""
    timexes = _replace(GOLD0.timexes, 2, start=412, end=428, text="x" * 16)
    timexes = _replace(timexes, 0, value="2024-09-05")
    scores = score(GOLD0, _with(GOLD0, timexes=timexes))
    assert scores.timexes == Counts(16, 0, 0)
    assert scores.timex_value == Accuracy(15, 16)
    assert scores.timex_mod == Accuracy(16, 16)
    assert scores.mismatched == (
        Item("timex value", 90, 96, "Friday: gold 2024-09-06 None; system 2024-09-05 None"),
    )


def test_missing_timex_is_listed() -> None:
    """A gold timex the system lacks is a FN listed with its span and value."""
    scores = score(GOLD0, _with(GOLD0, timexes=GOLD0.timexes[1:]))
    assert scores.timexes == Counts(15, 0, 1)
    assert scores.missed == (Item("timex", 90, 96, "Friday = 2024-09-06"),)


# --------------------------------------------------------------------------
# Summits and agreements
# --------------------------------------------------------------------------


def test_summit_with_other_participants_is_fp_and_fn() -> None:
    """A summit with a different participant set is both a FP and a FN."""
    participants = ("Yoon Suk Yeol", "Fumio Kishida", "Joe Biden")
    system = _with(GOLD0, summits=_replace(GOLD0.summits, 0, participants=participants))
    scores = score(GOLD0, system)
    assert scores.summits == Counts(tp=1, fp=1, fn=1)
    assert [i.category for i in scores.missed] == ["summit"]
    assert [i.category for i in scores.spurious] == ["summit"]
    assert scores.missed[0].start == 0
    assert scores.missed[0].text == (
        "2024-09-06 Seoul (KR) bilateral, #12: Yoon Suk Yeol, Fumio Kishida"
    )
    undated = _replace(GOLD0.summits, 1, date=None, place=None, country=None)
    spurious = score(GOLD0, _with(GOLD0, summits=undated)).spurious
    assert [i.text for i in spurious] == [
        "undated no place bilateral: Yoon Suk Yeol, Fumio Kishida"
    ]


def test_summit_participants_by_name_rules() -> None:
    """Participants match by alias and order does not matter."""
    participants = ("Kishida", "Yoon Suk-yeol")
    system = _with(GOLD0, summits=_replace(GOLD0.summits, 0, participants=participants))
    assert score(GOLD0, system).summits == Counts(2, 0, 0)
    one_short = _replace(GOLD0.summits, 0, participants=("Kishida",))
    assert score(GOLD0, _with(GOLD0, summits=one_short)).summits == Counts(1, 1, 1)
    twice = _replace(GOLD0.summits, 0, participants=("Kishida", "Prime Minister Kishida"))
    assert score(GOLD0, _with(GOLD0, summits=twice)).summits == Counts(1, 1, 1)


@pytest.mark.parametrize(
    ("date", "matched", "exact"),
    [
        ("2024-09-06", True, True),
        ("2024-09", True, False),
        ("2024", True, False),
        ("2024-09-05/2024-09-07", True, False),
        ("2024-09-07", False, False),
        ("2024-08", False, False),
        (None, False, False),
    ],
)
def test_summit_dates_as_intervals(date: str | None, matched: bool, exact: bool) -> None:
    """Summit dates match when their intervals share a day; null overlaps only null."""
    system = _with(GOLD0, summits=_replace(GOLD0.summits, 0, date=date))
    scores = score(GOLD0, system)
    assert scores.summits == (Counts(2, 0, 0) if matched else Counts(1, 1, 1))
    if matched:
        assert scores.summit_date == Accuracy(1 + int(exact), 2)


def test_null_summit_dates_match_each_other() -> None:
    """A summit with no date on both sides matches on participants alone."""
    gold = _with(GOLD0, summits=_replace(GOLD0.summits, 1, date=None))
    assert score(gold, gold).summits == Counts(2, 0, 0)
    assert score(gold, GOLD0).summits == Counts(1, 1, 1)


def test_summit_place_and_ordinal_accuracy() -> None:
    """Place (by name key) and ordinal are judged over matched summits."""
    summits = _replace(GOLD0.summits, 0, place="SEOUL", ordinal=11)
    summits = _replace(summits, 1, place="Osaka")
    scores = score(GOLD0, _with(GOLD0, summits=summits))
    assert scores.summits == Counts(2, 0, 0)
    assert scores.summit_place == Accuracy(1, 2)
    assert scores.summit_ordinal == Accuracy(1, 2)
    assert [i.category for i in scores.mismatched] == ["summit ordinal", "summit place"]


def test_summit_matching_prefers_the_exact_date() -> None:
    """Two gold summits in one year: each system summit goes to its exact date."""
    base = AnnotatedSummit(
        date="2023-03",
        place=None,
        country=None,
        participants=("A B", "C D"),
        kind=SummitKind.BILATERAL,
        ordinal=None,
        evidence=(),
        status=SummitStatus.HELD,
        occasion=None,
    )
    gold = _with(GOLD0, summits=(attrs.evolve(base, date="2023"), base))
    system = _with(GOLD0, summits=(base, attrs.evolve(base, date="2023")))
    scores = score(gold, system)
    assert scores.summits == Counts(2, 0, 0)
    assert scores.summit_date == Accuracy(2, 2)


def test_agreement_rules() -> None:
    """Agreements match on kind, party set and date; status is an accuracy."""
    status = _replace(GOLD0.agreements, 0, status=AgreementStatus.PROPOSED)
    scores = score(GOLD0, _with(GOLD0, agreements=status))
    assert scores.agreements == Counts(3, 0, 0)
    assert scores.agreement_status == Accuracy(2, 3)
    kind = _replace(GOLD0.agreements, 0, kind=AgreementKind.TREATY)
    assert score(GOLD0, _with(GOLD0, agreements=kind)).agreements == Counts(2, 1, 1)
    parties = _replace(GOLD0.agreements, 0, parties=("KR", "JP", "US"))
    assert score(GOLD0, _with(GOLD0, agreements=parties)).agreements == Counts(2, 1, 1)
    order = _replace(GOLD0.agreements, 0, parties=("KR", "JP"), title="another title")
    assert score(GOLD0, _with(GOLD0, agreements=order)).agreements == Counts(3, 0, 0)
    undated = _replace(GOLD0.agreements, 2, date=None)
    assert score(GOLD0, _with(GOLD0, agreements=undated)).agreements == Counts(2, 1, 1)
    assert score(
        _with(GOLD0, agreements=undated), _with(GOLD0, agreements=undated)
    ).agreements == Counts(3, 0, 0)


# --------------------------------------------------------------------------
# Empty system, micro-average, reports
# --------------------------------------------------------------------------


def test_empty_system_scores_zero_and_lists_everything_missed() -> None:
    """A system that finds nothing has recall 0 and misses every gold item."""
    empty = AnnotatedDocument(id=GOLD0.id, published=GOLD0.published, sha256="")
    scores = score(GOLD0, empty)
    assert scores.quotes == Counts(0, 0, 9)
    assert scores.quotes.f1 == 0.0
    assert scores.quote_speaker.value is None
    total = (
        len(GOLD0.quotes)
        + len(GOLD0.statements)
        + len(GOLD0.timexes)
        + len(GOLD0.summits)
        + len(GOLD0.agreements)
    )
    assert len(scores.missed) == total
    assert scores.spurious == ()


def test_micro_average_sums_counts() -> None:
    """micro_average adds counts and accuracies over documents."""
    shifted = _with(GOLD0, quotes=_replace(GOLD0.quotes, 0, start=900, end=1112))
    a = score(GOLD0, shifted)
    b = score(GOLD1, GOLD1)
    total = micro_average([a, b])
    assert total.documents == 2
    assert total.quotes == Counts(8 + 11, 1, 1)
    assert total.quote_speaker == Accuracy(8 + 11, 8 + 11)
    assert total.summits == Counts(6, 0, 0)
    assert micro_average([]).documents == 0


def test_format_report_has_tables_and_errors() -> None:
    """The report has a table per document, the micro-average and the error lists."""
    system = _with(GOLD0, quotes=_replace(GOLD0.quotes, 2, speaker="Yoon Suk Yeol"))
    system = _with(system, timexes=GOLD0.timexes[1:])
    per = {GOLD0.id: score(GOLD0, system), GOLD1.id: score(GOLD1, GOLD1)}
    text = format_report(per, micro_average(per.values()))
    assert f"Document {GOLD0.id}" in text
    assert f"Document {GOLD1.id}" in text
    assert "Micro-average over 2 document(s)" in text
    assert "quotes (all)             9     0     0  1.000  1.000  1.000" in text
    assert "quote speaker            8     9  0.889" in text
    assert f"{GOLD0.id}: missed (in gold, not found): 1" in text
    assert "  timex             [90:96] Friday = 2024-09-06" in text
    assert "quote speaker     [1557:1937] gold Fumio Kishida; system Yoon Suk Yeol" in text
    quiet = format_report(per, micro_average(per.values()), show_missed=False)
    assert "missed" not in quiet


def test_report_shows_dash_for_unjudged_accuracy() -> None:
    """An accuracy with nothing judged shows ``-``, not a number."""
    empty = AnnotatedDocument(id=GOLD0.id, published=GOLD0.published, sha256="")
    per = {GOLD0.id: score(GOLD0, empty)}
    text = format_report(per, micro_average(per.values()))
    assert "summit ordinal           0     0      -" in text


def test_scores_to_json() -> None:
    """The JSON output carries per-document metrics, the micro-average and the missing ids."""
    per = {GOLD0.id: score(GOLD0, _with(GOLD0, timexes=GOLD0.timexes[1:]))}
    total = micro_average(per.values())
    text = scores_to_json(per, total, missing_in_system=["x"], missing_in_gold=["y"])
    data = json.loads(text)
    assert data == scores_to_data(per, total, missing_in_system=["x"], missing_in_gold=["y"])
    assert data["documents"][GOLD0.id]["timexes"]["fn"] == 1
    assert data["documents"][GOLD0.id]["missed"] == [
        {"category": "timex", "start": 90, "end": 96, "text": "Friday = 2024-09-06"}
    ]
    assert data["micro_average"]["documents"] == 1
    assert data["micro_average"]["quote_speaker"] == {"correct": 9, "total": 9, "accuracy": 1.0}
    assert data["missing_in_system"] == ["x"]
    assert data["missing_in_gold"] == ["y"]


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------


def _no_entities(doc: AnnotatedDocument) -> AnnotatedDocument:
    return attrs.evolve(doc, entities={})


@settings(max_examples=200, deadline=None)
@given(annotated_documents(), annotated_documents())
def test_swapping_gold_and_system_swaps_precision_and_recall(
    a: AnnotatedDocument, b: AnnotatedDocument
) -> None:
    """score(a, b) and score(b, a) have the same TPs, with FP and FN (so P and R) swapped.

    Entity maps are left empty: with them the name rules are deliberately
    asymmetric (the gold map decides what counts).
    """
    a, b = _no_entities(a), _no_entities(b)
    forward, backward = score(a, b), score(b, a)
    for name in COUNT_NAMES:
        f: Counts = getattr(forward, name)
        r: Counts = getattr(backward, name)
        assert (f.tp, f.fp, f.fn) == (r.tp, r.fn, r.fp), name
        assert f.precision == r.recall
        assert f.recall == r.precision
        assert f.f1 == r.f1
    for name in ACCURACY_NAMES:
        assert getattr(forward, name) == getattr(backward, name), name


@settings(max_examples=200, deadline=None)
@given(annotated_documents(), annotated_documents())
def test_scores_are_within_bounds(a: AnnotatedDocument, b: AnnotatedDocument) -> None:
    """Every P, R, F1 and accuracy lies in [0, 1]; counts add up to the item numbers."""
    scores = score(a, b)
    for name in COUNT_NAMES:
        c: Counts = getattr(scores, name)
        for value in (c.precision, c.recall, c.f1):
            assert 0.0 <= value <= 1.0
    for name in ACCURACY_NAMES:
        acc: Accuracy = getattr(scores, name)
        assert acc.value is None or 0.0 <= acc.value <= 1.0
    assert scores.quotes.tp + scores.quotes.fn == len(a.quotes)
    assert scores.quotes.tp + scores.quotes.fp == len(b.quotes)
    assert scores.summits.tp + scores.summits.fp == len(b.summits)
    assert len(scores.missed) == sum(
        getattr(scores, n).fn for n in ("quotes", "statements", "timexes", "summits", "agreements")
    )


@settings(max_examples=100, deadline=None)
@given(annotated_documents())
def test_any_annotation_against_itself_is_perfect(doc: AnnotatedDocument) -> None:
    """Every generated annotation scored against itself has no FP or FN."""
    scores = score(doc, doc)
    assert isinstance(scores, DocumentScores)
    for name in COUNT_NAMES:
        c: Counts = getattr(scores, name)
        assert (c.fp, c.fn) == (0, 0), name


def test_quote_and_statement_records_compare_by_value() -> None:
    """Records built by hand equal records loaded from JSON (used by the tests above)."""
    q = GOLD0.quotes[1]
    assert q == AnnotatedQuote(q.start, q.end, q.text, QuoteKind.DIRECT, "Yoon Suk Yeol", "added")
    s = GOLD0.statements[2]
    assert s == AnnotatedStatement(1302, 1436, ("Fumio Kishida",), "echoed")
    t = GOLD0.timexes[0]
    assert t == AnnotatedTimex(90, 96, "Friday", "2024-09-06", None)


@given(st.integers(0, 300), st.integers(1, 300), st.integers(-300, 300))
def test_half_overlap_rule(start: int, length: int, shift: int) -> None:
    """A shifted copy of a quote matches exactly when the overlap is at least half its length."""
    gold_quote = AnnotatedQuote(start, start + length, "x" * length, QuoteKind.DIRECT, None, None)
    moved = max(0, start + shift)
    system_quote = attrs.evolve(gold_quote, start=moved, end=moved + length)
    gold = _with(GOLD0, quotes=(gold_quote,))
    system = _with(GOLD0, quotes=(system_quote,))
    overlap = max(0, min(gold_quote.end, system_quote.end) - max(gold_quote.start, moved))
    expected = overlap > 0 and 2 * overlap >= length
    assert score(gold, system).quotes.tp == int(expected)
