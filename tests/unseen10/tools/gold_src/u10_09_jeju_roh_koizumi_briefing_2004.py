GOLD = dict(
    published="2004-07-22",
    furniture=[
        "Cheong Wa Dae Briefing Room",
        "Briefing by the Spokesperson on the Outcome of the Korea-Japan Summit on Jeju Island",
        "Spokesperson Kim Jong-min",
        "1. Format of the talks", "2. Shuttle diplomacy", "3. Friendship Year", "4. Visas",
        "5. Free trade agreement", "6. North Korea", "7. History", "Questions and answers",
        "End.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Roh Moo-hyun": ["President Roh Moo-hyun", "the President", "President Roh"],
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "the Prime Minister",
                              "Koizumi"],
        "Kim Jong Il": ["Chairman Kim Jong Il"],
        "Kim Jong-min": ["Spokesperson Kim Jong-min"],
    },
    quotes=[
        ("Leaders who only meet in capitals", "direct", "Roh Moo-hyun", "said"),
        ("We may never agree on every page of history", "direct", "Roh Moo-hyun", "said"),
    ],
    statements=[
        ("The two leaders agreed to make informal", ["Roh Moo-hyun", "Junichiro Koizumi"],
         "agreed"),
        ("They agreed that the next meeting would be held in Japan",
         ["Roh Moo-hyun", "Junichiro Koizumi"], "agreed"),
        ("The two leaders agreed to hold a wide range of exchange events",
         ["Roh Moo-hyun", "Junichiro Koizumi"], "agreed"),
        ("The Prime Minister told the President that the Korean drama",
         ["Junichiro Koizumi", "Roh Moo-hyun"], "told"),
        ("The Prime Minister asked that the remaining restrictions", ["Junichiro Koizumi"],
         "asked"),
        ("The Prime Minister announced that Japan will waive", ["Junichiro Koizumi"],
         "announced"),
        ("The two leaders agreed to step up negotiations", ["Roh Moo-hyun", "Junichiro Koizumi"],
         "agreed"),
        ("The Prime Minister explained the results of his visit", ["Junichiro Koizumi"],
         "explained"),
        ("The two leaders reaffirmed that the nuclear issue",
         ["Roh Moo-hyun", "Junichiro Koizumi"], "reaffirmed"),
        ("During this morning's walk, the President said", ["Roh Moo-hyun"], "said"),
        ("He told the Prime Minister he hoped", ["Roh Moo-hyun"], "told"),
        ("The Prime Minister answered that more exchanges", ["Junichiro Koizumi"], "answered"),
    ],
    timexes=[
        ("2004-07-22 15:30", "2004-07-22T15:30", None),
        ("two days", "P2D", None),
        ("two days, [[yesterday]] and today", "2004-07-21", None),
        ("yesterday and [[today]].", "2004-07-22", None),
        ("yesterday afternoon", "2004-07-21TAF", None),
        ("[[This morning]] they took", "2004-07-22TMO", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("the second half of this year", "2004-H2", None),
        ("Next year marks", "2005", None),
        ("Friendship Year [[2005]].", "2005", None),
        ("further [[in January]]", "2004-01", None),
        ("from [[March]] to September", "2005-03", None),
        ("September next year", "2005-09", None),
        ("the end of 2005", "2005", "END"),
        ("Pyongyang [[in May]]", "2004-05", None),
        ("During [[this morning]]'s walk", "2004-07-22TMO", None),
    ],
    summits=[
        dict(date="2004-07-21/2004-07-22", place="Seogwipo", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["I will brief you on the outcome of the summit",
                       "The Prime Minister arrived at the hotel in Seogwipo",
                       "This morning they took a walk"]),
        dict(date="2004", place=None, country="JP",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["They agreed that the next meeting would be held in Japan",
                       "Q: Has a venue in Japan been chosen for the next summit?"]),
        dict(date="2004-05", place="Pyongyang", country="KP",
             participants=["Junichiro Koizumi", "Kim Jong Il"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The Prime Minister explained the results of his visit"]),
    ],
    agreements=[
        dict(title="make informal working-level summits (shuttle diplomacy) a regular fixture",
             kind="commitment", date="2004-07-21", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to make informal"]),
        dict(title="hold the next summit in Japan in the second half of 2004, outside Tokyo",
             kind="commitment", date="2004-07-21", parties=["JP", "KR"], status="agreed",
             evidence=["They agreed that the next meeting would be held in Japan"]),
        dict(title="exchange events for the Korea-Japan Friendship Year 2005",
             kind="commitment", date="2004-07-21", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to hold a wide range of exchange events"]),
        dict(title="step up FTA negotiations to conclude them by the end of 2005",
             kind="commitment", date="2004-07-21", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to step up negotiations"]),
    ],
    notes=[
        "Invented briefing in the style of the South Korean presidential office (header lines,"
        " spokesperson line, numbered headings, 'Questions and answers' and 'End.' are"
        " furniture; the date/time line is annotated). The briefing is the spokesperson's own"
        " speech; acts he reports are annotated as statements of the leaders, without adding"
        " him as a speaker (debatable). Every quote and the walk's length, route and company"
        " are invented; the Q&A is invented. Real background: Kantei 2004-07-21 (Koizumi flew"
        " to Jeju in the afternoon of 21 July and met Roh on arrival at the hotel in Seogwipo;"
        " exchanges for the 40th anniversary in 2005; visa exemption during the Aichi Expo;"
        " regular summits; FTA to be concluded by the end of 2005; Koizumi's second visit to"
        " North Korea in May; talks on a bench); MOFA summary 2004-07-22 (Winter Sonata;"
        " request to extend the cultural opening to animation; visa waiver March-September 2005"
        " with a permanent waiver under consideration); donga.com 2004-07-22 (walk on 22 July;"
        " Roh on children learning history from different viewpoints and his hope that Koizumi"
        " settle the issues during his tenure; Koizumi on student exchanges; practical shuttle"
        " diplomacy; next summit in Japan in the second half of the year at a tourist"
        " destination rather than Tokyo); wikisum (fourth step of the cultural opening resumed"
        " on 2004-01-01). From general knowledge: the six-party talks reference.",
        "Summits (3): Jeju (Seogwipo), one meeting over two days (date interval"
        " 2004-07-21/2004-07-22); the next summit in Japan (planned; date 2004 because"
        " '2004-H2' is not a partial ISO date); Koizumi-Kim Jong Il in Pyongyang 2004-05.",
        "Agreements (4): four commitments (regular summits; the next summit's timing and kind of"
        " venue, recorded as a commitment as well as a planned summit; exchange events in 2005;"
        " FTA negotiations). Not agreements: Japan's visa waiver (announced unilaterally by"
        " Koizumi), Koizumi's request on animation, Roh's hope on history, the reaffirmation on"
        " North Korea (a shared position), 'The Japanese side will propose a place' (a future"
        " proposal not yet made).",
        "Quotes: the title \"Winter Sonata\" is not a quote. Timexes: 'for a while' is not"
        " annotated.",
    ],
)
