"""Tests of ANNOTATION.md's JSON shape in and out (kjrel.annotation)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kjrel.annotation import (
    AnnotatedAgreement,
    AnnotatedDocument,
    AnnotatedQuote,
    AnnotatedStatement,
    AnnotatedSummit,
    AnnotatedTimex,
    date_interval,
    dump_annotation,
    load_annotation,
    load_gold_dir,
    pair_documents,
    parse_annotation,
    to_annotation,
)
from kjrel.errors import SerializationError
from kjrel.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Document,
    Entity,
    EntityKind,
    Extraction,
    Mod,
    PartialDate,
    Place,
    Quote,
    QuoteKind,
    Span,
    Statement,
    Summit,
    SummitKind,
    SummitStatus,
    TemporalExpression,
    TimexType,
)

SEEDS = Path(__file__).resolve().parent / "gold" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.json"))
INVENTED = Path(__file__).resolve().parent / "articles" / "gold"


def _seed_data() -> dict[str, Any]:
    return json.loads(SEED_FILES[0].read_text(encoding="utf-8"))


def _error(data: object) -> str:
    with pytest.raises(SerializationError) as info:
        parse_annotation(data, source="gold/x.json")
    return str(info.value)


# --------------------------------------------------------------------------
# Loading the gold files
# --------------------------------------------------------------------------


def test_there_are_seed_gold_files() -> None:
    """Both seed gold files are present for the other tests to use."""
    assert len(SEED_FILES) == 2


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_seed_gold_files_load(path: Path) -> None:
    """Each seed gold file loads into typed records with the expected counts."""
    doc = load_annotation(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert doc.id == data["document"]["id"] == path.stem
    assert isinstance(doc.published, dt.date)
    assert len(doc.quotes) == len(data["quotes"])
    assert len(doc.statements) == len(data["statements"])
    assert len(doc.timexes) == len(data["timexes"])
    assert len(doc.summits) == len(data["summits"])
    assert len(doc.agreements) == len(data["agreements"])
    assert "Yoon Suk Yeol" in doc.entities
    assert all(isinstance(q.kind, QuoteKind) for q in doc.quotes)


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_dump_reproduces_seed_gold_files_byte_for_byte(path: Path) -> None:
    """Dumping a loaded gold file gives back the file's text exactly (key order, indent)."""
    assert dump_annotation(load_annotation(path)) == path.read_text(encoding="utf-8")


def test_first_seed_values_are_typed() -> None:
    """Enumerations, dates and evidence pairs of the first seed come out typed."""
    doc = load_annotation(SEED_FILES[0])
    assert doc.published == dt.date(2024, 9, 7)
    summit = doc.summits[0]
    assert summit.kind is SummitKind.BILATERAL
    assert summit.status is SummitStatus.HELD
    assert summit.date == "2024-09-06"
    assert summit.ordinal == 12
    assert summit.evidence[0] == (0, 247)
    assert doc.timexes[2].mod is Mod.END
    assert doc.agreements[0].kind is AgreementKind.MOU
    assert doc.agreements[0].status is AgreementStatus.SIGNED
    assert doc.statements[8].speakers == (None,)


def test_load_gold_dir_keys_by_document_id() -> None:
    """load_gold_dir returns every gold file of a directory keyed by document id."""
    gold = load_gold_dir(SEEDS)
    assert sorted(gold) == [p.stem for p in SEED_FILES]


def test_invented_gold_files_load_and_round_trip() -> None:
    """Every gold file of the invented test corpus loads, and survives dump and parse."""
    gold = load_gold_dir(INVENTED)
    assert len(gold) == len(list(INVENTED.glob("*.json"))) > 0
    for doc in gold.values():
        assert parse_annotation(json.loads(dump_annotation(doc)), source="x") == doc


