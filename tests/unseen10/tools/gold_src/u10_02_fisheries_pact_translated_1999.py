GOLD = dict(
    published="1999-01-22",
    furniture=[
        "[Translated from the Korean edition] New Korea-Japan fisheries agreement takes effect..."
        " fishing villages uneasy over 'intermediate zone' around Dokdo",
        "Daily Hanbit English Service | Input 1999.01.22 14:05 | Modified 1999.01.22 18:40",
        "Reporter Seo Min-jae",
        "Seo Min-jae mjseo@hanbit-daily.example",
        "Copyright (c) Daily Hanbit. Unauthorized reproduction and redistribution prohibited.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Sun-gil": ["Minister of Maritime Affairs and Fisheries Kim Sun-gil", "Kim"],
        "Hiromu Nonaka": ["Chief Cabinet Secretary Hiromu Nonaka", "Nonaka"],
        "Kim Dae-jung": ["President Kim Dae-jung", "President Kim"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi", "Obuchi"],
        "Park Yong-gil": [],
        "National Federation of Fisheries Cooperatives": [],
        "South Korean Ministry of Foreign Affairs and Trade": [
            "The Ministry of Foreign Affairs and Trade"],
        "Japanese government": ["Japan", "Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("If the new agreement had not been in force", "direct", None, "said"),
        ("do everything it can", "partial", "Kim Sun-gil", "said at a press briefing"),
        ("We ask fishing families for understanding", "direct", "Kim Sun-gil", "said"),
        ("Thirty years I have fished off Hokkaido", "direct", "Park Yong-gil", "said"),
        ("clearly Korean territory.", "partial",
         "South Korean Ministry of Foreign Affairs and Trade", "said"),
        ("a stable foundation,", "partial", "Hiromu Nonaka", "told a press conference"),
    ],
    statements=[
        ("The negotiations turned sour when Japan gave notice", ["Japanese government"],
         "gave notice"),
        ("Minister of Maritime Affairs and Fisheries Kim Sun-gil said", ["Kim Sun-gil"],
         "said at a press briefing"),
        ("The National Federation of Fisheries Cooperatives demanded",
         ["National Federation of Fisheries Cooperatives"], "demanded"),
        ("Civic groups have also attacked the agreement", [None], "attacked"),
        ("The Ministry of Foreign Affairs and Trade repeated",
         ["South Korean Ministry of Foreign Affairs and Trade"], "repeated"),
        ("In Tokyo, Chief Cabinet Secretary Hiromu Nonaka told", ["Hiromu Nonaka"],
         "told a press conference"),
        ("At the summit in Tokyo on October 8 last year",
         ["South Korean government", "Japanese government"], "described"),
        ("Diplomatic sources said Prime Minister Obuchi's return visit", [None], "said"),
    ],
    timexes=[
        ("Input [[1999.01.22 14:05]]", "1999-01-22T14:05", None),
        ("Modified [[1999.01.22 18:40]]", "1999-01-22T18:40", None),
        ("On [[the 22nd]], the new", "1999-01-22", None),
        ("34 years", "P34Y", None),
        ("written in [[1965]].", "1965", None),
        ("From [[this day]], each", "1999-01-22", None),
        ("November last year", "1998-11", None),
        ("September 25 last year", "1998-09-25", None),
        ("replace the [[1965]] agreement", "1965", None),
        ("May 1996", "1996-05", None),
        ("January 23 last year", "1998-01-23", None),
        ("one year", "P1Y", None),
        ("this week", "1999-W03", None),
        ("in force by [[the 22nd]],", "1999-01-22", None),
        ("on the 21st", "1999-01-21", None),
        ("Thirty years", "P30Y", None),
        ("From [[this morning]] I am", "1999-01-22TMO", None),
        ("on the 22nd (local time)", "1999-01-22", None),
        ("October 8 last year", "1998-10-08", None),
        ("the spring", "1999-SP", None),
    ],
    summits=[
        dict(date="1998-10-08", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The basic agreement was struck shortly before President",
                       "At the summit in Tokyo on October 8 last year"]),
        dict(date="1999", place="Seoul", country="KR",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Diplomatic sources said Prime Minister Obuchi's return visit"]),
    ],
    agreements=[
        dict(title="new Korea-Japan fisheries agreement", kind="treaty", date="1998-11",
             parties=["JP", "KR"], status="referenced",
             evidence=["On the 22nd, the new Korea-Japan fisheries agreement took effect",
                       "The agreement was signed by the foreign ministers",
                       "If the new agreement had not been in force",
                       "Civic groups have also attacked the agreement",
                       "The Ministry of Foreign Affairs and Trade repeated",
                       "In Tokyo, Chief Cabinet Secretary Hiromu Nonaka told",
                       "At the summit in Tokyo on October 8 last year"]),
        dict(title="1965 fisheries agreement", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced",
             evidence=["On the 22nd, the new Korea-Japan fisheries agreement took effect",
                       "Talks to replace the 1965 agreement",
                       "The negotiations turned sour when Japan gave notice",
                       "Under that agreement, the notice took effect"]),
        dict(title="joint declaration on a new partnership (October 1998)",
             kind="joint-declaration", date="1998-10-08", parties=["JP", "KR"],
             status="referenced",
             evidence=["At the summit in Tokyo on October 8 last year"]),
    ],
    notes=[
        "Invented translation of a Korean-press article (headline, outlet/input line, reporter"
        " line, sign-off with e-mail and copyright line are furniture; the input and modified"
        " stamps are annotated). Outlet, reporter, all quotes, the squid captain Park Yong-gil"
        " and the ministry official are invented; the fisheries federation's demand and the civic"
        " groups' criticism are generic and invented in wording. Real background: imidas.jp"
        " (basic agreement September 1998, in force 1999-01-22, provisional zone managed jointly,"
        " coastal-state enforcement, joint committee); Japan Times 1998-01-23 (Japan's unilateral"
        " notice of 1998-01-23, talks since May 1996, one-year validity after notice); Japan Times"
        " 1998-09-25 (basic agreement, Kim's visit from 7 October); discovery.researcher.life"
        " abstract (Seoul's position that the agreement concerns fisheries only, not Dokdo);"
        " thefreelibrary.com Kyodo 1999-03-19 (Obuchi's official visit to Seoul in March). From"
        " general knowledge: signing by the two foreign ministers in November 1998, Kim Sun-gil"
        " as minister in January 1999 (he is named as fisheries minister in the September 1998"
        " Japan Times report), Hiromu Nonaka as Chief Cabinet Secretary, the spring timing of"
        " Obuchi's visit as known in January 1999.",
        "Relative expressions are read against the publication day 1999-01-22 (Friday); 'the"
        " 22nd (local time)' is the same day in Tokyo. 'this week' = 1999-W03. 'the spring' ="
        " 1999-SP (a future-tense sentence).",
        "Summits (2): Tokyo 1998-10-08 (background); Obuchi's return visit to Seoul (planned;"
        " date given as 1999 although the text says 'the spring', since a season is not a"
        " partial ISO date).",
        "Agreements (3): the new fisheries agreement is recorded as referenced (the article"
        " reports its entry into force, not its conclusion; debatable: signed) with its signing"
        " month as date; the 1965 agreement (referenced); the 1998 joint declaration"
        " (referenced). Not agreements: Japan's termination notice (unilateral), the federation's"
        " demand for compensation (a domestic demand), the minister's promise of support"
        " (unilateral).",
    ],
)
