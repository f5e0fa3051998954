# ruff: noqa: E501
LEDE = "Japan's Prime Minister Kishida Fumio has held his first face-to-face talks"
MET = "The two leaders met at a hotel on Thursday local time"
TOLD = "Kishida told reporters afterwards"
ALSO = "They also agreed to hold a high-level economic dialogue"
SEAFOOD = "Kishida called for the immediate lifting"
RAISED = "He also raised the case of a Japanese businessman"
BANGKOK = "The two last met in Bangkok in November last year."
BIDENXI = "Xi had held talks with U.S. President Joe Biden"
SAT = "Kishida then sat down with Biden."
AGREED = "The two leaders agreed to coordinate closely on China"
INVITE = "Kishida said Biden had invited him"
YOON = "Kishida also met South Korean President Yoon Suk Yeol on Thursday"
GROUP = "Kishida, Biden and Yoon later spoke briefly as a group"

GOLD = dict(
    published="2023-11-17",
    furniture=[
        "Kishida meets Xi for first time in a year, then Biden and Yoon, on APEC sidelines\nJBN WORLD\nNov. 17, 2023 19:30 JST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Japan's Prime Minister Kishida Fumio", "Kishida Fumio", "Kishida", "He"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon"],
        "Ayako Morishita": ["Professor Ayako Morishita of the Kudan Institute of International Affairs"],
    },
    quotes=[
        ("mutually beneficial relationship based on common strategic interests", "partial", "Fumio Kishida", "told reporters"),
        ("Two years ago, the leaders of Japan and South Korea", "direct", "Ayako Morishita", "said"),
        ("Beijing is watching that closely.", "direct", "Ayako Morishita", None),
    ],
    statements=[
        (TOLD, ["Fumio Kishida"], "told reporters"),
        (ALSO, ["Fumio Kishida", "Xi Jinping"], "agreed"),
        (SEAFOOD, ["Fumio Kishida"], "called for"),
        (RAISED, ["Fumio Kishida"], "raised"),
        (BIDENXI, ["Joe Biden", "Xi Jinping"], "agreed"),
        (AGREED, ["Fumio Kishida", "Joe Biden"], "agreed"),
        (INVITE, ["Fumio Kishida"], "said"),
        (YOON, ["Fumio Kishida", "Yoon Suk Yeol"], "shared concern"),
        (GROUP, ["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol", None], "agreed"),
    ],
    timexes=[
        ("Nov. 17, 2023 19:30 JST", "2023-11-17T19:30", None),
        ("in about a year", "P1Y", "APPROX"),
        ("hotel on [[Thursday]] local time", "2023-11-16", None),
        ("about an hour", "PT1H", "APPROX"),
        ("2008", "2008", None),
        ("in [[August]]", "2023-08", None),
        ("November last year", "2022-11", None),
        ("the previous day", "2023-11-15", None),
        ("early next year", "2024", "START"),
        ("Yoon Suk Yeol [[on Thursday]]", "2023-11-16", None),
        ("this year", "2023", None),
        ("[[Friday]] local time", "2023-11-17", None),
        ("Two years ago", "2021", None),
    ],
    summits=[
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[LEDE, MET, TOLD]),
        dict(date="2022-11", place="Bangkok", country="TH", participants=["Fumio Kishida", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BANGKOK]),
        dict(date="2023-11-15", place=None, country="US", participants=["Joe Biden", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BIDENXI]),
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[SAT, AGREED]),
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[YOON]),
    ],
    agreements=[
        dict(title="Japan-China joint statement of 2008 (mutually beneficial relationship based on common strategic interests)",
             kind="joint-statement", date="2008", parties=["CN", "JP"], status="referenced", evidence=[TOLD]),
        dict(title="hold a high-level economic dialogue at an appropriate time", kind="commitment", date="2023-11-16",
             parties=["CN", "JP"], status="agreed", evidence=[ALSO]),
        dict(title="restore U.S.-China military-to-military communication", kind="commitment", date="2023-11-15",
             parties=["CN", "US"], status="referenced", evidence=[BIDENXI]),
        dict(title="coordinate closely on China", kind="commitment", date="2023-11-16", parties=["JP", "US"],
             status="agreed", evidence=[AGREED]),
        dict(title="keep sanctions on Russia in place", kind="commitment", date="2023-11-16", parties=["JP", "US"],
             status="agreed", evidence=[AGREED]),
        dict(title="continue supporting Ukraine", kind="commitment", date="2023-11-16", parties=["JP", "US"],
             status="agreed", evidence=[AGREED]),
        dict(title="invitation to visit the United States as a state guest early next year", kind="commitment",
             date="2023-11-16", parties=["JP", "US"], status="proposed", evidence=[INVITE]),
        dict(title="deepen three-way cooperation", kind="commitment", date="2023-11-16", parties=["JP", "KR", "US"],
             status="agreed", evidence=[GROUP]),
    ],
    notes=[
        "Invented Japanese broadcaster web story (broadcaster 'JBN World', the professor and her institute invented; headline, outlet line and stamp are furniture; the stamp is annotated). The professor's quotes are invented; 'mutually beneficial relationship based on common strategic interests' is Kishida's real phrase as reported.",
        "Real facts, checked on stored pages: japannews.yomiuri 20231117-150072 and 20231117-150014 (Kishida-Xi on Thursday in San Francisco on the APEC sidelines, first in about a year, last in Bangkok in November 2022; 'mutually beneficial relationship based on common strategic interests'); nippon.com yjj2023111700475 (high-level economic dialogue at the appropriate time); thepatriotlight.com (Reuters: hour-long talks at a hotel; seafood ban; detained businessman; export-control framework welcomed); menafn.com (KUNA/NHK: buoy in Japan's EEZ); japannews.yomiuri 20231116-149877 (concept included in a 2008 joint statement); japannews.yomiuri 20231118-150272 (Kishida-Biden on Thursday, the day after Biden-Xi: China, Russia sanctions, Ukraine, invitation as a state guest early next year; brief three-way conversations agreeing to deepen cooperation); theindiansystem.com (Biden-Xi agreed to resume military communications; Kishida-Yoon meeting on North Korea's missile tests); japantoday and japannews.yomiuri 20231114-149490 (Stanford event with Yoon on Friday); ktvu.com. From general knowledge or the unseen16 notes: the start of the treated-water release in August 2023; Kishida-Yoon's earlier 2023 meetings (New Delhi was the sixth since March).",
        "Summits (5): Kishida-Xi (held); Bangkok, November 2022 (held; the text does not name APEC, so no occasion); Biden-Xi 'the previous day' (15 November; place given only as 'near San Francisco', left null); Kishida-Biden and Kishida-Yoon (ordinal null: 'their seventh meeting this year' counts only 2023). Not summits: the brief three-way conversation ('a short conversation rather than a formal trilateral meeting', consistent with u27_03), the Stanford discussion (joint appearance), the invited state visit (no date agreed).",
        "Agreements (8): the 2008 joint statement (referenced through the reaffirmed concept); the CN-JP economic dialogue commitment; the US-CN military communication commitment (referenced background); three JP-US commitments split from 'agreed to coordinate closely on China, to keep sanctions ... and to continue supporting Ukraine'; Biden's invitation (proposed); the three-way commitment to deepen cooperation. Not agreements: the welcomed export-control framework (launched, welcomed only), Kishida's demands on seafood, the businessman and the buoy.",
        "Timexes: 'Thursday' and 'Friday' carry 'local time' (San Francisco): 16 and 17 November; 'early next year' = 2024 START; 'in about a year' = P1Y APPROX; 'Two years ago' in the quote = 2021; 'an appropriate time' is not annotated.",
    ],
)
