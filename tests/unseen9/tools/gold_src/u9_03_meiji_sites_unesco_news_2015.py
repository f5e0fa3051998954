GOLD = dict(
    published="2015-07-06",
    furniture=[
        "Japan's industrial sites win heritage status after Tokyo concedes Koreans were"
        " 'forced to work'",
        "Posted : 2015-07-06 10:12", "Updated : 2015-07-06 16:40",
        "By Seo Hye-rim, Staff Reporter",
        "Related articles: Baekje sites make UNESCO list | Editorial: A promise made in Bonn",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kuni Sato": ["Japan's representative Kuni Sato"],
        "Cho Tae-yul": ["Second Vice Foreign Minister Cho Tae-yul"],
        "Yun Byung-se": ["Foreign Minister Yun Byung-se", "Yun"],
        "Fumio Kishida": ["his Japanese counterpart, Fumio Kishida", "Kishida"],
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Prime Minister Abe", "Abe"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Min Ga-young": ["Min", "a spokeswoman for the Hashima Descendants' Network"],
        "Japanese government": ["Tokyo", "Japan"],
    },
    quotes=[
        ("\"[[forced to work]]\" at some", "partial", "Japanese government", "acknowledged"),
        ("in the belief", "partial", "Cho Tae-yul", "told the committee"),
        ("Our concerns were reflected properly", "direct", "Yun Byung-se", "told reporters"),
        ("Now the promise has to be kept.", "direct", "Yun Byung-se", "told reporters"),
        ("If they take the words back", "direct", "Min Ga-young", "said"),
    ],
    statements=[
        ("A UNESCO panel meeting in Bonn", ["Japanese government"], "acknowledged"),
        ("Japan's original bid covered only", [None], "said"),
        ("In the statement, Japan's representative Kuni Sato said", ["Kuni Sato"], "said"),
        ("Second Vice Foreign Minister Cho Tae-yul, who led", ["Cho Tae-yul"],
         "told the committee"),
        ("The two ministers agreed that the two governments would cooperate",
         ["Yun Byung-se", "Fumio Kishida"], "agreed"),
        ("At the same meeting, the ministers agreed", ["Yun Byung-se", "Fumio Kishida"],
         "agreed"),
        ("In Tokyo, Prime Minister Abe welcomed the listing", ["Shinzo Abe", None],
         "welcomed"),
    ],
    timexes=[
        ("Posted : [[2015-07-06 10:12]]", "2015-07-06T10:12", None),
        ("Updated : [[2015-07-06 16:40]]", "2015-07-06T16:40", None),
        ("Heritage list [[on Sunday]]", "2015-07-05", None),
        ("set for [[Saturday]]", "2015-07-04", None),
        ("the 1850s", "185", None),
        ("to [[1910]], which", "1910", None),
        ("the 1940s", "194", None),
        ("in [[2018]].", "2018", None),
        ("June 21", "2015-06-21", None),
        ("the list [[on Saturday]]", "2015-07-04", None),
        ("the end of the year", "2015", "END"),
        ("June 22", "2015-06-22", None),
        ("the [[1965]] treaty", "1965", None),
    ],
    summits=[
        dict(date="2015", place=None, country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["At the same meeting, the ministers agreed"]),
    ],
    agreements=[
        dict(title="cooperate so that both Japan's industrial sites and Korea's Baekje sites are"
             " inscribed", kind="commitment", date="2015-06-21", parties=["JP", "KR"],
             status="referenced",
             evidence=["The compromise grew out of a deal struck on June 21",
                       "The two ministers agreed that the two governments would cooperate"]),
        dict(title="keep working toward a first Park-Abe summit", kind="commitment",
             date="2015-06-21", parties=["JP", "KR"], status="referenced",
             evidence=["At the same meeting, the ministers agreed"]),
        dict(title="push for a three-way summit with China hosted by Seoul within the year",
             kind="commitment", date="2015-06-21", parties=["JP", "KR"], status="referenced",
             evidence=["At the same meeting, the ministers agreed"]),
        dict(title="1965 treaty that normalized ties", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["On June 22, the 50th anniversary of the 1965 treaty"]),
    ],
    notes=[
        "Invented test article (Seoul daily: headline, 'Posted'/'Updated' lines, byline and"
        " the 'Related articles' line are furniture; both stamp lines are annotated). Outlet,"
        " reporter, stamp times, the civic group and its spokeswoman and every quote are"
        " invented (Yun's and Cho's words paraphrase their reported remarks). Real background"
        " (Japan Times/Kyodo 2015-07-06, AsiaOne x2, Chosun 2015-07-06, Expatica/AFP"
        " 2015-07-05, MOFA Japan press conference of 2015-07-05): listing by the 39th"
        " session in Bonn on Sunday 2015-07-05 after postponement from Saturday; 23"
        " facilities; Kuni Sato's statement on Koreans brought against their will and forced"
        " to work in the 1940s and an information center; Cho Tae-yul's address; Yun's"
        " remarks in Bonn; review of Japan's steps in 2018; the June 21 Yun-Kishida"
        " agreement to cooperate on both bids (MOFA Japan page3e_000350, Jiji via OANA, TV"
        " Asahi 2015-06-22); the Baekje sites listed the day before; the ministers' agreement"
        " to work toward a Park-Abe summit and a trilateral summit within the year; the June"
        " 22 receptions. From general knowledge: Gongju, Buyeo and Iksan; Japanese"
        " officials' insistence that the wording did not mean forced labor in a legal sense;"
        " Abe's welcoming statement (its existence is on the Japan Times page).",
        "Quotes: 'forced to work' is attributed to the Japanese government ('Tokyo"
        " acknowledged'; debatable: Kuni Sato read the statement). Yun's quote is split by"
        " 'told reporters in Bonn' into two direct quotes.",
        "Summits (1): the planned trilateral with Li that Seoul hopes to host within 2015"
        " (place not given). Not records: the hoped-for first Park-Abe summit (no date, an"
        " aim rather than a plan), the receptions of June 22 (each leader in his or her own"
        " capital), the negated one-on-one meeting.",
        "Agreements (4): three commitments of the June 21 foreign ministers' meeting (two of"
        " them in one sentence, split) and the 1965 treaty, all referenced. Not agreements:"
        " Japan's statement and its pledge of an information center (unilateral), the"
        " committee's review.",
        "Timexes: 'the 1850s' = 185, 'the 1940s' = 194 (decades); 'the end of the year' ="
        " 2015 END; headline text is not annotated.",
    ],
)
