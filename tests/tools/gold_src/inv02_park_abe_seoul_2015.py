# ruff: noqa: E501
GOLD = dict(
    published="2015-11-02",
    furniture=["Park, Abe hold first summit as wartime row lingers", "By Lee Su-bin, staff reporter",
               "Photo: President Park Geun-hye, right, shakes hands with Prime Minister Shinzo Abe in Seoul. (Pool photo)"],
    entities={
        "Park Geun-hye": ["Park Geun hye", "President Park Geun-hye", "President Park", "Park", "Ms Park"],
        "Shinzo Abe": ["Abe", "Mr Abe", "Prime Minister Shinzo Abe", "Japanese Prime Minister Shinzo Abe"],
        "Li Keqiang": ["Li", "Premier Li", "Chinese Premier Li Keqiang"],
    },
    quotes=[
        ("The issue of the victims of sexual slavery", "direct", "Park Geun-hye", "said"),
        ("We agreed to speed up talks", "direct", "Shinzo Abe", "said"),
    ],
    statements=[
        ("Mr Abe also said that Japan's position", ["Shinzo Abe"], "said"),
    ],
    timexes=[
        ("Monday morning", "2015-11-02TMO", None),
        ("about 100 minutes", "PT100M", "APPROX"),
        ("three and a half years", "P3Y6M", None),
        ("1965", "1965", None),
        ("On Sunday", "2015-11-01", None),
        ("2012", "2012", None),
        ("1910-45", "1910/1945", None),
    ],
    summits=[
        dict(date="2015-11-02", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="sidelines", ordinal=1, status="held", occasion="the Korea-Japan-China summit",
             evidence=["held their first formal summit in Seoul", "It was the first meeting of the two countries' leaders",
                       "We agreed to speed up talks"]),
        dict(date="2015-11-01", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["held their first formal summit in Seoul", "held the first three-way summit since 2012"]),
    ],
    agreements=[
        dict(title="speed up talks to settle the sexual slavery (comfort women) issue", kind="commitment",
             date="2015-11-02", parties=["KR", "JP"], status="agreed", evidence=["We agreed to speed up talks"]),
        dict(title="the 1965 claims agreement", kind="treaty", date="1965", parties=["KR", "JP"],
             status="referenced", evidence=["settled by the 1965 claims agreement"]),
        dict(title="hold the three-way summits every year again", kind="commitment", date="2015-11-01",
             parties=["KR", "JP", "CN"], status="agreed", evidence=["agreed to hold the meetings every year again"]),
    ],
    notes=[
        "Invented test article; quotes are fictional.",
        "Headline, byline and photo caption are page furniture (the caption's names are not speakers or participants).",
        "Attribution forms: 'Park said: \"...\"' and '\"...,\" said Mr Abe'. Sentences with a full direct quote are not statements.",
        "'Monday morning' = 2015-11-02TMO; 'about 100 minutes' = PT100M with mod APPROX; 'three and a half years' = P3Y6M ('the first meeting ... in three and a half years' is a duration, like 'the first time in 12 years'); '1910-45' is one interval 1910/1945.",
        "Not timexes: 'late 80s' (ages), 'every year' (a set), 'years of quarrels' (vague), 'as early as possible', 'afterwards'.",
        "Summits: the Park-Abe meeting is held on the sidelines of the Korea-Japan-China summit (kind sidelines, occasion as written); 'first formal summit' gives ordinal 1. The three-way meeting 'On Sunday' is its own trilateral record (ANNOTATION: a meeting of three leaders at a larger gathering is its own record); its place is 'also in Seoul'.",
        "The first sentence mentions 'the Korea-Japan-China summit' as the occasion, so it is evidence for both records.",
        "Agreements: Abe's 'We agreed to speed up talks' is a commitment of both governments (the quote's sentence is its evidence); the 1965 claims agreement is a referenced treaty; 'agreed to hold the meetings every year again' is a three-party commitment (CN JP KR).",
    ],
)
