# ruff: noqa: E501
LEDE = "Japanese Prime Minister Shinzo Abe and Chinese President Xi Jinping pledged on Friday"
RECEIVED = "Xi received Abe at the Great Hall of the People"
OPENED = "Our relations are back on a normal track"
SWAP = "The two central banks signed a three-year swap arrangement"
MAY = "Abe and Li had agreed in Tokyo in May"
SAR = "The governments also inked an agreement on maritime search and rescue"
INVITE = "Abe invited Xi to make a state visit to Japan next year."
TREATY = "The trip falls in the 40th anniversary year"
VLAD = "Abe and Xi last met in September in Vladivostok"
NY = "South Korean President Moon Jae-in held talks with Abe in New York"
NEXT = "China is due to host the next trilateral summit"
HAN = "South Korea and Japan let their own bilateral swap arrangement expire"

GOLD = dict(
    published="2018-10-26",
    furniture=[
        "UPDATE 2-Japan's Abe, China's Xi seek \"new stage\" in Beijing talks; swap line revived as Seoul looks on\nBy Daniel Okafor and Mei Tanaka",
        "BEIJING, Oct 26 (Meridian Wire) - ",
        "SEOUL WATCHES",
        "(Reporting by Daniel Okafor in Beijing and Mei Tanaka in Tokyo; Additional reporting by Park Sun-woo in Seoul; Editing by Clare Hoffman)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe", "the Japanese leader"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Li Keqiang": ["Premier Li Keqiang", "Li"],
        "Vladimir Putin": ["Russian President Vladimir Putin"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Han Ji-soo": ["Han Ji-soo, a researcher at the Yeouido Institute for Regional Studies"],
    },
    quotes=[
        ('what Abe called a "[[new stage]]"', "partial", "Shinzo Abe", "called"),
        ("Our relations are back on a normal track", "direct", "Xi Jinping", "told"),
        ("from competition to coordination", "partial", "Shinzo Abe", "replied"),
        ("at an early date", "partial", None, "agreed"),
        ("Seoul has no objection to warmer", "direct", "Han Ji-soo", "said"),
        ("welcomes any step that contributes", "partial", None, "said"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Xi Jinping"], "pledged"),
        ("Abe replied that he wanted the neighbours", ["Shinzo Abe"], "replied"),
        ("Japanese officials said the two sides had agreed", [None], "said"),
        ("Chinese officials said the invitation would be given", [None], "said"),
        (VLAD, ["Shinzo Abe", "Xi Jinping"], "agreed"),
        ("A South Korean foreign ministry official, speaking on condition", [None], "said"),
    ],
    timexes=[
        ("BEIJING, [[Oct 26]] (Meridian", "2018-10-26", None),
        ("pledged [[on Friday]]", "2018-10-26", None),
        ("seven years", "P7Y", None),
        ("the late afternoon", "2018-10-26TAF", "END"),
        ("on Thursday", "2018-10-25", None),
        ("three-day", "P3D", None),
        ("three-year", "P3Y", None),
        ("agreed in Tokyo [[in May]]", "2018-05", None),
        ("in 2013", "2013", None),
        ("the end of the year", "2018", "END"),
        ("Japan [[next year]]. Chinese", "2019", None),
        ("1978", "1978", None),
        ("in September", "2018-09", None),
        ("this week's", "2018-W43", None),
        ("last month", "2018-09", None),
        ("gathered in Tokyo [[in May]]", "2018-05", None),
        ("since 2015", "2015", None),
        ("some time [[next year]]", "2019", None),
        ("expire in [[2015]]", "2015", None),
    ],
    summits=[
        dict(date="2018-10-26", place="Beijing", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE, RECEIVED, OPENED]),
        dict(date="2018-10-26", place="Beijing", country="CN", participants=["Shinzo Abe", "Li Keqiang"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[RECEIVED]),
        dict(date="2018-05", place="Tokyo", country="JP", participants=["Shinzo Abe", "Li Keqiang"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MAY]),
        dict(date="2018-09", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[VLAD]),
        dict(date="2018-09", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the United Nations General Assembly", evidence=[NY]),
        dict(date="2018-05", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[NY]),
        dict(date="2019", place=None, country="CN", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[NEXT]),
    ],
    agreements=[
        dict(title="Japan-China currency swap arrangement (200 billion yuan / 3.4 trillion yen, three years)", kind="mou",
             date="2018-10-26", parties=["CN", "JP"], status="signed", evidence=[LEDE, SWAP]),
        dict(title="Abe-Li agreement to bring the swap line back at an early date", kind="commitment",
             date="2018-05", parties=["CN", "JP"], status="referenced", evidence=[MAY]),
        dict(title="previous Japan-China swap pact (lapsed in 2013)", kind="mou",
             date=None, parties=["CN", "JP"], status="referenced", evidence=[MAY]),
        dict(title="agreement on maritime search and rescue cooperation", kind="treaty",
             date="2018-10-26", parties=["CN", "JP"], status="signed", evidence=[LEDE, SAR]),
        dict(title="convene a high-level consultation on maritime affairs before the end of the year", kind="commitment",
             date="2018-10-26", parties=["CN", "JP"], status="agreed", evidence=[SAR]),
        dict(title="invitation to Xi for a state visit to Japan next year", kind="commitment",
             date="2018-10-26", parties=["CN", "JP"], status="proposed", evidence=[INVITE]),
        dict(title="1978 Treaty of Peace and Friendship between Japan and China", kind="treaty",
             date="1978", parties=["CN", "JP"], status="referenced", evidence=[TREATY]),
        dict(title="speed up preparations for Abe's visit to China (Vladivostok)", kind="commitment",
             date="2018-09", parties=["CN", "JP"], status="referenced", evidence=[VLAD]),
        dict(title="South Korea-Japan bilateral swap arrangement (expired in 2015)", kind="mou",
             date=None, parties=["JP", "KR"], status="referenced", evidence=[HAN]),
    ],
    notes=[
        "Invented international wire story (agency 'Meridian Wire', reporters, editor, researcher and institute invented; headline, byline, dateline prefix, section heading and credit line are furniture; the dateline date is annotated). All quotes are invented, including the words given to Xi; Abe's 'new stage' and 'from competition to coordination' are short phrases attributed to him, not copied sentences.",
        "Real background, checked on stored pages: america.cgtn.com 2018-10-26 (Abe met China's leadership Friday, first official visit by a Japanese leader to Beijing in seven years; Li Keqiang welcomed him; talks with Xi; swap of 200 billion yuan / 3.4 trillion yen); getnewsfirst.com (Reuters: three-day visit, arrived Thursday, signing ceremony with Li, swap pact, Abe to meet Xi later Friday); filipino.cri.cn (swap has a three-year validity); ccasindia.org (search and rescue agreement signed; meeting by the end of the year to avoid confrontations in the air and at sea; Abe met students at Peking University); japantimes 2018-05-04 (swap made in 2002, not renewed since 2013; Li to attend the Tokyo trilateral with Moon; Xi invited to Japan; Abe-Li to announce swap); manila-stv.ph and oananews (Abe and Li agreed in Tokyo in May to reinstate the swap at an early date); actionforex (Tokyo trilateral, first since 2015); yahoo.com Reuters 2018-09-12 and asahi.com AJ201809120050 (Abe-Xi in Vladivostok on 12 September; agreed to work toward an October visit; 40th anniversary of the 1978 treaty; Abe wishes to invite Xi to Japan). From the titles of the project's other corpora: the Moon-Abe meeting in New York in September 2018; the lapse of the Korea-Japan swap in 2015 (February). The 'high-level consultation' wording, the Chinese officials' reply and the Seoul reaction are invented.",
        "Summits (7): Abe-Xi and Abe-Li in Beijing on 26 October (the talks with Li reported through 'had sat down with'); Abe-Li in Tokyo in May (Li's official visit, told through 'had agreed in Tokyo in May'); Abe-Xi in Vladivostok (sidelines of the Eastern Economic Forum); Moon-Abe in New York (UN General Assembly); the Tokyo trilateral in May; the planned trilateral in China 'next year' (participants from the public record: the Chinese side at the trilateral is the premier). Not summits: the state visit Xi was invited to make (only an invitation), the signing ceremony, the Peking University visit.",
        "Agreements (9): the 2018 swap (mou, signed), the May commitment to revive it (referenced), the old swap that lapsed in 2013 (mou, referenced, date null: the text gives only its lapse), the search-and-rescue agreement (treaty, signed), the maritime consultation before year-end (commitment, agreed), Abe's invitation (proposed), the 1978 treaty (referenced), the Vladivostok commitment to speed up preparations (referenced), the Korea-Japan swap that expired in 2015 (mou, date null). Not agreements: the 'batch of documents' (unspecified), Seoul's welcome.",
        "Timexes: 'the late afternoon' = 2018-10-26TAF with END; 'this week's' = 2018-W43; 'the end of the year' = 2018 END; 'next year' twice = 2019; '40th anniversary' is an ordinal.",
    ],
)
