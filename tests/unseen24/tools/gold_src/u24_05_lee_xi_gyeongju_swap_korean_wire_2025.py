# ruff: noqa: E501
LEDE = "President Lee Jae Myung and Chinese President Xi Jinping on Saturday renewed"
TALKS = "The two leaders held 97 minutes of talks"
SWAP = "The centerpiece was a five-year won-yuan swap"
FIRSTSWAP = "Seoul and Beijing first signed such a swap in 2002"
DOCS = "Other documents cover a joint economic cooperation plan"
WI = "The leaders also agreed to consider steps to make travel"
XI = "Xi replied that Beijing valued the relationship"
WI2 = "Wi told reporters that relations with Beijing"
CAPPED = "The summit capped four days in which"
HOSTED = "He hosted U.S. President Donald Trump on Wednesday"
SHUTTLE = "At that meeting, Lee and Takaichi agreed to keep up"
TAK = "Takaichi, who met Xi on Friday, told reporters"
FREQ = "She said she and Lee had agreed to meet"
BUSAN = "Trump, for his part, met Xi in Busan on Thursday"
OBS = "Diplomatic observers in Seoul said the sequence"

GOLD = dict(
    published="2025-11-01",
    furniture=[
        "(LEAD) Lee, Xi renew 70 tln-won currency swap in first summit, cap week of Gyeongju diplomacy\n"
        "KCN | 2025/11/01 19:22 KST\n"
        "(ATTN: UPDATES with Takaichi's press conference in paras 10-11)\n"
        "By Yoo Seo-yeon",
        "GYEONGJU, Nov. 1 (KCN) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee", "He", "The president"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Wi Sung-lac": ["Wi Sung-lac, the national security adviser", "Wi"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Sanae Takaichi": ["Japanese Prime Minister Sanae Takaichi", "Takaichi", "She"],
        "Shigeru Ishiba": ["Shigeru Ishiba"],
        "Han Ji-won": ["Han Ji-won, a professor of international relations at Yeonhui University"],
    },
    quotes=[
        ("I hope our two countries will use the current conditions", "direct", "Lee Jae Myung", "said"),
        ("stable and consistent", "partial", "Xi Jinping", "replied"),
        ("fully back on their feet", "partial", "Wi Sung-lac", "told reporters"),
        ("responsibly", "partial", "Sanae Takaichi", "told reporters"),
        ("frequently", "partial", "Sanae Takaichi", "said"),
        ("The president did not have to choose a capital", "direct", "Han Ji-won", "said"),
        ("They all came to him.", "direct", "Han Ji-won", None),
    ],
    statements=[
        (LEDE, ["Lee Jae Myung", "Xi Jinping"], "agreed"),
        (WI, ["Wi Sung-lac"], "according to"),
        (XI, ["Xi Jinping"], "replied"),
        (WI2, ["Wi Sung-lac"], "told reporters"),
        (SHUTTLE, ["Lee Jae Myung", "Sanae Takaichi"], "agreed"),
        (TAK, ["Sanae Takaichi"], "told reporters"),
        (FREQ, ["Sanae Takaichi"], "said"),
        (OBS, [None], "said"),
    ],
    timexes=[
        ("2025/11/01 19:22 KST", "2025-11-01T19:22", None),
        ("GYEONGJU, [[Nov. 1]]", "2025-11-01", None),
        ("Xi Jinping on [[Saturday]] renewed", "2025-11-01", None),
        ("11 years", "P11Y", None),
        ("97 minutes", "PT97M", None),
        ("the final day", "2025-11-01", None),
        ("five-year", "P5Y", None),
        ("expired [[last month]]", "2025-10", None),
        ("in [[2002]], for", "2002", None),
        ("four days", "P4D", None),
        ("Donald Trump on [[Wednesday]]", "2025-10-29", None),
        ("late July", "2025-07", "END"),
        ("a day later", "2025-10-30", None),
        ("met Xi on [[Friday]]", "2025-10-31", None),
        ("flying home on [[Saturday]]", "2025-11-01", None),
        ("Busan on [[Thursday]]", "2025-10-30", None),
        ("the same week", "2025-W44", None),
    ],
    summits=[
        dict(date="2025-11-01", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Xi Jinping"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[LEDE, TALKS, CAPPED]),
        dict(date="2025-10-29", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[HOSTED]),
        dict(date="2025-10-30", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[HOSTED, SHUTTLE]),
        dict(date="2025-10-31", place="Gyeongju", country="KR", participants=["Sanae Takaichi", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[TAK]),
        dict(date="2025-10-30", place="Busan", country="KR", participants=["Donald Trump", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[BUSAN]),
    ],
    agreements=[
        dict(title="five-year won-yuan currency swap", kind="mou", date="2025-11-01",
             parties=["CN", "KR"], status="signed", evidence=[LEDE, SWAP]),
        dict(title="put high-level contacts on a regular footing", kind="commitment", date="2025-11-01",
             parties=["CN", "KR"], status="agreed", evidence=[LEDE]),
        dict(title="MOU on a joint economic cooperation plan", kind="mou", date="2025-11-01",
             parties=["CN", "KR"], status="signed", evidence=[DOCS]),
        dict(title="MOU on trade in services", kind="mou", date="2025-11-01",
             parties=["CN", "KR"], status="signed", evidence=[DOCS]),
        dict(title="MOU on joint work against voice phishing and online scams", kind="mou", date="2025-11-01",
             parties=["CN", "KR"], status="signed", evidence=[DOCS]),
        dict(title="consider steps to make travel between the two countries easier", kind="commitment", date="2025-11-01",
             parties=["CN", "KR"], status="agreed", evidence=[WI]),
        dict(title="aim to conclude the second-stage FTA talks on services and investment", kind="commitment", date="2025-11-01",
             parties=["CN", "KR"], status="agreed", evidence=[WI]),
        dict(title="expired won-yuan swap arrangement", kind="mou", date=None,
             parties=["CN", "KR"], status="referenced", evidence=[SWAP]),
        dict(title="first Korea-China currency swap of $2 billion", kind="mou", date="2002",
             parties=["CN", "KR"], status="referenced", evidence=[FIRSTSWAP]),
        dict(title="Korea-China free trade agreement", kind="treaty", date=None,
             parties=["CN", "KR"], status="referenced", evidence=[WI]),
        dict(title="details of the $350 billion investment package", kind="commitment", date="2025-10-29",
             parties=["KR", "US"], status="referenced", evidence=[HOSTED]),
        dict(title="tentative tariff deal", kind="commitment", date="2025-07",
             parties=["KR", "US"], status="referenced", evidence=[HOSTED]),
        dict(title="keep up shuttle diplomacy", kind="commitment", date="2025-10-30",
             parties=["JP", "KR"], status="referenced", evidence=[SHUTTLE]),
    ],
    notes=[
        "Invented Korean wire story (agency 'KCN', reporter, professor and university invented); headline, stamp, ATTN line, byline, dateline prefix and '(END)' are furniture (stamp and dateline annotated). All quotes are invented, including those given to Lee, Xi, Wi Sung-lac and Takaichi; Takaichi's press-conference remarks are invented.",
        "Real facts, checked on stored pages: overviewpress.com 2025-11-01 (Korea Herald: 97-minute summit at the Gyeongju National Museum, seven MOUs, five-year 70 trillion-won swap); biz.chosun.com 2025/11/01 (swap of 70 trillion won / 400 billion yuan; regular high-level channel; facilitating mutual visits); en.fnnews.com 202511021825110990 (previous swap expired on the 10th of last month; first swap of $2 billion in 2002; MOUs on the joint economic cooperation plan and services trade; FTA services and investment); koreaherald article 10606663 (MOU on voice phishing and online scams; Lee's opening remarks on dialogue with the North); world.kbs 79506 (first state visit in 11 years); koreadailyus.com and whistlebuzz.com (Lee-Trump, Wednesday 29 October, $350 billion details, tentative deal in late July); overviewpress 2025-10-30 (Takaichi's first summit with Lee on Thursday, talks with Xi arranged for Friday, press conference on Saturday); topnews/UPI 2026-01-13 (Lee and Takaichi agreed in Gyeongju to sustain shuttle diplomacy); voz.us 2025-10-29 (Trump to meet Xi on Thursday). From general knowledge: that the Takaichi-Xi meeting took place on 31 October and the Trump-Xi meeting in Busan on 30 October.",
        "Summits (5): Lee-Xi ('their first summit', ordinal 1), Lee-Trump, Lee-Takaichi ('her first summit with him', ordinal 1), Takaichi-Xi, Trump-Xi in Busan; all on the APEC sidelines. Not a summit: the next Korea-Japan summit in Japan ('on a date still to be set'); 'agreed to meet frequently' is not recorded (as unseen15-16).",
        "Agreements (13): the swap (mou, signed) and the high-level-contacts commitment from the lede; three MOUs split from one sentence (the 'seven memorandums' as an aggregate is not a record); two commitments split from Wi's sentence; the expired swap (date null: the text gives none) and the 2002 swap; the FTA (treaty, date null); the Lee-Trump investment details and the July tariff deal, and the Lee-Takaichi shuttle-diplomacy commitment, all referenced as background to the Lee-Xi summit. 'shuttle diplomacy' is a term, not a quote.",
    ],
)
