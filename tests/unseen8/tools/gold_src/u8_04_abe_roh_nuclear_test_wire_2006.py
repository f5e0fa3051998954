GOLD = dict(
    published="2006-10-09",
    furniture=[
        "Abe, Roh condemn North Korea test as Japanese leader's fence-mending trip is"
        " overshadowed",
        "October 9, 2006 / 9:52 PM", "By Hal Brennan and Jung Soo-ah",
        "SEOUL (Meridian Wire) - ",
        "(Reporting by Hal Brennan and Jung Soo-ah; Editing by Piet Koster)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Roh Moo-hyun": ["South Korean President Roh Moo-hyun", "President Roh", "Roh"],
        "Han Myeong-sook": ["South Korean Prime Minister Han Myeong-sook", "Han Myung-sook"],
        "Junichiro Koizumi": ["Koizumi"],
        "Hu Jintao": ["President Hu Jintao", "Hu"],
        "George W. Bush": ["U.S. President George W. Bush", "Bush"],
        "North Korean news agency": ["North Korea's official news agency"],
    },
    quotes=[
        ("President Roh and I share the view", "direct", "Shinzo Abe", "told a news conference"),
        ("We agreed that it must be met", "direct", "Shinzo Abe", None),
        ("difficult to maintain", "partial", "Roh Moo-hyun", "said"),
        ("appropriately,", "partial", "Shinzo Abe", "told"),
        ("Today was not the day for those arguments", "direct", None, "said"),
    ],
    statements=[
        ("Roh Moo-hyun agreed on Monday that North Korea's", ["Shinzo Abe", "Roh Moo-hyun"],
         "agreed"),
        ("Abe flew into Seoul from Beijing", ["North Korean news agency"], "said"),
        ("The two sides agreed to work closely together", [None], "said"),
        ("Roh said separately that Seoul's policy", ["Roh Moo-hyun"], "said"),
        ("Abe, who took office on Sept. 26, has declined", ["Shinzo Abe"], "has declined to say"),
        ("He told Roh that he would handle", ["Shinzo Abe"], "told"),
        ("In Seoul, Abe invited Roh to visit Japan", [None], "said"),
        ("Roh raised history textbooks", ["Roh Moo-hyun"], "raised"),
        (("After the news conference, Abe spoke by telephone", "Japanese officials said."),
         [None], "said"),
    ],
    timexes=[
        ("October 9, 2006 / 9:52 PM", "2006-10-09T21:52", None),
        ("agreed on [[Monday]] that", "2006-10-09", None),
        ("in [[the morning]], just", "2006-10-09TMO", None),
        ("in [[the afternoon]].", "2006-10-09TAF", None),
        ("nearly two hours", "PT2H", "LESS_THAN"),
        ("well over a year", "P1Y", "MORE_THAN"),
        ("last met in [[November]]", "2005-11", None),
        ("Sept. 26", "2006-09-26", None),
        ("Beijing on [[Sunday]]", "2006-10-08", None),
        ("in five years", "P5Y", None),
        ("Hanoi [[next month]]", "2006-11", None),
        ("[[Today]] was not the day", "2006-10-09", None),
        ("about 15 minutes", "PT15M", "APPROX"),
        ("late on Monday", "2006-10-09", "END"),
    ],
    summits=[
        dict(date="2006-10-09", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Roh Moo-hyun"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Roh Moo-hyun agreed on Monday that North Korea's",
                       "before sitting down with Roh at the presidential Blue House",
                       "The two leaders held talks for nearly two hours"]),
        dict(date="2005-11", place="Busan", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="sidelines",
             ordinal=None, status="held", occasion="the Asia-Pacific Economic Cooperation summit",
             evidence=["Roh and Koizumi last met in November"]),
        dict(date="2006-10-08", place="Beijing", country="CN",
             participants=["Shinzo Abe", "Hu Jintao"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["when he held the first Japan-China summit in five years"]),
        dict(date=None, place=None, country="JP",
             participants=["Shinzo Abe", "Roh Moo-hyun"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["In Seoul, Abe invited Roh to visit Japan"]),
        dict(date="2006-11", place="Hanoi", country="VN",
             participants=["Shinzo Abe", "Roh Moo-hyun"], kind="sidelines", ordinal=None,
             status="planned", occasion="APEC",
             evidence=["The two leaders are also expected to meet again"]),
    ],
    agreements=[
        dict(title="work closely together and with the U.S. on a Security Council response",
             kind="commitment", date="2006-10-09", parties=["JP", "KR"], status="agreed",
             evidence=["The two sides agreed to work closely together"]),
    ],
    notes=[
        "Invented test article (international wire: headline, stamp, byline, bare dateline and"
        " credit line are furniture; the stamp is annotated). Outlet, reporters, stamp, all"
        " quotes (Abe's paraphrases his reported press-conference remarks), the diplomat and"
        " the 15-minute call length are invented. Real background (Kantei 2006-10-09, Taipei"
        " Times, Fox/AP, Japan Times 2006-10-11, US cable 06TOKYO5942, Xinhua 2006-10-09): Abe"
        " arrived from Beijing on the morning of Monday 2006-10-09 as North Korea announced"
        " its test; wreath at the National Cemetery; lunch with Prime Minister Han"
        " Myeong-sook; nearly two-hour summit (the cable; AP said one hour) and a dinner; Roh"
        " on engagement; Abe invited Roh to Japan; Abe-Hu summit in Beijing 2006-10-08,"
        " first in five years; Abe's phone talk with Bush; the last summit at APEC Busan in"
        " November 2005; Abe took office 2006-09-26. From general knowledge: the APEC Hanoi"
        " meeting in November 2006.",
        "Statements: includes reported speech relayed by officials (null speakers); 'Abe flew"
        " into Seoul ...' is annotated for the news agency's claim (debatable); 'has declined to"
        " say' for Abe (debatable). 'After the news conference ...' is an explicit sentence"
        " (the automatic split cuts after 'George W.').",
        "Timexes: 'nearly two hours' = PT2H LESS_THAN; 'well over a year' = P1Y MORE_THAN;"
        " 'in five years' = P5Y; 'late on Monday' = 2006-10-09 END (debatable; could be"
        " 2006-10-09TNI).",
        "Summits (5): Abe-Roh Seoul (main); Roh-Koizumi at APEC Busan 2005-11; Abe-Hu in"
        " Beijing 2006-10-08; Roh's visit to Japan accepted in principle (planned, date null,"
        " debatable); expected meeting at APEC Hanoi 2006-11 (planned). Not summits: lunch"
        " with Han (not head of government), Abe-Bush phone call, the dinner.",
        "Agreements (1): cooperation with each other and the U.S. at the Security Council."
        " Not agreements: shared views ('could not be tolerated', Abe-Bush 'should take"
        " strong action'), the invitation.",
    ],
)
