# ruff: noqa: E501
BIDEN = "On November 13 in Phnom Penh I held a summit meeting with President Biden"
TRI = "On the same day the three leaders of Japan"
YOON = "Also on the 13th, I held a summit meeting with President Yoon Suk Yeol."
FIRSTKR = "It was the first formal Japan-ROK summit meeting in about three years"
AGREEKR = "Following the informal talks with President Yoon in New York"
XI = "On the evening of the 17th I met President Xi Jinping"
FIRSTCN = "This, too, was the first Japan-China summit meeting"
AGREECN = "We agreed to continue close communication at all levels"
PROP = "At the ASEAN Plus Three meeting, President Yoon proposed"

GOLD = dict(
    published="2022-11-19",
    furniture=[
        "Press Conference by Prime Minister Kishida on His Visit to Cambodia, Indonesia and Thailand\nSaturday, November 19, 2022\n[Provisional translation]",
        "[Opening Statement]", "[Questions and Answers]",
        "[[PRIME MINISTER KISHIDA: ]]Over", "[[PRIME MINISTER KISHIDA: ]]I took", "[[PRIME MINISTER KISHIDA: ]]It was", "[[PRIME MINISTER KISHIDA: ]]Invitations",
        "REPORTER (Saitama Shinbun Online): ", "REPORTER (Kansai Broadcasting): ", "REPORTER (Nikko Economic Daily): ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister Kishida", "I"],
        "Joe Biden": ["President Biden"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon"],
        "Xi Jinping": ["President Xi Jinping", "President Xi"],
        "Shinzo Abe": [],
        "Moon Jae-in": [],
        "Li Keqiang": ["Premier Li Keqiang", "the Premier"],
    },
    quotes=[],
    statements=[
        ("President Xi stated that the two countries", ["Xi Jinping"], "stated"),
        (PROP, ["Yoon Suk Yeol"], "proposed"),
    ],
    timexes=[
        ("Saturday, November 19, 2022", "2022-11-19", None),
        ("eight days", "P8D", None),
        ("this afternoon", "2022-11-19TAF", None),
        ("On [[November 13]] in Phnom Penh", "2022-11-13", None),
        ("the same day", "2022-11-13", None),
        ("the 13th", "2022-11-13", None),
        ("meeting in [[about three years]], since", "P3Y", "APPROX"),
        ("Chengdu in [[December 2019]]", "2019-12", None),
        ("New York [[in September]]", "2022-09", None),
        ("the evening of the 17th", "2022-11-17TEV", None),
        ("summit meeting in [[about three years]]; the last", "P3Y", "APPROX"),
        ("Beijing in [[December 2019]]", "2019-12", None),
        ("Next year", "2023", None),
        ("Hiroshima [[in May]]", "2023-05", None),
    ],
    summits=[
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summit meetings", evidence=[BIDEN]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"],
             kind="trilateral", ordinal=None, status="held", occasion="ASEAN-related summit meetings", evidence=[TRI]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summit meetings", evidence=[YOON, FIRSTKR, AGREEKR]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="the trilateral summit", evidence=[FIRSTKR]),
        dict(date="2022-09", place="New York", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[AGREEKR]),
        dict(date="2022-11-17", place="Bangkok", country="TH", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[XI, FIRSTCN]),
        dict(date="2019-12", place="Beijing", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FIRSTCN]),
    ],
    agreements=[
        dict(title="Phnom Penh Statement on Trilateral Partnership for the Indo-Pacific", kind="joint-statement", date="2022-11-13",
             parties=["JP", "KR", "US"], status="agreed", evidence=[TRI]),
        dict(title="aim for an early resolution of pending issues between Japan and the ROK", kind="commitment", date="2022-11-13",
             parties=["JP", "KR"], status="agreed", evidence=[AGREEKR]),
        dict(title="cooperate toward a free and open Indo-Pacific (Japan-ROK)", kind="commitment", date="2022-11-13",
             parties=["JP", "KR"], status="agreed", evidence=[AGREEKR]),
        dict(title="continue close communication at all levels toward constructive and stable relations", kind="commitment", date="2022-11-17",
             parties=["CN", "JP"], status="agreed", evidence=[AGREECN]),
        dict(title="strengthen communication in the field of security", kind="commitment", date="2022-11-17",
             parties=["CN", "JP"], status="agreed", evidence=[AGREECN]),
        dict(title="Yoon's proposal for a three-way dialogue mechanism including a leaders' summit", kind="commitment", date="2022-11",
             parties=["CN", "JP", "KR"], status="proposed", evidence=[PROP, "I took note of President Yoon's proposal."]),
    ],
    notes=[
        "Invented transcript in the style of the Japanese prime minister's office press conferences (title block, section headings, speaker labels, reporter tags and '(END)' are furniture; the date line is annotated). No quotation marks: no quotes. As in unseen15-16, the prime minister's own words are not annotated as statements; the sentences in which he reports what others stated or proposed are. All wording is invented; the reporters and their outlets are invented; the answer on a Seoul visit, the G7 invitation answer and Kishida's words to Li are invented.",
        "Real background, checked on stored pages: japanbullet.com (Kishida spoke to reporters in Thailand on Saturday after an eight-day trip; met the leaders of the US, China and South Korea; first meetings with China and South Korea in three years; agreed with Xi to continue communications; agreed with Yoon to seek an early solution and confirmed cooperation toward a free and open Indo-Pacific); worldjpn.net 20221112 (Kishida's departure press conference: ASEAN-related meetings, G20 Bali, APEC; bilateral with the US and a Japan-US-ROK trilateral arranged); eng.president.go.kr briefing (Yoon's bilateral summits with Biden and Kishida and the trilateral on 13 November in Phnom Penh; first joint statement on comprehensive affairs); presidency.ucsb.edu (the Phnom Penh Statement on Trilateral Partnership for the Indo-Pacific); news.cgtn.com 2022-11-13 (Biden met Kishida and Yoon separately earlier in the day); japannews.yomiuri 20221117-71434 and nationthailand 40022074 (Kishida-Xi in Bangkok on Thursday 17 November at 6:30 p.m., first since December 2019 when Xi met Abe in Beijing); wufengqin.com (DW: agreed on strengthening communication in the field of security; serious concerns; East China Sea); observerbd.com (Yoon proposed a three-way dialogue mechanism with China and Japan including a leaders' summit at the ASEAN meetings on Saturday 12 November; Kishida's brief exchange with Li Keqiang). From the titles of other corpora: the informal Kishida-Yoon talks in New York in September 2022; the Chengdu Moon-Abe talks of December 2019. From general knowledge: the G7 Hiroshima Summit in May 2023.",
        "Summits (7): Kishida-Biden, the Japan-US-ROK trilateral and Kishida-Yoon in Phnom Penh on 13 November; the Chengdu Abe-Moon meeting (December 2019); the New York informal talks (September 2022, recorded as a held sideline meeting, as other corpora do); Kishida-Xi in Bangkok on 17 November; Abe-Xi in Beijing (December 2019). Not summits: the 'short exchange' with Li Keqiang ('not a summit meeting', stated in the text), the G20 and APEC meetings as such, a visit to Seoul ('nothing has been decided'), the G7 Hiroshima Summit (multilateral gathering, no record).",
        "Agreements (6): the Phnom Penh Statement (joint-statement, 'issued' = agreed); two JP-KR commitments split from 'agreed to aim ... and ... confirmed that we would cooperate'; two JP-CN commitments split from 'agreed to continue ... and to strengthen'; Yoon's proposal (proposed; date from the record, month only, as the text gives none). Not agreements: the reaffirmed alliance, Kishida's concerns, invitations to the G7 ('under consideration').",
        "Timexes: 'the evening of the 17th' = 2022-11-17TEV; 'about three years' twice = P3Y APPROX; 'the same day' = 2022-11-13.",
    ],
)
