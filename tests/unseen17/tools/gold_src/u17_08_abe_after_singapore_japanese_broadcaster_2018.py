# ruff: noqa: E501
LEAD = "Prime Minister Shinzo Abe says Japan will have to deal"
JS = "Trump and Kim signed a joint statement"
JS2 = "The document makes no mention of the abductions"
WH = "The two leaders had met at the White House"
LAST = "The last time a Japanese leader met a North Korean leader"
PYD = "Koizumi's first visit, in September 2002"
PAN = "Moon has met Kim twice at the border village"
PAND = "At their first meeting the two Korean leaders signed"
TOKYO = "Abe and Moon last met in Tokyo on May 9"
TRI = "At the three-way meeting the leaders adopted"

GOLD = dict(
    published="2018-06-13",
    furniture=[
        "Abe says Japan must face North Korea directly on abductions after Trump-Kim summit\n"
        "SBN World | June 13, 2018, 18:20 JST\n"
        "Related: Full text of the Trump-Kim joint statement",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "He"],
        "Donald Trump": ["US President Donald Trump", "Trump"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un", "Kim"],
        "Kim Jong Il": ["a North Korean leader"],
        "Junichiro Koizumi": ["Junichiro Koizumi", "Koizumi"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Itsunori Onodera": ["Defense Minister Itsunori Onodera"],
    },
    quotes=[],
    statements=[
        (LEAD, ["Shinzo Abe"], "says"),
        ("Speaking to reporters on Tuesday night", ["Shinzo Abe"], "thanked"),
        ("He said the issue was one Japan", ["Shinzo Abe"], "said"),
        (JS, ["Donald Trump", "Kim Jong Un"], "committed"),
        (WH, ["Donald Trump"], "promised"),
        ("Government sources say Abe is exploring", [None], "say"),
        (PAND, ["Moon Jae-in", "Kim Jong Un"], "pledging"),
        (TRI, ["Shinzo Abe", "Moon Jae-in", "Li Keqiang"], "agreed"),
        ("Defense Minister Itsunori Onodera told reporters", ["Itsunori Onodera"], "told reporters"),
    ],
    timexes=[
        ("June 13, 2018, 18:20 JST", "2018-06-13T18:20", None),
        ("a day after", "2018-06-13", None),
        ("on Tuesday night", "2018-06-12TNI", None),
        ("Thursday last week", "2018-06-07", None),
        ("later this year", "2018", None),
        ("May 2004", "2004-05", None),
        ("September 2002", "2002-09", None),
        ("in [[April]] and May", "2018-04", None),
        ("April and [[May]]", "2018-05", None),
        ("work [[this year]]", "2018", None),
        ("May 9", "2018-05-09", None),
    ],
    summits=[
        dict(date="2018-06-12", place="Singapore", country="SG", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEAD, JS]),
        dict(date="2018-06-07", place="Washington", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[WH]),
        dict(date="2004-05", place="Pyongyang", country="KP", participants=["Junichiro Koizumi", "Kim Jong Il"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[LAST]),
        dict(date="2002-09", place="Pyongyang", country="KP", participants=["Junichiro Koizumi", "Kim Jong Il"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[PYD]),
        dict(date="2018-04", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[PAN, PAND]),
        dict(date="2018-05", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PAN]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO, TRI]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="Japan-China-South Korea trilateral summit", evidence=[TOKYO]),
    ],
    agreements=[
        dict(title="Trump-Kim joint statement (Singapore)", kind="joint-statement", date="2018-06-12",
             parties=["KP", "US"], status="signed", evidence=[JS, JS2]),
        dict(title="Japan-DPRK Pyongyang Declaration", kind="joint-declaration", date="2002-09", parties=["JP", "KP"],
             status="referenced", evidence=[PYD]),
        dict(title="Panmunjom Declaration", kind="joint-declaration", date="2018-04", parties=["KP", "KR"],
             status="referenced", evidence=[PAND]),
        dict(title="joint declaration of the Tokyo three-way summit", kind="joint-declaration", date="2018-05-09",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[TRI]),
        dict(title="hold the three-way summit on a regular basis", kind="commitment", date="2018-05-09",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[TRI]),
    ],
    notes=[
        "Invented Japanese broadcaster web story (outlet 'SBN World' invented; headline, stamp line and 'Related:' line are furniture; the stamp is annotated, its time invented). No quotation marks: no quotes. Onodera's remark is invented.",
        "Real background, checked on stored pages: manila-stv.ph/Jiji 2018-06-12 (Trump's assurance to Abe on the abductions; White House meeting 'last week'); pittsburgh.cbslocal/AP and america.cgtn.com 2018-06-07 (Abe at the White House on Thursday 7 June); japantimes.co.jp 2018/05/30 (meeting set for 7 June, Singapore summit on 12 June); faithfamilyamerica (Abe praised Trump for raising the abductions and said Japan must face the North directly); kantei koizumiphoto 2004/07/21 (Koizumi's second visit to North Korea in May 2004); jimin.jp 137459, news.kbs.co.kr 3646792, the-japan-news.com and mofa.go.jp page4e_000817 (Tokyo trilateral of Wednesday 9 May 2018, joint declaration, leaders agreed to hold the summit regularly; support for the Panmunjom Declaration of 27 April); cgtn 2018-05-09 (leaders also to hold bilateral talks; Abe on the Pyongyang Declaration). From general knowledge: the Singapore joint statement's content, the Trump-Abe phone call after the summit, the Panmunjom meetings of 27 April and 26 May 2018, Koizumi's first visit on 17 September 2002 and Kim Jong Il as the North's leader then.",
        "Summits (8): Singapore (ordinal 1, 'their first summit'), the White House meeting 'Thursday last week', Koizumi-Kim Jong Il in May 2004 ('second trip' -> ordinal 2) and September 2002 ('first visit' -> ordinal 1; Kim Jong Il from the public record), Moon-Kim Jong Un at Panmunjom in April ('their first meeting') and May, the Tokyo three-way summit and the Abe-Moon talks the same day. Not summits: the Trump-Abe and planned Abe-Moon phone calls, a possible Abe-Kim meeting (hypothetical).",
        "Agreements (5): the Singapore joint statement (signed; Kim's commitment and Trump's pledge are its content, not split), the Pyongyang Declaration, the Panmunjom Declaration, the Tokyo three-way joint declaration and the separate commitment to hold the summit regularly ('adopted a joint declaration and agreed to ...'). Not agreements: Trump's promise to raise the abductions (unilateral).",
        "Timexes: 'a day after' = 2018-06-13 (the date it points to); 'on Tuesday night' = 2018-06-12TNI; 'in April and May' = two expressions.",
    ],
)