def test_load_gold_dir_rejects_duplicate_ids(tmp_path: Path) -> None:
    """Two files annotating the same document id are an error naming both files."""
    text = SEED_FILES[0].read_text(encoding="utf-8")
    (tmp_path / "a.json").write_text(text, encoding="utf-8")
    (tmp_path / "b.json").write_text(text, encoding="utf-8")
    with pytest.raises(SerializationError) as info:
        load_gold_dir(tmp_path)
    assert str(info.value) == (
        f"{tmp_path / 'b.json'}: document id '000_0e3f6676d6eabf8a'"
        f" is also annotated in {tmp_path / 'a.json'}"
    )


def test_load_gold_dir_missing_directory(tmp_path: Path) -> None:
    """A gold directory that does not exist is a SerializationError naming it."""
    missing = tmp_path / "nope"
    with pytest.raises(SerializationError) as info:
        load_gold_dir(missing)
    assert str(info.value).startswith(f"{missing}: cannot list gold directory:")


def test_pair_documents_reports_both_kinds_of_missing() -> None:
    """pair_documents pairs shared ids and lists the ids present on one side only."""
    gold = load_gold_dir(SEEDS)
    a, b = sorted(gold)
    system = {a: gold[a], "zzz": gold[b]}
    pairs, missing_in_system, missing_in_gold = pair_documents(gold, system)
    assert [(key, g.id, s.id) for key, g, s in pairs] == [(a, a, a)]
    assert missing_in_system == [b]
    assert missing_in_gold == ["zzz"]


# --------------------------------------------------------------------------
# Invalid input
# --------------------------------------------------------------------------


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    """Malformed JSON is reported with the file, its line and its column."""
    path = tmp_path / "bad.json"
    path.write_text('{\n "document": {\n  "id": "x",,\n }\n}', encoding="utf-8")
    with pytest.raises(SerializationError) as info:
        load_annotation(path)
    assert info.value.line == 3
    assert str(info.value) == (
        f"{path}:3: invalid JSON: Expecting property name enclosed in double quotes"
        " (line 3, column 13)"
    )


def test_not_utf8(tmp_path: Path) -> None:
    """A file that is not UTF-8 is reported with the byte offset."""
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"a": "\xff"}')
    with pytest.raises(SerializationError) as info:
        load_annotation(path)
    assert str(info.value) == f"{path}@7: not UTF-8: invalid start byte"


def test_missing_file(tmp_path: Path) -> None:
    """A missing annotation file is a SerializationError, not an OSError."""
    path = tmp_path / "none.json"
    with pytest.raises(SerializationError) as info:
        load_annotation(path)
    assert str(info.value) == f"{path}: cannot read file: No such file or directory"


def test_top_level_must_be_an_object() -> None:
    """A JSON array at the top is rejected with the path ``$``."""
    assert _error([]) == "gold/x.json: $: expected an object, got array"


def test_missing_top_level_field() -> None:
    """A missing required section is named."""
    data = _seed_data()
    del data["timexes"]
    assert _error(data) == "gold/x.json: $: missing field 'timexes'"


def test_notes_are_optional() -> None:
    """``notes`` may be left out; it then reads as empty."""
    data = _seed_data()
    del data["notes"]
    assert parse_annotation(data, source="x").notes == ()


def test_unknown_field_lists_the_expected_ones() -> None:
    """An unknown field is named with the list of allowed fields."""
    data = _seed_data()
    data["timexes"][0]["type"] = "DATE"
    assert _error(data) == (
        "gold/x.json: $.timexes[0]: unknown field 'type'"
        " (expected one of: start, end, text, value, mod)"
    )


def test_missing_quote_field() -> None:
    """A quote without ``kind`` is reported at its JSON path."""
    data = _seed_data()
    del data["quotes"][3]["kind"]
    assert _error(data) == "gold/x.json: $.quotes[3]: missing field 'kind'"


