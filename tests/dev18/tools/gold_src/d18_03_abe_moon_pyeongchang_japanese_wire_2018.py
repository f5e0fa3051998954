# ruff: noqa: E501
LEAD = "Prime Minister Shinzo Abe told South Korean President Moon Jae In on Friday"
HELD = "The meeting, held at a resort in Yongpyong"
FIRSTS = "They first held talks in July"
EXPLAINED = "Abe laid out Japan's position"
MOONQ = "Moon was quoted by his office as saying"
SEOUL = "Seoul said last month it would not seek to renegotiate"
PRESSURE = "On North Korea, Abe said he and Moon confirmed"
RECEPTION = "After the talks, Abe attended a reception hosted by Moon"
KOREAS = "the two Koreas have resumed official talks"
TRIP = "It is Abe's first trip to South Korea since November 2015"

GOLD = dict(
    published="2018-02-09",
    furniture=[
        "Abe presses Moon to honor 2015 \"comfort women\" deal in Pyeongchang talks\n\nShinsei News | Friday, February 9, 2018, 18:40 JST",
        "PYEONGCHANG, South Korea, Feb. 9 (Shinsei) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Moon Jae-in": ["South Korean President Moon Jae In", "Moon Jae In", "Moon"],
        "Mike Pence": ["U.S. Vice President Mike Pence"],
        "Park Geun-hye": ["then President Park Geun Hye", "Park"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Kim Jong Un": ["Kim Jong Un"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("in plain terms and at length,", "partial", "Shinzo Abe", "told reporters"),
        ("finally and irreversibly,", "partial", None, "declared"),
        ("The basis of our bilateral ties", "direct", "Shinzo Abe", "said"),
        ("maximum pressure", "partial", "Shinzo Abe", "said"),
        ("Talks held only for their own sake", "direct", "Shinzo Abe", "said he told"),
    ],
    statements=[
        (LEAD, ["Shinzo Abe"], "told"),
        (EXPLAINED, ["Shinzo Abe"], "told reporters"),
        (MOONQ, ["Moon Jae-in"], "was quoted by his office as saying"),
        (SEOUL, ["Government of South Korea"], "said"),
        (PRESSURE, ["Shinzo Abe", "Moon Jae-in"], "said"),
        ("The two leaders also shared the view", ["Shinzo Abe", "Moon Jae-in", None], "said"),
    ],
    timexes=[
        ("Moon to honor [[2015]] \"comfort", "2015", None),
        ("Friday, February 9, 2018, 18:40 JST", "2018-02-09T18:40", None),
        ("Feb. 9", "2018-02-09", None),
        ("Moon Jae In on [[Friday]]", "2018-02-09", None),
        ("that the [[2015]] bilateral agreement", "2015", None),
        ("May last year", "2017-05", None),
        ("talks in [[July]]", "2017-07", None),
        ("again in [[September]]", "2017-09", None),
        ("last month", "2018-01", None),
        ("Tokyo on [[Wednesday]]", "2018-02-07", None),
        ("November 2015", "2015-11", None),
        ("the following day", "2015-11-02", None),
    ],
    summits=[
        dict(date="2018-02-09", place="Pyeongchang", country="KR", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="bilateral", ordinal=3, status="held", occasion="Pyeongchang Winter Olympics", evidence=[LEAD, HELD, RECEPTION]),
        dict(date="2017-07", place="Hamburg", country="DE", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=1, status="held", occasion="G20", evidence=[FIRSTS]),
        dict(date="2017-09", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=2, status="held", occasion="Eastern Economic Forum", evidence=[FIRSTS]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TRIP]),
        dict(date="2015-11-02", place="Seoul", country="KR", participants=["Shinzo Abe", "Park Geun-hye"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[TRIP]),
    ],
    agreements=[
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[LEAD, EXPLAINED, MOONQ, SEOUL]),
        dict(title="keep maximum pressure on North Korea (confirmed by Abe and Moon)", kind="commitment", date="2018-02-09",
             parties=["JP", "KR"], status="agreed", evidence=[PRESSURE]),
        dict(title="maximum pressure policy agreed by Japan and the United States", kind="commitment", date=None,
             parties=["JP", "US"], status="referenced", evidence=[PRESSURE]),
        dict(title="joint inter-Korean women's ice hockey team", kind="commitment", date=None,
             parties=["KP", "KR"], status="referenced", evidence=[KOREAS]),
        dict(title="march together under a unified flag at the opening ceremony", kind="commitment", date=None,
             parties=["KP", "KR"], status="referenced", evidence=[KOREAS]),
    ],
    notes=[
        "Invented Japanese wire story in Kyodo style (agency 'Shinsei'; the stamp time is invented). Headline with stamp line and the dateline prefix are furniture; their dates are annotated. Abe's quotes are invented paraphrases of his remarks to reporters; Moon's remark 'quoted by his office' and the Japanese official's line are invented paraphrases.",
        "Real facts, checked on stored pages: jimin.jp/english/news/136834.html (Abe-Moon summit, Friday 9 February 2018, Pyeongchang; 2015 agreement 'finally and irrevocably'; maximum pressure); gov-online.go.jp Highlighting Japan March 2018 (visit to Yongpyong and PyeongChang; reception hosted by Moon; Japan-US-ROK photo session; Abe's account: position explained 'clearly and in detail', agreement as cornerstone, shared view on a future-oriented relationship, 'Dialogue for the sake of dialogue is meaningless', course agreed between Japan and the US confirmed with Moon); mainichi.jp/english 20180209 (Kyodo: third meeting between the two leaders; joint hockey team and march under a unified flag after Kim Jong Un's New Year address; Tokyo's wedge concern); japantimes.co.jp 2018/01/27 (¥1 billion frozen; first visit since the November 2015 trilateral in Seoul with Li Keqiang and Park); myanmaritv.com (Reuters, 9 Feb. 2018). From general knowledge (the project's other corpora carry them): Moon's inauguration in May 2017, Hamburg (July 2017) and Vladivostok (September 2017) meetings, the Abe-Park bilateral on 2 November 2015, Seoul's 9 January 2018 decision not to seek renegotiation, Pence's talks with Abe in Tokyo on 7 February 2018.",
        "Summits (5): Pyeongchang (ordinal 3, 'the third between the two leaders'); Hamburg (ordinal 1, 'first held talks'), Vladivostok (ordinal 2, 'met again'); the Seoul trilateral of November 2015 and the Abe-Park talks 'the following day' (ordinal 1, 'first one-on-one talks'). Not summits: Abe-Pence (Pence is not a head of state or government), the photo session with Pence, Moon's reception (part of the visit).",
        "Agreements (5): the 2015 agreement (joint statement, referenced; date '2015' as written); the JP-KR confirmation of maximum pressure (agreed) and the JP-US course it refers to (referenced, no date), split from one sentence; two inter-Korean commitments split from one sentence (referenced, no date given). Not agreements: the shared view on a future-oriented relationship, Seoul's decision not to renegotiate and the frozen funds (unilateral).",
        "Timexes: 'last month' is January 2018 (Seoul's 9 January announcement); 'the following day' points to 2 November 2015. 'hours before the opening ceremony' is vague and not annotated; 'New Year's address' names a speech and is not annotated.",
    ],
)
