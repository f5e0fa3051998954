# ruff: noqa: E501
SING = "The two agreed in Singapore two weeks ago"
SAT = "Leaders return for the closing sessions on Saturday"
NOSHAKE = "No handshake to report between South Korean President Moon Jae-in"
LASTNY = "The two last sat down together in New York in September"
TOKYO = "Tokyo says the ruling tramples on the 1965 agreement"
TALK = "Moon and U.S. President Donald Trump talked for about 30 minutes"
SIXTH = "It was the sixth summit between the two presidents"
SANC = "According to Yoon, the leaders agreed that existing sanctions"
PROP = "Trump, who expects to hold a second summit"
JAI = "Abe, Trump and Indian Prime Minister Narendra Modi held their first three-way"
GREAT = "Trump called the talks"
XI = "His talks with Chinese President Xi Jinping are pencilled in"
NZ = "After Buenos Aires he heads to New Zealand on Sunday"

GOLD = dict(
    published="2018-11-30",
    furniture=[
        "LIVE: G20 in Buenos Aires, day one - Abe, Trump and Modi meet as a trio for the first time; Moon sees Trump, not Abe\n"
        "Last updated: Friday, November 30, 2018, 21:52 ART\n"
        "By Clara Mendel and Baek Jun-ho, Meridian World Service",
        "21:40 ART", "20:05 ART", "18:30 ART", "16:05 ART", "13:20 ART", "09:10 ART",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Shinzo Abe", "Abe", "the Japanese prime minister"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon", "he"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Yoon Young-chan": ["Moon's chief press secretary Yoon Young-chan", "Yoon"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi", "Modi"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Jacinda Ardern": ["Prime Minister Jacinda Ardern"],
        "Kremlin": ["the Kremlin"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("not the kind of thing you smooth over", "partial", None, "said"),
        ("another milestone", "partial", "Donald Trump", "proposed"),
        ("put the initials together and you get JAI", "direct", "Narendra Modi", "told"),
        ("great", "partial", "Donald Trump", "called"),
    ],
    statements=[
        (SING, ["Shinzo Abe", "Vladimir Putin", "Kremlin"], "says"),
        ("Neither side has a one-on-one on the schedule", [None], "said"),
        (TOKYO, ["Government of Japan"], "says"),
        ("A Japanese official travelling with Abe said", [None], "said"),
        (TALK, ["Yoon Young-chan"], "told reporters"),
        (SANC, ["Yoon Young-chan", "Moon Jae-in", "Donald Trump"], "According to"),
        (PROP, ["Donald Trump"], "proposed"),
        (GREAT, ["Donald Trump"], "called"),
        (XI, [None], "said"),
    ],
    timexes=[
        ("in Buenos Aires, [[day one]]", "2018-11-30", None),
        ("Friday, November 30, 2018, 21:52 ART", "2018-11-30T21:52", None),
        ("21:40 ART", "2018-11-30T21:40", None),
        ("leave [[the first day]]", "2018-11-30", None),
        ("sessions on [[Saturday]]", "2018-12-01", None),
        ("two weeks ago", "2018-W46", None),
        ("a [[1956]] joint", "1956", None),
        ("20:05 ART", "2018-11-30T20:05", None),
        ("New York in [[September]]", "2018-09", None),
        ("A month later", "2018-10", None),
        ("the [[1965]] agreement", "1965", None),
        ("18:30 ART", "2018-11-30T18:30", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("3:30 p.m. local time", "2018-11-30T15:30", None),
        ("half an hour", "PT30M", None),
        ("67 days ago", "2018-09-24", None),
        ("early next year", "2019", "START"),
        ("16:05 ART", "2018-11-30T16:05", None),
        ("13:20 ART", "2018-11-30T13:20", None),
        ("Thursday night", "2018-11-29TNI", None),
        ("later [[today]]", "2018-11-30", None),
        ("in on [[Thursday]] from", "2018-11-29", None),
        ("New Zealand on [[Sunday]]", "2018-12-02", None),
        ("three-day", "P3D", None),
        ("09:10 ART", "2018-11-30T09:10", None),
        ("two-day", "P2D", None),
        ("this morning", "2018-11-30TMO", None),
    ],
    summits=[
        dict(date="2018-11-30", place="Buenos Aires", country="AR",
             participants=["Shinzo Abe", "Donald Trump", "Narendra Modi"], kind="trilateral", ordinal=1,
             status="held", occasion="G20", evidence=[JAI, GREAT]),
        dict(date="2018-11-30", place="Buenos Aires", country="AR",
             participants=["Moon Jae-in", "Donald Trump"], kind="sidelines", ordinal=6,
             status="held", occasion="G20", evidence=[TALK, SIXTH, SANC]),
        dict(date="2018-09-24", place="New York", country="US",
             participants=["Moon Jae-in", "Donald Trump"], kind="sidelines", ordinal=None,
             status="held", occasion="the UN General Assembly", evidence=[SIXTH]),
        dict(date="2018-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the UN General Assembly", evidence=[LASTNY]),
        dict(date="2018-12-01", place="Buenos Aires", country="AR",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[SAT, SING]),
        dict(date="2018-11", place="Singapore", country="SG",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits", evidence=[SING]),
        dict(date="2019", place=None, country=None,
             participants=["Donald Trump", "Kim Jong Un"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[PROP]),
        dict(date="2018-11-30", place="Buenos Aires", country="AR",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[XI]),
        dict(date="2018-12", place=None, country="NZ",
             participants=["Moon Jae-in", "Jacinda Ardern"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[NZ]),
    ],
    agreements=[
        dict(title="speed up peace treaty negotiations on the basis of the 1956 joint declaration (Singapore)", kind="commitment",
             date="2018-11", parties=["JP", "RU"], status="referenced", evidence=[SING]),
        dict(title="1956 joint declaration (Japan-Soviet Joint Declaration)", kind="joint-declaration",
             date="1956", parties=["JP", "RU"], status="referenced", evidence=[SING]),
        dict(title="1965 agreement settling property claims", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="keep existing sanctions on North Korea until it completes denuclearization", kind="commitment",
             date="2018-11-30", parties=["KR", "US"], status="agreed", evidence=[SANC]),
        dict(title="Seoul and Washington to work closely so the second U.S.-North Korea summit becomes a milestone (Trump's proposal)", kind="commitment",
             date="2018-11-30", parties=["KR", "US"], status="proposed", evidence=[PROP]),
    ],
    notes=[
        "Invented live page of an invented international broadcaster (Meridian World Service); reporters, the Japanese official's partial quote and Modi's direct quote are invented (Modi's 'JAI' acronym is real, the wording is not); Trump's 'great' and 'another milestone' are invented partial quotes. Headline, Last updated line, byline and the six entry time stamps are furniture; the stamps and the headline's 'day one' are annotated. Entry clock times other than Moon-Trump's 3:30 p.m. start are invented.",
        "Real facts checked on stored pages: in.news.yahoo.com (ANI) and dailymotion x6y59my (first India-Japan-U.S. leaders' trilateral on Friday 30 November 2018 in Buenos Aires; 'JAI'); hindustantimes.com (Bolton: the trilateral an expansion of the Trump-Abe bilateral); latestly.com (Trump called it a great meeting); sputniknews.jp 20181130 (Kyodo: Abe arrived on the night of the 29th, meetings with Trump and Xi on the 30th, Putin on 1 December); tass.com/politics/1033196 (Putin-Abe on 1 December in Buenos Aires to discuss the negotiation mechanism; Singapore agreement to step up talks on the basis of the 1956 declaration); inkl.com and manila-stv.ph (Singapore meeting on Wednesday 14 November 2018); webarchives.pa.go.kr Briefings/367 and world.kbs.co.kr Seq_Code 141226 (Moon-Trump from 3:30 p.m. local time, about 30 minutes, interpreters only, sixth summit, shortest, last met 67 days earlier in New York; sanctions maintained until complete denuclearization; Trump's second summit with Kim early next year and request for close cooperation; Yoon Young-chan); en.mercopress.com 2018-11-20 (Moon to Buenos Aires on 29 November from the Czech Republic, three-day state visit to New Zealand from 2 December, meeting Ardern); koreajoongangdaily 2019/06/19 (Moon's last bilateral summit with Abe in September 2018 in New York); rappler.com and apnews (Supreme Court ruling of 30 October 2018 on Nippon Steel, four plaintiffs; Tokyo cites the 1965 treaty).",
        "Summits (9): JAI trilateral (ordinal 1, 'their first three-way leaders' meeting'); Moon-Trump Buenos Aires (ordinal 6); Moon-Trump New York '67 days ago' (2018-09-24); Moon-Abe New York September 2018; Abe-Putin planned Saturday; Abe-Putin Singapore ('two weeks ago' = ISO week 46; summit date given as the month, 2018-11, as summit dates may not be weeks); planned Trump-Kim 'early next year' (2019); Abe-Xi 'pencilled in for later today' (planned: the page never reports it held); Moon-Ardern planned (2018-12, New Zealand). Not summits: the Moon-Abe non-meeting ('No handshake to report', 'nothing was being arranged').",
        "Agreements (5): Singapore commitment (referenced, 2018-11, JP-RU), the 1956 joint declaration (joint-declaration; the Soviet Union's party recorded as RU, debatable), the 1965 claims agreement (treaty), the sanctions commitment (agreed), Trump's proposal (proposed).",
        "Timexes: 'two weeks ago' = 2018-W46; 'A month later' (after September) = 2018-10; 'early next year' = 2019 START; 'Thursday night' = 2018-11-29TNI; 'Good morning' is a greeting, not annotated.",
    ],
)
