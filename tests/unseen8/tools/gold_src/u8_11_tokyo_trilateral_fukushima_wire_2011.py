GOLD = dict(
    published="2011-05-22",
    furniture=[
        "China, South Korea leaders back Japan's recovery at Tokyo summit after Fukushima visit",
        "May 22, 2011 / 6:31 PM", "By Dora Lindqvist", "TOKYO (Meridian Wire) - ",
        "(Editing by Piet Koster)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Naoto Kan": ["Japanese Prime Minister Naoto Kan", "Kan"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee"],
        "Taro Aso": ["Aso"],
        "Ines Carvalho": ["Carvalho"],
    },
    quotes=[
        ("Our friends came to Fukushima", "direct", "Naoto Kan", "told a joint news conference"),
        ("We must be guided by science", "direct", "Wen Jiabao", "said"),
        ("Transparency is the price of trust", "direct", "Lee Myung-bak", "said"),
        ("For Kan, this was the easiest day", "direct", "Ines Carvalho", "said"),
        ("For the people in those shelters", "direct", "Ines Carvalho", None),
    ],
    statements=[
        ("The leaders of Japan, China and South Korea agreed on Sunday",
         ["Naoto Kan", "Wen Jiabao", "Lee Myung-bak"], "agreed"),
        ("In a summit declaration, the three governments pledged",
         ["Naoto Kan", "Wen Jiabao", "Lee Myung-bak"], "pledged"),
        ("They also agreed to speed up a joint study", ["Naoto Kan", "Wen Jiabao",
                                                        "Lee Myung-bak"], "agreed"),
        ("Wen said China would ease", ["Wen Jiabao"], "said"),
        ("Lee said South Korea's neighbors deserved", ["Lee Myung-bak"], "said"),
        ("Kan had originally proposed holding the summit", [None], "said"),
    ],
    timexes=[
        ("May 22, 2011 / 6:31 PM", "2011-05-22T18:31", None),
        ("agreed on [[Sunday]] to share", "2011-05-22", None),
        ("a day after", "2011-05-21", None),
        ("March 11", "2011-03-11", None),
        ("[[within the year]]", "2011", None),
        ("[[last month]], which", "2011-04", None),
        ("on Saturday afternoon", "2011-05-21TAF", None),
        ("since [[2008]], when", "2008", None),
        ("in China in [[2012]]", "2012", None),
        ("[[Thursday]].", "2011-05-26", None),
        ("of the month", "2011-05", None),
    ],
    summits=[
        dict(date="2011-05-22", place="Tokyo", country="JP",
             participants=["Naoto Kan", "Wen Jiabao", "Lee Myung-bak"], kind="trilateral",
             ordinal=4, status="held", occasion=None,
             evidence=["The leaders of Japan, China and South Korea agreed on Sunday",
                       "Japanese Prime Minister Naoto Kan hosted Chinese Premier",
                       "The gathering was the fourth stand-alone summit"]),
        dict(date="2008", place="Fukuoka", country="JP",
             participants=["Taro Aso", "Wen Jiabao", "Lee Myung-bak"], kind="trilateral",
             ordinal=1, status="held", occasion=None,
             evidence=["The gathering was the fourth stand-alone summit"]),
        dict(date="2012", place=None, country="CN",
             participants=["Naoto Kan", "Wen Jiabao", "Lee Myung-bak"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["The next is to be held in China in 2012."]),
    ],
    agreements=[
        dict(title="Tokyo trilateral summit declaration", kind="joint-declaration",
             date="2011-05-22", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["In a summit declaration, the three governments pledged"]),
        dict(title="nuclear safety cooperation incl. early notification of accidents",
             kind="commitment", date="2011-05-22", parties=["CN", "JP", "KR"],
             status="agreed",
             evidence=["The leaders of Japan, China and South Korea agreed on Sunday",
                       "In a summit declaration, the three governments pledged"]),
        dict(title="cooperation on disaster response / disaster information network",
             kind="commitment", date="2011-05-22", parties=["CN", "JP", "KR"],
             status="agreed",
             evidence=["The leaders of Japan, China and South Korea agreed on Sunday",
                       "In a summit declaration, the three governments pledged"]),
        dict(title="speed up the trilateral FTA joint study, finish within the year",
             kind="commitment", date="2011-05-22", parties=["CN", "JP", "KR"],
             status="agreed",
             evidence=["They also agreed to speed up a joint study"]),
    ],
    notes=[
        "Invented test article (international wire: headline, stamp, byline, bare dateline and"
        " editing line are furniture; stamp annotated). Reporter, outlet, stamp, all quotes and"
        " the analyst and her institute are invented. Real background (Highlighting Japan June"
        " 2011, Inquirer/AFP 2011-05-22, Kyodo via OANA 2011-05-18, Korea Herald 2011-05-18,"
        " Asahi via jdarchive): summit at the State Guest House in Tokyo on Sunday 2011-05-22;"
        " on 2011-05-21 Wen (Natori) and Lee (Sendai) visited Miyagi, then joined Kan at a"
        " gymnasium shelter in Fukushima City about 60 km from the plant and ate local"
        " cherries; first foreign leaders in Fukushima since 2011-03-11; fourth trilateral,"
        " annual since Fukuoka 2008; Japan's earlier idea of holding it in Fukushima; concern"
        " in Korea over the April water release. From general knowledge: the summit"
        " declaration and its nuclear safety / disaster management cooperation, the FTA joint"
        " study to be completed within 2011, Wen's announcement on easing food curbs, China"
        " hosting in 2012, calls on Kan to resign, the Deauville G8 on 2011-05-26/27.",
        "Quotes: Carvalho's quote split by 'said ...' -> two.",
        "Statements: 'Kan had originally proposed ..., officials ... said' -> null speaker"
        " (the officials).",
        "Timexes: 'a day after' = 2011-05-21; 'within the year' = 2011; 'last month' ="
        " 2011-04; 'Thursday' = 2011-05-26 (future); 'of the month' (in 'the easiest day of"
        " the month') = 2011-05 (debatable).",
        "Summits (3): Tokyo trilateral (ordinal 4, from 'the fourth stand-alone summit');"
        " Fukuoka 2008 (ordinal 1; participants from the public record though the article"
        " names only Wen and Lee today, Aso is not in the text: debatable); the 2012 summit in"
        " China (planned; participants as the article's current leaders, debatable). Not"
        " summits: the joint Fukushima shelter visit (part of the same meeting), the G8"
        " (gathering).",
        "Agreements (4): the summit declaration (joint-declaration); nuclear safety"
        " cooperation; disaster cooperation; FTA study. Not agreements: Wen's easing of food"
        " curbs (unilateral), Kan's venue idea (meeting logistics, debatable).",
    ],
)
