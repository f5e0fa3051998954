LEAD = "Ahn Gyu-back, agreed Monday to revive"
JOINT = "In a joint press statement, the ministers reaffirmed"
AHN = "Ahn said the meeting put into practice"
BOTH = ["Gen Nakatani", "Ahn Gyu-back"]

GOLD = dict(
    published="2025-09-08",
    furniture=[
        "Japan, S. Korea Defense Chiefs Agree to Revive Mutual Visits, Eye AI, Space"
        " Cooperation\n2025-09-08 19:25 JST | Kanto Press",
        "[Copyright Kanto Press, Ltd.]\nRelated: Ishiba to Resign as Prime Minister, Citing"
        " Election Defeat",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Gen Nakatani": ["Japanese Defense Minister Gen Nakatani", "Nakatani", "He"],
        "Ahn Gyu-back": ["his South Korean counterpart, Ahn Gyu-back", "Ahn", "he"],
        "Lee Jae Myung": ["President Lee Jae-myung", "Lee"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba",
                          "the outgoing prime minister"],
        "Yoon Suk Yeol": ["then President Yoon Suk-yeol"],
        "Moon Jae-in": ["former President Moon Jae-in"],
    },
    quotes=[
        ("Trust between defense authorities is built", "direct", "Gen Nakatani",
         "told reporters"),
        ("The leaders set the direction on Aug. 23.", "direct", "Ahn Gyu-back", "said"),
        ("is not a thaw but a routine", "partial", None, "said"),
    ],
    statements=[
        (LEAD, BOTH, "agreed"),
        (JOINT, BOTH, "reaffirmed"),
        ("They also voiced concern over the deepening", BOTH, "voiced concern"),
        ("He said the two had not discussed", ["Gen Nakatani"], "said"),
        (AHN, ["Ahn Gyu-back"], "said"),
        ("The statement said a South Korean military band", BOTH, "said"),
        ("The two ministers held video talks in early August", ["Gen Nakatani"], "said"),
        ("Japanese officials said it was unclear", [None], "said"),
        ("Nakatani’s own trip to Seoul", [None], "said"),
    ],
    timexes=[
        ("2025-09-08 19:25", "2025-09-08T19:25", None),
        ("Seoul, [[Sept. 8]] (Kanto", "2025-09-08", None),
        ("agreed [[Monday]] to revive", "2025-09-08", None),
        ("took office in [[June]]", "2025-06", None),
        ("October 2015", "2015-10", None),
        ("today", "2025-09-08", None),
        ("roughly 70-minute", "PT70M", "APPROX"),
        ("on [[Sunday]] that he", "2025-09-07", None),
        ("last month", "2025-08", None),
        ("Aug. 23", "2025-08-23", None),
        ("in [[November]].", "2025-11", None),
        ("late last year", "2024", "END"),
        ("Dec. 3", "2024-12-03", None),
        ("early August", "2025-08", "START"),
        ("the [[2010]] sinking", "2010", None),
        ("a [[2018]] dispute", "2018", None),
        ("since [[2023]].", "2023", None),
    ],
    summits=[
        dict(date="2025-08-23", place="Tokyo", country="JP",
             participants=["Shigeru Ishiba", "Lee Jae Myung"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[AHN, "The leaders set the direction"]),
    ],
    agreements=[
        dict(title="revive regular reciprocal visits between the defense establishments",
             kind="commitment", date="2025-09-08", parties=["JP", "KR"], status="agreed",
             evidence=[LEAD]),
        dict(title="explore cooperation in AI, unmanned systems and space",
             kind="commitment", date="2025-09-08", parties=["JP", "KR"], status="agreed",
             evidence=[LEAD]),
        dict(title="continue three-way cooperation with the United States against North"
                   " Korea's programs", kind="commitment", date="2025-09-08",
             parties=["JP", "KR"], status="agreed", evidence=[JOINT]),
        dict(title="Japan-ROK defense ministers' joint press statement", kind="joint-statement",
             date="2025-09-08", parties=["JP", "KR"], status="agreed",
             evidence=[JOINT, "The statement said a South Korean military band"]),
    ],
    notes=[
        "Invented Japanese wire story in English (agency 'Kanto Press' and every quote"
        " invented; headline/stamp line and copyright/related line are furniture; the stamp is"
        " annotated). Curly quotes and apostrophes. Real background, checked on stored pages:"
        " nippon.com/Jiji 2025-09-06 and 2025-09-08 (Nakatani in Seoul, first visit by a"
        " Japanese defense chief since October 2015 when he also held the post; agreed Monday"
        " to strengthen communication incl. mutual visits and three-way cooperation with the"
        " U.S.; did not discuss Ishiba's Sunday resignation announcement; 2024 trip postponed"
        " after martial law); Korea Herald 2025-09-08 and alojapan/Kyodo (joint press"
        " statement; AI, unmanned systems and space; North Korea-Russia ties; reaffirming the"
        " leaders' commitments at the Tokyo summit last month; SDF music festival in November;"
        " Defense Ministry in Yongsan; Seoul Defense Dialogue; National Cemetery and Second"
        " Fleet, 46 Cheonan sailors); Korea Herald 2025-08-08 (virtual talks in early August at"
        " which Nakatani raised a visit). Invented: the 70-minute length, the stamp time, the"
        " quotes and the 'return visit' remark of Japanese officials.",
        "Summits (1): the Ishiba-Lee summit in Tokyo on 23 August (background). Not summits:"
        " the defense ministers' meeting and video talks, and the uncertain 'return visit' by"
        " the outgoing prime minister (no date, doubtful; not recorded as planned).",
        "Agreements (4): two commitments split from the lead; the three-way cooperation"
        " commitment; the joint press statement itself (agreed). Not agreements: 'reaffirmed"
        " their commitment to the complete denuclearization' (a shared goal restated), the"
        " military band's participation (one side's act), and the leaders' unspecified Tokyo"
        " agreements ('what Ishiba and Lee had agreed'), which name no course of action.",
        "Timexes: 'today' inside Nakatani's quote is the publication day.",
    ],
)
