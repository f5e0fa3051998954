# ruff: noqa: E501
GOLD = dict(
    published="2024-11-16",
    furniture=["LIMA, Peru — "],
    entities={
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "President Yoon", "Yoon"],
        "Shigeru Ishiba": ["Ishiba", "Japanese Prime Minister Shigeru Ishiba", "Prime Minister Ishiba"],
        "Joe Biden": ["Biden", "U.S. President Joe Biden"],
        "Donald Trump": ["Trump", "President-elect Donald Trump"],
        "Xi Jinping": ["Xi", "Chinese President Xi Jinping"],
    },
    quotes=[
        ("This partnership is built to last", "direct", "Joe Biden", "said"),
        ("constructive and stable", "partial", "Shigeru Ishiba", "told reporters"),
    ],
    statements=[
        ("The three leaders agreed to set up", ["Yoon Suk Yeol", "Shigeru Ishiba", "Joe Biden"], "agreed"),
        ("Ishiba told reporters he had also met", ["Shigeru Ishiba"], "told reporters"),
    ],
    timexes=[
        ("met on [[Friday]] on", "2024-11-15", None),
        ("last month", "2024-10", None),
        ("in [[January]],", "2025-01", None),
        ("Xi Jinping on [[Friday]]", "2024-11-15", None),
    ],
    summits=[
        dict(date="2024-11-15", place="Lima", country="PE", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="sidelines", ordinal=2, status="held", occasion="the APEC summit",
             evidence=["met on Friday on the sidelines of the APEC summit"]),
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="bilateral", ordinal=1, status="held", occasion=None,
             evidence=["met on Friday on the sidelines of the APEC summit"]),
        dict(date="2024-11-15", place="Lima", country="PE", participants=["Yoon Suk Yeol", "Shigeru Ishiba", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="the APEC summit",
             evidence=["They later joined U.S. President Joe Biden", "The three leaders agreed to set up",
                       "This partnership is built to last"]),
        dict(date="2024-11-15", place="Lima", country="PE", participants=["Shigeru Ishiba", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="the APEC summit",
             evidence=["Ishiba told reporters he had also met"]),
    ],
    agreements=[
        dict(title="set up a trilateral secretariat", kind="commitment", date="2024-11-15", parties=["KR", "JP", "US"],
             status="agreed", evidence=["The three leaders agreed to set up"]),
    ],
    notes=[
        "Invented test article; quotes are fictional. The dateline places all Friday meetings in Lima (PE).",
        "Ordinals: 'their second meeting after talks in Vientiane last month' gives Lima ordinal 2 and Vientiane ordinal 1; the Vientiane record has kind bilateral because this article names no larger gathering for it.",
        "The trilateral with Biden is its own record (kind trilateral, occasion the APEC summit). 'the final trilateral summit of his presidency' is not an ordinal.",
        "Ishiba-Xi: held on Friday in Lima during APEC (kind sidelines, occasion inferred from the dateline and context).",
        "Trump is mentioned as President-elect (a leader who held office before) but is not a speaker or participant.",
        "Tense: 'leaves office in January' is future = 2025-01; 'last month' = 2024-10.",
        "\"constructive and stable\" is a partial quote by Ishiba (cue 'told reporters'); its sentence is a statement.",
    ],
)
