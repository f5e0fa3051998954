GOLD = dict(
    published="2025-12-01",
    furniture=["ANALYSIS", "By Cha Eun-ho, diplomatic editor", "Published Dec. 1, 2025"],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba", "He"],
        "Sanae Takaichi": ["Takaichi"],
        "Donald Trump": [],
        "Park Sun-mi": ["Park"],
        "Japanese government": ["Tokyo"],
    },
    quotes=[
        ("future-oriented", "partial", None, None),
        ("Lee has discovered that a steady relationship", "direct", "Park Sun-mi", "said"),
        ("The question is whether it can survive", "direct", "Park Sun-mi", None),
    ],
    statements=[
        ("Lee's first in-person meeting with Prime Minister Shigeru Ishiba",
         ["Lee Jae Myung", "Shigeru Ishiba"], "agreed"),
        ("The summit there produced the first joint document",
         ["Lee Jae Myung", "Shigeru Ishiba"], "pledged"),
        ("He had already announced his resignation", ["Shigeru Ishiba"], "announced"),
        ("Takaichi and Lee sat down on Oct. 30", ["Sanae Takaichi", "Lee Jae Myung"], "agreed"),
    ],
    timexes=[
        ("Dec. 1, 2025", "2025-12-01", None),
        ("office in [[June]]", "2025-06", None),
        ("early 2020s", "202", "START"),
        ("two weeks", "P2W", "LESS_THAN"),
        ("Two months later", "P2M", None),
        ("since [[2008]]", "2008", None),
        ("Two days later", "P2D", None),
        ("the end of September", "2025-09", "END"),
        ("a month", "P1M", "LESS_THAN"),
        ("Oct. 30", "2025-10-30", None),
        ("Three weeks later", "P3W", None),
        ("a bad month", "P1M", None),
        ("mid-January", "2026-01", "MID"),
        ("Six months", "P6M", None),
    ],
    summits=[
        dict(date="2025-06", place="Kananaskis", country="CA",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of Seven summit",
             evidence=["Lee's first in-person meeting with Prime Minister Shigeru Ishiba"]),
        dict(date="2025-08", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Two months later Lee went further",
                       "The summit there produced the first joint document"]),
        dict(date="2025-08", place="Washington", country="US",
             participants=["Lee Jae Myung", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Two days later Lee was at the White House."]),
        dict(date="2025-09", place="Busan", country="KR",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Ishiba returned the visit at the end of September"]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="sidelines", ordinal=None,
             status="held", occasion="the APEC leaders' meeting",
             evidence=["Takaichi and Lee sat down on Oct. 30"]),
        dict(date="2025-11", place="Johannesburg", country="ZA",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20",
             evidence=["Three weeks later, the two spoke again briefly in Johannesburg"]),
    ],
    agreements=[
        dict(title="resume reciprocal leaders' visits (shuttle diplomacy)", kind="commitment",
             date="2025-06", parties=["JP", "KR"], status="referenced",
             evidence=["Lee's first in-person meeting with Prime Minister Shigeru Ishiba"]),
        dict(title="Korea-Japan joint statement (Tokyo, August 2025)", kind="joint-statement",
             date="2025-08", parties=["JP", "KR"], status="referenced",
             evidence=["The summit there produced the first joint document"]),
        dict(title="expand the working-holiday program", kind="commitment", date="2025-08",
             parties=["JP", "KR"], status="referenced",
             evidence=["The summit there produced the first joint document"]),
        dict(title="keep the shuttle visits going (Gyeongju)", kind="commitment",
             date="2025-10-30", parties=["JP", "KR"], status="referenced",
             evidence=["Takaichi and Lee sat down on Oct. 30"]),
    ],
    notes=[
        "Invented news analysis (diplomatic editor Cha Eun-ho, Park Sun-mi and Hanbyeol"
        " University are fictional). Checked (pages and other corpora): Lee took office in"
        " June 2025 (2025-06-04); first summit with Ishiba at the G7 in Kananaskis on"
        " 2025-06-17 with agreement on resuming shuttle visits (dev3_16, u4_14, un2_13);"
        " Tokyo visit of 2025-08-23 before Washington, first joint statement in 17 years,"
        " 'future-oriented' relations, strategic communication, working-holiday expansion"
        " (deepnewz); White House on Aug. 25 (deepnewz); Ishiba's Busan farewell on"
        " 2025-09-30 (other corpora); Lee-Takaichi summit on Oct. 30 in Gyeongju and the brief"
        " G20 meeting in South Africa in November (Qazinform); the mid-January Japan visit"
        " under discussion with Nara as a candidate (KBS, 2025-11-26). General knowledge:"
        " Takaichi's past Yasukuni visits; Ishiba's resignation announcement in September.",
        "Quotes: 'future-oriented' reproduces the joint statement's wording; speaker null (a"
        " document of both leaders; debatable). Park Sun-mi's second quote has no cue.",
        "Summits (6): Kananaskis (G7 sidelines), Tokyo, the White House (Lee-Trump; Trump is"
        " not named: implied by 'at the White House'; month only), Busan ('returned the"
        " visit at the end of September': month), Gyeongju (sidelines of APEC, 'on the eve"
        " of' the leaders' meeting: tied to it), Johannesburg (G20 margins; month from"
        " 'Three weeks later'). Not summits: the planned-but-unannounced January visit"
        " ('discussing', 'Nothing has been announced'), a three-way gathering with China"
        " (ruled out), 'five meetings' in the headline (aggregate).",
        "Agreements (4, all referenced): resuming shuttle visits (June), the August joint"
        " statement, the working-holiday expansion, keeping shuttle visits going (Gyeongju)."
        " The joint statement's pledges are not separate records (they are its contents).",
        "Timexes: 'early 2020s' = 202 START; 'within two weeks' and 'within a month' ="
        " P2W / P1M LESS_THAN; 'Two months later', 'Two days later', 'Three weeks later' are"
        " durations; 'a bad month' = P1M (debatable: generic); 'mid-January' = 2026-01 MID"
        " (future, so next year); 'Six months' (headline) = P6M.",
    ],
)
