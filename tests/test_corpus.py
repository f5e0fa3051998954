"""Tests for kjrel.corpus: queries over hand-built extractions.

The extractions here are built by hand, so these tests pin the query
semantics independently of how well the pipeline extracts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kjrel.corpus import Corpus, EventKind, to_partial_date
from kjrel.errors import QueryError
from kjrel.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Claim,
    ClaimKind,
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
    SummitStatus,
)

YOON = "Yoon Suk Yeol"
KISHIDA = "Fumio Kishida"
TEXT_A = "Alpha text about a summit in Seoul. " * 4
TEXT_B = "Beta text about the same summit, and more. " * 4


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id, text, dt.date(2024, 9, 7), title=f"Title {doc_id}")


def _summit(doc_id: str, date: PartialDate | None, *, place: str | None = "Seoul",
            start: int = 0) -> Summit:
    return Summit(
        participants=(KISHIDA, YOON),
        date=date,
        place=None if place is None else Place(place, "KR"),
        evidence=(Span(doc_id, start, start + 10),),
    )


@pytest.fixture
def corpus() -> Corpus:
    """Two invented articles reporting one summit, with quotes and claims."""
    a = Extraction(
        document=_doc("a", TEXT_A),
        quotes=(
            Quote(Span("a", 0, 5), TEXT_A[0:5], QuoteKind.DIRECT, YOON, "said"),
            Quote(Span("a", 6, 10), TEXT_A[6:10], QuoteKind.DIRECT, "Kim Tae-hyo", "said"),
            Quote(Span("a", 11, 15), TEXT_A[11:15], QuoteKind.PARTIAL, None, None),
        ),
        statements=(Statement(Span("a", 20, 30), (KISHIDA, YOON), "pledged"),),
        summits=(
            _summit("a", PartialDate(2024, 9, 6)),
            _summit("a", PartialDate(2023, 3), place="Tokyo", start=40),
        ),
        agreements=(
            Agreement("memorandum of understanding", AgreementKind.MOU, ("JP", "KR"),
                      PartialDate(2024, 9, 6), AgreementStatus.SIGNED, (Span("a", 50, 60),)),
            Agreement("1998 joint declaration", AgreementKind.JOINT_DECLARATION, ("JP", "KR"),
                      PartialDate(1998), AgreementStatus.REFERENCED, (Span("a", 70, 80),)),
        ),
        entities=(
            Entity(YOON, EntityKind.LEADER, ("Yoon", "President Yoon"), "KR"),
            Entity(KISHIDA, EntityKind.LEADER, ("Kishida",), "JP"),
            Entity("Kim Tae-hyo", EntityKind.PERSON, ("Kim",)),
        ),
        claims=(
            Claim(KISHIDA, ClaimKind.LEAVES_OFFICE, "2024-09", Mod.END, Span("a", 90, 100)),
        ),
    )
    b = Extraction(
        document=_doc("b", TEXT_B),
        quotes=(Quote(Span("b", 0, 5), TEXT_B[0:5], QuoteKind.DIRECT, KISHIDA, "told reporters"),),
        summits=(_summit("b", PartialDate(2024, 9), place=None, start=12),),
        entities=(
            Entity(YOON, EntityKind.LEADER, ("Yoon Suk-yeol",), "KR"),
            Entity(KISHIDA, EntityKind.LEADER, ("Prime Minister Kishida",), "JP"),
        ),
        claims=(
            Claim(KISHIDA, ClaimKind.LEAVES_OFFICE, "2024-10", Mod.START, Span("b", 30, 40)),
        ),
    )
    return Corpus.build([a, b])


def test_same_meeting_in_two_articles_is_one_summit(corpus: Corpus) -> None:
    """The Seoul meeting reported by both articles is one record with both as evidence."""
    seoul = corpus.summits_with("Yoon", "Kishida")
    dates = [s.date.isoformat() for s in seoul if s.date]
    assert dates == ["2023-03", "2024-09-06"]
    merged = seoul[1]
    assert merged.documents() == ("a", "b")
    assert merged.place == Place("Seoul", "KR")


def test_summits_between_accepts_dates_strings_and_partial_dates(corpus: Corpus) -> None:
    """Any date form gives the same answer."""
    by_string = corpus.summits_between("2024-09-01", "2024-09-30")
    by_date = corpus.summits_between(dt.date(2024, 9, 1), dt.date(2024, 9, 30))
    by_partial = corpus.summits_between(PartialDate(2024, 9), PartialDate(2024, 9))
    assert by_string == by_date == by_partial
    assert [s.date for s in by_string] == [PartialDate(2024, 9, 6)]


def test_summits_between_partial_date_semantics(corpus: Corpus) -> None:
    """A month-precision summit overlaps a period cutting its month, but is not within it."""
    assert len(corpus.summits_between("2023-03-20", "2023-03-31")) == 1
    assert corpus.summits_between("2023-03-20", "2023-03-31", within=True) == ()
    assert len(corpus.summits_between("2023", "2023", within=True)) == 1
    assert len(corpus.summits_between()) == 2
    assert len(corpus.summits_between(end="2023-12")) == 1
    assert corpus.summits_between(status=SummitStatus.PLANNED) == ()


def test_summits_between_rejects_bad_periods(corpus: Corpus) -> None:
    """Bad dates and inverted periods are QueryErrors with a clear message."""
    with pytest.raises(QueryError, match="bad date 'September'"):
        corpus.summits_between("September")
    with pytest.raises(QueryError, match=r"ends \(2023-12-31\) before it starts \(2024-01-01\)"):
        corpus.summits_between("2024", "2023")


def test_quotes_by_any_spelling(corpus: Corpus) -> None:
    """Quotes are found by canonical name, alias, gazetteer spelling or surname."""
    for name in (YOON, "Yoon Suk-yeol", "yoon seok-yeol", "Yoon", "President Yoon"):
        assert [q.speaker for q in corpus.quotes_by(name)] == [YOON], name
    assert [q.cue for q in corpus.quotes_by("Kishida Fumio")] == ["told reporters"]
    assert corpus.quotes_by("Nobody At All") == ()


def test_statements_by_speaker(corpus: Corpus) -> None:
    """Joint statements are found under each speaker."""
    assert len(corpus.statements_by("Kishida")) == 1
    assert len(corpus.statements_by("Yoon")) == 1


def test_leader_lookup(corpus: Corpus) -> None:
    """Leaders are found by any spelling; unknown names give None."""
    leader = corpus.leader("Kishida")
    assert leader is not None and leader.name == KISHIDA and leader.country == "JP"
    assert corpus.leader("Yoon Sung-yeol") is not None
    assert corpus.leader("Kim Tae-hyo") is None
    assert [leader.name for leader in corpus.leaders] == [KISHIDA, YOON]


def test_entity_lookup_merges_aliases(corpus: Corpus) -> None:
    """Entities merge the aliases every article used."""
    entity = corpus.entity("Yoon")
    assert entity is not None
    assert set(entity.aliases) >= {"Yoon", "President Yoon", "Yoon Suk-yeol"}
    person = corpus.entity("Kim")
    assert person is not None and person.kind is EntityKind.PERSON


def test_agreements_between_and_with(corpus: Corpus) -> None:
    """Agreements filter by period and by parties."""
    assert [a.kind for a in corpus.agreements_between("2024", "2024")] == [AgreementKind.MOU]
    assert len(corpus.agreements_between("1990", "1999")) == 1
    assert len(corpus.agreements_with("jp", "KR")) == 2
    assert corpus.agreements_with("US") == ()


def test_disagreements_keep_both_claims(corpus: Corpus) -> None:
    """Claims that differ are both kept, each with its source."""
    (group,) = corpus.disagreements()
    assert [(c.value, c.mod, c.evidence.doc_id) for c in group] == [
        ("2024-09", Mod.END, "a"),
        ("2024-10", Mod.START, "b"),
    ]
    assert len(corpus.claims_about("Kishida", ClaimKind.LEAVES_OFFICE)) == 2


def test_timeline_is_chronological(corpus: Corpus) -> None:
    """The timeline orders summits, agreements and claims by date."""
    timeline = corpus.timeline()
    starts = [event.date.earliest() for event in timeline]
    assert starts == sorted(starts)
    assert timeline[0].kind is EventKind.AGREEMENT  # 1998
    assert {event.kind for event in timeline} == set(EventKind)


def test_text_of_span_and_documents(corpus: Corpus) -> None:
    """Every span can be read back from its document."""
    quote = corpus.quotes_by("Yoon")[0]
    assert corpus.text(quote.span) == quote.text
    assert [d.id for d in corpus.documents] == ["a", "b"]
    with pytest.raises(QueryError, match="no document 'zzz'"):
        corpus.document("zzz")


def test_speakers_counts(corpus: Corpus) -> None:
    """Speakers are counted, most quoted first, unnamed sources grouped."""
    assert dict(corpus.speakers()) == {
        KISHIDA: 1, YOON: 1, "Kim Tae-hyo": 1, "(unnamed)": 1,
    }


def test_duplicate_document_ids_are_refused() -> None:
    """Two extractions with one id cannot form a corpus."""
    one = Extraction(document=_doc("a", "x"))
    with pytest.raises(QueryError, match="duplicate document id 'a'"):
        Corpus.build([one, one])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024", PartialDate(2024)),
        (dt.date(2024, 1, 2), PartialDate(2024, 1, 2)),
        (dt.datetime(2024, 1, 2, 10, 0), PartialDate(2024, 1, 2)),
        (PartialDate(2020, 5), PartialDate(2020, 5)),
    ],
)
def test_to_partial_date(value: object, expected: PartialDate) -> None:
    """Dates, datetimes, strings and partial dates are accepted."""
    assert to_partial_date(value) == expected  # type: ignore[arg-type]
