# ruff: noqa: E501
LEDE = "South Korean President Moon Jae-in and Chinese President Xi Jinping agreed on Saturday"
SECOND = "The talks on the sidelines of the Asia-Pacific Economic Cooperation summit were the second"
OFFICE = "Moon's office said they shared the view"
OCT31 = "Seoul and Beijing announced on Oct. 31"
TRAN = "Moon began the day with his first summit with Vietnamese President Tran Dai Quang"
MISSING = "Missing from Moon's schedule was Japanese Prime Minister Shinzo Abe."
NOPLAN = "The two men attended the same APEC sessions but have no bilateral meeting planned"
SIX = "Abe, for his part, had packed six one-on-one meetings into Friday alone"
TWENTIETH = "Abe said afterwards that it was the 20th time he had met Putin."
CONF = "The two confirmed that they would rigorously enforce"
VLAD = "Moon and Abe last held one-on-one talks in Vladivostok"
HAMBURG = "The three had already shared a table at the Group of 20 summit in Hamburg"
TRUMP = "Trump met Moon in Seoul on Tuesday"
ANON = "A South Korean official, speaking on condition of anonymity"
MANILA = "He is to meet Philippine President Rodrigo Duterte on Monday afternoon"
LI = "A meeting with Chinese Premier Li Keqiang is also planned."
JAKARTA = "Earlier this week Moon was in Jakarta"

