# ruff: noqa: E501
GOLD = dict(
    published="2024-07-12",
    furniture=["WASHINGTON — "],
    entities={
        "Yoon Suk Yeol": ["Yoon Seok-yeol", "Yoon Suk-yeol", "South Korean President Yoon Seok-yeol", "President Yoon", "Yoon"],
        "Fumio Kishida": ["Kishida", "Japanese Prime Minister Fumio Kishida", "the Japanese premier"],
        "Joe Biden": ["Biden", "President Joe Biden"],
        "South Korean government": ["Seoul", "the South Korean government"],
    },
    quotes=[
        ("Our cooperation must not be shaken", "direct", "Yoon Suk Yeol", "said"),
        ("I fully agree", "direct", "Fumio Kishida", "replied"),
        ("We should make it last.", "direct", "Fumio Kishida", None),
    ],
    statements=[
        ('A senior presidential official told reporters', [None], 'told reporters'),
        ("The two leaders agreed to share more information", ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        ("Seoul has routinely protested", ["South Korean government"], "has routinely protested"),
    ],
    timexes=[
        ('next month', '2024-08', None),
        ("25 minutes", "PT25M", None),
        ("on [[Thursday]] on", "2024-07-11", None),
        ("August last year", "2023-08", None),
        ("this month", "2024-07", None),
    ],
    summits=[
        dict(date="2024-07-11", place="Washington", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=11, status="held", occasion="the NATO summit",
             evidence=["held talks for 25 minutes", "The two leaders agreed to share more information", "historical issues did not come up"]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["The two leaders agreed to share more information"]),
    ],
    agreements=[
        dict(title="share more information on military dealings between North Korea and Russia", kind="commitment",
             date="2024-07-11", parties=["KR", "JP"], status="agreed",
             evidence=["The two leaders agreed to share more information"]),
    ],
    notes=[
        'Added background: "Yoon\'s third NATO summit in a row" counts NATO summits attended, not meetings between leaders; NATO summits are occasions, not records. \'next month\' = 2024-08. The unnamed \'senior presidential official\' gets speaker null.',
        "Invented test article; quotes are fictional.",
        "Spelling 'Yoon Seok-yeol' resolves to canonical 'Yoon Suk Yeol'; 'the Japanese premier' to Kishida.",
        "'their 11th meeting' is the ordinal of this meeting between the two leaders: ordinal 11.",
        "'\"I fully agree,\" the Japanese premier replied. \"We should make it last.\"': two direct quotes; the second, after the attribution sentence closed, has cue null.",
        "Timexes: '25 minutes' = PT25M; 'August last year' = 2023-08; 'this month' = 2024-07 (published 2024-07-12). Not timexes: 'annual', 'routinely'.",
        "The Camp David summit is mentioned as background (2023-08, trilateral).",
        "Seoul 'has routinely protested' = South Korean government statement. The NATO summit is the occasion, not a record.",
    ],
)
