GOLD = dict(
    published="2016-12-13",
    furniture=[
        "BRIEF: Tokyo puts off three-way summit with Seoul, Beijing until next year",
        "Asia-Pacific | Tue 13 Dec 2016 14.05 GMT", "Staff and agencies",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Kishida"],
        "Park Geun-hye": ["Park Geun hye", "President Park Geun-hye", "Park"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Hwang Kyo-ahn": ["Prime Minister Hwang Kyo-ahn", "Hwang"],
        "Geng Shuang": ["foreign ministry spokesman Geng Shuang", "Geng"],
        "Shinzo Abe": ["Abe"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
    },
    quotes=[
        ("rearrange", "partial", "Fumio Kishida", "told reporters"),
        ("various circumstances", "partial", "Fumio Kishida", "cited"),
        ("positive results.", "partial", "Geng Shuang", "said"),
    ],
    statements=[
        ("its foreign minister said on Tuesday", ["Fumio Kishida"], "said"),
        ("Fumio Kishida told reporters after a regular Cabinet meeting", ["Fumio Kishida"],
         "told reporters"),
        ("He cited \"various circumstances\"", ["Fumio Kishida"], "cited"),
        ("Diplomats in Seoul said Beijing", [None], "said"),
        ("Japanese officials said privately", [None], "said"),
        ("A spokesman for South Korea's foreign ministry said", [None], "said"),
        ("In Beijing, foreign ministry spokesman Geng Shuang said", ["Geng Shuang"], "said"),
        ("In a joint declaration adopted there", ["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
         "agreed"),
    ],
    timexes=[
        ("Tue 13 Dec 2016 14.05 GMT", "2016-12-13T14:05", None),
        ("later this month", "2016-12", None),
        ("said on [[Tuesday]]", "2016-12-13", None),
        ("[[four days]] after South Korea", "P4D", None),
        ("at a suitable time [[next year]]", "2017", None),
        ("December 19", "2016-12-19", None),
        ("and [[20]], which", "2016-12-20", None),
        ("2013", "2013", None),
        ("motion on [[Friday]]", "2016-12-09", None),
        ("six months", "P6M", None),
        ("within 60 days", "P60D", None),
        ("the second half of next year", "2017-H2", None),
        ("a date [[this year]]", "2016", None),
        ("2008", "2008", None),
        ("more than three years", "P3Y", "MORE_THAN"),
        ("November 1 last year", "2015-11-01", None),
        ("early September", "2016-09", "START"),
        ("Last month", "2016-11", None),
        ("on [[Thursday]] for", "2016-12-15", None),
        ("two days", "P2D", None),
        ("the second day", "2016-12-16", None),
    ],
    summits=[
        dict(date="2016-12-19/2016-12-20", place="Tokyo", country="JP",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["Tokyo had been working toward a gathering"]),
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["They resumed when Park hosted Abe and Li in Seoul",
                       "In a joint declaration adopted there"]),
        dict(date="2016-09", place="Vientiane", country="LA",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="regional summits in Vientiane",
             evidence=["Park and Abe last met in early September"]),
        dict(date="2016-12-15", place="Nagato", country="JP",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["who is due to arrive in Nagato"]),
    ],
    agreements=[
        dict(title="2015 Seoul trilateral joint declaration", kind="joint-declaration",
             date="2015-11-01", parties=["CN", "JP", "KR"], status="referenced",
             evidence=["In a joint declaration adopted there"]),
        dict(title="put the trilateral summits back on a regular footing", kind="commitment",
             date="2015-11-01", parties=["CN", "JP", "KR"], status="referenced",
             evidence=["In a joint declaration adopted there"]),
        dict(title="pact on sharing military intelligence (GSOMIA)", kind="treaty",
             date="2016-11", parties=["JP", "KR"], status="referenced",
             evidence=["their governments signed a pact on sharing military intelligence"]),
    ],
    notes=[
        "Invented test article (news-site brief: headline, section-and-date line and 'Staff"
        " and agencies' are furniture; the date line is annotated). Wording and the diplomats'"
        " remark are invented; Kishida's 'rearrange' / 'various circumstances' and Geng's"
        " 'positive results' are short partials echoing the reported gist. Real background"
        " (Kyodo, Korea Herald, AFP via Rappler, IBTimes, AsiaNews, 2016-12-13): postponement"
        " announced Tuesday 2016-12-13 by Kishida after the Cabinet meeting; the Tokyo summit"
        " had been sought for December 19-20; Park and Li not yet in Japan since taking office"
        " in 2013; impeachment vote on Friday 2016-12-09, Hwang acting president; Geng Shuang's"
        " remark; summits since 2008, none in 2013-2014, resumed in Seoul on 2015-11-01; Putin"
        " in Nagato on 2016-12-15, talks in Tokyo the next day. From general knowledge or other"
        " corpora: the 2015 joint declaration and its agreement to restore regular summits,"
        " Park-Abe in Vientiane (2016-09-07), GSOMIA signed 2016-11-23.",
        "Quotes: three partials (Kishida x2, Geng).",
        "Statements: Kishida 'said on Tuesday' (lede), 'told reporters', 'cited'; the diplomats"
        " 'said' (null); Japanese officials 'said privately' (null); the Seoul spokesman 'said'"
        " (null); Geng 'said'; the three leaders"
        " 'agreed' in the joint declaration.",
        "Timexes: published Tuesday 2016-12-13; 'later this month' = 2016-12; 'four days'"
        " (in 'four days after') = P4D; 'December 19 and 20' = two expressions ('20' alone ="
        " 2016-12-20);"
        " 'Friday' = 2016-12-09; 'six months' = P6M ('up to' not a mod);"
        " 'within 60 days' = P60D (extent includes 'within', debatable); 'the second half of"
        " next year' = 2017-H2; 'this year' = 2016;"
        " 'more than three years' = P3Y MORE_THAN; 'November 1 last year' = 2015-11-01; 'early"
        " September' = 2016-09 START; 'Last month' = 2016-11; 'Thursday' = 2016-12-15; 'two"
        " days' = P2D; 'the second day' = 2016-12-16. Not timexes in the headline.",
        "Summits (4): the postponed Tokyo trilateral (status planned, dated to the two sought"
        " days; debatable: it is postponed, not cancelled, and no longer has those dates - it"
        " could be left out); the Seoul trilateral of 2015-11-01; Park-Abe in Vientiane (held,"
        " early September); Abe-Putin in Nagato (planned, 2016-12-15; the Tokyo second day is"
        " the same visit, one record). Not summits: the 'three-way summits' in aggregate, the"
        " Cabinet meeting.",
        "Agreements (3): the 2015 Seoul joint declaration (joint-declaration, referenced); the"
        " commitment in it to regular summits (commitment, referenced); GSOMIA (treaty, signed"
        " last month, referenced, date 2016-11).",
    ],
)
