# ruff: noqa: E501
LEDE = "President Moon Jae-in will hold summits with Chinese President Xi Jinping"
LEAVES = "Moon leaves Thursday on a three-day trip"
XIDAY = "His talks with Xi are set for the same day"
ALSO = "He will also sit down with Canadian Prime Minister Justin Trudeau"
TRUMP = "U.S. President Donald Trump will visit Seoul late this month"
XIKIM = "The Xi meeting comes after the Chinese leader held a summit"
KIMPUTIN = "Kim met Putin in Vladivostok in late April"
GAUGE = "Moon is expected to use his talks with Xi and Putin"
TOKYO = "Tokyo has signaled that Abe will not hold one-on-one talks"
FUND = "Early this week, Seoul proposed that companies from both countries"
LAST = "Moon and Abe last held formal talks in September last year"

GOLD = dict(
    published="2019-06-21",
    furniture=[
        "(LEAD) Moon to meet Xi, Putin on G20 sidelines in Osaka; no talks with Abe in sight\n\n"
        "SNA | 2019/06/21 16:05 KST\n\n"
        "(ATTN: ADDS Japanese reaction in paras 8-9)",
        "SEOUL, June 21 (SNA) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "He", "he"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi", "the Chinese leader"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Justin Trudeau": ["Canadian Prime Minister Justin Trudeau"],
        "Joko Widodo": ["Indonesian President Joko Widodo"],
        "Ko Min-jung": ["spokesperson Ko Min-jung", "Ko"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Kim Jong-un": ["North Korean leader Kim Jong-un", "Kim"],
        "Cheong Wa Dae": [],
        "Government of Japan": ["Tokyo"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("Our position has not changed. If Tokyo is ready, so are we,", "direct", "Ko Min-jung", "said"),
    ],
    statements=[
        (LEDE, ["Cheong Wa Dae"], "said"),
        (ALSO, ["Ko Min-jung"], "told a briefing"),
        (GAUGE, [None], "said"),
        (TOKYO, ["Government of Japan"], "has signaled"),
        (FUND, ["Government of South Korea", "Government of Japan"], "proposed"),
    ],
    timexes=[
        ("2019/06/21 16:05 KST", "2019-06-21T16:05", None),
        ("SEOUL, [[June 21]]", "2019-06-21", None),
        ("Osaka [[next week]]", "2019-W26", None),
        ("said [[Friday]]", "2019-06-21", None),
        ("leaves [[Thursday]]", "2019-06-27", None),
        ("three-day", "P3D", None),
        ("June 28-29", "2019-06-28/2019-06-29", None),
        ("the same day", "2019-06-27", None),
        ("the eve of the gathering", "2019-06-27", None),
        ("two-day", "P2D", None),
        ("late this month", "2019-06", "END"),
        ("Pyongyang on [[Thursday]]", "2019-06-20", None),
        ("late April", "2019-04", "END"),
        ("two months after", "2019-04", None),
        ("Hanoi in [[February]]", "2019-02", None),
        ("1910-1945", "1910/1945", None),
        ("Early this week", "2019-W25", "START"),
        ("1965", "1965", None),
        ("September last year", "2018-09", None),
    ],
    summits=[
        dict(date="2019-06-27", place="Osaka", country="JP",
             participants=["Moon Jae-in", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[LEDE, XIDAY]),
        dict(date="2019-06", place="Osaka", country="JP",
             participants=["Moon Jae-in", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[LEDE, XIDAY]),
        dict(date="2019-06", place="Osaka", country="JP",
             participants=["Moon Jae-in", "Justin Trudeau"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[ALSO]),
        dict(date="2019-06", place="Osaka", country="JP",
             participants=["Moon Jae-in", "Joko Widodo"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[ALSO]),
        dict(date="2019-06", place="Seoul", country="KR",
             participants=["Donald Trump", "Moon Jae-in"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[TRUMP]),
        dict(date="2019-06-20", place="Pyongyang", country="KP",
             participants=["Xi Jinping", "Kim Jong-un"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[XIKIM]),
        dict(date="2019-04", place="Vladivostok", country="RU",
             participants=["Kim Jong-un", "Vladimir Putin"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KIMPUTIN]),
        dict(date="2019-02", place="Hanoi", country="VN",
             participants=["Kim Jong-un", "Donald Trump"], kind="bilateral", ordinal=2,
             status="held", occasion=None, evidence=[KIMPUTIN]),
        dict(date="2018-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the UN General Assembly", evidence=[LAST]),
    ],
    agreements=[
        dict(title="joint fund by companies of both countries to compensate the plaintiffs (Seoul's proposal)", kind="commitment",
             date="2019-06", parties=["KR", "JP"], status="proposed", evidence=[FUND]),
        dict(title="1965 claims agreement", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[FUND]),
    ],
    notes=[
        "Invented Korean wire story (SNA); headline, stamp line (annotated), ATTN line, dateline prefix and (END) are furniture. Ko Min-jung's quote is invented (not her reported words); stamp time invented.",
        "Real facts checked on stored pages: koreaherald.com ud=20190621000521 and inform.kz (Cheong Wa Dae on Friday 21 June 2019: Moon to meet Xi and Putin on the fringe of the Osaka G20 of 28-29 June, three-day trip from Thursday, also Trudeau and Widodo; spokesperson Ko Min-jung; Japan indicated Abe would not hold a one-on-one; Seoul's joint-fund proposal early this week effectively rejected; Trump to visit South Korea late this month; Xi-Kim summit in Pyongyang on Thursday; Kim-Putin in late April in Vladivostok; Trump-Kim breakdown in February in Vietnam; colonization 1910-1945); webarchives.pa.go.kr Briefings/485 (Moon-Xi on the Osaka G20 sidelines on 27 June); koreajoongangdaily 2019/06/19 (Moon's last bilateral summit with Abe in September 2018 in New York); manila-stv.ph (no Abe-Moon meeting during the G20, Jiji). Tokyo's reason ('fell short of resolving a breach of the 1965 claims agreement') is invented wording for its known position.",
        "Summits (9): planned Moon-Xi (27 June, 'the same day' as his departure, 'on the eve of the gathering'), Moon-Putin, Moon-Trudeau, Moon-Widodo (2019-06), planned Trump-Moon in Seoul ('late this month', 2019-06), Xi-Kim in Pyongyang on Thursday, Kim-Putin in late April, Trump-Kim in Hanoi ('his second summit with Trump': ordinal 2), Moon-Abe New York September 2018. Not summits: no Moon-Abe talks in Osaka.",
        "Agreements (2): Seoul's joint-fund proposal (proposed; rejected by Tokyo) and the 1965 claims agreement (referenced).",
        "Timexes: 'two months after' his second summit = 2019-04 (the date it points to: the Kim-Putin meeting); 'Early this week' = 2019-W25 START; 'the same day' and 'the eve of the gathering' both = 2019-06-27.",
    ],
)
