GOLD = dict(
    published="2018-11-29",
    furniture=[
        "Japan protests second Korean top court ruling, this time against Mitsubishi Heavy",
        "21:02 JST", "Tokyo, Nov. 29, 2018 (Setouchi Press)--",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Taro Kono": ["Foreign Minister Taro Kono", "Kono"],
        "Takeo Akiba": ["Vice Foreign Minister Takeo Akiba", "Akiba"],
        "Lee Su-hoon": ["South Korean Ambassador Lee Su-hoon", "Lee"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "Suga"],
        "Mitsubishi Heavy Industries": ["Mitsubishi Heavy"],
        "South Korean Foreign Ministry": ["the Foreign Ministry"],
        "South Korean Supreme Court": ["Seoul's Supreme Court", "the court"],
        "Choi Jeong-ho": ["a lawyer for the plaintiffs"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Japanese government": ["Japan", "Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("utterly unacceptable.", "partial", "Taro Kono", "said in a statement"),
        ("We will respond firmly, based on international law", "direct", "Yoshihide Suga",
         "said"),
        ("extremely disappointing", "partial", "Mitsubishi Heavy Industries", "said"),
        ("We ask the Japanese side to refrain", "direct", None, "said"),
        ("These are people in their late eighties", "direct", "Choi Jeong-ho", "said"),
    ],
    statements=[
        ("Japan lodged a strong protest with South Korea", ["Japanese government"],
         "lodged a strong protest"),
        ("It followed the court's landmark", ["South Korean Supreme Court"], "said"),
        ("Foreign Minister Taro Kono said in a statement", ["Taro Kono"],
         "said in a statement"),
        ("Unless Seoul took appropriate steps", ["Taro Kono"], "said"),
        ("Vice Foreign Minister Takeo Akiba summoned", ["Takeo Akiba"],
         "deliver the protest"),
        ("Lee told reporters afterward", ["Lee Su-hoon"], "told reporters"),
        ("Chief Cabinet Secretary Yoshihide Suga told a news conference", ["Yoshihide Suga"],
         "told a news conference"),
        ("Mitsubishi Heavy said it found the decision", ["Mitsubishi Heavy Industries"],
         "said"),
        ("In Seoul, the Foreign Ministry said it respected", ["South Korean Foreign Ministry"],
         "said"),
        ("Last week, Seoul announced", ["South Korean government", "Japanese government"],
         "announced"),
        ("Both leaders are due in Buenos Aires", [None], "said"),
    ],
    timexes=[
        ("21:02 JST", "2018-11-29T21:02", None),
        ("Tokyo, [[Nov. 29, 2018]] (Setouchi", "2018-11-29", None),
        ("South Korea [[on Thursday]]", "2018-11-29", None),
        ("Japanese firm in [[a month]]", "P1M", None),
        ("Oct. 30", "2018-10-30", None),
        ("survived the [[1965]] agreement", "1965", None),
        ("normalizing ties in [[1965]]", "1965", None),
        ("this autumn", "2018-FA", None),
        ("Last week", "2018-W47", None),
        ("the [[2015]] agreement", "2015", None),
        ("last met [[in September]]", "2018-09", None),
        ("Tokyo [[in May]]", "2018-05", None),
        ("opens [[on Friday]]", "2018-11-30", None),
        ("1910-45", "1910/1945", None),
    ],
    summits=[
        dict(date="2018-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the United Nations General Assembly",
             evidence=["President Moon Jae-in and Prime Minister Shinzo Abe last met"]),
        dict(date="2018-05", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Moon had also traveled to Tokyo in May"]),
        dict(date="2018-05", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Moon had also traveled to Tokyo in May"]),
    ],
    agreements=[
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["It followed the court's landmark"]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015", parties=["JP", "KR"], status="referenced",
             evidence=["Last week, Seoul announced"]),
    ],
    notes=[
        "Invented test article (Japanese wire: headline, bare stamp line and dateline are"
        " furniture; the stamp and the dateline date are annotated, the stamp's date taken"
        " from the dateline). Outlet, stamp time, the plaintiffs' lawyer and all quotes are"
        " invented (Kono's 'utterly unacceptable' paraphrases his reported words; Mitsubishi's"
        " 'extremely disappointing' is invented). Real background (Japan Times/Kyodo"
        " 2018-11-29, AP via WRAL, Sun Herald and kidcarethebest, Korea Bizwire): Supreme"
        " Court rulings of 2018-11-29 against Mitsubishi Heavy in two cases, after the"
        " Nippon Steel ruling of 2018-10-30; Kono's statement on the legal foundation since"
        " 1965 and possible international adjudication; Akiba summoned Lee Su-hoon; Suga's"
        " news conference; Seoul's foreign ministry respected the rulings. From general"
        " knowledge: the Nagoya aircraft plant and the women's ages; the Seoul announcement of"
        " 2018-11-21 on dissolving the Reconciliation and Healing Foundation; Moon-Abe"
        " meetings in New York (2018-09-25) and Tokyo (2018-05-09, with Li Keqiang); the G20"
        " in Buenos Aires from 2018-11-30 without a Moon-Abe meeting.",
        "Summits (3): New York 2018-09 (UNGA sidelines); the Tokyo trilateral with Li and the"
        " separate Moon-Abe talks on that trip (two records, same sentence). Not a summit: the"
        " G20 in Buenos Aires, where 'no meeting ... had been arranged' (negated).",
        "Agreements (2): the 1965 claims agreement and the 2015 comfort women agreement"
        " (joint-statement kind, date 2015 as the text gives it), both referenced. Not"
        " agreements: Kono's threat of countermeasures, the dissolution of the foundation"
        " (unilateral).",
        "Statements include acts of protest and announcement by governments ('lodged a strong"
        " protest', 'deliver the protest'; debatable) and the court's ruling ('which said')."
        " Timexes: 'in a month' = P1M; 'this autumn' = 2018-FA; 'Last week' = 2018-W47.",
        "Quotes: \"comfort women\" in quotation marks is a term, not a quote.",
    ],
)
