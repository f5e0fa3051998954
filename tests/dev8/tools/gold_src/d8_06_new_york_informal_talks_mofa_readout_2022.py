FK = "Fumio Kishida"
YSY = "Yoon Suk Yeol"
JB = "Joe Biden"
BOTH = [FK, YSY]
KJ = ["JP", "KR"]
TITLE = "Japan-ROK Summit Meeting (Informal Talks)"
OPEN = ("On September 21, commencing at 12:23 p.m.", "President of the Republic of Korea (ROK).")
KS = "Prime Minister Kishida stated that he was pleased"
SAME = "President Yoon expressed the same view."
VIEW = "The two leaders shared the view on the need to restore"
INSTR = "The two leaders agreed to instruct their diplomatic authorities"
NK = "The two leaders expressed serious concern over North Korea's"
ABD = "Prime Minister Kishida asked for the ROK's continued understanding"
VAL = "The two leaders agreed to cooperate with the international community"
MADRID = ("The two leaders attended the Japan-U.S.-ROK Summit Meeting", "the NATO Summit.")
DINNER = "They exchanged greetings at the NATO gala dinner"
LAST = "The last Japan-ROK summit meeting, between Prime Minister ABE Shinzo"
GOLD = dict(
    published="2022-09-22",
    furniture=["September 22, 2022\n",
               "Japanese Foreign Ministry-style summary (provisional translation)",
               "The overview of the talks is as follows.", "(Reference)"],
    timex_in_furniture_ok=True,
    entities={
        FK: ["Mr. KISHIDA Fumio, Prime Minister of Japan", "KISHIDA Fumio",
             "Prime Minister Kishida"],
        YSY: ["H.E. Mr. YOON Suk Yeol", "YOON Suk Yeol", "President Yoon", "the President"],
        JB: ["President Joseph R. Biden, Jr.", "Joseph R. Biden, Jr."],
        "Shinzo Abe": ["Prime Minister ABE Shinzo", "ABE Shinzo"],
        "Moon Jae-in": ["President Moon Jae-in"],
    },
    quotes=[
        ("important neighbors", "partial", FK, "stated"),
    ],
    statements=[
        (KS, [FK], "stated"),
        (SAME, [YSY], "expressed"),
        (VIEW, BOTH, "shared the view"),
        (INSTR, BOTH, "agreed"),
        (NK, BOTH, "expressed"),
        (ABD, BOTH, "asked"),
        (VAL, BOTH, "agreed"),
    ],
    timexes=[
        ("September 22, 2022", "2022-09-22", None),
        ("On [[September 21]], commencing", "2022-09-21", None),
        ("12:23 p.m.", "2022-09-21T12:23", None),
        ("approximately 30 minutes", "PT30M", "APPROX"),
        ("inauguration in [[May]]", "2022-05", None),
        ("1965", "1965", None),
        ("June 29", "2022-06-29", None),
        ("the previous evening", "2022-06-28TEV", None),
        ("December 24, 2019", "2019-12-24", None),
        ("two years and nine months ago", "2019-12", None),
    ],
    summits=[
        dict(date="2022-09-21", place="New York", country="US", participants=BOTH,
             kind="sidelines", ordinal=None, status="held",
             occasion="the United Nations General Assembly",
             evidence=[TITLE, OPEN, KS, INSTR]),
        dict(date="2022-06-29", place="Madrid", country="ES", participants=[JB, FK, YSY],
             kind="trilateral", ordinal=None, status="held", occasion="the NATO Summit",
             evidence=[MADRID]),
        dict(date="2019-12-24", place="Chengdu", country="CN",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LAST]),
    ],
    agreements=[
        dict(title="instruct diplomatic authorities to accelerate consultations",
             kind="commitment", date="2022-09-21", parties=KJ, status="agreed",
             evidence=[INSTR]),
        dict(title="continue communication between the leaders", kind="commitment",
             date="2022-09-21", parties=KJ, status="agreed", evidence=[INSTR]),
        dict(title="work closely together in responding to North Korea", kind="commitment",
             date="2022-09-21", parties=KJ, status="agreed", evidence=[NK]),
        dict(title="work with the United States and the international community on North"
                   " Korea", kind="commitment", date="2022-09-21", parties=KJ,
             status="agreed", evidence=[NK]),
        dict(title="cooperate with the international community in upholding universal"
                   " values", kind="commitment", date="2022-09-21", parties=KJ,
             status="agreed", evidence=[VAL]),
    ],
    notes=[
        "Invented readout in the style of the Japanese foreign ministry (not the real"
        " document; the wording, the numbered headings and the 'important neighbors'"
        " fragment are invented). Furniture: the date line under the title (annotated), the"
        " style line, the lead-in 'The overview of the talks is as follows.' (dev5),"
        " '(Reference)'; the numbered headings ('1. Opening', '3. Regional"
        " Affairs') are text without annotations. Checked (pages): the informal talks in New"
        " York on Wednesday Sept. 21, 2022, 30 minutes from 12:23 p.m. in a conference"
        " building near the UN General Assembly, agreement on the need to improve relations"
        " by resolving pending issues, instructions to diplomats to accelerate talks,"
        " continued communication between the leaders, serious concern over North Korea's"
        " nuclear legislation and a possible seventh test, cooperation with the international"
        " community, universal values (Korea Herald, 2022-09-22; Inquirer; marketscreener"
        " quoting Yonhap; Agenzia Nova); 'informal' in both capitals' descriptions (Nikkei"
        " Asia; Japan Times); first leaders' meeting since December 2019 (Korea Herald). Public"
        " record: the Madrid trilateral of June 29, 2022 hosted by Biden on the NATO"
        " occasion, the greetings at the gala dinner of June 28, the Chengdu summit of Dec."
        " 24, 2019, the 77th UNGA, Kishida's raising of the abductions issue.",
        "Summits (3): New York (the 'informal talks' are an in-person meeting of the two"
        " leaders: a summit, sidelines of the UNGA); Madrid trilateral (kind trilateral,"
        " occasion the NATO Summit); Chengdu 2019 (kind bilateral: the text does not tie it"
        " to the trilateral). Not summits: the greetings at the gala dinner.",
        "Agreements (5): item 2(2) = two courses (accelerate consultations; leaders'"
        " communication); item 3(1) = bilateral and with the U.S./international community"
        " (two records, parties JP/KR as d7_14); item 4 universal values. Not agreements:"
        " 'shared the view on the need to restore sound relations', the concern, Yoon's"
        " support on abductions. The 'normalization of diplomatic relations in 1965' names no"
        " instrument and is not recorded (debatable: it is the 1965 Treaty on Basic"
        " Relations).",
        "Sentence split: 'H.E. Mr.' and 'Joseph R. Biden, Jr.' break the builder's split, so"
        " the opening sentence and the first Reference sentence are given as explicit spans"
        " (dev6 convention).",
        "Timexes: '12:23 p.m.' = 2022-09-21T12:23; 'the previous evening' = 2022-06-28TEV;"
        " 'two years and nine months ago' = 2019-12 (a point, like 'nearly three years ago'"
        " in the contract).",
    ],
)
