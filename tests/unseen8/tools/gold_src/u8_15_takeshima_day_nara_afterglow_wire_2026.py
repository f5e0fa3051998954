GOLD = dict(
    published="2026-02-22",
    furniture=[
        "(LEAD) Japan again sends vice-ministerial official to 'Takeshima Day' event; Seoul"
        " protests",
        "2026/02/22 16:48 KST", "By Song Ye-rin",
        "SEOUL, Feb. 22 (Hangang News Service) -- ", "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Naoki Furukawa": ["Furukawa"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi"],
        "Lee Jae-myung": ["President Lee Jae-myung", "Lee Jae Myung", "Lee"],
        "South Korean foreign ministry": ["Seoul's foreign ministry", "the ministry"],
        "Shimane Prefectural Assembly": ["Shimane's prefectural assembly"],
    },
    quotes=[
        ("strong regret", "partial", "South Korean foreign ministry", "expressed"),
        ("Dokdo is clearly Korean territory", "direct", "South Korean foreign ministry",
         "said in a spokesperson's statement"),
        ("Tokyo chose not to throw a stone", "direct", None, "said"),
        ("We noticed that.", "direct", None, None),
        ("premature", "partial", None, "said"),
    ],
    statements=[
        ("Seoul's foreign ministry expressed", ["South Korean foreign ministry"], "expressed"),
        ("Prime Minister Sanae Takaichi said during her campaign", ["Sanae Takaichi"], "said"),
        ("In Nara, the two leaders agreed", ["Sanae Takaichi", "Lee Jae-myung"], "agreed"),
        ("Diplomats in both capitals have said", [None], "have said"),
    ],
    timexes=[
        ("2026/02/22 16:48 KST", "2026-02-22T16:48", None),
        ("Dokdo on [[Sunday]]", "2026-02-22", None),
        ("[[September last year]]", "2025-09", None),
        ("office in [[October]]", "2025-10", None),
        ("[[months]] calming", "PXM", None),
        ("Jan. 13-14", "2026-01-13/2026-01-14", None),
        ("less than three months", "P3M", "LESS_THAN"),
        ("Oct. 30", "2025-10-30", None),
        ("Johannesburg in [[November]]", "2025-11", None),
        ("a [[1942]] flood", "1942", None),
        ("designated [[Feb. 22]] as", "XXXX-02-22", None),
        ("Takeshima Day in [[2005]]", "2005", None),
        ("date in [[1905]]", "1905", None),
        ("since [[1954]]", "1954", None),
        ("[[within the year]]", "2026", None),
    ],
    summits=[
        dict(date="2026-01-13", place="Nara", country="JP",
             participants=["Sanae Takaichi", "Lee Jae-myung"], kind="bilateral", ordinal=3,
             status="held", occasion=None,
             evidence=["Takaichi hosted President Lee Jae-myung",
                       "In Nara, the two leaders agreed"]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Sanae Takaichi", "Lee Jae-myung"], kind="sidelines", ordinal=1,
             status="held", occasion="the Asia-Pacific Economic Cooperation forum",
             evidence=["They first held talks on Oct. 30"]),
        dict(date="2025-11", place="Johannesburg", country="ZA",
             participants=["Sanae Takaichi", "Lee Jae-myung"], kind="sidelines", ordinal=2,
             status="held", occasion="the Group of 20 summit",
             evidence=["They first held talks on Oct. 30"]),
    ],
    agreements=[
        dict(title="DNA analysis of remains from the Chosei undersea coal mine",
             kind="commitment", date="2026-01-13", parties=["JP", "KR"], status="agreed",
             evidence=["In Nara, the two leaders agreed"]),
    ],
    notes=[
        "Invented test article (Seoul wire: headline, stamp, byline, dateline and '(END)'"
        " are furniture; stamp annotated). Outlet, reporter, stamp and all quotes are"
        " invented. Real background (News On Japan on the 2026 ceremony, Nippon.com/Jiji on"
        " earlier ceremonies, Japan Times/Kyodo 2005-03-17, Yonhap via Qazinform and"
        " allthe.news on the Nara summit and earlier meetings, analyze.news on the Nara"
        " outcome): Furukawa's attendance on Sunday 2026-02-22, 14th straight year at"
        " parliamentary vice-minister level; Takaichi's September 2025 campaign remark and"
        " later softening; Nara summit 2026-01-13/14; Gyeongju 2025-10-30; brief meeting at"
        " the Johannesburg G20 on 2025-11-23; DNA analysis of Chosei mine remains (183 dead,"
        " 136 Koreans, 1942); ordinance of 2005; Shimane's 1905 notice; Korean garrison since"
        " 1954. Not verified (assumed as in other years): the Seoul ministry's protest"
        " statement; its wording is invented. No return visit by Takaichi is claimed.",
        "Quotes: the ministry's direct quote (organisation as speaker); the anonymous"
        " official's quote in two parts (the second with no cue); 'premature' from an"
        " unnamed senior official.",
        "Timexes: 'the 14th consecutive year' is an ordinal count, not annotated;"
        " 'months' = PXM; 'Jan. 13-14' one"
        " interval; 'Feb. 22' = XXXX-02-22 (annual date); 'within the year' = 2026.",
        "Summits (3): Nara 2026-01-13 (ordinal 3 from 'their third meeting'); Gyeongju"
        " 2025-10-30 (ordinal 1, 'first held talks'); the brief Johannesburg meeting 2025-11"
        " (ordinal 2 implied). Not summits: the hoped-for return visit with no date"
        " ('premature'), the Takeshima Day ceremony.",
        "Agreements (1): the Nara commitment on DNA analysis. Not agreements: the ordinance,"
        " Seoul's demand to abolish the event.",
    ],
)
