# ruff: noqa: E501
LEAD = "President Lee Jae Myung and U.S. President Donald Trump held their first summit"
OVAL = "The two leaders spoke to reporters in the Oval Office"
INALL = "In all, they spent a little over two hours together"
PEACE = "Lee called Trump a"
KIM = "Trump said he would like to see Kim"
PMJ = "The two men last met at the inter-Korean border village"
SHIP = "The presidents agreed to expand cooperation in shipbuilding"
TARIFF = "Under that deal, Washington set a 15 percent tariff"
TRI = "Lee and Trump also reaffirmed that they would strengthen three-way cooperation"
TOKYO = "Lee reached Washington on Sunday straight from Tokyo"
JPS = "That meeting produced a joint press statement"
DELIB = "Choosing Tokyo before Washington was deliberate"
KAN = "Lee and Ishiba first met in June at the Group of Seven summit"
SCRAP = "A planned Lee-Trump meeting there was scrapped"

GOLD = dict(
    published="2025-08-26",
    furniture=[
        "THE HAN RIVER TIMES | National > Diplomacy",
        "Lee wins warm words from Trump in first summit, two days after Tokyo stop",
        "Published: 26 Aug. 2025, 11:20 | Updated: 26 Aug. 2025, 15:02",
        "By Jung Seo-yeon, Yoon Tae-ho",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "him"],
        "Kim Jong Un": ["North Korean leader Kim Jong-un", "Kim"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Ishiba"],
        "Office of the President of South Korea": ["the presidential office"],
    },
    quotes=[
        ("peacemaker", "partial", "Lee Jae Myung", "called"),
        ("at some point,", "partial", "Donald Trump", "said"),
        ("We wanted the Americans to see", "direct", None, "said"),
    ],
    statements=[
        (INALL, ["Office of the President of South Korea"], "according to"),
        (PEACE, ["Lee Jae Myung"], "called"),
        (KIM, ["Donald Trump"], "said"),
        (TRI, ["Lee Jae Myung", "Donald Trump", "Office of the President of South Korea"], "reaffirmed"),
        (DELIB, [None], "said"),
    ],
    timexes=[
        ("two days after", "2025-08-25", None),
        ("Published: [[26 Aug. 2025, 11:20]]", "2025-08-26T11:20", None),
        ("Updated: [[26 Aug. 2025, 15:02]]", "2025-08-26T15:02", None),
        ("White House [[on Monday]]", "2025-08-25", None),
        ("a little over two hours", "PT2H", "MORE_THAN"),
        ("possibly [[this year]]", "2025", None),
        ("June 2019", "2019-06", None),
        ("July 30", "2025-07-30", None),
        ("Washington [[on Sunday]]", "2025-08-24", None),
        ("Ishiba [[on Saturday]]", "2025-08-23", None),
        ("in 17 years", "P17Y", None),
        ("official said [[on Tuesday]]", "2025-08-26", None),
        ("first met in [[June]]", "2025-06", None),
        ("leaving [[Monday]]'s talks", "2025-08-25", None),
        ("Oct. 31", "2025-10-31", None),
        ("Nov. 1", "2025-11-01", None),
        ("Philadelphia [[on Tuesday]], local time", "2025-08-26", None),
    ],
    summits=[
        dict(date="2025-08-25", place="Washington", country="US", participants=["Lee Jae Myung", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEAD, OVAL, INALL, SHIP, SCRAP]),
        dict(date="2025-08-23", place="Tokyo", country="JP", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO, JPS]),
        dict(date="2025-06", place="Kananaskis", country="CA", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="G7", evidence=[KAN]),
        dict(date="2019-06", place="Panmunjom", country=None, participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PMJ]),
    ],
    agreements=[
        dict(title="expand shipbuilding cooperation", kind="commitment", date="2025-08-25",
             parties=["KR", "US"], status="agreed", evidence=[SHIP]),
        dict(title="Korea-U.S. tariff deal (15 percent tariff, $350 billion investment)", kind="commitment", date="2025-07-30",
             parties=["KR", "US"], status="referenced", evidence=[SHIP, TARIFF]),
        dict(title="strengthen three-way cooperation with Japan", kind="commitment", date="2025-08-25",
             parties=["KR", "US"], status="agreed", evidence=[TRI]),
        dict(title="Korea-Japan joint press statement (Tokyo)", kind="joint-statement", date="2025-08-23",
             parties=["JP", "KR"], status="referenced", evidence=[JPS]),
    ],
    notes=[
        "Invented story of a Seoul English-language daily (The Han River Times); section line, headline, Published/Updated line and byline are furniture (the stamps and the headline's 'two days after' are annotated). Invented: reporters and outlet, the 'little over two hours' figure, the senior official's quote.",
        "Real facts checked on stored pages: korea.net articleId=277794 (first summit on 25 Aug at the White House, Oval Office statements and expanded summit in the Cabinet Room, 'peacemaker', request to meet Kim Jong Un, shipbuilding cooperation, trilateral cooperation with Japan reaffirmed); koreajoongangdaily 2025-08-28 (summit on Monday; Trump interested in meeting Kim possibly within the year; trade deal of 30 July with 15 percent tariffs for $350 billion of investment; Hanwha Philly Shipyard on Tuesday; Tokyo visit over Saturday and Sunday with a joint press statement); koreaherald.com article 10552209 (working lunch; departure 24 Aug); lokmattimes.com and yenisafak (Lee-Ishiba talks on Saturday 23 Aug; to Washington on Sunday); preview.deepnewz.com ('at some point'; Lee's idea of a meeting during a regional forum). From the project's manifests: first Lee-Ishiba summit at the G7 in Kananaskis in June 2025 and the scrapped Lee-Trump talks (articles, dev3, dev8); 'first joint document in 17 years' (articles 2025-08-24); Trump-Kim at Panmunjom in June 2019 (dev9); APEC in Gyeongju (unseen12).",
        "Summits (4): Lee-Trump (ordinal 1); Lee-Ishiba in Tokyo; Lee-Ishiba at Kananaskis (ordinal 1, 'first met'); Trump-Kim at Panmunjom (country null: the border village lies in the Joint Security Area). Not summits: the scrapped Lee-Trump meeting at the G7, a hypothetical Trump-Kim meeting, the APEC invitation.",
        "Agreements (4): shipbuilding and trilateral commitments (KR-U.S., agreed); the July tariff deal (referenced commitment); the Tokyo joint press statement (referenced). Not recorded: Lee's request that Trump meet Kim (a wish, no counterpart), the invitation to APEC (a multilateral gathering, as unseen16).",
        "Timexes: 'two days after' in the headline = 2025-08-25 (the summit it points to); 'in 17 years' = P17Y; 'a day early' not annotated (its anchor is not stated).",
    ],
)
