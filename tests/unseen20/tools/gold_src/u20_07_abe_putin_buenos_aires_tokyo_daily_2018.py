# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe and Russian President Vladimir Putin on Saturday put their foreign ministers"
REPS = "The two leaders, meeting on the margins of the Group of 20 summit"
KONO = "Foreign Minister Taro Kono and his Russian counterpart"
OPEN = ('"Singapore gave us a direction.', "part of which was open to the press.")
DECL = "The declaration, signed in October 1956"
JAI = "On Friday, Abe joined U.S. President Donald Trump"
MOON = "Abe did not hold talks with South Korean President Moon Jae-in"
RULING = "Relations between Tokyo and Seoul have soured"
SOURCE = "There is nothing to discuss until Seoul explains"
SA = "Abe travels on to Uruguay and Paraguay"

GOLD = dict(
    published="2018-12-02",
    furniture=[
        "Abe, Putin put foreign ministers in charge of treaty talks; no Moon meeting in Buenos Aires\n"
        "December 2, 2018 | 11:20 JST\n"
        "By Ryota Fujisawa / Staff Writer",
        "BUENOS AIRES - ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi"],
        "Moon Jae-in": ["South Korean President Moon Jae-in"],
        "Tabare Vazquez": ["Presidents Tabare Vazquez"],
        "Mario Abdo Benitez": ["Mario Abdo Benitez"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("Singapore gave us a direction.", "direct", "Shinzo Abe", "told"),
        ("a little later.", "partial", "Vladimir Putin", "said"),
        ("There is nothing to discuss until Seoul explains", "direct", None, "said"),
    ],
    statements=[
        (REPS, ["Shinzo Abe", "Vladimir Putin", None], "said"),
        ("Putin said Moscow would announce the details", ["Vladimir Putin"], "said"),
        (RULING, ["Government of Japan"], "says"),
    ],
    timexes=[
        ("December 2, 2018 | 11:20 JST", "2018-12-02T11:20", None),
        ("Putin on [[Saturday]]", "2018-12-01", None),
        ("Singapore [[last month]]", "2018-11", None),
        ("the [[1956]] Japan-Soviet", "1956", None),
        ("Russia in [[January]]", "2019-01", None),
        ("October 1956", "1956-10", None),
        ("On [[Friday]], Abe joined", "2018-11-30", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("minutes on [[Friday]]", "2018-11-30", None),
        ("late October", "2018-10", "END"),
        ("1965", "1965", None),
        ("Tuesday", "2018-12-04", None),
    ],
    summits=[
        dict(date="2018-12-01", place="Buenos Aires", country="AR",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[LEDE, REPS, OPEN]),
        dict(date="2018-11", place="Singapore", country="SG",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits", evidence=[LEDE]),
        dict(date="2019-01", place=None, country="RU",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[KONO]),
        dict(date="2018-11-30", place="Buenos Aires", country="AR",
             participants=["Shinzo Abe", "Donald Trump", "Narendra Modi"], kind="trilateral", ordinal=1,
             status="held", occasion="G20", evidence=[JAI]),
        dict(date="2018-11-30", place="Buenos Aires", country="AR",
             participants=["Moon Jae-in", "Donald Trump"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[MOON]),
        dict(date="2018-12", place=None, country="UY",
             participants=["Shinzo Abe", "Tabare Vazquez"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[SA]),
        dict(date="2018-12", place=None, country="PY",
             participants=["Shinzo Abe", "Mario Abdo Benitez"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[SA]),
    ],
    agreements=[
        dict(title="put the foreign ministers in charge of peace treaty negotiations", kind="commitment",
             date="2018-12-01", parties=["JP", "RU"], status="agreed", evidence=[LEDE]),
        dict(title="name special representatives for the negotiations", kind="commitment",
             date="2018-12-01", parties=["JP", "RU"], status="agreed", evidence=[REPS]),
        dict(title="accelerate peace treaty talks on the basis of the 1956 declaration (Singapore)", kind="commitment",
             date="2018-11", parties=["JP", "RU"], status="referenced", evidence=[LEDE]),
        dict(title="1956 Japan-Soviet Joint Declaration", kind="joint-declaration",
             date="1956-10", parties=["JP", "RU"], status="referenced", evidence=[LEDE, DECL]),
        dict(title="1965 agreement on property and claims", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[RULING, SOURCE]),
    ],
    notes=[
        "Invented Tokyo English-language daily; headline, stamp (annotated), byline and dateline prefix are furniture. Abe's direct quote, Putin's partial quote and the government source's quote are invented; the reporter is fictional; the stamp time is invented.",
        "Real facts checked on stored pages: japantimes.co.jp 2018/12/02 (Kyodo: Abe and Putin on Saturday appointed their foreign ministers to oversee peace treaty negotiations based on the 1956 joint declaration; Kono-Lavrov talks before Abe's trip to Russia in January; Takeo Mori and Igor Morgulov as special representatives; Singapore agreement last month to accelerate talks; the declaration's Shikotan and Habomai clause; part of the meeting open to the media; Putin: details of a new mechanism later); tass.com/politics/1033196 (the 1956 declaration signed in Moscow on 19 October 1956); in.news.yahoo.com (first India-Japan-U.S. trilateral on Friday 30 November); world.kbs.co.kr 141226 (Moon-Trump half-hour summit on Friday); rappler.com (Supreme Court ruling of Tuesday 30 October 2018 ordering Nippon Steel & Sumitomo Metal to pay four plaintiffs; the 1965 treaty); diplomaticsnews.com (Abe at the G20 from 29 November to 4 December, then Uruguay and Paraguay, first visits by a Japanese prime minister). The names of the Uruguayan and Paraguayan presidents (Tabare Vazquez, Mario Abdo Benitez) are general knowledge.",
        "Summits (7): Abe-Putin Buenos Aires (held Saturday), Singapore ('last month', 2018-11), the planned January summit in Russia, the JAI trilateral (ordinal 1, 'the first leaders' meeting of the three countries'), Moon-Trump on Friday, planned meetings with the Uruguayan and Paraguayan presidents (2018-12). Not a summit: 'Abe did not hold talks with ... Moon'.",
        "Agreements (5): two commitments agreed on Saturday (foreign ministers in charge; special representatives), the Singapore commitment and the 1956 declaration (referenced; the Soviet Union recorded as RU, debatable), the 1965 claims agreement (treaty, referenced).",
    ],
)
