# ruff: noqa: E501
GOLD = dict(
    published="2023-11-17",
    furniture=["SAN FRANCISCO — "],
    entities={
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "Mr. Yoon", "Yoon"],
        "Fumio Kishida": ["Kishida", "Mr. Kishida", "Prime Minister Fumio Kishida"],
        "Xi Jinping": ["Xi", "Mr. Xi", "Chinese President Xi Jinping"],
        "South Korean presidential office": ["his office", "Yoon's office", "the presidential office"],
        "Japanese Foreign Ministry": ["the Japanese Foreign Ministry", "Ministry of Foreign Affairs of Japan"],
    },
    quotes=[
        ("Our two countries are now true partners", "direct", "Yoon Suk Yeol", "said"),
    ],
    statements=[
        ("Mr. Kishida said the two sides agreed", ["Fumio Kishida"], "said"),
        ("Mr. Xi, 70, and Mr. Kishida reaffirmed", ["Xi Jinping", "Fumio Kishida", "Japanese Foreign Ministry"], "reaffirmed"),
    ],
    timexes=[
        ('On Friday', '2023-11-17', None),
        ("met on [[Thursday]] on", "2023-11-16", None),
        ("this year", "2023", None),
        ("Later on Thursday", "2023-11-16", None),
        ("a year", "P1Y", None),
        ("last November", "2022-11", None),
    ],
    summits=[
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="the Asia-Pacific Economic Cooperation summit",
             evidence=["met on Thursday on the sidelines", "Mr. Kishida said the two sides agreed"]),
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="the Asia-Pacific Economic Cooperation summit",
             evidence=["held his first talks in a year", "Mr. Xi, 70, and Mr. Kishida reaffirmed"]),
        dict(date="2022-11", place="Bangkok", country="TH", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="the APEC meeting",
             evidence=["held his first talks in a year"]),
    ],
    agreements=[
        dict(title="start talks on cooperation in hydrogen and other clean energy supply chains", kind="commitment",
             date="2023-11-16", parties=["KR", "JP"], status="agreed", evidence=["Mr. Kishida said the two sides agreed"]),
    ],
    notes=[
        "Added: the joint Stanford visit 'On Friday' (the publication day, 2023-11-17) is not a summit (a visit to a university, like the seed's SNU visit).",
        "Invented test article; quotes are fictional.",
        "Ordinal: 'the seventh time the two leaders have held talks this year' numbers the meeting within 2023 only, not among all meetings between Yoon and Kishida (they also met in 2022), so ordinal is null (ANNOTATION.md: 'the meeting's number between these leaders').",
        "'\"...,\" Mr. Yoon said, according to his office': speaker Yoon, cue 'said'; 'his office' is the relay, not the speaker.",
        "\"mutually beneficial strategic relationship\" is quoted as the name of a policy ('what the two governments call'): not a quote. The sentence is still a statement (reaffirmed; the Foreign Ministry 'said').",
        "Timexes: 'Later on Thursday' spans its modifier (like the seed's 'later this month'); 'this year' = 2023 (its use in 'the seventh time ... this year'); 'in a year' (first talks in a year) = P1Y; 'last November' = 2022-11. Not timexes: '70' (Xi's age), 'seventh' (ordinal).",
        "Kishida-Xi: two records, San Francisco on Thursday and Bangkok last November (both at APEC meetings, kind sidelines).",
    ],
)
