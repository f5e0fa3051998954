GOLD = dict(
    published="2016-09-01",
    furniture=[
        "Japan completes 1 billion yen payment to 'comfort women' foundation",
        "Posted : 2016-09-01 17:15", "By Kwon Seo-yeon",
    ],
    timex_in_furniture_ok=True,
    entities={
        "South Korean foreign ministry": ["the foreign ministry", "Seoul's foreign ministry",
                                          "ministry"],
        "Yun Byung-se": ["Foreign Minister Yun Byung-se", "Yun"],
        "Fumio Kishida": ["Kishida"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Park Geun-hye": ["Park Geun hye", "President Park Geun-hye", "Park"],
        "Yoo Il-ho": ["Finance Minister Yoo Il-ho", "Yoo"],
        "Taro Aso": ["Aso"],
        "Kang Mi-sook": ["Kang"],
        "Nam Gyu-ri": ["Nam"],
        "Japanese government": ["Tokyo", "Japan"],
    },
    quotes=[
        ("With this, the Japanese government has carried out", "direct", None, "said"),
        ("faithfully.", "partial", "Yun Byung-se", "agreed"),
        ("We did not ask for charity", "direct", "Kang Mi-sook", "said"),
        ("strive", "partial", None, "said"),
        ("Money was always the easy part,", "direct", "Nam Gyu-ri", "said"),
        ("The test is whether both governments", "direct", "Nam Gyu-ri", None),
    ],
    statements=[
        ("the foreign ministry said Thursday", ["South Korean foreign ministry"], "said"),
        ("a ministry spokesman told a regular briefing", [None], "told a regular briefing"),
        ("officials said.", [None], "said"),
        ("Japan's Cabinet approved the payment on Aug. 24", ["Yun Byung-se", "Fumio Kishida"],
         "agreed"),
        ("The two ministers also agreed", ["Yun Byung-se", "Fumio Kishida"], "agreed"),
        ("Tokyo insists the money is not compensation", ["Japanese government"], "insists"),
        ("ruling party have said the money", [None], "have said"),
        ("Seoul's position, officials said", [None], "said"),
        ("Finance Minister Yoo Il-ho proposed", ["Yoo Il-ho", "Taro Aso"], "proposed"),
    ],
    timexes=[
        ("2016-09-01 17:15", "2016-09-01T17:15", None),
        ("December 2015", "2015-12", None),
        ("said [[Thursday]]", "2016-09-01", None),
        ("on [[Wednesday]], a ministry", "2016-08-31", None),
        ("late July", "2016-07", "END"),
        ("Aug. 24", "2016-08-24", None),
        ("the same day", "2016-08-24", None),
        ("1965", "1965", None),
        ("for a decade", "P10Y", None),
        ("as it promised in [[December]]", "2015-12", None),
        ("a week of rapid movement", "P1W", None),
        ("in Seoul on [[Saturday]]", "2016-08-27", None),
        ("February last year", "2015-02", None),
        ("talks [[next week]] in Vientiane", "2016-W36", None),
        ("last November", "2015-11", None),
        ("three and a half years", "P3Y6M", None),
    ],
    summits=[
        dict(date="2016-09", place="Vientiane", country="LA",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=2,
             status="planned", occasion="the ASEAN-related summits",
             evidence=["are also expected to hold talks next week in Vientiane",
                       "It would be their second one-on-one meeting"]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="bilateral", ordinal=1,
             status="held", occasion=None,
             evidence=["It would be their second one-on-one meeting"]),
    ],
    agreements=[
        dict(title="December 2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced",
             evidence=["fulfilling the main financial pledge",
                       "agreed to implement the deal",
                       "as it promised in December"]),
        dict(title="implement the 2015 deal faithfully", kind="commitment", date="2016-08-24",
             parties=["JP", "KR"], status="agreed",
             evidence=["agreed to implement the deal"]),
        dict(title="keep working closely together to restore the honor of the victims",
             kind="commitment", date="2016-08-24", parties=["JP", "KR"], status="agreed",
             evidence=["The two ministers also agreed"]),
        dict(title="1965 claims agreement accompanying the normalization treaty", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced",
             evidence=["Tokyo insists the money is not compensation"]),
        dict(title="new bilateral currency swap arrangement", kind="mou", date="2016-08-27",
             parties=["JP", "KR"], status="proposed",
             evidence=["Finance Minister Yoo Il-ho proposed"]),
        dict(title="previous Korea-Japan currency swap (lapsed)", kind="mou", date=None,
             parties=["JP", "KR"], status="referenced",
             evidence=["The previous swap lapsed in February last year"]),
    ],
    notes=[
        "Invented test article (Seoul daily: headline, 'Posted' line and byline are furniture;"
        " the stamp is annotated). Reporter, outlet, stamp, the spokesman's and officials'"
        " words, the activist, the researcher and their institutions are invented. Real"
        " background (Kyodo and Japan Times 2016-09-01, Korea Times, Korea Portal): the"
        " 1 billion yen reached the Reconciliation and Healing Foundation on Wednesday"
        " 2016-08-31 and Seoul's foreign ministry confirmed it on Thursday 2016-09-01; Cabinet"
        " approval and the Yun-Kishida meeting in Tokyo on 2016-08-24 ('faithfully' carrying"
        " out the deal, working closely together for the victims' dignity); the foundation's"
        " launch in late July 2016; payments of 100 million won to 46 survivors and 20 million"
        " won to families of 199 deceased victims; Tokyo's position that claims were settled"
        " by the 1965 agreement; LDP voices on the statue. From general knowledge and other"
        " corpora's titles: the finance ministers' meeting on Saturday 2016-08-27 (Yoo"
        " proposing a new swap, Aso agreeing to talks), the old swap's lapse in February 2015,"
        " the planned Park-Abe meeting in Vientiane the following week (held 2016-09-07), the"
        " Seoul summit of 2015-11-02 (first in three and a half years).",
        "Quotes: the spokesman (null, direct); Yun's and Kishida's 'faithfully.' (partial,"
        " speaker given as Yun: the word is from Seoul's readout; debatable, could be joint);"
        " Kang (direct); the officials' 'strive' (partial, null; the word is from the 2015"
        " announcement); Nam's quote split into two direct quotes.",
        "Statements: the ministry 'said Thursday' (lede); the spokesman 'told a regular"
        " briefing' (null); 'officials said' (null); Yun and Kishida 'agreed' x2; Tokyo"
        " 'insists'; LDP members 'have said' (null: unnamed members); 'officials said' (null);"
        " Yoo 'proposed' and Aso 'agreed' (both). Not statements: the quote sentences of Kang"
        " and Nam.",
        "Timexes: published Thursday 2016-09-01; 'Wednesday' = 2016-08-31; 'late July' ="
        " 2016-07 END; 'the same day' = 2016-08-24; 'for a decade' = P10Y; 'December' ="
        " 2015-12 by context; 'a week' = P1W (in 'a week of rapid movement'); 'Saturday' ="
        " 2016-08-27; 'February last year' = 2015-02; 'next week' = 2016-W36; 'last November'"
        " = 2015-11; 'three and a half years' = P3Y6M.",
        "Summits (2): the planned Park-Abe talks in Vientiane (sidelines of the ASEAN-related"
        " summits, ordinal 2 from 'their second one-on-one meeting', date 2016-09 for 'next"
        " week'); the Seoul summit of November 2015 (ordinal 1 by implication; debatable, the"
        " text says 'the first between the two countries' leaders in three and a half years',"
        " which is not an ordinal between Park and Abe - ordinal kept as 1 because the next"
        " one is called their second). Not summits: the Yun-Kishida and finance ministers'"
        " meetings.",
        "Agreements (6): the 2015 agreement (joint-statement, referenced); two commitments of"
        " the foreign ministers (faithful implementation; working together for the victims);"
        " the 1965 claims agreement (treaty, referenced); the proposed new swap (mou,"
        " proposed; Aso's agreement to negotiate is not a concluded swap); the lapsed swap"
        " (mou, referenced, date null: the text gives only its lapse).",
    ],
)
