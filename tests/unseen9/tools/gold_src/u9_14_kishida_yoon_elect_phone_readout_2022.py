GOLD = dict(
    published="2022-03-11",
    furniture=[
        "Ministry of Foreign Affairs of Japan", "Japan-Republic of Korea Relations",
        "Telephone Talk between Prime Minister Kishida and Mr. Yoon Suk-yeol, President-elect"
        " of the Republic of Korea",
        "March 11, 2022",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Mr. KISHIDA Fumio", "Prime Minister Kishida", "KISHIDA Fumio"],
        "Yoon Suk Yeol": ["Mr. Yoon Suk-yeol", "President-elect Yoon", "Yoon Suk-yeol"],
    },
    quotes=[],
    statements=[
        ("Prime Minister Kishida congratulated", ["Fumio Kishida"], "congratulated"),
        ("Prime Minister Kishida stated that at a time when", ["Fumio Kishida"], "stated"),
        ("Prime Minister Kishida stated that he looks forward", ["Fumio Kishida"], "stated"),
        ("In response, President-elect Yoon stated", ["Yoon Suk Yeol"], "stated"),
        ("The two leaders agreed to cooperate closely between Japan and the ROK",
         ["Fumio Kishida", "Yoon Suk Yeol"], "agreed"),
        ("Prime Minister Kishida requested cooperation", ["Fumio Kishida", "Yoon Suk Yeol"],
         "requested"),
        ("President-elect Yoon expressed his sympathy", ["Yoon Suk Yeol"], "expressed"),
        ("Prime Minister Kishida expressed his gratitude.", ["Fumio Kishida"], "expressed"),
        ("The two leaders agreed to hold a meeting in person", ["Fumio Kishida",
                                                               "Yoon Suk Yeol"], "agreed"),
    ],
    timexes=[
        ("March 11, 2022", "2022-03-11", None),
        ("On [[March 11]], in the morning", "2022-03-11", None),
        ("in [[the morning]]", "2022-03-11TMO", None),
        ("approximately 15 minutes", "PT15M", "APPROX"),
        ("March 9", "2022-03-09", None),
        ("in [[1965]]", "1965", None),
    ],
    summits=[],
    agreements=[
        dict(title="close Japan-ROK and Japan-ROK-U.S. cooperation on North Korea's nuclear"
             " and missile issues", kind="commitment", date="2022-03-11",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to cooperate closely between Japan and the ROK"]),
        dict(title="close cooperation on the abductions issue", kind="commitment",
             date="2022-03-11", parties=["JP", "KR"], status="agreed",
             evidence=["Prime Minister Kishida requested cooperation"]),
        dict(title="hold an in-person meeting at an early date", kind="commitment",
             date="2022-03-11", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to hold a meeting in person"]),
    ],
    notes=[
        "Invented test text in the style of a Japanese MOFA readout of a telephone talk"
        " (header lines are furniture; the header date is annotated). No quotation marks;"
        " every reporting sentence is a statement. Every sentence is invented. Real"
        " background (Jiji via Nippon.com 2022-03-11, Yomiuri 2022-03-11, Agenzia Nova"
        " 2022-03-11, Yonhap 2022-03-10): Kishida and President-elect Yoon spoke by phone on"
        " Friday 2022-03-11 morning for about 15 minutes, after the 2022-03-09 election;"
        " congratulations; healthy relations indispensable amid an epoch-making change (the"
        " Ukraine crisis); improving relations since normalization; cooperation on North"
        " Korea's nuclear and missile programs and the abductions; meeting in person as early"
        " as possible; Yoon's sympathy on the 11th anniversary of the 2011 earthquake.",
        "A phone call is not a summit. The agreed in-person meeting 'at an early date' is not"
        " recorded as a planned summit (no date, no place; debatable: a planned summit with"
        " unknown date); it is recorded as a commitment. Yoon is president-elect here, not"
        " yet a leader in office; the commitments are still recorded as between the two"
        " countries (debatable).",
        "Agreements (3): North Korea cooperation; abductions cooperation; in-person meeting."
        " Timexes: 'the morning' = 2022-03-11TMO; 'the 11th anniversary' is an ordinal, not a"
        " timex; 'at an early date' is not annotated.",
    ],
)
