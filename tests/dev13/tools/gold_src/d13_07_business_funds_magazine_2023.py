# ruff: noqa: E501
LEAD = "The biggest business groups of Japan and South Korea have pledged"
ANN = "announced the plan on Thursday, hours before Yoon sat down"
SUM = "The summit that followed ran for roughly an hour and a half."
SHUT = "Kishida and Yoon confirmed the resumption of"
DIAL = "They agreed to revive the Japan-South Korea security dialogue"
DINE = "Yoon, who dined with Kishida on Thursday evening"
VISIT = "Japan is also making final arrangements to invite South Korea"
T1965 = "The 1965 agreement on property and claims"
HOLDS = "Tokyo holds that it settled all claims"

GOLD = dict(
    published="2023-03-17",
    furniture=[
        "Politics | International relations",
        "Japan and South Korea's business lobbies put money behind the thaw",
        "Partnership funds launched as Yoon and Kishida end 12-year gap in leaders' visits",
        "MAYA KOBAYASHI and JANG DONG-HUN, Nichiyo Asia staff writers",
        "March 17, 2023 14:05 JST",
        "TOKYO -- ",
        "Read next: Samsung, SK weigh Japanese materials after export curbs lifted",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon", "the president"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Lee Myung-bak": [],
        "Yoshihiko Noda": [],
        "Masakazu Tokura": ["Keidanren Chairman Masakazu Tokura"],
        "Ryu Jae-won": [],
        "Keidanren": ["the Japan Business Federation"],
        "Federation of Korean Industries": ["FKI"],
        "Japanese government": ["Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("That depends on the projects", "direct", "Masakazu Tokura", "told reporters"),
        ("Business can move faster than governments", "direct", "Ryu Jae-won", "said"),
        ("Yesterday the signal was as clear as it gets.", "direct", "Ryu Jae-won", None),
        ("completely and finally", "partial", None, "holds"),
    ],
    statements=[
        (LEAD, ["Keidanren", "Federation of Korean Industries"], "pledged"),
        (ANN, ["Keidanren", "Federation of Korean Industries"], "announced"),
        ("Seoul announced on March 6", ["South Korean government"], "announced"),
        (SHUT, ["Fumio Kishida", "Yoon Suk Yeol"], "confirmed"),
        (DIAL, ["Fumio Kishida", "Yoon Suk Yeol"], "agreed"),
        ("On the same day, Tokyo said it would lift", ["Japanese government", "South Korean government"], "said"),
        ("Both are unilateral steps, officials on each side stressed", [None], "stressed"),
        (VISIT, [None], "said"),
        ("Two people briefed on the agenda said", [None], "said"),
        ("Opposition lawmakers have branded", [None], "branded"),
        (HOLDS, ["Japanese government"], "holds"),
    ],
    timexes=[
        ("March 17, 2023 14:05 JST", "2023-03-17T14:05", None),
        ("this week", "2023-W11", None),
        ("in [[12 years]]", "P12Y", None),
        ("the plan on [[Thursday]]", "2023-03-16", None),
        ("in [[2018]] to compensate", "2018", None),
        ("March 6", "2023-03-06", None),
        ("roughly an hour and a half", "PT1H30M", "APPROX"),
        ("December 2011", "2011-12", None),
        ("about five years", "P5Y", "APPROX"),
        ("On the same day", "2023-03-16", None),
        ("tightened in [[2019]]", "2019", None),
        ("Yesterday the signal", "2023-03-16", None),
        ("Hiroshima in [[May]]", "2023-05", None),
        ("as early as possible [[this year]]", "2023", None),
        ("Thursday evening", "2023-03-16TEV", None),
        ("on [[Friday]] at a roundtable", "2023-03-17", None),
        ("The [[1965]] agreement", "1965", None),
    ],
    summits=[
        dict(date="2023-03-16", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEAD, ANN, SUM, SHUT, DINE]),
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SHUT]),
        dict(date="2023", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[VISIT]),
    ],
    agreements=[
        dict(title="resume shuttle diplomacy", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="agreed", evidence=[SHUT]),
        dict(title="revive the Japan-South Korea security dialogue", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="agreed", evidence=[DIAL]),
        dict(title="launch a new framework for talks on economic security", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="agreed", evidence=[DIAL]),
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[T1965, HOLDS]),
        dict(title="1965 normalization treaty (Treaty on Basic Relations)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[T1965]),
    ],
    notes=[
        "Invented magazine story in Nikkei Asia style. Nichiyo Asia, the writers, Hanseo Global Institute and Ryu Jae-won are fictional; Ryu's quotes, the 'two people briefed on the agenda' and the opposition paragraph are invented. Tokura's 'That depends on the projects' rewords his reported answer.",
        "Facts checked on stored pages: koreatimes.co.kr 2023/09/419_347263 and koreaherald.com ud=20230316000650 (FKI and Keidanren announced two future partnership funds on Thursday March 16, hours before the first Yoon-Kishida summit in 12 years; 100 million yen each; Tokura's answer on Mitsubishi Heavy and Nippon Steel, defendants in the 2018 ruling); nippon.com yjj2023031600740 and japannews.yomiuri 20230511-109140 (the funds announced on the day of the summit); tellerreport.com 2023-03-16 (summit of about one and a half hours at the Prime Minister's Office; resumption of shuttle diplomacy; Security Dialogue resumed after about five years; new economic security framework incl. semiconductors; final arrangements to invite the ROK to the G7 Hiroshima summit in May; visit to the ROK being considered within the year); japannews.yomiuri 20240907-209981 (the sukiyaki dinner in Ginza in March 2023). Public record (not re-checked): the March 6 compensation plan, the lifting of the export controls and the WTO withdrawal announced March 16, Yoon's business roundtable on March 17, Lee-Noda in Kyoto in December 2011, the 1965 claims agreement's 'completely and finally'.",
        "Summits (3): Yoon-Kishida in Tokyo (held; the dinner is part of it), Lee-Noda in Kyoto (held, background of the 12-year gap), Kishida's possible trip to Seoul 'this year' (planned, 2023). Not recorded: the G7 summit in Hiroshima (an invitation to a multilateral gathering, not a summit record of its own), the business roundtable.",
        "Agreements (5): shuttle diplomacy ('confirmed the resumption'); 'agreed to revive the security dialogue ... and to launch a new framework' split into two; the 1965 claims agreement and the normalization treaty (both treaties, referenced). Not agreements: the business lobbies' funds and declaration (not between governments), the export-control lifting and the WTO withdrawal (explicitly unilateral), the compensation plan (unilateral), the G7 invitation.",
        "Timexes: 'this week' = 2023-W11; 'in 12 years' = P12Y (the deck's '12-year' is furniture and not annotated); 'Yesterday' in Ryu's quote = 2023-03-16; 'in May' (future) = 2023-05; 'Thursday evening' = 2023-03-16TEV. 'completely and finally' reproduces the claims agreement's wording (speaker null).",
    ],
)
