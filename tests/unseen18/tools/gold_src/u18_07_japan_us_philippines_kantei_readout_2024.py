# ruff: noqa: E501
HELD = ("On April 11, commencing", "Official Visit with State Honors to the United States.")
WELC = "At the outset, the three leaders welcomed the holding"
JVS = "Following the meeting, the three leaders issued the Joint Vision Statement"
CONCERN = "The three leaders expressed serious concerns"
CG = "The three leaders concurred that the coast guards"
LEC = "Regarding economic cooperation, the three leaders agreed to launch"
CAMP = "Prime Minister Kishida stated that the cooperation among Japan, the United States and the Republic of Korea"
SEVEN = "Prime Minister Kishida also noted that he had held seven summit meetings"
BIDEN = "President Biden stated that the United States would continue"
NK = "The three leaders also exchanged views on North Korea"
APR10 = "On April 10, Prime Minister Kishida held a Japan-U.S. Summit Meeting"
MARCOS = "President Biden and President Marcos held a separate bilateral meeting"
SPIRIT = "At Camp David, the leaders of Japan, the United States and the ROK issued"

P3 = ["Fumio Kishida", "Joe Biden", "Ferdinand Marcos Jr."]
GOLD = dict(
    published="2024-04-11",
    furniture=[
        "Japan-U.S.-Philippines Summit Meeting\n\nApril 11, 2024 (Local time)",
        "[Provisional Translation]",
        "(Reference)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Mr. KISHIDA Fumio, Prime Minister of Japan", "Prime Minister Kishida", "he"],
        "Joe Biden": ["the Honorable Joseph R. Biden, Jr., President of the United States of America", "President Biden"],
        "Ferdinand Marcos Jr.": ["H.E. Mr. Ferdinand Romualdez Marcos Jr., President of the Republic of the Philippines", "President Marcos"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol of the ROK"],
    },
    quotes=[],
    statements=[
        (WELC, P3, "welcomed"),
        (CONCERN, P3, "expressed serious concerns"),
        (CG, P3, "concurred"),
        (LEC, P3, "agreed"),
        (CAMP, ["Fumio Kishida"], "stated"),
        (SEVEN, ["Fumio Kishida"], "noted"),
        (BIDEN, ["Joe Biden"], "stated"),
        (NK, P3, "confirmed"),
        (SPIRIT, ["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"], "committed"),
    ],
    timexes=[
        ("[[April 11, 2024]] (Local time)", "2024-04-11", None),
        ("On [[April 11]], commencing", "2024-04-11", None),
        ("3:55 p.m.", "2024-04-11T15:55", None),
        ("4:55 a.m. on April 12", "2024-04-12T04:55", None),
        ("approximately 70 minutes", "PT70M", "APPROX"),
        ("in [[August last year]]", "2023-08", None),
        ("Yoon Suk Yeol of the ROK [[last year]]", "2023", None),
        ("On April 10", "2024-04-10", None),
        ("on [[the same day]] as", "2024-04-11", None),
    ],
    summits=[
        dict(date="2024-04-11", place="Washington", country="US", participants=P3,
             kind="trilateral", ordinal=1, status="held", occasion=None, evidence=[HELD, WELC]),
        dict(date="2024-04-10", place="Washington", country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[APR10]),
        dict(date="2024-04-11", place="Washington", country="US", participants=["Joe Biden", "Ferdinand Marcos Jr."],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MARCOS]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CAMP, SPIRIT]),
    ],
    agreements=[
        dict(title="Joint Vision Statement from the Leaders of Japan, the Philippines, and the United States", kind="joint-statement",
             date="2024-04-11", parties=["JP", "PH", "US"], status="agreed", evidence=[JVS]),
        dict(title="further strengthen trilateral cooperation for a free and open Indo-Pacific", kind="commitment", date="2024-04-11",
             parties=["JP", "PH", "US"], status="agreed", evidence=[WELC]),
        dict(title="joint coast guard training at sea", kind="commitment", date="2024-04-11",
             parties=["JP", "PH", "US"], status="agreed", evidence=[CG]),
        dict(title="expand cooperation in maritime domain awareness", kind="commitment", date="2024-04-11",
             parties=["JP", "PH", "US"], status="agreed", evidence=[CG]),
        dict(title="launch the Luzon Economic Corridor", kind="commitment", date="2024-04-11",
             parties=["JP", "PH", "US"], status="agreed", evidence=[LEC]),
        dict(title="coordinate closely with the ROK toward complete denuclearization of North Korea", kind="commitment", date="2024-04-11",
             parties=["JP", "PH", "US"], status="agreed", evidence=[NK]),
        dict(title="Japan-U.S. Joint Leaders' Statement 'Global Partners for the Future'", kind="joint-statement", date="2024-04-10",
             parties=["JP", "US"], status="referenced", evidence=[APR10]),
        dict(title="The Spirit of Camp David (Japan-U.S.-ROK joint statement)", kind="joint-statement", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[SPIRIT]),
        dict(title="commitment to consult promptly on regional challenges (Camp David)", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[SPIRIT]),
    ],
    notes=[
        "Invented readout in the style of the Japanese Prime Minister's Office / foreign ministry (title, date line, [Provisional Translation], (Reference) heading are furniture; the date line is annotated). Invented: the start time and length of the meeting, Biden's remark in point 4, the exact wording of all points. Document titles in quotation marks ('Global Partners for the Future', 'The Spirit of Camp David') are titles, not quotes.",
        "Real facts checked on stored pages: thewellnews.com 2024-04-12 (AP photo: trilateral in the East Room of the White House on Thursday 11 April 2024; Biden and Kishida's Rose Garden press conference on Wednesday); nippon.com kd1142637511159907138 and yjj2024031900278 (first three-way summit on 11 April, a day after the Biden-Kishida meeting of 10 April, during Kishida's state visit); businessmirror.com.ph and rappler.com (separate Biden-Marcos meeting on 11 April). From the project's manifests: Camp David on 18 Aug 2023 (articles, heldout, dev2); Kishida and Yoon's seventh meeting of 2023 at APEC (articles 2023-11-17). General knowledge: the Joint Vision Statement, the Luzon Economic Corridor, the coast guard training, the 'Global Partners for the Future' statement, the Camp David commitment to consult.",
        "Summits (4): the first trilateral (ordinal 1); Kishida-Biden on 10 April; Biden-Marcos on 11 April; Camp David (August 2023, as the text dates it). Not summits: 'seven summit meetings' with Yoon (aggregate).",
        "Agreements (9): the Joint Vision Statement; five JP-PH-US commitments split by course of action (strengthen cooperation; coast guard training and maritime domain awareness split from one sentence; Luzon Economic Corridor; coordination with the ROK on North Korea); the Japan-U.S. statement of 10 April and the Camp David statement and commitment to consult (referenced). Not agreements: 'shared the view' on clean energy and minerals (a shared view, debatable), the concerns over China.",
    ],
)
