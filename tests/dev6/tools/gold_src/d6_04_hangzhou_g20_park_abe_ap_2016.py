GOLD = dict(
    published="2016-09-05",
    furniture=["By MARGARET OSEI and DAISUKE HALL, Associated Press-style (Lantern Newswire)",
               "HANGZHOU, China —"],
    entities={
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Lim Tae-hoon": ["Lim"],
    },
    quotes=[
        ("Both governments want the Laos meeting to look routine", "direct", "Lim Tae-hoon",
         "said"),
    ],
    statements=[
        ("Chinese President Xi Jinping told South Korean President Park Geun-hye",
         ["Xi Jinping"], "told"),
        ("Park told Xi the system would become unnecessary",
         ["Park Geun-hye", "Xi Jinping"], "told"),
        ("They are scheduled to sit down on Wednesday", [None], "said"),
    ],
    timexes=[
        ("Park Geun-hye on [[Monday]]", "2016-09-05", None),
        ("about 45 minutes", "PT45M", "APPROX"),
        ("Shinzo Abe on [[Monday]]", "2016-09-05", None),
        ("more than a year", "P1Y", "MORE_THAN"),
        ("on [[Wednesday]] in Vientiane", "2016-09-07", None),
        ("Washington in [[March]]", "2016-03", None),
        ("began [[last week]]", "2016-W35", None),
        ("on [[Friday]] and Park", "2016-09-02", None),
        ("a day later", "P1D", None),
        ("deal in [[December]]", "2015-12", None),
        ("Japan [[last week]] wired", "2016-W35", None),
    ],
    summits=[
        dict(date="2016-09-05", place="Hangzhou", country="CN",
             participants=["Xi Jinping", "Park Geun-hye"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of 20 summit",
             evidence=["Chinese President Xi Jinping told South Korean President Park Geun-hye",
                       "The two leaders talked for about 45 minutes",
                       "Park told Xi the system would become unnecessary"]),
        dict(date="2016-09-05", place="Hangzhou", country="CN",
             participants=["Xi Jinping", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of 20 summit",
             evidence=["Xi also held talks with Japanese Prime Minister Shinzo Abe"]),
        dict(date="2016-09-07", place="Vientiane", country="LA",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="planned", occasion="ASEAN-related summits",
             evidence=["Park, Abe to talk in Laos", "They are scheduled to sit down on Wednesday",
                       "It will be their first meeting since",
                       "Both governments want the Laos meeting"]),
        dict(date="2016-03", place="Washington", country="US",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="a nuclear security summit",
             evidence=["It will be their first meeting since"]),
        dict(date="2016-09-02", place="Vladivostok", country="RU",
             participants=["Vladimir Putin", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The three-nation circuit began last week"]),
        dict(date="2016-09-03", place="Vladivostok", country="RU",
             participants=["Vladimir Putin", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The three-nation circuit began last week"]),
    ],
    agreements=[
        dict(title="keep talking about the U.S. missile defense deployment", kind="commitment",
             date="2016-09-05", parties=["CN", "KR"], status="agreed",
             evidence=["Park told Xi the system would become unnecessary"]),
        dict(title="December 2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced",
             evidence=["Seoul and Tokyo have tried to keep relations",
                       "Japan last week wired 1 billion yen"]),
    ],
    notes=[
        "Invented AP-style story (Lantern Newswire; reporters, the researcher Lim Tae-hoon and"
        " the Hanseo Policy Forum are fictional; the South Korean official is unnamed). No"
        " dateline date: published 2016-09-05 (manifest) is inferred from 'on Monday' and the"
        " missile launches during the summit's last day. Checked (pages): Park-Xi talks of"
        " about 45 minutes on the G20 sidelines in Hangzhou with THAAD disagreement, agreement"
        " to keep talking, Park's point that THAAD would be unnecessary once the threat is"
        " gone (KBS); three North Korean ballistic missiles on Monday 2016-09-05 (AP via"
        " WTVQ); Abe-Park in Vientiane on 2016-09-07 (dev5 d5_04 checks). Public record,"
        " general knowledge: Abe-Xi talks in Hangzhou on 2016-09-05; Abe-Park in Washington"
        " on 2016-03-31 (cf. un01); Putin-Abe in Vladivostok on 2016-09-02 and Putin-Park"
        " there on 2016-09-03; Japan's 1 billion yen transfer to the foundation at the end of"
        " August 2016 (cf. u7_05, published 2016-09-01). The yen-dollar figure is"
        " approximate. 'first formal meeting in more than a year' for Abe-Xi is plausible"
        " (their previous talks were in April 2015 in Jakarta) but not checked.",
        "Summits (6): Park-Xi, Abe-Xi (Hangzhou, sidelines); planned Park-Abe in Vientiane;"
        " Washington March 2016 (background); Putin-Abe and Putin-Park in Vladivostok"
        " ('hosted Abe on Friday and Park a day later'; bilateral, the Eastern Economic Forum"
        " is not named in the text). Not summits: Park and Abe crossing paths in Hangzhou.",
        "Agreements (2): Park-Xi commitment to keep talking (KR/CN); the 2015 comfort women"
        " deal (joint statement by the foreign ministers, referenced; 'the agreement' in the"
        " next sentence is the same record). Not agreements: the foundation.",
        "Timexes: 'last week' twice = 2016-W35 (published Monday of W36); 'a day later' ="
        " P1D (a duration, per the dev conventions); 'more than a year' = P1Y MORE_THAN.",
    ],
)
