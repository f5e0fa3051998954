OB = "Keizo Obuchi"
ZHU = "Zhu Rongji"
KIM = "Kim Dae-jung"
BC = "Bill Clinton"
ALL3 = [OB, ZHU, KIM]
LEAD = "sat down together over breakfast here Sunday"
AGREE = "The three leaders agreed to pursue closer economic cooperation"
PROP = "Kim proposed that research institutes"
REG = "Obuchi, for his part, suggested"
AP3 = "Later Sunday, the 13 leaders of ASEAN"
BG = "Obuchi visited Seoul in March"
DECL = "Relations between Tokyo and Seoul have warmed markedly"
FISH = "A new bilateral fisheries agreement"
ASEAN = ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]
GOLD = dict(
    published="1999-11-29",
    furniture=["By Harumi Sato / Staff Writer", "November 29, 1999\n", "MANILA --"],
    timex_in_furniture_ok=True,
    entities={
        OB: ["Prime Minister Keizo Obuchi", "Obuchi"],
        ZHU: ["Chinese Premier Zhu Rongji", "Zhu"],
        KIM: ["South Korean President Kim Dae-jung", "Kim"],
        BC: ["U.S. President Bill Clinton"],
        "Takeshi Moriyama": ["Moriyama"],
    },
    quotes=[
        ("an informal breakfast among neighbors", "partial", None, "said"),
        ("with concrete actions.", "partial", OB, "told reporters"),
        ("A year ago, nobody would have predicted", "direct", "Takeshi Moriyama", "said"),
        ("Whether it becomes a habit depends on Beijing.", "direct", "Takeshi Moriyama",
         "said"),
    ],
    statements=[
        ("According to a Japanese government official who briefed reporters", [None],
         "according to"),
        (AGREE, [OB, ZHU, KIM, None], "agreed"),
        (PROP, [KIM], "proposed"),
        ("Obuchi and Zhu said the idea deserved consideration", [OB, ZHU], "said"),
        (REG, [OB], "suggested"),
        ("A Chinese delegation source said Beijing preferred", [None], "said"),
        ("Obuchi told reporters that the statement", [OB], "told reporters"),
    ],
    timexes=[
        ("November 29, 1999", "1999-11-29", None),
        ("breakfast here [[Sunday]]", "1999-11-28", None),
        ("a little over an hour", "PT1H", "MORE_THAN"),
        ("1997-98", "1997/1998", None),
        ("Later Sunday", "1999-11-28", None),
        ("Seoul in [[March]]", "1999-03", None),
        ("Auckland in [[September]]", "1999-09", None),
        ("October last year", "1998-10", None),
        ("November last year", "1998-11", None),
        ("took effect in [[January]]", "1999-01", None),
        ("A year ago", "1998", None),
    ],
    summits=[
        dict(date="1999-11-28", place="Manila", country="PH", participants=ALL3,
             kind="trilateral", ordinal=None, status="held", occasion="ASEAN Plus Three",
             evidence=["Obuchi, Zhu, Kim share first three-way breakfast", LEAD,
                       "The meeting at a Manila hotel", "For Obuchi and Kim, the breakfast"]),
        dict(date="1999-03", place="Seoul", country="KR", participants=[OB, KIM],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BG]),
        dict(date="1999-09", place="Auckland", country="NZ", participants=[OB, KIM, BC],
             kind="trilateral", ordinal=None, status="held", occasion="APEC", evidence=[BG]),
        dict(date="1998-10", place=None, country="JP", participants=[OB, KIM],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[DECL]),
    ],
    agreements=[
        dict(title="closer economic cooperation among Japan, China and South Korea",
             kind="commitment", date="1999-11-28", parties=["CN", "JP", "KR"],
             status="agreed", evidence=[AGREE]),
        dict(title="joint study by research institutes on trilateral economic cooperation"
                   " (Kim's proposal)", kind="commitment", date="1999-11-28",
             parties=["CN", "JP", "KR"], status="proposed", evidence=[PROP]),
        dict(title="make the trilateral breakfast a regular event (Obuchi's proposal)",
             kind="commitment", date="1999-11-28", parties=["CN", "JP", "KR"],
             status="proposed", evidence=[REG]),
        dict(title="ASEAN Plus Three joint statement on East Asia cooperation",
             kind="joint-statement", date="1999-11-28",
             parties=[*ASEAN, "CN", "JP", "KR"], status="agreed",
             evidence=[AP3, "Obuchi told reporters that the statement"]),
        dict(title="Japan-ROK joint declaration on a new partnership", kind="joint-declaration",
             date="1998-10", parties=["JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="new Japan-South Korea fisheries agreement", kind="treaty", date="1998-11",
             parties=["JP", "KR"], status="referenced", evidence=[FISH]),
    ],
    notes=[
        "Invented article in the style of a Japanese daily's English edition (reporter"
        " Harumi Sato, Professor Takeshi Moriyama, Kansai Gakuen University, the Japanese"
        " official and the Chinese delegation source are fictional; the meeting's venue and"
        " length, Zhu's preferred wording and the reactions to Kim's proposal are invented)."
        " Furniture: byline, date line, 'MANILA --'; the date line is annotated. Checked"
        " (pages): the first-ever trilateral breakfast of Obuchi, Zhu and Kim in Manila in"
        " November 1999 (Nikkei via geo-politik.eu; a Japanese account on 5ch: China"
        " treated it as a 'breakfast' and was reluctant to make it regular, agreement to aim"
        " at economic cooperation); Kim's 1999 proposal of joint research on trilateral"
        " economic cooperation (MOFA summary of the 2000 trilateral); the ASEAN+3 joint"
        " statement of Nov. 28, 1999 and Obuchi's call to follow it up with concrete"
        " actions (Obuchi's Manila press conference, asean.or.id); Obuchi's Seoul visit of"
        " March 1999 (Kyodo via thefreelibrary); Auckland trilateral (d7_02). Public"
        " record: the Tokyo declaration (d7_01), the fisheries agreement signed in November"
        " 1998 and in force from January 1999.",
        "Summits (4): the Manila breakfast (three leaders on the sidelines of ASEAN Plus"
        " Three: its own record, kind trilateral); background Seoul (March), Auckland"
        " trilateral (September), Kim's state visit (October 1998; place null, the text says"
        " 'to Japan'). Not summits: the ASEAN Plus Three summit itself.",
        "Agreements (6): the agreed economic cooperation; Kim's joint-study proposal and"
        " Obuchi's regular-breakfast proposal (proposed: one side proposes a joint course);"
        " the ASEAN Plus Three joint statement (13 parties); the 1998 declaration and the"
        " fisheries agreement (referenced; the fisheries date is the signing month).",
        "Statements: 'agreed ..., the official said' carries the three leaders (joint act)"
        " and the unnamed official (null). 'Zhu was noncommittal' reports no speech.",
        "Timexes: '1997-98' = 1997/1998; 'a little over an hour' = PT1H MORE_THAN; 'Later"
        " Sunday' = 1999-11-28; 'A year ago' in the quote = 1998 (year granularity).",
    ],
)
