GOLD = dict(
    published="2012-05-13",
    furniture=[
        "LIVE: Lee, Noda and Wen meet in Beijing for fifth three-way summit",
        "Last updated: 13 May 2012, 21:40 (Beijing time)",
        "[[21:40]]\nThat is", "20:15", "18:30", "16:05", "12:50", "09:30", "08:00",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["Lee Myung bak", "Lee", "the president"],
        "Yoshihiko Noda": ["Noda"],
        "Wen Jiabao": ["Wen"],
        "Taro Aso": ["then Japanese Prime Minister Taro Aso", "Aso"],
        "Japanese government": ["Tokyo", "Japanese officials"],
    },
    quotes=[
        ("in a forward-looking way.", "partial", "Lee Myung-bak", "asking"),
        ("a first legal building block", "partial", "Yoshihiko Noda", "called"),
        ("without losing momentum.", "partial", "Yoshihiko Noda", "said"),
        ("The three of us share a responsibility", "direct", "Lee Myung-bak", "told the cameras"),
        ("strength to weather difficulties.", "partial", "Wen Jiabao", "told"),
    ],
    statements=[
        ("A South Korean official said the president spent", [None], "said"),
        ("Noda replied that Tokyo regarded", ["Yoshihiko Noda"], "replied"),
        ("Noda, speaking to Japanese reporters, called", ["Yoshihiko Noda"], "called"),
        ("He said the trade talks should begin", ["Yoshihiko Noda"], "said"),
        ("Wen said the three had agreed", ["Wen Jiabao"], "said"),
        ("Wen, as host, told his guests", ["Wen Jiabao"], "told"),
    ],
    timexes=[
        ("13 May 2012, 21:40", "2012-05-13T21:40", None),
        ("[[21:40]]\nThat is", "2012-05-13T21:40", None),
        ("tonight", "2012-05-13TNI", None),
        ("flies home on [[Monday]]", "2012-05-14", None),
        ("next year", "2013", None),
        ("20:15", "2012-05-13T20:15", None),
        ("18:30", "2012-05-13T18:30", None),
        ("16:05", "2012-05-13T16:05", None),
        ("this year", "2012", None),
        ("12:50", "2012-05-13T12:50", None),
        ("09:30", "2012-05-13T09:30", None),
        ("last month", "2012-04", None),
        ("08:00", "2012-05-13T08:00", None),
        ("Today's", "2012-05-13", None),
        ("December 2008", "2008-12", None),
        ("Dec. 18", "2011-12-18", None),
        ("hour-long", "PT1H", None),
    ],
    summits=[
        dict(date="2012-05-13", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"],
             kind="trilateral", ordinal=5, status="held", occasion=None,
             evidence=["The summit has opened.", "Today's meeting is the fifth",
                       "Joint press appearance at the Great Hall"]),
        dict(date="2012-05-13", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="sidelines", ordinal=None, status="held",
             occasion="the trilateral summit",
             evidence=["Lee and Noda have wrapped up their one-on-one meeting",
                       "A South Korean official said the president spent"]),
        dict(date="2008-12", place="Fukuoka", country="JP",
             participants=["Lee Myung-bak", "Wen Jiabao", "Taro Aso"],
             kind="trilateral", ordinal=1, status="held", occasion=None,
             evidence=["Today's meeting is the fifth"]),
        dict(date="2011-12-18", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=["Lee and Noda last sat down together in Kyoto"]),
    ],
    agreements=[
        dict(title="trilateral investment agreement", kind="treaty", date="2012-05-13",
             parties=["CN", "JP", "KR"], status="signed",
             evidence=["their trade ministers signed a trilateral investment agreement",
                       "Noda, speaking to Japanese reporters, called"]),
        dict(title="launch trilateral FTA negotiations this year", kind="commitment",
             date="2012-05-13", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["Wen said the three had agreed"]),
        dict(title="joint declaration on enhancing the comprehensive cooperative partnership",
             kind="joint-declaration", date="2012-05-13", parties=["CN", "JP", "KR"],
             status="agreed", evidence=["The leaders also adopted a joint declaration"]),
    ],
    notes=[
        "Invented test article: live blog, entries in reverse order; headline, 'Last updated'"
        " line and entry times are furniture (stamp and entry times annotated). Every quote is"
        " invented, as are the reporter-side details (entry times, the hotel setting of the"
        " Lee-Noda meeting). Real background: the fifth China-Japan-ROK summit in Beijing on"
        " Sunday 2012-05-13 (Wen Jiabao chairing, Lee Myung-bak, Yoshihiko Noda), the signing"
        " of the trilateral investment agreement, the agreement to launch FTA talks within"
        " 2012 and the joint declaration on the trilateral comprehensive cooperative"
        " partnership; a Lee-Noda meeting in Beijing in which Lee raised the comfort women"
        " issue; North Korea's failed rocket launch of April 2012; the first stand-alone"
        " trilateral in Fukuoka, December 2008 (Aso); the Lee-Noda Kyoto summit of"
        " 2011-12-18.",
        "Quotes: Lee's partial via a South Korean official (speaker Lee, cue 'asking'); Noda's"
        " two partials; Lee's direct quote; Wen's partial. No unnamed-source quotes.",
        "Statements: the official's report (null); Noda 'replied ... Japanese officials said'"
        " (speaker Noda); Noda 'called'; 'He said'; Wen 'said the three had agreed'; Wen"
        " 'told his guests'. Not a statement: the full direct-quote sentence with 'urging'"
        " (debatable).",
        "Timexes: published Sunday 2012-05-13; entry times = 2012-05-13Thh:mm; 'tonight' ="
        " TNI; 'Monday' = 2012-05-14; 'next year' = 2013; 'this year' = 2012; 'last month' ="
        " 2012-04; 'Today's' = 2012-05-13; 'Dec. 18' (past, before May) = 2011-12-18;"
        " 'hour-long' = PT1H. Not timexes: 'Good morning', 'fifth', 'Lunch break'.",
        "Summits (4): the Beijing trilateral (ordinal 5 from 'the fifth'); the Lee-Noda"
        " one-on-one the same day (kind sidelines of the trilateral, debatable: could be"
        " bilateral); Fukuoka December 2008 (Lee, Wen, Aso; ordinal 1 from 'first met on their"
        " own'); Kyoto 2011-12-18. Not summits: 'the next three-way summit is Seoul's to host"
        " next year' (no participants named, no date beyond the year), the ASEAN gathering.",
        "Agreements (3): the investment agreement (treaty, signed by trade ministers in the"
        " leaders' presence); FTA negotiations this year (commitment); the joint declaration"
        " (joint-declaration, status agreed since it was adopted rather than signed,"
        " debatable). Not agreements: Noda's unilateral 'humanitarian steps', the comfort women"
        " dispute.",
    ],
)
