GOLD = dict(
    published="2009-10-09",
    furniture=[
        "Ministry of Foreign Affairs of Japan",
        "Japan-Republic of Korea Summit Meeting (Overview)",
        "October 9, 2009\n", "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yukio Hatoyama": ["Prime Minister Yukio Hatoyama", "Prime Minister Hatoyama",
                           "the Prime Minister", "Hatoyama"],
        "Lee Myung-bak": ["H.E. Mr. LEE Myung-bak", "President Lee", "Lee Myung-bak",
                          "LEE Myung-bak"],
        "Wen Jiabao": ["Premier Wen Jiabao", "Wen"],
    },
    quotes=[],
    statements=[
        ("(1) President Lee welcomed Prime Minister Hatoyama's visit", ["Lee Myung-bak"],
         "welcomed"),
        ("Prime Minister Hatoyama stated that his Cabinet", ["Yukio Hatoyama"], "stated"),
        ("President Lee appreciated this statement.", ["Lee Myung-bak"], "appreciated"),
        ("The two leaders confirmed that they would continue frequent",
         ["Yukio Hatoyama", "Lee Myung-bak"], "confirmed"),
        ("The two leaders agreed to continue efforts", ["Yukio Hatoyama", "Lee Myung-bak"],
         "agreed"),
        ("Prime Minister Hatoyama expressed Japan's support", ["Yukio Hatoyama"], "expressed"),
        ("President Lee expressed his appreciation.", ["Lee Myung-bak"], "expressed"),
        ("President Lee explained his", ["Lee Myung-bak"], "explained"),
        ("Prime Minister Hatoyama expressed his support, and",
         ["Yukio Hatoyama", "Lee Myung-bak"], "expressed"),
        ("The two leaders confirmed that their countries would faithfully",
         ["Yukio Hatoyama", "Lee Myung-bak"], "confirmed"),
        ("Prime Minister Hatoyama requested", ["Yukio Hatoyama"], "requested"),
        ("President Lee expressed his support.", ["Lee Myung-bak"], "expressed"),
        ("Prime Minister Hatoyama explained his concept", ["Yukio Hatoyama"], "explained"),
        ("President Lee stated that he supported", ["Lee Myung-bak"], "stated"),
        ("The two leaders shared the view that the Japan-China-ROK",
         ["Yukio Hatoyama", "Lee Myung-bak"], "shared the view"),
        ("President Lee raised the issue", ["Lee Myung-bak"], "raised"),
        ("Prime Minister Hatoyama stated that the issue would be considered",
         ["Yukio Hatoyama"], "stated"),
    ],
    timexes=[
        ("October 9, 2009\n", "2009-10-09", None),
        ("On [[October 9]], Prime", "2009-10-09", None),
        ("approximately one hour", "PT1H", "APPROX"),
        ("10:00 a.m.", "2009-10-09T10:00", None),
        ("September 16", "2009-09-16", None),
        ("some two weeks", "P2W", "APPROX"),
        ("September 23", "2009-09-23", None),
        ("[[next year]], which marks", "2010", None),
        ("100 years", "P100Y", None),
        ("since [[1910]]", "1910", None),
        ("November next year", "2010-11", None),
        ("Beijing [[tomorrow]]", "2009-10-10", None),
        ("tomorrow, [[October 10]]", "2009-10-10", None),
    ],
    summits=[
        dict(date="2009-10-09", place="Seoul", country="KR",
             participants=["Yukio Hatoyama", "Lee Myung-bak"], kind="bilateral", ordinal=2,
             status="held", occasion=None,
             evidence=[("On October 9, Prime Minister Yukio Hatoyama", "at Cheong Wa Dae."),
                       "(1) President Lee welcomed Prime Minister Hatoyama's visit"]),
        dict(date="2009-09-23", place="New York", country="US",
             participants=["Yukio Hatoyama", "Lee Myung-bak"], kind="sidelines", ordinal=1,
             status="held", occasion="the United Nations General Assembly",
             evidence=["(1) President Lee welcomed Prime Minister Hatoyama's visit"]),
        dict(date="2009-10-10", place="Beijing", country="CN",
             participants=["Yukio Hatoyama", "Lee Myung-bak", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="planned", occasion=None,
             evidence=["The two leaders shared the view that the Japan-China-ROK"]),
    ],
    agreements=[
        dict(title="continue frequent mutual leader visits", kind="commitment",
             date="2009-10-09", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders confirmed that they would continue frequent"]),
        dict(title="efforts toward resuming Japan-ROK EPA negotiations", kind="commitment",
             date="2009-10-09", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to continue efforts"]),
        dict(title="coordinate among six-party participants toward resuming the talks",
             kind="commitment", date="2009-10-09", parties=["JP", "KR"], status="agreed",
             evidence=["Prime Minister Hatoyama expressed his support, and"]),
        dict(title="work together for the success of the Beijing trilateral summit",
             kind="commitment", date="2009-10-09", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders shared the view that the Japan-China-ROK"]),
    ],
    notes=[
        "Invented test text in the style of a Japanese MOFA summit overview (header lines and"
        " '(End)' are furniture; the header date is annotated). No quotation marks except"
        " around the policy name \"Grand Bargain\" (not a quote). Every sentence is invented."
        " Real background (Korean presidential archive pages for 2009-10-09 and 2009-10-10,"
        " Dong-A 2009-10-09, Korea Times via blog 2009-10-01, Aju News, Xinhua): morning"
        " summit at Cheong Wa Dae, joint press conference and luncheon; Hatoyama's first"
        " bilateral trip abroad; first summit in New York 2009-09-23 at the UNGA; Hatoyama"
        " took office 2009-09-16 and spoke of the courage to face history; grand bargain"
        " support; UNSC resolutions; suffrage for Korean residents on the agenda; the Beijing"
        " trilateral with Wen on 2009-10-10, the tenth anniversary of trilateral cooperation;"
        " 2010 as the 100th year since annexation. Invented or uncertain: the 10:00 a.m. start"
        " and one-hour length, the EPA item, the East Asian community exchange wording, the G20"
        " support item (Seoul's hosting of the November 2010 G20 is general knowledge).",
        "Explicit sentence for the opening paragraph (the automatic split cuts after 'H.E.')."
        " Statements: every reporting sentence of the readout ('welcomed', 'stated',"
        " 'appreciated', 'confirmed', 'agreed', 'expressed', 'explained', 'requested', 'shared"
        " the view', 'raised'); joint acts have both leaders.",
        "Timexes: 'tomorrow, October 10' is two expressions; '100 years' = P100Y; 'November"
        " next year' = 2010-11.",
        "Summits (3): Seoul 2009-10-09 (ordinal 2: 'meeting again ... after their first"
        " meeting'; debatable, the text does not say 'second'); New York 2009-09-23 (UNGA"
        " sidelines, ordinal 1); Beijing trilateral with Wen 2009-10-10 (planned). The G20"
        " Seoul summit is a larger gathering, not a record.",
        "Agreements (4): frequent visits; EPA efforts; six-party coordination; working for"
        " the trilateral's success. Not agreements: implementing UNSC resolutions (each"
        " country's own obligation, debatable), the Grand Bargain (a proposal addressed to"
        " North Korea), the East Asian community concept, support for the G20.",
    ],
)
