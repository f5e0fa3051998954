LEDE = "Prime Minister Taro Aso held his first summit meeting"
SIDE = "The meeting was held on the sidelines of the Asia-Europe Meeting"
UNDER = "Under the agreement, Aso is expected to visit Seoul"
FUK = "The two leaders also agreed that Japan will host the first summit"
WEN = "Chinese Premier Wen Jiabao has already agreed to attend"
SEPT = "The three-way meeting was originally planned for September"
FIN = "In addition, Aso and Lee agreed to cooperate closely"
TOYAKO = "Lee last held talks with a Japanese prime minister"
FEB = "Lee and Fukuda had agreed to restart shuttle diplomacy"

GOLD = dict(
    published="2008-10-24",
    furniture=[
        "SUMIDA TV NEWS | World | October 24, 2008 13:52 JST\n"
        "Aso, Lee agree to restart shuttle diplomacy in first summit",
        "Related:\nAso elected prime minister, vows quick action on economy (Sept. 24)\n"
        "Lee, Fukuda talk briefly on Dokdo at G8 outreach session (July 9)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Taro Aso": ["Prime Minister Taro Aso", "Aso"],
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee", "the president", "he"],
        "Lee Dong-kwan": ["Lee Dong-kwan", "Lee's spokesman"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Yasuo Fukuda": ["Yasuo Fukuda", "Fukuda"],
        "Government of South Korea": ["the South Korean side"],
    },
    quotes=[
        ("I told the president that Japan and South Korea should be", "direct", "Taro Aso",
         "told Japanese reporters"),
        ("mature partnership", "partial", "Lee Myung-bak", "called for"),
        ("future-oriented", "partial", "Taro Aso", "has spoken of"),
    ],
    statements=[
        (LEDE, ["Taro Aso", "Lee Myung-bak"], "agreed"),
        (UNDER, ["Lee Dong-kwan"], "told reporters"),
        (FUK, ["Taro Aso", "Lee Myung-bak"], "agreed"),
        (WEN, ["Wen Jiabao", "Government of South Korea"], "agreed"),
        (FIN, ["Taro Aso", "Lee Myung-bak"], "agreed"),
        ("Lee's spokesman said the president had called for", ["Lee Dong-kwan", "Lee Myung-bak"],
         "said"),
        (TOYAKO, ["Lee Myung-bak"], "voiced grave concern"),
        (FEB, ["Lee Myung-bak", "Yasuo Fukuda"], "agreed"),
        ("Aso, who took office on Sept. 24, has spoken", ["Taro Aso"], "has spoken of"),
    ],
    timexes=[
        ("October 24, 2008 13:52", "2008-10-24T13:52", None),
        ("economy ([[Sept. 24]])", "2008-09-24", None),
        ("outreach session ([[July 9]])", "2008-07-09", None),
        ("Friday morning", "2008-10-24TMO", None),
        ("this summer", "2008-SU", None),
        ("later in the day", "2008-10-24", None),
        ("early next year", "2009", "START"),
        ("mid-December", "2008-12", "MID"),
        ("originally planned for [[September]]", "2008-09", None),
        ("markets [[this month]]", "2008-10", None),
        ("strained in [[July]]", "2008-07", None),
        ("the same month", "2008-07", None),
        ("15-minute", "PT15M", None),
        ("inauguration in [[February]]", "2008-02", None),
        ("Tokyo in [[April]]", "2008-04", None),
        ("took office on [[Sept. 24]]", "2008-09-24", None),
    ],
    summits=[
        dict(date="2008-10-24", place="Beijing", country="CN",
             participants=["Taro Aso", "Lee Myung-bak"], kind="sidelines", ordinal=1,
             status="held", occasion="ASEM", evidence=[LEDE, SIDE]),
        dict(date="2009", place="Seoul", country="KR",
             participants=["Taro Aso", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[UNDER]),
        dict(date="2008-12", place="Fukuoka", country="JP",
             participants=["Taro Aso", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=1, status="planned", occasion=None, evidence=[FUK, WEN, SEPT]),
        dict(date="2008-07", place="Toyako", country="JP",
             participants=["Lee Myung-bak", "Yasuo Fukuda"], kind="sidelines", ordinal=None,
             status="held", occasion="G8", evidence=[TOYAKO]),
        dict(date="2008-02", place=None, country="KR",
             participants=["Lee Myung-bak", "Yasuo Fukuda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FEB]),
        dict(date="2008-04", place="Tokyo", country="JP",
             participants=["Lee Myung-bak", "Yasuo Fukuda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FEB]),
    ],
    agreements=[
        dict(title="resume shuttle diplomacy (reciprocal leaders' visits)", kind="commitment",
             date="2008-10-24", parties=["JP", "KR"], status="agreed", evidence=[LEDE, UNDER]),
        dict(title="Japan to host the first stand-alone Japan-China-South Korea summit in Fukuoka",
             kind="commitment", date="2008-10-24", parties=["JP", "KR"], status="agreed",
             evidence=[FUK]),
        dict(title="cooperate closely in responding to the global financial turmoil",
             kind="commitment", date="2008-10-24", parties=["JP", "KR"], status="agreed",
             evidence=[FIN]),
        dict(title="restart shuttle diplomacy (agreed at Lee's inauguration)", kind="commitment",
             date="2008-02", parties=["JP", "KR"], status="referenced", evidence=[FEB]),
    ],
    notes=[
        "Invented Japanese broadcaster web story (outlet 'Sumida TV' and every quote invented,"
        " including the words given to Aso and Lee; the header line, headline and related links"
        " are furniture, their dates annotated; the related story titles are invented, their"
        " dates real). Real background, checked on stored pages: Yonhap via oananews 2008-10-23"
        " and 2008-10-24 (first Lee-Aso summit on Friday morning 24 October in Beijing; agreement"
        " to resume shuttle diplomacy suspended after this year's territorial and historical"
        " disputes; Aso to visit Seoul possibly early next year; first trilateral summit in"
        " Fukuoka in mid-December, China consenting; originally planned for September; financial"
        " crisis cooperation; 'mature partnership'; spokesman Lee Dong-kwan); JoongAng (Japanese)"
        " and KBS (Japanese) 2008-10-24 (ASEAN+3 breakfast, then the Lee-Aso talks; ASEM opened on"
        " the 24th); dev7 manifest title of 2008-07-10 (15-minute Lee-Fukuda talk on Dokdo at the"
        " G8, 9 July). From general knowledge: Aso took office on 24 September 2008; Fukuda"
        " announced his resignation on 1 September; the July 2008 teaching guide and the recall of"
        " the Korean ambassador; Lee's inauguration with Fukuda (25 February) and Tokyo visit"
        " (April 2008).",
        "Summits (6): Beijing 24 October (ordinal 1; ASEM sidelines); Seoul early next year"
        " (planned under the agreement, date 2009); Fukuoka mid-December (planned trilateral,"
        " ordinal 1 from 'the first summit ... independently'; Wen from the next sentence);"
        " Toyako July (G8 sidelines, 15 minutes of talks); Lee-Fukuda at the inauguration"
        " (February, place not named: null) and in Tokyo (April). Not summits: the ASEAN Plus Three"
        " breakfast (a larger gathering).",
        "Agreements (4): three commitments of 24 October (resume shuttle diplomacy; Japan to host"
        " the Fukuoka trilateral; financial-crisis cooperation) and the February restart of"
        " shuttle diplomacy (referenced).",
        "Timexes: 'this summer' = 2008-SU; 'early next year' = 2009 START; 'mid-December' = 2008-12"
        " MID; 'the same month' = July.",
    ],
)
