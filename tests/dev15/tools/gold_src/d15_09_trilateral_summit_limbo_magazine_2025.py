# ruff: noqa: E501
PROMISE = "When the foreign ministers of Japan, China and South Korea met in Tokyo on March 22"
CHOICE = "That leaves Prime Minister Shigeru Ishiba"
HABIT = "After the three leaders met in Tokyo in May 2018"
WANG = "Foreign Minister Wang Yi proposed restarting"
POLITE = "Japanese officials received the idea politely"
XI = "Ishiba, who has met Xi Jinping only once"
DIPLO = "Japanese diplomats also point out"
LEE = "The Democratic Party's Lee Jae-myung"

GOLD = dict(
    published="2025-04-10",
    furniture=[
        "ASIA DEFENSE & DIPLOMACY | ANALYSIS\n"
        "Tokyo Wants to Host Its Neighbors. Seoul's Calendar Says Not Yet.\n"
        "Japan's turn to chair the China-Japan-South Korea summit keeps slipping. The removal of Yoon Suk Yeol has not made the wait shorter.\n"
        "By Daniel Okafor\n"
        "April 10, 2025",
        "Daniel Okafor is a contributing writer covering Northeast Asia.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Fumio Kishida": ["Kishida"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Wang Yi": ["Foreign Minister Wang Yi"],
        "Xi Jinping": ["Xi Jinping"],
        "Lee Jae-myung": ["The Democratic Party's Lee Jae-myung"],
        "Shinzo Abe": [],
        "Moon Jae-in": [],
        "Li Keqiang": [],
        "Nam Ji-won": ["Nam Ji-won, a fellow at the Seoul-based Center for East Asian Order"],
    },
    quotes=[
        ("at an early date.", "partial", None, None),
        ("pragmatic", "partial", "Lee Jae-myung", "has promised"),
        ("The trilateral is the easiest summit to postpone", "direct", "Nam Ji-won", "said"),
        ("Everybody can always say it will happen next season.", "direct", "Nam Ji-won", None),
    ],
    statements=[
        (WANG, ["Wang Yi"], "proposed"),
        (DIPLO, [None], "point out"),
        (LEE, ["Lee Jae-myung"], "has promised"),
    ],
    timexes=[
        ("By Daniel Okafor\n[[April 10, 2025]]", "2025-04-10", None),
        ("on [[March 22]]", "2025-03-22", None),
        ("Less than three weeks on", "2025-04-10", None),
        ("April 4", "2025-04-04", None),
        ("June 3", "2025-06-03", None),
        ("the second half of the year", "2025-H2", None),
        ("late October", "2025-10", "END"),
        ("May 2018", "2018-05", None),
        ("December 2019", "2019-12", None),
        ("four and a half years", "P4Y6M", None),
        ("Seoul [[last May]]", "2024-05", None),
        ("since [[2019]]", "2019", None),
        ("in [[2022]]", "2022", None),
        ("Lima in [[November]]", "2024-11", None),
        ("60 years", "P60Y", None),
        ("in [[June]], a date", "2025-06", None),
    ],
    summits=[
        dict(date="2025", place=None, country="JP",
             participants=["Shigeru Ishiba", "Li Qiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[PROMISE, CHOICE, XI]),
        dict(date="2018-05", place="Tokyo", country="JP",
             participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[HABIT]),
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[HABIT]),
        dict(date="2024-05", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Li Qiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[HABIT]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Xi Jinping"], kind="sidelines", ordinal=1,
             status="held", occasion="APEC", evidence=[XI]),
    ],
    agreements=[
        dict(title="foreign ministers' promise to work toward a leaders' summit in Japan at an early date", kind="commitment", date="2025-03-22",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[PROMISE]),
        dict(title="Seoul trilateral joint declaration (May 2024)", kind="joint-declaration", date="2024-05",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[HABIT]),
        dict(title="restart three-way free trade negotiations (Chinese proposal)", kind="commitment", date="2025-03-22",
             parties=["CN", "JP", "KR"], status="proposed", evidence=[WANG, POLITE]),
        dict(title="widen cooperation under RCEP (Chinese proposal)", kind="commitment", date="2025-03-22",
             parties=["CN", "JP", "KR"], status="proposed", evidence=[WANG]),
        dict(title="Regional Comprehensive Economic Partnership", kind="treaty", date="2020-11",
             parties=["AU", "BN", "CN", "ID", "JP", "KH", "KR", "LA", "MM", "MY", "NZ", "PH", "SG", "TH", "VN"], status="referenced", evidence=[WANG]),
    ],
    notes=[
        "Invented magazine analysis (The Diplomat / Nikkei Asia style; writer Daniel Okafor, fellow Nam Ji-won and the Center for East Asian Order are invented; rubric, headline, standfirst, byline, date line and author note are furniture; the date line is annotated). Nam's quotes are invented; 'at an early date' reproduces the ministers' agreed wording (speaker null); 'pragmatic' is a fragment of Lee's reported description of his diplomacy.",
        "Real facts, checked on stored pages: spotlightnepal.com and reuters.screenocean.com (foreign ministers in Tokyo on 22 March 2025; summit in Japan at an early date; after the Seoul summit of 2024), thetundradrums.com (Wang proposed resuming trilateral trade talks and expanding RCEP), ajw.asahi.com 15847725 (Lee won the 3 June snap election; said pragmatism was key to his diplomacy and that he would continue security cooperation with Japan and the United States), springfieldnewssun.com (if Yoon is removed an election follows within 60 days), oananews 707594 (APEC in Gyeongju at the end of October 2025). From general knowledge and other corpora's titles: Yoon removed by the Constitutional Court on 4 April 2025; the trilaterals in Tokyo (9 May 2018) and Chengdu (24 December 2019) with Abe, Moon and Li Keqiang; the Seoul trilateral of May 2024 with its joint declaration; Ishiba-Xi in Lima (15 November 2024); trilateral FTA talks stalled after their 2019 round; RCEP signed 15 November 2020 by 15 countries, in force from 2022.",
        "Summits (5): the planned Japan-hosted trilateral (dated 2025; participants Ishiba and Li Qiang, no Korean participant named or in office - debatable), Tokyo 2018, Chengdu 2019, Seoul 2024 (participants of the first two from the public record), Ishiba-Xi in Lima (ordinal 1: 'only once'). Not summits: APEC Gyeongju (a gathering), a 'second encounter' and a 'first with Korea's next president' (wishes).",
        "Agreements (5): the ministers' commitment (referenced), the 2024 Seoul joint declaration (referenced), two Chinese proposals split from one sentence (proposed, CN/JP/KR), and RCEP (treaty; dated by its signing in November 2020 from the public record, since the text gives only its entry into force; 15 parties). 'committed to nothing' is a non-agreement.",
        "Timexes: 'Less than three weeks on' takes the date it points to (the publication date, as 'X later'); 'the second half of the year' = 2025-H2; 'late October' = 2025-10 END; 'next season' inside the quote is vague and not annotated.",
    ],
)
