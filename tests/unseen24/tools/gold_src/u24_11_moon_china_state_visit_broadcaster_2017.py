# ruff: noqa: E501
LEDE = "President Moon Jae-in returned home Saturday after a four-day state visit"
CENTER = "The centerpiece of the trip was Thursday's summit"
FOUR = "According to Cheong Wa Dae, Moon and Xi agreed on what the presidential office calls four principles"
ALSO = "The two leaders also agreed to set up a hotline between them"
XI = "Xi told Moon that bilateral ties had suffered"
LI = "On Friday, Moon met Premier Li Keqiang"
OCT = "The visit built on the joint statement of Oct. 31"
HOPE = "In his talks with Xi, Moon expressed hope for closer cooperation"
VLAD = "When Moon and Japanese Prime Minister Shinzo Abe met in Vladivostok in September"
OFFICIAL = "a senior Cheong Wa Dae official told KNB"
SOURCES = "Government sources say no date has been set for a Moon-Abe meeting"

GOLD = dict(
    published="2017-12-16",
    furniture=[
        "Moon returns from China with 'four principles,' hotline deal; Japan next on the diplomatic calendar\n"
        "KNB News | Input 2017.12.16 (18:05) | Edit 2017.12.16 (19:40)\n"
        "[Photo: President Moon Jae-in and Chinese President Xi Jinping shake hands at the Great Hall of the People in Beijing on Thursday. / Joint Press Corps]",
        "Reporter Choi Yu-na",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "the president"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Office of the President of South Korea": ["Cheong Wa Dae", "the presidential office"],
        "Li Keqiang": ["Premier Li Keqiang"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
    },
    quotes=[
        ("a setback for reasons we all know,", "partial", "Xi Jinping", "told"),
        ("The president's message is that Seoul can talk", "direct", None, "told KNB"),
        ("China was the harder conversation.", "direct", None, None),
    ],
    statements=[
        (LEDE, ["Office of the President of South Korea"], "says"),
        (FOUR, ["Moon Jae-in", "Xi Jinping"], "agreed"),
        (ALSO, ["Moon Jae-in", "Xi Jinping"], "agreed"),
        (XI, ["Xi Jinping"], "told"),
        (LI, ["Li Keqiang"], "said"),
        (HOPE, ["Moon Jae-in"], "expressed hope"),
        (VLAD, ["Shinzo Abe", "Moon Jae-in"], "asked"),
        (SOURCES, [None], "say"),
    ],
    timexes=[
        ("Input 2017.12.16 (18:05)", "2017-12-16T18:05", None),
        ("Edit 2017.12.16 (19:40)", "2017-12-16T19:40", None),
        ("Beijing on [[Thursday]]. /", "2017-12-14", None),
        ("returned home [[Saturday]]", "2017-12-16", None),
        ("four-day", "P4D", None),
        ("more than a year", "P1Y", "MORE_THAN"),
        ("Thursday's", "2017-12-14", None),
        ("Germany in [[July]]", "2017-07", None),
        ("last month", "2017-11", None),
        ("On [[Friday]], Moon met", "2017-12-15", None),
        ("Oct. 31", "2017-10-31", None),
        ("On [[Thursday]], Chinese security guards", "2017-12-14", None),
        ("Vladivostok in [[September]]", "2017-09", None),
        ("Olympics in [[February]]", "2018-02", None),
    ],
    summits=[
        dict(date="2017-12-14", place="Beijing", country="CN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="bilateral", ordinal=3, status="held", occasion=None, evidence=[CENTER, FOUR, ALSO, XI, HOPE]),
        dict(date="2017-12-15", place="Beijing", country="CN", participants=["Moon Jae-in", "Li Keqiang"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LI]),
        dict(date="2017-07", place=None, country="DE", participants=["Moon Jae-in", "Xi Jinping"],
             kind="sidelines", ordinal=1, status="held", occasion="G20", evidence=[CENTER]),
        dict(date="2017-11", place="Da Nang", country="VN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="sidelines", ordinal=2, status="held", occasion="APEC", evidence=[CENTER]),
        dict(date="2017-09", place="Vladivostok", country="RU", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[VLAD]),
    ],
    agreements=[
        dict(title="four principles for the peninsula", kind="commitment", date="2017-12-14",
             parties=["CN", "KR"], status="agreed", evidence=[FOUR]),
        dict(title="set up a hotline between the two leaders", kind="commitment", date="2017-12-14",
             parties=["CN", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="restart stalled investment projects", kind="commitment", date="2017-12-14",
             parties=["CN", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="begin talks on widening the free trade agreement to services and investment", kind="commitment", date="2017-12-14",
             parties=["CN", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="Korea-China free trade agreement", kind="treaty", date=None,
             parties=["CN", "KR"], status="referenced", evidence=[ALSO]),
        dict(title="joint statement of Oct. 31", kind="joint-statement", date="2017-10-31",
             parties=["CN", "KR"], status="referenced", evidence=[OCT]),
    ],
    notes=[
        "Invented Korean broadcaster web story (KNB News), reporter invented; headline, Input/Edit line, photo caption and reporter line are furniture (both stamps and the caption weekday annotated). The Cheong Wa Dae official's quotes are invented; Xi's 'a setback for reasons we all know' follows his reported words.",
        "Real facts, checked on stored pages: koreaherald 20171217000025 (return on Saturday after four-day state visit; third bilateral summit on Thursday; four principles; joint statement of 31 October; Li Keqiang on suspended channels, Friday; Xi's 'setback' remark); m.koreaherald 20171213000172 (arrival Wednesday; earlier meetings at the G20 in Germany in July and APEC in Da Nang last month); koreaherald 20171214001004 (four principles in detail; stalled investment projects; Moon's hope for Korea-China-Japan cooperation); asia.nikkei.com (emergency phone line; assault on two photojournalists earlier that day); newsworld.co.kr 3635 (FTA expansion talks; Great Hall of the People); world.kbs 47189 (Vladivostok: Abe asked Moon to attend the trilateral in Tokyo; Moon hoped Abe would visit PyeongChang). From general knowledge: the PyeongChang Olympics in February 2018; the 'comfort women' review published later in December 2017 (inside an invented quote).",
        "Summits (5): Moon-Xi in Beijing (ordinal 3: 'the third between the two leaders'); Moon-Li Keqiang (Friday); the two earlier Moon-Xi meetings (Germany, July: place null as the text names only the country, ordinal 1; Da Nang, November, ordinal 2); Moon-Abe in Vladivostok (September). Not summits: the three-way summit in Japan ('has yet to be scheduled'), a Moon-Abe meeting ('no date has been set'), Abe at the Olympics.",
        "Agreements (6): the four principles recorded as one commitment (a named set; debatable); three commitments split from one sentence (hotline; investment projects; FTA talks); the FTA itself (treaty, date null); the 31 October joint statement (referenced). 'within weeks' is vague and not annotated.",
    ],
)
