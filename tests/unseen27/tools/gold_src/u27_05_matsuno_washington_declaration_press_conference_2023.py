# ruff: noqa: E501
Q1 = "President Yoon Suk Yeol and President Biden held talks at the White House"
A1 = "The Government is aware that the two presidents met on April 26"
JAN = "most recently when Prime Minister Kishida visited Washington in January"
Q2 = "Some media have reported that the Prime Minister is arranging"
A2 = "Nothing has been decided at this point regarding a visit"
TOKYO = "At the summit meeting in Tokyo on March 16"
Q4 = "The President told the U.S. side that he hopes"
A4 = "I am aware that President Yoon expressed such hopes"

GOLD = dict(
    published="2023-04-27",
    furniture=[
        "Press Conference by the Chief Cabinet Secretary (Excerpt)",
        "[Provisional Translation]\n\nQuestions and Answers\n\nROK-U.S. Summit Meeting",
        "Prime Minister's Possible Visit to the ROK",
        "REPORTER (Kanda Press): ", "REPORTER (Toranomon Post): ",
        "(END)",
        "[[REPORTER (Hibiya Press): ]]Some media", "[[REPORTER (Hibiya Press): ]]If a visit",
        "[[CHIEF CABINET SECRETARY MATSUNO: ]]The Government is aware",
        "[[CHIEF CABINET SECRETARY MATSUNO: ]]Nothing has been decided",
        "[[CHIEF CABINET SECRETARY MATSUNO: ]]President Yoon has been invited",
        "[[CHIEF CABINET SECRETARY MATSUNO: ]]I am aware",
    ],
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon", "the President"],
        "Joe Biden": ["President Biden"],
        "Fumio Kishida": ["Prime Minister Kishida", "the Prime Minister"],
        "Hirokazu Matsuno": ["Chief Cabinet Secretary Matsuno", "CHIEF CABINET SECRETARY MATSUNO"],
        "Government of Japan": ["the Government"],
    },
    quotes=[],
    statements=[
        (Q2, [None], "reported"),
        (TOKYO, ["Fumio Kishida", "Yoon Suk Yeol"], "agreed"),
        (Q4, ["Yoon Suk Yeol"], "told"),
        (A4, ["Yoon Suk Yeol"], "expressed"),
    ],
    timexes=[
        ("Thursday, April 27, 2023", "2023-04-27", None),
        ("yesterday, Washington time", "2023-04-26", None),
        ("April 26", "2023-04-26", None),
        ("in [[January]] and he", "2023-01", None),
        ("early next month", "2023-05", "START"),
        ("March 16", "2023-03-16", None),
        ("Hiroshima Summit in [[May]]", "2023-05", None),
        ("last month", "2023-03", None),
    ],
    summits=[
        dict(date="2023-04-26", place="White House", country="US", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[Q1, A1]),
        dict(date="2023-01", place="Washington", country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[JAN]),
        dict(date="2023-03-16", place="Tokyo", country="JP", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2023-05", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[Q2, A2]),
    ],
    agreements=[
        dict(title="Washington Declaration", kind="joint-declaration", date="2023-04-26", parties=["KR", "US"],
             status="signed", evidence=[Q1, A1]),
        dict(title="set up a Nuclear Consultative Group", kind="commitment", date="2023-04-26", parties=["KR", "US"],
             status="agreed", evidence=[Q1]),
        dict(title="ROK-U.S. joint statement of April 26", kind="joint-statement", date="2023-04-26", parties=["KR", "US"],
             status="signed", evidence=[A1]),
        dict(title="Japan-U.S. joint statement of January 2023", kind="joint-statement", date="2023-01", parties=["JP", "US"],
             status="referenced", evidence=[JAN]),
        dict(title="revive visits between the leaders unconstrained by formality", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
    ],
    notes=[
        "Invented transcript in the style of the Japanese Chief Cabinet Secretary's press conference (title, translation note, section headings, two outlet tags and '(END)' are furniture; the date line is annotated). Reporters' outlets (Kanda Press, Hibiya Press, Toranomon Post) and every word given to Matsuno are invented. As in unseen16, the Chief Cabinet Secretary's own answers are not annotated as statements; sentences in questions and answers that report what leaders said or agreed are.",
        "Real facts, checked on stored pages: theepochtimes.com (Kishida's Seoul visit after Yoon's six-day U.S. visit ended on 29 April; Washington Declaration signed with Biden; Hiroshima G7 two weeks after the Seoul visit; shuttle diplomacy); japannews.yomiuri 20231114 and japantoday (Hirokazu Matsuno as Chief Cabinet Secretary in 2023). From general knowledge or other corpora's titles: the Yoon-Biden White House summit of 26 April 2023 with the Washington Declaration, the Nuclear Consultative Group and a joint statement; Kishida-Biden in Washington on 13 January 2023 with a joint statement; the Tokyo summit of 16 March 2023 and the agreement to resume shuttle diplomacy; Yoon's invitation to Hiroshima announced in March 2023; the Japan-U.S. Extended Deterrence Dialogue; Kishida's Seoul visit of 7-8 May 2023 (here only reported as being arranged).",
        "Summits (4): Yoon-Biden (held, 'yesterday, Washington time' = 26 April); Kishida-Biden in January (held, 2023-01); Tokyo 16 March (held); Kishida's visit to Seoul 'early next month' (planned, 2023-05; the reporter cites media reports and the government says nothing is decided: recorded as planned, debatable). Not summits: possible bilateral and trilateral meetings at Hiroshima ('nothing has been decided'), the G7 summit itself.",
        "Agreements (5): the Washington Declaration (joint-declaration, signed) and its Nuclear Consultative Group (commitment, agreed), the ROK-U.S. joint statement (signed = issued), the January Japan-U.S. joint statement (referenced), the 16 March commitment to revive leaders' visits (referenced). Not agreements: Japan not joining the group (unilateral), the Extended Deterrence Dialogue (existing channel), Yoon's hopes for trilateral cooperation.",
        "Timexes: 'early next month' = 2023-05 START; 'in May' (future, Hiroshima) = 2023-05; 'last month' = 2023-03; 'yesterday, Washington time' = 2023-04-26. The '(AM)' of the date line is not annotated.",
    ],
)
