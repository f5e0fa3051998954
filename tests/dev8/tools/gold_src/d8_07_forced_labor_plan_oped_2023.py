YSY = "Yoon Suk Yeol"
FK = "Fumio Kishida"
PJ = "Park Jin"
KJ = ["JP", "KR"]
SUB = "The compensation plan clears the way for next week's summit."
NEXT = "Next Thursday, President Yoon Suk Yeol will land in Tokyo"
ANN = "Both governments announced the two-day trip on Thursday"
MON = "On Monday, Foreign Minister Park Jin announced"
GLASS = "Park described the glass as"
DIET = "Prime Minister Fumio Kishida told the Diet the same day"
DECL = "The 1998 declaration, in which Obuchi expressed remorse"
TRADE = "The trade ministries agreed this week to hold talks"
CW = "The 2015 agreement on the comfort women was called"
TWICE = "Yoon and Kishida have already met twice"
PERM = "Those meetings were about permission to keep talking."
ARR = "Kishida should do three things when Yoon arrives."
GOLD = dict(
    published="2023-03-10",
    furniture=["OPINION", "By Jung Eun-hye", "Published: March 10, 2023",
               "Jung Eun-hye is a former diplomat and a visiting fellow at the Cheonggye"
               " Institute for Regional Studies. The views expressed are her own."],
    timex_in_furniture_ok=True,
    entities={
        YSY: ["President Yoon Suk Yeol", "Yoon"],
        FK: ["Prime Minister Fumio Kishida", "Kishida"],
        PJ: ["Foreign Minister Park Jin", "Park", "he"],
        "Yoshimasa Hayashi": ["Foreign Minister Yoshimasa Hayashi"],
        "Keizo Obuchi": ["Obuchi"],
        "Kim Dae-jung": [],
    },
    quotes=[
        ("more than half full", "partial", PJ, "described"),
        ("healthy", "partial", FK, "told"),
        ("final and irreversible", "partial", None, "called"),
    ],
    statements=[
        (MON, [PJ], "announced"),
        (GLASS, [PJ], "described"),
        (DIET, [FK, "Yoshimasa Hayashi"], "told"),
        (DECL, ["Keizo Obuchi"], "expressed"),
        (TRADE, [None], "speak of"),
    ],
    timexes=[
        ("March 10, 2023", "2023-03-10", None),
        ("Next Thursday", "2023-03-16", None),
        ("12 years", "P12Y", None),
        ("two-day", "P2D", None),
        ("trip on [[Thursday]]", "2023-03-09", None),
        ("On Monday", "2023-03-06", None),
        ("to pay in [[2018]]", "2018", None),
        ("the [[1965]] settlement", "1965", None),
        ("the same day", "2023-03-06", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("The [[1998]] declaration", "1998", None),
        ("agreed [[this week]]", "2023-W10", None),
        ("chip materials in [[2019]]", "2019", None),
        ("The [[2015]] agreement", "2015", None),
        ("three years", "P3Y", "LESS_THAN"),
        ("30 minutes", "PT30M", None),
        ("New York in [[September]]", "2022-09", None),
        ("Phnom Penh in [[November]]", "2022-11", None),
        ("Seoul [[this year]]", "2023", None),
        ("polls published [[this week]]", "2023-W10", None),
    ],
    summits=[
        dict(date="2023-03-16", place="Tokyo", country="JP", participants=[YSY, FK],
             kind="bilateral", ordinal=None, status="planned", occasion=None,
             evidence=[SUB, NEXT, ANN, ARR]),
        dict(date="2022-09", place="New York", country="US", participants=[YSY, FK],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[TWICE, PERM]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=[YSY, FK],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[TWICE, PERM]),
    ],
    agreements=[
        dict(title="1965 settlement with Japan (claims agreement)", kind="treaty",
             date="1965", parties=KJ, status="referenced", evidence=[MON]),
        dict(title="1998 joint declaration of Kim Dae-jung and Keizo Obuchi",
             kind="joint-declaration", date="1998", parties=KJ, status="referenced",
             evidence=[DIET, DECL]),
        dict(title="talks on undoing Japan's 2019 export controls (trade ministries)",
             kind="commitment", date="2023-03", parties=KJ, status="agreed",
             evidence=[TRADE]),
        dict(title="General Security of Military Information Agreement (GSOMIA)",
             kind="treaty", date="2016-11-23", parties=KJ, status="referenced",
             evidence=[TRADE]),
        dict(title="2015 agreement on the comfort women", kind="joint-statement",
             date="2015", parties=KJ, status="referenced", evidence=[CW]),
    ],
    notes=[
        "Invented op-ed (author Jung Eun-hye and the Cheonggye Institute for Regional"
        " Studies are fictional; 'more than half full' and 'healthy' are fragments of"
        " reported remarks). Furniture: rubric, byline, 'Published' line (annotated), author"
        " note. Checked (pages): Park Jin's announcement on Monday March 6, 2023 of"
        " compensation through the state-backed foundation with funds from Korean companies"
        " that benefited from the 1965 accord, no Japanese contributions, the glass 'more"
        " than half full' (AP via journal-news.com; vietnam.vn); Kishida in the Diet the same"
        " day ('healthy' relations) and Hayashi upholding past cabinets' positions including"
        " the 1998 declaration (asiae; KBS Seq_Code=176237); the Thursday March 9"
        " announcement of the March 16-17 visit, first bilateral visit in 12 years (Jiji via"
        " nippon.com; Korea Herald; Korea Times; KBS Seq_Code=176335); the agreement that"
        " week to negotiate an end to the export curbs (theindianawaaz.com); the New York"
        " (30 minutes, September 2022) and Phnom Penh (November 2022) meetings (Korea Times;"
        " Korea Herald). Public record: the 2018 Supreme Court rulings, the 2015 agreement"
        " and the 2018 dissolution of its foundation, GSOMIA (signed Nov. 23, 2016), talk of"
        " a joint youth fund by business groups, polls showing majority opposition.",
        "Summits (3): Yoon's Tokyo summit 'next week'/'Next Thursday' (planned, 2023-03-16;"
        " the subhead's 'next week's summit' names it); New York (September) and Phnom Penh"
        " (November) as 'met twice' with their places (kind bilateral: no gathering named)."
        " Not summits: the invitation the author wants Kishida to accept (hypothetical), the"
        " implied 2011 visit behind '12 years' (no meeting mentioned).",
        "Agreements (5): the 1965 settlement (referenced treaty: the claims agreement); the"
        " 1998 declaration (joint-declaration); the trade ministries' agreement 'this week'"
        " to hold talks (agreed; dated 2023-03, month precision for a week); GSOMIA"
        " (referenced, public-record date); the 2015 comfort women agreement (joint"
        " statement, '2015'). Not agreements: Seoul's compensation plan (unilateral), talk of"
        " restoring GSOMIA (not agreed), the author's three recommendations.",
        "Statements: the author's own opinions are not statements; 'Both governments"
        " announced the two-day trip' names no government and has no content beyond the trip"
        " (not annotated, debatable); the relative clause 'in which Obuchi expressed remorse"
        " and an apology' is annotated with Obuchi; 'officials on both sides speak of' has an"
        " unnamed source (null).",
        "Quotes: 'final and irreversible' was 'called' by the two governments: null speaker"
        " (no single entity). Timexes: 'Next Thursday' = 2023-03-16; 'this week' twice ="
        " 2023-W10; 'Less than three years later' = P3Y LESS_THAN; 'a long winter' is"
        " figurative and not annotated.",
    ],
)
