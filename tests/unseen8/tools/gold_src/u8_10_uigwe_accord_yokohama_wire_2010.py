GOLD = dict(
    published="2010-11-14",
    furniture=[
        "Japan, S. Korea sign accord to return Joseon royal books after Kan-Lee talks at APEC",
        "20:17 JST", "Yokohama, Nov. 14, 2010 (Tsushima Press) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Naoto Kan": ["Prime Minister Naoto Kan", "Kan"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Seiji Maehara": ["Foreign Minister Seiji Maehara", "Maehara"],
        "Kim Sung-hwan": ["his South Korean counterpart Kim Sung-hwan"],
        "Hu Jintao": ["Chinese President Hu Jintao", "Hu"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Megumi Soda": ["Soda"],
        "Japanese Foreign Ministry": ["the Foreign Ministry"],
    },
    quotes=[
        ("This year marks 100 years since the annexation", "direct", "Naoto Kan", "said"),
        ("The Korean people will see that the promise was kept", "direct", "Lee Myung-bak",
         "was quoted as saying"),
        ("The books are a small package with a heavy weight", "direct", "Megumi Soda", "said"),
        ("Getting them home will do more", "direct", "Megumi Soda", None),
    ],
    statements=[
        ("Lee thanked Kan for carrying out the promise", ["Lee Myung-bak"], "thanked"),
        ("The books are to be handed over within six months",
         ["Japanese Foreign Ministry"], "said"),
        ("Opposition lawmakers in Japan have said", [None], "have said"),
    ],
    timexes=[
        ("20:17 JST", "2010-11-14T20:17", None),
        ("Nov. 14, 2010", "2010-11-14", None),
        ("on [[Sunday]] signed", "2010-11-14", None),
        ("from [[1392]] to 1910", "1392", None),
        ("1392 to [[1910]]", "1910", None),
        ("[[This year]] marks 100 years", "2010", None),
        ("marks [[100 years]]", "P100Y", None),
        ("Aug. 10", "2010-08-10", None),
        ("within six months", "P6M", "LESS_THAN"),
        ("[[this year]]'s APEC", "2010", None),
        ("two-day", "P2D", None),
        ("On [[Saturday]] he held", "2010-11-13", None),
        ("22 minutes", "PT22M", None),
        ("East China Sea in [[September]]", "2010-09", None),
        ("Obama on [[Saturday]]", "2010-11-13", None),
        ("spent [[Thursday]] and", "2010-11-11", None),
        ("and [[Friday]] in Seoul", "2010-11-12", None),
        ("later Sunday", "2010-11-14", "AFTER"),
    ],
    summits=[
        dict(date="2010-11-14", place="Yokohama", country="JP",
             participants=["Naoto Kan", "Lee Myung-bak"], kind="sidelines", ordinal=None,
             status="held", occasion="the Asia-Pacific Economic Cooperation forum",
             evidence=["Japan and South Korea on Sunday signed an agreement",
                       "Foreign Minister Seiji Maehara and his South Korean counterpart",
                       "Kan said at the start of the talks"]),
        dict(date="2010-11-13", place="Yokohama", country="JP",
             participants=["Naoto Kan", "Hu Jintao"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC",
             evidence=["On Saturday he held talks for 22 minutes"]),
        dict(date="2010-11-13", place="Yokohama", country="JP",
             participants=["Naoto Kan", "Barack Obama"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC",
             evidence=["He also met U.S. President Barack Obama on Saturday."]),
    ],
    agreements=[
        dict(title="agreement on the transfer of 1,205 volumes of Korean books (Uigwe)",
             kind="treaty", date="2010-11-14", parties=["JP", "KR"], status="signed",
             evidence=["Japan and South Korea on Sunday signed an agreement",
                       "Foreign Minister Seiji Maehara and his South Korean counterpart",
                       "The accord needs approval by the parliaments"]),
    ],
    notes=[
        "Invented test article (Japanese wire: headline, bare 'JST' stamp line and dateline"
        " are furniture; stamp and dateline date annotated). Outlet, stamp, all quotes, the"
        " associate professor and her university are invented (Kan's 'milestone' echoes his"
        " reported word). Real background (Japan Times/Kyodo 2010-11-16, Kan statement of"
        " 2010-08-10): Maehara and Kim Sung-hwan signed the accord on Sunday 2010-11-14 after"
        " the Kan-Lee meeting on the APEC sidelines in Yokohama; 1,205 volumes incl. the"
        " Joseon Wangsil Uigwe; ratification by both parliaments, then return within six"
        " months. From general knowledge (not found on a stored page): Kan-Hu talks of 22"
        " minutes and Kan-Obama talks on 2010-11-13 in Yokohama, the September 2010 trawler"
        " collision, the G20 Seoul summit of 2010-11-11/12, the APEC close on 2010-11-14,"
        " Japanese opposition calls for reciprocal access to documents.",
        "Quotes: Soda's quote split by 'said ...' -> two direct quotes. Kan's quote relayed"
        " by an official, speaker Kan.",
        "Timexes: 'from 1392 to 1910' two expressions; 'within six months' = P6M LESS_THAN"
        " (debatable); 'later Sunday' = 2010-11-14 AFTER.",
        "Summits (3): Kan-Lee, Kan-Hu and Kan-Obama in Yokohama on APEC's sidelines. Not"
        " summits: the foreign ministers' signing; the G20 Seoul summit (gathering).",
        "Agreements (1): the archives transfer agreement (treaty: signed by the governments,"
        " subject to ratification). Not agreements: Kan's August statement, the opposition's"
        " call for reciprocal access (not a government proposal).",
    ],
)
