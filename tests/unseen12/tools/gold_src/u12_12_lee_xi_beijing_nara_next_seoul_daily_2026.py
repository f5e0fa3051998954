FIRST = "President Lee Jae Myung and Chinese President Xi Jinping held talks"
TWO = "The two leaders, who first met in Gyeongju"
NARA = "Lee is expected to travel to Japan next week"
SECOND = "It would be their second summit since"

GOLD = dict(
    published="2026-01-06",
    furniture=[
        "The Bukchon Daily | Posted : 2026-01-06 22:15 | Updated : 2026-01-07 08:30",
        "Lee, Xi pledge 'new chapter' in Beijing; president turns to Nara summit with Takaichi"
        " next week",
        "By Jeon Ha-neul",
        "BEIJING --",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee", "The president"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Li Qiang": ["Premier Li Qiang"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi"],
        "Kang Yu-jung": ["presidential spokesperson Kang Yu-jung"],
        "Cheong Wa Dae": [],
        "Xinhua": [],
    },
    quotes=[
        ("constructive role", "partial", "Lee Jae Myung", "told"),
        ("keep to the right direction", "partial", "Xi Jinping", "was quoted by Xinhua as saying"),
        ("The president wants both neighbors to see", "direct", None, "said"),
        ("There is no such plan.", "direct", None, "said only"),
    ],
    statements=[
        (FIRST, ["Lee Jae Myung", "Xi Jinping", "Cheong Wa Dae"], "agreed"),
        ("Lee told Xi that Seoul respects", ["Lee Jae Myung", "Kang Yu-jung"], "told"),
        ("Xi was quoted by Xinhua", ["Xi Jinping", "Xinhua"], "was quoted as saying"),
        (NARA, [None], "according to"),
        ("The sequence is deliberate", [None], "said"),
        ("Relations between Tokyo and Beijing have been strained", ["Sanae Takaichi"], "told"),
    ],
    timexes=[
        ("Posted : [[2026-01-06 22:15]]", "2026-01-06T22:15", None),
        ("Updated : [[2026-01-07 08:30]]", "2026-01-07T08:30", None),
        ("with Takaichi [[next week]]", "2026-W03", None),
        ("on Monday", "2026-01-05", None),
        ("just over two months", "P2M", "MORE_THAN"),
        ("Nov. 1", "2025-11-01", None),
        ("about 90 minutes", "PT90M", "APPROX"),
        ("On Tuesday", "2026-01-06", None),
        ("on Wednesday", "2026-01-07", None),
        ("travel to Japan [[next week]]", "2026-W03", None),
        ("as early as Friday", "2026-01-09", None),
        ("late October", "2025-10", "END"),
        ("Johannesburg [[in November]]", "2025-11", None),
        ("parliament [[in November]]", "2025-11", None),
        ("since 2019", "2019", None),
    ],
    summits=[
        dict(date="2026-01-05", place="Beijing", country="CN",
             participants=["Lee Jae Myung", "Xi Jinping"], kind="bilateral", ordinal=2,
             status="held", occasion=None,
             evidence=[FIRST, TWO, "Lee told Xi that Seoul respects"]),
        dict(date="2025-11-01", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Xi Jinping"], kind="bilateral", ordinal=1,
             status="held", occasion="APEC", evidence=[TWO]),
        dict(date="2026-01-06", place="Beijing", country="CN",
             participants=["Lee Jae Myung", "Li Qiang"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=["On Tuesday, Lee met Premier Li Qiang"]),
        dict(date="2026-01-12/2026-01-18", place="Nara", country="JP",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="bilateral", ordinal=2,
             status="planned", occasion=None, evidence=[NARA, SECOND]),
        dict(date="2025-10", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[SECOND]),
    ],
    agreements=[
        dict(title="restore high-level exchanges", kind="commitment", date="2026-01-05",
             parties=["CN", "KR"], status="agreed", evidence=[FIRST]),
        dict(title="widen economic cooperation", kind="commitment", date="2026-01-05",
             parties=["CN", "KR"], status="agreed", evidence=[FIRST]),
        dict(title="more than ten Korea-China memorandums of understanding (supply chains,"
                   " artificial intelligence and others)", kind="mou", date="2026-01-05",
             parties=["CN", "KR"], status="signed",
             evidence=["The two governments signed more than ten memorandums"]),
    ],
    notes=[
        "Invented Seoul daily (stamp line, headline, byline and dateline are furniture; stamps"
        " and the headline's 'next week' annotated). Outlet, reporter, the 90-minute length,"
        " the banquet, the two commitments, Lee's and Xi's partial quotes and the senior"
        " official's quotes are invented. Real background: anews/Anadolu 2026-01-04,"
        " sunstar/Xinhua, alexa.ng and allthe.news (state visit 4-7 January 2026; Xi talks on"
        " Monday 5 January; second meeting in two months after Gyeongju in early November;"
        " more than ten MOUs expected; Li Qiang and Zhao Leji, then Shanghai on Tuesday;"
        " return on Wednesday; first trip to China by a South Korean president since 2019;"
        " Great Hall of the People); JoongAng Daily 2025-10-30 (Lee-Xi summit on 1 November"
        " during Xi's state visit); qazinform and JoongAng Daily 2026-01-09 (Nara trip"
        " announced on Friday 9 January; Lee-Takaichi met on 30 October in Gyeongju and"
        " briefly at the G20 in South Africa in November; Takaichi's November remarks on"
        " Taiwan; China's rare earth export curbs).",
        "Summits (5): Lee-Xi in Beijing (ordinal 2 from 'their second summit'); Lee-Xi in"
        " Gyeongju on 1 November (ordinal 1 from 'first met'); Lee-Li Qiang lunch on 6 January"
        " (a head of state and a head of government); the planned Nara summit (dated"
        " 2026-W03 from 'next week', ordinal 2 from 'their second summit'); Lee-Takaichi in"
        " Gyeongju in late October (dated 2025-10). Not a summit: the brief exchange at the"
        " G20 in Johannesburg ('spoke briefly').",
        "Agreements (3): two commitments split from one sentence; the batch of 'more than ten'"
        " MOUs as one mou record, since the text does not separate them (debatable: the"
        " contract's one-record-per-instrument cannot be applied to an uncounted batch). Not"
        " a quote: the '\"one China\" principle' (a policy name).",
    ],
)
