# ruff: noqa: E501
SF = "Yoon and Kishida last held talks in November in San Francisco"
SEOUL = "Kishida had visited Seoul in May"
SWAP = "In December, the two countries restored"

GOLD = dict(
    published="2024-01-02",
    furniture=[
        "Yoon sends Kishida condolences over New Year's Day quake, offers help with recovery\n"
        "Published: 2 Jan. 2024, 16:20 | Updated: 2 Jan. 2024, 19:45\n"
        "By Seo Min-kyung",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon", "He"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Office of the President of South Korea": ["the presidential office", "the office"],
        "Ministry of Foreign Affairs of South Korea": ["The Foreign Ministry"],
    },
    quotes=[
        ("Korea stands with Japan at this painful moment", "direct", "Yoon Suk Yeol", "wrote"),
        ("A disaster warning is no place for a territorial claim", "direct", None, "said"),
    ],
    statements=[
        ("President Yoon Suk Yeol on Tuesday sent a message of condolence", ["Yoon Suk Yeol", "Office of the President of South Korea"], "said"),
        ("In the message, Yoon expressed his sympathy", ["Yoon Suk Yeol", "Office of the President of South Korea"], "expressed"),
        ("He also said Seoul was ready to assist", ["Yoon Suk Yeol"], "said"),
        ("The Foreign Ministry said separately", ["Ministry of Foreign Affairs of South Korea"], "said"),
        ("Officials said Seoul was also considering", [None], "said"),
    ],
    timexes=[
        ("over [[New Year's Day]] quake", "2024-01-01", None),
        ("Published: [[2 Jan. 2024, 16:20]]", "2024-01-02T16:20", None),
        ("Updated: [[2 Jan. 2024, 19:45]]", "2024-01-02T19:45", None),
        ("Yeol [[on Tuesday]]", "2024-01-02", None),
        ("coast on [[New Year's Day]]", "2024-01-01", None),
        ("around 4:10 p.m. on Monday", "2024-01-01T16:10", "APPROX"),
        ("the [[2011]] earthquake", "2011", None),
        ("twelve months", "P12M", None),
        ("talks in [[November]]", "2023-11", None),
        ("a day later", "2023-11", None),
        ("Seoul in [[May]]", "2023-05", None),
        ("two months after", "2023-05", None),
        ("In December", "2023-12", None),
        ("lapsed in [[2015]]", "2015", None),
        ("Tuesday evening", "2024-01-02TEV", None),
    ],
    summits=[
        dict(date="2023-11", place="San Francisco", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[SF]),
        dict(date="2023-05", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL]),
    ],
    agreements=[
        dict(title="10 billion-dollar currency swap arrangement (restored)", kind="mou", date="2023-12",
             parties=["JP", "KR"], status="referenced", evidence=[SWAP]),
    ],
    notes=[
        "Invented Seoul daily story ('The Jongno Daily'; reporter invented; headline, Published/Updated line and byline are furniture; the headline date and both stamps are annotated). Yoon's quoted sentence and the ministry official's quote are invented; the aid consideration 'as of Tuesday evening' is invented.",
        "Real background, checked on stored pages: koreajoongangdaily 2024-01-02 (Yoon's letter to Kishida on Tuesday with condolences and a wish to help reconstruction; magnitude 7.6 quake in Ishikawa on Monday, at least 30 dead, over 100 aftershocks, strongest since 2011; Seoul protested the Japan Meteorological Agency map marking Dokdo and asked for a correction; Yoon and Kishida at a Stanford forum on 17 November 2023 on the sidelines of APEC); world.kbs.co.kr (German) and bnnbreaking 2024-01-02 (message of solidarity, hope for a quick return to normal life); portalmie and radioshiga (aid of $3 million decided on 11 January, after this article). From general knowledge or other corpora' titles: the quake time (about 4:10 p.m.), the Yoon-Kishida APEC talks in San Francisco on 16 November 2023, Kishida's Seoul visit in May and Yoon's Tokyo visit in March 2023, the swap restored on 1 December 2023 after lapsing in 2015.",
        "Summits (3): San Francisco (November, APEC sidelines), Seoul (May) and Tokyo (March, 'Yoon's trip to Tokyo'). Not summits: the joint appearance at a Stanford forum ('appeared together at a forum'), the condolence message.",
        "Agreements (1): the restored swap (mou per ANNOTATION.md, referenced, 2023-12). Not agreements: the offer of help (unilateral), 'revived regular visits' (an outcome, no stated agreement in this text).",
        "Timexes: 'New Year's Day' = 2024-01-01 (headline and body); 'a day later' takes the month it points to (2023-11); 'two months after' points to Kishida's May visit; 'twelve months' = P12M; 'as soon as possible' is not annotated.",
    ],
)
