# ruff: noqa: E501
LEDE = "Chinese President Xi Jinping told South Korean President Park Geun-hye on Monday"
MET = "Park and Xi met for 46 minutes"
PARKTOLD = "Park told Xi that the Terminal High Altitude Area Defense"
AGREED = "The two sides agreed to maintain strategic communication"
VLAD = "Park arrived in Hangzhou from Vladivostok"
BEIJING = "She had sat down with Xi in Beijing a year ago"
ABEXI = "Xi was also due to meet Japanese Prime Minister Shinzo Abe"
LAOS = "She is scheduled to meet U.S. President Barack Obama"
SEOUL = "At a gathering in Seoul last November"
HOST = "Japan, which is next in line to host"
FTA = "A free trade agreement between South Korea and China took effect"

GOLD = dict(
    published="2016-09-05",
    furniture=[
        "UPDATE 1-China's Xi tells Park he opposes THAAD as G20 talks end in stalemate on missile shield\n5 September 2016 - 15:52 GMT\nBy Daniel Ortega-Lee and Wen Shu",
        "HANGZHOU, China, Sept 5 (Northgate) - ",
        "(Reporting by Daniel Ortega-Lee in Hangzhou and Wen Shu in Beijing; Editing by Clare Mowbray)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park", "she", "her"],
        "Kim Kyou-hyun": ["Kim Kyou-hyun, Park’s senior secretary for foreign affairs", "Kim"],
        "Vladimir Putin": ["Russian President Vladimir Putin"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Choi Yun-seo": ["Choi Yun-seo, a professor of international relations at Hanbat Graduate School"],
        "Office of the President of South Korea": ["Park’s office", "her office"],
        "Xinhua": [],
        "Government of Russia": ["Moscow"],
    },
    quotes=[
        ("not be conducive", "partial", "Xi Jinping", "quoted"),
        ("The differences did not disappear", "direct", "Kim Kyou-hyun", "said"),
        ("What matters is that the channel stays open.", "direct", "Kim Kyou-hyun", None),
        ("Seoul is trying to keep three doors open", "direct", "Choi Yun-seo", "said"),
        ("THAAD makes the Beijing door", "direct", "Choi Yun-seo", None),
    ],
    statements=[
        (LEDE, ["Xi Jinping"], "told"),
        (MET, ["Office of the President of South Korea"], "according to"),
        ("Xinhua quoted Xi as saying", ["Xi Jinping", "Xinhua"], "quoted"),
        (PARKTOLD, ["Park Geun-hye", "Office of the President of South Korea"], "told"),
        (AGREED, ["Kim Kyou-hyun", "Park Geun-hye", "Xi Jinping"], "told reporters"),
        ("Moscow, too, objects to THAAD.", ["Government of Russia"], "objects"),
        (FTA, [None], "said"),
    ],
    timexes=[
        ("5 September 2016 - 15:52 GMT", "2016-09-05T15:52", None),
        ("Sept 5 (Northgate)", "2016-09-05", None),
        ("Park Geun-hye [[on Monday]]", "2016-09-05", None),
        ("agreed in [[July]]", "2016-07", None),
        ("46 minutes", "PT46M", None),
        ("Putin [[on Saturday]]", "2016-09-03", None),
        ("a year ago", "2015-09", None),
        ("later on Monday", "2016-09-05", None),
        ("more than a year", "P1Y", "MORE_THAN"),
        ("Vientiane [[on Tuesday]]", "2016-09-06", None),
        ("there [[on Wednesday]]", "2016-09-07", None),
        ("Washington in [[March]]", "2016-03", None),
        ("three-and-a-half-year", "P3Y6M", None),
        ("the end of the year", "2016", "END"),
        ("last November", "2015-11", None),
        ("last December", "2015-12", None),
    ],
    summits=[
        dict(date="2016-09-05", place="Hangzhou", country="CN", participants=["Xi Jinping", "Park Geun-hye"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[LEDE, MET]),
        dict(date="2016-09-03", place="Vladivostok", country="RU", participants=["Park Geun-hye", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[VLAD]),
        dict(date="2015-09", place="Beijing", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BEIJING]),
        dict(date="2016-09-05", place="Hangzhou", country="CN", participants=["Xi Jinping", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="planned", occasion="G20", evidence=[ABEXI]),
        dict(date="2016-09-06", place="Vientiane", country="LA", participants=["Park Geun-hye", "Barack Obama"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN-related summits", evidence=[LAOS]),
        dict(date="2016-09-07", place="Vientiane", country="LA", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="planned", occasion="ASEAN-related summits", evidence=[LAOS]),
        dict(date="2016-03", place="Washington", country="US", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LAOS]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[SEOUL]),
    ],
    agreements=[
        dict(title="maintain strategic communication on North Korea", kind="commitment", date="2016-09-05",
             parties=["CN", "KR"], status="agreed", evidence=[AGREED]),
        dict(title="continue discussing the THAAD deployment", kind="commitment", date="2016-09-05",
             parties=["CN", "KR"], status="agreed", evidence=[AGREED]),
        dict(title="station a THAAD battery in South Korea", kind="commitment", date="2016-07",
             parties=["KR", "US"], status="referenced", evidence=[LEDE]),
        dict(title="hold the three-way summit regularly", kind="commitment", date="2015-11",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[SEOUL]),
        dict(title="Korea-China free trade agreement", kind="treaty", date=None, parties=["CN", "KR"],
             status="referenced", evidence=[FTA]),
    ],
    notes=[
        "Invented international wire story (agency 'Northgate', reporters, editor, the professor and his school invented; headline, stamp, byline, dateline prefix and credit line are furniture; stamp and dateline are annotated). Kim Kyou-hyun's and Choi's quotes are invented; 'not be conducive' echoes Xinhua's report of Xi's words.",
        "Real facts, checked on stored pages: dailymail.co.uk (Reuters, Sept 5: Xi told Park China opposes THAAD, Xinhua: mishandling 'not conducive to strategic stability' and could intensify disputes); world.kbs.co.kr Seq_Code 52407 and 42755 (Park-Xi in Hangzhou on Monday 5 September, 46 minutes, first meeting since the THAAD decision; Kim Kyou-hyun told reporters both agreed to keep talking); businesskorea.co.kr 15760 (continuous strategic communication; Park: THAAD useless once the North's threat is resolved); m.koreaherald.com 20160902000850, 20160818000731, 20160901000395 and koreaportal (Park in Vladivostok for the EEF and a summit with Putin on Saturday 3 September, Hangzhou on 4-5 September, Vientiane from 7 September; Moscow opposes THAAD); newsworld.co.kr 2781 (Park-Obama summit in Vientiane on 6 September). From general knowledge, the unseen16 notes or other corpora's titles: the THAAD decision of July 2016; Park-Xi in Beijing on 2 September 2015 before the parade; Abe-Xi in Hangzhou on 5 September 2016, first formal talks since April 2015; Park-Abe in Vientiane on 7 September and in Washington on 31 March 2016; the Seoul trilateral of 1 November 2015 after the May 2012 Beijing one, and its agreement to hold the summit regularly; Japan's wish to host in 2016; the Korea-China FTA in force from 20 December 2015.",
        "Summits (8): Park-Xi (held, sidelines of the G20); Park-Putin in Vladivostok (held Saturday); Park-Xi in Beijing 'a year ago' (2015-09); Abe-Xi 'later on Monday' (planned at publication); Park-Obama and Park-Abe in Vientiane (planned); Park-Abe in Washington in March (held); the Seoul trilateral 'last November'. Not summits: a Tokyo trilateral 'before the end of the year' (a wish with no date, Beijing not committed), the military parade.",
        "Agreements (5): two CN-KR commitments split from 'agreed to maintain ... and to continue discussing'; the KR-US THAAD decision ('agreed in July', referenced commitment); the Seoul commitment to hold the trilateral regularly (referenced); the Korea-China FTA (treaty, referenced, date null: the text gives only its entry into force). Not agreements: Japan's wish to host, officials' wish to build on the FTA.",
        "Timexes: 'a year ago' = 2015-09 (published 5 September 2016); 'more than a year' = P1Y MORE_THAN; 'three-and-a-half-year' = P3Y6M; 'before the end of the year' annotated on 'the end of the year' = 2016 END; 'last November' = 2015-11; 'last December' = 2015-12.",
    ],
)
