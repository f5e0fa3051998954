# ruff: noqa: E501
XI = "President Yoon Suk Yeol held a summit with President Xi Jinping"
FIRST = "This was the first in-person meeting between the leaders of the two countries"
COMM = "The two leaders agreed to keep up close communication"
SUPPLY = "They also agreed to strengthen cooperation to keep supply chains stable."
PP = "On Sunday, President Yoon held summits in Phnom Penh"
KJ = "At the Korea-Japan summit, the two leaders' first formal talks"
TRI = "At the trilateral summit, the three leaders adopted"
DATA = "Under the statement, the three countries will share"
BIDENXI = "President Xi met President Biden yesterday"
BKK = "We understand that the Japan-China summit will take place in Bangkok"

GOLD = dict(
    published="2022-11-15",
    furniture=[
        "Briefing by Deputy Spokesperson Lee Jae-myoung on the Korea-China Summit and the Results of the President's Trip to Cambodia and Indonesia",
        "Office of the President | Briefings\nDate: 2022-11-15 21:10 (local time) | Press center, Nusa Dua, Bali",
        "Office of the President, Republic of Korea\n",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon", "He", "The President"],
        "Xi Jinping": ["President Xi Jinping of the People's Republic of China", "President Xi"],
        "Moon Jae-in": ["former President Moon Jae-in"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida of Japan", "Prime Minister Kishida"],
        "Joe Biden": ["President Joe Biden of the United States", "President Biden"],
        "Lee Jae-myoung": ["Deputy Spokesperson Lee Jae-myoung"],
        "Han Duck-soo": ["Prime Minister Han Duck-soo"],
    },
    quotes=[
        ("Korea and China should build a more mature relationship", "direct", "Yoon Suk Yeol", "said"),
    ],
    statements=[
        ("President Yoon thanked President Xi", ["Yoon Suk Yeol"], "noted"),
        ("On North Korea, President Yoon asked China", ["Yoon Suk Yeol"], "asked"),
        ("President Xi replied that China hopes", ["Xi Jinping"], "replied"),
        (COMM, ["Yoon Suk Yeol", "Xi Jinping"], "agreed"),
        (SUPPLY, ["Yoon Suk Yeol", "Xi Jinping"], "agreed"),
        (KJ, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (TRI, ["Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"], "adopted"),
    ],
    timexes=[
        ("2022-11-15 21:10", "2022-11-15T21:10", None),
        ("held [[this evening]]", "2022-11-15TEV", None),
        ("six-day", "P6D", None),
        ("about 25 minutes", "PT25M", "APPROX"),
        ("5 p.m.", "2022-11-15T17:00", None),
        ("two years and 11 months", "P2Y11M", None),
        ("December 2019", "2019-12", None),
        ("election in [[March]]", "2022-03", None),
        ("relations [[this year]]", "2022", None),
        ("On Sunday", "2022-11-13", None),
        ("New York in [[September]]", "2022-09", None),
        ("return home [[tomorrow]]", "2022-11-16", None),
        ("Bangkok [[later this week]]", "2022-W46", None),
        ("come up [[today]]", "2022-11-15", None),
        ("this morning", "2022-11-15TMO", None),
        ("yesterday", "2022-11-14", None),
        ("Kishida [[later this week]]", "2022-W46", None),
        ("on Thursday", "2022-11-17", None),
    ],
    summits=[
        dict(date="2022-11-15", place="Bali", country="ID", participants=["Yoon Suk Yeol", "Xi Jinping"],
             kind="sidelines", ordinal=1, status="held", occasion="G20 Summit", evidence=[XI, FIRST]),
        dict(date="2019-12", place="Beijing", country="CN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FIRST]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[PP, KJ]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[PP]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[PP, TRI]),
        dict(date="2022-09", place="New York", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="UN General Assembly", evidence=[KJ]),
        dict(date="2022-11-14", place="Bali", country="ID", participants=["Xi Jinping", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="G20 Summit", evidence=[BIDENXI]),
        dict(date="2022-11-17", place="Bangkok", country="TH", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[BIDENXI, BKK]),
    ],
    agreements=[
        dict(title="keep up close communication through high-level exchanges and strategic dialogue", kind="commitment",
             date="2022-11-15", parties=["CN", "KR"], status="agreed", evidence=[COMM]),
        dict(title="strengthen cooperation to keep supply chains stable", kind="commitment",
             date="2022-11-15", parties=["CN", "KR"], status="agreed", evidence=[SUPPLY]),
        dict(title="continue diplomatic consultations toward an early resolution of pending issues including forced labor",
             kind="commitment", date="2022-11-13", parties=["JP", "KR"], status="agreed", evidence=[KJ]),
        dict(title="Phnom Penh Statement on a trilateral partnership for the Indo-Pacific", kind="joint-statement",
             date="2022-11-13", parties=["JP", "KR", "US"], status="agreed", evidence=[TRI, DATA]),
        dict(title="share North Korean missile warning data in real time", kind="commitment",
             date="2022-11-13", parties=["JP", "KR", "US"], status="agreed", evidence=[DATA]),
    ],
    notes=[
        "Invented briefing in the style of the South Korean presidential office (title, office line with stamp and place, and the closing office line are furniture; the stamp is annotated). Lee Jae-myoung was the deputy presidential spokesperson (en.yna.co.kr AEN20221115002752315); every word of the briefing is invented, including Yoon's quoted sentence, Xi's reply and the two Korea-China commitments (invented outcomes, marked as such; the real talks' content was not checked in detail). The stamp time is invented. The briefer's own answers in the Q&A are not statements (as unseen15/16).",
        "Real facts checked on stored pages: en.yna.co.kr AEN20221115002752315 (Yoon-Xi first summit in Bali on Tuesday 15 November 2022 at 5 p.m. local time on the G20 sidelines; Xi's congratulatory call after the March election; separate summits with Biden and Kishida and a trilateral in Phnom Penh; last Korea-China leaders' meeting in December 2019; Biden-Xi the previous day); yenisafak.com (AA: Moon called on Xi in Beijing in December 2019); asianews.network 2022-11-10 (six-day trip, Phnom Penh from Friday, Bali from Monday, East Asia Summit on Sunday); nationthailand.com 40022074 and japannews.yomiuri.co.jp 20221117-71434 (Kishida-Xi scheduled for Thursday 17 November in Bangkok on the APEC occasion). General knowledge: the meeting's length (about 25 minutes), the Yoon-Kishida informal talks in New York in September 2022 (d8_06 of dev8 covers them), the Phnom Penh Statement and its real-time missile-warning data sharing, the agreement to seek an early resolution of the labor issue (also a title in another corpus), Han Duck-soo at APEC Bangkok, the 30th anniversary of Korea-China ties (August 2022), the 'audacious initiative' (Yoon's North Korea policy, a name, not a quote).",
        "Summits (8): Yoon-Xi (sidelines, 'the first meeting of the two leaders', ordinal 1); Moon-Xi in Beijing (December 2019); Yoon-Kishida, Yoon-Biden and the trilateral in Phnom Penh; Yoon-Kishida in New York (informal talks, counted as in dev8); Biden-Xi ('yesterday'); Kishida-Xi in Bangkok (planned, Thursday). Not summits: greetings before the session; 'No separate meeting is planned'; the Korea-Japan-China trilateral that 'should be held at the earliest possible date' (no date; a position, not a plan); the congratulatory telephone call; Han's APEC attendance.",
        "Agreements (5): two KR-CN commitments split from two sentences; the JP-KR consultations commitment; the Phnom Penh Statement (joint-statement) and its data-sharing commitment. Not agreements: Korea's position on the trilateral (no counterpart), Xi's hopes.",
        "Timexes: 'later this week' (twice) = ISO week 2022-W46; 'this evening' = 2022-11-15TEV; 'two years and 11 months' = P2Y11M.",
    ],
)
