# ruff: noqa: E501
LEAD = "The government has postponed a summit of the leaders"
RE = "The summit will be rearranged for a suitable time next year"
HAD = "Had it gone ahead, the summit would have brought"
SEOUL = "The series resumed in November last year"
FIRST = "Abe and Park held their first one-on-one talks"
VIEN = "Abe and Park last met in September"
GSOMIA = "The two governments signed a military intelligence-sharing pact"
RENEG = "Several of the politicians hoping to succeed Park"
PUTIN = "Meanwhile, the government confirmed that Russian President Vladimir Putin"
PUTIN2 = "The two leaders are to hold a second round of talks in Tokyo"

GOLD = dict(
    published="2016-12-13",
    furniture=[
        "Japan puts off three-way summit with China, South Korea to next year as Park's impeachment leaves Seoul without a leader\n"
        "The Hibiya Herald | December 13, 2016, 19:30 JST\n"
        "By Kenta Mori, Staff Writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Foreign Minister Fumio Kishida", "Kishida", "he"],
        "Park Geun-hye": ["President Park Geun-hye", "Park", "her"],
        "Hwang Kyo-ahn": ["Prime Minister Hwang Kyo-ahn", "Hwang"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Ministry of Foreign Affairs of South Korea": ["Seoul's Foreign Ministry"],
        "Government of Japan": ["the government", "Tokyo"],
    },
    quotes=[
        ("various circumstances", "partial", "Fumio Kishida", "told reporters"),
    ],
    statements=[
        (LEAD, ["Fumio Kishida"], "said"),
        ("Kishida told reporters after a Cabinet meeting", ["Fumio Kishida"], "told reporters"),
        (RE, ["Fumio Kishida"], "said"),
        ("Seoul's Foreign Ministry confirmed the delay", ["Ministry of Foreign Affairs of South Korea"], "confirmed"),
        ("In Beijing, a Foreign Ministry spokesman said", [None], "said"),
        ("The idea of Hwang traveling to Tokyo", [None], "according to"),
        (VIEN, ["Shinzo Abe", "Park Geun-hye"], "agreed"),
        (RENEG, [None], "called for"),
        (PUTIN, ["Government of Japan"], "confirmed"),
    ],
    timexes=[
        ("December 13, 2016, 19:30 JST", "2016-12-13T19:30", None),
        ("Dec. 19-20", "2016-12-19/2016-12-20", None),
        ("said [[Tuesday]]", "2016-12-13", None),
        ("four days after", "2016-12-13", None),
        ("the meeting [[this year]]", "2016", None),
        ("suitable time [[next year]]", "2017", None),
        ("took office in [[2013]]", "2013", None),
        ("since 2008", "2008", None),
        ("held in [[2013]] or 2014", "2013", None),
        ("2013 or [[2014]]", "2014", None),
        ("November last year", "2015-11", None),
        ("the following day", "2015-11", None),
        ("last met [[in September]]", "2016-09", None),
        ("last month", "2016-11", None),
        ("December 2015", "2015-12", None),
        ("on Thursday", "2016-12-15", None),
        ("on Friday", "2016-12-16", None),
    ],
    summits=[
        dict(date="2017", place=None, country="JP", participants=["Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[LEAD, RE, HAD]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[FIRST]),
        dict(date="2016-09", place="Vientiane", country="LA", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="East Asia Summit", evidence=[VIEN]),
        dict(date="2016-12-15", place="Nagato", country="JP", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[PUTIN]),
        dict(date="2016-12-16", place="Tokyo", country="JP", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[PUTIN2]),
    ],
    agreements=[
        dict(title="joint declaration on peace and cooperation in Northeast Asia", kind="joint-declaration",
             date="2015-11", parties=["CN", "JP", "KR"], status="referenced", evidence=[SEOUL]),
        dict(title="act together with the United States against North Korea's missile launches", kind="commitment",
             date="2016-09", parties=["JP", "KR"], status="referenced", evidence=[VIEN]),
        dict(title="military intelligence-sharing pact (GSOMIA)", kind="treaty", date="2016-11", parties=["JP", "KR"],
             status="referenced", evidence=[GSOMIA]),
        dict(title="December 2015 agreement on the 'comfort women' issue", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA, RENEG]),
    ],
    notes=[
        "Invented Tokyo daily story (outlet 'The Hibiya Herald' and reporter invented; headline, stamp and byline are furniture; the stamp is annotated; its time is invented). All wording is invented except the fragment 'various circumstances'.",
        "Real background, checked on stored pages: koreaherald.com ud=20161213000567, english.kyodonews.jp 2016/12/448694, rappler/AFP, asianews.it and ibtimes.co.uk (Kishida said on Tuesday 13 December after a Cabinet meeting that the summit planned for 19-20 December in Tokyo would be rearranged for a suitable time next year owing to 'various circumstances'; parliament impeached Park on Friday 9 December; Hwang acting president; China negative about Hwang attending; Seoul's ministry: hard to set a date this year; Chinese spokesman Geng Shuang on timing suitable for all; summits rotated since 2008, none in 2013-2014, resumed in Seoul on 1 November 2015; first Japan visit for Park and Li since 2013; Putin to arrive on 15 December at Nagato, talks in Tokyo the next day with a press conference). unseen16's checked notes for Vientiane (Park-Abe on 7 September 2016, commitment to coordinate with Washington). From general knowledge and other corpora's titles: the Park-Abe first summit on 2 November 2015, the 2015 joint declaration, GSOMIA signed on 23 November 2016, the December 2015 agreement and Japan's 1 billion yen payment.",
        "Summits (6): the postponed three-way summit, now planned for 'next year' (planned; participants recorded as Abe and Li only, since the South Korean participant is unknown: debatable), the Seoul three-way summit of November 2015, the Park-Abe talks 'the following day' (ordinal 1: 'their first one-on-one talks'), Vientiane (sidelines of the East Asia Summit), Abe-Putin in Nagato on Thursday and in Tokyo on Friday (two planned meetings). Not summits: the meeting as originally scheduled for 19-20 December (the same meeting, now postponed), Hwang's floated attendance.",
        "Agreements (4): the 2015 trilateral joint declaration (referenced; its content on holding summits regularly is not split off), the Vientiane commitment (referenced), GSOMIA (signed 'last month', referenced here), the December 2015 agreement (joint-statement, referenced). Not agreements: Japan's 1 billion yen payment (a measure under the agreement), the postponement.",
        "Timexes: 'four days after' = 2016-12-13 (the date it points to); 'the following day' = 2015-11 (only the month is known); 'in 2013 or 2014' = two expressions.",
    ],
)
