"""Tests of the temporal-expression stage (kjrel.pipeline.temporal)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import tomllib
from fractions import Fraction
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel.models import Document, Mod, TemporalExpression, TimexType
from kjrel.pipeline.segment import segment
from kjrel.pipeline.temporal import find_timexes
from kjrel.pipeline.temporal_resolve import (
    Tense,
    duration_value,
    month_day_date,
    month_year,
    weekday_date,
)
from kjrel.pipeline.types import FurnitureKind, FurnitureRange, Paragraph, Segmentation, Sentence

ROOT = Path(__file__).resolve().parent.parent
SEP7 = dt.date(2024, 9, 7)  # a Saturday, the seeds' publication date
SEP3 = dt.date(2024, 9, 3)  # a Tuesday


def _run(text: str, published: dt.date = SEP7) -> tuple[TemporalExpression, ...]:
    doc = Document(id="t", text=text, published=published)
    return find_timexes(doc, segment(text))


# (text, published, span text, value, mod)
POSITIVE: list[tuple[str, dt.date, str, str, Mod | None]] = [
    # ANNOTATION.md's table
    ("Yoon and Kishida met in Seoul on Friday.", SEP7, "Friday", "2024-09-06", None),
    ("The two leaders held talks in March last year.", SEP7, "March last year", "2023-03", None),
    ("Both reaffirmed the 1998 joint declaration.", SEP7, "1998", "1998", None),
    ("His term will expire at the end of September.", SEP7, "the end of September", "2024-09",
     Mod.END),
    ("He will step down in early October.", SEP7, "early October", "2024-10", Mod.START),
    ("Next year marks the 60th anniversary.", SEP7, "Next year", "2025", None),
    ("The summit lasted one hour and 40 minutes.", SEP7, "one hour and 40 minutes", "PT1H40M",
     None),
    ("Kishida took office nearly three years ago.", SEP7, "nearly three years ago", "2021",
     Mod.APPROX),
    ("Japan ruled the peninsula in 1910-45.", SEP7, "1910-45", "1910/1945", None),
    ("Kishida will visit Seoul on Sept. 6-7.", SEP3, "Sept. 6-7", "2024-09-06/2024-09-07", None),
    ("Officials met in Tokyo last week.", SEP3, "last week", "2024-W35", None),
    ("The leaders met on Thursday morning.", dt.date(2023, 3, 16), "Thursday morning",
     "2023-03-16TMO", None),
    ("18:19 JST, September 6, 2024\nYoon met Kishida in Seoul.", SEP7,
     "18:19 JST, September 6, 2024", "2024-09-06T18:19", None),
    ("Kishida arrived for a two-day visit.", SEP7, "two-day", "P2D", None),
    ("The talks ran over three and a half hours.", SEP7, "over three and a half hours",
     "PT3H30M", Mod.MORE_THAN),
    # the seed gold's forms
    ("Over the past year and a half, relations improved.", SEP7,
     "Over the past year and a half", "P1Y6M", None),
    ("Over the past two years, ties improved.", SEP7, "Over the past two years", "P2Y", None),
    ("Yoon took office in May of 2022, less than a year after Kishida did.", SEP7,
     "less than a year", "P1Y", Mod.LESS_THAN),
    ("Yoon took office in May of 2022, less than a year after Kishida did.", SEP7,
     "May of 2022", "2022-05", None),
    ("Yoon visited Japan in March of last year.", SEP7, "March of last year", "2023-03", None),
    ("Relations could reach a new level by 2025.", SEP7, "2025", "2025", None),
    ("Both countries evacuated citizens during the conflict in October.", SEP7, "October",
     "2023-10", None),
    ("Kishida announced in August that he would not run.", SEP7, "August", "2024-08", None),
    ("Kishida will step down in October.", SEP7, "October", "2024-10", None),
    ("The decision came in March 2023. This led to a summit later that month.", SEP7,
     "later that month", "2023-03", None),
    ("His term ends later this month.", SEP7, "later this month", "2024-09", None),
    ("It was the first such visit in 12 years.", SEP7, "12 years", "P12Y", None),
    ("Japan ruled the peninsula from 1910 to its defeat in 1945.", SEP7, "1910", "1910", None),
    ("Japan ruled the peninsula from 1910 to its defeat in 1945.", SEP7, "1945", "1945", None),
    ("Yoon unveiled the doctrine on Aug. 15 Liberation Day.", SEP7, "Aug. 15", "2024-08-15",
     None),
    ("The pact was signed in 1965 under which Japan provided aid.", SEP7, "1965", "1965", None),
    # issue 3's list
    ("The summit was held on Sept 6.", SEP7, "Sept 6", "2024-09-06", None),
    ("The summit was held on 6 September.", SEP7, "6 September", "2024-09-06", None),
    ("The summit was held on September 6, 2024.", SEP7, "September 6, 2024", "2024-09-06",
     None),
    ("The deal will be signed on the 26th, officials said.", SEP7, "the 26th", "2024-09-26",
     None),
    ("Activists rallied outside the embassy earlier in the day.", SEP7, "earlier in the day",
     "2024-09-07", None),
    ("Documents may be signed later this week.", SEP3, "later this week", "2024-W36", None),
    ("Exports to Japan rose this month.", SEP7, "this month", "2024-09", None),
    ("The two ministers met last November.", SEP7, "last November", "2023-11", None),
    ("Yoon was in Tokyo from March 16 to 17.", dt.date(2023, 3, 17), "March 16", "2023-03-16",
     None),
    ("Yoon was in Tokyo from March 16 to 17.", dt.date(2023, 3, 17), "17", "2023-03-17", None),
    ("The summit lasted for about 100 minutes.", SEP7, "about 100 minutes", "PT100M",
     Mod.APPROX),
    ("He stepped down after three years in office.", SEP7, "three years", "P3Y", None),
    ("The visit is planned for next year.", SEP7, "next year", "2025", None),
    ("Ties soured last year.", SEP7, "last year", "2023", None),
    ("Last year, the museum gave them an award.", SEP7, "Last year", "2023", None),
    ("This year the two sides met twice.", SEP7, "This year", "2024", None),
    ("They first met two years ago.", SEP7, "two years ago", "2022", None),
    ("Elections are due in mid-March.", SEP7, "mid-March", "2025-03", Mod.MID),
    ("Relations froze in the 1990s.", SEP7, "the 1990s", "199", None),
    ("Trade grew in the early 2000s.", SEP7, "the early 2000s", "200", Mod.START),
    ("The treaty shaped the 20th century.", SEP7, "the 20th century", "19", None),
    ("The leaders met last spring.", SEP7, "last spring", "2023-SP", None),
    ("The ministers met yesterday.", SEP7, "yesterday", "2024-09-06", None),
    ("The ministers meet today in Seoul.", SEP7, "today", "2024-09-07", None),
    ("The ministers will meet tomorrow.", SEP7, "tomorrow", "2024-09-08", None),
    ("A state dinner will be held tonight.", SEP7, "tonight", "2024-09-07TNI", None),
    # weekdays and tense
    ("Kishida will visit Seoul on Friday.", SEP3, "Friday", "2024-09-06", None),
    ("Kishida will visit Seoul on Friday.", SEP7, "Friday", "2024-09-13", None),
    ("The talks ended on Monday.", SEP7, "Monday", "2024-09-02", None),
    ("The prime minister visited the university Saturday.", SEP7, "Saturday", "2024-09-07",
     None),
    ("On Friday, the leaders pledged to cooperate.", SEP3, "Friday", "2024-08-30", None),
    ("The leaders will sign the accord on Friday, officials said.", SEP3, "Friday",
     "2024-09-06", None),
    ("Kishida met Biden last Friday.", SEP7, "last Friday", "2024-09-06", None),
    ("Yoon will visit Tokyo next Friday.", SEP7, "next Friday", "2024-09-13", None),
    ("The ministers met early Monday.", dt.date(2024, 5, 27), "early Monday", "2024-05-27",
     Mod.START),
    ("The summit was held Thursday evening.", dt.date(2023, 3, 17), "Thursday evening",
     "2023-03-16TEV", None),
    # relative arithmetic
    ("The pact expired three months ago.", SEP7, "three months ago", "2024-06", None),
    ("They met two weeks ago.", SEP7, "two weeks ago", "2024-W34", None),
    ("Talks were held five days ago.", SEP7, "five days ago", "2024-09-02", None),
    ("The treaty was signed in 1965. Two years later, ties improved.", SEP7, "Two years later",
     "1967", None),
    ("Trade fell last month.", SEP7, "last month", "2024-08", None),
    # other calendar forms
    ("The talks took place in spring 2023.", SEP7, "spring 2023", "2023-SP", None),
    ("The war ended in the summer of 1953.", SEP7, "the summer of 1953", "1953-SU", None),
    ("The rules take effect in the second half of next year.", SEP7,
     "the second half of next year", "2025-H2", None),
    ("Output rose in the first quarter of 2024.", SEP7, "the first quarter of 2024", "2024-Q1",
     None),
    ("The accord was signed on 2024-09-06.", SEP7, "2024-09-06", "2024-09-06", None),
    ("The 2023–24 budget was passed.", SEP7, "2023–24", "2023/2024", None),
    ("Yoon held talks in August last year.", SEP7, "August last year", "2023-08", None),
    ("Biden leaves office in January.", dt.date(2024, 11, 16), "January", "2025-01", None),
    ("Moon, whose term ends in May, spoke.", dt.date(2021, 10, 15), "May", "2022-05", None),
    ("Moon, who took office in May, spoke.", dt.date(2017, 7, 7), "May", "2017-05", None),
    ("The pact was signed in October 1998.", SEP7, "October 1998", "1998-10", None),
    ("The talks were held 1-2 October 2019.", SEP7, "1-2 October 2019",
     "2019-10-01/2019-10-02", None),
    ("Kishida met Yoon the same day.", SEP7, "the same day", "2024-09-07", None),
    ("Mori met Clinton on Thursday. In the morning he had seen Kim.", dt.date(2000, 6, 9),
     "In the morning", "2000-06-08TMO", None),
    ("Park met Aso on Monday in the wake of the North's Feb. 12 test. In the afternoon she"
     " met Goh.", dt.date(2013, 2, 25), "In the afternoon", "2013-02-25TAF", None),
    ("Park met Aso on Monday in the wake of the North's Feb. 12 test. Later in the day she"
     " met Goh.", dt.date(2013, 2, 25), "Later in the day", "2013-02-25", None),
    ("Park met Bachelet later in the day. Five years ago Fukuda flew in, and the two met the "
     "same day.", SEP7, "the same day", "2019", None),
    ("Yoon was in Tokyo in March. Two months later Kishida was in Seoul. In Hiroshima later "
     "that month they met again.", SEP7, "later that month", "2024-05", None),
    ("The pact was signed on March 6, 2023. Yoon visited Tokyo later that day.", SEP7,
     "later that day", "2023-03-06", None),
    ("Posted at 6:19 p.m. KST, Sept. 6, 2024\nThe summit ended.", SEP7,
     "6:19 p.m. KST, Sept. 6, 2024", "2024-09-06T18:19", None),
    ("The treaty was signed in 1965. The following year, trade doubled.", SEP7,
     "The following year", "1966", None),
    ("Yoon visited Tokyo on March 16, 2023. The following day, he met students.", SEP7,
     "The following day", "2023-03-17", None),
    ("They met in March 2023. The previous month, Seoul announced the plan.", SEP7,
     "The previous month", "2023-02", None),
    ("The visit comes a week after Ishiba took office.", SEP7, "a week", "P1W", None),
    ("The pact was due to expire on Nov. 23 unless extended.", SEP7, "Nov. 23", "2024-11-23",
     None),
    ("The leader arrived on Friday and leaves Saturday.", SEP7, "Friday", "2024-09-06", None),
    ("The plan was postponed to 2025.", SEP7, "2025", "2025", None),
    ("In May 2023 and again in August, they met.", SEP7, "August", "2023-08", None),
    ("Kishida took office in October 2021 and will step down in September.", SEP7,
     "September", "2024-09", None),
    ("The summit was on Wednesday, Sept. 6.", SEP7, "Wednesday, Sept. 6", "2023-09-06", None),
    # durations
    ("They talked on the phone for half an hour.", SEP7, "half an hour", "PT30M", None),
    ("They held a 30-minute phone call.", SEP7, "30-minute", "PT30M", None),
    ("They spent two and a half years negotiating.", SEP7, "two and a half years", "P2Y6M",
     None),
    ("They negotiated for a year and a half.", SEP7, "a year and a half", "P1Y6M", None),
    ("Seoul must reply within 90 days.", SEP7, "90 days", "P90D", None),
    ("The fund will run over the next ten years.", SEP7, "over the next ten years", "P10Y",
     None),
    ("Moon served a single five-year term.", SEP7, "five-year", "P5Y", None),
    ("The ties have been strained for more than two decades.", SEP7, "more than two decades",
     "P20Y", Mod.MORE_THAN),
    ("The pact lasted twenty-five years.", SEP7, "twenty-five years", "P25Y", None),
    ("The call lasted 1.5 hours.", SEP7, "1.5 hours", "PT1H30M", None),
    ("The talks lasted two weeks.", SEP7, "two weeks", "P2W", None),
    # a past verb of intending looks forward: the nearest Oct. 10, not last year's
    ("Ishiba said he hoped to see Yoon in Laos on Oct. 10.", dt.date(2024, 10, 2), "Oct. 10",
     "2024-10-10", None),
    ("The two sides agreed to resume the talks on Oct. 10.", dt.date(2024, 10, 2), "Oct. 10",
     "2024-10-10", None),
    # an infinitive on another infinitive looks forward as the first does
    ("They agreed Sunday to keep up visits and to open talks on hydrogen as early as June.",
     dt.date(2024, 5, 26), "June", "2024-06", None),
    # "earlier" before a day name goes with the day, not with the duration before it
    ("Their talks lasted about 35 minutes earlier Thursday.", dt.date(2023, 11, 17),
     "about 35 minutes", "PT35M", Mod.APPROX),
    ("Their talks lasted about 35 minutes earlier Thursday.", dt.date(2023, 11, 17),
     "Thursday", "2023-11-16", None),
]


@pytest.mark.parametrize(("text", "published", "span", "value", "mod"), POSITIVE)
def test_expression_resolves(
    text: str, published: dt.date, span: str, value: str, mod: Mod | None
) -> None:
    """Each listed expression is found with exactly this extent, value and mod."""
    found = _run(text, published)
    matching = [t for t in found if t.text == span]
    assert matching, f"{span!r} not found in {[t.text for t in found]}"
    timex = matching[0]
    assert timex.value == value
    assert timex.mod == mod
    assert text[timex.span.start : timex.span.end] == span


# (text, a stretch no expression may overlap)
NEGATIVE: list[tuple[str, str]] = [
    ("The 77-year-old president met Kishida.", "77-year-old"),
    ("He is 77 years old.", "77 years old"),
    ("It was their 12th meeting.", "12th"),
    ("Next year marks the 60th anniversary.", "60th anniversary"),
    ("Ties were strained in recent years.", "in recent years"),
    ("The plan is currently under review.", "currently"),
    ("They refused to be held captive by the past.", "the past"),
    ("Relations will remain unchanged in the future.", "the future"),
    ("Korean victims of wartime forced labor sued.", "wartime"),
    ("They were forced to work during World War II.", "World War II"),
    ("About 1,000 people rallied.", "1,000"),
    ("The US stations 2,500 troops there.", "2,500"),
    ("Some 2000 troops joined the drill.", "2000"),
    ("Kishida stressed the six-decade milestone.", "six-decade"),
    ("They have met a dozen times.", "a dozen"),
    ("The leaders meet once a year.", "a year"),
    ("One day, the two nations will reconcile.", "One day"),
    ("UN Resolution 1718 was adopted.", "1718"),
    ("The deal was struck at the last minute.", "last minute"),
    ("He said Kishida may visit Seoul.", "may"),
    ("April Kim joined the ministry.", "April"),
    ("The Kospi closed at 2,600.", "2,600"),
    ("The won fell 2.5 percent against the yen.", "2.5"),
    ("Aug. 15 Liberation Day is a holiday.", "Liberation Day"),
    ("Tokyo has long insisted that all matters were settled.", "long"),
    ("They met on the sidelines of the summit.", "sidelines"),
    ("The annual talks continue.", "annual"),
    ("The following year was hard.", "The following year"),
    ("Exports rose to 2000 last month.", "2000"),
    ("Talks will continue in the coming months.", "the coming months"),
    ("Ties have soured over the past decades.", "the past decades"),
    ("At the end of the day, ties matter.", "the end of the day"),
    ("To this day, the issue remains.", "this day"),
    ("It was a day of reconciliation.", "a day"),
    ("The summit was the first in the ensuing months.", "ensuing months"),
]


@pytest.mark.parametrize(("text", "forbidden"), NEGATIVE)
def test_not_a_timex(text: str, forbidden: str) -> None:
    """Ages, counts, ordinals, vague references, events and furniture give no expression."""
    start = text.index(forbidden)
    end = start + len(forbidden)
    for timex in _run(text):
        assert not (timex.span.start < end and start < timex.span.end), timex


def test_types() -> None:
    """Dates, times and durations get their TIMEX3 types."""
    found = {t.text: t.type for t in _run(
        "The leaders met on Friday morning and talked for two hours on Sept. 6, 2024."
    )}
    assert found["Friday morning"] is TimexType.TIME
    assert found["two hours"] is TimexType.DURATION
    assert found["Sept. 6, 2024"] is TimexType.DATE


def test_furniture_is_skipped_but_dateline_time_is_kept() -> None:
    """Links, credits and similar furniture hold no expressions; a dateline's clock time does."""
    text = "READ MORE: Talks set for Friday\n18:19 JST, September 6, 2024\nThey met on Friday."
    first = text.index("\n")
    second = text.index("\n", first + 1)
    segmentation = Segmentation(
        paragraphs=(
            Paragraph(0, first, FurnitureKind.LINK),
            Paragraph(first + 1, second, FurnitureKind.DATELINE),
            Paragraph(second + 1, len(text)),
        ),
        sentences=(Sentence(second + 1, len(text), 2),),
        furniture=(
            FurnitureRange(0, first, FurnitureKind.LINK),
            FurnitureRange(first + 1, second, FurnitureKind.DATELINE),
        ),
    )
    found = find_timexes(Document(id="f", text=text, published=SEP7), segmentation)
    assert [(t.text, t.value) for t in found] == [
        ("18:19 JST, September 6, 2024", "2024-09-06T18:19"),
        ("Friday", "2024-09-06"),
    ]


