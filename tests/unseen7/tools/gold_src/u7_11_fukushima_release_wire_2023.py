GOLD = dict(
    published="2023-08-24",
    furniture=[
        "(2nd LD) Japan begins releasing Fukushima water; Seoul asks for 30 years of"
        " transparency",
        "2023/08/24 17:48 KST", "By Seo Ji-an and Mori Aya",
        "SEOUL/TOKYO, Aug. 24 (Namsan News Agency) -- ", "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Han Duck-soo": ["Han Duck soo", "Prime Minister Han Duck-soo", "Han", "He"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "South Korean President Yoon Suk Yeol", "Yoon"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Hirokazu Matsuno": ["Chief Cabinet Secretary Hirokazu Matsuno", "Matsuno"],
        "Lee Jae-myung": ["Lee Jae myung", "Party leader Lee Jae-myung", "Lee"],
        "Tokyo Electric Power Company": ["TEPCO"],
        "Democratic Party": ["South Korea's main opposition Democratic Party"],
        "South Korean government": ["Seoul"],
        "China's customs authority": [],
        "Japan's fisheries federation": [],
    },
    quotes=[
        ("We urge the Japanese government to disclose", "direct", "Han Duck-soo", "said"),
        ("We have explained our plan to South Korea", "direct", "Hirokazu Matsuno",
         "told reporters"),
        ("given up on the Pacific.", "partial", "Lee Jae-myung", "told a rally"),
    ],
    statements=[
        (("Tokyo Electric Power Company (TEPCO), the plant's operator, said",
          "tunnel at 1:03 p.m."),
         ["Tokyo Electric Power Company"], "said"),
        ("Prime Minister Han Duck-soo said at a government briefing", ["Han Duck-soo"], "said"),
        ("He added that Seoul would demand", ["Han Duck-soo"], "added"),
        ("when Kishida agreed to share monitoring data", ["Fumio Kishida"], "agreed"),
        ("Seoul says the data link is now running.", ["South Korean government"], "says"),
        ("China's customs authority announced", ["China's customs authority"], "announced"),
        ("Seoul has kept in place a 2013 ban", ["South Korean government"], "said"),
        ("denounced the discharge as a crime", ["Democratic Party"], "denounced"),
        ("Party leader Lee Jae-myung told a rally", ["Lee Jae-myung"], "told a rally"),
        ("police said 16 university students", [None], "said"),
        ("Japan's fisheries federation, which had long opposed",
         ["Japan's fisheries federation"], "said"),
    ],
    timexes=[
        ("2023/08/24 17:48", "2023-08-24T17:48", None),
        ("SEOUL/TOKYO, [[Aug. 24]] (Namsan", "2023-08-24", None),
        ("into the Pacific on [[Thursday]]", "2023-08-24", None),
        ("1:03 p.m.", "2023-08-24T13:03", None),
        ("roughly 17 days", "P17D", "APPROX"),
        ("some 30 years", "P30Y", "APPROX"),
        ("the 30 years ahead", "P30Y", None),
        ("approved on [[Tuesday]]", "2023-08-22", None),
        ("Joe Biden on [[Friday]]", "2023-08-18", None),
        ("every year", "P1Y", None),
        ("July 12", "2023-07-12", None),
        ("2013", "2013", None),
    ],
    summits=[
        dict(date="2023-08-18", place="Camp David", country="US",
             participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], kind="trilateral",
             ordinal=1, status="held", occasion=None,
             evidence=["The release was approved on Tuesday",
                       "At that meeting the leaders agreed"]),
        dict(date="2023-07-12", place="Vilnius", country="LT",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="a NATO summit",
             evidence=["Yoon and Kishida had discussed the water on July 12"]),
    ],
    agreements=[
        dict(title="hold a three-way summit every year", kind="commitment", date="2023-08-18",
             parties=["JP", "KR", "US"], status="referenced",
             evidence=["At that meeting the leaders agreed"]),
        dict(title="share Fukushima monitoring data with South Korea in real time",
             kind="commitment", date="2023-07-12", parties=["JP", "KR"], status="referenced",
             evidence=["Yoon and Kishida had discussed the water on July 12",
                       "Seoul says the data link is now running."]),
    ],
    notes=[
        "Invented test article (Seoul wire: '(2nd LD)' headline, KST stamp, double byline,"
        " dateline and '(END)' are furniture; stamp and dateline annotated). Reporters, outlet,"
        " stamp, Matsuno's quote and Lee's partial are invented; Han's quote closely follows"
        " the widely reported gist of his statement (transparency over the next 30 years) in"
        " new words. Real background (Yomiuri/Reuters, NHK, Pledge Times, SCMP, apdnews,"
        " 2023-08-22/25): release started at 1:03 p.m. on Thursday 2023-08-24; first batch"
        " 7,800 tons over about 17 days; about 30 years overall; Kishida's decision on Tuesday"
        " 2023-08-22; Han's press conference; Hong Kong's ban on 10 prefectures; Lee"
        " Jae-myung's fierce criticism; protests and student arrests at the embassy building."
        " From general knowledge: China's blanket ban announced the same day, Camp David on"
        " Friday 2023-08-18 (first standalone trilateral; annual summits agreed), the"
        " Yoon-Kishida meeting in Vilnius on 2023-07-12 (Kishida's pledge to share monitoring"
        " data in real time and to halt the release if standards were exceeded), Korea's 2013"
        " ban on seafood from eight prefectures, the student count of 16.",
        "Quotes: Han direct; Matsuno direct; Lee partial.",
        "Statements: TEPCO 'said' (explicit sentence: the automatic split"
        " does not cut after '1:03 p.m.'); Han 'said' (briefing sentence, reported speech); Han"
        " 'added';"
        " Kishida 'agreed ... and said' (one side's pledge: speaker Kishida only); Seoul"
        " 'says'; China's customs 'announced' (speaker an organisation without aliases);"
        " Seoul 'said' (2013 ban sentence); the DP 'denounced ... and accused'; Lee 'told a"
        " rally' (with partial); police 'said' (null); the fisheries federation 'said'.",
        "Timexes: published Thursday 2023-08-24; '1:03 p.m.' (Japan time); 'roughly 17 days' ="
        " P17D APPROX; 'some 30 years' = P30Y APPROX; 'the 30 years ahead' = P30Y; 'Tuesday' ="
        " 2023-08-22; 'Friday' = 2023-08-18; 'every year' = P1Y (a set; TIMEX3 would use"
        " quant EVERY; debatable); 'July 12'; '2013'. Not timexes: 'days after' (vague), 'as"
        " long as the release lasts'.",
        "Summits (2): Camp David trilateral (ordinal 1 from 'the first standalone summit of"
        " the three countries'; debatable: earlier three-way meetings were on sidelines);"
        " Yoon-Kishida in Vilnius (NATO summit sidelines).",
        "Agreements (2): annual trilateral summits (commitment, referenced, US-JP-KR); real-time"
        " sharing of monitoring data (commitment, referenced: Kishida 'agreed' at Yoon's"
        " request; JP-KR). Not agreements: China's and Hong Kong's bans, Seoul's 2013 ban"
        " (unilateral), the threatened halt.",
    ],
)
