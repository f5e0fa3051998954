# ruff: noqa: E501
LEDE = "South Korean President Lee Myung-bak and Japanese Prime Minister Taro Aso agreed Friday"
SAT = "The two leaders sat down for about 40 minutes"
WORK = "They agreed to work together to cope"
DEAL = "Under the deal on"
FUK = "Lee and Aso also agreed to hold the first stand-alone summit"
CONSENT = "The Chinese side has already given its consent"
US = "The two leaders further agreed to strengthen three-way policy coordination"
MATURE = "Lee told Aso that a"
SHUTTLE = "Shuttle diplomacy, under which the leaders visit"
REVIVED = "Lee revived the idea when he visited Tokyo"

GOLD = dict(
    published="2008-10-24",
    furniture=[
        "(LEAD) Lee, Aso agree to revive shuttle diplomacy, hold three-way summit in Fukuoka in December\nKPN | 2008/10/24 21:16 KST",
        "(ATTN: UPDATES with details of trilateral plan in paras 4-6; ADDS background in last 3 paras)\nBy Park Ji-hoon",
        "BEIJING, Oct. 24 (KPN) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee"],
        "Taro Aso": ["Japanese Prime Minister Taro Aso", "Aso", "the Japanese leader"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Lee Dong-kwan": ["presidential spokesman Lee Dong-kwan", "the spokesman"],
        "Roh Moo-hyun": ["then President Roh Moo-hyun"],
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Koizumi"],
        "Yasuo Fukuda": ["Aso's predecessor, Yasuo Fukuda"],
        "Office of the President of South Korea": ["Cheong Wa Dae", "Lee's office"],
    },
    quotes=[
        ("The Chinese side has already given its consent", "direct", "Lee Dong-kwan", "said"),
        ("mature partnership", "partial", "Lee Myung-bak", "told"),
        ("share basic values,", "partial", "Taro Aso", "replied"),
    ],
    statements=[
        (LEDE, ["Lee Myung-bak", "Taro Aso"], "agreed"),
        (WORK, ["Lee Dong-kwan"], "told reporters"),
        (DEAL, ["Lee Dong-kwan"], "said"),
        (FUK, ["Lee Myung-bak", "Taro Aso"], "agreed"),
        (US, ["Lee Myung-bak", "Taro Aso"], "agreed"),
        (MATURE, ["Lee Myung-bak", "Taro Aso"], "told"),
    ],
    timexes=[
        ("three-way summit in Fukuoka in [[December]]\nKPN", "2008-12", None),
        ("2008/10/24 21:16 KST", "2008-10-24T21:16", None),
        ("BEIJING, [[Oct. 24]]", "2008-10-24", None),
        ("agreed [[Friday]]", "2008-10-24", None),
        ("took office [[last month]]", "2008-09", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("early next year", "2009", "START"),
        ("the middle of December", "2008-12", "MID"),
        ("planned for [[September]]", "2008-09", None),
        ("July 2004", "2004-07", None),
        ("the following year", "2005", None),
        ("Tokyo in [[April]]", "2008-04", None),
        ("again in [[July]]", "2008-07", None),
    ],
    summits=[
        dict(date="2008-10-24", place="Beijing", country="CN", participants=["Lee Myung-bak", "Taro Aso"], kind="sidelines", ordinal=1,
             status="held", occasion="Asia-Europe Meeting", evidence=[LEDE, SAT]),
        dict(date="2009", place="Seoul", country="KR", participants=["Taro Aso", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[DEAL]),
        dict(date="2008-12", place="Fukuoka", country="JP", participants=["Lee Myung-bak", "Taro Aso", "Wen Jiabao"], kind="trilateral", ordinal=1,
             status="planned", occasion=None, evidence=[FUK, CONSENT]),
        dict(date="2004-07", place="Jeju Island", country="KR", participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SHUTTLE]),
        dict(date="2008-04", place="Tokyo", country="JP", participants=["Lee Myung-bak", "Yasuo Fukuda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[REVIVED]),
    ],
    agreements=[
        dict(title="resume reciprocal (shuttle) visits by the leaders", kind="commitment", date="2008-10-24",
             parties=["JP", "KR"], status="agreed", evidence=[LEDE, DEAL]),
        dict(title="work together to cope with the global financial turmoil", kind="commitment", date="2008-10-24",
             parties=["JP", "KR"], status="agreed", evidence=[WORK]),
        dict(title="press ahead with efforts to denuclearize North Korea", kind="commitment", date="2008-10-24",
             parties=["JP", "KR"], status="agreed", evidence=[WORK]),
        dict(title="hold the first stand-alone Korea-China-Japan summit in Fukuoka in mid-December", kind="commitment", date="2008-10-24",
             parties=["JP", "KR"], status="agreed", evidence=[FUK]),
        dict(title="strengthen three-way policy coordination with the United States on North Korea", kind="commitment", date="2008-10-24",
             parties=["JP", "KR"], status="agreed", evidence=[US]),
        dict(title="shuttle diplomacy agreed by Roh and Koizumi", kind="commitment", date="2004-07",
             parties=["JP", "KR"], status="referenced", evidence=[SHUTTLE]),
    ],
    notes=[
        "Invented Korean wire story (agency 'KPN' and reporter Park Ji-hoon invented; headline, stamp, ATTN line, byline, dateline and '(END)' are furniture; the headline expression and stamp are annotated). Quotes and reported words are invented paraphrases of the spokesman's briefing; 'about 40 minutes' and the stamp time are invented.",
        "Facts checked on stored pages: oananews.org/node/26489 (Yonhap, 24 October 2008: Lee and Aso agreed on Friday in their first summit talks in Beijing to resume shuttle diplomacy, cooperate on the financial crisis and North Korea's denuclearization, a 'mature partnership'; Aso to visit Seoul possibly early next year; first tripartite summit in Fukuoka in the middle of December, China consented; planned for September but put on hold over the leadership change in Tokyo and Japan's Dokdo claim; coordination with the U.S.; spokesman Lee Dong-kwan); japan.kantei.go.jp/koizumiphoto/2004/07/21nikkan_e.html (July 2004 Jeju agreement on regular summits); theworldtomorrow.wikileaks.org 08TOKYO1150 (Lee's April 20-21 Tokyo visit and talks with Fukuda, shuttle diplomacy); libertaddigital.com (Roh suspended a summit over Koizumi's Yasukuni visit). The ASEM occasion, Aso taking office in September 2008, and the July 2008 teaching-manual row with the ambassador's recall (from the title of a tests/unseen17 article) are general knowledge.",
        "Summits (5): Beijing (ordinal 1: 'their first talks since Aso took office'), planned Aso visit to Seoul ('early next year', 2009), planned Fukuoka trilateral (Wen named as the Chinese participant, mid-December, ordinal 1 'first stand-alone'), Jeju July 2004 (Roh-Koizumi, background), Tokyo April 2008 (Lee-Fukuda). Not summits: the postponed September trilateral.",
        "Agreements (6): five commitments of 24 October, split by course of action (the financial-turmoil and denuclearization courses come from one sentence and are two records); the 2004 shuttle-diplomacy commitment (referenced). 'Lee revived the idea' in April is not given its own record (the text names no agreement with Fukuda).",
        "Timexes: 'December' in the headline = 2008-12; 'the middle of December' = 2008-12 MID; 'early next year' = 2009 START; 'the following year' after July 2004 = 2005; bare 'April' and 'July' in past clauses = 2008.",
    ],
)
