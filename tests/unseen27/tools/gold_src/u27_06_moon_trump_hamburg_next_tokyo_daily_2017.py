# ruff: noqa: E501
LEDE = "South Korean President Moon Jae-in and U.S. President Donald Trump wrapped up"
DINNER = "Trump hosted Moon at the White House for a welcome dinner"
STMT = "In the statement, the leaders said they would use"
DOC = "The document also records their decision to meet Abe in Germany"
OFF = "Japanese officials said Abe and Moon were also arranging"
SUGAQ = "Japan welcomes the fact that Washington and Seoul"
DECL = "He declined to say whether Abe would raise"
ABE = "Abe, who has met Trump twice since"
STAND = "The Moon administration, a senior Foreign Ministry official in Tokyo said"
EXPECT = "We expect the agreement to be implemented steadily"
ROSE = "In Washington, Trump told reporters in the Rose Garden"
NOSUCH = "South Korean officials later said no such renegotiation"
LEAD = "Moon, for his part, said he would"
BERLIN = "He is scheduled to fly from Seoul to Berlin on Wednesday"

GOLD = dict(
    published="2017-07-01",
    furniture=[
        'Moon, Trump vow "maximum pressure" and dialogue; three-way talks with Abe set for Hamburg\nThe Akasaka Times | July 1, 2017 | 19:05 JST\nBy Kenji Murakoshi, Staff Writer',
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "the U.S. leader"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "He"],
        "Angela Merkel": ["German Chancellor Angela Merkel"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
    },
    quotes=[
        ("use \"[[maximum pressure]]\" and", "partial", None, "said"),
        ("under the right circumstances", "partial", None, None),
        ("Japan welcomes the fact", "direct", "Yoshihide Suga", "told reporters"),
        ("knows where we stand", "partial", None, "said"),
        ("We expect the agreement to be implemented", "direct", None, "said"),
        ("strategic patience", "partial", "Donald Trump", "told reporters"),
        ("take the lead", "partial", "Moon Jae-in", "said"),
    ],
    statements=[
        (LEDE, ["Moon Jae-in", "Donald Trump"], "pledging"),
        (STMT, ["Moon Jae-in", "Donald Trump"], "said"),
        (OFF, [None], "said"),
        (DECL, ["Yoshihide Suga", "Moon Jae-in"], "declined to say"),
        (STAND, [None], "said"),
        (ROSE, ["Donald Trump"], "told reporters"),
        (NOSUCH, [None], "said"),
        (LEAD, ["Moon Jae-in"], "said"),
    ],
    timexes=[
        ("July 1, 2017 | 19:05 JST", "2017-07-01T19:05", None),
        ("Washington on [[Friday]]", "2017-06-30", None),
        ("next week", "2017-W27", None),
        ("Thursday evening", "2017-06-29TEV", None),
        ("the following morning", "2017-06-30TMO", None),
        ("July 7-8", "2017-07-07/2017-07-08", None),
        ("nearly two months", "P2M", "APPROX"),
        ("May 10", "2017-05-10", None),
        ("on [[Saturday]].", "2017-07-01", None),
        ("the [[2015]] bilateral", "2015", None),
        ("office in [[January]]", "2017-01", None),
        ("in [[February]]", "2017-02", None),
        ("late May", "2017-05", "END"),
        ("the [[2015]] deal", "2015", None),
        ("Berlin on [[Wednesday]]", "2017-07-05", None),
    ],
    summits=[
        dict(date="2017-06-30", place="Washington", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEDE, DINNER]),
        dict(date="2017-07-06", place="Hamburg", country="DE", participants=["Moon Jae-in", "Donald Trump", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="planned", occasion="G20", evidence=[LEDE, DOC]),
        dict(date="2017-07", place="Hamburg", country="DE", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=1, status="planned", occasion="G20", evidence=[OFF]),
        dict(date="2017-02", place="White House", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ABE]),
        dict(date="2017-05", place="Taormina", country="IT", participants=["Shinzo Abe", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[ABE]),
        dict(date="2017-07-05", place="Berlin", country="DE", participants=["Moon Jae-in", "Angela Merkel"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[BERLIN]),
        dict(date="2017-07", place="Berlin", country="DE", participants=["Moon Jae-in", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[BERLIN]),
    ],
    agreements=[
        dict(title="U.S.-ROK joint statement", kind="joint-statement", date="2017-06-30", parties=["KR", "US"],
             status="signed", evidence=[LEDE, STMT, DOC]),
        dict(title="discuss conditions for denuclearization talks through a high-level strategic consultation mechanism",
             kind="commitment", date="2017-06-30", parties=["KR", "US"], status="agreed", evidence=[STMT]),
        dict(title="meet Abe for three-way talks at the Hamburg G20", kind="commitment", date="2017-06-30",
             parties=["KR", "US"], status="agreed", evidence=[LEDE, DOC]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015", parties=["JP", "KR"],
             status="referenced", evidence=[DECL, STAND, EXPECT]),
        dict(title="Korea-U.S. free trade agreement", kind="treaty", date=None, parties=["KR", "US"],
             status="referenced", evidence=[ROSE]),
    ],
    notes=[
        "Invented Tokyo English-language daily story (paper 'The Akasaka Times' and reporter invented; headline, paper/date line and byline are furniture; the date line is annotated). All quotes are invented, including the words given to Suga, Moon and the unnamed Japanese official; 'maximum pressure', 'under the right circumstances' and 'strategic patience' are real wording of the joint statement and of Trump, here quoted with speaker null for the jointly issued document.",
        "Real facts, checked on stored pages: en.yna.co.kr AEN20170701002400315 (Trump hosted Moon at the White House June 29-30; joint statement); english.hani.co.kr 801039 (summit on the morning of 30 June; 'maximum pressure', dialogue 'under the right circumstances', high-level strategic consultation mechanism; KORUS FTA renegotiation talk); gangnam.com (Rose Garden press remarks on 30 June); sputniknews.jp 20170701 (joint statement: trilateral meeting with Abe at the July G20); koreaherald 20170708000002 (trilateral in Hamburg on 6 July). From general knowledge or the unseen16 README: Moon took office on 10 May 2017; Moon told Abe by phone in May that most Koreans could not emotionally accept the 2015 deal; Japan's 1 billion yen to the foundation; Abe-Trump at the White House on 10 February and at Taormina on 26 May 2017; G20 on 7-8 July; Moon in Berlin from 5 July, meeting Merkel and Xi; Suga as Chief Cabinet Secretary.",
        "Summits (7): Moon-Trump (held, ordinal 1 from 'their first summit'; dinner and talks counted once, dated 30 June); the planned Hamburg trilateral (dated 6 July from 'on the eve of the G20 gathering, which runs July 7-8'); the planned first Abe-Moon meeting (ordinal 1, 2017-07); Abe-Trump in February and at Taormina in late May; planned Moon-Merkel (Wednesday 5 July) and Moon-Xi (Berlin, 2017-07). Not summits: Abe-Moon phone calls, 'has yet to meet him in person' (negated), the G20 itself.",
        "Agreements (5): the joint statement (signed = issued) with two commitments split out of it (consultation mechanism; meeting Abe in Hamburg); the 2015 comfort women agreement (joint-statement, referenced, three evidence sentences); the KORUS FTA (treaty, referenced, date null). Not agreements: the renegotiation Trump claimed ('no such renegotiation had been agreed'), Japan's payment to the foundation.",
        "Timexes: 'next week' (from Saturday 1 July 2017) = 2017-W27; 'July 7-8' is one interval; 'late May' = 2017-05 END; 'nearly two months' = P2M APPROX.",
    ],
)
