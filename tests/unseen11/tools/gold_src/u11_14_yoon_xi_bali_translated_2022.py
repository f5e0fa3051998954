GOLD = dict(
    published="2022-11-15",
    furniture=[
        "[Translated from the Korean edition] Yoon, Xi hold first summit in Bali... Yoon: \"China"
        " should play a more active role on North Korea\"",
        "Maeum Ilbo English Service | Input 2022.11.15 23:48 | Modified 2022.11.16 07:15",
        "(Bali = Reporter Kwon Na-rae)",
        "Kwon Na-rae rnkwon@maeum.example",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Moon Jae-in": ["former President Moon Jae-in"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Han Duck-soo": ["Prime Minister Han Duck-soo"],
        "South Korean presidential office": ["the presidential office"],
        "Chinese state media": [],
    },
    quotes=[
        ("The more North Korea provokes", "direct", "Yoon Suk Yeol", "told"),
        ("Seoul wanted to meet Beijing", "direct", None, "said"),
    ],
    statements=[
        ("Yoon asked Xi to play a more active",
         ["Yoon Suk Yeol", "South Korean presidential office"], "asked"),
        ("Xi said that China hoped", ["Xi Jinping", "Chinese state media"], "said"),
        ("The two leaders had exchanged a few words", ["Yoon Suk Yeol"], "thanked"),
        ("A diplomatic source in Seoul said", [None], "said"),
    ],
    timexes=[
        ("Input [[2022.11.15 23:48]]", "2022-11-15T23:48", None),
        ("Modified [[2022.11.16 07:15]]", "2022-11-16T07:15", None),
        ("on the 15th (local time)", "2022-11-15", None),
        ("December 2019", "2019-12", None),
        ("5 p.m.", "2022-11-15T17:00", None),
        ("earlier in the day", "2022-11-15", None),
        ("election [[in March]]", "2022-03", None),
        ("On the 13th", "2022-11-13", None),
        ("on the 14th", "2022-11-14", None),
        ("on the 17th", "2022-11-17", None),
        ("on the 16th", "2022-11-16", None),
    ],
    summits=[
        dict(date="2022-11-15", place="Bali", country="ID",
             participants=["Yoon Suk Yeol", "Xi Jinping"], kind="sidelines", ordinal=1,
             status="held", occasion="the Group of 20 summit",
             evidence=["President Yoon Suk Yeol held his first summit",
                       "It was the first face-to-face meeting between the leaders",
                       "The talks began at 5 p.m. local time.",
                       "The summit was the last of Yoon's bilateral meetings"]),
        dict(date="2019-12", place="Beijing", country="CN",
             participants=["Moon Jae-in", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["It was the first face-to-face meeting between the leaders"]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH",
             participants=["Yoon Suk Yeol", "Joe Biden"], kind="sidelines", ordinal=None,
             status="held", occasion="the ASEAN-related summits (not named here)",
             evidence=["On the 13th, in Phnom Penh"]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="the ASEAN-related summits (not named here)",
             evidence=["On the 13th, in Phnom Penh"]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH",
             participants=["Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"], kind="trilateral",
             ordinal=None, status="held", occasion="the ASEAN-related summits (not named here)",
             evidence=["On the 13th, in Phnom Penh"]),
        dict(date="2022-11-14", place="Bali", country="ID",
             participants=["Joe Biden", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of 20 summit",
             evidence=["Biden met Xi in Bali on the 14th."]),
        dict(date="2022-11-17", place="Bangkok", country="TH",
             participants=["Fumio Kishida", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="planned", occasion="the Asia-Pacific Economic Cooperation meeting",
             evidence=["Kishida, for his part, is set to hold talks with Xi"]),
    ],
    agreements=[
        dict(title="Phnom Penh Statement on U.S.-Japan-ROK trilateral partnership",
             kind="joint-statement", date="2022-11-13", parties=["JP", "KR", "US"],
             status="referenced",
             evidence=["On the 13th, in Phnom Penh"]),
    ],
    notes=[
        "Invented translated Korean-press article (headline, Input/Modified line, reporter line"
        " and e-mail sign-off are furniture; both stamps are annotated in Korean time). Outlet,"
        " reporter, every quote (Yoon's sentence to Xi, the diplomatic source) are invented."
        " Real background: Yonhap 2022-11-15 (first Yoon-Xi summit in Bali at 5 p.m. local time"
        " on the G20 sidelines; brief encounter before a G20 session in which Yoon thanked Xi for"
        " his congratulatory call after the March election; Biden-Xi the previous day; Yoon's"
        " earlier summits with Biden and Kishida and the trilateral; last Korea-China leaders'"
        " meeting in December 2019); Nation Thailand 2022-11-15 (Kishida-Xi on the 17th at APEC"
        " in Bangkok). From general knowledge: Moon's December 2019 trip to Beijing, the Phnom"
        " Penh Statement of 13 November 2022, Han Duck-soo at APEC, Xi's remarks as reported by"
        " Chinese media, Yoon's return on the 16th.",
        "Summits (7): Bali Yoon-Xi (ordinal 1: 'his first summit with Xi'); Moon-Xi in Beijing"
        " (2019-12); Phnom Penh Yoon-Biden, Yoon-Kishida and the trilateral (13 November);"
        " Biden-Xi (14 November); Kishida-Xi in Bangkok (planned, 17 November). Not summits: the"
        " brief exchange of words before the G20 session (same leaders, same day, not a"
        " meeting), Han Duck-soo at APEC (not a head of government), the post-election phone"
        " call.",
        "Agreements (1): the Phnom Penh Statement (joint-statement, referenced). Not"
        " agreements: Yoon's request to Xi, Xi's hopes.",
        "Timexes: Korean-press day numbers resolve to November 2022; '5 p.m.' is local time in"
        " Bali on the 15th.",
    ],
)
