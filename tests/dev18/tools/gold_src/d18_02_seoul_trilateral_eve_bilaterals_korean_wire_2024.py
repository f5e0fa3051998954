# ruff: noqa: E501
LEAD = "agreed Sunday to further improve bilateral ties"
RECEIVED = "Yoon received Kishida at the presidential office"
FIRST = "The Yoon-Kishida meeting was their first one-on-one"
US = "The two leaders also agreed to work closely with the United States"
KLI = "Kishida separately sat down with Li"
TWO = "In the earlier talks, Yoon and Li agreed"
FTA = "They also agreed to resume the second phase"
JAK = "Yoon and Li last met in Jakarta"
MONDAY = "On Monday, the three leaders will sit down"
DECL = "They are expected to adopt a joint declaration"
PROP = "Seoul has also proposed that the three countries"

GOLD = dict(
    published="2024-05-26",
    furniture=[
        "(LEAD) Yoon, Kishida vow to make 60th anniversary 'turning point'; Seoul, Beijing to launch 2+2 dialogue\nKPA | 2024/05/26 19:52 KST\n(ATTN: ADDS details of Yoon-Li talks in paras 8-10; CHANGES headline)\nBy Park Soo-min",
        "SEOUL, May 26 (KPA) -- ",
        "psm@kpa.co.kr\n(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida", "the prime minister"],
        "Li Qiang": ["Chinese Premier Li Qiang", "Li"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Kim Tae-hyo": ["Kim Tae-hyo", "principal deputy national security adviser", "Kim"],
        "Moon Jae-in": ["Moon Jae-in"],
        "Shinzo Abe": ["Shinzo Abe"],
        "Li Keqiang": ["then Chinese Premier Li Keqiang"],
    },
    quotes=[
        ("I hope the prime minister and I can prepare together", "direct", "Yoon Suk Yeol", "said in opening remarks"),
        ("a historic turning point.", "partial", "Fumio Kishida", "called"),
        ("mutually beneficial relationship based on common strategic interests", "partial", None, "reaffirmed"),
    ],
    statements=[
        (LEAD, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        ("Kishida said Japan wanted to strengthen ties", ["Fumio Kishida"], "said"),
        (US, ["Fumio Kishida", "Yoon Suk Yeol"], "told Japanese reporters"),
        (KLI, ["Fumio Kishida", "Li Qiang"], "reaffirmed"),
        ("Kishida also called on Beijing", ["Fumio Kishida"], "called on"),
        (TWO, ["Yoon Suk Yeol", "Li Qiang", "Kim Tae-hyo"], "told a briefing"),
        (FTA, ["Yoon Suk Yeol", "Li Qiang", "Kim Tae-hyo"], "said"),
        (DECL, [None], "said"),
        (PROP, [None], "said"),
    ],
    timexes=[
        ("2024/05/26 19:52 KST", "2024-05-26T19:52", None),
        ("SEOUL, [[May 26]] (KPA)", "2024-05-26", None),
        ("agreed [[Sunday]] to further", "2024-05-26", None),
        ("next year's", "2025", None),
        ("four and a half years", "P4Y6M", None),
        ("late in the afternoon", "2024-05-26TAF", "END"),
        ("around noon", "2024-05-26T12:00", "APPROX"),
        ("March last year", "2023-03", None),
        ("San Francisco in [[November]]", "2023-11", None),
        ("in San Francisco [[last year]]", "2023", None),
        ("mid-June", "2024-06", "MID"),
        ("December 2015", "2015-12", None),
        ("Jakarta in [[September]]", "2023-09", None),
        ("On Monday", "2024-05-27", None),
        ("since [[December 2019]]", "2019-12", None),
        ("delegations later [[Sunday]]", "2024-05-26", None),
    ],
    summits=[
        dict(date="2024-05-26", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEAD, RECEIVED, FIRST]),
        dict(date="2024-05-26", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Li Qiang"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[RECEIVED, TWO]),
        dict(date="2024-05-26", place="Seoul", country="KR", participants=["Fumio Kishida", "Li Qiang"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KLI]),
        dict(date="2024-05-27", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[LEAD, MONDAY, DECL]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[MONDAY]),
        dict(date="2023-11", place="San Francisco", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[FIRST]),
        dict(date="2023", place="San Francisco", country="US", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[KLI]),
        dict(date="2023-09", place="Jakarta", country="ID", participants=["Yoon Suk Yeol", "Li Qiang"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summit", evidence=[JAK]),
    ],
    agreements=[
        dict(title="further improve ties ahead of the 60th anniversary of normalization", kind="commitment", date="2024-05-26",
             parties=["JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="work closely with the United States on North Korea", kind="commitment", date="2024-05-26",
             parties=["JP", "KR"], status="agreed", evidence=[US]),
        dict(title="mutually beneficial relationship based on common strategic interests (reaffirmed)", kind="commitment", date="2024-05-26",
             parties=["CN", "JP"], status="agreed", evidence=[KLI]),
        dict(title="2+2 dialogue on diplomacy and security", kind="commitment", date="2024-05-26",
             parties=["CN", "KR"], status="agreed", evidence=[TWO]),
        dict(title="resume second-phase FTA negotiations", kind="commitment", date="2024-05-26",
             parties=["CN", "KR"], status="agreed", evidence=[FTA]),
        dict(title="Korea-China free trade agreement", kind="treaty", date="2015",
             parties=["CN", "KR"], status="referenced", evidence=[FTA]),
        dict(title="trilateral joint declaration to be adopted on Monday", kind="joint-declaration", date="2024-05-27",
             parties=["CN", "JP", "KR"], status="proposed", evidence=[DECL]),
        dict(title="hold the trilateral summit on a regular basis again (Seoul's proposal)", kind="commitment", date="2024-05",
             parties=["CN", "JP", "KR"], status="proposed", evidence=[PROP]),
    ],
    notes=[
        "Invented Korean wire story in Yonhap style (agency 'KPA', reporter Park Soo-min and the stamp time are invented). Headline, stamp, ATTN line, byline, dateline prefix, e-mail and '(END)' are furniture; the stamp and dateline dates are annotated. Yoon's and Kishida's quoted words are paraphrases of reported remarks; the anonymous official's remark on Seoul's proposal for regular summits is invented (the joint declaration of 27 May did commit the three to regular summits, from general knowledge).",
        "Real facts, checked on stored pages: japannews.yomiuri.co.jp 20240526-188267 (Kishida in Seoul Sunday 26 May 2024; trilateral Monday, first in over four years; separate meetings with Li and Yoon on Sunday afternoon); asia.nikkei.com (Yoon-Kishida talks 26 May; first three-way summit since December 2019); en.asiatoday.co.kr 20240527000922246 (Yoon's bilaterals with Li and Kishida; joint declaration to be adopted; Li's first visit since March 2023); english-tools.ganp.jp NHK reading (agreement to improve ties before the 60th anniversary in 2025; 'historic turning point' remarks of both; cooperation with the US on North Korea; Kishida-Li reaffirmed the mutually beneficial relationship agreed with Xi 'last November'; seafood ban); isociallinks.com (Reuters) and easternmirrornagaland.com (six areas; Yoon's welcome dinner; last trilateral late 2019); koreaherald.com ud=20240526050166, daijiworld.com (IANS/Yonhap) and qoshe.com (2+2 dialogue with first meeting in mid-June announced by Kim Tae-hyo; resumption of second-phase FTA talks; FTA in force since December 2015; Yoon and Li last met at the ASEAN summit in Indonesia in September 2023); thehindu.com (AP, trilateral on Monday, bilaterals on Sunday, last trilateral December 2019 in China). Li's arrival around noon: qoshe.com. The Chengdu participants (Moon, Abe, Li Keqiang) and the Yoon-Kishida meeting at APEC San Francisco in November 2023 are from general knowledge (the project's other corpora carry them).",
        "Summits (8): Yoon-Kishida, Yoon-Li and Kishida-Li on 26 May (held); the trilateral on Monday 27 May (planned); Chengdu, December 2019 (trilateral); Yoon-Kishida at APEC San Francisco (November 2023, sidelines); Kishida-Xi in San Francisco ('last year': the article gives only 2023 for it); Yoon-Li in Jakarta, September 2023 (sidelines). Not a summit: the welcome dinner (part of the visit).",
        "Agreements (8): two JP-KR commitments agreed Sunday (split); the JP-CN reaffirmation (recorded as agreed on 26 May, debatable: it restates a 2023 commitment); two KR-CN commitments split from two sentences (2+2 dialogue, FTA talks); the Korea-China FTA (treaty, referenced, '2015'); the joint declaration expected Monday (recorded as proposed, since it is not yet adopted: debatable); Seoul's proposal of regular summits (proposed). Not agreements: Kishida's call on Beijing to lift the seafood ban (a demand).",
        "Timexes: 'late in the afternoon' is 2024-05-26TAF with END; 'around noon' is a clock time with APPROX; 'last year' in the Kishida-Li paragraph is 2023; 'four and a half years' P4Y6M. '60th anniversary' is an ordinal, not annotated.",
    ],
)
