KOI = "Junichiro Koizumi"
ROH = "Roh Moo-hyun"
BOTH = [KOI, ROH]
KR2 = ["JP", "KR"]
OPEN = "On October 20, prior to the opening of the APEC"
JS = "Following the meeting, the two leaders issued a Joint Statement"
FTA = "In the Joint Statement, the two leaders agreed to launch negotiations"
SSA = "The two leaders confirmed that the two governments would continue efforts"
OTHER = "They also agreed to work toward the opening of direct flights"
BALI = "On October 8, on the occasion of the ASEAN+3 Summit Meeting in Bali"
TRI = "On October 7, also in Bali"
SEP = "On October 20, in addition to the meeting with President Roh"
JUNE = "President Roh paid a State Visit to Japan in June"
GOLD = dict(
    published="2003-10-20",
    furniture=["October 20, 2003\n",
               "Japanese Foreign Ministry-style summary (provisional translation)",
               "(Reference)"],
    timex_in_furniture_ok=True,
    entities={
        KOI: ["Prime Minister Junichiro Koizumi", "Prime Minister Koizumi"],
        ROH: ["President Roh Moo Hyun", "President Roh", "Roh Moo Hyun"],
        "Wen Jiabao": ["Premier Wen Jiabao"],
        "Vladimir Putin": ["President Vladimir Putin"],
        "Hu Jintao": ["President Hu Jintao"],
    },
    quotes=[
        ("a big step", "partial", KOI, "stated"),
    ],
    statements=[
        (JS, BOTH, "shared the view"),
        (FTA, BOTH, "agreed"),
        ("Prime Minister Koizumi stated that such mutually beneficial", [KOI], "stated"),
        (SSA, BOTH, "confirmed"),
        (OTHER, BOTH, "agreed"),
        ("Prime Minister Koizumi expressed his respect", [KOI], "expressed"),
        (BALI, BOTH, "agreed"),
    ],
    timexes=[
        ("October 20, 2003", "2003-10-20", None),
        ("On [[October 20]], prior", "2003-10-20", None),
        ("this year", "2003", None),
        ("2005", "2005", None),
        ("On [[October 8]], on", "2003-10-08", None),
        ("about one hour", "PT1H", "APPROX"),
        ("On [[October 7]], also", "2003-10-07", None),
        ("On [[October 20]], in addition", "2003-10-20", None),
        ("Japan in [[June]]", "2003-06", None),
    ],
    summits=[
        dict(date="2003-10-20", place="Bangkok", country="TH", participants=BOTH,
             kind="sidelines", ordinal=None, status="held", occasion="APEC",
             evidence=["Japan-Republic of Korea Summit Meeting on the Occasion of the APEC",
                       OPEN, JS, SEP]),
        dict(date="2003-10-08", place="Bali", country="ID", participants=BOTH,
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN+3 Summit Meeting",
             evidence=[BALI]),
        dict(date="2003-10-07", place="Bali", country="ID",
             participants=[KOI, ROH, "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN+3 Summit Meeting", evidence=[TRI]),
        dict(date="2003-10-20", place="Bangkok", country="TH",
             participants=[KOI, "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[SEP]),
        dict(date="2003-10-20", place="Bangkok", country="TH",
             participants=[KOI, "Hu Jintao"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[SEP]),
        dict(date="2003-06", place=None, country="JP", participants=BOTH,
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[JUNE]),
    ],
    agreements=[
        dict(title="Japan-ROK Joint Statement on the FTA (Bangkok)", kind="joint-statement",
             date="2003-10-20", parties=KR2, status="agreed", evidence=[JS, FTA]),
        dict(title="launch Japan-ROK FTA negotiations within 2003, aiming to conclude them"
                   " substantially in 2005 (comprehensive, WTO-consistent)",
             kind="commitment", date="2003-10-20", parties=KR2, status="agreed",
             evidence=[FTA]),
        dict(title="sign and bring into force early the Japan-ROK Social Security Agreement",
             kind="commitment", date="2003-10-20", parties=KR2, status="agreed",
             evidence=[SSA]),
        dict(title="work toward direct Haneda-Gimpo flights", kind="commitment",
             date="2003-10-20", parties=KR2, status="agreed", evidence=[OTHER]),
        dict(title="work toward visa-free travel to Japan for ROK nationals",
             kind="commitment", date="2003-10-20", parties=KR2, status="agreed",
             evidence=[OTHER]),
        dict(title="work toward an agreement on mutual assistance in customs matters",
             kind="commitment", date="2003-10-20", parties=KR2, status="agreed",
             evidence=[OTHER]),
        dict(title="Japan-ROK-U.S. cooperation toward an early next round of six-party talks"
                   " (Bali)", kind="commitment", date="2003-10-08", parties=KR2,
             status="referenced", evidence=[BALI]),
        dict(title="Joint Declaration on the Promotion of Tripartite Cooperation among Japan,"
                   " the People's Republic of China and the ROK", kind="joint-declaration",
             date="2003-10-07", parties=["CN", "JP", "KR"], status="referenced",
             evidence=[TRI]),
        dict(title="Japan-ROK summit joint statement of June 2003", kind="joint-statement",
             date="2003-06", parties=KR2, status="referenced", evidence=[JUNE]),
    ],
    notes=[
        "Invented readout in the style of the Japanese foreign ministry (not the real"
        " document). Furniture: date line, style line, '(Reference)'; the date line is"
        " annotated. Checked (pages): Koizumi's separate talks with Putin, Hu and Roh before"
        " the APEC leaders' meeting of Monday Oct. 20, 2003 and the agreement to launch FTA"
        " negotiations by the end of 2003 and substantially complete them in 2005 (Kantei"
        " 'What's up', 2003-10-20); the brief meeting at a Bangkok hotel, the joint"
        " statement, comprehensive WTO-consistent FTA, the social security pact with basic"
        " agreement on its content, Haneda-Gimpo flights, visa-free travel and customs"
        " assistance, Koizumi's 'big step' remark (reworded fragment) (Kyodo via Japan"
        " Times, 2003-10-21); the Bali summit of Oct. 8 for about one hour and its six-party"
        " talks item (MOFA); the Joint Declaration signed in Bali on Oct. 7, 2003 (MOFA text;"
        " china.org.cn); the June 7, 2003 joint statement during Roh's state visit (MOFA)."
        " Public record: Seoul's decision of Oct. 18, 2003 to send more troops to Iraq (the"
        " Bush-Roh Bangkok statement, scoop.co.nz). Invented: Koizumi's 'respect' item.",
        "Summits (6): Bangkok Koizumi-Roh; Bali Koizumi-Roh (Oct. 8); Bali trilateral"
        " (Oct. 7, three leaders on the ASEAN+3 sidelines: kind trilateral); Koizumi-Putin"
        " and Koizumi-Hu ('separate summit meetings': two records); Roh's June state visit"
        " (place null: the text says only 'to Japan').",
        "Agreements (9): the Bangkok joint statement; the FTA negotiation course (launch"
        " this year, conclude in 2005, comprehensive and WTO-consistent: one course with its"
        " milestones and scope, debatable; the future FTA itself is not a separate treaty"
        " record); the social security pact (a commitment to sign it; no separate treaty"
        " record while unsigned, debatable); 'agreed to work toward X and toward Y, and to"
        " work toward Z' = three commitments; the Bali six-party item (referenced, parties"
        " JP/KR); the trilateral declaration and the June joint statement (referenced)."
        " Not agreements: Koizumi's respect for Korea's Iraq decision.",
        "Statements: the June sentence ('issued a joint statement on building ...') reports"
        " no content and is not annotated; 1(1) is ('shared the view').",
    ],
)
