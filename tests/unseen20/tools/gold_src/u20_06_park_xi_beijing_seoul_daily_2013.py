# ruff: noqa: E501
LEDE = "President Park Geun-hye and Chinese President Xi Jinping adopted a joint statement"
WIDEN = "The two leaders also agreed to widen cooperation"
LI = "On Friday, Park held talks with Premier Li Keqiang."
LUNCH = "Xi will host a luncheon for Park"
VISIT = "The four-day state visit, which runs"
ABSENT = "Park has not met Prime Minister Shinzo Abe"
TRI = "The three-way summit of Korea, China and Japan, last held in Beijing"

GOLD = dict(
    published="2013-06-28",
    furniture=[
        "Park, Xi adopt 'future vision' statement in Beijing; Tokyo missing from Park's diplomatic map\n"
        "Published : 2013-06-28 17:40 | Updated : 2013-06-28 19:02\n"
        "By Han Seo-yeon, Beijing correspondent",
        "BEIJING -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "Park", "she", "her"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Li Keqiang": ["Premier Li Keqiang"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Yoon Ha-rim": ["Yoon Ha-rim, a professor of international relations at Hanseo Graduate School"],
        "Lee Myung-bak": [],
        "Yoshihiko Noda": [],
        "Wen Jiabao": [],
    },
    quotes=[
        ("We have opened a new chapter of trust", "direct", "Park Geun-hye", "said"),
        ("Korea and China will walk the next 20 years", "direct", "Park Geun-hye", None),
        ("never allow war or chaos", "partial", "Xi Jinping", "said"),
        ("tensions in Northeast Asia that stem from history", "partial", "Park Geun-hye", "told reporters"),
        ("Seoul is building a bridge to Beijing", "direct", "Yoon Ha-rim", "said"),
        ("Sooner or later she will need both.", "direct", "Yoon Ha-rim", None),
        ("a correct understanding of history", "partial", None, "said"),
    ],
    statements=[
        (LEDE, ["Park Geun-hye", "Xi Jinping"], "vowing"),
        (WIDEN, ["Park Geun-hye", "Xi Jinping", None], "described"),
        ("Xi, for his part, said China would", ["Xi Jinping"], "said"),
        (ABSENT, [None], "say"),
        ("Park told reporters that she and Xi shared concern", ["Park Geun-hye"], "told reporters"),
        ("A senior presidential official, asked about a meeting with Abe", [None], "said"),
    ],
    timexes=[
        ("Published : [[2013-06-28 17:40]]", "2013-06-28T17:40", None),
        ("Updated : [[2013-06-28 19:02]]", "2013-06-28T19:02", None),
        ("Thursday", "2013-06-27", None),
        ("21 years", "P21Y", None),
        ("the next [[20 years]]", "P20Y", None),
        ("On [[Friday]]", "2013-06-28", None),
        ("Saturday", "2013-06-29", None),
        ("four-day", "P4D", None),
        ("June 27-30", "2013-06-27/2013-06-30", None),
        ("Washington in [[May]]", "2013-05", None),
        ("office in [[December]]", "2012-12", None),
        ("May 2012", "2012-05", None),
        ("this year", "2013", None),
    ],
    summits=[
        dict(date="2013-06-27", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEDE, LUNCH]),
        dict(date="2013-06-28", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Li Keqiang"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LI]),
        dict(date="2013-05", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[VISIT]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="joint statement on a future vision for the strategic cooperative partnership", kind="joint-statement",
             date="2013-06-27", parties=["KR", "CN"], status="agreed", evidence=[LEDE]),
        dict(title="work together toward the denuclearization of the Korean Peninsula", kind="commitment",
             date="2013-06-27", parties=["KR", "CN"], status="agreed", evidence=[LEDE]),
        dict(title="widen cooperation into politics, security and culture", kind="commitment",
             date="2013-06-27", parties=["KR", "CN"], status="agreed", evidence=[WIDEN]),
    ],
    notes=[
        "Invented Seoul English-language daily; headline, Published/Updated line (annotated), byline and dateline prefix are furniture. All quotes are invented (Park, Xi, the professor and the unnamed official); the professor and the school are fictional; stamp times are invented.",
        "Real facts checked on stored pages: koreaherald.com ud=20130626000956 (Park-Xi summit on Thursday in Beijing; joint communique on the future vision for the strategic cooperative partnership; Park's second overseas trip after a U.S. visit in May); theasian.asia (summit and joint declaration ceremony at the Great Hall of the People, Thursday 27 June 2013; 21 years of diplomatic ties; four-day visit; Park also to meet Li Keqiang); newsworld.co.kr no=960 (state visit 27-30 June; Park met Premier Li on 28 June); cravingkoreamain.blogspot.com (luncheon hosted by Xi on 29 June; cooperation extended to politics, security, economy, society and culture; blueprint for the next 20 years; denuclearization cooperation); titandawn.com (the trilateral summit last held in May 2012; Park has not sat face to face with Abe); japantimes 2014-10-05 (Abe took office in December 2012); m.koreaherald.com ud=20150208000292 (Park's May 2013 visit to Washington). Beijing as the place of the May 2012 trilateral and its participants (Lee Myung-bak, Yoshihiko Noda, Wen Jiabao) are from the public record, not named in the text.",
        "Summits (4): Park-Xi (the Saturday luncheon in the same visit is not a separate record), Park-Li Keqiang on Friday, Park-Obama in May, the May 2012 trilateral. Not summits: 'Park has not met Prime Minister Shinzo Abe', 'no summit is being prepared', 'has not been convened this year'.",
        "Agreements (3): the joint statement (adopted), the denuclearization commitment ('vowing' in the same sentence, split as a course of action) and the widened cooperation. Not an agreement: the opening of diplomatic ties (no instrument named).",
    ],
)
