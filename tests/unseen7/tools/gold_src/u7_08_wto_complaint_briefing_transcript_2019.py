GOLD = dict(
    published="2019-09-11",
    furniture=[
        "Ministry of Trade, Industry and Energy, Republic of Korea",
        "Press Briefing by Trade Minister Yoo Myung-hee on Filing a WTO Complaint against"
        " Japan's Export Restrictions (Transcript)",
        "September 11, 2019, 11:00, Government Complex Seoul",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoo Myung-hee": ["MINISTER YOO", "Trade Minister Yoo Myung-hee", "Yoo"],
        "Moon Jae-in": ["President Moon", "Moon"],
        "Shinzo Abe": ["Prime Minister Abe", "Abe"],
        "South Korean government": ["The government", "we", "Korea"],
        "Japanese government": ["Japan"],
    },
    quotes=[],
    statements=[
        ("The government has today decided to file a complaint", ["South Korean government"],
         "has decided"),
        ("We regard the measures as discriminatory", ["Yoo Myung-hee"], "regard"),
        ("I want to stress that the door to dialogue", ["Yoo Myung-hee"], "want to stress"),
        ("we have proposed more than once", ["South Korean government"], "have proposed"),
        ("Japan says the measures are a review", ["Japanese government"], "says"),
    ],
    timexes=[
        ("September 11, 2019, 11:00", "2019-09-11T11:00", None),
        ("Good morning", "2019-09-11TMO", None),
        ("has [[today]] decided", "2019-09-11", None),
        ("July 4", "2019-07-04", None),
        ("As of today", "2019-09-11", None),
        ("69 days", "P69D", None),
        ("90 days", "P90D", None),
        ("we will [[today]] send", "2019-09-11", None),
        ("60 days", "P60D", None),
        ("Since July", "2019-07", None),
        ("trading partners [[last month]]", "2019-08", None),
        ("August 28", "2019-08-28", None),
        ("more than a year", "P1Y", "MORE_THAN"),
        ("two or three years", "P2Y", None),
        ("decided [[last month]] to end", "2019-08", None),
        ("[[today]]'s step", "2019-09-11", None),
        ("Osaka in [[June]]", "2019-06", None),
        ("later this month", "2019-09", "END"),
        ("[[Today]]'s filing", "2019-09-11", None),
    ],
    summits=[],
    agreements=[
        dict(title="bilateral consultations under the WTO dispute settlement procedures",
             kind="commitment", date="2019-09-11", parties=["JP", "KR"], status="proposed",
             evidence=["we will today send Japan a request for bilateral consultations"]),
        dict(title="director-general-level talks on export controls", kind="commitment",
             date="2019-07", parties=["JP", "KR"], status="proposed",
             evidence=["we have proposed more than once"]),
        dict(title="General Security of Military Information Agreement", kind="treaty",
             date=None, parties=["JP", "KR"], status="referenced",
             evidence=["end the military intelligence-sharing agreement with Japan",
                       "The decision on the General Security of Military Information"]),
    ],
    notes=[
        "Invented test text in the style of a South Korean ministry's briefing transcript"
        " (three header lines are furniture; the header stamp is annotated). No quotation"
        " marks: speech is marked by 'MINISTER YOO:' and 'Q:'. Every word is invented; the"
        " 11:00 time and the Q&A are invented. Real background: Seoul's announcement on"
        " 2019-09-11 by Trade Minister Yoo Myung-hee that it would file a WTO complaint over"
        " Japan's curbs of 2019-07-04 on fluorinated polyimide, photoresists and hydrogen"
        " fluoride (KBS, Deccan Herald, Global Korean Post, JMH summary), 69 days after they"
        " took effect; the first step a request for bilateral consultations; the link to the"
        " Supreme Court forced labor rulings; Japan's removal of Korea from its white list,"
        " effective 2019-08-28; Seoul's GSOMIA decision of 2019-08-22; no Moon-Abe summit at"
        " the Osaka G20 (June 28-29). The 90-day licensing period, the 60-day consultation"
        " window and Seoul's repeated offers of director-general-level talks since July are"
        " from general knowledge.",
        "Quotes: none (transcript).",
        "Statements: the government 'has decided' (speaker the government); Yoo 'regard';"
        " Yoo 'want to stress'; the government 'have proposed'; Japan 'says' (reported in a"
        " reporter's question). Most of the minister's turns are direct speech without marks"
        " and are not annotated as statements unless they carry a reporting verb.",
        "Timexes: published Wednesday 2019-09-11; 'Good morning' = TMO (debatable: a"
        " greeting); 'today' x2, 'As of today', 'Today's step', 'Today's filing' ="
        " 2019-09-11; '69 days', '90 days', '60 days'; 'Since July' = 2019-07; 'last month' x2"
        " = 2019-08; 'August 28'; 'more than a year' = P1Y MORE_THAN; 'two or three years' ="
        " P2Y (debatable: a range, given the lower bound); 'June' = 2019-06; 'later this"
        " month' = 2019-09 END. Not timexes: 'at any time' (no reference).",
        "Summits (0): the Osaka non-summit ('did not hold a summit'), a hypothetical meeting"
        " at the United Nations ('no meeting has been arranged').",
        "Agreements (3): the request for WTO bilateral consultations (commitment, proposed);"
        " the repeated proposal of director-general-level talks (commitment, proposed, dated"
        " 2019-07 from 'Since July'); GSOMIA (treaty, referenced, undated in the text). Not"
        " agreements: the WTO agreements themselves (multilateral), Japan's curbs and white"
        " list removal (unilateral measures).",
    ],
)
