# ruff: noqa: E501
FIVE = "Over these five days in New York"
ATMEET = "At that meeting, Prime Minister Abe and President Trump confirmed"
YEARAGO = "Exactly a year ago, on September 26 last year"
CLAIMS = "I conveyed Japan's consistent position"
COMM = "We agreed that communication between our diplomatic authorities"
LAVROV = "Yesterday I also met Foreign Minister Lavrov"
LASTTIME = "The last time the two leaders held a formal meeting"
GSOMIA_Q = "Did Minister Kang raise the General Security of Military Information Agreement"
GSOMIA_A = "I told her that Japan regards the ROK's decision"

GOLD = dict(
    published="2019-09-26",
    furniture=[
        "Extraordinary Press Conference by Foreign Minister MOTEGI Toshimitsu (Excerpt)\n"
        "Thursday, September 26, 2019, 7:05 p.m. New York\n"
        "Provisional translation",
        "Opening Remarks",
        "Questions and Answers",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Toshimitsu Motegi": ["Foreign Minister MOTEGI Toshimitsu", "Minister Motegi", "I"],
        "Shinzo Abe": ["Prime Minister Abe"],
        "Donald Trump": ["President Trump"],
        "Kang Kyung-wha": ["Minister of Foreign Affairs Kang Kyung-wha of the Republic of Korea", "Minister Kang", "her"],
        "Sergey Lavrov": ["Foreign Minister Lavrov of Russia"],
        "Moon Jae-in": ["President Moon"],
    },
    quotes=[],
    statements=[
        (ATMEET, ["Shinzo Abe", "Donald Trump"], "confirmed"),
        (YEARAGO, ["Shinzo Abe", "Donald Trump"], "decided"),
        ("Minister Kang explained the position of the ROK.", ["Kang Kyung-wha"], "explained"),
        ("Minister Kang referred to it.", ["Kang Kyung-wha"], "referred to"),
    ],
    timexes=[
        ("Thursday, September 26, 2019, 7:05 p.m.", "2019-09-26T19:05", None),
        ("these five days", "P5D", None),
        ("Summit Meeting [[yesterday]]", "2019-09-25", None),
        ("Exactly a year ago", "2018-09-26", None),
        ("September 26 last year", "2018-09-26", None),
        ("twelve months", "P12M", None),
        ("This afternoon", "2019-09-26TAF", None),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("Claims of [[1965]]", "1965", None),
        ("[[Yesterday]] I also met", "2019-09-25", None),
        ("Japan in [[November]]", "2019-11", None),
        ("New York [[this week]]", "2019-W39", None),
        ("New York, [[a year ago]], on the margins", "2018-09", None),
        ("Osaka in [[June]]", "2019-06", None),
        ("expires in [[November]]", "2019-11", None),
        ("took in [[July]]", "2019-07", None),
        ("and [[August]]?", "2019-08", None),
        ("met [[last week]]", "2019-W38", None),
        ("later this year", "2019", None),
    ],
    summits=[
        dict(date="2019-09-25", place="New York", country="US",
             participants=["Shinzo Abe", "Donald Trump"], kind="sidelines", ordinal=None,
             status="held", occasion="the UN General Assembly", evidence=[FIVE, ATMEET]),
        dict(date="2018-09", place="New York", country="US",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="sidelines", ordinal=None,
             status="held", occasion="the UN General Assembly", evidence=[LASTTIME]),
    ],
    agreements=[
        dict(title="Japan-U.S. Joint Statement (final agreement on trade)", kind="joint-statement", date="2019-09-25",
             parties=["JP", "US"], status="signed", evidence=[ATMEET]),
        dict(title="joint statement deciding to enter into Japan-U.S. trade negotiations", kind="joint-statement",
             date="2018-09-26", parties=["JP", "US"], status="referenced", evidence=[YEARAGO]),
        dict(title="Agreement on the Settlement of Problems concerning Property and Claims (1965)", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
        dict(title="continue communication between the diplomatic authorities", kind="commitment", date="2019-09-26",
             parties=["JP", "KR"], status="agreed", evidence=[COMM]),
        dict(title="hold Japan-Russia foreign ministers' meetings frequently", kind="commitment", date="2019-09-25",
             parties=["JP", "RU"], status="agreed", evidence=[LAVROV]),
        dict(title="General Security of Military Information Agreement (GSOMIA)", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA_Q, GSOMIA_A]),
    ],
    notes=[
        "Invented transcript in the style of the Japanese foreign ministry's press conferences (title, date line, 'Provisional translation', section headings and '(END)' are furniture; the date line is annotated). No quotation marks: no quotes. The minister's own answers are not annotated as statements (as unseen15 did for a Chief Cabinet Secretary); sentences reporting what others confirmed, decided, explained or referred to are. All wording is invented; the start time (7:05 p.m.), the reporters and outlets are invented.",
        "Real background, checked on stored pages: mofa.go.jp kaiken4e_000701 (Motegi's extraordinary press conference in New York on Thursday 26 September 2019: meetings with ten foreign ministers and four summit meetings; the Japan-U.S. summit on the 25th with the signing of the Japan-U.S. Joint Statement confirming final agreement; the joint statement of 26 September 2018 that launched the negotiations; meeting with Lavrov and agreement to meet frequently starting with his visit for the G20 foreign ministers' meeting in Nagoya); tellerreport/NHK 2019-09-26 (first Motegi-Kang meeting, about 50 minutes; Motegi demanded that Seoul correct its breach of international law over wartime workers; export controls discussed; director-level talks the week before); donga 2019-09-26 (no Moon-Abe meeting in New York; Osaka handshake in June); mofa.go.jp kaiken4e_000700 (Motegi in New York from 22 September). From general knowledge: the Moon-Abe meeting in New York in September 2018 (25 September), Seoul's August 2019 decision to end GSOMIA and its expiry on 23 November, the export measures of July and August 2019, ASEAN-related summits in Bangkok and APEC in Chile planned for November 2019.",
        "Summits (2): Abe-Trump 'yesterday' (sidelines of the UN General Assembly) and the Moon-Abe formal meeting 'a year ago' in New York. Not summits: the foreign ministers' meetings, 'four summit meetings' (aggregate), a Japan-ROK summit 'not arranged', the Osaka handshake ('a greeting, not a meeting'), hypothetical meetings in Bangkok or Chile, director-general talks. The 2018 joint statement is not taken as evidence of a separate 2018 Abe-Trump meeting (the text names no meeting).",
        "Agreements (6): the 2019 Japan-U.S. Joint Statement (signed), the 2018 joint statement (referenced), the 1965 claims agreement (treaty, referenced), the Motegi-Kang commitment on continued communication (agreed), the Motegi-Lavrov commitment (JP/RU, agreed), GSOMIA (treaty, referenced; its date 2016-11 from the public record, the text gives none). Not agreements: Japan's export control measures (unilateral), the request that Seoul remedy the situation.",
        "Timexes: 'Exactly a year ago' = 2018-09-26 (the date it names); 'a year ago' for the formal meeting = 2018-09; 'this week' = 2019-W39, 'last week' = 2019-W38; 'in November' twice (future) = 2019-11; 'twelve months' = P12M; 'these five days' = P5D.",
    ],
)
