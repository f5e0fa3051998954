GOLD = dict(
    published="2020-03-06",
    furniture=[
        "Ministry of Foreign Affairs, Republic of Korea",
        "Briefing by First Vice Foreign Minister Cho Sei-young on Countermeasures to Japan's"
        " Entry Restrictions (Transcript)",
        "March 6, 2020, 17:00, Press Briefing Room",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Cho Sei-young": ["VICE MINISTER CHO", "First Vice Foreign Minister Cho Sei-young"],
        "Kang Kyung-wha": ["Minister Kang Kyung-wha", "Minister Kang", "she"],
        "Koji Tomita": ["Ambassador Koji Tomita", "Ambassador Tomita"],
        "Moon Jae-in": ["President Moon", "Moon"],
        "Shinzo Abe": ["Prime Minister Abe", "Abe"],
        "Japanese government": ["Japan", "Tokyo"],
        "South Korean government": ["The government", "Korea"],
    },
    quotes=[],
    statements=[
        ("Yesterday evening the Japanese government announced", ["Japanese government"],
         "announced"),
        ("The government expresses deep regret", ["South Korean government"], "expresses"),
        ("She conveyed our strong protest", ["Kang Kyung-wha"], "conveyed"),
    ],
    timexes=[
        ("March 6, 2020, 17:00", "2020-03-06T17:00", None),
        ("Yesterday evening", "2020-03-05TEV", None),
        ("from [[March 9]] until", "2020-03-09", None),
        ("the end of this month", "2020-03", "END"),
        ("14 days", "P14D", None),
        ("00:00 on Monday, March 9", "2020-03-09T00:00", None),
        ("this morning", "2020-03-06TMO", None),
        ("about 11 a.m.", "2020-03-06T11:00", "APPROX"),
        ("a.m. [[today]]", "2020-03-06", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("in Chengdu in [[December]]", "2019-12", None),
        ("this year", "2020", None),
    ],
    summits=[
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["President Moon and Prime Minister Abe have not met since"]),
    ],
    agreements=[],
    notes=[
        "Invented test text: Q&A transcript in the style of a Seoul foreign ministry"
        " briefing (three header lines are furniture; the header stamp is annotated; speaker"
        " labels 'VICE MINISTER CHO:' and 'Q:' stay in the text and open their sentences)."
        " Every word is invented; the 11 a.m. time and the 20-minute length of Kang's meeting"
        " with Tomita are invented details. Real background: Japan's announcement on the"
        " evening of Thursday 2020-03-05 of a 14-day stay request for arrivals from Korea and"
        " suspension of visa-free entry from 2020-03-09 to the end of March; Seoul's"
        " reciprocal measures announced by First Vice Foreign Minister Cho Sei-young on"
        " 2020-03-06 (visa waivers and issued visas suspended from Monday 2020-03-09, travel"
        " advisory raised, special entry procedures); Kang Kyung-wha's protest to Ambassador"
        " Koji Tomita the same day; the last Moon-Abe meeting in Chengdu in December 2019;"
        " the trilateral summit Japan was due to host in 2020.",
        "Quotes: none (transcript answers are not in quotation marks).",
        "Statements: the Japanese government 'announced'; the South Korean government"
        " 'expresses deep regret' (speaker the government as voiced by Cho, debatable); Kang"
        " 'conveyed ... and said'. Not statements: Cho's own answers without a reporting"
        " verb about a third party, the reporters' questions.",
        "Timexes: published Friday 2020-03-06; 'Yesterday evening' = 2020-03-05TEV; 'March 9'"
        " = 2020-03-09; 'the end of this month' = 2020-03 END; '14 days' = P14D; '00:00 on"
        " Monday, March 9' as one expression = 2020-03-09T00:00 (debatable: could be split);"
        " 'this morning' = TMO; 'about 11 a.m.' = T11:00 APPROX and the"
        " following 'today' = 2020-03-06 (two spans); 'about 20 minutes' = PT20M"
        " APPROX; bare 'December' (past) = 2019-12; 'this year' = 2020. Not timexes: 'Good"
        " afternoon', 'as soon as', 'Our focus now' (deictic 'now', left out as in earlier"
        " corpora's 'for now').",
        "Summits (1): Moon-Abe in Chengdu, December 2019 (held; background in a question)."
        " Not summits: 'any plan for the leaders to talk' (none), the trilateral summit Japan"
        " was to host 'this year' (no leaders named, no date; under review), Kang calling in"
        " the ambassador.",
        "Agreements (0): the entry restrictions and countermeasures are unilateral; 'ready to"
        " lift these steps as soon as Japan withdraws its own' is a conditional offer of"
        " unilateral action, not a proposal of a joint course (debatable).",
    ],
)
