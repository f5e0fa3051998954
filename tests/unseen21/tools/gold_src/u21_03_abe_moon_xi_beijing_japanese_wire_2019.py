# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe and Chinese President Xi Jinping agreed Monday"
OSAKA = "It was their first meeting since Abe chaired"
ABE_TOLD = "Abe told reporters afterward"
MOON = "Hours before Abe arrived at the hall"
CHENGDU = "Both Abe and Moon head Tuesday to Chengdu"
SIDE = "On the sidelines, Abe and Moon are scheduled"
LAST = "The last took place in New York"
GSOMIA = "Seoul decided in late November to conditionally suspend"
CLAIMS = "A senior Japanese government official said Abe would urge Moon"

GOLD = dict(
    published="2019-12-23",
    furniture=[
        "Abe, Xi confirm spring state visit; Moon sees Xi hours earlier ahead of Chengdu summit\nNihonbashi Press | 21:40 JST, Monday, December 23, 2019",
        "BEIJING, Dec. 23 (Nihonbashi Press)--",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "he"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi", "the Chinese leader"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("Without stability in the East China Sea", "direct", "Shinzo Abe", "said"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Xi Jinping"], "agreed"),
        (ABE_TOLD, ["Shinzo Abe"], "told reporters"),
        ("Moon asked Beijing to help keep North Korea", ["Moon Jae-in", "Office of the President of South Korea"], "asked"),
        (CLAIMS, [None], "said"),
        ("The official said no joint document was expected", [None], "said"),
    ],
    timexes=[
        ("21:40 JST, Monday, December 23, 2019", "2019-12-23T21:40", None),
        ("BEIJING, [[Dec. 23]] (", "2019-12-23", None),
        ("agreed [[Monday]]", "2019-12-23", None),
        ("next spring", "2020-SP", None),
        ("about 45 minutes", "PT45M", "APPROX"),
        ("in Osaka [[in June]]", "2019-06", None),
        ("a [[year-end]] deadline", "2019", "END"),
        ("head [[Tuesday]] to", "2019-12-24", None),
        ("May last year", "2018-05", None),
        ("15 months", "P15M", None),
        ("September 2018", "2018-09", None),
        ("in July", "2019-07", None),
        ("late November", "2019-11", "END"),
        ("1965", "1965", None),
        ("on Wednesday", "2019-12-25", None),
    ],
    summits=[
        dict(date="2019-12-23", place="Beijing", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE, OSAKA, ABE_TOLD]),
        dict(date="2019-06", place="Osaka", country="JP", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[OSAKA]),
        dict(date="2019-12-23", place="Beijing", country="CN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="bilateral", ordinal=6, status="held", occasion=None, evidence=[MOON]),
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[CHENGDU]),
        dict(date="2018-05", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CHENGDU]),
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="planned", occasion="the trilateral summit", evidence=[SIDE]),
        dict(date="2018-09", place="New York", country="US", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LAST]),
        dict(date="2020", place=None, country="JP", participants=["Shinzo Abe", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[LEDE]),
    ],
    agreements=[
        dict(title="work together to make Xi's state visit to Japan a success", kind="commitment", date="2019-12-23",
             parties=["CN", "JP"], status="agreed", evidence=[LEDE]),
        dict(title="Abe's invitation to Xi for a state visit, accepted in Osaka", kind="commitment", date="2019-06",
             parties=["CN", "JP"], status="referenced", evidence=[OSAKA]),
        dict(title="General Security of Military Information Agreement (GSOMIA)", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA]),
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Nihonbashi Press' invented; headline, stamp line and dateline prefix are furniture; stamp and dateline annotated). Abe's quote is invented (it echoes his known position); the 45-minute length, the stamp time, Moon's request as worded and the Japanese official's remarks are invented.",
        "Real background, checked on stored pages: world.kbs.co.kr 150194 (Moon-Xi in Beijing on Monday 23 December, sixth summit, first since Osaka in June, luncheon, year-end deadline, Chengdu trilateral with Abe and Li on Tuesday, first since Tokyo in May last year); supchina.com 2019-12-23 (Xi met Abe and Moon in Beijing on Monday); straitstimes 2019-11-10 (Abe in China 23-25 December, meeting with Xi on the 23rd, Xi to visit Tokyo as a state guest in April, first Abe-Xi since Osaka in June); agenzianova and thestar.com.my (Abe invited Xi in Osaka for cherry-blossom time next spring; Xi called a spring visit a good idea); arabnews.jp (Abe and Xi at the Great Hall on 23 December; Abe on stability in the East China Sea); donga.com 2019-12-16 (Abe to sit down with Moon in Chengdu; export restrictions and GSOMIA on the agenda). From the titles of the project's other corpora: the Chengdu Moon-Abe talks were their first formal talks in 15 months; the New York meeting of September 2018. From general knowledge: the export controls of July 2019 and the conditional suspension of the GSOMIA termination on 22 November 2019 (GSOMIA dated 2016-11 as in unseen16).",
        "Summits (8): Abe-Xi and Moon-Xi in Beijing on 23 December (Moon-Xi ordinal 6, 'their sixth summit'); Abe-Xi at the Osaka G20 in June; the planned Chengdu trilateral and the planned Abe-Moon sideline talks on 24 December; the Tokyo trilateral of May 2018; Moon-Abe in New York, September 2018 (kind bilateral: the text names no larger event); Xi's planned state visit to Japan 'next spring' (date 2020, as summit dates cannot be seasons). Not summits: the luncheon (part of the Moon-Xi visit), Abe's return home.",
        "Agreements (4): the commitment to make the state visit a success (agreed); the accepted Osaka invitation (referenced); GSOMIA (treaty, referenced); the 1965 claims agreement (treaty, referenced). Not agreements: Japan's export controls (unilateral), Seoul's conditional suspension of its termination notice (a unilateral decision about an existing treaty), the absence of a joint document.",
        "Timexes: 'next spring' = 2020-SP; 'year-end' = 2019 END; 'late November' = 2019-11 END; 'May last year' = 2018-05.",
    ],
)
