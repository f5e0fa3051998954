GOLD = dict(
    published="2002-03-22",
    furniture=[
        "Kim, Koizumi sign investment treaty, set up FTA study as World Cup nears",
        "Posted : 2002-03-22 20:40 | Updated : 2002-03-23 09:15",
        "By Kwon Ha-neul, Staff Reporter",
        "Related articles: World Cup countdown: the ticket rush begins | Editorial: A treaty for"
        " investors, a study for everyone else",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim", "the president"],
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Koizumi",
                              "the prime minister"],
        "Japanese government": ["Japan", "Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("Investment first, then trade.", "direct", "Junichiro Koizumi",
         "told a joint news conference"),
        ("waited too long", "partial", "Kim Dae-jung", "said"),
        ("The president wants to end the tournament", "direct", None, "said"),
    ],
    statements=[
        ("President Kim Dae-jung and Japanese Prime Minister Junichiro Koizumi agreed Friday",
         ["Kim Dae-jung", "Junichiro Koizumi"], "agreed"),
        ("Officials described the mood", [None], "described"),
        ("Japanese officials said they hoped", [None], "said"),
        ("On trade, the two leaders agreed", ["Kim Dae-jung", "Junichiro Koizumi"], "agreed"),
        ("Kim said the two countries had", ["Kim Dae-jung"], "said"),
        ("The leaders confirmed that Koizumi would attend",
         ["Kim Dae-jung", "Junichiro Koizumi"], "confirmed"),
        ("Kim is expected to hold another round", [None], "said"),
        ("They also agreed that their foreign ministers", ["Kim Dae-jung", "Junichiro Koizumi"],
         "agreed"),
        ("The two sides set an April target", ["South Korean government", "Japanese government"],
         "set an April target"),
        ("Kim also said Seoul would keep opening", ["Kim Dae-jung", "Junichiro Koizumi"], "said"),
        ("The two men met again later that month", ["Junichiro Koizumi", "Kim Dae-jung"],
         "agreed"),
    ],
    timexes=[
        ("Posted : [[2002-03-22 20:40]]", "2002-03-22T20:40", None),
        ("Updated : [[2002-03-23 09:15]]", "2002-03-23T09:15", None),
        ("agreed [[Friday]] to start", "2002-03-22", None),
        ("the 1990s", "199", None),
        ("85 minutes", "PT85M", None),
        ("five months", "P5M", None),
        ("last April", "2001-04", None),
        ("signed [[the same day]]", "2002-03-22", None),
        ("into force by [[the end of the year]]", "2002", "END"),
        ("Singapore, [[in January]]", "2002-01", None),
        ("co-host from [[May 31]]", "2002-05-31", None),
        ("final on [[June 30]]", "2002-06-30", None),
        ("capitals before [[the end of the year]]", "2002", "END"),
        ("an [[April]] target", "2002-04", None),
        ("one-day", "P1D", None),
        ("Seoul [[last October]]. The council", "2001-10", None),
        ("last spring", "2001-SP", None),
        ("around April", "2002-04", "APPROX"),
        ("disease in [[2000]]", "2000", None),
        ("contrasted with [[last October]]", "2001-10", None),
        ("later that month", "2001-10", None),
        ("the end of that year", "2001", "END"),
        ("on [[Thursday]], when", "2002-03-21", None),
        ("three-day", "P3D", None),
        ("leaves [[Saturday]].", "2002-03-23", None),
    ],
    summits=[
        dict(date="2002-03-22", place="Seoul", country="KR",
             participants=["Kim Dae-jung", "Junichiro Koizumi"], kind="bilateral", ordinal=4,
             status="held", occasion=None,
             evidence=["President Kim Dae-jung and Japanese Prime Minister Junichiro Koizumi"
                       " agreed Friday",
                       "The two leaders met for 85 minutes",
                       "Much of the meeting turned on the World Cup"]),
        dict(date="2002-06", place=None, country="JP",
             participants=["Kim Dae-jung", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Kim is expected to hold another round"]),
        dict(date="2001-10", place="Seoul", country="KR",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The two sides set an April target",
                       "The tone contrasted with last October"]),
        dict(date="2001-10", place="Shanghai", country="CN",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="sidelines",
             ordinal=None, status="held", occasion="the APEC summit",
             evidence=["The two men met again later that month"]),
    ],
    agreements=[
        dict(title="Japan-ROK bilateral investment treaty", kind="treaty", date="2002-03-22",
             parties=["JP", "KR"], status="signed",
             evidence=["President Kim Dae-jung and Japanese Prime Minister Junichiro Koizumi"
                       " agreed Friday",
                       "The investment treaty, signed the same day",
                       "Japanese officials said they hoped"]),
        dict(title="joint study group on a possible free trade agreement", kind="commitment",
             date="2002-03-22", parties=["JP", "KR"], status="agreed",
             evidence=["President Kim Dae-jung and Japanese Prime Minister Junichiro Koizumi"
                       " agreed Friday",
                       "On trade, the two leaders agreed"]),
        dict(title="Koizumi at the World Cup opening in Seoul, Kim at the final in Yokohama",
             kind="commitment", date="2002-03-22", parties=["JP", "KR"], status="agreed",
             evidence=["The leaders confirmed that Koizumi would attend"]),
        dict(title="visa waiver for South Koreans visiting during the World Cup",
             kind="commitment", date="2002-03-22", parties=["JP", "KR"], status="agreed",
             evidence=["The leaders confirmed that Koizumi would attend"]),
        dict(title="foreign ministers to visit each other's capitals by year-end",
             kind="commitment", date="2002-03-22", parties=["JP", "KR"], status="agreed",
             evidence=["They also agreed that their foreign ministers"]),
        dict(title="regular vice-ministerial meetings to prepare summits", kind="commitment",
             date="2002-03-22", parties=["JP", "KR"], status="agreed",
             evidence=["They also agreed that their foreign ministers"]),
        dict(title="first meeting of the joint history research council in April",
             kind="commitment", date="2002-03-22", parties=["JP", "KR"], status="agreed",
             evidence=["The two sides set an April target"]),
        dict(title="create a joint history research council (October 2001)",
             kind="commitment", date="2001-10", parties=["JP", "KR"], status="referenced",
             evidence=["The two sides set an April target",
                       "The council is meant to narrow the gap"]),
        dict(title="Japan-Singapore free trade pact", kind="treaty", date="2002-01",
             parties=["JP", "SG"], status="referenced",
             evidence=["Japan signed its first such pact"]),
        dict(title="aim for an investment treaty by the end of 2001 (Shanghai)",
             kind="commitment", date="2001-10", parties=["JP", "KR"], status="referenced",
             evidence=["The two men met again later that month"]),
        dict(title="seek more flights between the two countries (Shanghai)",
             kind="commitment", date="2001-10", parties=["JP", "KR"], status="referenced",
             evidence=["The two men met again later that month"]),
    ],
    notes=[
        "Invented news story from a Seoul daily (headline, Posted/Updated line, byline and"
        " 'Related articles' line are furniture; both stamps are annotated, the first gives the"
        " publication date). Outlet, reporter, all quotes and the senior aide are invented; the"
        " protesters near the embassy are invented colour. Real background: JoongAng Daily (85-"
        " minute Blue House meeting on Friday 2002-03-22; cross-attendance at the opening on"
        " May 31 and the final on June 30; investment treaty signed; joint research group on an"
        " FTA; pork imports from around April; April target for the history council; Shanghai"
        " agreements); JoongAng Daily (arrival at Seongnam / Seoul Air Base on Thursday for a"
        " three-day visit, wreath at the National Cemetery); Japan Times 2002-03-23 (FTA study,"
        " investment pact signed the same day, Tokyo hopes to implement it by year-end, Japan's"
        " first FTA signed with Singapore in January); BBC 2002-03-22 (temporary visa waivers"
        " for the World Cup); Kantei 2002-03-22 (Kim: fourth talks in five months); MOFA overview"
        " (foreign ministers' mutual visits by year-end, regular vice-ministerial meetings);"
        " JoongAng Daily 2001 (Shanghai: investment treaty before year-end, more air services,"
        " World Cup visa exemption); Xinhua via china.org.cn 2002-06-24 (Kim's Japan trip for the"
        " final agreed in March). From general knowledge: the content of the treaty (national"
        " treatment), the 2000 foot-and-mouth ban, business demand since the 1990s.",
        "Summits (4): Seoul 2002-03-22 (ordinal 4 from 'the fourth time in five months');"
        " Kim's expected talks during his trip to Japan for the final (planned, 2002-06 from the"
        " trip's date; the talks in fact took place on 1 July); Seoul 2001-10; Shanghai 2001-10"
        " at APEC. Not summits: the opening ceremony and the final (attendance, no meeting"
        " stated).",
        "Agreements (11): the investment treaty (signed); six commitments of the day, split one"
        " per course of action (two each from 'confirmed ... and agreed' and from 'They also"
        " agreed'); the history council agreed in October (referenced) beside the new April"
        " target; the Japan-Singapore FTA (referenced, a third-party pact); two commitments from"
        " Shanghai (referenced). Not agreements: Kim's further cultural opening and Japan's pork"
        " imports (unilateral).",
    ],
)
