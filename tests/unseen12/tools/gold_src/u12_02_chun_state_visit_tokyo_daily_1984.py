GOLD = dict(
    published="1984-09-09",
    furniture=[
        "The Musashino Shimbun (English edition) | Sunday, September 9, 1984",
        "Chun flies home after first state visit; Emperor's words 'a start,' Seoul says",
        "By Reiko Tanabe, Staff Writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Chun Doo-hwan": ["President Chun Doo-hwan", "Chun", "his guest", "The president"],
        "Hirohito": ["Emperor Hirohito", "the Emperor"],
        "Yasuhiro Nakasone": ["Prime Minister Yasuhiro Nakasone", "Nakasone", "he"],
        "Hanguk Sinmun": ["the Seoul daily Hanguk Sinmun"],
    },
    quotes=[
        ("indeed regrettable", "partial", "Hirohito", "told"),
        ("The ground grows firmer after the rain.", "direct", "Chun Doo-hwan", "answered"),
        ("great suffering", "partial", "Yasuhiro Nakasone", "told"),
        ("with deep remorse", "partial", "Yasuhiro Nakasone", "told"),
        ("It is a start. Whether it is more than a start", "direct", None,
         "told Korean reporters"),
        ("around the past rather than about it", "partial", "Hanguk Sinmun", "said"),
    ],
    statements=[
        ("Emperor Hirohito told his guest", ["Hirohito"], "told"),
        ("Japan, he told the president", ["Yasuhiro Nakasone"], "told"),
        ("According to a Japanese Foreign Ministry official, Nakasone and Chun agreed",
         ["Yasuhiro Nakasone", "Chun Doo-hwan", None], "agreed"),
        ("Chun also urged Tokyo to improve", ["Chun Doo-hwan"], "urged"),
        ("A police official described the operation", [None], "described"),
        ("In an editorial on Friday", ["Hanguk Sinmun"], "said"),
    ],
    timexes=[
        ("Sunday, September 9, 1984", "1984-09-09", None),
        ("Seoul on [[Saturday]] at the end", "1984-09-08", None),
        ("three-day", "P3D", None),
        ("Thursday evening", "1984-09-06TEV", None),
        ("in [[this century]]", "19", None),
        ("that afternoon", "1984-09-06TAF", None),
        ("January last year", "1983-01", None),
        ("1986 Asian Games", "1986", None),
        ("the 1988 Olympics", "1988", None),
        ("nearly a year ago", "1983", "APPROX"),
        ("more than two decades", "P20Y", "MORE_THAN"),
        ("the next ten years", "P10Y", None),
        ("on Friday", "1984-09-07", None),
    ],
    summits=[
        dict(date="1984-09-06/1984-09-08", place="Tokyo", country="JP",
             participants=["Chun Doo-hwan", "Yasuhiro Nakasone"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The president also held talks with Prime Minister",
                       "Those talks returned the visit",
                       "According to a Japanese Foreign Ministry official, Nakasone and Chun"]),
        dict(date="1983-01", place="Seoul", country="KR",
             participants=["Yasuhiro Nakasone", "Chun Doo-hwan"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Those talks returned the visit"]),
    ],
    agreements=[
        dict(title="foreign ministers to meet regularly", kind="commitment",
             date="1984-09-06/1984-09-08", parties=["JP", "KR"], status="agreed",
             evidence=["According to a Japanese Foreign Ministry official, Nakasone and Chun"]),
        dict(title="consult closely on Korean Peninsula security ahead of the 1986 Asian Games"
                   " and 1988 Olympics", kind="commitment", date="1984-09-06/1984-09-08",
             parties=["JP", "KR"], status="agreed",
             evidence=["According to a Japanese Foreign Ministry official, Nakasone and Chun"]),
        dict(title="settlement of the economic aid dispute during Nakasone's 1983 Seoul visit",
             kind="commitment", date="1983-01", parties=["JP", "KR"], status="referenced",
             evidence=["Those talks returned the visit"]),
    ],
    notes=[
        "Invented Japanese daily, English edition (date line, headline, byline are furniture;"
        " the date line is annotated). Outlet, reporter, the Seoul daily and its editorial, the"
        " aide's quote, Nakasone's quoted words ('great suffering', 'with deep remorse'), the"
        " Korean proverb's wording, the two commitments and the police official's remark are"
        " invented. Real background: Korea Herald 2015-03-30 (visit of 6-8 September 1984,"
        " first by a South Korean leader; Hirohito's banquet remark of 6 September; return of"
        " Nakasone's visit a year earlier); Time 1984-09-17 (banquet remark; Nakasone's apology;"
        " Chun's proverb); NZPA-Reuter 1984-09-07 (23,000 police; arrival at Haneda; 700,000"
        " Korean residents); JoongAng Daily 2015-03-30 (talks with Nakasone went well during"
        " the visit; 1986 Asian Games and 1988 Olympics); British Pathe (Nakasone in Seoul,"
        " January 1983); Reagan joint statement of 1983-11-14 (Rangoon bombing of 9 October"
        " 1983 killing 17). From general knowledge: the aid settlement of January 1983.",
        "Summits (2): the Chun-Nakasone talks during the 6-8 September 1984 stay (the text gives"
        " no day, so the interval of the visit is used); Nakasone's Seoul visit of January 1983."
        " The state banquet with the Emperor is part of the visit, not a separate summit record"
        " (the Emperor is a head of state, but a banquet is not a meeting record; debatable).",
        "Agreements (3): two commitments split from one sentence (regular foreign ministers'"
        " meetings; consultation on peninsula security), and the 1983 aid settlement as a"
        " referenced commitment (no document named). Not agreements: Chun's request on Korean"
        " residents and Nakasone's promise to study it (unilateral).",
        "Timexes: 'this century' read as the 20th century (value '19'); 'nearly a year ago'"
        " resolves to 1983 with APPROX; 'the next ten years' is a duration.",
    ],
)
