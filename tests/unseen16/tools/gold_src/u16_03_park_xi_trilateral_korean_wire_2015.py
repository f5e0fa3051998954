# ruff: noqa: E501
LEDE = "President Park Geun-hye and Chinese President Xi Jinping agreed Wednesday"
REACHED = "The two leaders reached the agreement during talks"
KIM = "senior presidential secretary for foreign affairs Kim Kyou-hyun told reporters"
FMS = "Foreign ministers of the three countries had agreed in Seoul"
FIRST = "The summit would be the first since May 2012"
STANDOFF = "Park told Xi she was grateful"
LATEST = "It was the latest of several meetings between Park and Xi"
LUNCH = "After the talks, Park had lunch with Premier Li Keqiang"
PACT = "The pact is expected to take effect"
HAGUE = "Park and Abe have never held a bilateral summit"

GOLD = dict(
    published="2015-09-02",
    furniture=[
        "(LEAD) Park, Xi agree to hold three-way summit with Japan in Seoul by early November\n"
        "KCN | 2015/09/02 19:41 KST\n"
        "(ATTN: ADDS Park's luncheon with Li in paras 8-9, background in last 3 paras)\n"
        "By Choi Min-jae",
        "BEIJING, Sept. 2 (KCN) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "Park", "she", "her"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Kim Kyou-hyun": ["senior presidential secretary for foreign affairs Kim Kyou-hyun"],
        "Li Keqiang": ["Premier Li Keqiang"],
        "Lee Myung-bak": ["then President Lee Myung-bak"],
        "Yoshihiko Noda": ["Japanese Prime Minister Yoshihiko Noda"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Lee Ha-rin": ["Lee Ha-rin, a senior fellow at the Namsan Policy Forum"],
        "Office of the President of South Korea": ["Cheong Wa Dae", "the presidential office"],
    },
    quotes=[
        ("We will host it at home", "direct", "Kim Kyou-hyun", "told reporters"),
        ("at the earliest convenient time", "partial", None, "agreed"),
        ("constructive role", "partial", "Park Geun-hye", "told"),
        ("a very candid conversation", "partial", "Park Geun-hye", "called"),
        ("correct", "partial", "Park Geun-hye", "said"),
        ("A trilateral on Korean soil", "direct", "Lee Ha-rin", "said"),
        ("That is why the date matters less", "direct", "Lee Ha-rin", None),
    ],
    statements=[
        (LEDE, ["Park Geun-hye", "Xi Jinping"], "agreed"),
        (REACHED, ["Office of the President of South Korea"], "said"),
        (KIM, ["Kim Kyou-hyun", "Xi Jinping"], "told reporters"),
        (STANDOFF, ["Park Geun-hye"], "told"),
        ("Xi said China would keep working for peace", ["Xi Jinping"], "said"),
        (LUNCH, ["Li Keqiang"], "told"),
        ("Park called the luncheon", ["Park Geun-hye"], "called"),
        ("Officials in Seoul said a meeting between Park", [None], "said"),
        ("Park said last month that it was time", ["Park Geun-hye"], "said"),
    ],
    timexes=[
        ("Seoul by [[early November]]", "2015-11", "START"),
        ("2015/09/02 19:41 KST", "2015-09-02T19:41", None),
        ("BEIJING, [[Sept. 2]]", "2015-09-02", None),
        ("agreed [[Wednesday]]", "2015-09-02", None),
        ("Japan in [[late October]]", "2015-10", "END"),
        ("or [[early November]], clearing", "2015-11", "START"),
        ("more than three years", "P3Y", "MORE_THAN"),
        ("earlier in the day", "2015-09-02", None),
        ("the end of October", "2015-10", "END"),
        ("the start of November", "2015-11", "START"),
        ("Seoul in [[March]]", "2015-03", None),
        ("May 2012", "2012-05", None),
        ("easing [[last month]]", "2015-08", None),
        ("Aug. 25", "2015-08-25", None),
        ("took office in [[2013]]", "2013", None),
        ("July last year", "2014-07", None),
        ("signed in [[June]]", "2015-06", None),
        ("the end of this year", "2015", "END"),
        ("On Thursday", "2015-09-03", None),
        ("March last year", "2014-03", None),
        ("Park said [[last month]]", "2015-08", None),
    ],
    summits=[
        dict(date="2015-09-02", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEDE, REACHED, LATEST]),
        dict(date="2015-09-02", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Li Keqiang"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LUNCH, "Park called the luncheon"]),
        dict(date="2015-10/2015-11", place=None, country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[LEDE, KIM, FIRST]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIRST]),
        dict(date="2014-07", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LATEST]),
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"], kind="trilateral", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[HAGUE]),
    ],
    agreements=[
        dict(title="hold a Korea-China-Japan summit in Korea in late October or early November", kind="commitment",
             date="2015-09-02", parties=["CN", "KR"], status="agreed", evidence=[LEDE, REACHED]),
        dict(title="foreign ministers' agreement to work toward a leaders' meeting at the earliest convenient time",
             kind="commitment", date="2015-03", parties=["CN", "JP", "KR"], status="referenced", evidence=[FMS]),
        dict(title="agreement between the two Koreas of Aug. 25", kind="joint-statement", date="2015-08-25",
             parties=["KP", "KR"], status="referenced", evidence=[STANDOFF]),
        dict(title="Korea-China free trade agreement", kind="treaty", date="2015-06",
             parties=["CN", "KR"], status="referenced", evidence=[LUNCH, PACT]),
    ],
    notes=[
        "Invented Korean wire story (agency 'KCN', reporter, fellow and think tank invented; headline, stamp, ATTN line, byline, dateline prefix and '(END)' are furniture; the headline expression, stamp and dateline are annotated). All quotes are invented, including the words given to Kim Kyou-hyun and Park; Li's remark at lunch is invented.",
        "Real background, checked on stored pages: businesstimes.com.sg 2015-09-02 (Bloomberg: Xi and Park agreed in Beijing on Wednesday to a three-way summit with Japan in late October or early November in South Korea; foreign ministers agreed in March to hold it 'at the earliest convenient time'); pacificsentinel (The Diplomat: Cheong Wa Dae's wording; first since May 2012); scmp (talks ahead of the parade; Park thanked Xi for help in defusing tension with the North, which ended in an agreement last week; Xi on six-party talks); apextranslation.co.kr (Park met Xi and Premier Li Keqiang on 2 September, parade on 3 September); mangalorean.com (Japanese hope for a first Park-Abe meeting on the sidelines); english.hani.co.kr 2015-10-29 and chinagate (Kim Kyou-hyun as senior secretary; fifth trilateral in Beijing in May 2012). From general knowledge: the 2012 Beijing trilateral participants (Lee, Noda, Wen); Xi's state visit to Seoul in July 2014; the Korea-China FTA signed on 1 June 2015 and in force from 20 December 2015; the inter-Korean agreement of 25 August 2015 as a joint press statement; The Hague trilateral of March 2014 at the Nuclear Security Summit; Abe's 14 August 2015 statement.",
        "Summits (6): Park-Xi and Park-Li (lunch with the premier, a head of government) in Beijing on 2 September; the planned trilateral in Korea, dated as the interval 2015-10/2015-11 and given the Chinese premier Li Keqiang from the public record (the text names no Chinese participant); Beijing May 2012; Xi's Seoul state visit (July 2014); The Hague three-way talks hosted by Obama (March 2014). Not summits: a possible Park-Abe meeting 'had not been discussed', 'several meetings' (aggregate), the parade.",
        "Agreements (4): the Park-Xi commitment to hold the trilateral in Korea (parties CN and KR, the two who agreed); the foreign ministers' March commitment (referenced, CN/JP/KR); the inter-Korean agreement of 25 August (joint-statement from the public record, parties KP and KR, referenced); the Korea-China FTA (treaty, referenced). Not agreements: Abe's anniversary statement (unilateral), Xi's call for six-party talks, Li's hope to deepen trade.",
        "Timexes: 'late October' = 2015-10 END, 'early November' = 2015-11 START (also in the headline); 'the end of October' / 'the start of November' inside the quote likewise; 'earlier in the day' = 2 September; 'more than three years' = P3Y MORE_THAN; 'in June' in a past clause = 2015-06. '70th anniversary' is an ordinal. Quote 'at the earliest convenient time' reproduces the ministers' agreed wording, speaker null.",
    ],
)
