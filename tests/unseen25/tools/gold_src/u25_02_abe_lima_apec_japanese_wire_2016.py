# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe and Chinese President Xi Jinping held a short meeting"
PACES = "The two leaders \"stepped a couple of paces"
TOLD = "Abe told Xi he hoped to use next year's"
XIQ = "Xi was quoted by the Japanese side"
BJ = "Beijing's foreign ministry said in a one-line statement"
HANG = "The encounter came two months after"
PUTIN = "Abe also met Russian President Vladimir Putin on Saturday"
EIGHT = "Tokyo is using an eight-point economic cooperation plan"
SAT = "Saturday's meeting lasted about 70 minutes"
NY = "Abe arrived in Lima after a stopover in New York"
NOTF = "That encounter was not a formal summit"
PARK = "South Korean President Park Geun-hye skipped the gathering"
SMOFA = "Seoul's foreign ministry said the decision was made in September"
QM = "Her absence leaves a question mark over the trilateral summit"
SPOK = "The Japanese spokesman said Abe hoped"
INIT = "Japan and South Korea initialed a military intelligence-sharing pact"
WARM = "Ties between the neighbors had warmed"

GOLD = dict(
    published="2016-11-21",
    furniture=[
        "Abe, Xi talk briefly in Lima; Abe, Putin set stage for December visit as South Korea's Park stays home\n"
        "Monday, Nov. 21, 2016, 06:40 JST",
        "LIMA, Nov. 20 (Kanto News) -- ",
        "==Kanto",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin", "the Russian leader"],
        "Donald Trump": ["President-elect Donald Trump", "Trump"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Yun Byung-se": ["South Korean Foreign Minister Yun Byung-se"],
        "Ministry of Foreign Affairs of China": ["Beijing's foreign ministry"],
        "Ministry of Foreign Affairs of South Korea": ["Seoul's foreign ministry"],
    },
    quotes=[
        ("stepped a couple of paces towards each other", "partial", None, "said"),
        ("manage pending issues in an appropriate manner.", "partial", "Xi Jinping", "quoted ... as saying"),
        ("at the invitation of the Japanese side.", "partial", "Ministry of Foreign Affairs of China", "said in a one-line statement"),
        ("a fruitful meeting", "partial", None, "said"),
        ("ought to attend.", "partial", "Yun Byung-se", "told lawmakers"),
    ],
    statements=[
        (LEDE, [None], "said"),
        (PACES, [None], "said"),
        (TOLD, ["Shinzo Abe"], "told"),
        (XIQ, ["Xi Jinping"], "quoted ... as saying"),
        (BJ, ["Ministry of Foreign Affairs of China"], "said in a one-line statement"),
        (SAT, [None], "said"),
        (NOTF, [None], "stressed"),
        (SMOFA, ["Ministry of Foreign Affairs of South Korea"], "said"),
        (SPOK, [None, "Yun Byung-se"], "said"),
    ],
    timexes=[
        ("Monday, Nov. 21, 2016, 06:40 JST", "2016-11-21T06:40", None),
        ("LIMA, [[Nov. 20]]", "2016-11-20", None),
        ("on Sunday morning", "2016-11-20TMO", None),
        ("use [[next year]]'s", "2017", None),
        ("anniversary in [[2018]]", "2018", None),
        ("two months after", "2016-11-20", None),
        ("[[17 months]] in Hangzhou", "P17M", None),
        ("Group of 20 summit in [[September]]", "2016-09", None),
        ("Putin on [[Saturday]] to prepare", "2016-11-19", None),
        ("Dec. 15-16", "2016-12-15/2016-12-16", None),
        ("Sochi in [[May]]", "2016-05", None),
        ("[[Saturday]]'s meeting", "2016-11-19", None),
        ("about 70 minutes", "PT70M", "APPROX"),
        ("where on [[Thursday]] he became", "2016-11-17", None),
        ("until [[January]]", "2017-01", None),
        ("since [[1993]]", "1993", None),
        ("was made in [[September]]", "2016-09", None),
        ("the end of the year", "2016", "END"),
        ("Seoul on [[Thursday]] that Park", "2016-11-17", None),
        ("pact [[last week]]", "2016-W46", None),
        ("as early as this week", "2016-W47", None),
        ("December 2015", "2015-12", None),
        ("this summer", "2016-SU", None),
    ],
    summits=[
        dict(date="2016-11-20", place="Lima", country="PE", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[LEDE, PACES, TOLD, XIQ, BJ, HANG]),
        dict(date="2016-09", place="Hangzhou", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[HANG]),
        dict(date="2016-11-19", place="Lima", country="PE", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[PUTIN, SAT]),
        dict(date="2016-12", place=None, country="JP", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[PUTIN]),
        dict(date="2016-05", place="Sochi", country="RU", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[EIGHT]),
        dict(date="2016", place=None, country="JP", participants=["Shinzo Abe", "Li Keqiang", "Park Geun-hye"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[QM, SPOK]),
    ],
    agreements=[
        dict(title="eight-point economic cooperation plan put to Putin by Abe", kind="commitment", date="2016-05",
             parties=["JP", "RU"], status="proposed", evidence=[EIGHT]),
        dict(title="Japan-China Treaty of Peace and Friendship", kind="treaty", date="1978",
             parties=["CN", "JP"], status="referenced", evidence=[TOLD]),
        dict(title="military intelligence-sharing pact (GSOMIA), initialed, to be signed", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="agreed", evidence=[INIT]),
        dict(title="December 2015 agreement on the comfort women issue", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[WARM]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Kanto News' invented; headline, stamp line, dateline prefix and end mark are furniture; stamp and dateline are annotated). Quotes reproduce short phrases the stored pages attribute to the Japanese spokesman, Xi, the Chinese foreign ministry and Yun; the length of the Abe-Putin meeting ('about 70 minutes') and the stamp time are invented.",
        "Real facts checked on stored pages: china.timesofnews.com (Abe and Xi met briefly on the APEC sidelines in Lima on Sunday morning; 'stepped a couple of paces towards each other'; 45th and 40th anniversaries; Xi's 'manage pending issues'; Lu Kang's one-line statement 'at the invitation of the Japanese side'; Japan hosting a trilateral before the end of the year, 'a fruitful meeting' with Li Keqiang; September G20 meeting was the first one-on-one in 17 months); english.kyodonews.jp 2016-11-20 (Abe-Putin talks Saturday in Lima to prepare Putin's Dec. 15-16 visit; eight-point plan proposed in May); reuters.com 2016-11-17 (Sochi meeting, 6 May 2016, photo caption); koreaherald.com 20161108000833, chinadaily, ft.lk (Park will not attend APEC in Lima; decision made in September after the fifth nuclear test; first absence since 1993); english.hani.co.kr 770926 (Yun on 17 November: Park 'ought to attend' the trilateral in Japan). From general knowledge: Abe's meeting with President-elect Trump in New York on 17 November 2016; GSOMIA initialed on 14 November and signed on 23 November 2016; Japan's 1 billion yen payment in summer 2016; Hangzhou as the G20 venue.",
        "Summits (6): Abe-Xi in Lima (a short meeting, recorded as a sideline meeting, debatable); Abe-Xi in Hangzhou (September); Abe-Putin in Lima (Saturday); Putin's planned visit to Japan (planned, December; the text gives no city); Abe-Putin in Sochi (May); the planned Japan-China-South Korea trilateral in Japan before the end of the year (participants Abe, Li Keqiang and Park from the text). Not summits: Abe's talks with President-elect Trump (Trump was not in office), the APEC leaders' session.",
        "Agreements (4): Abe's eight-point plan (proposed to Russia); the Japan-China Treaty of Peace and Friendship (1978, from the anniversary); the intelligence pact initialed and not yet signed (treaty, agreed); the 2015 comfort women agreement (joint statement, referenced). Not agreements: Abe's and Xi's wishes, Park's absence.",
        "Timexes: 'two months after' takes the date of the encounter (20 November), as unseen12-16 do; 'Dec. 15-16' is one interval; 'about 70 minutes' = PT70M APPROX (as written); 'this summer' = 2016-SU; 'last week' = 2016-W46 and 'as early as this week' = 2016-W47 (published Monday 21 November, week 47); 'for several minutes' is vague and not annotated; '45th anniversary' and '40th anniversary' are ordinals.",
    ],
)
