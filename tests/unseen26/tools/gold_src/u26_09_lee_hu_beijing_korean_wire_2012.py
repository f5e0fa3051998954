# ruff: noqa: E501
LEDE = "South Korean President Lee Myung-bak and Chinese President Hu Jintao agreed Monday"
MET = "The two leaders met at the Great Hall of the People"
HU = "Hu told Lee that China would do all it could"
LEESAID = "Lee said the denuclearization of the peninsula"
FISH = "The summit also produced an agreement to make joint efforts"
KIM = ("\"China is ready to start the talks right away.", "told reporters after the talks.")
HEAR = "Seoul must first hold public hearings"
Y2008 = "Lee and Hu had agreed in 2008 to study the feasibility"
WEN = "Lee will meet Premier Wen Jiabao on Tuesday"
NODA = "Lee's trip comes on the heels of a visit to Beijing"
KYOTO = "Noda and Lee themselves held a summit in Kyoto"
TRI = "China is to host the annual three-way summit"
OFF = "Officials here said the three countries could use it"

GOLD = dict(
    published="2012-01-09",
    furniture=[
        "(LEAD) Lee, Hu agree to open FTA talks once Seoul finishes domestic steps; N. Korea tops agenda\n"
        "KCN | 2012/01/09 22:10 KST\n"
        "(ATTN: ADDS Cheong Wa Dae briefing in paras 5-7, Japan angle in last 3 paras)\n"
        "By Seo Dong-hyun",
        "BEIJING, Jan. 9 (KCN) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee"],
        "Hu Jintao": ["Chinese President Hu Jintao", "Hu"],
        "Wen Jiabao": ["Premier Wen Jiabao", "Wen"],
        "Yoshihiko Noda": ["Japanese Prime Minister Yoshihiko Noda", "Noda"],
        "Kim Tae-hyo": ["Kim Tae-hyo, a presidential secretary for external strategy", "he"],
    },
    quotes=[
        ("constructive role", "partial", "Lee Myung-bak", "asked"),
        ("China is ready to start the talks right away", "direct", "Kim Tae-hyo", "told reporters"),
    ],
    statements=[
        (LEDE, ["Lee Myung-bak", "Hu Jintao", None], "agreed"),
        (HU, ["Hu Jintao", None], "told"),
        (LEESAID, ["Lee Myung-bak"], "said"),
        (KIM, ["Kim Tae-hyo"], "told reporters"),
        (HEAR, ["Kim Tae-hyo"], "said"),
        (OFF, [None], "said"),
    ],
    timexes=[
        ("2012/01/09 22:10 KST", "2012-01-09T22:10", None),
        ("BEIJING, [[Jan. 9]] (KCN)", "2012-01-09", None),
        ("agreed [[Monday]]", "2012-01-09", None),
        ("three-day", "P3D", None),
        ("[[the first day]] of Lee's", "2012-01-09", None),
        ("Kim Jong-il [[last month]]", "2011-12", None),
        ("a month after", "2012-01-09", None),
        ("about two months", "P2M", "APPROX"),
        ("agreed in [[2008]]", "2008", None),
        ("Hu [[in May]]", "2008-05", None),
        ("Wen Jiabao [[on Tuesday]]", "2012-01-10", None),
        ("home [[on Wednesday]]", "2012-01-11", None),
        ("Dec. 25", "2011-12-25", None),
        ("the following day", "2011-12-26", None),
        ("Dec. 19", "2011-12-19", None),
        ("Dec. 18", "2011-12-18", None),
        ("a day before the announcement", "2011-12-18", None),
        ("this spring", "2012-SP", None),
    ],
    summits=[
        dict(date="2012-01-09", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Hu Jintao"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEDE, MET, HU, FISH, KIM]),
        dict(date="2008-05", place=None, country="CN",
             participants=["Lee Myung-bak", "Hu Jintao"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[Y2008]),
        dict(date="2012-01-10", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Wen Jiabao"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[WEN]),
        dict(date="2011-12-25", place="Beijing", country="CN",
             participants=["Yoshihiko Noda", "Wen Jiabao"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[NODA]),
        dict(date="2011-12-26", place="Beijing", country="CN",
             participants=["Yoshihiko Noda", "Hu Jintao"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[NODA]),
        dict(date="2011-12-18", place="Kyoto", country="JP",
             participants=["Yoshihiko Noda", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KYOTO]),
        dict(date="2012", place=None, country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[TRI, OFF]),
    ],
    agreements=[
        dict(title="begin Korea-China FTA negotiations once Seoul completes domestic procedures", kind="commitment", date="2012-01-09",
             parties=["CN", "KR"], status="agreed", evidence=[LEDE, KIM]),
        dict(title="joint efforts to prevent violence involving illegal Chinese fishing near the sea border", kind="commitment", date="2012-01-09",
             parties=["CN", "KR"], status="agreed", evidence=[FISH]),
        dict(title="study the feasibility of a Korea-China free trade pact (2008)", kind="commitment", date="2008",
             parties=["CN", "KR"], status="referenced", evidence=[Y2008]),
        dict(title="upgrade to a strategic cooperative partnership (May 2008)", kind="commitment", date="2008-05",
             parties=["CN", "KR"], status="referenced", evidence=[Y2008]),
    ],
    notes=[
        "Invented Korean wire story (agency 'KCN', reporter invented); headline, stamp, ATTN line, byline, dateline prefix and '(END)' are furniture (stamp and dateline annotated). Kim Tae-hyo's words are an invented paraphrase of his reported briefing; the stamp time is invented.",
        "Real background, checked on stored pages: koreatimes.co.kr 2012/01 113_102553 (Lee-Hu summit at the Great Hall of the People on Monday 9 Jan 2012; agreed to launch FTA talks once Seoul finishes domestic preparations, 'in one or two months'; Kim Tae-hyo's briefing; joint efforts against incidents caused by illegal Chinese fishing; Hu's pledge on inter-Korean dialogue); upi.com 2012/01/10 (Hu on peace and stability; Lee on denuclearization and China's positive role; domestic procedures); world.kbs.co.kr Seq_Code 36576; koreaherald ud=20120104000622 and koreajoongangdaily 2012/01/05 (three-day state visit Monday to Wednesday; meetings with Wen and Wu Bangguo; strategic partnership agreed in May 2008; two summits in 2008 agreed to study FTA feasibility; public hearings before negotiations); businessweek/afr (Kim Jong-il's death three weeks earlier); foxnews.com and salon.com (Noda met Wen on Sunday 25 Dec 2011 and Hu on Monday 26 Dec; first foreign leader after Kim's death announced 19 Dec). From general knowledge and the project's other corpora titles: the Kyoto summit of 18 Dec 2011 and its comfort women dispute; the stabbing of a coast guard officer by a Chinese skipper on 12 Dec 2011; the trilateral summit in Beijing in May 2012.",
        "Summits (7): Lee-Hu (9 Jan); Lee-Hu in May 2008 (ordinal 1, 'Lee's first summit with Hu'; place not named); planned Lee-Wen (Tuesday); Noda-Wen (25 Dec) and Noda-Hu ('the following day'); Lee-Noda in Kyoto (18 Dec); the planned trilateral 'this spring' (dated 2012, as summit dates may not be seasons; participants from the public record). Not summits: the meeting with Wu Bangguo (not a head of state or government).",
        "Agreements (4): two Lee-Hu commitments (FTA talks after domestic procedures; joint efforts on illegal fishing); the 2008 commitment to study FTA feasibility; the 2008 upgrade to a strategic cooperative partnership (commitment, debatable: the public record has a joint statement). Not agreements: Hu's pledge on inter-Korean dialogue (unilateral), the officials' idea of setting a date for trilateral FTA talks.",
        "Timexes: 'a month after a South Korean coast guard officer was stabbed' takes the date it points to (the summit, 9 Jan); 'a day before the announcement' = 18 Dec; 'this spring' = 2012-SP; 'about two months' (in a quote) = P2M APPROX; 'in May' in a past clause about 2008 = 2008-05. 'strategic cooperative partnership' is a term, not a quote.",
    ],
)
