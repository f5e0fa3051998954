DRUMS = "When President Lee Jae Myung and Prime Minister Sanae Takaichi played"
THIN = "The substance was thinner"
FIVE = "Since June, Lee has met a Japanese prime minister five times"
PACE = "No Korean president has kept up such a pace"
SWAP = "Kim Young-sam and Ryutaro Hashimoto swapped footballs"
KDJ = "Kim Dae-jung and Keizo Obuchi signed their joint declaration"
YOON = "Yoon Suk Yeol revived the shuttle in Tokyo"
HOPES = "Takaichi says she hopes to visit Korea"

GOLD = dict(
    published="2026-01-19",
    furniture=[
        "OPINION | The Daedong Journal | Published : 2026-01-19 06:00 | Updated : 2026-01-19"
        " 09:12\n\nFive summits in seven months, and the question no one in Nara asked\n\n"
        "By Bae Soo-yeon\n\nBae Soo-yeon is a former diplomat and a visiting professor of"
        " international relations. The views expressed are her own.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi"],
        "Shigeru Ishiba": ["Ishiba"],
        "Roh Moo-hyun": [],
        "Junichiro Koizumi": [],
        "Kim Young-sam": [],
        "Ryutaro Hashimoto": [],
        "Kim Dae-jung": [],
        "Keizo Obuchi": [],
        "Yoon Suk Yeol": [],
        "Fumio Kishida": [],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("at a suitable time", "partial", "Sanae Takaichi", "says"),
        ("predictable.", "partial", "Lee Jae Myung", "says"),
    ],
    statements=[
        (THIN, ["Government of Japan"], "says"),
        (HOPES, ["Sanae Takaichi", "Lee Jae Myung"], "says"),
    ],
    timexes=[
        ("Published : [[2026-01-19 06:00]]", "2026-01-19T06:00", None),
        ("Updated : [[2026-01-19 09:12]]", "2026-01-19T09:12", None),
        ("seven months", "P7M", None),
        ("last Tuesday evening", "2026-01-13TEV", None),
        ("Since [[June]], Lee", "2025-06", None),
        ("June 17", "2025-06-17", None),
        ("Aug. 23", "2025-08-23", None),
        ("Sept. 30", "2025-09-30", None),
        ("Oct. 30", "2025-10-30", None),
        ("July 2004", "2004-07", None),
        ("within a year", "P1Y", "LESS_THAN"),
        ("the past six decades", "P60Y", None),
        ("island in [[1996]]", "1996", None),
        ("within two years", "P2Y", "LESS_THAN"),
        ("October 1998", "1998-10", None),
        ("a decade of hope", "P10Y", None),
        ("March 2023", "2023-03", None),
        ("12-year", "P12Y", None),
        ("agreement of [[2016]]", "2016", None),
        ("The [[1965]] treaty", "1965", None),
        ("The [[2015]] agreement", "2015", None),
        ("last August", "2025-08", None),
        ("work [[this year]]", "2026", None),
        ("in 2028", "2028", None),
        ("thirty years", "P30Y", None),
        ("the first half of the 21st century", "20", "START"),
        ("the second half of the 20th", "19", "END"),
    ],
    summits=[
        dict(date="2026-01-13", place="Nara", country="JP",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[DRUMS, THIN, FIVE]),
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="sidelines", ordinal=None,
             status="held", occasion="G7 summit", evidence=[FIVE]),
        dict(date="2025-08-23", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIVE]),
        dict(date="2025-09-30", place="Busan", country="KR",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIVE]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIVE]),
        dict(date="2004-07", place="Jeju", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="held", occasion=None, evidence=[PACE]),
        dict(date="1996", place="Jeju", country="KR",
             participants=["Kim Young-sam", "Ryutaro Hashimoto"], kind="bilateral",
             ordinal=None, status="held", occasion=None, evidence=[SWAP]),
        dict(date="1998-10", place=None, country=None,
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KDJ]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[YOON]),
    ],
    agreements=[
        dict(title="keep meeting (Nara)", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="agreed", evidence=[THIN]),
        dict(title="DNA testing of remains from the Chosei coal mine", kind="commitment",
             date="2026-01-13", parties=["JP", "KR"], status="agreed", evidence=[THIN]),
        dict(title="working group on artificial intelligence", kind="commitment",
             date="2026-01-13", parties=["JP", "KR"], status="proposed", evidence=[THIN]),
        dict(title="Roh-Koizumi shuttle diplomacy", kind="commitment", date="2004-07",
             parties=["JP", "KR"], status="referenced", evidence=[PACE]),
        dict(title="1998 Kim-Obuchi joint declaration", kind="joint-declaration",
             date="1998-10", parties=["JP", "KR"], status="referenced", evidence=[KDJ]),
        dict(title="resumed shuttle diplomacy (Yoon, Tokyo, March 2023)", kind="commitment",
             date="2023-03", parties=["JP", "KR"], status="referenced", evidence=[YOON]),
        dict(title="intelligence-sharing agreement of 2016 (GSOMIA)", kind="treaty",
             date="2016", parties=["JP", "KR"], status="referenced", evidence=[YOON]),
        dict(title="1965 treaty", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced", evidence=["The 1965 treaty settled"]),
        dict(title="2015 agreement on the comfort women", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=["The 2015 agreement on"]),
        dict(title="Lee-Ishiba joint statement issued in Tokyo", kind="joint-statement",
             date="2025-08", parties=["JP", "KR"], status="referenced",
             evidence=["Even the joint statement Lee and Ishiba issued"]),
    ],
    notes=[
        "Invented op-ed (stamp line, headline, byline and author line are furniture; stamps"
        " and the headline's 'seven months' annotated). Author, outlet, the partial quotes"
        " ('predictable' for Lee is invented; 'at a suitable time' follows the Kantei text),"
        " the AI working-group proposal and the author's proposal are invented. Real background:"
        " Jiji via adnkronos 2026-01-14 (drums in Nara after the Tuesday summit); Yomiuri"
        " 2026-01-13 (DNA testing deal); Kantei 2026-01-13 (agreed to continue shuttle"
        " diplomacy; Takaichi looks forward to visiting the ROK); JoongAng Daily 2026-01-13"
        " (fifth summit with a Japanese leader); korea.net, KBS and particle.news (Tokyo"
        " 23 August, Busan 30 September 2025); KBS 2025-10 (Gyeongju 30 October); Kantei photo"
        " page 2004-07-21 and MOFA summary 2004-07-22 (Koizumi-Roh in Jeju, agreement to hold"
        " regular summits); The Independent (Kim Young-sam-Hashimoto on Cheju, footballs);"
        " epfl (1998 declaration); Korea Herald 2023-03-16 (Yoon in Tokyo; GSOMIA fully"
        " normalized; sealed November 2016). From general knowledge: Kananaskis on 17 June"
        " 2025, the 12-year gap, the collapse of shuttle diplomacy in 2005, the fisheries"
        " breakdown of 1998.",
        "Summits (9): the five Lee summits (listed as background, with Nara also the lead), and"
        " Roh-Koizumi (Jeju, July 2004), Kim Young-sam-Hashimoto (Jeju, 1996), Kim Dae-jung-"
        "Obuchi (October 1998, place not given: null), Yoon-Kishida (Tokyo, March 2023; Kishida"
        " not named, listed as the leader then in office).",
        "Agreements (10): Nara outcomes in an op-ed a week later are 'agreed' (as in unseen11);"
        " the AI group 'proposed'; the 2004 and 2023 shuttle-diplomacy courses as referenced"
        " commitments (debatable for 2023: 'revived the shuttle' read as an agreed resumption);"
        " referenced instruments (1998 declaration, GSOMIA, 1965 treaty, 2015 agreement,"
        " August 2025 statement). Not agreements: the author's own proposal of a second"
        " declaration ('Neither government has suggested it'), the fisheries talks.",
        "Statements: the author's own 'I would propose' is the writer's voice, not a statement"
        " record. Timexes: 'the first half of the 21st century' = '20' START and 'the second"
        " half of the 20th' = '19' END (TIMEX3 has no half-century code; debatable).",
    ],
)
