# ruff: noqa: E501
GOLD = dict(
    published="2016-11-23",
    furniture=["Seoul, Tokyo sign military intelligence pact despite protests", "SEOUL — "],
    entities={
        "South Korean Defense Ministry": ["the Defense Ministry", "Ministry of National Defense", "the South Korean defense ministry"],
        "opposition lawmakers": ["Opposition lawmakers"],
        "critics": ["Critics"],
        "Park Geun-hye": ["Park Geun hye", "President Park Geun-hye", "President Park", "Park", "the 64-year-old president"],
    },
    quotes=[
        ("The agreement will help us respond", "direct", "South Korean Defense Ministry", "said in a statement"),
        ("a betrayal of the nation", "partial", "opposition lawmakers", "called"),
    ],
    statements=[
        ("Opposition lawmakers called the signing", ["opposition lawmakers"], "called"),
        ("Critics also point to the 2015 accord", ["critics"], "say"),
    ],
    timexes=[
        ("Wednesday", "2016-11-23", None),
        ("1945", "1945", None),
        ("’90s", "199", None),
        ("2012", "2012", None),
        ("2015", "2015", None),
        ("the 26th", "2016-11-26", None),
    ],
    summits=[],
    agreements=[
        dict(title="General Security of Military Information Agreement (GSOMIA)", kind="treaty", date="2016-11-23",
             parties=["KR", "JP"], status="signed",
             evidence=["signed a military intelligence-sharing pact on Wednesday", "The General Security of Military Information Agreement, or GSOMIA",
                       "The agreement will help us respond", "Opposition lawmakers called the signing"]),
        dict(title="the 2015 accord on the comfort women", kind="joint-statement", date="2015", parties=["KR", "JP"],
             status="referenced", evidence=["Critics also point to the 2015 accord"]),
    ],
    notes=[
        "Invented test article; quotes are fictional. The defense minister and the ambassador are deliberately unnamed. Headline and dateline are page furniture.",
        "Mixed marks: straight double quotes with curly apostrophes (Japan’s, ’90s) and straight apostrophes (North Korea's). No apostrophe opens or closes a quote.",
        "'the ’90s': the decade is annotated as a timex, span '’90s', value '199' (TIMEX3 decade); the leading apostrophe is an elision mark, not a quote.",
        "'the 64-year-old president' is an age (not a timex) and resolves to Park Geun-hye; 'weekly' is a set (not annotated). 'on the 26th' in a future sentence -> span 'the 26th' = 2016-11-26.",
        "GSOMIA is a signed intergovernmental agreement: kind treaty, status signed, date 2016-11-23. The failed 2012 attempt names no concluded instrument: no record. The 2015 comfort women accord (announced without a signed text) is a referenced joint-statement, as in inv01 and inv03.",
        "\"a betrayal of the nation\" is a partial quote by the group 'opposition lawmakers'; 'Critics ... which they say' is a statement by 'critics'.",
        "No summits: the pact was signed by a minister and an ambassador, not leaders.",
        "Changed: the 2015 comfort women accord kind commitment -> joint-statement (ANNOTATION.md, Agreements: 'kind is what the instrument is', and joint-statement names 'the 2015 agreement on the comfort women issue, announced jointly by the two foreign ministers'; that it was read out rather than signed does not make it a commitment). Status referenced, date 2015 unchanged.",
    ],
)
