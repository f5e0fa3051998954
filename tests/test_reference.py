"""Tests for kjrel.reference: the bundled data, the queries, extending it, errors, the CLI."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from kjrel.cli import main
from kjrel.corpus import Corpus
from kjrel.errors import KjrelError, QueryError
from kjrel.gazetteer import default_gazetteer
from kjrel.models import (
    AgreementKind,
    Document,
    Extraction,
    PartialDate,
    Place,
    Span,
    Summit,
    SummitKind,
    SummitStatus,
)
from kjrel.reference import (
    MeetingKind,
    ReferenceDataError,
    default_reference,
    load_reference,
    reference_lines,
)

REF = default_reference()
MEETINGS = REF.meetings
INSTRUMENTS = REF.instruments
_ID = re.compile(r"[mi]-\d{4}(?:-\d{2}(?:-\d{2})?)?-[a-z0-9]+(?:-[a-z0-9]+)*\Z")

# The in-person meetings per year, 2012-2026, as the docs' coverage table states them.
EXPECTED_PER_YEAR = {
    2012: 2, 2013: 0, 2014: 1, 2015: 2, 2016: 3, 2017: 4, 2018: 4, 2019: 3,
    2020: 0, 2021: 0, 2022: 4, 2023: 10, 2024: 7, 2025: 5, 2026: 1,
}


def _ids(entries: object) -> list[str]:
    return [entry.id for entry in entries]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------
# The bundled data
# --------------------------------------------------------------------------


@pytest.mark.parametrize("entry", [*MEETINGS, *INSTRUMENTS], ids=lambda e: e.id)
def test_every_entry_has_a_source_url_and_a_date_basis(entry: object) -> None:
    """Each entry names an http(s) page and says how its date is known."""
    assert re.match(r"https?://\S+\Z", entry.source)  # type: ignore[attr-defined]
    assert len(entry.date_basis.split()) >= 2  # type: ignore[attr-defined]


def test_ids_are_unique_and_stable_shaped() -> None:
    """Ids are unique, and each is a prefix, the entry's ISO date and a slug."""
    ids = _ids(MEETINGS) + _ids(INSTRUMENTS)
    assert len(ids) == len(set(ids))
    for entry in (*MEETINGS, *INSTRUMENTS):
        assert _ID.match(entry.id), entry.id
        assert entry.id[2:].startswith(entry.date.isoformat() + "-"), entry.id


@pytest.mark.parametrize("meeting", MEETINGS, ids=lambda m: m.id)
def test_participants_are_known_and_in_office_on_the_day(meeting: object) -> None:
    """Every participant is a gazetteer leader who led a country on the meeting's date."""
    gazetteer = default_gazetteer()
    date: PartialDate = meeting.date  # type: ignore[attr-defined]
    for name in meeting.participants:  # type: ignore[attr-defined]
        leader = gazetteer.lookup(name, date.earliest())
        assert leader is not None and leader.name == name, name
        days = (date.earliest(), date.latest())
        assert any(leader.is_leader_on(day) for day in days), (name, date)


def test_every_meeting_place_is_a_place_extraction_knows() -> None:
    """Every in-person meeting's city is a gazetteer place in the meeting's country.

    An article naming it ("Roh went to Ibusuki") then finds the host.
    """
    gazetteer = default_gazetteer()
    for meeting in MEETINGS:
        if not meeting.is_summit:
            continue
        city = meeting.place.name.split(" (")[0]
        found = gazetteer.place_country(city) or gazetteer.capital_country(city)
        venue = any(city == v.name for v in REF.venues)
        assert venue or found == meeting.place.country, (meeting.id, city)


def test_each_meeting_has_a_japanese_and_a_korean_leader() -> None:
    """A Korea-Japan meeting has one leader of each country on its date."""
    gazetteer = default_gazetteer()
    for meeting in MEETINGS:
        day = meeting.date.earliest()
        countries = {
            office.country
            for name in meeting.participants
            for office in gazetteer.lookup(name, day).offices_on(day)  # type: ignore[union-attr]
        }
        assert {"JP", "KR"} <= countries, meeting.id


