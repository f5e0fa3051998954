# ruff: noqa: E501
INFORMAL = "The two leaders agreed to build on what they called the positive trend"
NK = "They also agreed to coordinate their responses"
WASH = "Kishida held talks with Biden on April 10 in Washington"
PHIL = "The following day he joined Biden and Philippine President"
TRI = "Seoul is arranging a three-way summit with China and Japan"
SF = "Yoon and Kishida last met in person in November"

GOLD = dict(
    published="2024-04-18",
    furniture=[
        "POLITICS | DIPLOMACY\n"
        "Yoon, Kishida talk by phone after Washington visit, vow to keep momentum in ties\n"
        "Published: Apr 18, 2024 - 09:14 | Updated: Apr 18, 2024 - 14:30\n"
        "By Seo Da-bin",
        "dabin@mapoherald.co.kr",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida", "he"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Ferdinand Marcos Jr.": ["Philippine President Ferdinand Marcos Jr."],
        "Li Qiang": ["Li Qiang"],
        "Office of the President of South Korea": ["the presidential office"],
        "Park Soo-yeon": ["Park Soo-yeon"],
    },
    quotes=[
        ("Last year the two leaders laid a foundation of trust", "direct", None, "told reporters"),
        ("Phone calls are the cheap part of diplomacy,", "direct", "Park Soo-yeon", "said"),
        ("What matters is whether either leader", "direct", "Park Soo-yeon", None),
    ],
    statements=[
        ("President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held a 15-minute", ["Fumio Kishida", "Office of the President of South Korea"], "briefed"),
        ("Kishida explained the outcome of his summit", ["Fumio Kishida", "Office of the President of South Korea"], "explained"),
        ("Yoon said closer cooperation between Seoul and Tokyo", ["Yoon Suk Yeol"], "said"),
        (INFORMAL, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (NK, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (WASH, ["Fumio Kishida", "Joe Biden"], "announced"),
        ("At a joint news conference with Biden, Kishida said", ["Fumio Kishida"], "said"),
        ("Japanese media said the call was also intended", [None], "said"),
    ],
    timexes=[
        ("Apr 18, 2024 - 09:14", "2024-04-18T09:14", None),
        ("Apr 18, 2024 - 14:30", "2024-04-18T14:30", None),
        ("15-minute", "PT15M", None),
        ("Wednesday evening", "2024-04-17TEV", None),
        ("last week", "2024-W15", None),
        ("the [[April 10]] general election", "2024-04-10", None),
        ("this year", "2024", None),
        ("Last year the two leaders", "2023", None),
        ("Biden on [[April 10]]", "2024-04-10", None),
        ("The following day", "2024-04-11", None),
        ("1970s", "197", None),
        ("1980s", "198", None),
        ("more than four years", "P4Y", "MORE_THAN"),
        ("late May", "2024-05", "END"),
        ("in November", "2023-11", None),
    ],
    summits=[
        dict(date="2024-04-10", place="Washington", country="US",
             participants=["Fumio Kishida", "Joe Biden"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=["Kishida explained the outcome of his summit", WASH]),
        dict(date="2024-04-11", place="Washington", country="US",
             participants=["Fumio Kishida", "Joe Biden", "Ferdinand Marcos Jr."], kind="trilateral",
             ordinal=1, status="held", occasion=None, evidence=[PHIL]),
        dict(date="2023-11", place="San Francisco", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[SF]),
        dict(date="2024-05", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="increase informal communication between leaders and diplomats this year",
             kind="commitment", date="2024-04-17", parties=["JP", "KR"], status="agreed",
             evidence=[INFORMAL]),
        dict(title="coordinate responses to North Korea's nuclear and missile threats", kind="commitment",
             date="2024-04-17", parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="upgrade of U.S. and Japanese military command structures", kind="commitment",
             date="2024-04-10", parties=["JP", "US"], status="referenced", evidence=[WASH]),
    ],
    notes=[
        "Invented Seoul daily story (section label, headline, Published/Updated line, byline and e-mail sign-off are furniture; the stamps are annotated). Reporter, outlet (e-mail domain), the professor and every quote are invented, including the anonymous official's words.",
        "Real background, checked on stored pages: koreadailyus (Yoon and Kishida talked for 15 minutes on Wednesday evening; Kishida explained his state visit and summit with Biden; deepening cooperation with Korea on the basis of trilateral cooperation; agreed to develop ties through more informal communication between leaders and diplomats, citing seven summits last year; shared views on North Korea; Kishida said on 10 April he was open to a summit with Kim Jong-un; the PPP's defeat a week earlier); an Indian page citing Mainichi (call requested by the Japanese side); wionews 2024-01-26 and miragenews (Kishida's visit and state dinner on 10 April). From general knowledge, not checked: the 10 April 2024 general election; the U.S.-Japan command upgrade announced on 10 April; the first U.S.-Japan-Philippines summit on 11 April; the late-May date hoped for the Seoul trilateral (held on 26-27 May 2024, with Li Qiang); the San Francisco meeting in November 2023.",
        "Summits (4): Kishida-Biden (10 April), Kishida-Biden-Marcos ('the first three-way summit of the three countries', ordinal 1), Yoon-Kishida in San Francisco, the planned Seoul trilateral ('late May'; Li Qiang from the public record). Not summits: the telephone call, a possible Kishida-Kim Jong-un meeting ('open to'), 'seven summits' (aggregate, in a quote).",
        "Agreements (3): two commitments agreed by phone (split: informal communication; coordination on North Korea); the U.S.-Japan command-structure upgrade (commitment announced by the two leaders, referenced, parties JP and US). Not agreements: 'what they called the positive trend'.",
        "The 'agreed' sentence about the positive trend names no further instrument. Timexes: 'last week' = 2024-W15; 'The following day' = 11 April; decades '1970s' and '1980s' = 197 and 198 (TIMEX3 decade values); 'an election year' not annotated.",
    ],
)
