JB = "Joe Biden"
FK = "Fumio Kishida"
YSY = "Yoon Suk Yeol"
ALL3 = [JB, FK, YSY]
KJU = ["JP", "KR", "US"]
KJ = ["JP", "KR"]
HEAD = "Biden, Yoon and Kishida pledge yearly summits"
LEAD = "President Joe Biden and the leaders of Japan and South Korea agreed Friday"
WELC = "Biden welcomed Japanese Prime Minister Fumio Kishida"
FIRST = "It was also the first time Biden had hosted foreign leaders at Camp David."
DOCS = "The leaders released three documents at the end of the talks"
ERA = "In the joint statement, they declared"
YEAR = "They agreed that leaders, foreign ministers, defense ministers"
DATA = "They also said they would activate a system"
BIDEN = "Biden told a joint news conference"
YK = "Yoon said the day would be remembered"
SEP = "Biden also held separate meetings with each leader during the day."
OWN = "Kishida and Yoon also sat down briefly on their own"
MARCH = "Their ties were badly strained until March"
MAY = "Kishida made a return trip to Seoul in May"
EARLIER = "They had also met in Madrid in June 2022"
CHINA = "China's foreign ministry has warned"
INSIST = "The leaders insisted their partnership"
CD = dict(place="Camp David", country="US", ordinal=None, status="held",
          occasion="the Camp David trilateral summit")
