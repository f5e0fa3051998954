GOLD = dict(
    published="2015-06-21",
    furniture=[
        "Ministry of Foreign Affairs, Republic of Korea", "Press Releases",
        "Outcome of the Korea-Japan Foreign Ministers' Meeting", "Date : 2015-06-21",
        "End.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yun Byung-se": ["Minister of Foreign Affairs Yun Byung-se", "Minister Yun"],
        "Fumio Kishida": ["Minister for Foreign Affairs Fumio Kishida", "Minister Kishida"],
        "Park Geun-hye": ["President Park Geun-hye"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Prime Minister Abe"],
        "Li Keqiang": ["Premier Li Keqiang"],
    },
    quotes=[],
    statements=[
        ("The two ministers shared the view that this year", ["Yun Byung-se", "Fumio Kishida"],
         "shared the view"),
        ("They welcomed the dialogue that has resumed", ["Yun Byung-se", "Fumio Kishida"],
         "welcomed"),
        ("Minister Yun stated that pending issues", ["Yun Byung-se"], "stated"),
        ("Minister Yun expressed the hope", ["Yun Byung-se"], "expressed the hope"),
        ("Minister Yun explained the Korean Government's position", ["Yun Byung-se"],
         "explained"),
        ("The two ministers agreed to cooperate closely, through amicable dialogue",
         ["Yun Byung-se", "Fumio Kishida"], "agreed"),
        ("The two ministers agreed to continue efforts to create",
         ["Yun Byung-se", "Fumio Kishida"], "agreed"),
        ("They also agreed that the Korea-Japan-China Trilateral Summit",
         ["Yun Byung-se", "Fumio Kishida"], "agreed"),
        ("The two ministers agreed to continue mutual visits",
         ["Yun Byung-se", "Fumio Kishida"], "agreed"),
        ("Minister Kishida thanked Minister Yun", ["Fumio Kishida"], "thanked"),
        ("The two ministers agreed to continue close cooperation among Korea",
         ["Yun Byung-se", "Fumio Kishida"], "agreed"),
        ("Minister Kishida expressed condolences", ["Fumio Kishida", "Yun Byung-se"],
         "expressed condolences"),
    ],
    timexes=[
        ("Date : [[2015-06-21]]", "2015-06-21", None),
        ("on [[June 21]] (Sun.)", "2015-06-21", None),
        ("5:30 p.m.", "2015-06-21T17:30", None),
        ("approximately two hours", "PT2H", "APPROX"),
        ("four years", "P4Y", None),
        ("view that [[this year]]", "2015", None),
        ("half a century", "P50Y", None),
        ("Seoul and Tokyo [[tomorrow]]", "2015-06-22", None),
        ("June 28", "2015-06-28", None),
        ("date within [[this year]]", "2015", None),
        ("within [[the year]]. Minister", "2015", None),
        ("Seoul [[in March]]", "2015-03", None),
        ("in Tokyo [[tomorrow]]", "2015-06-22", None),
    ],
    summits=[
        dict(date="2015", place=None, country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["They also agreed that the Korea-Japan-China Trilateral Summit"]),
    ],
    agreements=[
        dict(title="cooperate so that the Meiji industrial sites and the Baekje Historic Areas"
             " are both inscribed", kind="commitment", date="2015-06-21",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two ministers agreed to cooperate closely, through amicable"
                       " dialogue"]),
        dict(title="continue efforts to create an environment for a Park-Abe summit",
             kind="commitment", date="2015-06-21", parties=["JP", "KR"], status="agreed",
             evidence=["The two ministers agreed to continue efforts to create"]),
        dict(title="hold the trilateral summit hosted by Korea at the earliest date within the"
             " year", kind="commitment", date="2015-06-21", parties=["JP", "KR"],
             status="agreed",
             evidence=["They also agreed that the Korea-Japan-China Trilateral Summit"]),
        dict(title="continue mutual visits between the foreign ministers", kind="commitment",
             date="2015-06-21", parties=["JP", "KR"], status="agreed",
             evidence=["The two ministers agreed to continue mutual visits"]),
        dict(title="close Korea-Japan-U.S. cooperation on North Korea's nuclear and missile"
             " issues", kind="commitment", date="2015-06-21", parties=["JP", "KR"],
             status="agreed",
             evidence=["The two ministers agreed to continue close cooperation among Korea"]),
    ],
    notes=[
        "Invented test text in the style of a Seoul foreign ministry press release (header"
        " lines and 'End.' are furniture; the header date is annotated). No quotation marks;"
        " every reporting sentence of the readout is a statement. Every sentence is invented."
        " Real background (MOFA Japan page3e_000350, Korea.net text via homestaykorea, Jiji"
        " via OANA 2015-06-22, TV Asahi 2015-06-22, j-cast, NHK via next2ch, Expatica on the"
        " Bonn session dates): meeting on Sunday 2015-06-21 from 5:30 p.m. for about two"
        " hours in Tokyo with a dinner; Yun's first visit, the first by a Korean foreign"
        " minister in four years; 2015 as the first year of a new chapter; leaders attending"
        " the June 22 ceremonies; Yun on comfort women, the industrial sites and the"
        " upcoming 70th anniversary statement; cooperation so that both nominations are"
        " inscribed; efforts toward a Park-Abe summit; the trilateral summit at the earliest"
        " date within the year; mutual visits with Kishida to visit Korea within the year;"
        " Kishida's March 2015 visit to Seoul; MERS condolences; the committee session from"
        " June 28. From general knowledge: the Korea-Japan-U.S. cooperation item wording and"
        " Yun's attendance at the Tokyo reception with Abe on June 22.",
        "Summits (1): the planned trilateral in Korea within 2015 with Li Keqiang (planned)."
        " Not records: the Park-Abe summit for which an 'environment' is to be created"
        " (hoped-for, no date), the anniversary receptions, the March foreign ministers'"
        " meeting.",
        "Agreements (5): five commitments of the foreign ministers (parties JP/KR; the"
        " trilateral and the U.S. cooperation items bind only the two governments here). Not"
        " agreements: the shared view on 'the first year of a new chapter', Kishida's"
        " intention to visit Korea (one side's plan, inside the mutual-visits item).",
        "Timexes: 'this year' twice and 'within the year' = 2015; 'half a century' = P50Y;"
        " 'tomorrow' twice = 2015-06-22; 'the first year' (of a new chapter) is not a"
        " calendar expression and is not annotated.",
        "Quotes: \"comfort women\" in quotation marks is a term, not a quote.",
    ],
)
