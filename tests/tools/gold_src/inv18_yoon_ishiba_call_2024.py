# ruff: noqa: E501
GOLD = dict(
    published="2024-10-02",
    furniture=["Yoon, Ishiba agree to meet in Laos next week"],
    entities={
        'South Korean government': ['Seoul', 'the South Korean government'],
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "President Yoon", "Yoon"],
        "Shigeru Ishiba": ["Ishiba", "Ishiba Shigeru", "Japanese Prime Minister Shigeru Ishiba", "the prime minister"],
        "Fumio Kishida": ["Kishida"],
        "South Korean presidential office": ["Yoon's office", "the office", "the presidential office"],
    },
    quotes=[
        ("I hope to build on the good relations", "direct", "Shigeru Ishiba", "told"),
        ("close communication", "partial", "Yoon Suk Yeol", "said"),
    ],
    statements=[
        ('He has said in the past', ['Shigeru Ishiba', 'South Korean government'], 'has said'),
        ("The two leaders also discussed North Korea's", ['South Korean presidential office'], 'said'),
        ("spoke by phone Wednesday and agreed", ["Yoon Suk Yeol", "Shigeru Ishiba", "South Korean presidential office"], "agreed"),
        ("Yoon congratulated Ishiba", ["Yoon Suk Yeol", "South Korean presidential office"], "said"),
    ],
    timex_in_furniture_ok=True,
    timexes=[
        ('meet in Laos [[next week]]', '2024-W41', None),
        ('Sept. 27', '2024-09-27', None),
        ("phone [[Wednesday]] and", "2024-10-02", None),
        ("Vientiane [[next week]]", "2024-W41", None),
        ("took office [[Tuesday]]", "2024-10-01", None),
        ("three years", "P3Y", None),
    ],
    summits=[
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="planned", occasion="the ASEAN summit",
             evidence=["spoke by phone Wednesday and agreed"]),
    ],
    agreements=[],
    notes=[
        "Added background: 'Sept. 27' (past) = 2024-09-27; 'fifth attempt' is an ordinal and 'in the past' is vague: not timexes. 'He has said ..., remarks that Seoul has welcomed' is one statement with Ishiba and the South Korean government.",
        "Invented test article; quotes are fictional. The headline is page furniture (its 'next week' is not annotated).",
        "'the prime minister' (published 2024-10-02) resolves to Shigeru Ishiba, PM from 2024-10-01; Kishida is mentioned only as predecessor.",
        "The phone call is not a summit. The meeting agreed for 'next week' in Vientiane is a planned summit: ordinal 1 ('their first summit'), kind sidelines of the ASEAN summit, date 2024-10 (the week 2024-W41 lies in October; the summit date field takes a calendar date).",
        "Agreeing to hold a meeting is scheduling, not a commitment between governments on a course of action: no agreement record.",
        "Timexes: 'next week' = 2024-W41; 'took office Tuesday' = 2024-10-01; 'three years in office' -> span 'three years' = P3Y. Not a timex: '67' (age).",
        "Quote attributed with 'the prime minister told Yoon, according to the office': speaker Ishiba, cue 'told'.",
        'Added (issue 12): the date in the dateline, headline or photo caption line is a temporal expression like any other (ANNOTATION.md: every expression that names a calendar point); the first gold of this corpus left page lines out.',
    ],
)
