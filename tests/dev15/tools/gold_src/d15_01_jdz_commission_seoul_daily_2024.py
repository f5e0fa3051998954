# ruff: noqa: E501
LEDE = "South Korea and Japan sat down Friday in Tokyo"
AGREED = "Seoul's foreign ministry said the two sides held"
EFFECT = "The agreement took effect on June 22, 1978"
KAMI = "Foreign Minister Yoko Kamikawa told the Diet"
CAME = "The session came three weeks after"
FIRST = "Kishida had first hosted Yoon in Tokyo"
OFFICE = "Yoon's office said it expected"
OLDEST = "Seoul officials noted that the shelf deal"
SIXTH = "The sixth session of the commission, set up under"

GOLD = dict(
    published="2024-09-27",
    furniture=[
        "Seoul, Tokyo revive seabed commission after 39 years as 1974 pact nears its exit window\n"
        "Published : 2024-09-27 19:42 Updated : 2024-09-27 21:05\n"
        "By Han Seo-yeon",
        "Related: Yoon, Kishida sign nationals-protection memo in farewell summit",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Joe Biden": ["US President Joe Biden"],
        "Shigeru Ishiba": ["former Defense Minister Shigeru Ishiba", "Ishiba"],
        "Yoko Kamikawa": ["Foreign Minister Yoko Kamikawa"],
        "Ko Min-ho": ["Professor Ko Min-ho"],
        "Ministry of Foreign Affairs of South Korea": ["Seoul's foreign ministry"],
        "Office of the President of South Korea": ["Yoon's office"],
    },
    quotes=[
        ("broad discussions", "partial", "Ministry of Foreign Affairs of South Korea", "said"),
        ("A meeting is not a restart of drilling", "direct", None, "told reporters"),
        ("If Tokyo sends a termination notice", "direct", "Ko Min-ho", "said"),
    ],
    statements=[
        (AGREED, ["Ministry of Foreign Affairs of South Korea"], "said"),
        ("Officials on both sides said the question", [None], "said"),
        (KAMI, ["Yoko Kamikawa"], "told"),
        (OFFICE, ["Office of the President of South Korea"], "said"),
        (OLDEST, [None], "noted"),
    ],
    timexes=[
        ("after [[39 years]] as", "P39Y", None),
        ("[[1974]] pact nears", "1974", None),
        ("2024-09-27 19:42", "2024-09-27T19:42", None),
        ("2024-09-27 21:05", "2024-09-27T21:05", None),
        ("sat down [[Friday]]", "2024-09-27", None),
        ("since [[1985]]", "1985", None),
        ("almost 40 years", "P40Y", "APPROX"),
        ("under the [[1974]] agreement", "1974", None),
        ("on [[Friday's]] table", "2024-09-27", None),
        ("June 22, 1978", "1978-06-22", None),
        ("50 years", "P50Y", None),
        ("three years'", "P3Y", None),
        ("June 22, 2025", "2025-06-22", None),
        ("less than nine months", "P9M", "LESS_THAN"),
        ("since [[1993]]", "1993", None),
        ("in [[February]] that", "2024-02", None),
        ("three weeks after", "2024-09-27", None),
        ("Sept. 6", "2024-09-06", None),
        ("March last year", "2023-03", None),
        ("12-year", "P12Y", None),
        ("August 2023", "2023-08", None),
        ("the same day", "2024-09-27", None),
        ("Friday afternoon", "2024-09-27TAF", None),
        ("on [[Tuesday]].", "2024-10-01", None),
        ("in [[November]].", "2024-11", None),
        ("next summer", "2025-SU", None),
        ("the [[1965]] Treaty", "1965", None),
    ],
    summits=[
        dict(date="2024-09-06", place="Seoul", country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=12,
             status="held", occasion=None, evidence=[CAME, OFFICE]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIRST]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIRST, "every photo from Camp David"]),
        dict(date="2024-11", place=None, country="PE",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="planned", occasion="APEC", evidence=[OFFICE]),
    ],
    agreements=[
        dict(title="1974 agreement on joint development of the southern part of the continental shelf (JDZ)", kind="treaty", date="1974",
             parties=["JP", "KR"], status="referenced", evidence=[SIXTH, AGREED, EFFECT, KAMI, OLDEST]),
        dict(title="keep consulting through diplomatic channels on the JDZ agreement", kind="commitment", date="2024-09-27",
             parties=["JP", "KR"], status="agreed", evidence=[AGREED]),
        dict(title="memorandum on protecting each other's nationals in third countries", kind="mou", date="2024-09-06",
             parties=["JP", "KR"], status="referenced", evidence=[CAME]),
        dict(title="pledge to keep up shuttle diplomacy (Seoul, Sept. 6)", kind="commitment", date="2024-09-06",
             parties=["JP", "KR"], status="referenced", evidence=[OFFICE, "would test that promise"]),
        dict(title="1965 Treaty on Basic Relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[OLDEST]),
    ],
    notes=[
        "Invented Seoul daily story (Korea Herald style; reporter Han Seo-yeon, Professor Ko Min-ho and the Hallyeo Institute of Maritime Law are invented; the headline, Published/Updated stamp, byline and Related line are furniture; the headline expressions and stamps are annotated). The unnamed official's quote, Ko's quote and the statement of Yoon's office are invented; the stamp times are invented.",
        "Real facts, checked on stored pages: koreaherald.com/view.php?ud=20240926050640, koreatimesus.com/?p=94110, daijiworld (IANS, 2024-09-26), byteseu.com/448718 and /449935 (KBS), m.koreatimes.co.kr newsIdx=383181: sixth meeting of the joint commission in Tokyo on Friday 27 September 2024, first since 1985 (39 years); Hwang Jun-shik and Akihiro Okochi led; 'broad discussions'; agreement signed 1974, in force 22 June 1978 for 50 years, three years' notice possible from 22 June 2025; Japan has designated no operators since 1993; Kamikawa's February 2024 hint at renegotiation; termination not on the agenda. From the titles of other corpora (dev8 manifest) and general knowledge: Kishida's farewell Seoul summit on 6 September 2024, the 12th with Yoon, and the protection-of-nationals memorandum; Yoon's Tokyo visit of March 2023; Camp David, August 2023; Ishiba elected LDP president on 27 September 2024 and prime minister on 1 October; the Yoon-Ishiba meeting later held in Lima in November 2024 (the article reports it as planned).",
        "Summits (4): Seoul 6 September 2024 (ordinal 12 as written), Tokyo March 2023 ('first hosted' is about hosting, not a first meeting, so ordinal null), Camp David August 2023 (trilateral), a planned first Yoon-Ishiba meeting at APEC in Peru in November (status planned; place left null, country PE). Not summits: the commission meeting (officials), the LDP vote.",
        "Agreements (5): the 1974 JDZ agreement (treaty, referenced, dated 1974 as written), the commission's commitment to keep consulting (agreed), the protection-of-nationals memorandum (mou, referenced, dated by the text's 'Sept. 6'), the Seoul shuttle-diplomacy pledge (commitment, referenced), the 1965 Treaty on Basic Relations (referenced). 'shuttle diplomacy' in quotation marks is a term, not a quote.",
        "Timexes: 'three weeks after' takes the date it points to (the session, 27 September), as unseen16; 'less than nine months' = P9M LESS_THAN; 'almost 40 years' = P40Y APPROX; 'next summer' = 2025-SU; 'on Tuesday' = 1 October 2024; '12th summit' and 'sixth session' are ordinals.",
    ],
)
