# ruff: noqa: E501
SCHED = "President Lee Myung-bak's schedule for today includes"
MET = "President Lee and Premier Wen have met after all"
RELEASE = "According to a release from Cheong Wa Dae"
LONDON = "Lee and Aso last sat down together in London"
SEOUL = "When Aso visited Seoul on January 12"
FUKU = "The Fukuoka meeting in December, hosted by Aso"
SWAP = "The day before the Fukuoka meeting, the Bank of Korea"

GOLD = dict(
    published="2009-04-11",
    furniture=[
        "LIVE | ASEAN summits in Pattaya: protesters, a cancelled three-way meeting and an early"
        " flight home\n"
        "The Yeouido Post | Last updated: April 11, 2009, 21:40 (local time, GMT+7)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "President Lee", "Lee"],
        "Taro Aso": ["Japanese Prime Minister Taro Aso", "Aso"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Premier Wen", "Wen"],
        "Abhisit Vejjajiva": ["Thai Prime Minister Abhisit Vejjajiva", "he"],
        "Cheong Wa Dae": ["Cheong Wa Dae"],
        "Government of Thailand": ["the Thai government"],
        "Bank of Korea": ["the Bank of Korea"],
        "Bank of Japan": ["the Bank of Japan"],
    },
    quotes=[
        ("still on paper", "partial", None, "tells us"),
    ],
    statements=[
        ("Officials say the ministers waited about an hour", [None], "say"),
        (RELEASE, ["Cheong Wa Dae", "Lee Myung-bak", "Wen Jiabao"], "thanked"),
        ("A Cheong Wa Dae official tells us", [None], "tells us"),
        ("Thai Prime Minister Abhisit Vejjajiva has announced", ["Abhisit Vejjajiva"],
         "has announced"),
        ("In a televised statement he said", ["Abhisit Vejjajiva"], "said"),
        ("A presidential spokesman says Lee will cut", [None], "says"),
        (SEOUL, ["Taro Aso", "Lee Myung-bak"], "agreed"),
        (SWAP, ["Bank of Korea", "Bank of Japan"], "agreed"),
        ("a Japanese government spokesman said Aso regretted", [None, "Taro Aso"], "said"),
        ("The summits are to be rescheduled, the Thai government says", ["Government of Thailand"],
         "says"),
    ],
    timexes=[
        ("April 11, 2009, 21:40", "2009-04-11T21:40", None),
        ("[[08:30]]\nGood morning", "2009-04-11T08:30", None),
        ("this weekend", "2009-W15-WE", None),
        ("schedule for [[today]]", "2009-04-11", None),
        ("met in Fukuoka in [[December]]", "2008-12", None),
        ("last Sunday", "2009-04-05", None),
        ("[[09:50]]\nTrouble", "2009-04-11T09:50", None),
        ("venue on [[Friday]]", "2009-04-10", None),
        ("this morning", "2009-04-11TMO", None),
        ("[[10:40]]\nThe three-way", "2009-04-11T10:40", None),
        ("about an hour", "PT1H", "APPROX"),
        ("[[11:45]]\nPresident Lee", "2009-04-11T11:45", None),
        ("[[12:20]]\nA Cheong Wa Dae", "2009-04-11T12:20", None),
        ("for [[the afternoon]]", "2009-04-11TAF", None),
        ("[[13:35]]\nProtesters", "2009-04-11T13:35", None),
        ("[[14:30]]\nThai Prime Minister", "2009-04-11T14:30", None),
        ("[[15:15]]\nSome leaders", "2009-04-11T15:15", None),
        ("put off once, in [[December]]", "2008-12", None),
        ("[[16:10]]\nIt is now official", "2009-04-11T16:10", None),
        ("short by [[a day]]", "P1D", None),
        ("fly home [[tonight]]", "2009-04-11TNI", None),
        ("[[17:25]]\nSome context", "2009-04-11T17:25", None),
        ("March 31", "2009-03-31", None),
        ("January 12", "2009-01-12", None),
        ("a suitable time [[this year]]", "2009", None),
        ("The Fukuoka meeting in [[December]]", "2008-12", None),
        ("today's session", "2009-04-11", None),
        ("[[The day before]] the Fukuoka meeting", "2008-12-12", None),
        ("the end of this month", "2009-04", "END"),
        ("[[19:05]]\nTokyo's reaction", "2009-04-11T19:05", None),
        ("[[21:40]]\nLee's plane", "2009-04-11T21:40", None),
    ],
    summits=[
        dict(date="2008-12", place="Fukuoka", country="JP",
             participants=["Lee Myung-bak", "Taro Aso", "Wen Jiabao"], kind="trilateral",
             ordinal=1, status="held", occasion=None, evidence=[SCHED, FUKU]),
        dict(date="2009-04-11", place="Pattaya", country="TH",
             participants=["Lee Myung-bak", "Wen Jiabao"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN Plus Three", evidence=[MET, RELEASE]),
        dict(date="2009-03-31", place="London", country="GB",
             participants=["Lee Myung-bak", "Taro Aso"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[LONDON]),
        dict(date="2009-01-12", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Taro Aso"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL]),
    ],
    agreements=[
        dict(title="Lee to visit Japan at a suitable time this year", kind="commitment",
             date="2009-01-12", parties=["JP", "KR"], status="referenced", evidence=[SEOUL]),
        dict(title="expanded won-yen currency swap between the Bank of Korea and the Bank of Japan"
             " ($20 billion, temporary)", kind="mou", date="2008-12-12", parties=["JP", "KR"],
             status="referenced", evidence=[SWAP]),
    ],
    notes=[
        "Invented live page (outlet 'The Yeouido Post'; the title and last-updated line are"
        " furniture, the stamp annotated; entry times are page text annotated against the"
        " publication day; every entry time and quote is invented, including the Cheong Wa Dae"
        " official's 'still on paper' and the Japanese spokesman's remarks). Real background,"
        " checked on stored pages: Yonhap via oananews 2009-04-11 (Lee-Wen talks at Lee's hotel on"
        " Saturday, thanks for UN cooperation over the rocket launch, Wen on closer work in hard"
        " times; three-way talks with Aso scheduled later that day; Lee to cut his stay short by a"
        " day and return home Saturday); Times of India and Bangkok Post via blogs 2009-04-11"
        " (foreign ministers' meeting cancelled after waiting an hour; the Japanese minister's car"
        " blocked; about 2,000 protesters besieged the venue on Friday); Washington Post"
        " 2009-04-12 (protesters invaded the venue; leaders evacuated by helicopter; state of"
        " emergency; the summit had been deferred once in December; China, Japan and South Korea"
        " were to discuss the North's missile test); docslib Thai government note and domain-b"
        " (Abhisit postponed the ASEAN+3 and EAS meetings on 11 April and declared a state of"
        " emergency; televised remarks on getting the leaders home safely); donga.com 2009-04-02"
        " (Japanese edition: Lee-Aso talks at the Landmark Hotel in London on 31 March, local time);"
        " MOFA Japan summit0901 (Aso in Seoul on 12 January 2009; Lee to visit Japan at an"
        " appropriate time this year); Yonhap 2008-10-24 and the cable 09TOKYO2343 (Fukuoka,"
        " December 2008, the first stand-alone trilateral). From general knowledge: the North's"
        " rocket launch of Sunday 5 April 2009; the airport occupation in Bangkok in late 2008.",
        "Summits (4): Fukuoka December (ordinal 1, 'the first summit ... independently'),"
        " Lee-Wen in Pattaya today (met 'after all'), London 31 March (G20 sidelines), Seoul 12"
        " January. Not summits: Lee's visit to Japan 'at a suitable time this year' for which 'no"
        " date has been set' (unfixed, like unseen13's unfixed next meeting; debatable, since"
        " unseen13 records a visit a host 'intends to host within the year'), today's three-way meeting (scheduled in the morning, cancelled by the"
        " afternoon: 'there will be no three-way summit'), the foreign ministers' meeting, the"
        " postponed ASEAN Plus Three and East Asia summits.",
        "Agreements (2): the January agreement that Lee would visit Japan this year (referenced"
        " commitment); the central banks' expanded swap of 12 December 2008 (mou, referenced;"
        " checked on eastday/Xinhua 2008-12-12 and Yonhap via oananews 2010-01-19: $3 billion to"
        " $20 billion, temporary, through April 2009, agreed the day before the Fukuoka summit).",
        "Timexes: 'The day before' takes the date it points to (12 December 2008); 'the end of this"
        " month' = 2009-04 END; 'this weekend' = 2009-W15-WE; 'December' three times (all 2008-12); 'a day' in"
        " 'cut his trip short by a day' = P1D; 'Good morning' is a greeting.",
    ],
)
