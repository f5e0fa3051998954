# ruff: noqa: E501
INTRO = "commencing at 2:05 p.m."
JOINED = "Following the meeting, the two leaders were joined by"
SEVENTH = "At the outset, Prime Minister Kishida noted that this was the seventh meeting"
RESP = "President Yoon responded that exchanges at every level"
VISITORS = "The two leaders welcomed the fact that visitors"
EVAC = "Prime Minister Kishida expressed appreciation for the cooperation"
DECL = "Prime Minister Kishida stated that the Government of Japan upholds"
GS = "The two leaders concurred that Japan and the ROK would work together"
NK = "The two leaders confirmed that Japan and the ROK, and Japan, the U.S. and the ROK"
ABD = "Prime Minister Kishida asked for the continued understanding"
MOSCONE = "At the Moscone Center, the three leaders held an exchange"
CD = "The three leaders welcomed the progress in the cooperation agreed upon at Camp David"
BIDEN = "President Biden expressed his appreciation"

GOLD = dict(
    published="2023-11-16",
    furniture=[
        "Japan-ROK Summit Meeting and Japan-U.S.-ROK Leaders' Exchange\nNovember 16, 2023\n[Provisional Translation]",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Mr. KISHIDA Fumio, Prime Minister of Japan", "Prime Minister Kishida", "KISHIDA Fumio"],
        "Yoon Suk Yeol": ["H.E. Mr. YOON Suk Yeol, President of the Republic of Korea", "President Yoon"],
        "Joe Biden": ["H.E. Mr. Joseph R. Biden, Jr., President of the United States of America", "President Biden", "Joseph R. Biden, Jr."],
    },
    quotes=[],
    statements=[
        (SEVENTH, ["Fumio Kishida"], "noted"),
        (RESP, ["Yoon Suk Yeol"], "responded"),
        (VISITORS, ["Fumio Kishida", "Yoon Suk Yeol"], "welcomed"),
        (EVAC, ["Fumio Kishida", "Yoon Suk Yeol"], "expressed appreciation"),
        (DECL, ["Fumio Kishida"], "stated"),
        (GS, ["Fumio Kishida", "Yoon Suk Yeol"], "concurred"),
        (NK, ["Fumio Kishida", "Yoon Suk Yeol"], "confirmed"),
        (ABD, ["Fumio Kishida", "Yoon Suk Yeol"], "asked"),
        (CD, ["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"], "welcomed"),
        (BIDEN, ["Joe Biden"], "expressed his appreciation"),
    ],
    timexes=[
        ("November 16, 2023", "2023-11-16", None),
        ("On [[November 16]], commencing", "2023-11-16", None),
        ("2:05 p.m.", "2023-11-16T14:05", None),
        ("7:05 a.m. on November 17", "2023-11-17T07:05", None),
        ("approximately 35 minutes", "PT35M", "APPROX"),
        ("leaders [[this year]]", "2023", None),
        ("Tokyo in [[March]]", "2023-03", None),
        ("Seoul in [[May]]", "2023-05", None),
        ("carried through [[the year]]", "2023", None),
        ("New Delhi in [[September]]", "2023-09", None),
        ("Israel [[last month]]", "2023-10", None),
        ("1998", "1998", None),
        ("about 10 minutes", "PT10M", "APPROX"),
        ("August 18", "2023-08-18", None),
        ("On [[November 17]], Prime Minister", "2023-11-17", None),
    ],
    summits=[
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[INTRO, SEVENTH]),
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="APEC", evidence=[JOINED, MOSCONE]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SEVENTH]),
        dict(date="2023-05", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SEVENTH]),
        dict(date="2023-09", place="New Delhi", country="IN", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[SEVENTH]),
        dict(date="2023-08-18", place="Camp David", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[MOSCONE, CD]),
    ],
    agreements=[
        dict(title="Japan-ROK Joint Declaration of 1998", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="work together in approaching the Global South", kind="commitment", date="2023-11-16",
             parties=["JP", "KR"], status="agreed", evidence=[GS]),
        dict(title="continue coordinating toward the early holding of the Japan-China-ROK Summit with the ROK as chair", kind="commitment", date="2023-11-16",
             parties=["JP", "KR"], status="agreed", evidence=[GS]),
        dict(title="continue to coordinate closely in responding to North Korea", kind="commitment", date="2023-11-16",
             parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="Camp David commitment to consult one another in response to regional challenges", kind="commitment", date="2023-08-18",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CD]),
        dict(title="steadily advance trilateral cooperation", kind="commitment", date="2023-11-16",
             parties=["JP", "KR", "US"], status="agreed", evidence=[CD]),
    ],
    notes=[
        "Invented readout in the style of the Japanese prime minister's office (title, date line and '[Provisional Translation]' are furniture; the date line is annotated). The clock time (2:05 p.m.) is invented; all positions and remarks are invented paraphrases in readout style, not quotations.",
        "Real facts, checked on stored pages: koreaherald 20231117000461 (Yoon-Kishida about 35 minutes on Thursday, seventh meeting this year, people-to-people exchanges back to pre-pandemic levels, cooperation in the Middle East evacuation, Global South; trilateral at the Moscone Center); en.yna AEN20231117001152315 and koreatimes 113_363414 (about 10 minutes, Biden's appreciation, Camp David 18 August); aanworld.com (Japanese foreign ministry: close cooperation with the United States on North Korea); kantei 202311/17apec2.html (Session II on 17 November); nhk.or.jp 20230316_41 (Kishida upholds the 1998 declaration, March 2023); japantimes 2023/05/07 and asiatoday 20230507002047393 (Kishida in Seoul on 7 May 2023); japannews.yomiuri 20230911-135940 (New Delhi, 10 September 2023: Kishida supports the ROK chairing a Japan-China-ROK summit). From general knowledge: North Korea's failed satellite launches of May and August 2023; the reciprocal evacuation flights from Israel in October 2023.",
        "Summits (6): the San Francisco bilateral ('seventh meeting ... this year', no ordinal) and the ten-minute three-way exchange (a meeting of three leaders on the sidelines, trilateral); Tokyo (March), Seoul (May) and New Delhi (September) as background; Camp David. Not a summit: the Japan-China-ROK Summit 'early holding' (no date), the APEC session.",
        "Agreements (6): the 1998 declaration (referenced); two commitments split from one sentence (Global South; trilateral summit with the ROK as chair); North Korea coordination; the Camp David commitment to consult (referenced); advancing trilateral cooperation. Not agreements: thanks for evacuation help, the request and support on abductions.",
    ],
)
