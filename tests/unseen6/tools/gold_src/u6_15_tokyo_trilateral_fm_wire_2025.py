GOLD = dict(
    published="2025-03-22",
    furniture=[
        "(LEAD) Top diplomats of S. Korea, Japan, China agree to speed up preparations for"
        " leaders' summit in Japan",
        "2025/03/22 18:31 KST", "By Lim Da-eun", "TOKYO, March 22 (Hanbit Wire) -- ", "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Cho Tae-yul": ["Cho Tae yul", "Foreign Minister Cho Tae-yul", "Cho"],
        "Takeshi Iwaya": ["Japanese Foreign Minister Takeshi Iwaya", "Iwaya"],
        "Wang Yi": ["Chinese Foreign Minister Wang Yi", "Wang"],
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
    },
    quotes=[
        ("The world around us has grown harsher", "direct", "Takeshi Iwaya", "said"),
        ("face history squarely", "partial", "Wang Yi", "called on"),
    ],
    statements=[
        ("The foreign ministers of South Korea, Japan and China agreed Saturday",
         ["Cho Tae-yul", "Takeshi Iwaya", "Wang Yi"], "agreed"),
        ("Cho urged Beijing to play a constructive role", ["Cho Tae-yul"], "urged"),
        ("Wang called on the three", ["Wang Yi"], "called on"),
        ("They agreed to hold joint events", [None], "said"),
        ("Japan has not set a date for the next summit", [None], "floated"),
    ],
    timexes=[
        ("2025/03/22 18:31", "2025-03-22T18:31", None),
        ("TOKYO, [[March 22]] (Hanbit", "2025-03-22", None),
        ("Saturday", "2025-03-22", None),
        ("November 2023", "2023-11", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("normalization [[this year]]", "2025", None),
        ("December", "2024-12", None),
        ("May 27 last year", "2024-05-27", None),
        ("later this year", "2025", None),
        ("January", "2025-01", None),
    ],
    summits=[
        dict(date="2024-05-27", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The three countries' leaders last met in Seoul"]),
    ],
    agreements=[
        dict(title="accelerate preparations for the next trilateral summit in Japan",
             kind="commitment", date="2025-03-22", parties=["CN", "JP", "KR"],
             status="agreed",
             evidence=["The foreign ministers of South Korea, Japan and China agreed"]),
        dict(title="work together on low birthrates and aging societies", kind="commitment",
             date="2025-03-22", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["The foreign ministers of South Korea, Japan and China agreed"]),
        dict(title="restart trilateral FTA negotiations", kind="commitment",
             date="2025-03-22", parties=["CN", "JP", "KR"], status="proposed",
             evidence=["Wang called on the three"]),
        dict(title="joint events for the 60th anniversary of normalization",
             kind="commitment", date="2025-03-22", parties=["JP", "KR"], status="agreed",
             evidence=["They agreed to hold joint events"]),
        dict(title="keep up close communication despite political uncertainty",
             kind="commitment", date="2025-03-22", parties=["JP", "KR"], status="agreed",
             evidence=["They agreed to hold joint events"]),
    ],
    notes=[
        "Invented test article (Seoul wire: '(LEAD)' headline, KST stamp, byline, dateline"
        " and '(END)' are furniture; stamp and dateline annotated). Every quote is invented"
        " (Iwaya's direct quote, Wang's partial); the reporter, the 18:31 stamp, the 40-minute"
        " length of the Cho-Iwaya talks and their anniversary-events undertaking are invented"
        " details. Real background: the trilateral foreign ministers' meeting in Tokyo on"
        " Saturday 2025-03-22 chaired by Iwaya with Cho Tae-yul and Wang Yi, the first since"
        " Busan in November 2023, agreeing to prepare a leaders' summit in Japan and to"
        " cooperate on low birthrates and aging; Wang on facing history and on resuming FTA"
        " talks; a Cho-Iwaya bilateral the same day; Yoon's impeachment in December 2024 over"
        " martial law, with the Constitutional Court ruling still pending (it came on"
        " 2025-04-04); the Seoul trilateral summit of 2024-05-27; Iwaya's Seoul visit in"
        " January 2025.",
        "Quotes: Iwaya's direct quote; Wang's partial.",
        "Statements: the lede 'agreed' (three ministers); Cho 'urged ... and voiced"
        " concern'; Wang 'called on ... and proposed'; 'They agreed ..., a South Korean"
        " official said' (speaker the unnamed official, null; debatable: Cho and Iwaya as"
        " joint actors would also do); 'officials in Tokyo have floated' (null). Not a"
        " statement: the direct-quote sentence.",
        "Timexes: published Saturday 2025-03-22; 'November 2023'; 'about 40 minutes' = PT40M"
        " APPROX; 'this year' and 'later this year' = 2025; bare 'December' (past) = 2024-12;"
        " 'May 27 last year' = 2024-05-27 (one expression); bare 'January' (past) = 2025-01.",
        "Summits (1): the Seoul trilateral of 2024-05-27 (held). Not summits: the"
        " ministers' meetings; the next summit in Japan (no date, no leaders named).",
        "Agreements (5): two trilateral commitments in the lede (two courses in one"
        " sentence); Wang's proposal to restart FTA negotiations (commitment kind, status"
        " proposed); the Cho-Iwaya anniversary events and close communication (two"
        " commitments; the second is close to a general reaffirmation, debatable). Not"
        " agreements: Cho's urging of Beijing (no joint course), Wang's call to face history.",
    ],
)
