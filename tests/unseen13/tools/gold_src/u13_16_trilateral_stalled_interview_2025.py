INTRO = "Japan, which holds the rotating chair, had hoped"
SOURCES = "Last weekend, diplomatic sources said"
FM = "On paper nothing has changed"
S2015 = "The leaders met again only when Park Geun-hye hosted"
S2018 = "The seventh summit finally took place in Tokyo"
S2024 = "Then the pandemic and the Seoul-Tokyo quarrel froze"
LEE = "President Lee Jae Myung met Takaichi in Gyeongju"
M18 = ["Moon Jae-in", "Shinzo Abe", "Li Keqiang"]

GOLD = dict(
    published="2025-11-27",
    furniture=[
        "INTERVIEW | The Seocho Weekly | Published 2025-11-27 09:00 KST\n'Three-way summits die"
        " of small causes and come back for big ones'\nA former negotiator on why the"
        " Korea-Japan-China meeting Tokyo wanted in January will not happen, and what Seoul can"
        " do about it",
        "Ha Jin-sook served as director-general for Northeast Asian affairs. The interview has"
        " been edited for length and clarity.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Ha Jin-sook": ["Ha Jin-sook", "Ha", "I"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi"],
        "Chinese government": ["Beijing"],
        "South Korean government": ["Seoul"],
        "Japanese government": ["Tokyo"],
        "Cho Tae-yul": ["Cho Tae-yul"],
        "Takeshi Iwaya": ["Takeshi Iwaya"],
        "Wang Yi": ["Wang Yi"],
        "Park Geun-hye": ["Park Geun-hye", "Park"],
        "Shinzo Abe": ["Shinzo Abe", "Abe"],
        "Li Keqiang": ["Li Keqiang", "Li"],
        "Moon Jae-in": ["Moon Jae-in"],
        "Yoon Suk Yeol": ["Yoon Suk Yeol"],
        "Fumio Kishida": ["Fumio Kishida"],
        "Li Qiang": ["Li Qiang"],
        "Lee Jae Myung": ["President Lee Jae Myung"],
        "Xi Jinping": ["Xi Jinping"],
    },
    quotes=[
        ("It is not the first time, and it will not be the last", "direct", "Ha Jin-sook",
         "said"),
    ],
    statements=[
        (SOURCES, [None, "Chinese government"], "said"),
        ("Tokyo sounded out both capitals.", ["Japanese government"], "sounded out"),
        ("Seoul said yes and Beijing said no", ["South Korean government",
                                                "Chinese government"], "said"),
        (FM, ["Cho Tae-yul", "Takeshi Iwaya", "Wang Yi"], "agreed"),
        ("I told a Japanese colleague last week", ["Ha Jin-sook"], "told"),
    ],
    timexes=[
        ("2025-11-27 09:00", "2025-11-27T09:00", None),
        ("Tokyo wanted in [[January]]", "2026-01", None),
        ("and China in [[January]] for", "2026-01", None),
        ("May last year", "2024-05", None),
        ("Last weekend", "2025-W47-WE", None),
        ("Nov. 7", "2025-11-07", None),
        ("since [[2008]]", "2008", None),
        ("Is the [[January]] summit", "2026-01", None),
        ("In [[January]], yes.", "2026-01", None),
        ("Tokyo in [[March]] to hold", "2025-03", None),
        ("September 2012", "2012-09", None),
        ("three years", "P3Y", None),
        ("November 2015", "2015-11", None),
        ("December 2016", "2016-12", None),
        ("May 2018", "2018-05", None),
        ("Christmas Eve 2019", "2019-12-24", None),
        ("Oct. 30", "2025-10-30", None),
        ("two days later", "2025-11-01", None),
        ("last week", "2025-W47", None),
        ("the first half of next year", "2026-H1", None),
        ("after February", "2026-02", "AFTER"),
        ("fall in [[February]]", "2026-02", None),
        ("meets in [[March]]", "2026-03", None),
        ("the summer", "2026-SU", None),
    ],
    summits=[
        dict(date="2024-05", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral",
             ordinal=9, status="held", occasion=None, evidence=[INTRO, S2024]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[S2015]),
        dict(date="2018-05", place="Tokyo", country="JP", participants=M18,
             kind="trilateral", ordinal=7, status="held", occasion=None, evidence=[S2018]),
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=M18,
             kind="trilateral", ordinal=8, status="held", occasion=None, evidence=[S2018]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[LEE]),
        dict(date="2025-11-01", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion="APEC", evidence=[LEE]),
    ],
    agreements=[
        dict(title="hold the trilateral leaders' meeting at the earliest appropriate time",
             kind="commitment", date="2025-03", parties=["CN", "JP", "KR"],
             status="referenced", evidence=[FM]),
        dict(title="January trilateral summit in Japan (sounded out by Tokyo)",
             kind="commitment", date=None, parties=["CN", "JP", "KR"], status="proposed",
             evidence=["Tokyo sounded out both capitals.",
                       "Seoul said yes and Beijing said no"]),
    ],
    notes=[
        "Invented interview (outlet line, headline, standfirst and closing note are"
        " furniture; the stamp and the standfirst's 'January' are annotated). 'The Seocho"
        " Weekly', the former official Ha Jin-sook and all her answers are invented; Q/A turns"
        " carry no quotation marks and are not quotes. Real background, checked on stored"
        " pages: Yomiuri (Japan News) 2025-11-23, chinascope, uniteddaily/Kyodo and asiae"
        " 2025-11-22 (Japan, as chair, sounded out China and South Korea on a January summit;"
        " South Korea agreed, China refused after Takaichi's 7 November Diet remarks on a"
        " Taiwan contingency; the foreign ministers had agreed in Tokyo in March to hold the"
        " summit at an appropriate time as soon as possible; Japan hopes to try after February;"
        " Spring Festival and National People's Congress; the 2012 refusal after the Senkaku"
        " nationalization); ibtimes, ecns and asianews (December 2016 postponement; summits"
        " since 2008, none in 2013-14; Seoul in November 2015); KBS 2025-03-21 (Cho Tae-yul in"
        " Tokyo for the March 2025 trilateral foreign ministers' meeting); JoongAng Daily"
        " 2025-10-30 and qazinform (Lee-Takaichi on 30 October and Lee-Xi on 1 November in"
        " Gyeongju). From general knowledge: the Tokyo (May 2018), Chengdu (24 December 2019)"
        " and Seoul (May 2024) summits and their participants; Wang Yi and Takeshi Iwaya at the"
        " March 2025 meeting.",
        "Summits (6): four trilaterals (Seoul 2015; Tokyo 2018, ordinal 7; Chengdu 2019,"
        " ordinal 8, participants not repeated in the text; Seoul 2024, ordinal 9) and Lee's"
        " two Gyeongju meetings. Not summits: the January summit that 'will not happen', the"
        " meeting postponed in December 2016, the aggregate 'nine summits held since 2008'.",
        "Agreements (2): the foreign ministers' March 2025 commitment (referenced) and Japan's"
        " sounding-out on a January summit (proposed, rejected by Beijing; undated in the"
        " text; debatable as a proposal). Not an agreement: Ha's own proposal of deputy"
        " ministers' talks ('I would propose').",
        "Timexes: 'Last weekend' = the weekend of ISO week 47 (2025-W47-WE); 'the summer at"
        " the earliest' is annotated as 'the summer' without a mod (debatable).",
    ],
)
