# ruff: noqa: E501
LEAD = "special envoy and Japanese Prime Minister Shinzo Abe agreed Thursday"
LETTER = "In the two-page letter, the president proposed"
YES = "readily said yes,\" the envoy told reporters"
ALSO = "The two sides also agreed to develop future-oriented ties"
HAMBURG = "The two leaders could hold their first face-to-face talks"
TRUMP = "Moon is also expected to fly to Washington"
GAP = "The meeting did not bridge the gap over the 2015 agreement"
MANAGE = "Abe said he hoped to \"appropriately manage\""
RELAY = "The envoy, in turn, relayed the president's view"
SUGA = "In Tokyo, Chief Cabinet Secretary Yoshihide Suga told"
DEAL = "Under the deal, struck in December 2015"
KYOTO = "Shuttle diplomacy was launched under former President Roh Moo-hyun"
PARK = "Her only one-on-one summit with Abe on home soil"

GOLD = dict(
    published="2017-05-18",
    furniture=[
        "(2nd LD) Moon's envoy, Abe agree to revive shuttle diplomacy, work toward early summit",
        "(ATTN: ADDS Suga remarks in paras 11-12, background in last 3 paras)",
        "By Kwon Tae-rim",
        "TOKYO, May 18 (KPA) -- ",
        "ktr@kpanews.co.kr",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["South Korean President Moon Jae-in", "the president", "the new president"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Moon Hee-sang": ["Moon Hee-sang", "the envoy", "special envoy"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga"],
        "Fumio Kishida": ["Foreign Minister Fumio Kishida"],
        "Roh Moo-hyun": ["former President Roh Moo-hyun"],
        "Junichiro Koizumi": ["then Prime Minister Junichiro Koizumi"],
        "Lee Myung-bak": ["then President Lee Myung-bak"],
        "Yoshihiko Noda": ["then Prime Minister Yoshihiko Noda"],
        "Park Geun-hye": ["Former President Park Geun-hye", "Park"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
    },
    quotes=[
        ("readily said yes,", "partial", "Moon Hee-sang", "told reporters"),
        ("South Korea and Japan are the most important neighbors", "direct", "Shinzo Abe", "said"),
        ("I want us to build relations that look to the future.", "direct", "Shinzo Abe", None),
        ("share a practical interest", "partial", "Moon Hee-sang", "said"),
        ("appropriately manage", "partial", "Shinzo Abe", "said"),
        ("finally and irreversibly.", "partial", None, None),
        ("I told him honestly how strongly the public feels,", "direct", "Moon Hee-sang", "said"),
        ("Each side said what it needed to say.", "direct", "Moon Hee-sang", None),
        ("in a responsible manner.", "partial", "Yoshihide Suga", "told a regular press conference"),
    ],
    statements=[
        (LEAD, ["Moon Hee-sang", "Shinzo Abe"], "agreed"),
        (LETTER, ["Moon Jae-in"], "proposed"),
        (YES, ["Moon Hee-sang"], "told reporters"),
        (ALSO, ["Moon Hee-sang", "Shinzo Abe"], "agreed"),
        (HAMBURG, [None], "said"),
        ("The envoy said the two countries", ["Moon Hee-sang"], "said"),
        (MANAGE, ["Shinzo Abe"], "said"),
        (RELAY, ["Moon Hee-sang"], "relayed"),
        (SUGA, ["Yoshihide Suga"], "told"),
    ],
    timexes=[
        ("May 18", "2017-05-18", None),
        ("agreed [[Thursday]]", "2017-05-18", None),
        ("more than five years", "P5Y", "MORE_THAN"),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("missile [[on Sunday]]", "2017-05-14", None),
        ("early July", "2017-07", "START"),
        ("next month", "2017-06", None),
        ("the [[2015]] agreement on", "2015", None),
        ("May 11", "2017-05-11", None),
        ("December 2015", "2015-12", None),
        ("launched [[last year]]", "2016", None),
        ("December 2011", "2011-12", None),
        ("November 2015", "2015-11", None),
        ("the following day", "2015-11", None),
    ],
    summits=[
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=1,
             status="planned", occasion="the G20 summit", evidence=[ALSO, HAMBURG]),
        dict(date="2017-06", place="Washington", country="US",
             participants=["Moon Jae-in", "Donald Trump"], kind="bilateral", ordinal=1,
             status="planned", occasion=None, evidence=[TRUMP]),
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KYOTO]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[PARK]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[PARK]),
    ],
    agreements=[
        dict(title="restore shuttle diplomacy (reciprocal leaders' visits)", kind="commitment",
             date="2017-05-18", parties=["JP", "KR"], status="agreed", evidence=[LEAD, LETTER, YES]),
        dict(title="develop future-oriented ties", kind="commitment", date="2017-05-18",
             parties=["JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="make arrangements for an early Moon-Abe summit", kind="commitment",
             date="2017-05-18", parties=["JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="coordinate closely on North Korea", kind="commitment", date="2017-05-18",
             parties=["JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced",
             evidence=[GAP, MANAGE, RELAY, SUGA, DEAL]),
    ],
    notes=[
        "Invented Yonhap-style Korean wire (agency KPA, reporter Kwon Tae-rim and e-mail are invented). Headline, ATTN line, byline, dateline, e-mail line and '(END)' are furniture. All quoted words are invented or reworded; the envoy's 'readily said yes' paraphrases donga.com's report; the meeting's opening was open to the press (mainichi).",
        "Real facts checked on stored pages: koreatimesus.com (Yonhap, 2017-05-18: Moon Hee-sang met Abe Thursday, about 30 minutes, letter, 'most important' country, summit talks); manila-stv.ph (Jiji, 2017-05-18: agreement on future-oriented relations and on arranging a summit at an early date, close cooperation on North Korea, 'appropriately manage' including the 2015 agreement, phone talks of last week, Suga's press conference and 'responsible manner'); donga.com 20170519/927950 (Thursday morning meeting, two-page letter proposing to restore shuttle diplomacy, Abe's readily given yes, Moon-Abe phone call of May 11, Roh-Koizumi shuttle diplomacy); asia.nikkei.com (agreement to revive shuttle diplomacy; meeting with Foreign Minister Kishida; 'finally and irrevocably'); mainichi.jp 20170518 (Kyodo: shuttle diplomacy suspended since December 2011 under Lee Myung-bak; first face-to-face talks could be in July at the G20 in Germany; missile over the weekend; 'practical interest'); megalodon.jp copy of japantimes 2011-12-19 (Lee-Noda talks in Kyoto dominated by the comfort women issue); lidtime.com (Seoul summit after the Sunday trilateral with China, November 2015); kasmaal.com (Moon's June 2017 summit with Trump in Washington). G20 Hamburg in early July: public record and other corpora (dev3_07, d8_02).",
        "Summits (5): planned Hamburg meeting (ordinal 1, 'their first face-to-face talks', planned because the sides agreed to arrange an early summit and sources name the venue; debatable), planned Moon-Trump summit in Washington (ordinal 1), Kyoto December 2011 (background), Seoul trilateral and the one-on-one 'the following day' (both dated 2015-11 as the text gives only the month). Not summits: the envoy's meeting with Abe (not a leader), the phone talks of May 11, the shuttle diplomacy of Roh and Koizumi (aggregate).",
        "Agreements (5): four commitments split from the lead and 'agreed to develop ..., to make arrangements ... and to coordinate ...' (the letter's proposal and Abe's yes are the same course as the restored shuttle diplomacy, one record); the 2015 agreement (joint statement, referenced, five evidence sentences). The envoy is not a government member; his agreement with Abe is recorded as JP-KR, as Yonhap and Kyodo report it (debatable).",
        "Timexes: 'the following day' = 2015-11 (only the month of the trilateral is given); 'early July' = 2017-07 START; 'last year' (foundation launched) = 2016.",
    ],
)
