# ruff: noqa: E501
GOLD = dict(
    published="2019-08-23",
    furniture=["South Korea to scrap intelligence pact with Japan", "SEOUL, Aug. 23 — ", "READ MORE",
               "\"Seoul removes Japan from its own trade whitelist\"", "\"Boycott of Japanese beer spreads in South Korea\""],
    entities={
        "South Korean government": ["South Korea", "Seoul", "the South Korean government"],
        "Hwang Dong-su": ["Hwang Dong su", "Hwang"],
        "Japanese Foreign Ministry": ["the Japanese Foreign Ministry", "Ministry of Foreign Affairs of Japan", "Japan's Foreign Ministry"],
        "Japanese government": ["Japan", "Tokyo", "the Japanese government"],
    },
    quotes=[
        ("does not serve our national interest", "partial", "Hwang Dong-su", "told reporters"),
        ("The decision shows a total misjudgment", "direct", "Japanese Foreign Ministry", "said in a statement"),
        ("disappointed", "partial", None, "said"),
    ],
    statements=[
        ("South Korea said on Thursday", ["South Korean government"], "said"),
        ("Hwang Dong-su, a deputy national security adviser, told reporters", ["Hwang Dong-su"], "told reporters"),
        ("Japan says all such claims", ["Japanese government"], "says"),
        ("A U.S. defense official", [None], "said"),
    ],
    timexes=[
        ("on [[Thursday]] it", "2019-08-22", None),
        ("November 2016", "2016-11", None),
        ("[[Nov. 23]] unless", "2019-11-23", None),
        ("last month", "2019-07", None),
        ("last October", "2018-10", None),
        ("1965", "1965", None),
    ],
    summits=[],
    agreements=[
        dict(title="General Security of Military Information Agreement (GSOMIA)", kind="treaty", date="2016-11",
             parties=["KR", "JP"], status="referenced",
             evidence=["South Korea said on Thursday", "keeping the pact", "The agreement, signed in November 2016"]),
        dict(title="the 1965 treaty", kind="treaty", date="1965", parties=["KR", "JP"], status="referenced",
             evidence=["Japan says all such claims"]),
    ],
    notes=[
        "Invented test article; quotes and the official Hwang Dong-su are fictional. This is the corpus's only file with CRLF line endings: offsets count the '\\r' characters and no span includes them.",
        "Headline line, dateline 'SEOUL, Aug. 23 — ' (date not annotated) and the READ MORE block with two quoted headlines are page furniture: the headlines' quotation marks are not quotes.",
        "GSOMIA is a signed intergovernmental agreement: kind treaty (the closest of the five kinds), status referenced (the article reports its termination, not its conclusion), date 2016-11 as stated.",
        "'\"disappointed\"' is a partial quote by an unnamed U.S. official: speaker null. 'Washington' here is what the official said, not the speaker.",
        "'South Korea said ...' = South Korean government; 'Japan says ...' = Japanese government; 'the Japanese Foreign Ministry said in a statement' = the ministry as an organisation speaker.",
        "Timexes: 'Nov. 23' in a future-tense sentence = 2019-11-23; 'last October' = 2018-10; 'last month' = 2019-07.",
        "No summits in this article.",
    ],
)
