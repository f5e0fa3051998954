# ruff: noqa: E501
LEDE = "Prime Minister Fumio Kishida on Wednesday told"
HALT = "Kishida said Japan would stop the discharge immediately"
YOON = "Yoon, who faces strong opposition to the plan at home"
ECON = "The two leaders also agreed to work toward holding high-level economic talks"
IP4 = "Earlier Wednesday, Kishida and Yoon joined"
MADRID = "It was the second time the four had met as a group"
JS = "The four leaders issued a joint statement"
AGREE = "They agreed to deepen cooperation with Southeast Asian"
ZEL = "Kishida also sat down with Ukrainian President"
EU = "Kishida arrived in Brussels early Thursday"

GOLD = dict(
    published="2023-07-13",
    furniture=[
        "The Akasaka Post\nPOLITICS / DIPLOMACY",
        "Kishida assures Yoon of water release safety, joins Indo-Pacific partners in condemning missile launch",
        "By Kenta Morioka, Staff Writer\nJuly 13, 2023 (updated 06:30 JST)",
        "[[VILNIUS - ]]Prime Minister",
        "RELATED\n- Yoon, Kishida to meet on NATO sidelines\n- IAEA backs Japan's plan to release Fukushima water",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida", "He"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon", "the President"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        "Chris Hipkins": ["New Zealand Prime Minister Chris Hipkins"],
        "Jacinda Ardern": [],
        "Volodymyr Zelenskyy": ["Ukrainian President Volodymyr Zelenskyy", "him"],
        "Government of Japan": ["the Japanese government", "Tokyo"],
    },
    quotes=[
        ("I explained Japan's position carefully", "direct", "Fumio Kishida", "told reporters"),
        ("unlawful provocation", "partial", None, "issued a joint statement"),
        ("The security of Europe and that of the Indo-Pacific", "direct", "Fumio Kishida", "said"),
        ("around the summer", "partial", "Government of Japan", "have said"),
    ],
    statements=[
        (LEDE, ["Fumio Kishida"], "told"),
        (HALT, ["Fumio Kishida", "Government of Japan"], "said"),
        (YOON, ["Yoon Suk Yeol"], "said"),
        (ECON, ["Fumio Kishida", "Yoon Suk Yeol", None], "agreed"),
        (JS, ["Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese", "Chris Hipkins"], "issued a joint statement"),
        (AGREE, ["Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese", "Chris Hipkins"], "agreed"),
        (ZEL, ["Fumio Kishida"], "told"),
        ("Tokyo has not set a date for the start", ["Government of Japan"], "have said"),
    ],
    timexes=[
        ("July 13, 2023 (updated 06:30 JST)", "2023-07-13T06:30", None),
        ("Kishida [[on Wednesday]] told", "2023-07-12", None),
        ("by [[the end of the year]], a senior", "2023", "END"),
        ("Earlier Wednesday", "2023-07-12", None),
        ("25-minute", "PT25M", None),
        ("7:45 a.m.", "2023-07-12T07:45", None),
        ("[[last year]]'s NATO summit", "2022", None),
        ("Zelenskyy [[on Wednesday]]", "2023-07-12", None),
        ("February 2022", "2022-02", None),
        ("around the summer", "2023-SU", "APPROX"),
        ("early Thursday", "2023-07-13", "START"),
        ("Tokyo [[on Friday]]", "2023-07-14", None),
    ],
    summits=[
        dict(date="2023-07-12", place="Vilnius", country="LT", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="the NATO summit", evidence=[LEDE, ECON]),
        dict(date="2023-07-12", place="Vilnius", country="LT",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese", "Chris Hipkins"],
             kind="multilateral", ordinal=2, status="held", occasion="the NATO summit", evidence=[IP4, MADRID, JS]),
        dict(date="2022", place="Madrid", country="ES",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese", "Jacinda Ardern"],
             kind="multilateral", ordinal=1, status="held", occasion="the NATO summit", evidence=[MADRID]),
        dict(date="2023-07-12", place="Vilnius", country="LT", participants=["Fumio Kishida", "Volodymyr Zelenskyy"],
             kind="sidelines", ordinal=None, status="held", occasion="the NATO summit", evidence=[ZEL]),
    ],
    agreements=[
        dict(title="work toward high-level economic talks by the end of the year", kind="commitment", date="2023-07-12",
             parties=["JP", "KR"], status="agreed", evidence=[ECON]),
        dict(title="four-country joint statement condemning North Korea's missile launch", kind="joint-statement",
             date="2023-07-12", parties=["JP", "KR", "AU", "NZ"], status="agreed", evidence=[JS]),
        dict(title="deepen cooperation with Southeast Asian and Pacific island nations", kind="commitment",
             date="2023-07-12", parties=["JP", "KR", "AU", "NZ"], status="agreed", evidence=[AGREE]),
        dict(title="strengthen work on cybersecurity and supply chains", kind="commitment",
             date="2023-07-12", parties=["JP", "KR", "AU", "NZ"], status="agreed", evidence=[AGREE]),
        dict(title="keep in close contact with one another and with the United States and European partners", kind="commitment",
             date="2023-07-12", parties=["JP", "KR", "AU", "NZ"], status="agreed", evidence=[AGREE]),
    ],
    notes=[
        "Invented Tokyo English-language daily story (The Akasaka Post and the reporter are fictional; masthead, rubric, headline, byline/stamp, the dateline prefix and the RELATED block are furniture; the stamp is annotated). Kishida's two direct quotes are invented wording ('The security of Europe ... cannot be separated' rewords a line he and his government often used); 'unlawful provocation' is the joint statement's wording as reported (speaker null); 'around the summer' is the government's reported timing.",
        "Facts checked on stored pages: nippon.com kd1051831704569267165 (Kishida told Yoon on Wednesday in Vilnius that the release conforms to international standards; agreed to work toward high-level economic talks by the end of the year); tellerreport.com 2023-07-12 and lavender.5ch.net (halt if standards exceeded, publish monitoring; Yoon respects the IAEA report; Japan to provide non-lethal equipment incl. drone detection systems; new cooperation document with NATO; arrival in Belgium early on the 13th Japan time; regular EU summit); djournal.co.kr 48206 (Yoon requested real-time sharing); japan.kantei.go.jp/101_kishida/diplomatic/202307/12ap4.html (four-way meeting on July 12 from 7:45 a.m. for about 25 minutes with Albanese, Hipkins and Yoon; joint statement condemning the July 12 launch; ASEAN and Pacific Island cooperation; close communication including with the U.S. and European countries); nippon.com yjj2023071201192 ('unlawful provocation'; cybersecurity and supply chains); japannews.yomiuri 20230630-119629 (second four-party meeting after the Madrid NATO summit last June); japannews.yomiuri 20230711-122087 (Europe and Indo-Pacific security inseparable; ITPP covering more than a dozen areas incl. disinformation and outer space; Japan-EU strategic dialogue); nippon.com yjj2023070700522 (return home on July 14); viabaltica.fi (Kishida to meet Zelenskyy in Vilnius on 12 July; the meeting itself from general knowledge). From general knowledge: Ardern as New Zealand's leader at Madrid (June 2022), the 'around the summer' timing, the February 2022 invasion.",
        "Summits (4): Vilnius Kishida-Yoon, the four-way meeting (multilateral, 'the second time the four had met as a group', ordinal 2), Madrid four-way ('a first gathering', ordinal 1; date 2022 from 'last year'; Ardern from the public record), Kishida-Zelenskyy. Not summits: the planned Japan-EU summit in Brussels (the EU's leaders are not heads of state or government of a country; not recorded), the NATO summit itself.",
        "Agreements (5): the JP-KR economic talks commitment; the four-country joint statement; three four-country commitments split from one sentence (ASEAN and Pacific islands; cybersecurity and supply chains as one course; close contact). Not agreements: Japan's undertaking to halt the release (unilateral), Yoon's request (reported here only as asked, recorded in d17_04), Japan's non-lethal aid to Ukraine (unilateral), the Japan-NATO partnership program (NATO is not a country; not recorded; debatable), the expected EU strategic dialogue (not a country).",
        "Timexes: 'around the summer' inside the partial quote = 2023-SU APPROX; 'early Thursday' = 2023-07-13 START; 'last year's' = 2022.",
    ],
)
