# ruff: noqa: E501
CALL = "Park and Abe agreed during the call"
TEST = "The test, detected at about 9:30 a.m."
OBAMA = "The two had held talks in Vientiane"

GOLD = dict(
    published="2016-09-09",
    furniture=[
        "Park cuts short Laos trip after North Korea's fifth nuclear test; Abe calls to pledge joint response\n"
        "9 September 2016 - 14:52 GMT\n"
        "By Daniel Okafor and Seo Ji-won",
        "SEOUL, Sept 9, 2016 (Northgate) - ",
        "(Reporting by Daniel Okafor and Seo Ji-won; Editing by Ruth Lindqvist)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park", "her", "She"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Hwang Kyo-ahn": ["Prime Minister Hwang Kyo-ahn"],
        "Kim Jong Un": ["the North's leader, Kim Jong Un"],
        "Yoshihide Suga": ["Japan's Chief Cabinet Secretary Yoshihide Suga"],
        "Naomi Ito": ["Naomi Ito, a researcher at the Kansai Centre for Security Studies"],
        "Office of the President of South Korea": ["Park's office"],
    },
    quotes=[
        ("This is a challenge to the whole region", "direct", "Shinzo Abe", "told reporters"),
        ("maniacal recklessness", "partial", "Park Geun-hye", "called"),
        ("Pyongyang chose a moment", "direct", "Naomi Ito", "said"),
        ("The calls today show", "direct", "Naomi Ito", None),
    ],
    statements=[
        ("South Korean President Park Geun-hye flew home early", ["Shinzo Abe", None], "said"),
        (CALL, ["Park Geun-hye", "Shinzo Abe", "Office of the President of South Korea"], "agreed"),
        ("She called the test an act of", ["Park Geun-hye"], "called"),
        ("Officials in Tokyo said Abe had also raised", [None, "Shinzo Abe"], "said"),
        ("Japan's Chief Cabinet Secretary Yoshihide Suga said", ["Yoshihide Suga"], "said"),
        ("South Korean officials played down talk", [None], "played down"),
    ],
    timexes=[
        ("9 September 2016 - 14:52 GMT", "2016-09-09T14:52", None),
        ("SEOUL, [[Sept 9, 2016]]", "2016-09-09", None),
        ("Laos [[on Friday]]", "2016-09-09", None),
        ("her [[in the evening]]", "2016-09-09TEV", None),
        ("around 20 minutes", "PT20M", "APPROX"),
        ("about 9:30 a.m. local time", "2016-09-09T09:30", "APPROX"),
        ("two days after", "2016-09-09", None),
        ("Seoul [[in the afternoon]]", "2016-09-09TAF", None),
        ("Earlier in the day", "2016-09-09", None),
        ("15 minutes", "PT15M", None),
        ("Tuesday evening", "2016-09-06TEV", None),
        ("Friday night", "2016-09-09TNI", None),
        ("second [[this year]]", "2016", None),
        ("one in [[January]]", "2016-01", None),
        ("Japan [[on Monday]]", "2016-09-05", None),
        ("The calls [[today]]", "2016-09-09", None),
    ],
    summits=[
        dict(date="2016-09-07", place="Vientiane", country="LA",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="East Asia Summit", evidence=[TEST]),
        dict(date="2016-09-06", place="Vientiane", country="LA",
             participants=["Park Geun-hye", "Barack Obama"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits", evidence=[OBAMA]),
    ],
    agreements=[
        dict(title="work closely together on the next steps, including a new U.N. Security Council resolution",
             kind="commitment", date="2016-09-09", parties=["JP", "KR"], status="agreed", evidence=[CALL]),
        dict(title="coordinate with Washington against the North's missile launches (agreed in Vientiane)",
             kind="commitment", date="2016-09-07", parties=["JP", "KR"], status="referenced", evidence=[TEST]),
    ],
    notes=[
        "Invented international wire story (agency 'Northgate', reporters, editor, researcher and centre invented; headline, stamp, byline, dateline prefix and credit line are furniture; stamp and dateline are annotated). Abe's quote, the researcher's quote, the length of the Park-Abe call ('around 20 minutes'), Abe's contacts with Beijing and Moscow, and the afternoon return are invented or unchecked.",
        "Real background, checked on stored pages: m.etoday.co.kr (Park took a call from Abe on the evening of the 9th at Abe's request about the fifth nuclear test; both called it an unacceptable provocation and agreed to cooperate closely including on Security Council measures; Park returned early from Laos and chaired a security meeting with Prime Minister Hwang Kyo-ahn); dailymail/Reuters and sbs.com.au 2016-09-09 (Obama-Park call of fifteen minutes from 0100 GMT on Air Force One on the way back from Laos; Park's 'maniacal recklessness'); unseen15's checked notes for the Vientiane meetings (Park-Obama on Tuesday 6 September, Park-Abe on Wednesday 7 September; missiles fired during the Hangzhou G20 on Monday). From general knowledge: the test time (about 9:30 a.m.), Punggye-ri, the January 2016 test, Suga's protest through the embassy in Beijing.",
        "Summits (2): Park-Abe in Vientiane two days earlier (sidelines of the East Asia Summit) and Park-Obama on Tuesday evening. Not summits: the Park-Abe and Park-Obama telephone calls, the emergency security meeting, a three-way leaders' meeting 'played down', the G20 in Hangzhou (no meeting reported).",
        "Agreements (2): the commitment from the call (agreed, 9 September) and the Vientiane commitment to coordinate with Washington (referenced). Not agreements: a U.N. Security Council resolution itself, Suga's protest (unilateral).",
        "Timexes: 'two days after Park and Abe met' takes the date it points to (the test, 9 September), as in unseen12-15; 'about 9:30 a.m. local time' = T09:30 APPROX; 'today' inside the analyst's quote = 9 September; 'Friday night' = TNI.",
    ],
)
