# ruff: noqa: E501
LEDE = "Foreign Minister Yun Byung-se said Thursday"
YUNQ = "Yun told the National Assembly's Foreign Affairs and Unification Committee."
DATES = "Japan has put forward candidate dates"
CHO = "Foreign ministry spokesman Cho June-hyuck told a regular briefing"
ADV = "Park's chief foreign policy adviser had said last week"
LIMA = "The remarks came as Park prepared to miss"
MOFA = "The foreign ministry has said the decision was taken in September"
KANG = "said Rep. Kang Min-jae"
TOKYO = "If it goes ahead, the Tokyo meeting would bring Park together"
FIRST = "On the sidelines of that gathering, Park and Abe held their first bilateral summit"
VIEN = "Park last met Abe in Vientiane in September"
PACT = "The two governments are also moving ahead with a military intelligence-sharing pact."
INIT = "Negotiators initialed the General Security of Military Information Agreement"
NY = "Abe, meanwhile, was in New York on Thursday"

GOLD = dict(
    published="2016-11-18",
    furniture=[
        "Yun says Park 'ought to attend' three-way summit in Japan despite scandal\n"
        "Published : Nov. 18, 2016 - 16:40 | Updated : Nov. 18, 2016 - 18:02\n"
        "By Choi Eun-bi",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yun Byung-se": ["Foreign Minister Yun Byung-se", "Yun"],
        "Park Geun-hye": ["President Park Geun-hye", "Park", "the president", "she"],
        "Cho June-hyuck": ["Foreign ministry spokesman Cho June-hyuck"],
        "Kang Min-jae": ["Rep. Kang Min-jae of the main opposition Democratic Party"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Donald Trump": ["U.S. President-elect Donald Trump"],
        "Ministry of Foreign Affairs of South Korea": ["The foreign ministry"],
    },
    quotes=[
        ('Park Geun-hye "[[ought to attend]]', "partial", "Yun Byung-se", "said"),
        ("If the president cannot go for domestic reasons", "direct", "Yun Byung-se", "told"),
        ("coordinating the schedule,", "partial", "Cho June-hyuck", "told a regular briefing"),
        ("A president under investigation should not be making promises", "direct", "Kang Min-jae", "said"),
    ],
    statements=[
        (LEDE, ["Yun Byung-se"], "said"),
        (YUNQ, ["Yun Byung-se"], "told"),
        (DATES, ["Yun Byung-se"], "said"),
        (CHO, ["Cho June-hyuck"], "told a regular briefing"),
        (ADV, [None], "had said"),
        (MOFA, ["Ministry of Foreign Affairs of South Korea", None], "has said"),
        (KANG, ["Kang Min-jae"], "said"),
        (INIT, [None], "expect"),
    ],
    timexes=[
        ("Nov. 18, 2016 - 16:40", "2016-11-18T16:40", None),
        ("Nov. 18, 2016 - 18:02", "2016-11-18T18:02", None),
        ("Yun Byung-se said [[Thursday]]", "2016-11-17", None),
        ("before the end of the year", "2016", "END"),
        ("the end of this month", "2016-11", "END"),
        ("the beginning of next month", "2016-12", "START"),
        ("had said [[last week]]", "2016-W45", None),
        ("this weekend", "2016-W46-WE", None),
        ("since [[1993]]", "1993", None),
        ("decision was taken in [[September]]", "2016-09", None),
        ("a little over a year after", "2016", None),
        ("November last year", "2015-11", None),
        ("December 2015", "2015-12", None),
        ("Vientiane in [[September]]", "2016-09", None),
        ("Agreement on [[Monday]]", "2016-11-14", None),
        ("as early as next week", "2016-W47", None),
        ("New York on [[Thursday]]", "2016-11-17", None),
    ],
    summits=[
        dict(date="2016", place="Tokyo", country="JP", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[LEDE, YUNQ, DATES, CHO, TOKYO]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO, FIRST]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[FIRST]),
        dict(date="2016-09", place="Vientiane", country="LA", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[VIEN]),
        dict(date="2016-09", place="Hangzhou", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[VIEN]),
    ],
    agreements=[
        dict(title="General Security of Military Information Agreement, initialed, to be signed", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="agreed", evidence=[PACT, INIT]),
        dict(title="December 2015 deal on Japan's wartime sexual slavery", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[FIRST]),
    ],
    notes=[
        "Invented Seoul English-language daily story (reporter and the opposition lawmaker are invented; headline, Published/Updated line and byline are furniture; the stamps are annotated; the headline's quoted 'ought to attend' is furniture). Yun's direct quote and the lawmaker's quote are invented; Yun's 'ought to attend' and Cho's 'coordinating the schedule' follow the stored page.",
        "Real facts checked on stored pages: english.hani.co.kr 770926 (Yun on 17 November at the Foreign Affairs and Unification Committee: Park 'ought to attend' the trilateral Japan hosts before the end of the year; Japan suggesting dates; spokesman Cho Joon-hyuk: coordinating the schedule, senior officials to meet at the end of this month or the beginning of next); ft.lk (Reuters, 9 November: Park's chief foreign policy adviser said last week she would attend the trilateral; first absence from APEC since 1993); koreaherald 20161108000833 and chinadaily 2016-11-08 (Park to skip APEC in Lima, decision made in September after the fifth nuclear test); english.kyodonews.jp 2016-11-20 and china.timesofnews.com (APEC in Lima on the weekend of 19-20 November). From the titles of the project's other corpora and general knowledge: the Seoul trilateral (1 November 2015) and the first Park-Abe summit (2 November 2015); the December 2015 comfort women agreement; Park-Abe in Vientiane and Park-Xi in Hangzhou (September 2016); GSOMIA initialed on 14 November and signed on 23 November 2016; Abe's meeting with President-elect Trump in New York on 17 November.",
        "Summits (5): the planned trilateral in Tokyo (planned, 2016; the text calls it 'the Tokyo meeting'); the Seoul trilateral and the first Park-Abe bilateral (November 2015, ordinal 1, 'their first bilateral summit'); Park-Abe in Vientiane and Park-Xi in Hangzhou (September 2016). Not summits: Abe's meeting with President-elect Trump (not yet in office), the senior officials' meeting, the APEC meeting Park skips.",
        "Agreements (2): GSOMIA, initialed and not yet signed (treaty, agreed); the December 2015 deal (joint statement, referenced). Not agreements: the trilateral's agenda (to be settled), Japan's proposed dates (a scheduling proposal, not a course of action; debatable).",
        "Timexes: 'a little over a year after' takes the date it points to (the Tokyo meeting, 2016, no finer date known); 'this weekend' (Friday 18 November, week 46) = 2016-W46-WE; 'last week' = 2016-W45; 'as early as next week' = 2016-W47; 'the end of this month' = 2016-11 END and 'the beginning of next month' = 2016-12 START; 'on Monday' = 14 November.",
    ],
)
