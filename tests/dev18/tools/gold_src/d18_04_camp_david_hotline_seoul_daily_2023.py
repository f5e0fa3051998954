# ruff: noqa: E501
LEAD = "President Yoon Suk Yeol has come home from the United States"
HOSTED = "U.S. President Joe Biden hosted Yoon and Japanese Prime Minister Fumio Kishida at Camp David"
THIRTEEN = "It was the 13th trilateral summit"
DOCS = "The leaders released the Camp David Principles"
CONSULT = "In a third document, the Commitment to Consult"
ANNUAL = "They also agreed to hold a trilateral summit at least once a year"
HOTLINE = "A hotline among the three capitals will be set up"
PLEDGE = "said the annual summit pledge meant"
STRING = "Yoon and Kishida held talks in Tokyo in March"
PP = "Before that, the three had sat down in Phnom Penh"

GOLD = dict(
    published="2023-08-20",
    furniture=[
        "Camp David leaves Seoul with a hotline, a yearly summit and a duty to consult\n\nPublished: 20 Aug. 2023, 17:05 Updated: 20 Aug. 2023, 19:30\n\nBy Shin Ha-eun",
        "Yonhap contributed to this report.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Democratic Party": ["The main opposition Democratic Party"],
        "Kim Ji-won": ["Kim Ji-won", "she"],
        "Government of Japan": ["Japan"],
        "Government of South Korea": ["South Korea"],
    },
    quotes=[
        ("Camp David will be remembered as the place", "direct", "Yoon Suk Yeol", "said"),
        ("reinforced", "partial", "Fumio Kishida", "said"),
        ("new heights.", "partial", "Fumio Kishida", "said"),
        ("will meet whoever is in office.", "partial", None, "said"),
        ("Documents do not make a partnership. Habits do,", "direct", "Kim Ji-won", "said"),
    ],
    statements=[
        (CONSULT, ["Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"], "pledged"),
        (ANNUAL, ["Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"], "agreed"),
        (HOTLINE, ["Joe Biden"], "said"),
        ("Kishida said cooperation between the two alliances", ["Fumio Kishida"], "said"),
        (PLEDGE, [None], "said"),
        ("The main opposition Democratic Party said in a statement", ["Democratic Party"], "said in a statement"),
        ("said the real test would come", ["Kim Ji-won"], "said"),
        ("Japan and South Korea each also pledged", ["Government of Japan", "Government of South Korea"], "pledged"),
    ],
    timexes=[
        ("Published: [[20 Aug. 2023, 17:05]]", "2023-08-20T17:05", None),
        ("Updated: [[20 Aug. 2023, 19:30]]", "2023-08-20T19:30", None),
        ("in Maryland, on [[Friday]]", "2023-08-18", None),
        ("about two hours", "PT2H", "APPROX"),
        ("reporters together [[in the afternoon]]", "2023-08-18TAF", None),
        ("a string of meetings [[this year]]", "2023", None),
        ("Tokyo in [[March]]", "2023-03", None),
        ("Seoul in [[May]]", "2023-05", None),
        ("May 21", "2023-05-21", None),
        ("November last year", "2022-11", None),
    ],
    summits=[
        dict(date="2023-08-18", place="Camp David", country="US", participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"],
             kind="trilateral", ordinal=13, status="held", occasion=None, evidence=[LEAD, HOSTED, THIRTEEN]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[STRING]),
        dict(date="2023-05", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[STRING]),
        dict(date="2023-05-21", place="Hiroshima", country="JP", participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion="G7 summit", evidence=[STRING]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[PP]),
    ],
    agreements=[
        dict(title="Camp David Principles", kind="joint-statement", date="2023-08-18",
             parties=["JP", "KR", "US"], status="agreed", evidence=[DOCS]),
        dict(title="Spirit of Camp David (joint statement)", kind="joint-statement", date="2023-08-18",
             parties=["JP", "KR", "US"], status="agreed", evidence=[DOCS]),
        dict(title="Commitment to Consult", kind="joint-statement", date="2023-08-18",
             parties=["JP", "KR", "US"], status="agreed", evidence=[LEAD, CONSULT]),
        dict(title="hold a trilateral summit at least once a year", kind="commitment", date="2023-08-18",
             parties=["JP", "KR", "US"], status="agreed", evidence=[LEAD, ANNUAL, PLEDGE]),
        dict(title="annual meetings of foreign, defense and commerce ministers and national security advisers", kind="commitment", date="2023-08-18",
             parties=["JP", "KR", "US"], status="agreed", evidence=[ANNUAL]),
        dict(title="trilateral leaders' hotline", kind="commitment", date="2023-08-18",
             parties=["JP", "KR", "US"], status="agreed", evidence=[LEAD, HOTLINE]),
        dict(title="Biden's invitation to Washington (Hiroshima)", kind="commitment", date="2023-05-21",
             parties=["JP", "KR", "US"], status="proposed", evidence=[STRING]),
        dict(title="Phnom Penh joint statement on the Indo-Pacific", kind="joint-statement", date="2022-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[PP]),
    ],
    notes=[
        "Invented Seoul daily story in JoongAng Daily style (reporter Shin Ha-eun, the stamp times, the professor Kim Ji-won and 'Hanseo Graduate School' are invented). Headline, Published/Updated line, byline and the contributor line are furniture; the two stamps are annotated. Yoon's quote is an invented paraphrase of his press-conference remark; Kishida's one-word partial quotes paraphrase his remark; the senior official's line and the Democratic Party statement are invented.",
        "Real facts, checked on stored pages: japannews.yomiuri.co.jp 20230822-131200 (Camp David trilateral on Friday 18 August 2023; first stand-alone trilateral summit; Biden's first foreign leaders at Camp David; about two hours including a working lunch; joint press conference; Camp David Principles and the Spirit of Camp David joint statement; Kishida's remark on the alliances); mcst.go.kr kocis newsView pSeq=177 (13th trilateral summit, first stand-alone; agreement on a yearly trilateral summit and meetings of national security advisers and foreign, defense and industry ministers; Yoon's 'historic place' remark); expressandstar.com 2023-08-18 (AP: hotline; Camp David Principles; improved communication mechanism); dailymail.co.uk 2023-08-18 (pledge to consult one another in a crisis); politicaliq.com 2023-08-18 ($2 million each for Maui); hongcomm.com/korea/202306 and koreadailyus.com (Hiroshima trilateral on 21 May 2023; Biden's invitation; earlier summits); presidency.ucsb.edu Phnom Penh Statement (November 2022). The title 'Commitment to Consult' and the Tokyo (March) and Seoul (May) summits are from general knowledge (the project's other corpora carry them).",
        "Summits (5): Camp David (ordinal 13, 'the 13th trilateral summit'); Tokyo (March 2023) and Seoul (May 2023) bilaterals; Hiroshima, 21 May 2023 (trilateral on the sidelines of the G7); Phnom Penh, November 2022 (trilateral). Not recorded: the yearly summit (a commitment, not a dated meeting).",
        "Agreements (8): the three Camp David documents (all recorded as joint-statement: the Principles and the Commitment to Consult are leaders' documents issued jointly, not signed treaties; debatable); three commitments (yearly summit, ministers' and advisers' meetings, hotline), the yearly-summit and ministerial meetings split from one sentence; Biden's Hiroshima invitation (proposed); the Phnom Penh statement (referenced). Not agreements: the $2 million pledges for Maui (each government's own measure).",
        "Timexes: 'at least once a year' and 'annual' are frequencies (not annotated); 'in the afternoon' is the afternoon of the summit day (2023-08-18TAF).",
    ],
)
