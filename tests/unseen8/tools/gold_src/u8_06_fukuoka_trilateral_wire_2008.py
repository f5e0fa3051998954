GOLD = dict(
    published="2008-12-13",
    furniture=[
        "(2nd LD) Leaders of S. Korea, Japan, China hold first stand-alone summit, vow to act"
        " together on crisis",
        "2008/12/13 21:05 KST", "By Paik Seung-jun",
        "FUKUOKA, Japan, Dec. 13 (Hangang News Service) -- ", "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee", "Lee Myung Bak"],
        "Taro Aso": ["Japanese Prime Minister Taro Aso", "Aso"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Yasuo Fukuda": ["Fukuda"],
    },
    quotes=[
        ("The three of us have met many times", "direct", "Taro Aso", "told a joint news"
         " conference"),
        ("When we move together, markets notice", "direct", "Lee Myung-bak", "said"),
        ("once-in-a-century", "partial", "Wen Jiabao", "called"),
        ("The swap line is a fire extinguisher", "direct", None, "told reporters"),
    ],
    statements=[
        ("The leaders of South Korea, Japan and China pledged Saturday",
         ["Lee Myung-bak", "Taro Aso", "Wen Jiabao"], "pledged"),
        ("The three agreed to make the meeting an annual event",
         ["Lee Myung-bak", "Taro Aso", "Wen Jiabao"], "agreed"),
        ("Lee said the three economies together", ["Lee Myung-bak"], "said"),
        ("Wen said the three countries had to respond", ["Wen Jiabao"], "said"),
        ("Lee and Aso welcomed the decision", ["Lee Myung-bak", "Taro Aso"], "welcomed"),
        ("Lee and Aso also confirmed that Aso would visit", ["Lee Myung-bak", "Taro Aso"],
         "confirmed"),
        ("In the joint statement on the economy, the three governments said",
         ["Lee Myung-bak", "Taro Aso", "Wen Jiabao"], "said"),
        ("On North Korea, the leaders called for", ["Lee Myung-bak", "Taro Aso", "Wen Jiabao"],
         "called for"),
    ],
    timexes=[
        ("2008/12/13 21:05 KST", "2008-12-13T21:05", None),
        ("pledged [[Saturday]]", "2008-12-13", None),
        ("next one in [[2009]]", "2009", None),
        ("[[Today]] we sat down", "2008-12-13", None),
        ("once-in-a-century", "P100Y", None),
        ("since [[1999]]", "1999", None),
        ("planned for [[September]]", "2008-09", None),
        ("on Friday night", "2008-12-12TNI", None),
        ("also agreed on [[Friday]]", "2008-12-12", None),
        ("early next year", "2009", "START"),
        ("Beijing in [[October]]", "2008-10", None),
        ("the next 12 months", "P12M", None),
        ("stalled [[this week]]", "2008-W50", None),
        ("Seoul on [[Sunday]]", "2008-12-14", None),
    ],
    summits=[
        dict(date="2008-12-13", place="Dazaifu", country="JP",
             participants=["Lee Myung-bak", "Taro Aso", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The leaders of South Korea, Japan and China pledged Saturday",
                       "President Lee Myung-bak, Japanese Prime Minister Taro Aso and Chinese"
                       " Premier Wen Jiabao met"]),
        dict(date="2008-12-13", place="Dazaifu", country="JP",
             participants=["Lee Myung-bak", "Taro Aso"], kind="bilateral", ordinal=None,
             status="held", occasion="the trilateral summit",
             evidence=["Before the three-way talks, Lee held separate meetings"]),
        dict(date="2008-12-13", place="Dazaifu", country="JP",
             participants=["Lee Myung-bak", "Wen Jiabao"], kind="bilateral", ordinal=None,
             status="held", occasion="the trilateral summit",
             evidence=["Before the three-way talks, Lee held separate meetings"]),
        dict(date="2009", place=None, country="CN",
             participants=["Lee Myung-bak", "Taro Aso", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["The three agreed to make the meeting an annual event"]),
        dict(date="2009", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Taro Aso"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Lee and Aso also confirmed that Aso would visit"]),
        dict(date="2008-10", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Taro Aso"], kind="sidelines", ordinal=1,
             status="held", occasion=None,
             evidence=["Lee and Aso also confirmed that Aso would visit"]),
    ],
    agreements=[
        dict(title="joint statement on a trilateral partnership", kind="joint-statement",
             date="2008-12-13", parties=["CN", "JP", "KR"], status="signed",
             evidence=["President Lee Myung-bak, Japanese Prime Minister Taro Aso and Chinese"
                       " Premier Wen Jiabao met"]),
        dict(title="joint statement on the international economy", kind="joint-statement",
             date="2008-12-13", parties=["CN", "JP", "KR"], status="signed",
             evidence=["President Lee Myung-bak, Japanese Prime Minister Taro Aso and Chinese"
                       " Premier Wen Jiabao met",
                       "In the joint statement on the economy, the three governments said"]),
        dict(title="trilateral joint statement on disaster management cooperation",
             kind="joint-statement", date="2008-12-13", parties=["CN", "JP", "KR"],
             status="signed",
             evidence=["President Lee Myung-bak, Japanese Prime Minister Taro Aso and Chinese"
                       " Premier Wen Jiabao met"]),
        dict(title="annual trilateral summit in rotation, China next in 2009",
             kind="commitment", date="2008-12-13", parties=["CN", "JP", "KR"],
             status="agreed",
             evidence=["The three agreed to make the meeting an annual event"]),
        dict(title="BOK-BOJ won-yen swap expanded to $20 billion", kind="mou",
             date="2008-12-12", parties=["JP", "KR"], status="agreed",
             evidence=["Lee and Aso welcomed the decision"]),
        dict(title="expanded BOK-PBOC swap arrangement", kind="mou", date="2008-12-12",
             parties=["CN", "KR"], status="agreed",
             evidence=["South Korea's central bank also agreed on Friday"]),
        dict(title="regular exchange of leader visits", kind="commitment", date="2008-10",
             parties=["JP", "KR"], status="referenced",
             evidence=["Lee and Aso also confirmed that Aso would visit"]),
        dict(title="no new trade and investment barriers for 12 months", kind="commitment",
             date="2008-12-13", parties=["CN", "JP", "KR"], status="agreed",
             evidence=["In the joint statement on the economy, the three governments said"]),
    ],
    notes=[
        "Invented test article (Seoul wire: headline, stamp, byline, dateline and '(END)'"
        " are furniture; stamp annotated). Outlet, reporter, stamp and all quotes are"
        " invented (Wen's 'once-in-a-century' echoes his reported words; the Cheong Wa Dae"
        " official is invented). Real background (US cable 08TOKYO3416, Japan Times"
        " 2008-12-14, Kantei joint press conference, China Daily/AP, Yonhap via OANA"
        " 2008-12-11 and 2008-10-25): first stand-alone trilateral at the Kyushu National"
        " Museum, Dazaifu, 2008-12-13; joint statements (partnership, international finance"
        " and economy, disaster management); annual rotation, China next in 2009; the BOJ-BOK"
        " swap enlarged from $3 billion to $20 billion the previous night, $30 billion in all;"
        " no new barriers for 12 months; Chiang Mai pool; the September plan dropped after"
        " Fukuda's resignation; separate Lee-Aso and Lee-Wen meetings; the Lee-Aso first"
        " meeting in Beijing 2008-10-24 (ASEM) and Aso's planned Seoul visit. From general"
        " knowledge: the BOK-PBOC expansion on 2008-12-12, the six-party talks stalling in"
        " Beijing that week, 'about a sixth' of world output.",
        "Timexes: 'once-in-a-century' inside a partial quote annotated as P100Y (debatable);"
        " 'early next year' = 2009 START; 'this week' (Sat 2008-12-13) = 2008-W50; 'Friday"
        " night' = 2008-12-12TNI.",
        "Summits (6): the trilateral; Lee-Aso and Lee-Wen bilaterals on the same day"
        " (kind bilateral with the trilateral as occasion; debatable: 'sidelines'); the 2009"
        " trilateral in China (planned); Aso's Seoul visit early 2009 (planned); the first"
        " Lee-Aso meeting in Beijing 2008-10 (ordinal 1 from 'their first meeting'; kind"
        " sidelines though the article does not name the gathering, debatable).",
        "Agreements (8): three signed trilateral documents (joint-statement; the disaster"
        " document is called 'a document' in the text, kind from the public record); annual"
        " summit commitment; BOK-BOJ and BOK-PBOC swap expansions (mou); the revived visit"
        " exchange (referenced); the 12-month standstill pledge in the economy statement.",
    ],
)
