# ruff: noqa: E501
WALKED = "When Yoon Suk-yeol walked into a conference building"
TALKED = "The two men then talked for about 30 minutes"
SITDOWN = "It was nonetheless the first sit-down"
OFFICE = "According to Yoon's office, the leaders agreed"
DIRECT = "They also agreed to keep communicating with each other directly."
NK = "Both shared serious concerns about North Korea's new law"
CLAIMS = "Japan insists that all claims from the colonial period"
MADRID = "In Madrid in June, they sat together with U.S. President Joe Biden"
SEOUL = "Yoon had hosted Biden in Seoul in May."

GOLD = dict(
    published="2022-09-23",
    furniture=[
        "Thirty minutes in Manhattan: Yoon and Kishida take a cautious first step\n\nSeoul and Tokyo could not even agree on what to call their leaders' first one-on-one meeting in nearly three years.\n\nBy Daniel Kwon | September 23, 2022",
        "Daniel Kwon is a Seoul-based journalist covering Northeast Asian security.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "Yoon", "the South Korean president"],
        "Fumio Kishida": ["Fumio Kishida", "Kishida", "The Japanese prime minister"],
        "Moon Jae-in": ["Moon Jae-in"],
        "Shinzo Abe": ["Shinzo Abe"],
        "Li Keqiang": [],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Kim Tae-hyo": ["Yoon's deputy national security adviser Kim Tae-hyo"],
        "Aiko Murata": ["Aiko Murata"],
        "Office of the President of South Korea": ["Seoul's presidential office", "Yoon's office"],
        "Ministry of Foreign Affairs of Japan": ["Japan's foreign ministry"],
        "Government of Japan": ["Tokyo", "Japan"],
    },
    quotes=[
        ("informal talks,", "partial", "Office of the President of South Korea", "described"),
        ("pending issues", "partial", "Office of the President of South Korea", "according to"),
        ("a meeting had been \"[[agreed]]\" and", "partial", "Kim Tae-hyo", "had told reporters"),
        ("Both leaders need to show their voters", "direct", "Aiko Murata", "said"),
        ("Thirty minutes in a borrowed room", "direct", "Aiko Murata", None),
    ],
    statements=[
        ("Seoul's presidential office described the session", ["Office of the President of South Korea", "Ministry of Foreign Affairs of Japan"], "described"),
        (OFFICE, ["Office of the President of South Korea", "Yoon Suk Yeol", "Fumio Kishida"], "according to"),
        (DIRECT, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (NK, ["Yoon Suk Yeol", "Fumio Kishida"], "shared"),
        ("Six days earlier, Yoon's deputy national security adviser", ["Kim Tae-hyo"], "had told reporters"),
        ("Tokyo promptly said nothing had been decided.", ["Government of Japan"], "said"),
        (CLAIMS, ["Government of Japan"], "insists"),
        ("Diplomats in both capitals say", [None], "say"),
    ],
    timexes=[
        ("Thirty minutes in Manhattan", "PT30M", None),
        ("nearly three years", "P3Y", "APPROX"),
        ("September 23, 2022", "2022-09-23", None),
        ("shortly after noon", "2022-09-21T12:00", "AFTER"),
        ("noon on [[Wednesday]]", "2022-09-21", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("December 2019", "2019-12", None),
        ("Six days earlier", "2022-09-15", None),
        ("the [[1965]] claims agreement", "1965", None),
        ("rulings of [[2018]]", "2018", None),
        ("Thirty minutes in a borrowed room", "PT30M", None),
        ("In Madrid in [[June]]", "2022-06", None),
        ("less than a minute", "PT1M", "LESS_THAN"),
        ("Global Fund event on [[Wednesday]]", "2022-09-21", None),
        ("Seoul in [[May]]", "2022-05", None),
        ("Southeast Asia in [[November]]", "2022-11", None),
    ],
    summits=[
        dict(date="2022-09-21", place="New York", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[WALKED, TALKED, SITDOWN]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="trilateral summit with China", evidence=[SITDOWN]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[SITDOWN]),
        dict(date="2022-06", place="Madrid", country="ES", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="NATO summit", evidence=[MADRID]),
        dict(date="2022-05", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SEOUL]),
    ],
    agreements=[
        dict(title="instruct diplomats to speed up talks on pending issues", kind="commitment", date="2022-09-21",
             parties=["JP", "KR"], status="agreed", evidence=[OFFICE]),
        dict(title="keep communicating directly between the leaders", kind="commitment", date="2022-09-21",
             parties=["JP", "KR"], status="agreed", evidence=[DIRECT]),
        dict(title="work closely with the international community on North Korea", kind="commitment", date="2022-09-21",
             parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="1965 claims agreement", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
    ],
    notes=[
        "Invented magazine analysis in The Diplomat / Nikkei Asia style (writer Daniel Kwon, the analyst Aiko Murata and the 'Institute for Pacific Affairs' are invented). Headline, dek, byline with date and the writer's bio line are furniture; the headline and dek durations and the byline date are annotated. The analyst's quotes are invented; 'informal talks', 'pending issues' and 'agreed' follow the reported wording of Seoul's office and of Kim Tae-hyo.",
        "Real facts, checked on stored pages: koreaherald.com ud=20220922000024 (30 minutes from 12:23 p.m. on Wednesday 21 September 2022 at a conference building near the UN; Yoon came to the building where Kishida attended a CTBT meeting; informal talks without reporters; first meeting of the two countries' leaders since December 2019); news.yahoo.com (Reuters, 2022-09-21: 'informal talks', 30 minutes; agreement to improve ties by resolving pending issues and to instruct diplomats to accelerate talks while continuing their own discussions; North Korea's nuclear law and possible seventh test; Madrid trilateral in June); news.kbs.co.kr 5561913 (Seoul announced first, Japan said nothing had been fixed); koreaherald.com ud=20220915000612 (Kim Tae-hyo on Thursday 15 September: 'We agreed to have bilateral talks'); newsdirectory3.com (Yonhap TV: Biden 'standing talk' of 48 seconds); asia.nikkei.com (Three cushions: both sides called it informal). From general knowledge: the Japanese term kondan, Biden's Seoul visit in May 2022, the 2018 Supreme Court rulings, the Chengdu trilateral participants and the November 2022 regional summits.",
        "Summits (5): New York (sidelines of the UN General Assembly); Chengdu, December 2019 (the Moon-Abe meeting 'on the margins of a trilateral summit', and that trilateral, with Li Keqiang from the public record); Madrid, June 2022 (trilateral with Biden); Yoon-Biden in Seoul, May 2022 ('had hosted'). Not summits: Yoon's 'less than a minute' with Biden at the Global Fund event, a hypothetical meeting in November ('an open question'), a 'full-fledged summit' that depends on Seoul.",
        "Agreements (4): three JP-KR commitments (instruct diplomats; keep communicating; work with the international community on North Korea); the 1965 claims agreement (treaty, referenced). Not agreements: the shared view that relations must be improved (a view, not a course of action), the arrangement of the meeting itself.",
        "Timexes: 'shortly after noon' is 2022-09-21T12:00 with AFTER; 'Six days earlier' points to Kim Tae-hyo's briefing of 15 September; 'in November' (future) is 2022-11; 'seventh' is an ordinal.",
    ],
)
