GOLD = dict(
    published="2023-05-20",
    furniture=["Last updated: May 20, 2023, 21:40 JST", "JST\n21:40 JST\n", "19:15 JST",
               "16:30 JST",
               "13:05 JST", "10:20 JST"],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi", "Modi", "he"],
        "Pham Minh Chinh": ["Vietnamese Prime Minister Pham Minh Chinh", "Chinh"],
        "Emmanuel Macron": ["French President Emmanuel Macron"],
        "Olaf Scholz": ["German Chancellor Olaf Scholz"],
        "Justin Trudeau": ["Canadian Prime Minister Justin Trudeau"],
        "Ravi Menon": [],
        "Indian government": [],
    },
    quotes=[
        ("free and open", "partial", None, "pledged"),
        ("India is being courted by everyone", "direct", "Ravi Menon", "said"),
        ("the natural continuation", "partial", None, "told reporters"),
    ],
    statements=[
        ("The four leaders pledged in a joint statement",
         ["Joe Biden", "Fumio Kishida", "Anthony Albanese", "Narendra Modi"], "pledged"),
        ("In addition to Kishida, he has now sat down", ["Indian government"], "according to"),
        ("Modi told Yoon he looked forward", ["Narendra Modi"], "told"),
        ("A senior South Korean presidential official told reporters", [None],
         "told reporters"),
        ("He said no new agreements", [None], "said"),
    ],
    timexes=[
        ("May 20, 2023, 21:40 JST", "2023-05-20T21:40", None),
        ("set for [[Sunday]]", "2023-05-21", None),
        ("[[today]]'s live coverage", "2023-05-20", None),
        ("Tomorrow morning", "2023-05-21TMO", None),
        ("just over two months", "P2M", "MORE_THAN"),
        ("planned for [[Sunday]]", "2023-05-21", None),
        ("here [[today]]", "2023-05-20", None),
        ("busy [[Saturday]]", "2023-05-20", None),
        ("in [[September]]", "2023-09", None),
        ("Friday evening", "2023-05-19TEV", None),
        ("the [[Sunday]] summit", "2023-05-21", None),
        ("two weeks ago", "2023-W18", None),
        ("Tokyo in [[March]]", "2023-03", None),
        ("through [[Sunday]]", "2023-05-21", None),
        ("Yesterday", "2023-05-19", None),
    ],
    summits=[
        dict(date="2023-05-21", place="Hiroshima", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="planned", occasion="G7 Hiroshima",
             evidence=["Yoon and Kishida set for Sunday", "Tomorrow morning, President Yoon",
                       "A senior South Korean presidential official told reporters",
                       "He said no new agreements"]),
        dict(date="2023-05-21", place="Hiroshima", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], kind="trilateral",
             ordinal=None, status="planned", occasion="G7 Hiroshima",
             evidence=["A three-way meeting with U.S. President Joe Biden"]),
        dict(date="2023-05-20", place="Hiroshima", country="JP",
             participants=["Joe Biden", "Fumio Kishida", "Anthony Albanese", "Narendra Modi"],
             kind="multilateral", ordinal=None, status="held", occasion="G7 Hiroshima",
             evidence=["Quad leaders meet", "held a Quad leaders' meeting here today",
                       "The gathering was moved to Hiroshima",
                       "The four leaders pledged in a joint statement"]),
        dict(date="2023-05-20", place="Hiroshima", country="JP",
             participants=["Narendra Modi", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="G7 Hiroshima",
             evidence=["In addition to Kishida, he has now sat down"]),
        dict(date="2023-05-20", place="Hiroshima", country="JP",
             participants=["Narendra Modi", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="G7 Hiroshima",
             evidence=["In addition to Kishida, he has now sat down", "Modi told Yoon"]),
        dict(date="2023-05-20", place="Hiroshima", country="JP",
             participants=["Narendra Modi", "Pham Minh Chinh"], kind="sidelines", ordinal=None,
             status="held", occasion="G7 Hiroshima",
             evidence=["In addition to Kishida, he has now sat down"]),
        dict(date="2023-05", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["A senior South Korean presidential official told reporters"]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["A senior South Korean presidential official told reporters"]),
        dict(date="2023-05", place=None, country="JP",
             participants=["Pham Minh Chinh", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["is due to hold talks with Kishida during his stay"]),
        dict(date="2023-05-19", place="Hiroshima", country="JP",
             participants=["Fumio Kishida", "Emmanuel Macron"], kind="sidelines", ordinal=None,
             status="held", occasion="G7 Hiroshima",
             evidence=["Yesterday Kishida held separate meetings"]),
        dict(date="2023-05-19", place="Hiroshima", country="JP",
             participants=["Fumio Kishida", "Olaf Scholz"], kind="sidelines", ordinal=None,
             status="held", occasion="G7 Hiroshima",
             evidence=["Yesterday Kishida held separate meetings"]),
        dict(date="2023-05-19", place="Hiroshima", country="JP",
             participants=["Fumio Kishida", "Justin Trudeau"], kind="sidelines", ordinal=None,
             status="held", occasion="G7 Hiroshima",
             evidence=["Yesterday Kishida held separate meetings"]),
    ],
    agreements=[
        dict(title="Quad leaders' joint statement (free and open Indo-Pacific)",
             kind="joint-statement", date="2023-05-20", parties=["AU", "IN", "JP", "US"],
             status="agreed", evidence=["The four leaders pledged in a joint statement"]),
    ],
    notes=[
        "Invented live blog (correspondent Ravi Menon and the unnamed official are"
        " fictional). Furniture: the 'Last updated' stamp and the entry time stamps (entries"
        " run newest first); the stamp's date and time are annotated. Checked (pages): Modi's"
        " meetings with Kishida, Yoon and Pham Minh Chinh in Hiroshima on Saturday"
        " 2023-05-20 and his looking forward to Yoon's G20 visit in September (Hindu"
        " BusinessLine, Lokmat); Chinh's stay of May 19-21 with planned talks with Kishida"
        " (VietnamPlus, QDND); Kishida's meetings with Macron, Scholz and Trudeau on May 19"
        " (vietnam.vn). Public record, general knowledge: the Quad leaders' meeting in"
        " Hiroshima on May 20 after the Sydney meeting was cancelled, its joint statement;"
        " the Yoon-Kishida cenotaph visit, summit and the trilateral with Biden on May 21"
        " (cf. d6_08); Yoon's arrival on May 19; Kishida's Seoul visit of May 7 and Yoon's"
        " Tokyo visit in March.",
        "Summits (12): planned Yoon-Kishida and planned trilateral (Sunday); the Quad meeting"
        " (four leaders: kind multilateral, debatable; occasion G7 Hiroshima, as it was held"
        " there); Modi with Kishida, Yoon, Chinh; background Seoul (May, 'two weeks ago') and"
        " Tokyo (March); planned Kishida-Chinh (no day, no place named: place null, month);"
        " Kishida with Macron, Scholz, Trudeau ('separate meetings': three records). Not"
        " summits: the planned Sydney summit ('called off'), the memorial visit.",
        "Quotes: 'free and open' is from the Quad joint statement (speaker null, a"
        " document; debatable); the official's 'the natural continuation' (null).",
        "Timexes: 'Tomorrow morning' = 2023-05-21TMO; 'Friday evening' = 2023-05-19TEV; 'two"
        " weeks ago' = 2023-W18 (the week of May 7; debatable: could be the date May 6);"
        " 'just over two months' = P2M MORE_THAN.",
    ],
)
