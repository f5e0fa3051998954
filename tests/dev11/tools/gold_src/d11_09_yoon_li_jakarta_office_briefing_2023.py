# ruff: noqa: E501
MET = "President Yoon met Premier Li for 30 minutes"
BALI = "It was the first meeting between the President and a top-level Chinese leader"
SUGGEST = "The President also noted that both countries support multilateralism"
ASK = "President Yoon then asked for China's cooperation"
AIM = "Our aim, as the chair, is to hold the summit within this year"
CAMP = "The President explained that the documents the three leaders adopted at Camp David"

GOLD = dict(
    published="2023-09-07",
    furniture=[
        "Briefing by First Deputy National Security Adviser Kim Tae-hyo on the Korea-China Summit Meeting",
        "Office of the President, Republic of Korea\nThursday, September 7, 2023\nJakarta, Indonesia",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Tae-hyo": ["First Deputy National Security Adviser Kim Tae-hyo"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon", "the President", "He"],
        "Li Qiang": ["Premier Li Qiang of the State Council of the People's Republic of China", "Premier Li", "the Premier"],
        "Xi Jinping": ["President Xi Jinping", "President Xi"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida of Japan", "the Prime Minister"],
        "Moon Jae-in": [],
        "Shinzo Abe": [],
        "Li Keqiang": [],
        "Joe Biden": [],
    },
    quotes=[],
    statements=[
        ("President Yoon said that a Korea-China relationship", ["Yoon Suk Yeol"], "said"),
        ("On North Korea, the President stressed", ["Yoon Suk Yeol"], "stressed"),
        ("He said that as the North Korean nuclear threat grows", ["Yoon Suk Yeol"], "said"),
        (SUGGEST, ["Yoon Suk Yeol"], "noted"),
        (ASK, ["Yoon Suk Yeol"], "asked"),
        ("Premier Li responded that China would take a positive view", ["Li Qiang"], "responded"),
        ("Premier Li, for his part, said that a neighbor", ["Li Qiang"], "said"),
        ("the President said that Korea would communicate closely", ["Yoon Suk Yeol"], "said"),
        (CAMP, ["Yoon Suk Yeol"], "explained"),
    ],
    timexes=[
        ("Thursday, September 7, 2023", "2023-09-07", None),
        ("30 minutes", "PT30M", None),
        ("3:20 p.m.", "2023-09-07T15:20", None),
        ("3:20 p.m. [[today]]", "2023-09-07", None),
        ("ten months", "P10M", None),
        ("last November", "2022-11", None),
        ("December 2019", "2019-12", None),
        ("trilateral process [[this year]]", "2023", None),
        ("yesterday's", "2023-09-06", None),
        ("discussed [[today]]", "2023-09-07", None),
        ("within this year", "2023", None),
        ("August 18", "2023-08-18", None),
        ("several times [[this year]]", "2023", None),
        ("on Friday", "2023-09-08", None),
    ],
    summits=[
        dict(date="2023-09-07", place="Jakarta", country="ID",
             participants=["Yoon Suk Yeol", "Li Qiang"], kind="sidelines", ordinal=None,
             status="held", occasion="the ASEAN-related summits", evidence=[MET]),
        dict(date="2022-11", place="Bali", country="ID",
             participants=["Yoon Suk Yeol", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20 summit", evidence=[BALI]),
        dict(date="2019-12", place=None, country=None,
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[ASK]),
        dict(date="2023", place=None, country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[ASK, AIM]),
        dict(date="2023-08-18", place="Camp David", country="US",
             participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[CAMP]),
    ],
    agreements=[
        dict(title="Yoon asks China's cooperation to hold the Korea-Japan-China summit in Korea at an early date",
             kind="commitment", date="2023-09-07", parties=["KR", "CN", "JP"], status="proposed",
             evidence=[ASK]),
        dict(title="Yoon suggests Korea and China work together toward a rules-based international order and stable supply chains",
             kind="commitment", date="2023-09-07", parties=["KR", "CN"], status="proposed", evidence=[SUGGEST]),
        dict(title="Camp David documents (Camp David Principles, Spirit of Camp David)", kind="joint-statement",
             date="2023-08-18", parties=["US", "JP", "KR"], status="referenced", evidence=[CAMP]),
    ],
    notes=[
        "Invented briefing in the style of South Korea's Office of the President, with Q&A (title and office/date/place lines are furniture; the date line is annotated). The meeting's start time and length, the Q&A (outlets, questions, answers) and all wording are invented; the substance of Yoon's and Li's remarks follows reports.",
        "Real facts checked on stored pages: koreaherald.com 20230907000796 (Yoon-Li meeting Thursday at the Jakarta Convention Center, briefed by First Deputy National Security Adviser Kim Tae-hyo; Korea-U.S.-Japan cooperation; China's responsible role; request for a prompt Korea-Japan-China summit on South Korean soil and Li's promise of a positive response; trilateral on hold since December 2019, Korea the chair; first talks in 10 months after the Bali summit with Xi last November; regards to Xi); world.kbs.co.kr Seq_Code 86740 (Spanish: existential issue, permanent member of the Security Council, multilateralism and free trade, rules-based order, neighbor better than a distant relative); m-en.yna.co.kr AEN20230906006300315 (ASEAN Plus Three on Sept. 6 with Li and Kishida; Yoon's pledge to communicate with Japan and China to revive trilateral mechanisms; talks to hold the trilateral before the end of the year); koreatimes.co.kr 2023/09 (seven-day trip, Jakarta then India); japannews.yomiuri 20230731-126565 (Camp David on Aug. 18). G20 in New Delhi: public record and other corpora's titles (u11_11, u16_15).",
        "Summits (5, 1 planned): Yoon-Li (sidelines), Yoon-Xi in Bali (G20 occasion from the public record), the December 2019 trilateral (place not named in the text: place and country null; participants from the public record), the planned Korea-hosted trilateral (dated 2023 from 'within this year'), Camp David. Not summits: the ASEAN Plus Three plenary, Yoon's and Kishida's plenary exchanges, 'met several times this year' (aggregate), further meetings not fixed.",
        "Agreements (3): Yoon's request for the trilateral summit (proposal), Yoon's suggestion of joint work on a rules-based order (proposal), the Camp David documents (one record, joint statement, referenced). Not agreements: Li's positive response (not an agreement to a date).",
        "Statements: the briefer's own answers are not annotated (as unseen15/16); his reports of what Yoon and Li said are.",
    ],
)
