GOLD = dict(
    published="2017-04-04",
    furniture=[
        "Japan sends envoy back to Seoul after 85-day protest over Busan statue",
        "April 4, 2017 21:10 JST", "TOKYO, April 4 (Kaigan News Service) - ",
        "(Reporting by Aoki Rei; Editing by Pak Min)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yasumasa Nagamine": ["Nagamine"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Fumio Kishida": ["Foreign Minister Fumio Kishida", "Kishida"],
        "Yasuhiro Morimoto": ["Consul General Yasuhiro Morimoto", "Morimoto"],
        "Park Geun-hye": ["Park Geun hye", "President Park Geun-hye", "Park"],
        "Hwang Kyo-ahn": ["Prime Minister Hwang Kyo-ahn"],
        "Japanese government": ["Japan", "Tokyo"],
    },
    quotes=[
        ("do everything in my power", "partial", "Yasumasa Nagamine", "told reporters"),
        ("The statue is still there", "direct", "Fumio Kishida", "told a news conference"),
        ("We expect the ambassador's presence", "direct", None, "said"),
    ],
    statements=[
        ("Nagamine met Prime Minister Shinzo Abe before leaving and told reporters",
         ["Yasumasa Nagamine"], "told reporters"),
        ("Foreign Minister Fumio Kishida had announced the return", ["Fumio Kishida"],
         "announced"),
        ("He acknowledged that the recall", ["Fumio Kishida"], "acknowledged"),
        ("Japan says the statue runs counter", ["Japanese government"], "says"),
        ("In Seoul, a foreign ministry official welcomed the decision.", [None], "welcomed"),
        ("The swap talks remain frozen, a Japanese finance ministry official said.", [None],
         "said"),
    ],
    timexes=[
        ("April 4, 2017 21:10", "2017-04-04T21:10", None),
        ("TOKYO, [[April 4]] (Kaigan", "2017-04-04", None),
        ("Tuesday evening", "2017-04-04TEV", None),
        ("nearly three months", "P3M", "APPROX"),
        ("Monday", "2017-04-03", None),
        ("May 9", "2017-05-09", None),
        ("Jan. 9", "2017-01-09", None),
        ("late December", "2016-12", "END"),
        ("December 2015", "2015-12", None),
        ("March 10", "2017-03-10", None),
        ("Sept. 7", "2016-09-07", None),
    ],
    summits=[
        dict(date="2016-09-07", place="Vientiane", country="LA",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits in Laos",
             evidence=["Abe and Park last met on Sept. 7 in Vientiane"]),
    ],
    agreements=[
        dict(title="December 2015 agreement on the comfort women issue",
             kind="joint-statement", date="2015-12", parties=["JP", "KR"],
             status="referenced",
             evidence=["Japan says the statue runs counter",
                       "Under that deal, Tokyo paid 1 billion yen"]),
        dict(title="new Japan-Korea currency swap arrangement (talks suspended)", kind="mou",
             date=None, parties=["JP", "KR"], status="referenced",
             evidence=["Tokyo at the same time suspended talks on a new currency swap",
                       "The swap talks remain frozen"]),
        dict(title="coordinate the response to North Korea's missile launches (Vientiane)",
             kind="commitment", date="2016-09-07", parties=["JP", "KR"],
             status="referenced",
             evidence=["Abe and Park last met on Sept. 7 in Vientiane"]),
    ],
    notes=[
        "Invented test article: international wire from Tokyo (headline, stamp, dateline and"
        " credit line are furniture; stamp and dateline annotated). Every quote is invented"
        " (Nagamine, Kishida, the unnamed Seoul official); reporter names and the 21:10 stamp"
        " are invented. Real background: Ambassador Yasumasa Nagamine's return to Seoul on"
        " Tuesday 2017-04-04 after meeting Abe, announced by Kishida on Monday 2017-04-03 with"
        " reference to the May 9 election and North Korea; the recall of Nagamine and Consul"
        " General Morimoto on 2017-01-09 over the Busan statue erected at the end of December"
        " 2016, together with the suspension of swap talks and high-level economic talks; the"
        " December 2015 agreement and the 1 billion yen foundation; Park's removal on"
        " 2017-03-10 and Hwang Kyo-ahn as acting president; the Park-Abe meeting in Vientiane"
        " on 2016-09-07, where they agreed to coordinate on North Korea's missiles. The"
        " 85-day count is in the headline only (furniture).",
        "Quotes: Nagamine's partial; Kishida's direct quote; the Seoul official's direct quote"
        " (null). Not a quote: \"comfort women\" (a term).",
        "Statements: Nagamine 'told reporters'; Kishida 'had announced'; 'He acknowledged';"
        " 'Japan says' (government); the official 'welcomed' (null); the finance official"
        " 'said' (null). Not statements: the two full direct-quote sentences.",
        "Timexes: published Tuesday 2017-04-04; 'Tuesday evening' = TEV; 'nearly three"
        " months' = P3M APPROX; 'Monday' = 2017-04-03; 'late December' (statue) = 2016-12"
        " END; 'Sept. 7' (past, last met) = 2016-09-07. Not timexes: '85-day' (headline"
        " furniture), 'at the same time'.",
        "Summits (1): Abe-Park in Vientiane on 2016-09-07 (sidelines of the ASEAN-related"
        " summits). Not summits: Nagamine's meeting with Abe, the presidential election.",
        "Agreements (3): the 2015 agreement (joint-statement, referenced; date 2015-12 as"
        " written); the suspended swap arrangement (mou, referenced, no date: never"
        " concluded, debatable whether it is a record at all); the Vientiane commitment to"
        " coordinate on missiles (referenced). Not agreements: the recall, the suspension of"
        " economic talks (unilateral).",
    ],
)
