# ruff: noqa: E501
PP = "The dispute lands just a month after"
LATER = "Later that day the two joined"
MADRID = "The trilateral meeting was the second of the year"
NY = "Yoon and Kishida had also spoken for about 30 minutes"
GSOMIA = "Officials in Seoul stress that the new strategy"
DECL = "Yoon has said he wants to revive"

GOLD = dict(
    published="2022-12-16",
    furniture=[
        "[Diplomacy]\nSeoul protests Dokdo claim in Japan's new security strategy, seeks say on 'counterstrike'\nBy Park Seo-yeon\n"
        "Published : Dec. 16, 2022 - 20:31 Updated : Dec. 16, 2022 - 22:05",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Government of South Korea": ["South Korea", "Seoul"],
        "Lim Soo-suk": ["foreign ministry spokesperson Lim Soo-suk"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Yoon Suk Yeol": ["Yoon"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Han Jae-won": ["Han Jae-won, a professor of international relations at Hwarang University"],
    },
    quotes=[
        ("wrongful claim", "partial", "Lim Soo-suk", "called"),
        ("future-oriented", "partial", "Lim Soo-suk", "said"),
        ("Seoul can live with a stronger Japan", "direct", "Han Jae-won", "said"),
        ("What it cannot accept is a Japan", "direct", "Han Jae-won", None),
    ],
    statements=[
        ("South Korea lodged a strong protest Friday", ["Government of South Korea"], "lodged a strong protest"),
        ("In a commentary, foreign ministry spokesperson", ["Lim Soo-suk"], "called"),
        ("A foreign ministry official said any exercise", [None], "said"),
        ("A Japanese government official was quoted", [None], "was quoted"),
        (LATER, ["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], "pledged"),
        (GSOMIA, [None], "stress"),
        (DECL, ["Yoon Suk Yeol"], "said"),
        ("A senior presidential official said the government", [None], "said"),
    ],
    timexes=[
        ("Published : [[Dec. 16, 2022 - 20:31]]", "2022-12-16T20:31", None),
        ("Updated : [[Dec. 16, 2022 - 22:05]]", "2022-12-16T22:05", None),
        ("strong protest [[Friday]]", "2022-12-16", None),
        ("adopted [[Friday]]", "2022-12-16", None),
        ("the next five years", "P5Y", None),
        ("just [[a month after]]", "2022-12-16", None),
        ("Nov. 13", "2022-11-13", None),
        ("Later that day", "2022-11-13", None),
        ("second of [[the year]]", "2022", None),
        ("late June", "2022-06", "END"),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("New York in [[September]]", "2022-09", None),
        ("signed in [[2016]]", "2016", None),
        ("operation [[this year]]", "2022", None),
        ("1998", "1998", None),
    ],
    summits=[
        dict(date="2022-11-13", place="Phnom Penh", country="KH",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related meetings", evidence=[PP]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], kind="trilateral", ordinal=None,
             status="held", evidence=[LATER, MADRID]),
        dict(date="2022-06", place="Madrid", country="ES",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], kind="trilateral", ordinal=None,
             status="held", occasion="NATO summit", evidence=[MADRID]),
        dict(date="2022-09", place="New York", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="the UN General Assembly", evidence=[NY]),
    ],
    agreements=[
        dict(title="Phnom Penh Statement", kind="joint-statement", date="2022-11-13",
             parties=["JP", "KR", "US"], status="referenced", evidence=[LATER]),
        dict(title="share North Korean missile warning data in real time", kind="commitment", date="2022-11-13",
             parties=["JP", "KR", "US"], status="referenced", evidence=[LATER]),
        dict(title="General Security of Military Information Agreement (GSOMIA)", kind="treaty", date="2016",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA]),
        dict(title="1998 joint declaration by Kim Dae-jung and Keizo Obuchi", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
    ],
    notes=[
        "Invented Seoul English-language daily story (Korea Herald / JoongAng style): rubric, headline, byline and 'Published : / Updated :' stamp are furniture (the stamp is annotated). Reporter Park Seo-yeon, Professor Han Jae-won and 'Hwarang University' are invented; the analyst's quote is invented; 'wrongful claim' and 'future-oriented' are short fragments reworded from the spokesperson's commentary; the senior presidential official's remark and the stamp times are invented.",
        "Facts checked on stored pages: m-en.yna.co.kr AEN20221216009700325 and m.koreaherald.com ud=20221216000567 (Friday 16 December 2022: protest over the Dokdo claim in the revised National Security Strategy, spokesperson Lim Soo-suk's commentary, demand for deletion, Japanese embassy diplomat and defense attache called in; three documents approved by Kishida's Cabinet; counterstrike capability); world.kbs.co.kr 174544; koreadailyus.com (JoongAng: foreign ministry official on close consultation and Seoul's approval in advance; a Japanese official on not needing permission); presidency.ucsb.edu (Phnom Penh Statement of the three leaders at the East Asia Summit, their second trilateral meeting that year); english.hani.co.kr 1067184 and news.kbs.co.kr 5600901 (Phnom Penh trilateral on 13 November: real-time missile warning data); balitangmarino.com (the three last met in late June at the NATO summit in Madrid). General knowledge: Yoon-Kishida first formal summit on 13 November 2022 in Phnom Penh; their informal talks of about 30 minutes in New York on 21 September 2022; GSOMIA signed in November 2016; the 1998 Kim-Obuchi declaration; Yoon's references to it.",
        "Summits (4): Yoon-Kishida in Phnom Penh ('first formal summit': ordinal left null because the New York informal talks are also recorded as a meeting, debatable), the Phnom Penh trilateral with Biden, the Madrid trilateral in late June, the New York talks in September. Not summits: the Cabinet meeting, the ministries' summonses.",
        "Agreements (4): the Phnom Penh Statement and its real-time data-sharing pledge (two records), GSOMIA (2016), the 1998 joint declaration. Not agreements: Japan's three documents and its defense spending plan (unilateral), Seoul's demand for consultation and consent, the continuing forced labor talks.",
        "Timexes: 'just a month after' takes the date it points to (the dispute, 16 December); 'in late June' = 2022-06 END; 'the second of the year' = 2022.",
    ],
)