def test_bad_quote_kind() -> None:
    """A quote kind outside the enumeration lists the allowed values."""
    data = _seed_data()
    data["quotes"][3]["kind"] = "indirect"
    assert _error(data) == (
        "gold/x.json: $.quotes[3].kind: expected one of 'direct', 'partial', got 'indirect'"
    )


def test_wrong_type_for_offset() -> None:
    """A string offset is a type error naming the JSON type found."""
    data = _seed_data()
    data["quotes"][0]["start"] = "760"
    assert _error(data) == "gold/x.json: $.quotes[0].start: expected an integer, got string"


def test_boolean_is_not_an_integer() -> None:
    """``true`` is not accepted where an integer is expected."""
    data = _seed_data()
    data["summits"][0]["ordinal"] = True
    assert _error(data) == "gold/x.json: $.summits[0].ordinal: expected an integer, got boolean"


def test_negative_offset() -> None:
    """Offsets cannot be negative."""
    data = _seed_data()
    data["statements"][1]["start"] = -1
    assert _error(data) == ("gold/x.json: $.statements[1].start: expected an integer >= 0, got -1")


def test_end_before_start() -> None:
    """A span ending before it starts (or where it starts) is rejected at ``end``."""
    data = _seed_data()
    data["statements"][1]["end"] = 10
    assert _error(data) == (
        "gold/x.json: $.statements[1].end: expected an offset > start (550), got 10"
    )


def test_text_length_must_match_span() -> None:
    """A quote whose text is not ``end - start`` long is rejected."""
    data = _seed_data()
    data["quotes"][0]["text"] += "!"
    assert _error(data) == (
        "gold/x.json: $.quotes[0].text: expected 212 characters (end - start), got 213"
    )


def test_bad_timex_mod() -> None:
    """A mod outside TIMEX3's set is rejected with the allowed values."""
    data = _seed_data()
    data["timexes"][2]["mod"] = "LATE"
    assert _error(data) == (
        "gold/x.json: $.timexes[2].mod: expected one of 'START', 'MID', 'END', 'APPROX',"
        " 'BEFORE', 'AFTER', 'LESS_THAN', 'MORE_THAN', got 'LATE'"
    )


def test_bad_summit_kind_and_status() -> None:
    """Summit kind and status are checked against their enumerations."""
    data = _seed_data()
    bad = copy.deepcopy(data)
    bad["summits"][1]["kind"] = "bilateral summit"
    assert _error(bad) == (
        "gold/x.json: $.summits[1].kind: expected one of 'bilateral', 'trilateral',"
        " 'multilateral', 'sidelines', got 'bilateral summit'"
    )
    data["summits"][0]["status"] = None
    assert _error(data) == (
        "gold/x.json: $.summits[0].status: expected one of 'held', 'planned', got null"
    )


def test_bad_agreement_kind_and_status() -> None:
    """Agreement kind and status are checked against their enumerations."""
    data = _seed_data()
    bad = copy.deepcopy(data)
    bad["agreements"][0]["kind"] = "MOU"
    assert _error(bad) == (
        "gold/x.json: $.agreements[0].kind: expected one of 'treaty', 'mou',"
        " 'joint-declaration', 'joint-statement', 'commitment', got 'MOU'"
    )
    data["agreements"][2]["status"] = "concluded"
    assert _error(data) == (
        "gold/x.json: $.agreements[2].status: expected one of 'signed', 'agreed',"
        " 'proposed', 'referenced', got 'concluded'"
    )


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "24-09", "2024/2023", "Sept 2024"])
def test_bad_summit_dates(value: str) -> None:
    """Impossible or malformed partial dates and intervals are rejected."""
    data = _seed_data()
    data["summits"][0]["date"] = value
    assert _error(data) == (
        "gold/x.json: $.summits[0].date: expected a partial ISO date (YYYY, YYYY-MM or"
        f" YYYY-MM-DD) or an interval START/END of those, got {value!r}"
    )