GOLD = dict(
    published="2023-08-18",
    furniture=["By TOM HARGROVE and SEO YEON-JU", "CAMP DAVID, Md. (CP) —", "___",
               "Seo reported from Seoul. Continental Press writer Angela Burke in Washington"
               " contributed to this report."],
    timex_in_furniture_ok=True,
    entities={
        JB: ["President Joe Biden", "Biden"],
        FK: ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        YSY: ["South Korean President Yoon Suk Yeol", "Yoon"],
        "Ellen Marsh": [],
        "Ministry of Foreign Affairs (China)": ["China's foreign ministry"],
    },
    quotes=[
        ("a new era of trilateral partnership.", "partial", None, "declared"),
        ("the next era", "partial", JB, "told"),
        ("historic", "partial", YSY, "said"),
        ("documents are written to be hard to undo,", "direct", "Ellen Marsh", "said"),
        ("But paper only binds the next governments", "direct", "Ellen Marsh", "said"),
    ],
    statements=[
        (HEAD, ALL3, "pledge"),
        (LEAD, ALL3, "agreed"),
        (ERA, ALL3, "declared"),
        (YEAR, ALL3, "agreed"),
        (DATA, ALL3, "said"),
        (BIDEN, [JB], "told"),
        (YK, [YSY, FK], "said"),
        (OWN, [FK, YSY], "agreed"),
        (MARCH, [YSY, FK], "agreed"),
        (CHINA, ["Ministry of Foreign Affairs (China)"], "has warned"),
        (INSIST, ALL3, "insisted"),
    ],
    timexes=[
        ("agreed [[Friday]] to hold", "2023-08-18", None),
        ("by the end of the year", "2023", "END"),
        ("meeting [[this year]]", "2023", None),
        ("until [[March]]", "2023-03", None),
        ("Seoul in [[May]]", "2023-05", None),
        ("the same month", "2023-05", None),
        ("June 2022", "2022-06", None),
        ("November last year", "2022-11", None),
        ("[[Friday]]'s documents", "2023-08-18", None),
        ("later Friday", "2023-08-18", None),
    ],
    summits=[
        dict(date="2023-08-18", place="Camp David", country="US", participants=ALL3,
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=[HEAD, LEAD, WELC, FIRST, DOCS, BIDEN]),
        dict(date="2023-08-18", participants=[JB, FK], kind="sidelines", evidence=[SEP],
             **CD),
        dict(date="2023-08-18", participants=[JB, YSY], kind="sidelines", evidence=[SEP],
             **CD),
        dict(date="2023-08-18", participants=[FK, YSY], kind="sidelines", evidence=[OWN],
             **CD),
        dict(date="2023-03", place="Tokyo", country="JP", participants=[YSY, FK],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MARCH]),
        dict(date="2023-05", place="Seoul", country="KR", participants=[FK, YSY],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MAY]),
        dict(date="2023-05", place="Hiroshima", country="JP", participants=ALL3,
             kind="trilateral", ordinal=None, status="held", occasion="the G7 summit",
             evidence=[MAY]),
        dict(date="2022-06", place="Madrid", country="ES", participants=ALL3,
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=[EARLIER]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=ALL3,
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=[EARLIER]),
    ],
    agreements=[
        dict(title="Camp David Principles", kind="joint-statement", date="2023-08-18",
             parties=KJU, status="agreed", evidence=[DOCS]),
        dict(title="The Spirit of Camp David (joint statement)", kind="joint-statement",
             date="2023-08-18", parties=KJU, status="agreed", evidence=[DOCS, ERA]),
        dict(title="consult one another quickly in a crisis (pledge to consult)",
             kind="commitment", date="2023-08-18", parties=KJU, status="agreed",
             evidence=[LEAD, DOCS]),
        dict(title="annual trilateral meetings of leaders, foreign and defense ministers and"
                   " national security advisers", kind="commitment", date="2023-08-18",
             parties=KJU, status="agreed", evidence=[HEAD, LEAD, YEAR]),
        dict(title="three-way hotline", kind="commitment", date="2023-08-18", parties=KJU,
             status="agreed", evidence=[YEAR]),
        dict(title="annual multi-domain trilateral exercises", kind="commitment",
             date="2023-08-18", parties=KJU, status="agreed", evidence=[YEAR]),
        dict(title="real-time sharing of North Korean missile warning data by the end of the"
                   " year", kind="commitment", date="2023-08-18", parties=KJU,
             status="agreed", evidence=[DATA]),
        dict(title="Kishida and Yoon stay in close contact", kind="commitment",
             date="2023-08-18", parties=KJ, status="agreed", evidence=[OWN]),
        dict(title="revive regular visits by the leaders (March 2023)", kind="commitment",
             date="2023-03", parties=KJ, status="referenced", evidence=[MARCH]),
    ],
    notes=[
        "Invented article in the style of an AP story (agency Continental Press, reporters"
        " Tom Hargrove, Seo Yeon-ju, Angela Burke, analyst Ellen Marsh and the Beacon Policy"
        " Forum are fictional; 'the next era', 'historic' and 'a new era of trilateral"
        " partnership' are fragments of reported remarks and of the joint statement)."
        " Furniture: capitalised byline, dateline, the '___' rule and the contributor line."
        " Checked (pages): the Friday Aug. 18, 2023 summit at Camp David, the first"
        " stand-alone trilateral and Biden's first hosting of foreign leaders there, the"
        " Camp David Principles, the Spirit of Camp David joint statement and the Commitment"
        " to Consult, 'a new era of trilateral partnership', Biden's 'next era', Kishida's"
        " 'new height', Yoon's 'historic day' (Yomiuri, 2023-08-22; kantei summary; AP via"
        " pressherald.com; newsnetnebraska); yearly meetings of leaders, foreign and defence"
        " ministers and NSAs, the hotline (AP via expressandstar); Biden's separate readouts"
        " with Kishida and Yoon (conta.cc list of statements); the Kishida-Yoon talk and"
        " their wish to keep communicating in the coming months (Agenzia Nova, 2023-08-19);"
        " Hiroshima trilateral in May (Jiji via arabnews.jp); four meetings in 14 months (White"
        " House fact sheet via gino.khan.kr); Biden's departure for Lake Tahoe (UPI). Public"
        " record: annual multi-domain exercises and missile-warning data sharing by year's"
        " end in the joint statement, China's 'exclusive cliques' line (wording reworded),"
        " Tokyo in March and Seoul in May.",
        "Summits (9): the trilateral (ordinal null: 'first stand-alone summit' is not a count"
        " of the three leaders' meetings); Biden-Kishida, Biden-Yoon and Kishida-Yoon at Camp"
        " David (kind sidelines, occasion the trilateral summit, as the Chengdu bilateral in"
        " d8_05; debatable, could be bilateral); background Tokyo (March), Seoul (May),"
        " Hiroshima trilateral (May, G7 sidelines), Madrid (June 2022) and Phnom Penh"
        " (November 2022) trilaterals, month precision. 'their fifth meeting this year' is a"
        " count within a window: no ordinal.",
        "Agreements (9): the Principles and the Spirit of Camp David (joint statements,"
        " agreed); the 'separate pledge to consult' (the text names it only by its course:"
        " commitment, dev3 convention, although the real document is titled 'Commitment to"
        " Consult'); yearly meetings, hotline, exercises, missile-warning data (four"
        " commitments); Kishida-Yoon close contact; the March shuttle-visit commitment"
        " (referenced). Not agreements: China's warning, the leaders' insistence that the"
        " partnership targets no one.",
        "Quotes: the two document titles in quotation marks are not quotes; 'a new era of"
        " trilateral partnership' is the joint statement's wording: null speaker (dev6).",
        "Timexes: 'yearly', 'every year', 'annually', 'at least once a year' are sets; 'in"
        " the coming months' is vague; 'by the end of the year' = 2023 END.",
    ],
)
