GOLD = dict(
    published="2023-05-27",
    furniture=[
        "ANALYSIS",
        "Seoul's experts saw the tanks. What they can say about them is another matter",
        "May 27, 2023 | Genkai Policy Review", "By Noriko Sawada and Lim Tae-joon",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoo Guk-hee": ["Nuclear Safety and Security Commission chairman Yoo Guk-hee",
                        "Their leader"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon", "Yoon Suk-yeol"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Democratic Party": ["The opposition Democratic Party"],
        "Hyun Jae-won": ["a researcher at the Daehan Institute for Maritime Policy"],
        "Japanese government": ["Tokyo", "his government"],
    },
    quotes=[
        ("additional analysis", "partial", "Yoo Guk-hee", "told reporters"),
        ("We saw the pipes and the valves", "direct", None, "said"),
        ("sightseeing tour", "partial", "Democratic Party", "has called"),
        ("Japan has nothing to hide", "direct", "Fumio Kishida", "told reporters"),
        ("Each meeting has made the next one easier", "direct", "Hyun Jae-won", "said"),
        ("The Fukushima team is the first real test", "direct", "Hyun Jae-won", "said"),
    ],
    statements=[
        ("Their leader, Nuclear Safety and Security Commission chairman", ["Yoo Guk-hee"],
         "told reporters"),
        ("When Prime Minister Fumio Kishida came to Seoul on May 7",
         ["Fumio Kishida", "Yoon Suk Yeol"], "agreed"),
        ("It was the first time Japan had opened the site", [None], "described"),
        ("Seoul had asked; Tokyo said", [None, "Japanese government"], "said"),
        ("The opposition Democratic Party has called", ["Democratic Party"], "has called"),
        ("Polls show a large majority", [None], "say"),
        ("He needs Seoul's silence", ["Japanese government"], "has said"),
    ],
    timexes=[
        ("May 27, 2023", "2023-05-27", None),
        ("flew home [[on Friday]]", "2023-05-26", None),
        ("six days", "P6D", None),
        ("May 7", "2023-05-07", None),
        ("within [[the month]]", "2023-05", None),
        ("landed [[on Sunday]]", "2023-05-21", None),
        ("about four hours", "PT4H", "APPROX"),
        ("four hours [[on Monday]]", "2023-05-22", None),
        ("the plant [[on Tuesday]]", "2023-05-23", None),
        ("Tuesday and [[Wednesday]]", "2023-05-24", None),
        ("[[Thursday]] was given", "2023-05-25", None),
        ("April 2021", "2021-04", None),
        ("around this summer", "2023-SU", "APPROX"),
        ("the day of the summit", "2023-05-07", None),
        ("just over two months", "P2M", "MORE_THAN"),
        ("Tokyo [[in March]]", "2023-03", None),
        ("Seoul [[this month]]", "2023-05", None),
        ("last Sunday", "2023-05-21", None),
        ("Later that day", "2023-05-21", None),
    ],
    summits=[
        dict(date="2023-05-07", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The trip was the product of a single sentence at a summit.",
                       "When Prime Minister Fumio Kishida came to Seoul on May 7",
                       "The two leaders have met three times"]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The two leaders have met three times"]),
        dict(date="2023-05-21", place="Hiroshima", country="JP",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of Seven summit",
             evidence=["The two leaders have met three times"]),
        dict(date="2023-05-21", place="Hiroshima", country="JP",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral",
             ordinal=None, status="held", occasion="the Group of Seven summit",
             evidence=["Later that day they sat down with U.S. President Joe Biden"]),
    ],
    agreements=[
        dict(title="Korean on-site inspection team to be sent to the Fukushima Daiichi plant",
             kind="commitment", date="2023-05-07", parties=["JP", "KR"],
             status="referenced",
             evidence=["When Prime Minister Fumio Kishida came to Seoul on May 7",
                       "It was the first time Japan had opened the site"]),
    ],
    notes=[
        "Invented analysis piece (label, headline, date-and-outlet line and byline are"
        " furniture; the date is annotated). Outlet, authors, the researcher, the senior"
        " official and every quote are invented (Yoo's 'additional analysis' paraphrases his"
        " reported words; Kishida's quote is invented). Real background (KBS 2023-05-07 and"
        " 2023-05-19, Yonhap via myanmarinquirer and m-en.yna.co.kr 2023-05-22, IANS via"
        " Lokmat, JoongAng Daily 2023-05-21 and 2023-05-26, Jiji via Yomiuri 2023-05-26,"
        " world-energy.org): the May 7 Seoul summit agreement on an on-site inspection team"
        " within May; 21-member team led by Yoo Guk-hee; arrived Sunday 2023-05-21, meeting"
        " of about four hours on Monday, plant visit Tuesday-Wednesday (ALPS, K4 tanks,"
        " dilution equipment, analysis laboratory), technical talks Thursday, home Friday;"
        " 'additional analysis' needed. From general knowledge: no independent sampling by"
        " the team, the Democratic Party's 'sightseeing' criticism, Japan's decision of April"
        " 2021, the release 'around this summer', the Tokyo summit of March 2023 and the"
        " Hiroshima G7 meetings of 2023-05-21 (memorial visit, bilateral, trilateral with"
        " Biden). The Busan fish sellers and the polls are invented scene details.",
        "Summits (4): Seoul 2023-05-07, Tokyo 2023-03, Hiroshima bilateral on the G7"
        " sidelines and the Hiroshima trilateral with Biden (2023-05-21). 'three times in"
        " just over two months' is an aggregate evidence sentence for three records.",
        "Agreements (1): the inspection team (commitment agreed at the May 7 summit,"
        " referenced). Not agreements: the IAEA sampling as 'the agreed channel' (no"
        " bilateral instrument named; debatable), Japan's release decision (unilateral).",
        "Timexes: anaphoric 'the day of the summit' = 2023-05-07 and 'Later that day' ="
        " 2023-05-21 (debatable extents); 'within the month' annotated as 'the month' ="
        " 2023-05; 'around this summer' = 2023-SU APPROX; 'just over two months' = P2M"
        " MORE_THAN. 'two of them' (days) is elliptical and not annotated.",
    ],
)
