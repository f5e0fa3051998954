LEDE = "President Kim Dae-jung and Japanese Prime Minister Junichiro Koizumi agreed Sunday"
TALKS = "The talks, held at the hotel where Kim is staying"
PYONG = "Koizumi gave Kim a detailed account of his Sept. 17 summit"
BACKED = "The prime minister said he backed Kim's policy"
SEVEN = "They also reviewed progress on a seven-point package"
TOKYO = "Kim and Koizumi last met in Tokyo on July 1"
MORAT = "Under the Pyongyang declaration, the North also said"
RASM = "On Monday, Kim is scheduled to hold separate talks"

GOLD = dict(
    published="2002-09-22",
    furniture=[
        "(LEAD) Kim, Koizumi agree in Copenhagen to push for U.S.-N. Korea dialogue after"
        " Pyongyang summit\n"
        "(ATTN: UPDATES with details of talks in paras 3-8; ADDS background)\n"
        "SRN | 2002/09/22 23:48 KST\n"
        "By Baek Seung-ho",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim", "the president"],
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Koizumi",
                              "the prime minister"],
        "Kim Jong-il": ["North Korean leader Kim Jong-il"],
        "Cheong Wa Dae": ["Cheong Wa Dae"],
        "North Korea": ["the North", "Pyongyang"],
        "Anders Fogh Rasmussen": ["Danish Prime Minister Anders Fogh Rasmussen"],
        "Romano Prodi": ["European Commission President Romano Prodi"],
    },
    quotes=[
        ("The prime minister told the president that his own visit", "direct", None,
         "told reporters"),
        ("consider it seriously,", "partial", "Junichiro Koizumi", "replied"),
    ],
    statements=[
        (LEDE, ["Kim Dae-jung", "Junichiro Koizumi"], "agreed"),
        (TALKS, ["Cheong Wa Dae"], "according to"),
        (PYONG, ["Junichiro Koizumi", "North Korea"], "gave Kim a detailed account"),
        (BACKED, ["Junichiro Koizumi", None], "said"),
        ("Kim, for his part, briefed Koizumi", ["Kim Dae-jung"], "briefed"),
        ("The two leaders shared the view", ["Kim Dae-jung", "Junichiro Koizumi", None],
         "shared the view"),
        (SEVEN, ["Kim Dae-jung"], "asked"),
        ("Koizumi replied that Tokyo would", ["Junichiro Koizumi", None], "replied"),
        ("The question of making visa-free entry", [None], "said"),
        (MORAT, ["North Korea"], "said"),
    ],
    timexes=[
        ("2002/09/22 23:48", "2002-09-22T23:48", None),
        ("COPENHAGEN, [[Sept. 22]] (SRN)", "2002-09-22", None),
        ("agreed [[Sunday]] to work", "2002-09-22", None),
        ("five days ago", "2002-09-17", None),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("his [[Sept. 17]] summit", "2002-09-17", None),
        ("June 15, 2000", "2000-06-15", None),
        ("held [[Wednesday]] to start", "2002-09-18", None),
        ("last October", "2001-10", None),
        ("the [[2010]] World Expo", "2010", None),
        ("Tokyo on [[July 1]]", "2002-07-01", None),
        ("[[the day after]] the World Cup final", "2002-07-01", None),
        ("runs through [[Tuesday]]", "2002-09-24", None),
        ("Sunday night", "2002-09-22TNI", None),
        ("beyond 2003", "2003", "AFTER"),
        ("On [[Monday]], Kim", "2002-09-23", None),
    ],
    summits=[
        dict(date="2002-09-22", place="Copenhagen", country="DK",
             participants=["Kim Dae-jung", "Junichiro Koizumi"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEM", evidence=[LEDE, TALKS]),
        dict(date="2002-09-17", place="Pyongyang", country="KP",
             participants=["Junichiro Koizumi", "Kim Jong-il"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[PYONG]),
        dict(date="2002-07-01", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2002-09-23", place="Copenhagen", country="DK",
             participants=["Kim Dae-jung", "Anders Fogh Rasmussen"], kind="sidelines",
             ordinal=None, status="planned", occasion="ASEM", evidence=[RASM]),
    ],
    agreements=[
        dict(title="work together to bring Washington and Pyongyang back to the negotiating table",
             kind="commitment", date="2002-09-22", parties=["JP", "KR"], status="agreed",
             evidence=[LEDE]),
        dict(title="Japan-DPRK Pyongyang Declaration", kind="joint-declaration",
             date="2002-09-17", parties=["JP", "KP"], status="referenced",
             evidence=[PYONG, MORAT]),
        dict(title="South-North Joint Declaration of June 15, 2000", kind="joint-declaration",
             date="2000-06-15", parties=["KP", "KR"], status="referenced", evidence=[BACKED]),
        dict(title="seven-point package of exchange measures", kind="commitment", date="2001-10",
             parties=["JP", "KR"], status="referenced", evidence=[SEVEN]),
    ],
    notes=[
        "Invented Korean wire story in English (agency 'SRN', reporter Baek Seung-ho, the aides,"
        " officials and every quote invented; headline, ATTN line, stamp line, byline and '(END)'"
        " are furniture; the stamp is annotated). Real background, checked on stored pages:"
        " hankyung.com 2002-09-22 (two items: Kim-Koizumi talks at Kim's hotel, the Scandic"
        " Copenhagen, on 22 September, Korean night time; Koizumi explained his talks with Kim Jong"
        " Il, backed the engagement policy and the 15 June joint declaration; parallel progress of"
        " South-North, Japan-North and U.S.-North relations; U.S.-North dialogue to resume soon;"
        " review of the seven agreed items of last October; Yeosu Expo 2010 bid; youth sports"
        " exchanges and permanent visa exemption discussed); VOA 2002-09-23 (sideline meeting,"
        " leaders' dinner on Sunday night); MOFA Japan ASEM4 overview (ASEM 22-24 September 2002)"
        " and press conference of 24 September; kantei 2002-09-17 (Pyongyang summit, Pyongyang"
        " Declaration, abduction admission, missile moratorium beyond 2003); worldjpn ASEM"
        " declaration text (rail and road reconnection work launched on 18 September 2002);"
        " donga.com 2002-09-23 (Kim to meet Rasmussen and Prodi on Monday); MOFA Japan pv0206"
        " (Tokyo summit of 1 July 2002). Invented: the length of the talks ('about 50 minutes'),"
        " Koizumi's 'consider it seriously', the unsettled visa question, the stamp time.",
        "Summits (4): Copenhagen 22 September (sidelines of ASEM); Pyongyang 17 September"
        " (Koizumi-Kim Jong-il, recorded as a summit: Kim Jong-il, chairman of the National Defence"
        " Commission, is treated as head of state, debatable); Tokyo 1 July; Kim-Rasmussen on"
        " Monday (planned). Not summits: Kim's talks with Prodi (not a head of state or"
        " government), the ASEM leaders' dinner (the larger gathering).",
        "Agreements (4): the commitment to work together for U.S.-North dialogue (agreed); the"
        " Pyongyang Declaration and the 2000 South-North Joint Declaration (referenced"
        " joint-declarations, parties JP-KP and KP-KR); the seven-point package of last October"
        " (referenced commitment; no document named). Not agreements: the shared view on parallel"
        " progress ('shared the view'), Kim's request about Yeosu, the visa question (raised, not"
        " settled).",
        "Timexes: 'the day after' takes the date it points to (1 July), following unseen13;"
        " 'beyond 2003' is annotated whole with mod AFTER. The dateline day and 'Sunday' are the"
        " same day (the story was filed late on the day of the talks). The aide's direct quote"
        " is the aide's own sentence (it reports what Koizumi told Kim in indirect form), so its"
        " speaker is the unnamed aide (null).",
    ],
)
