# ruff: noqa: E501
LEDE = "Prime Minister Fumio Kishida wrapped up a tour of five fellow Group of Seven countries"
OVAL = "The two leaders met in the Oval Office"
QUOTE = "There has never been a time when we've been closer to Japan"
JS = "In a joint statement released afterward, Biden reaffirmed"
TRI = "The leaders also agreed to strengthen three-way cooperation with South Korea"
PP = "Kishida and President Yoon Suk Yeol last met in Phnom Penh in November"
OFFICIAL = "A Japanese government official traveling with the prime minister said"
PARIS = "In Paris, he and President Emmanuel Macron pledged"
ROME = "He then traveled to Rome for talks with Prime Minister Giorgia Meloni."
LONDON = "The most tangible result of the trip came in London on Wednesday."
RAA = "At the Tower of London, Kishida and British Prime Minister Rishi Sunak signed"
JOHNSON = "Kishida and Sunak's predecessor, Boris Johnson, had agreed on the deal in principle"
DIET = "The agreement needs approval by the Diet"
OTTAWA = "In Ottawa, Kishida met Prime Minister Justin Trudeau"
APEC = "Biden said he also looked forward to the Asia-Pacific Economic Cooperation summit"
AIDES = "Aides said a trip to Seoul is not yet on the calendar."

