LEAD = "The defence chiefs of the United States, Japan and South Korea signed"
SIGNED = "Japanese Defence Minister Minoru Kihara, U.S. Defense Secretary"
UNDER = "Under the memorandum, which took effect on signing"
JOINT = "In a joint statement, the three ministers expressed"
CAMP = "The framework builds on commitments made by"
SING = "The three ministers had agreed at a meeting in Singapore"
SHARE = "The three countries already share intelligence"
TWO = "Earlier on Sunday, Austin and Secretary of State"
MIN = ["Minoru Kihara", "Lloyd Austin", "Shin Won-sik"]
TRI = ["JP", "KR", "US"]

GOLD = dict(
    published="2024-07-28",
    furniture=[
        "UPDATE 2-U.S., Japan, South Korea sign defence pact meant to survive changes at the"
        " top\nBy Ellen Marsh and Daisuke Ono\nJuly 28, 2024 5:41 PM GMT+9 | Updated July 28,"
        " 2024 8:12 PM GMT+9",
        "(Reporting by Ellen Marsh and Daisuke Ono in Tokyo; Additional reporting by Park"
        " Hye-won in Seoul; Editing by Tom Greer)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Minoru Kihara": ["Japanese Defence Minister Minoru Kihara", "Kihara"],
        "Lloyd Austin": ["U.S. Defense Secretary Lloyd Austin", "Austin"],
        "Shin Won-sik": ["South Korean Defence Minister Shin Won-sik", "Shin"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Donald Trump": ["former President Donald Trump"],
        "Antony Blinken": ["Secretary of State Antony Blinken"],
        "Yoko Kamikawa": ["Foreign Minister Yoko Kamikawa"],
    },
    quotes=[
        ("What we signed today is meant to outlast", "direct", "Minoru Kihara",
         "told a joint news conference"),
        ("roots that go deeper than any one election.", "partial", "Lloyd Austin", "said"),
    ],
    statements=[
        ("Austin said the framework would give", ["Lloyd Austin"], "said"),
        ("Shin, the first South Korean defence minister", ["Shin Won-sik"], "said"),
        (JOINT, MIN, "expressed grave concern"),
        (CAMP, ["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (SING, MIN, "agreed"),
        (TWO, ["Lloyd Austin", "Antony Blinken", "Minoru Kihara", "Yoko Kamikawa"], "agreed"),
    ],
    timexes=[
        ("July 28, 2024 5:41 PM", "2024-07-28T17:41", None),
        ("Updated [[July 28, 2024 8:12 PM]]", "2024-07-28T20:12", None),
        ("TOKYO, [[July 28]] (Meridian)", "2024-07-28", None),
        ("memorandum on [[Sunday]] that", "2024-07-28", None),
        ("today", "2024-07-28", None),
        ("15 years", "P15Y", None),
        ("South Korea [[next year]].", "2025", None),
        ("August last year", "2023-08", None),
        ("June 2", "2024-06-02", None),
        ("a [[2014]] arrangement", "2014", None),
        ("full operation [[last year]].", "2023", None),
        ("November", "2024-11", None),
        ("a week ago", "2024-07-21", None),
        ("September", "2024-09", None),
        ("Earlier on [[Sunday]]", "2024-07-28", None),
    ],
    summits=[
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[CAMP]),
    ],
    agreements=[
        dict(title="Memorandum of Cooperation on the Trilateral Security Cooperation"
                   " Framework", kind="mou", date="2024-07-28", parties=TRI, status="signed",
             evidence=[LEAD, SIGNED, UNDER, "What we signed today", "Austin said the framework",
                       CAMP]),
        dict(title="joint statement of the trilateral defence ministerial meeting",
             kind="joint-statement", date="2024-07-28", parties=TRI, status="agreed",
             evidence=[JOINT]),
        dict(title="hold trilateral summits every year (Camp David)", kind="commitment",
             date="2023-08", parties=TRI, status="referenced", evidence=[CAMP]),
        dict(title="consult one another promptly in a crisis (Camp David)", kind="commitment",
             date="2023-08", parties=TRI, status="referenced", evidence=[CAMP]),
        dict(title="institutionalise trilateral defence cooperation (Singapore)",
             kind="commitment", date="2024-06-02", parties=TRI, status="referenced",
             evidence=[SING]),
        dict(title="2014 trilateral information sharing arrangement", kind="mou", date="2014",
             parties=TRI, status="referenced", evidence=[SHARE]),
        dict(title="Japan-South Korea military intelligence pact (GSOMIA)", kind="treaty",
             date=None, parties=["JP", "KR"], status="referenced", evidence=[SHARE]),
        dict(title="upgrade U.S. Forces Japan into a joint force headquarters",
             kind="commitment", date="2024-07-28", parties=["JP", "US"], status="agreed",
             evidence=[TWO]),
    ],
    notes=[
        "Invented international wire story (agency 'Meridian', reporters, editors and every"
        " quote invented; headline, byline, stamp line and reporting credit are furniture; the"
        " two stamps are annotated). Real background, checked on stored pages: KBS 2024-07-28"
        " (Shin, Austin and Kihara signed the Memorandum of Cooperation on the TSCF at Japan's"
        " Defense Ministry in Tokyo on Sunday, in effect at once; rotating ministerial talks;"
        " real-time missile data; regular Freedom Edge); Kyodo via japaneselovedolls and"
        " indianeconomicobserver (next meeting in South Korea next year; Camp David a year"
        " earlier; the ministers had agreed in Singapore in June); miragenews/DoD joint"
        " statement (first trilateral ministerial meeting in Japan; grave concern about"
        " Russia-DPRK cooperation; 2 June 2024 Singapore meeting); worldwidenews (Camp David"
        " on 18 August 2023); AFP via spacewar 2024-07-27 (Shin the first South Korean defence"
        " minister to visit Japan in 15 years; USFJ headquarters upgrade); alojapan/State"
        " Department and mod.go.jp (U.S.-Japan 2+2 in Tokyo on 28 July); AP via localnews8"
        " (Biden's withdrawal from the race). From general knowledge: Biden's withdrawal on 21"
        " July 2024, the Camp David commitments to annual summits and to consult in a crisis,"
        " TISA of 2014, GSOMIA's full restoration in 2023, the LDP leadership vote of"
        " September 2024.",
        "Summits (1): Camp David (August 2023). Not summits: the defence ministers' meetings"
        " in Tokyo and Singapore, the 2+2, and the November election.",
        "Agreements (8): the TSCF memorandum (mou: a memorandum of cooperation between defence"
        " authorities; its contents - rotation, data sharing, Freedom Edge, next meeting in"
        " Korea - are part of it, not separate records); the ministers' joint statement; two"
        " Camp David commitments and the Singapore commitment (referenced); TISA (mou,"
        " referenced); GSOMIA (treaty, referenced, undated in the text); the U.S.-Japan USFJ"
        " upgrade agreed at the 2+2 (a commitment without South Korea).",
        "Timexes: 'every year' is a frequency and is not annotated (as in unseen12); 'a week"
        " ago' = 21 July 2024. Quotes: '\"Freedom Edge\"' and"
        " '\"two-plus-two\"' are names, not quotes.",
    ],
)