GOLD = dict(
    published="2017-11-11",
    furniture=[
        "Moon, Xi agree to seek peaceful end to North Korea standoff in Da Nang; no meeting with Abe on the calendar\n"
        "By Tomasz Rybak\n"
        "DA NANG, Vietnam (Meridian Press) - Saturday, 11 November 2017, 21:05 ICT",
        "Meridian Press writer Lea Andersen in Tokyo contributed to this report.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon", "He"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Office of the President of South Korea": ["Moon's office"],
        "Tran Dai Quang": ["Vietnamese President Tran Dai Quang"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Rodrigo Duterte": ["Philippine President Rodrigo Duterte"],
        "Lee Hsien Loong": ["Singapore Prime Minister Lee Hsien Loong"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Joko Widodo": ["Indonesian President Joko Widodo"],
    },
    quotes=[
        ("stably managed", "partial", "Office of the President of South Korea", "said"),
        ("through dialogue", "partial", "Office of the President of South Korea", "said"),
        ("no particular reason", "partial", None, "said"),
        ("The schedule is tight, and both leaders", "direct", None, "said"),
    ],
    statements=[
        (LEDE, ["Moon Jae-in", "Xi Jinping"], "agreed"),
        (OFFICE, ["Office of the President of South Korea"], "said"),
        (TRAN, ["Tran Dai Quang", "Moon Jae-in"], "agreed"),
        (NOPLAN, [None], "said"),
        (TWENTIETH, ["Shinzo Abe"], "said"),
        (CONF, ["Shinzo Abe", "Vladimir Putin"], "confirmed"),
        (ANON, [None], "said"),
    ],
    timexes=[
        ("Saturday, 11 November 2017, 21:05 ICT", "2017-11-11T21:05", None),
        ("agreed on [[Saturday]]", "2017-11-11", None),
        ("year-long", "P1Y", None),
        ("office in [[May]]", "2017-05", None),
        ("Oct. 31", "2017-10-31", None),
        ("2020", "2020", None),
        ("next week", "2017-W46", None),
        ("into [[Friday]] alone", "2017-11-10", None),
        ("the end of this year", "2017", "END"),
        ("Sept. 7", "2017-09-07", None),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("two weeks later", "2017-09-21", None),
        ("Hamburg in [[July]]", "2017-07", None),
        ("Seoul on [[Tuesday]]", "2017-11-07", None),
        ("Manila on [[Sunday]]", "2017-11-12", None),
        ("Monday afternoon", "2017-11-13TAF", None),
        ("Tuesday morning", "2017-11-14TMO", None),
        ("Earlier this week", "2017-W45", None),
    ],
    summits=[
        dict(date="2017-11-11", place="Da Nang", country="VN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="sidelines", ordinal=2, status="held", occasion="APEC", evidence=[LEDE, SECOND, OFFICE]),
        dict(date="2017-11-11", place="Da Nang", country="VN", participants=["Moon Jae-in", "Tran Dai Quang"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[TRAN]),
        dict(date="2017-11-10", place="Da Nang", country="VN", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=20, status="held", occasion="APEC", evidence=[SIX, TWENTIETH, CONF]),
        dict(date="2017-09-07", place="Vladivostok", country="RU", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[VLAD]),
        dict(date="2017-09-21", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe", "Donald Trump"],
             kind="trilateral", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[VLAD]),
        dict(date="2017-07", place="Hamburg", country="DE", participants=["Moon Jae-in", "Shinzo Abe", "Donald Trump"],
             kind="trilateral", ordinal=None, status="held", occasion="G20", evidence=[HAMBURG]),
        dict(date="2017-11-07", place="Seoul", country="KR", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=3, status="held", occasion=None, evidence=[TRUMP]),
        dict(date="2017-11-13", place="Manila", country="PH", participants=["Moon Jae-in", "Rodrigo Duterte"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN summits", evidence=[MANILA]),
        dict(date="2017-11-14", place="Manila", country="PH", participants=["Moon Jae-in", "Lee Hsien Loong"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN summits", evidence=[MANILA]),
        dict(date="2017-11", place="Manila", country="PH", participants=["Moon Jae-in", "Li Keqiang"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN summits", evidence=[LI]),
        dict(date="2017-11", place="Jakarta", country="ID", participants=["Moon Jae-in", "Joko Widodo"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[JAKARTA]),
    ],
    agreements=[
        dict(title="work toward a peaceful, negotiated end to the North Korean nuclear crisis", kind="commitment", date="2017-11-11",
             parties=["CN", "KR"], status="agreed", evidence=[LEDE, OFFICE]),
        dict(title="Seoul-Beijing announcement putting the THAAD dispute behind them", kind="joint-statement", date="2017-10-31",
             parties=["CN", "KR"], status="referenced", evidence=[LEDE, OCT31]),
        dict(title="lift Korea-Vietnam trade to $100 billion by 2020", kind="commitment", date="2017-11-11",
             parties=["KR", "VN"], status="agreed", evidence=[TRAN]),
        dict(title="cooperate on the North Korean nuclear issue", kind="commitment", date="2017-11-11",
             parties=["KR", "VN"], status="agreed", evidence=[TRAN]),
        dict(title="rigorously enforce the latest U.N. Security Council sanctions on North Korea", kind="commitment", date="2017-11-10",
             parties=["JP", "RU"], status="agreed", evidence=[CONF]),
        dict(title="hold a working group on joint economic projects by the end of the year", kind="commitment", date="2017-11-10",
             parties=["JP", "RU"], status="agreed", evidence=[CONF]),
    ],
    notes=[
        "Invented international wire (Meridian Press); reporter and contributor invented; headline, byline, dateline-stamp line and contributor line are furniture (the stamp is annotated). The ICT stamp time and the anonymous official's remarks are invented; 'stably managed' and 'through dialogue' follow the wording Moon's office used as reported; 'New Southern Policy' is a name, not a quote; the claim that officials on both sides said no meeting was scheduled in Manila is invented.",
        "Real facts, checked on stored pages: m.koreaherald 20171111000025 (Moon's first summit with Tran Dai Quang on Saturday morning, Moon-Xi later that day as their second meeting since May, Manila on Sunday); rki.kbs.co.kr 67892 ($100 billion by 2020; cooperation on North Korea); nflnewsdesk.com (Moon-Xi statement; first meeting since the THAAD modus vivendi; no Abe-Moon bilateral in Vietnam or the Philippines; Duterte meeting on Monday); arirang.com 210638 (Duterte Monday afternoon, Lee Hsien Loong the following morning, Li Keqiang); japan.kantei.go.jp/98_abe/actions/201711/10article1.html (Abe's six meetings on 10 November, 20th with Putin, UNSC sanctions, working group by year-end); koreaherald 20171012000641 (Jakarta and Widodo; two three-way summits with Abe and Trump at the G20 in July and the UNGA in September); webarchives.pa.go.kr and world.kbs 47189 (Moon-Abe in Vladivostok on 7 September, 50 minutes); koreaherald 20171106000929, presidency.ucsb.edu and mex.mofa.go.kr (Moon-Trump in Seoul on 7 November, their third summit; Trump flies on to China). From general knowledge: the date of the Seoul-Beijing announcement (31 October 2017).",
        "Summits (11): Moon-Xi (ordinal 2), Moon-Tran ('his first summit', ordinal 1), Abe-Putin ('the 20th time', ordinal 20); Vladivostok; New York ('two weeks later' than 7 September, dated 2017-09-21) and Hamburg (July) three-way meetings; Moon-Trump in Seoul (ordinal 3); planned Manila meetings with Duterte, Lee Hsien Loong and Li Keqiang; Moon-Widodo in Jakarta. Not summits: the absent Moon-Abe meeting; Abe's 'six one-on-one meetings' beyond Putin (aggregate).",
        "Agreements (6): Moon-Xi commitment; the 31 October announcement (joint-statement: a joint announcement, called a joint statement by koreaherald 20171217000025; referenced); two Moon-Tran commitments split from one sentence; two Abe-Putin commitments split from one sentence. 'shared the view' alone would not be an agreement; here it comes with 'agreed to pursue a solution'. Vague spans ('months', 'the day') are not annotated; 'two weeks later' is 21 September 2017 (the date it points to).",
    ],
)
