GOLD = dict(
    published="2005-06-21",
    furniture=[
        "(LEAD) Roh, Koizumi agree to relaunch joint history study but remain apart on shrine"
        " visits",
        "2005/06/21 11:40 KST", "By Chae Min-ho",
        "SEOUL, June 21 (Hangang News Service) -- ", "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Roh Moo-hyun": ["President Roh Moo-hyun", "Roh", "Roh Moo Hyun"],
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Koizumi",
                              "the prime minister"],
        "Kim Man-soo": ["presidential spokesman Kim Man-soo", "Kim"],
        "Shimane Prefectural Assembly": ["the Shimane prefectural assembly"],
    },
    quotes=[
        ("We tried to understand each other", "direct", "Roh Moo-hyun", "said"),
        ("Talking directly, even when it is difficult", "direct", "Junichiro Koizumi", "said"),
        ("would \"[[consider]]\" such", "partial", "Junichiro Koizumi", "replied"),
        ("Whether that trip happens depends", "direct", None, "said"),
    ],
    statements=[
        ("Junichiro Koizumi agreed to launch a second round",
         ["Roh Moo-hyun", "Junichiro Koizumi"], "agreed"),
        ("Koizumi said Japan would reflect", ["Junichiro Koizumi"], "said"),
        ("Under the deal on history, a new joint committee", ["Kim Man-soo"],
         "told reporters"),
        ("Roh pressed Koizumi to stop visiting", ["Roh Moo-hyun"], "pressed"),
        ("Koizumi replied that his government would", ["Junichiro Koizumi"], "replied"),
        ("A Japanese official who briefed reporters said", [None], "said"),
        ("On North Korea, the two leaders agreed", ["Roh Moo-hyun", "Junichiro Koizumi"],
         "agreed"),
        ("A senior Cheong Wa Dae official said Roh was expected", [None], "said"),
    ],
    timexes=[
        ("2005/06/21 11:40 KST", "2005-06-21T11:40", None),
        ("officials said [[Tuesday]]", "2005-06-21", None),
        ("about two hours", "PT2H", "APPROX"),
        ("on Monday afternoon", "2005-06-20TAF", None),
        ("more than an hour and a half", "PT1H30M", "MORE_THAN"),
        ("[[earlier this month]], and", "2005-06", "START"),
        ("since [[December]], when", "2004-12", None),
        ("in [[July last year]]", "2004-07", None),
        ("[[Monday]]'s meeting", "2005-06-20", None),
        ("for [[weeks]] after", "PXW", None),
        ("assembly [[in March]]", "2005-03", None),
        ("[[June 14]]", "2005-06-14", None),
        ("[[the second half of the year]]", "2005-H2", None),
        ("arrived on [[Monday]]", "2005-06-20", None),
        ("engagements on [[Tuesday]]", "2005-06-21", None),
        ("in [[the afternoon]].", "2005-06-21TAF", None),
        ("[[This year]] marks", "2005", None),
        ("the [[1965]] treaty", "1965", None),
    ],
    summits=[
        dict(date="2005-06-20", place="Seoul", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Junichiro Koizumi agreed to launch a second round",
                       "The two leaders talked for about two hours",
                       "Monday's meeting had been in doubt"]),
        dict(date="2004-12", place="Ibusuki", country="JP",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The summit was their first since December"]),
        dict(date="2004-07", place="Jeju Island", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["They had also met on Jeju Island"]),
        dict(date="2005", place=None, country="JP",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["A senior Cheong Wa Dae official said Roh was expected"]),
    ],
    agreements=[
        dict(title="second round of joint history research (new joint committee, textbook"
             " group)", kind="commitment", date="2005-06-20", parties=["JP", "KR"],
             status="agreed",
             evidence=["Junichiro Koizumi agreed to launch a second round",
                       "Under the deal on history, a new joint committee"]),
        dict(title="work together to bring North Korea back to the six-party talks",
             kind="commitment", date="2005-06-20", parties=["JP", "KR"], status="agreed",
             evidence=["On North Korea, the two leaders agreed"]),
        dict(title="summits twice a year, alternating between the countries",
             kind="commitment", date="2004-07", parties=["JP", "KR"], status="referenced",
             evidence=["They had also met on Jeju Island",
                       "A senior Cheong Wa Dae official said Roh was expected"]),
        dict(title="1965 treaty normalizing relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["This year marks the 40th anniversary"]),
    ],
    notes=[
        "Invented test article (Seoul wire: headline, stamp, byline, dateline and '(END)' are"
        " furniture; the stamp is annotated). Outlet, reporter, stamp time and all quotes are"
        " invented (Roh's and Koizumi's quotes paraphrase their reported joint remarks; the"
        " Cheong Wa Dae official is invented). Real background (MOFA summary of 2005-06-20,"
        " VOA, China Daily/Kyodo, china.org.cn, Dong-A 2005-06-15, MOFA 2004 summaries): about"
        " two hours at Sangchunjae, dinner of about 1 h 45 min; joint remarks without"
        " questions; second joint history research committee and a textbook group; Koizumi to"
        " 'consider' a new memorial; North Korea cooperation; Ibusuki (2004-12-17) and Jeju"
        " (Seogwipo, 2004-07-21) summits and the twice-yearly arrangement; the summit confirmed"
        " on 2005-06-14. From general knowledge: the first panel's report released around the"
        " start of June 2005; Roh's expected visit to Japan in the second half (it did not"
        " happen) is the invented official's claim.",
        "Quotes: 'consider' is a partial attributed to Koizumi though relayed by Roh"
        " (debatable: speaker could be Roh as relayer).",
        "Timexes: 'earlier this month' (June 21) = 2005-06 START (debatable); 'weeks' ="
        " PXW (vague duration, debatable); 'the second half of the year' = 2005-H2; 'the"
        " afternoon' = Tuesday afternoon; '1965' inside 'the 1965 treaty'.",
        "Summits (4): Seoul 2005-06-20 (main); Ibusuki 2004-12 and Jeju 2004-07 (background,"
        " Jeju named as island); Roh's expected Japan trip in 2005-H2 (planned, no date;"
        " summit date given as 2005).",
        "Agreements (4): second joint history research (one course of action including the"
        " textbook group; debatable: could be two); North Korea cooperation; the 2004"
        " twice-yearly summit arrangement (referenced); the 1965 treaty (referenced). Not"
        " agreements: Roh's suggestion of a new memorial and Koizumi's promise to consider it"
        " (a unilateral Japanese measure).",
    ],
)
