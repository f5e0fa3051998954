# ruff: noqa: E501
CLAIMS = "Tokyo maintains that all such claims were settled"
ARB = "In May it requested an arbitration panel"
PROP = "Hours before the Tokyo meeting, Cheong Wa Dae proposed"
NY = "The last time they held formal talks was in September last year"

GOLD = dict(
    published="2019-07-13",
    furniture=[
        "ECONOMY | TRADE\n"
        "Five hours in a bare room: first Seoul-Tokyo talks on export curbs end without a thaw\n"
        "Posted 2019-07-13 10:05 | Modified 2019-07-13 15:47\n"
        "By Choi Min-jae, Tokyo correspondent",
        "TOKYO -- ",
        "PROPOSAL FOR OUTSIDE CHECKS",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Office of the President of South Korea": ["Cheong Wa Dae", "the presidential office"],
        "Kim You-geun": ["Kim You-geun, deputy director of the National Security Office", "Kim You-geun"],
        "Moon Jae-in": ["President Moon Jae-in", "He"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe"],
        "Government of Japan": ["Japan", "Tokyo", "it"],
        "Government of the Republic of Korea": ["Seoul"],
        "Lee Kyung-sook": ["Lee Kyung-sook"],
        "Kang Kyung-wha": ["Foreign Minister Kang Kyung-wha"],
        "Taro Kono": ["Taro Kono"],
    },
    quotes=[
        ("calling it a \"[[briefing]]\"", "partial", None, "calling"),
        ("We were there to ask for the measures to be withdrawn", "direct", None, "said"),
        ("If the investigation finds that Korea has done nothing wrong", "direct", "Kim You-geun", "told a briefing"),
        ("beside the point.", "partial", None, "dismissed"),
        ("Nobody on either side wanted this fight", "direct", "Lee Kyung-sook", "said"),
        ("A room with folding tables is about the right size", "direct", "Lee Kyung-sook", None),
    ],
    statements=[
        ("Japanese officials insisted on calling it", [None], "insisted"),
        ("A METI official told Japanese reporters", [None], "told"),
        ("Japan says the controls, which took effect", ["Government of Japan"], "says"),
        ("Seoul regards them as retaliation", ["Government of the Republic of Korea"], "regards"),
        (CLAIMS, ["Government of Japan"], "maintains"),
        (ARB, ["Government of Japan"], "requested"),
        (PROP, ["Office of the President of South Korea"], "proposed"),
        ("Tokyo has not responded, but a senior Japanese official dismissed", [None], "dismissed"),
        ("President Moon Jae-in on Monday urged Japan", ["Moon Jae-in"], "urged"),
        ("Officials in Seoul said no meeting between them", [None], "said"),
    ],
    timexes=[
        ("Five hours", "PT5H", None),
        ("Posted [[2019-07-13 10:05]]", "2019-07-13T10:05", None),
        ("Modified [[2019-07-13 15:47]]", "2019-07-13T15:47", None),
        ("met in Tokyo on [[Friday]]", "2019-07-12", None),
        ("began at [[2 p.m.]]", "2019-07-12T14:00", None),
        ("about an hour", "PT1H", "APPROX"),
        ("more than five hours", "PT5H", "MORE_THAN"),
        ("July 4", "2019-07-04", None),
        ("rulings [[last October]]", "2018-10", None),
        ("October and [[November]]", "2018-11", None),
        ("the [[1965]] agreement", "1965", None),
        ("In May", "2019-05", None),
        ("next Thursday", "2019-07-18", None),
        ("presidential office on [[Friday]]", "2019-07-12", None),
        ("on Monday", "2019-07-08", None),
        ("July 1", "2019-07-01", None),
        ("three days after", "2019-07-01", None),
        ("September last year", "2018-09", None),
        ("July 24", "2019-07-24", None),
        ("early next month", "2019-08", "START"),
        ("early August", "2019-08", "START"),
    ],
    summits=[
        dict(date="2018-09", place="New York", country="US",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the U.N. General Assembly", evidence=[NY]),
    ],
    agreements=[
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS, ARB]),
        dict(title="joint request for an international body to examine South Korea's export controls",
             kind="commitment", date="2019-07-12", parties=["JP", "KR"], status="proposed",
             evidence=[PROP, "If the investigation finds that Korea has done nothing wrong"]),
    ],
    notes=[
        "Invented Seoul daily story by a Tokyo correspondent (section label, headline, Posted/Modified line, byline, dateline prefix and cross-head are furniture; the stamps and the headline's 'Five hours' are annotated). Reporter, the trade lawyer, and every quote are invented, including the words given to Kim You-geun, the Korean and Japanese officials. Invented or unchecked details: the 2 p.m. start, the two director-level officials, the description of the room and its sign (after widely published photographs, general knowledge).",
        "Real background, checked on stored pages: jmh.usembassy.gov 2019-07-13 (working-level meeting on Friday, scheduled for one hour, more than five hours; the presidential office proposed on Friday that the two countries ask UN experts or an international organization to look into Japan's claims; Japanese officials called the proposal baffling); reuters 2019-07-12 (Japan said Korea did not ask for withdrawal); koreaherald 2019-07-09 (export curbs announced 1 July; Moon on Monday called for a diplomatic solution and warned of countermeasures; Japan says claims settled under the 1965 treaty); mofa.go.jp press conference 2019-06-18 (Japan requested an arbitration panel; 30-day deadline). From general knowledge: the three materials and the 4 July effective date; the Supreme Court rulings of October and November 2018; the arbitration request of 20 May and the 18 July deadline; the Osaka handshake of 28 June; the New York summit of September 2018; the white-list comment period to 24 July and the Cabinet decision of 2 August; Kim You-geun as the presenter of the proposal; the ARF in Bangkok in early August.",
        "Summits (1): Moon-Abe in New York, September 2018. Not summits: the brief handshake in Osaka, the working-level meeting, the foreign ministers' possible encounter ('no meeting ... had been arranged').",
        "Agreements (2): the 1965 agreement on property and claims (treaty, referenced; the arbitration request is a use of its dispute clause, not a separate instrument); Cheong Wa Dae's proposal that the two countries jointly ask an international body to investigate (commitment, proposed). Not agreements: Japan's export controls and the white-list change (unilateral).",
        "Quotes: 'briefing' is treated as a partial quote of unnamed Japanese officials (their own word; debatable, it could be read as a term); 'white list' is a term. Timexes: 'three days after' = 1 July (the date it points to); 'next Thursday' = 18 July; 'hours before', 'a few hours later' not annotated (vague).",
    ],
)
