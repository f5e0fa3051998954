# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe said Wednesday he will travel to South Korea"
REF = "He was referring to the December 2015 agreement"
POLICY = "The decision follows Seoul's announcement this month"
JAN9 = "On Jan. 9, South Korean Foreign Minister Kang Kyung-wha said"
THREE = "Abe has met Moon on three occasions"
SHUTTLE = "At their first meeting, in Hamburg, the two agreed"
NOV = "The PyeongChang trip will be Abe's first visit to South Korea"

GOLD = dict(
    published="2018-01-24",
    furniture=[
        "POLITICS\n"
        "Abe to attend PyeongChang opening, plans talks with Moon on 2015 accord\n"
        "January 24, 2018 | 19:52 JST\n"
        "The Ginza Shimbun",
        "RELATED ARTICLES\n"
        "- Tokyo lodges protest over Seoul's new policy on comfort women accord (Jan. 10)\n"
        "- Moon says Japan's heartfelt apology would help heal victims (Jan. 10)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "the prime minister", "He", "he"],
        "Moon Jae-in": ["President Moon Jae-in", "President Moon", "Moon", "the South Korean leader"],
        "Kang Kyung-wha": ["South Korean Foreign Minister Kang Kyung-wha"],
        "Toshihiro Nikai": ["Liberal Democratic Party Secretary General Toshihiro Nikai"],
        "Natsuo Yamaguchi": ["Komeito chief Natsuo Yamaguchi"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "Suga"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Park Geun-hye": ["then-President Park Geun-hye", "Park"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("Japan will host the Games in 2020", "direct", "Shinzo Abe", "told reporters"),
        ("I also intend to tell President Moon clearly", "direct", "Shinzo Abe", None),
    ],
    statements=[
        (LEDE, ["Shinzo Abe"], "said"),
        ("Abe said he would also use the meeting", ["Shinzo Abe"], "said"),
        (JAN9, ["Kang Kyung-wha"], "said"),
        ("Abe responded days later", ["Shinzo Abe"], "responded"),
        ("Since then, government officials had said", [None], "had said"),
        ("Leaders of the ruling coalition", ["Toshihiro Nikai", "Natsuo Yamaguchi"], "had urged"),
        ("Chief Cabinet Secretary Yoshihide Suga told a news conference", ["Yoshihide Suga"], "told a news conference"),
        ("Details of the trip, including whether", ["Yoshihide Suga"], "said"),
        ("In Seoul, Cheong Wa Dae welcomed the decision", ["Office of the President of South Korea"], "welcomed"),
        (SHUTTLE, ["Shinzo Abe", "Moon Jae-in"], "agreed"),
    ],
    timexes=[
        ("Moon on [[2015]] accord", "2015", None),
        ("January 24, 2018 | 19:52", "2018-01-24T19:52", None),
        ("Shinzo Abe said [[Wednesday]]", "2018-01-24", None),
        ("Feb. 9", "2018-02-09", None),
        ("in 2020", "2020", None),
        ("Wednesday afternoon", "2018-01-24TAF", None),
        ("December 2015", "2015-12", None),
        ("this month", "2018-01", None),
        ("Jan. 9", "2018-01-09", None),
        ("opened Monday", "2018-01-22", None),
        ("last May", "2017-05", None),
        ("Hamburg in [[July]]", "2017-07", None),
        ("Vladivostok in [[September]]", "2017-09", None),
        ("later that month", "2017-09", None),
        ("Nov. 1, 2015", "2015-11-01", None),
        ("the following day", "2015-11-02", None),
        ("earlier in the day", "2018-01-24", None),
        ("accord ([[Jan. 10]])", "2018-01-10", None),
        ("victims ([[Jan. 10]])", "2018-01-10", None),
    ],
    summits=[
        dict(date="2018-02-09", place="PyeongChang", country="KR",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="bilateral", ordinal=None,
             status="planned", occasion="PyeongChang Winter Olympics", evidence=[LEDE]),
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[THREE, SHUTTLE]),
        dict(date="2017-09", place="Vladivostok", country="RU",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="sidelines", ordinal=None,
             status="held", occasion="Eastern Economic Forum", evidence=[THREE]),
        dict(date="2017-09", place="New York", country="US",
             participants=["Shinzo Abe", "Moon Jae-in", "Donald Trump"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[THREE]),
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[NOV]),
        dict(date="2015-11-02", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[NOV]),
    ],
    agreements=[
        dict(title="December 2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced",
             evidence=["I also intend to tell President Moon clearly", REF, POLICY, JAN9]),
        dict(title="revive shuttle diplomacy (reciprocal leaders' visits)", kind="commitment",
             date="2017-07", parties=["JP", "KR"], status="referenced", evidence=[SHUTTLE]),
    ],
    notes=[
        "Invented Tokyo daily, English edition ('The Ginza Shimbun'; section label, headline, stamp, outlet line and the related-articles block are furniture; the stamp, the headline's '2015' and the two related-link dates are annotated; the related headlines are invented). Every quote is invented, including Abe's words.",
        "Real background, checked on stored pages: miamiherald/AP 2018-01-24 (Abe to attend the 9 February ceremony, hopes to meet Moon; Japan's team send-off the same day); asia.nikkei.com (Abe told reporters on Wednesday; will convey Japan's stance on the 2015 agreement; Diet session opened Monday; Abe earlier called further steps unacceptable; trilateral cooperation and pressure on North Korea); manila-stv.ph 2018-01-24 (Nikai and Yamaguchi urged him to go; Seoul's presidential office welcomed the plan); upi 2018-01-24 (Suga said the decision was not influenced by Pence's attendance); japantoday 2018-01-29 (Suga: schedule, including an overnight stay, still being arranged). From general knowledge: Kang's announcement of 9 January 2018 (no renegotiation; Seoul to fund the 1 billion yen itself); the terms of the 2015 agreement; the Hamburg, Vladivostok and New York meetings of 2017 and the shuttle-diplomacy agreement in Hamburg; Abe's Seoul trip of 1-2 November 2015.",
        "Summits (6): the planned PyeongChang talks (dated 9 February, the day of the ceremony), Hamburg (ordinal 1, 'their first meeting'), Vladivostok, the New York lunch with Trump, the Seoul trilateral of 1 November 2015 and Abe-Park the following day (ordinal 1, 'first formal talks'). Not summits: the opening ceremony, 'three occasions' as an aggregate.",
        "Agreements (2): the 2015 agreement (joint-statement, referenced; four evidence sentences, including Abe's quote naming 'the agreement between our countries'); the Hamburg agreement to revive shuttle diplomacy (commitment, referenced). Not agreements: Seoul's new policy and its decision to fund the money itself (unilateral), 'shuttle diplomacy' as a term.",
        "Timexes: 'this month' = 2018-01; 'the following day' = 2 November 2015; 'earlier in the day' = the publication day; 'days later' not annotated (vague).",
    ],
)
