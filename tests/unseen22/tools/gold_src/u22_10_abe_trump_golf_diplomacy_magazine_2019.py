# ruff: noqa: E501
TOWER = "In November 2016, Abe flew to New York"
FEB = "The real relationship started in February 2017"
NOV = "Trump returned the favour in November that year"
APRSEP = "Abe went back to Palm Beach in April 2018"
MONDAY = "On Monday, after the sumo finals on Sunday"
EMP = "The president will also become the first state guest"
OSAKA = "He will be back in Japan next month"
SEVEN = "In Seoul, President Moon Jae-in has had his own seven meetings"
NOMOON = "But there has been no Moon-Abe summit since September"
HAMBURG = "When the three leaders dined together in Hamburg"

GOLD = dict(
    published="2019-05-24",
    furniture=[
        "THE GOLF PARTNER\n"
        "Donald Trump lands in Tokyo this weekend for his second visit to Japan as president, and another round with Shinzo Abe. Seoul, a short flight away, has watched the friendship grow with mixed feelings.\n"
        "By Miriam Oyelaran | The Harbour Review | May 24, 2019",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Donald Trump": ["Donald Trump", "Trump", "the president", "The president", "He"],
        "Shinzo Abe": ["Shinzo Abe", "Abe"],
        "Naruhito": ["Emperor Naruhito"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
    },
    quotes=[
        ("Golf does not solve history,", "direct", None, "told"),
        ("But it does keep a line open.", "direct", None, None),
    ],
    statements=[
        ("Japanese diplomats still describe it that way", [None], "describe"),
        (APRSEP, ["Shinzo Abe", "Donald Trump"], "pledged"),
    ],
    timexes=[
        ("this weekend", "2019-W21-WE", None),
        ("May 24, 2019", "2019-05-24", None),
        ("November 2016", "2016-11", None),
        ("February 2017", "2017-02", None),
        ("a weekend", "P1WE", None),
        ("November that year", "2017-11", None),
        ("April 2018", "2018-04", None),
        ("New York in [[September]], issuing", "2018-09", None),
        ("On Monday", "2019-05-27", None),
        ("on Sunday", "2019-05-26", None),
        ("May 1", "2019-05-01", None),
        ("next month", "2019-06", None),
        ("April 11", "2019-04-11", None),
        ("summit since [[September]]", "2018-09", None),
        ("July 2017", "2017-07", None),
    ],
    summits=[
        dict(date="2017-02", place="Palm Beach", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FEB]),
        dict(date="2017-11", place="Tokyo", country="JP", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[NOV]),
        dict(date="2018-04", place="Palm Beach", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[APRSEP]),
        dict(date="2018-09", place="New York", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[APRSEP]),
        dict(date="2019-05-27", place="Tokyo", country="JP", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[MONDAY]),
        dict(date="2019-05", place="Tokyo", country="JP", participants=["Donald Trump", "Naruhito"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[EMP]),
        dict(date="2019-04-11", place="Washington", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=7, status="held", occasion=None, evidence=[SEVEN]),
        dict(date="2018-09", place=None, country=None, participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion=None, evidence=[NOMOON]),
        dict(date="2017-07", place="Hamburg", country="DE", participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"],
             kind="trilateral", ordinal=None, status="held", occasion="the G20 summit", evidence=[HAMBURG]),
    ],
    agreements=[
        dict(title="keep up pressure on Pyongyang (Palm Beach)", kind="commitment", date="2018-04",
             parties=["JP", "US"], status="referenced", evidence=[APRSEP]),
        dict(title="joint statement opening negotiations on a bilateral trade agreement", kind="joint-statement", date="2018-09",
             parties=["JP", "US"], status="referenced", evidence=[APRSEP]),
    ],
    notes=[
        "Invented magazine feature ('The Harbour Review'; writer and the former ambassador invented, quote speaker unnamed = null; the second pair of marks continues the quote, cue null). Headline, standfirst and byline line are furniture; 'this weekend' in the standfirst and the date are annotated.",
        "Real background checked on stored pages: japantoday.com and hamodia.com 2018-04-02 (Abe visited Mar-a-Lago in February 2017; April 2018 talks); thenewstribune.com caption (Akasaka Palace, 6 November 2017); pressreader Sun Sentinel 2018-04-18 (golf at Palm Beach); bloombergquint.com (Trump to Japan in May to meet the new emperor, acceding 1 May, and in late June for the G20); theasian.asia and globaltimes.cn (Moon-Trump 11 April 2019 the seventh summit); webarchives.pa.go.kr briefing 329 (Moon-Abe in New York, September 2018). From general knowledge: Abe's Trump Tower meeting in November 2016 (Trump then president-elect, not a leader, so not a summit), golf on the November 2017 Tokyo visit, Abe-Trump talks in New York on 26 September 2018 and their joint statement on trade negotiations, the sumo final on 26 May and the summit on 27 May 2019, the Hamburg trilateral dinner of 6 July 2017.",
        "Summits (9): Abe-Trump February 2017, November 2017, April 2018, September 2018, and the planned Tokyo talks 'On Monday' (27 May), Trump's planned meeting with the emperor, Moon-Trump 11 April (ordinal 7, 'seven meetings ..., the latest'), Moon-Abe September 2018 (told as 'no ... summit since September'; place not named), the Hamburg three-way dinner. Not summits: the Trump Tower courtesy call, the Osaka G20 (multilateral), 'none is planned'.",
        "Agreements (2): the April 2018 pledge (referenced commitment), the September 2018 joint statement (referenced). Timexes: 'this weekend' = 2019-W21-WE; 'a weekend' = P1WE; 'a morning' (vague part of day, no date) is not annotated.",
    ],
)
