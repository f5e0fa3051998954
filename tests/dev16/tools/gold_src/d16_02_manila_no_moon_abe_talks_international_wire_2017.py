# ruff: noqa: E501
LEDE = "wrapped up a week of back-to-back Asian summits"
CROSSED = "The two neighbours crossed paths at the Asia-Pacific"
LAST = "Moon and Abe last sat together in New York"
LI = "Abe met Chinese Premier Li Keqiang on Monday afternoon"
THIRD = "It was the third sit-down between the two since Li took office"
TRI = "what had been billed as a meeting between Trump"
MAX = "The three leaders agreed to raise pressure"
SINCE = "It was their first such sit-down since November 2014."
MOON = "Moon, meanwhile, sat down with Philippine President"
OCT = "Seoul and Beijing had agreed on October 31"
LHL = "Moon met Singapore Prime Minister Lee Hsien Loong"
TRUMP = "he held talks with Abe in Tokyo on November 6"
TASK = "A task force appointed by Seoul's foreign ministry"
INV = "Moon invited Abe in September"

GOLD = dict(
    published="2017-11-14",
    furniture=[
        "Moon, Abe leave Asian summit marathon without a one-on-one as Beijing takes centre stage",
        "By Hana Lindqvist, with Baek Jun-seo in Seoul\nPublished: 14 November 2017 - 16:22 GMT",
        "MANILA, Nov 14, 2017 (Meridian) - ",
        "hl-jsb/mpa/kr",
        "(C) Meridian Press Agency",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Donald Trump": ["US President Donald Trump", "Trump"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Xi Jinping": ["President Xi Jinping", "Xi"],
        "Malcolm Turnbull": ["Australian Prime Minister Malcolm Turnbull", "Turnbull"],
        "Barack Obama": [],
        "Tony Abbott": [],
        "Rodrigo Duterte": ["Philippine President Rodrigo Duterte"],
        "Lee Hsien Loong": ["Singapore Prime Minister Lee Hsien Loong"],
        "Kwon Da-som": ["Kwon Da-som, a researcher at the Hanbit Institute"],
        "Ministry of Foreign Affairs of Japan": ["Japan's foreign ministry"],
        "Office of the President of South Korea": ["Moon's office"],
    },
    quotes=[
        ("Nobody asked for one", "direct", None, "told reporters"),
        ("new start", "partial", None, "called"),
        ("consolidate", "partial", "Li Keqiang", "urged"),
        ("to the maximum possible extent", "partial", "Ministry of Foreign Affairs of Japan", "according to"),
        ("in all areas", "partial", "Office of the President of South Korea", "said"),
        ("Two summits and a three-way lunch", "direct", "Kwon Da-som", "said"),
    ],
    statements=[
        ("Li, at the opening of their talks", ["Li Keqiang", "Shinzo Abe"], "urged"),
        (MAX, ["Donald Trump", "Malcolm Turnbull", "Shinzo Abe", "Ministry of Foreign Affairs of Japan"], "agreed"),
        (OCT, ["Office of the President of South Korea", "Moon Jae-in", "Xi Jinping"], "said"),
        ("Analysts played down the absence", [None], "played down"),
        (INV, ["Moon Jae-in"], "invited"),
    ],
    timexes=[
        ("14 November 2017 - 16:22 GMT", "2017-11-14T16:22", None),
        ("Nov 14, 2017", "2017-11-14", None),
        ("[[a week]] of back-to-back", "P1W", None),
        ("summits on [[Tuesday]] without", "2017-11-14", None),
        ("on [[Friday]] and Saturday", "2017-11-10", None),
        ("on Friday and [[Saturday]]", "2017-11-11", None),
        ("this week", "2017-W46", None),
        ("September 21", "2017-09-21", None),
        ("a fortnight after", "2017-09-21", None),
        ("Monday afternoon", "2017-11-13TAF", None),
        ("two days after a meeting", "2017-11-13", None),
        ("in [[2013]]", "2013", None),
        ("Earlier on [[Monday]]", "2017-11-13", None),
        ("November 2014", "2014-11", None),
        ("Duterte on [[Monday]]", "2017-11-13", None),
        ("Da Nang on [[Saturday]]", "2017-11-11", None),
        ("since taking office in [[May]]", "2017-05", None),
        ("October 31", "2017-10-31", None),
        ("year-long", "P1Y", None),
        ("Tuesday morning", "2017-11-14TMO", None),
        ("12-day", "P12D", None),
        ("November 6", "2017-11-06", None),
        ("the next day", "2017-11-07", None),
        ("a little over four months", "P4M", "MORE_THAN"),
        ("December 2015", "2015-12", None),
        ("the end of the year", "2017", "END"),
        ("Abe in [[September]]", "2017-09", None),
        ("Olympics in [[February]]", "2018-02", None),
    ],
    summits=[
        dict(date="2017-09-21", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe", "Donald Trump"],
             kind="trilateral", ordinal=None, status="held", occasion="UN General Assembly", evidence=[LAST]),
        dict(date="2017-09-07", place="Vladivostok", country="RU", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[LAST]),
        dict(date="2017-11-13", place="Manila", country="PH", participants=["Shinzo Abe", "Li Keqiang"],
             kind="sidelines", ordinal=3, status="held", occasion="ASEAN summit", evidence=[LI, "Li, at the opening of their talks", THIRD]),
        dict(date="2017-11-11", place="Da Nang", country="VN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[LI]),
        dict(date="2017-11-13", place="Manila", country="PH", participants=["Donald Trump", "Malcolm Turnbull", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held", occasion="ASEAN summit", evidence=[TRI, MAX, SINCE]),
        dict(date="2014-11", place=None, country=None, participants=["Barack Obama", "Tony Abbott", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held", occasion="G20", evidence=[SINCE]),
        dict(date="2017-11-13", place="Manila", country="PH", participants=["Moon Jae-in", "Rodrigo Duterte"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN summit", evidence=[MOON]),
        dict(date="2017-11", place="Manila", country="PH", participants=["Moon Jae-in", "Li Keqiang"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN summit", evidence=[MOON]),
        dict(date="2017-11-11", place="Da Nang", country="VN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[MOON, OCT]),
        dict(date="2017-11-14", place="Manila", country="PH", participants=["Moon Jae-in", "Lee Hsien Loong"],
             kind="sidelines", ordinal=None, status="held", occasion="East Asia Summit", evidence=[LHL]),
        dict(date="2017-11-06", place="Tokyo", country="JP", participants=["Donald Trump", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TRUMP]),
        dict(date="2017-11-07", place="Seoul", country="KR", participants=["Donald Trump", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TRUMP]),
    ],
    agreements=[
        dict(title="make a 'new start' in Japan-China ties", kind="commitment", date="2017-11-11",
             parties=["CN", "JP"], status="agreed", evidence=[LI]),
        dict(title="raise pressure on North Korea to the maximum possible extent", kind="commitment", date="2017-11-13",
             parties=["AU", "JP", "US"], status="agreed", evidence=[MAX]),
        dict(title="Seoul-Beijing agreement to move past the missile defence standoff", kind="commitment", date="2017-10-31",
             parties=["CN", "KR"], status="referenced", evidence=[OCT]),
        dict(title="restore exchanges in all areas", kind="commitment", date="2017-11-11",
             parties=["CN", "KR"], status="agreed", evidence=[OCT]),
        dict(title="December 2015 agreement on the comfort women", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[TASK]),
        dict(title="invitation to attend the PyeongChang Olympics opening", kind="commitment", date="2017-09",
             parties=["JP", "KR"], status="proposed", evidence=[INV]),
    ],
    notes=[
        "Invented international wire story in AFP style (agency 'Meridian', reporters Hana Lindqvist and Baek Jun-seo, the researcher Kwon Da-som and the Hanbit Institute are invented; headline, byline/stamp, dateline prefix, slug and copyright line are furniture; the stamp and dateline are annotated). All quotes are invented except the short fragments 'new start', 'consolidate' (paraphrase of Li's remark), 'to the maximum possible extent' and 'in all areas', which echo reported wording; the stamp time is invented.",
        "Real facts checked on stored pages: nflnewsdesk.com 2017/11 (Abe and Moon did not meet for bilateral talks although both attended the meetings in Vietnam and the Philippines; Moon-Duterte on Monday; Moon-Xi after the THAAD modus vivendi); japantimes.co.jp 2017/11/13 (Kyodo: Abe-Li in Manila on Monday, after Abe-Xi in Vietnam on Saturday with a 'new start'; third sit-down since Li became premier in 2013; the same day's Abe-Trump-Turnbull meeting and MOFA's wording on maximum pressure); japannewsheadlines.com (first trilateral sit-down since November 2014); alaska-native-news.com and pm.gov.au/node/4480 (Trump-Turnbull meeting expanded to include Abe, 13 November 2017, Manila; 12-day trip); nhub.news (Abe-Li on Monday afternoon); arirang.com nseq=210638 (Moon's Manila schedule: Duterte Monday afternoon, Lee Hsien Loong the following morning, Li Keqiang); m.koreaherald.com ud=20171111000025 (Moon-Xi in Da Nang on Saturday, the second since Moon took office in May); koreaherald.com ud=20171012000641 (Moon-Trump summit in Seoul before APEC; three-way meetings in July and at the UNGA). General knowledge: the 21 September 2017 New York lunch; Trump in Tokyo 5-7 and Seoul 7-8 November 2017; the 31 October 2017 Seoul-Beijing announcement; the foreign ministry task force on the 2015 deal (report in December 2017); the November 2014 Brisbane trilateral (Obama, Abbott, Abe), participants and occasion taken from the public record.",
        "Summits (12): New York trilateral lunch; Vladivostok (sidelines of the Eastern Economic Forum, from the public record); Abe-Li (ordinal 3 from 'the third sit-down between the two since Li took office' - debatable, a window; kept because Li's tenure covers all their meetings); Abe-Xi; the Trump-Turnbull-Abe trilateral; the November 2014 trilateral (place null, participants from the public record); Moon-Duterte; Moon-Li (month only: 'later in his stay'); Moon-Xi ('his second with the Chinese leader since taking office' - window, no ordinal); Moon-Lee Hsien Loong; Trump-Abe in Tokyo and Trump-Moon in Seoul ('the next day'). Not summits: the Moon-Abe meeting that was never scheduled; 'Two summits and a three-way lunch' (aggregate).",
        "Agreements (6): JP-CN 'new start' and KR-CN 'restore exchanges' commitments; the three-way maximum-pressure commitment; the 31 October Seoul-Beijing agreement (referenced commitment); the 2015 agreement (joint-statement, referenced); Moon's Olympic invitation (proposed). Not agreements: the task force review (unilateral).",
        "Timexes: 'a fortnight after' and 'two days after' take the date they point to (21 September; 13 November); 'this week' inside the quote is ISO week 2017-W46; 'a little over four months' = P4M MORE_THAN; 'in February' (the Olympics to come) = 2018-02.",
    ],
)
