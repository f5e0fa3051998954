# ruff: noqa: E501
LEAD = "President Yoon Suk Yeol today held a summit with Prime Minister Fumio Kishida"
THEN = "The two leaders then held their summit."
THIRD = "This was the third Korea-Japan summit"
CLOSE = "The two leaders agreed to continue to work closely at all levels"
FUKU = "They also welcomed the smooth preparation"
AFTERNOON = "In the afternoon, the three leaders met at the Grand Prince Hotel Hiroshima"
FIRSTSINCE = "It was their first trilateral summit since the one held in Phnom Penh"
RECALL = "The three leaders recalled their recent summits"
NEWLEVEL = "The leaders agreed to take trilateral cooperation to a new level."
STRAT = "They agreed to strengthen trilateral strategic cooperation"
AREAS = "In particular, they agreed to deepen cooperation in concrete areas"
INVITE = "President Biden invited President Yoon and Prime Minister Kishida to Washington"
DATE = "The date will be decided through diplomatic channels."

GOLD = dict(
    published="2023-05-21",
    furniture=[
        "Briefing Room > Briefings\n\nBriefing by Presidential Spokesperson Lee Do-woon on the Korea-Japan Summit and the Korea-U.S.-Japan Summit in Hiroshima\n\nDate 2023.05.21",
        "■ Joint tribute at the memorial to Korean atomic bomb victims",
        "■ Korea-Japan summit",
        "■ Korea-U.S.-Japan summit",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon", "the President"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida of Japan", "Prime Minister Kishida", "the Prime Minister"],
        "Joe Biden": ["President Joe Biden of the United States", "President Biden"],
        "Lee Do-woon": ["Presidential Spokesperson Lee Do-woon"],
        "Kim Keon-hee": ["First Lady Kim Keon-hee"],
        "Yuko Kishida": ["Mrs. Yuko Kishida"],
    },
    quotes=[
        ("Trilateral cooperation among Korea, the United States and Japan", "direct", "Yoon Suk Yeol", "said"),
    ],
    statements=[
        ("President Yoon said that their joint visit", ["Yoon Suk Yeol"], "said"),
        ("Prime Minister Kishida said the visit was", ["Fumio Kishida"], "said"),
        (CLOSE, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (FUKU, ["Yoon Suk Yeol", "Fumio Kishida"], "welcomed"),
        (RECALL, ["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], "recalled"),
        (NEWLEVEL, ["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], "agreed"),
        (STRAT, ["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], "agreed"),
        (AREAS, ["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], "agreed"),
        (INVITE, ["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], "invited"),
    ],
    timexes=[
        ("2023.05.21", "2023-05-21", None),
        ("Yoon Suk Yeol [[today]] held", "2023-05-21", None),
        ("Japan and, [[in the afternoon]], a trilateral", "2023-05-21TAF", None),
        ("in the morning", "2023-05-21TMO", None),
        ("a little over two months", "P2M", "MORE_THAN"),
        ("March 16", "2023-03-16", None),
        ("May 7", "2023-05-07", None),
        ("earlier this month", "2023-05", None),
        ("May 23", "2023-05-23", None),
        ("[[In the afternoon]], the three leaders met", "2023-05-21TAF", None),
        ("November last year", "2022-11", None),
        ("Washington in [[January]]", "2023-01", None),
        ("Japan in [[March]]", "2023-03", None),
        ("last month", "2023-04", None),
        ("later this year", "2023", None),
    ],
    summits=[
        dict(date="2023-05-21", place="Hiroshima", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 Summit", evidence=[LEAD, THEN, THIRD]),
        dict(date="2023-05-21", place="Hiroshima", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="G7 Summit", evidence=[LEAD, AFTERNOON, FIRSTSINCE]),
        dict(date="2023-03-16", place="Tokyo", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[THIRD, RECALL]),
        dict(date="2023-05-07", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[THIRD, FUKU]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[FIRSTSINCE]),
        dict(date="2023-01", place="Washington", country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[RECALL]),
        dict(date="2023-04", place=None, country="US", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[RECALL]),
        dict(date="2023", place="Washington", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[INVITE, DATE]),
    ],
    agreements=[
        dict(title="continue to work closely at all levels (shuttle diplomacy)", kind="commitment", date="2023-05-21",
             parties=["JP", "KR"], status="agreed", evidence=[CLOSE]),
        dict(title="on-site inspection of the Fukushima plant by a Korean expert team (agreed in Seoul)", kind="commitment", date="2023-05",
             parties=["JP", "KR"], status="referenced", evidence=[FUKU]),
        dict(title="take trilateral cooperation to a new level", kind="commitment", date="2023-05-21",
             parties=["JP", "KR", "US"], status="agreed", evidence=[NEWLEVEL]),
        dict(title="strengthen trilateral strategic cooperation (deterrence and rules-based order)", kind="commitment", date="2023-05-21",
             parties=["JP", "KR", "US"], status="agreed", evidence=[STRAT]),
        dict(title="deepen cooperation in concrete areas (missile warning data, Indo-Pacific strategies, economic security, Pacific islands)", kind="commitment", date="2023-05-21",
             parties=["JP", "KR", "US"], status="agreed", evidence=[AREAS]),
        dict(title="separate trilateral summit in Washington (invitation accepted)", kind="commitment", date="2023-05-21",
             parties=["JP", "KR", "US"], status="agreed", evidence=[INVITE]),
    ],
    notes=[
        "Invented briefing in the style of the South Korean presidential office's briefing room (breadcrumb, title naming the real spokesperson Lee Do-woon, 'Date' line, '■' section headings; all furniture, the date annotated). The wording is invented; Yoon's closing quote is invented; 'later this year' for the Washington summit is an invented but consistent detail (it became the Camp David summit of 18 August 2023).",
        "Real facts, checked on stored pages: hongcomm.com/korea/202306/sub09.html (trilateral on 21 May 2023 at the Grand Prince Hotel Hiroshima on the sidelines of the G7; spokesperson Lee Do Woon; new level of trilateral cooperation; recalled Kishida's January visit to the US, Yoon's March trip to Japan, his April state visit to the US and Kishida's Seoul visit; real-time missile warning data, Indo-Pacific, economic security, Pacific islands; joint tribute in the morning; Yoon's 'courageous act' remark; Kishida's reply; 'continue working closely at all levels'); dailyjoongang.ca (memorial visit with the first ladies, first joint visit; bilateral later Sunday morning, third in three months); worldnationnews.com (AP: Biden's invitation to Washington accepted); world.kbs.co.kr Seq_Code 96258 (third summit after 16 March and 7 May) and Seq_Code 177633 (expert team from 23 May); scmp.com 3221317 (Kyodo). From general knowledge: the Kishida-Biden meeting in Washington on 13 January 2023, the Phnom Penh trilateral of 13 November 2022, Yoon's state visit of April 2023.",
        "Summits (8): the Hiroshima bilateral (sidelines of the G7; 'the third Korea-Japan summit in a little over two months' is not taken as an ordinal) and trilateral; Tokyo (16 March) and Seoul (7 May); Phnom Penh (November 2022, trilateral); Kishida-Biden in Washington (January 2023); Yoon-Biden during the April state visit (place not named: null); the planned Washington trilateral ('later this year', 2023). Not summits: the joint memorial visit with the first ladies.",
        "Agreements (6): the JP-KR commitment to work closely at all levels; the Fukushima inspection agreed in Seoul (referenced, 2023-05 from 'earlier this month'); three trilateral commitments (new level; strategic cooperation; concrete areas, kept as one record because one verb governs a list of areas under one course, 'deepen cooperation', debatable); the accepted invitation to Washington (agreed commitment, as unseen16).",
        "Timexes: two 'in the afternoon' (2023-05-21TAF), 'in the morning' (TMO); 'a little over two months' is P2M with MORE_THAN; 'earlier this month' 2023-05.",
    ],
)
