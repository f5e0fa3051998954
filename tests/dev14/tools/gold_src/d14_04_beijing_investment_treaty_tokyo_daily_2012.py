# ruff: noqa: E501
LEDE = "Japan, China and South Korea on May 13 signed"
FTA = "The leaders also agreed to launch negotiations"
SIGNED = "The investment agreement, signed by trade officials"
COMMITS = "It commits each country to treat investors"
FIFTH = "Sunday's meeting was the fifth of its kind."
FUK = "The leaders of the three countries first met on their own"
JEJU = "At the third meeting, held on South Korea's Jeju Island"
NK = "North Korea, which fired a long-range rocket in April"
AGREE3 = "The three leaders agreed to work together to prevent"
WEN = "According to a Japanese delegation member"
BI = "Noda and Lee held a separate meeting"
BI2 = "The two agreed to keep working closely with the United States"
NODA = "Noda replied that Tokyo would consider"
KYOTO = "When Lee visited Kyoto in December last year"
AKI = "Nobody in Tokyo expects the history file to close"
BIZ = "Japanese business lobby officials welcomed the investment pact"
THREE = ["Yoshihiko Noda", "Wen Jiabao", "Lee Myung-bak"]

GOLD = dict(
    published="2012-05-14",
    furniture=[
        "Japan, China, S. Korea ink investment pact, aim to open FTA talks within year\n\n"
        "May 14, 2012\n"
        "The Tsukiji Shimpo (English edition)",
        "BEIJING -- ",
        "(Tsukiji Shimpo)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda", "Noda"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen", "the Chinese premier"],
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee"],
        "Taro Aso": [],
        "Yukio Hatoyama": [],
        "Akiyama Shin": ["Akiyama Shin, a professor of East Asian politics at Hoshigaoka University"],
    },
    quotes=[
        ("For companies that have been waiting", "direct", None, "told reporters"),
        ("pressure alone has never solved anything.", "partial", "Wen Jiabao", "argued"),
        ("in a forward-looking way.", "partial", "Lee Myung-bak", "urging"),
        ("Economics is the easy part.", "direct", "Akiyama Shin", "said"),
    ],
    statements=[
        (FTA, THREE, "agreed"),
        (AGREE3, THREE, "agreed"),
        (WEN, ["Wen Jiabao", None], "argued"),
        (BI2, ["Yoshihiko Noda", "Lee Myung-bak", None], "agreed"),
        ("Lee again raised the issue", ["Lee Myung-bak"], "urging"),
        (NODA, ["Yoshihiko Noda"], "replied"),
        (KYOTO, ["Yoshihiko Noda"], "asked"),
        (BIZ, [None], "welcomed"),
    ],
    timexes=[
        ("May 14, 2012", "2012-05-14", None),
        ("on [[May 13]] signed", "2012-05-13", None),
        ("the end of this year", "2012", "END"),
        ("the previous day", "2012-05-12", None),
        ("five years", "P5Y", None),
        ("Sunday's", "2012-05-13", None),
        ("December 2008", "2008-12", None),
        ("May 2010", "2010-05", None),
        ("Seoul [[last year]]", "2011", None),
        ("rocket in [[April]]", "2012-04", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("December last year", "2011-12", None),
        ("hour-long", "PT1H", None),
        ("the [[1965]] agreement", "1965", None),
    ],
    summits=[
        dict(date="2012-05-13", place="Beijing", country="CN", participants=THREE, kind="trilateral", ordinal=5,
             status="held", occasion=None, evidence=[LEDE, FIFTH, NK, AGREE3]),
        dict(date="2012-05-13", place="Beijing", country="CN", participants=["Yoshihiko Noda", "Lee Myung-bak"],
             kind="sidelines", ordinal=None, status="held", occasion="trilateral summit", evidence=[BI, BI2]),
        dict(date="2008-12", place="Fukuoka", country="JP", participants=["Taro Aso", "Wen Jiabao", "Lee Myung-bak"],
             kind="trilateral", ordinal=1, status="held", occasion=None, evidence=[FUK]),
        dict(date="2010-05", place="Jeju Island", country="KR", participants=["Yukio Hatoyama", "Wen Jiabao", "Lee Myung-bak"],
             kind="trilateral", ordinal=3, status="held", occasion=None, evidence=[JEJU]),
        dict(date="2011-12", place="Kyoto", country="JP", participants=["Yoshihiko Noda", "Lee Myung-bak"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KYOTO]),
    ],
    agreements=[
        dict(title="trilateral agreement for the promotion, facilitation and protection of investment", kind="treaty",
             date="2012-05-13", parties=["CN", "JP", "KR"], status="signed", evidence=[LEDE, SIGNED, COMMITS, AKI, BIZ]),
        dict(title="launch negotiations on a three-way free trade agreement before the end of the year", kind="commitment",
             date="2012-05-13", parties=["CN", "JP", "KR"], status="agreed", evidence=[FTA]),
        dict(title="work together to prevent further tension on the Korean Peninsula", kind="commitment",
             date="2012-05-13", parties=["CN", "JP", "KR"], status="agreed", evidence=[AGREE3]),
        dict(title="joint declaration of the fifth trilateral summit", kind="joint-declaration",
             date="2012-05-13", parties=["CN", "JP", "KR"], status="agreed", evidence=[AGREE3]),
        dict(title="set up a permanent trilateral secretariat", kind="commitment", date="2010-05",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[JEJU]),
        dict(title="keep working closely with the United States on North Korea", kind="commitment",
             date="2012-05-13", parties=["JP", "KR"], status="agreed", evidence=[BI2]),
        dict(title="1965 agreement accompanying normalization (claims)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[NODA]),
    ],
    notes=[
        "Invented Tokyo daily story, English edition (paper 'The Tsukiji Shimpo', professor Akiyama Shin and 'Hoshigaoka University' invented; headline, date line, paper line, dateline prefix and end credit are furniture; the date line is annotated). All quotes are invented, including Wen's and Lee's fragments and the officials' remarks; the length of the Noda-Lee meeting (about 30 minutes) and the 'Japanese official' account of their agreement to work with the U.S. are invented details.",
        "Real facts, checked on stored pages: mofa.go.jp/announce/announce/2012/5/0513_01.html (signing of the Japan-China-Korea Trilateral Investment Agreement on Sunday, May 13, 2012, by trade officials; first legal framework among the three in the economic field); yoopya.com (Xinhua: fifth meeting at the Great Hall of the People, chaired by Wen; agreed to launch FTA talks this year; witnessed the signing); m.keyanhelp.cn (talks began in 2007, 13 rounds); koreastandardtime.tumblr.com (trade ministers agreed Saturday that talks should begin this year; AP: leaders agreed to work together to minimize tensions); koreaherald ud=20120512000094 (fifth since the dialogue launched in 2008; leaders' declaration to be adopted; North Korea's failed rocket launch last month); reanda-international.com (Wen, Noda and Lee met in Beijing on Sunday, May 13); global.chinadaily.com.cn 2015-10-27 (third trilateral in Jeju, May 29-30, 2010, Wen, Lee, Hatoyama; agreed to form a permanent secretariat); tokyoweekender.com (Lee urged Noda to address comfort women in a forward-looking fashion; Noda would consider humanitarian measures; talks followed the trilateral); megalodon japantimes nn20111219a1 and japanwatch (Kyoto summit, Sunday Dec. 18, 2011, 60 minutes, about 40 on comfort women; Noda asked for removal of the statue); zeenews (Japan: settled by the 1965 treaty). From general knowledge: the first stand-alone trilateral in Fukuoka in December 2008 (Aso, Lee, Wen); the secretariat opened in Seoul in 2011; Diet approval needed.",
        "Summits (5): Beijing trilateral (ordinal 5), the Noda-Lee meeting after it (sidelines), Fukuoka 2008 (ordinal 1, 'first met on their own'), Jeju 2010 (ordinal 3), Kyoto December 2011. The trade ministers' meeting the previous day is not a summit.",
        "Agreements (7): the investment agreement (treaty, signed); the FTA commitment (the ministers' endorsement the previous day is the same course of action, one record dated by the leaders' agreement); the tension-prevention commitment and the joint declaration (one sentence, two records); the 2010 secretariat commitment (referenced); the Noda-Lee commitment; the 1965 agreement (referenced). Not agreements: Noda's humanitarian consideration (unilateral), Wen's objection.",
        "Timexes: 'the end of this year' = 2012 END; 'the previous day' = 2012-05-12; 'Sunday's' = 2012-05-13; 'last year' = 2011; 'five years' = P5Y; 'hour-long' = PT1H.",
    ],
)
