GOLD = dict(
    published="2023-09-10",
    furniture=[
        "Japan-ROK Summit Meeting\nSeptember 10, 2023",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister Kishida Fumio", "Prime Minister Kishida", "Kishida Fumio"],  # noqa: E501
        "Yoon Suk Yeol": ["Mr. Yoon Suk Yeol", "President Yoon"],
        "Joe Biden": [],
    },
    quotes=[],
    statements=[
        ("At the outset, Prime Minister Kishida said", ["Fumio Kishida"], "said"),
        ("President Yoon expressed the same view.", ["Yoon Suk Yeol"], "expressed"),
        ("The two leaders agreed to further deepen", ["Fumio Kishida", "Yoon Suk Yeol"],
         "agreed"),
        ("President Yoon proposed that the three countries", ["Yoon Suk Yeol"], "proposed"),
        ("Prime Minister Kishida stated that Japan expects", ["Fumio Kishida"], "stated"),
        ("Regarding North Korea, the two leaders shared the view",
         ["Fumio Kishida", "Yoon Suk Yeol"], "shared the view"),
        ("They agreed to continue close coordination", ["Fumio Kishida", "Yoon Suk Yeol"],
         "agreed"),
        ("Prime Minister Kishida explained the discharge", ["Fumio Kishida"], "explained"),
        ("The two leaders also confirmed", ["Fumio Kishida", "Yoon Suk Yeol"], "confirmed"),
    ],
    timexes=[
        ("Meeting\n[[September 10, 2023]]", "2023-09-10", None),
        ("On [[September 10]], on the occasion", "2023-09-10", None),
        ("around noon (local time)", "2023-09-10T12:00", "APPROX"),
        ("approximately 20 minutes", "PT20M", "APPROX"),
        ("last month", "2023-08", None),
        ("on August 18", "2023-08-18", None),
        ("on August 24", "2023-08-24", None),
    ],
    summits=[
        dict(date="2023-09-10", place="New Delhi", country="IN",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20 New Delhi Summit",
             evidence=["On September 10, on the occasion of the G20 New Delhi Summit",
                       "The meeting took place at around noon"]),
        dict(date="2023-08-18", place="Camp David", country="US",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["At the outset, Prime Minister Kishida said",
                       "They agreed to continue close coordination"]),
    ],
    agreements=[
        dict(title="further deepen and broaden Japan-ROK cooperation", kind="commitment",
             date="2023-09-10", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to further deepen"]),
        dict(title="maintain close communication at all levels, including between the leaders",
             kind="commitment", date="2023-09-10", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to further deepen"]),
        dict(title="work to hold a Japan-China-ROK Summit, chaired by the ROK, at an early date",
             kind="commitment", date="2023-09-10", parties=["CN", "JP", "KR"],
             status="proposed",
             evidence=["President Yoon proposed that the three countries"]),
        dict(title="continue Japan-ROK and Japan-U.S.-ROK coordination on North Korea",
             kind="commitment", date="2023-09-10", parties=["JP", "KR"], status="agreed",
             evidence=["They agreed to continue close coordination"]),
        dict(title="Camp David Principles", kind="joint-statement", date="2023-08-18",
             parties=["JP", "KR", "US"], status="referenced",
             evidence=["They agreed to continue close coordination"]),
        dict(title="Japan-U.S.-ROK joint statement issued at Camp David", kind="joint-statement",
             date="2023-08-18", parties=["JP", "KR", "US"], status="referenced",
             evidence=["They agreed to continue close coordination"]),
        dict(title="work together on global challenges, including through the G20",
             kind="commitment", date="2023-09-10", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders also confirmed"]),
    ],
    notes=[
        "Invented readout in the style of the Japanese prime minister's office (title and date"
        " line are furniture; the date line is annotated). Every sentence is invented wording."
        " Real background: Yomiuri 2023-09-11 (meeting on Sunday on the G20 sidelines; agreed to"
        " expand cooperation; frequent communication at all levels; Yoon's intention to hold a"
        " Japan-China-ROK summit and Kishida's support for Korea as chair); KBS (German service,"
        " September 2023: around noon, 20 minutes, Yoon proposed pursuing a three-way meeting);"
        " timesofjp (work together on bilateral ties; previous meeting at Camp David in August)."
        " From general knowledge: the Camp David Principles and joint statement of 18 August"
        " 2023, the start of the ALPS treated-water discharge on 24 August 2023 (also in another"
        " corpus), the North Korea item.",
        "Summits (2): New Delhi (G20 sidelines) and Camp David 2023-08-18 (Biden, not named, as"
        " the U.S. participant of the 'Japan-U.S.-ROK Summit'). Not a summit record: the"
        " Japan-China-ROK summit Yoon proposes 'at an early date' (a proposal without a date;"
        " recorded as an agreement proposal only).",
        "Agreements (7): item 2 split into two commitments; Yoon's proposal for a trilateral"
        " summit (status proposed: Kishida 'supports its efforts' without agreeing a course of"
        " action; parties the three countries); the North Korea coordination commitment; the"
        " Camp David Principles and the Camp David joint statement (kind joint-statement,"
        " referenced); item 6 'confirmed that Japan and the ROK will work together' read as an"
        " agreed course of action (debatable: a confirmation). Not agreements: the shared view"
        " on missile launches, the ALPS explanation (unilateral).",
        "Timexes: 'around noon (local time)' = 2023-09-10T12:00 with APPROX; 'at an early date'"
        " is not annotated.",
    ],
)
