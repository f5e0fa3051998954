# ruff: noqa: E501
LEAD = "Acting President Han Duck-soo and Japanese Prime Minister Shigeru Ishiba agreed"
ANNIV = "The two sides also agreed to communicate closely"
OFF = "Ishiba had been expected to visit Seoul in January"
TWICE = "Yoon and Ishiba met twice after the Japanese leader took office"
KISHIDA = "Yoon had hosted Ishiba's predecessor"

GOLD = dict(
    published="2024-12-19",
    furniture=[
        "(LEAD) Acting President Han, Japan's Ishiba agree by phone to keep ties, three-way cooperation on track\n"
        "HNA | 2024/12/19 18:02 KST\n"
        "ATTN: UPDATES with Ishiba's remarks in paras 5-6",
        "SEOUL, Dec. 19 (HNA) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Han Duck-soo": ["Acting President Han Duck-soo", "Han", "he"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Ishiba", "the Japanese leader", "He"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Fumio Kishida": ["Ishiba's predecessor, Fumio Kishida"],
        "Office of the Acting President of South Korea": ["Han's office", "the office"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("Nothing about the importance of our relationship", "direct", "Shigeru Ishiba", "told reporters"),
        ("in a wide range of fields.", "partial", "Shigeru Ishiba", "said"),
    ],
    statements=[
        (LEAD, ["Han Duck-soo", "Shigeru Ishiba"], "agreed"),
        ("During the 20-minute call, Han told Ishiba", ["Han Duck-soo", "Office of the Acting President of South Korea"], "told"),
        (ANNIV, ["Han Duck-soo", "Shigeru Ishiba", "Office of the Acting President of South Korea"], "agreed"),
        ("He said he hoped to expand cooperation", ["Shigeru Ishiba"], "said"),
        (OFF, ["Government of Japan"], "said"),
        (TWICE, ["Yoon Suk Yeol", "Shigeru Ishiba", "Joe Biden"], "agreed"),
        ("Diplomats say a summit between Seoul and Tokyo", [None], "say"),
    ],
    timexes=[
        ("2024/12/19 18:02 KST", "2024-12-19T18:02", None),
        ("SEOUL, [[Dec. 19]]", "2024-12-19", None),
        ("phone call [[Thursday]]", "2024-12-19", None),
        ("voted [[Saturday]]", "2024-12-14", None),
        ("Dec. 3", "2024-12-03", None),
        ("20-minute", "PT20M", None),
        ("next year", "2025", None),
        ("on Sunday", "2024-12-15", None),
        ("a day after", "2024-12-15", None),
        ("in January", "2025-01", None),
        ("earlier this month", "2024-12", None),
        ("Oct. 1", "2024-10-01", None),
        ("Vientiane [[in October]]", "2024-10", None),
        ("in November", "2024-11", None),
        ("in September", "2024-09", None),
        ("180 days", "P180D", None),
    ],
    summits=[
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[TWICE]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[TWICE]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Yoon Suk Yeol", "Shigeru Ishiba", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="APEC", evidence=[TWICE]),
        dict(date="2024-09", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=12, status="held", occasion=None, evidence=[KISHIDA]),
    ],
    agreements=[
        dict(title="keep relations between the two countries stable", kind="commitment", date="2024-12-19",
             parties=["JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="continue security cooperation with the United States", kind="commitment", date="2024-12-19",
             parties=["JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="communicate closely in preparing the 60th anniversary of normalization", kind="commitment",
             date="2024-12-19", parties=["JP", "KR"], status="agreed", evidence=[ANNIV]),
        dict(title="set up a secretariat for trilateral cooperation", kind="commitment", date="2024-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[TWICE]),
    ],
    notes=[
        "Invented Korean wire story (agency 'HNA' invented; headline, stamp, ATTN line, dateline prefix and '(END)' are furniture; stamp and dateline are annotated; the stamp time is invented). Ishiba's quotes are invented paraphrases of his reported remarks.",
        "Real background, checked on stored pages: koreaherald.com ud=20241219050034 (Yonhap: Han-Ishiba phone talks on Thursday 19 December; agreed to keep trilateral security cooperation with the U.S., maintain and develop ties and communicate closely to prepare the 60th anniversary; Han: state affairs run strictly under the Constitution and the law, diplomacy and security without delay; Yoon impeached the previous Saturday over martial law of 3 December); nippon.com yjj2024121900448 and globalnation.inquirer.net (20-minute call; Ishiba told reporters the significance of the ties had not changed and hoped to boost cooperation in various fields); thestar.com.my and world.kbs.co.kr 76180 (Han-Biden call on Sunday 15 December, the day after taking over); japannews.yomiuri 20241204-225958 (Ishiba's January visit under coordination, nothing decided); koreaherald.com ud=20241010050112 (Vientiane summit, Kishida-Yoon 12 summits); mofa.go.jp pageite_000001_00646 (Lima three-way summit and secretariat, 15 November). From general knowledge: Ishiba took office on 1 October; the Constitutional Court's 180-day limit; the Kishida-Yoon Seoul summit of September 2024 as their 12th (Yonhap count).",
        "Summits (4): Vientiane (October), Lima bilateral and three-way with Biden (November), Kishida-Yoon in Seoul in September ('their 12th summit' -> ordinal 12). Not summits: the Han-Ishiba and Han-Biden calls, Ishiba's January visit (now 'widely seen as off'), a Seoul-Tokyo summit 'unlikely' before the court rules.",
        "Agreements (4): two commitments from the lead sentence (stable relations; security cooperation with the United States), the anniversary commitment, the Lima secretariat (referenced). Not agreements: Han's assurances (unilateral).",
        "Timexes: 'a day after he took over' = 2024-12-15 (the date it points to); 'earlier this month' = 2024-12; '180 days' = P180D.",
    ],
)
