# ruff: noqa: E501
LEDE = "Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol expressed serious concern"
TALKED = "The two leaders talked for about 35 minutes"
PUTIN = "Kishida cited the June summit in Pyongyang"
YOON = "Yoon said Moscow and Pyongyang were accelerating"
ANNIV = "The two leaders also agreed that their governments would stay in close communication"
IP4 = "On Thursday morning, Kishida and Yoon joined"
IP4JS = "The four countries then issued a joint statement"
ZEL = "The group went on to meet Ukrainian President Volodymyr Zelenskyy"
ZEL2 = "Kishida referred to the bilateral support document"
KRIS = "It was the third NATO summit in a row attended by Kishida"
OFF = "A senior Japanese government official, speaking on condition of anonymity"
CD = "The last such gathering was the Camp David summit"

GOLD = dict(
    published="2024-07-12",
    furniture=[
        "Kishida, Yoon voice alarm over Russia-N. Korea ties at NATO; Indo-Pacific four meet Zelenskyy\nHibiya Press | Friday, July 12, 2024, 06:10 JST",
        "WASHINGTON, July 11 (Hibiya Press) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Vladimir Putin": ["Russian President Vladimir Putin"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un"],
        "Christopher Luxon": ["New Zealand Prime Minister Christopher Luxon"],
        "Richard Marles": ["Australian Deputy Prime Minister Richard Marles"],
        "Anthony Albanese": ["Prime Minister Anthony Albanese"],
        "Volodymyr Zelenskyy": ["Ukrainian President Volodymyr Zelenskyy"],
        "Ulf Kristersson": ["Swedish Prime Minister Ulf Kristersson"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Office of the President of South Korea": ["Seoul's presidential office"],
        "Ministry of Foreign Affairs of Japan": ["Japan's Foreign Ministry"],
    },
    quotes=[
        ("The situation has become more severe", "direct", "Fumio Kishida", "told"),
        ("illicit military cooperation", "partial", None, "called"),
    ],
    statements=[
        (LEDE, ["Fumio Kishida", "Yoon Suk Yeol", None], "expressed"),
        (PUTIN, ["Fumio Kishida"], "cited"),
        (YOON, ["Yoon Suk Yeol", "Office of the President of South Korea"], "said"),
        (ANNIV, ["Fumio Kishida", "Yoon Suk Yeol"], "agreed"),
        (IP4JS, ["Fumio Kishida", "Yoon Suk Yeol", "Christopher Luxon", "Richard Marles"], "issued a joint statement"),
        (ZEL2, ["Fumio Kishida", "Ministry of Foreign Affairs of Japan"], "referred"),
        (KRIS, ["Fumio Kishida"], "welcomed"),
        (OFF, [None], "said"),
    ],
    timexes=[
        ("Friday, July 12, 2024, 06:10 JST", "2024-07-12T06:10", None),
        ("July 11 (Hibiya Press)", "2024-07-11", None),
        ("Washington [[on Wednesday]]", "2024-07-10", None),
        ("about 35 minutes", "PT35M", "APPROX"),
        ("late May", "2024-05", "END"),
        ("the [[June]] summit", "2024-06", None),
        ("next year", "2025", None),
        ("1965", "1965", None),
        ("Thursday morning", "2024-07-11TMO", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("9:25 a.m. local time", "2024-07-11T09:25", None),
        ("last month", "2024-06", None),
        ("talks [[on Wednesday]]", "2024-07-10", None),
        ("August last year", "2023-08", None),
        ("this year", "2024", None),
    ],
    summits=[
        dict(date="2024-07-10", place="Washington", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="NATO summit", evidence=[LEDE, TALKED, ANNIV]),
        dict(date="2024-05", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol", "Li Qiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TALKED]),
        dict(date="2024-05", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TALKED]),
        dict(date="2024-06", place="Pyongyang", country="KP", participants=["Vladimir Putin", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PUTIN]),
        dict(date="2024-07-11", place="Washington", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol", "Christopher Luxon"],
             kind="multilateral", ordinal=None, status="held", occasion="NATO summit", evidence=[IP4, IP4JS]),
        dict(date="2024-07-11", place="Washington", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol", "Christopher Luxon", "Volodymyr Zelenskyy"],
             kind="multilateral", ordinal=None, status="held", occasion="NATO summit", evidence=[ZEL, ZEL2]),
        dict(date="2024-07-10", place="Washington", country="US", participants=["Fumio Kishida", "Ulf Kristersson"],
             kind="sidelines", ordinal=None, status="held", occasion="NATO summit", evidence=[KRIS]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CD]),
    ],
    agreements=[
        dict(title="stay in close communication to prepare events for the 60th anniversary of normalization", kind="commitment",
             date="2024-07-10", parties=["JP", "KR"], status="agreed", evidence=[ANNIV]),
        dict(title="joint statement of the four Indo-Pacific partners", kind="joint-statement", date="2024-07-11",
             parties=["AU", "JP", "KR", "NZ"], status="signed", evidence=[IP4JS]),
        dict(title="keep up cooperation between the four countries and Ukraine", kind="commitment", date="2024-07-11",
             parties=["AU", "JP", "KR", "NZ", "UA"], status="agreed", evidence=[ZEL2]),
        dict(title="Japan-Ukraine bilateral support document", kind="treaty", date="2024-06", parties=["JP", "UA"],
             status="referenced", evidence=[ZEL2]),
        dict(title="Russia-North Korea mutual assistance pact", kind="treaty", date="2024-06", parties=["KP", "RU"],
             status="referenced", evidence=[PUTIN]),
        dict(title="hold trilateral summits every year (Camp David)", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CD]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Hibiya Press' invented; headline, stamp line and dateline prefix are furniture; stamp and dateline annotated). Kishida's opening words are invented; 'illicit military cooperation' is the four countries' real wording (speaker null for the jointly issued statement).",
        "Real facts, checked on stored pages: asianews.network (Kishida-Yoon on Wednesday on the NATO sidelines in Washington, about 35 minutes; concern over Russia-North Korea ties and the June Russia-North Korea summit; Yoon on accelerating military and economic ties and trilateral cooperation; agreement to communicate actively ahead of next year's 60th anniversary; Kishida met Kristersson the same day and welcomed Sweden's accession; IP4 meeting with Zelenskyy scheduled); japan.kantei.go.jp 202407/11ip4ukraine.html (11 July, 9:25 a.m. local time, about 20 minutes; Luxon, Yoon and Deputy Prime Minister Marles; bilateral document recently signed with Ukraine; agreement to continue IP4-Ukraine cooperation); kvia.com (AP: the four countries' joint statement condemning 'illicit military cooperation'); nippon.com yjj2024071000666 (third consecutive NATO summit); japannews.yomiuri 20230822 and thesocialtalks (Camp David in August 2023, annual trilateral summits); world-arabia.com (timing of the next trilateral uncertain). From general knowledge or other corpora's titles: the Seoul trilateral with Li Qiang on 27 May 2024 and the Kishida-Yoon bilateral on 26 May; the Putin-Kim summit of 19 June 2024 in Pyongyang and its treaty with a mutual-assistance clause; the Japan-Ukraine accord signed on 13 June 2024.",
        "Summits (8): Kishida-Yoon (sidelines, held); the Seoul trilateral and the Seoul bilateral 'in late May' (2024-05); Putin-Kim in June; the IP4 meeting (multilateral; Marles stands in for Albanese and is not a participant, as in unseen16) and the IP4 + Zelenskyy meeting; Kishida-Kristersson; Camp David (August 2023). Not summits: a three-way meeting with Biden 'not sought', this year's trilateral ('No date has been set'), the NATO summit itself.",
        "Agreements (6): the JP-KR anniversary commitment; the IP4 joint statement (signed = issued); the IP4-Ukraine commitment (AU, JP, KR, NZ, UA); the Japan-Ukraine support document (treaty from the public record 'accord', referenced); the Russia-North Korea pact (treaty, referenced); the Camp David commitment to annual summits (referenced).",
        "Timexes: published Friday 12 July JST with a 11 July Washington dateline: 'on Wednesday' = 10 July, 'Thursday morning' = 2024-07-11TMO, 'last month' = 2024-06; 'next year' (in 'next year's 60th anniversary') = 2025; 'every year' is not annotated.",
    ],
)
