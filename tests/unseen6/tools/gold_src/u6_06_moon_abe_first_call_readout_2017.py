GOLD = dict(
    published="2017-05-11",
    furniture=[
        "Office of the President, Republic of Korea (Cheong Wa Dae)",
        "Briefing by Senior Secretary for Public Relations Yoon Young-chan on the Telephone"
        " Conversation between President Moon Jae-in and Prime Minister Shinzo Abe of Japan",
        "Date: May 11, 2017",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["Moon Jae in", "President Moon Jae-in", "President Moon",
                        "the President", "Moon"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Prime Minister Abe", "the Prime Minister",
                       "Abe", "the Japanese leader"],
    },
    quotes=[
        ("Frankly, the feelings of the Korean public", "direct", "Moon Jae-in", "said"),
    ],
    statements=[
        ("Prime Minister Abe congratulated President Moon", ["Shinzo Abe"], "congratulated"),
        ("President Moon thanked the Prime Minister and said", ["Moon Jae-in"], "said"),
        ("He added that the two countries should wisely", ["Moon Jae-in"], "added"),
        ("Prime Minister Abe said it was important", ["Shinzo Abe"], "said"),
        ("On North Korea, the two leaders agreed", ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        ("Prime Minister Abe asked for the President's cooperation",
         ["Shinzo Abe", "Moon Jae-in"], "asked"),
        ("The two leaders agreed to meet in person", ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        ("President Moon said he intended to send", ["Moon Jae-in", "Shinzo Abe"], "said"),
    ],
    timexes=[
        ("May 11, 2017", "2017-05-11", None),
        ("today", "2017-05-11", None),
        ("25 minutes", "PT25M", None),
        ("2:35 p.m.", "2017-05-11T14:35", None),
        ("yesterday", "2017-05-10", None),
        ("the end of 2015", "2015", "END"),
    ],
    summits=[],
    agreements=[
        dict(title="agreement on the comfort women issue (end of 2015)",
             kind="joint-statement", date="2015", parties=["JP", "KR"], status="referenced",
             evidence=["On history, President Moon said",
                       "Prime Minister Abe said it was important"]),
        dict(title="meet in person at an early date", kind="commitment", date="2017-05-11",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to meet in person"]),
        dict(title="hold the Japan-hosted trilateral summit as soon as possible",
             kind="commitment", date="2017-05-11", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to meet in person"]),
    ],
    notes=[
        "Invented test text in the style of a Cheong Wa Dae written briefing (three header"
        " lines are furniture; the header date is annotated). Every word is invented and"
        " paraphrased, including President Moon's direct quote; the briefer's name is real."
        " Real background: the first Moon-Abe phone call on Thursday 2017-05-11, from 2:35"
        " p.m. for 25 minutes, the day after Moon's inauguration on 2017-05-10; Moon's remark"
        " that most Koreans could not accept the 2015 agreement and that history issues"
        " should be handled wisely while cooperating separately on North Korea; Abe on"
        " implementing the end-2015 agreement; agreement to meet soon and to hold the"
        " Japan-hosted trilateral summit early; Moon's plan to send a special envoy (Moon"
        " Hee-sang visited Tokyo on 2017-05-18). The abduction exchange and the 'market"
        " economy' wording follow common readout phrasing rather than a checked record.",
        "Quotes: Moon's one direct quote.",
        "Statements: Abe 'congratulated ... and said'; Moon 'thanked ... and said'; 'He"
        " added'; Abe 'said it was important'; the two leaders 'agreed that' (North Korea);"
        " Abe 'asked ..., and President Moon expressed his understanding' (both); the two"
        " leaders 'agreed to meet ... and concurred'; Moon 'said ... and Prime Minister Abe"
        " said' (both). Not statements: the full direct-quote sentence; 'The President did not"
        " raise renegotiation.' (a negation, debatable).",
        "Timexes: published Thursday 2017-05-11; header date and 'today' = 2017-05-11; '25"
        " minutes' = PT25M; '2:35 p.m.' = 2017-05-11T14:35; 'yesterday' = 2017-05-10; 'the"
        " end of 2015' = 2015 END. Not timexes: 'an early date', 'as soon as possible',"
        " 'shortly'.",
        "Summits (0): a phone call; the agreed meeting 'at an early date' and the trilateral"
        " 'as soon as possible' have no date (their agreement is recorded as commitments).",
        "Agreements (3): the 2015 agreement (joint-statement, referenced; date 2015 from 'the"
        " end of 2015'); meeting in person at an early date; holding the Japan-hosted"
        " trilateral summit soon (two courses in one sentence; parties JP and KR only, since"
        " China was not party to the call). Not agreements: the shared assessment of North"
        " Korea's programs and of coordination (a general view, debatable), the envoy"
        " (unilateral, welcomed).",
    ],
)
