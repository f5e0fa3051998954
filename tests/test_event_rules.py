"""Every declared event rule's example yields what the rule says it must.

The examples are invented sentences, one per linguistic phenomenon; they run
through the clause layer's summit candidates (:mod:`kjrel.pipeline.summit_frames`).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kjrel.gazetteer import default_gazetteer
from kjrel.models import Document
from kjrel.pipeline import extract
from kjrel.pipeline.event_rules import RULES, Rule
from kjrel.pipeline.mentions import find_mentions
from kjrel.pipeline.references import leader_refs
from kjrel.pipeline.segment import segment
from kjrel.pipeline.summit_frames import frame_candidates
from kjrel.pipeline.temporal import find_timexes


def _meetings(text: str, published: str) -> set[tuple[str, ...]]:
    gazetteer = default_gazetteer()
    document = Document(id="rule", text=text, published=dt.date.fromisoformat(published))
    segmentation = segment(text)
    mentions = find_mentions(document, segmentation, gazetteer)
    timexes = find_timexes(document, segmentation)
    refs = leader_refs(document, mentions, gazetteer)
    candidates = frame_candidates(document, segmentation, mentions, refs, timexes, gazetteer)
    return {tuple(sorted(c.participants)) for c in candidates if c.strong}


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_example(rule: Rule) -> None:
    """The rule's own example gives exactly the meetings it declares."""
    assert _meetings(rule.example, rule.published) == {tuple(sorted(m)) for m in rule.meetings}


def test_rule_names_are_unique_and_documented() -> None:
    """Each rule has a unique name, a phenomenon and a pattern in words."""
    assert len({rule.name for rule in RULES}) == len(RULES)
    assert all(rule.phenomenon and rule.looks_for and rule.example for rule in RULES)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("This year's summit between Yoon Suk Yeol and Fumio Kishida in Tokyo has not been "
         "scheduled yet.", "planned"),
        ("Seoul is due to host this year's summit of Yoon Suk Yeol and Fumio Kishida, which "
         "has not been scheduled.", "planned"),
        ("A summit between Yoon Suk Yeol and Fumio Kishida in Tokyo has not been held.", None),
        ("A summit of Joe Biden, Fumio Kishida and Yoon Suk Yeol is still being sought before "
         "the end of the year.", "planned"),
    ],
)
def test_negated_scheduling_leaves_a_meeting_planned(text: str, status: str | None) -> None:
    """'has not been scheduled' opens a meeting's date; 'has not been held' unmakes it."""
    document = Document(id="open", text=text, published=dt.date(2024, 3, 2))
    found = [s.status.value for s in extract(document).summits]
    assert found == ([] if status is None else [status])


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("On Sunday, exactly a year after they met at Camp David, Joe Biden, Fumio Kishida "
         "and Yoon Suk Yeol put out a joint statement instead of meeting in person.",
         ["2023-09-08"]),
        ("Yoon Suk Yeol hosted Fumio Kishida in Seoul on Sept. 6, a month after visiting "
         "Tokyo for talks on Aug. 2.", ["2024-08-02", "2024-09-06"]),
        ("In May, two months after Yoon Suk Yeol and Fumio Kishida met in Seoul, the "
         "ministers met.", ["2024-03"]),
        ("Joe Biden, Fumio Kishida and Yoon Suk Yeol met in Lima on Friday, three months "
         "after they met in Washington.", ["2024-06", "2024-09-06"]),
    ],
)
def test_interval_dates_a_clause(text: str, dates: list[str]) -> None:
    """'N UNITs after' dates its clause from the date it hangs on, unless it has its own."""
    document = Document(id="interval", text=text, published=dt.date(2024, 9, 8))
    assert sorted(str(s.date) for s in extract(document).summits) == dates


def test_a_meeting_agreed_on_takes_no_day_from_the_agreeing() -> None:
    """A past act of planning does not date or place the meeting it plans."""
    text = ("Lee Jae-myung and Sanae Takaichi met in Gyeongju on Thursday and agreed to hold "
            "their next meeting in Nara.")
    document = Document(id="planned", text=text, published=dt.date(2025, 10, 31))
    found = [(str(s.date), s.place.name if s.place else None, s.status.value)
             for s in extract(document).summits]
    assert found == [("2025-10-30", "Gyeongju", "held")]


def test_the_same_day_after_a_year_is_in_that_year() -> None:
    """'The same day' after a year told in its sentence lies in that year."""
    text = ("Park met Bachelet later in the day. Five years ago Yasuo Fukuda flew in for the "
            "inauguration of Lee Myung-bak, and the two held their first summit at Cheong Wa Dae "
            "the same day, where they agreed to revive regular visits between their leaders.")
    extraction = extract(Document(id="same", text=text, published=dt.date(2013, 2, 25)))
    assert [(t.text, t.value) for t in extraction.timexes][-1] == ("the same day", "2008")
    assert [(sorted(s.participants), str(s.date)) for s in extraction.summits] == [
        (["Lee Myung-bak", "Yasuo Fukuda"], "2008")]
    assert [str(a.date) for a in extraction.agreements] == ["2008"]


