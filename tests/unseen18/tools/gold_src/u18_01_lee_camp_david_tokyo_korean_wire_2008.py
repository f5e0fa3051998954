# ruff: noqa: E501
LAND = ("President Lee Myung-bak landed in Tokyo on Sunday afternoon", "fit for a new age.")
SCHED = "Lee is scheduled to sit down with Japanese Prime Minister Yasuo Fukuda"
SECOND = "The talks will be the second between the two leaders."
FEB = "Fukuda had flown to Seoul to attend Lee's inauguration"
OFFICIAL = "a senior presidential official told reporters on the flight"
FTA = "Officials in both capitals said Monday's summit could also clear the way"
NEWERA = "Seoul is expected to propose a joint study"
CD1 = "At Camp David, Lee became the first South Korean president"
CD2 = "After a private dinner on Friday night, he and Bush held their first summit"
PLEDGE = "Bush, for his part, said the two had pledged"
KIM = "Lee also said he was willing to meet North Korean leader"
KOIZUMI = "Junichiro Koizumi traveled to Seoul in June 2005"
TOYAKO = "Lee is also expected to attend the outreach session"

GOLD = dict(
    published="2008-04-20",
    furniture=[
        "(LEAD) Lee flies to Tokyo fresh from Camp David, set to revive 'shuttle' visits with Fukuda",
        "KNS | 2008/04/20 16:12 KST",
        "ATTN: UPDATES with Lee's arrival in Tokyo in paras 1-2; ADDS background in last four paras",
        "By Ko Min-seok",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee", "the president"],
        "Yasuo Fukuda": ["Japanese Prime Minister Yasuo Fukuda", "Fukuda"],
        "George W. Bush": ["U.S. President George W. Bush", "Bush"],
        "Kim Jong-il": ["North Korean leader Kim Jong-il"],
        "Junichiro Koizumi": ["Koizumi"],
        "Roh Moo-hyun": ["Roh"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("strategic alliance", "partial", None, "called"),
        ("We expect the two leaders to put that promise", "direct", None, "told reporters"),
        ("The alliance between our two countries is entering", "direct", "Lee Myung-bak", "told"),
        ("as soon as possible", "partial", "George W. Bush", "said"),
        ("if the need arises", "partial", "Lee Myung-bak", "said"),
    ],
    statements=[
        (SCHED, ["Office of the President of South Korea"], "said"),
        (FTA, [None], "said"),
        (NEWERA, [None], "said"),
        (PLEDGE, ["George W. Bush"], "said"),
        (KIM, ["Lee Myung-bak"], "said"),
        (TOYAKO, [None], "said"),
    ],
    timexes=[
        ("2008/04/20 16:12 KST", "2008-04-20T16:12", None),
        ("TOKYO, [[April 20]] (KNS)", "2008-04-20", None),
        ("on [[Sunday afternoon]] for", "2008-04-20TAF", None),
        ("a [[two-day]] visit", "P2D", None),
        ("from a [[weekend]] at Camp David", "2008-W16-WE", None),
        ("office on [[Monday morning]]", "2008-04-21TMO", None),
        ("late [[the same day]]", "2008-04-21", None),
        ("inauguration on [[Feb. 25]]", "2008-02-25", None),
        ("met [[that afternoon]]", "2008-02-25TAF", None),
        ("said [[Monday]]'s summit", "2008-04-21", None),
        ("[[late 2004]]", "2004", "END"),
        ("as of [[Sunday]]", "2008-04-20", None),
        ("dinner on [[Friday night]]", "2008-04-18TNI", None),
        ("summit on [[Saturday morning]]", "2008-04-19TMO", None),
        ("signed [[last year]]", "2007", None),
        ("held in [[the mid-2000s]]", "200", "MID"),
        ("Seoul in [[June 2005]]", "2005-06", None),
        ("Hokkaido, in [[July]]", "2008-07", None),
        ("Washington on [[Wednesday]]", "2008-04-16", None),
    ],
    summits=[
        dict(date="2008-04-21", place="Tokyo", country="JP", participants=["Lee Myung-bak", "Yasuo Fukuda"],
             kind="bilateral", ordinal=2, status="planned", occasion=None,
             evidence=[LAND, SCHED, SECOND, FTA]),
        dict(date="2008-02-25", place="Seoul", country="KR", participants=["Lee Myung-bak", "Yasuo Fukuda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FEB]),
        dict(date="2008-04-19", place="Camp David", country="US", participants=["Lee Myung-bak", "George W. Bush"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LAND, CD1, CD2]),
        dict(date="2005-06", place="Seoul", country="KR", participants=["Junichiro Koizumi", "Roh Moo-hyun"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KOIZUMI]),
    ],
    agreements=[
        dict(title="upgrade of the Korea-U.S. alliance into a strategic alliance", kind="commitment", date="2008-04-19",
             parties=["KR", "US"], status="agreed", evidence=[LAND]),
        dict(title="press legislatures to ratify the Korea-U.S. free trade agreement as soon as possible", kind="commitment",
             date="2008-04-19", parties=["KR", "US"], status="agreed", evidence=[PLEDGE]),
        dict(title="Korea-U.S. free trade agreement", kind="treaty", date="2007", parties=["KR", "US"],
             status="referenced", evidence=[PLEDGE]),
        dict(title="restart reciprocal leader visits (shuttle diplomacy)", kind="commitment", date="2008-02-25",
             parties=["JP", "KR"], status="referenced", evidence=[FEB, OFFICIAL]),
    ],
    notes=[
        "Invented Korean wire story (KNS); headline, stamp, ATTN line, byline and (END) are furniture (stamp annotated). Reporter, wire, the presidential official's quote, Lee's and Bush's quoted words and the flight-room setting are invented.",
        "Real facts checked on stored pages: twocircles.net (Bernama/Yonhap, 2008-04-13 and 2008-04-15: Lee leaves Tuesday for New York, Ban Ki-moon, Washington on Wednesday, Camp David summit slated for Saturday, first Korean president at Camp David, Japan on Sunday and Monday, arrival in Tokyo on the afternoon of April 20, summit with Fukuda on shuttle diplomacy); rki.kbs.co.kr Seq_Code 19393 (Camp David summit on 19 April, Tokyo on 20 April, Fukuda summit the next day, return to Seoul the same day); donga.com 20080306/257521 (private dinner then summit after staying overnight) and 20080421/258164 (first summit Saturday, strategic alliance, Lee ready to meet Kim Jong Il if the need arises, not anytime soon). From the project's manifests (unseen10, 2008-02-25): Fukuda and Lee met on inauguration day and agreed to restart shuttle visits. General knowledge: Koizumi-Roh talks in Seoul in June 2005 (unseen8 manifest 2005-06-21); KORUS FTA signed 2007; Japan-Korea FTA talks stalled in late 2004; G8 Toyako in July 2008.",
        "Summits (4): planned Lee-Fukuda in Tokyo (ordinal 2, 'the second between the two leaders'); Lee-Fukuda on 25 Feb (ordinal left null: not stated); Lee-Bush at Camp David (ordinal 1, 'their first summit'; the Friday dinner and the Saturday summit are one meeting, dated to the summit day); Koizumi-Roh Seoul June 2005. Not summits: a hypothetical Lee-Kim Jong-il meeting, Lee's meeting with the U.N. Secretary-General (not a head of state), the G8 outreach (no meeting scheduled).",
        "Agreements (4): alliance upgrade and ratification pledge split into two KR-US commitments; KORUS FTA (treaty, referenced, 'signed last year'); the February agreement to restart reciprocal visits (referenced; 'that promise' in the official's quote is a second mention). Sentences carrying a full direct quote are not also annotated as statements; the Tokyo-leg sentence with 'who has said' is analysis and is not annotated. 'new era' in quotation marks names a proposed study, not a quote. Not recorded: a possible return to FTA negotiations on Monday (not yet agreed), a joint study Seoul 'is expected to propose' (no proposal made yet).",
        "Timexes: 'weekend' = 2008-W16-WE (19-20 April); 'the mid-2000s' = decade value 200 with MID (debatable); 'late 2004' = 2004 END. 'a new age' is not annotated (vague).",
    ],
)
