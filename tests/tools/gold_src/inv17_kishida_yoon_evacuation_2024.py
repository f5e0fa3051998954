# ruff: noqa: E501
GOLD = dict(
    published="2024-09-06",
    furniture=["Kishida, Yoon sign evacuation pact at last summit", "18:19 JST, September 6, 2024", "SEOUL — ",
               "ALSO READ: \"LDP race draws record nine candidates\""],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Kishida", "Prime Minister Fumio Kishida", "Prime Minister Kishida"],
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "his South Korean counterpart", "Yoon"],
        "Japanese government": ["the Japanese side", "Tokyo"],
    },
    quotes=[
        ("I would like to hand this relationship on", "direct", "Fumio Kishida", "said"),
        ("opened a new era.", "partial", "Yoon Suk Yeol", "said"),
    ],
    statements=[
        ("The meeting lasted roughly 100 minutes", ["Japanese government"], "according to"),
        ("His South Korean counterpart said", ["Yoon Suk Yeol"], "said"),
    ],
    timexes=[
        ("18:19 JST, September 6, 2024", "2024-09-06T18:19", None),
        ("Sept 6", "2024-09-06", None),
        ("March last year", "2023-03", None),
        ("roughly 100 minutes", "PT100M", "APPROX"),
        ("two-day trip", "P2D", None),
        ("on [[6 September]],", "2024-09-06", None),
        ("27 September", "2024-09-27", None),
    ],
    summits=[
        dict(date="2024-09-06", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=["held talks with his South Korean counterpart", "The two leaders, who have held 11 rounds",
                       "The meeting lasted roughly 100 minutes", "I would like to hand this relationship on",
                       "Kishida, whose two-day trip began"]),
    ],
    agreements=[
        dict(title="memorandum of cooperation on evacuating each other's nationals from third countries", kind="mou",
             date="2024-09-06", parties=["JP", "KR"], status="signed", evidence=["The two leaders, who have held 11 rounds"]),
    ],
    notes=[
        "Invented test article in the style of a Japanese English-language daily; quotes are fictional.",
        "Headline, dateline 'SEOUL — ' and the ALSO READ line (a quoted headline, not a quote) are page furniture; the timestamp '18:19 JST, September 6, 2024' is annotated as 2024-09-06T18:19 (ANNOTATION.md's table).",
        "Date forms: 'Sept 6' (no period), '6 September' (day-month), '27 September' (future: 2024-09-27), 'two-day trip' (span 'two-day trip' = P2D, the noun included as in 'a two-day visit').",
        "Ordinal null: 'have held 11 rounds of summits since March last year' is an aggregate; it does not say whether the Seoul meeting is among the 11 or the 12th.",
        "'his South Korean counterpart' resolves to Yoon (speaker of the partial quote \"opened a new era.\"). 'according to the Japanese side' makes the duration sentence a statement by the Japanese government.",
        "'memorandum of cooperation' (not understanding) is kind mou, signed 2024-09-06.",
        "The sentence with Kishida's full quote also contains a second sentence with Yoon's partial quote; they are split into two sentences, and only the second is a statement.",
    ],
)
