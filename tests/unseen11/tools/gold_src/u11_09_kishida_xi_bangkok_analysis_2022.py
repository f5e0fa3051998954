GOLD = dict(
    published="2022-11-18",
    furniture=[
        "NEWS ANALYSIS",
        "Three leaders, two capitals, one absent table: Kishida's Bangkok talks with Xi leave"
        " Seoul and Tokyo on separate tracks",
        "November 18, 2022 | The Setouchi Shimbun (English edition)",
        "By Mori Haruka, Bangkok, and Yoo Seung-min, Seoul",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Shinzo Abe": ["Abe"],
        "Moon Jae-in": ["President Moon Jae-in"],
        "Li Keqiang": [],
        "Hwang Ji-yeon": [],
        "Japanese government": ["the Japanese government"],
        "Chinese state media": [],
    },
    quotes=[
        ("serious concerns", "partial", "Fumio Kishida", "said"),
        ("constructive and stable", "partial", "Japanese government", "according to"),
        ("We did not agree on much", "direct", "Fumio Kishida", "told reporters"),
        ("Beijing prefers bilateral tables", "direct", "Hwang Ji-yeon", "said"),
        ("A trilateral summit is the one format", "direct", "Hwang Ji-yeon", "said"),
    ],
    statements=[
        ("Kishida said afterward that he had conveyed", ["Fumio Kishida"], "said"),
        ("The two leaders agreed to strengthen communication",
         ["Fumio Kishida", "Xi Jinping", "Japanese government"], "agreed"),
        ("Xi, according to Chinese state media, told Kishida",
         ["Xi Jinping", "Chinese state media"], "told"),
        ("Analysts in Seoul said the sequence", [None], "said"),
    ],
    timexes=[
        ("[[November 18, 2022]] | The Setouchi", "2022-11-18", None),
        ("Xi Jinping for [[about 45 minutes]]", "PT45M", "APPROX"),
        ("on Thursday evening", "2022-11-17TEV", None),
        ("China in [[nearly three years]]", "P3Y", "APPROX"),
        ("economic zone [[in August]]", "2022-08", None),
        ("On Tuesday", "2022-11-15", None),
        ("[[a day]] after U.S.", "P1D", None),
        ("And [[on Sunday]]", "2022-11-13", None),
        ("sat down for [[about 45 minutes]]", "PT45M", "APPROX"),
        ("summit in [[nearly three years]]", "P3Y", "APPROX"),
        ("in December 2019", "2019-12", None),
        ("The same month", "2019-12", None),
        ("in October last year", "2021-10", None),
        ("[[September]] marked", "2022-09", None),
        ("on Friday", "2022-11-18", None),
        ("Friday and [[Saturday]]", "2022-11-19", None),
    ],
    summits=[
        dict(date="2022-11-17", place="Bangkok", country="TH",
             participants=["Fumio Kishida", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the Asia-Pacific Economic Cooperation forum",
             evidence=["Prime Minister Fumio Kishida held talks with Chinese President Xi",
                       "It was the first face-to-face meeting between the leaders of Japan",
                       "Kishida said afterward that he had conveyed",
                       "The two leaders agreed to strengthen communication",
                       "Kishida told reporters after the meeting",
                       "Xi, according to Chinese state media, told Kishida",
                       "The Bangkok meeting completes an unusual week."]),
        dict(date="2022-11-15", place="Bali", country="ID",
             participants=["Yoon Suk Yeol", "Xi Jinping"], kind="sidelines", ordinal=1,
             status="held", occasion="the Group of 20 summit",
             evidence=["On Tuesday, President Yoon Suk Yeol held his own first summit"]),
        dict(date="2022-11-14", place="Bali", country="ID",
             participants=["Joe Biden", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of 20 summit",
             evidence=["On Tuesday, President Yoon Suk Yeol held his own first summit"]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="the ASEAN-related summits (not named here)",
             evidence=["And on Sunday, Kishida and Yoon sat down"]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral",
             ordinal=None, status="held", occasion="the ASEAN-related summits (not named here)",
             evidence=["And on Sunday, Kishida and Yoon sat down"]),
        dict(date="2019-12", place="Beijing", country="CN",
             participants=["Xi Jinping", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Xi's last in-person talks with a Japanese prime minister"]),
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="sidelines", ordinal=None,
             status="held", occasion="the trilateral summit among Japan, China and South Korea",
             evidence=["The same month, Abe and President Moon Jae-in met in Chengdu"]),
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The same month, Abe and President Moon Jae-in met in Chengdu",
                       "That three-way gathering, meant to be held every year"]),
    ],
    agreements=[
        dict(title="strengthen Japan-China communication on security matters",
             kind="commitment", date="2022-11-17", parties=["CN", "JP"], status="agreed",
             evidence=["The two leaders agreed to strengthen communication"]),
        dict(title="work toward a 'constructive and stable' Japan-China relationship",
             kind="commitment", date="2022-11-17", parties=["CN", "JP"], status="agreed",
             evidence=["The two leaders agreed to strengthen communication"]),
    ],
    notes=[
        "Invented analysis from a Japanese daily's English edition (label, headline, date/outlet"
        " line and double byline are furniture; the date line is annotated). Outlet, reporters,"
        " the professor and every quote are invented (the partials 'serious concerns' and"
        " 'constructive and stable' echo the real readouts). Real background: Yomiuri and DW"
        " 2022-11-17 (Kishida-Xi on Thursday in Bangkok, first in-person Japan-China leaders'"
        " talks in about three years; concerns over the Senkakus and missiles into the EEZ;"
        " agreement to strengthen security communication); exbulletin 2022-11-18 (45-minute"
        " meeting); Nation Thailand 2022-11-15/18 (Oct. 2021 phone call; Xi-Abe in December"
        " 2019; 50th anniversary in September; 'constructive and stable'); Yonhap 2022-11-15"
        " (Yoon-Xi first summit on Tuesday in Bali, the day after Biden-Xi; Yoon's earlier"
        " summits with Biden and Kishida and the trilateral; last Korea-China summit in December"
        " 2019); Yomiuri (APEC leaders' meeting Friday and Saturday). From general knowledge:"
        " the length of the Phnom Penh Yoon-Kishida talks and their being the first formal"
        " summit since Chengdu, the Chengdu trilateral of December 2019 with Li Keqiang (also in"
        " other corpora), Korea's turn as chair, Xi's wording on confrontation.",
        "Summits (8): Bangkok Kishida-Xi (main event); Bali Yoon-Xi (ordinal 1: 'his own first"
        " summit with Xi') and Biden-Xi; Phnom Penh Kishida-Yoon and the Kishida-Yoon-Biden"
        " trilateral (both 13 November); Xi-Abe in Beijing and the Chengdu Abe-Moon meeting and"
        " trilateral (December 2019; Li Keqiang, not named, as the Chinese leader then in"
        " office). Not summits: the October 2021 phone call, APEC (occasion), the trilateral"
        " that 'has not taken place since' (no plan).",
        "Agreements (2): two commitments split from one sentence. Not agreements: Kishida's"
        " concerns, Xi's call to avoid confrontation, the 50th anniversary of normalization (no"
        " instrument named).",
        "Quotes: 'constructive and stable' attributed to the Japanese government, the source"
        " the sentence names (debatable: Kishida).",
        "Timexes: 'every year' (frequency) and 'an unusual week' are not annotated; 'The same"
        " month' = 2019-12; 'a day after' annotated as P1D.",
    ],
)
