# ruff: noqa: E501
OFFICE = "In Seoul, the presidential office said it hoped"
SENIOR = "A senior official told KNS"
TWELVE = "Yoon and Kishida met 12 times."
TOKYO = "Yoon's visit to Tokyo in March last year"
LAST = "Their last summit took place in Seoul only three weeks ago"
MEMO = "At that meeting, the two sides signed a memorandum"

GOLD = dict(
    published="2024-09-27",
    furniture=[
        "Ishiba wins Japan's ruling party race; Seoul eyes early talks to keep thaw going\n"
        "Written: 2024-09-27 20:14 Updated: 2024-09-27 22:40",
        "[Photo] Shigeru Ishiba waves after winning the LDP leadership election in Tokyo on Friday. Photo: Pool\n"
        "Related News\n- Seoul, Tokyo revive seabed commission after 39 years\n- Kishida's last summit with Yoon: a memo, a handshake, a send-off",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Former Japanese Defense Minister Shigeru Ishiba", "Ishiba", "he", "him"],
        "Fumio Kishida": ["Kishida"],
        "Sanae Takaichi": ["Economic Security Minister Sanae Takaichi", "Takaichi", "her"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Jang Ye-rin": ["Jang Ye-rin, a professor of Japanese studies at Namhae University", "She"],
        "Office of the President of South Korea": ["the presidential office"],
    },
    quotes=[
        ("as early as possible", "partial", None, "told"),
        ("something to be handed on", "partial", "Fumio Kishida", "called"),
        ("The choice of Ishiba is a relief for Seoul", "direct", "Jang Ye-rin", "said"),
    ],
    statements=[
        (OFFICE, ["Office of the President of South Korea"], "said"),
        (SENIOR, [None], "told"),
        (TOKYO, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (LAST, ["Fumio Kishida"], "called"),
        (MEMO, ["Yoon Suk Yeol", "Fumio Kishida"], "pledged"),
        ("She said the real tests would be", ["Jang Ye-rin"], "said"),
    ],
    timexes=[
        ("2024-09-27 20:14", "2024-09-27T20:14", None),
        ("2024-09-27 22:40", "2024-09-27T22:40", None),
        ("Party on [[Friday]]", "2024-09-27", None),
        ("next week", "2024-W40", None),
        ("on [[Tuesday]].", "2024-10-01", None),
        ("the past two years", "P2Y", None),
        ("early next month", "2024-10", "START"),
        ("March last year", "2023-03", None),
        ("12-year", "P12Y", None),
        ("less than two months later", "2023-05", None),
        ("May 2023", "2023-05", None),
        ("three weeks ago", "2024-09-06", None),
        ("Sept. 6", "2024-09-06", None),
        ("next year's", "2025", None),
        ("Tokyo on [[Friday]].", "2024-09-27", None),
    ],
    summits=[
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2023-05", place=None, country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2024-09-06", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LAST, MEMO]),
        dict(date="2024-10", place=None, country="LA",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="planned", occasion="ASEAN-related summits", evidence=[SENIOR]),
    ],
    agreements=[
        dict(title="restore regular reciprocal visits (Tokyo, March 2023)", kind="commitment", date="2023-03",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="memorandum of cooperation on evacuating each other's citizens from third countries", kind="mou", date="2024-09-06",
             parties=["JP", "KR"], status="referenced", evidence=[MEMO]),
        dict(title="keep three-way cooperation with Washington on track", kind="commitment", date="2024-09-06",
             parties=["JP", "KR"], status="referenced", evidence=[MEMO]),
    ],
    notes=[
        "Invented Korean broadcaster web story (KBS World / Arirang style; broadcaster 'KNS', Professor Jang Ye-rin and Namhae University invented; headline, Written/Updated stamp, photo caption with credit and the Related News block are furniture; the stamps and the caption's 'Friday' are annotated). The presidential office's statement, the senior official's 'as early as possible', Kishida's 'something to be handed on' and Jang's quote are invented; the stamp times are invented.",
        "Real facts, checked on stored pages: japantimes.co.jp 2024/09/27 (Ishiba won the LDP presidential election on Friday 27 September 2024 on his fifth try, beating Takaichi in the runoff 215 to 194 after 154 to 181 in the first round; to be named prime minister next week), nippon.com 2024-09-27 (Jiji: nine-way race; parliament to elect the new prime minister on Tuesday), devdiscourse 2024-09-27, hosted.ap.org photo captions (Tokyo, Friday). From other corpora's titles and general knowledge: Yoon's Tokyo visit of March 2023 ending a 12-year gap and restoring shuttle visits; Kishida's Seoul visit of May 2023; the 6 September 2024 Seoul summit and protection-of-nationals memorandum; Takaichi's Yasukuni visits; the Vientiane ASEAN-related summits of October 2024 (where Yoon and Ishiba met on 10 October).",
        "Summits (4): Tokyo (March 2023), Kishida's return visit (May 2023, country KR, place not named), Seoul (6 September 2024; ordinal null: '12 times' is an aggregate and 'last summit' states no number), and the planned first Yoon-Ishiba meeting in Laos 'early next month' (ordinal 1, 'a first meeting'; hedged by 'possibly' but recorded as planned). Not summits: 'met 12 times' (aggregate), 'a possible summit in Japan' next year (no participants or date beyond the year; not recorded).",
        "Agreements (3): the March 2023 commitment to restore reciprocal visits, the evacuation memorandum (mou) and the pledge on three-way cooperation (both referenced, 6 September 2024).",
        "Timexes: 'next week' = 2024-W40; 'early next month' = 2024-10 START; 'less than two months later' takes the date it points to (May 2023); 'three weeks ago' = 6 September 2024 as the text says; 'fifth attempt', '60th anniversary' are ordinals; '67' is an age.",
    ],
)
