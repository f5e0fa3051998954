# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe, South Korean President Park Geun-hye and Chinese Premier Li Keqiang agreed Sunday"
MET = "The leaders met for about 90 minutes at Cheong Wa Dae"
FTA = "In the declaration, the three countries pledged"
SIX = "They further committed themselves"
ABEQ = "Abe told a joint press event after the meeting"
ABELI = "Later in the day, Abe sat down with Li"
LIURGE = "A Japanese government official said Li urged Tokyo"
ECON = "The two agreed to resume a high-level economic dialogue"
PARKLI = "Li arrived in the South Korean capital on Saturday"
MON = "Attention now shifts to Monday morning"
LEENODA = "No Japanese and South Korean leaders have held bilateral talks since"
LUNCH = "There will be no working lunch"
ORIG = "The meeting, originally planned for 30 minutes"
ISSUE = "is expected to dominate the Monday meeting"
CLAIMS = "Tokyo maintains that all claims"

GOLD = dict(
    published="2015-11-01",
    furniture=[
        "Japan, China, S. Korea revive leaders' summit after 3 1/2 years; Abe, Li hold first formal talks in Seoul\n"
        "SEOUL, Nov. 1 (Kasumi Press) -- ",
        "==Kasumi Press",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Lee Myung-bak": ["then President Lee Myung-bak"],
        "Yoshihiko Noda": ["then Prime Minister Yoshihiko Noda"],
        "Wen Jiabao": [],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("completely restored", "partial", None, "declaring"),
        ("It was a significant achievement", "direct", "Shinzo Abe", "told a joint press event"),
        ("squarely", "partial", "Li Keqiang", "urged"),
        ("completely and finally", "partial", None, "maintains"),
        ("We hope the prime minister will bring", "direct", None, "told reporters"),
        ("future-oriented", "partial", "Shinzo Abe", "told reporters"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], "agreed"),
        (FTA, ["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], "pledged"),
        (SIX, ["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], "committed themselves"),
        (ABEQ, ["Shinzo Abe"], "told a joint press event"),
        (LIURGE, ["Li Keqiang", "Shinzo Abe", None], "urged"),
        (ECON, ["Shinzo Abe", "Li Keqiang", None], "agreed"),
        (LUNCH, [None], "said"),
        (CLAIMS, ["Government of Japan"], "maintains"),
        ("Abe told reporters before leaving Tokyo", ["Shinzo Abe"], "told reporters"),
    ],
    timexes=[
        ("after [[3 1/2 years]]", "P3Y6M", None),
        ("SEOUL, [[Nov. 1]] (Kasumi", "2015-11-01", None),
        ("agreed [[Sunday]]", "2015-11-01", None),
        ("three and a half years", "P3Y6M", None),
        ("about 90 minutes", "PT90M", "APPROX"),
        ("Beijing in [[May 2012]]", "2012-05", None),
        ("next summit [[in 2016]]", "2016", None),
        ("some 40 minutes", "PT40M", "APPROX"),
        ("the past 70 years", "P70Y", None),
        ("since [[2010]]", "2010", None),
        ("capital [[on Saturday]]", "2015-10-31", None),
        ("the same day", "2015-10-31", None),
        ("Monday morning", "2015-11-02TMO", None),
        ("Noda met in [[May 2012]]", "2012-05", None),
        ("30 minutes", "PT30M", None),
        ("the [[Monday]] meeting", "2015-11-02", None),
        ("a [[1965]] agreement", "1965", None),
        ("Sunday morning", "2015-11-01TMO", None),
    ],
    summits=[
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEDE, MET, ABEQ]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"], kind="trilateral", ordinal=5,
             status="held", occasion=None, evidence=[MET]),
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Li Keqiang"], kind="sidelines", ordinal=1,
             status="held", occasion="the Japan-China-South Korea trilateral summit", evidence=[ABELI, LIURGE, ECON]),
        dict(date="2015-10-31", place="Cheong Wa Dae", country="KR",
             participants=["Park Geun-hye", "Li Keqiang"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[PARKLI]),
        dict(date="2015-11-02", place=None, country="KR",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[MON, ORIG, ISSUE]),
        dict(date="2012-05", place=None, country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="sidelines", ordinal=None,
             status="held", occasion="the fifth trilateral summit", evidence=[LEENODA]),
        dict(date="2016", place=None, country="JP",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[ABEQ]),
    ],
    agreements=[
        dict(title="joint declaration for peace and cooperation in Northeast Asia", kind="joint-declaration",
             date="2015-11-01", parties=["CN", "JP", "KR"], status="agreed", evidence=[MET]),
        dict(title="hold the three-way summit on a regular basis", kind="commitment", date="2015-11-01",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[LEDE]),
        dict(title="speed up negotiations on a trilateral free trade agreement", kind="commitment",
             date="2015-11-01", parties=["CN", "JP", "KR"], status="agreed", evidence=[FTA]),
        dict(title="work toward concluding the Regional Comprehensive Economic Partnership", kind="commitment",
             date="2015-11-01", parties=["CN", "JP", "KR"], status="agreed", evidence=[FTA]),
        dict(title="efforts for an early resumption of the six-party talks", kind="commitment",
             date="2015-11-01", parties=["CN", "JP", "KR"], status="agreed", evidence=[SIX]),
        dict(title="resume the Japan-China high-level economic dialogue", kind="commitment",
             date="2015-11-01", parties=["CN", "JP"], status="agreed", evidence=[ECON]),
        dict(title="1965 claims agreement", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
        dict(title="the treaty that normalized diplomatic relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
    ],
    notes=[
        "Invented Japanese wire story in Kyodo style (agency 'Kasumi Press' is fictional). Headline, dateline prefix and the closing agency tag are furniture; the headline duration and the dateline date are annotated. Abe's direct quote, the unnamed Korean official's quote and Li's 'squarely' are invented wording; 'completely restored' paraphrases the declaration's 'completely restored' (shared by the three leaders: speaker null); 'completely and finally' is the wording of the 1965 claims agreement (speaker null). Invented details: the length (some 40 minutes) and place (a Seoul hotel) of the Abe-Li talks, Abe's remark before leaving Tokyo.",
        "Real background, checked on stored pages: en.yna.co.kr AEN20151101003900315 (joint declaration text: leaders convened in Seoul on November 1, 2015, sixth summit; cooperation 'completely restored'; fifth summit in May 2012); asiaone.com and keyanhelp.cn (90-minute meeting; regular summits, FTA acceleration including RCEP, resumption of the six-party talks); english.www.gov.cn (Abe: Japan will host next year's summit); spanish.peopledaily.com.cn (Li met Abe on Sunday after the trilateral and asked Japan to face history); donga.com 20151029 (Park-Abe summit on the morning of November 2, originally 30 minutes, no luncheon at Japan's request; first since Lee-Noda in May 2012); apextranslation.co.kr (last summit May 2012, Lee-Noda); lidtime.com (Li arrived Saturday for a three-day trip); jimin.jp (Abe's 'future-oriented' relationship). From general knowledge: the Park-Li talks at Cheong Wa Dae on Saturday 31 October, the agreement to resume the Japan-China high-level economic dialogue (last held in 2010), Beijing as the place of the 2012 summit and its participants (Wen Jiabao as China's).",
        "Summits (7): Seoul trilateral (ordinal not stated for it: null), Beijing 2012 ('the fifth summit': ordinal 5), Abe-Li ('their first formal bilateral talks': ordinal 1; a bilateral meeting during the trilateral is sidelines, dev8), Park-Li on Saturday (bilateral, place 'Cheong Wa Dae' as named), the planned Abe-Park summit on Monday morning ('first summit since either took office' is a window count: ordinal null), Lee-Noda May 2012 (place not named: null, country from the record; sidelines of the fifth trilateral), the planned 2016 summit in Japan. Not a summit: the working lunch that will not take place.",
        "Agreements (8): the joint declaration (joint-declaration, 'adopted': agreed) and four courses of action in it (regular summits, trilateral FTA, RCEP, six-party talks: one record each), the Japan-China economic dialogue, the 1965 claims agreement and the 1965 treaty (two instruments in one sentence, both referenced). Japan's hosting of the next summit is a planned summit, not an agreement.",
        "Timexes: 'Later in the day' is not annotated (vague relative); 'the same day' = 2015-10-31; 'Monday morning' = 2015-11-02TMO (the planned Abe-Park summit is dated by its day, 2015-11-02); 'the past 70 years' = P70Y.",
    ],
)
