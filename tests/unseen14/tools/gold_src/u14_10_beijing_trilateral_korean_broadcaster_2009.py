LEDE = "The leaders of South Korea, China and Japan adopted a joint statement"
TWOH = "met for about two hours."
SECOND = "It was the second time the three countries had held"
SUST = "Besides the anniversary statement"
CWD = "Cheong Wa Dae said the three also agreed"
PYONG = "Wen briefed his counterparts on his visit to Pyongyang"
SEOUL = "The summit came a day after Hatoyama visited Seoul"
NY = "The two leaders had first met in New York"
NEXT = "South Korea will host next year's three-way summit."

GOLD = dict(
    published="2009-10-10",
    furniture=[
        "SBN WORLD | Diplomacy | Posted 2009-10-10 22:17 KST | Updated 2009-10-11 00:05 KST\n"
        "Korea, China, Japan mark ten years of three-way cooperation with Beijing statement\n"
        "[VIDEO] The three leaders at a joint news conference in Beijing (2:14)",
        "SBN's Jung Da-eun reports from Beijing.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Yukio Hatoyama": ["Japanese Prime Minister Yukio Hatoyama", "Hatoyama", "he", "He"],
        "Taro Aso": ["Taro Aso"],
        "Kim Jong-il": ["North Korean leader Kim Jong-il"],
        "Cheong Wa Dae": ["Cheong Wa Dae"],
        "North Korea": ["the North"],
    },
    quotes=[
        ("The door is open, and the three of us agreed today", "direct", "Lee Myung-bak", "said"),
        ("But it is the North that has to walk through it.", "direct", "Lee Myung-bak", None),
        ("the long run", "partial", "Yukio Hatoyama", "described"),
    ],
    statements=[
        (LEDE, ["Lee Myung-bak", "Wen Jiabao", "Yukio Hatoyama"], "agreed"),
        (CWD, ["Cheong Wa Dae", "Lee Myung-bak", "Wen Jiabao", "Yukio Hatoyama"], "said"),
        (PYONG, ["Wen Jiabao"], "briefed"),
        ("Speaking at the news conference afterward, Wen said", ["Wen Jiabao", "North Korea"],
         "said"),
        ("Hatoyama used the meeting to promote his idea", ["Yukio Hatoyama"], "described"),
        ("He said the three countries should start", ["Yukio Hatoyama"], "said"),
        ("Lee said he had again explained his proposal", ["Lee Myung-bak"], "said"),
    ],
    timexes=[
        ("2009-10-10 22:17", "2009-10-10T22:17", None),
        ("2009-10-11 00:05", "2009-10-11T00:05", None),
        ("marking [[ten years]] of three-way", "P10Y", None),
        ("Beijing on [[Saturday]]", "2009-10-10", None),
        ("about two hours", "PT2H", "APPROX"),
        ("last December", "2008-12", None),
        ("the start of the month", "2009-10", "START"),
        ("agreed [[today]] that", "2009-10-10", None),
        ("a day after", "2009-10-10", None),
        ("Seoul on [[Friday]]", "2009-10-09", None),
        ("last month", "2009-09", None),
        ("Sept. 23", "2009-09-23", None),
        ("Oct. 2", "2009-10-02", None),
        ("next year's", "2010", None),
    ],
    summits=[
        dict(date="2009-10-10", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Wen Jiabao", "Yukio Hatoyama"], kind="trilateral",
             ordinal=2, status="held", occasion=None, evidence=[LEDE, TWOH, SECOND, SEOUL]),
        dict(date="2008-12", place="Fukuoka", country="JP",
             participants=["Taro Aso", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=1, status="held", occasion=None, evidence=[SECOND]),
        dict(date="2009-10", place="Pyongyang", country="KP",
             participants=["Wen Jiabao", "Kim Jong-il"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[PYONG]),
        dict(date="2009-10-09", place="Seoul", country="KR",
             participants=["Yukio Hatoyama", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2009-09-23", place="New York", country="US",
             participants=["Yukio Hatoyama", "Lee Myung-bak"], kind="sidelines", ordinal=1,
             status="held", occasion="the UN General Assembly", evidence=[NY]),
        dict(date="2010", place=None, country="KR",
             participants=["Lee Myung-bak", "Wen Jiabao", "Yukio Hatoyama"], kind="trilateral",
             ordinal=None, status="planned", occasion=None, evidence=[NEXT]),
    ],
    agreements=[
        dict(title="joint statement marking ten years of trilateral cooperation",
             kind="joint-statement", date="2009-10-10", parties=["CN", "JP", "KR"],
             status="agreed", evidence=[LEDE, SUST]),
        dict(title="work together to bring North Korea back to the six-party talks",
             kind="commitment", date="2009-10-10", parties=["CN", "JP", "KR"], status="agreed",
             evidence=[LEDE]),
        dict(title="joint statement on sustainable development", kind="joint-statement",
             date="2009-10-10", parties=["CN", "JP", "KR"], status="agreed", evidence=[SUST]),
        dict(title="launch a trilateral business summit", kind="commitment", date="2009-10-10",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[CWD]),
        dict(title="expand exchanges among university students", kind="commitment",
             date="2009-10-10", parties=["CN", "JP", "KR"], status="agreed", evidence=[CWD]),
    ],
    notes=[
        "Invented Korean broadcaster web story (outlet 'SBN', reporter Jung Da-eun and every"
        " quote invented, including the words given to Lee and Hatoyama; header, headline, video"
        " line and the closing credit are furniture; the Posted/Updated stamps are annotated, the"
        " video running time '(2:14)' is not). Real background, checked on stored pages: cable"
        " 09TOKYO2439 (second trilateral summit, Beijing, 10 October 2009, about two hours,"
        " statements on ten years of cooperation; Wen's Pyongyang trip; Hatoyama's East Asian"
        " community in general terms); Cheong Wa Dae page 2009-10-10 (joint statement on the tenth"
        " anniversary and joint statement on sustainable development; business summit, youth and"
        " university exchanges); kantei 2009-10-10 press conference (Wen chaired); Cheong Wa Dae"
        " page 2009-10-09 (Hatoyama at Cheong Wa Dae on Friday 9 October, his first trip abroad"
        " for a bilateral meeting; the 'grand bargain'); Cheong Wa Dae page 2009-09-24 (Lee and"
        " Hatoyama in New York on 23 September); cable 09TOKYO2343 (foreign ministers in Shanghai"
        " on 2 October; Fukuoka December 2008 under Aso); Korea Times via blog 2009-10-01. From"
        " general knowledge: Wen's visit to Pyongyang and talks with Kim Jong-il of 4-6 October"
        " 2009 and the North's stated conditions; the 2010 trilateral in South Korea (Jeju).",
        "Summits (6): Beijing (ordinal 2 as a stand-alone summit), Fukuoka (ordinal 1; Aso, Lee"
        " and Wen named), Wen-Kim Jong-il in Pyongyang (Kim treated as head of state, debatable),"
        " Seoul 9 October, New York 23 September (ordinal 1 from 'first met'), next year's"
        " trilateral in South Korea (planned, 2010, place not named; participants carried from"
        " context). Not summits: the foreign ministers' meeting in Shanghai.",
        "Agreements (5): the anniversary joint statement, the sustainable-development joint"
        " statement, and three commitments (North Korea back to the talks; business summit;"
        " student exchanges). '\"grand bargain\"' is the name of Lee's policy (not a quote) and a"
        " proposal to North Korea, not to the counterparts present, so not an agreement.",
        "Timexes: 'a day after' takes the date it points to (the summit, 10 October); 'the start"
        " of the month' = 2009-10 START; 'today' inside Lee's quote = 10 October.",
    ],
)
