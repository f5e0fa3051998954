CONF = "The two sides confirmed that they would work to arrange a summit meeting"
ENVOY = "The envoy told Foreign Minister Kishida yesterday"
DEC = "The agreement reached in December 2015 was confirmed"
TOLD = "The Prime Minister told the envoy that he expects both sides"

GOLD = dict(
    published="2017-05-18",
    furniture=[
        "Press Conference by the Chief Cabinet Secretary (Excerpt)\n"
        "Thursday, May 18, 2017 (Afternoon)\n"
        "[Provisional translation]\n\n"
        "Special envoy of the President of the Republic of Korea",
        "(End of excerpt)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["the Prime Minister", "he"],
        "Moon Jae-in": ["President Moon Jae-in", "President Moon", "the President"],
        "Moon Hee-sang": ["Mr. Moon Hee-sang", "the special envoy", "the envoy"],
        "Yoshihide Suga": ["CHIEF CABINET SECRETARY SUGA"],
        "Fumio Kishida": ["Foreign Minister Kishida"],
    },
    quotes=[],
    statements=[
        ("The Prime Minister said that Japan and the Republic of Korea", ["Shinzo Abe"], "said"),
        (CONF, ["Shinzo Abe", "Moon Hee-sang"], "confirmed"),
        (ENVOY, ["Moon Hee-sang"], "told"),
        (TOLD, ["Shinzo Abe"], "told"),
        ("In the telephone talk on May 11", ["Shinzo Abe", "Moon Jae-in"], "raised"),
        ("The Prime Minister said that the launch was absolutely unacceptable", ["Shinzo Abe"],
         "said"),
    ],
    timexes=[
        ("Thursday, May 18, 2017", "2017-05-18", None),
        ("Earlier [[today]]", "2017-05-18", None),
        ("about thirty minutes", "PT30M", "APPROX"),
        ("Kishida [[yesterday]]", "2017-05-17", None),
        ("the [[2015]] agreement", "2015", None),
        ("December 2015", "2015-12", None),
        ("Hamburg in [[July]]", "2017-07", None),
        ("last week", "2017-W19", None),
        ("May 11", "2017-05-11", None),
        ("the day after", "2017-05-11", None),
        ("missile on [[Sunday]]", "2017-05-14", None),
    ],
    summits=[],
    agreements=[
        dict(title="work to arrange a Japan-ROK summit at an early date", kind="commitment",
             date="2017-05-18", parties=["JP", "KR"], status="agreed", evidence=[CONF]),
        dict(title="cooperate closely in responding to North Korea's nuclear and missile"
             " development", kind="commitment", date="2017-05-18", parties=["JP", "KR"],
             status="agreed", evidence=[CONF]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced",
             evidence=[ENVOY, DEC, TOLD]),
    ],
    notes=[
        "Invented transcript in the style of the Chief Cabinet Secretary's press conference"
        " (title, date line, translation note, topic heading and '(End of excerpt)' are furniture;"
        " the date is annotated; speaker labels and turns are text; no quotation marks; outlets"
        " 'Kasumi Shinpo' and 'Nikko Television' and all wording invented, including Suga's"
        " answers and the words given to Abe). Real background, checked on stored pages: Yonhap"
        " via koreatimesus 2017-05-18 and Daily Manila Shimbun 2017-05-18 (Abe received special"
        " envoy Moon Hee-sang on Thursday 18 May for about 30 minutes and a letter from Moon;"
        " 'most important neighbors that share strategic interests'; future-oriented ties;"
        " arrange a summit at an early date; cooperation on North Korea; the 2015 agreement; Suga"
        " at his press conference said the two would implement it responsibly); Japan Times"
        " 2017-05-18 (the envoy told Kishida on Wednesday that Koreans cannot accept the agreement"
        " emotionally; did not call for renegotiation; hopes of an Abe-Moon meeting at the G20 in"
        " Hamburg in July). From general knowledge: Moon took office on 10 May 2017 and spoke with"
        " Abe by telephone on 11 May; the North's missile launch of Sunday 14 May 2017; the"
        " December 2015 agreement. Invented: Abe's words on the launch.",
        "Summits (0): the envoy's call on the Prime Minister (an envoy is not a head of state or"
        " government), the envoy's meeting with Kishida, the 11 May telephone talk, a summit 'at"
        " an early date' and a possible meeting in Hamburg (undecided: 'Nothing has been"
        " decided') are not summits.",
        "Agreements (3): two commitments confirmed by the Prime Minister and the President's"
        " envoy (split from one sentence); the 2015 agreement (joint-statement per ANNOTATION.md,"
        " referenced). Not agreements: Japan's own intention to coordinate with the U.S. and the"
        " ROK (unilateral, future).",
        "Statements: sentences in Suga's turns that report what the Prime Minister, the envoy or"
        " the President said, told, confirmed, raised or explained; Suga is not added as a"
        " co-speaker (debatable); 'I understand that the envoy did not ask ...' (negated) and"
        " announcements of future acts are not statements. Abe is never named: his canonical"
        " name carries the alias 'the Prime Minister'. Timexes: 'last week' = 2017-W19; 'the day"
        " after' (the President took office) = 11 May.",
    ],
)
