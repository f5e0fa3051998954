# ruff: noqa: E501
LEAD = "Prime Minister Junichiro Koizumi and South Korean President Roh Moo-hyun agreed Friday"
FY = "The two leaders also confirmed they would work for the success"
FTA = "On trade, Koizumi told Roh he wanted the two sides"
NK = "The two leaders agreed to keep urging North Korea"
SHUTTLE = "Friday's meeting was the second this year"
SEOGWIPO = "Koizumi flew to Seogwipo for that meeting"
FIRST = "Koizumi and Roh first met as leaders in Tokyo"
ARRIVE = "Roh, who arrived Friday morning"

GOLD = dict(
    published="2004-12-17",
    furniture=[
        "Koizumi, Roh agree to consider doubling Haneda-Gimpo flights at hot-spring summit\n"
        "Kojimachi Press | Friday, December 17, 2004, 21:10 JST",
        "IBUSUKI, Japan, Dec. 17 (Kojimachi Press) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Koizumi"],
        "Roh Moo-hyun": ["South Korean President Roh Moo-hyun", "Roh", "Roh Moo Hyun"],
    },
    quotes=[
        ("People in our two countries now travel back and forth", "direct", "Junichiro Koizumi", "told a joint press conference"),
    ],
    statements=[
        (LEAD, ["Junichiro Koizumi", "Roh Moo-hyun"], "agreed"),
        (FY, ["Junichiro Koizumi", "Roh Moo-hyun", None], "confirmed"),
        (FTA, ["Junichiro Koizumi"], "told"),
        ("Roh replied that the talks should", ["Roh Moo-hyun", None], "replied"),
        ("Koizumi also explained Japan's plan", ["Junichiro Koizumi"], "explained"),
        (NK, ["Junichiro Koizumi", "Roh Moo-hyun"], "agreed"),
        ("Some lawmakers in Seoul had urged him", [None], "said"),
    ],
    timexes=[
        ("Friday, December 17, 2004, 21:10 JST", "2004-12-17T21:10", None),
        ("IBUSUKI, Japan, [[Dec. 17]]", "2004-12-17", None),
        ("agreed [[Friday]] to give", "2004-12-17", None),
        ("next year's", "2005", None),
        ("four decades", "P40Y", None),
        ("market access [[early next year]]", "2005", "START"),
        ("within 2005", "2005", None),
        ("from [[March]] to September", "2005-03", None),
        ("[[September next year]]", "2005-09", None),
        ("[[Friday's]] meeting", "2004-12-17", None),
        ("the second [[this year]]", "2004", None),
        ("Jeju Island [[in July]]", "2004-07", None),
        ("July 21", "2004-07-21", None),
        ("the first half of 2005", "2005-H1", None),
        ("June last year", "2003-06", None),
        ("roughly an hour", "PT1H", "APPROX"),
        ("October 2003", "2003-10", None),
        ("Friday morning", "2004-12-17TMO", None),
        ("on Saturday", "2004-12-18", None),
    ],
    summits=[
        dict(date="2004-12-17", place="Ibusuki", country="JP", participants=["Junichiro Koizumi", "Roh Moo-hyun"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEAD, SHUTTLE, ARRIVE]),
        dict(date="2004-07-21", place="Seogwipo", country="KR", participants=["Junichiro Koizumi", "Roh Moo-hyun"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SHUTTLE, SEOGWIPO]),
        dict(date="2005", place=None, country="KR", participants=["Junichiro Koizumi", "Roh Moo-hyun"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SEOGWIPO]),
        dict(date="2003-06", place="Tokyo", country="JP", participants=["Junichiro Koizumi", "Roh Moo-hyun"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[FIRST]),
        dict(date="2003-10", place="Bali", country="ID", participants=["Junichiro Koizumi", "Roh Moo-hyun"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-plus-three summit", evidence=[FIRST]),
    ],
    agreements=[
        dict(title="give positive consideration to increasing Haneda-Gimpo flights from four to eight a day",
             kind="commitment", date="2004-12-17", parties=["JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="work for the success of the Japan-Korea Friendship Year 2005", kind="commitment",
             date="2004-12-17", parties=["JP", "KR"], status="agreed", evidence=[FY]),
        dict(title="encourage sister-city ties", kind="commitment", date="2004-12-17", parties=["JP", "KR"],
             status="agreed", evidence=[FY]),
        dict(title="open FTA market-access negotiations early next year to conclude within 2005 (Koizumi's proposal)",
             kind="commitment", date="2004-12-17", parties=["JP", "KR"], status="proposed", evidence=[FTA]),
        dict(title="keep urging North Korea to return to the six-party talks without preconditions", kind="commitment",
             date="2004-12-17", parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="shuttle arrangement: hold summits regularly, visit with less ceremony", kind="commitment",
             date="2004-07", parties=["JP", "KR"], status="referenced", evidence=[SHUTTLE]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Kojimachi Press' invented; headline, stamp line and dateline prefix are furniture; stamp and dateline date are annotated). Koizumi's quote, Roh's reply on sensitive sectors, the North Korea sentence, the stamp time, Roh's Saturday departure and the lawmakers' calls to cancel are invented or unchecked.",
        "Real background, checked on stored pages: mofa.go.jp region/asia-paci/korea/meet0412.html (summit on 17 December 2004 in Ibusuki; Friendship Year 2005 marking the 40th anniversary; positive consideration of Haneda-Gimpo flights from four to eight; sister cities; visa exemption during the Aichi Expo from March to September 2005 and consideration of permanent exemption; Koizumi seeking market-access negotiations early next year with a view to an FTA within the year); japan.kantei.go.jp koizumiphoto 2004/07/21nikkan_e and mofa.go.jp meet0407 (Seogwipo/Jeju summit of 21 July 2004; agreement to hold regular summits and visit more often; FTA by end of 2005); donga.com 2005-03-27 (summits twice a year, Korea in the first half); mofa.go.jp asean/pmv0310/rok.html (Bali meeting on 8 October 2003, about one hour, at the ASEAN+3 summit). From general knowledge: Roh's state visit to Tokyo in June 2003.",
        "Summits (5): Ibusuki (held), Seogwipo on 21 July (held; the 'shuttle' arrangement 'reached on Jeju Island in July' is the same meeting), the next meeting in South Korea in the first half of 2005 (planned), Tokyo June 2003 ('first met as leaders' -> ordinal 1), Bali October 2003 (sidelines). 'the second this year' is not taken as an ordinal between the two leaders.",
        "Agreements (6): four commitments of 17 December (flights; Friendship Year and sister cities split from one sentence; North Korea), Koizumi's FTA proposal (proposed), the July shuttle arrangement (referenced). Not agreements: Japan's visa waiver during the Expo (a Japanese measure explained to Roh).",
        "Timexes: 'from March to September next year' = two expressions (2005-03, 2005-09); 'four decades' = P40Y; 'the first half of 2005' = 2005-H1.",
    ],
)
