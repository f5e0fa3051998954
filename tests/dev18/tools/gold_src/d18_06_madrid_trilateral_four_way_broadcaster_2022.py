# ruff: noqa: E501
ANCHOR = "President Yoon Suk-yeol has held a three-way summit"
FIRSTSUCH = "It was the first such meeting in four years and nine months."
SAT = "The leaders of South Korea, the U.S. and Japan sat down together"
BRIEF = "The trilateral meeting was brief."
LAST = "The last time the three countries' leaders gathered"
AGREED3 = "The presidential office said the three leaders agreed"
FOURWAY = "Earlier in the day, President Yoon attended a four-way meeting"
CHAIRED = "Kishida, who chaired the roughly 40-minute session"
FOUR = "The four leaders agreed to work together"
ALBO = "Also on Tuesday, Yoon held his first summit with Albanese"
MONTH = "Wednesday's meeting came about a month after"
MAY = "He held his first summit with Yoon in Seoul on May 21"
OTHERS = "President Yoon also held bilateral talks with the leaders of the Netherlands"
CZECH = "He is scheduled to meet the Czech prime minister"

GOLD = dict(
    published="2022-06-30",
    furniture=[
        "Yoon, Biden, Kishida Hold First Three-Way Summit in Nearly 5 Years\n\nWrite: 2022-06-30 08:14:22 / Update: 2022-06-30 10:02:51\n\n[Anchor Lead]",
        "[Pkg]",
        "Kim Min-jae, KNB News.\n\n[Photo : YONHAP News]",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk-yeol", "President Yoon", "Yoon"],
        "Joe Biden": ["U.S. President Joe Biden", "President Biden", "Biden"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Prime Minister Kishida", "Kishida"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese", "Albanese"],
        "Jacinda Ardern": ["New Zealand Prime Minister Jacinda Ardern"],
        "Moon Jae-in": ["then President Moon Jae-in"],
        "Donald Trump": ["Donald Trump"],
        "Shinzo Abe": ["Shinzo Abe"],
        "Mark Rutte": [],
        "Andrzej Duda": [],
        "Mette Frederiksen": [],
        "Petr Fiala": ["the Czech prime minister"],
        "Office of the President of South Korea": ["The presidential office"],
        "Ministry of Foreign Affairs of Japan": ["Japan's foreign ministry"],
    },
    quotes=[
        ("historic", "partial", "Joe Biden", "called"),
        ("unlikely", "partial", None, "said"),
    ],
    statements=[
        ("Opening the talks, President Biden called the meeting", ["Joe Biden"], "called"),
        ("President Yoon said North Korea's nuclear program", ["Yoon Suk Yeol"], "said"),
        ("Prime Minister Kishida said the three should demonstrate", ["Fumio Kishida"], "said"),
        (AGREED3, ["Office of the President of South Korea", "Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"], "said"),
        (FOUR, ["Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese", "Jacinda Ardern", "Ministry of Foreign Affairs of Japan"], "according to"),
        ("a presidential official said it was", [None], "said"),
        (ALBO, ["Yoon Suk Yeol"], "asking"),
    ],
    timexes=[
        ("Nearly 5 Years", "P5Y", "APPROX"),
        ("Write: [[2022-06-30 08:14:22]]", "2022-06-30T08:14:22", None),
        ("Update: [[2022-06-30 10:02:51]]", "2022-06-30T10:02:51", None),
        ("four years and nine months", "P4Y9M", None),
        ("Wednesday afternoon", "2022-06-29TAF", None),
        ("September 2017", "2017-09", None),
        ("Earlier in the day", "2022-06-29", None),
        ("roughly 40-minute", "PT40M", "APPROX"),
        ("the night before", "2022-06-28TNI", None),
        ("inauguration in [[May]]", "2022-05", None),
        ("Also on [[Tuesday]]", "2022-06-28", None),
        ("2030", "2030", None),
        ("Wednesday's", "2022-06-29", None),
        ("about a month after", "2022-05", "APPROX"),
        ("May 21", "2022-05-21", None),
        ("two days later", "2022-05-23", None),
        ("Denmark on [[Wednesday]]", "2022-06-29", None),
        ("later today", "2022-06-30", None),
        ("on Friday", "2022-07-01", None),
    ],
    summits=[
        dict(date="2022-06-29", place="Madrid", country="ES", participants=["Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion="NATO summit", evidence=[ANCHOR, FIRSTSUCH, SAT, BRIEF, AGREED3, MONTH]),
        dict(date="2017-09", place="New York", country="US", participants=["Moon Jae-in", "Donald Trump", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[LAST]),
        dict(date="2022-06-29", place="Madrid", country="ES", participants=["Yoon Suk Yeol", "Fumio Kishida", "Anthony Albanese", "Jacinda Ardern"],
             kind="multilateral", ordinal=1, status="held", occasion="NATO summit", evidence=[FOURWAY, CHAIRED, FOUR]),
        dict(date="2022-06-28", place="Madrid", country="ES", participants=["Yoon Suk Yeol", "Anthony Albanese"],
             kind="sidelines", ordinal=1, status="held", occasion="NATO summit", evidence=[ALBO]),
        dict(date="2022-05-21", place="Seoul", country="KR", participants=["Joe Biden", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[MONTH, MAY]),
        dict(date="2022-05-23", place="Tokyo", country="JP", participants=["Joe Biden", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MONTH, MAY]),
        dict(date="2022-06-29", place="Madrid", country="ES", participants=["Yoon Suk Yeol", "Mark Rutte"],
             kind="sidelines", ordinal=None, status="held", occasion="NATO summit", evidence=[OTHERS]),
        dict(date="2022-06-29", place="Madrid", country="ES", participants=["Yoon Suk Yeol", "Andrzej Duda"],
             kind="sidelines", ordinal=None, status="held", occasion="NATO summit", evidence=[OTHERS]),
        dict(date="2022-06-29", place="Madrid", country="ES", participants=["Yoon Suk Yeol", "Mette Frederiksen"],
             kind="sidelines", ordinal=None, status="held", occasion="NATO summit", evidence=[OTHERS]),
        dict(date="2022-06-30", place="Madrid", country="ES", participants=["Yoon Suk Yeol", "Petr Fiala"],
             kind="sidelines", ordinal=None, status="planned", occasion="NATO summit", evidence=[CZECH]),
    ],
    agreements=[
        dict(title="strengthen trilateral security cooperation against North Korea", kind="commitment", date="2022-06-29",
             parties=["JP", "KR", "US"], status="agreed", evidence=[AGREED3]),
        dict(title="expand the four partners' cooperation with NATO", kind="commitment", date="2022-06-29",
             parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[FOUR]),
        dict(title="keep in close communication for peace and stability in the Indo-Pacific", kind="commitment", date="2022-06-29",
             parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[FOUR]),
    ],
    notes=[
        "Invented broadcaster web story in KBS style ('KNB News', correspondent Kim Min-jae and the Write/Update times are invented). Headline, stamps, '[Anchor Lead]', '[Pkg]', the sign-off and the photo credit are furniture; the two stamps are annotated. Biden's 'historic' follows the White House wording; the other leaders' remarks are paraphrased and partly invented; the official's 'unlikely' is invented (KBS had reported a brief Yoon-Kishida meeting at the dinner as unlikely).",
        "Real facts, checked on stored pages: finanznachrichten.de (dpa-AFX: Biden met Kishida and Yoon on the sidelines in Madrid on Wednesday, the first such three-way meeting since September 2017; 'historic trilateral meeting'); newscollective.co.nz (EFE: four-way meeting at noon, about 40 minutes; Tokyo proposed hosting it; trilateral at 2 p.m.); hmeonlineglobal.com/General/4240.html (four-way meeting on 29 June chaired by Kishida, first of the four leaders; agreed to promote cooperation with NATO and to communicate closely); m-en.yna.co.kr AEN20220629008400315 (four-way meeting; Yoon-Albanese on 28 June); m.koreaherald.com ud=20220629000903 (surprise talks at the gala dinner a day earlier); news.kbs.co.kr 5496457 (Albanese first on the agenda; Busan Expo bid; Felipe VI's dinner; unlikely brief Yoon-Kishida meeting); koreaherald.com ud=20220628000505 (talks with the Netherlands, Poland and Denmark on Wednesday, the Czech Republic on Thursday); en.yna.co.kr AEN20220630011000315 (return home on Friday 1 July; Felipe VI's gala dinner on 28 June). The heads of those governments (Rutte, Duda, Frederiksen, Fiala), the 2017 New York lunch participants and Biden's Seoul (21 May) and Tokyo (23 May) meetings are from general knowledge.",
        "Summits (10): the Madrid trilateral (held 29 June); New York, September 2017 (trilateral, the last one); the four-way meeting (multilateral, ordinal 1, 'the first gathering'); Yoon-Albanese on Tuesday (ordinal 1, 'his first summit with Albanese'); Biden-Yoon in Seoul (ordinal 1, 'his first summit with Yoon') and Biden-Kishida in Tokyo 'two days later'; Yoon's talks with the Dutch, Polish and Danish leaders on Wednesday (participants from the public record); the planned Yoon-Fiala meeting 'later today' (planned). Not summits: the exchange at the gala dinner, the Yoon-Kishida bilateral that 'has been scheduled' by nobody ('unlikely'), 'have yet to hold one-on-one talks' (negated), the NATO summit itself.",
        "Agreements (3): the trilateral security commitment; two four-party commitments split from one sentence. Not agreements: Yoon's request for support for the Busan Expo bid (a request, not a joint course).",
        "Timexes: 'Earlier in the day' is Wednesday 29 June; 'the night before' is 28 June at night; 'about a month after' points to Biden's May visit (2022-05, APPROX); 'later today' is the publication day (the Czech meeting of Thursday 30 June).",
    ],
)
