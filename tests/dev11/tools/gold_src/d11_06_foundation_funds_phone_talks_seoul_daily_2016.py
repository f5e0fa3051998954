# ruff: noqa: E501
LEAD = "South Korea and Japan have reached a basic agreement on how the 1 billion yen"
PHONE = "settled the remaining points in telephone talks earlier in the day"
BASIC = "We have come to a basic agreement on the scope"
OBLIG = "Kishida added that once the payment is made"
COMP = "He also made clear the money should not be seen as compensation"
CLOSE = "A ministry official said only that the two ministers had agreed"
DEAL = "The agreement, announced jointly by Yun and Kishida in Seoul"
VIENTIANE = "Yun and Kishida last met face to face on July 25"
FIRST = "Their first summit, in Seoul on Nov. 2"
WASH = "On March 31, they met again in Washington"
TRI = "Japan, which chairs the next three-way summit"

GOLD = dict(
    published="2016-08-12",
    furniture=[
        "Seoul, Tokyo agree on how to use Japan's 1 bln yen for sex slavery victims",
        "Foreign ministers reach 'basic agreement' by phone; Tokyo says payment will complete its side of last year's deal",
        "By Shin Ha-eun",
        "Published : Aug. 12, 2016 - 18:47 | Updated : Aug. 12, 2016 - 21:10",
        "shinhe@mapoherald.kr",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yun Byung-se": ["Foreign Minister Yun Byung-se", "Yun"],
        "Fumio Kishida": ["his Japanese counterpart Fumio Kishida", "Kishida", "He"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Choi Yun-seo": ["Choi Yun-seo, a researcher at the Namsan Institute for East Asian Affairs"],
        "Ministry of Foreign Affairs (Seoul)": ["the Foreign Ministry in Seoul", "Seoul's Foreign Ministry"],
    },
    quotes=[
        (BASIC, "direct", "Fumio Kishida", "told reporters"),
        ("swiftly.", "partial", "Fumio Kishida", "said"),
        ("faithfully", "partial", None, "said"),
        ("finally and irreversibly.", "partial", None, None),
        ("The money was never the real test,", "direct", "Choi Yun-seo", "said"),
        ("The test is whether the survivors feel", "direct", "Choi Yun-seo", None),
    ],
    statements=[
        (LEAD, ["Yun Byung-se", "Fumio Kishida"], "said"),
        (PHONE, ["Ministry of Foreign Affairs (Seoul)"], "said"),
        ("He said Japan would complete the procedures", ["Fumio Kishida"], "said"),
        (OBLIG, ["Fumio Kishida"], "added"),
        (COMP, ["Fumio Kishida"], "made clear"),
        ("According to Japanese media, Kishida also asked Seoul", ["Fumio Kishida"], "asked"),
        (CLOSE, [None], "said"),
        (DEAL, ["Yun Byung-se", "Fumio Kishida"], "announced jointly"),
        (VIENTIANE, ["Yun Byung-se", "Fumio Kishida"], "reaffirmed"),
        (WASH, ["Park Geun-hye", "Shinzo Abe"], "vowed"),
        ("but officials in Seoul said no bilateral meeting", [None], "said"),
    ],
    timexes=[
        ("last year's deal", "2015", None),
        ("Aug. 12, 2016 - 18:47", "2016-08-12T18:47", None),
        ("Aug. 12, 2016 - 21:10", "2016-08-12T21:10", None),
        ("diplomats said [[Friday]]", "2016-08-12", None),
        ("earlier in the day", "2016-08-12", None),
        ("the [[December]] agreement", "2015-12", None),
        ("the [[1965]] treaty", "1965", None),
        ("Dec. 28, 2015", "2015-12-28", None),
        ("late last month", "2016-07", "END"),
        ("July 25", "2016-07-25", None),
        ("Nov. 2", "2015-11-02", None),
        ("the previous day", "2015-11-01", None),
        ("March 31", "2016-03-31", None),
        ("later this year", "2016", None),
        ("early next month", "2016-09", "START"),
    ],
    summits=[
        dict(date="2015-11-02", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[FIRST]),
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[FIRST]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=2,
             status="held", occasion="the Nuclear Security Summit", evidence=[WASH]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"], kind="trilateral",
             ordinal=None, status="held", occasion="the Nuclear Security Summit", evidence=[WASH]),
        dict(date="2016", place="Tokyo", country="JP",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="basic agreement on the scope of the foundation's activities and the use of Japan's 1 billion yen",
             kind="commitment", date="2016-08-12", parties=["JP", "KR"], status="agreed",
             evidence=[LEAD, PHONE, BASIC]),
        dict(title="keep working closely so that the 2015 deal is faithfully carried out", kind="commitment",
             date="2016-08-12", parties=["JP", "KR"], status="agreed", evidence=[CLOSE]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015-12-28",
             parties=["JP", "KR"], status="referenced", evidence=[OBLIG, DEAL, VIENTIANE, WASH]),
        dict(title="1965 treaty normalizing diplomatic ties", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[COMP]),
        dict(title="Park and Abe agree to meet more often", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="referenced", evidence=[WASH]),
    ],
    notes=[
        "Invented Seoul daily story in the Korea Herald style (The Mapo Herald; reporter, e-mail, the ministry official, Choi Yun-seo and the Namsan Institute are invented). Headline, deck, byline, Published/Updated stamp and e-mail line are furniture; the stamp and the deck's 'last year's' are annotated. Kishida's direct quote rewords his reported NHK remark.",
        "Real facts checked on stored pages: maruchannel.hatenadiary.org (NHK, 2016-08-12: preliminary agreement by phone on the scope of the foundation's activities, medical and nursing care, swift disbursement, 1 billion yen); world.kbs.co.kr Seq_Code 42480 and rki.kbs.co.kr 61400 (phone talks of Aug. 12; statue; fulfilment of Japan's responsibility; not compensation); japantimes.co.jp 2016-07-25 (Kishida-Yun in Vientiane on Monday July 25, foundation to be set up that week, statue wording); en.koreaportal.com (foundation founded in July; 'finally and irreversibly'; later transfer); asiaone.com (joint announcement of Dec. 28, 2015, apology, foundation); japantimes.co.jp 2016-04-01 (Abe-Park one-on-one in Washington on the fringes of the Nuclear Security Summit, implementation, more bilateral meetings; first meeting in November); en.yna.co.kr AEN20160329000253315 (trilateral with Obama the same Thursday); lidtime.com (Seoul summit after the Sunday trilateral with China); hani.co.kr 760597 (trilateral summit with China broached for later in 2016, Vientiane in September). G20 Hangzhou early September 2016: other corpora's titles (d6_04).",
        "Summits (5, 1 planned): Seoul Nov. 2, 2015 (ordinal 1, 'Their first summit'), Seoul trilateral 'the previous day', Washington March 31, 2016 (ordinal 2 from 'two summits so far' and 'met again'; debatable), the Washington trilateral with Obama, the planned trilateral Japan hosts (place Tokyo as the text says; dated 2016). Not summits: the foreign ministers' call and Vientiane meeting, a possible Park-Abe encounter at Hangzhou or in Laos ('no bilateral meeting had been scheduled').",
        "Agreements (5): the phone agreement on the foundation's scope; the commitment to keep working so the deal is carried out (kept separate as its own course; debatable); the 2015 agreement (referenced, four evidence sentences); the 1965 treaty; the Washington agreement to meet more often (referenced). Not agreements: Japan's disbursement (implementation), Kishida's request about the statue.",
        "Timexes: 'late last month' = 2016-07 END; 'early next month' = 2016-09 START; 'the previous day' = 2015-11-01; 'days later' is vague and not annotated.",
    ],
)
