# ruff: noqa: E501
FRI = "When Joe Biden welcomes Yoon Suk Yeol and Fumio Kishida to Camp David on Friday"
MIYA = "Kiichi Miyazawa met the elder President Bush there in 1992."
KOIZ = ("Junichiro Koizumi held his first summit", "tossed a baseball for the cameras.")
ABE = "Shinzo Abe followed in April 2007"
LEE = "Lee Myung-bak, barely two months into his presidency"
FUK = "He then flew to Tokyo for talks with Yasuo Fukuda"
SIDE = "Trilateral meetings were held, but almost always as side events"
TOKYO = "Yoon went to Tokyo in March, and Kishida repaid the visit"
HIRO = "Weeks later, at the Group of Seven summit in Hiroshima"
INV = "The invitation, which both accepted, became this week's meeting."
WASH = "Yoon had already been to Washington in April for a state visit"
OFFICIALS = "Officials have said the leaders are expected to agree"
HIST = "Yoon's government has leaned on the 1998 joint declaration"

P3 = ["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"]
GOLD = dict(
    published="2023-08-17",
    furniture=[
        "ANALYSIS | Camp David has hosted Tokyo and Seoul before. Never at the same table",
        "The mountain retreat's guest book tells the story of two alliances that ran in parallel. Friday's meeting is an attempt to make them converge.",
        "By Oh Ji-hoon, diplomatic correspondent",
        "Published August 17, 2023",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Joe Biden": ["Joe Biden", "Biden"],
        "Yoon Suk Yeol": ["Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Fumio Kishida", "Kishida"],
        "Kiichi Miyazawa": ["Kiichi Miyazawa"],
        "George H. W. Bush": ["the elder President Bush"],
        "George W. Bush": ["George W. Bush", "the younger Bush"],
        "Junichiro Koizumi": ["Junichiro Koizumi"],
        "Shinzo Abe": ["Shinzo Abe"],
        "Lee Myung-bak": ["Lee Myung-bak", "He"],
        "Yasuo Fukuda": ["Yasuo Fukuda"],
        "Kim Dae-jung": [],
        "Keizo Obuchi": [],
        "Lee Soo-jin": ["Lee Soo-jin, a professor of international relations at Hanbit University"],
        "Government of South Korea": ["Yoon's government"],
    },
    quotes=[
        ("strategic", "partial", None, "promise"),
        ("The test is whether these commitments survive", "direct", "Lee Soo-jin", "said"),
        ("Camp David can make the photograph.", "direct", "Lee Soo-jin", None),
    ],
    statements=[
        (OFFICIALS, [None], "have said"),
        (HIST, ["Government of South Korea", None], "argue"),
    ],
    timexes=[
        ("Friday's meeting", "2023-08-18", None),
        ("Published August 17, 2023", "2023-08-17", None),
        ("Camp David [[on Friday]]", "2023-08-18", None),
        ("there in [[1992]]", "1992", None),
        ("June 30, 2001", "2001-06-30", None),
        ("followed in [[April 2007]]", "2007-04", None),
        ("a year later", "2008-04", None),
        ("barely [[two months]]", "P2M", None),
        ("Camp David in [[April 2008]]", "2008-04", None),
        ("the next fifteen years", "P15Y", None),
        ("in [[June last year]]", "2022-06", None),
        ("nearly five years", "P5Y", "APPROX"),
        ("Phnom Penh in [[November]]", "2022-11", None),
        ("Tokyo in [[March]]", "2023-03", None),
        ("Seoul in [[May]]", "2023-05", None),
        ("more than a decade", "P10Y", "MORE_THAN"),
        ("the third time [[this year]]", "2023", None),
        ("[[this week]]'s meeting", "2023-W33", None),
        ("Washington in [[April]]", "2023-04", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("announced in [[March]]", "2023-03", None),
    ],
    summits=[
        dict(date="2023-08-18", place="Camp David", country="US", participants=P3,
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[FRI, INV, OFFICIALS]),
        dict(date="1992", place="Camp David", country="US", participants=["Kiichi Miyazawa", "George H. W. Bush"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MIYA]),
        dict(date="2001-06-30", place="Camp David", country="US", participants=["Junichiro Koizumi", "George W. Bush"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[KOIZ]),
        dict(date="2007-04", place="Camp David", country="US", participants=["Shinzo Abe", "George W. Bush"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ABE]),
        dict(date="2008-04", place="Camp David", country="US", participants=["Lee Myung-bak", "George W. Bush"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEE]),
        dict(date="2008-04", place="Tokyo", country="JP", participants=["Lee Myung-bak", "Yasuo Fukuda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FUK]),
        dict(date="2022-06", place="Madrid", country="ES", participants=P3,
             kind="trilateral", ordinal=None, status="held", occasion="NATO summit", evidence=[SIDE]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=P3,
             kind="trilateral", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[SIDE]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2023-05", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2023-05", place="Hiroshima", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=3, status="held", occasion="G7", evidence=[HIRO]),
        dict(date="2023-05", place="Hiroshima", country="JP", participants=P3,
             kind="trilateral", ordinal=None, status="held", occasion="G7", evidence=[HIRO]),
        dict(date="2023-04", place="Washington", country="US", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[WASH]),
    ],
    agreements=[
        dict(title="turn the Korea-U.S. alliance into a strategic alliance", kind="commitment", date="2008-04",
             parties=["KR", "US"], status="referenced", evidence=[LEE]),
        dict(title="U.S.-Japan economic partnership for growth", kind="commitment", date="2001-06-30",
             parties=["JP", "US"], status="referenced", evidence=[KOIZ]),
        dict(title="Phnom Penh joint statement on a trilateral Indo-Pacific partnership", kind="joint-statement", date="2022-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[SIDE]),
        dict(title="share North Korean missile warning data in real time", kind="commitment", date="2022-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[SIDE]),
        dict(title="restore shuttle visits", kind="commitment", date="2023",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="Biden's invitation of Yoon and Kishida to Washington (accepted)", kind="commitment", date="2023-05",
             parties=["JP", "KR", "US"], status="agreed", evidence=[HIRO, INV]),
        dict(title="Washington Declaration", kind="joint-declaration", date="2023-04",
             parties=["KR", "US"], status="referenced", evidence=[WASH]),
        dict(title="Japan-Republic of Korea Joint Declaration (1998)", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[HIST]),
    ],
    notes=[
        "Invented analysis (byline and outlet invented); headline, standfirst, byline and Published line are furniture (the standfirst's 'Friday' and the Published date are annotated). Invented: the correspondent, the professor and university and the quotes, 'officials have said' expectations.",
        "Real facts checked on stored pages: japantimes.co.jp 2001-05-30 (Koizumi-Bush first summit at Camp David on 30 June 2001; Miyazawa met the elder Bush there in 1992); cnn.com 2001-06-30 and cbsnews.com (baseball toss; U.S.-Japan Economic Partnership for Growth); georgewbush-whitehouse.archives.gov visit/japan/abe and govinfo.gov WCPD-2007-04-30 (Abe at Camp David on 27 April 2007 after a dinner at the White House on 26 April); donga.com 20080421/258164 and twocircles.net (Lee at Camp David, first Korean president, strategic alliance; Tokyo afterwards); japannews.yomiuri.co.jp 20230522-111321 (Hiroshima trilateral on 21 May 2023, Biden's invitation to Washington, Yoon and Kishida's third meeting of the year earlier that day). From the project's manifests: Madrid trilateral, first in nearly five years (dev7 2022-06-29); Phnom Penh trilateral (articles, unseen); Yoon in Tokyo in March and Kishida in Seoul in May 2023 with restored shuttle diplomacy (dev2, articles); Yoon's state visit and the Washington Declaration (dev9 2023-04-27); the March 2023 compensation plan (unseen15 2023-03-06); Camp David on 18 Aug 2023 with yearly summits and a duty to consult (dev2, heldout). General knowledge: the Phnom Penh statement and real-time missile data sharing.",
        "Summits (13): the planned Camp David trilateral (ordinal null: 'first stand-alone summit' counts the format, not meetings of these leaders); Miyazawa, Koizumi (ordinal 1), Abe and Lee at Camp David; Lee-Fukuda in Tokyo; trilaterals in Madrid, Phnom Penh and Hiroshima; Yoon-Kishida in Tokyo, Seoul and Hiroshima (ordinal 3, 'for the third time this year'); Yoon-Biden in Washington. Not summits: the White House dinner the night before Abe's Camp David day (same visit); 'side events' in aggregate.",
        "Agreements (8): referenced commitments (strategic alliance, economic partnership for growth, real-time data sharing, restored shuttle visits), the Phnom Penh statement, the Washington Declaration and the 1998 declaration (referenced), and Biden's accepted invitation (agreed, as unseen16). Not recorded: the annual meetings and duty to consult the leaders 'are expected to agree' (not yet agreed); the March compensation plan (unilateral). 'shuttle' in quotation marks is a term, not a quote.",
        "Timexes: 'a year later' = 2008-04 (the date it points to); 'the night before' and 'Weeks later' are not annotated (no resolvable anchor / vague); 'every year' is a frequency; 'this week' = 2023-W33.",
    ],
)