def test_looking_forward_to_a_meeting_plans_it() -> None:
    """'Looked forward to meeting her' is a planned meeting of the subject and her."""
    text = ("Lee Jae-myung congratulated Sanae Takaichi on Tuesday and said he looked forward "
            "to meeting her in Gyeongju at the end of the month.")
    found = [(sorted(s.participants), s.status.value)
             for s in extract(Document(id="ahead", text=text,
                                       published=dt.date(2025, 10, 21))).summits]
    assert found == [(["Lee Jae-myung", "Sanae Takaichi"], "planned")]


def test_the_two_as_subject_is_the_pair_spoken_of() -> None:
    """'The two last met in July' is the pair the article's meetings of two are about."""
    text = ("Fumio Kishida and Yoon Suk Yeol held talks in Tokyo in March. Kishida spoke of "
            "history. Yoon spoke of the future. Kishida, Yoon and Joe Biden met at Camp David "
            "in August. Kishida praised Biden. The two last met in July in Washington.")
    found = sorted((str(s.date), sorted(s.participants))
                   for s in extract(Document(id="two", text=text,
                                             published=dt.date(2024, 8, 20))).summits
                   if len(s.participants) == 2)
    assert found == [("2024-03", ["Fumio Kishida", "Yoon Suk Yeol"]),
                     ("2024-07", ["Fumio Kishida", "Yoon Suk Yeol"])]


def test_an_interval_after_the_meeting_counts_from_its_date() -> None:
    """'The summit came a day after they joined Trump for dinner': the day before it."""
    text = ("Moon Jae-in and Shinzo Abe met on the sidelines of the G20 summit in Hamburg on "
            "Friday. The summit came a day after Moon and Abe joined U.S. President Donald Trump "
            "for a dinner meeting at the U.S. consulate general in Hamburg.")
    found = sorted((str(s.date), len(s.participants))
                   for s in extract(Document(id="after", text=text,
                                             published=dt.date(2017, 7, 8))).summits)
    assert found == [("2017-07-06", 3), ("2017-07-07", 2)]


def test_their_points_to_the_pair_a_sentence_is_about() -> None:
    """'Their previous meeting' is the pair's, not the summit of three named after it."""
    text = ("The delay is a setback for President Lee Myung-bak, who had hoped to mend ties. "
            "Lee and Japanese Prime Minister Yoshihiko Noda last held one-on-one talks in "
            "mid-May in Beijing, on the fringes of their three-way summit with Chinese Premier "
            "Wen Jiabao. Their previous meeting, in Kyoto in December, was tense.")
    document = Document(id="their", text=text, published=dt.date(2012, 6, 30))
    kyoto = [s for s in extract(document).summits if str(s.date) == "2011-12"]
    assert [sorted(s.participants) for s in kyoto] == [["Lee Myung-bak", "Yoshihiko Noda"]]


TIMELINE = """A timeline of summits

March 3, 2010 - Tokyo
Lee Myung-bak sits down with Yukio Hatoyama for an hour. They agree to meet again.

May 2011 and Oct. 9, 2011 - Seoul and Osaka
The two sides talk at working level for months.

Nov. 2, 2015 - Seoul
Park Geun-hye and Shinzo Abe hold their first one-on-one summit, the day after a \
three-way summit with Chinese Premier Li Keqiang.
"""


def test_timeline_headings_date_their_entries() -> None:
    """'DATE - PLACE' lines head a timeline's entries; a heading of two dates dates nothing;
    'the day after a three-way summit' is the day before its sentence's meeting."""
    document = Document(id="timeline", text=TIMELINE, published=dt.date(2025, 8, 22))
    found = sorted((str(s.date), s.place.name if s.place else None, len(s.participants))
                   for s in extract(document).summits)
    assert found == [("2010-03-03", "Tokyo", 2), ("2015-11-01", "Seoul", 3),
                     ("2015-11-02", "Seoul", 2)]


def test_enumerated_count_gives_each_meeting_its_setting() -> None:
    """'met her twice: in A on DAY, and in B last month' is two meetings, each dated."""
    text = ("Since Sanae Takaichi took office on Oct. 21, Lee Jae-myung has met her twice: for "
            "about 40 minutes in Gyeongju on Oct. 30, a day before the APEC meeting opened, "
            "and for a few minutes on the sidelines of the G20 summit in Johannesburg last "
            "month.")
    document = Document(id="count", text=text, published=dt.date(2025, 12, 10))
    found = sorted((str(s.date), s.place.name if s.place else None)
                   for s in extract(document).summits)
    assert found == [("2025-10-30", "Gyeongju"), ("2025-11", "Johannesburg")]


