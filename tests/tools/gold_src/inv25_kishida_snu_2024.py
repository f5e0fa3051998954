# ruff: noqa: E501
GOLD = dict(
    published="2024-09-07",
    furniture=["FILE PHOTO: Japanese Prime Minister Fumio Kishida speaks during a news conference in Seoul, South Korea, September 6, 2024. Pool via REUTERS",
               "SEOUL (Reuters) - ", "(Reporting by Joon Park; Editing by Helen Marsh)"],
    entities={
        "Fumio Kishida": ["Kishida", "Japanese Prime Minister Fumio Kishida", "the outgoing prime minister"],
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "Yoon"],
        "Choi Eun-jung": ["Choi Eun jung", "Choi"],
        "protesters": ["A small group of protesters", "the protesters"],
    },
    quotes=[
        ("Young people like you", "direct", "Fumio Kishida", "told"),
        ("He is leaving office", "direct", "Choi Eun-jung", "said"),
    ],
    statements=[
        ('has called the restored ties', ['Fumio Kishida'], 'has called'),
        ("A small group of protesters", ["protesters"], "accused"),
    ],
    timex_in_furniture_ok=True,
    timexes=[
        ('South Korea, [[September 6, 2024]]. Pool', '2024-09-06', None),
        ('the end of the month', '2024-09', 'END'),
        ("on [[Saturday]], after", "2024-09-07", None),
        ("Yeol on [[Friday]].", "2024-09-06", None),
        ("At [[Friday]]'s summit", "2024-09-06", None),
    ],
    summits=[
        dict(date="2024-09-06", place=None, country=None, participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=["met Korean and Japanese exchange students", "At Friday's summit"]),
    ],
    agreements=[
        dict(title="memorandum of understanding on evacuating nationals from conflict zones in third countries", kind="mou",
             date="2024-09-06", parties=["JP", "KR"], status="signed", evidence=["At Friday's summit"]),
    ],
    notes=[
        "Added: 'the end of the month' = 2024-09 END (as the seed's 'the end of September'); 'has called ... one of the main achievements' is a statement by Kishida.",
        "Invented test article (Reuters style); quotes, the protester Choi Eun-jung and the credited reporters are fictional.",
        "The FILE PHOTO caption ending 'Pool via REUTERS' (its date not annotated, its name not a speaker), the dateline and the credit line are page furniture.",
        "'the outgoing prime minister' (Kishida) is the speaker of the first quote; 'He' inside Choi's quote is Kishida but is not a speaker.",
        "'\"...,\" said Choi Eun-jung, one of the protesters.': inverted attribution.",
        "'taxpayers' money' has an apostrophe, not a quotation mark; the protesters' accusation is a statement without a quote.",
        "The Saturday university visit is not a summit. The Friday summit's sentences do not name its city (the dateline locates the Saturday visit, not necessarily the summit), so place and country are null; date 2024-09-06.",
        'Added (issue 12): the date in the dateline, headline or photo caption line is a temporal expression like any other (ANNOTATION.md: every expression that names a calendar point); the first gold of this corpus left page lines out.',
    ],
)
