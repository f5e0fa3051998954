GOLD = dict(
    published="2021-01-12",
    furniture=[
        "ANALYSIS\n", "A verdict Seoul cannot enforce and Tokyo will not accept",
        "By Yoon Seo-hee, diplomatic correspondent", "January 12, 2021",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Seoul Central District Court": ["the court", "the judges"],
        "Katsunobu Kato": ["Chief Cabinet Secretary Katsunobu Kato", "Kato"],
        "Yoshihide Suga": ["Prime Minister Yoshihide Suga", "Suga"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["Abe"],
        "Japanese government": ["Japan", "Tokyo"],
        "South Korean foreign ministry": ["The foreign ministry"],
    },
    quotes=[
        ("No state may hide behind immunity", "direct", "Seoul Central District Court",
         "wrote"),
        ("unacceptable,", "partial", "Katsunobu Kato", "called"),
        ("every effort", "partial", "South Korean foreign ministry", "said"),
    ],
    statements=[
        ("Chief Cabinet Secretary Katsunobu Kato called", ["Katsunobu Kato"], "called"),
        ("Prime Minister Yoshihide Suga told reporters", ["Yoshihide Suga"],
         "told reporters"),
        ("Japan's position rests on two documents", ["Japanese government"], "says"),
        ("The foreign ministry said it respected", ["South Korean foreign ministry"], "said"),
    ],
    timexes=[
        ("January 12, 2021", "2021-01-12", None),
        ("9:55 a.m.", "2021-01-08T09:55", None),
        ("on [[Friday]], the case", "2021-01-08", None),
        ("2016", "2016", None),
        ("that afternoon", "2021-01-08TAF", None),
        ("the same day", "2021-01-08", None),
        ("1965", "1965", None),
        ("December 2015", "2015-12", None),
        ("scrapped the [[2015]] agreement", "2015", None),
        ("2018", "2018", None),
        ("noted that the [[2015]] agreement", "2015", None),
        ("fewer than 16 months", "P16M", "LESS_THAN"),
        ("September", "2020-09", None),
        ("45-minute", "PT45M", None),
        ("Dec. 24, 2019", "2019-12-24", None),
        ("later this month", "2021-01", None),
        ("Friday's", "2021-01-08", None),
    ],
    summits=[
        dict(date="2019-12-24", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The last formal meeting between the countries' leaders"]),
    ],
    agreements=[
        dict(title="1965 claims agreement", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["Japan's position rests on two documents"]),
        dict(title="December 2015 comfort women agreement", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced",
             evidence=["Japan's position rests on two documents",
                       "Seoul has never formally scrapped the 2015 agreement",
                       "The foreign ministry said it respected"]),
        dict(title="agreement to keep talking (Chengdu, 2019)", kind="commitment",
             date="2019-12-24", parties=["JP", "KR"], status="referenced",
             evidence=["The last formal meeting between the countries' leaders"]),
    ],
    notes=[
        "Invented test article: news analysis (kicker, headline, byline and date line are"
        " furniture; the date line is annotated). Every quote is invented, including the"
        " court's sentence (a paraphrase, not the ruling's wording); Kato's one word matches"
        " his reported reaction. Real background: the Seoul Central District Court ruling of"
        " Friday 2021-01-08, read at 9:55 a.m., ordering Japan to pay 100 million won to each"
        " of 12 plaintiffs (suit pending since 2016) and rejecting state immunity; Kato's"
        " 'unacceptable', the summoning of Ambassador Nam Gwan-pyo and Suga's remark that the"
        " suit should be dismissed, all the same day; Seoul's foreign ministry statement"
        " respecting the ruling and calling the 2015 agreement an official agreement; the"
        " 1965 claims agreement; the 2018 decision to dissolve the foundation; Moon's term"
        " ending in May 2022; Suga in office since September 2020; the 45-minute Moon-Abe"
        " talks in Chengdu on 2019-12-24; Ambassador Kang Chang-il's arrival later in January"
        " 2021; a second plaintiffs' case still pending.",
        "Quotes: the court's direct quote (speaker the court, cue 'wrote'); Kato's partial;"
        " the ministry's partial. Not quotes: none in quotation marks besides these.",
        "Statements: Kato 'called'; Suga 'told reporters'; 'Japan's position rests on two"
        " documents: ..., which it says settled' (government, cue 'says'); the ministry 'said"
        " ... and noted'. Not statements: 'President Moon Jae-in's government has said"
        " little' (no content), the direct-quote sentence.",
        "Timexes: published Tuesday 2021-01-12; '9:55 a.m.' and 'Friday' separately (both"
        " 2021-01-08); 'that afternoon' = TAF; 'the same day' = 2021-01-08; the two '2015'"
        " inside 'the 2015 agreement'; 'fewer than 16 months' = P16M LESS_THAN; bare"
        " 'September' (past) = 2020-09; '45-minute' = PT45M; 'later this month' = 2021-01;"
        " 'Friday's' = 2021-01-08. Not timexes: 'within minutes', 'that day' (none), 'the"
        " calendar'.",
        "Summits (1): Moon-Abe in Chengdu, 2019-12-24. Not summits: 'has not held a summit"
        " with Suga', the phone calls.",
        "Agreements (3): the 1965 claims agreement (treaty, referenced); the 2015 agreement"
        " (joint-statement, referenced); the Chengdu 'agreement to keep talking' (commitment,"
        " referenced). Not agreements: the foundation, the court ruling.",
    ],
)
