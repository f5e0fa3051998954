GOLD = dict(
    published="2019-10-24",
    furniture=[
        "S. Korea's prime minister hands Abe letter from Moon, but no summit in sight",
        "October 24, 2019 / 3:02 PM", "TOKYO (Sakura Newswire) - ",
        "(Reporting by Ito Kana; Editing by Bae Sun)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Nak-yon": ["Lee Nak yon", "South Korean Prime Minister Lee Nak-yon", "Lee"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Moon Jae-in": ["Moon Jae in", "President Moon Jae-in", "Moon"],
        "Japanese government": ["the Japanese government"],
    },
    quotes=[
        ("cannot leave things as they are,", "partial", "Lee Nak-yon", "told"),
        ("We both agree the relationship cannot stay frozen.", "direct", None, "said"),
    ],
    statements=[
        ("Lee, who was in Tokyo for Emperor Naruhito's enthronement", ["Lee Nak-yon"],
         "told"),
        ("Abe said the two countries were important neighbors", ["Shinzo Abe"], "said"),
        ("Both leaders are expected at ASEAN-related summits", [None], "said"),
    ],
    timexes=[
        ("October 24, 2019 / 3:02 PM", "2019-10-24T15:02", None),
        ("Thursday", "2019-10-24", None),
        ("more than a year", "P1Y", "MORE_THAN"),
        ("21 minutes", "PT21M", None),
        ("Tuesday", "2019-10-22", None),
        ("1965", "1965", None),
        ("September 2018", "2018-09", None),
        ("early next month", "2019-11", "START"),
        ("mid-November", "2019-11", "MID"),
        ("October last year", "2018-10", None),
        ("in [[July]], and", "2019-07", None),
        ("in [[August]] to end", "2019-08", None),
        ("Nov. 23", "2019-11-23", None),
    ],
    summits=[
        dict(date="2018-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the UN General Assembly",
             evidence=["Moon and Abe have not held a formal one-on-one meeting"]),
    ],
    agreements=[
        dict(title="1965 treaty normalizing relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["Abe said the two countries were important neighbors"]),
        dict(title="military intelligence-sharing pact (GSOMIA)", kind="treaty", date=None,
             parties=["JP", "KR"], status="referenced",
             evidence=["Japan tightened controls on exports of chip materials"]),
    ],
    notes=[
        "Invented test article: international wire from Tokyo (headline, stamp, dateline and"
        " credit line are furniture; the stamp is annotated). Every quote is invented (Lee's"
        " partial, relayed by a South Korean official; the unnamed Japanese official's"
        " direct quote, which runs over two sentences in one pair of marks). Real background:"
        " Prime Minister Lee Nak-yon's 21-minute talks with Abe in Tokyo on Thursday"
        " 2019-10-24, about twice the planned time, with a letter from Moon; Emperor"
        " Naruhito's enthronement ceremony on Tuesday 2019-10-22; Abe's call to keep promises"
        " between states; the last Moon-Abe summit in New York in September 2018; the"
        " ASEAN-related summits in Bangkok in early November 2019 and the APEC meeting then"
        " planned for Santiago in mid-November (cancelled on 2019-10-30, after publication);"
        " the Supreme Court ruling of October 2018; Japan's export controls of July 2019;"
        " Seoul's August 2019 decision to end GSOMIA, due to expire on 2019-11-23.",
        "Quotes: Lee's partial (speaker Lee Nak-yon, who is not a leader: Korea's prime"
        " minister is not the head of government); the Japanese official's direct quote"
        " (null).",
        "Statements: Lee 'told Abe ..., according to a South Korean official' (Lee); Abe"
        " 'said ... and repeated ..., the Japanese government said' (Abe); 'officials in both"
        " capitals said no meeting had been arranged' (null). Not a statement: the full"
        " direct-quote paragraph.",
        "Timexes: published Thursday 2019-10-24; 'more than a year' = P1Y MORE_THAN; '21"
        " minutes' = PT21M; 'Tuesday' = 2019-10-22; 'early next month' = 2019-11 START;"
        " 'mid-November' = 2019-11 MID; 'October last year' = 2018-10; bare 'July' and"
        " 'August' (past) = 2019-07 and 2019-08; 'Nov. 23' = 2019-11-23. Not timexes: 'in"
        " decades', 'about twice as long as planned'.",
        "Summits (1): Moon-Abe in New York, September 2018 (UNGA sidelines). Not summits: Lee"
        " Nak-yon with Abe (Lee is not a head of state or government: the text says so"
        " indirectly, debatable for a system); the expected Bangkok and Santiago meetings ('no"
        " meeting had been arranged'); the enthronement ceremony.",
        "Agreements (2): the 1965 treaty (referenced, via 'promises made between states');"
        " GSOMIA (treaty, referenced, date null: the text gives only the expiry). Not"
        " agreements: the Supreme Court ruling, export controls (unilateral).",
    ],
)
