"""Issue 12: page time stamps, clock times, page lines and the day a clock belongs to.

Every example is invented here; the forms are the ones news pages use.
Each case lists every expression the text holds, as (text, value).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kjrel.models import Document
from kjrel.pipeline import extract

CASES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    # (name, published, text, expected)
    ("stamp, day month year and clock", "2022-06-30",
     "Allies close ranks in Madrid\nPublished: 29 Jun. 2022, 21:05\n\nThe leaders met.",
     [("29 Jun. 2022, 21:05", "2022-06-29T21:05")]),
    ("stamp, month day year and clock", "2019-12-24",
     "Posted : December 24, 2019, 17:40\nMoon and Abe met in Chengdu.",
     [("December 24, 2019, 17:40", "2019-12-24T17:40")]),
    ("stamp, ISO with time", "2025-08-23",
     "Updated 2025-08-23 19:02\nLee landed in Tokyo.",
     [("2025-08-23 19:02", "2025-08-23T19:02")]),
    ("stamp, dotted date and zone", "2023-05-07",
     "2023.05.07 18:31 KST\nKishida arrived in Seoul.",
     [("2023.05.07 18:31 KST", "2023-05-07T18:31")]),
    ("stamp, clock first with zone", "2024-11-15",
     "20:12 JST, November 15, 2024\nIshiba and Yoon held talks.",
     [("20:12 JST, November 15, 2024", "2024-11-15T20:12")]),
    ("stamp, twelve-hour clock first", "2021-06-13",
     "Published: 8:45pm, 13 June 2021\nThe summit ended.",
     [("8:45pm, 13 June 2021", "2021-06-13T20:45")]),
    ("stamp, date then dash and clock", "2016-11-23",
     "Nov. 23, 2016 - 11:02\nThe pact was signed.",
     [("Nov. 23, 2016 - 11:02", "2016-11-23T11:02")]),
    ("bare ISO date line under a headline", "2018-05-09",
     "Leaders meet in Tokyo\n2018-05-09\n\nThe three leaders met on Wednesday.",
     [("2018-05-09", "2018-05-09"), ("Wednesday", "2018-05-09")]),
    ("dateline date", "2015-11-02",
     "SEOUL, Nov. 2 (Yonhap) -- Park and Abe met on Monday.",
     [("Nov. 2", "2015-11-02"), ("Monday", "2015-11-02")]),
    ("headline date", "2024-10-02",
     "Leaders to talk next week\nThe two leaders spoke by phone on Tuesday.",
     [("next week", "2024-W41"), ("Tuesday", "2024-10-01")]),
    ("clock in a readout, day from the sentence", "2023-03-17",
     "On March 16, the two leaders held a summit meeting commencing at 5:30 p.m."
     " for approximately 70 minutes.",
     [("March 16", "2023-03-16"), ("5:30 p.m.", "2023-03-16T17:30"),
      ("approximately 70 minutes", "PT70M")]),
    ("clock with local time, the day named after it", "2023-03-17",
     "The talks opened at 9:40 a.m. (local time) on March 16.",
     [("9:40 a.m.", "2023-03-16T09:40"), ("March 16", "2023-03-16")]),
    ("noon and an hour alone", "2024-05-27",
     "The leaders met at 12:00 noon and signed the statement at 3 p.m.",
     [("12:00 noon", "2024-05-27T12:00"), ("3 p.m.", "2024-05-27T15:00")]),
    ("clock before a weekday", "2023-03-17",
     "Yoon flew home at 10:15 a.m. Friday.",
     [("10:15 a.m. Friday", "2023-03-17T10:15")]),
    ("live blog entry times take the page's day", "2024-05-27",
     "Last updated: 2024-05-27 18:05 KST\n18:05\nThe leaders met in 1965 terms.\n"
     "Sunday, May 26\n19:10\nThis evening the leaders dined together.",
     [("2024-05-27 18:05 KST", "2024-05-27T18:05"), ("18:05", "2024-05-27T18:05"),
      ("1965", "1965"), ("Sunday, May 26", "2024-05-26"), ("19:10", "2024-05-26T19:10"),
      ("This evening", "2024-05-26TEV")]),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_page_lines_and_clock_times(
    name: str, published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    document = Document("t", text, dt.date.fromisoformat(published))
    found = [(t.text, t.value) for t in extract(document).timexes]
    assert found == expected, name


@pytest.mark.parametrize("text", [
    "The vote was 3:1 in favour.",
    "Chapter 12:30 of the report.",
    "He scored at 5 past the hour.",
    "The 7-Eleven store opened.",
])
def test_not_clock_times(text: str) -> None:
    document = Document("t", text, dt.date(2024, 9, 7))
    assert [t.text for t in extract(document).timexes] == []
