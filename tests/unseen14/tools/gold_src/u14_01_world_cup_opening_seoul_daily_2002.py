# ruff: noqa: E501
EXCH = "His appearance completed the first half of an exchange of visits"
TALKS = "At those talks, held at Cheong Wa Dae"

GOLD = dict(
    published="2002-06-01",
    furniture=[
        "SPORTS & NATION | Posted : 2002-06-01 09:15 | Updated : 2002-06-01 16:40\n"
        "Kim and Koizumi lift joined hands as Asia's first World Cup opens in Seoul\n"
        "By Oh Jae-won, Staff Reporter",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim", "he"],
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Koizumi",
                              "the prime minister"],
        "Chae Hye-jin": ["Chae Hye-jin"],
        "Takuya Morimoto": ["Takuya Morimoto", "he"],
    },
    quotes=[
        ("a festival of peace", "partial", "Kim Dae-jung", "called"),
        ("Korea and Japan have prepared for this moment", "direct", "Junichiro Koizumi",
         "told the stadium"),
        ("will be remembered by both peoples.", "partial", "Kim Dae-jung", "told"),
        ("I grew up on my grandfather's stories", "direct", "Chae Hye-jin", "said"),
        ("We came over on the ferry from Shimonoseki", "direct", "Takuya Morimoto", "said"),
        ("it is their turn to come to us.", "direct", "Takuya Morimoto", None),
    ],
    statements=[
        ("Speaking before the prime minister, he called", ["Kim Dae-jung"], "called"),
        (EXCH, ["Kim Dae-jung", "Junichiro Koizumi"], "agreed on"),
        (TALKS, ["Kim Dae-jung", "Junichiro Koizumi"], "agreed"),
        ("A presidential aide said Kim had told the prince", [None, "Kim Dae-jung"], "said"),
    ],
    timexes=[
        ("2002-06-01 09:15", "2002-06-01T09:15", None),
        ("2002-06-01 16:40", "2002-06-01T16:40", None),
        ("Friday evening", "2002-05-31TEV", None),
        ("the [[2002]] FIFA World Cup", "2002", None),
        ("7:44 p.m.", "2002-05-31T19:44", None),
        ("from Tokyo in [[the afternoon]]", "2002-05-31TAF", None),
        ("six years", "P6Y", None),
        ("from [[tonight]] the whole world", "2002-05-31TNI", None),
        ("less than a day", "P1D", "LESS_THAN"),
        ("Saturday morning", "2002-06-01TMO", None),
        ("March 22", "2002-03-22", None),
        ("Yokohama on [[June 30]]", "2002-06-30", None),
        ("rule in [[1945]]", "1945", None),
        ("from [[1910]]", "1910", None),
        ("last year", "2001", None),
        ("in [[1996]]", "1996", None),
        ("and [[tonight]] I clapped", "2002-05-31TNI", None),
        ("on [[Wednesday]],", "2002-05-29", None),
        ("On [[June 30]] it is", "2002-06-30", None),
    ],
    summits=[
        dict(date="2002-03-22", place="Seoul", country="KR",
             participants=["Kim Dae-jung", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[EXCH, TALKS]),
    ],
    agreements=[
        dict(title="exchange of attendance: Koizumi at the Seoul opening, Kim at the Yokohama final",
             kind="commitment", date="2002-03-22", parties=["JP", "KR"], status="referenced",
             evidence=[EXCH]),
        dict(title="bilateral investment treaty", kind="treaty", date="2002-03-22",
             parties=["JP", "KR"], status="referenced", evidence=[TALKS]),
        dict(title="joint study group on a free trade agreement", kind="commitment",
             date="2002-03-22", parties=["JP", "KR"], status="referenced", evidence=[TALKS]),
    ],
    notes=[
        "Invented Seoul English-language daily (outlet unnamed; reporter Oh Jae-won, the aide, both"
        " fans and every quote invented, including the words given to Kim and Koizumi; the"
        " section/Posted line, headline and byline are furniture; the stamps are annotated)."
        " Real background, checked on stored pages: people.cn 2002-05-31, Taipei Times"
        " 2002-06-01, rediff 2002-05-31 and socceramerica (opening ceremony in the Seoul World Cup"
        " Stadium on Friday 31 May 2002, Kim declared the tournament open at 7:44 pm, Koizumi"
        " attended and spoke, the two raised joined hands, France-Senegal opening match, Prince"
        " and Princess Takamado the first official imperial visit since 1945); BBS news 2002-05-31"
        " (Koizumi arrived in the afternoon and returned the next morning); KBS German (Kim met"
        " Prince Takamado); JoongAng Daily and MOFA Japan pmv0203 (Seoul summit of 22 March 2002 at"
        " the Blue House: cross-attendance of the opening on 31 May and the final on 30 June in"
        " Yokohama, bilateral investment treaty signed, joint FTA study group). From general"
        " knowledge: co-hosting decided in 1996, colonial rule from 1910, the 2001 textbook row."
        " Invented: the ferry trip, the fans, the aide's account.",
        "Summits (1): Seoul, 22 March 2002. Not summits: the joint attendance at the opening"
        " ceremony (no talks, 'No bilateral talks were on his schedule'), Kim's meeting with"
        " Prince Takamado (not a head of state or government), Kim's attendance at the final.",
        "Agreements (3, all referenced): the reciprocal attendance arrangement is one course of"
        " action (an exchange of visits, debatable: could be split in two); the investment treaty"
        " (treaty, signed at the March talks, so referenced here); the FTA study group"
        " (commitment).",
        "Timexes: '2002' inside the tournament's name is annotated as the year (debatable);"
        " 'the afternoon' is the afternoon of the opening day; 'Wednesday' in the fan's quote is"
        " 29 May; '31-year-old' is an age, not a timex. Statements: the relative clause 'the two"
        " leaders agreed on' makes the exchange sentence a joint statement (debatable).",
    ],
)
