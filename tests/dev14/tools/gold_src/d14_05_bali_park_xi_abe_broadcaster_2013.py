# ruff: noqa: E501
A1 = "President Park Geun-hye held a summit with Chinese President Xi Jinping"
A2 = "The two leaders reaffirmed that they will not accept"
A3 = "But there was no meeting with Japanese Prime Minister Shinzo Abe"
TOOK = "The Korea-China summit took place Monday afternoon"
XI = "Chinese President Xi made clear that Beijing firmly opposes"
FIRST = "Presidential officials called his wording stronger"
PROP = "Xi proposed that Seoul and Beijing work together"
JS = "The leaders also reviewed the bilateral free trade negotiations"
B2B = "Later on Monday, Park held back-to-back talks"
NOBI = "Park and Prime Minister Abe attended the same dialogue"
OBAMA = "Park, who held her first summit with Obama"

GOLD = dict(
    published="2013-10-08",
    furniture=[
        "PARK MEETS XI IN BALI, KEEPS ABE AT ARM'S LENGTH\n"
        "News Today | Input 2013.10.08 (08:10) | Edit 2013.10.08 (09:45)",
        "[Anchor Lead]",
        "[Pkg]",
        "[Soundbite] Park Geun-hye(President) : ",
        "[Soundbite] Cho Min-gyu(Former Ambassador) : ",
        "This is Kang Ji-won from Bali.",
        "Related News\n- Park arrives in Bali for first APEC summit\n- Xi, Abe avoid formal talks at APEC",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "Park", "President Park"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi", "Chinese President Xi"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Prime Minister Abe", "Abe"],
        "Stephen Harper": ["Canadian Prime Minister Stephen Harper"],
        "Enrique Pena Nieto": ["Mexican President Enrique Pena Nieto"],
        "Ollanta Humala": ["Peruvian President Ollanta Humala"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Cho Min-gyu": ["Former Ambassador"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("The people of the North go hungry", "direct", "Park Geun-hye", None),
        ("A summit for the sake of a summit helps nobody.", "direct", "Cho Min-gyu", None),
    ],
    statements=[
        (A2, ["Park Geun-hye", "Xi Jinping"], "reaffirmed"),
        (XI, ["Xi Jinping", "Office of the President of South Korea"], "made clear"),
        (FIRST, [None], "called"),
        (PROP, ["Xi Jinping", "Park Geun-hye"], "proposed"),
        ("Japanese officials told reporters in Bali", [None, "Office of the President of South Korea"], "told reporters"),
    ],
    timexes=[
        ("2013.10.08 (08:10)", "2013-10-08T08:10", None),
        ("2013.10.08 (09:45)", "2013-10-08T09:45", None),
        ("Bali on [[Monday]], their", "2013-10-07", None),
        ("just over three months", "P3M", "MORE_THAN"),
        ("Monday afternoon", "2013-10-07TAF", None),
        ("late June", "2013-06", "END"),
        ("Beijing in [[June]], which", "2013-06", None),
        ("Later on Monday", "2013-10-07", None),
        ("business leaders on [[Monday]]", "2013-10-07", None),
        ("Tuesday's", "2013-10-08", None),
        ("this year's", "2013", None),
        ("White House in [[May]]", "2013-05", None),
        ("two-day", "P2D", None),
        ("wraps up on [[Tuesday]]", "2013-10-08", None),
        ("Wednesday", "2013-10-09", None),
        ("Wednesday and [[Thursday]]", "2013-10-10", None),
    ],
    summits=[
        dict(date="2013-10-07", place="Bali", country="ID", participants=["Park Geun-hye", "Xi Jinping"],
             kind="sidelines", ordinal=2, status="held", occasion="APEC", evidence=[A1, A2, TOOK, XI, JS]),
        dict(date="2013-06", place="Beijing", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[FIRST, JS]),
        dict(date="2013-10-07", place="Bali", country="ID", participants=["Park Geun-hye", "Stephen Harper"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[B2B]),
        dict(date="2013-10-07", place="Bali", country="ID", participants=["Park Geun-hye", "Enrique Pena Nieto"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[B2B]),
        dict(date="2013-10-07", place="Bali", country="ID", participants=["Park Geun-hye", "Ollanta Humala"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[B2B]),
        dict(date="2013-05", place="Washington", country="US", participants=["Park Geun-hye", "Barack Obama"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[OBAMA]),
    ],
    agreements=[
        dict(title="Korea-China joint statement issued in Beijing", kind="joint-statement", date="2013-06",
             parties=["CN", "KR"], status="referenced", evidence=[JS]),
        dict(title="work together to create conditions for an early resumption of the six-party talks", kind="commitment",
             date="2013-10-07", parties=["CN", "KR"], status="proposed", evidence=[PROP]),
    ],
    notes=[
        "Invented Korean broadcaster web story in a TV-transcript layout (programme 'News Today', reporter Kang Ji-won and former ambassador Cho Min-gyu invented; headline, Input/Edit stamp, [Anchor Lead], [Pkg], soundbite labels, sign-off and Related News are furniture; the stamps are annotated). Soundbite quotes have no reporting verb (cue null). All quotes are invented, including Park's; the stamp times and the Japanese officials' remark are invented.",
        "Real facts, checked on stored pages: newsworld.co.kr detail 1109 (Park-Xi summit in Bali on Oct. 7 on the sidelines of APEC, Oct. 6-8; three months after their first meeting during Park's state visit to China in late June; Xi's opposition to North Korean nuclear arms and further tests; June communique on the threat; differences on six-party talks, Xi calling for an early resumption, Park asking for sincerity from the North; East Asia Summit in Brunei on Oct. 10); english.hani.co.kr 606203 (second summit in just over three months, Ayodya Resort where Park stayed; FTA progress discussed; Park and Abe at about three formal meetings on Oct. 7-8 without a bilateral); donga.com 20131008 (Park and Abe at the APEC business advisory council dialogue on Monday, posing awkwardly); world.kbs.co.kr Seq_Code 36264 (Park met the leaders of Canada, Mexico and Peru later that day); koreatimes 2013/10 143870 and dw.com (Obama's cancelled trip because of the shutdown, Kerry standing in); japantimes 2013/05/08 (Park's first meeting with Obama at the White House, May 2013). From general knowledge: the names of the Canadian, Mexican and Peruvian leaders in 2013.",
        "Summits (6): Park-Xi in Bali (ordinal 2, 'their second'), Park-Xi in Beijing in June (ordinal 1, 'first summit'), Park's talks with Harper, Pena Nieto and Humala (one sentence, three records), Park-Obama at the White House in May (ordinal 1). Not summits: Park-Abe (no meeting, 'brief greetings', 'no bilateral meeting has been arranged'), Obama's cancelled trip, the APEC retreat and the East Asia Summit (gatherings).",
        "Agreements (2): the June joint statement (referenced) and Xi's proposal to work together toward an early resumption of the six-party talks (proposed). Not agreements: the FTA negotiations under way, the shared opposition to a nuclear North (a shared view), Park's precondition.",
        "Timexes: 'just over three months' = P3M MORE_THAN; 'late June' = 2013-06 END; 'Monday afternoon' = 2013-10-07TAF; 'Wednesday and Thursday' are two expressions.",
    ],
)
