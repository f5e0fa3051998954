# ruff: noqa: E501
LEDE = "South Korean Foreign Minister Kang Kyung-wha has met Prime Minister Shinzo Abe"
DECL = "Moon also noted that next year marks the 20th anniversary"
NEXTTRI = "Abe also said he looked forward to welcoming Moon"
TOKYOHOPE = "Tokyo had hoped to hold the meeting this month"
HAMBURG = "They first met in Hamburg in July"
NY = "Later that month, they had lunch together"
LETTER = "Last month, Abe sent Moon a handwritten letter"
KYOTO = "No South Korean president has made a visit to Japan"
KONO1 = "Kono urged Seoul to steadily carry out the 2015 agreement"
KONO2 = "He told reporters afterwards that the agreement"
TF = "Kang explained the work of a South Korean task force"
UNESCO = "The ministers agreed to hold talks between their officials"
NK = "The two ministers also agreed to keep working together on North Korea"

GOLD = dict(
    published="2017-12-19",
    furniture=[
        "SBC WORLD | POLITICS\n"
        "South Korea's foreign minister calls on Abe, carries Moon's Olympic invitation\n"
        "Dec. 19, 2017, 21:06 JST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kang Kyung-wha": ["South Korean Foreign Minister Kang Kyung-wha", "Kang", "her", "she"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "He", "he"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Donald Trump": ["US President Donald Trump"],
        "Taro Kono": ["Foreign Minister Taro Kono", "Kono", "Minister Kono"],
        "Lee Myung-bak": ["Lee Myung-bak"],
        "Yoshihiko Noda": ["then-Prime Minister Yoshihiko Noda"],
        "Li Keqiang": ["Li Keqiang"],
        "Government of the Republic of Korea": ["South Korea"],
    },
    quotes=[
        ("as soon as possible.", "partial", "Shinzo Abe", "asking"),
        ("a promise between governments", "partial", "Taro Kono", "told reporters"),
        ("I told Minister Kono that we will deal", "direct", "Kang Kyung-wha", "said"),
    ],
    statements=[
        (LEDE, ["Kang Kyung-wha"], "passed on"),
        ("Kang delivered a message from Moon saying", ["Kang Kyung-wha", "Moon Jae-in"], "saying"),
        (DECL, ["Moon Jae-in", "Kang Kyung-wha"], "noted"),
        ("Abe told Kang that maximum pressure", ["Shinzo Abe"], "told"),
        ("He said he hoped the Winter Games would be a success.", ["Shinzo Abe"], "said"),
        ("Japanese officials said he did not give a direct answer", [None], "said"),
        (NEXTTRI, ["Shinzo Abe"], "said"),
        (LETTER, ["Shinzo Abe"], "asking"),
        (KONO1, ["Taro Kono"], "urged"),
        (KONO2, ["Taro Kono"], "told reporters"),
        (TF, ["Kang Kyung-wha"], "explained"),
        (UNESCO, ["Kang Kyung-wha", "Taro Kono"], "agreed"),
        ("South Korea says Japan has not done enough", ["Government of the Republic of Korea"], "says"),
        (NK, ["Kang Kyung-wha", "Taro Kono"], "agreed"),
    ],
    timexes=[
        ("Dec. 19, 2017, 21:06", "2017-12-19T21:06", None),
        ("Winter Olympics in [[February]]", "2018-02", None),
        ("Tuesday evening", "2017-12-19TEV", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("took office in [[June]]", "2017-06", None),
        ("next year marks", "2018", None),
        ("signed in [[1998]]", "1998", None),
        ("this month", "2017-12", None),
        ("early next year", "2018", "START"),
        ("Hamburg in [[July]]", "2017-07", None),
        ("Vladivostok in [[September]]", "2017-09", None),
        ("Later that month", "2017-09", None),
        ("last month's", "2017-11", None),
        ("Last month, Abe", "2017-11", None),
        ("December 2011", "2011-12", None),
        ("Earlier on Tuesday", "2017-12-19", None),
        ("about two and a half hours", "PT2H30M", "APPROX"),
        ("the [[2015]] agreement on the issue", "2015", None),
        ("by the end of the month", "2017-12", "END"),
        ("World Heritage sites in [[2015]]", "2015", None),
    ],
    summits=[
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[HAMBURG]),
        dict(date="2017-09", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=2,
             status="held", occasion="Eastern Economic Forum", evidence=[HAMBURG]),
        dict(date="2017-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe", "Donald Trump"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[NY]),
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KYOTO]),
        dict(date="2018", place=None, country="JP",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None, evidence=[NEXTTRI, TOKYOHOPE]),
    ],
    agreements=[
        dict(title="invitation for Abe to attend the PyeongChang Winter Olympics", kind="commitment",
             date="2017-12-19", parties=["JP", "KR"], status="proposed", evidence=[LEDE]),
        dict(title="invitation for Moon to visit Japan (Abe's letter)", kind="commitment",
             date="2017-11", parties=["JP", "KR"], status="proposed", evidence=[LETTER]),
        dict(title="1998 joint declaration (Kim Dae-jung and Keizo Obuchi)", kind="joint-declaration",
             date="1998", parties=["JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[KONO1, KONO2, TF]),
        dict(title="talks between officials on the follow-up to the UNESCO listing of industrial sites",
             kind="commitment", date="2017-12-19", parties=["JP", "KR"], status="agreed",
             evidence=[UNESCO]),
        dict(title="keep working together on North Korea, including trilateral cooperation with the U.S.",
             kind="commitment", date="2017-12-19", parties=["JP", "KR"], status="agreed",
             evidence=[NK]),
    ],
    notes=[
        "Invented Japanese broadcaster web story (outlet 'SBC World'; label, headline and stamp are furniture; the stamp is annotated). Every quote is invented, including the words given to Kang, Kono and Abe's letter. Invented details: the stamp time, the length of the Kang-Kono talks ('about two and a half hours'), the Japanese officials' remark on Abe's answer, Kang's news conference, and the ministers' agreement on North Korea (plausible, not checked).",
        "Real background, checked on stored pages: korea.net 2017-12-20 (Kang met Abe in Tokyo on 19 December; Moon's message on unresolved past issues and dialogue; 20th anniversary of the 1998 declaration; Abe on maximum pressure, PyeongChang, and seeing Moon at the next trilateral in Japan); rki.kbs.co.kr (meeting of about 20 minutes; Moon's invitation to PyeongChang delivered; earlier meeting with Kono, task force explained; agreement to meet on the UNESCO listing of sites including Hashima); manila-stv.ph 2017-12-18 (Kang's first visit since taking office in June; Japan gave up a trilateral within the year and eyed January 2018; no South Korean presidential visit since Lee in December 2011); khnews.kheraldm 2017-11-23 and a Jiji page 2017-11-24 (Yamaguchi handed Moon Abe's handwritten letter asking him to visit Japan as soon as possible); nflnewsdesk (Abe and Moon did not hold bilateral talks in Vietnam and the Philippines in November 2017). From general knowledge: the Hamburg (July), Vladivostok (September) and New York lunch with Trump (September) meetings; the task force report of 27 December 2017.",
        "Summits (5): Hamburg (ordinal 1, 'first met'), Vladivostok (ordinal 2, 'and again'; occasion from the public record), the New York lunch with Trump (a three-leader meeting), Lee-Noda in Kyoto 2011, and the planned trilateral in Japan 'early next year' (Li Keqiang from the public record). Not summits: Kang's call on Abe, the Kang-Kono talks, Yamaguchi handing Moon a letter, the non-meetings in Vietnam and the Philippines, 'three times' as an aggregate.",
        "Agreements (6): two invitations recorded as proposals (as unseen14 recorded an invitation to visit; debatable); the 1998 declaration and the 2015 agreement (referenced); two commitments agreed by the foreign ministers (split: talks on the UNESCO follow-up; cooperation on North Korea). Not agreements: the task force review, the UNESCO listing itself.",
        "Timexes: 'in February' (future Olympics) = 2018-02; 'early next year' = 2018 START; 'Later that month' = 2017-09; 'by the end of the month' = 2017-12 END.",
    ],
)
