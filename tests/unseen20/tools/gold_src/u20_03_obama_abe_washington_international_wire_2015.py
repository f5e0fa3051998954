# ruff: noqa: E501
LEDE = "U.S. President Barack Obama welcomed Japanese Prime Minister Shinzo Abe to the White House on Tuesday"
TPP = "Obama and Abe also pledged to steer their bilateral negotiations"
FIRST = "The summit was their first since they met in Brisbane"
XI = "The Japanese leader arrived in Washington fresh from a meeting"
PARKX = "South Korean President Park Geun-hye is expected to travel to Washington"
HAGUE = "Park and Abe have yet to hold a bilateral meeting"
AYEAR = "Obama visited both capitals a year ago"

GOLD = dict(
    published="2015-04-28",
    furniture=[
        "UPDATE 1-Obama, Abe tout alliance \"transformed\" by 70 years of peace; Seoul listens for history\n"
        "28 April 2015 - 19:05 GMT\n"
        "By Ruth Adair",
        "WASHINGTON, April 28 (Calloway) - ",
        "(Reporting by Ruth Adair; additional reporting by Min-ji Seo in Seoul; Editing by Tom Harker)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe", "The Japanese leader", "he"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Noh Kwang-il": ["A foreign ministry spokesman in Seoul, Noh Kwang-il"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park"],
        "Daniel Corbin": ["Daniel Corbin, an Asia analyst at the Halvard Institute"],
    },
    quotes=[
        ("reaches well beyond the Pacific.", "partial", None, "declaring"),
        ("Our alliance is not aimed at any one country", "direct", "Barack Obama", "told"),
        ("in the year that marks 70 years", "partial", "Shinzo Abe", "said"),
        ("sincere remorse", "partial", "Noh Kwang-il", "told a briefing"),
        ("Washington wants the two allies to talk to each other", "direct", "Daniel Corbin", "said"),
    ],
    statements=[
        (LEDE, ["Barack Obama", "Shinzo Abe"], "declaring"),
        (TPP, ["Barack Obama", "Shinzo Abe"], "pledged"),
        ("Abe, who is on a week-long U.S. tour, said", ["Shinzo Abe"], "said"),
        ("told a briefing that Tokyo should show", ["Noh Kwang-il"], "told a briefing"),
        (PARKX, [None], "say"),
    ],
    timexes=[
        ("by [[70 years]] of peace", "P70Y", None),
        ("28 April 2015 - 19:05 GMT", "2015-04-28T19:05", None),
        ("WASHINGTON, [[April 28]]", "2015-04-28", None),
        ("White House on [[Tuesday]]", "2015-04-28", None),
        ("last November", "2014-11", None),
        ("week-long", "P1W", None),
        ("marks [[70 years]] since", "P70Y", None),
        ("last week", "2015-W17", None),
        ("five months", "P5M", None),
        ("Congress on [[Wednesday]]", "2015-04-29", None),
        ("later this year", "2015", None),
        ("March 2014", "2014-03", None),
        ("a year ago", "2014-04", None),
        ("April 24", "2014-04-24", None),
        ("the following day", "2014-04-25", None),
    ],
    summits=[
        dict(date="2015-04-28", place="Washington", country="US",
             participants=["Barack Obama", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEDE, FIRST]),
        dict(date="2014-11", place="Brisbane", country="AU",
             participants=["Barack Obama", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[FIRST]),
        dict(date="2015-04", place="Jakarta", country="ID",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the Asian-African Summit", evidence=[XI]),
        dict(date="2015", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[PARKX]),
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="the Nuclear Security Summit", evidence=[HAGUE]),
        dict(date="2014-04-24", place="Tokyo", country="JP",
             participants=["Barack Obama", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[AYEAR]),
        dict(date="2014-04-25", place="Seoul", country="KR",
             participants=["Barack Obama", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[AYEAR]),
    ],
    agreements=[
        dict(title="U.S.-Japan joint vision statement", kind="joint-statement",
             date="2015-04-28", parties=["JP", "US"], status="agreed", evidence=[LEDE]),
        dict(title="steer the bilateral TPP negotiations to an early conclusion", kind="commitment",
             date="2015-04-28", parties=["JP", "US"], status="agreed", evidence=[TPP]),
    ],
    notes=[
        "Invented international wire (Calloway); headline, stamp, byline, dateline prefix and credit line are furniture (stamp, dateline and the headline's '70 years' annotated). All quotes are invented, including the words attributed to the joint vision statement (speaker null, as a jointly issued document), Obama, Abe and the real Seoul spokesman Noh Kwang-il; the analyst and institute are fictional. The stamp time is invented.",
        "Real facts checked on stored pages: asiaone.com (Abe-Obama summit on Tuesday morning 28 April 2015; Japan-US Joint Vision Statement on 70 years since the war; first summit since they met in Australia in November); jmh.usembassy.gov 2015043070305 (gist of the 28 April summit: TPP, bilateral talks to drive the overall agreement; 70th anniversary remark); chinausfocus.com (Abe-Xi in Jakarta on 22 April); m.koreaherald.com ud=20150208000292 (Park expected to visit Washington this year; Obama's last Seoul visit in April 2014); presidency.ucsb.edu (The Hague trilateral, 25 March 2014); jaziranewswire.qa (Abe-Obama at the State Guest House in Tokyo on Thursday 24 April 2014); obamawhitehouse.archives.gov (Obama-Park bilateral at the Blue House; the date of 25 April 2014 is general knowledge). Brisbane as the November 2014 venue (G20) is general knowledge.",
        "Summits (7): Washington (held), Brisbane (G20, November 2014), Jakarta Abe-Xi ('last week', recorded as 2015-04), planned Park-Obama 'later this year' (2015), The Hague trilateral, Obama-Abe Tokyo 24 April 2014, Obama-Park Seoul 25 April 2014 ('the following day'). Not a summit: 'Park and Abe have yet to hold a bilateral meeting'; the address to Congress.",
        "Agreements (2): the joint vision statement (joint-statement, issued: agreed) and the TPP commitment (pledged). Not agreements: Seoul's call for remorse.",
        "Timexes: 'a year ago' = 2014-04; 'last week' = 2015-W17; 'week-long' = P1W.",
    ],
)
