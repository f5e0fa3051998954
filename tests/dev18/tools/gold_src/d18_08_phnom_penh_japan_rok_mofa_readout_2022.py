# ruff: noqa: E501
OPEN = ("On November 13, commencing at 1:15 p.m.", "President of the Republic of Korea (ROK).")
CONDEMN = "The two leaders strongly condemned North Korea's launches"
CONCUR = "The two leaders concurred to further strengthen Japan-ROK and Japan-U.S.-ROK cooperation"
WELCOME = "The two leaders welcomed the Japan-U.S.-ROK Summit Meeting"
FOIP = "They also concurred to work together toward realizing"
WORKERS = "Regarding the issue of former civilian workers"
CLAIMS = "Prime Minister Kishida explained Japan's consistent position"
EXCH = "The two leaders welcomed the recovery of people-to-people exchanges"
COMM = "The two leaders concurred to continue close communication between the leaders."
REF1 = "The two leaders held an informal talk for about 30 minutes"
REF2 = "The last Japan-ROK Summit Meeting was held in Chengdu"
REF3 = "On the same day, Prime Minister Kishida also held a Japan-U.S. Summit Meeting"

GOLD = dict(
    published="2022-11-13",
    furniture=[
        "Japan-ROK Summit Meeting\n\nNovember 13, 2022\nJapanese",
        "(Reference 1) ",
        "(Reference 2) ",
        "(Reference 3) ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Mr. KISHIDA Fumio, Prime Minister of Japan", "KISHIDA Fumio", "Prime Minister Kishida"],
        "Yoon Suk Yeol": ["H.E. Mr. YOON Suk Yeol, President of the Republic of Korea (ROK)", "YOON Suk Yeol", "President Yoon"],
        "Joe Biden": ["President Joseph R. Biden, Jr., President of the United States", "Joseph R. Biden, Jr."],
        "Shinzo Abe": ["Prime Minister ABE Shinzo", "ABE Shinzo"],
        "Moon Jae-in": ["President MOON Jae-in", "MOON Jae-in"],
    },
    quotes=[],
    statements=[
        ("At the outset, Prime Minister Kishida once again expressed", ["Fumio Kishida"], "expressed"),
        ("President Yoon expressed his appreciation.", ["Yoon Suk Yeol"], "expressed"),
        ("Prime Minister Kishida stated that the Japan-ROK relationship", ["Fumio Kishida"], "stated"),
        ("In response, President Yoon stated", ["Yoon Suk Yeol"], "stated"),
        (CONDEMN, ["Fumio Kishida", "Yoon Suk Yeol"], "condemned"),
        (CONCUR, ["Fumio Kishida", "Yoon Suk Yeol"], "concurred"),
        ("Prime Minister Kishida requested the ROK's continued understanding", ["Fumio Kishida", "Yoon Suk Yeol"], "requested"),
        (WELCOME, ["Fumio Kishida", "Yoon Suk Yeol"], "welcomed"),
        (FOIP, ["Fumio Kishida", "Yoon Suk Yeol"], "concurred"),
        (WORKERS, ["Fumio Kishida", "Yoon Suk Yeol"], "concurred"),
        (CLAIMS, ["Fumio Kishida"], "explained"),
        (EXCH, ["Fumio Kishida", "Yoon Suk Yeol"], "welcomed"),
        (COMM, ["Fumio Kishida", "Yoon Suk Yeol"], "concurred"),
    ],
    timexes=[
        ("Japan-ROK Summit Meeting\n\n[[November 13, 2022]]", "2022-11-13", None),
        ("On [[November 13]], commencing", "2022-11-13", None),
        ("1:15 p.m. local time", "2022-11-13T13:15", None),
        ("3:15 p.m. JST", "2022-11-13T15:15", None),
        ("approximately 45 minutes", "PT45M", "APPROX"),
        ("relations in [[1965]]", "1965", None),
        ("held later on [[the same day]]", "2022-11-13", None),
        ("New York in [[September]]", "2022-09", None),
        ("signed in [[1965]]", "1965", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("September 21", "2022-09-21", None),
        ("December 24, 2019", "2019-12-24", None),
        ("On the same day", "2022-11-13", None),
    ],
    summits=[
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related Summit Meetings", evidence=[OPEN]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="ASEAN-related Summit Meetings", evidence=[WELCOME, REF3]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related Summit Meetings", evidence=[REF3]),
        dict(date="2022-09-21", place="New York", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[WORKERS, REF1]),
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[REF2]),
    ],
    agreements=[
        dict(title="further strengthen Japan-ROK and Japan-U.S.-ROK cooperation toward North Korea's denuclearization", kind="commitment", date="2022-11-13",
             parties=["JP", "KR"], status="agreed", evidence=[CONCUR]),
        dict(title="coordinate closely at the UN Security Council", kind="commitment", date="2022-11-13",
             parties=["JP", "KR"], status="agreed", evidence=[CONCUR]),
        dict(title="work together toward a free and open Indo-Pacific", kind="commitment", date="2022-11-13",
             parties=["JP", "KR"], status="agreed", evidence=[FOIP]),
        dict(title="continue discussions toward an early resolution of the former civilian workers issue", kind="commitment", date="2022-11-13",
             parties=["JP", "KR"], status="agreed", evidence=[WORKERS]),
        dict(title="further promote people-to-people exchanges", kind="commitment", date="2022-11-13",
             parties=["JP", "KR"], status="agreed", evidence=[EXCH]),
        dict(title="continue close communication between the leaders", kind="commitment", date="2022-11-13",
             parties=["JP", "KR"], status="agreed", evidence=[COMM]),
        dict(title="Agreement on the Settlement of Problems concerning Property and Claims and on Economic Co-operation", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
        dict(title="Phnom Penh Statement on Trilateral Partnership for the Indo-Pacific", kind="joint-statement", date="2022-11-13",
             parties=["JP", "KR", "US"], status="agreed", evidence=[REF3]),
    ],
    notes=[
        "Invented readout in the style of the Japanese Ministry of Foreign Affairs (title, date line, 'Japanese' language link, numbered paragraphs, '(Reference)' notes; no quotation marks). The title block and the '(Reference N)' labels are furniture; the date line is annotated. The start time (1:15 p.m.) and the length (about 45 minutes) are invented; the wording of every paragraph is invented.",
        "Real facts, checked on stored pages: en.yna.co.kr AEN20221113001700315 (summit in Phnom Penh on Sunday 13 November 2022 on the sidelines of ASEAN-related gatherings; condemnation of the missile launches; trilateral cooperation with the US and a UNSC response; agreement to continue discussions for a swift resolution of pending issues; recovery of people-to-people exchanges; Indo-Pacific strategies; 1965 treaty position); arabnews.jp (Jiji: first formal summit; agreement to resolve the wartime labor dispute at an early date; New York meeting called informal, 30 minutes); ajw (Asahi: last official meeting December 2019 between Abe and Moon); eng.president.go.kr briefing zE4ctNqF and presidency.ucsb.edu (same-day bilaterals with Biden, trilateral and the Phnom Penh Statement); whitehouse.gov remarks (Itaewon condolences, 13 November); koreaherald.com ud=20220922000024 (New York, 21 September). From general knowledge: Chengdu on 24 December 2019, the name of the 1965 claims agreement, the Japanese victims of the Itaewon crush, the resumption of visa-free travel in October 2022, the abductions issue.",
        "Summits (5): Japan-ROK in Phnom Penh (sidelines of the ASEAN-related meetings); the Japan-U.S.-ROK meeting the same day (trilateral, told as 'to be held later on the same day' and, in the reference, as held); Kishida-Biden the same day; New York, 21 September ('informal talk': an in-person meeting of the two leaders, recorded); Chengdu, 24 December 2019.",
        "Agreements (8): six JP-KR commitments from the 'concurred' paragraphs (paragraph 3 split into cooperation toward denuclearization and coordination at the UNSC); the 1965 claims agreement (treaty, referenced); the Phnom Penh Statement (joint statement, agreed the same day). Not agreements: the request on the abductions issue and Yoon's support, the welcome of the recovery of exchanges as such (the 'concurred to further promote' part is recorded), shared condemnation.",
        "Statements: in a readout every 'stated', 'expressed', 'concurred', 'welcomed' sentence is annotated with its leader(s). Timexes: 'later on the same day' is annotated on 'the same day' (2022-11-13).",
    ],
)
