GOLD = dict(
    published="2013-09-09",
    furniture=[
        "OPINION\n", "A greeting in St. Petersburg is not a policy", "By Han Ji-soo",
        "Published Sept. 9, 2013, 07:00",
        "Han Ji-soo is a former diplomat and a visiting fellow at a Seoul policy institute.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["Park Geun hye", "President Park Geun-hye", "Park"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Barack Obama": ["Obama"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "Suga"],
        "Lee Myung-bak": ["Lee Myung bak", "Lee"],
        "Yoshihiko Noda": ["Noda"],
        "Wen Jiabao": ["Wen"],
        "Kim Dae-jung": ["Kim Dae jung"],
        "Keizo Obuchi": ["Obuchi"],
    },
    quotes=[
        ("A summit for the sake of a photograph", "direct", None, "told me"),
        ("frankly", "partial", "Shinzo Abe", "told reporters"),
    ],
    statements=[
        ("Her aides say the fault lies in Tokyo.", [None], "say"),
        ("Chief Cabinet Secretary Yoshihide Suga has said repeatedly",
         ["Yoshihide Suga", "Shinzo Abe"], "has said"),
    ],
    timexes=[
        ("Sept. 9, 2013, 07:00", "2013-09-09T07:00", None),
        ("last week", "2013-W36", None),
        ("That exchange on [[Thursday]]", "2013-09-05", None),
        ("the opening day", "2013-09-05", None),
        ("office in [[February]]", "2013-02", None),
        ("on [[Friday]], and", "2013-09-06", None),
        ("20 minutes", "PT20M", None),
        ("with her on [[Thursday]] before", "2013-09-05", None),
        ("May 7", "2013-05-07", None),
        ("June 27", "2013-06-27", None),
        ("Six months", "P6M", None),
        ("last month", "2013-08", None),
        ("Aug. 15", "2013-08-15", None),
        ("May last year", "2012-05", None),
        ("16 months ago", "2012-05", None),
        ("less than an hour", "PT1H", "LESS_THAN"),
        ("June 2012", "2012-06", None),
        ("nuclear device in [[February]]", "2013-02", None),
        ("the spring", "2013-SP", None),
        ("this year", "2013", None),
        ("early next month", "2013-10", "START"),
        ("1998", "1998", None),
    ],
    summits=[
        dict(date="2013-09-06", place="St. Petersburg", country="RU",
             participants=["Park Geun-hye", "Vladimir Putin"], kind="sidelines",
             ordinal=None, status="held", occasion="G20",
             evidence=["She held one-on-one talks with Russian President Vladimir Putin"]),
        dict(date="2013-09-05", place="St. Petersburg", country="RU",
             participants=["Park Geun-hye", "Xi Jinping"], kind="sidelines",
             ordinal=None, status="held", occasion="G20",
             evidence=["She held one-on-one talks with Russian President Vladimir Putin"]),
        dict(date="2013-05-07", place="the White House", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Barack Obama received her at the White House"]),
        dict(date="2013-06-27", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Barack Obama received her at the White House"]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="sidelines",
             ordinal=None, status="held", occasion="the trilateral summit",
             evidence=["The last formal meeting between leaders of the two countries"]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["The last formal meeting between leaders of the two countries"]),
    ],
    agreements=[
        dict(title="China-Korea joint statement on a future vision", kind="joint-statement",
             date="2013-06-27", parties=["CN", "KR"], status="referenced",
             evidence=["Barack Obama received her at the White House"]),
        dict(title="1998 Kim Dae-jung-Obuchi joint declaration", kind="joint-declaration",
             date="1998", parties=["JP", "KR"], status="referenced",
             evidence=["The 1998 declaration that Kim Dae-jung signed"]),
        dict(title="expansion of the Korea-Japan currency swap", kind="mou", date=None,
             parties=["JP", "KR"], status="referenced",
             evidence=["Since then, ties have absorbed Lee's visit to Dokdo"]),
        dict(title="military intelligence pact (GSOMIA), shelved in June 2012", kind="treaty",
             date=None, parties=["JP", "KR"], status="referenced",
             evidence=["Since then, ties have absorbed Lee's visit to Dokdo"]),
    ],
    notes=[
        "Invented test article: op-ed with kicker, headline, byline, 'Published' line and"
        " closing bio as furniture (the stamp is annotated). Every quote is invented (the"
        " unnamed Cheong Wa Dae official, Abe's 'frankly'); the columnist and institute are"
        " fictional. Real background: the G20 summit in St. Petersburg on 2013-09-05/06, where"
        " Park and Abe exchanged no more than a greeting (the first encounter since Park's"
        " inauguration in February 2013; the day is taken as the opening day, 2013-09-05,"
        " from reports that do not fix it exactly); Park's talks with Putin on Friday"
        " 2013-09-06 and a roughly 20-minute talk with Xi before the summit opened; the"
        " Park-Obama White House summit of 2013-05-07; the Park-Xi Beijing summit of"
        " 2013-06-27 and its future-vision joint statement; Abe's 2013-08-15 address without"
        " remorse; the Lee-Noda meeting at the Beijing trilateral of May 2012; Lee's Dokdo"
        " visit (August 2012), the lapse of the enlarged swap (October 2012) and the GSOMIA"
        " signing called off in June 2012; North Korea's February 2013 test; APEC Bali and"
        " the East Asia Summit in Brunei in October 2013; the 1998 Kim-Obuchi declaration.",
        "Quotes: the official's direct quote (null, cue 'told me'); Abe's one-word partial."
        " Not a quote: \"Future Vision\" (a document title).",
        "Statements: 'Her aides say' (null); Suga 'has said ... and Abe himself told"
        " reporters' (both). Not statements: the full direct-quote sentence; 'Abe's camp tells"
        " a mirror-image story' (no content reported, debatable).",
        "Timexes: published Monday 2013-09-09; 'last week' = 2013-W36; both 'Thursday' and"
        " 'the opening day' = 2013-09-05 (the latter anaphoric, debatable); 'Friday' ="
        " 2013-09-06; 'February' (Park's inauguration, and the nuclear test) = 2013-02; 'May"
        " last year' and '16 months ago' = 2012-05; 'the spring' = 2013-SP; 'early next month'"
        " = 2013-10 START; 'less than an hour' = PT1H LESS_THAN. Not timexes: 'as long as it"
        " takes to say hello', 'her term', 'when the chance came'.",
        "Summits (6): Park-Putin (2013-09-06) and Park-Xi (2013-09-05, a 20-minute talk"
        " before the opening; debatable whether a 'talk' is a meeting) on the G20 sidelines;"
        " Park-Obama at the White House; Park-Xi in Beijing; Lee-Noda on the sidelines of the"
        " May 2012 Beijing trilateral, and that trilateral itself (Wen not named in the text,"
        " debatable). Not summits: the Park-Abe greeting ('It was not a meeting'), 'has not"
        " held a single summit', the undated trilateral Seoul is meant to host, APEC Bali and"
        " the East Asia Summit (possible chances), the 1998 declaration (a signing is"
        " mentioned but no meeting as such; debatable).",
        "Agreements (4): the Park-Xi joint statement (referenced; a title in quotation"
        " marks); the 1998 joint declaration (referenced); the lapsed swap expansion (mou,"
        " referenced, undated in the text); the shelved intelligence pact (treaty, referenced,"
        " never signed, so date null). Not agreements: the columnist's advice that Seoul offer"
        " foreign ministers' talks (no side proposes anything).",
    ],
)
