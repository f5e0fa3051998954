GOLD = dict(
    published="2013-02-25",
    furniture=[
        "(LEAD) Park receives Japan's Aso on first day in office, calls for 'right view of"
        " history'",
        "2013/02/25 18:06 KST", "By Choi Da-eun", "SEOUL, Feb. 25 (Namsan News Agency) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["Park Geun hye", "President Park Geun-hye", "Park", "She"],
        "Taro Aso": ["Japanese Deputy Prime Minister Taro Aso", "Aso"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Yingluck Shinawatra": ["Thai Prime Minister Yingluck Shinawatra", "Yingluck"],
        "Lee Myung-bak": ["former President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Noda"],
        "South Korean foreign ministry": ["Seoul's foreign ministry"],
    },
    quotes=[
        ("For our cooperation to move toward the future", "direct", "Park Geun-hye",
         "was quoted as telling"),
        ("unjustifiable.", "partial", "South Korean foreign ministry", "called"),
        ("take it one step at a time,", "partial", None, "said"),
    ],
    statements=[
        ("and told him that a shared understanding of history", ["Park Geun-hye"], "told"),
        ("conveyed congratulations from Prime Minister Shinzo Abe", ["Taro Aso"], "conveyed"),
        ("The two agreed that the new governments", ["Park Geun-hye", "Taro Aso"], "agreed"),
        ("She said the current generation had a duty", ["Park Geun-hye"], "said"),
        ("Aso replied that it was important", ["Taro Aso"], "replied"),
        ("drawing a protest from Seoul's foreign ministry", ["South Korean foreign ministry"],
         "called"),
        ("has said he wants to rebuild ties", ["Shinzo Abe"], "has said"),
        ("A Cheong Wa Dae official said the two sides", [None], "said"),
    ],
    timexes=[
        ("2013/02/25 18:06", "2013-02-25T18:06", None),
        ("SEOUL, [[Feb. 25]] (Namsan", "2013-02-25", None),
        ("Cheong Wa Dae on [[Monday]]", "2013-02-25", None),
        ("3:15 p.m.", "2013-02-25T15:15", None),
        ("about 25 minutes", "PT25M", "APPROX"),
        ("Feb. 12", "2013-02-12", None),
        ("her first afternoon as president", "2013-02-25TAF", None),
        ("later in the day", "2013-02-25", None),
        ("came [[three days]] after", "P3D", None),
        ("the event on [[Friday]]", "2013-02-22", None),
        ("August last year", "2012-08", None),
        ("lost power in [[December]]", "2012-12", None),
        ("Dec. 26", "2012-12-26", None),
        ("early January", "2013-01", "START"),
    ],
    summits=[
        dict(date="2013-02-25", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Yingluck Shinawatra"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Earlier she held talks with Thai Prime Minister Yingluck Shinawatra"]),
    ],
    agreements=[
        dict(title="new governments to cooperate closely in a forward-looking way, including on"
             " North Korea", kind="commitment", date="2013-02-25", parties=["JP", "KR"],
             status="agreed", evidence=["The two agreed that the new governments"]),
    ],
    notes=[
        "Invented test article (Seoul wire: '(LEAD)' headline, KST stamp, byline, dateline and"
        " '(END)' are furniture; stamp and dateline annotated). The reporter, outlet, 18:06"
        " stamp and every quote are invented (Park's quote relayed by her spokesman, the"
        " ministry's one-word partial, the official's partial). Real background: Park's"
        " inauguration on Monday 2013-02-25; Aso's courtesy call at Cheong Wa Dae from 15:15 for"
        " about 25 minutes (Japanese MOFA summary), agreement that the new governments would"
        " cooperate in a future-oriented way, Park on historical perception, Aso on"
        " understanding each other's positions; Park's meetings that day with Yingluck,"
        " Liu Yandong and Bachelet (Yonhap 2013-02-25); Takeshima Day on Friday 2013-02-22 with"
        " a central government official attending (the 'vice minister' wording follows general"
        " knowledge: Parliamentary Vice-Minister Shimajiri); Fukuda and Mori at the"
        " inauguration (Korea Herald 2014-07-24). From general knowledge, not checked on a"
        " stored page: North Korea's third nuclear test on 2013-02-12, Abe's return to office"
        " on 2012-12-26, Noda's defeat in December 2012, Abe's envoy (Fukushiro Nukaga) in"
        " early January 2013.",
        "Quotes: Park's direct quote (cue 'was quoted as telling'); the ministry's partial"
        " 'unjustifiable.' (the span includes the period inside the marks); the official's"
        " partial (null).",
        "Statements: Park 'told him' (lede); Aso 'conveyed'; 'The two agreed' (Park and Aso);"
        " Park 'said' (She); Aso 'replied'; the ministry 'called' (sentence with the partial);"
        " Abe 'has said'; the official 'said' (null). Not statements: Park's quote sentence.",
        "Timexes: published Monday 2013-02-25; 'her first afternoon as president' = 2013-02-25TAF"
        " (debatable extent); 'later in the day' = 2013-02-25; 'three days' = P3D (the"
        " duration in 'three days after'; debatable, could be read as 2013-02-22); 'Friday' ="
        " 2013-02-22; 'December' (past) ="
        " 2012-12; 'early January' = 2013-01 START. Not a timex: 'in years' (vague), 'Takeshima"
        " Day' (a name).",
        "Summits (1): Park-Yingluck in Seoul (2013-02-25). Not summits: Park-Aso (a deputy"
        " prime minister, not head of government), Park with Liu Yandong (state councilor)"
        " and Bachelet (former president, not in office), 'did not hold another summit', the"
        " first Park-Abe summit with no date, 'no visit to Tokyo was being planned'.",
        "Agreements (1): the commitment of the new governments to close, forward-looking"
        " cooperation (agreed by Park and Aso on behalf of the two governments; debatable, a"
        " general formula). Not agreements: the envoy's letter.",
        "'Takeshima Day' in quotation marks is a name, not a quote.",
    ],
)
