# ruff: noqa: E501
LEAD = "The leaders of Japan, China and South Korea agreed Sunday"
MET = "Abe, Chinese Premier Wen Jiabao and South Korean President Roh Moo-hyun met"
SEVENTH = "Wen chaired the session"
JPS = "In a joint press statement released after the talks"
PROPOSED = "According to South Korean officials, Roh and Wen proposed"
SETTLED = "Japan preferred to keep the format flexible"
WEN = "Dialogue among the three leaders should never"
OCT = "Abe, who took office in September, visited Beijing"
HANOI = "He met Roh again in Hanoi"
INVITE = "In Seoul, Abe invited Roh to visit Japan"

GOLD = dict(
    published="2007-01-14",
    furniture=[
        "Abe, Roh, Wen set up officials' channel; Japan cool to fixed annual summit\n"
        "Sunday, January 14, 2007, 21:20 JST",
        "CEBU, Philippines (JNP) - ",
        "fix a date.\n\n[[(JNP)]]",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "He"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Roh Moo-hyun": ["South Korean President Roh Moo-hyun", "Roh"],
        "Hu Jintao": ["President Hu Jintao"],
        "Kim Dae-jung": [],
        "Keizo Obuchi": [],
        "Zhu Rongji": [],
    },
    quotes=[
        ("this year.", "partial", None, None),
        ("Dialogue among the three leaders should never be interrupted again", "direct", "Wen Jiabao", "told"),
    ],
    statements=[
        (JPS, ["Shinzo Abe", "Wen Jiabao", "Roh Moo-hyun"], "said"),
        (PROPOSED, [None, "Roh Moo-hyun", "Wen Jiabao"], "proposed"),
    ],
    timexes=[
        ("Sunday, January 14, 2007, 21:20 JST", "2007-01-14T21:20", None),
        ("agreed [[Sunday]]", "2007-01-14", None),
        ("about an hour", "PT1H", "APPROX"),
        ("more than two years", "P2Y", "MORE_THAN"),
        ("in [[1999]]", "1999", None),
        ("designate [[2007]]", "2007", None),
        ("\"[[this year]].\"", "2007", None),
        ("in September", "2006-09", None),
        ("in October", "2006-10", None),
        ("Oct. 9", "2006-10-09", None),
        ("in November", "2006-11", None),
    ],
    summits=[
        dict(date="2007-01-14", place="Cebu", country="PH",
             participants=["Shinzo Abe", "Wen Jiabao", "Roh Moo-hyun"], kind="trilateral", ordinal=7,
             status="held", occasion="East Asia Summit", evidence=[LEAD, MET, SEVENTH, JPS, WEN]),
        dict(date="2007", place=None, country="CN",
             participants=["Shinzo Abe", "Wen Jiabao", "Roh Moo-hyun"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[SETTLED]),
        dict(date="1999", place=None, country=None,
             participants=["Kim Dae-jung", "Keizo Obuchi", "Zhu Rongji"], kind="trilateral", ordinal=1,
             status="held", occasion=None, evidence=[SEVENTH]),
        dict(date="2006-10-08", place="Beijing", country="CN",
             participants=["Shinzo Abe", "Hu Jintao"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[OCT]),
        dict(date="2006-10-09", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Roh Moo-hyun"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[OCT, INVITE]),
        dict(date="2006-11", place="Hanoi", country="VN",
             participants=["Shinzo Abe", "Roh Moo-hyun"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[HANOI]),
    ],
    agreements=[
        dict(title="regular consultation mechanism for senior foreign affairs officials", kind="commitment",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="negotiations on a three-way investment arrangement", kind="commitment",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="joint press statement of the Cebu meeting", kind="joint-statement",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="agreed", evidence=[JPS]),
        dict(title="2007 as a year of cultural exchange", kind="commitment",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="agreed", evidence=[JPS]),
        dict(title="exploring a mechanism for cooperation on quality inspection", kind="commitment",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="agreed", evidence=[JPS]),
        dict(title="Roh and Wen's proposal of a regular stand-alone summit", kind="commitment",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="proposed", evidence=[LEAD, PROPOSED]),
        dict(title="meetings in one of the three countries when needed, the first in China this year", kind="commitment",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="agreed", evidence=[SETTLED]),
        dict(title="Abe's invitation to Roh to visit Japan", kind="commitment",
             date="2006-10-09", parties=["JP", "KR"], status="proposed", evidence=[INVITE]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'JNP'; stamp time, the length of the meeting and Wen's quoted words invented). Headline, stamp line, dateline prefix and closing tag are furniture; the stamp is annotated.",
        "Real facts checked on stored pages: china.usc.edu ArticleID 475 and chinamission.be t289551 (seventh trilateral meeting, Cebu, 14 January 2007, chaired by Wen, with Abe and Roh; joint press statement; senior foreign affairs officials' consultation mechanism); news.everychina.com (agreement to hold aperiodic meetings in the three countries on a rotating basis, the first in China this year; negotiations on a trilateral investment arrangement; quality inspection mechanism; Year of Cultural Exchanges in 2007); english.hani.co.kr 184455 (Roh and Wen suggested regularizing the summit, Abe declined, per a South Korean official); taipeitimes 2006-10-10 (Abe in Seoul on 9 October 2006 after his one-day summit in Beijing with Hu Jintao, on the day of the North Korean test; Abe took office two weeks earlier); wikileaks 06TOKYO5942 and 06SEOUL3465 (Abe invited Roh to visit Japan; tentative agreement to meet at APEC in Hanoi the next month); china.org.cn 2007-01-25 (date of Roh's visit to Japan not decided). From general knowledge and other corpora's titles: the Abe-Roh meeting in Hanoi in November 2006 (cf. d7_08, u12_06); the East Asia Summit in Cebu on 15 January 2007.",
        "Summits (6): Cebu (ordinal 7 as stated), the planned first meeting in China 'this year' (place unknown), the first meeting of 1999 (ordinal 1; place and participants from the public record, place left null as the text does not name it), Abe-Hu (8 October, from 'consecutive days' with Roh on 9 October), Abe-Roh in Seoul, Abe-Roh in Hanoi. Not a summit: Roh's unscheduled visit to Japan.",
        "Agreements (8): five agreed commitments and the joint press statement (split by course of action), the Roh-Wen proposal, Abe's invitation (proposed).",
        "The partial quote 'this year.' carries the statement's wording: speaker null. Its span includes the period inside the closing mark, as the builder expands to the marks.",
    ],
)
