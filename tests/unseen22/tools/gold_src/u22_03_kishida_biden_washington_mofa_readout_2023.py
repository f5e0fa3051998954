# ruff: noqa: E501
FIRST = "On January 13, commencing at 11:10 a.m."
VISIT = "This was the first visit to Washington by Prime Minister Kishida"
CONC = "They concurred to further enhance Japan-U.S.-ROK cooperation"
ROK = "Prime Minister Kishida explained Japan's position"
OPPOSE = "The two leaders agreed to oppose any unilateral attempt"
G7 = "The two leaders agreed to coordinate closely toward the success"
JS = "Following the meeting, the two leaders issued a Joint Statement"
REF = "Prior to his visit to the United States, Prime Minister Kishida visited France"
RAA = "In London on January 11, Prime Minister Kishida and Prime Minister Rishi Sunak signed"
ART5 = "President Biden reiterated the unwavering commitment"

GOLD = dict(
    published="2023-01-13",
    furniture=[
        "Japan-U.S. Summit Meeting\nJanuary 13, 2023\n[Provisional Translation]",
        "1. Opening", "2. Japan-U.S. Alliance", "3. Regional Affairs", "4. G7 Hiroshima Summit", "5. Joint Statement\n",
        "(Reference) ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Mr. KISHIDA Fumio, Prime Minister of Japan", "Prime Minister Kishida"],
        "Joe Biden": ["the Honorable Joseph R. Biden, Jr., President of the United States", "President Biden"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol"],
        "Rishi Sunak": ["Prime Minister Rishi Sunak"],
        "Emmanuel Macron": [],
        "Giorgia Meloni": [],
        "Justin Trudeau": [],
    },
    quotes=[],
    statements=[
        ("Prime Minister Kishida expressed his appreciation", ["Fumio Kishida"], "expressed"),
        ("President Biden stated that the Japan-U.S. Alliance", ["Joe Biden"], "stated"),
        ("The two leaders welcomed the outcome", ["Fumio Kishida", "Joe Biden"], "welcomed"),
        (ART5, ["Joe Biden"], "reiterated"),
        ("The two leaders reaffirmed their commitment", ["Fumio Kishida", "Joe Biden"], "reaffirmed"),
        (CONC, ["Fumio Kishida", "Joe Biden"], "concurred"),
        (ROK, ["Fumio Kishida"], "explained"),
        (OPPOSE, ["Fumio Kishida", "Joe Biden"], "agreed"),
        ("Prime Minister Kishida stated that Japan, as G7", ["Fumio Kishida"], "stated"),
        ("President Biden expressed his full support", ["Joe Biden"], "expressed"),
        (G7, ["Fumio Kishida", "Joe Biden"], "agreed"),
    ],
    timexes=[
        ("January 13, 2023", "2023-01-13", None),
        ("On [[January 13]], commencing", "2023-01-13", None),
        ("11:10 a.m.", "2023-01-13T11:10", None),
        ("1:10 a.m. on January 14", "2023-01-14T01:10", None),
        ("approximately two hours", "PT2H", "APPROX"),
        ("Phnom Penh in [[November last year]]. The", "2022-11", None),
        ("December last year", "2022-12", None),
        ("held on [[January 11]]", "2023-01-11", None),
        ("Phnom Penh in [[November last year]], where", "2022-11", None),
        ("the same day", "2022-11", None),
        ("this year", "2023", None),
        ("Summit in [[May]]", "2023-05", None),
        ("In London on [[January 11]]", "2023-01-11", None),
    ],
    summits=[
        dict(date="2023-01-13", place="Washington, D.C.", country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FIRST, VISIT, JS]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[VISIT]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"],
             kind="trilateral", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[CONC]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[ROK]),
        dict(date="2023-01", place=None, country="FR", participants=["Fumio Kishida", "Emmanuel Macron"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[REF]),
        dict(date="2023-01", place=None, country="IT", participants=["Fumio Kishida", "Giorgia Meloni"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[REF]),
        dict(date="2023-01-11", place="London", country="GB", participants=["Fumio Kishida", "Rishi Sunak"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[REF, RAA]),
        dict(date="2023-01", place=None, country="CA", participants=["Fumio Kishida", "Justin Trudeau"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[REF]),
    ],
    agreements=[
        dict(title="Joint Statement of Japan and the United States", kind="joint-statement", date="2023-01-13",
             parties=["JP", "US"], status="signed", evidence=[JS]),
        dict(title="further enhance Japan-U.S.-ROK cooperation in security and other domains", kind="commitment",
             date="2023-01-13", parties=["JP", "US"], status="agreed", evidence=[CONC]),
        dict(title="trilateral joint statement (Phnom Penh)", kind="joint-statement", date="2022-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CONC]),
        dict(title="oppose unilateral attempts to change the status quo by force or coercion", kind="commitment",
             date="2023-01-13", parties=["JP", "US"], status="agreed", evidence=[OPPOSE]),
        dict(title="coordinate closely toward the success of the G7 Hiroshima Summit", kind="commitment",
             date="2023-01-13", parties=["JP", "US"], status="agreed", evidence=[G7]),
        dict(title="Japan-UK Reciprocal Access Agreement", kind="treaty", date="2023-01-11",
             parties=["GB", "JP"], status="signed", evidence=[RAA]),
        dict(title="Japan-U.S. Security Treaty", kind="treaty", date=None,
             parties=["JP", "US"], status="referenced", evidence=[ART5]),
    ],
    notes=[
        "Invented readout in the style of Japan's foreign ministry / Kantei (title, date line, [Provisional Translation], numbered headings and '(Reference)' are furniture; the date line is annotated). The start time (11:10 a.m.) and the length ('approximately two hours') are invented; the words given to the leaders are paraphrased summaries, not their statements.",
        "Real background checked on stored pages: world.kbs.co.kr Seq_Code 175171 (2023-01-13: Biden-Kishida summit in Washington on Friday; joint statement; denuclearization; enhanced trilateral cooperation with South Korea; defense of Japan; status quo; Taiwan Strait); english-tools.ganp.jp (summit set for 13 January at the White House; full support for Japan's new national security strategy approved the previous month; G7 presidency; last met in person in November in Phnom Penh; Kishida's first visit to Washington as prime minister); whitehouse.gov remarks 2022-11-13 (Biden-Kishida-Yoon trilateral in Phnom Penh). From general knowledge: the Phnom Penh trilateral statement and the Kishida-Yoon meeting of 13 November 2022, the 2+2 of 11 January 2023, Kishida's tour of France, Italy, the UK and Canada (9-12 January 2023) and the Japan-UK Reciprocal Access Agreement signed in London on 11 January 2023; Article V and the Senkakus.",
        "Summits (8): Washington (held), Phnom Penh Kishida-Biden, trilateral and Kishida-Yoon (November 2022; 'the same day' gives only the month here), and the four tour meetings of the Reference (leaders not named except Sunak, taken from the public record; dates 2023-01 except London, 11 January). Not summits: the 2+2 (ministers), the Hiroshima G7 (multilateral, no bilateral planned in the text).",
        "Agreements (7): the joint statement (issued = signed, as unseen16), three JP-US commitments (trilateral cooperation, status quo, Hiroshima), the Phnom Penh trilateral joint statement (referenced), the Japan-UK RAA (treaty, signed on 11 January), the Japan-U.S. Security Treaty (referenced, no date in the text). Not agreements: the reaffirmed commitment to denuclearization (a shared goal), Japan's National Security Strategy (unilateral), Kishida's statement that Japan will communicate with the ROK (unilateral).",
        "'the same day' = 2022-11 (only the month is known in the text, unseen16 rule). '\"2+2\"' is a term in quotation marks, not a quote. Statements follow readout verbs (expressed, stated, welcomed, reiterated, reaffirmed, concurred, explained, agreed).",
    ],
)
