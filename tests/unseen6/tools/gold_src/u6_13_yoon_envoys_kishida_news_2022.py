GOLD = dict(
    published="2022-04-26",
    furniture=[
        "Yoon's envoys hand Kishida letter, vow to fasten 'first button' of new ties",
        "Posted : 2022-04-26 17:45 KST", "TOKYO - ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President-elect Yoon Suk-yeol", "Yoon"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Chung Jin-suk": ["Rep. Chung Jin-suk", "Chung"],
        "Kim Dae-jung": ["President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi"],
        "Yoshimasa Hayashi": ["Foreign Minister Yoshimasa Hayashi"],
        "Moon Jae-in": ["Moon"],
        "Shinzo Abe": ["then Prime Minister Shinzo Abe"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Japanese media": [],
    },
    quotes=[
        ("a new starting line,", "partial", "Chung Jin-suk", "said"),
        ("strategic cooperation", "partial", "Fumio Kishida", "stressed"),
        ("the first button", "partial", "Chung Jin-suk", "said"),
    ],
    statements=[
        ("Rep. Chung Jin-suk of the People Power Party", ["Chung Jin-suk"], "said"),
        ("Chung said it reflected Yoon's wish", ["Chung Jin-suk"], "said"),
        ("Kishida, for his part, stressed", ["Fumio Kishida"], "stressed"),
        ("Before leaving Incheon, Chung said", ["Chung Jin-suk"], "said"),
        ("Whether Kishida will attend Yoon's inauguration", ["Japanese media"], "reported"),
    ],
    timexes=[
        ("2022-04-26 17:45", "2022-04-26T17:45", None),
        ("Tuesday morning", "2022-04-26TMO", None),
        ("25 minutes", "PT25M", None),
        ("10:40 a.m.", "2022-04-26T10:40", None),
        ("1998", "1998", None),
        ("Sunday", "2022-04-24", None),
        ("five-day", "P5D", None),
        ("Monday", "2022-04-25", None),
        ("March", "2022-03", None),
        ("May 10", "2022-05-10", None),
        ("December 2019", "2019-12", None),
        ("May 21", "2022-05-21", None),
    ],
    summits=[
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The last formal Korea-Japan summit was held in Chengdu"]),
        dict(date="2022-05-21", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Joe Biden"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["A summit between Yoon and U.S. President Joe Biden"]),
    ],
    agreements=[
        dict(title="1998 Kim Dae-jung-Obuchi joint declaration", kind="joint-declaration",
             date="1998", parties=["JP", "KR"], status="referenced",
             evidence=["Chung said it reflected Yoon's wish"]),
    ],
    notes=[
        "Invented test article: news story from a Seoul daily (headline, 'Posted' line and"
        " bare dash dateline are furniture; the stamp is annotated). Every quote is invented"
        " or a short phrase matching reported wording ('a new starting line', 'strategic"
        " cooperation', 'the first button'). Real background: President-elect Yoon Suk-yeol's"
        " seven-member policy consultation delegation led by Chung Jin-suk met Kishida at his"
        " official residence on Tuesday 2022-04-26 from 10:40 a.m. for 25 minutes and"
        " delivered Yoon's letter, linked to the spirit of the 1998 Kim-Obuchi declaration;"
        " the delegation arrived on Sunday 2022-04-24 for five days and was to meet Hayashi"
        " on Monday 2022-04-25 (taken as held); the Yoon-Kishida phone call in March 2022;"
        " Yoon's inauguration on 2022-05-10; the last formal summit in Chengdu in December"
        " 2019; the Yoon-Biden summit in Seoul on 2022-05-21.",
        "Quotes: Chung's two partials; Kishida's partial (relayed by Japanese officials).",
        "Statements: Chung 'said afterwards that both sides had agreed'; 'Chung said it"
        " reflected'; Kishida 'stressed ..., Japanese officials said'; Chung 'said' before"
        " leaving; 'Japanese media reported' (organisation). Not statements: 'The letter's"
        " contents were not released.'",
        "Timexes: published Tuesday 2022-04-26; 'Tuesday morning' = TMO; '25 minutes' ="
        " PT25M; '10:40 a.m.'; 'Sunday' = 2022-04-24; 'five-day' = P5D; 'Monday' ="
        " 2022-04-25; bare 'March' (past) = 2022-03; 'May 10'; 'December 2019'; 'May 21'."
        " Not timexes: 'in months', 'shortly after the election', headline words.",
        "Summits (2): Moon-Abe in Chengdu, December 2019 (held); Yoon-Biden in Seoul on"
        " 2022-05-21 (planned; Yoon is president-elect on the publication date, a leader by"
        " then). Not summits: the delegation's meeting with Kishida (no head of state or"
        " government on the Korean side), the phone call, Kishida's possible attendance at"
        " the inauguration (undecided), 'Moon and Kishida have never met'.",
        "Agreements (1): the 1998 joint declaration (referenced). Not agreements: the"
        " delegation and Kishida 'agreed that ... should work together' (an envoy of a"
        " president-elect, and a general view; debatable).",
    ],
)
