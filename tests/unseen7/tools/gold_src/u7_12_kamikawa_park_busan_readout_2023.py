GOLD = dict(
    published="2023-11-26",
    furniture=[
        "Ministry of Foreign Affairs of Japan", "Japan-ROK Foreign Ministers' Meeting\n",
        "November 26, 2023\n", "Japanese\n", "1. Opening remarks\n", "2. Bilateral issues\n",
        "3. North Korea\n", "4. Japan-China-ROK cooperation\n",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoko Kamikawa": ["Kamikawa Yoko", "Ms. KAMIKAWA Yoko", "Minister Kamikawa", "Kamikawa",
                          "She"],
        "Park Jin": ["H.E. Dr. PARK Jin", "Minister Park", "Park"],
        "Yoon Suk Yeol": ["Yoon"],
        "Fumio Kishida": ["Kishida"],
    },
    quotes=[],
    statements=[
        ("Minister Kamikawa expressed her pleasure", ["Yoko Kamikawa"], "expressed"),
        ("The two Ministers welcomed the close communication", ["Yoko Kamikawa", "Park Jin"],
         "welcomed"),
        ("They also welcomed the recovery", ["Yoko Kamikawa", "Park Jin"], "welcomed"),
        ("The two Ministers also welcomed the resumption", ["Yoko Kamikawa", "Park Jin"],
         "welcomed"),
        ("Minister Kamikawa stated that the judgment", ["Yoko Kamikawa"], "stated"),
        ("She pointed out that the Japan-ROK Agreement", ["Yoko Kamikawa"], "pointed out"),
        ("Minister Park explained the position of the ROK.", ["Park Jin"], "explained"),
        ("The two Ministers strongly condemned", ["Yoko Kamikawa", "Park Jin"], "condemned"),
        ("They confirmed that Japan and the ROK", ["Yoko Kamikawa", "Park Jin"], "confirmed"),
        ("Minister Kamikawa asked for continued understanding", ["Yoko Kamikawa", "Park Jin"],
         "asked"),
        ("The two Ministers shared the view", ["Yoko Kamikawa", "Park Jin"], "shared the view"),
        ("The two Ministers agreed to continue close communication",
         ["Yoko Kamikawa", "Park Jin"], "agreed"),
    ],
    timexes=[
        ("[[November 26, 2023]]\n", "2023-11-26", None),
        ("On [[November 26]], from", "2023-11-26", None),
        ("9:00 a.m.", "2023-11-26T09:00", None),
        ("approximately 85 minutes", "PT85M", "APPROX"),
        ("November 16", "2023-11-16", None),
        ("resumption in [[October]]", "2023-10", None),
        ("about nine years", "P9Y", "APPROX"),
        ("November 23", "2023-11-23", None),
        ("December 2015", "2015-12", None),
        ("November 21", "2023-11-21", None),
        ("later in the day", "2023-11-26", None),
    ],
    summits=[
        dict(date="2023-11-16", place="San Francisco", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC Leaders' Week",
             evidence=["The two Ministers welcomed the close communication"]),
    ],
    agreements=[
        dict(title="maintain the momentum of close communication between leaders and"
             " ministers", kind="commitment", date="2023-11-26", parties=["JP", "KR"],
             status="agreed", evidence=["The two Ministers welcomed the close communication"]),
        dict(title="Japan-ROK Agreement of December 2015 (comfort women)",
             kind="joint-statement", date="2015-12", parties=["JP", "KR"],
             status="referenced", evidence=["She pointed out that the Japan-ROK Agreement"]),
        dict(title="continue close Japan-ROK and Japan-U.S.-ROK coordination on North Korea",
             kind="commitment", date="2023-11-26", parties=["JP", "KR"], status="agreed",
             evidence=["They confirmed that Japan and the ROK"]),
        dict(title="work together toward a Japan-China-ROK Summit at the earliest convenient"
             " time", kind="commitment", date="2023-11-26", parties=["JP", "KR"],
             status="agreed", evidence=["The two Ministers shared the view"]),
        dict(title="continue close communication at all levels", kind="commitment",
             date="2023-11-26", parties=["JP", "KR"], status="agreed",
             evidence=["The two Ministers agreed to continue close communication"]),
    ],
    notes=[
        "Invented test text in the style of a Japanese Ministry of Foreign Affairs readout"
        " (four header lines and the four numbered item headings are furniture; the header"
        " date is annotated). Written in new words; structure and facts follow the real MOFA"
        " summary of the meeting (mofa.go.jp page6e_000403) and Yomiuri/KBS/Korea Herald"
        " reports: Busan, 2023-11-26, from 09:00 for about 85 minutes, Kamikawa's first visit"
        " to the ROK as minister, welcome of leaders' communication including APEC Leaders'"
        " Week, the Seoul High Court judgment of 2023-11-23 on state immunity, North Korea's"
        " launch of 2023-11-21, abductions, the trilateral meeting with Wang Yi the same day"
        " and cooperation toward an early trilateral summit. The explicit mention of the"
        " San Francisco summit of 2023-11-16 and of the 2015 agreement in item 2 are added"
        " (general knowledge: Yoon and Kishida met in San Francisco on 2023-11-16).",
        "Quotes: none.",
        "Statements: Kamikawa 'expressed ... and noted'; both 'welcomed ... and concurred';"
        " both 'welcomed ... and expressed'; both 'welcomed ..."
        " and confirmed' (the strategic dialogue); Kamikawa 'stated'; Kamikawa 'pointed out ... and"
        " strongly urged'; Park 'explained'; both 'condemned'; both 'confirmed'; 'Kamikawa"
        " asked ..., and Minister Park expressed his support' (both); both 'shared the view"
        " ... and agreed'; both 'agreed'. The honorific 'H.E. Dr.' splits the first sentence"
        " automatically (no record depends on it).",
        "Timexes: published Sunday 2023-11-26; header and 'November 26'; '9:00 a.m.';"
        " 'approximately 85 minutes' = PT85M APPROX; 'November 16', 'November 23', 'November"
        " 21' (2023); 'October' = 2023-10; 'about nine years' = P9Y APPROX; 'December 2015';"
        " 'later in the day' = 2023-11-26.",
        "Summits (1): Yoon-Kishida in San Francisco (2023-11-16, APEC sidelines). Not"
        " summits: the foreign ministers' bilateral and trilateral meetings, the hoped-for"
        " trilateral summit 'at the earliest convenient time' (undated).",
        "Agreements (5): maintaining the momentum of communication (commitment, from"
        " 'concurred on maintaining'); the December 2015 agreement (joint-statement,"
        " referenced); continued coordination on North Korea (commitment, from 'confirmed"
        " ... would continue to coordinate'; debatable, close to a general reaffirmation);"
        " working together toward an early trilateral summit (commitment, JP-KR: the two"
        " ministers agreed, though the summit is three-way); continuing close communication"
        " at all levels (commitment; debatable overlap with the first, kept separate as a"
        " distinct agreed item). Not agreements: the hope for youth exchanges,"
        " 'confirmed that they would continue to make use of such frameworks' (general), Kamikawa's"
        " request on abductions.",
    ],
)