def test_output_is_ordered_and_exact() -> None:
    """Expressions come in text order, without overlaps, each with its exact text."""
    text = (
        "On Friday, Yoon and Kishida met for one hour and 40 minutes, "
        "their 12th meeting since March 2023. Next year marks 60 years of ties."
    )
    found = _run(text)
    assert [t.text for t in found] == [
        "Friday", "one hour and 40 minutes", "March 2023", "Next year", "60 years"
    ]
    for before, after in itertools.pairwise(found):
        assert before.span.end <= after.span.start
    for timex in found:
        assert timex.span.doc_id == "t"
        assert text[timex.span.start : timex.span.end] == timex.text


# --------------------------------------------------------------------------
# The seeds, scored by ANNOTATION.md's rules
# --------------------------------------------------------------------------


def _score(
    system: tuple[TemporalExpression, ...], gold: list[dict[str, object]]
) -> tuple[int, int, int, int]:
    """Return (matched, system count, gold count, matched with the exact value)."""
    used: set[int] = set()
    matched = exact = 0
    for g in gold:
        for index, timex in enumerate(system):
            start, end = g["start"], g["end"]
            assert isinstance(start, int) and isinstance(end, int)
            if index not in used and timex.span.start < end and start < timex.span.end:
                used.add(index)
                matched += 1
                exact += timex.value == g["value"]
                break
    return matched, len(system), len(gold), exact


