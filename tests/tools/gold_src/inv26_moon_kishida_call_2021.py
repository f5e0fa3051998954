# ruff: noqa: E501
GOLD = dict(
    published="2021-10-15",
    furniture=["Moon, Kishida hold first phone talks",
               "Photo caption: Japan's Prime Minister Fumio Kishida speaks to reporters at his official residence in Tokyo. Pool via REUTERS"],
    entities={
        'Shinzo Abe': ['Abe', 'Abe Shinzo'],
        "Fumio Kishida": ["Kishida Fumio", "Kishida", "Japanese Prime Minister Kishida Fumio", "the prime minister", "Prime Minister Fumio Kishida"],
        "Moon Jae-in": ["Moon Jae in", "President Moon Jae-in", "President Moon", "Moon"],
        "Yoshihide Suga": ["Suga", "Suga Yoshihide"],
        "Japanese Foreign Ministry": ["the Japanese Foreign Ministry", "Ministry of Foreign Affairs of Japan"],
    },
    quotes=[
        ("Japan-South Korea relations remain in a very severe situation", "direct", "Fumio Kishida", "told reporters"),
    ],
    statements=[
        ("also urged Seoul to honour", ["Fumio Kishida", "Japanese Foreign Ministry"], "urged"),
        ("Moon, whose single five-year term", ["Moon Jae-in"], "said"),
    ],
    timexes=[
        ('December 2019', '2019-12', None),
        ("Friday", "2021-10-15", None),
        ("11 days", "P11D", None),
        ("Oct. 4", "2021-10-04", None),
        ("30-minute call", "PT30M", None),
        ("2015", "2015", None),
        ("five-year term", "P5Y", None),
        ("in [[May]],", "2022-05", None),
        ("about a year", "P1Y", "APPROX"),
    ],
    summits=[
        {'date': '2019-12', 'place': 'Chengdu', 'country': 'CN', 'participants': ['Moon Jae-in', 'Shinzo Abe'], 'kind': 'bilateral', 'ordinal': None, 'status': 'held', 'occasion': None, 'evidence': ['when Moon met Shinzo Abe in Chengdu']},
    ],
    agreements=[
        dict(title="the 2015 accord on the comfort women", kind="joint-statement", date="2015", parties=["JP", "KR"],
             status="referenced", evidence=["also urged Seoul to honour"]),
    ],
    notes=[
        'Added: the Chengdu meeting of December 2019 is a summit record (kind bilateral: no larger gathering is named here).',
        "Invented test article; quotes are fictional. Headline and the photo caption ending 'Pool via REUTERS' are page furniture.",
        "'the prime minister' (published 2021-10-15) resolves to Fumio Kishida (PM from 2021-10-04), not Suga; 'Kishida Fumio' (Japanese order) is the same person.",
        "'\"...,\" the prime minister told reporters after the 30-minute call, adding that ...': one direct quote, cue 'told reporters'; the sentence is not a statement.",
        "Timexes: '11 days' = P11D; '30-minute call' = PT30M (span includes the noun, like 'a two-day visit'); 'five-year term' = P5Y; 'in May' in a present/future sentence ('ends in May') = 2022-05 (tense decides the year); 'about a year' = P1Y APPROX. Not a timex: 'soon'.",
        "The phone call is not a summit; Moon's hope to 'meet in person soon' names no scheduled meeting: no planned summit.",
        "The 2015 comfort women accord is referenced (kind joint-statement, no signed text; see inv01).",
        "Changed: the 2015 comfort women accord kind commitment -> joint-statement (ANNOTATION.md, Agreements: 'kind is what the instrument is', and joint-statement names 'the 2015 agreement on the comfort women issue, announced jointly by the two foreign ministers'; that it was read out rather than signed does not make it a commitment). Status referenced, date 2015 unchanged.",
    ],
)
