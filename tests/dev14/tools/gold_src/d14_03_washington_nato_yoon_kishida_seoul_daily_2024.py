# ruff: noqa: E501
LEDE = "President Yoon Suk Yeol wrapped up his stay in Washington"
SAT = "Yoon and Kishida sat down on Wednesday"
OFFICE = "According to Yoon's office, the two leaders agreed"
START = "Yoon told Kishida at the start of the talks"
PACT = "The talks came three weeks after Russian President Vladimir Putin"
BIDEN = "On Thursday morning, Yoon and Biden met"
WD = "The document builds on the Washington Declaration"
IP4 = "Also on Thursday, Yoon and Kishida joined"
IP4JS = "The four issued a joint statement condemning"
NOTRI = "A trilateral summit of Yoon, Kishida and Biden"
INTEND = "Officials in Seoul said the three leaders still intend"
SF = "The trio last sat down together in San Francisco"
LOOK = "Biden did look in on the Indo-Pacific partners"
FOUR = ["Yoon Suk Yeol", "Fumio Kishida", "Christopher Luxon", "Richard Marles"]

GOLD = dict(
    published="2024-07-12",
    furniture=[
        "NATIONAL | DIPLOMACY\n"
        "Yoon wraps up NATO trip with Kishida talks, nuclear guidelines with Biden\n"
        "Seoul, Tokyo vow closer work with alliance as Russia-N. Korea pact looms\n\n"
        "By Kwon Ha-eun\n"
        "Posted : 2024-07-12 17:36 | Updated : 2024-07-12 19:02",
        "WASHINGTON - ",
        "kwonhe@jongnodaily.kr\n\nRelated articles\n"
        "- [Full text] Joint statement on nuclear deterrence guidelines\n"
        "- Kishida, Yoon hail 'trust' at Seoul talks",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida", "the Japanese leader"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Vladimir Putin": ["Russian President Vladimir Putin"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un"],
        "Chang Ho-jin": ["Yoon's national security adviser Chang Ho-jin"],
        "Christopher Luxon": ["New Zealand Prime Minister Christopher Luxon"],
        "Richard Marles": ["Australian Deputy Prime Minister Richard Marles"],
        "Anthony Albanese": ["Prime Minister Anthony Albanese"],
        "Volodymyr Zelenskyy": ["Ukrainian President Volodymyr Zelenskyy"],
        "Hwang Jae-min": ["Hwang Jae-min, a research fellow at the Yeouido Institute for Strategy"],
        "Office of the President of South Korea": ["Yoon's office"],
        "Government of South Korea": ["Seoul"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("Our two countries are no longer just neighbors", "direct", "Yoon Suk Yeol", "told"),
        ("We are partners carrying the same load.", "direct", "Yoon Suk Yeol", None),
        ("cannot be separated", "partial", "Fumio Kishida", "said"),
        ("Any nuclear attack on the South", "direct", "Chang Ho-jin", "told reporters"),
        ("Seoul has moved from observer to participant", "direct", "Hwang Jae-min", "said"),
        ("The question is what it brings to the table next.", "direct", "Hwang Jae-min", None),
    ],
    statements=[
        (OFFICE, ["Yoon Suk Yeol", "Fumio Kishida", "Office of the President of South Korea"], "agreed"),
        ("Kishida said the security of Europe", ["Fumio Kishida"], "said"),
        (PACT, ["Government of South Korea", "Government of Japan"], "condemned"),
        (IP4JS, FOUR, "condemning"),
        (INTEND, [None], "said"),
    ],
    timexes=[
        ("2024-07-12 17:36", "2024-07-12T17:36", None),
        ("2024-07-12 19:02", "2024-07-12T19:02", None),
        ("Washington on [[Thursday]], having", "2024-07-11", None),
        ("sat down on [[Wednesday]]", "2024-07-10", None),
        ("late May", "2024-05", "END"),
        ("since [[2022]]", "2022", None),
        ("three weeks after", "2024-07-10", None),
        ("June 19", "2024-06-19", None),
        ("On Thursday morning", "2024-07-11TMO", None),
        ("April 2023", "2023-04", None),
        ("Also on Thursday", "2024-07-11", None),
        ("20-minute", "PT20M", None),
        ("in the spring", "2024-SP", None),
        ("the end of the year", "2024", "END"),
        ("last August", "2023-08", None),
        ("Nov. 16 last year", "2023-11-16", None),
        ("later in the day", "2024-07-11", None),
        ("June 2022", "2022-06", None),
        ("July last year", "2023-07", None),
    ],
    summits=[
        dict(date="2024-07-10", place="Washington", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="NATO summit", evidence=[LEDE, SAT, OFFICE, START]),
        dict(date="2024-05", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SAT]),
        dict(date="2024-05", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[SAT]),
        dict(date="2024-07-11", place="Washington", country="US", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="NATO summit", evidence=[LEDE, BIDEN]),
        dict(date="2024-07-11", place="Washington", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Christopher Luxon"],
             kind="multilateral", ordinal=None, status="held", occasion="NATO summit", evidence=[LEDE, IP4, IP4JS]),
        dict(date="2024-07-11", place="Washington", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Christopher Luxon", "Volodymyr Zelenskyy"],
             kind="multilateral", ordinal=None, status="held", occasion="NATO summit", evidence=[IP4JS]),
        dict(date="2024-07-11", place="Washington", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Christopher Luxon", "Joe Biden"],
             kind="multilateral", ordinal=None, status="held", occasion="NATO summit", evidence=[LOOK]),
        dict(date="2024", place=None, country=None, participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[NOTRI, INTEND]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[INTEND]),
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="APEC", evidence=[SF]),
        dict(date="2024-06-19", place="Pyongyang", country="KP", participants=["Vladimir Putin", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PACT]),
    ],
    agreements=[
        dict(title="deepen cooperation with NATO and its members", kind="commitment", date="2024-07-10",
             parties=["JP", "KR"], status="agreed", evidence=[OFFICE]),
        dict(title="broaden coordination among the four Indo-Pacific partners", kind="commitment", date="2024-07-10",
             parties=["JP", "KR"], status="agreed", evidence=[OFFICE]),
        dict(title="keep working with Washington on North Korea", kind="commitment", date="2024-07-10",
             parties=["JP", "KR"], status="agreed", evidence=[OFFICE]),
        dict(title="Russia-North Korea mutual defense treaty", kind="treaty", date="2024-06-19",
             parties=["KP", "RU"], status="referenced", evidence=[PACT]),
        dict(title="joint statement endorsing the nuclear deterrence guidelines", kind="joint-statement", date="2024-07-11",
             parties=["KR", "US"], status="agreed", evidence=[BIDEN]),
        dict(title="Guidelines for Nuclear Deterrence and Nuclear Operations on the Korean Peninsula", kind="mou",
             date="2024-07-11", parties=["KR", "US"], status="signed", evidence=[BIDEN, WD]),
        dict(title="Washington Declaration", kind="joint-declaration", date="2023-04",
             parties=["KR", "US"], status="referenced", evidence=[WD]),
        dict(title="IP4 joint statement on Russia-North Korea military cooperation", kind="joint-statement",
             date="2024-07-11", parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[IP4JS]),
        dict(title="keep up support for Ukraine", kind="commitment", date="2024-07-11",
             parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[IP4JS]),
        dict(title="Camp David pledge to hold trilateral summits regularly", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[INTEND]),
    ],
    notes=[
        "Invented Seoul daily story (paper 'The Jongno Daily' implied by the e-mail line, reporter Kwon Ha-eun, fellow Hwang Jae-min and 'Yeouido Institute for Strategy' invented; rubric, headline, deck, byline, Posted/Updated stamp, dateline prefix, e-mail and related-articles lines are furniture; the stamps are annotated). All quotes are invented, including the words given to Yoon, Kishida and Chang Ho-jin; the stamp times are invented.",
        "Real facts, checked on stored pages: fukuoka-ken.com 36373 (Kyodo: Kishida and Yoon agreed in Washington to deepen cooperation with NATO, expand cooperation with the Indo-Pacific partners and continue trilateral cooperation with the U.S. on North Korea); cm.asiae.co.kr 2024070819213339187 (Kishida-Yoon meeting sought on the NATO sidelines, July 9-11; IP4 meeting on the 11th); cm.asiae.co.kr 2024071201361104941, world.kbs.co.kr Seq_Code 186630, fnnews, news1 and missiledefenseadvocacy (AP) (Yoon-Biden summit on the morning of July 11 at the Walter E. Washington Convention Center; joint statement; guidelines signed by defense officials earlier Thursday; Washington Declaration of April 2023; NCG); theepochtimes (Russia-North Korea treaty signed in Pyongyang on June 19); japan.kantei.go.jp 202407/11ip4.html and 11ip4ukraine.html (IP4 meeting July 11, about 20 minutes, Luxon, Yoon, Marles; joint statement; IP4 + Ukraine meeting with Zelenskyy, agreed to continue cooperation); japannews.yomiuri ?p=198275 (the four met with Biden too on Thursday; joint statement condemning Russia-North Korea cooperation); japannews.yomiuri 20240401-177943 and asianews.network (Biden planned a trilateral on the NATO sidelines; Camp David August 2023 pledge of regular trilateral summits; San Francisco meeting Nov. 16, 2023); wowkorea 428528 (third consecutive NATO summit; Madrid June 2022); kvia.com (AP, third year in a row); asia.nikkei.com and english-tools.ganp.jp (Kishida-Yoon bilateral in Seoul on May 26, 2024, before the trilateral with Li Qiang); nippon.com yjj2023071201192 (Vilnius, July 2023). From general knowledge: Chang Ho-jin as national security adviser; no Yoon-Kishida-Biden trilateral during the NATO week.",
        "Summits (11): Yoon-Kishida (Washington, July 10), the late-May Seoul bilateral and trilateral with Li Qiang (told through 'came to Seoul in late May for a three-way summit', dated 2024-05), Yoon-Biden (July 11), three four-leader sessions on July 11 (IP4 without Australia's leader, since Marles is a deputy standing in, as unseen16; IP4 + Zelenskyy; IP4 + Biden), the planned Yoon-Kishida-Biden trilateral 'before the end of the year' (2024), Camp David, San Francisco, and the Putin-Kim meeting implied by the signing in Pyongyang. Not summits: the trilateral that 'did not take place during the NATO week' (the planned record stands for the intended meeting), the NATO summits in Madrid and Vilnius as gatherings (occasions, not records).",
        "Agreements (10): three JP-KR commitments split from one 'agreed to A, to B, and to C' sentence; the Russia-North Korea treaty (referenced); the KR-US joint statement (agreed) and the guidelines signed by defense officials (mou: an arrangement between ministries); the Washington Declaration (referenced); the IP4 joint statement and the four-party commitment to support Ukraine; the Camp David commitment (referenced). Marles is a speaker of the four's joint statement but Australia's leader is not a summit participant.",
        "Timexes: 'three weeks after' points to the Kishida-Yoon talks (2024-07-10), following the unseen16 convention; 'late May' = 2024-05 END; 'in the spring' = 2024-SP; 'the end of the year' = 2024 END; 'On Thursday morning' = 2024-07-11TMO; 'hours earlier', 'a few summers' and 'the NATO week' are not annotated (vague).",
    ],
)
