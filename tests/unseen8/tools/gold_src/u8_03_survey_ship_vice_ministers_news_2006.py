GOLD = dict(
    published="2006-04-22",
    furniture=[
        "Seoul, Tokyo step back from sea clash as Japan drops survey plan",
        "Posted : 2006-04-22 20:10", "By Yoon Ha-jin, Staff Reporter",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yu Myung-hwan": ["First Vice Foreign Minister Yu Myung-hwan", "Yu", "Yoo Myung-hwan"],
        "Shotaro Yachi": ["Administrative Vice Foreign Minister Shotaro Yachi", "Yachi",
                          "Yachi Shotaro"],
        "Lim Sang-woo": ["Lim"],
        "Roh Moo-hyun": ["President Roh Moo-hyun", "Roh"],
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Koizumi"],
        "Ban Ki-moon": ["Foreign Minister Ban Ki-moon", "Ban"],
        "South Korean government": ["Seoul"],
        "Japanese government": ["Tokyo"],
    },
    quotes=[
        ("at an appropriate time", "partial", None, None),
        ("Both governments recognized that this situation", "direct", "Yu Myung-hwan",
         "told a news conference"),
        ("We agreed to deal with the root", "direct", "Yu Myung-hwan", None),
        ("We avoided something that neither side wanted", "direct", "Shotaro Yachi", "said"),
        ("It is a ceasefire, not a peace treaty", "direct", "Lim Sang-woo", "said"),
        ("in the current circumstances.", "partial", "Ban Ki-moon", "told lawmakers"),
    ],
    statements=[
        ("The two sides also agreed to resume negotiations", ["Yu Myung-hwan", "Shotaro Yachi"],
         "agreed"),
        ("Yachi, speaking to reporters before leaving", ["Shotaro Yachi"], "said"),
        ("Officials described the atmosphere as tense", [None], "described"),
        ("Seoul had sent some 20 coast guard vessels", ["South Korean government"], "warned"),
        ("Japanese officials said Tokyo reserved the right", [None], "said"),
        ("Foreign Minister Ban Ki-moon told lawmakers", ["Ban Ki-moon"], "told lawmakers"),
    ],
    timexes=[
        ("Posted : 2006-04-22 20:10", "2006-04-22T20:10", None),
        ("at sea on [[Saturday]]", "2006-04-22", None),
        ("meeting in [[June]].", "2006-06", None),
        ("two days of talks", "P2D", None),
        ("flew in on [[Friday]]", "2006-04-21", None),
        ("several days", "PXD", None),
        ("until [[June 30]]", "2006-06-30", None),
        ("the [[June]] session", "2006-06", None),
        ("as early as [[May]]", "2006-05", None),
        ("on Saturday afternoon", "2006-04-22TAF", None),
        ("first day of talks on [[Friday]]", "2006-04-21", None),
        ("more than four hours", "PT4H", "MORE_THAN"),
        ("[[both days]]", "P2D", None),
        ("in Busan in [[November]]", "2005-11", None),
        ("visit Japan in [[December]]", "2005-12", None),
        ("Yasukuni Shrine in [[October]]", "2005-10", None),
        ("earlier this week", "2006-W16", None),
    ],
    summits=[
        dict(date="2005-11", place="Busan", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="sidelines",
             ordinal=None, status="held", occasion="the Asia-Pacific Economic Cooperation forum",
             evidence=["have not held a summit since they met on the sidelines"]),
    ],
    agreements=[
        dict(title="Japan to drop the survey; Korea to defer seabed naming at the IHO",
             kind="commitment", date="2006-04-22", parties=["JP", "KR"], status="agreed",
             evidence=["South Korea and Japan pulled back from a confrontation",
                       "Under the arrangement, Japan will not carry out the survey"]),
        dict(title="resume EEZ boundary negotiations (director-general talks from May)",
             kind="commitment", date="2006-04-22", parties=["JP", "KR"], status="agreed",
             evidence=["The two sides also agreed to resume negotiations",
                       "We agreed to deal with the root"]),
        dict(title="arrangement for regular leader visits", kind="commitment", date=None,
             parties=["JP", "KR"], status="referenced",
             evidence=["Roh had been expected to visit Japan in December"]),
    ],
    notes=[
        "Invented test article (Seoul daily: headline, 'Posted' line and byline are furniture;"
        " the posted stamp is annotated). Reporter, outlet, posting time, all quotes, the"
        " professor and his university, the 'more than four hours' and Ban's remark to"
        " lawmakers are invented. Real background (Dong-A 2006-04-24, AP via USA Today, Taipei"
        " Times 2006-04-23, Korea Times via TMCnet 2006-04-23, Xinhua 2006-10-09): Yu-Yachi"
        " talks 2006-04-21/22 at a Seoul hotel; Japan to stop the survey planned until June 30;"
        " Korea to register names 'in a timely manner after thorough preparation', not at the"
        " June IHO meeting in Germany; EEZ talks from May; ships held off Sakai port (Tottori);"
        " some 20 Korean vessels; loudspeaker truck; last summit at APEC Busan in November"
        " 2005. From general knowledge: Koizumi's fifth Yasukuni visit in October 2005 and the"
        " shelving of Roh's December 2005 Japan trip.",
        "Quotes: 'at an appropriate time' reproduces the arrangement's wording, speaker null"
        " and no cue (debatable); Yu's quote interrupted by 'Yu told a news conference ...' ->"
        " two direct quotes; Ban's partial.",
        "Statements: the vice ministers 'agreed' (joint act, named as 'The two sides');"
        " 'Officials described' null; Seoul 'warned'; Japanese officials 'said' null; Ban"
        " 'told lawmakers'. The lede ('Seoul agreeing') is not annotated as a statement"
        " (governments' acts, debatable).",
        "Timexes: 'several days' = PXD (vague); 'both days' = P2D; 'earlier this week'"
        " (published Sat 2006-04-22) = 2006-W16; 'November', 'December', 'October' = 2005"
        " (past tense, before April).",
        "Summits (1): Roh-Koizumi at APEC Busan, 2005-11 (sidelines, background). Not"
        " summits: the vice ministers' talks; Roh's shelved December trip (never held, no"
        " longer planned); 'no plans for a meeting'.",
        "Agreements (3): survey/naming compromise (one course of action with reciprocal"
        " steps; debatable: could be two); resumption of EEZ talks; the regular-visit"
        " arrangement (referenced, date null).",
    ],
)
