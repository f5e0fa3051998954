GOLD = dict(
    published="2025-06-18",
    furniture=[
        "IN PICTURES",
        "Two days, nine leaders: Lee's G7 debut in the Canadian Rockies",
        "Published 2025-06-18 14:30 KST | Updated 2025-06-18 17:02 KST",
        "Photo desk",
        "1/6",
        "Photo: Presidential Office pool\n\n2/6",
        "Photo: Presidential Office pool\n\n3/6",
        "Photo: Presidential Office pool\n\n4/6",
        "Photo: Yonhap\n\n5/6",
        "Photo: Yonhap\n\n6/6",
        "Photo: Presidential Office pool\n\nRelated: Lee-Ishiba summit: full readout | Why Trump"
        " left Kananaskis early",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["President Lee Jae-myung", "Lee", "the president"],
        "Kim Hea-kyung": ["first lady Kim Hea-kyung"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        "Cyril Ramaphosa": ["South African President Cyril Ramaphosa"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Ishiba"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Keir Starmer": ["British Prime Minister Keir Starmer"],
        "Mark Carney": ["Canadian Prime Minister Mark Carney", "the host"],
    },
    quotes=[
        ("Our countries share a front yard.", "direct", "Lee Jae-myung", "said"),
        ("I feel I already know the president.", "direct", "Shigeru Ishiba", "said"),
    ],
    statements=[
        ("The two discussed supply chains for critical minerals.",
         ["Lee Jae-myung", "Anthony Albanese"], "discussed"),
        ("The two leaders agreed to restore shuttle diplomacy",
         ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
    ],
    timexes=[
        ("Published [[2025-06-18 14:30 KST]]", "2025-06-18T14:30", None),
        ("Updated [[2025-06-18 17:02 KST]]", "2025-06-18T17:02", None),
        ("this week", "2025-W25", None),
        ("two weeks", "P2W", None),
        ("Over two days", "P2D", None),
        ("on Monday afternoon (local time)", "2025-06-16TAF", None),
        ("their talks [[on Monday]]", "2025-06-16", None),
        ("later this year", "2025", None),
        ("later on Monday", "2025-06-16", None),
        ("Mountain Lodge [[on Tuesday]]", "2025-06-17", None),
        ("3:30 p.m.", "2025-06-17T15:30", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("energy security [[on Tuesday]]", "2025-06-17", None),
        ("[[a day]] early", "P1D", None),
    ],
    summits=[
        dict(date="2025-06-16", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Anthony Albanese"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of Seven summit",
             evidence=["Lee shakes hands with Australian Prime Minister Anthony Albanese",
                       "The two discussed supply chains for critical minerals."]),
        dict(date="2025-06-16", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Cyril Ramaphosa"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of Seven summit",
             evidence=["Lee with South African President Cyril Ramaphosa"]),
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="held", occasion="the Group of Seven summit",
             evidence=["Lee and Japanese Prime Minister Shigeru Ishiba greet each other",
                       "Their first face-to-face encounter began at 3:30 p.m.",
                       "Lee said in his opening remarks",
                       "The two leaders agreed to restore shuttle diplomacy",
                       "Ishiba listens as Lee speaks."]),
        dict(date="2025-06-16/2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Keir Starmer"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of Seven summit",
             evidence=["Lee also met British Prime Minister Keir Starmer"]),
        dict(date="2025-06-16/2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Mark Carney"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of Seven summit",
             evidence=["Lee also met British Prime Minister Keir Starmer"]),
    ],
    agreements=[
        dict(title="restore shuttle diplomacy", kind="commitment", date="2025-06-17",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to restore shuttle diplomacy"]),
        dict(title="strengthen Japan-ROK-U.S. three-way cooperation", kind="commitment",
             date="2025-06-17", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to restore shuttle diplomacy"]),
    ],
    notes=[
        "Invented photo feature (label, headline, Published/Updated line, desk line, frame"
        " counters, photo credits and the 'Related' line are furniture; the captions are text;"
        " both stamps are annotated, in KST). Outlet, captions and both quotes are invented (the"
        " quotes only echo the tone of the real remarks), as is the topic of the Albanese talks."
        " Real background: Asahi/Reuters 2025-06-17 (Lee met Albanese and Ramaphosa on Monday;"
        " Lee-Ishiba on Tuesday; Lee-Trump meeting 'difficult' after Trump left early);"
        " holangikr (arrival at Calgary on 16 June with the first lady; expanded session on"
        " energy security on the 17th); Chosun Biz 2025-06-18 (Lee-Ishiba at the Kananaskis"
        " Mountain Lodge from 3:30 p.m. for about 30 minutes, their first meeting); KBS"
        " 2025-06-18 (14 days after the inauguration; agreed to resume shuttle diplomacy and"
        " strengthen Korea-U.S.-Japan cooperation; talks with the leaders of the UK and"
        " Canada); wowkorea (talks with nine countries and regions over two days). From general"
        " knowledge: Trump left a day early because of the Israel-Iran conflict; South Africa"
        " hosting the G20 in 2025.",
        "Summits (5): Lee-Albanese and Lee-Ramaphosa (16 June), Lee-Ishiba (17 June, ordinal 1:"
        " 'their first face-to-face encounter'), Lee-Starmer and Lee-Carney ('during his stay':"
        " dated by the two-day interval). Not summits: the planned Lee-Trump meeting that 'did"
        " not take place', the aggregate 'nine countries and organizations', the G7 summit and"
        " its expanded session (occasion).",
        "Agreements (2): shuttle diplomacy and three-way cooperation with the U.S., split from"
        " one sentence.",
        "Timexes: 'this week' = 2025-W25 (16-22 June); 'every evening' (a frequency, inside a"
        " quote) is not annotated; 'a day early' annotated as P1D (debatable).",
    ],
)
