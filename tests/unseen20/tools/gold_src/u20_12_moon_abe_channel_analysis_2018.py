# ruff: noqa: E501
RUN = "The run began in Hamburg in July 2017."
DINNER = "On the eve of the G20 summit, Donald Trump hosted the two"
ONE = "The first Moon-Abe one-on-one followed that Friday"
VLAD = "They met again in Vladivostok in September"
CALL = "In April the two spoke by telephone for 45 minutes"
TOKYO = "The high point came in Tokyo on May 9 this year."
TRI = "Moon, the first South Korean president to visit Japan in more than six years"
SPECIAL = "The three adopted a special statement welcoming the Panmunjom Declaration"
LUNCH = "Moon and Abe then talked over a working lunch"
LAST = "Their last meeting came in New York in September."
BREACH = "Tokyo says both breach the 1965 claims agreement"
DECL = "October also marked 20 years since Kim Dae-jung and Keizo Obuchi"

GOLD = dict(
    published="2018-12-27",
    furniture=[
        "ANALYSIS | A summit a season, then a wall: what is left of the Moon-Abe channel\n"
        "Published Dec. 27, 2018, 06:00 KST\n"
        "By Kwon Hye-jin, Diplomatic Editor\n"
        "The Hanriver Review",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["Moon Jae-in", "Moon", "he", "his guest"],
        "Shinzo Abe": ["Shinzo Abe", "Abe"],
        "Park Geun-hye": ["Park Geun-hye"],
        "Donald Trump": ["Donald Trump", "Trump"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Kim Jong-un": ["Kim Jong-un"],
        "Kim Dae-jung": [],
        "Keizo Obuchi": [],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("maximum pressure", "partial", None, "committing"),
        ("The channel still exists,", "direct", None, "said"),
        ("What has disappeared is the wish to use it.", "direct", None, None),
    ],
    statements=[
        (DINNER, ["Donald Trump", "Moon Jae-in", "Shinzo Abe"], "committing"),
        (ONE, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (VLAD, ["Moon Jae-in", "Shinzo Abe"], "agreeing"),
        (CALL, ["Shinzo Abe"], "ask"),
        (SPECIAL, ["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], "agreed"),
        (BREACH, ["Government of Japan", "Shinzo Abe"], "says"),
        ("Moon has said he wants to keep history and cooperation", ["Moon Jae-in"], "has said"),
        ("Abe has said the two cannot be separated.", ["Shinzo Abe"], "has said"),
    ],
    timexes=[
        ("Dec. 27, 2018, 06:00 KST", "2018-12-27T06:00", None),
        ("18 months", "P18M", None),
        ("four years", "P4Y", None),
        ("diaries for [[next year]]", "2019", None),
        ("July 2017", "2017-07", None),
        ("the eve of the G20 summit", "2017-07-06", None),
        ("about 75 minutes", "PT75M", "APPROX"),
        ("the next day", "2017-07-07", None),
        ("that Friday", "2017-07-07", None),
        ("35 minutes", "PT35M", None),
        ("December 2015", "2015-12", None),
        ("Vladivostok in [[September]]", "2017-09", None),
        ("two weeks later", "2017-09-21", None),
        ("about an hour", "PT1H", "APPROX"),
        ("In [[April]] the two", "2018-04", None),
        ("45 minutes", "PT45M", None),
        ("two days after", "2018-04", None),
        ("May 9 this year", "2018-05-09", None),
        ("more than six years", "P6Y", "MORE_THAN"),
        ("two and a half years", "P2Y6M", None),
        ("2020", "2020", None),
        ("New York in [[September]]", "2018-09", None),
        ("Oct. 30", "2018-10-30", None),
        ("Nov. 29", "2018-11-29", None),
        ("1965", "1965", None),
        ("[[October]] also", "2018-10", None),
        ("20 years", "P20Y", None),
        ("Next year's", "2019", None),
    ],
    summits=[
        dict(date="2017-07-06", place="Hamburg", country="DE",
             participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="G20", evidence=[RUN, DINNER]),
        dict(date="2017-07-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[ONE]),
        dict(date="2017-09", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the Eastern Economic Forum", evidence=[VLAD]),
        dict(date="2017-09-21", place="New York", country="US",
             participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="the UN General Assembly", evidence=[VLAD]),
        dict(date="2018-04", place="Panmunjom", country="KR",
             participants=["Moon Jae-in", "Kim Jong-un"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[CALL]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO, TRI, SPECIAL]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LUNCH]),
        dict(date="2018-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the UN General Assembly", evidence=[LAST]),
    ],
    agreements=[
        dict(title="U.S.-ROK-Japan joint statement (Hamburg)", kind="joint-statement",
             date="2017-07-07", parties=["US", "KR", "JP"], status="referenced", evidence=[DINNER]),
        dict(title="revive reciprocal visits by the leaders", kind="commitment",
             date="2017-07-07", parties=["KR", "JP"], status="referenced", evidence=[ONE]),
        dict(title="December 2015 agreement on the comfort women", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced", evidence=[ONE]),
        dict(title="seek a U.N. resolution cutting off oil to North Korea", kind="commitment",
             date="2017-09", parties=["KR", "JP"], status="referenced", evidence=[VLAD]),
        dict(title="special statement welcoming the Panmunjom Declaration", kind="joint-statement",
             date="2018-05-09", parties=["KR", "JP", "CN"], status="referenced", evidence=[SPECIAL]),
        dict(title="raise exchanges among the three peoples to 30 million by 2020", kind="commitment",
             date="2018-05-09", parties=["KR", "JP", "CN"], status="referenced", evidence=[SPECIAL]),
        dict(title="Panmunjom Declaration", kind="joint-declaration",
             date="2018-04-27", parties=["KR", "KP"], status="referenced", evidence=[SPECIAL]),
        dict(title="1965 claims agreement", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[BREACH]),
        dict(title="joint declaration on a new partnership (Kim Dae-jung and Keizo Obuchi)", kind="joint-declaration",
             date="1998-10", parties=["JP", "KR"], status="referenced", evidence=[DECL]),
    ],
    notes=[
        "Invented analysis in an invented Seoul review (The Hanriver Review); headline, Published line (annotated), byline and masthead are furniture. The columnist and the former ambassador's quotes are invented; 'maximum pressure' is the joint statement's wording (speaker null); 'comfort women' is a term, not a quote. Abe's 'impossible in light of international law' is paraphrased without quotation marks.",
        "Real facts checked on stored pages: asia.nikkei.com (Trump-Moon-Abe dinner of about 75 minutes at the U.S. Consulate General in Hamburg on 6 July 2017); koreaherald.com ud=20170708000002 (joint statement dated 7 July 2017, 'maximum pressure'); manila-stv.ph and japantimes 2017/07/07 (first one-on-one summit on Friday 7 July, 35 minutes, resumption of reciprocal visits, Abe urged implementation of the December 2015 agreement); world.kbs.co.kr Seq_Code 47189 (Vladivostok, 7 September 2017, oil cutoff resolution); mofa.go.jp page3e_000758 (Japan-U.S.-ROK lunch meeting in New York on 21 September 2017 from 12:20 for about an hour); news.kbs.co.kr ncd=3646792, jimin.jp 137459, sharjah24.ae and internetparty.org (AP) (Tokyo trilateral on Wednesday 9 May 2018, first in two and a half years, special statement supporting the Panmunjom Declaration, 30 million exchanges by 2020, Moon-Abe meeting and working lunch with a cake for his first anniversary in office; first South Korean presidential visit in more than six years); koreajoongangdaily 2018/05/01 (Moon-Abe 45-minute phone conversation on Sunday after the inter-Korean summit, Kim's message on talks with Japan; last visit by Lee Myung-bak in December 2011; the Panmunjom Declaration signed at the inter-Korean summit 'last Friday', i.e. 27 April 2018); koreajoongangdaily 2019/06/19 (last bilateral summit in September 2018 in New York); rappler.com and docslib.org (rulings of 30 October and 29 November 2018; Abe's reaction); en.wikipedia (1998 joint declaration of 8 October 1998); diplomaticsnews.com (Japan to host the G20 next year).",
        "Summits (8): the Moon-Kim summit at Panmunjom in April (from the call sentence; the place's country given as KR, the Peace House being on the southern side), Hamburg dinner (6 July 2017, 'the eve of the G20 summit'), the first Moon-Abe one-on-one (ordinal 1, 'that Friday'), Vladivostok (September 2017), the New York trilateral lunch ('two weeks later' = 21 September 2017), the Tokyo trilateral and the Moon-Abe working lunch on 9 May 2018 (two records: a separate bilateral meeting after the three-way summit), New York September 2018. Not summits: the 45-minute telephone call in April ('a call is not a meeting'), the aggregate comparison with Park, 'empty of each other', next year's Osaka G20 (a multilateral gathering).",
        "Agreements (9): all referenced (background in an analysis): the Hamburg joint statement, the reciprocal-visits commitment, the December 2015 agreement, the Vladivostok commitment, the Tokyo special statement and the 30-million commitment (split), the Panmunjom Declaration (joint-declaration, KR-KP; its date from the public record as the text gives none), the 1965 claims agreement, the 1998 joint declaration ('October ... 20 years since' = 1998-10).",
        "Timexes: 'that Friday' = 2017-07-07; 'two weeks later' = 2017-09-21 (the date it points to); 'two days after' Moon's April summit = 2018-04 (only the month is given); 'May 9 this year' one expression; 'more than six years' = P6Y MORE_THAN; 'first year in office' not annotated (an anniversary count).",
    ],
)
