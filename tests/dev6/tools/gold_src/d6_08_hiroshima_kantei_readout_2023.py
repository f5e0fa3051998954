S_OPEN = ("On May 21, Mr. KISHIDA Fumio", "The overview is as follows.")
S_TRI = ("Following the meeting, the two leaders joined",
         "to Washington for a separate trilateral summit.")
S_MODI = ("On May 20, Prime Minister Kishida and President Yoon each held",
          "who was also attending the outreach sessions.")
GOLD = dict(
    published="2023-05-21",
    furniture=["May 21, 2023\n",
               "Japanese Foreign Ministry-style summary (provisional translation)",
               "(Reference)"],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Mr. KISHIDA Fumio", "KISHIDA Fumio", "Prime Minister Kishida",
                          "the Prime Minister"],
        "Yoon Suk Yeol": ["H.E. Mr. YOON Suk Yeol", "YOON Suk Yeol", "President Yoon",
                          "the President"],
        "Joe Biden": ["U.S. President Joseph R. Biden, Jr.", "Joseph R. Biden, Jr.",
                      "the President"],
        "Narendra Modi": ["H.E. Mr. Narendra Modi"],
    },
    quotes=[
        ("an important moment", "partial", "Fumio Kishida", "stated"),
    ],
    statements=[
        ("At the outset, Prime Minister Kishida welcomed", ["Fumio Kishida"], "stated"),
        ("President Yoon expressed his appreciation", ["Yoon Suk Yeol"], "expressed"),
        ("The two leaders welcomed that", ["Fumio Kishida", "Yoon Suk Yeol"], "welcomed"),
        ("The two leaders exchanged views on North Korea", ["Fumio Kishida", "Yoon Suk Yeol"],
         "confirmed"),
        ("Prime Minister Kishida expressed his gratitude", ["Fumio Kishida"], "expressed"),
        ("President Yoon stated that the ROK would play", ["Yoon Suk Yeol"], "stated"),
        (S_TRI, ["Joe Biden"], "invited"),
    ],
    timexes=[
        ("May 21, 2023", "2023-05-21", None),
        ("On [[May 21]], Mr.", "2023-05-21", None),
        ("earlier that morning", "2023-05-21TMO", None),
        ("Tokyo in [[March]]", "2023-03", None),
        ("earlier this month", "2023-05", None),
        ("On [[May 20]], Prime", "2023-05-20", None),
    ],
    summits=[
        dict(date="2023-05-21", place="Hiroshima", country="JP",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="the G7 Hiroshima Summit",
             evidence=["Japan-Republic of Korea Summit Meeting", S_OPEN, S_TRI]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=["The two leaders welcomed that"]),
        dict(date="2023-05", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=["The two leaders welcomed that"]),
        dict(date="2023-05-21", place="Hiroshima", country="JP",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral",
             ordinal=None, status="held", occasion="the G7 Hiroshima Summit",
             evidence=[S_TRI]),
        dict(date="2023-05-20", place="Hiroshima", country="JP",
             participants=["Fumio Kishida", "Narendra Modi"], kind="sidelines", ordinal=None,
             status="held", occasion="the G7 Hiroshima Summit", evidence=[S_MODI]),
        dict(date="2023-05-20", place="Hiroshima", country="JP",
             participants=["Yoon Suk Yeol", "Narendra Modi"], kind="sidelines", ordinal=None,
             status="held", occasion="the G7 Hiroshima Summit", evidence=[S_MODI]),
    ],
    agreements=[
        dict(title="shuttle diplomacy (resumed with the March 2023 Tokyo visit)",
             kind="commitment", date="2023-03", parties=["JP", "KR"], status="referenced",
             evidence=["The two leaders welcomed that"]),
        dict(title="continue close communication at all levels, including between the leaders",
             kind="commitment", date="2023-05-21", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders welcomed that"]),
        dict(title="continue close Japan-ROK and Japan-U.S.-ROK cooperation on North Korea",
             kind="commitment", date="2023-05-21", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders exchanged views on North Korea"]),
        dict(title="separate trilateral summit in Washington (Biden's invitation)",
             kind="commitment", date="2023-05-21", parties=["JP", "KR", "US"],
             status="proposed", evidence=[S_TRI]),
    ],
    notes=[
        "Invented readout in the style of the Japanese foreign ministry (not the real"
        " document; wording invented, Kishida's 'an important moment' invented). Furniture:"
        " the date line, the style/translation line and '(Reference)'; 'The overview is as"
        " follows.' is kept inside the first sentence here (unlike d5_09) because the"
        " builder's split would cut the 'H.E.' and 'Joseph R.' abbreviations: the first"
        " paragraph and both Reference sentences are given as explicit sentence spans."
        " Checked (pages and other corpora): the Yoon-Kishida visit to the Korean victims'"
        " cenotaph and their talks in Hiroshima on 2023-05-21 (dev2_07, un3_11, d5_10"
        " checks); Modi's meetings with Kishida and with Yoon in Hiroshima on Saturday"
        " 2023-05-20 (Hindu BusinessLine, Lokmat). Public record, general knowledge: the"
        " brief Japan-U.S.-ROK meeting in Hiroshima on May 21 and Biden's invitation to a"
        " trilateral summit in Washington (held at Camp David in August).",
        "Summits (6): Hiroshima Kishida-Yoon; Tokyo March and Seoul May 2023 (visits implying"
        " summits); the trilateral; Kishida-Modi and Yoon-Modi ('each held a bilateral"
        " meeting': two records). Not summits: the cenotaph visit (part of the day with the"
        " same leaders), the invited Washington summit (an invitation, not yet planned).",
        "Agreements (4): shuttle diplomacy (referenced, dated from 'March'); close"
        " communication (confirmed = agreed); North Korea cooperation (one course; parties"
        " JP/KR as the two leaders confirmed it, the U.S. not a party to this meeting);"
        " Biden's invitation (proposed, debatable: an invitation to a meeting rather than an"
        " instrument, counted as in dev5 for Abe's invitation to the next trilateral).",
    ],
)