def test_kinds_are_valid_and_agree_with_the_participants() -> None:
    """Kinds are enum members; trilaterals have three leaders, the others two."""
    for meeting in MEETINGS:
        assert isinstance(meeting.kind, MeetingKind)
        expected = 3 if meeting.kind is MeetingKind.TRILATERAL else 2
        assert len(meeting.participants) == expected, meeting.id
        if meeting.kind is MeetingKind.SIDELINES:
            assert meeting.occasion, meeting.id
    for instrument in INSTRUMENTS:
        assert isinstance(instrument.kind, AgreementKind)
        # Korea-Japan instruments, and a few of the peninsula's with a third the press cites
        assert {"JP", "KR", "KP"} & set(instrument.parties), instrument.id


def test_entries_are_in_date_order() -> None:
    """Meetings and instruments are ordered by date."""
    for entries in (MEETINGS, INSTRUMENTS):
        keys = [entry.date.sort_key() for entry in entries]
        assert keys == sorted(keys)


def test_phone_talks_are_never_summits() -> None:
    """A phone talk is kept, but not among the summits nor in the yearly counts."""
    phone = [m for m in MEETINGS if m.kind is MeetingKind.PHONE]
    assert phone
    assert all(not m.is_summit and m.kind.summit_kind is None for m in phone)
    assert not set(_ids(phone)) & set(_ids(REF.summits))
    assert sum(REF.per_year(include_phone=True).values()) == len(MEETINGS)


def test_per_year_counts_match_the_documented_table() -> None:
    """The counts 2012-2026 are those in docs/reference.rst's coverage table."""
    counts = REF.per_year()
    assert {year: counts.get(year, 0) for year in EXPECTED_PER_YEAR} == EXPECTED_PER_YEAR


def test_docs_table_states_the_same_counts() -> None:
    """The coverage table in docs/reference.rst lists each year's count."""
    docs = Path(__file__).parent.parent / "docs" / "reference.rst"
    if not docs.exists():
        pytest.skip("docs not present (installed package)")
    text = docs.read_text(encoding="utf-8")
    for year, count in EXPECTED_PER_YEAR.items():
        assert re.search(rf"^\s*{year}\s+{count}\s", text, re.MULTILINE), year


def test_the_key_instruments_are_there() -> None:
    """The instruments the issue names are present with their kinds."""
    kinds = {i.id: i.kind for i in INSTRUMENTS}
    assert kinds["i-1965-06-22-basic-relations"] is AgreementKind.TREATY
    assert kinds["i-1998-10-08-joint-declaration"] is AgreementKind.JOINT_DECLARATION
    assert kinds["i-2015-12-28-comfort-women"] is AgreementKind.JOINT_STATEMENT
    assert kinds["i-2016-11-23-gsomia"] is AgreementKind.TREATY
    assert kinds["i-2023-12-01-currency-swap"] is AgreementKind.MOU
    assert kinds["i-2023-08-18-commitment-to-consult"] is AgreementKind.COMMITMENT


# --------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------


def test_meetings_between_is_inclusive_and_takes_partial_dates(tmp_path: Path) -> None:
    """Bounds are inclusive; a month-precision meeting counts when it overlaps."""
    found = REF.meetings_between(dt.date(2025, 11, 23), dt.date(2026, 1, 13))
    assert _ids(found) == ["m-2025-11-23-johannesburg", "m-2026-01-13-nara"]
    assert REF.meetings_between(dt.date(2020, 1, 1), dt.date(2021, 12, 31)) == ()
    assert REF.meetings_between() == MEETINGS
    path = tmp_path / "mine.toml"
    path.write_text(_USER_MEETING, encoding="utf-8")
    mine = load_reference(path)
    assert "m-1965-12-user-test" in _ids(mine.meetings_between(dt.date(1965, 12, 31)))
    assert "m-1965-12-user-test" not in _ids(mine.meetings_between(dt.date(1966, 1, 1)))


def test_meetings_of_accepts_any_spelling() -> None:
    """Leaders are found by any spelling the gazetteer knows."""
    found = REF.meetings_of("Ishiba", "Lee Jae Myung")
    assert _ids(found) == [
        "m-2025-06-09-phone", "m-2025-06-17-kananaskis", "m-2025-08-23-tokyo",
        "m-2025-09-30-busan",
    ]