GOLD = dict(
    published="2023-01-14",
    furniture=[
        "Kishida ends five-nation tour with Biden, who backs Japan's defense shift and a closer Seoul link\n"
        "The Akasaka Shimbun (English edition) | January 14, 2023 | 18:30 JST\n"
        "By Mariko Tsutsumi / Washington correspondent",
        "WASHINGTON - ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida", "the prime minister", "he"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol"],
        "Emmanuel Macron": ["President Emmanuel Macron", "Macron"],
        "Giorgia Meloni": ["Prime Minister Giorgia Meloni"],
        "Rishi Sunak": ["British Prime Minister Rishi Sunak", "Sunak"],
        "Boris Johnson": ["Sunak's predecessor, Boris Johnson"],
        "Justin Trudeau": ["Prime Minister Justin Trudeau"],
    },
    quotes=[
        ("There has never been a time when we've been closer to Japan", "direct", "Joe Biden", "told reporters"),
        ("wants to move at Seoul's pace, but not wait forever.", "partial", None, "said"),
        ("This is the strongest defense tie between our nations", "direct", "Rishi Sunak", "said"),
    ],
    statements=[
        (JS, ["Joe Biden"], "reaffirmed"),
        (TRI, ["Fumio Kishida", "Joe Biden"], "agreed"),
        (OFFICIAL, [None], "said"),
        (PARIS, ["Fumio Kishida", "Emmanuel Macron"], "pledged"),
        (APEC, ["Joe Biden"], "said"),
        (AIDES, [None], "said"),
    ],
    timexes=[
        ("January 14, 2023", "2023-01-14", None),
        ("18:30 JST", "2023-01-14T18:30", None),
        ("countries on [[Friday]]", "2023-01-13", None),
        ("11:27 a.m.", "2023-01-13T11:27", None),
        ("Tokyo [[last year]]", "2022", None),
        ("1960", "1960", None),
        ("Phnom Penh in [[November]]", "2022-11", None),
        ("the same day", "2022-11", None),
        ("set off on [[Monday]]", "2023-01-09", None),
        ("London on [[Wednesday]]", "2023-01-11", None),
        ("May last year", "2022-05", None),
        ("over a century", "P100Y", "MORE_THAN"),
        ("presidency [[this year]]", "2023", None),
        ("Hiroshima in [[May]]", "2023-05", None),
        ("later this year", "2023", None),
    ],
    summits=[
        dict(date="2023-01-13", place="Washington", country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE, OVAL, QUOTE]),
        dict(date="2022", place="Tokyo", country="JP", participants=["Fumio Kishida", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[QUOTE]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="East Asia Summit", evidence=[PP]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="East Asia Summit", evidence=[PP]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="East Asia Summit", evidence=[PP]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="East Asia Summit", evidence=[PP]),
        dict(date="2023-01", place="Paris", country="FR", participants=["Fumio Kishida", "Emmanuel Macron"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PARIS]),
        dict(date="2023-01", place="Rome", country="IT", participants=["Fumio Kishida", "Giorgia Meloni"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ROME]),
        dict(date="2023-01-11", place="London", country="GB", participants=["Fumio Kishida", "Rishi Sunak"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LONDON, RAA]),
        dict(date="2023-01", place="Ottawa", country="CA", participants=["Fumio Kishida", "Justin Trudeau"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[OTTAWA]),
    ],
    agreements=[
        dict(title="Japan-U.S. joint statement", kind="joint-statement", date="2023-01-13",
             parties=["JP", "US"], status="agreed", evidence=[JS]),
        dict(title="1960 bilateral security treaty", kind="treaty", date="1960",
             parties=["JP", "US"], status="referenced", evidence=[JS]),
        dict(title="strengthen three-way cooperation with South Korea", kind="commitment", date="2023-01-13",
             parties=["JP", "US"], status="agreed", evidence=[TRI]),
        dict(title="three-way statement on the Indo-Pacific (Phnom Penh)", kind="joint-statement", date="2022-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[PP]),
        dict(title="deepen Japan-France security cooperation", kind="commitment", date="2023-01",
             parties=["FR", "JP"], status="agreed", evidence=[PARIS]),
        dict(title="Japan-UK Reciprocal Access Agreement", kind="treaty", date="2023-01-11",
             parties=["GB", "JP"], status="signed", evidence=[RAA, JOHNSON, DIET]),
    ],
    notes=[
        "Invented Tokyo daily, English edition (The Akasaka Shimbun), and correspondent; headline, stamp line, byline and dateline prefix are furniture (stamp annotated). Biden's quote is an invented paraphrase of his remark in the Oval Office; Sunak's quote and the Japanese official's remark are invented.",
        "Real facts, checked on stored pages: channelnewsasia 3197206 (Kishida left Monday for G7 allies in Europe and North America ending with Biden on Friday; Paris with Macron, deeper ties, support against North Korea; RAA to be signed at the Tower of London on Wednesday 11 January); zonebourse (stops in France, Italy, Canada and the United States); wired-gov (No 10 readout: RAA signed; Sunak to attend Hiroshima G7 in May); smc.today and laprensalatina (first European RAA with Japan; agreed in principle with Johnson in May during Kishida's visit; approval by Commons and Diet); gino.khan.kr (Oval Office remarks at 11:27 a.m.; 'Last year in Japan'; G7 in Japan and APEC in San Francisco later this year); world.kbs 175171 and exbulletin (joint statement: Article V, Senkaku, trilateral cooperation with South Korea, complete denuclearization; Japan's new National Security Strategy); ganp.jp (first Washington visit as prime minister; previous meeting in Phnom Penh last November); presidency.ucsb.edu Phnom Penh Statement and eng.president.go.kr briefing zE4ctNqF (13 November 2022: Yoon-Kishida, Yoon-Biden bilaterals and trilateral; Biden-Kishida per cgtn). From general knowledge: the dates of the Rome and Ottawa stops (10 and 12 January 2023), left at month precision.",
        "Summits (10): Kishida-Biden in Washington; Biden's Tokyo visit 'last year' (dated 2022); four Phnom Penh meetings of November 2022 (Kishida-Yoon, the trilateral, Biden-Kishida and Biden-Yoon, 'the same day'); Paris, Rome, London (Wednesday 11 January) and Ottawa. Not summits: the May 2022 Kishida-Johnson agreement in principle (no meeting described; evidence for the RAA record), the Hiroshima G7 and APEC (gatherings), a Seoul trip ('not yet on the calendar').",
        "Agreements (6): the Japan-U.S. joint statement; the 1960 security treaty; the trilateral-cooperation commitment; the Phnom Penh three-way statement (referenced); the Japan-France pledge on security cooperation; the RAA (treaty, signed; the May 2022 agreement in principle is the same instrument). Macron's promise of support is unilateral.",
    ],
)
