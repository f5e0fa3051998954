# ruff: noqa: E501
LEDE = "President Yoon Suk Yeol and Chinese President Xi Jinping held their first summit in two years"
SECOND = "The talks, their second since Yoon took office"
INVITES = "Xi asked Yoon to visit China, and Yoon in turn invited Xi"
ROLE = "Yoon raised the deepening military cooperation"
ISHIBAXI = "Xi also met Japanese Prime Minister Shigeru Ishiba"
TRI = "Yoon, Ishiba and U.S. President Joe Biden sat down for a three-way meeting"
SECRET = "The three leaders agreed to launch a trilateral secretariat"
BIDENQ = "What we built at Camp David should outlast"
SAT = "Yoon is scheduled to hold a separate summit with Ishiba on Saturday"
BIDENXI = "Biden, for his part, is due to see Xi on Saturday."

GOLD = dict(
    published="2024-11-16",
    furniture=[
        "(LEAD) Yoon, Xi hold first talks in two years, trade invitations; three-way meeting with Biden, Ishiba sets up secretariat\nHNA | 2024/11/16 09:12 KST\n(ATTN: UPDATES with trilateral meeting in paras 7-9)\nBy Seo Min-ho",
        "LIMA, Nov. 15 (HNA) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Ishiba"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Fumio Kishida": [],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("a constructive role", "partial", "Yoon Suk Yeol", "asked"),
        (BIDENQ, "direct", "Joe Biden", "said"),
    ],
    statements=[
        (INVITES, [None, "Xi Jinping", "Yoon Suk Yeol"], "told reporters"),
        (ROLE, ["Yoon Suk Yeol"], "asked"),
        ("Xi said he hoped the parties concerned", ["Xi Jinping"], "said"),
        (SECRET, [None, "Yoon Suk Yeol", "Shigeru Ishiba", "Joe Biden"], "said"),
    ],
    timexes=[
        ("2024/11/16 09:12 KST", "2024-11-16T09:12", None),
        ("LIMA, [[Nov. 15]] (", "2024-11-15", None),
        ("first summit in [[two years]] on", "P2Y", None),
        ("on Friday", "2024-11-15", None),
        ("a little over two years", "P2Y", "MORE_THAN"),
        ("November 2022", "2022-11", None),
        ("next year's", "2025", None),
        ("Ishiba [[in the afternoon]], their", "2024-11-15TAF", None),
        ("in October", "2024-10", None),
        ("[[In the afternoon]], Yoon", "2024-11-15TAF", None),
        ("August last year", "2023-08", None),
        ("Ishiba [[on Saturday]], their", "2024-11-16", None),
        ("last month", "2024-10", None),
        ("see Xi [[on Saturday]]", "2024-11-16", None),
        ("on Monday", "2024-11-18", None),
    ],
    summits=[
        dict(date="2024-11-15", place="Lima", country="PE", participants=["Yoon Suk Yeol", "Xi Jinping"],
             kind="sidelines", ordinal=2, status="held", occasion="APEC", evidence=[LEDE, SECOND, INVITES]),
        dict(date="2022-11", place="Bali", country="ID", participants=["Yoon Suk Yeol", "Xi Jinping"],
             kind="sidelines", ordinal=1, status="held", occasion="G20", evidence=[SECOND]),
        dict(date="2024-11-15", place="Lima", country="PE", participants=["Xi Jinping", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[ISHIBAXI]),
        dict(date="2024-11-15", place="Lima", country="PE", participants=["Yoon Suk Yeol", "Shigeru Ishiba", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="APEC", evidence=[TRI, SECRET, BIDENQ]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TRI]),
        dict(date="2024-11-16", place="Lima", country="PE", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="sidelines", ordinal=2, status="planned", occasion="APEC", evidence=[SAT]),
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="ASEAN-related summits", evidence=[SAT]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[SAT]),
        dict(date="2024-11-16", place="Lima", country="PE", participants=["Joe Biden", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[BIDENXI]),
    ],
    agreements=[
        dict(title="Xi's invitation to Yoon to visit China", kind="commitment", date="2024-11-15",
             parties=["CN", "KR"], status="proposed", evidence=[INVITES]),
        dict(title="Yoon's invitation to Xi to visit South Korea", kind="commitment", date="2024-11-15",
             parties=["CN", "KR"], status="proposed", evidence=[INVITES]),
        dict(title="launch a trilateral secretariat", kind="commitment", date="2024-11-15",
             parties=["JP", "KR", "US"], status="agreed", evidence=[SECRET]),
    ],
    notes=[
        "Invented Korean wire story (agency 'HNA', reporter invented; headline, stamp, ATTN line, byline, dateline prefix and '(END)' are furniture; stamp and dateline annotated). Published 16 November KST, the events of Friday 15 November local time. Yoon's 'a constructive role' is a short phrase; Biden's quote is invented.",
        "Real background, checked on stored pages: koreajoongangdaily 2024-11-15 (Yoon-Xi on Friday morning in Lima, first since Indonesia in November 2022; trilateral with Biden and Ishiba Friday afternoon; Korea-Japan summit confirmed for Saturday; Camp David in August); donga.com 20241118 (Xi asked Yoon to visit China, Yoon invited Xi citing APEC in Gyeongju next fall, neither replied beyond thanks; Yoon asked China for a constructive role on North Korea-Russia; Xi on dialogue and negotiation); newsbuck.com (second summit since Bali); ajupress 20241115141734645 (visa-free entry for South Koreans; Sullivan: the three would set up a secretariat); sputnikglobe 20241116 and indiandefensenews (Xi-Ishiba on the afternoon of 15 November, first since Ishiba took office in October); KBS report via search (farewell summit with Biden; first trilateral in 15 months); japannews.yomiuri 20241109-221501 (Biden-Xi during APEC on 15-16 November; G20 in Rio on 18-19 November). From the titles of other corpora: the first Yoon-Ishiba summit in Vientiane in October 2024. From general knowledge: Biden-Xi on Saturday 16 November.",
        "Summits (9): Yoon-Xi (ordinal 2: 'their second since Yoon took office'), Bali 2022 (ordinal 1: 'first met'), Xi-Ishiba (ordinal 1: 'their first talks'), the Lima trilateral, Camp David (August 2023), planned Yoon-Ishiba on Saturday (ordinal 2) and Vientiane (ordinal 1), planned Yoon-Biden (month only), planned Biden-Xi on Saturday. Not summits: the G20 in Rio (multilateral), APEC in Gyeongju next year (multilateral).",
        "Agreements (3): two invitations as proposals (neither accepted); the trilateral secretariat (agreed). Not agreements: China's visa waiver (unilateral), Xi's hope for dialogue.",
        "Timexes: 'days after' is vague and not annotated (as unseen16); 'a little over two years' = P2Y MORE_THAN; 'in the afternoon' twice = 2024-11-15TAF.",
    ],
)
