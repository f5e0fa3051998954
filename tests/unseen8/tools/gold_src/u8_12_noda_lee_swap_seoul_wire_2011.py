GOLD = dict(
    published="2011-10-19",
    furniture=[
        "(2nd LD) S. Korea, Japan boost currency swaps to $70 bln at Lee-Noda summit",
        "2011/10/19 17:52 KST", "By Ahn Ji-hoon and Ko Eun-bi",
        "SEOUL, Oct. 19 (Hangang News Service) -- ", "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Japanese Prime Minister Yoshihiko Noda", "Noda"],
        "Park Jeong-ha": ["presidential spokeswoman Park Jeong-ha"],
        "South Korean Foreign Ministry": ["South Korea's Foreign Ministry"],
        "Japanese government": ["Japan", "Tokyo"],
        "Yeo Min-seo": ["Yeo"],
    },
    quotes=[
        ("We agreed on the expansion because", "direct", "Lee Myung-bak",
         "told a joint news conference"),
        ("how closely our economies are tied.", "partial", "Yoshihiko Noda", "said"),
        ("past history", "partial", "Lee Myung-bak", "told"),
        ("wisely", "partial", "Yoshihiko Noda", "said"),
        ("The swap shows Tokyo is in a generous mood", "direct", "Yeo Min-seo", "said"),
    ],
    statements=[
        ("South Korea and Japan agreed Wednesday to expand", ["Lee Myung-bak", "Yoshihiko Noda"],
         "agreed"),
        ("He added that the two countries did not expect", ["Lee Myung-bak"], "added"),
        ("Noda, who took office on Sept. 2, said", ["Yoshihiko Noda"], "said"),
        ("The two leaders also agreed to speed up", ["Lee Myung-bak", "Yoshihiko Noda"],
         "agreed"),
        ("Lee did not raise the issue", ["Lee Myung-bak", "Park Jeong-ha"], "told"),
        ("Asked about the issue, Noda said", ["Yoshihiko Noda"], "said"),
        ("South Korea's Foreign Ministry last month proposed",
         ["South Korean Foreign Ministry"], "proposed"),
        ("Japan has not responded, saying", ["Japanese government"], "saying"),
        ("Noda invited Lee to visit Japan", ["Yoshihiko Noda"], "invited"),
    ],
    timexes=[
        ("2011/10/19 17:52 KST", "2011-10-19T17:52", None),
        ("agreed [[Wednesday]] to expand", "2011-10-19", None),
        ("80-minute", "PT80M", None),
        ("one year", "P1Y", None),
        ("Sept. 2", "2011-09-02", None),
        ("took effect in [[June]]", "2011-06", None),
        ("Dec. 10", "2011-12-10", None),
        ("since [[2004]]", "2004", None),
        ("[[last month]] proposed", "2011-09", None),
        ("in [[August]] that", "2011-08", None),
        ("the [[1965]] claims", "1965", None),
        ("settled in [[1965]]", "1965", None),
        ("two-day", "P2D", None),
    ],
    summits=[
        dict(date="2011-10-19", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The deal, announced after the leaders' 80-minute meeting"]),
    ],
    agreements=[
        dict(title="expansion of currency swap arrangements to $70 billion", kind="mou",
             date="2011-10-19", parties=["JP", "KR"], status="agreed",
             evidence=["South Korea and Japan agreed Wednesday to expand",
                       "The deal, announced after the leaders' 80-minute meeting",
                       "We agreed on the expansion because"]),
        dict(title="agreement on the return of 1,205 volumes of Korean books", kind="treaty",
             date=None, parties=["JP", "KR"], status="referenced",
             evidence=["He handed Lee five volumes"]),
        dict(title="speed up working-level talks toward resuming FTA negotiations",
             kind="commitment", date="2011-10-19", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders also agreed to speed up"]),
        dict(title="second joint research project on a new era of relations",
             kind="commitment", date="2011-10-19", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders also agreed to speed up"]),
        dict(title="bilateral consultations under the 1965 claims agreement",
             kind="commitment", date="2011-09", parties=["JP", "KR"], status="proposed",
             evidence=["South Korea's Foreign Ministry last month proposed"]),
        dict(title="1965 claims agreement", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced",
             evidence=["South Korea's Foreign Ministry last month proposed",
                       "Japan has not responded, saying"]),
    ],
    notes=[
        "Invented test article (Seoul wire: headline, stamp, byline, dateline and '(END)' are"
        " furniture; stamp annotated). Outlet, reporters, stamp, all quotes (Lee's paraphrases"
        " his reported remarks; Noda's partials), the research fellow and institute are"
        " invented. Real background (Reuters 2011-10-19, Dong-A 2011-10-20, Korea Herald"
        " 2011-10-19, Yomiuri via bilaterals.org, Bloomberg, KBS): swap expansion from $13"
        " billion to $70 billion ($3 billion to $30 billion won-yen; new $30 billion dollar"
        " line with Japan's Finance Ministry; $10 billion CMI), one year; 80-minute summit at"
        " Cheong Wa Dae; five volumes handed over, the rest by Dec. 10 under an agreement in"
        " effect since June; FTA working-level talks; second joint research project; comfort"
        " women not raised; Noda's 'wisely'; Seoul's September proposal of official talks"
        " after the Constitutional Court ruling; Noda's invitation to Lee; two-day visit."
        " From general knowledge: Noda took office 2011-09-02; the ruling in August (30th);"
        " FTA talks stalled in 2004 (Dong-A says suspended in 2006; debatable).",
        "Statements: 'Lee did not raise ... but told Noda ..., spokeswoman Park said' -> Lee"
        " and Park.",
        "Timexes: '80-minute' = PT80M; 'one year' = P1Y; two '1965'.",
        "Summits (1): Seoul 2011-10-19. Not summits: Noda's invitation (no date, not"
        " accepted in the text).",
        "Agreements (6): swap expansion (mou: arrangements between central banks and"
        " ministries; one record for the package, debatable: could be two lines); the books"
        " agreement (treaty, referenced, date null: only 'took effect in June'); FTA talks and"
        " joint research (two commitments from one sentence); Seoul's proposal of"
        " consultations under the 1965 agreement (proposed); the 1965 claims agreement"
        " (referenced).",
    ],
)
