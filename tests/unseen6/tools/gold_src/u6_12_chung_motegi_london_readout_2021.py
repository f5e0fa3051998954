GOLD = dict(
    published="2021-05-05",
    furniture=[
        "Ministry of Foreign Affairs of Japan", "Japan-ROK Foreign Ministers' Meeting\n",
        "May 5, 2021\n", "Japanese\n",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Toshimitsu Motegi": ["Motegi Toshimitsu", "Mr. MOTEGI Toshimitsu",
                              "Minister Motegi", "Motegi"],
        "Chung Eui-yong": ["Chung Eui yong", "H.E. Mr. CHUNG Eui-yong", "Minister Chung",
                           "Chung"],
    },
    quotes=[],
    statements=[
        ("Minister Motegi stated", ["Toshimitsu Motegi"], "stated"),
        ("Minister Motegi also explained", ["Toshimitsu Motegi"], "explained"),
        ("Minister Chung expressed the ROK's position.", ["Chung Eui-yong"], "expressed"),
        ("The two Ministers confirmed", ["Toshimitsu Motegi", "Chung Eui-yong"],
         "confirmed"),
        ("Minister Motegi requested continued support", ["Toshimitsu Motegi", "Chung Eui-yong"],
         "requested"),
        ("The two Ministers concurred", ["Toshimitsu Motegi", "Chung Eui-yong"],
         "concurred"),
    ],
    timexes=[
        ("[[May 5, 2021]]\n", "2021-05-05", None),
        ("On [[May 5]], commencing", "2021-05-05", None),
        ("9:25 a.m.", "2021-05-05T09:25", None),
        ("approximately 20 minutes", "PT20M", "APPROX"),
        ("the same day", "2021-05-05", None),
        ("December 2015", "2015-12", None),
    ],
    summits=[],
    agreements=[
        dict(title="Japan-ROK Claims Settlement and Economic Cooperation Agreement",
             kind="treaty", date=None, parties=["JP", "KR"], status="referenced",
             evidence=["Minister Motegi stated"]),
        dict(title="Japan-ROK Agreement of December 2015 (comfort women)",
             kind="joint-statement", date="2015-12", parties=["JP", "KR"],
             status="referenced", evidence=["Minister Motegi stated"]),
        dict(title="continue communication between the diplomatic authorities, including"
             " director-general-level consultations", kind="commitment", date="2021-05-05",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two Ministers concurred"]),
    ],
    notes=[
        "Invented test text in the style of a Japanese Ministry of Foreign Affairs readout"
        " (four header lines are furniture, including the language-switch word 'Japanese';"
        " the header date is annotated). The honorific 'H.E. Mr. CHUNG Eui-yong' is kept as"
        " MOFA writes it; the automatic split cuts the first sentence after 'H.E.' (no"
        " evidence or statement depends on it). Numbered items stay in the text: the split leaves"
        " each item number as a tiny sentence. Every word is invented; the 9:25 a.m. start and the"
        " director-general-level detail are invented. Real background: the first"
        " Motegi-Chung meeting, about 20 minutes, in London on Wednesday 2021-05-05 on the"
        " sidelines of the G7 Foreign and Development Ministers' Meeting, right after the"
        " Japan-US-ROK foreign ministers' meeting with Blinken; Motegi on the former civilian"
        " workers and comfort women issues and on ALPS treated water, Chung's response;"
        " North Korea and abductions; agreement to keep communicating.",
        "Quotes: none.",
        "Statements: Motegi 'stated ... and once again requested'; Motegi 'explained ... and"
        " expressed'; Chung 'expressed the ROK's position'; both 'confirmed'; 'Motegi"
        " requested ..., and Minister Chung expressed his support' (both); both 'concurred'.",
        "Timexes: published Wednesday 2021-05-05; header and 'May 5' = 2021-05-05; '9:25"
        " a.m.' = T09:25 (local time); 'approximately 20 minutes' = PT20M APPROX; 'the same"
        " day' = 2021-05-05; 'December 2015' = 2015-12.",
        "Summits (0): ministers' meetings only (bilateral and trilateral).",
        "Agreements (3): the claims agreement (treaty, referenced, undated in the text); the"
        " December 2015 agreement (joint-statement, referenced); continued communication"
        " between the diplomatic authorities (commitment, agreed; debatable: close to a"
        " general reaffirmation, kept because it names a channel). Not agreements:"
        " 'confirmed the importance of ... cooperation' (general), Motegi's requests.",
    ],
)
