GOLD = dict(
    published="2010-08-10",
    furniture=[
        "Kan apologizes for colonial rule, pledges return of royal archives; Lee says deeds"
        " matter",
        "Posted : 2010-08-10 19:25", "By Kwon Soo-bin, Diplomatic Correspondent",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Naoto Kan": ["Japanese Prime Minister Naoto Kan", "Kan"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee", "the president"],
        "Kim Hee-jeong": ["presidential spokeswoman Kim Hee-jeong", "she"],
        "Tomiichi Murayama": ["Prime Minister Tomiichi Murayama", "Murayama"],
        "Kim Dae-jung": ["President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi", "Obuchi"],
        "Choi Eun-ja": ["Choi"],
        "Cheong Wa Dae": ["South Korean presidential office"],
        "Japanese government": ["Tokyo"],
    },
    quotes=[
        ("deep remorse", "partial", "Naoto Kan", "expressed"),
        ("heartfelt apology", "partial", "Naoto Kan", "expressed"),
        ("The president said that a statement is a beginning", "direct", "Kim Hee-jeong",
         "told reporters"),
        ("sincerely and wisely", "partial", "Lee Myung-bak", "suggested"),
        ("He apologized to a nation", "direct", "Choi Eun-ja", "said"),
        ("with care and with courage.", "partial", "Naoto Kan", "told reporters"),
    ],
    statements=[
        ("Japanese Prime Minister Naoto Kan on Tuesday expressed", ["Naoto Kan"], "expressed"),
        ("In the statement, adopted by his Cabinet", ["Naoto Kan"], "said"),
        ("Kan telephoned President Lee Myung-bak", ["Cheong Wa Dae"], "said"),
        ("Lee told Kan that he appreciated", ["Lee Myung-bak", "Kim Hee-jeong"], "told"),
        ("Kan invited Lee to visit Tokyo", ["Naoto Kan"], "invited"),
        ("Lee made no commitment, officials said", ["Lee Myung-bak"], "suggested"),
        ("Kan's statement stopped short", ["Naoto Kan"], "stopped short of addressing"),
        ("Civic groups representing former forced laborers criticized", [None], "criticized"),
        ("Korean officials said they would welcome", [None], "said"),
        ("A Japanese Foreign Ministry official said the details", [None], "said"),
        ("In Tokyo, the statement drew criticism", [None], "said"),
        ("Kan told reporters on Tuesday evening", ["Naoto Kan"], "told reporters"),
    ],
    timexes=[
        ("Posted : 2010-08-10 19:25", "2010-08-10T19:25", None),
        ("Naoto Kan on [[Tuesday]] expressed", "2010-08-10", None),
        ("[[later this month]]", "2010-08", None),
        ("in [[the morning]], Kan", "2010-08-10TMO", None),
        ("about an hour", "PT1H", "APPROX"),
        ("15-minute", "PT15M", None),
        ("scheduled for [[November]]", "2010-11", None),
        ("issued in [[1995]]", "1995", None),
        ("In [[1998]], President", "1998", None),
        ("the [[1910]] annexation", "1910", None),
        ("the [[1965]] agreement", "1965", None),
        ("could take [[months]]", "PXM", None),
        ("on Tuesday evening", "2010-08-10TEV", None),
        ("from [[1910]] to 1945", "1910", None),
        ("1910 to [[1945]]", "1945", None),
        ("Aug. 22, 1910", "1910-08-22", None),
        ("a week later", "1910-08-29", None),
    ],
    summits=[
        dict(date="1998", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["In 1998, President Kim Dae-jung and Prime Minister Keizo Obuchi"]),
    ],
    agreements=[
        dict(title="1998 Japan-ROK joint declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced",
             evidence=["In 1998, President Kim Dae-jung and Prime Minister Keizo Obuchi"]),
        dict(title="1910 annexation treaty", kind="treaty", date="1910-08-22",
             parties=["JP", "KR"], status="referenced",
             evidence=["Kan's statement stopped short",
                       "The annexation treaty was signed on Aug. 22, 1910"]),
        dict(title="1965 agreement on claims", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced",
             evidence=["It also made no mention of compensation"]),
        dict(title="cooperate on pending issues (Lee's suggestion)", kind="commitment",
             date="2010-08-10", parties=["JP", "KR"], status="proposed",
             evidence=["Lee made no commitment, officials said"]),
    ],
    notes=[
        "Invented test article (Seoul daily: headline, 'Posted' line and byline are furniture;"
        " stamp annotated). Outlet, reporter, stamp, the call's timing and length, all quotes,"
        " Choi Eun-ja and her association are invented; Kan's partials 'deep remorse' and"
        " 'heartfelt apology' reproduce the statement's published wording. Real background"
        " (Kyodo text of the Kan statement, Korea Herald via blogs 2010-08-11, Peace"
        " Philosophy, Kingston 2011): statement of Tuesday 2010-08-10 addressed to Korea;"
        " transfer of archives incl. the Joseon royal protocols; Kan's call to Lee after the"
        " statement; Lee on sincerity and deeds (spokesperson Kim Hee-jeong); invitation to"
        " visit before the G20 in Seoul or APEC in Yokohama; 'sincere and wise cooperation';"
        " no mention of the treaty's validity; comparison with Murayama 1995. From general"
        " knowledge: the 1998 Kim-Obuchi declaration (Tokyo, 1998-10-08), treaty signed"
        " 1910-08-22 and proclaimed 1910-08-29, LDP criticism, 1,205 volumes.",
        "Quotes: Kim's quote reports Lee's words; speaker is Kim (the quoted words are hers,"
        " debatable: could be Lee).",
        "Statements: 'Lee told Kan ..., Kim Hee-jeong said' has both Lee and Kim as speakers;"
        " 'In Tokyo, the statement drew criticism from some lawmakers ... who said' null (the"
        " LDP lawmakers unnamed).",
        "Timexes: 'later this month' = 2010-08; 'months' = PXM (vague); 'a week later' ="
        " 1910-08-29 (anaphoric from Aug. 22, 1910); 'from 1910 to 1945' is two expressions.",
        "Summits (1): Kim-Obuchi in Tokyo, 1998 (signing implies a meeting; the text gives only"
        " the year). Not summits: the Kan-Lee phone call; Kan's invitation (not accepted);"
        " G20 Seoul and APEC Yokohama (gatherings).",
        "Agreements (4): the 1998 declaration (joint-declaration, referenced; the text says"
        " 'joint declaration'); the 1910 annexation treaty (referenced); the 1965 claims"
        " agreement (referenced); Lee's suggestion of cooperation on pending issues (proposed;"
        " debatable, vague). Not agreements: Kan's statement, the pledged return of archives"
        " (a unilateral measure, the later accord is not yet made), the Murayama statement.",
    ],
)
