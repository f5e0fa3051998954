# ruff: noqa: E501
OBAMA = "The President began the day with a one-on-one meeting"
UNSC = "The two leaders agreed to work closely to carry out"
TRI = "Prime Minister Shinzo Abe then joined the two presidents"
HAGUE = "It was the first time the three leaders had sat together"
TRIAGREE = "The three leaders agreed to direct"
BIL = "Following the trilateral meeting, President Park held a bilateral summit"
SECOND = "It was their second one-on-one meeting"
CW = "The two leaders agreed that the agreement on the comfort women issue"
MORE = "They agreed to increase opportunities"
TOLD = "The President told the prime minister"
AHEAD = "The President will meet President Xi Jinping"
HOPED = "Both leaders hoped that the Korea-Japan-China summit"
WHOLE = "The two leaders spoke of the agreement as a whole"
LONG = "How long did the Korea-Japan meeting last?"

GOLD = dict(
    published="2016-03-31",
    furniture=[
        "Briefing by Senior Secretary to the President for Foreign Affairs Kim Kyou-hyun on the Results of the President's Summit Meetings in Washington\n"
        "Office of the President, Republic of Korea\n"
        "Washington, D.C., Thursday, March 31, 2016 (local time)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "The President", "President Park", "she"],
        "Barack Obama": ["President Barack Obama"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Prime Minister Abe", "the prime minister"],
        "Li Keqiang": ["Premier Li Keqiang"],
        "Xi Jinping": ["President Xi Jinping of China"],
        "Enrique Pena Nieto": ["President Enrique Pena Nieto"],
        "Kim Kyou-hyun": ["Senior Secretary to the President for Foreign Affairs Kim Kyou-hyun"],
    },
    quotes=[
        ("A united response by our three countries", "direct", "Park Geun-hye", "said"),
        ("sincere implementation, in word and in deed", "partial", "Park Geun-hye", "told"),
    ],
    statements=[
        (UNSC, ["Park Geun-hye", "Barack Obama"], "agreed"),
        (TRIAGREE, ["Park Geun-hye", "Barack Obama", "Shinzo Abe"], "agreed"),
        (CW, ["Park Geun-hye", "Shinzo Abe"], "agreed"),
        (MORE, ["Park Geun-hye", "Shinzo Abe"], "agreed"),
        (TOLD, ["Park Geun-hye"], "told"),
        (HOPED, ["Park Geun-hye", "Shinzo Abe"], "hoped"),
    ],
    timexes=[
        ("Thursday, March 31, 2016", "2016-03-31", None),
        ("Park Geun-hye held [[today]]", "2016-03-31", None),
        ("Jan. 6", "2016-01-06", None),
        ("Feb. 7", "2016-02-07", None),
        ("about an hour", "PT1H", "APPROX"),
        ("two years ago", "2014", None),
        ("November last year", "2015-11", None),
        ("the day after", "2015-11", None),
        ("last December", "2015-12", None),
        ("this evening", "2016-03-31TEV", None),
        ("on Saturday", "2016-04-02", None),
        ("four-day", "P4D", None),
        ("April 2", "2016-04-02", None),
        ("this year", "2016", None),
        ("About 30 minutes", "PT30M", "APPROX"),
    ],
    summits=[
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="sidelines", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[OBAMA, UNSC]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[TRI, HAGUE, TRIAGREE, BIL]),
        dict(date="2014", place="The Hague", country="NL",
             participants=["Park Geun-hye", "Barack Obama", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[HAGUE]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=2,
             status="held", occasion="Nuclear Security Summit", evidence=[BIL, SECOND, CW, MORE, TOLD, HOPED, LONG]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[SECOND]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[SECOND]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="planned", occasion="Nuclear Security Summit", evidence=[AHEAD]),
        dict(date="2016-04", place="Mexico City", country="MX",
             participants=["Park Geun-hye", "Enrique Pena Nieto"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[AHEAD]),
        dict(date="2016", place=None, country="JP",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[HOPED]),
    ],
    agreements=[
        dict(title="carry out UN Security Council Resolution 2270 fully", kind="commitment", date="2016-03-31",
             parties=["KR", "US"], status="agreed", evidence=[UNSC]),
        dict(title="keep up each country's independent sanctions on North Korea", kind="commitment", date="2016-03-31",
             parties=["KR", "US"], status="agreed", evidence=[UNSC]),
        dict(title="direct foreign affairs and defense officials to study steps to strengthen trilateral security cooperation", kind="commitment", date="2016-03-31",
             parties=["JP", "KR", "US"], status="agreed", evidence=[TRIAGREE]),
        dict(title="agreement on the comfort women issue reached by the two foreign ministers (December 2015)", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[CW, WHOLE]),
        dict(title="implement the comfort women agreement faithfully", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[CW]),
        dict(title="increase opportunities for leaders' meetings", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[MORE]),
        dict(title="cooperate on abductions of Japanese nationals and separated families", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[MORE]),
    ],
    notes=[
        "Invented South Korean presidential office (Cheong Wa Dae) briefing in the name of Senior Secretary Kim Kyou-hyun (a real office-holder at the time; the wording is invented), with numbered headings and a Q&A; title, office line and date line are furniture (the date line is annotated). Park's direct quote and the partial quote 'sincere implementation, in word and in deed' are invented; the Park-Obama commitment wording, the Q&A answers and the 30-minute length are invented.",
        "Real facts, checked on stored pages: japantimes.co.jp 2016/04/01 (Kyodo: Abe and Park met one-on-one in Washington on the fringes of the Nuclear Security Summit on Thursday, following their November meeting; confirmed implementing last year's agreement; agreed to increase opportunities to meet; cooperation on abductions and separated families; the December agreement), oananews.org 402257 (Jiji: one-hour trilateral with Obama on 31 March 2016; officials directed to study concrete measures; fourth nuclear test in January, launch in February), koreaherald.com ud=20160331000276 (nuclear test 6 January, rocket 7 February; talks with Obama Thursday), allreadable (Arirang: Park to start the day with Obama, then the trilateral, then Abe, then Xi), ytn.co.kr 2016-03-29 and donga.com 2016-03-31 (separate talks with Obama, Xi and Abe; Mexico visit 2-5 April; the three met in Seoul in November; Japan to host the next trilateral), indiavision.com (The Hague three-way meeting with Obama, March 2014), jimin.jp 130902 (first Abe-Park summit, 2 November 2015, Seoul). From general knowledge: UN Security Council Resolution 2270 (2 March 2016); the Seoul trilateral of 1 November 2015 with Li Keqiang.",
        "Summits (9): Park-Obama, the trilateral with Obama and Abe, and Park-Abe (ordinal 2: 'their second one-on-one meeting') in Washington on 31 March; The Hague trilateral ('two years ago', dated 2014); Seoul Park-Abe (ordinal 1) and the Seoul trilateral with Li Keqiang, both November 2015; planned: Park-Xi 'this evening', Park-Pena Nieto in Mexico City (April 2016), and the Japan-hosted trilateral 'at an early date' (dated 2016 from the question's 'this year'; participants from the public record; debatable, status not scored).",
        "Agreements (7): two Park-Obama commitments split from one sentence; the trilateral commitment; the 2015 comfort women agreement (joint-statement by the public record, referenced, also in the Q&A 'the agreement as a whole'); three Park-Abe commitments (implement the 2015 agreement faithfully; more leaders' meetings; cooperation on abductees and separated families, one course of action on two issues). Not agreements: the sanctions each country imposed unilaterally, UNSC Resolution 2270 (a Council decision), the hope for an early trilateral.",
        "Statements: joint acts of two and three leaders; the briefer's own account is not attributed to him. Timexes: 'the day after' takes the date it points to, known only to the month (2015-11); 'two years ago' = 2014; 'this evening' = 2016-03-31TEV; 'on Saturday' = 2 April.",
    ],
)
