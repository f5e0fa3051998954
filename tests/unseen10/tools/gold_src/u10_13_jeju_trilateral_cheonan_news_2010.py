GOLD = dict(
    published="2010-05-31",
    furniture=[
        "Japan, China, S. Korea set up permanent secretariat, tread carefully on Cheonan",
        "May 31, 2010 | The Chubu Herald (English edition)",
        "By Kazuki Hori / Staff Writer",
        "JEJU, South Korea - ",
        "Related articles: Full text: the three leaders' vision document | Cheonan sinking: the"
        " investigation's findings",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yukio Hatoyama": ["Prime Minister Yukio Hatoyama", "Hatoyama"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Taro Aso": [],
        "Japanese government": ["Tokyo", "Japan"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("Both of our neighbors understand what is at stake", "direct", "Lee Myung-bak", "said"),
        ("stand firmly with Seoul", "partial", "Yukio Hatoyama", "said"),
        ("The most urgent task is to calm the waters", "direct", "Wen Jiabao", "said"),
    ],
    statements=[
        ("The leaders of Japan, China and South Korea wrapped up",
         ["Lee Myung-bak", "Yukio Hatoyama", "Wen Jiabao"], "promising"),
        ("President Lee Myung-bak, who chaired the third", ["Lee Myung-bak"],
         "told a closing press conference"),
        ("Japan would \"stand firmly with Seoul\"", ["Yukio Hatoyama"], "said"),
        ("He offered condolences to the families", ["Wen Jiabao"], "warned"),
        ("The summit opened on Saturday afternoon", ["Yukio Hatoyama"], "proposed"),
        ("In the first session the three leaders adopted",
         ["Lee Myung-bak", "Yukio Hatoyama", "Wen Jiabao"], "adopted"),
        ("Before the summit began, Hatoyama and Lee met", [None], "said"),
    ],
    timexes=[
        ("May 31, 2010", "2010-05-31", None),
        ("two days", "P2D", None),
        ("island [[on Sunday]] by", "2010-05-30", None),
        ("earlier this month", "2010-05", None),
        ("March 26", "2010-03-26", None),
        ("Saturday afternoon", "2010-05-29TAF", None),
        ("Vision [[2020]]\", a blueprint", "2020", None),
        ("the next ten years", "P10Y", None),
        ("South Korea [[next year]].", "2011", None),
        ("in Seoul [[on Friday]]", "2010-05-28", None),
        ("Sunday morning", "2010-05-30TMO", None),
        ("opened in [[2020]]", "2020", None),
        ("Hatoyama [[on Monday]]", "2010-05-31", None),
        ("December 2008", "2008-12", None),
        ("last October", "2009-10", None),
        ("the weekend", "2010-W21-WE", None),
    ],
    summits=[
        dict(date="2010-05-29/2010-05-30", place="Jeju", country="KR",
             participants=["Lee Myung-bak", "Yukio Hatoyama", "Wen Jiabao"],
             kind="trilateral", ordinal=3, status="held", occasion=None,
             evidence=["The leaders of Japan, China and South Korea wrapped up",
                       "President Lee Myung-bak, who chaired the third",
                       "The summit opened on Saturday afternoon",
                       "In the first session the three leaders adopted",
                       "On Sunday morning the three leaders took part"]),
        dict(date="2010-05-29", place="Jeju", country="KR",
             participants=["Yukio Hatoyama", "Lee Myung-bak"], kind="sidelines",
             ordinal=None, status="held", occasion="the trilateral summit",
             evidence=["Before the summit began, Hatoyama and Lee met"]),
        dict(date="2010-05-28", place="Seoul", country="KR",
             participants=["Wen Jiabao", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Wen had held his own talks with Lee in Seoul on Friday"]),
        dict(date="2010-05-31", place="Tokyo", country="JP",
             participants=["Wen Jiabao", "Yukio Hatoyama"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Wen flies to Tokyo for talks with Hatoyama on Monday."]),
        dict(date="2008-12", place="Fukuoka", country="JP",
             participants=["Taro Aso", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=1, status="held", occasion=None,
             evidence=["The trilateral gathering, first held as a stand-alone event"]),
        dict(date="2009-10", place="Beijing", country="CN",
             participants=["Yukio Hatoyama", "Lee Myung-bak", "Wen Jiabao"],
             kind="trilateral", ordinal=2, status="held", occasion=None,
             evidence=["Beijing hosted the second last October."]),
    ],
    agreements=[
        dict(title="keep consulting closely on the Cheonan sinking", kind="commitment",
             date="2010-05-30", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["The leaders of Japan, China and South Korea wrapped up"]),
        dict(title="Trilateral Cooperation Vision 2020", kind="joint-statement",
             date="2010-05-29", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["In the first session the three leaders adopted"]),
        dict(title="memorandum on a permanent trilateral cooperation secretariat", kind="mou",
             date="2010-05-29", parties=["CN", "JP", "KR"], status="signed",
             evidence=["In the first session the three leaders adopted"]),
    ],
    notes=[
        "Invented news story from a Japanese daily's English edition (headline, date/outlet"
        " line, byline, dateline and 'Related articles' line are furniture; the date line is"
        " annotated). Outlet, reporter and all quotes are invented (Hatoyama's partial and Wen's"
        " sentence are invented wording for positions reported at the time). Real background:"
        " Korean presidential office page (third trilateral on Jeju, May 29-30; Lee at the"
        " press conference on Sunday; continued consultation on the Cheonan); chinadaily"
        " 2015-10-27 (permanent secretariat; exchange on the Cheonan); oananews Kyodo 2010-05-29"
        " (silence proposed by Hatoyama; Hatoyama-Lee talks ahead of the summit; Seoul seeking"
        " Security Council action; torpedo finding; 46 sailors); Korea Times 2010-05-30 (time"
        " capsule with letters from 2,020 students; joint statement wording); Kantei 2010-05-30"
        " (Vision 2020 and the memorandum on the secretariat); KBS 2010-05-29 (Saturday"
        " afternoon session at the Jeju convention center; Vision 2020; secretariat in Korea in"
        " 2011); Chosun 2010-05-31 (Hatoyama's support at the Security Council; six-party talks"
        " only after an apology; Wen's caution); Shanghai Daily and BBC via rantburg (Wen's"
        " arrival in Seoul and Friday talks with Lee); AFP via blog 2010-05-23 (four-nation tour;"
        " Wen to meet Hatoyama in Tokyo on 31 May); korea.net (Fukuoka trilateral of December"
        " 2008); jejuweekly (Beijing trilateral of October 2009). From general knowledge: the"
        " capsule to be opened in 2020, Hatoyama's Futenma troubles.",
        "Summits (6): the Jeju trilateral over two days (ordinal 3); Hatoyama-Lee before the"
        " summit (sidelines); Wen-Lee in Seoul 2010-05-28; Wen-Hatoyama in Tokyo (planned for"
        " the publication day, 2010-05-31); the Fukuoka (ordinal 1) and Beijing (ordinal 2)"
        " trilaterals, whose participants are not named in the text and are given as the"
        " leaders then in office (Aso, Lee, Wen; Hatoyama, Lee, Wen; debatable).",
        "Agreements (3): the Cheonan consultation commitment; Vision 2020 (kind joint-statement"
        " for a jointly adopted vision document; debatable); the memorandum on the secretariat"
        " (mou, signed). Not agreements: the silence at Hatoyama's proposal (a one-off act, not"
        " a course of action between governments), Japan's support at the Security Council"
        " (unilateral), the time capsule ceremony.",
        "Timexes: the year in the title 'Trilateral Cooperation Vision 2020' is annotated;"
        " '2,020' (a count of students) is not a year. 'the weekend' = 2010-W21-WE.",
    ],
)
