GOLD = dict(
    published="2025-10-28",
    furniture=["Date: October 28, 2025 (Tue) 10:30 a.m.", "Spokesperson: Han Seo-yeon (fictional)",
               "[Opening remarks]", "[Questions and answers]"],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee", "the President", "he"],
        "Sanae Takaichi": ["Prime Minister Takaichi"],
        "Donald Trump": ["President Trump", "Mr. Trump"],
        "Anwar Ibrahim": ["the leaders of Malaysia"],
        "Hun Manet": ["the leaders of Cambodia"],
        "Han Seo-yeon": ["Spokesperson"],
    },
    quotes=[
        ("virtuous cycle", "partial", "Lee Jae Myung", "called"),
    ],
    statements=[
        ("At the ASEAN Plus Three summit, the leaders adopted", ["Lee Jae Myung"], "said"),
    ],
    timexes=[
        ("October 28, 2025", "2025-10-28", None),
        ("10:30 a.m.", "2025-10-28T10:30", None),
        ("which ended [[yesterday]]", "2025-10-27", None),
        ("Gyeongju on [[Friday]]", "2025-10-31", None),
        ("the next five days", "P5D", None),
        ("Three summit [[yesterday]]", "2025-10-27", None),
        ("this week", "2025-W44", None),
        ("on [[Thursday]]", "2025-10-30", None),
        ("in Tokyo [[today]]", "2025-10-28", None),
        ("arrives here [[tomorrow]]", "2025-10-29", None),
        ("last year", "2024", None),
        ("in Gyeongju [[tomorrow]]", "2025-10-29", None),
        ("review of the [[2015]] agreement", "2015", None),
        ("We regard the [[2015]] agreement", "2015", None),
        ("1965", "1965", None),
        ("1998", "1998", None),
    ],
    summits=[
        dict(date="2025-10", place="Kuala Lumpur", country="MY",
             participants=["Lee Jae Myung", "Anwar Ibrahim"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits",
             evidence=["President Lee attended the ASEAN-Korea"]),
        dict(date="2025-10", place="Kuala Lumpur", country="MY",
             participants=["Lee Jae Myung", "Hun Manet"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits",
             evidence=["President Lee attended the ASEAN-Korea"]),
        dict(date="2025-10", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="sidelines", ordinal=None,
             status="planned", occasion="APEC",
             evidence=["Has a date been fixed for her first summit",
                       "The two governments are in close consultation",
                       "What I can say is that both sides share the view",
                       "Japanese media report the summit will be on Thursday"]),
        dict(date="2025-10-28", place="Tokyo", country="JP",
             participants=["Sanae Takaichi", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Prime Minister Takaichi is meeting President Trump in Tokyo today"]),
        dict(date="2025-10-29", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Donald Trump"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["The Korea-U.S. summit will be held in Gyeongju tomorrow"]),
    ],
    agreements=[
        dict(title="ASEAN Plus Three joint statement on economic and financial cooperation",
             kind="joint-statement", date="2025-10-27",
             parties=["BN", "CN", "ID", "JP", "KH", "KR", "LA", "MM", "MY", "PH", "SG", "TH",
                      "VN"],
             status="agreed", evidence=["At the ASEAN Plus Three summit, the leaders adopted"]),
        dict(title="Korea-U.S.-Japan trilateral secretariat", kind="commitment", date="2024",
             parties=["JP", "KR", "US"], status="referenced",
             evidence=["The governments of Korea, Japan and the United States have been"]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015", parties=["JP", "KR"], status="referenced",
             evidence=["Some in Japan are calling for a review",
                       "We regard the 2015 agreement"]),
        dict(title="1965 Treaty on Basic Relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["We regard the 2015 agreement"]),
        dict(title="1998 joint declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced",
             evidence=["We regard the 2015 agreement"]),
    ],
    notes=[
        "Invented briefing transcript in the style of the Seoul foreign ministry (the"
        " spokesperson Han Seo-yeon is fictional and marked so in the text; reporters"
        " anonymous). Furniture: the date, spokesperson and section lines; 'Q:'/'A:' labels"
        " stay in the text. Checked: see d6_01 (Kuala Lumpur trip of Oct. 26-27, ASEAN Plus"
        " Three joint statement, Lee's 'virtuous cycle' wording, reported by JoongAng and"
        " mediaselangor), d6_05 (Trump-Takaichi on Oct. 28; Lee-Trump in Gyeongju on Oct. 29)"
        " and asiatoday (Asahi's report of Tuesday Oct. 28 on an Oct. 30 summit). The"
        " trilateral secretariat agreed in Lima in November 2024 (d6_07).",
        "Statements: first-person answers of the spokesperson are the speaker's own words in"
        " a transcript, not reported speech, and are not annotated as statements (debatable);"
        " only the sentence reporting Lee's remark is. No quotes other than Lee's partial.",
        "Summits (5): Lee with the leaders of Malaysia and Cambodia (month only); planned"
        " Lee-Takaichi (date 2025-10 from 'this week' and the unconfirmed 'Thursday';"
        " debatable); Trump-Takaichi 'today' (held: it took place on the morning of the"
        " briefing; debatable, could be planned); planned Lee-Trump 'tomorrow'. Not summits:"
        " the 'series of bilateral meetings' (aggregate), the ASEAN meetings (gatherings), a"
        " Cho-Motegi meeting ('Nothing has been arranged'; ministers anyway).",
        "Agreements (5): ASEAN Plus Three joint statement; the trilateral secretariat"
        " (referenced commitment agreed 'last year'); 2015 comfort women agreement"
        " (joint statement, two mentions, date as written 2015); 1965 Treaty on Basic"
        " Relations; 1998 joint declaration.",
        "Timexes: header split into date and clock time; 'the next five days' = P5D; 'this"
        " week' = 2025-W44; 'yesterday' twice, 'tomorrow' twice.",
    ],
)
