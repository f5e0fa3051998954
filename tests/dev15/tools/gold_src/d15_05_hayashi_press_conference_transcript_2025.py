# ruff: noqa: E501
CONFIRMED = "Prime Minister Ishiba confirmed with President Yoon at their meetings"
PHONE = "The two spoke by telephone in December"
FMQ = "At the Japan-China-ROK Foreign Ministers' Meeting on Saturday"
FMA = "At the meeting on the 22nd, the three ministers confirmed"
DATES = "Specific dates will be coordinated among the three countries"
TREATY = "This year marks the 60th anniversary of the normalization"

GOLD = dict(
    published="2025-03-24",
    furniture=[
        "Press Conference by the Chief Cabinet Secretary (Excerpt)\nMonday, March 24, 2025 (PM)\n[Provisional translation]",
        "(End of excerpt)",
        "[[Reporter (Kanda Press): ]]The Constitutional",
        "[[Chief Cabinet Secretary HAYASHI: ]]We are aware",
        "[[Reporter (Kanda Press): ]]Is a telephone",
        "[[Chief Cabinet Secretary HAYASHI: ]]Nothing has",
        "[[Reporter (Tokai Broadcasting): ]]At the",
        "[[Chief Cabinet Secretary HAYASHI: ]]At the meeting",
        "[[Reporter (Tokai Broadcasting): ]]June marks",
        "[[Chief Cabinet Secretary HAYASHI: ]]This year",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshimasa Hayashi": ["Chief Cabinet Secretary HAYASHI"],
        "Han Duck-soo": ["Prime Minister Han Duck-soo", "Acting President Han", "Mr. Han"],
        "Shigeru Ishiba": ["Prime Minister Ishiba", "the Prime Minister"],
        "Yoon Suk Yeol": ["President Yoon"],
        "Fumio Kishida": [],
        "Li Qiang": [],
    },
    quotes=[],
    statements=[],
    timexes=[
        ("Monday, March 24, 2025", "2025-03-24", None),
        ("this morning", "2025-03-24TMO", None),
        ("Vientiane in [[October]]", "2024-10", None),
        ("in November last year", "2024-11", None),
        ("telephone in [[December]]", "2024-12", None),
        ("Meeting on [[Saturday]]", "2025-03-22", None),
        ("the 22nd", "2025-03-22", None),
        ("Seoul last May", "2024-05", None),
        ("hold it [[within the year]]", "2025", None),
        ("be held [[within the year]]", "2025", None),
        ("[[June]] marks", "2025-06", None),
        ("marks [[60 years]] since", "P60Y", None),
        ("[[This year]] marks", "2025", None),
        ("of [[1965]]", "1965", None),
    ],
    summits=[
        dict(date="2024-10", place="Vientiane", country="LA",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits", evidence=[CONFIRMED]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[CONFIRMED]),
        dict(date="2024-05", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Li Qiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[FMA]),
        dict(date="2025", place=None, country="JP",
             participants=["Shigeru Ishiba", "Li Qiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[FMQ, FMA, DATES]),
    ],
    agreements=[
        dict(title="maintain close communication (Ishiba-Yoon, Vientiane and Lima)", kind="commitment", date="2024-10",
             parties=["JP", "KR"], status="referenced", evidence=[CONFIRMED]),
        dict(title="keep Japan-ROK and Japan-U.S.-ROK cooperation on track (Ishiba-Han telephone talk)", kind="commitment", date="2024-12",
             parties=["JP", "KR"], status="referenced", evidence=[PHONE]),
        dict(title="foreign ministers' commitment to accelerate preparations for a trilateral summit in Japan", kind="commitment", date="2025-03-22",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[FMQ, FMA]),
        dict(title="Treaty on Basic Relations of 1965", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
    ],
    notes=[
        "Invented transcript in the style of the Japanese Chief Cabinet Secretary's press conference (excerpt, provisional translation); outlets 'Kanda Press' and 'Tokai Broadcasting' are invented; Hayashi's answers are invented wording. Title, date line, translation note, end line and speaker labels are furniture; the date line is annotated. As in unseen15-16, the Chief Cabinet Secretary's own answers in a transcript are not annotated as statements, and there are no quotation marks, hence no quotes.",
        "Real facts, checked on stored pages: springfieldnewssun.com and latimes.com 2025-03-23/24, devdiscourse 2025-03-24 (the Constitutional Court reinstated Han Duck-soo as acting president on Monday 24 March 2025; Han was acting president from Yoon's impeachment on 14 December until his own impeachment on 27 December); reuters.screenocean.com 1985192 and spotlightnepal.com (foreign ministers' meeting on Saturday 22 March 2025 in Tokyo; summit in Japan at an early date; the Seoul summit of 2024). From other corpora's titles and general knowledge: Hayashi as Chief Cabinet Secretary; Ishiba-Yoon meetings in Vientiane (October 2024) and Lima (November 2024); an Ishiba-Han telephone talk in December 2024 agreeing to keep ties and three-way cooperation on track (unseen17's title); the Seoul trilateral of May 2024 (Kishida, Yoon, Li Qiang); the 1965 treaty.",
        "Summits (4): Vientiane and Lima Ishiba-Yoon; the Seoul trilateral of May 2024 (participants from the public record); the planned Japan-hosted trilateral (dated 2025 from 'within the year', which the answer declines to promise; participants Ishiba and Li Qiang from the public record, no Korean participant while Seoul has an acting president - debatable). Not summits: the telephone talk, a telephone talk 'being considered', a prime ministerial visit 'not being planned'.",
        "Agreements (4): three referenced commitments (Vientiane/Lima communication, the December phone commitment, the foreign ministers' commitment of 22 March) and the 1965 treaty.",
        "Timexes: 'this morning' = 2025-03-24TMO; 'the 22nd' = 2025-03-22; 'last May' = 2024-05; 'within the year' (twice) = 2025; the '(PM)' of the date line is not annotated; '60th anniversary' is an ordinal.",
    ],
)
