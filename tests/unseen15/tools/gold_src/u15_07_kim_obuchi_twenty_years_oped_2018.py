# ruff: noqa: E501
SIGN = "Twenty years ago today, in Tokyo, President Kim Dae-jung"
DECL = "The Joint Declaration on a New Korea-Japan Partnership"
REMORSE = "Obuchi put in writing Japan's remorse"
DIET = "Kim spoke to the Diet in the afternoon after the talks"
PLAN = "The declaration came with an action plan"
TREATY = "It stood on the foundation laid in 1965"
TOKYO = "On May 9, Moon flew to Tokyo"
NY = "Last month the two men sat down again"
ANSWER = "Tokyo's answer was that the 2015 agreement"

GOLD = dict(
    published="2018-10-08",
    furniture=[
        "OPINION | COLUMN\n"
        "[Han Ji-won] Twenty years on, the Kim-Obuchi declaration still reads better than the relationship\n"
        "Posted : 2018-10-08 16:40 KST",
        "Han Ji-won is a former South Korean diplomat who served in Tokyo and Osaka. The views expressed here are the writer's own.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi", "Obuchi"],
        "Moon Jae-in": ["Moon Jae-in", "Moon"],
        "Shinzo Abe": ["Shinzo Abe", "Abe"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("In our day we had a text and no habits,", "direct", None, "said"),
        ("Now we have the habits, the meetings", "direct", None, None),
    ],
    statements=[
        (REMORSE, ["Keizo Obuchi", "Kim Dae-jung"], "put in writing"),
        (DIET, ["Kim Dae-jung"], "spoke"),
        (NY, ["Moon Jae-in", "Office of the President of South Korea"], "told"),
        (ANSWER, ["Government of Japan"], "answer"),
    ],
    timexes=[
        ("Twenty years on", "P20Y", None),
        ("2018-10-08 16:40", "2018-10-08T16:40", None),
        ("Twenty years ago today", "1998-10-08", None),
        ("that autumn", "1998-FA", None),
        ("in the afternoon", "1998-10-08TAF", None),
        ("Four years later", "2002", None),
        ("in 1965", "1965", None),
        ("this year", "2018", None),
        ("May 9", "2018-05-09", None),
        ("the same day", "2018-05-09", None),
        ("Last month", "2018-09", None),
        ("under the [[2015]] agreement", "2015", None),
        ("that the [[2015]] agreement", "2015", None),
        ("since 2013", "2013", None),
        ("since 1998", "1998", None),
        ("last week", "2018-W40", None),
        ("in 2000", "2000", None),
        ("less than two years", "P2Y", "LESS_THAN"),
        ("in 2009", "2009", None),
        ("less than half an hour", "PT30M", "LESS_THAN"),
    ],
    summits=[
        dict(date="1998-10-08", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SIGN, DIET]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2018-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the U.N. General Assembly", evidence=[NY]),
    ],
    agreements=[
        dict(title="Joint Declaration on a New Korea-Japan Partnership toward the 21st Century",
             kind="joint-declaration", date="1998-10-08", parties=["JP", "KR"], status="referenced",
             evidence=[SIGN, DECL, REMORSE, PLAN, TREATY]),
        dict(title="Treaty on Basic Relations", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced", evidence=[TREATY]),
        dict(title="2015 agreement on the comfort women", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[NY, ANSWER]),
    ],
    notes=[
        "Invented op-ed in a Seoul daily (label, bracketed writer's name and headline, Posted line and the writer's description are furniture; the Posted stamp and the headline's 'Twenty years on' (P20Y) are annotated). The columnist, the retired ambassador and their words are invented.",
        "Real background, from general knowledge and other corpora's manifests (not checked on a stored page unless stated): the Kim-Obuchi summit and Joint Declaration in Tokyo on 8 October 1998 and its action plan; Kim's Diet speech during the visit (placed here 'in the afternoon after the talks', not checked); Seoul's phased opening to Japanese culture from October 1998; the 2002 World Cup; the Tokyo trilateral with Li Keqiang and the Moon-Abe talks on 9 May 2018; the Moon-Abe meeting in New York in September 2018 where Moon said the foundation could not function (the title of a blind-corpus article); the forced-labour case before the Supreme Court since 2013; Obuchi's death in 2000 and Kim's in 2009. Checked: mofa.go.jp press conference of 22 October 2018 and korea.net 2017-12-20 (2018 as the 20th anniversary of the Kim-Obuchi declaration).",
        "Summits (4): Tokyo 1998 (the signing and 'the talks'), the Tokyo trilateral and the Moon-Abe bilateral of 9 May 2018 ('talks of his own with Abe the same day'), New York on the U.N. General Assembly sidelines (dated 2018-09 from 'Last month'). Not summits: 'have met more often than their predecessors' (aggregate), the World Cup.",
        "Agreements (3): the 1998 Joint Declaration (its action plan and Obuchi's written apology treated as its content, five evidence sentences), the 1965 Treaty on Basic Relations, the 2015 agreement. Not agreements: Seoul's opening to Japanese films and music ('on its own'), the columnist's proposed second declaration ('Nobody in either capital has proposed this').",
        "Timexes: 'Twenty years ago today' = 1998-10-08; 'that autumn' = 1998-FA (season, debatable); 'Four years later' = 2002; 'less than two years' = P2Y LESS_THAN; 'less than half an hour' = PT30M LESS_THAN. Not annotated: '21st Century' inside the declaration's name, 'Within weeks', 'In our day', 'Now', 'before long'.",
    ],
)
