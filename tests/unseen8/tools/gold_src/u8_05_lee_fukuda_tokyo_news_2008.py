GOLD = dict(
    published="2008-04-22",
    furniture=[
        "Fukuda, Lee revive 'shuttle' visits, agree to restart trade pact talks",
        "April 22, 2008 | The Kansai Courier (English edition)",
        "By Misaki Orihara / Staff Writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yasuo Fukuda": ["Prime Minister Yasuo Fukuda", "Fukuda"],
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee", "Lee Myung Bak"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "George W. Bush": ["President George W. Bush", "Bush"],
        "Roh Moo-hyun": ["Roh"],
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Koizumi"],
        "Takeru Iwanaga": ["Iwanaga"],
        "Akihito": ["Emperor Akihito"],
    },
    quotes=[
        ("mature partnership", "partial", None, None),
        ("new era", "partial", None, None),
        ("Japan and South Korea share basic values", "direct", "Yasuo Fukuda", "said"),
        ("We should look squarely at the past", "direct", "Lee Myung-bak", "said"),
        ("a test of whether both sides are ready to move.", "partial", None, "said"),
        ("Lee has put the relationship on a business footing", "direct", "Takeru Iwanaga",
         "said"),
        ("The question is what happens", "direct", "Takeru Iwanaga", None),
    ],
    statements=[
        ("Prime Minister Yasuo Fukuda and South Korean President Lee Myung-bak agreed Monday",
         ["Yasuo Fukuda", "Lee Myung-bak"], "agreed"),
        ("The leaders then released a joint press statement", ["Yasuo Fukuda", "Lee Myung-bak"],
         "released"),
        ("He added that he would not respond", ["Lee Myung-bak"], "added"),
        ("According to the statement, the two governments", ["Yasuo Fukuda", "Lee Myung-bak"],
         "According to the statement"),
        ("They also agreed to work toward holding", ["Yasuo Fukuda", "Lee Myung-bak"], "agreed"),
        ("Chinese Premier Wen Jiabao has not yet confirmed", [None], "said"),
        ("A senior Japanese trade official said", [None], "said"),
        ("The two leaders did not discuss the islets", [None], "said"),
    ],
    timexes=[
        ("April 22, 2008", "2008-04-22", None),
        ("agreed [[Monday]] to resume", "2008-04-21", None),
        ("more than two years", "P2Y", "MORE_THAN"),
        ("consultations in [[June]] aimed", "2008-06", None),
        ("80-minute", "PT80M", None),
        ("since [[December 2004]]", "2004-12", None),
        ("[[Feb. 25]], when", "2008-02-25", None),
        ("on Sunday evening", "2008-04-20TEV", None),
        ("Camp David on [[Saturday]]", "2008-04-19", None),
        ("two-day", "P2D", None),
        ("Koizumi in [[2004]]", "2004", None),
        ("[[December 2003]]", "2003-12", None),
        ("about a year later", "P1Y", "APPROX"),
        ("the [[June]] consultations", "2008-06", None),
        ("[[later this year]]", "2008", None),
    ],
    summits=[
        dict(date="2008-04-21", place="Tokyo", country="JP",
             participants=["Yasuo Fukuda", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The agreements came at an 80-minute meeting"]),
        dict(date="2008", place=None, country="JP",
             participants=["Yasuo Fukuda", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["They also agreed to work toward holding",
                       "Chinese Premier Wen Jiabao has not yet confirmed"]),
        dict(date="2008-02-25", place="Seoul", country="KR",
             participants=["Yasuo Fukuda", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion="Lee's inauguration",
             evidence=["The leaders' first meeting took place on Feb. 25"]),
        dict(date="2008-04-19", place="Camp David", country="US",
             participants=["Lee Myung-bak", "George W. Bush"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=[("Lee, on his first overseas trip", "at Camp David on Saturday.")]),
        dict(date="2004-12", place=None, country="JP",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["the first summit held in Japan with a South Korean president"]),
    ],
    agreements=[
        dict(title="resume reciprocal leader visits (shuttle diplomacy)", kind="commitment",
             date="2008-04-21", parties=["JP", "KR"], status="agreed",
             evidence=["Prime Minister Yasuo Fukuda and South Korean President Lee Myung-bak"
                       " agreed Monday"]),
        dict(title="working-level consultations in June toward resuming EPA negotiations",
             kind="commitment", date="2008-04-21", parties=["JP", "KR"], status="agreed",
             evidence=["Prime Minister Yasuo Fukuda and South Korean President Lee Myung-bak"
                       " agreed Monday", "A senior Japanese trade official said"]),
        dict(title="Japan-ROK joint press statement", kind="joint-statement",
             date="2008-04-21", parties=["JP", "KR"], status="agreed",
             evidence=["The leaders then released a joint press statement",
                       "According to the statement, the two governments"]),
        dict(title="strengthen cooperation with the U.S. on denuclearization", kind="commitment",
             date="2008-04-21", parties=["JP", "KR"], status="agreed",
             evidence=["According to the statement, the two governments"]),
        dict(title="work toward a trilateral summit with China in Japan this year",
             kind="commitment", date="2008-04-21", parties=["JP", "KR"], status="agreed",
             evidence=["They also agreed to work toward holding"]),
        dict(title="2004 shuttle arrangement (Roh-Koizumi)", kind="commitment", date="2004",
             parties=["JP", "KR"], status="referenced",
             evidence=["The shuttle arrangement, under which"]),
    ],
    notes=[
        "Invented test article (Japanese daily, English edition: headline, date-and-outlet line"
        " and byline are furniture; the date line is annotated). Outlet, reporter, all quotes"
        " (Lee's and Fukuda's paraphrase reported remarks), the professor and his university"
        " are invented. Real background (Xinhua/china.org.cn 2008-04-22, Al Jazeera, AFP via"
        " APS blog, US cable 08TOKYO1150, Bernama): 80-minute talks on Monday 2008-04-21;"
        " 'mature partnership' and 'new era'; joint press statement; June working-level"
        " consultations on the EPA; cooperation with the U.S. on denuclearization and a"
        " complete and correct declaration; work for a trilateral summit in Japan later in"
        " the year; Emperor visit welcomed; first meeting at Lee's inauguration; Lee arrived"
        " Sunday evening from the U.S. after the Camp David summit (Saturday 2008-04-19); EPA"
        " talks launched December 2003, stalled a year later; Roh's last Japan visit December"
        " 2004. Explicit sentence for the Camp David evidence: the automatic split"
        " cuts after 'George W.'",
        "Quotes: 'mature partnership' and 'new era' are wording of the joint statement ->"
        " partial, speaker null, cue null (debatable: could be non-quotes as terms). Iwanaga's"
        " quote split by 'said ...' -> two.",
        "Timexes: '80-minute' = PT80M (could be PT1H20M); 'later this year' = 2008; 'about a"
        " year later' = P1Y APPROX (debatable: could be a date, 2004).",
        "Summits (5): Tokyo 2008-04-21; planned trilateral in Japan in 2008 with Wen;"
        " Fukuda-Lee at the inauguration 2008-02-25 (brief talks, occasion the inauguration);"
        " Lee-Bush at Camp David 2008-04-19; Roh's Japan summit of 2004-12 (implied by 'the"
        " first summit held in Japan ... since December 2004'; debatable, place unnamed).",
        "Agreements (6): shuttle visits; EPA consultations; the joint press statement"
        " (joint-statement); U.S. cooperation on denuclearization (from the statement);"
        " trilateral summit in Japan; the 2004 shuttle arrangement (referenced).",
    ],
)
