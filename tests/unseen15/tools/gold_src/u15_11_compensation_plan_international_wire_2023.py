# ruff: noqa: E501
ACCORD = "Many of those firms, including steelmaker POSCO"
ARGUED = "Tokyo has long argued that the accord settled"
KISHIDA = "In Tokyo, Prime Minister Fumio Kishida welcomed the plan"
TALKS = "The two countries also said on Monday they would begin talks"
VISIT = "The plan clears the way for President Yoon Suk Yeol to visit Japan"
PP = "Yoon and Kishida held their first formal summit in November"
GSOMIA = "The feud deepened in 2019"

GOLD = dict(
    published="2023-03-06",
    furniture=[
        "South Korea offers to pay forced labour victims itself in bid to end feud with Japan\n"
        "Mon 6 Mar 2023 07.52 GMT\n"
        "Northlight staff in Seoul and Tokyo",
        "SEOUL (Northlight) - ",
        "ROAD TO A SUMMIT",
        "(Additional reporting by Marc Oyelaran in Washington; Editing by Ruth Kallis)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Government of the Republic of Korea": ["South Korea", "Seoul"],
        "Government of Japan": ["Tokyo", "Japan"],
        "Park Jin": ["Foreign Minister Park Jin", "Park", "He"],
        "Choi Eun-ha": ["Choi Eun-ha"],
        "Democratic Party of Korea": ["The main opposition Democratic Party"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Yoshimasa Hayashi": ["Foreign Minister Yoshimasa Hayashi"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi"],
        "Kim Dae-jung": ["President Kim Dae-jung"],
    },
    quotes=[
        ("We cannot leave relations with Japan in this state any longer.", "direct", "Park Jin", "told a briefing"),
        ("filled its half of the glass", "partial", "Park Jin", "said"),
        ("This is not a solution, it is a surrender", "direct", "Choi Eun-ha", "said"),
        ("back on a sound footing", "partial", "Fumio Kishida", "welcomed"),
        ("a brave and overdue step", "partial", "Joe Biden", "praised"),
    ],
    statements=[
        ("South Korea on Monday unveiled a plan", ["Government of the Republic of Korea"], "unveiled"),
        ("Foreign Minister Park Jin said a government-affiliated foundation", ["Park Jin"], "said"),
        (ARGUED, ["Government of Japan"], "argued"),
        ("He said Seoul had", ["Park Jin"], "said"),
        ("A group supporting them said the victims would refuse", [None], "said"),
        ("The main opposition Democratic Party called it a humiliation.", ["Democratic Party of Korea"], "called"),
        (KISHIDA, ["Fumio Kishida"], "welcomed"),
        ("Foreign Minister Yoshimasa Hayashi said Japanese companies", ["Yoshimasa Hayashi"], "said"),
        ("U.S. President Joe Biden praised the announcement", ["Joe Biden"], "praised"),
        (TALKS, ["Government of Japan", "Government of the Republic of Korea"], "said"),
        ("Japan's main business lobby, Keidanren", [None], "said"),
        ("Officials in both capitals said dates were still being arranged.", [None], "said"),
    ],
    timexes=[
        ("Mon 6 Mar 2023 07.52", "2023-03-06T07:52", None),
        ("South Korea on [[Monday]]", "2023-03-06", None),
        ("more than four years", "P4Y", "MORE_THAN"),
        ("in 2018", "2018", None),
        ("a [[1965]] accord", "1965", None),
        ("1910-1945", "1910/1945", None),
        ("October 1998", "1998-10", None),
        ("also said on [[Monday]]", "2023-03-06", None),
        ("Japan's [[2019]] curbs", "2019", None),
        ("next week", "2023-W11", None),
        ("in 12 years", "P12Y", None),
        ("summit in [[November]]", "2022-11", None),
        ("New York in [[September]]", "2022-09", None),
        ("half-hour", "PT30M", None),
        ("deepened in [[2019]]", "2019", None),
        ("the [[2016]] military", "2016", None),
    ],
    summits=[
        dict(date="2022-11", place="Phnom Penh", country="KH",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=1,
             status="held", occasion="ASEAN-related summits", evidence=[PP]),
        dict(date="2022-09", place="New York", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="the U.N. General Assembly", evidence=[PP]),
        dict(date="2023-03-13/2023-03-19", place=None, country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[VISIT]),
    ],
    agreements=[
        dict(title="1965 accord restoring diplomatic ties (grants and claims)", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[ACCORD, ARGUED]),
        dict(title="1998 joint declaration of Obuchi and Kim Dae-jung", kind="joint-declaration",
             date="1998-10", parties=["JP", "KR"], status="referenced", evidence=[KISHIDA]),
        dict(title="talks on Japan's 2019 export curbs", kind="commitment", date="2023-03-06",
             parties=["JP", "KR"], status="agreed", evidence=[TALKS]),
        dict(title="GSOMIA military intelligence-sharing pact", kind="treaty", date="2016",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA]),
    ],
    notes=[
        "Invented international wire story (agency 'Northlight'; headline, stamp, staff line, dateline prefix, cross-head and credit line are furniture; the stamp is annotated). Every quote is invented, including the words given to Park Jin, Kishida and Biden, and the supporters' spokeswoman (fictional).",
        "Real background, checked on stored pages: m-en.yna 2023-03-06 (Park Jin's plan on Monday: a Seoul-backed public foundation to compensate 15 plaintiffs of the 2018 rulings against Mitsubishi Heavy and Nippon Steel; donations from firms such as POSCO that benefited from the 1965 treaty's $300 million grants; only three plaintiffs alive); journal-news/AP 2023-03-06 (Park's glass metaphor, paraphrased here; 1965 treaty; 1910-1945 rule; GSOMIA threat in 2019); english.chosun 2023-03-07 (Kishida welcomed the plan; Hayashi: government upholds past cabinets' positions including the October 1998 joint declaration; Japanese companies not asked to contribute); dailysabah 2023-03-06 (Biden hailed the announcement; opposition accused the government of capitulating); news.kbs 2023-03-06 (business lobbies' future youth fund). From general knowledge, not checked: the announcement the same day of export-control talks and Seoul's suspension of its WTO complaint; Yoon's Tokyo visit arranged for the following week (held on 16-17 March 2023); the Phnom Penh summit of November 2022 and the New York talks of September 2022; GSOMIA signed in 2016 and its last-minute reprieve in November 2019.",
        "Summits (3): Phnom Penh (ordinal 1, 'first formal summit'), New York (an in-person encounter, counted as a meeting), the planned visit 'as early as next week' (dated 2023-W11, written as the interval 2023-03-13/2023-03-19, since ANNOTATION.md gives summits partial ISO dates or intervals; place not named). Not summits: none of the business or minister meetings.",
        "Agreements (4): the 1965 accord (treaty, referenced), the 1998 joint declaration (referenced), the agreement to begin export-control talks (commitment, agreed, parties JP and KR; Seoul's WTO suspension in the same sentence is a unilateral step), GSOMIA (treaty, 2016). Not agreements: Seoul's compensation plan (unilateral), the business lobbies' scholarship fund (not between governments).",
        "Timexes: 'more than four years' = P4Y MORE_THAN; 'in 12 years' = P12Y; 'next week' = 2023-W11; 'half-hour' = PT30M. Not annotated: 'World War Two' (an event name), 'hours before', 'any longer'.",
    ],
)
