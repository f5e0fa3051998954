# ruff: noqa: E501
LEDE = "President Yoon Suk Yeol on Tuesday received a personal letter"
HAY = "Foreign Minister Yoshimasa Hayashi attended the inauguration ceremony"
HEALTHY = "Hayashi told Yoon that Kishida wished"
KISHIDA = "Keeping promises made between states"
NODATE = "No date has been set for a first Yoon-Kishida summit."
OFFICIALS = "Officials in Seoul said a meeting could come"
CHENGDU = "The last formal summit between the two countries' leaders"
MOONSUGA = "Moon never held a summit with Yoshihide Suga"
SPIRIT = "Yoon has said he wants to rebuild ties"
DELEG = "A policy delegation he sent to Tokyo in late April met Kishida"
BIDEN = "Yoon's first summit as president will be with U.S. President Joe Biden"
SCHED = "The two leaders are scheduled to hold talks on May 21"

GOLD = dict(
    published="2022-05-10",
    furniture=[
        "(LEAD) Yoon receives Kishida's letter from Japanese FM on inauguration day, summit with Tokyo yet to be scheduled\nKCN | 2022/05/10 18:47 KST\n(ATTN: UPDATES with Yoon-Hayashi meeting in paras 3-5; ADDS background)\nBy Han Se-ri",
        "SEOUL, May 10 (KCN) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon", "The president"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Yoshimasa Hayashi": ["Foreign Minister Yoshimasa Hayashi", "Hayashi"],
        "Park Jin": [],
        "Moon Jae-in": [],
        "Shinzo Abe": [],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Yoshihide Suga": [],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Office of the President of South Korea": ["Yoon's office"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("The president said he hopes", "direct", None, "said in a written briefing"),
        ("healthy", "partial", "Yoshimasa Hayashi", "told"),
        ("Keeping promises made between states", "direct", "Fumio Kishida", "told reporters"),
    ],
    statements=[
        (HAY, ["Office of the President of South Korea"], "according to"),
        (HEALTHY, ["Yoshimasa Hayashi", None], "told"),
        ("Tokyo decided not to send Kishida himself, citing", ["Government of Japan"], "citing"),
        (OFFICIALS, [None], "said"),
        (SPIRIT, ["Yoon Suk Yeol"], "has said"),
    ],
    timexes=[
        ("2022/05/10 18:47 KST", "2022-05-10T18:47", None),
        ("SEOUL, [[May 10]]", "2022-05-10", None),
        ("Yoon Suk Yeol [[on Tuesday]]", "2022-05-10", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("in the afternoon", "2022-05-10TAF", None),
        ("about four years", "P4Y", "APPROX"),
        ("dinner [[on Monday]]", "2022-05-09", None),
        ("2003", "2003", None),
        ("2008", "2008", None),
        ("Tokyo [[on Monday]]", "2022-05-09", None),
        ("1965", "1965", None),
        ("the [[2015]] deal", "2015", None),
        ("later this year", "2022", None),
        ("December 2019", "2019-12", None),
        ("1998", "1998", None),
        ("late April", "2022-04", "END"),
        ("May 20", "2022-05-20", None),
        ("three-day", "P3D", None),
        ("talks on [[May 21]]", "2022-05-21", None),
        ("[[Tuesday]]'s ceremony", "2022-05-10", None),
    ],
    summits=[
        dict(date="2022-05-21", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="bilateral", ordinal=1, status="planned", occasion=None, evidence=[BIDEN, SCHED]),
        dict(date="2022-05", place="Tokyo", country="JP", participants=["Joe Biden", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SCHED]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="Japan-China-ROK trilateral summit", evidence=[CHENGDU]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CHENGDU]),
    ],
    agreements=[
        dict(title="1965 treaty (claims settlement)", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced", evidence=[KISHIDA]),
        dict(title="2015 deal on comfort women", kind="joint-statement", date="2015", parties=["JP", "KR"],
             status="referenced", evidence=[KISHIDA]),
        dict(title="1998 joint declaration by Kim Dae-jung and Keizo Obuchi", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[SPIRIT]),
    ],
    notes=[
        "Invented Korean wire story (agency 'KCN', reporter invented; headline, stamp line, ATTN line, byline, dateline prefix and '(END)' are furniture; stamp and dateline annotated). The spokesperson's briefing, the length of the Yoon-Hayashi meeting (about 20 minutes), Hayashi's 'healthy' and Kishida's quoted words are invented (Kishida's echo his real remark).",
        "Real facts, checked on stored pages: nippon.com yjj2022050900128 (Hayashi left Monday 9 May as Kishida's special envoy for the Tuesday ceremony, to meet Yoon and Park Jin and hand over Kishida's letter; Kishida on Monday: keeping promises between countries is a basic principle); tellerreport.com 2022-05-06 and 2022-05-08 (first Japanese foreign minister's visit in about four years, since Kono in June 2018); newsonjapan.com 134216 (dinner with Park Jin on Monday; Yoon's delegation delivered a letter to Kishida last month); japannews.yomiuri 20220503-25240 (ceremony at the National Assembly; Kishida not attending for lack of progress on comfort women and wartime labor; Koizumi and Fukuda attended earlier inaugurations; Yoon's delegation in April met Kishida); world.kbs.co.kr 169508 and 169381. From general knowledge or other corpora's titles: the Yoon-Hayashi meeting on 10 May 2022; Biden's 20-22 May visit to Seoul with talks on 21 May and his Tokyo meeting with Kishida; the Chengdu summits of 24 December 2019; Moon's phone call with Kishida (October 2021) and no summit with Suga; Wang Qishan and Doug Emhoff at the ceremony; Roh's (2003) and Lee's (2008) inaugurations.",
        "Summits (4): the planned Yoon-Biden talks on 21 May (ordinal 1 from 'Yoon's first summit as president will be with'; debatable since ordinals count meetings between the two); Biden-Kishida in Tokyo (planned, 2022-05); the Moon-Abe meeting in Chengdu (sidelines of the three-way gathering) and the three-way gathering with Li Keqiang (2019-12). Not summits: Yoon's meeting with the Japanese foreign minister (not a head of government), the Hayashi-Park dinner, a first Yoon-Kishida summit ('No date has been set', 'nothing has been arranged'), Moon-Suga ('never held'), the Moon-Kishida phone call, the inaugurations of 2003 and 2008 (attendance only).",
        "Agreements (3, all referenced): the 1965 treaty, the 2015 deal (joint-statement) and the 1998 Kim-Obuchi joint declaration. Not agreements: the letters, Tokyo's decision not to send Kishida.",
        "Timexes: 'about four years' = P4Y APPROX; 'late April' = 2022-04 END; 'later this year' = 2022; 'three-day' = P3D; 'hours after' and 'years of frozen ties' are not annotated.",
    ],
)
