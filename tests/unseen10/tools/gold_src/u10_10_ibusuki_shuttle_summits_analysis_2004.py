GOLD = dict(
    published="2004-12-18",
    furniture=[
        "ANALYSIS",
        "Shuttle diplomacy reaches a hot-spring town. The hard part is the farm tariff schedule",
        "December 18, 2004 | The Strait Quarterly Online",
        "By Mio Arakawa and Baek Seung-hwan",
        "TIMELINE: Roh and Koizumi",
        "Related: Aichi Expo visa waiver: who qualifies | Korea-Japan FTA: the rounds so far",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Koizumi"],
        "Roh Moo-hyun": ["Roh"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Kim Jong Il": [],
        "Han Ji-yoon": ["Han"],
        "Japanese government": ["Japan", "Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("The summits are working as a pressure valve", "direct", "Han Ji-yoon", "said"),
        ("The leaders like each other", "direct", "Han Ji-yoon", "said"),
        ("in the most general terms.", "partial", None, "said"),
    ],
    statements=[
        ("Back in July, on Jeju Island, the two leaders had promised",
         ["Junichiro Koizumi", "Roh Moo-hyun"], "promised"),
        ("The leaders agreed to look favorably", ["Junichiro Koizumi", "Roh Moo-hyun"],
         "agreed"),
        ("They confirmed that they would work together", ["Junichiro Koizumi", "Roh Moo-hyun"],
         "confirmed"),
        ("About 3.6 million people traveled", ["Junichiro Koizumi"], "said"),
        ("Japan has already said it will let Korean tourists", ["Japanese government"], "said"),
        ("Koizumi told Roh he wanted talks on market access", ["Junichiro Koizumi"], "told"),
        ("A Japanese official who briefed reporters said", [None], "said"),
        ("After their summit in Tokyo the leaders issue", ["Roh Moo-hyun", "Junichiro Koizumi"],
         "issue"),
        ("In Bali, on the margins of the ASEAN Plus Three meeting",
         ["Junichiro Koizumi", "Roh Moo-hyun", "Wen Jiabao"], "adopt"),
        ("At APEC in Bangkok, Koizumi and Roh agree", ["Junichiro Koizumi", "Roh Moo-hyun"],
         "agree"),
        ("Koizumi makes his second trip to Pyongyang", ["Junichiro Koizumi"], "briefs"),
        ("The leaders agree to make informal summits a regular habit",
         ["Junichiro Koizumi", "Roh Moo-hyun"], "agree"),
    ],
    timexes=[
        ("December 18, 2004", "2004-12-18", None),
        ("Ibusuki [[on Friday]]", "2004-12-17", None),
        ("Back in [[July]]", "2004-07", None),
        ("two-day", "P2D", None),
        ("ended [[on Saturday]]", "2004-12-18", None),
        ("Friendship Year [[2005]]", "2005", None),
        ("40 years", "P40Y", None),
        ("restored in [[1965]]", "1965", None),
        ("last year", "2003", None),
        ("5 million [[next year]]", "2005", None),
        ("Aichi from [[March]] to", "2005-03", None),
        ("March to [[September]].", "2005-09", None),
        ("as early as possible [[next year]]", "2005", None),
        ("the end of 2005", "2005", "END"),
        ("a year ago", "2003-12", None),
        ("last round [[in November]]", "2004-11", None),
        ("New Year's Day", "2004-01-01", None),
        ("the first half of next year", "2005-H1", None),
        ("Feb. 25, 2003", "2003-02-25", None),
        ("June 6-9, 2003", "2003-06-06/2003-06-09", None),
        ("Oct. 7-8, 2003", "2003-10-07/2003-10-08", None),
        ("The next day", "2003-10-08", None),
        ("about an hour", "PT1H", "APPROX"),
        ("Oct. 20, 2003", "2003-10-20", None),
        ("before [[the end of the year]]", "2003", "END"),
        ("concluding them in [[2005]]", "2005", None),
        ("May 2004", "2004-05", None),
        ("July 21-22, 2004", "2004-07-21/2004-07-22", None),
        ("Nov. 29, 2004", "2004-11-29", None),
        ("Dec. 17-18, 2004", "2004-12-17/2004-12-18", None),
    ],
    summits=[
        dict(date="2004-12-17/2004-12-18", place="Ibusuki", country="JP",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["When Junichiro Koizumi welcomed Roh Moo-hyun",
                       "Ibusuki, near the southern tip",
                       "The two-day meeting, which ended on Saturday",
                       "Koizumi told Roh he wanted talks on market access",
                       "A Japanese official who briefed reporters said",
                       "Dec. 17-18, 2004 - Ibusuki, Kagoshima Prefecture."]),
        dict(date="2004-07-21/2004-07-22", place="Jeju Island", country="KR",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Back in July, on Jeju Island, the two leaders had promised",
                       "July 21-22, 2004 - Jeju Island.",
                       "The leaders agree to make informal summits a regular habit"]),
        dict(date="2003-02-25", place="Seoul", country="KR",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral",
             ordinal=None, status="held", occasion="Roh's inauguration",
             evidence=["Koizumi attends Roh's inauguration in Seoul"]),
        dict(date="2003-06-06/2003-06-09", place="Tokyo", country="JP",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Roh's state visit to Japan.",
                       "After their summit in Tokyo the leaders issue"]),
        dict(date="2003-10-07", place="Bali", country="ID",
             participants=["Junichiro Koizumi", "Roh Moo-hyun", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held",
             occasion="the ASEAN Plus Three meeting",
             evidence=["In Bali, on the margins of the ASEAN Plus Three meeting"]),
        dict(date="2003-10-08", place="Bali", country="ID",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="sidelines",
             ordinal=None, status="held", occasion="the ASEAN Plus Three meeting",
             evidence=["The next day Koizumi and Roh meet on their own"]),
        dict(date="2003-10-20", place="Bangkok", country="TH",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="sidelines",
             ordinal=None, status="held", occasion="APEC",
             evidence=["At APEC in Bangkok, Koizumi and Roh agree"]),
        dict(date="2004-05", place="Pyongyang", country="KP",
             participants=["Junichiro Koizumi", "Kim Jong Il"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Koizumi makes his second trip to Pyongyang"]),
        dict(date="2004-11-29", place="Vientiane", country="LA",
             participants=["Junichiro Koizumi", "Roh Moo-hyun", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion="the ASEAN summits",
             evidence=["Koizumi chairs the three-way meeting"]),
        dict(date="2005", place=None, country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["Under the arrangement agreed on Jeju, the next meeting is Seoul's"]),
    ],
    agreements=[
        dict(title="consider doubling daily Haneda-Gimpo flights from four to eight",
             kind="commitment", date="2004-12-17", parties=["JP", "KR"], status="agreed",
             evidence=["The leaders agreed to look favorably"]),
        dict(title="encourage more sister-city ties", kind="commitment", date="2004-12-17",
             parties=["JP", "KR"], status="agreed",
             evidence=["The leaders agreed to look favorably"]),
        dict(title="work together for the success of the Friendship Year 2005",
             kind="commitment", date="2004-12-17", parties=["JP", "KR"], status="agreed",
             evidence=["They confirmed that they would work together"]),
        dict(title="begin FTA market-access talks early in 2005 and conclude within 2005",
             kind="commitment", date="2004-12-17", parties=["JP", "KR"], status="proposed",
             evidence=["Koizumi told Roh he wanted talks on market access"]),
        dict(title="meet often and informally, taking turns as host (Jeju, July 2004)",
             kind="commitment", date="2004-07", parties=["JP", "KR"], status="referenced",
             evidence=["Back in July, on Jeju Island, the two leaders had promised",
                       "Under the arrangement agreed on Jeju, the next meeting is Seoul's",
                       "The leaders agree to make informal summits a regular habit"]),
        dict(title="joint statement on peace and prosperity in Northeast Asia (June 2003)",
             kind="joint-statement", date="2003-06", parties=["JP", "KR"], status="referenced",
             evidence=["After their summit in Tokyo the leaders issue"]),
        dict(title="joint declaration on three-way cooperation (Bali)",
             kind="joint-declaration", date="2003-10-07", parties=["CN", "JP", "KR"],
             status="referenced",
             evidence=["In Bali, on the margins of the ASEAN Plus Three meeting"]),
        dict(title="launch FTA negotiations before the end of 2003, conclude substantially in"
             " 2005", kind="commitment", date="2003-10-20", parties=["JP", "KR"],
             status="referenced",
             evidence=["At APEC in Bangkok, Koizumi and Roh agree"]),
    ],
    notes=[
        "Invented analysis with a timeline (label, headline, date/outlet line, byline, timeline"
        " heading and 'Related' line are furniture; the date is annotated). Outlet, writers,"
        " analyst Han Ji-yoon and his university, every quote and the Japanese official are"
        " invented. Real background: MOFA summary of the Ibusuki summit, 2004-12-17 (Haneda-"
        " Gimpo flights from four to eight, sister cities, Friendship Year 2005, 3.6 million"
        " travellers last year and 5 million aimed for in 2005, visa exemption during the Aichi"
        " Expo, Koizumi seeking market-access talks early next year and an FTA within the year);"
        " donga.com 2005-03-27 (summits agreed twice a year, Korea in the first half); donga.com"
        " 2004-07-22 and Kantei 2004-07-21 (Jeju); MOFA and Kantei pages on Bali 2003 (trilateral"
        " joint declaration of 7 October; bilateral on 8 October for about one hour), Kantei"
        " 2003-10-20 (Bangkok: FTA talks to be launched by the end of 2003 and substantially"
        " completed in 2005), MOFA 2004-11-29 (Vientiane trilateral chaired by Koizumi); MOFA"
        " 2003 joint statement (state visit 6-9 June); worldjpn.net 2003-06-07 (talks at the"
        " inauguration in February); apsislamabad blog 2008-04-21 (FTA talks suspended since"
        " November 2004). From general knowledge: the inauguration date 2003-02-25, the launch"
        " of FTA negotiations in December 2003, Koizumi's Yasukuni visit on 2004-01-01, Roh's"
        " choice to keep history off the agenda, Koizumi's phone call to Roh after Pyongyang"
        " (uncertain).",
        "Summits (10): Ibusuki 2004-12-17/18; Jeju 2004-07-21/22; Seoul 2003-02-25 (at the"
        " inauguration); Tokyo during the state visit (date interval 2003-06-06/2003-06-09 as"
        " the text gives it); Bali trilateral 2003-10-07 and Bali bilateral 2003-10-08 (the"
        " timeline range 'Oct. 7-8' and 'The next day' fix the days); Bangkok 2003-10-20 at"
        " APEC; Pyongyang 2004-05 (Koizumi-Kim Jong Il); Vientiane trilateral 2004-11-29; the"
        " next meeting in Korea (planned, 2005; '2005-H1' is not a partial ISO date). Not a"
        " summit: Koizumi's phone briefing to Roh.",
        "Agreements (8): three commitments at Ibusuki (two split from one sentence); Koizumi's"
        " proposed FTA timetable (status proposed: 'Seoul did not commit'); the Jeju"
        " arrangement, the June 2003 joint statement, the Bali declaration and the Bangkok FTA"
        " commitment (referenced). Not agreements: the 5 million target (Koizumi's aim), the"
        " visa waiver (Japan's own measure), the FTA itself (an instrument under negotiation,"
        " not recorded separately; debatable).",
    ],
)
