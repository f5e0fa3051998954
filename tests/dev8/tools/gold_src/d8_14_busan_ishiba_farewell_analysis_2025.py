ISH = "Shigeru Ishiba"
LJM = "Lee Jae-myung"
KJ = ["JP", "KR"]
HEAD = "Ishiba's farewell in Busan leaves Lee a framework"
TALKS = "the talks he held with President Lee Jae-myung on Tuesday"
NURI = "The meeting at Nurimaru APEC House"
THIRD = "It was the third between the two men in less than four months"
JEJU = "The last time was in 2004, when Junichiro Koizumi met Roh Moo-hyun"
PLUMB = "What Ishiba left behind is mostly plumbing."
PR = "In a joint press release, the two governments said"
FLOAT = "The idea was floated in Tokyo in August"
REAFF = "The leaders also reaffirmed their commitment"
PROP = "Ishiba proposed reviving the two countries' science and technology"
ESS = "He called the meeting"
DESC = "Ishiba described the visit as"
TRADE = "Trade was not formally on the agenda, but officials said"
GOLD = dict(
    published="2025-10-02",
    furniture=["NEWS ANALYSIS", "By Seo Hyun-woo", "Posted : 2025-10-02 08:15",
               "Related: Lee takes KTX to Busan for summit | Full text of the joint press"
               " release"],
    timex_in_furniture_ok=True,
    entities={
        ISH: ["Shigeru Ishiba", "Ishiba"],
        LJM: ["President Lee Jae-myung", "Lee", "He"],
        "Junichiro Koizumi": [],
        "Roh Moo-hyun": [],
        "Sanae Takaichi": ["Takaichi"],
        "Shinjiro Koizumi": [],
        "Han Da-eun": [],
    },
    quotes=[
        ("the essence of shuttle diplomacy,", "partial", LJM, "called"),
        ("deeply meaningful.", "partial", ISH, "described"),
        ("Ishiba built the rails.", "direct", "Han Da-eun", "said"),
    ],
    statements=[
        (PR, [LJM, ISH], "said"),
        (REAFF, [LJM, ISH], "reaffirmed"),
        (PROP, [ISH], "proposed"),
        (ESS, [LJM], "called"),
        (DESC, [ISH], "described"),
        (TRADE, [None, LJM, ISH], "said"),
    ],
    timexes=[
        ("[[Saturday]]'s winner", "2025-10-04", None),
        ("2025-10-02 08:15", "2025-10-02T08:15", None),
        ("this week", "2025-W40", None),
        ("successor on [[Saturday]]", "2025-10-04", None),
        ("on [[Tuesday]] were", "2025-09-30", None),
        ("the [[2005]] APEC summit", "2005", None),
        ("about 76 minutes", "PT76M", "APPROX"),
        ("four months", "P4M", "LESS_THAN"),
        ("Canada in [[June]]", "2025-06", None),
        ("visit to Tokyo in [[August]]", "2025-08", None),
        ("21 years", "P21Y", None),
        ("in [[2004]], when", "2004", None),
        ("floated in Tokyo in [[August]]", "2025-08", None),
        ("in [[2001]] trying", "2001", None),
        ("[[Saturday]]'s vote", "2025-10-04", None),
        ("at the end of the month", "2025-10", "END"),
        ("in [[a year]], and", "P1Y", None),
    ],
    summits=[
        dict(date="2025-09-30", place="Busan", country="KR", participants=[LJM, ISH],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[HEAD, TALKS, NURI, THIRD, PR, REAFF, ESS]),
        dict(date="2025-06", place=None, country="CA", participants=[LJM, ISH],
             kind="sidelines", ordinal=1, status="held", occasion="the G7 summit",
             evidence=[THIRD]),
        dict(date="2025-08", place="Tokyo", country="JP", participants=[LJM, ISH],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[THIRD, FLOAT]),
        dict(date="2004", place="Jeju Island", country="KR",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral",
             ordinal=None, status="held", occasion=None, evidence=[JEJU]),
    ],
    agreements=[
        dict(title="joint press release of the Busan summit", kind="joint-statement",
             date="2025-09-30", parties=KJ, status="agreed", evidence=[PR]),
        dict(title="regular ministry consultations on shared social issues (consultative"
                   " body)", kind="commitment", date="2025-09-30", parties=KJ,
             status="agreed", evidence=[PR, FLOAT]),
        dict(title="complete denuclearization of the Korean Peninsula (reaffirmed)",
             kind="commitment", date="2025-09-30", parties=KJ, status="agreed",
             evidence=[REAFF]),
        dict(title="explore cooperation on Arctic shipping routes", kind="commitment",
             date="2025-09-30", parties=KJ, status="agreed", evidence=[REAFF]),
        dict(title="revive the science and technology cooperation committee (Ishiba's"
                   " proposal)", kind="commitment", date="2025-09-30", parties=KJ,
             status="proposed", evidence=[PROP]),
    ],
    notes=[
        "Invented news analysis in the style of a Seoul English-language daily (writer Seo"
        " Hyun-woo, analyst Han Da-eun, the Seoul Forum for Regional Affairs and the related"
        " headlines are fictional; 'the essence of shuttle diplomacy' and 'deeply meaningful'"
        " are fragments of reported remarks). Furniture: rubric, byline, 'Posted' stamp"
        " (annotated), related line. Checked (pages): the Tuesday Sept. 30, 2025 summit at"
        " Nurimaru APEC House on Dongbaek Island, built for APEC 2005, about 76 minutes, the"
        " third Lee-Ishiba meeting, first Japanese leader's summit outside Seoul in 21 years"
        " since Koizumi-Roh on Jeju in 2004, the joint document on consultations about low"
        " birth rates, aging, regional revitalization, agriculture, disaster and suicide"
        " prevention overseen by the foreign ministries, an idea from the Tokyo talks,"
        " denuclearization, Arctic shipping route, Ishiba's proposal to revive the Science and"
        " Technology Cooperation Committee, compared notes on U.S. tariff talks, Lee Soo-hyun's"
        " grave, the LDP vote on Oct. 4 (globaleconomictimes.kr; particle.news, two stories;"
        " JoongAng Daily 2025-09-30; Chosun Biz 2025-09-30; gcn.com); Takaichi's regular"
        " Yasukuni visits (asiatoday, 2025-10-28). Public record: Lee Soo-hyun's death at"
        " Shin-Okubo station in January 2001, the APEC Economic Leaders' Meeting in Gyeongju"
        " on Oct. 31-Nov. 1, Koizumi as a front-runner.",
        "Summits (4): Busan (ordinal null: 'the third between the two men in less than four"
        " months' is a count within a window, dev2/dev5; debatable, the window covers all"
        " their meetings); Kananaskis in June ('their first talks', ordinal 1; place null"
        " since only Canada is named); Tokyo in August ('Lee's visit to Tokyo', a leader's"
        " visit to the other: a summit); Jeju 2004 (Koizumi-Roh). Not summits: the APEC"
        " meeting in Gyeongju (a gathering; no bilateral named), the LDP vote.",
        "Agreements (5): the joint press release (joint-statement by the contract's wording)"
        " and its course (regular consultations; the August idea and the September"
        " arrangement are one record); reaffirmed denuclearization and Arctic routes (two"
        " courses in one sentence); Ishiba's committee proposal (proposed). Not agreements:"
        " the tariff notes.",
        "Statements: 'the two governments said' in the joint press release is given the two"
        " leaders as speakers (the governments are not named; debatable); 'officials said the"
        " two compared notes' has the unnamed officials (null) and the two leaders.",
        "Quotes: Han's two sentences inside one pair of marks are one quote.",
        "Timexes: 'this week' = 2025-W40; 'about 76 minutes' = PT76M APPROX; 'less than four"
        " months' = P4M LESS_THAN; 'at the end of the month' = 2025-10 END; 'in a year' ="
        " P1Y; 'for long' is vague.",
    ],
)
