"""Tests for kjrel.linking and the corpus built on it: one record per real meeting.

The two small corpora here are invented, written for these tests: short
reports of real meetings (the reference's), told with different precision,
as planned and as held, at a venue, at a place the reference contradicts,
a bilateral and a trilateral meeting of the same day, a vague mention, and
a meeting the reference lacks.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kjrel
from kjrel.cli import main
from kjrel.corpus import Corpus
from kjrel.linking import Aspect, link_extraction, summit_candidates
from kjrel.models import (
    Document,
    Extraction,
    PartialDate,
    Place,
    Span,
    Summit,
    SummitKind,
    SummitStatus,
)
from kjrel.reference import ReferenceMeeting, default_reference

PAIR = ("Fumio Kishida", "Yoon Suk Yeol")

# One meeting (Tokyo, 16 March 2023) reported four ways: planned, held on
# the day, to the month, and at a place the reference contradicts.
TOKYO = {
    "a0": ("2023-03-10",
           "South Korean President Yoon Suk Yeol will travel to Tokyo next week for a summit"
           " with Japanese Prime Minister Fumio Kishida, his office said on Friday.\n"
           "The two leaders are scheduled to hold talks on March 16, the first such visit by"
           " a South Korean president in twelve years.\n"),
    "a1": ("2023-03-16",
           "TOKYO — President Yoon Suk Yeol and Prime Minister Fumio Kishida held a summit in"
           " Tokyo on Thursday and agreed to resume regular visits between their capitals.\n"
           "\"We have opened a new chapter,\" Kishida told reporters after the talks.\n"),
    "a2": ("2023-04-02",
           "Relations between Seoul and Tokyo have warmed since Yoon Suk Yeol visited Tokyo in"
           " March for talks with Fumio Kishida.\n"),
    "a3": ("2023-03-20",
           "Yoon Suk Yeol and Fumio Kishida met in Osaka on March 16, a regional newspaper"
           " wrongly reported on Monday.\n"),
}

# A bilateral and a trilateral meeting of one day, a vague year, a venue,
# an undated mention, and a meeting the reference lacks (Osaka, June 2019).
MIXED = {
    "b1": ("2022-11-14",
           "PHNOM PENH — President Yoon Suk Yeol and Prime Minister Fumio Kishida held their"
           " first formal summit in Phnom Penh on Sunday.\n"
           "Earlier that day the two leaders held a three-way summit with U.S. President Joe"
           " Biden in the Cambodian capital.\n"),
    "b2": ("2022-11-20",
           "Yoon Suk Yeol met Fumio Kishida in Phnom Penh on Nov. 13, hours after a trilateral"
           " summit with Joe Biden there.\n"),
    "b3": ("2023-12-01",
           "Yoon Suk Yeol held talks with Fumio Kishida in 2022, a year of cautious contacts"
           " between the neighbours.\n"),
    "d1": ("2015-11-03",
           "President Park Geun-hye received Prime Minister Shinzo Abe at Cheong Wa Dae on"
           " Monday for their first summit.\n"),
    "d2": ("2015-11-05",
           "Park Geun-hye and Shinzo Abe held their first summit in Seoul on Monday.\n"),
    "d3": ("2015-11-04",
           "The summit between Park Geun-hye and Shinzo Abe ended without a deal on the issue"
           " of the comfort women.\n"),
    "c1": ("2019-06-29",
           "OSAKA — President Moon Jae-in and Prime Minister Shinzo Abe held brief talks in"
           " Osaka on Friday on the sidelines of the G20 summit.\n"),
    "c2": ("2019-07-05",
           "Moon Jae-in and Shinzo Abe met in Osaka on June 28, officials in Seoul said.\n"),
}


def _write(directory: Path, articles: dict[str, tuple[str, str]]) -> Path:
    directory.mkdir()
    lines = ["schema = 1"]
    for doc_id, (published, text) in articles.items():
        (directory / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        lines += ["", "[[article]]", f'id = "{doc_id}"', f'file = "{doc_id}.txt"',
                  f"published = {published}", 'published_basis = "stated"']
    (directory / "manifest.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def tokyo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(tmp_path_factory.mktemp("linking") / "tokyo", TOKYO)


@pytest.fixture(scope="module")
def tokyo(tokyo_dir: Path) -> Corpus:
    return kjrel.load(tokyo_dir, cache=False)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return kjrel.load(_write(tmp_path_factory.mktemp("linking") / "mixed", MIXED), cache=False)


def _by_id(corpus: Corpus, reference_id: str | None) -> list[Summit]:
    return [s for s in corpus.summits if s.reference_id == reference_id]


# --------------------------------------------------------------------------
# One meeting, four reports
# --------------------------------------------------------------------------


def test_four_reports_of_one_meeting_are_one_record(tokyo: Corpus) -> None:
    """Planned, held, to the month and at another place: one record, held, on the day."""
    (summit,) = tokyo.summits
    assert summit.reference_id == "m-2023-03-16-tokyo"
    assert summit.documents() == ("a0", "a1", "a2", "a3")
    assert summit.status is SummitStatus.HELD
    assert summit.date == PartialDate(2023, 3, 16)
    assert summit.place == Place("Tokyo", "JP")  # the reports that agree with the reference


def test_each_article_keeps_its_own_claims(tokyo: Corpus) -> None:
    """The merged record's reports keep each article's date, place, status and spans."""
    (summit,) = tokyo.summits
    reports = {r.evidence[0].doc_id: r for r in tokyo.reports(summit)}
    assert isinstance(reports["a3"], Summit) and reports["a3"].place == Place("Osaka", "JP")
    assert isinstance(reports["a2"], Summit) and reports["a2"].date == PartialDate(2023, 3)
    assert isinstance(reports["a0"], Summit)
    assert reports["a0"].status is SummitStatus.PLANNED
    assert "Osaka" in tokyo.text(reports["a3"].evidence[0])
    # every article's own extraction carries the id too, and its own place
    (osaka,) = tokyo.extraction("a3").summits
    assert osaka.place == Place("Osaka", "JP") and osaka.reference_id == summit.reference_id


def test_a_place_the_reference_contradicts_is_shown_with_both_sides(tokyo: Corpus) -> None:
    """Osaka against the reference's Tokyo: both sides, the reference's with its source."""
    (found,) = tokyo.reference_disagreements()
    assert found.aspect is Aspect.PLACE
    assert found.meeting.id == "m-2023-03-16-tokyo"
    assert found.reference_value() == "Tokyo" and found.values() == ("Osaka",)
    assert found.meeting.source.startswith("https://")
    assert [r.documents() for r in found.reports] == [("a3",)]


def test_show_prints_the_id_and_where_articles_differ(
    tokyo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kjrel show` gives the event's reference id, its articles, and the place disagreement."""
    assert main(["show", "--corpus", str(tokyo_dir)]) == 0
    out = capsys.readouterr().out
    assert "in Tokyo  [m-2023-03-16-tokyo]" in out
    assert "in 4 article(s): a0, a1, a2, a3" in out
    assert "m-2023-03-16-tokyo place: reference Tokyo" in out
    assert "    Osaka  [a3]" in out


