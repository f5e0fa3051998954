SHUTTLE = "That is the arrangement Yoon and then Prime Minister Fumio Kishida revived"
TWICE = "Yoon met Ishiba twice"

GOLD = dict(
    published="2025-06-04",
    furniture=[
        "LIVE | Day one for President Lee Jae Myung: oath, first picks, and a message from"
        " Tokyo\nThe Hanbando Daily | Last updated: June 4, 2025, 19:45 KST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["Lee Jae Myung", "Lee", "he", "His"],
        "National Election Commission": ["The National Election Commission"],
        "Yoon Suk Yeol": ["Yoon Suk Yeol", "Yoon"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba", "He"],
        "Yoshimasa Hayashi": ["Chief Cabinet Secretary Yoshimasa Hayashi"],
        "Fumio Kishida": ["then Prime Minister Fumio Kishida"],
        "Donald Trump": ["U.S. President Donald Trump"],
    },
    quotes=[
        ("judged by what it brings home to our people", "partial", "Lee Jae Myung",
         "promised"),
        ("at the earliest opportunity", "partial", "Shigeru Ishiba", "said"),
        ("Our two countries should walk forward together", "direct", "Shigeru Ishiba", "read"),
        ("in the coming days.", "partial", None, "said"),
    ],
    statements=[
        ("The National Election Commission has formally confirmed",
         ["National Election Commission"], "confirmed"),
        ("In his address he promised", ["Lee Jae Myung"], "promised"),
        ("From Tokyo: Prime Minister Shigeru Ishiba told reporters", ["Shigeru Ishiba"],
         "told reporters"),
        ("He said the two leaders should hold", ["Shigeru Ishiba"], "said"),
        ("Ishiba also posted a congratulatory message", ["Shigeru Ishiba"], "posted"),
        ("Chief Cabinet Secretary Yoshimasa Hayashi, Japan's top", ["Yoshimasa Hayashi"],
         "said"),
        (SHUTTLE, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        ("A senior presidential official said", [None], "said"),
    ],
    timexes=[
        ("June 4, 2025, 19:45", "2025-06-04T19:45", None),
        ("06:21 KST", "2025-06-04T06:21", None),
        ("Tuesday's", "2025-06-03", None),
        ("five-year", "P5Y", None),
        ("in [[April]].", "2025-04", None),
        ("08:40 KST", "2025-06-04T08:40", None),
        ("11:00 KST", "2025-06-04T11:00", None),
        ("11:35 KST", "2025-06-04T11:35", None),
        ("this morning", "2025-06-04TMO", None),
        ("12:10 KST", "2025-06-04T12:10", None),
        ("13:20 KST", "2025-06-04T13:20", None),
        ("14:30 KST", "2025-06-04T14:30", None),
        ("16:05 KST", "2025-06-04T16:05", None),
        ("June 15-17", "2025-06-15/2025-06-17", None),
        ("Vientiane in [[October]]", "2024-10", None),
        ("Lima in [[November]]", "2024-11", None),
        ("March 2023", "2023-03", None),
        ("12-year", "P12Y", None),
        ("17:50 KST", "2025-06-04T17:50", None),
        ("[[19:45 KST]]\nThat is all", "2025-06-04T19:45", None),
        ("today", "2025-06-04", None),
        ("tomorrow morning", "2025-06-05TMO", None),
    ],
    summits=[
        dict(date="2024-10", place="Vientiane", country="LA",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN", evidence=[TWICE]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[TWICE]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SHUTTLE]),
    ],
    agreements=[
        dict(title="restart regular visits by the two leaders (shuttle diplomacy)",
             kind="commitment", date="2023-03", parties=["JP", "KR"], status="referenced",
             evidence=[SHUTTLE]),
    ],
    notes=[
        "Invented live page (title and last-updated line are furniture; the stamp is"
        " annotated; entry times are page text, annotated against the publication day). 'The"
        " Hanbando Daily' and every quote are invented, including the words given to Lee,"
        " Ishiba and the anonymous official. Real background, checked on stored pages: TRT"
        " World, MENAFN, Anadolu via alpacavista, KBS 2025-06-05 and newslingo (Lee sworn in"
        " at the National Assembly on Wednesday 4 June after Tuesday's snap election with 49.42"
        " percent; term began on the NEC's confirmation, without a transition; left his home"
        " in Incheon's Gyeyang district, visited the Seoul National Cemetery; named Kim"
        " Min-seok, Lee Jong-seok, Kang Hoon-sik and Wi Sung-lac); worldjpn (Ishiba's press"
        " remarks of 4 June), nippon.com/Jiji 2025-06-04/05, KBS and Chosun Biz 2025-06-04"
        " (Ishiba congratulated Lee in the morning at his office, respected the voters'"
        " choice, wanted a summit as soon as possible, the need for shuttle diplomacy"
        " unchanged; message in Korean and Japanese posted via the Japanese Embassy's account);"
        " nippon.com/Jiji 2025-06-09 (first Lee-Ishiba phone talks on 9 June; possible G7"
        " meeting). Invented: the entry times (the confirmation time is approximate), Lee's"
        " and the message's wording, Hayashi's remarks and the senior official's. From general"
        " knowledge: Yoon's removal in April 2025, the G7 summit of 15-17 June 2025, the"
        " Yoon-Ishiba meetings in Vientiane (October 2024) and Lima (November 2024), the March"
        " 2023 Tokyo summit reviving shuttle diplomacy after 12 years.",
        "Summits (3): Yoon-Ishiba in Vientiane and in Lima (one sentence; no ordinals"
        " stated), Yoon-Kishida in Tokyo (March 2023). Not summits: a first Lee-Ishiba meeting"
        " 'at the earliest opportunity' (a wish), the G7 meeting 'if Lee attends' (a"
        " hypothetical), the expected phone talks.",
        "Agreements (1): the March 2023 commitment to restart leaders' visits (referenced).",
        "Quotes: the official's 'in the coming days' is a partial quote (null speaker); as a"
        " vague span it is not a timex. 'The National Election Commission has formally"
        " confirmed' is treated as a statement (an official declaration; debatable).",
    ],
)
