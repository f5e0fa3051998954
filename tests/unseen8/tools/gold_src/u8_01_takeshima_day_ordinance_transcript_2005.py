GOLD = dict(
    published="2005-03-16",
    furniture=[
        "Prime Minister's Office of Japan",
        "Press Conference by the Chief Cabinet Secretary (Afternoon) (Transcript, provisional"
        " translation)",
        "Wednesday, March 16, 2005, 16:00, Prime Minister's Office",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Hiroyuki Hosoda": ["CHIEF CABINET SECRETARY HOSODA", "Hosoda",
                            "Chief Cabinet Secretary Hiroyuki Hosoda"],
        "Junichiro Koizumi": ["the prime minister", "Prime Minister Junichiro Koizumi",
                              "Koizumi"],
        "Roh Moo-hyun": ["President Roh", "Roh Moo Hyun", "Roh"],
        "Nobutaka Machimura": ["Foreign Minister Machimura", "Machimura"],
        "Ban Ki-moon": ["Foreign Minister Ban Ki-moon", "Ban"],
        "South Korean foreign ministry": ["The South Korean foreign ministry"],
        "Shimane Prefectural Assembly": ["The Shimane Prefectural Assembly"],
        "North Gyeongsang Province": ["North Gyeongsang"],
        "Japanese government": ["the government", "Tokyo"],
    },
    quotes=[],
    statements=[
        ("The South Korean foreign ministry has said it will take every possible measure",
         ["South Korean foreign ministry"], "has said"),
        ("We explained that the ordinance was a decision", ["Japanese government"],
         "explained"),
        ("Some in Seoul are saying President Roh's visit", [None], "are saying"),
        ("When the prime minister and President Roh met in Ibusuki",
         ["Junichiro Koizumi", "Roh Moo-hyun"], "agreed"),
        ("The prime minister has said many times", ["Junichiro Koizumi"], "has said"),
        ("The leaders agreed to make efforts", ["Junichiro Koizumi", "Roh Moo-hyun"],
         "agreed"),
        ("North Gyeongsang Province has announced", ["North Gyeongsang Province"],
         "has announced"),
    ],
    timexes=[
        ("Wednesday, March 16, 2005, 16:00", "2005-03-16T16:00", None),
        ("no announcements [[today]]", "2005-03-16", None),
        ("an ordinance [[this morning]]", "2005-03-16TMO", None),
        ("designating [[Feb. 22]] as", "XXXX-02-22", None),
        ("[[This year]] is the 40th", "2005", None),
        ("Friendship Year [[2005]]", "2005", None),
        ("the summit [[this year]] still", "2005", None),
        ("in Ibusuki [[in December]]", "2004-12", None),
        ("[[the first half of this year]]", "2005-H1", None),
        ("within [[2005]]", "2005", None),
        ("the end of next week", "2005-W12", "END"),
        ("the end of September", "2005-09", "END"),
        ("since [[1989]]", "1989", None),
    ],
    summits=[
        dict(date="2004-12", place="Ibusuki", country="JP",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["When the prime minister and President Roh met in Ibusuki"]),
        dict(date="2005", place=None, country="KR",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["When the prime minister and President Roh met in Ibusuki",
                       "That understanding has not changed on our side."]),
    ],
    agreements=[
        dict(title="leaders to continue visiting each other, next meeting in Korea in the first"
             " half of 2005", kind="commitment", date="2004-12", parties=["JP", "KR"],
             status="referenced",
             evidence=["When the prime minister and President Roh met in Ibusuki",
                       "That understanding has not changed on our side."]),
        dict(title="efforts to conclude the FTA negotiations within 2005", kind="commitment",
             date=None, parties=["JP", "KR"], status="referenced",
             evidence=["The leaders agreed to make efforts"]),
    ],
    notes=[
        "Invented test text in the style of a Japanese Chief Cabinet Secretary's press"
        " conference transcript (three header lines and '(END)' are furniture; the header"
        " stamp is annotated). No quotation marks: speech is marked by speaker labels, so no"
        " quotes. Every word is invented. Real background (Japan Times/Kyodo 2005-03-17, Dong-A"
        " Ilbo 2005-02-24 and 2005-03-27, MOFA summaries of 2004-07 and 2004-12 summits):"
        " Shimane assembly adopted the Takeshima Day ordinance (Feb. 22) on Wednesday"
        " 2005-03-16; Seoul's ministry said it would take every possible measure; Ibusuki summit"
        " 2004-12-17; agreement on regular mutual visits (Korea in the first half of the year);"
        " FTA aim of 2005; the temporary Expo visa waiver March-September 2005; North"
        " Gyeongsang's sister ties with Shimane since 1989 and its halt of exchanges. From"
        " general knowledge: Hosoda as Chief Cabinet Secretary, Machimura and Ban as foreign"
        " ministers, the Aichi Expo opening on 2005-03-25. The 16:00 time, the morning timing of"
        " the vote and all questions are invented.",
        "Statements: sentences with reporting verbs in questions and answers (Seoul's ministry"
        " 'has said'; 'We explained' = the Japanese government; 'Some in Seoul' null; Koizumi"
        " and Roh 'agreed' twice; Koizumi 'has said'; North Gyeongsang 'has announced')."
        " Hosoda's own unframed answers are not annotated as statements (debatable).",
        "Timexes: 'Feb. 22' is the annual Takeshima Day -> XXXX-02-22 (debatable: a recurring"
        " date); 'the first half of this year' = 2005-H1; 'the end of next week' (published"
        " Wed 2005-03-16) = 2005-W12 END; 'in December' (past) = 2004-12; 'many years' (vague"
        " duration) and 'this moment' not annotated.",
        "Summits (2): Ibusuki 2004-12 (held, background); the planned meeting in Korea in the"
        " first half of 2005 (date 2005, no date fixed). Not summits: a possible phone call,"
        " foreign ministers' contacts.",
        "Agreements (2): the 2004 understanding on mutual leader visits (commitment,"
        " referenced); the leaders' agreement to work to conclude the FTA talks within 2005"
        " (commitment, referenced, date null). Not agreements: the ordinance, Japan's"
        " unilateral visa waiver, the FTA itself (not concluded).",
    ],
)
