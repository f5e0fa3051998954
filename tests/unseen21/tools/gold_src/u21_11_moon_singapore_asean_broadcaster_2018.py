# ruff: noqa: E501
ANCHOR1 = "President Moon Jae-in has met Russian President Vladimir Putin in Singapore"
ANCHOR2 = "Japanese Prime Minister Shinzo Abe is in the same city"
WED = "Moon and Putin sat down on Wednesday"
CWD = "Cheong Wa Dae said the two agreed"
PENCE = "On Thursday morning, Moon held talks with U.S. Vice President Mike Pence"
RULING = "Relations have cooled since South Korea's Supreme Court"
TOKYO = "Tokyo says the ruling violates the 1965 agreement"
FOUND = "Seoul is also weighing the future of the foundation"
ABEPUTIN = "Abe, for his part, met Putin here on Wednesday"
NYLAST = "Moon and Abe last held talks in New York in September."
PNG = "Moon flies to Papua New Guinea on Friday"

GOLD = dict(
    published="2018-11-15",
    furniture=[
        "Moon meets Putin in Singapore; no talks with Abe as court ruling chills ties\nInput 2018.11.15 16:40 | Edit 2018.11.15 18:05\nKNBC News | Reporter Choi Yu-na",
        "[Anchor]", "[Report]", "[Reporter's standup]",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "the president"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Donald Trump": ["President Donald Trump"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Choi Yu-na": ["Reporter Choi Yu-na", "Choi Yu-na"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("completely and finally", "partial", None, "says"),
        ("In Singapore, the two neighbours shared a room", "direct", "Choi Yu-na", None),
    ],
    statements=[
        (CWD, ["Office of the President of South Korea", "Moon Jae-in", "Vladimir Putin"], "said"),
        ("A Cheong Wa Dae official said no bilateral meeting", [None], "said"),
        (TOKYO, ["Government of Japan"], "says"),
        (ABEPUTIN, ["Shinzo Abe", "Vladimir Putin"], "agreed"),
    ],
    timexes=[
        ("Input 2018.11.15 16:40", "2018-11-15T16:40", None),
        ("Edit 2018.11.15 18:05", "2018-11-15T18:05", None),
        ("sat down on [[Wednesday]]", "2018-11-14", None),
        ("Moscow in [[June]]", "2018-06", None),
        ("Thursday morning", "2018-11-15TMO", None),
        ("Oct. 30", "2018-10-30", None),
        ("1965", "1965", None),
        ("2015", "2015", None),
        ("as early as next week", "2018-W47", None),
        ("met Putin here on [[Wednesday]]", "2018-11-14", None),
        ("1956", "1956", None),
        ("New York in [[September]]", "2018-09", None),
        ("on Friday", "2018-11-16", None),
    ],
    summits=[
        dict(date="2018-11-14", place="Singapore", country="SG", participants=["Moon Jae-in", "Vladimir Putin"],
             kind="sidelines", ordinal=4, status="held", occasion="ASEAN-related summits", evidence=[ANCHOR1, WED, CWD]),
        dict(date="2018-06", place="Moscow", country="RU", participants=["Moon Jae-in", "Vladimir Putin"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[WED]),
        dict(date="2018-11-14", place="Singapore", country="SG", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[ABEPUTIN]),
        dict(date="2018-09", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[NYLAST]),
        dict(date="2018-11", place=None, country="PG", participants=["Moon Jae-in", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[PNG]),
    ],
    agreements=[
        dict(title="work together to restart U.S.-North Korea nuclear talks at an early date", kind="commitment", date="2018-11-14",
             parties=["KR", "RU"], status="agreed", evidence=[CWD]),
        dict(title="1965 claims agreement", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[FOUND]),
        dict(title="accelerate peace treaty negotiations on the basis of the 1956 Joint Declaration", kind="commitment", date="2018-11-14",
             parties=["JP", "RU"], status="agreed", evidence=[ABEPUTIN]),
        dict(title="1956 Japan-Soviet Joint Declaration", kind="joint-declaration", date="1956",
             parties=["JP", "RU"], status="referenced", evidence=[ABEPUTIN]),
    ],
    notes=[
        "Invented Korean broadcaster web story (broadcaster 'KNBC' and reporter invented; headline, Input/Edit line, byline and segment labels are furniture; the Input and Edit stamps are annotated). The standup quote is invented; 'completely and finally' reproduces the wording of the 1965 agreement (speaker null). The greeting in the hall, the 'no request' remark, the Cheong Wa Dae wording and the timing of the foundation decision are invented (the foundation's dissolution was announced on 21 November 2018).",
        "Real background, checked on stored pages: koreaherald 20181114000225 and world.kbs.co.kr 73391 (Moon-Putin in Singapore on Wednesday 14 November 2018, their fourth meeting since Moon took office; last met in June on Moon's state visit to Russia; denuclearization talks stalled); euronews pt 2018-11-15 and world.kbs.co.kr 73412 (Moon met Pence in Singapore; then the ASEAN Plus Three summit; Abe in Singapore but no Moon meeting planned); larouchepub 2018-11-13 and tass 1030737 (Putin to meet Moon and Abe on the sidelines; Pence represents the United States; Li Keqiang attends); world.kbs.co.kr 73366 (Moon on to Papua New Guinea for APEC; a Xi meeting sought); newsworld.co.kr 4682 (Moon-Xi at APEC on 17 November); thesamikhsya (Abe and Putin agreed in November 2018 to speed up peace treaty negotiations). From general knowledge: the Supreme Court ruling of 30 October 2018 against Nippon Steel & Sumitomo Metal (four plaintiffs), the Singapore agreement's reference to the 1956 Joint Declaration, the Moon-Abe meeting in New York in September 2018, the 2015 agreement (dated 2015 as the text gives; joint-statement by the contract).",
        "Summits (5): Moon-Putin (ordinal 4), Moon-Putin in Moscow (June), Abe-Putin in Singapore, Moon-Abe in New York (September; bilateral, no occasion named), the planned Moon-Xi in Papua New Guinea ('is being arranged': recorded as planned, month only; debatable). Not summits: Moon-Pence (a vice president), the ASEAN Plus Three summit (multilateral), the Moon-Abe greeting, a Moon-Abe meeting ('no meeting planned', negated).",
        "Agreements (5): the Moon-Putin commitment, the 1965 claims agreement, the 2015 agreement, the Abe-Putin commitment and the 1956 Joint Declaration (joint-declaration; parties JP and RU, Russia as the Soviet Union's successor). Not agreements: the Supreme Court order, the pending foundation decision.",
        "Timexes: 'an early date' and 'months away' are vague and not annotated; 'as early as next week' = 2018-W47; 'Thursday morning' = 2018-11-15TMO.",
    ],
)
