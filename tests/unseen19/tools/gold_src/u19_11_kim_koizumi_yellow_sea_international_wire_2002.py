# ruff: noqa: E501
LEAD = "Japanese Prime Minister Junichiro Koizumi on Monday threw his support"
TALKS = "During 90 minutes of talks"
CALM = "The two leaders agreed that the incident should be handled calmly"
SUPPORTS = "Koizumi said he \"fully supports\""
ALSO = "They also agreed to build on the goodwill"
BOTH = "Both reaffirmed that Tokyo, Seoul and Washington"
STRING = "The meeting was the latest in a string"
OCT = "Koizumi made a one-day trip to Seoul in October"
CPH = "is expected to see Koizumi again"
LIM = "The Cup proved we can run something enormous"

GOLD = dict(
    published="2002-07-01",
    furniture=[
        "Koizumi backs Kim's call for North Korean apology after sea clash\n"
        "1 July 2002 - 11:48 GMT",
        "TOKYO, July 1, 2002 (Northgate) - ",
        "(Reporting by Daniel Price; Editing by Tom Avery)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Koizumi", "he"],
        "Kim Dae-jung": ["South Korean President Kim Dae-jung", "Kim"],
        "Lim Seong-ho": ["Lim Seong-ho, a fellow at the Seoul Center for Allied Studies"],
    },
    quotes=[
        ("fully supports", "partial", "Junichiro Koizumi", "said"),
        ("The Cup proved we can run something enormous together", "direct", "Lim Seong-ho", "said"),
    ],
    statements=[
        (LEAD, ["Junichiro Koizumi"], "threw his support behind"),
        (TALKS, ["Kim Dae-jung", None], "said"),
        (SUPPORTS, ["Junichiro Koizumi", None], "said"),
        (BOTH, ["Junichiro Koizumi", "Kim Dae-jung"], "reaffirmed"),
        (OCT, ["Junichiro Koizumi"], "voiced remorse"),
    ],
    timexes=[
        ("1 July 2002 - 11:48 GMT", "2002-07-01T11:48", None),
        ("TOKYO, [[July 1, 2002]]", "2002-07-01", None),
        ("on Monday", "2002-07-01", None),
        ("a day after", "2002-07-01", None),
        ("90 minutes", "PT1H30M", None),
        ("Saturday", "2002-06-29", None),
        ("in May", "2002-05", None),
        ("last summer", "2001-SU", None),
        ("one-day", "P1D", None),
        ("Seoul in [[October]]", "2001-10", None),
        ("the same month", "2001-10", None),
        ("five-year", "P5Y", None),
        ("in February", "2003-02", None),
        ("in September", "2002-09", None),
    ],
    summits=[
        dict(date="2002-07-01", place="Tokyo", country="JP",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEAD, TALKS, STRING]),
        dict(date="2001-10", place="Seoul", country="KR",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[OCT]),
        dict(date="2001-10", place="Shanghai", country="CN",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[OCT]),
        dict(date="2002-09", place="Copenhagen", country="DK",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="sidelines", ordinal=None,
             status="planned", occasion="Asia-Europe Meeting", evidence=[CPH]),
    ],
    agreements=[
        dict(title="calm handling of the Yellow Sea incident so that tension does not escalate", kind="commitment",
             date="2002-07-01", parties=["JP", "KR"], status="agreed", evidence=[CALM]),
        dict(title="building on the goodwill of the co-hosted World Cup", kind="commitment",
             date="2002-07-01", parties=["JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="continued exchange of views on North Korean asylum seekers at foreign missions in China", kind="commitment",
             date="2002-07-01", parties=["JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="continued Tokyo-Seoul-Washington coordination on North Korea policy", kind="commitment",
             date="2002-07-01", parties=["JP", "KR"], status="agreed", evidence=[BOTH]),
    ],
    notes=[
        "Invented international wire story (agency 'Northgate', reporter, editor, analyst, centre, stamp time and the analyst's quote invented). Headline, stamp, dateline prefix and credit line are furniture; stamp and dateline dates are annotated.",
        "Real facts checked on stored pages: japantimes.co.jp 2002-07-02 'Koizumi backs Kim's stance on shootout' (90-minute meeting at the Prime Minister's Official Residence on Monday; Kim explained Saturday's firefight and demanded an apology and punishment; agreement to react calmly; agreement to strengthen ties after the co-hosted World Cup; Koizumi 'fully supports' Kim's dialogue policy; reaffirmed Japan-ROK-US coordination; agreement to keep exchanging views on North Korean asylum seekers at missions in China; the May incidents; Kim to be replaced after the December election); donga.com 20011005/209160, voanews 2001-10-15 and latimes 2001-10-16 (Koizumi's one-day visit to Seoul on 15 October 2001 and his remorse; strained ties over textbooks and Yasukuni); cryer.org.uk (Kim's term to 24 February 2003). From general knowledge and other corpora's titles: the World Cup final of 30 June 2002; Kim-Koizumi talks at APEC Shanghai in October 2001 (cf. d7_04); the Asia-Europe Meeting in Copenhagen in September 2002 (cf. u14_02).",
        "Summits (4): Tokyo (held), Seoul and Shanghai (October 2001), the expected Copenhagen meeting (planned). Not summits: the World Cup closing, aggregate 'a string of encounters'.",
        "Agreements (4): four commitments, split by course of action (two from one 'agreed to ... and to ...' sentence). Koizumi's support for Kim's demand is a position, not an agreement.",
        "Timexes: 'a day after their countries closed the World Cup' takes the date it points to (2002-07-01); 'last summer' = 2001-SU; 'five-year' = P5Y.",
    ],
)
