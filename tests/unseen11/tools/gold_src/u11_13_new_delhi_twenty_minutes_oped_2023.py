GOLD = dict(
    published="2023-09-13",
    furniture=[
        "OPINION",
        "Twenty minutes in New Delhi, and why they were enough",
        "Published : 2023-09-13 06:00 | Updated : 2023-09-13 08:47",
        "By Han Seo-yeon",
        "Han Seo-yeon is a former correspondent in Tokyo and an adjunct professor of"
        " international studies. The views expressed are the writer's own.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Li Qiang": [],
        "South Korean government": ["his government"],
        "South Korean presidential office": ["the presidential office"],
    },
    quotes=[],
    statements=[
        ("In March, Yoon went to Tokyo", ["South Korean government"], "announced"),
        ("In June the finance ministers agreed", [None], "agreed"),
        ("At Camp David the three leaders committed",
         ["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], "committed"),
        ("Kishida has said only that his government upholds", ["Fumio Kishida"], "has said"),
        ("The twenty minutes in New Delhi were spent", ["South Korean presidential office"],
         "according to"),
    ],
    timexes=[
        ("Published : [[2023-09-13 06:00]]", "2023-09-13T06:00", None),
        ("Updated : [[2023-09-13 08:47]]", "2023-09-13T08:47", None),
        ("On Sunday", "2023-09-10", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("six months", "P6M", None),
        ("where [[this year]] began", "2023", None),
        ("In March, Yoon", "2023-03", None),
        ("12 years", "P12Y", None),
        ("visit [[in May]]", "2023-05", None),
        ("Two weeks", "P2W", None),
        ("summit [[in July]]", "2023-07", None),
        ("and [[in August]] they", "2023-08", None),
        ("scrap [[in 2019]]", "2019", None),
        ("In June", "2023-06", None),
        ("lapsed [[in 2015]]", "2015", None),
        ("the [[2015]] agreement", "2015", None),
        ("the [[1965]] treaty", "1965", None),
        ("announced [[in March]]", "2023-03", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("The [[twenty minutes]] in New Delhi", "PT20M", None),
        ("the end of the year", "2023", "END"),
    ],
    summits=[
        dict(date="2023-09-10", place="New Delhi", country="IN",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=6,
             status="held", occasion="the Group of 20 summit",
             evidence=["On Sunday, President Yoon Suk Yeol and Prime Minister Fumio Kishida",
                       "It was their sixth bilateral meeting in six months",
                       "The twenty minutes in New Delhi were spent"]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["In March, Yoon went to Tokyo"]),
        dict(date="2023-05", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Kishida returned the visit in May"]),
        dict(date="2023-05", place="Hiroshima", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="the G7 summit (not named here)",
             evidence=["Two weeks later, in Hiroshima"]),
        dict(date="2023-07", place="Vilnius", country="LT",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="the NATO summit",
             evidence=["They met in Vilnius at the NATO summit in July"]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="the Japan-U.S.-ROK summit at Camp David",
             evidence=["They met in Vilnius at the NATO summit in July"]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["They met in Vilnius at the NATO summit in July",
                       "At Camp David the three leaders committed"]),
        dict(date="2023", place=None, country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["The twenty minutes in New Delhi were spent"]),
    ],
    agreements=[
        dict(title="GSOMIA (intelligence-sharing pact)", kind="treaty", date=None,
             parties=["JP", "KR"], status="referenced",
             evidence=["The intelligence-sharing pact that Seoul had threatened to scrap"]),
        dict(title="revived Korea-Japan currency swap line", kind="mou", date="2023-06",
             parties=["JP", "KR"], status="referenced",
             evidence=["In June the finance ministers agreed"]),
        dict(title="hold a trilateral summit every year (Camp David)", kind="commitment",
             date="2023-08", parties=["JP", "KR", "US"], status="referenced",
             evidence=["At Camp David the three leaders committed"]),
        dict(title="2015 agreement on the comfort women", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced",
             evidence=["None of this erases the 2015 agreement"]),
        dict(title="1998 Japan-ROK joint declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced",
             evidence=["Kishida has said only that his government upholds"]),
        dict(title="1965 treaty", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced",
             evidence=["None of this erases the 2015 agreement"]),
    ],
    notes=[
        "Invented op-ed (label, headline, Published/Updated line, byline and the writer's"
        " description are furniture; both stamps are annotated). Writer and every opinion are"
        " invented; the columnist's hotline idea is explicitly one 'neither government has"
        " proposed'. Real background: timesofjp and Yomiuri 2023-09-11 (New Delhi meeting on"
        " Sunday; six bilateral talks in as many months; the previous one in August on the"
        " fringes of the trilateral near Washington); KBS (20 minutes; trilateral summit"
        " proposal); KBS 2023-05-08 (Seoul talks longer than scheduled, shuttle diplomacy after"
        " 12 years). From general knowledge or other corpora: Yoon's Tokyo visit of 16 March"
        " 2023 and the compensation plan of 6 March, Hiroshima on 21 May (prayer at the Korean"
        " victims' memorial), Vilnius on 12 July, Camp David on 18 August and its annual-summit"
        " pledge, GSOMIA's normalization in 2023, the swap's lapse in 2015 and the finance"
        " ministers' agreement of June 2023 to restore it, the 2015 comfort-women agreement,"
        " Kishida's statements that he upholds earlier cabinets' positions including the 1998"
        " declaration.",
        "Summits (8): New Delhi (ordinal 6: 'their sixth bilateral meeting in six months');"
        " Tokyo (2023-03), Seoul (2023-05), Hiroshima (2023-05, on the G7's sidelines, which the"
        " text does not name), Vilnius (2023-07), the Camp David bilateral on the margins and"
        " the Camp David trilateral (2023-08); the Korea-Japan-China summit Seoul is to host"
        " before the end of the year (planned, 2023; Li Qiang, not named, as China's"
        " participant).",
        "Agreements (6): GSOMIA (date null: not in the text), the revived swap line (kind mou,"
        " dated by the June 2023 agreement to revive it, referenced; the old line that lapsed"
        " in 2015 is not a separate record), the Camp David annual-summit commitment, the 2015"
        " comfort-women agreement (joint-statement), the 1998 joint declaration and the 1965"
        " treaty, all referenced (no summit record for 1998: the text names no leaders). Not"
        " agreements: the March compensation plan (unilateral), the columnist's hotline idea,"
        " Yoon's wish to hold the trilateral.",
        "Quotes: 'comfort women' in quotation marks is a term, not a quote.",
        "Timexes: 'every year', 'every few weeks' (frequencies) and 'days after' (vague) are not"
        " annotated; 'Two weeks later' is annotated on 'Two weeks' (P2W).",
    ],
)