def _corpus(directory: Path, gold_dir: Path) -> list[tuple[Document, list[dict[str, object]]]]:
    with open(directory / "manifest.toml", "rb") as fh:
        manifest = tomllib.load(fh)
    pairs = []
    for article in manifest["article"]:
        gold_path = gold_dir / f"{article['id']}.json"
        if not gold_path.exists():
            continue
        with open(directory / article["file"], encoding="utf-8", newline="") as fh:
            text = fh.read()
        doc = Document(id=article["id"], text=text, published=article["published"])
        pairs.append((doc, json.loads(gold_path.read_text(encoding="utf-8"))["timexes"]))
    return pairs


def _corpus_scores(pairs: list[tuple[Document, list[dict[str, object]]]]) -> tuple[float, float]:
    matched = system = gold = exact = 0
    for doc, timexes in pairs:
        m, s, g, e = _score(find_timexes(doc, segment(doc.text)), timexes)
        matched, system, gold, exact = matched + m, system + s, gold + g, exact + e
    precision = matched / system if system else 1.0
    recall = matched / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, exact / matched if matched else 1.0


def test_seed_articles_score() -> None:
    """On the two seed articles, extent F1 and value accuracy are at least 0.95."""
    pairs = _corpus(ROOT / "seeds", ROOT / "tests" / "gold" / "seeds")
    assert len(pairs) == 2
    f1, accuracy = _corpus_scores(pairs)
    assert f1 >= 0.95
    assert accuracy >= 0.95


