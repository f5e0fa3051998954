GOLD = dict(
    published="2014-07-03",
    furniture=[
        "(2nd LD) Xi, Park pledge to wrap up FTA talks this year as Japan's defense shift"
        " hangs over summit",
        "2014/07/03 19:52 KST", "By Seo Yeon-woo", "SEOUL, July 3 (Hanbit Wire) -- ", "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["Park Geun hye", "President Park Geun-hye", "Park"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "Suga"],
        "South Korean foreign ministry": ["Seoul's foreign ministry"],
    },
    quotes=[
        ("We share the view that there must be no nuclear weapons", "direct",
         "Park Geun-hye", "told a joint news conference"),
        ("through dialogue and negotiation", "partial", "Xi Jinping", "said"),
        ("at an appropriate time.", "partial", "Yoshihide Suga", "said"),
    ],
    statements=[
        ("Chinese President Xi Jinping agreed Thursday", ["Park Geun-hye", "Xi Jinping"],
         "agreed"),
        ("Xi, for his part, said China would keep working", ["Xi Jinping"], "said"),
        ("A senior presidential aide told reporters", [None], "told reporters"),
        ("Seoul's foreign ministry said the same day", ["South Korean foreign ministry"],
         "said"),
        ("In Tokyo, Chief Cabinet Secretary Yoshihide Suga said", ["Yoshihide Suga"], "said"),
    ],
    timexes=[
        ("2014/07/03 19:52", "2014-07-03T19:52", None),
        ("SEOUL, [[July 3]] (Hanbit", "2014-07-03", None),
        ("agreed [[Thursday]]", "2014-07-03", None),
        ("the end of the year", "2014", "END"),
        ("the afternoon", "2014-07-03TAF", None),
        ("two-day", "P2D", None),
        ("March last year", "2013-03", None),
        ("2015", "2015", None),
        ("June 20", "2014-06-20", None),
        ("1993", "1993", None),
        ("On [[Tuesday]], Prime Minister", "2014-07-01", None),
        ("the same day", "2014-07-01", None),
        ("March 25", "2014-03-25", None),
        ("University on [[Friday]]", "2014-07-04", None),
    ],
    summits=[
        dict(date="2014-07-03", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Chinese President Xi Jinping agreed Thursday",
                       "Xi arrived in the afternoon for a two-day state visit"]),
        dict(date="2014-03-25", place="The Hague", country="NL",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held",
             occasion="the Nuclear Security Summit",
             evidence=["Their only sit-down came in The Hague"]),
    ],
    agreements=[
        dict(title="conclude the Korea-China FTA negotiations by the end of the year",
             kind="commitment", date="2014-07-03", parties=["CN", "KR"], status="agreed",
             evidence=["Chinese President Xi Jinping agreed Thursday"]),
        dict(title="Korea-China joint statement of July 3, 2014", kind="joint-statement",
             date="2014-07-03", parties=["CN", "KR"], status="agreed",
             evidence=["After the talks, the two leaders issued a joint statement",
                       "The joint statement set a goal",
                       "Japan was not named in the document"]),
        dict(title="lift two-way trade to $300 billion by 2015", kind="commitment",
             date="2014-07-03", parties=["CN", "KR"], status="agreed",
             evidence=["The joint statement set a goal"]),
        dict(title="set up a won-yuan direct trading market", kind="commitment",
             date="2014-07-03", parties=["CN", "KR"], status="agreed",
             evidence=["The joint statement set a goal"]),
    ],
    notes=[
        "Invented test article (Seoul wire: '(2nd LD)' headline, KST stamp, byline,"
        " dateline and '(END)' are furniture; stamp and dateline annotated). Every quote is"
        " invented (Park, Xi's partial, Suga's partial); the reporter and 19:52 stamp are"
        " invented. Real background: Xi Jinping's two-day state visit to Seoul from Thursday"
        " 2014-07-03 (his first as president, in office since March 2013), the summit at"
        " Cheong Wa Dae, the joint statement (FTA to be concluded within 2014, trade target of"
        " $300 billion by 2015, won-yuan direct trading), a dozen documents signed; Xi's"
        " speech at Seoul National University on 2014-07-04; Japan's Cabinet decision on"
        " collective self-defense on Tuesday 2014-07-01 and Seoul's same-day reaction; the"
        " Kono statement review of 2014-06-20; the Obama-Park-Abe meeting in The Hague on"
        " 2014-03-25. The aide's remark on Japan's history moves is phrased vaguely on"
        " purpose; Suga's words are invented.",
        "Quotes: Park's direct quote; Xi's partial; Suga's partial.",
        "Statements: the lede 'agreed' (Park and Xi, joint act); Xi 'said'; the aide 'told"
        " reporters' (null); the ministry 'said the same day'; Suga 'said'. Not statements:"
        " Park's full direct-quote sentence; 'The joint statement set a goal' (a document,"
        " debatable).",
        "Timexes: published Thursday 2014-07-03; 'the end of the year' = 2014 END; 'the"
        " afternoon' = TAF; 'March last year' = 2013-03; '2015' (target year); 'Tuesday' ="
        " 2014-07-01 and 'the same day' = 2014-07-01; 'March 25' = 2014-03-25; 'Friday' ="
        " 2014-07-04. Not timexes: 'days after' (vague), the headline's 'this year'"
        " (furniture).",
        "Summits (2): Park-Xi in Seoul (held); the Hague trilateral (Obama, Park, Abe;"
        " sidelines of the Nuclear Security Summit, kind trilateral). Not summits: 'has not"
        " held a one-on-one summit with Abe', Suga's hoped-for summit (no date), Xi's"
        " university speech.",
        "Agreements (4): the FTA-by-year-end commitment; the joint statement"
        " (joint-statement, status agreed: issued, not signed); the trade target and the"
        " won-yuan market (two courses in one sentence, two commitments). Not records: the"
        " '12 cooperation documents' (unnamed aggregate, debatable), the 1993 apology (a"
        " unilateral statement), Japan's Cabinet decision.",
    ],
)
