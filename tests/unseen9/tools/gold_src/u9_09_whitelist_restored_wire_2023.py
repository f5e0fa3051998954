GOLD = dict(
    published="2023-06-27",
    furniture=[
        "Japan puts South Korea back on trusted trade list, ending 2019 row",
        "June 27, 2023 / 1:48 PM", "By Kenji Morimoto", "TOKYO (Orbis Newswire) - ",
        "(Reporting by Kenji Morimoto; additional reporting by Jisoo Han in Seoul; Editing by"
        " Priya Raman)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yasutoshi Nishimura": ["trade minister Yasutoshi Nishimura", "Nishimura"],
        "Ministry of Economy, Trade and Industry": ["the Ministry of Economy, Trade and"
                                                    " Industry"],
        "Ministry of Trade, Industry and Energy": ["Seoul's Ministry of Trade, Industry and"
                                                   " Energy"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon", "Yoon Suk-yeol"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Ayumi Kuroda": ["a trade analyst at the Hamamatsu Economic Institute"],
        "Japanese government": ["Japan", "Tokyo"],
        "South Korean government": ["Seoul", "President Yoon Suk Yeol's government"],
    },
    quotes=[
        ("With this decision, the export control measures", "direct", "Yasutoshi Nishimura",
         "told reporters"),
        ("meaningful", "partial", "Ministry of Trade, Industry and Energy", "welcomed"),
        ("Four years ago these two governments", "direct", "Ayumi Kuroda", "said"),
        ("Now they are competing to look reasonable", "direct", "Ayumi Kuroda", "said"),
    ],
    statements=[
        ("The revised ordinance, which restores South Korea",
         ["Ministry of Economy, Trade and Industry"], "said"),
        ("He said Japan would keep up a policy dialogue", ["Yasutoshi Nishimura"], "said"),
        ("The thaw began in March", ["South Korean government"], "announced"),
        ("Days later, Yoon flew to Tokyo", ["Japanese government", "South Korean government"],
         "said"),
        ("At that meeting the two leaders also agreed", ["Yoon Suk Yeol", "Fumio Kishida"],
         "agreed"),
        ("Seoul's Ministry of Trade, Industry and Energy welcomed",
         ["Ministry of Trade, Industry and Energy"], "welcomed"),
        ("Officials in both capitals said they were expected", [None], "said"),
        ("Officials have said the revival", [None], "have said"),
    ],
    timexes=[
        ("June 27, 2023 / 1:48 PM", "2023-06-27T13:48", None),
        ("Cabinet [[on Tuesday]]", "2023-06-27", None),
        ("nearly four years ago", "2019", "APPROX"),
        ("July 21", "2023-07-21", None),
        ("August 2019", "2019-08", None),
        ("2019, [[weeks]] after", "PXW", None),
        ("for [[2018]] rulings", "2018", None),
        ("began [[in March]]", "2023-03", None),
        ("[[Days]] later, Yoon", "PXD", None),
        ("more than a decade", "P10Y", "MORE_THAN"),
        ("list [[in April]]", "2023-04", None),
        ("welcomed [[Tuesday]]'s step", "2023-06-27", None),
        ("May 7", "2023-05-07", None),
        ("later that month", "2023-05", None),
        ("next month", "2023-07", None),
        ("Tokyo [[on Thursday]]", "2023-06-29", None),
        ("since [[2016]]", "2016", None),
        ("lapsed in [[2015]]", "2015", None),
        ("Four years ago", "2019", None),
    ],
    summits=[
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Days later, Yoon flew to Tokyo",
                       "At that meeting the two leaders also agreed"]),
        dict(date="2023-05-07", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Kishida returned the visit to Seoul on May 7"]),
        dict(date="2023-05", place="Hiroshima", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines",
             ordinal=None, status="held", occasion="the Group of Seven summit",
             evidence=["Kishida returned the visit to Seoul on May 7"]),
        dict(date="2023-07", place="Vilnius", country="LT",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines",
             ordinal=None, status="planned", occasion="the NATO summit",
             evidence=["Officials in both capitals said they were expected"]),
    ],
    agreements=[
        dict(title="resume regular visits between the capitals (shuttle diplomacy)",
             kind="commitment", date="2023-03", parties=["JP", "KR"], status="referenced",
             evidence=["At that meeting the two leaders also agreed"]),
        dict(title="$10 billion currency swap arrangement (lapsed in 2015)", kind="mou",
             date=None, parties=["JP", "KR"], status="referenced",
             evidence=["Officials have said the revival"]),
    ],
    notes=[
        "Invented test article (international wire: headline, stamp, byline, dateline and"
        " credit line are furniture; the stamp is annotated, the headline's '2019' is not)."
        " Outlet, reporters, stamp time, the analyst and all quotes are invented"
        " (Nishimura's words are invented). Real background (KBS 2023-06-27, 10xbest/Chosun"
        " Japanese edition, Korea Herald/Yonhap 2023-04-28, Jiji via Yomiuri 2023-03-21,"
        " Taiwan News 2019-08-02, Yomiuri 2023-12-02): Cabinet approval on 2023-06-27 to"
        " return Korea to Group A, effective 2023-07-21; removal in August 2019 after the July"
        " curbs on three materials; the 2018 rulings; Seoul's removal of Japan and WTO"
        " complaint; March 2023 lifting of curbs at the Tokyo summit and Seoul's promise to"
        " withdraw the complaint; Korea restored Japan in April; the swap expired in February"
        " 2015. From general knowledge: the 2023-03-06 compensation plan, Nishimura as trade"
        " minister, the Seoul (2023-05-07) and Hiroshima meetings, the Vilnius meeting"
        " (held 2023-07-12), the finance ministers' meeting of Thursday 2023-06-29 and the"
        " previous dialogue in 2016, the shuttle diplomacy agreement of March 2023.",
        "Quotes: \"Group A\" is a term, not a quote.",
        "Summits (4): Tokyo 2023-03, Seoul 2023-05-07, Hiroshima 2023-05 (G7 sidelines) and"
        " Vilnius 2023-07 (planned, NATO sidelines). Not summits: the finance ministers'"
        " meeting.",
        "Agreements (2): the March 2023 commitment to resume regular visits (referenced) and"
        " the lapsed swap (mou, referenced, date not given). Not agreements: Japan's"
        " restoration of Korea and Korea's of Japan, Japan's lifting of the curbs and Seoul's"
        " withdrawal of the WTO case (parallel unilateral steps announced at the summit;"
        " debatable), Nishimura's 'policy dialogue' and the Seoul ministry's wish to work"
        " with Tokyo (one side's intentions), the possible revival of the swap (speculation).",
        "Timexes: vague 'weeks' = PXW and 'Days' (in 'Days later') = PXD (debatable extents);"
        " 'more than a decade' = P10Y MORE_THAN; 'nearly four years ago' = 2019 APPROX; 'Four"
        " years ago' (inside the quote) = 2019.",
    ],
)
