COMM = "The two ministers confirmed that the foundation"
SUMMIT = "The two ministers welcomed the fact"
NK = "Regarding North Korea, the two ministers agreed"
APEC = "The two ministers also exchanged views"
PROP = "Minister Cho proposed that the two foreign ministries"
BOTH = ["Toshimitsu Motegi", "Cho Hyun"]

GOLD = dict(
    published="2025-10-29",
    furniture=["Japan-ROK Foreign Ministers' Meeting\nOctober 29, 2025", "(End)"],
    timex_in_furniture_ok=True,
    entities={
        "Toshimitsu Motegi": ["Mr. Toshimitsu Motegi", "Minister Motegi"],
        "Cho Hyun": ["Mr. Cho Hyun", "Minister Cho"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Prime Minister Takaichi"],
        "Lee Jae Myung": ["President Lee Jae Myung", "President Lee"],
    },
    quotes=[],
    statements=[
        ("At the outset, Minister Motegi stated", ["Toshimitsu Motegi"], "stated"),
        ("Minister Cho welcomed the early holding", ["Cho Hyun"], "welcomed"),
        (COMM, BOTH, "agreed"),
        (SUMMIT, BOTH, "welcomed"),
        ("Minister Motegi stated that Prime Minister Takaichi wishes", ["Toshimitsu Motegi"],
         "stated"),
        (NK, BOTH, "agreed"),
        ("Minister Motegi requested the ROK's continued understanding", BOTH, "requested"),
        ("Minister Cho explained the ROK government's policy", ["Cho Hyun"], "explained"),
        ("Minister Motegi conveyed Japan's position", ["Toshimitsu Motegi"], "conveyed"),
        ("The two ministers shared the view", BOTH, "shared the view"),
        (APEC, BOTH, "agreed"),
        (PROP, ["Cho Hyun", "Toshimitsu Motegi"], "proposed"),
    ],
    timexes=[
        ("Meeting\n[[October 29, 2025]]", "2025-10-29", None),
        ("On October 29", "2025-10-29", None),
        ("4:10 p.m.", "2025-10-29T16:10", None),
        ("approximately 40 minutes", "PT40M", "APPROX"),
        ("October 21", "2025-10-21", None),
        ("relations in [[1965]]", "1965", None),
        ("for [[tomorrow]], October 30", "2025-10-30", None),
        ("tomorrow, [[October 30]]", "2025-10-30", None),
        ("October 31", "2025-10-31", None),
        ("early next year", "2026", "START"),
    ],
    summits=[
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Sanae Takaichi", "Lee Jae Myung"], kind="sidelines", ordinal=None,
             status="planned", occasion="APEC", evidence=[SUMMIT]),
    ],
    agreements=[
        dict(title="maintain close communication at all levels, including foreign ministers",
             kind="commitment", date="2025-10-29", parties=["JP", "KR"], status="agreed",
             evidence=[COMM]),
        dict(title="enhance practical cooperation in economic security and people-to-people"
                   " exchanges", kind="commitment", date="2025-10-29", parties=["JP", "KR"],
             status="agreed", evidence=[COMM]),
        dict(title="work together to make the Takaichi-Lee summit a success",
             kind="commitment", date="2025-10-29", parties=["JP", "KR"], status="agreed",
             evidence=[SUMMIT]),
        dict(title="continue Japan-ROK and Japan-ROK-U.S. coordination toward North Korea's"
                   " complete denuclearization", kind="commitment", date="2025-10-29",
             parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="cooperate toward the success of the APEC Economic Leaders' Meeting",
             kind="commitment", date="2025-10-29", parties=["JP", "KR"], status="agreed",
             evidence=[APEC]),
        dict(title="vice-ministerial strategic dialogue early next year", kind="commitment",
             date="2025-10-29", parties=["JP", "KR"], status="proposed", evidence=[PROP]),
    ],
    notes=[
        "Invented readout in the style of Japan's Ministry of Foreign Affairs (title/date line"
        " and '(End)' are furniture; the date line is annotated). Every sentence is invented"
        " wording; the start time, length, items 2-6 beyond the communication commitment, the"
        " Sado and abductions exchanges and Cho's proposal are invented. Real background:"
        " JoongAng Daily 2025-10-29 (Cho Hyun and Toshimitsu Motegi met in Gyeongju on"
        " Wednesday afternoon on the sidelines of the APEC Ministerial Meeting; first foreign"
        " ministers' meeting since the Takaichi cabinet; promised active communication at all"
        " levels; Cho briefed on Seoul's North Korea policy; a day before the summit); KBS"
        " 2025-10-24 and Jiji via nippon.com 2025-10-30 (Takaichi-Lee summit on 30 October in"
        " Gyeongju); asiatoday 2025-10-28 (Takaichi inaugurated 21 October). From general"
        " knowledge: APEC Economic Leaders' Meeting opening on 31 October.",
        "Summits (1): the Takaichi-Lee meeting being arranged for 30 October (planned). The"
        " foreign ministers' meeting is not a summit.",
        "Agreements (6): two commitments split from item 2; item 3's 'confirmed that they would"
        " work together' as an agreed course (as in unseen11); items 4 and 6; Cho's proposal of"
        " a vice-ministerial dialogue (proposed; Motegi only 'would consider it'). Not"
        " agreements: 'confirmed that the foundation ... should be maintained' (a shared view,"
        " debatable), 'shared the view' on pending issues, the abductions support (unilateral).",
        "Quotes: '\"shuttle diplomacy\"' is a term in quotation marks, not a quote.",
    ],
)
