LJM = "Lee Jae Myung"
TAK = "Sanae Takaichi"
WI = "Wi Sung-lac"
NARA1 = "When President Lee Jae Myung sat down with Prime Minister Sanae Takaichi"
NARA2 = "Lee told Takaichi during their summit on Jan. 13"
WIC = "National Security Adviser Wi Sung-lac confirmed"
SEA = "Tokyo wants Seoul to lift the ban"
DNA = "What the summit did produce was humanitarian"
BKK = "In October 2003, Roh Moo-hyun and Junichiro Koizumi agreed"
FUK = "In April 2008, Lee Myung-bak and Yasuo Fukuda agreed"
RCEP = "The Regional Comprehensive Economic Partnership, signed by 15"
CPTPP_S = "Its tariff cuts are modest, however"
THREE = "Lee and Takaichi have now met three times"
AUG = "In August, Lee and Takaichi's predecessor"
GOLD = dict(
    published="2026-01-20",
    furniture=["By Han Ji-soo, Senior Economics Writer", "Published Jan. 20, 2026"],
    timex_in_furniture_ok=True,
    entities={
        LJM: ["President Lee Jae Myung", "Lee"],
        TAK: ["Prime Minister Sanae Takaichi", "Takaichi", "she"],
        WI: ["National Security Adviser Wi Sung-lac", "Wi"],
        "Roh Moo-hyun": [],
        "Junichiro Koizumi": [],
        "Lee Myung-bak": [],
        "Yasuo Fukuda": [],
        "Shigeru Ishiba": ["Takaichi's predecessor, Shigeru Ishiba"],
        "Oh Se-ra": [],
    },
    quotes=[
        ("RCEP got Korea and Japan into the same room.", "direct", "Oh Se-ra", "said"),
    ],
    statements=[
        (NARA2, [LJM], "told"),
        (WIC, [WI], "confirmed"),
        (SEA, [TAK], "told"),
        ("Wi said the issue would need working-level consultations.", [WI], "said"),
        (DNA, [LJM, TAK], "agreed"),
        (BKK, ["Roh Moo-hyun", "Junichiro Koizumi"], "agreed"),
        (FUK, ["Lee Myung-bak", "Yasuo Fukuda"], "agreed"),
    ],
    timexes=[
        ("Jan. 20, 2026", "2026-01-20", None),
        ("a week ago", "2026-W03", None),
        ("Jan. 13", "2026-01-13", None),
        ("the next day", "2026-01-14", None),
        ("2013", "2013", None),
        ("1942", "1942", None),
        ("October 2003", "2003-10", None),
        ("them in [[2005]]", "2005", None),
        ("that December", "2003-12", None),
        ("November 2004", "2004-11", None),
        ("April 2008", "2008-04", None),
        ("Nov. 15, 2020", "2020-11-15", None),
        ("February 2022", "2022-02", None),
        ("March 2018", "2018-03", None),
        ("December 2024", "2024-12", None),
        ("Gyeongju in [[October]]", "2025-10", None),
        ("Johannesburg in [[November]]", "2025-11", None),
        ("In [[August]], Lee", "2025-08", None),
        ("17 years", "P17Y", None),
    ],
    summits=[
        dict(date="2026-01-13", place="Nara", country="JP", participants=[LJM, TAK],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[NARA1, NARA2, DNA, THREE]),
        dict(date="2003-10", place="Bangkok", country="TH",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="sidelines",
             ordinal=None, status="held", occasion="APEC", evidence=[BKK]),
        dict(date="2008-04", place="Tokyo", country="JP",
             participants=["Lee Myung-bak", "Yasuo Fukuda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FUK]),
        dict(date="2025-10", place="Gyeongju", country="KR", participants=[LJM, TAK],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[THREE]),
        dict(date="2025-11", place="Johannesburg", country="ZA", participants=[LJM, TAK],
             kind="sidelines", ordinal=None, status="held", occasion="the G20 summit",
             evidence=[THREE]),
        dict(date="2025-08", place="Tokyo", country="JP", participants=[LJM, "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[AUG]),
    ],
    agreements=[
        dict(title="DNA analysis of remains from the Chosei undersea coal mine",
             kind="commitment", date="2026-01-13", parties=["JP", "KR"], status="agreed",
             evidence=[DNA]),
        dict(title="Comprehensive and Progressive Agreement for Trans-Pacific Partnership"
                   " (CPTPP)", kind="treaty", date="2018-03",
             parties=["AU", "BN", "CA", "CL", "GB", "JP", "MX", "MY", "NZ", "PE", "SG", "VN"],
             status="referenced", evidence=[NARA2, CPTPP_S]),
        dict(title="Regional Comprehensive Economic Partnership (RCEP)", kind="treaty",
             date="2020-11-15",
             parties=["AU", "BN", "CN", "ID", "JP", "KH", "KR", "LA", "MM", "MY", "NZ", "PH",
                      "SG", "TH", "VN"], status="referenced", evidence=[RCEP]),
        dict(title="open Korea-Japan FTA negotiations and finish them in 2005 (Bangkok)",
             kind="commitment", date="2003-10", parties=["JP", "KR"], status="referenced",
             evidence=[BKK]),
        dict(title="working-level consultations to revive the FTA talks (2008)",
             kind="commitment", date="2008-04", parties=["JP", "KR"], status="referenced",
             evidence=[FUK]),
        dict(title="Korea-Japan joint press statement of August 2025", kind="joint-statement",
             date="2025-08", parties=["JP", "KR"], status="referenced", evidence=[AUG]),
    ],
    notes=[
        "Invented news analysis (writer Han Ji-soo, economist Oh Se-ra and the Hanbit"
        " Institute for International Economics are fictional). Furniture: byline and"
        " 'Published' line (annotated). Checked (pages): the Nara summit of Tuesday Jan. 13,"
        " 2026, Lee's stated intention to pursue CPTPP membership, Wi Sung-lac's briefing"
        " the next day, further consultations between ministries, the seafood ban of 2013"
        " on eight prefectures, Takaichi's hope for a science-based approach, the omission"
        " of CPTPP language from the leaders' joint remarks (JoongAng Daily, 2026-01-14;"
        " Yonhap via korean-vibe; allthe.news); the agreed DNA analysis of Chosei mine"
        " remains, 183 dead including 136 Koreans in the 1942 flood, Lee's fifth summit with"
        " a Japanese premier (analyze.news; mdfy.news); FTA talks agreed in Bangkok in"
        " October 2003 for conclusion in 2005 (Kyodo via Japan Times), stalled since"
        " November 2004 over agriculture (AFP via apsislamabad blog); Lee-Fukuda agreement"
        " of April 2008 on working-level consultations (Xinhua via china.org.cn); RCEP signed"
        " Nov. 15, 2020 by 15 countries, Korea's first FTA with Japan, in force for Korea in"
        " February 2022 (Nikkei Asia; KBS); Gyeongju on Oct. 30 and Johannesburg on Nov. 23,"
        " 2025 (allthe.news); the August 2025 Tokyo joint statement, first in 17 years"
        " (deepnewz). Public record: CPTPP signed in March 2018 by 11 countries; the UK's"
        " accession in force in December 2024.",
        "Summits (6): Nara; background Bangkok 2003 (kind sidelines, occasion APEC from the"
        " public record, the text names neither), Tokyo April 2008, Gyeongju October 2025"
        " (occasion APEC from the public record), Johannesburg G20 November 2025 ('a brief"
        " meeting on the sidelines'), Tokyo August 2025 (Lee-Ishiba). Not summits: 'it is"
        " Takaichi's turn to visit Korea next' (no meeting planned), 'have now met three"
        " times' (aggregate, whose members are records of their own).",
        "Agreements (6): the DNA analysis (agreed at Nara); CPTPP (referenced treaty, the"
        " 12 parties bound now, including the UK; dated by the March 2018 signing); RCEP"
        " (15 parties); the 2003 and 2008 FTA commitments (referenced); the August 2025"
        " joint press statement (joint-statement). Not agreements: Korea's wish to join"
        " the CPTPP (unilateral), the seafood ban (unilateral), Wi's remark that the"
        " seafood issue would need working-level consultations (no counterpart's assent).",
        "Statements: 'the statements the two leaders read to reporters ... did not mention"
        " the pact' (negated) and the August sentence (no content) are not annotated.",
        "Timexes: 'a week ago' = 2026-W03 (week granularity, as 'two weeks ago' in d6_14);"
        " bare months 'October', 'November', 'August' in past-tense sentences = 2025.",
    ],
)
