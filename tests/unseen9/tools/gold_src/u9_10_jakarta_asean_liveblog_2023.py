GOLD = dict(
    published="2023-09-07",
    furniture=[
        "LIVE: Yoon in Jakarta - ASEAN Plus Three with Kishida and Li, then talks with China's"
        " premier",
        "Seoul Evening Post | Live coverage",
        "Last updated: Sept. 7, 2023, 16:55 (Jakarta time, UTC+7)",
        "THURSDAY, SEPT. 7", "WEDNESDAY, SEPT. 6",
        "16:55 - ", "15:40 - ", "14:10 - ", "09:30 - ", "19:05 - ", "17:20 - ", "16:00 - ",
        "12:45 - ", "09:15 - ",
        "Related: Camp David: What the three leaders signed | Yoon heads for ASEAN, G20 on"
        " seven-day trip",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["Yoon", "Yoon Suk-yeol"],
        "Li Qiang": ["Chinese Premier Li Qiang", "Li", "the Chinese premier"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Kim Tae-hyo": ["First Deputy National Security Adviser Kim Tae-hyo", "Kim"],
        "Xi Jinping": ["President Xi Jinping"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Moon Jae-in": [],
        "Shinzo Abe": [],
        "Li Keqiang": [],
    },
    quotes=[
        ("faithfully", "partial", "Yoon Suk Yeol", "asked"),
        ("Seoul will stay in close touch with Tokyo", "direct", "Yoon Suk Yeol", None),
        ("Korea, Japan and China,", "partial", "Yoon Suk Yeol", "said"),
        ("Nothing is fixed yet", "direct", None, "said"),
    ],
    statements=[
        ("First Deputy National Security Adviser Kim Tae-hyo says",
         ["Kim Tae-hyo", "Yoon Suk Yeol"], "says"),
        ("Yoon also asked Li to help hold",
         ["Yoon Suk Yeol", "Li Qiang", "Kim Tae-hyo"], "asked"),
        ("A Japanese government source tells our Tokyo bureau", [None, "Fumio Kishida"],
         "tells"),
        ("At the session itself, the Chinese premier voiced concern", ["Li Qiang"],
         "voiced concern"),
        ("He also said Seoul would supply", ["Yoon Suk Yeol"], "said"),
        ("Note the order: Yoon said", ["Yoon Suk Yeol"], "said"),
        ("Officials say that was deliberate.", [None], "say"),
        ("A presidential official says Seoul, Tokyo and Beijing", [None], "says"),
        ("No separate Yoon-Kishida talks were on the schedule", [None], "added"),
    ],
    timexes=[
        ("Sept. 7, 2023, 16:55", "2023-09-07T16:55", None),
        ("THURSDAY, SEPT. 7", "2023-09-07", None),
        ("[[16:55]] - That's", "2023-09-07T16:55", None),
        ("New Delhi [[on Friday]]", "2023-09-08", None),
        ("[[15:40]] - Readout", "2023-09-07T15:40", None),
        ("[[14:10]] - Yoon", "2023-09-07T14:10", None),
        ("November last year", "2022-11", None),
        ("[[09:30]] - The East", "2023-09-07T09:30", None),
        ("this morning", "2023-09-07TMO", None),
        ("WEDNESDAY, SEPT. 6", "2023-09-06", None),
        ("[[19:05]] - A Japanese", "2023-09-06T19:05", None),
        ("[[17:20]] - Yoon", "2023-09-06T17:20", None),
        ("[[16:00]] - The ASEAN", "2023-09-06T16:00", None),
        ("the first time [[this year]]", "2023", None),
        ("last met [[last month]]", "2023-08", None),
        ("[[12:45]] - A presidential", "2023-09-06T12:45", None),
        ("the end of the year", "2023", "END"),
        ("December 2019", "2019-12", None),
        ("this afternoon", "2023-09-06TAF", None),
        ("[[09:15]] - Good morning", "2023-09-06T09:15", None),
        ("arrived [[on Tuesday]]", "2023-09-05", None),
        ("two days", "P2D", None),
    ],
    summits=[
        dict(date="2023-09-07", place="Jakarta", country="ID",
             participants=["Yoon Suk Yeol", "Li Qiang"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits",
             evidence=["First Deputy National Security Adviser Kim Tae-hyo says",
                       "Yoon also asked Li to help hold",
                       "Yoon and Chinese Premier Li Qiang have sat down",
                       "It is Yoon's first meeting with a top Chinese leader"]),
        dict(date="2022-11", place="Bali", country="ID",
             participants=["Yoon Suk Yeol", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20 summit",
             evidence=["It is Yoon's first meeting with a top Chinese leader"]),
        dict(date="2023-09-06", place="Jakarta", country="ID",
             participants=["Fumio Kishida", "Li Qiang"], kind="sidelines", ordinal=None,
             status="held", occasion="the ASEAN Plus Three summit",
             evidence=["A Japanese government source tells our Tokyo bureau"]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["Yoon and Kishida last met last month at Camp David"]),
        dict(date="2023", place=None, country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None,
             evidence=["Yoon also asked Li to help hold",
                       "A presidential official says Seoul, Tokyo and Beijing"]),
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The last one was held in Chengdu"]),
    ],
    agreements=[
        dict(title="South Korean request that China help hold the trilateral summit in Korea"
             " at an early date", kind="commitment", date="2023-09-07",
             parties=["CN", "KR"], status="proposed",
             evidence=["Yoon also asked Li to help hold"]),
    ],
    notes=[
        "Invented live page (headline, outlet line, 'Last updated' line, the two day headers,"
        " the entry times and the 'Related' line are furniture; the updated line, the day"
        " headers and every entry time are annotated, each entry time on its day's date;"
        " relative expressions inside an entry are read against that entry's day). Outlet,"
        " the presidential official's and the Japanese source's words and all quotes are"
        " invented (Yoon's ASEAN Plus Three quote paraphrases his reported remark; 'faithfully'"
        " is from Kim Tae-hyo's reported briefing). Real background (Korea Times and"
        " koreatimesus 2023-09-05, Yonhap 2023-09-06 x2, Korea Herald 2023-09-06 and"
        " 2023-09-07, Kantei 2023-09-06, NHK World 2023-09-05, The Diplomatic Insight): Yoon"
        " arrived in Jakarta on Tuesday 2023-09-05; ASEAN Plus Three on 2023-09-06 with"
        " Kishida and Li Qiang; Yoon's remark on reviving the trilateral summit and the order"
        " 'South Korea, Japan and China'; 4,500 tons of rice; talks under way on a trilateral"
        " before year-end, Korea as chair; Yoon-Li meeting at the Jakarta Convention Center on"
        " 2023-09-07, the first with a top Chinese leader since Yoon met Xi in Bali in"
        " November 2022, Yoon asking for help with the trilateral in Korea and Li's positive"
        " response; Camp David on 2023-08-18; Kishida explaining the Fukushima water at"
        " ASEAN. From general knowledge: Harris at the East Asia Summit, Yoon's departure for"
        " New Delhi on Friday, the Chengdu trilateral of December 2019, the Kishida-Li brief"
        " exchange and Li's concern about the release (treated as real but uncertain).",
        "Quotes: Yoon's 17:20 quote has no reporting verb (cue null); \"Korea, China and"
        " Japan\" is not a quote (nobody said it; it names the usual order).",
        "Summits (6): Yoon-Li Qiang 2023-09-07; Yoon-Xi Bali 2022-11; Kishida-Li brief"
        " exchange 2023-09-06 (recorded as a sideline meeting, debatable); Camp David"
        " 2023-08; the planned trilateral in Korea in 2023; Chengdu 2019-12. Not records: the"
        " ASEAN Plus Three summit and the East Asia Summit (gatherings, even though the three"
        " leaders 'share a table'), the G20 in New Delhi, the negated Yoon-Kishida talks.",
        "Agreements (1): Yoon's request to Li (a joint course of action proposed to the other"
        " side; proposed; debatable: it may be read as a request for support only). Not"
        " agreements: the rice contribution (unilateral), Li's promise to 'respond"
        " positively' (not an agreement).",
    ],
)
