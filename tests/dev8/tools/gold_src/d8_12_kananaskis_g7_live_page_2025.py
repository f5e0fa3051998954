LJM = "Lee Jae-myung"
ISH = "Shigeru Ishiba"
DJT = "Donald Trump"
OFF = "Office of the President (South Korea)"
KJ = ["JP", "KR"]
CARNEY1 = "His last meeting of the day was with the host"
CARNEY2 = "Lee thanked Carney for the invitation"
OVER = "The Korea-Japan summit is over."
TALKED = "Lee and Japanese Prime Minister Shigeru Ishiba talked for about 30 minutes"
OPEN = "Opening the talks, Lee said"
ISHS = "Ishiba said he hoped exchanges would become more active"
ACC = "According to the presidential office, the two leaders agreed"
OFFL = "A senior presidential official said they also agreed"
THREE = "Lee has now also met British Prime Minister Keir Starmer"
STAR = "Lee and Starmer agreed to speed up talks"
MORN = "Lee's morning started with a brief meeting with Guterres"
MODI = "Modi invited Lee to visit India"
LEFT = "U.S. President Donald Trump left Kananaskis on Monday night"
WI = "National Security Adviser Wi Sung-lac told reporters late Monday"
CALG = "On Monday, shortly after landing in Calgary"
KAN = dict(place="Kananaskis", country="CA", ordinal=None, status="held",
           occasion="the G7 summit")
CAL = dict(place="Calgary", country="CA", ordinal=None, status="held",
           occasion="the G7 summit")
