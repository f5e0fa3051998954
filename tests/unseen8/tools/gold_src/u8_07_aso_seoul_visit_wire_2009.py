GOLD = dict(
    published="2009-01-12",
    furniture=[
        "Aso, Lee agree on joint study of 'new era' ties, to court Obama team on N. Korea",
        "18:44 JST", "Seoul, Jan. 12, 2009 (Tsushima Press) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Taro Aso": ["Prime Minister Taro Aso", "Aso", "Prime Minister Aso"],
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee", "Lee Myung Bak"],
        "Barack Obama": ["Obama"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Hirofumi Nakasone": ["Japanese Foreign Minister Hirofumi Nakasone", "Nakasone"],
        "Yu Myung-hwan": ["Yu"],
        "Japanese government": ["Tokyo"],
    },
    quotes=[
        ("on a \"[[new era]]\" in", "partial", None, None),
        ("Our meetings have become so frequent", "direct", "Taro Aso",
         "told a joint press conference"),
        ("firmly established.", "partial", "Taro Aso", "saying"),
        ("Prime Minister Aso came to Seoul less than a month", "direct", "Lee Myung-bak",
         "said"),
        ("We did not discuss it today", "direct", "Taro Aso", "said"),
        ("One speech in Tokyo about Dokdo", "direct", None, "said"),
    ],
    statements=[
        ("Prime Minister Taro Aso and South Korean President Lee Myung-bak agreed Monday",
         ["Taro Aso", "Lee Myung-bak"], "agreed"),
        ("The two agreed that Lee will visit Japan", ["Taro Aso", "Lee Myung-bak"], "agreed"),
        ("Lee said he and Aso had met on five occasions", ["Lee Myung-bak"], "said"),
        ("Lee thanked Japan for the expansion", ["Lee Myung-bak"], "thanked"),
        ("The two governments also agreed to start consultations", [None], "said"),
        ("On North Korea, the leaders reaffirmed", ["Taro Aso", "Lee Myung-bak"],
         "reaffirmed"),
        ("Aso asked for Seoul's support", ["Taro Aso", "Lee Myung-bak"], "asked"),
        ("Asked about history, Aso said the topic", ["Taro Aso"], "said"),
        ("But a senior official in Lee's office", [None], "said"),
        ("Japanese Foreign Minister Hirofumi Nakasone plans", [None], "said"),
    ],
    timexes=[
        ("18:44 JST", "2009-01-12T18:44", None),
        ("Jan. 12, 2009", "2009-01-12", None),
        ("agreed [[Monday]] to set up", "2009-01-12", None),
        ("about an hour", "PT1H", "APPROX"),
        ("from [[9 a.m.]]", "2009-01-12T09:00", None),
        ("a day after", "2009-01-11", None),
        ("two-day", "P2D", None),
        ("on Sunday evening", "2009-01-11TEV", None),
        ("appropriate time [[this year]]", "2009", None),
        ("since [[October]]", "2008-10", None),
        ("less than a month", "P1M", "LESS_THAN"),
        ("[[Dec. 13]] in Dazaifu", "2008-12-13", None),
        ("arrangements in [[December]]", "2008-12", None),
        ("[[Jan. 20]]", "2009-01-20", None),
        ("the 1970s", "197", None),
        ("1980s", "198", None),
        ("discuss it [[today]]", "2009-01-12", None),
        ("[[last February]]", "2008-02", None),
        ("[[mid-February]]", "2009-02", "MID"),
        ("later on Monday", "2009-01-12", "AFTER"),
    ],
    summits=[
        dict(date="2009-01-12", place="Seoul", country="KR",
             participants=["Taro Aso", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The two leaders met for about an hour at the presidential Blue House"]),
        dict(date="2009", place=None, country="JP",
             participants=["Taro Aso", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["The two agreed that Lee will visit Japan"]),
        dict(date="2008-12-13", place="Dazaifu", country="JP",
             participants=["Taro Aso", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion="the trilateral summit",
             evidence=["The pair last met on Dec. 13 in Dazaifu"]),
        dict(date="2008-12-13", place="Dazaifu", country="JP",
             participants=["Taro Aso", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The pair last met on Dec. 13 in Dazaifu",
                       "Prime Minister Aso came to Seoul less than a month"]),
    ],
    agreements=[
        dict(title="joint research project on a new era in relations", kind="commitment",
             date="2009-01-12", parties=["JP", "KR"], status="agreed",
             evidence=["Prime Minister Taro Aso and South Korean President Lee Myung-bak agreed"
                       " Monday"]),
        dict(title="work closely with the incoming U.S. administration on North Korea",
             kind="commitment", date="2009-01-12", parties=["JP", "KR"], status="agreed",
             evidence=["Prime Minister Taro Aso and South Korean President Lee Myung-bak agreed"
                       " Monday", "On North Korea, the leaders reaffirmed"]),
        dict(title="Lee to visit Japan this year", kind="commitment", date="2009-01-12",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two agreed that Lee will visit Japan"]),
        dict(title="consultations on joint assistance for Afghanistan", kind="commitment",
             date="2009-01-12", parties=["JP", "KR"], status="agreed",
             evidence=["The two governments also agreed to start consultations"]),
        dict(title="expanded currency swap arrangements", kind="mou", date="2008-12",
             parties=["JP", "KR"], status="referenced",
             evidence=["Lee thanked Japan for the expansion"]),
    ],
    notes=[
        "Invented test article (Japanese wire: headline, bare 'JST' stamp line and dateline"
        " are furniture; stamp and dateline date annotated). Outlet, stamp and all quotes"
        " are invented (Aso's 'firmly established' echoes MOFA's overview wording; the senior"
        " official is invented). Real background (MOFA overview 2009-01-12, Kyodo via OANA"
        " 2009-01-12, BBC, AP/San Diego Union-Tribune, Kantei joint press conference text,"
        " US cable 09STATE3512): about one hour from 9 AM; Aso arrived Sunday with some 20"
        " business leaders and dined with Lee; joint research project on a new era; Lee to"
        " visit Japan at an appropriate time this year; Afghanistan consultations;"
        " cooperation with the incoming U.S. administration (Obama inaugurated 2009-01-20);"
        " abductions; history not discussed; Lee's 'five occasions since last October';"
        " Dec. 13 Fukuoka meeting; December swap expansion; Nakasone's planned mid-February"
        " Seoul trip.",
        "Quotes: 'new era' as the project's theme is a partial with null speaker (debatable:"
        " could be a term).",
        "Statements: 'Aso asked ... and Lee said' has both as speakers.",
        "Timexes: 'a day after' = 2009-01-11 (anaphoric); 'the 1970s' = 197, '1980s' = 198;"
        " 'later on Monday' = 2009-01-12 AFTER (debatable).",
        "Summits (4): Seoul 2009-01-12; Lee's 2009 Japan visit (planned); Aso-Lee and the"
        " trilateral in Dazaifu 2008-12-13. Not summits: the Sunday dinner (same visit), 'five"
        " occasions' in aggregate, the Nakasone-Yu foreign ministers' talks.",
        "Agreements (5): joint research project; U.S. coordination on North Korea (lede and"
        " later sentence); Lee's visit (commitment); Afghanistan consultations; the December"
        " swap expansion (mou, referenced).",
    ],
)
