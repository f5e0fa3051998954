# ruff: noqa: E501
LEDE = "When President Yoon Suk Yeol and Prime Minister Shigeru Ishiba shook hands in Vientiane"
VT16 = "Eight years ago, in the same Laotian city"
BKK = "In November 2019, in a suburb of Bangkok"
CALLED = "Seoul called it a meeting"
DIALOGUE = "The two agreed that disputes should be settled through dialogue"
PP = "Three years on, in Phnom Penh"
JKT = "At the ASEAN meetings in Jakarta last year"
THU = "Yoon and Ishiba, meeting for the first time, agreed"
NEXT = "Whether they can turn the habit into something sturdier"

GOLD = dict(
    published="2024-10-12",
    furniture=[
        "ANALYSIS | Why Seoul and Tokyo keep finding each other in Southeast Asia\n"
        "By Daniel Whitcombe, senior fellow, Larkspur Institute for Asian Affairs\n"
        "October 12, 2024",
        "The author is a former diplomat. Views are his own.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Park Geun-hye": ["Park Geun-hye"],
        "Shinzo Abe": ["Shinzo Abe", "Abe"],
        "Moon Jae-in": ["Moon Jae-in"],
        "Fumio Kishida": ["Fumio Kishida", "Kishida"],
        "Joe Biden": ["Joe Biden"],
        "Government of South Korea": ["Seoul"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[],
    statements=[
        (VT16, ["Park Geun-hye", "Shinzo Abe"], "agreed"),
        (CALLED, ["Government of South Korea", "Government of Japan"], "called"),
        (DIALOGUE, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (THU, ["Yoon Suk Yeol", "Shigeru Ishiba"], "agreed"),
    ],
    timexes=[
        ("October 12, 2024", "2024-10-12", None),
        ("Vientiane on [[Thursday]]", "2024-10-10", None),
        ("the past decade", "P10Y", None),
        ("Eight years ago", "2016", None),
        ("Two days earlier", "2016-09-05", None),
        ("November 2019", "2019-11", None),
        ("11 minutes", "PT11M", None),
        ("a month later", "2019-12", None),
        ("Three years on", "2022", None),
        ("last year", "2023", None),
        ("Thursday's", "2024-10-10", None),
        ("next year", "2025", None),
    ],
    summits=[
        dict(date="2024-10-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="ASEAN-related summits", evidence=[LEDE, THU]),
        dict(date="2016", place="Vientiane", country="LA", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[VT16]),
        dict(date="2019-11", place="Bangkok", country="TH", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[BKK, CALLED]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[DIALOGUE]),
        dict(date="2022", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=1, status="held", occasion="ASEAN-related summits", evidence=[PP]),
        dict(date="2022", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[PP]),
        dict(date="2023-09", place="New Delhi", country="IN", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[JKT]),
    ],
    agreements=[
        dict(title="act together, with Washington, against North Korea's missile launches (Vientiane 2016)", kind="commitment",
             date="2016", parties=["JP", "KR"], status="referenced", evidence=[VT16]),
        dict(title="settle disputes through dialogue (Bangkok 2019)", kind="commitment", date="2019-11",
             parties=["JP", "KR"], status="referenced", evidence=[DIALOGUE]),
        dict(title="trilateral joint statement on North Korea (Phnom Penh)", kind="joint-statement", date="2022",
             parties=["JP", "KR", "US"], status="referenced", evidence=[PP]),
        dict(title="keep shuttle diplomacy alive", kind="commitment", date="2024-10-10",
             parties=["JP", "KR"], status="referenced", evidence=[THU]),
    ],
    notes=[
        "Invented analysis by an invented analyst and institute (Larkspur Institute). Headline, byline, date line and the author's note are furniture (date line annotated). No quotation marks except the term 'shuttle diplomacy' (not a quote).",
        "Real background: Vientiane 2024 checked on koreaherald ud=20241010050112 and japannews.yomiuri 20241010-215963 (first Yoon-Ishiba summit on Thursday 10 October on ASEAN sidelines, shuttle diplomacy); Phnom Penh trilateral on whitehouse.gov remarks 2022-11-13 and world.kbs.co.kr 175171 context; New Delhi (10 September 2023) as in unseen16's cited stored pages (world.kbs.co.kr 2023-09-10; not re-read here) and general knowledge. From general knowledge and other corpora's titles: the Park-Abe Vientiane talks of 7 September 2016 and North Korea's three ballistic missiles on 5 September 2016; the 11-minute Moon-Abe conversation in a waiting room near Bangkok on 4 November 2019 and its 'dialogue' understanding; Chengdu, 24 December 2019; Yoon and Kishida in Jakarta in September 2023 without a bilateral session.",
        "Summits (7): Vientiane 2024 (ordinal 1, 'meeting for the first time'), Vientiane 2016 (date 2016 from 'Eight years ago'; the text gives no month), Bangkok November 2019 (recorded as a held meeting: 11 minutes face to face that 'Seoul called a meeting'; debatable, Tokyo 'called it a conversation'), Chengdu ('a month later', 2019-12), Phnom Penh bilateral (ordinal 1, 'their first formal summit') and trilateral ('Three years on' = 2022), New Delhi ('days later' after Jakarta = 2023-09). Not summits: Jakarta ASEAN meetings ('held no bilateral session'), the columnist's wished-for summit on home soil (a wish).",
        "Agreements (4): all referenced from past meetings. Not agreements: the columnist's recommendation. Timexes: 'Eight years ago' = 2016, 'Two days earlier' = 2016-09-05 (from the public record of the Vientiane meeting, 7 September; unseen16 rule for 'X before/earlier'), 'a month later' = 2019-12, 'Three years on' = 2022, 'days later' is vague and not annotated (as unseen16), 'the past decade' = P10Y.",
    ],
)