def test_queries_can_include_the_reference(tokyo: Corpus) -> None:
    """Meetings no article reports come back as ReferenceMeeting records, in date order."""
    assert tokyo.summits_between("2023", "2023") == tokyo.summits
    both = tokyo.summits_between("2023-01-01", "2023-06-30", include_reference=True)
    assert both[0] is tokyo.summits[0]
    others = [m for m in both if isinstance(m, ReferenceMeeting)]
    assert [m.id for m in others] == [
        "m-2023-05-07-seoul", "m-2023-05-21-hiroshima-trilateral", "m-2023-05-21-hiroshima",
    ]
    planned = tokyo.summits_between("2023", include_reference=True,
                                    status=SummitStatus.PLANNED)
    assert planned == ()
    assert tokyo.summits_per_year() == {2023: 1}
    # with the reference: every meeting both attended (trilaterals too), Tokyo once
    attended = [m.date.year for m in default_reference().summits
                if set(PAIR) <= set(m.participants)]
    counted = tokyo.summits_per_year("Kishida", "Yoon", include_reference=True)
    assert counted == {year: attended.count(year) for year in sorted(set(attended))}
    assert counted[2023] == 10


def test_last_meeting(tokyo: Corpus) -> None:
    """The articles' last meeting before a date, or the reference's with include_reference."""
    assert tokyo.last_meeting("Kishida", "Yoon Suk-yeol", before="2023-03-16") is None
    assert tokyo.last_meeting("Kishida", "Yoon", before="2023-05-20") is tokyo.summits[0]
    latest = tokyo.last_meeting("Kishida", "Yoon", before="2023-05-20", include_reference=True)
    assert isinstance(latest, ReferenceMeeting) and latest.id == "m-2023-05-07-seoul"
    assert tokyo.last_meeting("Kishida", "Moon Jae-in") is None


# --------------------------------------------------------------------------
# Same day, vague, venue, undated, unknown to the reference
# --------------------------------------------------------------------------


def test_a_bilateral_and_a_trilateral_of_one_day_stay_two(mixed: Corpus) -> None:
    """Phnom Penh, 13 November 2022: two meetings, each reported by both articles."""
    bilateral = _by_id(mixed, "m-2022-11-13-phnom-penh")
    trilateral = _by_id(mixed, "m-2022-11-13-phnom-penh-trilateral")
    assert [s.documents() for s in bilateral] == [("b1", "b2")]
    assert [s.documents() for s in trilateral] == [("b1", "b2")]


