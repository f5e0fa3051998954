# ruff: noqa: E501
DAYBEFORE = "A day before they got down to business"
SUNDAY = "The meeting came on Sunday"
KANOPEN = "Kan opened with a minute's silence"
DECL = "The leaders then issued a summit declaration"
CONCRETE = "The most concrete line commits"
DISASTER = "They also agreed to step up cooperation on disaster management"
FORMAT = "The trilateral format, launched in Fukuoka"
SECR = "The secretariat the three governments agreed in Jeju"
NEXT = "China is to host the next summit"
LEAK = "Whether the information-sharing promise survives"
ALL3 = ["Naoto Kan", "Wen Jiabao", "Lee Myung-bak"]

GOLD = dict(
    published="2011-05-24",
    furniture=[
        "Tokyo Notebook\n\nCherries in Fukushima, Paper in Akasaka\n\nJapan's neighbours came to show that its northeast is safe. The summit they held afterwards produced a declaration and a promise to talk faster next time something goes wrong at a reactor.\n\nBy Daniel Okafor-Reyes\nMay 24, 2011",
        "Daniel Okafor-Reyes is Tokyo correspondent for The Pacific Ledger.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Naoto Kan": ["Prime Minister Naoto Kan", "Kan"],
        "Wen Jiabao": ["Premier Wen Jiabao"],
        "Lee Myung-bak": ["President Lee Myung-bak"],
        "Taro Aso": [],
        "Yukio Hatoyama": [],
        "Hana Lindqvist": ["Hana Lindqvist, a research fellow at the Nordic Centre for East Asian Studies"],
    },
    quotes=[
        ("Tokyo got the pictures it needed", "direct", "Hana Lindqvist", "said"),
        ("Whether the information-sharing promise survives", "direct", "Hana Lindqvist", None),
    ],
    statements=[
        (KANOPEN, ["Naoto Kan"], "thanked"),
        ("China and South Korea had turned down an earlier Japanese idea", [None], "according to"),
    ],
    timexes=[
        ("May 24, 2011", "2011-05-24", None),
        ("A day before", "2011-05-21", None),
        ("since [[March 11]]", "2011-03-11", None),
        ("Fukushima City on [[Saturday]]", "2011-05-21", None),
        ("came on [[Sunday]]", "2011-05-22", None),
        ("roughly two hours", "PT2H", "APPROX"),
        ("a minute", "PT1M", None),
        ("irritated in [[April]]", "2011-04", None),
        ("Fukuoka in [[2008]]", "2008", None),
        ("Beijing in [[2009]]", "2009", None),
        ("a year ago", "2010", None),
        ("due to open [[later this year]]", "2011", None),
        ("summit in [[2012]]", "2012", None),
        ("Kyoto in [[March]]", "2011-03", None),
        ("preparing it [[later this year]]", "2011", None),
    ],
    summits=[
        dict(date="2011-05-22", place="Tokyo", country="JP", participants=ALL3, kind="trilateral", ordinal=4,
             status="held", occasion=None, evidence=[SUNDAY, KANOPEN, DECL]),
        dict(date="2008", place="Fukuoka", country="JP", participants=["Taro Aso", "Wen Jiabao", "Lee Myung-bak"], kind="trilateral", ordinal=1,
             status="held", occasion=None, evidence=[DISASTER, FORMAT]),
        dict(date="2009", place="Beijing", country="CN", participants=["Yukio Hatoyama", "Wen Jiabao", "Lee Myung-bak"], kind="trilateral", ordinal=2,
             status="held", occasion=None, evidence=[FORMAT]),
        dict(date="2010", place="Jeju", country="KR", participants=["Yukio Hatoyama", "Wen Jiabao", "Lee Myung-bak"], kind="trilateral", ordinal=3,
             status="held", occasion=None, evidence=[FORMAT, SECR]),
        dict(date="2012", place=None, country="CN", participants=ALL3, kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[NEXT]),
    ],
    agreements=[
        dict(title="summit declaration (with annexes on nuclear safety, renewable energy and disaster management)", kind="joint-declaration", date="2011-05-22",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[DECL]),
        dict(title="share information promptly in the event of a nuclear accident", kind="commitment", date="2011-05-22",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[CONCRETE, LEAK]),
        dict(title="step up cooperation on disaster management", kind="commitment", date="2011-05-22",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[DISASTER]),
        dict(title="trilateral secretariat in Seoul agreed in Jeju", kind="mou", date="2010",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[SECR]),
    ],
    notes=[
        "Invented magazine piece ('The Pacific Ledger', correspondent Daniel Okafor-Reyes, research fellow Hana Lindqvist and the 'Nordic Centre for East Asian Studies' are invented; the kicker, title, standfirst, byline with date and the bio line are furniture; the byline date is annotated). All quotes are invented.",
        "Facts checked on stored pages: gov-online.go.jp Highlighting Japan June 2011 (fourth summit in Tokyo on May 21-22; Wen and Lee laid flowers in Natori on May 21, joined Kan in Fukushima City at a shelter, ate cherries; summit at the State Guest House on May 22; annual since 2008, Japan hosted the first); mofa.go.jp/announce/jfpu/2011/5/0527.html (about two hours at the Akasaka State Guest House, Kan in the chair; declaration and three attached documents on nuclear safety, renewable energy and efficiency, disaster management; one-minute silent prayer; thanks for assistance); m.koreaherald.com 2011-05-18 (statement on sharing information in nuclear accidents expected; April release of radioactive water without notice); newsinfo.inquirer.net 7809 (China and South Korea rejected opening the meeting in Fukushima, per Sankei); inquirer 8060 (first foreign leaders to visit Fukushima since March 11); 111.13.45.133 chinadaily list (disaster management agreed at Fukuoka 2008); world.kbs.co.kr Seq_Code=72935 (secretariat in Korea in 2011); defensewarnewsupdates (foreign ministers met in Kyoto the previous month); mofa.go.jp/announce/jfpu/2012/05/0528-01.html (the next summit held in Beijing in May 2012).",
        "Summits (5): Tokyo (ordinal 4), Fukuoka 2008 (ordinal 1), Beijing 2009 (ordinal 2), Jeju 'a year ago' (ordinal 3, dated 2010), the planned 2012 summit in China (participants as at publication). Not a summit: the three leaders' joint visit to the Fukushima shelter ('a gesture, not a meeting'); the Kyoto foreign ministers' meeting.",
        "Agreements (4): the summit declaration (joint-declaration; its three annexes are not given separate records); two commitments (information sharing on nuclear accidents, disaster management); the Jeju secretariat agreement (mou, referenced, dated 2010 from 'a year ago').",
        "Timexes: 'A day before' = Saturday 21 May; 'a minute' (in 'a minute's silence') = PT1M; 'a year ago' = 2010; both 'later this year' = 2011.",
    ],
)
