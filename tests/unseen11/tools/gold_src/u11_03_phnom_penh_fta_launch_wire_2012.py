GOLD = dict(
    published="2012-11-20",
    furniture=[
        "UPDATE 1-China, Japan, S.Korea open FTA talks as island rows keep leaders apart",
        "Tue Nov 20, 2012 6:52pm ICT",
        "By Dara Kem and Noh Eun-ji",
        "PHNOM PENH (Mekong Wire) - ",
        "(Editing by Rupert Hale)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda", "Noda"],
        "Wen Jiabao": ["Premier Wen Jiabao", "Wen"],
        "Hun Sen": ["Cambodian Prime Minister Hun Sen"],
        "Nguyen Tan Dung": ["Vietnamese Prime Minister Nguyen Tan Dung"],
        "Bark Tae-ho": ["South Korean Trade Minister Bark Tae-ho", "Bark"],
        "Yukio Edano": ["Japanese Economy, Trade and Industry Minister Yukio Edano"],
        "Chen Deming": ["Chinese Commerce Minister Chen Deming"],
        "South Korean presidential office": ["Lee's office"],
        "Ines Marchetti": [],
    },
    quotes=[
        ("If anything, we are starting late,", "direct", "Bark Tae-ho", "told reporters"),
        ("The companies of our three countries", "direct", "Bark Tae-ho", "told reporters"),
        ("The ministers have saved the economic track", "direct", "Ines Marchetti", "said"),
        ("Nobody in this room expects", "direct", "Ines Marchetti", "said"),
    ],
    statements=[
        ("Trade ministers from China, Japan and South Korea announced",
         ["Bark Tae-ho", "Yukio Edano", "Chen Deming"], "announced"),
        ("made the announcement after meeting on the sidelines",
         ["Bark Tae-ho", "Yukio Edano", "Chen Deming"], "made the announcement"),
        ("The first round of negotiations will take place",
         ["Bark Tae-ho", "Yukio Edano", "Chen Deming"], "said in a joint press statement"),
        ("Lee held talks with Wen on Monday", ["Lee Myung-bak", "Wen Jiabao", None], "voiced"),
        ("Lee also met Vietnamese Prime Minister",
         ["Lee Myung-bak", "Nguyen Tan Dung", "South Korean presidential office"], "agreed"),
        ("The three leaders had agreed at their summit in Beijing",
         ["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"], "agreed"),
    ],
    timexes=[
        ("Tue Nov 20, 2012 6:52pm ICT", "2012-11-20T18:52", None),
        ("agreement [[on Tuesday]], rescuing", "2012-11-20", None),
        ("in the spring", "2012-SP", None),
        ("early next year", "2013", "START"),
        ("Plus Three meeting [[on Monday]]", "2012-11-19", None),
        ("with Wen [[on Monday]]", "2012-11-19", None),
        ("third meeting [[this year]]", "2012", None),
        ("Dec. 16", "2012-12-16", None),
        ("claim [[in August]]", "2012-08", None),
        ("May 13", "2012-05-13", None),
        ("within the year", "2012", None),
        ("in 2004", "2004", None),
    ],
    summits=[
        dict(date="2012-11-19", place="Phnom Penh", country="KH",
             participants=["Lee Myung-bak", "Wen Jiabao"], kind="sidelines", ordinal=3,
             status="held", occasion="the ASEAN Plus Three meeting and East Asia Summit",
             evidence=["Lee held talks with Wen on Monday"]),
        dict(date="2012-11", place="Phnom Penh", country="KH",
             participants=["Lee Myung-bak", "Nguyen Tan Dung"], kind="sidelines", ordinal=None,
             status="held", occasion="the ASEAN Plus Three meeting and East Asia Summit",
             evidence=["Lee also met Vietnamese Prime Minister"]),
        dict(date="2012-05-13", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The three leaders had agreed at their summit in Beijing"]),
    ],
    agreements=[
        dict(title="launch of China-Japan-ROK FTA negotiations (first round early 2013)",
             kind="commitment", date="2012-11-20", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["Trade ministers from China, Japan and South Korea announced",
                       "made the announcement after meeting on the sidelines",
                       "The first round of negotiations will take place"]),
        dict(title="joint press statement of the three trade ministers", kind="joint-statement",
             date="2012-11-20", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["The first round of negotiations will take place"]),
        dict(title="leaders' agreement to launch trilateral FTA negotiations within 2012",
             kind="commitment", date="2012-05-13", parties=["CN", "JP", "KR"],
             status="referenced",
             evidence=["The three leaders had agreed at their summit in Beijing"]),
        dict(title="China-Japan-ROK trilateral investment agreement", kind="treaty",
             date="2012-05-13", parties=["CN", "JP", "KR"], status="referenced",
             evidence=["The three leaders had agreed at their summit in Beijing"]),
        dict(title="work toward early conclusion of Korea-Vietnam FTA negotiations",
             kind="commitment", date="2012-11", parties=["KR", "VN"], status="agreed",
             evidence=["Lee also met Vietnamese Prime Minister"]),
    ],
    notes=[
        "Invented international wire story (headline, stamp, byline, dateline and credit line are"
        " furniture; the stamp is annotated in its own time zone). Outlet, reporters, editor,"
        " the analyst and every quote (Bark's two sentences included) are invented. Real"
        " background: China Daily / Xinhua 2012-11-21 and MOFCOM (ministers Chen Deming, Yukio"
        " Edano and Bark Tae-ho met in Phnom Penh on 20 November and announced the launch of"
        " trilateral FTA negotiations; press statement; first round in early 2013; leaders'"
        " consensus in Beijing on 13 May 2012 to launch within the year); Asahi 2012-11-20 (Hun"
        " Sen between Noda and Wen in the photo row; Lee-Wen talks, their third of the year, both"
        " criticising Japan; no Japan-China talks); Korea Herald 2012-11-19 (no three-way leaders'"
        " summit, a first; Lee and Nguyen Tan Dung agreed to work for early conclusion of FTA"
        " negotiations); Kotra (bilateral Korea-Japan FTA talks suspended in 2004); Jerusalem"
        " Post (investment treaty unveiled at the Beijing summit). From general knowledge: the"
        " Japanese general election of 16 December 2012 and Lee's visit to the islets in August"
        " 2012 (also in other corpora).",
        "Summits (3): Lee-Wen 2012-11-19 (sidelines; ordinal 3 from 'their third meeting this"
        " year', following unseen10's reading of 'the fourth time in five months'; debatable:"
        " null); Lee-Nguyen Tan Dung (date 2012-11: 'during his stay'); the Beijing trilateral"
        " of 2012-05-13. Not summits: the trilateral that was not held, Noda's non-meetings with"
        " Lee and Wen, the ASEAN Plus Three meeting and the East Asia Summit (occasions), the"
        " family photo, the ministers' meeting.",
        "Agreements (5): the FTA launch (one record: the first round early next year is the"
        " schedule of the same course of action; debatable: a second commitment); the ministers'"
        " joint press statement; the May leaders' commitment to launch within 2012 (a separate,"
        " earlier act, referenced; debatable: evidence of the same record); the trilateral"
        " investment agreement (referenced); the Korea-Vietnam FTA commitment. Not agreements:"
        " the suspended Korea-Japan bilateral talks.",
        "Timexes: 'in the spring' (past tense) = 2012-SP; 'early next year' = 2013 START;"
        " 'within the year' = 2012. Not annotated: 'for years', 'for the first time in years'"
        " (vague).",
    ],
)
