# ruff: noqa: E501
INAUG = "Japanese Prime Minister Yasuo Fukuda attended his inauguration"
APRIL = "Lee made Tokyo the second stop of his first overseas trip"
AT = "At that summit, the two leaders pledged"
TRI = "They also agreed to work toward a three-way summit"
TOYAKO = "Lee and Fukuda saw each other again"
DOUBT = "Analysts said the planned three-way summit"

GOLD = dict(
    published="2008-07-14",
    furniture=[
        "South Korea recalls ambassador to Japan over islets in teachers' manual\n"
        "14 July 2008 - 11:05 GMT\n"
        "By Laura Brennan and Yoo Ji-ho",
        "SEOUL, July 14, 2008 (Meridian) - ",
        "(Reporting by Laura Brennan and Yoo Ji-ho; Editing by Martin Sayle)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yasuo Fukuda": ["Japanese Prime Minister Yasuo Fukuda", "Fukuda"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Moon Tae-young": ["Foreign Ministry spokesman Moon Tae-young"],
        "Kwon Chul-hyun": ["Ambassador Kwon Chul-hyun"],
        "Toshinori Shigeie": ["Japan's ambassador, Toshinori Shigeie"],
        "Nobutaka Machimura": ["Chief Cabinet Secretary Nobutaka Machimura", "Machimura"],
        "Lee Dong-kwan": ["Presidential spokesman Lee Dong-kwan"],
        "Han Min-soo": ["Han Min-soo, a professor of international relations at Hanbit University"],
        "Government of South Korea": ["South Korea"],
        "Ministry of Education of Japan": ["Japan's education ministry"],
    },
    quotes=[
        ("unacceptable and intolerable", "partial", "Moon Tae-young", "told a televised briefing"),
        ("deep disappointment and regret,", "partial", "Lee Myung-bak", "expressed"),
        ("new era", "partial", None, "pledged"),
        ("We chose the wording with great care", "direct", "Nobutaka Machimura", "told reporters"),
        ("Neither side can afford a long freeze", "direct", "Han Min-soo", "said"),
    ],
    statements=[
        ("South Korea said on Monday it would bring", ["Government of South Korea"], "said"),
        ("Foreign Ministry spokesman Moon Tae-young told", ["Moon Tae-young"], "told"),
        ("President Lee Myung-bak expressed", ["Lee Myung-bak", None], "expressed"),
        (AT, ["Lee Myung-bak", "Yasuo Fukuda"], "pledged"),
        (TRI, ["Lee Myung-bak", "Yasuo Fukuda"], "agreed"),
        (TOYAKO, ["Lee Myung-bak", None], "said"),
        ("Chief Cabinet Secretary Nobutaka Machimura appealed", ["Nobutaka Machimura"], "appealed"),
        ("Presidential spokesman Lee Dong-kwan said", ["Lee Dong-kwan"], "said"),
        ("Japan's education ministry said the manual", ["Ministry of Education of Japan"], "said"),
    ],
    timexes=[
        ("14 July 2008 - 11:05 GMT", "2008-07-14T11:05", None),
        ("SEOUL, [[July 14, 2008]]", "2008-07-14", None),
        ("said [[on Monday]]", "2008-07-14", None),
        ("took office [[in February]]", "2008-02", None),
        ("Feb. 25", "2008-02-25", None),
        ("the same day", "2008-02-25", None),
        ("overseas trip [[in April]]", "2008-04", None),
        ("80-minute", "PT80M", None),
        ("April 21", "2008-04-21", None),
        ("nearly three years", "P3Y", "APPROX"),
        ("lapsed [[in 2005]]", "2005", None),
        ("working-level talks [[in June]]", "2008-06", None),
        ("later this year", "2008", None),
        ("Wednesday last week", "2008-07-09", None),
        ("teaching from [[2012]]", "2012", None),
    ],
    summits=[
        dict(date="2008-02-25", place="Seoul", country="KR", participants=["Lee Myung-bak", "Yasuo Fukuda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[INAUG]),
        dict(date="2008-04-21", place="Tokyo", country="JP", participants=["Lee Myung-bak", "Yasuo Fukuda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[APRIL, AT]),
        dict(date="2008-07-09", place="Toyako", country="JP", participants=["Lee Myung-bak", "Yasuo Fukuda"],
             kind="sidelines", ordinal=None, status="held", occasion="Group of Eight summit", evidence=[TOYAKO]),
        dict(date="2008", place=None, country="JP", participants=["Lee Myung-bak", "Yasuo Fukuda", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[TRI, DOUBT]),
    ],
    agreements=[
        dict(title="open a 'new era' in relations", kind="commitment", date="2008-04-21", parties=["JP", "KR"],
             status="referenced", evidence=[AT]),
        dict(title="revive shuttle diplomacy", kind="commitment", date="2008-04-21", parties=["JP", "KR"],
             status="referenced", evidence=[AT]),
        dict(title="start working-level talks in June toward restarting EPA negotiations", kind="commitment",
             date="2008-04-21", parties=["JP", "KR"], status="referenced", evidence=[AT]),
        dict(title="work toward a three-way summit with China in Japan", kind="commitment", date="2008-04-21",
             parties=["JP", "KR"], status="referenced", evidence=[TRI]),
    ],
    notes=[
        "Invented international wire story (agency 'Meridian', reporters, editor, professor and university invented; headline, stamp, byline, dateline prefix and credit line are furniture; stamp and dateline are annotated). Machimura's and the professor's quotes are invented; the stamp time is invented.",
        "Real background, checked on stored pages: english.china.org.cn 2008-07-15 (Japan's education ministry announced on Monday 14 July the teachers' guidebook; spokesman Moon Tae-young: 'unacceptable and intolerable'; Ambassador Kwon Chul-hyun to return temporarily; manual for use from 2012); megalodon/BBC 7504933 (Lee's 'deep disappointment and regret'; Japanese ambassador Toshinori Shigeie summoned; Machimura called for calm; April summit the first full summit in three years); voanews (spokesman Lee Dong-kwan; countermeasures); english.china.org.cn 2008-04-22, wikileaks 08TOKYO1150, english.donga.com 2008-04-22, trend.az/dpa (Tokyo summit of Monday 21 April, 80-minute talks, 'new era', resumption of shuttle diplomacy, working-level consultations in June on an EPA, a trilateral summit in Japan later this year; Fukuda and Lee first met at Lee's inauguration in Seoul). From general knowledge and the title of dev7's Toyako article: the Lee-Fukuda talk at Toyako on Wednesday 9 July 2008; Wen Jiabao as China's premier.",
        "Summits (4): Seoul 25 February (talks 'the same day' as the inauguration), Tokyo 21 April, Toyako 9 July (sidelines of the G8), the planned three-way summit in Japan 'later this year' (planned; Wen Jiabao from the text). 'the first full-fledged meeting ... in nearly three years' is not an ordinal.",
        "Agreements (4): the April commitments split by course of action ('new era', shuttle diplomacy, working-level EPA talks, a three-way summit), all referenced. Not agreements: the manual (unilateral), the recall and the summons, 'further countermeasures'. '\"new era\"' is a partial quote with speaker null (joint wording), as unseen16; '\"shuttle diplomacy\"' is a term, not a quote.",
        "Timexes: 'Wednesday last week' = 2008-07-09; 'later this year' = 2008; 'nearly three years' = P3Y APPROX.",
    ],
)