GOLD = dict(
    published="2025-06-17",
    furniture=["Last updated: June 17, 2025, 18:20 MDT", "MDT\n18:20 MDT\n", "16:35 MDT",
               "13:05 MDT", "10:10 MDT", "08:30 MDT"],
    timex_in_furniture_ok=True,
    entities={
        LJM: ["President Lee Jae-myung", "Lee", "His", "him"],
        ISH: ["Japanese Prime Minister Shigeru Ishiba", "Ishiba"],
        "Mark Carney": ["Canadian Prime Minister Mark Carney", "Carney"],
        "Keir Starmer": ["British Prime Minister Keir Starmer", "Starmer"],
        "Claudia Sheinbaum": ["Mexican President Claudia Sheinbaum"],
        "Luiz Inacio Lula da Silva": ["Brazilian President Luiz Inacio Lula da Silva"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi", "Modi"],
        "Cyril Ramaphosa": ["South African President Cyril Ramaphosa"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        DJT: ["U.S. President Donald Trump"],
        "Antonio Guterres": ["U.N. Secretary-General Antonio Guterres", "Guterres"],
        "Wi Sung-lac": ["National Security Adviser Wi Sung-lac"],
        OFF: ["the presidential office"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("sharing a front yard", "partial", LJM, "said"),
        ("understanding.", "partial", "Wi Sung-lac", "told reporters"),
    ],
    statements=[
        (CARNEY2, [LJM, "Mark Carney"], "agreed"),
        (OPEN, [LJM], "said"),
        (ISHS, [ISH], "said"),
        (ACC, [OFF, LJM, ISH], "according to"),
        (OFFL, [None, LJM, ISH], "said"),
        (STAR, [LJM, "Keir Starmer", None], "agreed"),
        (MODI, ["Narendra Modi", LJM, "Government of South Korea"], "invited"),
        (LEFT, [DJT], "citing"),
        (WI, ["Wi Sung-lac"], "told reporters"),
    ],
    timexes=[
        ("June 17, 2025, 18:20 MDT", "2025-06-17T18:20", None),
        ("leave it for [[today]]", "2025-06-17", None),
        ("In [[two days]] in Alberta", "P2D", None),
        ("tonight", "2025-06-17TNI", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("3:30 p.m.", "2025-06-17T15:30", None),
        ("June 4", "2025-06-04", None),
        ("normalization [[this year]]", "2025", None),
        ("Monday last week", "2025-06-09", None),
        ("Lee's [[morning]]", "2025-06-17TMO", None),
        ("Monday night", "2025-06-16TNI", None),
        ("[[a day]] early", "P1D", None),
        ("late Monday", "2025-06-16", "END"),
        ("June 6", "2025-06-06", None),
        ("On Monday, shortly", "2025-06-16", None),
    ],
    summits=[
        dict(date="2025-06-17", participants=[LJM, ISH], kind="sidelines",
             evidence=["first summit with Ishiba", OVER, TALKED, OPEN, ACC], **KAN),
        dict(date="2025-06-17", participants=[LJM, "Mark Carney"], kind="sidelines",
             evidence=[CARNEY1, CARNEY2], **KAN),
        dict(date="2025-06-17", participants=[LJM, "Keir Starmer"], kind="sidelines",
             evidence=[THREE, STAR], **KAN),
        dict(date="2025-06-17", participants=[LJM, "Claudia Sheinbaum"], kind="sidelines",
             evidence=[THREE], **KAN),
        dict(date="2025-06-17", participants=[LJM, "Luiz Inacio Lula da Silva"],
             kind="sidelines", evidence=[THREE], **KAN),
        dict(date="2025-06-17", participants=[LJM, "Narendra Modi"], kind="sidelines",
             evidence=[MORN, MODI], **KAN),
        dict(date="2025-06-16", participants=[LJM, "Cyril Ramaphosa"], kind="sidelines",
             evidence=[CALG], **CAL),
        dict(date="2025-06-16", participants=[LJM, "Anthony Albanese"], kind="sidelines",
             evidence=[CALG], **CAL),
    ],
    agreements=[
        dict(title="strengthen Korea-Japan cooperation", kind="commitment",
             date="2025-06-17", parties=KJ, status="agreed", evidence=[ACC]),
        dict(title="strengthen Korea-U.S.-Japan cooperation", kind="commitment",
             date="2025-06-17", parties=KJ, status="agreed", evidence=[ACC]),
        dict(title="keep working toward resuming shuttle diplomacy", kind="commitment",
             date="2025-06-17", parties=KJ, status="agreed", evidence=[ACC]),
        dict(title="handle historical issues wisely while building future-oriented ties",
             kind="commitment", date="2025-06-17", parties=KJ, status="agreed",
             evidence=[OFFL]),
        dict(title="widen Korea-Canada cooperation to the defense industry, energy security"
                   " and AI", kind="commitment", date="2025-06-17", parties=["CA", "KR"],
             status="agreed", evidence=[CARNEY2]),
        dict(title="speed up talks on upgrading the Korea-U.K. FTA", kind="commitment",
             date="2025-06-17", parties=["GB", "KR"], status="agreed", evidence=[STAR]),
        dict(title="Korea-U.K. free trade agreement", kind="treaty", date="2019-08-22",
             parties=["GB", "KR"], status="referenced", evidence=[STAR]),
        dict(title="Lee visit to India (Modi's invitation)", kind="commitment",
             date="2025-06-17", parties=["IN", "KR"], status="proposed", evidence=[MODI]),
    ],
    notes=[
        "Invented live page (site, entry times and wording invented; 'sharing a front yard'"
        " and 'understanding' are fragments of reported remarks). Furniture: the 'Last"
        " updated' stamp (annotated) and the entry stamps (not annotated, as d7_08). Checked"
        " (pages): Lee's arrival in Calgary on Monday June 16, 2025 and his first summits with"
        " Ramaphosa and Albanese (Kyunghyang; KBS Seq_Code=193849); Trump's early departure"
        " and Wi Sung-lac's Monday briefing on Washington's request for understanding, the"
        " June 6 Lee-Trump call (JoongAng Daily, 2025-06-17; Asahi via Reuters); Lee-Ishiba"
        " for about 30 minutes from 3:30 p.m. at the Kananaskis Mountain Lodge, 'neighbors"
        " sharing a front yard', Ishiba on the 60th anniversary, Korea-Japan and"
        " Korea-U.S.-Japan cooperation, shuttle diplomacy, the senior official on historical"
        " issues, the phone call of Monday the previous week (Chosun Biz; KBS"
        " Seq_Code=193870; KBS news 8281748; korea.net; kode.co.kr); Guterres, Modi and his"
        " invitation, Starmer and the FTA upgrade, Mexico, Brazil, Carney and the nine"
        " countries plus EU and UN over two days, the return early on June 19 KST (korea.net;"
        " JoongAng Daily 2025-06-18 and 2025-06-19); Carney: thanks for the invitation,"
        " defence industry, energy security, AI (Korea Herald 10512064). Public record: Lee's"
        " inauguration on June 4, the Korea-UK FTA signed on Aug. 22, 2019.",
        "Summits (8): Lee-Ishiba at Kananaskis (ordinal null: 'their first face-to-face"
        " meeting since Lee took office' is qualified by a window; the headline's 'first"
        " summit with Ishiba' is used as evidence but gives no ordinal, debatable); Carney,"
        " Starmer, Sheinbaum, Lula, Modi on Tuesday; Ramaphosa and Albanese in Calgary on"
        " Monday (kind sidelines, occasion the G7 summit). Not summits: Guterres (not a head"
        " of state or government), the EU institutions' heads (unnamed), the cancelled"
        " Lee-Trump talks, the Lee-Trump and Lee-Ishiba phone calls, the 18:20 recap list of"
        " countries (aggregate).",
        "Agreements (8): Lee-Ishiba: bilateral and trilateral cooperation, working toward"
        " shuttle diplomacy (three courses in one sentence), historical issues (from the"
        " unnamed official); Lee-Carney; Lee-Starmer (the upgrade talks) and the existing"
        " Korea-UK FTA (referenced treaty, public-record date); Modi's invitation (proposed:"
        " Lee thanked him without an arranged visit).",
        "Statements: Trump's departure 'citing the situation in the Middle East' is"
        " annotated; 'according to Seoul's account' adds the South Korean government as"
        " speaker.",
        "Timexes: 'a day early' = P1D; 'late Monday' = 2025-06-16 END; 'Lee's morning' ="
        " 2025-06-17TMO; 'tonight' = 2025-06-17TNI; 'Monday last week' = 2025-06-09; 'of the"
        " day' (anaphoric) is not annotated.",
    ],
)
