# ruff: noqa: E501
GOLD = dict(
    published="2025-10-01",
    furniture=["BUSAN — "],
    entities={
        'Yoon Suk Yeol': ['Yoon Suk-yeol', 'Yoon'],
        "Lee Jae-myung": ["Lee Jae Myung", "President Lee Jae-myung", "President Lee", "Lee"],
        "Shigeru Ishiba": ["Ishiba", "Japanese Prime Minister Shigeru Ishiba", "Prime Minister Ishiba", "the outgoing prime minister", "the Japanese premier"],
        "Baek Seo-yun": ["Baek Seo yun", "Baek"],
    },
    quotes=[
        ("Prime Minister Ishiba laid a strong foundation", "direct", "Lee Jae-myung", "said"),
        ("deeply grateful", "partial", "Shigeru Ishiba", "replied"),
    ],
    statements=[
        ('Lee, a former opposition leader', ['Lee Jae-myung'], 'saying'),
        ("The two leaders agreed to keep up shuttle diplomacy", ["Lee Jae-myung", "Shigeru Ishiba", "Baek Seo-yun"], "agreed"),
        ("The Japanese premier, who has spent a year", ["Shigeru Ishiba"], "replied"),
    ],
    timexes=[
        ('in [[June]],', '2025-06', None),
        ("Tuesday", "2025-09-30", None),
        ("a year", "P1Y", None),
        ("the 4th", "2025-10-04", None),
    ],
    summits=[
        dict(date="2025-09-30", place="Busan", country="KR", participants=["Lee Jae-myung", "Shigeru Ishiba"],
             kind="bilateral", ordinal=3, status="held", occasion=None,
             evidence=["hosted Japanese Prime Minister Shigeru Ishiba", "The two leaders agreed to keep up",
                       "Prime Minister Ishiba laid a strong foundation", "The Japanese premier, who has spent", "this was his first trip to the country"]),
    ],
    agreements=[
        dict(title="keep up shuttle diplomacy regardless of who leads Japan next", kind="commitment", date="2025-09-30",
             parties=["KR", "JP"], status="agreed", evidence=["The two leaders agreed to keep up"]),
    ],
    notes=[
        "Added background: 'in June' (past, Lee's inauguration) = 2025-06; Yoon Suk Yeol is mentioned as predecessor only. 'his first trip to the country as prime minister' is not an ordinal of a meeting between Lee and Ishiba (it counts trips).",
        "Invented test article; quotes and the spokesperson Baek Seo-yun are fictional. The dateline 'BUSAN — ' is page furniture and gives the place.",
        "'the outgoing prime minister' and 'the Japanese premier' resolve to Ishiba (PM until 2025-10-21).",
        "'their third meeting' = ordinal 3.",
        "Timexes: 'on the 4th' (future, published 2025-10-01) -> span 'the 4th' = 2025-10-04; 'a year in office' -> span 'a year' = P1Y. Not timexes: 'next', 'at the start of the talks'.",
        "'replied that he was \"deeply grateful\"': partial quote by Ishiba, cue 'replied'; its sentence is a statement.",
    ],
)
