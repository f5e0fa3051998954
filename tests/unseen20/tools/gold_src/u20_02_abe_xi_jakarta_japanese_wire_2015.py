# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe and Chinese President Xi Jinping held talks Wednesday evening"
SESSION = "The roughly 25-minute session at the Jakarta Convention Center"
PROP = "Abe proposed that the two countries bring into operation"
WIDODO = "Earlier Wednesday, Abe held talks with Indonesian President Joko Widodo"
PARK = "Park has not held a one-on-one summit with Abe"
FM = "The foreign ministers of the three countries, meeting in Seoul"
WASH = "Abe is due in Washington for a summit with Obama"

GOLD = dict(
    published="2015-04-22",
    furniture=[
        "Abe, Xi meet in Jakarta for second time in five months; Park absent from Asia-Africa gathering\n"
        "Wednesday, April 22, 2015, 22:40 JST\n"
        "Hibiya News Agency",
        "JAKARTA, April 22 (HNA) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Yasuhisa Kawamura": ["Foreign Ministry press secretary Yasuhisa Kawamura", "Kawamura"],
        "Joko Widodo": ["Indonesian President Joko Widodo"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Chinese state media": [],
        "Cabinet Secretary of Indonesia": ["Indonesia's cabinet secretary"],
        "Government of China": ["Beijing"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("The mood was clearly warmer than in Beijing", "direct", "Yasuhisa Kawamura", "said"),
        ("Both leaders want the relationship to improve.", "direct", "Yasuhisa Kawamura", None),
        ("face history squarely", "partial", "Xi Jinping", "urged"),
    ],
    statements=[
        (PROP, ["Shinzo Abe", "Yasuhisa Kawamura"], "told reporters"),
        ("Abe also voiced concern about governance", ["Shinzo Abe"], "voiced concern"),
        ("Chinese state media said Xi urged Tokyo", ["Chinese state media", "Xi Jinping"], "said"),
        ("Both Beijing and Seoul criticized the offering.", ["Government of China", "Government of South Korea"], "criticized"),
        (WIDODO, ["Shinzo Abe", "Joko Widodo", "Cabinet Secretary of Indonesia"], "said"),
    ],
    timexes=[
        ("in [[five months]];", "P5M", None),
        ("Wednesday, April 22, 2015, 22:40 JST", "2015-04-22T22:40", None),
        ("JAKARTA, [[April 22]]", "2015-04-22", None),
        ("Wednesday evening", "2015-04-22TEV", None),
        ("last November", "2014-11", None),
        ("roughly 25-minute", "PT25M", "APPROX"),
        ("four years", "P4Y", None),
        ("a day after", "2015-04-22", None),
        ("Earlier [[Wednesday]]", "2015-04-22", None),
        ("February 2013", "2013-02", None),
        ("March last year", "2014-03", None),
        ("March 21", "2015-03-21", None),
        ("nearly three years", "P3Y", "APPROX"),
        ("April 28", "2015-04-28", None),
        ("the following day", "2015-04-29", None),
    ],
    summits=[
        dict(date="2015-04-22", place="Jakarta", country="ID",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the Asian-African Summit", evidence=[LEDE, SESSION]),
        dict(date="2014-11", place="Beijing", country="CN",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[LEDE]),
        dict(date="2015-04-22", place="Jakarta", country="ID",
             participants=["Shinzo Abe", "Joko Widodo"], kind="sidelines", ordinal=None,
             status="held", occasion="the Asian-African Summit", evidence=[WIDODO]),
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="the Nuclear Security Summit", evidence=[PARK]),
        dict(date="2015-04-28", place="Washington", country="US",
             participants=["Shinzo Abe", "Barack Obama"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[WASH]),
    ],
    agreements=[
        dict(title="bring the maritime communication mechanism into operation (Abe's proposal)", kind="commitment",
             date="2015-04-22", parties=["JP", "CN"], status="proposed", evidence=[PROP]),
        dict(title="resume the defense dialogue (Abe's proposal)", kind="commitment",
             date="2015-04-22", parties=["JP", "CN"], status="proposed", evidence=[PROP]),
        dict(title="step up contribution to South-South cooperation", kind="commitment",
             date="2015-04-22", parties=["JP", "ID"], status="agreed", evidence=[WIDODO]),
        dict(title="work toward a three-way leaders' summit at the earliest convenient time (foreign ministers)", kind="commitment",
             date="2015-03-21", parties=["JP", "CN", "KR"], status="referenced", evidence=[FM]),
    ],
    notes=[
        "Invented Japanese wire story (Hibiya News Agency); headline, stamp, agency line and dateline prefix are furniture (stamp, dateline and the headline's 'five months' annotated). Kawamura's quotes and Xi's partial quote are invented; the stamp time is invented.",
        "Real facts checked on stored pages: chinausfocus.com (Xi-Abe meeting on 22 April 2015 in Jakarta, publicly unconfirmed until hours before, some 30 minutes); chandmerizameen.blogspot.com (WSJ copy: about 25 minutes, first since November in Beijing; Kawamura; proposals to start the maritime communication mechanism and a defense dialogue for the first time in four years; AIIB governance concerns); pacificsentinel.blogspot.com 2015/04 (a day after Abe's offering to Yasukuni; firm handshake, November 2014 stiff handshake); opera.liputan6.com (meeting at the JCC on 22 April); fbeta.republika.co.id (Abe-Jokowi talks on the sidelines, agreement to step up South-South cooperation, cabinet secretary's text message); mofa.go.jp/a_o/rp/page22e_000662.html (trilateral foreign ministers' meeting in Seoul on Saturday 21 March 2015); titandawn.com and japantimes 2015-02-06 (first ministers' meeting since April 2012; Park has refused to sit with Abe since her inauguration in February 2013); presidency.ucsb.edu (Obama-Park-Abe meeting in The Hague, 25 March 2014); asiaone.com (Abe-Obama summit on Tuesday 28 April 2015). The address to Congress on 29 April is from m.koreaherald.com ud=20150527000292 (Abe 'delivered an address to a joint session of Congress') and general knowledge for the day.",
        "Summits (5): Jakarta Abe-Xi; Beijing November 2014 (APEC); Abe-Widodo; The Hague trilateral (March 2014); planned Abe-Obama on 28 April. A three-way summit Tokyo 'hopes' for, with no date, is not recorded.",
        "Timexes: 'a day after' Abe's offering = 2015-04-22, the date it points to (the meeting; the offering was on 21 April), as unseen12-16.",
        "Agreements (4): two proposals split from one sentence (maritime mechanism; defense dialogue), the JP-ID South-South commitment, the foreign ministers' March commitment (referenced). Not agreements: the Yasukuni offering, AIIB concerns.",
    ],
)
