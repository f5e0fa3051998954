# ruff: noqa: E501
TRI1 = "took part in a Japan-China-ROK Summit Meeting with Premier Wen Jiabao"
TRIH = "Japan-China-ROK Summit Meeting (October 7)"
SIGNED = "(1) The three leaders signed the Joint Declaration"
FIRSTDOC = "It is the first joint document to be issued"
UNDER = "(2) Under the Joint Declaration"
BI1 = "In the morning of October 8 he held a Japan-ROK Summit Meeting"
BIH = "Japan-ROK Summit Meeting (October 8)"
COORD = "(c) The two leaders agreed that Japan and the ROK would continue"
PYONG = "(d) Prime Minister Koizumi expressed his appreciation"
JUNE = "(a) The two leaders welcomed the progress"
BKK = "(b) The two leaders confirmed that they would meet again"

GOLD = dict(
    published="2003-10-08",
    furniture=[
        "Japan-China-ROK Summit Meeting and Japan-ROK Summit Meeting (Overview)",
        "October 8, 2003\nBali, Indonesia",
        "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Prime Minister Koizumi", "he"],
        "Wen Jiabao": ["Premier Wen Jiabao", "Premier Wen"],
        "Roh Moo-hyun": ["President Roh Moo-hyun", "President Roh"],
    },
    quotes=[],
    statements=[
        ("(3) Prime Minister Koizumi stated that Japan attaches", ["Junichiro Koizumi"], "stated"),
        ("Premier Wen expressed his hope", ["Wen Jiabao"], "expressed his hope"),
        ("President Roh stated that the nuclear issue", ["Roh Moo-hyun"], "stated"),
        ("(a) Prime Minister Koizumi stated that cooperation", ["Junichiro Koizumi"], "stated"),
        ("(b) President Roh stated that Japan's participation", ["Roh Moo-hyun"], "stated"),
        (COORD, ["Junichiro Koizumi", "Roh Moo-hyun"], "agreed"),
        (PYONG, ["Junichiro Koizumi"], "expressed his appreciation"),
        (JUNE, ["Junichiro Koizumi", "Roh Moo-hyun"], "welcomed"),
        (BKK, ["Junichiro Koizumi", "Roh Moo-hyun"], "confirmed"),
    ],
    timexes=[
        ("October 8, 2003", "2003-10-08", None),
        ("Republic of Korea (ROK) on [[October 7]].", "2003-10-07", None),
        ("In [[the morning of October 8]] he held", "2003-10-08TMO", None),
        ("about one hour", "PT1H", "APPROX"),
        ("Japan-China-ROK Summit Meeting ([[October 7]])", "2003-10-07", None),
        ("in [[1999]]", "1999", None),
        ("Japan-ROK Summit Meeting ([[October 8]])", "2003-10-08", None),
        ("Japan in [[June]]", "2003-06", None),
        ("later this month", "2003-10", None),
    ],
    summits=[
        dict(date="2003-10-07", place="Bali", country="ID",
             participants=["Junichiro Koizumi", "Wen Jiabao", "Roh Moo-hyun"], kind="trilateral",
             ordinal=None, status="held", occasion="ASEAN+3",
             evidence=[TRI1, TRIH, SIGNED, FIRSTDOC]),
        dict(date="2003-10-08", place="Bali", country="ID",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN+3", evidence=[BI1, BIH]),
        dict(date="2003-06", place=None, country="JP",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[JUNE]),
        dict(date="2003-10", place="Bangkok", country="TH",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="sidelines", ordinal=None,
             status="planned", occasion="APEC", evidence=[BKK]),
    ],
    agreements=[
        dict(title="Joint Declaration on the Promotion of Tripartite Cooperation among Japan,"
             " the People's Republic of China and the Republic of Korea",
             kind="joint-declaration", date="2003-10-07", parties=["CN", "JP", "KR"],
             status="signed", evidence=[SIGNED, FIRSTDOC, UNDER]),
        dict(title="continue close Japan-ROK(-U.S.) coordination and cooperate with China and Russia"
             " toward an early next round of the six-party talks",
             kind="commitment", date="2003-10-08", parties=["JP", "KR"], status="agreed",
             evidence=[COORD]),
        dict(title="meet again at the APEC Economic Leaders' Meeting in Bangkok", kind="commitment",
             date="2003-10-08", parties=["JP", "KR"], status="agreed", evidence=[BKK]),
        dict(title="Japan-DPRK Pyongyang Declaration", kind="joint-declaration", date=None,
             parties=["JP", "KP"], status="referenced", evidence=[PYONG]),
    ],
    notes=[
        "Invented readout in the style of Japan's MOFA (title, date/place lines and '(End)' are"
        " furniture; the date line is annotated). All wording is invented. Real background,"
        " checked on stored pages: MOFA Japan pmv0310/rok (Koizumi-Roh meeting in Bali on the"
        " morning of 8 October 2003 for about one hour; Japan-U.S.-ROK cooperation for the"
        " six-party talks; Roh on Japan's participation despite a North Korean statement; both"
        " agreed on close coordination and cooperation with China and Russia for an early next"
        " round; abduction issue and the Pyongyang Declaration); MOFA Japan joint0310 (Joint"
        " Declaration, Bali, 7 October 2003, leaders meeting since 1999); Japan Times editorial"
        " 2003-10-09 (declaration signed on Tuesday; joint committee to study, plan, coordinate"
        " and monitor); MOFA Japan joint0406 (the Three-Party Committee headed by the foreign"
        " ministers was set up under the declaration). From the other corpora's manifests and"
        " general knowledge: Roh's state visit to Japan in June 2003 and the Koizumi-Roh meeting at"
        " APEC in Bangkok on 20 October 2003. Invented: the three leaders' remarks in item 1(3),"
        " the 'exchanges among young people' item, and the confirmation that they would meet in"
        " Bangkok.",
        "Summits (4): the Bali trilateral of 7 October (kind trilateral, held on the ASEAN+3"
        " sidelines; kind is not scored), the Bali bilateral of 8 October, Roh's state visit to"
        " Japan in June (place not named: null, country JP), Bangkok later this month (planned)."
        " The ASEAN+3 Summit Meeting is the occasion, not a record.",
        "Agreements (4): the Joint Declaration (signed at the reported meeting); the three-party"
        " committee is the declaration's content ('Under the Joint Declaration'), not a separate"
        " record; two commitments of 8 October (close coordination for the six-party talks; to meet"
        " again in Bangkok: an agreed meeting is treated as an agreed course of action, debatable);"
        " the Pyongyang Declaration referenced without a date in the text (date null).",
        "Timexes: 'the morning of October 8' is annotated whole as 2003-10-08TMO; the heading"
        " dates are annotated. Statements: every numbered item with 'stated', 'expressed',"
        " 'agreed', 'welcomed' or 'confirmed'; 'signed' alone is not a reporting verb.",
    ],
)
