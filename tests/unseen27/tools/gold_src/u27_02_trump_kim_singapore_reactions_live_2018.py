# ruff: noqa: E501
TEXT = "The one-page joint statement signed by the two leaders"
PANMUN = "It reaffirms the Panmunjom Declaration"
REMAINS = "The two sides also agreed to recover the remains"
HAND = "Trump and Kim shook hands in front of a row"
ROAD = "The road here ran through Panmunjom"
ONE = "Trump and Kim ended their one-on-one talks"
WH = "Abe and Trump sat down at the White House"

GOLD = dict(
    published="2018-06-12",
    furniture=[
        "LIVE: Trump and Kim sign joint statement in Singapore - how Seoul and Tokyo are reacting\nBy HNB News digital desk\nLast updated: Tuesday, June 12, 2018, 21:50 KST",
        "Moon hails Singapore outcome",
        "Abe speaks to Trump by phone, thanks him for raising abductions",
        "Trump: sanctions stay, drills stop",
        "The text\n",
        "One-on-one over",
        "The handshake",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Donald Trump": ["President Trump", "Trump"],
        "Kim Jong Un": ["Chairman Kim", "Kim"],
        "Mike Pompeo": ["Secretary of State Mike Pompeo"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("What happened in Singapore today", "direct", "Moon Jae-in", "said"),
        ("walk alongside", "partial", "Moon Jae-in", "promised"),
        ("find out the precise meaning", "partial", None, "said"),
        ("I thank President Trump", "direct", "Shinzo Abe", "said"),
        ("face North Korea itself", "partial", "Shinzo Abe", "added"),
        ("war games", "partial", "Donald Trump", "called"),
        ("reaffirmed his firm and unwavering commitment", "partial", None, None),
        ("at the earliest possible date", "partial", None, None),
    ],
    statements=[
        ("President Moon Jae-in hailed the outcome", ["Moon Jae-in"], "hailed"),
        ("He promised that Seoul would", ["Moon Jae-in"], "promised"),
        ("Earlier, a presidential spokesman said", [None], "said"),
        ("Seoul was not consulted", [None], "told"),
        ("Prime Minister Shinzo Abe told reporters", ["Shinzo Abe"], "told reporters"),
        ("He added that Japan would eventually", ["Shinzo Abe"], "added"),
        ("At a news conference at the Capella hotel", ["Donald Trump"], "said"),
    ],
    timexes=[
        ("Tuesday, June 12, 2018, 21:50 KST", "2018-06-12T21:50", None),
        ("[[21:50 KST]]\nMoon", "2018-06-12T21:50", None),
        ("Cheong Wa Dae [[tonight]]", "2018-06-12TNI", None),
        ("in Singapore [[today]]", "2018-06-12", None),
        ("20:15 KST", "2018-06-12T20:15", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("last Thursday", "2018-06-07", None),
        ("five days before", "2018-06-07", None),
        ("17:30 KST", "2018-06-12T17:30", None),
        ("15:40 KST", "2018-06-12T15:40", None),
        ("adopted on [[April 27]]", "2018-04-27", None),
        ("11:05 KST", "2018-06-12T11:05", None),
        ("41 minutes", "PT41M", None),
        ("10:05 KST", "2018-06-12T10:05", None),
        ("9:04 a.m. local time", "2018-06-12T09:04", None),
        ("village on [[April 27]]", "2018-04-27", None),
        ("May 26", "2018-05-26", None),
        ("four days after", "2018-05-26", None),
    ],
    summits=[
        dict(date="2018-06-12", place="Singapore", country="SG", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TEXT, ONE, HAND]),
        dict(date="2018-06-07", place="White House", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[WH]),
        dict(date="2018-04-27", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PANMUN, ROAD]),
        dict(date="2018-05-26", place="Panmunjom", country="KP", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ROAD]),
        dict(date="2018-05-22", place="Washington", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ROAD]),
    ],
    agreements=[
        dict(title="Singapore joint statement of Trump and Kim", kind="joint-statement", date="2018-06-12",
             parties=["KP", "US"], status="signed", evidence=[TEXT, PANMUN]),
        dict(title="Panmunjom Declaration", kind="joint-declaration", date="2018-04-27", parties=["KP", "KR"],
             status="referenced", evidence=[PANMUN]),
        dict(title="recover the remains of U.S. prisoners of war and soldiers missing in action", kind="commitment",
             date="2018-06-12", parties=["KP", "US"], status="agreed", evidence=[REMAINS]),
        dict(title="hold follow-on negotiations led by Pompeo at the earliest possible date", kind="commitment",
             date="2018-06-12", parties=["KP", "US"], status="agreed", evidence=[REMAINS]),
    ],
    notes=[
        "Invented live page (outlet 'HNB News' invented; headline, byline, 'Last updated' line and entry headlines are furniture; the stamp is annotated; entries newest first with KST entry times). All quotes are invented, including the words given to Moon and Abe; the phone call's length (about 20 minutes) and the entry times are invented.",
        "Real facts, checked on stored pages: straitstimes.com (joint statement signed on Tuesday 12 June at the Capella hotel; a 41-minute one-on-one, then an expanded meeting and a working lunch; Trump committed to security guarantees, Kim reaffirmed his 'firm and unwavering commitment' to complete denuclearisation); asianews.eu (document reaffirms the Panmunjom Declaration; Trump pledged to stop joint exercises); au.news.yahoo.com (Abe thanked Trump for raising abductions; Moon's statement; Blue House spokesman wanted 'the precise meaning or intentions' of Trump's remarks); welcomeqatar.com (Abe spoke after a call with Trump); thenews.com.pk 2018-06-08 and jimin.jp (Abe-Trump at the White House on Thursday 7 June); chosun 2018-05-28, straitstimes (Moon-Kim on 26 May on the northern side, Tongilgak; 27 April first summit); newnation.io (Moon had met Trump in Washington earlier that week). From general knowledge: the handshake at about 9 a.m. local time (given as 9:04), the POW/MIA remains and Pompeo-led follow-on negotiations clauses of the statement, Moon-Trump on 22 May.",
        "Summits (5): Trump-Kim (held); Abe-Trump at the White House 'last Thursday'; Moon-Kim 27 April (southern side, KR) and 26 May (northern side, KP); Moon-Trump in Washington, dated 22 May from 'four days after'. Not summits: the Abe-Trump phone call, a possible Abe-Kim meeting ('no such meeting is being prepared'), the working lunch and expanded meeting (same summit).",
        "Agreements (4): the joint statement (KP/US, signed); the Panmunjom Declaration (referenced, joint-declaration); two commitments split from 'agreed to recover the remains ... and to hold follow-on negotiations'. Not agreements: Trump's halt of exercises (announced 'on his own', unilateral), sanctions staying, Moon's promise.",
        "Timexes: 'five days before the Singapore summit' and 'four days after Moon had flown' take the date they point to (7 June, 26 May). 'tonight' = 2018-06-12TNI; 'today' in Moon's quote = 12 June. Quotes of the document's wording ('reaffirmed his firm and unwavering commitment', 'at the earliest possible date') have speaker null.",
    ],
)
