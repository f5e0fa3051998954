OPEN = "On September 7, commencing at 3:45 p.m."
ITEM1 = "At the outset, Prime Minister Abe stated that he was pleased"
NK = "The two leaders agreed to coordinate closely"
ITEM3 = "Prime Minister Abe stated that the Japanese side had contributed"
ITEM4 = "Prime Minister Abe stated that Japan, as the chair, intends"
ITEM5 = "The two leaders also agreed to further promote"
AP = ["Shinzo Abe", "Park Geun-hye"]

GOLD = dict(
    published="2016-09-07",
    furniture=["Japan-ROK Summit Meeting\nSeptember 7, 2016", "(End)"],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Mr. Shinzo Abe", "Prime Minister Abe"],
        "Park Geun-hye": ["Her Excellency Ms. Park Geun-hye", "President Park"],
        "Li Keqiang": ["Premier Li Keqiang of China"],
    },
    quotes=[],
    statements=[
        (ITEM1, ["Shinzo Abe"], "stated"),
        ("President Park expressed her hope", ["Park Geun-hye"], "expressed her hope"),
        ("Regarding North Korea, Prime Minister Abe stated", ["Shinzo Abe"], "stated"),
        (NK, AP, "agreed"),
        ("They also confirmed the importance of the strict", AP, "confirmed"),
        (ITEM3, ["Shinzo Abe"], "stated"),
        ("President Park stated that the steady implementation", ["Park Geun-hye"], "stated"),
        (ITEM4, ["Shinzo Abe"], "stated"),
        ("President Park welcomed the invitation.", ["Park Geun-hye"], "welcomed"),
        (ITEM5, AP, "agreed"),
    ],
    timexes=[
        ("Meeting\n[[September 7, 2016]]", "2016-09-07", None),
        ("On [[September 7]], commencing", "2016-09-07", None),
        ("3:45 p.m.", "2016-09-07T15:45", None),
        ("5:45 p.m.", "2016-09-07T17:45", None),
        ("approximately 30 minutes", "PT30M", "APPROX"),
        ("Washington, D.C. in [[March]]", "2016-03", None),
        ("September 5", "2016-09-05", None),
        ("2270 adopted in [[March]]", "2016-03", None),
        ("the end of August", "2016-08", "END"),
        ("December 2015", "2015-12", None),
        ("within the year", "2016", None),
        ("the [[2018]] PyeongChang", "2018", None),
        ("the [[2020]] Tokyo", "2020", None),
    ],
    summits=[
        dict(date="2016-09-07", place="Vientiane", country="LA", participants=AP,
             kind="sidelines", ordinal=3, status="held",
             occasion="the ASEAN-related Summit Meetings",
             evidence=[OPEN, ITEM1, "This was the third summit meeting"]),
        dict(date="2016-03", place="Washington, D.C.", country="US", participants=AP,
             kind="sidelines", ordinal=None, status="held",
             occasion="the Nuclear Security Summit", evidence=[ITEM1]),
        dict(date="2016", place=None, country="JP",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None, evidence=[ITEM4]),
    ],
    agreements=[
        dict(title="coordinate closely, incl. with the United States and at the UN Security"
                   " Council, on North Korea", kind="commitment", date="2016-09-07",
             parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="agreement on the comfort women issue (December 2015)",
             kind="joint-statement", date="2015-12", parties=["JP", "KR"],
             status="referenced",
             evidence=[ITEM3, "President Park stated that the steady implementation"]),
        dict(title="Park to visit Japan for the trilateral summit Japan hosts",
             kind="commitment", date="2016-09-07", parties=["JP", "KR"], status="proposed",
             evidence=[ITEM4, "President Park welcomed the invitation."]),
        dict(title="promote people-to-people exchanges toward the 2018 and 2020 Games",
             kind="commitment", date="2016-09-07", parties=["JP", "KR"], status="agreed",
             evidence=[ITEM5]),
    ],
    notes=[
        "Invented readout in the style of Japan's Ministry of Foreign Affairs (title/date line"
        " and '(End)' are furniture; the date line is annotated). Every sentence is invented"
        " wording. Real background, checked on stored pages: Japan Times/Kyodo 2016-09-07 and"
        " SCMP 2016-09-08 (Abe and Park met for about 30 minutes in Laos on the sidelines of"
        " the ASEAN summit; agreed to coordinate responses to North Korea's missile launches of"
        " Monday 5 September, with the United States; Abe raised the statue in asking for the"
        " deal's implementation; Park: steady implementation important; 1 billion yen"
        " deposited the previous week; Abe expected to invite Park to a trilateral summit in"
        " Japan in late November or early December); Hankyoreh 2016-09-08 (afternoon of 7"
        " September at the National Convention Center in Vientiane; UNSC resolution 2270;"
        " trilateral summit with China broached for later in the year); JoongAng Daily"
        " 2016-09-07 (the two leaders' third bilateral meeting; missiles fell in Japan's EEZ)."
        " Invented: the start time, the wording of Park's hope, the youth-exchange item and"
        " Park's 'welcomed the invitation'. From general knowledge: resolution 2270 adopted in"
        " March 2016; the payment completed at the end of August 2016.",
        "Summits (3): Vientiane (ordinal 3), the Washington meeting in March (background), and"
        " the trilateral summit Japan 'intends to host ... within the year' (planned, dated"
        " 2016, place not named; it was later postponed, which the text cannot know).",
        "Agreements (4): North Korea coordination; the 2015 agreement (referenced); the"
        " invitation to visit Japan, welcomed by Park (proposed: a positive answer, not an"
        " explicit acceptance, as in unseen12); the exchanges item. Not agreements: 'confirmed"
        " the importance of ... resolution 2270' (a shared view of a UN resolution), Abe's"
        " request and Japan's payment (one side's acts).",
        "Quotes: none; '\"Reconciliation and Healing Foundation\"' is a name.",
    ],
)