CAPTIONS = """IN PICTURES
A year of meetings
Dec. 29, 2025 | Photo desk

KANANASKIS, Canada, June 17
Lee Jae-myung and Shigeru Ishiba shake hands before their first meeting, held on the \
sidelines of the Group of Seven summit.

GYEONGJU, Oct. 30
Sanae Takaichi sits down with Lee at a convention center. The next day Takaichi held \
her first talks with Chinese President Xi Jinping in the same city.
"""


def test_caption_datelines_with_a_country_date_their_meetings() -> None:
    """'CITY, Country, June 17' heads a caption (a past day); 'The next day NAME ...' is
    the day after the caption's."""
    document = Document(id="captions", text=CAPTIONS, published=dt.date(2025, 12, 29))
    found = sorted((str(s.date), s.place.name if s.place else None)
                   for s in extract(document).summits)
    assert found == [("2025-06-17", "Kananaskis"), ("2025-10-30", "Gyeongju"),
                     ("2025-10-31", "Gyeongju")]


def test_undated_meetings_of_a_leader_at_the_gathering_are_on_its_margins() -> None:
    """A sideline meeting at the G20, then 'Lee held bilateral talks with A and B': those
    were at the same gathering, dated with it; a forum 'hosted by X' meets no X."""
    text = ("Lee Jae-myung and Sanae Takaichi met on the sidelines of the Group of 20 summit "
            "in Johannesburg on Sunday. Lee, for his part, held bilateral talks with French "
            "President Emmanuel Macron and Brazilian President Luiz Inacio Lula da Silva. "
            "Takaichi later attended a dinner at the Leaders' Forum hosted by Cyril "
            "Ramaphosa.")
    document = Document(id="g20", text=text, published=dt.date(2025, 11, 24))
    found = sorted((sorted(s.participants), str(s.date)) for s in extract(document).summits)
    assert found == [
        (["Emmanuel Macron", "Lee Jae-myung"], "2025-11-23"),
        (["Lee Jae-myung", "Luiz Inácio Lula da Silva"], "2025-11-23"),
        (["Lee Jae-myung", "Sanae Takaichi"], "2025-11-23"),
    ]


def test_a_summit_where_a_joint_act_happened_is_held() -> None:
    """'NAME, agreed to continue visits in their first summit, easing concerns in Seoul':
    the summit is the setting of the agreeing (held), 'agreed' the main verb after an
    apposition, and the free participle's place is not the summit's."""
    text = ("South Korean President Lee Jae-myung and Japan's new prime minister, Sanae "
            "Takaichi, agreed on Thursday to continue regular visits in their first summit, "
            "easing concerns in Seoul.")
    document = Document(id="setting", text=text, published=dt.date(2025, 10, 31))
    found = [(sorted(s.participants), s.status.value, s.place)
             for s in extract(document).summits]
    assert found == [(["Lee Jae-myung", "Sanae Takaichi"], "held", None)]


def test_a_trip_to_an_unhosted_place_meets_no_one() -> None:
    """A flight 'to the islets' under a Tokyo dateline is no visit to Japan's leader; a
    'since December, when' clause takes December, the past one."""
    text = ("TOKYO, Aug. 10 (Wire) -- Japan recalled its ambassador on Friday after President "
            "Lee Myung-bak flew to the islets at the heart of the dispute.\n"
            "The trip caps a steady cooling since December, when Lee and Prime Minister "
            "Yoshihiko Noda sat down in Kyoto.")
    document = Document(id="islets", text=text, published=dt.date(2012, 8, 10))
    found = [(str(s.date), s.place.name if s.place else None) for s in extract(document).summits]
    assert found == [("2011-12", "Kyoto")]


def test_a_trip_to_a_place_of_no_known_country_meets_no_one() -> None:
    """'Lee then flew to Banff on Tuesday': no host to complete the trip with."""
    text = ("President Lee Jae-myung held talks with South African President Cyril Ramaphosa "
            "in Calgary. Lee then flew to Banff on Tuesday.")
    document = Document(id="banff", text=text, published=dt.date(2025, 6, 18))
    assert [str(s.date) for s in extract(document).summits] == ["2025-06"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Roh Moo-hyun spoke to Fox News in Washington on Monday.", "2004-09-21"),
        ("Koizumi flew on to Toledo for a business forum.", "2004-05-10"),
        ("Roh Moo-hyun's envoy stopped in Lagos on the way home.", "2004-05-10"),
    ],
)
def test_a_leader_s_family_name_that_is_a_word_or_place_needs_a_title(
    text: str, published: str
) -> None:
    """'Fox News' and the cities of Toledo and Lagos are no leaders in office then."""
    gazetteer = default_gazetteer()
    document = Document(id="word", text=text, published=dt.date.fromisoformat(published))
    mentions = find_mentions(document, segment(text), gazetteer)
    names = {ref.leader.name for ref in leader_refs(document, mentions, gazetteer)}
    assert names <= {"Roh Moo-hyun", "Junichiro Koizumi"}
