GOLD = dict(
    published="2024-11-19",
    furniture=["20:10 JST, November 19, 2024", "By Kanda Shiro / Political News Department",
               "RIO DE JANEIRO —"],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba", "he"],
        "Joe Biden": ["outgoing U.S. President Joe Biden", "Biden"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon"],
        "Donald Trump": ["Trump", "the president-elect"],
        "Keir Starmer": ["British Prime Minister Keir Starmer"],
    },
    quotes=[
        ("grave concern", "partial", "Yoon Suk Yeol", "expressed"),
        ("regardless of format", "partial", "Shigeru Ishiba", "agreed"),
    ],
    statements=[
        ("Both leaders expressed", ["Yoon Suk Yeol", "Shigeru Ishiba"], "expressed"),
        ("The three issued a joint statement",
         ["Joe Biden", "Shigeru Ishiba", "Yoon Suk Yeol"], "issued"),
        ("Japanese officials were told that the president-elect", [None], "were told"),
        ("In Rio, Ishiba is expected to meet", [None], "said"),
    ],
    timexes=[
        ("20:10 JST, November 19, 2024", "2024-11-19T20:10", None),
        ("spent [[Monday]]", "2024-11-18", None),
        ("left Tokyo on [[Thursday]]", "2024-11-14", None),
        ("three days", "P3D", None),
        ("the early hours of Friday", "2024-11-15", "START"),
        ("the following two days", "P2D", None),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("just over a month", "P1M", "MORE_THAN"),
        ("Vientiane in [[October]]", "2024-10", None),
        ("next year", "2025", None),
        ("in Lima on [[Friday]]", "2024-11-15", None),
        ("in [[January]]", "2025-01", None),
        ("on [[Tuesday]], when", "2024-11-19", None),
    ],
    summits=[
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Joe Biden"], kind="sidelines", ordinal=None,
             status="held", occasion="the Asia-Pacific Economic Cooperation forum",
             evidence=["Over the following two days he sat down in turn"]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the Asia-Pacific Economic Cooperation forum",
             evidence=["Over the following two days he sat down in turn"]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=2,
             status="held", occasion="the Asia-Pacific Economic Cooperation forum",
             evidence=["Over the following two days he sat down in turn",
                       "The meeting with Yoon, held at a hotel", "Both leaders expressed"]),
        dict(date="2024-10", place="Vientiane", country="LA",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=1,
             status="held", occasion="ASEAN-related summits",
             evidence=["The meeting with Yoon, held at a hotel"]),
        dict(date="2024-11-15", place="Lima", country="PE",
             participants=["Joe Biden", "Shigeru Ishiba", "Yoon Suk Yeol"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["Biden also hosted Ishiba and Yoon", "The three issued a joint statement"]),
        dict(date="2024-11-19", place="Rio de Janeiro", country="BR",
             participants=["Shigeru Ishiba", "Keir Starmer"], kind="sidelines", ordinal=None,
             status="planned", occasion="the Group of 20 summit",
             evidence=["In Rio, Ishiba is expected to meet"]),
    ],
    agreements=[
        dict(title="keep up reciprocal (shuttle) visits regardless of format", kind="commitment",
             date="2024-11", parties=["JP", "KR"], status="agreed",
             evidence=["Both leaders expressed"]),
        dict(title="trilateral joint statement launching a trilateral secretariat",
             kind="joint-statement", date="2024-11-15", parties=["JP", "KR", "US"],
             status="agreed",
             evidence=["Ishiba's first summit tour: three Lima meetings, a secretariat",
                       "The three issued a joint statement"]),
        dict(title="launch an economic 'two-plus-two' dialogue (Japan-UK)", kind="commitment",
             date="2024-11-19", parties=["GB", "JP"], status="proposed",
             evidence=["In Rio, Ishiba is expected to meet"]),
    ],
    notes=[
        "Invented Tokyo daily article (reporter Kanda Shiro and the government source are"
        " fictional). Checked (pages): Ishiba re-elected on Nov. 11, left on Thursday, arrived"
        " in Lima in the early hours of Friday, met Biden, Xi and Yoon there, the trilateral"
        " with a joint statement on a secretariat, the failed Trump meeting and the reason"
        " given, G20 in Brazil on Monday and Tuesday (Yomiuri, 2024-11-19); Ishiba-Yoon talks"
        " of 50 minutes at a hotel in Lima, 'grave concern' over North Korea-Russia military"
        " cooperation, shuttle diplomacy not limited by format, the 60th anniversary (KBS);"
        " their first summit in Vientiane on 2024-10-10 (Yomiuri); expected Ishiba-Starmer"
        " meeting and economic two-plus-two (Kyodo via radioshiga). 'three days after the"
        " Diet re-elected him': Nov. 11 to Nov. 14.",
        "Summits (6): Ishiba-Biden, Ishiba-Xi, Ishiba-Yoon (ordinal 2 from 'second', month"
        " precision because 'over the following two days' gives no day for each; debatable:"
        " the public record gives Nov. 15-16); Vientiane October (ordinal 1: 'their first"
        " encounter'); the Biden-Ishiba-Yoon trilateral on Friday; planned Ishiba-Starmer in"
        " Rio. Not summits: a Trump meeting that 'fell through', the G20 session.",
        "Agreements (3): shuttle visits regardless of format (agreed); the trilateral joint"
        " statement; the UK-Japan economic two-plus-two (status proposed: an expected"
        " agreement not yet made; debatable, could be left out as a forecast).",
        "Timexes: 'the early hours of Friday' = 2024-11-15 START; 'the following two days' ="
        " P2D; 'just over a month' = P1M MORE_THAN; 'in January' (future) = 2025-01.",
    ],
)
