# ruff: noqa: E501
LEAD = "President Roh Moo-hyun won pledges from China and Japan"
CALLED = "Roh, Japanese Prime Minister Junichiro Koizumi and Chinese Premier Wen Jiabao also called"
SIXTH = "The Vientiane meeting was the sixth time"
ADOPTED = "On Monday, the three also adopted an action strategy"
SANTIAGO = ("Roh briefed the other two on his summit", "resumption of the six-party process.")
AFTER = "After the three-way session"
IBUSUKI = "With Koizumi, he went over preparations"
FMS = "The foreign ministers of the three countries"
WORRIES = "Officials in Seoul said the appreciation"

GOLD = dict(
    published="2004-11-30",
    furniture=[
        "The Mapo Herald\n"
        "Roh presses Tokyo, Beijing on currency swings at Vientiane talks\n"
        "Published : 2004-11-30 09:12 | Updated : 2004-11-30 18:47\n"
        "By Oh Jae-min, Correspondent",
        "VIENTIANE -- ",
        "ojm@mapoherald.co.kr",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Roh Moo-hyun": ["President Roh Moo-hyun", "Roh", "he"],
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Koizumi"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "George W. Bush": ["U.S. President George W. Bush"],
        "Chung Woo-sung": ["his foreign policy adviser, Chung Woo-sung"],
        "Ban Ki-moon": [],
    },
    quotes=[
        ("The won and the yen have been climbing fast", "direct", "Roh Moo-hyun", "told"),
        ("We needed our neighbors to say the words out loud", "direct", None, "said"),
    ],
    statements=[
        (LEAD, ["Roh Moo-hyun", "Junichiro Koizumi", "Wen Jiabao"], "pledges"),
        (CALLED, ["Roh Moo-hyun", "Junichiro Koizumi", "Wen Jiabao"], "called on"),
        (SANTIAGO, ["Roh Moo-hyun"], "briefed"),
        (WORRIES, [None], "said"),
    ],
    timexes=[
        ("Published : [[2004-11-30 09:12]]", "2004-11-30T09:12", None),
        ("Updated : [[2004-11-30 18:47]]", "2004-11-30T18:47", None),
        ("Japan on [[Monday]]", "2004-11-29", None),
        ("since [[1999]]", "1999", None),
        ("October 2003", "2003-10", None),
        ("[[On Monday]], the three", "2004-11-29", None),
        ("earlier this month", "2004-11", None),
        ("about an hour", "PT1H", "APPROX"),
        ("next month", "2004-12", None),
        ("summit of [[the year]]", "2004", None),
        ("in July", "2004-07", None),
        ("on Saturday", "2004-11-27", None),
    ],
    summits=[
        dict(date="2004-11-29", place="Vientiane", country="LA",
             participants=["Roh Moo-hyun", "Junichiro Koizumi", "Wen Jiabao"], kind="trilateral", ordinal=6,
             status="held", occasion="ASEAN plus Three summit", evidence=[LEAD, CALLED, SIXTH, ADOPTED, AFTER, FMS]),
        dict(date="2003-10", place="Bali", country="ID",
             participants=["Roh Moo-hyun", "Junichiro Koizumi", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[SIXTH]),
        dict(date="2004-11", place="Santiago", country="CL",
             participants=["Roh Moo-hyun", "George W. Bush"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[SANTIAGO]),
        dict(date="2004-11-29", place="Vientiane", country="LA",
             participants=["Roh Moo-hyun", "Wen Jiabao"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[AFTER]),
        dict(date="2004-11-29", place="Vientiane", country="LA",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[AFTER, IBUSUKI]),
        dict(date="2004-12", place="Ibusuki", country="JP",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[IBUSUKI]),
        dict(date="2004-07", place="Jeju Island", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[IBUSUKI]),
    ],
    agreements=[
        dict(title="joint work on stabilizing foreign exchange markets", kind="commitment",
             date="2004-11-29", parties=["CN", "JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="joint declaration on trilateral cooperation (Bali)", kind="joint-declaration",
             date="2003-10", parties=["CN", "JP", "KR"], status="referenced", evidence=[SIXTH]),
        dict(title="action strategy on future trilateral cooperation", kind="joint-statement",
             date="2004-11-29", parties=["CN", "JP", "KR"], status="agreed", evidence=[ADOPTED, FMS]),
        dict(title="Roh-Bush agreement in Santiago to seek an early resumption of the six-party process", kind="commitment",
             date="2004-11", parties=["KR", "US"], status="referenced", evidence=[SANTIAGO]),
    ],
    notes=[
        "Invented Seoul English-language daily story ('The Mapo Herald'; reporter, stamps, Roh's quoted words, the official's quote and the length of the meeting invented). Masthead, headline, stamp line, byline, dateline prefix and e-mail line are furniture; stamps are annotated.",
        "Real facts checked on stored pages: donga.com 20041129/238468 (trilateral of Roh, Wen and Koizumi on 29 November 2004 in Vientiane; agreement to make joint efforts to stabilize exchange rates; Roh on the won and yen appreciating, via adviser Chung Woo-sung; call on North Korea to return to six-party talks); worldsecuritynetwork.com (JoongAng Daily, 30 November 2004: Roh's briefing on his Santiago talks with Bush, where they agreed to pursue a return to the six-party talks; separate talks with Wen and Koizumi after the trilateral); dzwww.com t20041130 (Xinhua: the three adopted an action strategy; meetings since 1999); mofa asean3/summary0411.html (foreign ministers Machimura, Li Zhaoxing and Ban Ki-moon met on 27 November and finalized the documents); mofa joint0310 (Bali joint declaration, 7 October 2003). Ordinal 6 follows from meetings in 1999, 2000, 2001, 2002, 2003 and 2004 (china.usc.edu: Cebu in January 2007 was the seventh). From general knowledge: Ibusuki summit in December 2004, Jeju summit in July 2004.",
        "Summits (7): Vientiane trilateral (ordinal 6), Bali 2003 (the occasion on which the declaration was issued: 'since they issued a joint declaration ... in Bali'), Roh-Bush in Santiago, Roh-Wen and Roh-Koizumi one-on-ones, planned Ibusuki, Jeju (July). Not summits: the foreign ministers' meeting on Saturday.",
        "Agreements (4): the exchange-rate commitment ('won pledges from China and Japan'), the Bali joint declaration (referenced), the action strategy (joint-statement, debatable, as in u19_04), the Roh-Bush commitment (referenced). The call on North Korea is a joint statement of position, not an agreement.",
        "Timexes: 'of the year' in 'second formal summit of the year' = 2004; 'since 1999' = 1999; 'about an hour' = PT1H APPROX.",
    ],
)
