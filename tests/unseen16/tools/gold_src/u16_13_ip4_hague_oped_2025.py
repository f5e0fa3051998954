# ruff: noqa: E501
MADRID = "In Madrid in June 2022, Fumio Kishida"
SAMEDAY = "On the same day Joe Biden brought Kishida and Yoon together"
VILNIUS = "In Vilnius the following July, the four met again"
WASH = "Last July in Washington, the four issued a joint statement"
KANA = "Ishiba and Lee met for the first time only last week"
TREATY = "Receptions in both capitals have marked the 60th anniversary"

GOLD = dict(
    published="2025-06-23",
    furniture=[
        "OPINION: Four Pacific chairs in The Hague, and only one of them filled by a leader\n"
        "June 23, 2025 | Opinion\n"
        "By Haruki Sone\n"
        "The writer served as a Japanese diplomat in Brussels and Seoul.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Lee Jae-myung": ["President Lee Jae-myung of South Korea", "Lee"],
        "Anthony Albanese": ["Australia's Anthony Albanese", "Albanese"],
        "Richard Marles": ["his deputy, Richard Marles"],
        "Christopher Luxon": ["New Zealand's Christopher Luxon", "Luxon", "He"],
        "Fumio Kishida": ["Fumio Kishida", "Kishida"],
        "Yoon Suk Yeol": ["Yoon Suk Yeol", "Yoon"],
        "Jacinda Ardern": ["New Zealand's Jacinda Ardern"],
        "Joe Biden": ["Joe Biden"],
        "Chris Hipkins": [],
        "Volodymyr Zelenskyy": ["Ukraine's Volodymyr Zelenskyy"],
        "Government of South Korea": ["Seoul"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("businesslike and warm.", "partial", "Government of South Korea", "called"),
        ("in the room", "partial", "Christopher Luxon", "has said"),
    ],
    statements=[
        (VILNIUS, ["Government of South Korea"], "called"),
        (WASH, ["Fumio Kishida", "Yoon Suk Yeol", "Christopher Luxon"], "condemning"),
        (KANA, ["Shigeru Ishiba", "Lee Jae-myung"], "agreed"),
        ("They were a way of telling Europe", ["Government of Japan", "Government of South Korea"], "repeated"),
        ("Luxon, to his credit, has said", ["Christopher Luxon"], "has said"),
    ],
    timexes=[
        ("June 23, 2025", "2025-06-23", None),
        ("on [[Tuesday]] and", "2025-06-24", None),
        ("and [[Wednesday]], the four", "2025-06-25", None),
        ("courted since [[2022]]", "2022", None),
        ("less than three weeks", "P3W", "LESS_THAN"),
        ("June 2022", "2022-06", None),
        ("On the same day", "2022-06", None),
        ("nearly five years", "P5Y", "APPROX"),
        ("the following July", "2023-07", None),
        ("Last July", "2024-07", None),
        ("only [[last week]]", "2025-W25", None),
        ("the [[1965]] Treaty", "1965", None),
        ("60 years ago yesterday", "1965-06-22", None),
        ("next year's", "2026", None),
    ],
    summits=[
        dict(date="2022-06", place="Madrid", country="ES",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese", "Jacinda Ardern"], kind="multilateral",
             ordinal=1, status="held", occasion="NATO summit", evidence=[MADRID]),
        dict(date="2022-06", place="Madrid", country="ES",
             participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], kind="trilateral",
             ordinal=None, status="held", occasion="NATO summit", evidence=[SAMEDAY]),
        dict(date="2023-07", place="Vilnius", country="LT",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese", "Chris Hipkins"], kind="multilateral",
             ordinal=None, status="held", occasion="NATO summit", evidence=[VILNIUS]),
        dict(date="2023-07", place="Vilnius", country="LT",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="sidelines",
             ordinal=None, status="held", occasion="NATO summit", evidence=[VILNIUS]),
        dict(date="2024-07", place="Washington", country="US",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Christopher Luxon"], kind="multilateral",
             ordinal=None, status="held", occasion="NATO summit", evidence=[WASH]),
        dict(date="2024-07", place="Washington", country="US",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Christopher Luxon", "Volodymyr Zelenskyy"], kind="multilateral",
             ordinal=None, status="held", occasion="NATO summit", evidence=[WASH]),
        dict(date="2025-06", place="Kananaskis", country="CA",
             participants=["Shigeru Ishiba", "Lee Jae-myung"], kind="sidelines",
             ordinal=1, status="held", occasion="G7", evidence=[KANA]),
    ],
    agreements=[
        dict(title="joint statement of the four Indo-Pacific partners (Washington, July 2024)", kind="joint-statement",
             date="2024-07", parties=["AU", "JP", "KR", "NZ"], status="referenced", evidence=[WASH]),
        dict(title="keep working toward resuming shuttle diplomacy (Kananaskis)", kind="commitment", date="2025-06",
             parties=["JP", "KR"], status="referenced", evidence=[KANA]),
        dict(title="1965 Treaty on Basic Relations", kind="treaty", date="1965-06-22",
             parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
    ],
    notes=[
        "Invented op-ed in a Tokyo daily's English edition ('The Ginza Shimbun'; writer and his career invented; headline, date line, byline and writer's line are furniture; the date line is annotated). Seoul's 'businesslike and warm' is invented; Luxon's 'in the room' paraphrases his public line and is not his checked wording.",
        "Real background, checked on stored pages: koreaonpoint.org 2025-06-30 (Albanese, Lee and Ishiba skipped The Hague; Luxon the only IP4 head of government); rnz and daily8 (Luxon at The Hague on 24-25 June 2025; Marles present); nzherald (IP4 meeting with Zelenskyy in Washington in 2024 with Kishida, Yoon, Marles, chaired by Luxon); kvia (AP) 2024-07-11 (joint statement condemning Russia-North Korea military cooperation; third year in a row); hmeonlineglobal (first four-way meeting in Madrid, 29 June 2022: Kishida, Yoon, Albanese, Ardern); japan.kantei.go.jp 2023-07-12 (Vilnius four-way meeting with Albanese and Hipkins); KBS 2025-06-18 and djournal.kr (first Lee-Ishiba summit at Kananaskis on 17 June 2025; resuming shuttle diplomacy). From general knowledge or other corpora' titles: the Biden-Yoon-Kishida meeting in Madrid on 29 June 2022, the first in nearly five years; the Yoon-Kishida meeting in Vilnius on 12 July 2023; the treaty signed on 22 June 1965; the 2026 NATO summit in Turkey; anniversary receptions in June 2025.",
        "Summits (7): Madrid four-way (ordinal 1, 'for the first time as a group') and Madrid trilateral; Vilnius four-way and Kishida-Yoon bilateral; Washington four-way (participants from the public record: Kishida, Yoon, Luxon; Albanese absent) and the sitting with Zelenskyy (recorded as a separate meeting; debatable, as the text joins them in one sentence); Kananaskis (ordinal 1). Participants the op-ed does not name (the New Zealand leader in Vilnius, the Washington leaders) come from the public record. Not summits: The Hague 2025 (no IP4 leaders' meeting; only Luxon attends), the NATO summits themselves, the columnist's proposed standing meeting.",
        "Agreements (3): the 2024 joint statement (referenced), the Kananaskis shuttle-diplomacy commitment (referenced), the 1965 Treaty on Basic Relations (treaty, referenced, dated 1965-06-22 from '60 years ago yesterday'). Not agreements: the columnist's proposal (not a government's), 'every joint statement since Madrid' (aggregate), NATO's decisions.",
        "Timexes: '60 years ago yesterday' = 1965-06-22; 'On the same day' = 2022-06 (the day is not given); 'last week' = 2025-W25; 'less than three weeks' = P3W LESS_THAN; 'nearly five years' = P5Y APPROX; 'each summer' is a frequency, not annotated.",
    ],
)
