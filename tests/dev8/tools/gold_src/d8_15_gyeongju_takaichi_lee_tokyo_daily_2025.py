TAK = "Sanae Takaichi"
LJM = "Lee Jae-myung"
DJT = "Donald Trump"
XI = "Xi Jinping"
BOTH = [TAK, LJM]
KJ = ["JP", "KR"]
HEAD = "Takaichi, Lee agree to keep shuttle diplomacy going in first meeting"
LEAD = "Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung agreed Thursday"
TALKS = "The talks at a convention center in the southeastern city"
START = "At the start, Takaichi said"
REPLY = "Lee replied that her remarks"
CONF = "The two leaders confirmed the importance of cooperation"
SHARE = "They also agreed that Japan and South Korea"
NARA = "According to a Japanese government official, Lee proposed"
ARR = "Takaichi, who took office on Oct. 21, arrived in South Korea on Thursday"
TRUMP = "Trump held talks with Lee in Gyeongju on Wednesday"
FRI = "On Friday, Takaichi is scheduled to hold her first meeting with Xi"
SAT = "Xi is to hold a summit with Lee on Saturday."
BUSAN = "Ishiba visited Busan on Sept. 30"
GOLD = dict(
    published="2025-10-31",
    furniture=["By Kenji Morita / Courier Staff Writer", "06:30 JST, October 31, 2025",
               "GYEONGJU, South Korea —",
               "Prime Minister Sanae Takaichi, right, and South Korean President Lee Jae-myung"
               " shake hands before their talks in Gyeongju, South Korea, on Thursday.",
               "Related Tags", "Japan-South Korea Relations"],
    timex_in_furniture_ok=True,
    entities={
        TAK: ["Prime Minister Sanae Takaichi", "Takaichi", "she", "her"],
        LJM: ["South Korean President Lee Jae-myung", "Lee"],
        DJT: ["U.S. President Donald Trump", "Trump"],
        XI: ["Chinese President Xi Jinping", "Xi"],
        "Fumio Kishida": [],
        "Shigeru Ishiba": ["Ishiba"],
        "Mariko Ueda": [],
    },
    quotes=[
        ("on the foundation built up so far,", "partial", TAK, "said"),
        ("word for word.", "partial", LJM, "replied"),
        ("Takaichi has shown she can separate", "direct", "Mariko Ueda", "said"),
        ("The test will come in February, on Takeshima Day.", "direct", "Mariko Ueda",
         "said"),
    ],
    statements=[
        (HEAD, BOTH, "agree"),
        (LEAD, BOTH, "agreed"),
        (START, [TAK], "said"),
        (REPLY, [LJM], "replied"),
        (CONF, BOTH, "confirmed"),
        (SHARE, BOTH, "agreed"),
        (NARA, [LJM, None], "proposed"),
    ],
    timexes=[
        ("06:30 JST, October 31, 2025", "2025-10-31T06:30", None),
        ("agreed [[Thursday]] to develop", "2025-10-30", None),
        ("South Korea, on [[Thursday]].", "2025-10-30", None),
        ("opens [[Friday]]", "2025-10-31", None),
        ("shortly after 6 p.m.", "2025-10-30T18:00", "AFTER"),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("Oct. 17", "2025-10-17", None),
        ("to [[19]], an", "2025-10-19", None),
        ("Oct. 21", "2025-10-21", None),
        ("arrived in South Korea on [[Thursday]]", "2025-10-30", None),
        ("Tokyo on [[Tuesday]]", "2025-10-28", None),
        ("Gyeongju on [[Wednesday]]", "2025-10-29", None),
        ("Busan on [[Thursday]]", "2025-10-30", None),
        ("On [[Friday]], Takaichi", "2025-10-31", None),
        ("Lee on [[Saturday]]", "2025-11-01", None),
        ("Sept. 30", "2025-09-30", None),
        ("This year", "2025", None),
        ("in [[February]]", "2026-02", None),
        ("Takeshima Day", "2026-02-22", None),
    ],
    summits=[
        dict(date="2025-10-30", place="Gyeongju", country="KR", participants=BOTH,
             kind="sidelines", ordinal=1, status="held", occasion="APEC",
             evidence=[HEAD, LEAD, TALKS, START, CONF, NARA]),
        dict(date="2025-10-28", place="Tokyo", country="JP", participants=[TAK, DJT],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ARR]),
        dict(date="2025-10-29", place="Gyeongju", country="KR", participants=[DJT, LJM],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TRUMP]),
        dict(date="2025-10-30", place="Busan", country="KR", participants=[DJT, XI],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TRUMP]),
        dict(date="2025-10-31", place="Gyeongju", country="KR", participants=[TAK, XI],
             kind="sidelines", ordinal=1, status="planned", occasion="APEC", evidence=[FRI]),
        dict(date="2025-11-01", place=None, country="KR", participants=[XI, LJM],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SAT]),
        dict(date="2025-09-30", place="Busan", country="KR",
             participants=["Shigeru Ishiba", LJM], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[BUSAN]),
    ],
    agreements=[
        dict(title="develop relations in a future-oriented and stable manner",
             kind="commitment", date="2025-10-30", parties=KJ, status="agreed",
             evidence=[LEAD]),
        dict(title="continue shuttle diplomacy", kind="commitment", date="2025-10-30",
             parties=KJ, status="agreed", evidence=[HEAD, LEAD]),
        dict(title="share experiences and work together on common problems such as a"
                   " shrinking population", kind="commitment", date="2025-10-30", parties=KJ,
             status="agreed", evidence=[SHARE]),
        dict(title="next meeting in Nara Prefecture (Lee's proposal)", kind="commitment",
             date="2025-10-30", parties=KJ, status="proposed", evidence=[NARA]),
    ],
    notes=[
        "Invented article in the style of a Tokyo daily's English edition (writer Kenji"
        " Morita, the outlet, Professor Mariko Ueda and Kitanomori University are fictional;"
        " 'on the foundation built up so far' and 'word for word' are reworded fragments of"
        " reported remarks). Furniture: byline, JST stamp (annotated), dateline, photo caption"
        " (its 'Thursday' annotated), tag block. Checked (pages): the first Takaichi-Lee"
        " meeting on Thursday Oct. 30, 2025 at the HICO convention center in Gyeongju from"
        " 6:02 p.m. for 41 minutes (KBS) or about 40 minutes against 20 scheduled (Jiji via"
        " nippon.com), future-oriented and stable ties, shuttle diplomacy, Japan-U.S.-South"
        " Korea cooperation on North Korea and Russia, sharing experiences on common issues,"
        " Lee's 'word for word' (KBS Seq_Code=197041 and 197047; asiatoday; TV Asahi); Lee's"
        " wish for the next meeting in Nara (nippon.com, 2026-01-09; KBS Seq_Code=198696;"
        " newsonjapan); Takaichi's inauguration on Oct. 21 and absence from the Oct. 17-19"
        " Yasukuni festival (asiatoday, 2025-10-28); Xi's summit with Lee on Saturday"
        " (nationpress). Public record: Takaichi-Trump in Tokyo on Oct. 28, Trump-Lee in"
        " Gyeongju on Oct. 29, Trump-Xi in Busan on Oct. 30, Takaichi-Xi on Oct. 31, the"
        " Busan Ishiba-Lee summit of Sept. 30, Takeshima Day on Feb. 22.",
        "Summits (7): Gyeongju Takaichi-Lee (ordinal 1 from the headline's 'first meeting':"
        " they had not met before; the lead's 'first meeting since Takaichi took office' is"
        " windowed; debatable); Takaichi-Trump (Tokyo), Trump-Lee (Gyeongju; bilateral, the"
        " sentence does not tie it to APEC), Trump-Xi (Busan); planned Takaichi-Xi on the APEC"
        " sidelines on Friday (ordinal 1, place Gyeongju from the APEC venue named earlier)"
        " and Xi-Lee on Saturday (place null, country KR); background Busan, Sept. 30. Not"
        " summits: the proposed Nara meeting ('No date was discussed').",
        "Agreements (4): future-oriented ties and shuttle diplomacy (two courses in the"
        " lead); sharing experiences; Lee's Nara proposal (proposed). Not agreements: 'confirmed"
        " the importance of cooperation among Japan, South Korea and the United States' (a"
        " shared view, not a course of action; debatable), Takaichi's absence from Yasukuni.",
        "Timexes: 'shortly after 6 p.m.' = 2025-10-30T18:00 AFTER; 'from Oct. 17 to 19' is two"
        " expressions (contract); 'This year' = 2025; 'Takeshima Day' (in the quote) ="
        " 2026-02-22 and 'February' = 2026-02.",
    ],
)