def test_invented_articles_score() -> None:
    """On the invented test corpus, extent F1 and value accuracy are at least 0.9."""
    articles = ROOT / "tests" / "articles"
    pairs = _corpus(articles, articles / "gold")
    if not pairs:
        pytest.skip("no invented articles with gold")
    f1, accuracy = _corpus_scores(pairs)
    assert f1 >= 0.9
    assert accuracy >= 0.9


# --------------------------------------------------------------------------
# Pathological input
# --------------------------------------------------------------------------

# A megabyte where matches are rare; a quarter megabyte where every word is one.
PATHOLOGICAL = {
    "quotation marks": '"' * 100_000,
    "curly quotation marks": "“”" * 50_000,
    "a megabyte without punctuation": "word and more words " * 52_429,
    "a megabyte of digits": "7" * 1_048_576,
    "digits and spaces": "1998 " * 52_429,
    "blanks": " " * 1_048_576,
    "dashes and years": "1910-" * 209_716,
    "weekdays": "Friday " * 37_450,
    "number words": "twenty-five years and " * 11_916,
    "a megabyte of words near dates": "in the late afternoon of a long year " * 28_340,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_finishes(name: str) -> None:
    """Inputs that make backtracking patterns explode are processed (in linear time)."""
    text = PATHOLOGICAL[name]
    found = _run(text)
    for timex in found:
        assert 0 <= timex.span.start < timex.span.end <= len(text)


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

_DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
_VOCABULARY = [
    "Friday", "on", "the", "26th", "March", "May", "2024", "1910-45", "Sept.", "6-7", ",",
    ".", "last", "next", "year", "week", "month", "ago", "later", "two", "a", "and", "half",
    "hours", "over", "nearly", "early", "mid-", "the end of", "of", "said", "will", "met",
    "“", "”", '"', "\n", "18:19", "JST", "today", "morning", "-", "1990s", "century",
    "20th", "that", "day", "in", "earlier", "spring", "-year-old", "9999", "0001", "31",
    "February", "30", "Q1", "quarter", "first", "ten", "twenty-", "decades", "9",
]


def _check_output(text: str, found: tuple[TemporalExpression, ...]) -> None:
    previous_end = 0
    for timex in found:
        assert 0 <= timex.span.start < timex.span.end <= len(text)
        assert timex.span.start >= previous_end
        assert text[timex.span.start : timex.span.end] == timex.text
        assert timex.value
        previous_end = timex.span.end


@settings(max_examples=300, deadline=None)
@given(st.text(), _DATES)
def test_never_raises_on_arbitrary_text(text: str, published: dt.date) -> None:
    """Any text gives in-bounds, ordered, non-overlapping expressions, and no exception."""
    _check_output(text, _run(text, published))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_VOCABULARY), max_size=40).map(" ".join),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
)
def test_never_raises_on_temporal_words(text: str, published: dt.date) -> None:
    """Text made of temporal words, near the ends of the calendar, never makes the stage raise."""
    _check_output(text, _run(text, published))


