# ruff: noqa: E501
GOLD = dict(
    published="2024-09-03",
    furniture=["Kishida to visit Seoul for farewell summit with Yoon"],
    entities={
        "Fumio Kishida": ["Kishida", "Japanese Prime Minister Fumio Kishida", "the outgoing prime minister"],
        "Yoon Suk Yeol": ["Yoon Sung-yeol", "Yoon Suk-yeol", "President Yoon Sung-yeol", "President Yoon", "Yoon"],
        "South Korean presidential office": ["the presidential office", "presidential office"],
        "Chung Hye-won": ["Chung Hye won", "Chung"],
    },
    quotes=[
        ("The two leaders will review the progress", "direct", "Chung Hye-won", "said"),
    ],
    statements=[
        ("will visit Seoul on Sept. 6-7", ["South Korean presidential office"], "said"),
        ("Kishida said last month", ["Fumio Kishida"], "said"),
        ("Officials of the two countries met", [None], "said"),
    ],
    timexes=[
        ('next year', '2025', None),
        ('1965', '1965', None),
        ("Sept. 6-7", "2024-09-06/2024-09-07", None),
        ("said [[Tuesday]].", "2024-09-03", None),
        ("Friday", "2024-09-06", None),
        ("last month", "2024-08", None),
        ("last week", "2024-W35", None),
        ("later this week", "2024-W36", None),
    ],
    summits=[
        dict(date="2024-09-06", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=12, status="planned", occasion=None,
             evidence=["will visit Seoul on Sept. 6-7", "The talks, set for Friday", "The two leaders will review",
                       "Officials of the two countries met", "The visit comes as the two countries prepare"]),
    ],
    agreements=[
        {'title': 'the 1965 treaty (normalisation of diplomatic ties)', 'kind': 'treaty', 'date': '1965', 'parties': ['KR', 'JP'], 'status': 'referenced', 'evidence': ['normalised under the 1965 treaty']},
    ],
    notes=[
        "Added: 'next year's' -> span 'next year' = 2025; '60th anniversary' is not a timex; the 1965 treaty is referenced.",
        "Invented test article; quotes and the spokesperson Chung Hye-won are fictional. The headline is page furniture.",
        "'Yoon Sung-yeol' (a misspelling seen in the press) resolves to 'Yoon Suk Yeol'; 'the outgoing prime minister' to Kishida.",
        "Tense: published Tuesday 2024-09-03; 'Sept. 6-7' is one interval; 'Friday' in 'The talks, set for Friday' is future = 2024-09-06; 'last week' = 2024-W35 (as in ANNOTATION.md's table); 'later this week' = 2024-W36; 'last month' = 2024-08.",
        "Summit: planned, date 2024-09-06 (the talks are 'set for Friday', more precise than the two-day visit), ordinal 12 ('would be the 12th meeting between the two leaders').",
        "'documents may be signed later this week' names no instrument: no agreement record. The officials' preparatory meeting is not a summit (not leaders). 'a senior official said' = null speaker.",
        "'\"...,\" Chung Hye-won, spokesperson of the presidential office, said.': office holder named by role, after the name.",
    ],
)
