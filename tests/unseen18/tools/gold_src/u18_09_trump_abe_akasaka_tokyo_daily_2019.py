# ruff: noqa: E501
LEAD = "Prime Minister Shinzo Abe and U.S. President Donald Trump held a summit at the Akasaka Palace"
EMP = "Trump became the first foreign leader to be received by Emperor Naruhito"
EMP2 = "The Emperor and Empress Masako welcomed the president"
PRESSER = "At a joint news conference after the roughly two-hour talks"
BOTHER = "Trump, standing beside him, said the launches did not bother him"
BACKED = "The U.S. president added that he backed Abe's wish to meet Kim."
PRECOND = "Abe has said he is prepared to sit down with Kim"
HANOI = "Trump and Kim held their second summit in Hanoi in February"
APRIL = "Monday's talks came a month after Abe's visit to Washington in late April."
OSAKA = "Trump is due back in Japan at the end of June"
NOMOON = "Government sources said Tokyo had no plans to arrange a bilateral summit with Moon"
ARB = "Japan asked South Korea on May 20 to set up an arbitration panel"
NY = "Abe and Moon last held formal talks in New York in September"
GOLF = "On Sunday, Abe and Trump played a round of golf"

GOLD = dict(
    published="2019-05-27",
    furniture=[
        "THE AKASAKA TIMES | Politics & Diplomacy",
        "Abe and Trump paper over missile differences; no Osaka date for Moon",
        "May 27, 2019 | 21:40 JST",
        "By Haruka Nishida, staff writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "The U.S. president", "the president"],
        "Naruhito": ["Emperor Naruhito", "The Emperor"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un", "Kim"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Government of Japan": ["Japan", "Tokyo"],
    },
    quotes=[
        ("extremely regrettable.", "partial", "Shinzo Abe", "said"),
        ("without preconditions,", "partial", "Shinzo Abe", "has said"),
        ("complete denuclearization.", "partial", None, "committing"),
        ("A handshake in Osaka is one thing.", "direct", None, "said"),
    ],
    statements=[
        (PRESSER, ["Shinzo Abe"], "said"),
        (BOTHER, ["Donald Trump"], "said"),
        (BACKED, ["Donald Trump"], "added"),
        (PRECOND, ["Shinzo Abe", None], "has said"),
        (NOMOON, [None], "said"),
        (ARB, ["Government of Japan"], "asked"),
    ],
    timexes=[
        ("May 27, 2019 | 21:40 JST", "2019-05-27T21:40", None),
        ("guest house [[on Monday]]", "2019-05-27", None),
        ("throne on [[May 1]]", "2019-05-01", None),
        ("Palace [[in the morning]]", "2019-05-27TMO", None),
        ("for them [[tonight]]", "2019-05-27TNI", None),
        ("roughly two-hour", "PT2H", "APPROX"),
        ("earlier this month", "2019-05", None),
        ("Hanoi in [[February]]", "2019-02", None),
        ("eight months after", "2019-02", None),
        ("[[Monday]]'s talks came", "2019-05-27", None),
        ("a month after", "2019-05-27", None),
        ("in [[late April]]", "2019-04", "END"),
        ("at [[the end of June]]", "2019-06", "END"),
        ("South Korea on [[May 20]]", "2019-05-20", None),
        ("the [[1965]] agreement", "1965", None),
        ("Supreme Court's [[October]] ruling", "2018-10", None),
        ("New York in [[September]]", "2018-09", None),
        ("[[On Sunday]], Abe and Trump", "2019-05-26", None),
        ("[[On Tuesday]], the last day", "2019-05-28", None),
        ("four-day", "P4D", None),
    ],
    summits=[
        dict(date="2019-05-27", place="Tokyo", country="JP", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEAD, PRESSER, APRIL]),
        dict(date="2019-05-27", place="Tokyo", country="JP", participants=["Naruhito", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[EMP, EMP2]),
        dict(date="2019-02", place="Hanoi", country="VN", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[HANOI]),
        dict(date="2018-06", place="Singapore", country="SG", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[HANOI]),
        dict(date="2019-04", place="Washington", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[APRIL]),
        dict(date="2019-06", place="Osaka", country="JP", participants=["Shinzo Abe", "Donald Trump"],
             kind="sidelines", ordinal=None, status="planned", occasion="G20", evidence=[OSAKA]),
        dict(date="2018-09", place="New York", country="US", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="the U.N. General Assembly", evidence=[NY]),
    ],
    agreements=[
        dict(title="speed up Japan-U.S. trade negotiations", kind="commitment", date="2019-05-27",
             parties=["JP", "US"], status="agreed", evidence=[LEAD]),
        dict(title="keep coordinating closely on North Korea", kind="commitment", date="2019-05-27",
             parties=["JP", "US"], status="agreed", evidence=[LEAD]),
        dict(title="Singapore joint statement of Trump and Kim", kind="joint-statement", date="2018-06",
             parties=["KP", "US"], status="referenced", evidence=[HANOI]),
        dict(title="1965 Agreement on the Settlement of Problems concerning Property and Claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[ARB]),
        dict(title="request to set up an arbitration panel under the 1965 claims agreement", kind="commitment", date="2019-05-20",
             parties=["JP", "KR"], status="proposed", evidence=[ARB]),
    ],
    notes=[
        "Invented story of a Tokyo English-language daily (The Akasaka Times); section line, headline, stamp and byline are furniture (stamp annotated). Invented: reporter and outlet, the length of the talks ('roughly two-hour'), Abe's 'extremely regrettable', the senior officials and government sources and the Foreign Ministry official's quote.",
        "Real facts checked on stored pages: jmh.usembassy.gov 20190526123868 and japantimes.co.jp 2019-04-19 (state visit of 25-28 May, first state guest of the Reiwa era, audience with the Emperor on Monday, bilateral meeting, golf, sumo, informal dinner; Abe and Trump expected to meet every month from April to June; Izumo-class carrier); singhalkr.blogspot.com / naaju.com (BBC copy: first foreign leader to meet Emperor Naruhito, who ascended the throne on 1 May; Abe-Trump talks at the Akasaka Palace on Monday; state banquet in the evening); news.am (welcome ceremony in the morning); ksltv.com (AP: rifts on trade and North Korea, Trump playing down the North's missile tests, banquet). From the project's manifests: Abe-Moon talks in New York in September 2018 (blind 2018-09-25); the October 2018 Supreme Court ruling (heldout 2018-10-31); Trump-Kim at Singapore (unseen17) and the 1965 claims agreement consultations (unseen9). General knowledge: Hanoi summit of 27-28 Feb 2019 without agreement; Abe's offer to meet Kim 'without preconditions' (May 2019); Japan's arbitration request of 20 May 2019; the G20 in Osaka on 28-29 June; golf in Chiba, the sumo trophy and the Yokosuka carrier visit.",
        "Summits (7): Abe-Trump in Tokyo; Trump's audience with Emperor Naruhito (recorded as a meeting of heads of state, as unseen16 did for Queen Elizabeth II; debatable); Trump-Kim in Hanoi (ordinal 2, 'second summit') and Singapore (dated 2018-06 from 'eight months' before February); Abe-Trump in Washington (late April); planned Abe-Trump at the Osaka G20 ('expected to meet again'); Abe-Moon in New York (September 2018). Not summits: the Sunday golf and sumo (part of the state visit), an Abe-Kim meeting (none in preparation), a Moon-Abe summit at Osaka ('no plans'), 'a handshake in Osaka'.",
        "Agreements (5): two JP-U.S. commitments from one sentence (trade talks; coordination on North Korea); the Singapore joint statement (referenced; 'complete denuclearization' quoted with speaker null); the 1965 claims agreement (treaty, referenced); Japan's arbitration request (recorded as a proposal of a joint procedure, JP-KR, debatable).",
        "Timexes: 'eight months after' points to the Hanoi summit (2019-02); 'a month after' points to Monday's talks; 'Earlier in the day' and 'the final day of the ... tournament' are not annotated; 'summer grand sumo tournament' is a name.",
    ],
)
