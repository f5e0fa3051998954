# ruff: noqa: E501
LEDE = "China, Japan and South Korea on Tuesday launched negotiations"
STMT = "Trade ministers Chen Deming of China"
ROUND = "The first round of talks will be held early next year"
PLEDGE = "The move delivers on a pledge"
DECL = "The leaders' joint declaration from that meeting"
RCEP = "Separately, leaders of the 10-member Association"
RCEP2 = "Negotiations are to begin in early 2013"
NOTALK = "held no separate talks with Wen or Lee"
KYOTO = "Lee traveled to Kyoto last December"
NODA = "Noda did sit down with U.S. President Barack Obama"
TPP = "The two leaders agreed to continue consultations"
WEN = "Obama, on the last leg of an Asia tour"

GOLD = dict(
    published="2012-11-20",
    furniture=[
        "UPDATE 1-China, Japan, South Korea launch FTA talks despite island rows; Asia opens 16-nation trade negotiations",
        "* Trade ministers announce three-way talks on sidelines of East Asia Summit\n* Leaders launch RCEP negotiations, aim to finish by end-2015\n* Noda meets Obama for 25 minutes; no talks with Wen or Lee",
        "(Adds Noda-Obama meeting, analyst comment)",
        "By Daniel Okafor and Sun-hee Baek",
        "PHNOM PENH, Nov 20 (Meridian) - ",
        "(Additional reporting by Mei Tanaka in Tokyo; Editing by Ross Whitlock)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Chen Deming": [],
        "Yukio Edano": [],
        "Bark Tae-ho": [],
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Japanese Prime Minister Yoshihiko Noda", "Noda"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Yuki Marston": [],
        "Office of the President of South Korea": ["his office"],
        "White House": ["a White House official"],
    },
    quotes=[
        ("Nobody expected the three of them", "direct", "Yuki Marston", "said"),
        ("cornerstone", "partial", "Barack Obama", "called"),
        ("coordinate effectively", "partial", "Barack Obama", "said"),
    ],
    statements=[
        (STMT, ["Chen Deming", "Yukio Edano", "Bark Tae-ho"], "announced"),
        (ROUND, ["Chen Deming", "Yukio Edano", "Bark Tae-ho"], "said"),
        (RCEP2, ["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"], "said"),
        ("Lee told the summit the region's overlapping", ["Lee Myung-bak", "Office of the President of South Korea"], "told"),
        ("Obama called the alliance", ["Barack Obama", "Yoshihiko Noda"], "called"),
        (TPP, ["Barack Obama", "Yoshihiko Noda", "White House"], "agreed"),
    ],
    timexes=[
        ("end-2015", "2015", "END"),
        ("for [[25 minutes]]; no talks", "PT25M", None),
        ("PHNOM PENH, [[Nov 20]]", "2012-11-20", None),
        ("South Korea [[on Tuesday]] launched", "2012-11-20", None),
        ("held [[early next year]], the statement", "2013", "START"),
        ("Beijing [[in May]]", "2012-05", None),
        ("within the year", "2012", None),
        ("[[Tuesday]]'s statement", "2012-11-20", None),
        ("this autumn", "2012-FA", None),
        ("begin [[in early 2013]]", "2013", "START"),
        ("the close of 2015", "2015", "END"),
        ("private owner [[in September]]", "2012-09", None),
        ("Lee [[in August]] became", "2012-08", None),
        ("last December", "2011-12", None),
        ("for [[about 25 minutes]] from", "PT25M", "APPROX"),
        ("10:45 a.m.", "2012-11-20T10:45", None),
        ("met Wen [[on Tuesday]]", "2012-11-20", None),
        ("Dec. 16", "2012-12-16", None),
        ("Last month", "2012-10", None),
        ("October 2011", "2011-10", None),
    ],
    summits=[
        dict(date="2012-05", place="Beijing", country="CN", participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[PLEDGE, DECL]),
        dict(date="2011-12", place="Kyoto", country="JP", participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KYOTO]),
        dict(date="2012-11-20", place="Phnom Penh", country="KH", participants=["Yoshihiko Noda", "Barack Obama"],
             kind="sidelines", ordinal=None, status="held", occasion="the East Asia Summit", evidence=[NODA, TPP]),
        dict(date="2012-11-20", place="Phnom Penh", country="KH", participants=["Barack Obama", "Wen Jiabao"],
             kind="sidelines", ordinal=None, status="held", occasion="the East Asia Summit", evidence=[WEN]),
    ],
    agreements=[
        dict(title="joint press statement launching China-Japan-South Korea FTA negotiations", kind="joint-statement",
             date="2012-11-20", parties=["CN", "JP", "KR"], status="agreed", evidence=[LEDE, STMT, ROUND]),
        dict(title="leaders' pledge in Beijing to start FTA negotiations within the year", kind="commitment",
             date="2012-05", parties=["CN", "JP", "KR"], status="referenced", evidence=[PLEDGE]),
        dict(title="joint declaration of the Beijing trilateral summit", kind="joint-declaration",
             date="2012-05", parties=["CN", "JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="joint declaration launching RCEP negotiations", kind="joint-declaration", date="2012-11-20",
             parties=["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "CN", "JP", "KR", "IN", "AU", "NZ"],
             status="agreed", evidence=[RCEP, RCEP2]),
        dict(title="expansion of the currency swap arrangements to $70 billion (lapsed)", kind="mou", date="2011-10",
             parties=["JP", "KR"], status="referenced", evidence=["Last month the two governments let lapse"]),
        dict(title="continue consultations on Japan's possible entry into the TPP talks", kind="commitment",
             date="2012-11-20", parties=["JP", "US"], status="agreed", evidence=[TPP]),
    ],
    notes=[
        "Invented international wire story (agency 'Meridian', reporters, editor, the Halden Institute and analyst Yuki Marston are fictional; headline, bullets, '(Adds ...)' line, byline, dateline prefix and the reporting/editing line are furniture; timexes in the bullets and dateline are annotated). The analyst's quote is invented; 'cornerstone' and 'coordinate effectively' are short fragments of Obama's reported words.",
        "Facts checked on stored pages: covid-19.chinadaily.com.cn 2012-11/21 (Xinhua: trade ministers Chen Deming, Edano Yukio and Bark Tae Ho announced the launch of FTA negotiations in Phnom Penh on Nov 20 in a press statement citing the leaders' Joint Declaration of the Beijing summit of 13 May 2012; first round early 2013); fta.mofcom.gov.cn 11455 (consensus in Beijing in May 2012 to launch negotiations within 2012); mofa.go.jp/announce/announce/2012/11/1120_03.html and ictsd.org (RCEP launch, 16 countries, leaders' joint declaration, start early 2013, finish by end-2015); upi.com RCEP story (more than 3 billion people); english.chosun.com 2012112101148 (Lee at the EAS on complementary blocs; Lee, Wen, Obama and Noda attended); mofa.go.jp/announce/jfpu/2012/11/1120-02.html and upi.com Obama-Noda (Noda-Obama about 25 minutes from 10:45 a.m., agreed to continue talks on TPP); khmerization.blogspot.com (Jiji/Yomiuri: first Noda-Obama talks since the re-election; no plans to meet Wen or Lee separately); sltrib.com ('cornerstone'); gretawire pool report ('coordinate effectively'); voacambodia.com (Obama met Wen on the sidelines, last meeting before the leadership change). From the other corpora's titles: Lee's Dokdo visit (August 2012), the Kyoto Lee-Noda summit (December 2011), the Vladivostok encounter without formal talks. From general knowledge: Japan's purchase of the islands in September 2012, the 16 December 2012 election.",
        "Summits (4): Beijing trilateral (May), Kyoto Lee-Noda (last December), Noda-Obama and Obama-Wen in Phnom Penh (sidelines of the East Asia Summit). Not summits: the East Asia Summit itself, the trade ministers' meeting, Noda's non-meetings with Wen and Lee ('held no separate talks').",
        "Agreements (6): the lapsed 2011 swap expansion (mou, referenced; it lapsed at the end of October 2012 - from the titles of dev3 and unseen8 and general knowledge), the ministers' joint press statement launching the FTA talks (joint-statement, agreed), the Beijing pledge (commitment, referenced) and the Beijing joint declaration (referenced), the RCEP launch declaration (16 parties), the JP-US TPP consultations (commitment). Lee's remarks on complementary blocs are not an agreement.",
        "Timexes: 'this autumn' = 2012-FA; 'early next year' and 'early 2013' = 2013 START; 'end-2015' and 'the close of 2015' = 2015 END; 'within the year' = 2012.",
    ],
)
