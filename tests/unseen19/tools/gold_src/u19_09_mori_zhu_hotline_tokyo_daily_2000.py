# ruff: noqa: E501
LEAD = "Prime Minister Yoshiro Mori and visiting Chinese Premier Zhu Rongji formally opened"
TALKED = "The two leaders talked for more than two hours"
SING = "They also agreed that they would sit down with South Korean President"
MANILA = "The three leaders first gathered over breakfast in Manila"
TOLD = "Zhu told Mori that some opinions in Japan"
URGED = "He urged Tokyo to abide by the 1972"
MORI = "Mori, for his part, said Japan's position"
ARRIVED = "Zhu arrived Thursday night"
SEOUL = "He will fly on to Seoul on Tuesday"
OFFICIAL = "A senior Foreign Ministry official said the Singapore arrangement"
ATAMI = "Mori, who took office in April"

GOLD = dict(
    published="2000-10-14",
    furniture=[
        "THE GINZA SHIMBUN - English Edition\n"
        "Mori, Zhu open leaders' hotline, set three-way talks with Kim in Singapore\n"
        "October 14, 2000 | 06:00 JST",
        "(Ginza Shimbun)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshiro Mori": ["Prime Minister Yoshiro Mori", "Mori"],
        "Zhu Rongji": ["visiting Chinese Premier Zhu Rongji", "Zhu", "He"],
        "Kim Dae-jung": ["South Korean President Kim Dae-jung", "Kim"],
        "Keizo Obuchi": [],
        "Akihito": ["Emperor Akihito"],
    },
    quotes=[
        ("remains unchanged", "partial", "Yoshiro Mori", "said"),
        ("If the three leaders can meet every year", "direct", None, "said"),
    ],
    statements=[
        (TOLD, [None, "Zhu Rongji"], "told"),
        (URGED, ["Zhu Rongji"], "urged"),
        (MORI, ["Yoshiro Mori"], "said"),
        (OFFICIAL, [None], "said"),
    ],
    timexes=[
        ("October 14, 2000 | 06:00 JST", "2000-10-14T06:00", None),
        ("on Friday", "2000-10-13", None),
        ("more than two hours", "PT2H", "MORE_THAN"),
        ("10 a.m.", "2000-10-13T10:00", None),
        ("next month", "2000-11", None),
        ("last November", "1999-11", None),
        ("the [[1972]] joint statement", "1972", None),
        ("1978", "1978", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("the [[1972]] document", "1972", None),
        ("Thursday night", "2000-10-12TNI", None),
        ("six-day", "P6D", None),
        ("on Tuesday", "2000-10-17", None),
        ("in April", "2000-04", None),
        ("this year", "2000", None),
        ("last month", "2000-09", None),
    ],
    summits=[
        dict(date="2000-10-13", place="Tokyo", country="JP",
             participants=["Yoshiro Mori", "Zhu Rongji"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEAD, TALKED, TOLD]),
        dict(date="2000-11", place="Singapore", country="SG",
             participants=["Yoshiro Mori", "Zhu Rongji", "Kim Dae-jung"], kind="trilateral", ordinal=None,
             status="planned", occasion="ASEAN plus Three", evidence=[SING, OFFICIAL]),
        dict(date="1999-11", place="Manila", country="PH",
             participants=["Kim Dae-jung", "Zhu Rongji", "Keizo Obuchi"], kind="trilateral", ordinal=1,
             status="held", occasion="ASEAN plus Three", evidence=[MANILA]),
        dict(date="2000-10", place="Tokyo", country="JP",
             participants=["Zhu Rongji", "Akihito"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[ARRIVED]),
        dict(date="2000-10", place="Seoul", country="KR",
             participants=["Zhu Rongji", "Kim Dae-jung"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[SEOUL]),
        dict(date="2000-09", place="Atami", country="JP",
             participants=["Yoshiro Mori", "Kim Dae-jung"], kind="bilateral", ordinal=3,
             status="held", occasion=None, evidence=[ATAMI]),
    ],
    agreements=[
        dict(title="telephone hotline between the two governments", kind="commitment",
             date="2000-10-13", parties=["CN", "JP"], status="agreed", evidence=[LEAD]),
        dict(title="wider security dialogue including exchanges of naval port calls", kind="commitment",
             date="2000-10-13", parties=["CN", "JP"], status="agreed", evidence=[LEAD]),
        dict(title="three-way meeting with Kim Dae-jung in Singapore next month", kind="commitment",
             date="2000-10-13", parties=["CN", "JP"], status="agreed", evidence=[SING, OFFICIAL]),
        dict(title="1972 joint statement (Japan-China Joint Communique)", kind="joint-statement",
             date="1972", parties=["CN", "JP"], status="referenced", evidence=[URGED, MORI]),
        dict(title="1978 Treaty of Peace and Friendship", kind="treaty",
             date="1978", parties=["CN", "JP"], status="referenced", evidence=[URGED]),
        dict(title="1998 Japan-China joint declaration", kind="joint-declaration",
             date="1998", parties=["CN", "JP"], status="referenced", evidence=[URGED]),
    ],
    notes=[
        "Invented Tokyo English-language daily story ('The Ginza Shimbun'; stamp time and the senior official's quote invented). Masthead, headline, stamp line and the closing credit are furniture; the stamp is annotated.",
        "Real facts checked on stored pages: mofa.go.jp/region/asia-paci/china/pv0010/summary.html (Japan-China summit at the Official Residence for over two hours on Friday 13 October 2000 from shortly after 10:00; Mori: Japan's position based on the Joint Communique 'remained unchanged'); english.china.org.cn 2000/Oct/2772 (hotline formally launched; agreement to expand security dialogue, military exchanges and naval vessel visits; Zhu arrived Thursday night for a six-day visit; opinions in Japan on history and Taiwan harmed trust; the 1972 joint statement, 1978 treaty and 1998 joint declaration, via a Chinese Foreign Ministry spokesman); en.people.cn 2000-10-17 (audience with Emperor Akihito, Kobe trip, left for Seoul and the Asia-Europe Meeting on Tuesday); donga.com 20001013/7594220 (Mori and Zhu agreed on 13 October to meet Kim in Singapore next month; first trilateral in Manila the previous year); 5ch.net mirror of a Japanese text (China reluctant to regularize the breakfast meetings); donga 20000907/193036 (Zhu's scheduled visit to Seoul in October); kantei 923atami (Atami, the third Mori-Kim summit since Mori took office in April 2000).",
        "Summits (6): Mori-Zhu (held), the planned Singapore trilateral, Manila 1999 (ordinal 1; Obuchi from the public record), the planned audience with Emperor Akihito (recorded as a planned meeting of a head of state and a head of government, month only, as unseen16 did for Queen Elizabeth II; debatable), the planned Zhu-Kim talks in Seoul (month only), Atami (ordinal 3 from 'three summits with Kim this year, most recently at Atami'). 'Three summits ... this year' is an aggregate: only Atami is recorded.",
        "Agreements (6): the hotline and the security dialogue (split), the agreement to meet Kim in Singapore (CN-JP), and three referenced Japan-China instruments (the 1972 joint communique is recorded as joint-statement, as the article calls it).",
        "Timexes: 'shortly after 10 a.m.' annotated on '10 a.m.' without a mod (debatable); 'Thursday night' = 2000-10-12TNI; 'every year' in a quote is a frequency and not annotated.",
    ],
)
