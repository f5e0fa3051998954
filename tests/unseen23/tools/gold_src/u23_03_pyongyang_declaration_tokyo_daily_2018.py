# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe, fresh from winning"
SIGN = "South Korean President Moon Jae-in and North Korean leader Kim Jong Un signed"
NORTH = "In it, the North agreed to permanently dismantle"
MIL = "The two Koreas' defense chiefs signed"
QUOTE = "Abe told reporters at party headquarters"
NY = "He said he expected to meet Moon in New York"
SUGA = "Chief Cabinet Secretary Yoshihide Suga said"
ASKED = "Tokyo had asked Moon to raise the abduction"
THIRD = "The Pyongyang meeting was the third"
FIRST = "They first met on April 27"
SING = "Kim held his first summit with Trump"
SEOUL = "During the visit Kim also agreed to come to Seoul"
FIRSTTRIP = "It would be the first trip to the South's capital"
KOIZ = "Abe has said repeatedly that he is ready"
GOLD = dict(
    published="2018-09-20",
    furniture=[
        "Abe welcomes Pyongyang declaration, says missile pledges need 'concrete action'; eyes New York talks with Moon\nSeptember 20, 2018 | 19:40 JST\nThe Shiodome Herald | Politics\nBy Kenji Arakawa / Staff Writer",
        "RELATED: Abe wins third term as LDP president, eyes constitutional revision",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "He", "he"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "President Moon", "Moon"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un", "Kim"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "Suga"],
        "Junichiro Koizumi": ["Koizumi"],
        "Kim Jong Il": ["Kim's father"],
        "Office of the President of South Korea": ["Moon's office"],
    },
    quotes=[
        ('followed by "[[concrete action]]', "partial", "Shinzo Abe", "said"),
        ("I want to hear directly", "direct", "Shinzo Abe", "told reporters"),
        ("closely coordinate", "partial", "Yoshihide Suga", "said at a news conference"),
        ("in the near future", "partial", "Kim Jong Un", "agreed"),
        ("a step", "partial", None, "called"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe"], "welcomed"),
        (NORTH, ["Kim Jong Un"], "agreed"),
        (QUOTE, ["Shinzo Abe"], "told reporters"),
        (NY, ["Shinzo Abe"], "said"),
        (SUGA, ["Yoshihide Suga"], "said at a news conference"),
        (ASKED, ["Yoshihide Suga"], "added"),
        (SEOUL, ["Kim Jong Un", "Office of the President of South Korea"], "agreed"),
        (KOIZ, ["Shinzo Abe"], "has said"),
        ("A government source said", [None], "said"),
        ("A senior Foreign Ministry official called", [None], "called"),
    ],
    timexes=[
        ("September 20, 2018 | 19:40 JST", "2018-09-20T19:40", None),
        ("leader [[on Thursday]]", "2018-09-20", None),
        ("Wednesday morning", "2018-09-19TMO", None),
        ("three-day", "P3D", None),
        ("wraps up [[Thursday]]", "2018-09-20", None),
        ("next week", "2018-W39", None),
        ("talks in [[April]]", "2018-04", None),
        ("Kim [[this year]]", "2018", None),
        ("April 27", "2018-04-27", None),
        ("May 26", "2018-05-26", None),
        ("June 12", "2018-06-12", None),
        ("before the year is out", "2018", None),
        ("2002", "2002", None),
        ("Wednesday's", "2018-09-19", None),
    ],
    summits=[
        dict(date="2018-09-18", place="Pyongyang", country="KP", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=3, status="held", occasion=None, evidence=[LEDE, SIGN, THIRD, SEOUL]),
        dict(date="2018-04-27", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[ASKED, FIRST]),
        dict(date="2018-05-26", place="Panmunjom", country="KP", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[FIRST]),
        dict(date="2018-06-12", place="Singapore", country="SG", participants=["Kim Jong Un", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[SING]),
        dict(date="2018-09", place="New York", country="US", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="planned", occasion="the UN General Assembly", evidence=[NY]),
        dict(date="2018-09", place="New York", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="sidelines", ordinal=None, status="planned", occasion="the UN General Assembly", evidence=[NY]),
        dict(date="2018", place="Seoul", country="KR", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SEOUL, FIRSTTRIP]),
        dict(date="2002", place="Pyongyang", country="KP", participants=["Junichiro Koizumi", "Kim Jong Il"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[KOIZ]),
    ],
    agreements=[
        dict(title="Pyongyang Joint Declaration", kind="joint-declaration", date="2018-09-19",
             parties=["KR", "KP"], status="signed", evidence=[SIGN, NORTH, "A senior Foreign Ministry official called"]),
        dict(title="military accord annexed to the declaration", kind="treaty", date="2018-09-19",
             parties=["KR", "KP"], status="signed", evidence=[MIL]),
        dict(title="Kim to visit Seoul in the near future", kind="commitment", date="2018-09",
             parties=["KR", "KP"], status="agreed", evidence=[SEOUL]),
        dict(title="Panmunjom Declaration", kind="joint-declaration", date="2018-04-27",
             parties=["KR", "KP"], status="referenced", evidence=[FIRST]),
        dict(title="2002 Pyongyang Declaration", kind="joint-declaration", date="2002",
             parties=["JP", "KP"], status="referenced", evidence=[KOIZ]),
    ],
    notes=[
        "Invented Tokyo English-language daily story ('The Shiodome Herald', reporter invented; headline block with stamp and byline and the RELATED line are furniture; the stamp is annotated). Abe's and Suga's quotes and the officials' words are invented wordings; the setting at party headquarters is invented.",
        "Real facts checked on stored pages: english.hani.co.kr 862815, mofa.go.kr (text of the Pyongyang Joint Declaration of 19 Sept 2018; summit 18-20 Sept; Dongchang-ri; Yongbyon conditional on U.S. steps; Kim to visit Seoul in the near future / within the year), mainichi.jp 20180919 (signed on the morning of 19 Sept, second day), en.asiatoday.co.kr 20180920000921353 (military agreement as an annex), japantimes.co.jp 2018/04/24 and m.koreaherald 20180429000133 (Abe asked Moon to raise the abductions before the April Panmunjom summit; Panmunjom Declaration of 27 April), dprktoday / columbia kls (declaration text). From general knowledge and the titles of other corpora: Abe's LDP re-election on 20 Sept 2018, the 26 May 2018 Panmunjom meeting, Singapore on 12 June 2018, Moon-Abe and Abe-Trump meetings in New York the following week, Koizumi's 2002 Pyongyang Declaration with Kim Jong Il, the defense chiefs as signatories.",
        "Summits (8): Pyongyang (ordinal 3, 'the third ... this year'; dated to its first day, 18 Sept, from 'three-day visit that wraps up Thursday'; debatable), Panmunjom 27 April (ordinal 1) and 26 May (ordinal 2; held on the North's side), Singapore (ordinal 1, 'first summit with Trump'), planned New York meetings Abe-Moon and Abe-Trump ('next week'; date 2018-09 as a summit date may not be a week), Kim's planned Seoul visit (2018), Koizumi-Kim Jong Il 2002 (ordinal 1, 'the first Japan-North Korea summit'). Not recorded: an Abe-Kim meeting (a readiness, 'no such meeting was being prepared').",
        "Agreements (5): Pyongyang Joint Declaration (signed), the military accord (treaty: signed by the two governments' defense chiefs), Kim's Seoul visit (agreed commitment), Panmunjom Declaration and 2002 Pyongyang Declaration (referenced). The North's dismantling pledge is content of the declaration, not a separate record. Japan's coordination with Washington and Seoul is a unilateral stance.",
    ],
)
