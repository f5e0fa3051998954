# ruff: noqa: E501
GOLD = dict(
    published="2020-09-24",
    furniture=["Sign up for our Korea Briefing newsletter to get stories like this in your inbox."],
    entities={
        "Moon Jae-in": ["Moon Jae in", "President Moon Jae-in", "President Moon", "Moon"],
        "Yoshihide Suga": ["Suga", "Suga Yoshihide", "Prime Minister Suga", "the prime minister", "The 71-year-old"],
        "Shinzo Abe": ["Abe", "Abe Shinzo"],
        "Oh Jae-yeon": ["Oh Jae yeon", "Oh"],
    },
    quotes=[
        ("Let us work together", "direct", "Moon Jae-in", "told"),
        ("I believe we can overcome", "direct", "Yoshihide Suga", "told reporters"),
        ("But South Korea must first", "direct", "Yoshihide Suga", None),
    ],
    statements=[
        ('Suga has said he will keep', ['Yoshihide Suga'], 'has said'),
        ("The 71-year-old, who spent", ["Yoshihide Suga"], "has pledged"),
    ],
    timexes=[
        ('1965', '1965', None),
        ("20 minutes", "PT20M", None),
        ("Thursday morning", "2020-09-24TMO", None),
        ("last week", "2020-W38", None),
        ("nearly eight years", "P8Y", "APPROX"),
        ("more than three years", "P3Y", "MORE_THAN"),
        ("last December", "2019-12", None),
    ],
    summits=[
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=["last met a Japanese leader in Chengdu"]),
    ],
    agreements=[
        {'title': 'the 1965 agreement', 'kind': 'treaty', 'date': '1965', 'parties': ['KR', 'JP'], 'status': 'referenced', 'evidence': ['Suga has said he will keep']},
    ],
    notes=[
        "Added: the 1965 agreement is a referenced treaty; 'the colonial era' is not a timex.",
        "Invented test article; quotes and the spokesperson Oh Jae-yeon are fictional. The newsletter prompt is page furniture.",
        "'the prime minister' (published 2020-09-24) resolves to Yoshihide Suga, PM from 2020-09-16; 'The 71-year-old' also resolves to Suga.",
        "'\"First,\" Suga told reporters afterwards. \"Second.\"': a quote split by its attribution into two sentences is two direct quotes; the second has cue null (seed convention).",
        "'Moon told the prime minister, according to Oh Jae-yeon': speaker Moon, cue 'told'; the sentence holds a full direct quote, so no statement.",
        "The phone call is not a summit (not in person). The Chengdu meeting 'last December' is a summit record (2019-12); the article names no larger gathering, so kind bilateral.",
        "Timexes: 'more than three years' (in office) = P3Y MORE_THAN; 'nearly eight years' = P8Y APPROX; 'last week' = 2020-W38 (published Thu 2020-09-24, ISO week 39). Not timexes: '71-year-old' (an age), 'afterwards'.",
    ],
)
