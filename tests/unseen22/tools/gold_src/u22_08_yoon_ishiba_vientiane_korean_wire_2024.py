# ruff: noqa: E501
LEDE = "President Yoon Suk Yeol and Japanese Prime Minister Shigeru Ishiba agreed Thursday"
SAT = "The two leaders sat down for about 30 minutes"
FIRST = "It was their first face-to-face meeting."
TRI = "They also agreed to strengthen three-way security cooperation"
TWELVE = "held 12 summits over about a year and a half"
PHONE = "In their first phone talks last week"
LI = "Earlier in the day, Ishiba held his first summit with Chinese Premier Li Qiang"
MODI = "Talks are also under way to arrange a meeting between Ishiba"
OTHERS = "is expected to hold separate talks with the leaders of Laos"

GOLD = dict(
    published="2024-10-10",
    furniture=[
        "(LEAD) Yoon, Ishiba agree to keep shuttle diplomacy going in first summit\n"
        "KCP | 2024/10/10 19:52 KST\n"
        "(ATTN: ADDS details of talks, Ishiba-Li meeting in paras 5-7)",
        "VIENTIANE, Oct. 10 (KCP) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon", "President Yoon", "he"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Ishiba"],
        "Fumio Kishida": ["Ishiba's predecessor, Fumio Kishida", "Prime Minister Kishida"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi"],
        "Thongloun Sisoulith": [],
        "Pham Minh Chinh": [],
        "Paetongtarn Shinawatra": [],
        "Justin Trudeau": [],
        "Anthony Albanese": [],
        "Office of the President of South Korea": ["Yoon's office", "the office"],
    },
    quotes=[
        ("The momentum that President Yoon", "direct", "Shigeru Ishiba", "told"),
        ("a reliable partner", "partial", "Yoon Suk Yeol", "replied"),
        ("constructive and stable", "partial", None, "agreed"),
    ],
    statements=[
        (LEDE, ["Yoon Suk Yeol", "Shigeru Ishiba", "Office of the President of South Korea"], "agreed"),
        (TRI, ["Yoon Suk Yeol", "Shigeru Ishiba", "Office of the President of South Korea"], "agreed"),
        ("Ishiba told Yoon at the start of the talks", ["Shigeru Ishiba"], "told"),
        ("Yoon replied that he expected Ishiba", ["Yoon Suk Yeol"], "replied"),
        (PHONE, ["Yoon Suk Yeol", "Shigeru Ishiba"], "agreed"),
        (LI, ["Shigeru Ishiba", "Li Qiang", None], "agreed"),
    ],
    timexes=[
        ("2024/10/10 19:52 KST", "2024-10-10T19:52", None),
        ("VIENTIANE, [[Oct. 10]]", "2024-10-10", None),
        ("agreed [[Thursday]]", "2024-10-10", None),
        ("next year's", "2025", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("nine days after", "2024-10-10", None),
        ("about a year and a half", "P1Y6M", "APPROX"),
        ("Seoul in [[September]]", "2024-09", None),
        ("last week", "2024-W40", None),
        ("Earlier in the day", "2024-10-10", None),
        ("leaves on [[Friday]]", "2024-10-11", None),
        ("Wednesday evening", "2024-10-09TEV", None),
        ("three-day", "P3D", None),
        ("On Thursday", "2024-10-10", None),
    ],
    summits=[
        dict(date="2024-10-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="ASEAN-related summits", evidence=[LEDE, SAT, FIRST]),
        dict(date="2024-09", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=12, status="held", occasion=None, evidence=[TWELVE]),
        dict(date="2024-10-10", place="Vientiane", country="LA", participants=["Shigeru Ishiba", "Li Qiang"],
             kind="sidelines", ordinal=1, status="held", occasion="ASEAN-related summits", evidence=[LI]),
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Shigeru Ishiba", "Narendra Modi"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN-related summits", evidence=[MODI]),
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Thongloun Sisoulith"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN-related summits", evidence=[OTHERS]),
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Pham Minh Chinh"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN-related summits", evidence=[OTHERS]),
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Paetongtarn Shinawatra"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN-related summits", evidence=[OTHERS]),
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Justin Trudeau"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN-related summits", evidence=[OTHERS]),
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Anthony Albanese"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN-related summits", evidence=[OTHERS]),
    ],
    agreements=[
        dict(title="keep up shuttle diplomacy", kind="commitment", date="2024-10-10",
             parties=["JP", "KR"], status="agreed", evidence=[LEDE]),
        dict(title="make the 60th anniversary of ties a springboard for closer relations", kind="commitment", date="2024-10-10",
             parties=["JP", "KR"], status="agreed", evidence=[LEDE]),
        dict(title="strengthen three-way security cooperation with the United States", kind="commitment", date="2024-10-10",
             parties=["JP", "KR"], status="agreed", evidence=[TRI]),
        dict(title="meet at the earliest opportunity (first phone talks)", kind="commitment", date="2024-10",
             parties=["JP", "KR"], status="referenced", evidence=[PHONE]),
        dict(title="seek constructive and stable ties through dialogue", kind="commitment", date="2024-10-10",
             parties=["CN", "JP"], status="agreed", evidence=[LI]),
    ],
    notes=[
        "Invented Korean wire story ('KCP'; (LEAD), stamp, ATTN line, dateline prefix and (END) are furniture; stamp and dateline annotated). Quotes (Ishiba's, Yoon's) are invented; the length of the talks ('about 30 minutes') is invented.",
        "Real background checked on stored pages: koreaherald.com ud=20241010050112 (first summit Thursday on ASEAN sidelines; phone talks the previous week agreeing on shuttle diplomacy and meeting at the earliest opportunity; Yoon and Kishida held 12 summits over the last two years); koreaherald ud=20241009050190 (Yoon arrived Wednesday evening; meetings with Japan, Canada, Australia, plus Laos, Vietnam, Thailand; 12 meetings with Kishida from March 2023; Ishiba took office 1 October); japannews.yomiuri 20241010-215963 (Ishiba's first Japan-China summit with Li Qiang in the afternoon; constructive and stable relations through dialogue; Yoon summit ahead of the 60th anniversary); world.kbs.co.kr 188335 (talks under way with Li Qiang and Modi; Thursday to Saturday visit); newsfromrss.com (Korea-ASEAN comprehensive strategic partnership). From general knowledge: the Kishida-Yoon farewell summit in Seoul in September 2024 (the seed corpus), the names of the leaders of Vietnam and Thailand in October 2024, the order of the day's meetings ('Earlier in the day' is an assumption of this invented story).",
        "Summits (9): Vientiane Yoon-Ishiba (ordinal 1, 'their first face-to-face meeting'), Seoul Yoon-Kishida (ordinal 12: 'held 12 summits ..., the last of them'), Ishiba-Li (ordinal 1, 'his first summit with'), the planned Ishiba-Modi and the five planned Yoon meetings (leaders not named, from the public record; date 2024-10). Not summits: the phone talks. 'nine days after Ishiba took office' points to the meeting day (unseen16 rule).",
        "Agreements (5): three JP-KR commitments split by course of action (shuttle diplomacy, anniversary, trilateral cooperation), the phone agreement to meet (referenced, 2024-10), the CN-JP commitment. Not recorded: the Korea-ASEAN upgrade (ASEAN is not a country). 'shuttle diplomacy' in quotation marks is a term, not a quote (as unseen16); 'constructive and stable' is joint wording reported by Japanese officials (speaker null; debatable).",
    ],
)
