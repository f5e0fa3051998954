# ruff: noqa: E501
LEDE = "The foreign ministers of Japan, China and South Korea agreed Wednesday"
UNSC = "Foreign Minister Fumio Kishida, who chaired the talks in Tokyo, said"
ABE = "Prime Minister Shinzo Abe received Wang and Yun"
SEOUL = "It was revived last November in Seoul"
SIDE = "On the sidelines, Kishida and Yun confirmed"
COOP = "The three ministers also agreed to expand cooperation"

GOLD = dict(
    published="2016-08-24",
    furniture=[
        "Japan, China, S. Korea top diplomats eye leaders' summit in Japan by year-end as North fires SLBM\nWednesday, August 24, 2016, 22:10 JST\nShirakawa News",
        "TOKYO, Aug. 24 (Shirakawa News) -- ",
        "==Shirakawa\nRelated coverage:\nAbe, Park hold first summit, agree to speed up talks on \"comfort women\"",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Foreign Minister Fumio Kishida", "Kishida"],
        "Wang Yi": ["Chinese Foreign Minister Wang Yi", "Wang"],
        "Yun Byung-se": ["South Korean Foreign Minister Yun Byung-se", "Yun"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Chinese Foreign Ministry": ["A Chinese Foreign Ministry spokesman"],
        "Japanese Defense Ministry": ["the Defense Ministry"],
    },
    quotes=[
        ("Our three countries carry a heavy responsibility", "direct", "Fumio Kishida", "said"),
        ("Japan will do what it promised", "direct", None, "said"),
        ("healing the wounds", "partial", "Yun Byung-se", "told reporters"),
    ],
    statements=[
        (LEDE, ["Fumio Kishida", "Wang Yi", "Yun Byung-se"], "agreed"),
        (UNSC, ["Fumio Kishida"], "said"),
        (ABE, ["Shinzo Abe"], "telling"),
        ("A Chinese Foreign Ministry spokesman said Monday", ["Chinese Foreign Ministry"], "said"),
        (SIDE, ["Fumio Kishida", "Yun Byung-se"], "confirmed"),
        (COOP, ["Fumio Kishida", "Wang Yi", "Yun Byung-se", None], "agreed"),
        ("Wang urged his counterparts", ["Wang Yi"], "urged"),
        ("Japanese officials said Tokyo would also try", [None], "said"),
        ("The missile, launched Wednesday morning", ["Japanese Defense Ministry"], "said"),
    ],
    timexes=[
        ("Wednesday, August 24, 2016, 22:10 JST", "2016-08-24T22:10", None),
        ("TOKYO, [[Aug. 24]]", "2016-08-24", None),
        ("agreed [[Wednesday]] to work", "2016-08-24", None),
        ("by [[the end of the year]], hours", "2016", "END"),
        ("roughly five years", "P5Y", "APPROX"),
        ("minister since [[2012]]", "2012", None),
        ("about 25 minutes", "PT25M", "APPROX"),
        ("around 6:15 p.m.", "2016-08-24T18:15", "APPROX"),
        ("in Japan [[this year]] on", "2016", None),
        ("last November", "2015-11", None),
        ("three and a half years", "P3Y6M", None),
        ("the following day", "2015-11", None),
        ("spokesman said [[Monday]]", "2016-08-22", None),
        ("December 2015", "2015-12", None),
        ("late July", "2016-07", "END"),
        ("early September", "2016-09", "START"),
        ("Wednesday morning", "2016-08-24TMO", None),
    ],
    summits=[
        dict(date="2015-11", place="Seoul", country="KR", participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Shinzo Abe", "Park Geun-hye"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2016", place=None, country="JP", participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[LEDE, ABE]),
    ],
    agreements=[
        dict(title="work toward a three-way leaders' summit in Japan by the end of the year", kind="commitment",
             date="2016-08-24", parties=["JP", "CN", "KR"], status="agreed", evidence=[LEDE]),
        dict(title="lead the international response, including at the U.N. Security Council, urging North Korea to refrain from provocations",
             kind="commitment", date="2016-08-24", parties=["JP", "CN", "KR"], status="agreed", evidence=[UNSC]),
        dict(title="expand cooperation in disaster risk reduction, the environment and youth exchanges", kind="commitment",
             date="2016-08-24", parties=["JP", "CN", "KR"], status="agreed", evidence=[COOP]),
        dict(title="steadily carry out the December 2015 comfort women agreement (Kishida-Yun)", kind="commitment",
             date="2016-08-24", parties=["JP", "KR"], status="agreed", evidence=[SIDE]),
        dict(title="the December 2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced", evidence=[SIDE]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Shirakawa News' is fictional; headline, stamp, agency line, dateline prefix and the related-coverage block are furniture; stamp and dateline annotated). Kishida's direct quote paraphrases his reported press-conference remark and is not its wording; the senior official's quote, Yun's partial quote and the stamp time are invented.",
        "Facts checked on stored pages: mofa.go.jp/a_o/rp/page4e_000493.html (Abe received Wang and Yun on 24 August 2016 from around 6:15 p.m. for about 25 minutes; SLBM launch on the day; Abe hopes to host the trilateral summit in Japan this year; G20 in September); mofa.go.jp/press/kaiken/kaiken4e_000294.html (Kishida's press conference: joint press announcement, first time as chair in about five years, cooperation in disaster reduction, environment, youth exchanges; leading international efforts incl. the UNSC on the SLBM launch); bb.chineseembassy.org t1392019 (8th trilateral FMs' meeting in Tokyo on 24 August; leaders' meeting restarted last November after three years; 'facing history squarely'); larouchepub 2016-08-24 (pledge to bring the leaders together by the end of the year; joint press conference quote); straitstimes.com (first Chinese FM visit since 2012; Lu Kang: 'not Mr Wang visiting Japan but accepting an invitation to a meeting'); jmh.usembassy.gov 201608234624 (bilateral meetings on the 1 billion yen contribution; Japan to try arranging Abe-Xi at Hangzhou; Mainichi quoting the Chinese spokesperson on Monday). From general knowledge: the Seoul trilateral of 1 November 2015 and the first Park-Abe summit the next day, the foundation launched in late July 2016.",
        "Summits (3): Seoul trilateral (last November), Park-Abe first bilateral ('their first one-on-one talks', ordinal 1; 'the following day' of a November date, so 2015-11), the planned trilateral in Japan this year (planned, 2016). Not summits: Abe receiving two foreign ministers (courtesy call), the ministers' meeting, a hoped-for Abe-Xi meeting at Hangzhou ('would try to set up', not arranged; not recorded).",
        "Agreements (5): three trilateral commitments (summit by year-end, UNSC-led response, cooperation fields), the Kishida-Yun confirmation (agreed), the 2015 agreement (joint statement, referenced). Not agreements: Tokyo's 1 billion yen payment (implementation of the 2015 agreement, unilateral), Wang's exhortation.",
        "Timexes: 'by the end of the year' = 2016 END; 'the following day' of last November = 2015-11 (only the month is known); 'three and a half years' = P3Y6M; 'Wednesday morning' = 2016-08-24TMO.",
    ],
)
