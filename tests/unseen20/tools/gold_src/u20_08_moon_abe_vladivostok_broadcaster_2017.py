# ruff: noqa: E501
LEDE = "President Moon Jae-in and Japanese Prime Minister Shinzo Abe agreed on Thursday"
OIL = "During their 50-minute meeting on the sidelines of the Eastern Economic Forum"
HIST = "The two also agreed to manage historical issues"
PROP = "Moon proposed that the two countries share their experience"
INV = "Abe asked Moon to attend a three-way summit"
SECOND = "It was the second bilateral summit between the two leaders."
FIRST = "They first met on the sidelines of the G20 summit in Hamburg in July"
PUTIN = "Moon arrived in Vladivostok on Wednesday and held talks"
BATT = "Later that day he met Mongolian President"
HAMB = "Moon and Putin had first met in Hamburg on July 7."

GOLD = dict(
    published="2017-09-07",
    furniture=[
        "Moon, Abe agree to push for oil cutoff against N. Korea in Vladivostok talks\n"
        "Posted: 2017-09-07 17:25 KST · Updated: 19:02 KST\n"
        "NKB World · Politics",
        "Reporter Jeong Da-eun",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "he"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Khaltmaagiin Battulga": ["Mongolian President Khaltmaagiin Battulga"],
        "Cheong Wa Dae": [],
    },
    quotes=[
        ("If the situation keeps worsening", "direct", "Moon Jae-in", "told"),
        ("We must not let that happen.", "direct", "Moon Jae-in", None),
    ],
    statements=[
        (LEDE, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (OIL, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (HIST, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (PROP, ["Moon Jae-in"], "proposed"),
        (INV, ["Shinzo Abe", "Moon Jae-in"], "asked"),
    ],
    timexes=[
        ("Posted: [[2017-09-07 17:25 KST]]", "2017-09-07T17:25", None),
        ("Updated: [[19:02 KST]]", "2017-09-07T19:02", None),
        ("agreed on [[Thursday]]", "2017-09-07", None),
        ("four days after", "2017-09-07", None),
        ("50-minute", "PT50M", None),
        ("next February", "2018-02", None),
        ("Hamburg in [[July]]", "2017-07", None),
        ("a day after", "2017-07", None),
        ("Vladivostok on [[Wednesday]]", "2017-09-06", None),
        ("Later [[that day]]", "2017-09-06", None),
        ("July 7", "2017-07-07", None),
        ("this afternoon", "2017-09-07TAF", None),
    ],
    summits=[
        dict(date="2017-09-07", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=2,
             status="held", occasion="the Eastern Economic Forum", evidence=[LEDE, OIL, SECOND]),
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[FIRST]),
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="G20", evidence=[FIRST]),
        dict(date="2017-09-06", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="the Eastern Economic Forum", evidence=[PUTIN]),
        dict(date="2017-09-06", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Khaltmaagiin Battulga"], kind="sidelines", ordinal=None,
             status="held", occasion="the Eastern Economic Forum", evidence=[BATT]),
        dict(date="2017-07-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Vladimir Putin"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[HAMB]),
    ],
    agreements=[
        dict(title="work together for a new UN Security Council resolution with tougher sanctions, including a halt to oil exports", kind="commitment",
             date="2017-09-07", parties=["KR", "JP"], status="agreed", evidence=[OIL]),
        dict(title="press China and Russia to join the sanctions effort", kind="commitment",
             date="2017-09-07", parties=["KR", "JP"], status="agreed", evidence=[OIL]),
        dict(title="manage historical issues stably while expanding future-oriented exchanges and cooperation", kind="commitment",
             date="2017-09-07", parties=["KR", "JP"], status="agreed", evidence=[HIST]),
        dict(title="share experience on aging, low birth rates and the fourth industrial revolution (Moon's proposal)", kind="commitment",
             date="2017-09-07", parties=["KR", "JP"], status="proposed", evidence=[PROP]),
        dict(title="attend a Korea-Japan-China summit in Tokyo (Abe's invitation)", kind="commitment",
             date="2017-09-07", parties=["JP", "KR"], status="proposed", evidence=[INV]),
        dict(title="visit Korea for the PyeongChang Winter Olympics (Moon's invitation)", kind="commitment",
             date="2017-09-07", parties=["KR", "JP"], status="proposed", evidence=[INV]),
    ],
    notes=[
        "Invented web story of an invented Korean broadcaster (NKB World); headline, Posted/Updated line (annotated), section line and reporter line are furniture. Moon's direct quotes are invented (they paraphrase his reported concern); stamp times are invented.",
        "Real facts checked on stored pages: world.kbs.co.kr Seq_Code 47189 (Moon-Abe talks in Vladivostok on Thursday 7 September 2017, 50 minutes; agreement that it is time for maximum pressure and sanctions rather than dialogue; cooperation for a new UNSC resolution including an oil cutoff; pressing China and Russia; stable handling of history with future-oriented exchanges; Moon's call to share experience on aging, low birth rates and the fourth industrial revolution; Abe asked Moon to attend a trilateral summit in Tokyo; Moon hoped Abe would visit for the 2018 PyeongChang Olympics); m.koreaherald.com ud=20170906000291 (Moon arrived Wednesday; Moon-Putin summit, expanded summit and luncheon; Moon-Battulga later in the day; Moon and Putin first met on the G20 sidelines in Hamburg in July; the North's sixth nuclear test on Sunday 3 September; Moon-Abe talks on Thursday before attending the forum); koreaherald ud=20170901000796 (Moon-Putin in Hamburg on 7 July; keynote speech at the forum); japantimes 2017/07/07 and manila-stv.ph (first Moon-Abe summit on Friday 7 July in Hamburg, a day after Thursday's trilateral with Trump); asia.nikkei.com (Trump-Moon-Abe dinner in Hamburg on 6 July).",
        "Summits (6): Vladivostok Moon-Abe (ordinal 2, 'the second bilateral summit'), the first Moon-Abe summit in Hamburg (ordinal 1, 2017-07 as the text gives only the month), the Trump-hosted three-way dinner ('a day after a three-way dinner': the text gives only July, so 2017-07), Moon-Putin and Moon-Battulga on Wednesday, Moon-Putin in Hamburg on 7 July (ordinal 1, 'had first met').",
        "Agreements (6): two commitments split from one sentence (UNSC resolution; pressing China and Russia), the history commitment, Moon's proposal on shared social challenges, Abe's invitation to a three-way summit in Tokyo and Moon's invitation to the PyeongChang Olympics (bare invitations: proposed). Not an agreement: the shared view that 'the time had come' for maximum pressure (a view, not a course of action; the lede is a statement).",
        "Timexes: 'four days after' the test = 2017-09-07 (the date it points to, as unseen12-16; the test was on 3 September); 'a day after' = 2017-07 (only the month is known, as unseen16); 'Later that day' annotated as 'that day' = 2017-09-06.",
    ],
)
