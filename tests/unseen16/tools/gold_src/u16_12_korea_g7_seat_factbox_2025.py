# ruff: noqa: E501
TOYAKO = "Shortly before it began, he and host Prime Minister Yasuo Fukuda talked"
VOICED = "Lee voiced"
YUDH = "On the same day Lee also held a summit"
HIRO = "President Yoon Suk Yeol and Prime Minister Fumio Kishida together laid flowers"
TRI = "The two also met U.S. President Joe Biden"
CAMP = "That summit took place at Camp David"
KANA = "Officials in Seoul and Tokyo are arranging his first meeting"
WANTS = "The President wants a face-to-face start"

GOLD = dict(
    published="2025-06-16",
    furniture=[
        "FACTBOX: Five invitations, one cancelled summit - Korea at the G7's table, and who it met from Japan\n"
        "16 June 2025 - 03:10 GMT",
        "June 16 (Northgate) - ",
        "(Compiled by the Northgate Seoul and Tokyo bureaus; Editing by Ruth Lindqvist)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["South Korean President Lee Jae-myung", "Lee", "The President"],
        "Lee Myung-bak": ["President Lee Myung-bak", "he", "Lee"],
        "Yasuo Fukuda": ["host Prime Minister Yasuo Fukuda"],
        "Susilo Bambang Yudhoyono": ["Indonesian President Susilo Bambang Yudhoyono"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Kyodo News": ["Kyodo News"],
        "Government of Japan": ["Japan", "Tokyo"],
        "Government of South Korea": ["Seoul"],
        "Moon Jae-in": ["President Moon Jae-in"],
        "Yoshihide Suga": ["Prime Minister Yoshihide Suga"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
    },
    quotes=[
        ("grave concern", "partial", "Lee Myung-bak", "voiced"),
        ("new era", "partial", None, "called"),
        ("The President wants a face-to-face start", "direct", None, "told reporters"),
    ],
    statements=[
        (VOICED, ["Lee Myung-bak", "Yasuo Fukuda"], "voiced"),
        ("U.S. President Donald Trump said on May 30", ["Donald Trump"], "said"),
        ("Japan quietly told Washington", ["Government of Japan", "Kyodo News"], "told"),
        ("Seoul said afterwards that a brief meeting", ["Government of South Korea", "Government of Japan"], "said"),
        (TRI, ["Joe Biden"], "invited"),
        (CAMP, ["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        ("Lee and Ishiba spoke by phone on June 9", ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
    ],
    timexes=[
        ("16 June 2025 - 03:10 GMT", "2025-06-16T03:10", None),
        ("[[June 16]] (Northgate)", "2025-06-16", None),
        ("Canada [[on Monday]]", "2025-06-16", None),
        ("June 4", "2025-06-04", None),
        ("JULY 2008", "2008-07", None),
        ("Hokkaido on [[July 9]]", "2008-07-09", None),
        ("about 15 minutes", "PT15M", "APPROX"),
        ("the same day", "2008-07-09", None),
        ("\n[[2020]] - THE SUMMIT", "2020", None),
        ("May 30", "2020-05-30", None),
        ("a month later", "2020-06", None),
        ("that year", "2020", None),
        ("JUNE 2021", "2021-06", None),
        ("MAY 2023", "2023-05", None),
        ("May 21", "2023-05-21", None),
        ("the last day of the summit", "2023-05-21", None),
        ("August 2023", "2023-08", None),
        ("JUNE 2025", "2025-06", None),
        ("June 17", "2025-06-17", None),
        ("less than two weeks after", "2025-06-17", None),
        ("reporters [[on Sunday]]", "2025-06-15", None),
        ("June 9", "2025-06-09", None),
    ],
    summits=[
        dict(date="2008-07-09", place="Toyako", country="JP",
             participants=["Lee Myung-bak", "Yasuo Fukuda"], kind="sidelines", ordinal=None,
             status="held", occasion="G8 summit", evidence=[TOYAKO, VOICED]),
        dict(date="2008-07-09", place="Toyako", country="JP",
             participants=["Lee Myung-bak", "Susilo Bambang Yudhoyono"], kind="sidelines", ordinal=None,
             status="held", occasion="G8 summit", evidence=[YUDH]),
        dict(date="2023-05-21", place="Hiroshima", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="G7", evidence=[HIRO]),
        dict(date="2023-05-21", place="Hiroshima", country="JP",
             participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], kind="trilateral", ordinal=None,
             status="held", occasion="G7", evidence=[TRI]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[CAMP]),
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="planned", occasion="G7", evidence=[KANA]),
    ],
    agreements=[
        dict(title="work toward a 'new era' in relations (Toyako)", kind="commitment", date="2008-07-09",
             parties=["JP", "KR"], status="referenced", evidence=[VOICED]),
        dict(title="Biden's invitation to a stand-alone three-way summit in Washington", kind="commitment",
             date="2023-05-21", parties=["JP", "KR", "US"], status="proposed", evidence=[TRI]),
        dict(title="meet at least once a year (Camp David)", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CAMP]),
    ],
    notes=[
        "Invented fact box of an international agency ('Northgate'; headline, stamp, dateline prefix and compilation credit are furniture; stamp and dateline annotated). The all-caps entry headings stay in the text and their dates are annotated, like cross-heads in unseen15. The senior official's quote is invented.",
        "Real background, checked on stored pages: sisa-news and world.kbs.co.kr (Korean: Lee Myung-bak and Fukuda met one-on-one for 15 minutes without aides at Toyako on 9 July 2008 before the expanded session; grave concern over Dokdo in the teaching guide; Lee also held a summit with Yudhoyono); japantimes 2008-07-10 (Kyodo: 'new era' cooperation agreed Wednesday; 'grave concern'); cgtn, urdupoint and world.kbs.co.kr 2020-06-28 (Trump's 30 May idea; Kyodo report of Japan's objection); KBS news 2025-06-18 and djournal.kr (Lee-Ishiba summit at Kananaskis on 17 June 2025, the first since Lee took office); koreajoongangdaily 2025-11-24 (Lee attended the G7 in Canada). From general knowledge or other corpora' titles: Lee's inauguration on 4 June 2025 and the 9 June call; the Cornwall greetings and Seoul's claim that Tokyo scrapped a pull-aside (June 2021); Yoon and Kishida at the Korean victims' memorial and their talks on 21 May 2023; the short trilateral with Biden in Hiroshima and his invitation to Washington; the Camp David summit of August 2023 and its annual-meeting pledge; the absence of an in-person G7 in 2020.",
        "Summits (6): Lee-Fukuda at Toyako (a 15-minute one-on-one, recorded as a held meeting), Lee-Yudhoyono (same day), Yoon-Kishida and the Biden-Yoon-Kishida meeting in Hiroshima, Camp David (August 2023), and the planned Lee-Ishiba meeting at Kananaskis (ordinal 1, 'his first meeting'; dated 17 June, the outreach day). Not summits: the G7/G8 summits themselves, the 2020 summit 'that never was', Cornwall greetings and the meeting 'called off', the 9 June telephone call.",
        "Agreements (3): the Toyako 'new era' commitment (referenced), Biden's invitation (proposed, JP/KR/US), the Camp David annual-meeting pledge (referenced). Not agreements: 'agreed to meet soon' by phone (a meeting with no date, not recorded, as in unseen15), the Cornwall meeting 'tentatively agreed on' (denied, not between governments as an instrument).",
        "Quotes: 'new era' is what Lee and Fukuda 'called' it, two speakers, so speaker null (debatable). Timexes: 'a month later' = 2020-06; 'less than two weeks after Lee's inauguration' points to the planned meeting day (17 June); 'once a year' is a frequency, not annotated; 'afterwards' is vague.",
    ],
)