def test_interval_dates_are_accepted() -> None:
    """An interval ``START/END`` is a valid summit date."""
    data = _seed_data()
    data["summits"][0]["date"] = "2024-09-06/2024-09-07"
    assert parse_annotation(data, source="x").summits[0].date == "2024-09-06/2024-09-07"


def test_bad_published_date() -> None:
    """``published`` must be a full YYYY-MM-DD date."""
    data = _seed_data()
    data["document"]["published"] = "2024-09"
    assert _error(data) == (
        "gold/x.json: $.document.published: expected a date YYYY-MM-DD, got '2024-09'"
    )


def test_bad_sha256() -> None:
    """``sha256`` must be 64 lower-case hex digits (or empty)."""
    data = _seed_data()
    data["document"]["sha256"] = "ABC"
    assert _error(data) == (
        "gold/x.json: $.document.sha256: expected 64 lower-case hex digits or \"\", got 'ABC'"
    )


def test_bad_country_code() -> None:
    """Agreement parties must be ISO alpha-2 codes."""
    data = _seed_data()
    data["agreements"][0]["parties"] = ["JP", "Korea"]
    assert _error(data) == (
        "gold/x.json: $.agreements[0].parties[1]: expected an ISO 3166-1 alpha-2 code"
        " (two capital letters), got 'Korea'"
    )


def test_bad_evidence_pair() -> None:
    """Evidence must be ``[start, end]`` pairs."""
    data = _seed_data()
    data["summits"][0]["evidence"][2] = [550]
    assert _error(data) == (
        "gold/x.json: $.summits[0].evidence[2]: expected an array [start, end], got 1 items"
    )


def test_bad_entity_alias() -> None:
    """Entity aliases must be strings; the path quotes the canonical name."""
    data = _seed_data()
    data["entities"]["Yoon Suk Yeol"][1] = 7
    assert _error(data) == (
        'gold/x.json: $.entities["Yoon Suk Yeol"][1]: expected a string, got number'
    )


def test_statement_speakers_may_be_null_but_not_blank() -> None:
    """A null speaker is an unnamed source; an empty string is an error."""
    data = _seed_data()
    data["statements"][0]["speakers"] = ["Yoon Suk Yeol", ""]
    assert _error(data) == ("gold/x.json: $.statements[0].speakers[1]: expected a non-empty string")


def test_statement_needs_a_speaker() -> None:
    """A statement with an empty speaker list is rejected (an unnamed source is null)."""
    data = _seed_data()
    data["statements"][0]["speakers"] = []
    assert _error(data) == (
        "gold/x.json: $.statements[0].speakers: expected at least one speaker (null if unnamed)"
    )


def test_date_interval() -> None:
    """Partial dates and intervals read as their first and last days."""
    assert date_interval("2023-03") == (dt.date(2023, 3, 1), dt.date(2023, 3, 31))
    assert date_interval("1998") == (dt.date(1998, 1, 1), dt.date(1998, 12, 31))
    assert date_interval("2024-09-06/2024-09-07") == (dt.date(2024, 9, 6), dt.date(2024, 9, 7))
    with pytest.raises(ValueError, match="ends before it starts"):
        date_interval("2024/2023")


# --------------------------------------------------------------------------
# Extraction -> shape
# --------------------------------------------------------------------------