def test_meetings_of_an_unknown_name_is_a_query_error() -> None:
    """An unknown name is a QueryError naming it."""
    with pytest.raises(QueryError, match="Nobody Atall"):
        REF.meetings_of("Nobody Atall", "Kishida")


def test_last_meeting() -> None:
    """The latest in-person meeting before a day; phone talks only on request."""
    last = REF.last_meeting("Kishida", "Yoon Suk-yeol")
    assert last is not None and last.id == "m-2024-09-06-seoul"
    before = REF.last_meeting("Kishida", "Yoon", before=dt.date(2023, 5, 7))
    assert before is not None and before.id == "m-2023-03-16-tokyo"
    assert REF.last_meeting("Ishiba", "Lee Jae-myung", before=dt.date(2025, 6, 17)) is None
    phone = REF.last_meeting(
        "Ishiba", "Lee Jae-myung", before=dt.date(2025, 6, 17), include_phone=True
    )
    assert phone is not None and phone.kind is MeetingKind.PHONE


def test_meeting_by_id() -> None:
    """A meeting is found by its id; an unknown id is a QueryError."""
    assert REF.meeting("m-2023-03-16-tokyo").place.name == "Tokyo"
    with pytest.raises(QueryError):
        REF.meeting("m-1900-01-01-nowhere")


def test_default_reference_is_cached() -> None:
    """default_reference() builds once."""
    assert default_reference() is default_reference()


# --------------------------------------------------------------------------
# Extending with a user file
# --------------------------------------------------------------------------

_USER_MEETING = """
[[meeting]]
id = "m-1965-12-user-test"
date = "1965-12"
place = "Seoul"
country = "KR"
participants = ["Eisaku Sato", "Park Chung-hee"]
kind = "bilateral"
source = "https://example.org/record"
date_basis = "a user's own record"
"""

_USER_INSTRUMENT = """
[[instrument]]
id = "i-2000-01-01-user-test"
date = 2000-01-01
title = "A user's instrument"
parties = ["JP", "KR"]
kind = "mou"
source = "https://example.org/instrument"
date_basis = "a user's own record"
"""


def test_extending_with_a_user_file(tmp_path: Path) -> None:
    """A user's file adds meetings and instruments in date order."""
    path = tmp_path / "mine.toml"
    path.write_text(_USER_MEETING + _USER_INSTRUMENT, encoding="utf-8")
    ref = load_reference(path)
    assert len(ref.meetings) == len(MEETINGS) + 1
    assert len(ref.instruments) == len(INSTRUMENTS) + 1
    assert ref.meetings[0].id == "m-1965-12-user-test"
    assert ref.meeting("m-1965-12-user-test").date == PartialDate(1965, 12)
    assert default_reference() is REF and len(REF.meetings) == len(MEETINGS)


