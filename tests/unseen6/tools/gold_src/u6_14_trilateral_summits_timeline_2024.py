GOLD = dict(
    published="2024-05-24",
    furniture=[
        "EXPLAINER\n",
        "Nine summits in 16 years: a timeline of the Korea-Japan-China leaders' meeting",
        "Published May 24, 2024 | Updated 11:30",
        "Before 2008\n", "Dec. 13, 2008 - Fukuoka", "Oct. 10, 2009 - Beijing",
        "May 29-30, 2010 - Jeju", "May 21-22, 2011 - Tokyo", "May 13, 2012 - Beijing",
        "2013-2014\n", "Nov. 1, 2015 - Seoul", "May 9, 2018 - Tokyo",
        "Dec. 24, 2019 - Chengdu", "2020-2023\n", "May 27, 2024 - Seoul",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Li Qiang": ["Premier Li Qiang"],
        "Keizo Obuchi": ["Obuchi"],
        "Kim Dae-jung": ["Kim Dae jung"],
        "Zhu Rongji": ["Zhu"],
        "Taro Aso": ["Prime Minister Taro Aso", "Aso"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Wen Jiabao": ["Premier Wen Jiabao", "Wen"],
        "Yukio Hatoyama": ["Hatoyama"],
        "Naoto Kan": ["Prime Minister Naoto Kan", "Kan"],
        "Yoshihiko Noda": ["Noda"],
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Li Keqiang": ["Premier Li Keqiang", "Li"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
    },
    quotes=[
        ("We want to put the format back on an annual footing", "direct", None,
         "told reporters"),
    ],
    statements=[],
    timexes=[
        ("May 24, 2024", "2024-05-24", None),
        ("Updated [[11:30]]", "2024-05-24T11:30", None),
        ("Monday", "2024-05-27", None),
        ("December 2019", "2019-12", None),
        ("Sunday", "2024-05-26", None),
        ("Before 2008", "2008", "BEFORE"),
        ("November 1999", "1999-11", None),
        ("Dec. 13, 2008", "2008-12-13", None),
        ("Oct. 10, 2009", "2009-10-10", None),
        ("less than a month", "P1M", "LESS_THAN"),
        ("May 29-30, 2010", "2010-05-29/2010-05-30", None),
        ("the following year", "2011", None),
        ("May 21-22, 2011", "2011-05-21/2011-05-22", None),
        ("Ten weeks", "P10W", None),
        ("March 11", "2011-03-11", None),
        ("May 13, 2012", "2012-05-13", None),
        ("[[2013-2014]]\n", "2013/2014", None),
        ("three years", "P3Y", None),
        ("Nov. 1, 2015", "2015-11-01", None),
        ("the next day", "2015-11-02", None),
        ("May 9, 2018", "2018-05-09", None),
        ("Dec. 24, 2019", "2019-12-24", None),
        ("15 months", "P15M", None),
        ("[[2020-2023]]\n", "2020/2023", None),
        ("more than four years", "P4Y", "MORE_THAN"),
        ("May 27, 2024", "2024-05-27", None),
        ("Thursday", "2024-05-23", None),
    ],
    summits=[
        dict(date="2024-05-27", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral",
             ordinal=9, status="planned", occasion=None,
             evidence=["The leaders of South Korea, Japan and China meet in Seoul",
                       "President Yoon Suk Yeol will host", "The ninth summit."]),
        dict(date="2024-05-26", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["President Yoon Suk Yeol will host"]),
        dict(date="2024-05-26", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Li Qiang"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["President Yoon Suk Yeol will host"]),
        dict(date="1999-11", place="Manila", country="PH",
             participants=["Keizo Obuchi", "Kim Dae-jung", "Zhu Rongji"], kind="trilateral",
             ordinal=None, status="held", occasion="ASEAN Plus Three",
             evidence=["The three countries' leaders first talked as a group"]),
        dict(date="2008-12-13", place="Fukuoka", country="JP",
             participants=["Taro Aso", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=1, status="held", occasion=None,
             evidence=["Prime Minister Taro Aso hosts"]),
        dict(date="2009-10-10", place="Beijing", country="CN",
             participants=["Yukio Hatoyama", "Lee Myung-bak", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["Yukio Hatoyama, less than a month into office"]),
        dict(date="2010-05-29", place="Jeju", country="KR",
             participants=["Lee Myung-bak", "Yukio Hatoyama", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["Lee hosts Hatoyama and Wen."]),
        dict(date="2011-05-21", place="Tokyo", country="JP",
             participants=["Naoto Kan", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Prime Minister Naoto Kan takes Lee and Wen"]),
        dict(date="2012-05-13", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Wen Jiabao", "Yoshihiko Noda"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["Lee, Wen and Yoshihiko Noda witness"]),
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Li Keqiang", "Shinzo Abe"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["President Park Geun-hye, Premier Li Keqiang"]),
        dict(date="2015-11-02", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="bilateral", ordinal=1,
             status="held", occasion=None,
             evidence=["Park and Abe hold their first bilateral summit"]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Abe hosts President Moon Jae-in and Li Keqiang."]),
        dict(date="2019-12-24", place="Chengdu", country="CN",
             participants=["Li Keqiang", "Moon Jae-in", "Shinzo Abe"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Li hosts Moon and Abe."]),
        dict(date="2019-12-24", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the trilateral summit",
             evidence=["Moon and Abe also meet one-on-one"]),
    ],
    agreements=[
        dict(title="joint statement for tripartite partnership (Fukuoka)",
             kind="joint-statement", date="2008-12-13", parties=["CN", "JP", "KR"],
             status="referenced", evidence=["The three adopt a joint statement"]),
        dict(title="joint statement on disaster management cooperation (Fukuoka)",
             kind="joint-statement", date="2008-12-13", parties=["CN", "JP", "KR"],
             status="referenced", evidence=["The three adopt a joint statement"]),
        dict(title="set up a permanent trilateral secretariat", kind="commitment",
             date="2010-05-29", parties=["CN", "JP", "KR"], status="referenced",
             evidence=["They agree to set up a permanent trilateral secretariat"]),
        dict(title="trilateral investment agreement", kind="treaty", date="2012-05-13",
             parties=["CN", "JP", "KR"], status="referenced",
             evidence=["Lee, Wen and Yoshihiko Noda witness"]),
        dict(title="launch talks on a trilateral FTA", kind="commitment", date="2012-05-13",
             parties=["CN", "JP", "KR"], status="referenced",
             evidence=["Lee, Wen and Yoshihiko Noda witness"]),
        dict(title="hold the trilateral summit regularly", kind="commitment",
             date="2015-11-01", parties=["CN", "JP", "KR"], status="referenced",
             evidence=["President Park Geun-hye, Premier Li Keqiang"]),
    ],
    notes=[
        "Invented test article: explainer laid out as a timeline (kicker, headline,"
        " 'Published ... | Updated' line and the date-and-place headings are furniture; their"
        " dates are annotated). The one quote (an unnamed presidential official) is"
        " invented. Real background: the ninth trilateral summit in Seoul on Monday"
        " 2024-05-27 (Yoon, Kishida, Li Qiang) with Yoon's bilateral talks with each on"
        " Sunday 2024-05-26; the 1999 Manila breakfast of Obuchi, Kim Dae-jung and Zhu"
        " Rongji at ASEAN Plus Three; stand-alone summits in Fukuoka (2008-12-13, joint"
        " statements on partnership and disaster management), Beijing (2009-10-10, Hatoyama"
        " in office since 2009-09-16), Jeju (2010-05-29/30, secretariat agreed, opened in"
        " Seoul in 2011), Tokyo (2011-05-21/22, visit to Fukushima after the 2011-03-11"
        " disaster), Beijing (2012-05-13, investment agreement, FTA talks), Seoul"
        " (2015-11-01, then the first Park-Abe summit on 2015-11-02), Tokyo (2018-05-09),"
        " Chengdu (2019-12-24, with the first formal Moon-Abe talks in 15 months); none"
        " 2013-2014 and 2020-2023.",
        "Quotes: the official's direct quote (null).",
        "Statements: none (the quote sentence is a full direct quote; timeline entries report"
        " acts, not speech).",
        "Timexes: published Friday 2024-05-24; the 'Updated 11:30' time; 'Monday' ="
        " 2024-05-27; 'Sunday' = 2024-05-26; 'Thursday' = 2024-05-23; headings: 'Before"
        " 2008' = 2008 BEFORE, single dates, two-day ranges as one interval each ('May 29-30,"
        " 2010' = 2010-05-29/2010-05-30), year ranges '2013-2014' and '2020-2023' as"
        " intervals; 'less than a month' = P1M LESS_THAN; 'the following year' = 2011; 'Ten"
        " weeks' = P10W; 'three years' = P3Y; 'the next day' = 2015-11-02; '15 months' ="
        " P15M; 'more than four years' = P4Y MORE_THAN. Not timexes: '16 years' and 'Nine"
        " summits' in the headline (furniture; '16 years' would be P16Y), 'annual'.",
        "Summits (14): the planned Seoul trilateral (ordinal 9 from 'The ninth summit') and"
        " Yoon's two planned bilaterals on Sunday; the 1999 Manila breakfast (trilateral on"
        " ASEAN Plus Three sidelines; the text says it was not a stand-alone summit, but it"
        " is an in-person meeting of three leaders, debatable); the eight earlier"
        " trilaterals (Fukuoka ordinal 1 from 'the first stand-alone meeting'; ranges dated"
        " by their first day); the Park-Abe bilateral of 2015-11-02 (ordinal 1); the Moon-Abe"
        " one-on-one in Chengdu (sidelines of the trilateral). Not summits: the 2013-2014 and"
        " 2020-2023 gaps, 'Japan is due to host next' (no date).",
        "Agreements (6): two Fukuoka joint statements; the secretariat commitment (Jeju, dated"
        " by the first day); the 2012 investment agreement and FTA-talks commitment; the 2015"
        " commitment to hold the summit regularly. All referenced (past events in a"
        " timeline). Not agreements: the official's wish for an annual footing.",
    ],
)
