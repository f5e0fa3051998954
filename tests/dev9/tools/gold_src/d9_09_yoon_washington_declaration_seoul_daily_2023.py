# ruff: noqa: E501
LEDE = "President Yoon Suk Yeol and U.S. President Joe Biden adopted"
DECL = "The declaration, issued after a summit marking"
CALLED = "Yoon called the agreement"
SEP = "The two leaders also issued a separate joint statement"
TALKS = "Wednesday's talks, held in the Oval Office"
DINNER = "They were followed by a state dinner"
TOKYO = "Yoon traveled to Tokyo on March 16"
THAT = "At that meeting, Yoon and Kishida agreed"
GSOMIA = "Seoul has since completed steps"
RETURN = "Kishida is now expected to pay a return visit"
HIRO = "The three leaders could also meet later in May"
UNDER = "A senior official in Yoon's office said a trilateral meeting"
WDQ = ("\"The Washington Declaration is about", "stronger,\" the official said.")

GOLD = dict(
    published="2023-04-27",
    furniture=[
        "Yoon, Biden unveil 'Washington Declaration'; Tokyo next on Seoul's diplomatic calendar\n"
        "Allies launch nuclear consultative group as Kishida prepares return visit\n"
        "By Seo Jae-won\n"
        "Posted : 2023-04-27 10:05 | Updated : 2023-04-27 16:40",
        "WASHINGTON -- ",
        "The Japan factor",
        "Related stories\n- Korea, Japan resume shuttle diplomacy after 12 years\n"
        "- Yoon's Tokyo trip: what was agreed and what was not",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Emmanuel Macron": ["French President Emmanuel Macron"],
        "Government of South Korea": ["Seoul"],
        "Office of the President of South Korea": ["Yoon's office"],
    },
    quotes=[
        ("Our commitment to the Republic of Korea is ironclad", "direct", "Joe Biden", "said"),
        ("upgraded", "partial", "Yoon Suk Yeol", "called"),
        ("courageous", "partial", "Joe Biden", "praised"),
        ("under discussion", "partial", None, "said"),
        ("The Washington Declaration is about the alliance.", "direct", None, "said"),
    ],
    statements=[
        ("In return, Seoul reaffirmed its commitment", ["Government of South Korea"], "reaffirmed"),
        ("Biden said at a joint news conference in the Rose Garden", ["Joe Biden"], "said"),
        (CALLED, ["Yoon Suk Yeol"], "called"),
        (SEP, ["Yoon Suk Yeol", "Joe Biden"], "agreed"),
        ("Biden accepted no new commitment", [None], "said"),
        ("Biden praised Yoon for what he called", ["Joe Biden"], "praised"),
        (THAT, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (RETURN, [None], "according to"),
        (UNDER, [None], "said"),
        ("Yoon did not bring up Japan at length", [None], "added"),
    ],
    timexes=[
        ("2023-04-27 10:05", "2023-04-27T10:05", None),
        ("2023-04-27 16:40", "2023-04-27T16:40", None),
        ("White House [[on Wednesday]]", "2023-04-26", None),
        ("[[Wednesday's]] talks", "2023-04-26", None),
        ("roughly 100 minutes", "PT100M", "APPROX"),
        ("Macron [[in December]]", "2022-12", None),
        ("March 16", "2023-03-16", None),
        ("South Korean leader [[in 12 years]]", "P12Y", None),
        ("since [[2018]]", "2018", None),
        ("signed [[in 2016]]", "2016", None),
        ("in [[early May]]", "2023-05", "START"),
        ("Japanese prime minister [[in 12 years]]", "P12Y", None),
        ("later in May", "2023-05", None),
        ("Congress [[on Thursday]]", "2023-04-27", None),
        ("Seoul [[on Saturday]]", "2023-04-29", None),
        ("six-day", "P6D", None),
    ],
    summits=[
        dict(date="2023-04-26", place="White House", country="US", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE, DECL, TALKS]),
        dict(date="2022-12", place=None, country="US", participants=["Joe Biden", "Emmanuel Macron"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[DINNER]),
        dict(date="2023-03-16", place="Tokyo", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO, THAT]),
        dict(date="2023-05", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[RETURN]),
        dict(date="2023-05", place="Hiroshima", country="JP", participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"],
             kind="trilateral", ordinal=None, status="planned", occasion="G7", evidence=[HIRO, UNDER]),
    ],
    agreements=[
        dict(title="Washington Declaration", kind="joint-declaration", date="2023-04-26",
             parties=["KR", "US"], status="agreed", evidence=[LEDE, DECL, CALLED, WDQ]),
        dict(title="set up a Nuclear Consultative Group", kind="commitment", date="2023-04-26",
             parties=["KR", "US"], status="agreed", evidence=[DECL]),
        dict(title="separate joint statement on the alliance", kind="joint-statement", date="2023-04-26",
             parties=["KR", "US"], status="agreed", evidence=[SEP]),
        dict(title="expand cooperation on semiconductors, batteries and space exploration", kind="commitment",
             date="2023-04-26", parties=["KR", "US"], status="agreed", evidence=[SEP]),
        dict(title="resume shuttle diplomacy", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="referenced", evidence=[THAT]),
        dict(title="restart the Korea-Japan security dialogue", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="referenced", evidence=[THAT]),
        dict(title="General Security of Military Information Agreement", kind="treaty", date="2016",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA]),
    ],
    notes=[
        "Invented Seoul English-language daily story in Korea Times style (reporter Seo Jae-won is fictional). Headline, deck, byline, 'Posted : | Updated :' stamp, dateline, the 'The Japan factor' crosshead and related stories are furniture; the stamps are annotated; related-story headlines are not. Biden's direct quote and the senior official's words are invented; 'courageous' and 'upgraded' are short fragments in the spirit of reported remarks. 'Washington Declaration' and 'shuttle diplomacy' in quotation marks are a title and a term, not quotes. Invented details: the length of the talks ('roughly 100 minutes'), the remark on the Inflation Reduction Act, the trilateral 'under discussion'.",
        "Real background, checked on stored pages: htv.com.vn (Yoon and Biden adopted the Washington Declaration on 26 April 2023 during a six-day visit marking the alliance's 70th anniversary); patnatimesnow.com and jhb.news (state dinner on April 26, the second state visit of Biden's presidency after Macron's in December). From general knowledge or the project's other manifests (dev2_06, inv10, ho05, inv11, bl08, un2_09...): the Nuclear Consultative Group and the NPT reaffirmation, the Tokyo summit of 16 March 2023 (first standalone visit in 12 years; shuttle diplomacy and the security dialogue), the compensation plan of March 2023, GSOMIA's normalisation and its 2016 signing, Kishida's return visit in early May, Yoon's invitation to the Hiroshima G7, Yoon's address to Congress on 27 April and the Boston leg, the return on 29 April.",
        "Summits (5): Yoon-Biden (held), Biden-Macron in December 2022 (told only as the state dinner for Macron; a state visit's meeting, place not named: null, US; debatable), Yoon-Kishida in Tokyo on March 16, Kishida's planned return visit to Seoul (early May, dates unconfirmed: planned, month precision), a trilateral in Hiroshima 'under discussion' (planned, debatable). Not summits: Yoon's address to Congress, the G7 itself.",
        "Agreements (7): the Washington Declaration (joint-declaration; evidence includes the sentence whose quote names it), the Nuclear Consultative Group (a course inside it), the separate joint statement and the cooperation course announced with it, the March 16 commitments on shuttle diplomacy and the security dialogue (referenced; two courses), GSOMIA (referenced). Not agreements: Seoul's reaffirmed commitment to the NPT (a multilateral treaty, one side's pledge), the compensation plan (unilateral), 'would keep consulting' on subsidies (vague, like 'agreed to meet soon').",
        "Timexes: the two 'in 12 years' are durations (P12Y); 'later in May' = 2023-05; 'in December' in a past clause = 2022-12.",
    ],
)
