GOLD = dict(
    published="2014-11-17",
    furniture=["Photo feature | Nov. 17, 2014", "[[Photo by Yoo Jin-ho / Pool]]\n2.",
               "[[Photo by Seo Ji-hyun]]\n3.", "Photo by Chinese Pool",
               "[[Photo by Yoo Jin-ho / Pool]]\n5.", "Photo by Harbour Wire",
               "calendar.\n[[Photo by Seo Ji-hyun]]"],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "Park", "she"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Tony Abbott": ["Australian Prime Minister Tony Abbott"],
    },
    quotes=[
        ("at an early date,", "partial", "Park Geun-hye", "told"),
    ],
    statements=[
        ("Park and Chinese President Xi Jinping shake hands", ["Park Geun-hye", "Xi Jinping"],
         "declared"),
        ("In Naypyidaw on Thursday, Park told", ["Park Geun-hye"], "told"),
    ],
    timexes=[
        ("Nov. 17, 2014", "2014-11-17", None),
        ("in Beijing on [[Nov. 10]]", "2014-11-10", None),
        ("two and a half years", "P2Y6M", None),
        ("that evening", "2014-11-10TEV", None),
        ("February last year", "2013-02", None),
        ("the same day", "2014-11-10", None),
        ("on [[Thursday]], Park", "2014-11-13", None),
        ("on [[Saturday]]", "2014-11-15", None),
        ("in [[April]]", "2014-04", None),
        ("on [[Sunday]]", "2014-11-16", None),
    ],
    summits=[
        dict(date="2014-11-10", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the APEC forum",
             evidence=["Park and Chinese President Xi Jinping shake hands"]),
        dict(date="2014-11-10", place="Beijing", country="CN",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the APEC forum",
             evidence=["Abe and Xi, earlier the same day"]),
        dict(date="2014-04", place="Seoul", country="KR",
             participants=["Tony Abbott", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Australian Prime Minister Tony Abbott, the host, had visited her"]),
    ],
    agreements=[
        dict(title="Korea-China free trade agreement (negotiations substantially concluded)",
             kind="treaty", date="2014-11-10", parties=["CN", "KR"], status="agreed",
             evidence=["Park and Chinese President Xi Jinping shake hands"]),
        dict(title="meeting of the foreign ministers of South Korea, China and Japan at an"
                   " early date", kind="commitment", date="2014-11-13",
             parties=["CN", "JP", "KR"], status="proposed",
             evidence=["In Naypyidaw on Thursday, Park told"]),
        dict(title="Australia-South Korea free trade pact", kind="treaty", date="2014-04",
             parties=["AU", "KR"], status="referenced",
             evidence=["Australian Prime Minister Tony Abbott, the host, had visited her"]),
    ],
    notes=[
        "Invented photo feature (photographers and agencies in the credits are fictional;"
        " credit lines and the rubric/date line are furniture, the captions are text)."
        " Public record and other corpora (not checked on a page here): APEC Beijing on"
        " 2014-11-10/11 with the Park-Xi summit of Nov. 10 declaring the Korea-China FTA"
        " negotiations (launched May 2012) substantially concluded; Park seated beside Abe at"
        " the APEC banquet on Nov. 10 (cf. u5_03); Abe-Xi first meeting on Nov. 10; Park's"
        " proposal at the ASEAN Plus Three summit in Naypyidaw on Nov. 13 (cf. dev4_03); G20"
        " Brisbane on Nov. 15-16; Abbott's Seoul visit and the FTA signing in April 2014.",
        "Summits (3): Park-Xi, Abe-Xi ('their first meeting'; ordinal left null as for"
        " 'first' elsewhere), Abbott-Park in Seoul (background). Not summits: the banquet"
        " chat (no formal talks, 'no formal talks were held'), the G20 group photo, 'No"
        " Park-Abe summit is on the calendar' (negated), the suggested three-way leaders'"
        " summit (a hope, not planned).",
        "Agreements (3): the Korea-China FTA (treaty; negotiations concluded on Nov. 10,"
        " signed only in 2015: status agreed, debatable); Park's proposal of a trilateral FM"
        " meeting (proposed); the Australia-Korea FTA (referenced).",
        "Timexes: 'that evening' = 2014-11-10TEV; 'earlier the same day' -> 'the same day' ="
        " 2014-11-10 (the caption before sets the evening of Nov. 10).",
    ],
)