_UNITS = {"days": "days", "weeks": "weeks", "months": "months", "years": "years"}


def _expected_shift(anchor: dt.date, amount: int, unit: str) -> str:
    moved = anchor + relativedelta(**{unit: amount})
    if unit == "days":
        return moved.isoformat()
    if unit == "weeks":
        year, week, _ = moved.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "months":
        return f"{moved.year:04d}-{moved.month:02d}"
    return f"{moved.year:04d}"


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 60), st.sampled_from(sorted(_UNITS)), _DATES)
def test_ago_agrees_with_relativedelta(amount: int, unit: str, published: dt.date) -> None:
    """'N units ago' is the publication date minus N units, at the unit's granularity."""
    text = f"The talks ended {amount} {unit} ago."
    found = _run(text, published)
    assert [t.text for t in found] == [f"{amount} {unit} ago"]
    assert found[0].value == _expected_shift(published, -amount, unit)


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 60), st.sampled_from(sorted(_UNITS)), _DATES, _DATES)
def test_later_agrees_with_relativedelta(
    amount: int, unit: str, published: dt.date, anchor: dt.date
) -> None:
    """'N units later' counts from the date named before it."""
    text = (
        f"The pact was signed on {anchor:%B} {anchor.day}, {anchor.year}. "
        f"Ties were restored {amount} {unit} later."
    )
    found = _run(text, published)
    assert found[-1].text == f"{amount} {unit} later"
    assert found[-1].value == _expected_shift(anchor, amount, unit)


