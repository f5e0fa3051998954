JB = "Joe Biden"
YSY = "Yoon Suk Yeol"
FK = "Fumio Kishida"
ALL3 = [JB, YSY, FK]
WH = "White House"
OFF = "Office of the President (South Korea)"
LEAD = "U.S. President Joe Biden met the leaders of South Korea and Japan"
TALKS = "The talks between Biden, South Korean President Yoon Suk Yeol"
WHS = "The White House called it"
FOLLOW = "It said the leaders also followed up"
START = "Biden told the other two leaders at the start of the meeting"
YS = "Yoon said he hoped the meeting"
KS = "Kishida said that if the North carried out"
KC = "He called the meeting"
DIN = "Yoon and Kishida, whose countries have been at odds"
GSOMIA = "Seoul and Tokyo still share military intelligence"
GOLD = dict(
    published="2022-06-29",
    furniture=["(Adds Kishida comments, background on intelligence pact in paragraphs 6-8)",
               "By Elena Ruiz and Park Min-ji", "MADRID, June 29 (Harbour Wire) -",
               "(Reporting by Elena Ruiz in Madrid and Park Min-ji in Seoul; Editing by Tom"
               " Hale)"],
    timex_in_furniture_ok=True,
    entities={
        JB: ["U.S. President Joe Biden", "Biden"],
        YSY: ["South Korean President Yoon Suk Yeol", "Yoon"],
        FK: ["Japanese Prime Minister Fumio Kishida", "Kishida", "He"],
        "Donald Trump": [],
        "Moon Jae-in": [],
        "Shinzo Abe": [],
        WH: ["It"],
        OFF: ["Yoon's office"],
    },
    quotes=[
        ("historic trilateral meeting", "partial", WH, "called"),
        ("unshakable commitment", "partial", WH, "said"),
        ("When the three of us stand together", "direct", JB, "told"),
        ("an important pivot", "partial", YSY, "said"),
        ("very timely.", "partial", FK, "called"),
    ],
    statements=[
        (TALKS, [OFF, JB, YSY, FK], "said"),
        (WHS, [WH, JB], "said"),
        (FOLLOW, [WH], "said"),
        (YS, [YSY], "said"),
        (KS, [FK], "said"),
        (KC, [FK], "called"),
    ],
    timexes=[
        ("nearly five years", "P5Y", "APPROX"),
        ("MADRID, [[June 29]] (Harbour", "2022-06-29", None),
        ("on [[Wednesday]], the first", "2022-06-29", None),
        ("September 2017", "2017-09", None),
        ("about 25 minutes", "PT25M", "APPROX"),
        ("last month", "2022-05", None),
        ("dinner on [[Tuesday]]", "2022-06-28", None),
        ("November 2016", "2016-11", None),
        ("in [[2019]] before", "2019", None),
    ],
    summits=[
        dict(date="2022-06-29", place="Madrid", country="ES", participants=ALL3,
             kind="trilateral", ordinal=None, status="held", occasion="the NATO summit",
             evidence=["UPDATE 2-Biden, Yoon, Kishida hold first three-way summit", LEAD,
                       TALKS, WHS, START, YS, KC]),
        dict(date="2017-09", place="New York", country="US",
             participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[LEAD]),
        dict(date="2022-05", place="Seoul", country="KR", participants=[JB, YSY],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FOLLOW]),
        dict(date="2022-05", place="Tokyo", country="JP", participants=[JB, FK],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FOLLOW]),
    ],
    agreements=[
        dict(title="step up trilateral cooperation in responding to North Korea's nuclear and"
                   " missile threats", kind="commitment", date="2022-06-29",
             parties=["JP", "KR", "US"], status="agreed", evidence=[TALKS]),
        dict(title="General Security of Military Information Agreement (GSOMIA)",
             kind="treaty", date="2016-11", parties=["JP", "KR"], status="referenced",
             evidence=[GSOMIA]),
    ],
    notes=[
        "Invented wire story in Reuters style (Harbour Wire, reporters Elena Ruiz and Park"
        " Min-ji, editor Tom Hale are fictional; Biden's direct quote is invented wording)."
        " Furniture: the (Adds ...) line, byline, dateline, credit line; the dateline date"
        " is annotated. Checked (pages): the trilateral on the NATO sidelines in Madrid on"
        " Wednesday June 29, 2022, about 25 minutes at IFEMA, first since September 2017,"
        " consensus on stronger trilateral cooperation against North Korea, Yoon's 'pivot'"
        " and Kishida's joint response and 'very timely' remarks (Yonhap/SBS via"
        " tellerreport); the White House statement: 'historic trilateral meeting',"
        " 'unshakable commitment', follow-up of the Seoul and Tokyo conversations 'last"
        " month' (Yonhap; KUNA); Biden's remarks (UCSB); first NATO summit for the Japanese"
        " and Korean leaders (AFP). Public record: the New York trilateral of September 2017"
        " (Trump, Moon, Abe), the Yoon-Kishida greeting at the gala dinner of June 28, GSOMIA"
        " signed Nov. 23, 2016, Seoul's 2019 termination notice and its suspension.",
        "Summits (4): Madrid trilateral (three leaders on the NATO sidelines: kind"
        " trilateral); New York 2017 (named in the text); Biden's Seoul and Tokyo meetings"
        " 'last month'. Not summits: the Yoon-Kishida greeting at the dinner ('did not hold"
        " a separate bilateral meeting'), the NATO summit itself.",
        "Agreements (2): the agreed step-up of trilateral cooperation (from Yoon's office);"
        " GSOMIA (referenced treaty; the 2019 termination move and its suspension are no"
        " separate agreement). Not agreements: Kishida's statement that the three would"
        " respond together to a nuclear test (his own account, debatable).",
        "Statements: 'according to Yoon's office, which said the three agreed' has the"
        " office and the three leaders. Quotes: the White House as an organisation speaker.",
        "Timexes: 'nearly five years' in the headline = P5Y APPROX; 'in 2019' = 2019.",
    ],
)
