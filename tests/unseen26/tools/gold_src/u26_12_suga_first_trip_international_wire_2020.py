# ruff: noqa: E501
BOGOR = "Suga and Indonesian President Joko Widodo met on Tuesday"
AGREED = "They agreed to hold a second meeting of their foreign and defence ministers"
MOC = "The two governments also signed a memorandum of cooperation"
LOAN = "Separately, Suga announced a new 50 billion yen"
HANOI = "In Hanoi on Monday, Suga and Vietnamese Prime Minister"
STEP = "Suga called it"
ALSO = "He and Phuc also agreed to restart"
CALL = "Suga and South Korean President Moon Jae-in agreed in their first telephone call"
KYODO = "Kyodo News reported last week"
CHENGDU = "Moon and Suga's predecessor Abe last held formal talks"
FAST = "a fast-track scheme for business travellers"

GOLD = dict(
    published="2020-10-21",
    furniture=[
        "UPDATE 1-Japan's Suga ends first foreign trip with defence deals in Hanoi, Jakarta; Seoul summit still in doubt\n"
        "21 October 2020 - 10:35 GMT\n"
        "By Hana Whitcombe and Arief Santoso",
        "JAKARTA, Oct 21 (Northgate) - ",
        "($1 = 105.20 yen)",
        "(Reporting by Hana Whitcombe in Tokyo and Arief Santoso in Jakarta; Editing by Clara Lindqvist)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihide Suga": ["Japanese Prime Minister Yoshihide Suga", "Suga", "He"],
        "Joko Widodo": ["Indonesian President Joko Widodo"],
        "Nguyen Xuan Phuc": ["Vietnamese Prime Minister Nguyen Xuan Phuc", "Phuc"],
        "Shinzo Abe": ["His predecessor Shinzo Abe", "Suga's predecessor Abe"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Li Keqiang": ["Li Keqiang"],
        "Kyodo News": ["Kyodo News"],
        "Government of Japan": ["Tokyo"],
        "Daniel Reyes-Mori": ["Daniel Reyes-Mori, a fellow at the Manila-based Pacific Rim Forum"],
    },
    quotes=[
        ("a big step", "partial", "Yoshihide Suga", "called"),
        ("ASEAN is an extremely important key", "direct", "Yoshihide Suga", "had told reporters"),
        ("Suga went to Southeast Asia to show continuity", "direct", "Daniel Reyes-Mori", "said"),
        ("Seoul is the test where continuity is not enough.", "direct", "Daniel Reyes-Mori", None),
    ],
    statements=[
        (AGREED, ["Yoshihide Suga", "Joko Widodo"], "agreed"),
        (LOAN, ["Yoshihide Suga"], "announced"),
        (HANOI, ["Yoshihide Suga", "Nguyen Xuan Phuc"], "reached agreement"),
        (STEP, ["Yoshihide Suga"], "called"),
        (ALSO, ["Yoshihide Suga", "Nguyen Xuan Phuc"], "agreed"),
        ("Suga had told reporters at Tokyo's Haneda airport", ["Yoshihide Suga"], "had told reporters"),
        (CALL, ["Yoshihide Suga", "Moon Jae-in"], "agreed"),
        (KYODO, ["Kyodo News", "Government of Japan"], "reported"),
        ("said Daniel Reyes-Mori, a fellow", ["Daniel Reyes-Mori"], "said"),
    ],
    timexes=[
        ("21 October 2020 - 10:35 GMT", "2020-10-21T10:35", None),
        ("JAKARTA, [[Oct 21]] (Northgate)", "2020-10-21", None),
        ("Jakarta [[on Wednesday]]", "2020-10-21", None),
        ("met [[on Tuesday]]", "2020-10-20", None),
        ("In Hanoi [[on Monday]]", "2020-10-19", None),
        ("setting off [[on Sunday]]", "2020-10-18", None),
        ("January 2013", "2013-01", None),
        ("Sept. 24", "2020-09-24", None),
        ("last week", "2020-W42", None),
        ("host [[this year]]", "2020", None),
        ("last December", "2019-12", None),
        ("Oct. 8", "2020-10-08", None),
    ],
    summits=[
        dict(date="2020-10-20", place="Bogor", country="ID",
             participants=["Yoshihide Suga", "Joko Widodo"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[BOGOR, AGREED]),
        dict(date="2020-10-19", place="Hanoi", country="VN",
             participants=["Yoshihide Suga", "Nguyen Xuan Phuc"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[HANOI, ALSO]),
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="Japan-China-ROK trilateral summit", evidence=[CHENGDU]),
        dict(date="2020", place=None, country="KR",
             participants=["Moon Jae-in", "Yoshihide Suga", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[KYODO]),
    ],
    agreements=[
        dict(title="hold a second Japan-Indonesia 2+2 at an early date", kind="commitment", date="2020-10-20",
             parties=["ID", "JP"], status="agreed", evidence=[AGREED]),
        dict(title="speed up negotiations on transferring Japanese defence equipment and technology to Indonesia", kind="commitment", date="2020-10-20",
             parties=["ID", "JP"], status="agreed", evidence=[AGREED]),
        dict(title="Japan-Indonesia memorandum of cooperation on healthcare", kind="mou", date="2020-10-20",
             parties=["ID", "JP"], status="signed", evidence=[MOC]),
        dict(title="Japan-Vietnam pact on the transfer of defence equipment and technology (agreement in principle)", kind="treaty", date="2020-10-19",
             parties=["JP", "VN"], status="agreed", evidence=[HANOI, STEP]),
        dict(title="restart short-term business travel and passenger flights (Japan-Vietnam)", kind="commitment", date="2020-10-19",
             parties=["JP", "VN"], status="agreed", evidence=[ALSO]),
        dict(title="work together on diversifying medical supply chains (Japan-Vietnam)", kind="commitment", date="2020-10-19",
             parties=["JP", "VN"], status="agreed", evidence=[ALSO]),
        dict(title="speed up talks between Japanese and South Korean diplomats (Suga-Moon call)", kind="commitment", date="2020-09-24",
             parties=["JP", "KR"], status="referenced", evidence=[CALL]),
        dict(title="Japan-South Korea fast-track scheme for business travellers", kind="commitment", date="2020-10",
             parties=["JP", "KR"], status="referenced", evidence=[FAST]),
    ],
    notes=[
        "Invented international wire story (agency 'Northgate', reporters, editor, analyst and forum invented); headline, stamp, byline, dateline prefix, currency line and credit line are furniture (stamp and dateline annotated). Suga's 'a big step' and his Haneda remark follow his reported words; the analyst's quote is invented; the stamp and the dollar conversion are invented.",
        "Real background, checked on stored pages: nippon.com yjj2020101600569, vovworld.vn and m.hanoitimes.vn (four-day trip to Vietnam and Indonesia from Sunday 18 Oct 2020; talks with Phuc and Widodo; Abe's first trip in January 2013 to the same countries); sp.m.jiji.com and arabnews.jp (departure on Sunday; 'ASEAN ... extremely important key to realizing the free and open Indo-Pacific vision'; Phuc on Monday, Widodo on Tuesday, press conference on Wednesday); smh.com.au, oananews.org (Jiji), voacambodia.com, wionews.com, daytondailynews.com (agreement in principle on defence equipment and technology transfer; 'big step'; business travel and flights restarted; supply chain diversification); gov-online.go.jp November 2020 and bizbridge.id (Suga-Widodo on 20 Oct at the Bogor palace; 50 billion yen loan; memorandum of cooperation on healthcare; early second 2+2; defence equipment talks); japanbullet.com. From general knowledge and the project's other corpora titles: the Suga-Moon phone call of 24 Sept 2020; the Kyodo report of mid-October 2020 on Suga's conditions for a Seoul trilateral; the Japan-South Korea business fast track from Thursday 8 Oct 2020; Moon-Abe in Chengdu on 24 Dec 2019; Thailand in Abe's January 2013 trip.",
        "Summits (4): Suga-Widodo (Bogor, Tuesday); Suga-Phuc (Hanoi, Monday); Moon-Abe in Chengdu (2019-12, 'last December'; on the occasion of the trilateral); the planned trilateral Seoul hopes to host 'this year' (Moon, Suga and Li Keqiang from the public record; conditional). Not summits: the Suga-Moon telephone call, Abe's 2013 trip (not told as meetings), the 2+2 (ministers).",
        "Agreements (8): two JP-ID commitments split from one sentence; the JP-ID healthcare memorandum (mou, signed); the JP-VN defence equipment pact agreed in principle (treaty, agreed); two JP-VN commitments split from one sentence (travel and flights; supply chains); the Suga-Moon phone commitment (referenced); the JP-KR business fast track (commitment, referenced, dated by the month it took effect, debatable). Not agreements: the 50 billion yen loan (unilateral), Tokyo's reported condition for attending.",
        "Timexes: 'last week' = 2020-W42; 'this year' = 2020; 'last December' = 2019-12; weekdays resolved against Wednesday 21 Oct 2020. '2+2' is a name, not a quote.",
    ],
)
