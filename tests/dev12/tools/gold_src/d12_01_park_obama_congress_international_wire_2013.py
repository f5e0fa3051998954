# ruff: noqa: E501
SPEECH = "South Korean President Park Geun-hye used an address"
CAPPED = "The speech capped a visit built around"
DECL = "The declaration reaffirms the 1953 Mutual Defense Treaty"
LINCH = "It describes the partnership as a"
PRESS = "At a joint news conference in the East Room"
OPCON = "He said the United States and South Korea were ready"
NUKE = "The two presidents also reviewed their civil nuclear"
ABE = "Prime Minister Shinzo Abe, who held talks with Obama"
FIRST = "talks were the first between the two presidents"

GOLD = dict(
    published="2013-05-08",
    furniture=[
        "Park takes history warning to Congress a day after first Obama summit\n"
        "By Rachel Imbert and Kim Do-yeon\n"
        "8 May 2013 - 19:40 GMT",
        "WASHINGTON, May 8, 2013 (Meridian) - ",
        "JAPAN IN THE BACKGROUND",
        "(Additional reporting by Tom Brannigan in Seoul; Editing by Lucia Ferraro)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park", "she", "her"],
        "Barack Obama": ["President Barack Obama", "Obama", "He"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Lee Myung-bak": ["Park's predecessor, Lee Myung-bak"],
        "Taro Aso": ["Deputy Prime Minister Taro Aso"],
        "Daniel Kessler": ["Daniel Kessler, a Northeast Asia specialist at the Potomac Asia Forum"],
    },
    quotes=[
        ("Asia's paradox", "partial", "Park Geun-hye", "called"),
        ("A nation that refuses to look honestly", "direct", "Park Geun-hye", "told"),
        ("linchpin", "partial", None, "describes"),
        ("steady nerve", "partial", "Barack Obama", "called"),
        ("reopening old wounds", "partial", "Park Geun-hye", "accused"),
        ("Washington wanted a picture of allied unity", "direct", "Daniel Kessler", "said"),
        ("The harder picture to take", "direct", "Daniel Kessler", None),
    ],
    statements=[
        (SPEECH, ["Park Geun-hye"], "warn"),
        ("Speaking in English to a joint meeting", ["Park Geun-hye"], "described"),
        (PRESS, ["Barack Obama"], "praised"),
        (OPCON, ["Barack Obama"], "said"),
        ("and Korean officials said none was being arranged", [None], "said"),
        ("In an interview with The Washington Post", ["Park Geun-hye"], "accused"),
    ],
    timexes=[
        ("8 May 2013 - 19:40 GMT", "2013-05-08T19:40", None),
        ("WASHINGTON, [[May 8, 2013]]", "2013-05-08", None),
        ("Congress [[on Wednesday]]", "2013-05-08", None),
        ("Japan that came [[a day after]]", "2013-05-08", None),
        ("[[Tuesday]]'s talks at the White House", "2013-05-07", None),
        ("close to two hours", "PT2H", "APPROX"),
        ("1953", "1953", None),
        ("June 2009", "2009-06", None),
        ("on track for [[2015]]", "2015", None),
        ("negotiators agreed [[last month]]", "2013-04", None),
        ("two years", "P2Y", None),
        ("signed in [[2007]]", "2007", None),
        ("March last year", "2012-03", None),
        ("White House in [[February]]", "2013-02", None),
        ("shrine [[last month]]", "2013-04", None),
        ("less than six months", "P6M", "LESS_THAN"),
        ("published [[this week]]", "2013-W19", None),
        ("[[Tuesday]]'s talks were the first", "2013-05-07", None),
        ("Feb. 25", "2013-02-25", None),
        ("the end of the week", "2013-W19", "END"),
    ],
    summits=[
        dict(date="2013-05-07", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="bilateral", ordinal=1,
             status="held", evidence=[SPEECH, CAPPED, PRESS, FIRST]),
        dict(date="2009-06", place="Washington", country="US",
             participants=["Lee Myung-bak", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", evidence=[DECL]),
        dict(date="2013-02", place="Washington", country="US",
             participants=["Shinzo Abe", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", evidence=[ABE]),
    ],
    agreements=[
        dict(title="joint declaration marking the 60th anniversary of the alliance", kind="joint-declaration",
             date="2013-05-07", parties=["KR", "US"], status="agreed", evidence=[CAPPED, DECL, LINCH]),
        dict(title="1953 Mutual Defense Treaty", kind="treaty", date="1953", parties=["KR", "US"],
             status="referenced", evidence=[DECL]),
        dict(title="Joint Vision for the Alliance (2009)", kind="joint-statement", date="2009-06",
             parties=["KR", "US"], status="referenced", evidence=[DECL]),
        dict(title="return of wartime operational control to Seoul, on track for 2015", kind="commitment",
             date=None, parties=["KR", "US"], status="referenced", evidence=[OPCON]),
        dict(title="civil nuclear cooperation pact, extended by two years", kind="treaty", date="2013-04",
             parties=["KR", "US"], status="referenced", evidence=[NUKE]),
        dict(title="free trade agreement signed in 2007 (KORUS FTA)", kind="treaty", date="2007",
             parties=["KR", "US"], status="referenced", evidence=[NUKE]),
    ],
    notes=[
        "Invented international wire story in Reuters/AFP style: agency 'Meridian', reporters, editor, contributor, the analyst Daniel Kessler and the 'Potomac Asia Forum' are invented; headline, byline, stamp, dateline prefix, the crosshead and the credit line are furniture (stamp and dateline annotated). All words in quotation marks are invented or reworded: Park's direct quote is invented wording in the spirit of her address, 'Asia's paradox' and 'reopening old wounds' are short rewordings of reported remarks, Obama's 'steady nerve' is invented; the stamp time, 'close to two hours' and the working lunch are invented.",
        "Facts checked on stored pages: presidency.ucsb.edu (joint declaration of 7 May 2013 in Washington marking 60 years, 1953 Mutual Defense Treaty, KORUS FTA); asiamattersforamerica.org (Oval Office meeting 7 May, joint declaration builds on the 2009 Joint Vision, address to Congress); koreaherald.com ud=20130503000558 and koreajoongangdaily 2013-05-03 (declaration planned; 2009 vision of Lee and Obama, June 2009; nuclear agreement recently extended two years; New York, Washington, Los Angeles); northiowatoday.com (UPI: East Room press conference, OPCON 'on track' for 2015); hangukstory.blogspot.com (Yonhap: 'linchpin' in the declaration, Park wrapped up on Thursday); china.org.cn and globalpost.com (Kyodo: Congress address on 8 May, 'Asia's paradox', Washington Post interview, Abe's remarks on 'aggression', Yasukuni visits); koreajoongangdaily 2015-02-08 (Abe last visited the United States in February 2013). General knowledge: Park's inauguration on 25 February 2013, Aso's Yasukuni visit in April 2013, KORUS signed 2007 and in force March 2012.",
        "Summits (3): Park-Obama (ordinal 1: 'her first summit with'), Lee-Obama June 2009 (background of the Joint Vision), Abe-Obama February 2013. Not summits: a Park-Abe meeting ('have yet to hold', 'none was being arranged'), the address to Congress.",
        "Agreements (6): the 2013 joint declaration (adopted: agreed), the 1953 treaty, the 2009 Joint Vision (jointly issued leaders' document: joint-statement, debatable), the OPCON transfer plan (a referenced bilateral commitment without a date in the text: date null, debatable), the nuclear pact extension agreed 'last month' (treaty, April 2013), KORUS (treaty, signed 2007).",
        "Timexes: 'a day after her first summit' takes the date it points to (the speech, 8 May); 'yesterday' and 'tomorrow' in Park's quote are figurative and not annotated; 'close to two hours' = PT2H APPROX; 'the end of the week' = 2013-W19 END; 'every year' (frequency) and 'in recent weeks', 'weeks of threats' (vague) are not annotated.",
    ],
)
