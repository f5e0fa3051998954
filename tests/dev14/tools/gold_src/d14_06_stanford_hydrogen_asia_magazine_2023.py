# ruff: noqa: E501
LEDE = "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol shared a stage"
FOLLOWED = "followed a 35-minute meeting between the two leaders on Thursday"
SEVENTH = "It was the seventh time they had met this year."
MOFA = "At that meeting, according to Japan's Foreign Ministry"
THANK = "Kishida thanked Seoul for the joint evacuation"
YOON = "Yoon said the security dialogues"
H2 = "At Stanford, the two leaders announced"
NOTSUMMIT = "The Stanford event was not a summit in the formal sense"
TRI = "On Thursday, Kishida and Yoon also briefly joined"
HIRO = "In Hiroshima in May, the three had managed only"
XI = "The APEC week also brought Kishida face to face"
MBR = "The two leaders reaffirmed their commitment"
PLAN = "Yoon's decision in March to compensate victims"

GOLD = dict(
    published="2023-11-18",
    furniture=[
        "Politics | International relations\n\n"
        "Kishida and Yoon take their thaw to Silicon Valley\n"
        "Stanford stage caps a year of summits; hydrogen and chips on the agenda as Xi talks test Tokyo\n\n"
        "MIKA TAKAHARA and JOON LIM, Asia Ledger staff writers\n"
        "November 18, 2023 05:30 JST",
        "SAN FRANCISCO/SEOUL -- ",
        "Photo: Kishida and Yoon at Stanford University on Nov. 17. (Pool)\n"
        "Related: Japan, South Korea revive finance dialogue after seven-year gap",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Oh Ji-hoon": ["Oh Ji-hoon, who teaches Northeast Asian economics at Kwanak University"],
        "Ministry of Foreign Affairs of Japan": ["Japan's Foreign Ministry"],
    },
    quotes=[
        ("a free and open international order", "partial", "Ministry of Foreign Affairs of Japan", "according to"),
        ("reassuring", "partial", "Fumio Kishida", "calling"),
        ("fully back on track.", "partial", "Yoon Suk Yeol", "said"),
        ("Ten years ago you could not have put", "direct", "Oh Ji-hoon", "said"),
        ("Now the argument is over who gets the hydrogen plants.", "direct", "Oh Ji-hoon", None),
        ("mutually beneficial relationship based on common strategic interests,", "partial", "Fumio Kishida", "told reporters"),
    ],
    statements=[
        (MOFA, ["Fumio Kishida", "Yoon Suk Yeol", "Ministry of Foreign Affairs of Japan"], "agreed"),
        (THANK, ["Fumio Kishida"], "thanked"),
        (YOON, ["Yoon Suk Yeol"], "said"),
        (H2, ["Fumio Kishida", "Yoon Suk Yeol"], "announced"),
        (NOTSUMMIT, [None], "stressed"),
        (MBR, ["Fumio Kishida", "Xi Jinping"], "reaffirmed"),
        ("Critics at home still call the plan one-sided.", [None], "call"),
    ],
    timexes=[
        ("November 18, 2023 05:30 JST", "2023-11-18T05:30", None),
        ("Stanford University on [[Friday]]", "2023-11-17", None),
        ("since [[March]].", "2023-03", None),
        ("35-minute", "PT35M", None),
        ("two leaders on [[Thursday]]", "2023-11-16", None),
        ("met [[this year]].", "2023", None),
        ("last month", "2023-10", None),
        ("Tokyo in [[March]] were", "2023-03", None),
        ("Ten years ago", "2013", None),
        ("[[On Thursday]], Kishida", "2023-11-16", None),
        ("Aug. 18", "2023-08-18", None),
        ("Hiroshima in [[May]]", "2023-05", None),
        ("two-minute", "PT2M", None),
        ("The APEC week", "2023-W46", None),
        ("Xi Jinping on [[Thursday]]", "2023-11-16", None),
        ("November last year", "2022-11", None),
        ("began in [[August]]", "2023-08", None),
        ("Yoon's decision in [[March]]", "2023-03", None),
        ("on [[Wednesday]], returns", "2023-11-15", None),
        ("Tokyo on [[Sunday]]", "2023-11-19", None),
        ("Nov. 17", "2023-11-17", None),
    ],
    summits=[
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[FOLLOWED, SEVENTH, MOFA, THANK]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[YOON]),
        dict(date="2023-11-16", place="San Francisco", country="US",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral", ordinal=None,
             status="held", occasion="APEC", evidence=[TRI]),
        dict(date="2023-08-18", place="Camp David", country="US",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[TRI]),
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[XI, MBR]),
        dict(date="2022-11", place="Bangkok", country="TH", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[XI]),
    ],
    agreements=[
        dict(title="keep working to uphold a free and open international order in the Indo-Pacific", kind="commitment",
             date="2023-11-16", parties=["JP", "KR"], status="agreed", evidence=[MOFA]),
        dict(title="cooperate bilaterally and with the U.S. on North Korea's nuclear and missile programs", kind="commitment",
             date="2023-11-16", parties=["JP", "KR"], status="agreed", evidence=[MOFA]),
        dict(title="revive the security dialogues (promised during Yoon's Tokyo trip)", kind="commitment", date="2023-03",
             parties=["JP", "KR"], status="referenced", evidence=[YOON]),
        dict(title="work together on a hydrogen and ammonia supply network", kind="commitment", date="2023-11-17",
             parties=["JP", "KR"], status="agreed", evidence=[H2]),
        dict(title="Camp David joint statement", kind="joint-statement", date="2023-08-18",
             parties=["JP", "KR", "US"], status="referenced", evidence=[TRI]),
        dict(title="consult one another in a crisis (Camp David)", kind="commitment", date="2023-08-18",
             parties=["JP", "KR", "US"], status="referenced", evidence=[TRI]),
        dict(title="mutually beneficial relationship based on common strategic interests", kind="commitment",
             date="2023-11-16", parties=["CN", "JP"], status="agreed", evidence=[MBR]),
    ],
    notes=[
        "Invented Asia-focused magazine story (Nikkei Asia style; magazine 'Asia Ledger', writers Mika Takahara and Joon Lim, lecturer Oh Ji-hoon and 'Kwanak University' invented; rubric, headline, standfirst, byline, stamp, dateline prefix, photo caption and related line are furniture; the stamp and the caption date are annotated). All quotes are invented wording except 'a free and open international order' and 'mutually beneficial relationship based on common strategic interests', short fragments of the official formulas reported by Yomiuri; Yoon's 'fully back on track' rewords a reported remark. The Japanese official's remark on the Stanford event and the stamp time are invented.",
        "Real facts, checked on stored pages: japannews.yomiuri.co.jp 20231117-150153 (Kishida-Yoon in San Francisco on Thursday, 35-minute meeting, seventh meeting this year; agreed to maintain and strengthen 'a free and open international order'; confirmed working bilaterally and trilaterally with the U.S. on North Korea; Kishida on the evacuation from Israel; Yoon on the revival of dialogue agreed during his March visit to Japan); en.yna.co.kr AEN20231116000400315 and japannews.yomiuri 20231114-149490 (Stanford discussion on Friday; Kishida in San Francisco from Wednesday to Sunday; March decision on forced-labor compensation; seafood ban over the Fukushima release); ktvu.com (Stanford hosted Yoon and Kishida on Friday, the final day of APEC; quantum, energy, hydrogen-ammonia cooperation; trilateral with Biden on Thursday); aanworld.com (trilateral on Thursday, photo, no formal remarks; joint supply network for hydrogen and ammonia); cm.asiae.co.kr 2023111708530171747 (three leaders meet on the 16th, first since Camp David on August 18; two-minute greeting in Hiroshima in May); japannews.yomiuri 20231117-150072 (Kishida-Xi on Thursday, first in about a year since Bangkok in November 2022; reaffirmed the 'mutually beneficial relationship based on common strategic interests'); japan.kantei.go.jp 1115kaiken (Stanford forum on cutting-edge technology). From general knowledge: the October 2023 evacuation from Israel; the release of treated water from August 2023; the Camp David commitment to consult; the domestic foundation of the compensation plan.",
        "Summits (6): Kishida-Yoon in San Francisco (held; 'the seventh time they had met this year' gives no ordinal for the pair, as unseen16), Yoon's March trip to Tokyo, the brief three-way encounter with Biden (recorded as a held trilateral: the leaders sat together for a photo session and conversation), Camp David, Kishida-Xi in San Francisco and in Bangkok. Not summits: the Stanford event (a joint public appearance, as the text says and as unseen16 treats joint forum appearances), the two-minute greeting in Hiroshima (greeting), the APEC summit itself.",
        "Agreements (7): two JP-KR commitments from the Foreign Ministry sentence; the March commitment to revive the security dialogues (referenced); the hydrogen-ammonia commitment; the Camp David joint statement and the commitment to consult (one sentence, two records, referenced); the JP-CN reaffirmation. Not agreements: Seoul's compensation plan (unilateral), China's seafood ban.",
        "Timexes: 'The APEC week' = 2023-W46 (the week of 13-19 November 2023); 'Ten years ago' = 2013; 'the year of summitry' is not annotated (it names the year only through context); 'last month' = 2023-10.",
    ],
)
