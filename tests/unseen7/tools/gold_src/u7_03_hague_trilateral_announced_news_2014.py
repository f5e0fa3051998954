GOLD = dict(
    published="2014-03-21",
    furniture=[
        "Abe, Park to meet for first time in The Hague, with Obama as host",
        "March 21, 2014 | The Setouchi Shimpo (English edition)",
        "By Mariko Tsuda / Staff Writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Park Geun-hye": ["Park Geun hye", "South Korean President Park Geun-hye", "Park"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Lee Myung-bak": ["Lee"],
        "Yoshihiko Noda": ["Noda"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "Suga"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Hiroshi Tanabe": ["Tanabe"],
    },
    quotes=[
        ("It is significant that the leaders of three countries", "direct", "Yoshihide Suga",
         "said"),
        ("conditions are not yet ripe", "partial", None, "said"),
        ("fortunate,", "partial", "Park Geun-hye", "calling it"),
        ("Meeting is better than not meeting,", "direct", "Hiroshi Tanabe", "said"),
        ("But a three-way photograph is not a reconciliation.", "direct", "Hiroshi Tanabe",
         None),
    ],
    statements=[
        ("the governments of the three countries announced Friday",
         ["Shinzo Abe", "Park Geun-hye", "Barack Obama"], "announced"),
        ("Chief Cabinet Secretary Yoshihide Suga told a news conference", ["Yoshihide Suga"],
         "told a news conference"),
        ("A senior official at Cheong Wa Dae said the format", [None], "said"),
        ("when he said his Cabinet would not revise", ["Shinzo Abe"], "said"),
        ("Park welcomed the remark the next day", ["Park Geun-hye"], "welcomed"),
        ("a Japanese government source said.", [None], "said"),
        ("according to her office, will hold talks", ["Park Geun-hye"], "according to"),
    ],
    timexes=[
        ("March 21, 2014 |", "2014-03-21", None),
        ("face-to-face talks [[next week]]", "2014-W13", None),
        ("announced [[Friday]]", "2014-03-21", None),
        ("Tuesday evening", "2014-03-25TEV", None),
        ("May 2012", "2012-05", None),
        ("more than a year", "P1Y", "MORE_THAN"),
        ("March 14", "2014-03-14", None),
        ("1993", "1993", None),
        ("the next day", "2014-03-15", None),
        ("meeting on [[Wednesday]]", "2014-03-19", None),
        ("late April", "2014-04", "END"),
        ("the Netherlands on [[Sunday]]", "2014-03-23", None),
        ("the same day", "2014-03-23", None),
        ("the evening of her arrival", "2014-03-23TEV", None),
        ("2010", "2010", None),
        ("runs [[Monday]] and", "2014-03-24", None),
        ("and [[Tuesday]]. Seoul", "2014-03-25", None),
        ("2012. ", "2012", None),
    ],
    summits=[
        dict(date="2014-03-25", place="The Hague", country="NL",
             participants=["Shinzo Abe", "Park Geun-hye", "Barack Obama"], kind="trilateral",
             ordinal=None, status="planned", occasion="the Nuclear Security Summit",
             evidence=["Prime Minister Shinzo Abe and South Korean President Park Geun-hye"
                       " will hold",
                       "The meeting, expected on Tuesday evening",
                       "Chief Cabinet Secretary Yoshihide Suga told a news conference"]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The meeting, expected on Tuesday evening"]),
        dict(date="2014-03-23", place="The Hague", country="NL",
             participants=["Park Geun-hye", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="planned", occasion="the Nuclear Security Summit",
             evidence=["according to her office, will hold talks"]),
    ],
    agreements=[
        dict(title="regular director-general-level consultations on the comfort women issue",
             kind="commitment", date="2014-03", parties=["JP", "KR"], status="proposed",
             evidence=["Tokyo has also suggested that senior diplomats"]),
    ],
    notes=[
        "Invented test article (Japanese daily's English edition: headline, date-and-outlet line"
        " and staff-writer byline are furniture; the date line is annotated). Reporter, outlet,"
        " the professor and his university, and every quote (Suga, the Cheong Wa Dae official,"
        " Park's one-word partial, Tanabe) are invented. Real background: the announcement on"
        " Friday 2014-03-21 of the Obama-Park-Abe meeting in The Hague (held Tuesday 2014-03-25"
        " on the sidelines of the Nuclear Security Summit of March 24-25); Abe's statement of"
        " 2014-03-14 that the Kono statement would not be revised and Park's welcome the next"
        " day; the South Korean NSC meeting of Wednesday 2014-03-19; Park-Xi talks on arrival"
        " (Sunday 2014-03-23); Abe's departure on Sunday; the last"
        " Japan-Korea leaders' meeting, Lee-Noda in Beijing in May 2012 (Korea Herald, Chosun,"
        " BusinessKorea, Kyodo via stored pages). Obama's late-April visits to Tokyo and Seoul"
        " are general knowledge. The Japanese suggestion of director-general-level"
        " consultations attributed to 'a Japanese government source' is a plausible invented"
        " detail (the real talks began in April 2014).",
        "Quotes: Suga direct; the official's partial (null); Park's partial 'fortunate,';"
        " Tanabe's quote split by 'said Hiroshi Tanabe ...' into two direct quotes (second with"
        " no cue, two sentences in one pair of marks).",
        "Statements: the three governments 'announced' (the three leaders as speakers,"
        " debatable: governments, not persons); Suga 'told a news conference' (the sentence"
        " before his quote); the Cheong Wa Dae official 'said' (null); Abe 'said' (the sentence"
        " 'The breakthrough followed remarks ...'); Park 'welcomed'; the Japanese source 'said'"
        " (null); 'according to her office' (Park's office; speaker given as Park, debatable).",
        "Timexes: published Friday 2014-03-21; 'next week' = 2014-W13 (March 24-30);"
        " 'Tuesday evening' = 2014-03-25TEV; 'more than a year' = P1Y MORE_THAN; 'the next"
        " day' = 2014-03-15; 'Wednesday' = 2014-03-19 (past); 'for months' is vague"
        " and not annotated (debatable); 'late April' = 2014-04 END; 'Sunday' ="
        " 2014-03-23 and 'the same day'; 'the evening of her arrival' = 2014-03-23TEV"
        " (debatable extent); 'Monday' and 'Tuesday' = 2014-03-24/25; '2010', '2012'.",
        "Summits (3): the planned Obama-Park-Abe trilateral (2014-03-25, planned); the"
        " background Lee-Noda meeting in Beijing (2012-05; it took place on the sidelines of"
        " the trilateral summit, but this text does not say so, kind bilateral); the planned"
        " Park-Xi talks in The Hague (2014-03-23, sidelines). Not summits: Obama's late-April"
        " visits (no meeting stated), the Nuclear Security Summit itself.",
        "Agreements (1): the Japanese suggestion of director-general-level consultations"
        " (commitment, proposed). Not agreements: the Kono statement (a unilateral"
        " statement), Abe's pledge not to revise it.",
        "'comfort women' in quotation marks is a term, not a quote.",
    ],
)