_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 6), _DATES, st.sampled_from(["met", "held talks", "signed the deal"]))
def test_weekday_in_past_sentence(weekday: int, published: dt.date, verb: str) -> None:
    """A weekday in a past-tense sentence is that weekday within the 7 days up to publication."""
    found = _run(f"The two leaders {verb} on {_WEEKDAY_NAMES[weekday]}.", published)
    day = dt.date.fromisoformat(found[0].value)
    assert day.weekday() == weekday
    assert 0 <= (published - day).days < 7


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 6), _DATES)
def test_weekday_in_future_sentence(weekday: int, published: dt.date) -> None:
    """A weekday in a future-tense sentence is that weekday within the 7 days from publication."""
    found = _run(f"The two leaders will meet on {_WEEKDAY_NAMES[weekday]}.", published)
    day = dt.date.fromisoformat(found[0].value)
    assert day.weekday() == weekday
    assert 0 <= (day - published).days < 7


# --------------------------------------------------------------------------
# The resolution arithmetic
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("parts", "value"),
    [
        ([(Fraction(1), "H"), (Fraction(40), "MIN")], "PT1H40M"),
        ([(Fraction(3, 2), "Y")], "P1Y6M"),
        ([(Fraction(7, 2), "H")], "PT3H30M"),
        ([(Fraction(2), "D")], "P2D"),
        ([(Fraction(6), "DE")], "P60Y"),
        ([(Fraction(2), "W")], "P2W"),
        ([(Fraction(1), "W"), (Fraction(2), "D")], "P9D"),
        ([(Fraction(3, 2), "D")], "P1DT12H"),
        ([(Fraction(1), "FN")], "P2W"),
    ],
)
def test_duration_value(parts: list[tuple[Fraction, str]], value: str) -> None:
    """Amounts of time are written as ISO 8601 durations, fractions carried down."""
    assert duration_value(parts) == value


def test_bare_month_year_follows_tense() -> None:
    """A bare month is the nearest occurrence the tense allows."""
    assert month_year(10, SEP7, Tense.PAST) == 2023
    assert month_year(10, SEP7, Tense.FUTURE) == 2024
    assert month_year(8, SEP7, Tense.PAST) == 2024
    assert month_year(8, SEP7, Tense.FUTURE) == 2025
    assert month_year(1, dt.date(2024, 11, 16), Tense.UNKNOWN) == 2025
    assert month_year(9, SEP7, Tense.PAST) == 2024


def test_month_day_and_weekday_arithmetic() -> None:
    """Month-day and weekday resolution pick the occurrence the tense allows."""
    assert month_day_date(8, 15, SEP7, Tense.PAST) == dt.date(2024, 8, 15)
    assert month_day_date(8, 15, SEP7, Tense.FUTURE) == dt.date(2025, 8, 15)
    assert month_day_date(2, 29, dt.date(2023, 3, 1), Tense.PAST) == dt.date(2024, 2, 29)
    assert month_day_date(2, 30, SEP7, Tense.PAST) is None
    assert weekday_date(4, SEP7, Tense.PAST) == dt.date(2024, 9, 6)
    assert weekday_date(5, SEP7, Tense.PAST) == dt.date(2024, 9, 7)
    assert weekday_date(5, SEP7, Tense.PAST, strict=True) == dt.date(2024, 8, 31)
    assert weekday_date(4, SEP3, Tense.UNKNOWN) == dt.date(2024, 9, 6)