def _extraction() -> Extraction:
    text = "On Friday, Yoon said: “We agreed.” Kishida and Yoon met in Seoul."
    doc = Document(id="d1", text=text, published=dt.date(2024, 9, 7), sha256="a" * 64)

    def span(a: int, b: int) -> Span:
        return Span("d1", a, b)

    return Extraction(
        document=doc,
        quotes=(Quote(span(23, 33), text[23:33], QuoteKind.DIRECT, "Yoon Suk Yeol", "said"),),
        statements=(Statement(span(0, 35), ("Yoon Suk Yeol", None), "said"),),
        timexes=(TemporalExpression(span(3, 9), "Friday", "2024-09-06", TimexType.DATE, Mod.END),),
        summits=(
            Summit(
                participants=("Yoon Suk Yeol", "Fumio Kishida"),
                date=PartialDate(2024, 9, 6),
                place=Place("Seoul", "KR"),
                ordinal=12,
                occasion=None,
                evidence=(span(35, 65), Span("other", 0, 5)),
            ),
        ),
        agreements=(
            Agreement(
                "a pledge",
                AgreementKind.COMMITMENT,
                ("KR", "JP"),
                PartialDate(2024, 9),
                AgreementStatus.AGREED,
                (span(23, 33),),
            ),
        ),
        entities=(
            Entity("Yoon Suk Yeol", EntityKind.LEADER, ("Yoon",)),
            Entity("Fumio Kishida", EntityKind.LEADER, ("Kishida",)),
            Entity("Yoon Suk Yeol", EntityKind.LEADER, ("President Yoon", "Yoon")),
        ),
    )


def test_to_annotation_maps_every_field() -> None:
    """to_annotation converts each record, sorting participants and parties."""
    doc = to_annotation(_extraction())
    assert (doc.id, doc.published, doc.sha256) == ("d1", dt.date(2024, 9, 7), "a" * 64)
    assert doc.entities == {
        "Yoon Suk Yeol": ("Yoon", "President Yoon"),
        "Fumio Kishida": ("Kishida",),
    }
    assert doc.quotes == (
        AnnotatedQuote(23, 33, "We agreed.", QuoteKind.DIRECT, "Yoon Suk Yeol", "said"),
    )
    assert doc.statements == (AnnotatedStatement(0, 35, ("Yoon Suk Yeol", None), "said"),)
    assert doc.timexes == (AnnotatedTimex(3, 9, "Friday", "2024-09-06", Mod.END),)
    assert doc.summits == (
        AnnotatedSummit(
            date="2024-09-06",
            place="Seoul",
            country="KR",
            participants=("Fumio Kishida", "Yoon Suk Yeol"),
            kind=SummitKind.BILATERAL,
            ordinal=12,
            evidence=((35, 65),),
            status=SummitStatus.HELD,
            occasion=None,
        ),
    )
    assert doc.agreements == (
        AnnotatedAgreement(
            "a pledge",
            AgreementKind.COMMITMENT,
            "2024-09",
            ("JP", "KR"),
            AgreementStatus.AGREED,
            ((23, 33),),
        ),
    )


def test_dump_of_extraction_has_the_shape_and_order() -> None:
    """The dumped extraction parses back and lists keys in the shape's order."""
    text = dump_annotation(to_annotation(_extraction()))
    data = json.loads(text)
    assert list(data) == [
        "document",
        "entities",
        "quotes",
        "statements",
        "timexes",
        "summits",
        "agreements",
        "notes",
    ]
    assert list(data["summits"][0]) == [
        "date",
        "place",
        "country",
        "participants",
        "kind",
        "ordinal",
        "evidence",
        "status",
        "occasion",
    ]
    assert data["summits"][0]["evidence"] == [[35, 65]]
    assert "“" not in text  # the quote's marks are outside its span
    assert "\\u" not in text
    assert parse_annotation(data, source="x") == to_annotation(_extraction())


# --------------------------------------------------------------------------
# Round trip of generated annotations
# --------------------------------------------------------------------------

_names = st.text(alphabet="abcdeé -YK'", min_size=1, max_size=8).filter(lambda s: s.strip() != "")
_opt_names = st.none() | _names
_country_codes = st.sampled_from(["JP", "KR", "US", "CN"])


@st.composite
def _spans(draw: st.DrawFn) -> tuple[int, int]:
    start = draw(st.integers(0, 200))
    return start, start + draw(st.integers(1, 30))


