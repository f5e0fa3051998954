# ruff: noqa: E501
LEAD = "The government on Tuesday flatly rejected a South Korean claim"
OFFICIAL = "A South Korean Foreign Ministry official told reporters in Seoul on Monday"
BILATS = "to hold bilateral talks with British Prime Minister Boris Johnson"
MACRON = "He also held a pull-aside meeting of about 10 minutes"
SUGABIDEN = "Suga's own first summit with U.S. President Joe Biden"
MOONBIDEN = "Moon had been to the White House in May"
TOKYO = "Tokyo maintains that all claims"
CHENGDU = "when Moon and then-Prime Minister Shinzo Abe met in Chengdu"

GOLD = dict(
    published="2021-06-15",
    furniture=[
        "Tokyo denies scrapping Suga-Moon talks at G7, lodges protest with Seoul\n\nThe Akasaka Times\nJune 15, 2021 | 19:20 JST\n\nBy Mariko Sato, Staff Writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Government of Japan": ["The government", "Tokyo"],
        "Yoshihide Suga": ["Prime Minister Yoshihide Suga", "Suga"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Katsunobu Kato": ["Chief Cabinet Secretary Katsunobu Kato", "Kato"],
        "Boris Johnson": ["British Prime Minister Boris Johnson"],
        "Scott Morrison": ["Australian Prime Minister Scott Morrison"],
        "Angela Merkel": ["German Chancellor Angela Merkel"],
        "Emmanuel Macron": ["French President Emmanuel Macron"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Shinzo Abe": ["then-Prime Minister Shinzo Abe"],
        "Yonhap News Agency": ["Yonhap News Agency"],
    },
    quotes=[
        ("The report is not in line with the facts", "direct", "Katsunobu Kato", "told a regular news conference"),
        ("it was \"[[regrettable]]\" that Japan", "partial", None, "said"),
        ("Without a proposal from Seoul", "direct", None, "said"),
    ],
    statements=[
        (LEAD, ["Government of Japan"], "rejected"),
        (OFFICIAL, [None], "told reporters"),
        ("The official said it was", [None, "Yonhap News Agency"], "said"),
        (TOKYO, ["Government of Japan"], "maintains"),
    ],
    timexes=[
        ("June 15, 2021 | 19:20 JST", "2021-06-15T19:20", None),
        ("The government on [[Tuesday]]", "2021-06-15", None),
        ("in Seoul on [[Monday]]", "2021-06-14", None),
        ("ran [[Friday]] through", "2021-06-11", None),
        ("Friday through [[Sunday]]", "2021-06-13", None),
        ("The drills began on [[Tuesday]]", "2021-06-15", None),
        ("greetings on [[Saturday]]", "2021-06-12", None),
        ("took office in [[September]]", "2020-09", None),
        ("about 10 minutes", "PT10M", "APPROX"),
        ("at the venue on [[Sunday]]", "2021-06-13", None),
        ("two months earlier", "2021-04-16", None),
        ("April 16", "2021-04-16", None),
        ("White House in [[May]]", "2021-05", None),
        ("May 21", "2021-05-21", None),
        ("1910-45", "1910/1945", None),
        ("a [[1965]] agreement", "1965", None),
        ("the [[2015]] agreement", "2015", None),
        ("December 2019", "2019-12", None),
    ],
    summits=[
        dict(date="2021-06", place="Cornwall", country="GB", participants=["Moon Jae-in", "Boris Johnson"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[BILATS]),
        dict(date="2021-06", place="Cornwall", country="GB", participants=["Moon Jae-in", "Scott Morrison"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[BILATS]),
        dict(date="2021-06", place="Cornwall", country="GB", participants=["Moon Jae-in", "Angela Merkel"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[BILATS]),
        dict(date="2021-06-13", place="Cornwall", country="GB", participants=["Moon Jae-in", "Emmanuel Macron"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[MACRON]),
        dict(date="2021-04-16", place="White House", country="US", participants=["Yoshihide Suga", "Joe Biden"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[SUGABIDEN]),
        dict(date="2021-05-21", place="White House", country="US", participants=["Moon Jae-in", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MOONBIDEN]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[CHENGDU]),
    ],
    agreements=[
        dict(title="Japan-U.S. joint statement of April 16", kind="joint-statement", date="2021-04-16",
             parties=["JP", "US"], status="referenced", evidence=[SUGABIDEN]),
        dict(title="Moon-Biden joint statement of May 21", kind="joint-statement", date="2021-05-21",
             parties=["KR", "US"], status="referenced", evidence=[MOONBIDEN]),
        dict(title="1965 agreement (claims settled)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
    ],
    notes=[
        "Invented Tokyo daily story in Japan Times style ('The Akasaka Times', reporter Mariko Sato and the stamp time are invented). Headline, masthead, stamp and byline are furniture; the stamp is annotated. Kato's quote paraphrases his reported denial (words invented); the Korean official's 'regrettable' follows Yonhap's report; the Tokyo official's quote is invented.",
        "Real facts, checked on stored pages: koreaherald.com ud=20210614000805 (Korean Foreign Ministry on Monday 14 June 2021: tentative working-level plan for a pull-aside at the G7, Friday through Sunday at Carbis Bay, called off by Japan over the Dokdo drills; Korea invited with Australia, India and South Africa); asia.nikkei.com (Tokyo denies the claim and lodges a complaint); sp.m.jiji.com/english/show/12912 (Suga and Moon exchanged greetings on Saturday for the first time in person; no talks); tellerreport.com 2021-06-16 (drills from the 15th); english.hani.co.kr 999476 (Moon-Macron pull-aside in the lounge for about 10 minutes on Sunday); en.asiatoday.co.kr 20210614002049584 (Moon's bilateral talks with the UK, EU, Germany, France and Australia; 'regrettable'); dailymail.co.uk 2023-08-18 (Biden's April 2021 meeting with Suga was his first in-person bilateral). From general knowledge (the project's other corpora carry them): Kato as Chief Cabinet Secretary, Suga's inauguration in September 2020, the Suga-Biden joint statement of 16 April 2021 and the Moon-Biden joint statement of 21 May 2021 (both stressing trilateral cooperation), Chengdu (December 2019), the 1965 and 2015 positions.",
        "Summits (7): Moon's sideline talks with Johnson, Morrison and Merkel (dates within June 2021; the article gives no day), the 10-minute Moon-Macron pull-aside (recorded as a held sideline meeting, debatable: an arranged one-on-one, unlike a chance lounge encounter), Suga-Biden (16 April 2021, ordinal 1, 'first summit'), Moon-Biden (21 May 2021, told through 'had been to the White House in May, and his joint statement with Biden on May 21'), Chengdu (December 2019). Not summits: the cancelled Suga-Moon pull-aside, the Suga-Moon greetings, 'there was no trilateral meeting in Cornwall' (negated), the G7 itself.",
        "Agreements (4): the two joint statements with Biden (referenced), the 1965 agreement (treaty) and the 2015 agreement (joint statement), both referenced. Not agreements: the tentative working-level arrangement of a meeting ('no agreement on a meeting had ever been reached'), the protest.",
        "Timexes: 'two months earlier' takes the date it points to (16 April 2021, given in the same sentence); 'Friday through Sunday' is two expressions; 'annual' is not annotated.",
    ],
)