def test_a_user_entry_with_an_existing_id_is_an_error(tmp_path: Path) -> None:
    """Reusing a bundled id is an error naming the file, the line and the first use."""
    path = tmp_path / "dup.toml"
    text = _USER_MEETING.replace("m-1965-12-user-test", "m-2023-03-16-tokyo")
    text = text.replace('"1965-12"', "2023-03-16").replace(
        '["Eisaku Sato", "Park Chung-hee"]', '["Fumio Kishida", "Yoon Suk Yeol"]'
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(path)
    error = caught.value
    assert error.path == str(path) and error.line == 3
    assert "already used in kjrel/reference/meetings.toml" in str(error)


_USER_VENUE = """
[[venue]]
name = "Hotel Example"
aliases = ["the Example hotel"]
city = "Busan"
country = "KR"
source = "https://example.org/venue"
"""


def test_a_user_venue_is_read_as_its_city(tmp_path: Path) -> None:
    """A venue of one's own names its city; a spelling naming two cities is an error."""
    path = tmp_path / "venues.toml"
    path.write_text(_USER_VENUE, encoding="utf-8")
    ref = load_reference(path)
    assert ref.city_of("the example hotel") == "Busan"
    assert ref.city_of("Blue House") == "Seoul" and len(ref.venues) == len(REF.venues) + 1
    path.write_text("# mine\n" + _USER_VENUE.replace('"the Example hotel"', '"Blue House"'),
                    encoding="utf-8")
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(path)
    assert caught.value.path == str(path) and caught.value.line == 3
    assert "'Blue House' already names a venue in Seoul" in str(caught.value)
    path.write_text(_USER_VENUE.replace("city =", "town ="), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"venue #1: unknown key\(s\) \['town'\]"):
        load_reference(path)


def test_a_corpus_links_to_a_reference_of_ones_own(tmp_path: Path) -> None:
    """Corpus.build(reference=...) links a summit to a user's meeting, no extraction again."""
    path = tmp_path / "mine.toml"
    path.write_text(_USER_MEETING, encoding="utf-8")
    summit = Summit(("Eisaku Sato", "Park Chung-hee"), PartialDate(1965, 12), Place("Seoul", "KR"),
                    evidence=(Span("d", 0, 1),))
    extraction = Extraction(Document("d", "text", dt.date(1966, 1, 5)), summits=(summit,))
    assert Corpus.build([extraction]).summits[0].reference_id is None
    mine = Corpus.build([extraction], reference=load_reference(path))
    assert mine.summits[0].reference_id == "m-1965-12-user-test"


# --------------------------------------------------------------------------
# Errors for bad files
# --------------------------------------------------------------------------

_BAD = [
    ('kind = "bilateral"', 'kind = "tea-party"', "'tea-party' is not a valid MeetingKind"),
    ('"Eisaku Sato", ', '"Eisaku Satoo", ', "not leaders' names"),
    ('country = "KR"', 'country = "Korea"', "'country' must be an ISO"),
    ('source = "https://example.org/record"', 'source = "a book"', "'source' must be an http"),
    ('date_basis = "a user\'s own record"\n', "", "missing key(s) ['date_basis']"),
    ('id = "m-1965-12-user-test"', 'id = "m-1966-12-user-test"', "must be 'm-1965-12-'"),
    ('id = "m-1965-12-user-test"', 'id = "m-1965-12-User Test"', "lower-case slug"),
    ('date = "1965-12"', 'date = "December 1965"', "expected YYYY, YYYY-MM or YYYY-MM-DD"),
    ('date = "1965-12"', "date = 1965-12-01T10:00:00", "without a time"),
    ('kind = "bilateral"', 'kind = "bilateral"\nvenue = "x"', "unknown key(s) ['venue']"),
]


@pytest.mark.parametrize(("old", "new", "message"), _BAD)
def test_bad_entries_name_the_file_line_and_entry(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    """A bad value is a ReferenceDataError with the file, the entry's line and the entry."""
    assert old in _USER_MEETING
    path = tmp_path / "bad.toml"
    text = "# a comment line\n" + _USER_MEETING.replace(old, new)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(path)
    error = caught.value
    assert isinstance(error, KjrelError) and isinstance(error, ValueError)
    assert error.path == str(path)
    assert error.line in (3, 4)
    assert "meeting #1" in str(error) and message in str(error)


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    """A TOML syntax error gives the line TOML reports."""
    path = tmp_path / "broken.toml"
    path.write_text('[[meeting]]\nid = "m-2000-x\n', encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="not valid TOML") as caught:
        load_reference(path)
    assert caught.value.line == 2


def test_unknown_top_level_tables_are_errors(tmp_path: Path) -> None:
    """Only [[meeting]] and [[instrument]] tables are allowed."""
    path = tmp_path / "other.toml"
    path.write_text('[[summit]]\nid = "x"\n', encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="unknown top-level"):
        load_reference(path)


def test_a_bad_instrument_kind(tmp_path: Path) -> None:
    """An instrument's kind must be an AgreementKind value."""
    path = tmp_path / "bad.toml"
    path.write_text(_USER_INSTRUMENT.replace('"mou"', '"handshake"'), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="instrument #1") as caught:
        load_reference(path)
    assert caught.value.line == 3


# --------------------------------------------------------------------------
# Output lines and the command line
# --------------------------------------------------------------------------


def test_reference_lines_start_with_id_and_date() -> None:
    """Every line starts with the id and the ISO date."""
    lines = reference_lines(REF)
    assert len(lines) == len(MEETINGS) + len(INSTRUMENTS)
    for line in lines:
        entry_id, date = line.split("  ")[:2]
        assert _ID.match(entry_id) and PartialDate.parse(date)


def test_cli_lists_summits_in_a_range(capsys: pytest.CaptureFixture[str]) -> None:
    """kjrel reference --kind summit --from --to prints one line per summit."""
    code = main(["reference", "--kind", "summit", "--from", "2025-06-01", "--to", "2025-12-31"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert [line.split("  ")[0] for line in out] == [
        "m-2025-06-17-kananaskis", "m-2025-08-23-tokyo", "m-2025-09-30-busan",
        "m-2025-10-30-gyeongju", "m-2025-11-23-johannesburg",
    ]
    assert out[0].startswith("m-2025-06-17-kananaskis  2025-06-17  sidelines  ")


def test_cli_takes_a_year_or_month_as_a_bound(capsys: pytest.CaptureFixture[str]) -> None:
    """--from 2025 starts on Jan. 1, --to 2025-08 ends on Aug. 31; a bad bound is one line."""
    assert main(["reference", "--kind", "summit", "--from", "2025", "--to", "2025-08"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0] for line in out] == [
        "m-2025-06-17-kananaskis", "m-2025-08-23-tokyo",
    ]
    with pytest.raises(SystemExit) as info:
        main(["reference", "--from", "2025-13"])
    assert info.value.code == 2
    assert "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got '2025-13'" in (
        capsys.readouterr().err
    )


def test_cli_lists_phone_talks_and_instruments(capsys: pytest.CaptureFixture[str]) -> None:
    """--kind phone and --kind instrument select those entries only."""
    assert main(["reference", "--kind", "phone"]) == 0
    phone = capsys.readouterr().out.splitlines()
    assert phone and all("  phone  " in line for line in phone)
    assert main(["reference", "--kind", "instrument", "--from", "1965", "--to", "1965-12-31"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 5 and all(line.startswith("i-1965-06-22-") for line in out)


def test_cli_extra_file_and_its_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--extra adds a user's file; a bad file is a one-line error with file and line."""
    path = tmp_path / "mine.toml"
    path.write_text(_USER_MEETING, encoding="utf-8")
    assert main(["reference", "--extra", str(path), "--to", "1965-12-31"]) == 0
    assert "m-1965-12-user-test  1965-12  bilateral" in capsys.readouterr().out
    path.write_text(_USER_MEETING.replace('"bilateral"', '"picnic"'), encoding="utf-8")
    assert main(["reference", "--extra", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kjrel: error: {path}:3: meeting #1")


def _summit(participants: tuple[str, ...], date: PartialDate | None,
            place: Place | None = None) -> Summit:
    return Summit(participants=tuple(sorted(participants)), date=date, place=place,
                  kind=SummitKind.BILATERAL, status=SummitStatus.HELD,
                  evidence=(Span("d", 0, 1),))


def test_an_extracted_summit_links_to_its_one_meeting() -> None:
    reference = default_reference()
    tokyo = _summit(("Yoon Suk Yeol", "Fumio Kishida"), PartialDate(2023, 3, 16),
                    Place("Tokyo", "JP"))
    found = reference.meeting_for(tokyo)
    assert found is not None and found.date == PartialDate(2023, 3, 16)
    # a month, a venue of the same country: still the one meeting
    vaguer = _summit(("Yoon Suk Yeol", "Fumio Kishida"), PartialDate(2023, 3),
                     Place("the prime minister's office", "JP"))
    assert reference.meeting_for(vaguer) == found


def test_a_vague_or_unknown_summit_links_nothing() -> None:
    reference = default_reference()
    year = _summit(("Yoon Suk Yeol", "Fumio Kishida"), PartialDate(2023))
    assert reference.meeting_for(year) is None  # several meetings that year
    undated = _summit(("Yoon Suk Yeol", "Fumio Kishida"), None)
    assert reference.meeting_for(undated) is None
    elsewhere = _summit(("Yoon Suk Yeol", "Fumio Kishida"), PartialDate(2023, 3, 16),
                        Place("Osaka", "JP"))
    assert reference.meeting_for(elsewhere) is not None  # same country: the article's claim
    abroad = _summit(("Yoon Suk Yeol", "Fumio Kishida"), PartialDate(2023, 3, 16),
                     Place("Seoul", "KR"))
    assert reference.meeting_for(abroad) is None
