GOLD = dict(
    published="2025-06-22",
    furniture=[
        "Briefing by Spokesperson Kang Yu-jung on the President's Attendance at the NATO Summit",
        "2025-06-22 17:30",
        "Office of the President, Republic of Korea",
        "1. NATO Summit",
        "2. Follow-up to the G7 Summit",
        "Q&A",
        "End.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["the President"],
        "Shigeru Ishiba": ["Prime Minister Ishiba"],
        "Donald Trump": ["President Trump"],
        "Kang Yu-jung": ["Spokesperson Kang Yu-jung"],
        "Anthony Albanese": [],
        "Cyril Ramaphosa": [],
        "Keir Starmer": [],
        "Mark Carney": [],
    },
    quotes=[
        ("our commitment to our partners does not depend on one trip.", "partial",
         "Lee Jae-myung", "told his aides"),
    ],
    statements=[
        ("At the Korea-Japan summit on the 17th", ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
        ("I would only note that the President and Prime Minister Ishiba met",
         ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
        ("The two sides agreed in Kananaskis", ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
        ("The President told his aides this morning", ["Lee Jae-myung"], "told his aides"),
    ],
    timexes=[
        ("2025-06-22 17:30", "2025-06-22T17:30", None),
        ("the coming week", "2025-W26", None),
        ("June 24", "2025-06-24", None),
        ("June 24 to [[25]]", "2025-06-25", None),
        ("earlier this week", "2025-W25", None),
        ("on the 17th", "2025-06-17", None),
        ("announce [[today]]", "2025-06-22", None),
        ("five days ago", "2025-06-17", None),
        ("this morning", "2025-06-22TMO", None),
    ],
    summits=[
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="held", occasion="the G7 Summit",
             evidence=["At the G7 Summit in Kananaskis, Canada, earlier this week",
                       "At the Korea-Japan summit on the 17th",
                       "I would only note that the President and Prime Minister Ishiba met",
                       "The two sides agreed in Kananaskis"]),
        dict(date="2025-06", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Anthony Albanese"], kind="sidelines", ordinal=None,
             status="held", occasion="the G7 Summit",
             evidence=["At the G7 Summit in Kananaskis, Canada, earlier this week"]),
        dict(date="2025-06", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Cyril Ramaphosa"], kind="sidelines", ordinal=None,
             status="held", occasion="the G7 Summit",
             evidence=["At the G7 Summit in Kananaskis, Canada, earlier this week"]),
        dict(date="2025-06", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Keir Starmer"], kind="sidelines", ordinal=None,
             status="held", occasion="the G7 Summit",
             evidence=["At the G7 Summit in Kananaskis, Canada, earlier this week"]),
        dict(date="2025-06", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Mark Carney"], kind="sidelines", ordinal=None,
             status="held", occasion="the G7 Summit",
             evidence=["At the G7 Summit in Kananaskis, Canada, earlier this week"]),
        dict(date="2025", place=None, country=None,
             participants=["Lee Jae-myung", "Donald Trump"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Both sides are working to arrange a Korea-U.S. summit"]),
    ],
    agreements=[
        dict(title="resume shuttle diplomacy", kind="commitment", date="2025-06-17",
             parties=["JP", "KR"], status="agreed",
             evidence=["At the Korea-Japan summit on the 17th",
                       "The two sides agreed in Kananaskis"]),
        dict(title="continue Korea-U.S.-Japan cooperation", kind="commitment",
             date="2025-06-17", parties=["JP", "KR"], status="agreed",
             evidence=["At the Korea-Japan summit on the 17th"]),
        dict(title="keep in close touch", kind="commitment", date="2025-06-17",
             parties=["JP", "KR"], status="agreed",
             evidence=["I would only note that the President and Prime Minister Ishiba met"]),
    ],
    notes=[
        "Invented briefing with Q&A in the style of the South Korean presidential office (title,"
        " time stamp, office line, section headings, 'Q&A' and 'End.' are furniture; the stamp"
        " is annotated). The spokesperson is real; every sentence given to her, the briefing"
        " time, the oral format (the real announcement was a written briefing) and Lee's words"
        " to his aides are invented. Real background: Asia Today 2025-06-23 and Yonhap via"
        " Qazinform/AZERTAC (Lee decided on 22 June not to attend the NATO summit of 24-25 June"
        " in The Hague, citing domestic affairs after the inauguration and the Middle East;"
        " participation of other officials to be discussed with NATO; Korea-U.S. summit"
        " actively pursued; Korea attended the previous three NATO summits); Asahi/Reuters and"
        " KBS 2025-06-17/18 (Kananaskis meetings with Albanese, Ramaphosa, Ishiba on the 17th,"
        " Starmer, Carney; shuttle diplomacy and three-way cooperation; Lee-Trump meeting"
        " dropped after Trump left early); news-pravda 2025-06-23 (Ishiba weighing his own"
        " attendance).",
        "Summits (6): Lee-Ishiba on the 17th (ordinal 1: 'the first since the President took"
        " office'); Lee's talks with the leaders of Australia, South Africa, the UK and Canada,"
        " whom the text does not name (leaders then in office; dated 2025-06; 'and others' adds"
        " no record); a Korea-U.S. summit being arranged (planned, 2025, no place). Not summits:"
        " the NATO summit Lee skips, the Lee-Trump meeting in Canada that 'could not take"
        " place', a visit to Japan ('No visit to Japan has been scheduled').",
        "Agreements (3): shuttle diplomacy (two evidence sentences), Korea-U.S.-Japan"
        " cooperation, keeping in close touch; status agreed because the briefing reports the"
        " G7 summit's outcome (as unseen10 did for Nara in an op-ed). Not agreements: the"
        " consultation with NATO on representation (an arrangement with an organisation, not"
        " between governments).",
        "Statements: answers in the Q&A are the spokesperson's; sentences reporting the leaders'"
        " agreements take the leaders as speakers, not the spokesperson. Quotes: Lee's clause"
        " after 'told his aides this morning that' is a partial quote (debatable: direct).",
        "Timexes: 'Good afternoon' is a greeting; 'earlier this week' on Sunday 22 June ="
        " 2025-W25 (16-22 June); 'the coming week' = 2025-W26; 'June 24 to 25' is two"
        " expressions; 'at the earliest possible date' is not annotated.",
    ],
)
