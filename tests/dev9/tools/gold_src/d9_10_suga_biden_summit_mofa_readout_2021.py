# ruff: noqa: E501
LEDE = ("Mr. SUGA Yoshihide, Prime Minister of Japan, who was visiting", "at the White House on April 16 (EDT).")
TALKS = "The talks opened at 1:40 p.m. local time"
JS = "Following the meetings, the two leaders held a joint press conference"
DETER = "(1) The two leaders confirmed that they would further strengthen"
ART5 = "President Biden reiterated the unwavering U.S. commitment"
NK = "On North Korea, the two leaders reaffirmed"
TRI = "The two leaders confirmed the importance of Japan-U.S.-ROK trilateral cooperation"
CORE = "The two leaders launched the Japan-U.S. Competitiveness and Resilience"
CLIM = "The two leaders also agreed on the Japan-U.S. Climate Partnership"
CLOSE = "Prime Minister Suga stated that he looked forward"
REF = "This was the first in-person meeting between Prime Minister Suga"

GOLD = dict(
    published="2021-04-17",
    furniture=[
        "Japan-U.S. Summit Meeting\nApril 17, 2021\nJapanese",
        "1. Opening remarks",
        "2. Japan-U.S. Alliance",
        "3. Regional situations",
        "4. Cooperation for a new era",
        "5. Closing",
        "(Reference)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihide Suga": ["Mr. SUGA Yoshihide", "Prime Minister Suga", "he"],
        "Joe Biden": ["President Joseph R. Biden, Jr.", "President Biden"],
    },
    quotes=[],
    statements=[
        ("President Biden stated that he was pleased", ["Joe Biden"], "stated"),
        ("Prime Minister Suga expressed his gratitude", ["Yoshihide Suga"], "expressed his gratitude"),
        (DETER, ["Yoshihide Suga", "Joe Biden"], "confirmed"),
        (ART5, ["Joe Biden"], "reiterated"),
        ("The two leaders exchanged views on China", ["Yoshihide Suga", "Joe Biden"], "shared the view"),
        ("They also underscored the importance of peace", ["Yoshihide Suga", "Joe Biden"], "underscored"),
        (NK, ["Yoshihide Suga", "Joe Biden"], "reaffirmed"),
        ("President Biden expressed his support for the immediate resolution", ["Joe Biden"], "expressed his support"),
        (TRI, ["Yoshihide Suga", "Joe Biden"], "agreed"),
        ("Prime Minister Suga explained Japan's position", ["Yoshihide Suga"], "explained"),
        ("President Biden expressed support for Prime Minister Suga's efforts", ["Joe Biden"], "expressed support"),
        (CLOSE, ["Yoshihide Suga", "Joe Biden"], "stated"),
    ],
    timexes=[
        ("April 17, 2021", "2021-04-17", None),
        ("White House on [[April 16]] (EDT)", "2021-04-16", None),
        ("1:40 p.m.", "2021-04-16T13:40", None),
        ("2:40 a.m. on April 17", "2021-04-17T02:40", None),
        ("approximately 150 minutes", "PT150M", "APPROX"),
        ("March 16", "2021-03-16", None),
        ("April 2", "2021-04-02", None),
        ("this summer", "2021-SU", None),
        ("in June", "2021-06", None),
        ("January 28", "2021-01-28", None),
        ("March 12", "2021-03-12", None),
    ],
    summits=[
        dict(date="2021-04-16", place="White House", country="US", participants=["Yoshihide Suga", "Joe Biden"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEDE, TALKS, JS, REF]),
    ],
    agreements=[
        dict(title="Japan-U.S. Joint Leaders' Statement 'U.S.-Japan Global Partnership for a New Era'",
             kind="joint-statement", date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[JS]),
        dict(title="further strengthen the Alliance's deterrence and response capabilities", kind="commitment",
             date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[DETER]),
        dict(title="understanding reached at the Japan-U.S. 2+2 of March 16", kind="commitment",
             date="2021-03-16", parties=["JP", "US"], status="referenced", evidence=[DETER]),
        dict(title="Japan-U.S. Security Treaty", kind="treaty", date=None,
             parties=["JP", "US"], status="referenced", evidence=[ART5]),
        dict(title="complete denuclearization of North Korea (reaffirmed commitment)", kind="commitment",
             date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[NK]),
        dict(title="call for full implementation of the UN Security Council resolutions", kind="commitment",
             date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[NK]),
        dict(title="continue to coordinate closely, including through Japan-U.S.-ROK meetings", kind="commitment",
             date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[TRI]),
        dict(title="Japan-U.S. Competitiveness and Resilience (CoRe) Partnership", kind="commitment",
             date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[CORE]),
        dict(title="Japan-U.S. Climate Partnership on Ambition, Decarbonization, and Clean Energy", kind="commitment",
             date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[CLIM]),
        dict(title="maintain close communication", kind="commitment",
             date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[CLOSE]),
    ],
    notes=[
        "Invented Japanese foreign ministry-style readout (numbered items with (1)-(3), '(Reference)'); its wording is not the real document's. Title, date line, the language link 'Japanese', the numbered headings and '(Reference)' are furniture; the date line is annotated. It carries no quotation marks except around the joint statement's title, which is a title, not a quote; '(\"2+2\")' is a name. The content of Suga's explanation on the ROK is invented wording for a real exchange of views on the ROK.",
        "Real background, checked on stored pages: mofa.go.jp page4e_001123 (April 16 (EDT) summit in Washington, beginning 1:40 p.m. EDT / 2:40 a.m. JST, 150 minutes in total; joint statement; Biden honored to welcome Suga as the first foreign leader; regional situations including China, North Korea and the ROK; Free and Open Indo-Pacific); worldjpn.net 20210416 (joint press conference; 2+2 understanding of last month); gino.khan.kr 1151 (Joint Leaders' Statement 'U.S.-Japan Global Partnership for a New Era'); japantimes.co.jp 2021-04-02 (summit set for April 16; Japan-U.S.-ROK national security advisers meeting in Annapolis on April 2); jmh.usembassy.gov 20210407164561 (climate partnership); mofa.go.jp page4e_001142 (Suga-Biden intermittent talks at the Cornwall G7 in June; Tokyo Games). From general knowledge: the 2+2 of March 16 in Tokyo, the Senkaku Article V language, the CoRe Partnership's name and fields, the Taiwan Strait language, the January 28 phone talk, the Quad videoconference of March 12.",
        "Summits (1): Suga-Biden ('the first in-person meeting between' them: ordinal 1; place as named). Not summits: the January 28 telephone talk, the Quad leaders' videoconference (not in person), the 2+2 and the national security advisers' meeting (not leaders), Suga's hope to see Biden again at the G7 (not arranged).",
        "Agreements (10): the joint leaders' statement; deterrence (from 'confirmed that they would'); the 2+2 understanding (referenced); the Security Treaty (referenced; the text gives no date: null); the reaffirmed denuclearization commitment and the UN resolutions course (two courses in one sentence); trilateral coordination; the CoRe and Climate partnerships (commitments: named partnerships, no signed text); close communication. Not agreements: shared views (China, Taiwan Strait, the importance of trilateral cooperation), Biden's support on abductions and the Games (one side), Suga's explanation.",
        "Timexes: '2:40 a.m. on April 17' is one expression (2021-04-17T02:40); 'this summer' = 2021-SU; 'in June' = 2021-06.",
    ],
)
