GOLD = dict(
    published="2026-01-09",
    furniture=[
        "Lee to visit Nara next week for summit on Takaichi's home turf", "17:32 JST\n",
        "Tokyo, Jan. 9, 2026 (Hokuriku Press) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["Lee Jae myung", "Lee Jae Myung", "South Korean President Lee"
                          " Jae-myung", "Lee", "He"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi"],
        "Minoru Kihara": ["Chief Cabinet Secretary Minoru Kihara", "Kihara"],
        "Shigeru Ishiba": ["then Prime Minister Shigeru Ishiba", "Ishiba"],
        "Wi Sung-lac": ["Lee's national security adviser, Wi Sung-lac", "Wi"],
        "Xi Jinping": ["President Xi Jinping", "Xi"],
        "Giorgia Meloni": ["Italian Prime Minister Giorgia Meloni", "Meloni"],
    },
    quotes=[
        ("more important than ever", "partial", "Minoru Kihara", "told a regular news"
         " conference"),
        ("in a future-oriented and stable way.", "partial", "Minoru Kihara", "said"),
        ("Seoul wants to show it is not choosing sides,", "direct", None, "said"),
        ("For us, the point is that he is coming", "direct", None, None),
    ],
    statements=[
        ("the two governments announced Friday", ["Lee Jae-myung", "Sanae Takaichi"],
         "announced"),
        ("Chief Cabinet Secretary Minoru Kihara told a regular news conference",
         ["Minoru Kihara"], "told a regular news conference"),
        ("He said the government hoped", ["Minoru Kihara"], "said"),
        ("Lee said then that he would like to see Nara", ["Lee Jae-myung"], "said"),
        ("Wi Sung-lac, told reporters in Seoul", ["Wi Sung-lac"], "told reporters"),
        ("since Takaichi told parliament in November", ["Sanae Takaichi"], "told parliament"),
    ],
    timexes=[
        ("17:32 JST", "2026-01-09T17:32", None),
        ("Tokyo, [[Jan. 9, 2026]] (Hokuriku", "2026-01-09", None),
        ("western Japan on [[Tuesday]]", "2026-01-13", None),
        ("two days of talks", "P2D", None),
        ("announced [[Friday]]", "2026-01-09", None),
        ("in the afternoon", "2026-01-13TAF", None),
        ("On [[Wednesday]] they will visit", "2026-01-14", None),
        ("seventh-century", "06", None),
        ("Oct. 30", "2025-10-30", None),
        ("Johannesburg in [[November]]", "2025-11", None),
        ("took office in [[June]]", "2025-06", None),
        ("abroad in [[August]]", "2025-08", None),
        ("17 years", "P17Y", None),
        ("late September", "2025-09", "END"),
        ("Asian Games, which Japan will host in [[September]]", "2026-09", None),
        ("Lee returned on [[Wednesday]]", "2026-01-07", None),
        ("four-day", "P4D", None),
        ("parliament in [[November]]", "2025-11", None),
        ("Jan. 16", "2026-01-16", None),
        ("three-day", "P3D", None),
        ("next Thursday", "2026-01-15", None),
    ],
    summits=[
        dict(date="2026-01-13", place="Nara", country="JP",
             participants=["Lee Jae-myung", "Sanae Takaichi"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["South Korean President Lee Jae-myung will travel to Nara",
                       "Lee will arrive in Nara in the afternoon",
                       "It will be Lee's second visit to Japan"]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Lee Jae-myung", "Sanae Takaichi"], kind="sidelines", ordinal=1,
             status="held", occasion="the Asia-Pacific Economic Cooperation summit",
             evidence=["The trip fulfils an offer Lee made"]),
        dict(date="2025-11", place="Johannesburg", country="ZA",
             participants=["Lee Jae-myung", "Sanae Takaichi"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of 20 summit",
             evidence=["The pair also had a brief meeting"]),
        dict(date="2025-08", place="Tokyo", country="JP",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["He chose Tokyo for his first bilateral trip abroad"]),
        dict(date="2025-09", place="Busan", country="KR",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Ishiba returned the visit in Busan"]),
        dict(date="2026-01", place="Beijing", country="CN",
             participants=["Lee Jae-myung", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Lee returned on Wednesday from a four-day state visit"]),
        dict(date="2026-01-16", place="Tokyo", country="JP",
             participants=["Sanae Takaichi", "Giorgia Meloni"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Takaichi will also host Italian Prime Minister Giorgia Meloni"]),
    ],
    agreements=[
        dict(title="Lee-Ishiba joint statement of August 2025", kind="joint-statement",
             date="2025-08", parties=["JP", "KR"], status="referenced",
             evidence=["He chose Tokyo for his first bilateral trip abroad"]),
    ],
    notes=[
        "Invented test article (Japanese wire: headline, time stamp line and dateline are"
        " furniture; stamp and dateline annotated; the stamp '17:32 JST' takes its date from"
        " the dateline below it). Reporter-less wire copy; outlet, stamp, Kihara's partials"
        " and the official's quote are invented, Kihara's partials echo his reported wording"
        " ('future-oriented and stable'). Real background (Kyodo via news.az, Jiji via"
        " nippon.com, Reuters via CNA and The News, Yomiuri via Nation Thailand, 2026-01-08/09;"
        " JoongAng Daily 2026-01-13): announcement on Friday 2026-01-09 of Lee's two-day visit"
        " to Nara from Tuesday 2026-01-13, summit, joint press conference and dinner, Horyuji"
        " in Ikaruga on Wednesday 2026-01-14, meeting with Korean residents; Kihara's remarks;"
        " Wi Sung-lac's briefing on the China-Japan dispute and North Korean athletes at the"
        " September Asian Games in Japan; Lee's proposal of a Nara visit at the first meeting"
        " in Gyeongju (2025-10-30) and Takaichi's acceptance; the brief G20 meeting in"
        " November 2025; Lee's August 2025 Tokyo visit with the first joint statement in 17"
        " years; Ishiba in Busan (2025-09-30); Lee's four-day China visit from Sunday"
        " 2026-01-04 with Xi talks; Meloni's visit from Thursday 2026-01-15 and talks on"
        " 2026-01-16. Lee's return on Wednesday 2026-01-07 is inferred from a four-day visit"
        " from Sunday; Takaichi's Taiwan remark in November 2025 is general knowledge.",
        "Quotes: Kihara's two partials; the official's two direct quotes (null, split by"
        " 'said a Japanese government official ...').",
        "Statements: 'the two governments announced' (Lee and Takaichi as speakers, debatable:"
        " governments); Kihara 'told a regular news conference' and 'said'; Lee 'said then';"
        " Wi 'told reporters'; Takaichi 'told parliament' (in a subordinate clause). Not a"
        " statement: 'according to Seoul' (attribution of a schedule).",
        "Timexes: published Friday 2026-01-09; 'Tuesday' = 2026-01-13; 'two days' = P2D; 'in"
        " the afternoon' = 2026-01-13TAF; 'Wednesday' (future) = 2026-01-14; 'seventh-century'"
        " = century '06' (TIMEX3 century of the 600s; debatable); 'Oct. 30' = 2025-10-30;"
        " 'November' (past) = 2025-11 x2; 'June', 'August' = 2025; '17 years' = P17Y; 'late"
        " September' = 2025-09 END; 'September' (future, the Games) = 2026-09; 'Wednesday'"
        " (past, return) = 2026-01-07; 'four-day' = P4D; 'Jan. 16'; 'three-day' = P3D; 'next"
        " Thursday' = 2026-01-15. Not a timex: 'days before he stepped down' (vague).",
        "Summits (7): the planned Nara summit (2026-01-13); Gyeongju (ordinal 1, 'first"
        " met'); the brief Johannesburg G20 meeting (sidelines; 'a brief meeting', held);"
        " Lee-Ishiba in Tokyo (2025-08) and in Busan (late September 2025); Lee-Xi in Beijing"
        " (2026-01, the visit ran January 4-7); the planned Takaichi-Meloni talks in Tokyo"
        " (2026-01-16). The Nara visit is one summit over two days (the temple visit is not a"
        " separate summit).",
        "Agreements (1): the August 2025 joint statement (referenced). Not agreements: Lee's"
        " offer to visit Nara accepted by Takaichi (a visit, kept out as the planned summit"
        " itself; debatable), the topics Wi expects to be discussed.",
    ],
)
