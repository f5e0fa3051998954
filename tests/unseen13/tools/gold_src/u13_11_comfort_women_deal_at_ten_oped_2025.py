FIRST = "Ten years ago today, the foreign ministers"
PYC = "When Abe met Moon in PyeongChang"
TOKYO_POS = "Tokyo's position has not moved an inch"
LEE = "It was a genuine surprise when President Lee"
TWO = "Two days later, Lee was in Tokyo"
SINCE = "He has since met Ishiba's successor"

GOLD = dict(
    published="2025-12-28",
    furniture=[
        "OPINION\nTen years on, the 'comfort women' deal belongs to nobody, and that is why it"
        " survives\nPublished : 2025-12-28 06:00 | Updated : 2025-12-28 10:15\nBy Choi Yun-jae",
        "Choi Yun-jae is a former diplomat who served in Tokyo. The views expressed are the"
        " writer's own.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yun Byung-se": ["the foreign ministers of South Korea and Japan"],
        "Fumio Kishida": ["the foreign ministers of South Korea and Japan"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "he"],
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Moon Jae-in": ["Her successor, Moon Jae-in", "Moon"],
        "South Korean government": ["his government", "Seoul"],
        "Japanese government": ["Tokyo", "it"],
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee", "He"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Sanae Takaichi": ["Ishiba's successor, Sanae Takaichi", "Takaichi"],
        "Yang Mi-sook": ["Yang Mi-sook"],
    },
    quotes=[
        ("undesirable", "partial", "Lee Jae Myung", "told"),
        ("We were never asked, and we are still not", "direct", "Yang Mi-sook", "said"),
    ],
    statements=[
        (FIRST, ["Yun Byung-se", "Fumio Kishida"], "announced"),
        ("Within hours, Prime Minister Shinzo Abe telephoned", ["Shinzo Abe"],
         "telephoned ... to repeat his apology"),
        ("Her successor, Moon Jae-in, ordered a review", ["South Korean government"],
         "announced"),
        (PYC, ["Shinzo Abe"], "told"),
        ("Moon replied that the issue could not", ["Moon Jae-in"], "replied"),
        (TOKYO_POS, ["Japanese government"], "says"),
        (LEE, ["Lee Jae Myung"], "told"),
        ("He said the same of the 2023 plan", ["Lee Jae Myung"], "said"),
        (TWO, ["Lee Jae Myung", "Shigeru Ishiba"], "issued"),
    ],
    timexes=[
        ("OPINION\n[[Ten years]] on", "P10Y", None),
        ("Published : [[2025-12-28 06:00]]", "2025-12-28T06:00", None),
        ("Updated : [[2025-12-28 10:15]]", "2025-12-28T10:15", None),
        ("Ten years ago today", "2015-12-28", None),
        ("The following summer", "2016-SU", None),
        ("March 2017", "2017-03", None),
        ("November 2018", "2018-11", None),
        ("the [[2018]] Winter Olympics", "2018", None),
        ("an inch in [[a decade]]", "P10Y", None),
        ("the [[1965]] agreement", "1965", None),
        ("the [[2015]] accord", "2015", None),
        ("for [[ten years]]", "P10Y", None),
        ("Aug. 21", "2025-08-21", None),
        ("the [[2023]] plan", "2023", None),
        ("Two days later", "2025-08-23", None),
        ("17 years", "P17Y", None),
        ("Gyeongju in [[October]]", "2025-10", None),
        ("next month", "2026-01", None),
        ("two decades", "P20Y", None),
        ("[[Ten years]] of arguing", "P10Y", None),
    ],
    summits=[
        dict(date="2018-02", place="PyeongChang", country="KR",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="bilateral", ordinal=None,
             status="held", occasion="the 2018 Winter Olympics",
             evidence=[PYC, "Moon replied that the issue could not"]),
        dict(date="2025-08-23", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TWO]),
        dict(date="2025-10", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[SINCE]),
        dict(date="2026-01", place="Nara", country="JP",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[SINCE]),
    ],
    agreements=[
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12-28", parties=["JP", "KR"], status="referenced",
             evidence=[FIRST, PYC, "Seoul never formally renounced the deal.", TOKYO_POS, LEE]),
        dict(title="1965 agreement on the settlement of claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO_POS]),
        dict(title="1965 normalization treaty", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO_POS]),
        dict(title="Lee-Ishiba joint document (August 2025)", kind="joint-statement",
             date="2025-08-23", parties=["JP", "KR"], status="referenced", evidence=[TWO]),
    ],
    notes=[
        "Invented op-ed (label, headline, Published/Updated line, byline and the writer's"
        " description are furniture; the two stamps and the headline's 'Ten years' are"
        " annotated). The columnist Choi Yun-jae,"
        " the volunteer Yang Mi-sook and their words are invented; Lee's one-word partial quote"
        " paraphrases his reported view. Real background, checked on stored pages: Japan Today"
        " (Reuters), korea.net, KBS and asiae, 2025-08-21/22 (Lee told the Yomiuri, in an"
        " interview released 21 August, that overturning the 2015 deal and the forced-labor"
        " solution would be undesirable, as promises made by the state); Japan Times/Kyodo"
        " 2016-09-07 and 2017-06-27 (1 billion yen paid into the foundation; 'finally and"
        " irreversibly'); Jiji via manila-stv 2018-02-11 (Abe pressed Moon at PyeongChang on"
        " the Friday before the Games that the accord was a promise between governments; Moon:"
        " it cannot be resolved between governments); deepnewz (Tokyo, 23 August, first joint"
        " statement in 17 years); KBS (Spanish) 2025-11-26 (Lee considering a two-day visit to"
        " Japan in mid-January 2026, possibly Nara); asiae/Yonhap (Gyeongju summit in late"
        " October). From general knowledge: the announcement by the two foreign ministers in"
        " Seoul on 28 December 2015 and Abe's call to Park the same day, the foundation's"
        " launch in the summer of 2016, Park's removal in March 2017, the Moon government's"
        " review and its November 2018 decision to dissolve the foundation, the 2023"
        " third-party compensation plan.",
        "Summits (4): Abe-Moon at PyeongChang (dated 2018-02: 'the eve of the 2018 Winter"
        " Olympics'), Lee-Ishiba in Tokyo ('Two days later' than 21 August), Lee-Takaichi in"
        " Gyeongju (October), and the Nara visit 'being discussed' for next month (planned,"
        " 2026-01). Not a summit: Abe's telephone call to Park.",
        "Agreements (4), all referenced: the 2015 agreement; the 1965 claims agreement and the"
        " normalization treaty (two records from one sentence); the August 2025 joint document."
        " Not agreements: the 2023 compensation plan (a Korean measure), the foundation (a body"
        " created under the deal), the columnist's own proposal.",
        "Statements: the unnamed 'foreign ministers of South Korea and Japan' are given as Yun"
        " Byung-se and Fumio Kishida (debatable; the text does not name them). The columnist's"
        " 'I would propose' is not a statement.",
    ],
)
