GOLD = dict(
    published="2002-07-01",
    furniture=[
        "LIVE: After the final whistle - Kim in Japan for World Cup finale and talks with"
        " Koizumi",
        "Hangang Ilbo English | Live page",
        "Last updated: July 1, 2002, 19:40 JST",
        "MONDAY, JULY 1", "SUNDAY, JUNE 30",
        "19:40 - ", "18:25 - ", "17:50 - ", "16:05 - ", "10:30 - ",
        "22:10 - ", "20:00 - ", "15:45 - ", "09:00 - ",
        "Related: Full text: Joint Message Toward the Future | West Sea clash: what we know so"
        " far",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["South Korean President Kim Dae-jung", "Kim", "the president"],
        "Junichiro Koizumi": ["Koizumi", "the prime minister"],
        "Japanese government": ["Japan", "Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("The prime minister was clear that Japan stands", "direct", None, "said"),
        ("thirty-one days that made our two peoples", "partial", "Kim Dae-jung", "thanked"),
        ("The president decided that walking away", "direct", None, "said"),
        ("We lost to Turkey yesterday", "direct", None, "writes in"),
    ],
    statements=[
        ("The two leaders issued a short document", ["Kim Dae-jung", "Junichiro Koizumi"],
         "issued"),
        ("A Japanese Foreign Ministry official briefing reporters", [None, "Junichiro Koizumi"],
         "said"),
        ("Both leaders shared the view that the incident", ["Kim Dae-jung", "Junichiro Koizumi"],
         "shared the view"),
        ("More from the readout: Kim told Koizumi", ["Kim Dae-jung", "Junichiro Koizumi"],
         "told"),
        ("The two also reaffirmed that Tokyo, Seoul and Washington",
         ["Kim Dae-jung", "Junichiro Koizumi"], "reaffirmed"),
        ("In his opening remarks in front of the cameras", ["Kim Dae-jung"], "thanked"),
        ("Kim spent the morning at his hotel", [None], "says"),
    ],
    timexes=[
        ("July 1, 2002, 19:40 JST", "2002-07-01T19:40", None),
        ("MONDAY, JULY 1", "2002-07-01", None),
        ("[[19:40]] - That", "2002-07-01T19:40", None),
        ("live coverage for [[today]]", "2002-07-01", None),
        ("on Tuesday", "2002-07-02", None),
        ("[[18:25]] - A Japanese", "2002-07-01T18:25", None),
        ("killed in [[Saturday]]'s clash", "2002-06-29", None),
        ("[[17:50]] - More", "2002-07-01T17:50", None),
        ("[[16:05]] - Talks", "2002-07-01T16:05", None),
        ("thirty-one days", "P31D", None),
        ("about an hour", "PT1H", "APPROX"),
        ("[[10:30]] - Kim", "2002-07-01T10:30", None),
        ("Kim spent [[the morning]]", "2002-07-01TMO", None),
        ("briefings on [[Saturday]]'s naval battle", "2002-06-29", None),
        ("SUNDAY, JUNE 30", "2002-06-30", None),
        ("[[22:10]] - Final", "2002-06-30T22:10", None),
        ("May 31", "2002-05-31", None),
        ("Seoul [[in March]]", "2002-03", None),
        ("[[20:00]] - Kick-off", "2002-06-30T20:00", None),
        ("Turkey [[yesterday]]", "2002-06-29", None),
        ("but [[tonight]] I am", "2002-06-30TNI", None),
        ("[[15:45]] - Kim's", "2002-06-30T15:45", None),
        ("tomorrow afternoon", "2002-07-01TAF", None),
        ("since [[Saturday morning]]", "2002-06-29TMO", None),
        ("[[09:00]] - Good", "2002-06-30T09:00", None),
        ("flies to Japan [[today]]", "2002-06-30", None),
    ],
    summits=[
        dict(date="2002-07-01", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The two leaders issued a short document",
                       "A Japanese Foreign Ministry official briefing reporters",
                       "More from the readout: Kim told Koizumi",
                       "Talks are under way at the prime minister's office.",
                       "He will hold talks with Koizumi tomorrow afternoon.",
                       "followed by a summit in Tokyo"]),
        dict(date="2002-03", place="Seoul", country="KR",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["That pairing was agreed when Koizumi visited Seoul in March."]),
    ],
    agreements=[
        dict(title="Joint Message Toward the Future", kind="joint-statement", date="2002-07-01",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders issued a short document"]),
        dict(title="attend each other's World Cup opening and final (agreed in March)",
             kind="commitment", date="2002-03", parties=["JP", "KR"], status="referenced",
             evidence=["That pairing was agreed when Koizumi visited Seoul in March."]),
    ],
    notes=[
        "Invented live page (headline, outlet line, 'Last updated' line, day headers, entry"
        " times and the 'Related' line are furniture; the updated line, day headers and every"
        " entry time are annotated, each entry time on its day's date; relative expressions in"
        " an entry are read against that entry's day, newest entry first). Outlet, all quotes,"
        " the aide, the reader, entry times, the place of the talks (the prime minister's"
        " office), the expected hour and Kim's morning on the phone are invented. Real"
        " background: MOFA summary of the summit of 2002-07-01 (afternoon; Joint Message Toward"
        " the Future issued; Koizumi's condolences and support over the exchange of fire, calm"
        " handling, Japan-ROK-U.S. coordination, engagement policy); worldjpn.net text of the"
        " Joint Message (Tokyo, 2002-07-01; youth and sports exchange); Xinhua via china.org.cn"
        " 2002-06-24 (Kim's three-day visit from Sunday for the final in Yokohama; summit on"
        " Monday; cross-attendance agreed in March); people.cn 2002-05-31 (Koizumi at the"
        " opening ceremony in Seoul). From general knowledge: Brazil 2-0 Germany, Korea's loss"
        " to Turkey on 29 June, the naval clash of the morning of 29 June, Kim's return on"
        " Tuesday.",
        "Summits (2): Tokyo 2002-07-01; Seoul 2002-03 (Koizumi's visit). Not summits: the final"
        " and the opening ceremony, where the two sat together in the stands (attendance, not a"
        " meeting; debatable).",
        "Agreements (2): the Joint Message (kind joint-statement: a jointly issued document"
        " that is neither a declaration nor a treaty; the joint projects it contains are not"
        " split out); the March cross-attendance arrangement (referenced). Not agreements: the"
        " shared view on calm handling, the reaffirmed coordination, Japan's support for"
        " Seoul's demand on the North (unilateral).",
        "Timexes: 'Good morning' is a greeting and is not annotated.",
    ],
)
