YSY = "Yoon Suk Yeol"
ISH = "Shigeru Ishiba"
BOTH = [YSY, ISH]
KJ = ["JP", "KR"]
OPEN = "President Yoon Suk Yeol held his first summit with Prime Minister Shigeru Ishiba"
NINE = "The meeting came nine days after"
ITEM1 = "President Yoon congratulated Prime Minister Ishiba"
ITEM2 = "The two leaders agreed to continue shuttle diplomacy"
ITEM3 = "Noting that next year marks the 60th anniversary"
IMM = "They also agreed to speed up consultations"
ITEM4 = "The two leaders expressed serious concern over North Korea's recent moves"
LI = "Prime Minister Ishiba also held his first summit with Chinese Premier Li Qiang"
GOLD = dict(
    published="2024-10-10",
    furniture=["Office of the President | Briefing by the First Deputy Director of National"
               " Security | 2024.10.10 (local time), Vientiane",
               "[Unofficial translation]", "The main results of the summit are as follows.",
               "(Reference)"],
    timex_in_furniture_ok=True,
    entities={
        YSY: ["President Yoon Suk Yeol", "President Yoon", "the President"],
        ISH: ["Prime Minister Shigeru Ishiba", "Prime Minister Ishiba", "the Prime Minister"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Fumio Kishida": ["former Prime Minister Fumio Kishida"],
    },
    quotes=[
        ("through shuttle diplomacy.", "partial", ISH, "said"),
        ("dramatically improved.", "partial", YSY, "said"),
    ],
    statements=[
        (ITEM1, [YSY], "said"),
        ("Prime Minister Ishiba said he would inherit", [ISH], "said"),
        (ITEM2, BOTH, "agreed"),
        (ITEM3, BOTH, "agreed"),
        (IMM, BOTH, "agreed"),
        (ITEM4, BOTH, "expressed"),
        ("President Yoon expressed his support", [YSY], "expressed"),
        ("President Yoon said the two countries should show", [YSY], "said"),
    ],
    timexes=[
        ("2024.10.10", "2024-10-10", None),
        ("on [[October 10]] (local time)", "2024-10-10", None),
        ("nine days", "P9D", None),
        ("October 2", "2024-10-02", None),
        ("March last year", "2023-03", None),
        ("next year", "2025", None),
        ("November 2022", "2022-11", None),
        ("August last year", "2023-08", None),
        ("the same day", "2024-10-10", None),
        ("roughly two years", "P2Y", "APPROX"),
    ],
    summits=[
        dict(date="2024-10-10", place="Vientiane", country="LA", participants=BOTH,
             kind="sidelines", ordinal=None, status="held",
             occasion="the ASEAN-related summits",
             evidence=["Results of the Korea-Japan Summit", OPEN, NINE]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=[YSY, "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ITEM1]),
        dict(date="2024-10-10", place="Vientiane", country="LA", participants=[ISH, "Li Qiang"],
             kind="sidelines", ordinal=None, status="held",
             occasion="the ASEAN-related summits", evidence=[LI]),
    ],
    agreements=[
        dict(title="continue shuttle diplomacy", kind="commitment", date="2024-10-10",
             parties=KJ, status="agreed", evidence=[ITEM2]),
        dict(title="continue close communication between the leaders", kind="commitment",
             date="2024-10-10", parties=KJ, status="agreed", evidence=[ITEM2]),
        dict(title="work closely for tangible progress in the 60th anniversary year",
             kind="commitment", date="2024-10-10", parties=KJ, status="agreed",
             evidence=[ITEM3]),
        dict(title="expand exchanges between the two peoples", kind="commitment",
             date="2024-10-10", parties=KJ, status="agreed", evidence=[ITEM3]),
        dict(title="speed up consultations on simplifying immigration procedures",
             kind="commitment", date="2024-10-10", parties=KJ, status="agreed",
             evidence=[IMM]),
        dict(title="continue close Korea-Japan cooperation on North Korea", kind="commitment",
             date="2024-10-10", parties=KJ, status="agreed", evidence=[ITEM4]),
        dict(title="continue close Korea-Japan-U.S. cooperation on North Korea",
             kind="commitment", date="2024-10-10", parties=KJ, status="agreed",
             evidence=[ITEM4]),
        dict(title="real-time sharing of North Korean missile warning data",
             kind="commitment", date="2024-10-10", parties=KJ, status="agreed",
             evidence=[ITEM4]),
        dict(title="Phnom Penh Statement (November 2022)", kind="joint-statement",
             date="2022-11", parties=["JP", "KR", "US"], status="referenced",
             evidence=[ITEM4]),
        dict(title="Camp David Principles", kind="joint-statement", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[ITEM4]),
    ],
    notes=[
        "Invented readout in the style of the South Korean presidential office (not the real"
        " briefing; the Phnom Penh/Camp David clause is invented wording). Furniture:"
        " header, translation note, lead-in, '(Reference)'; the header date is annotated."
        " Checked (pages): the first Yoon-Ishiba summit on Thursday Oct. 10, 2024 in"
        " Vientiane on the ASEAN sidelines, after their Oct. 2 phone talks and Ishiba's"
        " taking office on Oct. 1; Yoon's congratulations and his reference to his Tokyo"
        " visit of March 2023 and to trust between the leaders; Ishiba's intention to"
        " inherit and develop ties and work through shuttle diplomacy (KBS; Japan Today,"
        " reworded fragments 'through shuttle diplomacy' and 'dramatically improved');"
        " agreement on shuttle diplomacy, exchanges and tangible results for the 60th"
        " anniversary, serious concern over North Korea-Russia military cooperation,"
        " bilateral and trilateral cooperation, Yoon's support on abductions (Jiji via Arab"
        " News; Kim Tae-hyo's briefing via wuwenjie: real-time missile warning data);"
        " faster talks on simplified immigration (southkoreannetwork); Ishiba's first summit"
        " with Li Qiang the same day (Yomiuri); 12 Yoon-Kishida summits in two years"
        " (Yonhap via Korea Herald).",
        "Summits (3): Vientiane Yoon-Ishiba; Yoon's Tokyo visit of March 2023 (with"
        " Kishida, named in the Reference); Ishiba-Li. Not summits: the phone talks, the 12"
        " Yoon-Kishida summits (aggregate), the ASEAN meetings.",
        "Agreements (10): item 2 split into shuttle diplomacy and close communication"
        " (debatable, could be one course); item 3 = three courses (tangible progress,"
        " exchanges, immigration procedures); item 4: 'expressed serious concern ... and"
        " agreed to continue close Korea-Japan and Korea-Japan-U.S. cooperation ..."
        " including the real-time sharing' = three records (the sharing mechanism as its own"
        " course, debatable; parties JP/KR throughout, as in d6_09); the Phnom Penh"
        " Statement and the Camp David Principles (referenced joint statements of the three"
        " leaders). Not agreements: the concern, Yoon's support on abductions.",
        "Timexes: 'nine days' = P9D (the meeting 'came nine days after'); 'roughly two"
        " years' = P2Y APPROX; 'the same day' = 2024-10-10.",
    ],
)
