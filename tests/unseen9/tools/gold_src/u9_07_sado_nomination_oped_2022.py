GOLD = dict(
    published="2022-02-03",
    furniture=[
        "OPINION", "A gold mine, a deadline and two leaders who have never met",
        "Published : 2022-02-03 17:30", "By Kang Min-jae",
        "The writer is a former diplomat and a columnist for The Insadong Review.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Kishida", "the Japanese prime minister"],
        "South Korean Foreign Ministry": ["The Foreign Ministry"],
        "Choi Jong-moon": ["Second Vice Foreign Minister Choi Jong-moon"],
        "Koichi Aiboshi": ["Ambassador Koichi Aiboshi"],
        "Yoshimasa Hayashi": ["Foreign Minister Yoshimasa Hayashi"],
        "Yun Byung-se": ["Foreign Minister Yun Byung-se"],
        "World Heritage Committee": ["the World Heritage Committee", "the committee"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Shinzo Abe": [],
        "Yoshihide Suga": [],
        "Japanese government": ["Japan", "Tokyo"],
    },
    quotes=[
        ("Foreign Ministry said it \"[[strongly regrets]]\" the decision", "partial",
         "South Korean Foreign Ministry", "said"),
        ("Committee said it \"[[strongly regrets]]\" that", "partial",
         "World Heritage Committee", "said"),
        ("calmly.", "partial", "Fumio Kishida", "has said"),
    ],
    statements=[
        ("On Friday last week the Japanese prime minister announced", ["Fumio Kishida"],
         "announced"),
        ("The Foreign Ministry said it", ["South Korean Foreign Ministry", "Choi Jong-moon"],
         "said"),
        ("In Tokyo, Foreign Minister Yoshimasa Hayashi said", ["Yoshimasa Hayashi"], "said"),
        ("In 2015, Japan's Meiji industrial sites were listed", ["Yun Byung-se",
                                                               "Fumio Kishida"], "agreed"),
        ("Japan then told the committee in Bonn", ["Japanese government"],
         "told the committee"),
        ("In July last year, the World Heritage Committee said", ["World Heritage Committee"],
         "said"),
        ("Kishida has said he wants to discuss", ["Fumio Kishida"], "has said"),
    ],
    timexes=[
        ("Published : [[2022-02-03 17:30]]", "2022-02-03T17:30", None),
        ("Feb. 1", "2022-02-01", None),
        ("Friday last week", "2022-01-28", None),
        ("on Tuesday", "2022-02-01", None),
        ("in [[2023]].", "2023", None),
        ("the 1940s", "194", None),
        ("1603-1867", "1603/1867", None),
        ("In [[2015]], Japan's", "2015", None),
        ("that June", "2015-06", None),
        ("July last year", "2021-07", None),
        ("office [[in October]]", "2021-10", None),
        ("that month", "2021-10", None),
        ("office [[in May]]", "2022-05", None),
        ("December 2019", "2019-12", None),
        ("March 9", "2022-03-09", None),
        ("the [[2015]] comfort women", "2015", None),
    ],
    summits=[
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the Japan-China-South Korea summit",
             evidence=["Moon's last proper summit with a Japanese prime minister"]),
    ],
    agreements=[
        dict(title="cooperate on each other's World Heritage bids (foreign ministers, Tokyo)",
             kind="commitment", date="2015-06", parties=["JP", "KR"], status="referenced",
             evidence=["In 2015, Japan's Meiji industrial sites were listed"]),
        dict(title="2015 comfort women agreement", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced",
             evidence=["Whoever wins the presidential election"]),
    ],
    notes=[
        "Invented op-ed (label, headline, date line, byline and the writer's description are"
        " furniture; the date line is annotated). Columnist, outlet and the partial quote"
        " 'calmly' given to Kishida are invented. Real background (Jiji 2022-01-28 and via"
        " Yomiuri 2022-01-29, JMH summary 2022-02-01, Yomiuri/Jiji 2021-12-29 and 2022-01-21,"
        " comparemela snippet, Jiji 2015 page via OANA): Feb."
        " 1 deadline; Kishida's announcement on Friday 2022-01-28; Cabinet approval and"
        " submission on 2022-02-01 for a 2023 listing; Seoul's 'strongly regrets' statement"
        " and Choi Jong-moon's summoning of Aiboshi; Hayashi's rejection; an interagency"
        " task force; the Edo period (1603-1867); the World Heritage Committee's resolution"
        " of July 2021 on the Meiji sites' information center; the June 2015 Yun-Kishida"
        " agreement. From general knowledge: the number of Korean workers at Sado (more than"
        " a thousand), Kishida taking office in October 2021 and his call with Moon that"
        " month, Moon's term ending in May 2022, the Chengdu summit of December 2019, the"
        " Cornwall greeting with Suga, the 2022 election date (March 9).",
        "Quotes: 'strongly regrets' occurs twice, from two speakers (the Seoul ministry and"
        " the World Heritage Committee).",
        "Summits (1): Moon-Abe in Chengdu 2019-12 (on the margins of the trilateral, from the"
        " public record). Not summits: Kishida-Moon phone call; the Cornwall greeting with"
        " Suga ('managed only a greeting'; debatable); the negated Kishida-Moon meeting; the"
        " columnist's hoped-for early meeting with the next president.",
        "Agreements (2): the June 2015 ministers' commitment and the 2015 comfort women"
        " agreement, both referenced. Not agreements: Japan's promise of an information"
        " center (unilateral), the columnist's suggestion of a joint group of historians (no"
        " government has proposed it, as the text says).",
        "Timexes: 'Friday last week' is one expression; '1603-1867' = 1603/1867; 'that June'"
        " = 2015-06; 'that month' = 2021-10.",
    ],
)
