GOLD = dict(
    published="2013-07-01",
    furniture=[
        "Japan-ROK Foreign Ministers' Meeting\nJuly 1, 2013",
        "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Minister for Foreign Affairs Fumio Kishida", "Minister Kishida", "He"],
        "Yun Byung-se": ["Foreign Minister Yun Byung-se", "Minister Yun"],
        "John Kerry": ["U.S. Secretary of State John Kerry"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe"],
        "Park Geun-hye": ["President Park Geun-hye"],
    },
    quotes=[],
    statements=[
        ("(2) Minister Kishida stated that Japan and the ROK", ["Fumio Kishida"], "stated"),
        ("He stated that, although difficult issues", ["Fumio Kishida"], "stated"),
        ("(3) Minister Yun expressed his agreement", ["Yun Byung-se"], "expressed"),
        ("The two ministers agreed to cooperate so that", ["Fumio Kishida", "Yun Byung-se"],
         "agreed"),
        ("Minister Yun referred to the importance", ["Yun Byung-se"], "referred to"),
        ("Minister Kishida explained the position", ["Fumio Kishida"], "explained"),
        ("(1) The two ministers welcomed", ["Fumio Kishida", "Yun Byung-se"], "welcomed"),
        ("(2) The two ministers agreed to continue close coordination",
         ["Fumio Kishida", "Yun Byung-se"], "agreed"),
        ("Minister Kishida asked for the ROK's continued understanding",
         ["Fumio Kishida", "Yun Byung-se"], "asked for"),
        ("The two ministers agreed to keep in close communication",
         ["Fumio Kishida", "Yun Byung-se"], "agreed"),
        ("Minister Kishida stated that Prime Minister Shinzo Abe", ["Fumio Kishida"], "stated"),
    ],
    timexes=[
        ("Meeting\n[[July 1, 2013]]", "2013-07-01", None),
        ("4:25 p.m.", "2013-07-01T16:25", None),
        ("July 1 (local time)", "2013-07-01", None),
        ("approximately 30 minutes", "PT30M", "APPROX"),
        ("relations in [[2015]]", "2015", None),
        ("earlier the same day", "2013-07-01", None),
    ],
    summits=[],
    agreements=[
        dict(title="cooperate to make the 2015 50th anniversary an occasion to raise relations"
                   " to a new stage", kind="commitment", date="2013-07-01",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two ministers agreed to cooperate so that"]),
        dict(title="continue close Japan-ROK and Japan-U.S.-ROK coordination on North Korea's"
                   " denuclearization", kind="commitment", date="2013-07-01",
             parties=["JP", "KR"], status="agreed",
             evidence=["(2) The two ministers agreed to continue close coordination"]),
        dict(title="keep in close communication at various levels", kind="commitment",
             date="2013-07-01", parties=["JP", "KR"], status="agreed",
             evidence=["The two ministers agreed to keep in close communication"]),
    ],
    notes=[
        "Invented readout in the style of Japan's Ministry of Foreign Affairs (title/date line and"
        " '(End)' are furniture; the date line is annotated). Every sentence is invented wording."
        " Real background: MOFA Japan page of 2013-07-01 (meeting on 1 July from 4:25 p.m. for"
        " about 30 minutes on the margins of the ASEAN-related Foreign Ministers' Meetings in"
        " Brunei; first meeting of the two ministers; about 5.5 million annual travellers;"
        " managing relations from a broad perspective; 50th anniversary in 2015; Yun agreed to"
        " cooperate toward 2015; Yun on facing history); U.S. State Department media note"
        " 2013-07-01 (Kerry-Kishida-Yun trilateral meeting the same day in Bandar Seri Begawan);"
        " GlobalPost/Yonhap 2013-06-30 (first high-level talks since Park took office). Invented:"
        " the abductions exchange, the communication commitment, Kishida's remark on Abe and"
        " Park, the 'positions of previous Cabinets' sentence.",
        "Summits (0): a foreign ministers' meeting and a trilateral foreign ministers' meeting"
        " are not summits; no meeting of Abe and Park is reported or planned ('door to dialogue"
        " remains open' is not a plan).",
        "Agreements (3): three commitments from three readout items. Not agreements: the"
        " welcome of the trilateral ministers' meeting, Yun's support on abductions (unilateral),"
        " Yun's 'agreement on the importance of the relationship' (a shared view).",
        "Timexes: 'every year' (a frequency) is not annotated; '4:25 p.m.' takes the day of the"
        " meeting.",
    ],
)