def test_a_vague_record_joins_neither_meeting(mixed: Corpus) -> None:
    """'In 2022' fits New York and Phnom Penh: no id, a record of its own, not counted twice."""
    (vague,) = [s for s in mixed.summits if s.documents() == ("b3",)]
    assert vague.reference_id is None and vague.date == PartialDate(2022)
    # the Phnom Penh bilateral and trilateral; 'in 2022' may be one of them
    assert mixed.summits_per_year("Kishida", "Yoon") == {2022: 2}
    assert mixed.summits_per_year("Kishida", "Yoon", include_reference=True)[2022] == len(
        [m for m in default_reference().meetings_between(dt.date(2022, 1, 1),
                                                         dt.date(2022, 12, 31))
         if m.is_summit and set(PAIR) <= set(m.participants)]
    )


def test_a_venue_and_an_undated_mention_join_the_meeting(mixed: Corpus) -> None:
    """Cheong Wa Dae is in Seoul: no disagreement; 'the summit' of a 2015 article is the one."""
    (seoul,) = _by_id(mixed, "m-2015-11-02-seoul")
    assert seoul.documents() == ("d1", "d2", "d3")
    assert seoul.place == Place("Seoul", "KR")  # written as the reference writes it
    assert [d.meeting.id for d in mixed.reference_disagreements()] == []


def test_a_meeting_the_reference_lacks_merges_without_an_id(mixed: Corpus) -> None:
    """Osaka, June 2019 is not in the reference: the two reports still merge, unlinked."""
    (osaka,) = [s for s in mixed.summits if s.place == Place("Osaka", "JP")]
    assert osaka.reference_id is None and osaka.documents() == ("c1", "c2")
    assert osaka.kind is SummitKind.SIDELINES and osaka.occasion == "G20"


def test_the_extract_json_is_unchanged_by_linking(tokyo_dir: Path, tokyo: Corpus) -> None:
    """The annotation shape has no reference id: what `kjrel extract` writes is the article's."""
    from kjrel.annotation import dump_annotation, to_annotation
    from kjrel.loader import extract_article, read_article

    document = read_article(tokyo_dir / "a3.txt", doc_id="a3", published=dt.date(2023, 3, 20))
    plain = dump_annotation(to_annotation(extract_article(document, "a3.txt")))
    assert plain == dump_annotation(to_annotation(tokyo.extraction("a3")))
    assert "reference" not in plain


# --------------------------------------------------------------------------
# The rule, record by record
# --------------------------------------------------------------------------


def _summit(date: PartialDate | None, place: Place | None = None, *,
            people: tuple[str, ...] = PAIR, status: SummitStatus = SummitStatus.HELD,
            occasion: str | None = None, country: str | None = None) -> Summit:
    return Summit(tuple(sorted(people)), date, place, country=country, status=status,
                  occasion=occasion, evidence=(Span("x", 0, 1),))


def _ids(summit: Summit, **options: object) -> list[str]:
    found = default_reference().meeting_candidates(summit, **options)  # type: ignore[arg-type]
    return [m.id for m in found]


def test_the_country_of_a_summit_without_a_place_counts() -> None:
    """'In May 2023, in South Korea' is Seoul, not Hiroshima."""
    assert _ids(_summit(PartialDate(2023, 5))) == ["m-2023-05-07-seoul",
                                                  "m-2023-05-21-hiroshima"]
    assert _ids(_summit(PartialDate(2023, 5), country="KR")) == ["m-2023-05-07-seoul"]


def test_the_publication_date_bounds_what_a_report_can_mean() -> None:
    """A held meeting is not after the article, a planned one not before it."""
    undated = _summit(None)
    assert len(_ids(undated)) > 5
    assert _ids(undated, published=dt.date(2022, 10, 1)) == ["m-2022-09-21-new-york"]
    planned = _summit(PartialDate(2023), status=SummitStatus.PLANNED)
    assert _ids(planned, published=dt.date(2023, 11, 1))[0] == "m-2023-11-16-san-francisco"
    assert "m-2023-03-16-tokyo" not in _ids(planned, published=dt.date(2023, 11, 1))


def test_a_day_off_at_the_named_place_links_unless_the_article_has_the_day() -> None:
    """Lima, 15 November (the reference: the 16th): linked, but not when the 16th is reported."""
    day_off = _summit(PartialDate(2024, 11, 15), Place("Lima", "PE"),
                      people=("Shigeru Ishiba", "Yoon Suk Yeol"))
    assert _ids(day_off) == ["m-2024-11-16-lima"]
    assert _ids(day_off, leeway=False) == []
    assert _ids(day_off, taken={"m-2024-11-16-lima"}) == []
    nameless = _summit(PartialDate(2024, 11, 15), None, people=day_off.participants)
    assert _ids(nameless) == []
    on_the_day = _summit(PartialDate(2024, 11, 16), Place("Lima", "PE"),
                         people=day_off.participants)
    assert summit_candidates([day_off, on_the_day], default_reference()) == (
        (), ("m-2024-11-16-lima",)
    )


