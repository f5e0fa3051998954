GWB = "George W. Bush"
LMB = "Lee Myung-bak"
ASO = "Taro Aso"
ALL3 = [GWB, LMB, ASO]
P3 = ["JP", "KR", "US"]
TITLE = "READOUT OF THE PRESIDENT'S TRILATERAL MEETING"
OPEN = "President Bush met today with President Lee Myung-bak"
SEP = "The President also held separate bilateral meetings"
HOD = "They agreed that the heads of delegation"
JS = "The leaders reaffirmed their commitment to the full implementation"
PROT = "They agreed to resist protectionism"
KORUS = "He reiterated his support for congressional approval"
FUK = "The President welcomed the meeting of Prime Minister Aso"
LIMA = dict(place="Lima", country="PE", ordinal=None, occasion="APEC")
GOLD = dict(
    published="2008-11-22",
    furniture=["THE WHITE HOUSE", "Office of the Press Secretary", "(Lima, Peru)",
               "For Immediate Release November 22, 2008", "###"],
    timex_in_furniture_ok=True,
    entities={
        GWB: ["President Bush", "the President", "He"],
        LMB: ["President Lee Myung-bak", "President Lee"],
        ASO: ["Prime Minister Taro Aso", "Prime Minister Aso"],
        "Hu Jintao": ["President Hu Jintao"],
        "Dmitry Medvedev": ["President Dmitry Medvedev"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
    },
    quotes=[
        ("have never been more important", "partial", GWB, "said"),
    ],
    statements=[
        (HOD, ALL3, "agreed"),
        (JS, ALL3, "reaffirmed"),
        (PROT, ALL3, "agreed"),
        ("President Bush thanked President Lee", [GWB], "said"),
        (KORUS, [GWB], "reiterated"),
        (FUK, [GWB], "welcomed"),
    ],
    timexes=[
        ("November 22, 2008", "2008-11-22", None),
        ("met [[today]] with", "2008-11-22", None),
        ("early December", "2008-12", "START"),
        ("September 19, 2005", "2005-09-19", None),
        ("June 2007", "2007-06", None),
        ("next month", "2008-12", None),
        ("Yesterday", "2008-11-21", None),
        ("Later today", "2008-11-22", None),
    ],
    summits=[
        dict(date="2008-11-22", participants=ALL3, kind="trilateral", status="held",
             evidence=[TITLE, OPEN, "The three leaders discussed the Six-Party Talks"], **LIMA),
        dict(date="2008-11", participants=[GWB, LMB], kind="sidelines", status="held",
             evidence=[SEP], **LIMA),
        dict(date="2008-11", participants=[GWB, ASO], kind="sidelines", status="held",
             evidence=[SEP], **LIMA),
        dict(date="2008-11-21", participants=[GWB, "Hu Jintao"], kind="sidelines",
             status="held", evidence=["Yesterday, the President met with President Hu"],
             **LIMA),
        dict(date="2008-11-22", participants=[GWB, "Dmitry Medvedev"], kind="sidelines",
             status="planned", evidence=["Later today, he will meet"], **LIMA),
        dict(date="2008-12", place="Fukuoka", country="JP",
             participants=[ASO, LMB, "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[FUK]),
    ],
    agreements=[
        dict(title="Six-Party heads of delegation to meet in Beijing in early December",
             kind="commitment", date="2008-11-22", parties=P3, status="agreed",
             evidence=[HOD]),
        dict(title="aim to reach agreement on a verification protocol for North Korea's"
                   " nuclear declaration", kind="commitment", date="2008-11-22", parties=P3,
             status="agreed", evidence=[HOD]),
        dict(title="Joint Statement of September 19, 2005 (Six-Party Talks)",
             kind="joint-statement", date="2005-09-19",
             parties=["CN", "JP", "KP", "KR", "RU", "US"], status="referenced", evidence=[JS]),
        dict(title="resist protectionism", kind="commitment", date="2008-11-22", parties=P3,
             status="agreed", evidence=[PROT]),
        dict(title="work for an ambitious conclusion of the Doha Development Agenda",
             kind="commitment", date="2008-11-22", parties=P3, status="agreed",
             evidence=[PROT]),
        dict(title="United States-Korea Free Trade Agreement", kind="treaty", date="2007-06",
             parties=["KR", "US"], status="referenced", evidence=[KORUS]),
    ],
    notes=[
        "Invented readout in the style of the White House press office (not the real"
        " document; Bush's quoted words and the protectionism/Doha item are invented)."
        " Furniture: header lines and '###'; the header date is annotated; the capitalised"
        " readout title is text. Checked (pages): the Bush-Lee-Aso meeting on the APEC"
        " sidelines in Lima on Saturday Nov. 22, 2008 and the agreement on a six-party"
        " meeting in early December, date to be announced by China, aimed at verification"
        " (Yonhap via oananews; AP via abc30 and Northwest Asian Weekly); Bush's planned"
        " bilateral meetings with Lee and Aso (senior official, Yonhap via oananews);"
        " Bush-Hu on Friday and Medvedev later on Saturday (Yonhap). Public record: the"
        " Sept. 19, 2005 joint statement; KORUS signed June 30, 2007 and Bush's support for"
        " ratification; the first stand-alone Japan-China-ROK summit in Fukuoka on Dec. 13,"
        " 2008 (en-academic list of trilateral summits).",
        "Summits (6): the trilateral; Bush-Lee and Bush-Aso ('separate bilateral meetings"
        " with each': two records, month precision as the day is not given, debatable);"
        " Bush-Hu 'Yesterday'; planned Bush-Medvedev 'Later today'; planned Fukuoka"
        " trilateral (not on the sidelines of a gathering: occasion null).",
        "Agreements (6): 'agreed that the heads of delegation should meet ... and that the"
        " meeting should aim to reach agreement on a protocol' = two courses; the 2005 joint"
        " statement (referenced, six parties); 'agreed to resist protectionism and to keep"
        " working for ... Doha' = two courses; KORUS (referenced treaty, dated by its"
        " signing month). Not agreements: the thanks and welcome.",
        "Statements: 'The three leaders discussed' / 'also discussed' report topics, not"
        " words, and are not annotated.",
        "Timexes: 'early December' = 2008-12 START; 'Later today' = 2008-11-22.",
    ],
)
