# ruff: noqa: E501
WD = "At their summit at the White House on Wednesday"
PLEDGE = "Washington also pledged to make the presence"
PRAISE = "Biden went out of his way during their joint press conference"
HIRO = "Kishida has invited Yoon to the Group of Seven summit"
PP = "It would be the three leaders' first trilateral since they met in Phnom Penh"
INV = "Yoon invited the Japanese leader when they met in Tokyo"
ASKED = "Japanese officials have privately asked whether"

GOLD = dict(
    published="2023-04-28",
    furniture=[
        "National > Diplomacy",
        "[News Focus] Nuclear deal in hand, Yoon looks to Tokyo to complete the triangle",
        "By Shin Ha-rim\nPublished : Apr. 28, 2023 - 15:42 Updated : Apr. 28, 2023 - 18:05",
        "WASHINGTON -- ",
        "shinharim@heraldmedia.example",
        "Related Articles\n- Yoon, Biden unveil 'Washington Declaration' on nuclear deterrence\n- [Graphic News] Six days, three cities: Yoon's state visit at a glance",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon", "the president"],
        "Joe Biden": ["US President Joe Biden", "Biden"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida", "the Japanese leader"],
        "Democratic Party": ["The main opposition Democratic Party"],
        "Park Eun-ji": ["Park Eun-ji, a professor of political science at Hanseo National University"],
        "Government of the United States": ["Washington"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("Korea and Japan are neighbors that have to work together", "direct", "Yoon Suk Yeol", "told a joint meeting of Congress"),
        ("humiliating diplomacy", "partial", "Democratic Party", "accused"),
        ("welcomes", "partial", None, "said"),
        ("Seoul has done the heavy lifting", "direct", "Park Eun-ji", "said"),
    ],
    statements=[
        ("The harder test, officials and experts say", [None], "say"),
        (WD, ["Yoon Suk Yeol", "Joe Biden"], "adopted"),
        (PLEDGE, ["Government of the United States", "Government of South Korea"], "pledged"),
        (PRAISE, ["Joe Biden"], "praise"),
        ("The main opposition Democratic Party accused", ["Democratic Party", "Yoon Suk Yeol"], "accused"),
        ("A Japanese government spokesperson said Thursday", [None], "said"),
        (ASKED, [None], "asked"),
        (HIRO, ["Fumio Kishida"], "invited"),
        (INV, ["Yoon Suk Yeol"], "invited"),
    ],
    timexes=[
        ("Apr. 28, 2023 - 15:42", "2023-04-28T15:42", None),
        ("Apr. 28, 2023 - 18:05", "2023-04-28T18:05", None),
        ("White House on [[Wednesday]]", "2023-04-26", None),
        ("four decades", "P40Y", None),
        ("the [[March]] summit", "2023-03", None),
        ("since 2011", "2011", None),
        ("Congress on [[Thursday]]", "2023-04-27", None),
        ("published [[Monday]]", "2023-04-24", None),
        ("a century ago", "1923", "APPROX"),
        ("spokesperson said [[Thursday]]", "2023-04-27", None),
        ("May 19", "2023-05-19", None),
        ("to [[21]], and", "2023-05-21", None),
        ("Phnom Penh in [[November]]", "2022-11", None),
        ("this week", "2023-W17", None),
        ("six-day", "P6D", None),
        ("at the weekend", "2023-W17-WE", None),
    ],
    summits=[
        dict(date="2023-04-26", place="White House", country="US", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[WD, PRAISE]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PRAISE, INV]),
        dict(date="2023-05", place="Hiroshima", country="JP", participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="planned", occasion="G7 summit", evidence=[HIRO, PP]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[PP]),
    ],
    agreements=[
        dict(title="Washington Declaration", kind="joint-declaration", date="2023-04-26",
             parties=["KR", "US"], status="agreed", evidence=[WD]),
        dict(title="launch a Nuclear Consultative Group", kind="commitment", date="2023-04-26",
             parties=["KR", "US"], status="agreed", evidence=[WD]),
        dict(title="resume reciprocal leader visits (shuttle diplomacy)", kind="commitment", date="2023-03",
             parties=["JP", "KR"], status="referenced", evidence=[PRAISE]),
        dict(title="Phnom Penh statement", kind="joint-statement", date="2022-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[PP]),
        dict(title="real-time sharing of North Korean missile warning data", kind="commitment", date="2022-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[PP]),
        dict(title="Yoon's invitation to Kishida to visit Seoul", kind="commitment", date="2023-03",
             parties=["JP", "KR"], status="proposed", evidence=[INV]),
    ],
    notes=[
        "Invented Seoul English-language daily story (Korea Herald style; section line, headline, byline with Published/Updated stamps, dateline prefix, e-mail line and related-articles block are furniture; the two stamps are annotated). Reporter Shin Ha-rim, Professor Park Eun-ji and Hanseo National University are invented; all quotes are invented, including Yoon's sentence to Congress and the Japanese spokesperson's 'welcomes' (invented attribution); 'humiliating diplomacy' reflects the opposition's reported charge.",
        "Real facts checked on stored pages: theepochtimes.com (Yoon's six-day U.S. visit ending 29 April 2023; the Washington Declaration with Biden; extended deterrence; Kishida's later visit); biznob.com (Biden praised Yoon's efforts to improve relations with Japan during the visit; Japanese media: Biden, Yoon and Kishida to meet on the margins of Hiroshima; Yoon and Kishida agreed in Tokyo in March to restart shuttle diplomacy); mb.com.ph 2023-05-02 (Kishida invited Yoon to the G7 summit on 19-21 May; the trade ministry started the white-list process in the last week of April; shuttle visits suspended for over a decade); worldnationnews.com (Yoon invited Kishida when in Tokyo in March); en.asiatoday.co.kr 20230502002104231 (Tokyo summit of 16 March 2023). General knowledge: the summit on Wednesday 26 April, the Nuclear Consultative Group, the first SSBN port visit in four decades, Seoul's NPT reaffirmation, Yoon's address to Congress on 27 April, the Washington Post interview (24 April) and the Democratic Party's reaction, the Phnom Penh trilateral of November 2022.",
        "Summits (4): Yoon-Biden (White House, with the joint press conference); Yoon-Kishida in Tokyo (March 2023, as background); the planned Hiroshima trilateral (month precision: the G7 runs 19-21 May and no day is given); the Phnom Penh trilateral (November 2022). Not summits: a Kishida trip to Seoul 'being discussed' (no date); the G7 itself; the Congress address.",
        "Agreements (6): the Washington Declaration (joint-declaration, agreed) and its NCG commitment; the March shuttle-diplomacy commitment (referenced); the Phnom Penh statement and its data-sharing commitment (referenced); Yoon's invitation to Kishida (proposed). Not agreements: the U.S. pledge on strategic assets and Seoul's non-nuclear reaffirmation (each side's own undertaking inside the declaration), the white-list process (unilateral), Kishida's G7 invitation (a multilateral gathering), the proposal that 'has not been made' (negated).",
        "Timexes: 'from May 19 to 21' is two expressions; 'four decades' = P40Y; 'a century ago' = 1923 APPROX (debatable); 'this week' = 2023-W17 and 'at the weekend' = 2023-W17-WE.",
    ],
)