def test_iso_date_with_a_clock_time_has_no_am_pm() -> None:
    """An ISO date with a 24-hour time ("2019-12-24 10:30") resolves without a crash.

    Its pattern has hour and minute groups but no am/pm group.
    """
    text = "The talks were set for 2019-12-24 10:30 in the city."
    document = Document("x", text, dt.date(2019, 12, 24))
    found = [(t.text, t.value) for t in find_timexes(document, segment(text))]
    assert found == [("2019-12-24 10:30", "2019-12-24T10:30")]


def test_a_caption_dateline_names_a_day_already_come() -> None:
    """'TOKYO, March 16' over a caption in the present is the March before publication."""
    text = "2023 in pictures\nTOKYO, March 16\nYoon and Kishida review an honor guard.\n"
    found = find_timexes(Document("t", text, dt.date(2023, 12, 28)), segment(text))
    assert [(t.text, t.value) for t in found if t.text == "March 16"] == [
        ("March 16", "2023-03-16")
    ]


def test_a_date_in_the_purpose_of_a_dated_trip_lies_ahead() -> None:
    """'flew to Washington on Sunday for a summit with Trump on Monday': the Monday after."""
    text = "He flew to Washington on Sunday for a summit with Donald Trump on Monday."
    found = find_timexes(Document("t", text, dt.date(2025, 8, 24)), segment(text))
    assert [(t.text, t.value) for t in found] == [
        ("Sunday", "2025-08-24"), ("Monday", "2025-08-25")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moon asked Abe to come to the Winter Olympics in February.", ("February", "2018-02")),
        ("The court ruled on Oct. 30 last year.", ("Oct. 30 last year", "2016-10-30")),
    ],
)
def test_asked_to_come_lies_ahead_and_a_day_of_last_year_is_one_date(
    text: str, expected: tuple[str, str]
) -> None:
    """'asked X to come ... in February' is the February to come; 'Oct. 30 last year' is
    one expression in the year before publication."""
    found = find_timexes(Document("t", text, dt.date(2017, 7, 8)), segment(text))
    assert [(t.text, t.value) for t in found] == [expected]


