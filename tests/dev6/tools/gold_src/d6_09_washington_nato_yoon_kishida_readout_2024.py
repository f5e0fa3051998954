GOLD = dict(
    published="2024-07-10",
    furniture=[
        "Office of the President | Briefing by the Deputy Spokesperson | 2024.7.10 (local time),"
        " Washington, D.C.",
        "[Unofficial translation]", "The main results of the summit are as follows.",
        "(Reference)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
    },
    quotes=[
        ("turned a corner", "partial", "Yoon Suk Yeol", "said"),
        ("show the results to the people.", "partial", "Yoon Suk Yeol", "said"),
    ],
    statements=[
        ("The two leaders welcomed the fact", ["Yoon Suk Yeol", "Fumio Kishida"], "welcomed"),
        ("The two leaders assessed that the cooperation", ["Yoon Suk Yeol", "Fumio Kishida"],
         "assessed"),
        ("The two leaders expressed serious concern", ["Yoon Suk Yeol", "Fumio Kishida"],
         "expressed"),
        ("The two leaders agreed to further strengthen", ["Yoon Suk Yeol", "Fumio Kishida"],
         "agreed"),
        ("The two leaders agreed that the diplomatic authorities",
         ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        ("President Yoon said the two countries", ["Yoon Suk Yeol"], "said"),
    ],
    timexes=[
        ("2024.7.10", "2024-07-10", None),
        ("on [[July 10]] (local time)", "2024-07-10", None),
        ("about a month and a half", "P1M15D", "APPROX"),
        ("Seoul in [[May]]", "2024-05", None),
        ("next year", "2025", None),
        ("May 26", "2024-05-26", None),
        ("the following day", "2024-05-27", None),
        ("the year", "2024", None),
    ],
    summits=[
        dict(date="2024-07-10", place="Washington, D.C.", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="the NATO Summit",
             evidence=["Results of the Korea-Japan Summit on the Sidelines of the NATO Summit",
                       "President Yoon Suk Yeol held a summit with Prime Minister",
                       "The two leaders welcomed the fact"]),
        dict(date="2024-05-26", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The two leaders welcomed the fact", "The two leaders last met on May 26",
                       "The Korea-Japan summit in Seoul was"]),
        dict(date="2024-05-27", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral",
             ordinal=9, status="held", occasion=None,
             evidence=["The two leaders last met on May 26"]),
    ],
    agreements=[
        dict(title="coordinate closely in responding to North Korea-Russia cooperation",
             kind="commitment", date="2024-07-10", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders expressed serious concern"]),
        dict(title="further strengthen Korea-Japan security cooperation", kind="commitment",
             date="2024-07-10", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to further strengthen"]),
        dict(title="further strengthen Korea-U.S.-Japan security cooperation",
             kind="commitment", date="2024-07-10", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to further strengthen"]),
        dict(title="diplomatic authorities to prepare the 60th anniversary of normalization",
             kind="commitment", date="2024-07-10", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed that the diplomatic authorities"]),
        dict(title="cooperation agreed at the May 2024 summit (economy, energy, future"
                   " generations)", kind="commitment", date="2024-05", parties=["JP", "KR"],
             status="referenced",
             evidence=["The two leaders assessed that the cooperation"]),
    ],
    notes=[
        "Invented readout in the style of the South Korean presidential office (not the real"
        " briefing; Yoon's two fragments are invented wording). Furniture: header, translation"
        " note, lead-in, '(Reference)'; the header date is annotated. Checked (pages): the"
        " Yoon-Kishida summit on Wednesday July 10, 2024 (local time) on the NATO sidelines in"
        " Washington, about a month and a half after their talks on the margins of the May"
        " trilateral in Seoul, the third consecutive NATO attendance as IP4, tangible results"
        " of cooperation agreed last time in the economy, energy and future generations,"
        " concern over North Korea-Russia cooperation violating UNSC resolutions and close"
        " coordination, stronger bilateral and trilateral security cooperation, preparations"
        " for the 60th anniversary (KBS German); Seoul bilateral of 2024-05-26 and the ninth"
        " trilateral of 2024-05-27 (dev5 d5_10 checks). Public record: no earlier Yoon-Kishida"
        " summit in 2024 ('their first of the year').",
        "Summits (3): NATO sidelines; Seoul May 26; the ninth trilateral (ordinal 9 from 'the"
        " ninth Korea-Japan-China Trilateral Summit'). Not summits: the NATO Summit itself.",
        "Agreements (5): item 2 (coordinate), item 3 (two courses: bilateral and trilateral"
        " security cooperation, parties JP/KR for both, as agreed by the two leaders), item 4"
        " (anniversary preparations), and the cooperation agreed at the previous summit"
        " (referenced, 2024-05, debatable: only its fields are named).",
        "Timexes: 'about a month and a half' = P1M15D APPROX (debatable: P1.5M is not ISO);"
        " 'the following day' = 2024-05-27 (anchored on May 26); 'the year' (in 'their first"
        " of the year') = 2024. Not timexes: 'the third year in a row' (an ordinal count).",
    ],
)
