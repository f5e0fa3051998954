GOLD = dict(
    published="2013-07-02",
    furniture=[
        "Posted : 2013-07-02 07:50 | Updated : 2013-07-02 10:15",
        "Yun, Kishida hold first talks, agree to aim for better ties by 2015",
        "By Baek Ji-won, Correspondent",
        "BANDAR SERI BEGAWAN - ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yun Byung-se": ["South Korean Foreign Minister Yun Byung-se", "Yun"],
        "Fumio Kishida": ["his Japanese counterpart Fumio Kishida", "Kishida"],
        "John Kerry": ["U.S. Secretary of State John Kerry"],
        "Wang Yi": ["Chinese Foreign Minister Wang Yi"],
        "Park Geun-hye": ["President Park Geun-hye", "Park", "she"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe"],
        "Shin Hye-ri": [],
    },
    quotes=[
        ("We will be firm on history", "direct", None, "told reporters"),
        ("The two do not cancel each other out.", "direct", None, "told reporters"),
        ("A meeting of ministers is a beginning", "direct", "Shin Hye-ri", "said"),
        ("Park has made clear that she wants", "direct", "Shin Hye-ri", "said"),
    ],
    statements=[
        ("South Korean Foreign Minister Yun Byung-se and his Japanese counterpart",
         ["Yun Byung-se", "Fumio Kishida"], "agreeing"),
        ("Yun raised the importance of a correct understanding",
         ["Yun Byung-se", "Fumio Kishida", None], "raised"),
        ("The three agreed to step up efforts",
         ["Yun Byung-se", "Fumio Kishida", "John Kerry"], "agreed"),
        ("The two reaffirmed that neither country", ["Yun Byung-se", "Wang Yi"], "reaffirmed"),
        ("Japanese officials have said they hope", [None], "have said"),
    ],
    timexes=[
        ("Posted : [[2013-07-02 07:50]]", "2013-07-02T07:50", None),
        ("Updated : [[2013-07-02 10:15]]", "2013-07-02T10:15", None),
        ("talks [[on Monday]]", "2013-07-01", None),
        ("normalization in [[2015]]", "2015", None),
        ("30-minute", "PT30M", None),
        ("office [[in February]]", "2013-02", None),
        ("Tokyo [[in April]]", "2013-04", None),
        ("September 2005", "2005-09", None),
        ("Wang Yi [[on Sunday]]", "2013-06-30", None),
        ("last Thursday", "2013-06-27", None),
        ("in early September", "2013-09", "START"),
    ],
    summits=[
        dict(date="2013-06-27", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral", ordinal=1,
             status="held", occasion=None,
             evidence=["The two reaffirmed that neither country"]),
    ],
    agreements=[
        dict(title="work toward improving relations before the 2015 50th anniversary",
             kind="commitment", date="2013-07-01", parties=["JP", "KR"], status="agreed",
             evidence=["South Korean Foreign Minister Yun Byung-se and his Japanese counterpart"]),
        dict(title="step up efforts to persuade North Korea to honor its six-party commitments",
             kind="commitment", date="2013-07-01", parties=["JP", "KR", "US"],
             status="agreed",
             evidence=["The three agreed to step up efforts"]),
        dict(title="September 2005 joint statement of the six-party talks",
             kind="joint-statement", date="2005-09", parties=["CN", "JP", "KP", "KR", "RU", "US"],
             status="referenced",
             evidence=["The three agreed to step up efforts"]),
    ],
    notes=[
        "Invented news story from a Seoul daily (Posted/Updated line, headline, byline and"
        " dateline are furniture; both stamps are annotated). Outlet, correspondent, specialist"
        " and every quote (including the unnamed official's) are invented. Real background:"
        " MOFA Japan 2013-07-01 (first Kishida-Yun meeting, about 30 minutes, on 1 July in"
        " Brunei; cooperation toward 2015; history; broad perspective); GlobalPost/Yonhap"
        " 2013-06-30 (first high-level talks since Park took office in February; Yun's"
        " cancelled April trip; official's line 'stern on history, cooperation on other"
        " matters', here reworded; trilateral with Kerry the same day); U.S. State Department"
        " 2013-07-01 (the three ministers agreed to intensify efforts to persuade the North to"
        " honor the September 19, 2005 joint statement); Korea Herald 2013-06-30 (Yun-Wang talks"
        " on Sunday; no nuclear North, as agreed by Park and Xi at their first summit 'last"
        " Thursday' in Beijing); Japan Times 2013-06-30 (hopes for summits at the G20 in St."
        " Petersburg in early September; Yasukuni visits behind Yun's cancellation).",
        "Summits (1): Park-Xi in Beijing on 27 June 2013 (ordinal 1: 'their first summit'). Not"
        " summits: the foreign ministers' meetings (bilateral, trilateral with Kerry, Yun-Wang),"
        " a Park-Abe meeting ('No meeting ... has taken place'; the G20 talk Japanese officials"
        " 'hope' for, to which Seoul 'has made no commitment', is not planned).",
        "Agreements (3): the ministers' commitment toward 2015; the trilateral commitment on"
        " North Korea; the 2005 six-party joint statement (referenced; parties the six"
        " participants). Not agreements: the Yun-Wang and Park-Xi shared position on a nuclear"
        " North.",
        "Timexes: headline furniture ('by 2015') is not annotated; 'Hours earlier' (vague) is"
        " not annotated; 'in early September' = 2013-09 START.",
    ],
)
