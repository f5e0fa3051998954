# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe and Chinese President Xi Jinping agreed Monday"
TALK = "The two leaders talked for about 30 minutes"
LAST = "They had last held formal talks in Jakarta"
QUOTE = "Abe told reporters afterward"
XI = "Xi, according to the Chinese side"
FRI = "On Friday, he met Russian President Vladimir Putin"
LIMA = "They also said they would see each other again"
PARK = "South Korean President Park Geun-hye, who also flew"
PXAG = "Seoul's presidential office said Park and Xi agreed"
VIEN = "Abe is now expected to sit down with Park"
SEOUL = "It would be their first one-on-one since the Seoul summit"
TRI = "Asked whether a three-way summit"
GOLD = dict(
    published="2016-09-05",
    furniture=[
        "Abe, Xi agree to speed up sea hotline talks in first formal meeting since April 2015\nMonday, September 5, 2016, 23:48 JST\nHibiya Press",
        "HANGZHOU, China, Sept. 5 (Hibiya Press) -- ",
        "(Reporting by Haruka Nishiyama; editing by Daniel Ferris)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "he"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park"],
        "Office of the President of South Korea": ["Seoul's presidential office"],
    },
    quotes=[
        ("We were able to talk frankly", "direct", "Shinzo Abe", "told reporters"),
        ("honest thoughts", "partial", "Shinzo Abe", "adding"),
        ("through dialogue", "partial", "Xi Jinping", "urged"),
        ("wants to make arrangements", "partial", "Shinzo Abe", "said"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Xi Jinping"], "agreed"),
        (TALK, [None], "according to"),
        (QUOTE, ["Shinzo Abe"], "told reporters"),
        (XI, ["Xi Jinping"], "urged"),
        (FRI, ["Shinzo Abe", "Vladimir Putin"], "agreed"),
        (LIMA, ["Shinzo Abe", "Vladimir Putin"], "said"),
        (PXAG, ["Office of the President of South Korea", "Park Geun-hye", "Xi Jinping"], "said"),
        (TRI, ["Shinzo Abe"], "said"),
        ("A senior Foreign Ministry official said", [None], "said"),
    ],
    timexes=[
        ("since [[April 2015]]\nMonday", "2015-04", None),
        ("Monday, September 5, 2016, 23:48 JST", "2016-09-05T23:48", None),
        ("China, [[Sept. 5]] (Hibiya", "2016-09-05", None),
        ("agreed [[Monday]] to accelerate", "2016-09-05", None),
        ("nearly a year and a half", "P1Y6M", "APPROX"),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("up [[in the evening]]", "2016-09-05TEV", None),
        ("Jakarta in [[April 2015]], and", "2015-04", None),
        ("November 2014", "2014-11", None),
        ("four-day", "P4D", None),
        ("On Friday", "2016-09-02", None),
        ("Dec. 15", "2016-12-15", None),
        ("Lima [[in November]]", "2016-11", None),
        ("earlier Monday", "2016-09-05", None),
        ("on Wednesday", "2016-09-07", None),
        ("last November", "2015-11", None),
        ("December 2015", "2015-12", None),
        ("this year", "2016", None),
    ],
    summits=[
        dict(date="2016-09-05", place="Hangzhou", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[LEDE, TALK, QUOTE]),
        dict(date="2015-04", place="Jakarta", country="ID", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="Asian-African Conference", evidence=[LAST]),
        dict(date="2014-11", place="Beijing", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[LAST]),
        dict(date="2016-09-02", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[FRI]),
        dict(date="2016-12-15", place="Nagato", country="JP", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[FRI]),
        dict(date="2016-11", place="Lima", country="PE", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[LIMA]),
        dict(date="2016-09-05", place="Hangzhou", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[PARK, PXAG]),
        dict(date="2016-09-07", place="Vientiane", country="LA", participants=["Shinzo Abe", "Park Geun-hye"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN-related summits", evidence=[VIEN, SEOUL]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Shinzo Abe", "Park Geun-hye"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SEOUL]),
    ],
    agreements=[
        dict(title="accelerate talks on a maritime and aerial communication mechanism", kind="commitment",
             date="2016-09-05", parties=["JP", "CN"], status="agreed", evidence=[LEDE]),
        dict(title="Putin to visit Japan on Dec. 15 for talks in Nagato", kind="commitment",
             date="2016-09-02", parties=["JP", "RU"], status="agreed", evidence=[FRI]),
        dict(title="keep up strategic communication on North Korea", kind="commitment",
             date="2016-09-05", parties=["KR", "CN"], status="agreed", evidence=[PXAG]),
        dict(title="speed up negotiations on the comfort women issue (Seoul summit)", kind="commitment",
             date="2015-11", parties=["JP", "KR"], status="referenced", evidence=[SEOUL]),
        dict(title="December 2015 deal on the comfort women (1 billion yen foundation)", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced", evidence=[SEOUL]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Hibiya Press', reporter and editor invented; headline, stamp, agency line, dateline prefix and credit are furniture; the headline date, stamp and dateline are annotated). All quotes are invented wordings; 'honest thoughts' echoes a phrase Abe used in real reporting.",
        "Real facts checked on stored pages: japantimes.co.jp 2016/09/06 and english.kyodonews.jp 432119 (Abe-Xi talks Monday 5 Sept in Hangzhou after the G20 ended in the evening; first since April 2015; earlier talks Nov 2014 and April 2015; agreement to speed up the maritime and aerial communication mechanism); straitstimes.com (about 30 minutes; Xi's call for dialogue; Abe's 'honest thoughts'); jimin.jp/english/news/133173 (mechanism agreement, 5 Sept Hangzhou); english.kyodonews.jp 431686 and japan.kantei.go.jp/97_abe/actions/201609/02article2 (Abe-Putin in Vladivostok 2 Sept; agreed talks in Nagato, Yamaguchi, on 15 Dec and a meeting at APEC in Peru in November); businesskorea.co.kr 15760 and dailymail (Reuters) 2016-09-05 (Park-Xi in Hangzhou 5 Sept, strategic communication, THAAD disagreement); m.koreaherald 20160902000850 (Park in Vladivostok before China and Laos). From the titles of other corpora and general knowledge: Abe-Park in Vientiane on 7 Sept 2016, the Seoul summit of 2 Nov 2015 and its agreement to speed up talks, the 28 Dec 2015 deal and the 1 billion yen, Jakarta April 2015, Japan as 2016 trilateral chair.",
        "Summits (9): Hangzhou Abe-Xi; Jakarta 2015 and Beijing 2014 (ordinal 1: 'first met as leaders'); Vladivostok Abe-Putin (Friday); planned Nagato (15 Dec) and Lima (November); Park-Xi in Hangzhou; planned Abe-Park in Vientiane (Wednesday); the Seoul summit of last November. Not recorded: the three-way summit that 'could still be held' in Japan (a question, no plan), a joint press appearance (not planned).",
        "Agreements (5): sea/air mechanism (JP-CN), Putin's visit (JP-RU, agreed on Friday), strategic communication (KR-CN), the Seoul commitment (referenced), the 2015 deal (joint statement, referenced). The promise to see each other in Lima is recorded as a planned summit, not an agreement.",
    ],
)
