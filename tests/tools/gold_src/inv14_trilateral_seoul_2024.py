# ruff: noqa: E501
GOLD = dict(
    published="2024-05-27",
    furniture=["SEOUL, May 27 (KNS) -- "],
    entities={
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "President Yoon", "Yoon"],
        "Fumio Kishida": ["Kishida", "PM Kishida", "the Japanese premier", "Prime Minister Fumio Kishida"],
        "Li Qiang": ["Li", "Chinese Premier Li Qiang", "Premier Li"],
    },
    quotes=[
        ("We agreed to restore trilateral cooperation", "direct", "Yoon Suk Yeol", "said"),
        ("Any launch would be a serious violation", "direct", "Fumio Kishida", "said"),
    ],
    statements=[
        ("adopted a joint declaration pledging", ["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], "pledging"),
        ("also agreed to resume talks", ["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], "agreed"),
        ("Yoon and Kishida agreed to start preparing", ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
    ],
    timexes=[
        ("four and a half years", "P4Y6M", None),
        ("Seoul on [[Monday]] and", "2024-05-27", None),
        ("early Monday", "2024-05-27", "START"),
        ("On Sunday", "2024-05-26", None),
        ("next year", "2025", None),
    ],
    summits=[
        dict(date="2024-05-27", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["adopted a joint declaration pledging", "also agreed to resume talks", "We agreed to restore trilateral",
                       "The meeting was overshadowed"]),
        dict(date="2024-05-26", place=None, country=None, participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=["On Sunday, Yoon held separate talks", "Yoon and Kishida agreed to start preparing"]),
        dict(date="2024-05-26", place=None, country=None, participants=["Yoon Suk Yeol", "Li Qiang"],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=["On Sunday, Yoon held separate talks"]),
    ],
    agreements=[
        dict(title="trilateral joint declaration (hold the meetings regularly)", kind="joint-declaration", date="2024-05-27",
             parties=["KR", "JP", "CN"], status="agreed", evidence=["adopted a joint declaration pledging"]),
        dict(title="resume talks on a three-way free trade agreement", kind="commitment", date="2024-05-27",
             parties=["KR", "JP", "CN"], status="agreed", evidence=["also agreed to resume talks"]),
        dict(title="start preparing events for the 60th anniversary of diplomatic ties", kind="commitment", date="2024-05-26",
             parties=["KR", "JP"], status="agreed", evidence=["Yoon and Kishida agreed to start preparing"]),
    ],
    notes=[
        "Invented test article; quotes are fictional. The dateline 'SEOUL, May 27 (KNS) -- ' is page furniture (date not annotated).",
        "'PM Kishida' and 'the Japanese premier' resolve to Fumio Kishida; 'Chinese Premier Li Qiang' is a head of government (leader).",
        "Timexes: 'four and a half years' (first trilateral summit in ...) = P4Y6M; 'early Monday' = 2024-05-27 with mod START; 'next year's' -> span 'next year' = 2025. Not timexes: '60th anniversary', 'regularly'.",
        "Summits: the Monday trilateral in Seoul; the two Sunday bilaterals ('separate talks with Kishida and with Li') are two records. They were held in Seoul the day before the trilateral, but the sentence names neither a place nor 'the sidelines', so place/country null and kind bilateral (the article does not present them as held during the gathering). The 'free trade agreement' to be negotiated is not an agreement record; the agreed resumption of talks is.",
        "'the Japanese premier said' quote: the sentence holds a full direct quote, no statement.",
    ],
)
