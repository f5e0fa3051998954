# ruff: noqa: E501
KISHMEET = "In that time he delivered a speech, held talks with British Prime Minister"
BIDEN = "Japanese media said Kishida and Biden agreed"
POPE = "He met Pope Francis at the Vatican on Friday"
CHENGDU = "The last Korea-Japan summit took place nearly two years ago"
BUDA = "He is set to hold talks with President Janos Ader"
GL = "Glasgow"

GOLD = dict(
    published="2021-11-03",
    furniture=[
        "(LEAD) Moon, Kishida fail to meet in Glasgow as Japanese PM's whirlwind visit ends\n"
        "KNS | 2021/11/03 06:15 KST\n"
        "(ATTN: ADDS Kishida's meetings in 6-7th paras, Budapest schedule in last para)\n"
        "GLASGOW, Nov. 2 (KNS) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "he", "He"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Boris Johnson": ["British Prime Minister Boris Johnson", "Johnson"],
        "Scott Morrison": ["Australian Prime Minister Scott Morrison"],
        "Pham Minh Chinh": ["Vietnamese Prime Minister Pham Minh Chinh"],
        "Pope Francis": ["the pontiff"],
        "Shinzo Abe": ["then Prime Minister Shinzo Abe"],
        "Janos Ader": ["President Janos Ader"],
        "Viktor Orban": [],
        "Mateusz Morawiecki": [],
        "Andrej Babis": [],
        "Eduard Heger": [],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("There was no request from the Japanese side", "direct", None, "told reporters traveling with Moon"),
        ("A meeting for the sake of a photo", "direct", None, None),
        ("the schedule.", "partial", None, "pointed to"),
    ],
    statements=[
        ("Cheong Wa Dae had prepared for the possibility", [None], "said"),
        ("They spoke by phone for the first time", ["Moon Jae-in", "Fumio Kishida"], "said"),
        (BIDEN, [None, "Fumio Kishida", "Joe Biden"], "said"),
        ("Asked why no time had been found for Moon", [None], "pointed to"),
        ("In his speech to the summit, Moon formally announced", ["Moon Jae-in"], "announced"),
        (POPE, ["Moon Jae-in"], "repeating his request"),
    ],
    timexes=[
        ("2021/11/03 06:15 KST", "2021-11-03T06:15", None),
        ("GLASGOW, [[Nov. 2]] (KNS)", "2021-11-02", None),
        ("here [[on Tuesday]]", "2021-11-02", None),
        ("Oct. 4", "2021-10-04", None),
        ("Oct. 15", "2021-10-15", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("early Tuesday", "2021-11-02", "START"),
        ("[[Sunday's]] general election", "2021-10-31", None),
        ("less than a day", "P1D", "LESS_THAN"),
        ("Monday evening", "2021-11-01TEV", None),
        ("from [[2018]] levels", "2018", None),
        ("by [[2030]]", "2030", None),
        ("the end of the decade", "202", "END"),
        ("two-day", "P2D", None),
        ("closed [[Sunday]]", "2021-10-31", None),
        ("Vatican [[on Friday]]", "2021-10-29", None),
        ("nearly two years ago", "2019", "APPROX"),
        ("December 2019", "2019-12", None),
        ("ends [[in May]]", "2022-05", None),
        ("later [[Tuesday]]", "2021-11-02", None),
        ("Ader [[on Wednesday]]", "2021-11-03", None),
        ("Slovakia -- [[on Thursday]]", "2021-11-04", None),
        ("home [[on Friday]]", "2021-11-05", None),
    ],
    summits=[
        dict(date="2021-11-02", place=GL, country="GB", participants=["Fumio Kishida", "Boris Johnson"],
             kind="sidelines", ordinal=None, status="held", occasion="COP26", evidence=[KISHMEET]),
        dict(date="2021-11-02", place=GL, country="GB", participants=["Fumio Kishida", "Scott Morrison"],
             kind="sidelines", ordinal=None, status="held", occasion="COP26", evidence=[KISHMEET]),
        dict(date="2021-11-02", place=GL, country="GB", participants=["Fumio Kishida", "Pham Minh Chinh"],
             kind="sidelines", ordinal=None, status="held", occasion="COP26", evidence=[KISHMEET]),
        dict(date="2021-11-02", place=GL, country="GB", participants=["Fumio Kishida", "Joe Biden"],
             kind="sidelines", ordinal=1, status="held", occasion="COP26", evidence=[KISHMEET, BIDEN]),
        dict(date="2021-10-29", place="Vatican", country="VA", participants=["Moon Jae-in", "Pope Francis"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[POPE]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the Korea-Japan-China trilateral summit", evidence=[CHENGDU]),
        dict(date="2021-11-03", place="Budapest", country="HU", participants=["Moon Jae-in", "Janos Ader"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[BUDA]),
        dict(date="2021-11-04", place="Budapest", country="HU",
             participants=["Moon Jae-in", "Viktor Orban", "Mateusz Morawiecki", "Andrej Babis", "Eduard Heger"],
             kind="multilateral", ordinal=None, status="planned", occasion=None, evidence=[BUDA]),
    ],
    agreements=[
        dict(title="arrange a full-fledged Japan-U.S. summit in Washington at an early date", kind="commitment",
             date="2021-11-02", parties=["JP", "US"], status="agreed", evidence=[BIDEN]),
    ],
    notes=[
        "Invented Korean wire story in Yonhap style (agency 'KNS' is fictional). Headline with '(LEAD)', agency stamp, ATTN line, dateline prefix and '(END)' are furniture; the stamp and the dateline date are annotated. The senior presidential official's and the Japanese official's words are invented. The length of the Oct. 15 phone call ('about 30 minutes') is from memory and not checked on a page.",
        "Real background, checked on stored pages: donga.com 20211104/3024835 (the first Moon-Kishida meeting at COP26 fell through; Cheong Wa Dae prepared for a short meeting or brief talk at the Global Methane Pledge launch on Tuesday, which Moon attended and Kishida did not; Kishida's speech and meetings with Johnson, Morrison and Pham Minh Chinh, short conversation with Biden; agreement on a Japan-U.S. summit soon, per Nikkei); donga.com 20211025/3005407 (Kishida took office on Oct. 4; first phone call on Oct. 15; Moon hoped to meet; Moon's Europe trip Oct. 28-Nov. 5); scmp.com 3154665 (Kishida-Biden first in-person meeting in Glasgow); jmh.usembassy.gov 20211102178739 (Kishida only a few hours in Glasgow); japan.hani.co.kr 41570 (reception hosted by Johnson on the night of Nov. 1, talk with Prince William; Qatar's emir seated next to Moon at the opening ceremony); world.kbs.co.kr Seq_Code=165248 and koreaherald.com 20211101000138 (Moon arrived in Glasgow on Sunday night; 40 percent from 2018 levels by 2030; methane pledge, 30 percent by 2030); koreatimes.co.kr 120_318272 (Pope Francis at the Vatican, Moon's request for a visit to North Korea; Ader and the V4 prime ministers in Budapest; return on Friday, Nov. 5); devdiscourse.com (Vatican talks on Oct. 29; G20 in Rome from Oct. 30). From general knowledge: the LDP's victory in the election of 31 October, the V4 prime ministers' names (Orban, Morawiecki, Babis, Heger), the days of the Ader talks (3 Nov.) and the V4 meeting (4 Nov.), the end of Moon's term in May 2022.",
        "Summits (8): Kishida's three Glasgow meetings, Kishida-Biden ('briefly spoke ... for the first time in person', counted as a short held meeting with ordinal 1; debatable, a brief conversation), Moon-Pope Francis (the Pope as head of state of the Holy See; place 'Vatican', VA), Chengdu December 2019 (Moon-Abe), the planned Moon-Ader talks and the planned Korea-V4 meeting (multilateral; participants from the public record). Not summits: the Moon-Kishida meeting that did not happen, their Oct. 15 phone call, Moon's talk with Prince William (not a head of state) and his chat with Qatar's emir while seated at the opening ceremony, the leaders' reception, the G20 itself, the 'full-fledged summit ... at an early date' (no date).",
        "Agreements (1): Kishida-Biden on arranging a summit (agreed, reported by 'Japanese media'). Not agreements: South Korea's joining of the Global Methane Pledge and its 40 percent target (one country's measures under a multilateral initiative), Moon's request to the Pope.",
        "Timexes: 'nearly two years ago' = 2019 APPROX (the contract's 'nearly three years ago' pattern); 'less than a day' = P1D LESS_THAN; 'early Tuesday' = 2021-11-02 START; 'the end of the decade' = decade 202 END; 'in May' in a future clause = 2022-05; 'at an early date' is not annotated.",
    ],
)
