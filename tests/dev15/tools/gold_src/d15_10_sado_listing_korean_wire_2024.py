# ruff: noqa: E501
LEDE = "The UNESCO World Heritage Committee on Saturday inscribed"
CONSENT = "Seoul's foreign ministry said it had consented"
UNDER = "Under the understanding, Japan has installed an exhibition"
DEAL = "The last-minute deal came after months of talks"
CRITICS = "Critics in Seoul recalled the 2015 listing"
UNESCO = "UNESCO later said Japan had not fully carried out that promise."
LESSON = "The lesson of Hashima is that a promise"
MONITOR = "The ministry said it would monitor the annual memorial"

GOLD = dict(
    published="2024-07-27",
    furniture=[
        "(LEAD) Japan's Sado mines win UNESCO listing after Seoul drops opposition over forced labor history\n"
        "(ATTN: ADDS Kishida's comments in paras 7-8, background in last 3 paras)\n"
        "By Seo Jun-ho",
        "SEOUL, July 27 (KNA) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Ministry of Foreign Affairs of South Korea": ["Seoul's foreign ministry", "The ministry"],
        "Yoko Kamikawa": ["Japanese Foreign Minister Yoko Kamikawa"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol"],
        "Government of Japan": ["Tokyo", "Japan"],
        "UNESCO": [],
        "Ryu Eun-ji": ["Ryu Eun-ji, who heads a civic group of victims' families in Gwangju"],
    },
    quotes=[
        ("on the condition that Japan faithfully implements", "partial", "Ministry of Foreign Affairs of South Korea", "said"),
        ("full history", "partial", "Ministry of Foreign Affairs of South Korea", "said"),
        ("We expect Japan to keep its word this time", "direct", None, "told reporters"),
        ('had been "[[forced to work]]', "partial", "Government of Japan", "promised"),
        ("The lesson of Hashima", "direct", "Ryu Eun-ji", "said"),
    ],
    statements=[
        (CONSENT, ["Ministry of Foreign Affairs of South Korea"], "said"),
        ("Japanese Foreign Minister Yoko Kamikawa welcomed the inscription", ["Yoko Kamikawa"], "welcomed"),
        ("Prime Minister Fumio Kishida wrote on X", ["Fumio Kishida"], "wrote"),
        (CRITICS, [None, "Government of Japan"], "recalled"),
        (UNESCO, ["UNESCO"], "said"),
        ("Opposition lawmakers accused the government", [None], "accused"),
        (MONITOR, ["Ministry of Foreign Affairs of South Korea"], "said"),
    ],
    timexes=[
        ("SEOUL, [[July 27]]", "2024-07-27", None),
        ("Committee on [[Saturday]]", "2024-07-27", None),
        ("1910-45", "1910/1945", None),
        ("14-year", "P14Y", None),
        ("earlier this month", "2024-07", None),
        ("in [[2022]].", "2022", None),
        ("the [[2015]] listing", "2015", None),
        ("the fall", "2024-FA", None),
    ],
    summits=[
        dict(date="2024-07", place="Washington", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="NATO summit", evidence=[DEAL]),
    ],
    agreements=[
        dict(title="understanding on reflecting the full history of the Sado mines (exhibition on Korean workers)", kind="commitment", date="2024-07",
             parties=["JP", "KR"], status="agreed", evidence=[LEDE, CONSENT, UNDER, DEAL]),
        dict(title="hold a memorial service on Sado every year for all workers", kind="commitment", date="2024-07",
             parties=["JP", "KR"], status="agreed", evidence=[UNDER, MONITOR]),
        dict(title="Japan's 2015 promise to inform visitors that Koreans were forced to work at the Meiji industrial sites", kind="commitment", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[CRITICS, UNESCO, LESSON]),
    ],
    notes=[
        "Invented Korean wire story (agency 'KNA', Yonhap style; reporter Seo Jun-ho and Ryu Eun-ji's civic group invented; headline, ATTN line, byline, dateline prefix and '(END)' are furniture; the dateline date is annotated). The senior official's direct quote and Ryu's quote are invented; the opposition's demand and the ministry's monitoring remark are invented.",
        "Real facts, checked on stored pages: koreaherald.com ud=20240726050504 (Seoul consented to the listing; more than 1,500 Koreans; Japan to display the history of Korean forced laborers in exchange for consent; decision expected without a vote in New Delhi), nation.com.pk 2024-07-28 and dailytimes.com.pk (listing on Saturday 27 July in New Delhi; the ministry's condition 'that Japan faithfully implements' the recommendation to reflect the 'full history'; Kishida on X: a 14-year effort; Kamikawa's statement paying tribute to local people), smninewschannel.com (exhibit at the Aikawa museum; annual memorial event for workers), upgrade.dev.toppersnotes.com (Kamikawa did not mention the dark history; 2015 Gunkanjima/Hashima listing controversy), japantoday.com (Kyodo: Japan promised to reflect the whole history), japannews.yomiuri 20240726-200895. From general knowledge and other corpora: Yoon-Kishida on the NATO summit sidelines in Washington in July 2024; Japan's 2015 statement that Koreans were 'forced to work' and UNESCO's later criticism (2021); the first Sado memorial held in November 2024 (the article only expects it 'in the fall').",
        "Summits (1): Yoon-Kishida in Washington (July 2024, NATO summit sidelines). Not a summit: 'more than ten' meetings (aggregate), the committee session.",
        "Agreements (3): the Seoul-Tokyo understanding on the exhibition / full history (commitment, agreed) and the annual memorial (a second course of action, agreed), both dated 2024-07; Japan's 2015 promise at the Meiji sites listing (recorded as a referenced JP-KR commitment since it was made to settle Seoul's objection - debatable). Not agreements: Seoul's consent as such (part of the understanding), Kamikawa's statement, the opposition's demand. 'Battleship Island' and 'forced labor' (the words demanded for the exhibition) are names or terms in quotation marks, not quotes.",
        "Timexes: 'earlier this month' = 2024-07; 'the fall' = 2024-FA; 'every year' is a frequency, not annotated; '14-year' = P14Y.",
    ],
)