@st.composite
def _partial_dates(draw: st.DrawFn) -> str:
    day = draw(st.dates(dt.date(1900, 1, 1), dt.date(2030, 12, 31)))
    text: str = day.isoformat()[: draw(st.sampled_from([4, 7, 10]))]
    if draw(st.booleans()):
        later = day + dt.timedelta(days=draw(st.integers(0, 400)))
        text += "/" + later.isoformat()[: draw(st.sampled_from([4, 7, 10]))]
    return text


@st.composite
def _quotes(draw: st.DrawFn) -> AnnotatedQuote:
    start, end = draw(_spans())
    return AnnotatedQuote(
        start,
        end,
        draw(st.text(alphabet='ab “”"\n€', min_size=end - start, max_size=end - start)),
        draw(st.sampled_from(QuoteKind)),
        draw(_opt_names),
        draw(st.none() | st.text(max_size=5)),
    )


@st.composite
def _statements(draw: st.DrawFn) -> AnnotatedStatement:
    start, end = draw(_spans())
    speakers = draw(st.lists(_opt_names, min_size=1, max_size=3))
    return AnnotatedStatement(start, end, tuple(speakers), draw(st.none() | _names))


@st.composite
def _timexes(draw: st.DrawFn) -> AnnotatedTimex:
    start, end = draw(_spans())
    return AnnotatedTimex(
        start,
        end,
        "x" * (end - start),
        draw(_names),
        draw(st.none() | st.sampled_from(Mod)),
    )


@st.composite
def _evidence(draw: st.DrawFn) -> tuple[tuple[int, int], ...]:
    return tuple(draw(st.lists(_spans(), max_size=3)))


@st.composite
def _summits(draw: st.DrawFn) -> AnnotatedSummit:
    return AnnotatedSummit(
        date=draw(st.none() | _partial_dates()),
        place=draw(_opt_names),
        country=draw(st.none() | _country_codes),
        participants=tuple(draw(st.lists(_names, max_size=3))),
        kind=draw(st.sampled_from(SummitKind)),
        ordinal=draw(st.none() | st.integers(1, 30)),
        evidence=draw(_evidence()),
        status=draw(st.sampled_from(SummitStatus)),
        occasion=draw(_opt_names),
    )


@st.composite
def _agreements(draw: st.DrawFn) -> AnnotatedAgreement:
    return AnnotatedAgreement(
        title=draw(_names),
        kind=draw(st.sampled_from(AgreementKind)),
        date=draw(st.none() | _partial_dates()),
        parties=tuple(draw(st.lists(_country_codes, max_size=3))),
        status=draw(st.sampled_from(AgreementStatus)),
        evidence=draw(_evidence()),
    )


@st.composite
def annotated_documents(draw: st.DrawFn) -> AnnotatedDocument:
    """Generate valid annotations (used by the round-trip and scoring properties)."""
    entities = draw(st.dictionaries(_names, st.lists(_names, max_size=3).map(tuple), max_size=3))
    return AnnotatedDocument(
        id=draw(_names),
        published=draw(st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31))),
        sha256=draw(st.sampled_from(["", "0" * 64, "0123456789abcdef" * 4])),
        entities=entities,
        quotes=tuple(draw(st.lists(_quotes(), max_size=4))),
        statements=tuple(draw(st.lists(_statements(), max_size=4))),
        timexes=tuple(draw(st.lists(_timexes(), max_size=4))),
        summits=tuple(draw(st.lists(_summits(), max_size=3))),
        agreements=tuple(draw(st.lists(_agreements(), max_size=3))),
        notes=tuple(draw(st.lists(st.text(max_size=10), max_size=2))),
    )


@settings(max_examples=150, deadline=None)
@given(annotated_documents())
def test_dump_then_parse_round_trips(doc: AnnotatedDocument) -> None:
    """parse_annotation(json.loads(dump_annotation(x))) == x for generated annotations."""
    text = dump_annotation(doc)
    assert parse_annotation(json.loads(text), source="gen") == doc
    assert dump_annotation(parse_annotation(json.loads(text), source="gen")) == text
