GOLD = dict(
    published="2015-11-01",
    furniture=[
        "China, Japan, South Korea revive three-way summit, set stage for first Park-Abe talks",
        "November 1, 2015 / 8:14 PM", "By Daniel Okafor and Mina Cho",
        "SEOUL (Orbis Newswire) - ",
        "(Reporting by Daniel Okafor and Mina Cho; Editing by Priya Raman)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Lee Myung-bak": [],
        "Yoshihiko Noda": [],
        "Wen Jiabao": [],
        "Chae Yun-seo": ["a professor of international relations at Hanbit University"],
    },
    quotes=[
        ("completely restored", "partial", "Park Geun-hye", "declared"),
        ("Today's meeting restores a framework", "direct", "Park Geun-hye",
         "said at a joint news conference"),
        ("The mechanism is back on track", "direct", "Shinzo Abe", "said"),
        ("The trilateral was the easy part", "direct", "Chae Yun-seo", "said"),
        ("Monday will show whether Park and Abe", "direct", "Chae Yun-seo", "said"),
    ],
    statements=[
        ("South Korean President Park Geun-hye declared", ["Park Geun-hye"], "declared"),
        ("The three leaders adopted a joint declaration",
         ["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], "agreed"),
        ("They also agreed to speed up negotiations",
         ["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], "agreed"),
        ("Abe said the three countries bore", ["Shinzo Abe"], "said"),
        ("Li called for progress on the trade pact", ["Li Keqiang"], "called for"),
        ("He also said the three sides had agreed to face history", ["Li Keqiang"], "said"),
        ("Officials in Seoul said the bilateral talks would include", [None, "Park Geun-hye"],
         "said"),
        ("A Japanese government spokesman said", [None], "said"),
    ],
    timexes=[
        ("November 1, 2015 / 8:14 PM", "2015-11-01T20:14", None),
        ("\"completely restored\" [[on Sunday]]", "2015-11-01", None),
        ("three and a half years", "P3Y6M", None),
        ("about 90 minutes", "PT90M", "APPROX"),
        ("from [[2008]] to", "2008", None),
        ("to [[2012]] but", "2012", None),
        ("May 2012", "2012-05", None),
        ("\"[[Today]]'s meeting", "2015-11-01", None),
        ("the summit [[next year]]", "2016", None),
        ("bilateral talks [[on Saturday]]", "2015-10-31", None),
        ("with Abe [[on Monday]]", "2015-11-02", None),
        ("February 2013", "2013-02", None),
        ("March last year", "2014-03", None),
        ("the [[1965]] treaty", "1965", None),
        ("\"[[Monday]] will show", "2015-11-02", None),
    ],
    summits=[
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=6, status="held", occasion=None,
             evidence=["South Korean President Park Geun-hye declared",
                       "Park hosted Abe and Chinese Premier Li Keqiang",
                       "The three leaders adopted a joint declaration",
                       "\"The trilateral was the easy part,\""]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["The meetings took place every year"]),
        dict(date="2015-10-31", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Li Keqiang"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Park met Li for bilateral talks on Saturday"]),
        dict(date="2015-11-02", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="bilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["South Korean President Park Geun-hye declared",
                       "Park met Li for bilateral talks on Saturday",
                       "Officials in Seoul said the bilateral talks would include",
                       "Monday will show whether"]),
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["The two have met only once before"]),
        dict(date="2016", place=None, country="JP",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["The three leaders adopted a joint declaration",
                       "The mechanism is back on track"]),
    ],
    agreements=[
        dict(title="joint declaration for peace and cooperation in Northeast Asia",
             kind="joint-declaration", date="2015-11-01", parties=["CN", "JP", "KR"],
             status="agreed",
             evidence=["The three leaders adopted a joint declaration",
                       "He also said the three sides had agreed to face history"]),
        dict(title="hold the trilateral summit regularly again, Japan to host the next one",
             kind="commitment", date="2015-11-01", parties=["CN", "JP", "KR"],
             status="agreed",
             evidence=["The three leaders adopted a joint declaration"]),
        dict(title="speed up negotiations on a three-way free trade agreement",
             kind="commitment", date="2015-11-01", parties=["CN", "JP", "KR"],
             status="agreed", evidence=["They also agreed to speed up negotiations"]),
        dict(title="work for an early resumption of the six-party talks", kind="commitment",
             date="2015-11-01", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["They also agreed to speed up negotiations"]),
        dict(title="1965 treaty normalizing relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["A Japanese government spokesman said"]),
    ],
    notes=[
        "Invented test article (international wire: headline, stamp, byline, dateline and"
        " credit line are furniture; the stamp is annotated). Outlet, reporters, stamp time,"
        " the academic and all quotes are invented (Park's, Abe's and Li's words paraphrase"
        " their reported news-conference remarks). Real background (gov.cn video page"
        " 2015-11-02, CCTV via keyanhelp/zgzyw, China Economic Review, BusinessKorea,"
        " AsiaOne/Yomiuri, Korea Portal, EbonyLife): trilateral of Park, Abe and Li in Seoul"
        " on 2015-11-01 at Cheong Wa Dae, about 90 minutes, the first in more than three"
        " years (three and a half), sixth of its kind; summits held yearly 2008-2012; joint"
        " declaration for peace and cooperation in Northeast Asia with 'squarely facing"
        " history' in its preamble; regular summits, Japan to host next year; faster FTA"
        " talks and RCEP; six-party talks; Park's 'completely/fully restored'; Park-Abe"
        " bilateral the next day. From general knowledge: the Park-Li bilateral on"
        " 2015-10-31, the Beijing trilateral of May 2012 with Lee, Noda and Wen, the Hague"
        " trilateral with Obama in March 2014, Tokyo's position on the 1965 treaty.",
        "Summits (6): Seoul trilateral (ordinal 6 from 'the sixth such gathering'; debatable,"
        " the number counts the countries' summits, not these leaders'); Beijing 2012-05;"
        " Park-Li 2015-10-31 (place from the dateline); Park-Abe 2015-11-02 (planned); The"
        " Hague 2014-03; the next trilateral in Japan in 2016 (planned; participants assumed"
        " to be the same three, debatable). 'every year from 2008 to 2012' is an aggregate,"
        " not records.",
        "Agreements (5): the joint declaration (adopted, status agreed); regular summits;"
        " FTA negotiations; six-party talks (two courses of action in one sentence, split);"
        " the 1965 treaty (referenced). 'agreed to face history squarely' is treated as part"
        " of the declaration's preamble, not a separate course of action (debatable). Not"
        " agreements: Li's call for progress on the trade pact and a regional deal.",
        "Timexes: 'about 90 minutes' = PT90M APPROX; 'every year' (a set) is not annotated;"
        " 'Today' in Park's quote = the publication day.",
    ],
)