def test_ties_are_broken_by_the_place_then_the_gathering() -> None:
    """A year and a city, or a year and 'APEC', can still name one meeting."""
    assert _ids(_summit(PartialDate(2023), Place("Tokyo", "JP"))) == ["m-2023-03-16-tokyo"]
    apec = _summit(PartialDate(2023), occasion="the APEC forum")
    assert _ids(apec) == ["m-2023-11-16-san-francisco"]
    assert len(_ids(_summit(PartialDate(2023), occasion="a larger gathering"))) > 1


def test_venues_are_read_as_their_city() -> None:
    """The Blue House is in Seoul; 'near Washington' only locates Camp David."""
    reference = default_reference()
    assert reference.city_of("the Blue House") == "Seoul"
    assert reference.city_of("Osaka") is None
    camp_david = reference.meeting("m-2023-08-18-camp-david")
    near = _summit(PartialDate(2023, 8), Place("near Washington", "US"),
                   people=("Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"))
    assert not reference.place_disagrees(camp_david, near)
    seoul = reference.meeting("m-2015-11-02-seoul")
    venue = _summit(PartialDate(2015, 11, 2), Place("Cheong Wa Dae", "KR"),
                    people=("Park Geun-hye", "Shinzo Abe"))
    assert reference.names_place(seoul, venue.place)
    assert not reference.place_disagrees(seoul, venue)


def test_link_extraction_sets_ids_afresh_and_lists_vague_records() -> None:
    """A stale id is replaced; a record several meetings fit is listed with their ids."""
    document = Document("x", "text", dt.date(2024, 1, 10))
    stale = Summit(PAIR, PartialDate(2023, 3, 16), Place("Tokyo", "JP"),
                   evidence=(Span("x", 0, 1),), reference_id="m-1983-01-11-seoul")
    vague = _summit(PartialDate(2023))
    linked = link_extraction(Extraction(document, summits=(stale, vague)), default_reference())
    first, second = linked.extraction.summits
    assert first.reference_id == "m-2023-03-16-tokyo" and second.reference_id is None
    assert linked.vague_summits[second][0] == "m-2023-03-16-tokyo"
    assert len(linked.vague_summits[second]) > 2


# --------------------------------------------------------------------------
# Properties of a built corpus
# --------------------------------------------------------------------------

_DATES = st.sampled_from([
    None, PartialDate(2023), PartialDate(2023, 3), PartialDate(2023, 3, 16),
    PartialDate(2023, 3, 17), PartialDate(2023, 5), PartialDate(2023, 11, 16), PartialDate(2022),
])
_PLACES = st.sampled_from([None, Place("Tokyo", "JP"), Place("Osaka", "JP"),
                           Place("Seoul", "KR"), Place("San Francisco", "US")])
_REPORTS = st.lists(
    st.tuples(_DATES, _PLACES, st.sampled_from(SummitStatus),
              st.sampled_from([PAIR, (*PAIR, "Joe Biden")])),
    max_size=4,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_REPORTS, st.dates(dt.date(2022, 6, 1), dt.date(2024, 6, 1))),
                min_size=1, max_size=4))
def test_a_built_corpus_has_one_record_per_id_and_keeps_every_report(
    articles: list[tuple[list[tuple[PartialDate | None, Place | None, SummitStatus,
                                    tuple[str, ...]]], dt.date]],
) -> None:
    """Every id is one record; the reports of the records are exactly the articles' records,
    each in one record; no record is made of reports of two ids."""
    extractions = [
        Extraction(Document(f"d{n}", "x" * 100, published), summits=tuple(
            Summit(tuple(sorted(people)), date, place, status=status,
                   evidence=(Span(f"d{n}", i, i + 1),))
            for i, (date, place, status, people) in enumerate(reports)
        ))
        for n, (reports, published) in enumerate(articles)
    ]
    corpus = Corpus.build(extractions)
    ids = [s.reference_id for s in corpus.summits if s.reference_id is not None]
    assert len(ids) == len(set(ids))
    reported = [r for s in corpus.summits for r in corpus.reports(s)]
    assert sorted(map(repr, reported)) == sorted(
        repr(s) for e in corpus.extractions for s in e.summits
    )
    for summit in corpus.summits:
        assert {r.reference_id for r in corpus.reports(summit)} == {summit.reference_id}
