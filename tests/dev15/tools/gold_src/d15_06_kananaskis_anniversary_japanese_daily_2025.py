# ruff: noqa: E501
LEDE = "Japan and South Korea passed the 60th anniversary"
SIGNED = "The Treaty on Basic Relations was signed in Tokyo"
FIRSTMET = "first met on June 17 on the sidelines"
TALKS = "In talks that lasted about 30 minutes"
FRONT = "Lee had called the two countries neighbors"
HOPED = "Ishiba said he hoped bilateral ties"
SEVERAL = "The Kananaskis meeting was one of several"
HELD = "He held talks with Australian Prime Minister"
JDZ = "Under the 1974 agreement on joint development"
NOSIGN = "Tokyo has given no public sign"
SEPT = "Japanese and South Korean officials met in Tokyo in September"
DECL = "Kim Dae-jung and Keizo Obuchi's 1998 joint declaration"

GOLD = dict(
    published="2025-06-23",
    furniture=[
        "60 years on, Japan and South Korea mark treaty day with a seabed deal in limbo\nBy Aiko Shimura, Staff Writer\nJune 23, 2025 | 18:30 JST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Lee Jae-myung": ["President Lee Jae-myung", "Lee", "He", "his"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        "Cyril Ramaphosa": ["South African President Cyril Ramaphosa"],
        "Keir Starmer": ["British Prime Minister Keir Starmer"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Kim Dae-jung": [],
        "Keizo Obuchi": [],
        "Government of Japan": ["Tokyo"],
        "Government of South Korea": ["Seoul"],
        "Hiroshi Tamura": ["Hiroshi Tamura, a professor at Yodogawa University"],
    },
    quotes=[
        ("sharing a front yard", "partial", "Lee Jae-myung", "had called"),
        ("nothing new to announce.", "partial", None, "said"),
        ("deep remorse", "partial", "Keizo Obuchi", "expressed"),
        ("future-oriented", "partial", None, "cited"),
        ("Shuttle diplomacy only works if somebody gets on the plane", "direct", "Hiroshi Tamura", "said"),
    ],
    statements=[
        ("Officials on both sides used the weekend to stress", [None], "stress"),
        (TALKS, ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
        (FRONT, ["Lee Jae-myung"], "had called"),
        (HOPED, ["Shigeru Ishiba"], "said"),
        (NOSIGN, [None], "said"),
        (DECL, ["Government of Japan", "Government of South Korea"], "was cited"),
        ("Analysts expect Lee and Ishiba to meet again", [None], "expect"),
    ],
    timexes=[
        ("[[60 years]] on, Japan", "P60Y", None),
        ("June 23, 2025 | 18:30 JST", "2025-06-23T18:30", None),
        ("ties on [[Sunday]]", "2025-06-22", None),
        ("less than a week", "P1W", "LESS_THAN"),
        ("the same day", "2025-06-22", None),
        ("June 22, 1965", "1965-06-22", None),
        ("two decades after", "1965", None),
        ("1910-45", "1910/1945", None),
        ("the weekend", "2025-W25-WE", None),
        ("the late 2010s", "201", "END"),
        ("June 4", "2025-06-04", None),
        ("June 17", "2025-06-17", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("3:30 p.m. local time", "2025-06-17T15:30", None),
        ("June 16", "2025-06-16", None),
        ("the next day", "2025-06-17", None),
        ("the [[1974]] agreement", "1974", None),
        ("from [[June 22 this year]]", "2025-06-22", None),
        ("three years'", "P3Y", None),
        ("50-year", "P50Y", None),
        ("in [[2028]]", "2028", None),
        ("said [[Monday]]", "2025-06-23", None),
        ("Tokyo in [[September]]", "2024-09", None),
        ("39 years", "P39Y", None),
        ("Obuchi's [[1998]] joint", "1998", None),
    ],
    summits=[
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="held", occasion="G7", evidence=[LEDE, FIRSTMET, TALKS, FRONT, SEVERAL]),
        dict(date="2025-06-16", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Anthony Albanese"], kind="sidelines", ordinal=None,
             status="held", occasion="G7", evidence=[HELD]),
        dict(date="2025-06-16", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Cyril Ramaphosa"], kind="sidelines", ordinal=None,
             status="held", occasion="G7", evidence=[HELD]),
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Keir Starmer"], kind="sidelines", ordinal=None,
             status="held", occasion="G7", evidence=[HELD]),
    ],
    agreements=[
        dict(title="Treaty on Basic Relations (1965)", kind="treaty", date="1965-06-22",
             parties=["JP", "KR"], status="referenced", evidence=[LEDE, SIGNED]),
        dict(title="resume shuttle diplomacy (Kananaskis)", kind="commitment", date="2025-06-17",
             parties=["JP", "KR"], status="referenced", evidence=[TALKS, "Shuttle diplomacy only works"]),
        dict(title="strengthen three-way cooperation with the United States (Kananaskis)", kind="commitment", date="2025-06-17",
             parties=["JP", "KR"], status="referenced", evidence=[TALKS]),
        dict(title="1974 agreement on joint development of the continental shelf south of Jeju Island", kind="treaty", date="1974",
             parties=["JP", "KR"], status="referenced", evidence=[LEDE, JDZ, NOSIGN, SEPT]),
        dict(title="1998 joint declaration of Kim Dae-jung and Keizo Obuchi", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
    ],
    notes=[
        "Invented Tokyo daily story, English edition (Japan Times / Mainichi style; reporter Aiko Shimura, Professor Hiroshi Tamura and Yodogawa University are invented; headline, byline and stamp are furniture; the headline expression and the stamp are annotated). The official's 'nothing new to announce', the governments' anniversary messages citing the 1998 declaration, the 'weekend' remarks and Tamura's quote are invented; the stamp time is invented.",
        "Real facts, checked on stored pages: prod.biz.chosun.com 2025/06/18 (first Lee-Ishiba summit on 17 June at Kananaskis, about 30 minutes from 3:30 p.m.; Lee's 'neighbors sharing a front yard'; Ishiba's hope that cooperation helps the region and the world; shuttle diplomacy), news.kbs.co.kr ncd=8281748 (agreed to strengthen Korea-U.S.-Japan cooperation and resume shuttle diplomacy; talks with the U.K. and Canadian leaders), ajw.asahi.com 15847725 (Reuters: Lee met Albanese and Ramaphosa on Monday 16 June; Lee-Trump meeting became difficult as Trump left early; Lee sworn in after the 3 June election), koreaherald ud=20240926050640 and asiannews.online (JDZ: 1974 agreement, in force 1978 for 50 years, notice possible from 22 June 2025; September 2024 commission meeting, first in 39 years), byteseu.com/449935 (KBS: term through June 2028). From general knowledge: the treaty signed in Tokyo on 22 June 1965; Lee's inauguration on 4 June 2025; Lee-Starmer on 17 June; Obuchi's 'deep remorse' in the 1998 declaration.",
        "Summits (4): Kananaskis Lee-Ishiba (ordinal 1, 'first met'), Lee-Albanese and Lee-Ramaphosa (16 June), Lee-Starmer ('the next day'), all G7 sideline meetings. Not summits: the Lee-Trump meeting 'called off', the expectation that Lee and Ishiba will 'meet again within months' (no date), the officials' commission meeting.",
        "Agreements (5): the 1965 treaty (dated to the day the text gives), two Kananaskis commitments split from one sentence (referenced, since the article reports them as background of the anniversary), the 1974 JDZ agreement, the 1998 joint declaration. 'shuttle diplomacy' in the Kananaskis sentence is a term in quotation marks, not a quote; 'deep remorse' is attributed to Obuchi, in whose name the declaration records it; 'future-oriented', the words of two governments, has speaker null.",
        "Timexes: 'less than a week' = P1W LESS_THAN; 'two decades after' takes the date it points to (1965); 'the weekend' = 2025-W25-WE; 'the late 2010s' = decade 201 with END; 'from June 22 this year' = 2025-06-22; 'within months' is vague and not annotated; '60th anniversary' is an ordinal.",
    ],
)