def test_the_part_of_a_day_named_after_it_is_one_expression() -> None:
    """'the afternoon of Dec. 20' is 2018-12-20TAF; 'the evening of the same day' too."""
    text = "The talks began on the afternoon of Dec. 20 and ended on the evening of the same day."
    found = find_timexes(Document("t", text, dt.date(2018, 12, 25)), segment(text))
    assert [(t.text, t.value) for t in found] == [
        ("the afternoon of Dec. 20", "2018-12-20TAF"),
        ("the evening of the same day", "2018-12-20TEV"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The visit caps a steady cooling since December.", dt.date(2012, 8, 10),
         [("December", "2011-12")]),
        ("Lee leaves for Tokyo on Saturday for his first trip since taking office in June.",
         dt.date(2025, 8, 22), [("Saturday", "2025-08-23"), ("June", "2025-06")]),
        ("Abe, who devoted his address on Wednesday to North Korea, said the crisis was grave.",
         dt.date(2017, 9, 22), [("Wednesday", "2017-09-20")]),
    ],
)
def test_since_and_unlisted_past_tenses_make_dates_past(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    """'since' opens a period already begun; 'who devoted' is a past tense the lexicon lacks."""
    found = find_timexes(Document("t", text, published), segment(text))
    assert [(t.text, t.value) for t in found] == expected


def test_a_speakers_today_skips_a_day_named_in_a_background_phrase() -> None:
    """'after both had joined Li on Sunday ...': Sunday is background, so a quoted 'Today'
    later is the day of the reported talks, not that Sunday."""
    text = ("SEOUL, Nov. 2 -- Park and Abe agreed Monday to speed up talks.\nThe two leaders"
            " talked for about 100 minutes at the presidential office, after both had joined"
            " Li on Sunday for a three-way summit.\n"
            '"Today can be a starting point," Abe said.')
    found = find_timexes(Document("t", text, dt.date(2015, 11, 2)), segment(text))
    assert ("Today", "2015-11-02") in [(t.text, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ("Modi said he looked forward to welcoming Yoon to New Delhi for the G20 summit in"
         " September.", dt.date(2023, 5, 21), "September", "2023-09"),
        ("Moon accepted Putin's invitation to an economic forum in Vladivostok in September.",
         dt.date(2017, 7, 8), "September", "2017-09"),
        ("Ishiba dissolved the lower house for a general election on Oct. 27.",
         dt.date(2024, 10, 10), "Oct. 27", "2024-10-27"),
        ("The pact had been due to renew automatically on Saturday.", dt.date(2019, 8, 22),
         "Saturday", "2019-08-24"),
        ("With Japan due to host the Olympics in the summer, neither leader can move.",
         dt.date(2019, 12, 25), "the summer", "2020-SU"),
    ],
)
def test_a_date_that_a_past_act_looks_ahead_to_is_not_past(
    text: str, published: dt.date, expression: str, value: str
) -> None:
    """Anticipation, invitation, 'due to' and an act's purpose look ahead of the past verb."""
    found = find_timexes(Document("t", text, published), segment(text))
    assert (expression, value) in [(t.text, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        ('"Today marks a new beginning," Kishida said at the news conference on March 16.',
         dt.date(2023, 3, 20), "Today", "2023-03-16"),
        ('Speaking in Tokyo on May 8, Kishida said, "Yesterday\'s talks were frank."',
         dt.date(2023, 5, 12), "Yesterday", "2023-05-07"),
        ('"We will talk more over dinner tonight," Yoon said on May 7.',
         dt.date(2023, 5, 10), "tonight", "2023-05-07TNI"),
        ('"This week will be remembered," Kishida said on Aug. 18.',
         dt.date(2023, 8, 25), "This week", "2023-W33"),
        # no day named outside the quote: the publication day
        ('"Today marks a new beginning," Kishida said.', dt.date(2023, 3, 20), "Today",
         "2023-03-20"),
    ],
)
def test_a_speakers_today_is_the_day_the_sentence_says_they_spoke(
    text: str, published: dt.date, expression: str, value: str
) -> None:
    """ANNOTATION.md: a quote's "today" is the day the quote was spoken, as the text says."""
    found = {t.text: t.value for t in _run(text, published)}
    assert found[expression] == value


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # "would": the future of a past report; the nearest occurrence, not the past
        ("Kishida said he would dissolve the lower house on Oct. 14.", dt.date(2021, 10, 5),
         "Oct. 14", "2021-10-14"),
        # a bare verb under the same auxiliary
        ("Kishida said he would dissolve the lower house on Oct. 14 and hold a general "
         "election on Oct. 31.", dt.date(2021, 10, 5), "Oct. 31", "2021-10-31"),
        # the day a verb of scheduling sets
        ("A snap presidential election has been set for June 3.", dt.date(2025, 4, 20),
         "June 3", "2025-06-03"),
        # a present verb of wanting looks forward
        ("Officials in Seoul say they want a settlement before a possible Yoon visit to Japan "
         "in March.", dt.date(2023, 1, 12), "March", "2023-03"),
        # a simple past that is no participle is the main verb after a parenthesis
        ("Their first summit, in Seoul on Nov. 2, came after Abe joined Park and Li for a "
         "three-way summit the previous day.", dt.date(2016, 8, 12), "Nov. 2", "2015-11-02"),
    ],
)
def test_the_clause_decides_the_year_of_a_date_without_one(
    text: str, published: dt.date, expression: str, value: str
) -> None:
    """Issue 12: a date without a year takes its year from its clause's verb group."""
    found = {t.text: t.value for t in _run(text, published)}
    assert found[expression] == value


def test_a_month_of_that_year_is_one_expression_in_the_year_named_last() -> None:
    """'December of that year' after 'August 2019' is 2019-12, not last December."""
    text = ("The ministers had not met since August 2019 in Beijing. Their leaders have not met"
            " since December of that year.")
    found = {t.text: t.value for t in _run(text, dt.date(2023, 11, 28))}
    assert found == {"August 2019": "2019-08", "December of that year": "2019-12"}


def test_the_same_day_under_a_new_heading_is_the_story_s_day() -> None:
    """A readout's '(Reference)' part: 'On the same day' is the meeting's day, not the last
    day named in the part before."""
    text = ("On March 31, the Prime Minister held a meeting with the President.\n"
            "He recalled the summit held in Seoul on November 1 last year.\n"
            "(Reference) Trilateral Summit Meeting\n"
            "On the same day, the Prime Minister attended a trilateral meeting.")
    found = _run(text, dt.date(2016, 3, 31))
    assert [(t.text, t.value) for t in found if t.text == "the same day"] == [
        ("the same day", "2016-03-31")]


def test_a_past_clause_s_date_a_day_past_its_anchor_is_across_a_date_line() -> None:
    """'0:20 a.m. on April 1, Japan time' in a report dated March 31: the next day, not a year back.

    Two days past the anchor is still a year earlier in a past clause.
    """
    march31 = dt.date(2016, 3, 31)
    assert month_day_date(4, 1, march31, Tense.PAST) == dt.date(2016, 4, 1)
    assert month_day_date(4, 2, march31, Tense.PAST) == dt.date(2015, 4, 2)
