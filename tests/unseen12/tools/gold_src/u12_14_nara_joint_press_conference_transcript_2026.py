BOTH = ["Sanae Takaichi", "Lee Jae Myung"]
SHUTTLE = "We agreed to continue shuttle diplomacy actively"
ECON = "We also agreed to deepen discussions among our governments"
DNA = "the two governments have agreed to cooperate on DNA testing"
AI = "I proposed that our two governments launch"

GOLD = dict(
    published="2026-01-13",
    furniture=[
        "JOINT PRESS CONFERENCE, PRIME MINISTER SANAE TAKAICHI AND PRESIDENT LEE JAE MYUNG\n"
        "Nara, Japan | Tuesday, January 13, 2026 | Unofficial transcript prepared by the Kinki"
        " Nichinichi English desk",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Sanae Takaichi": ["PRIME MINISTER TAKAICHI", "Prime Minister Takaichi",
                           "the Prime Minister", "Prime Minister"],
        "Lee Jae Myung": ["PRESIDENT LEE", "President Lee", "the President", "Mr. President"],
    },
    quotes=[],
    statements=[
        ("The President told me in Gyeongju", ["Lee Jae Myung"], "told"),
        ("We shared the recognition that", BOTH, "shared the recognition"),
        (SHUTTLE, BOTH, "agreed"),
        (ECON, BOTH, "agreed"),
        (DNA, BOTH, "agreed"),
        ("The Prime Minister and I agreed that cooperation", BOTH, "agreed"),
        (AI, ["Lee Jae Myung", "Sanae Takaichi"], "proposed"),
        ("On the Chosei mine, I told the Prime Minister", ["Lee Jae Myung"], "told"),
        ("I said that stable relations", ["Lee Jae Myung"], "said"),
    ],
    timexes=[
        ("Tuesday, January 13, 2026", "2026-01-13", None),
        ("Gyeongju [[in October]]", "2025-10", None),
        ("Today we met first", "2026-01-13", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("a little over an hour", "PT1H", "MORE_THAN"),
        ("Last year we marked", "2025", None),
        ("60 years since", "P60Y", None),
        ("[[today]] we begin", "2026-01-13", None),
        ("the next 60", "P60Y", None),
        ("more than 80 years", "P80Y", "MORE_THAN"),
        ("this autumn", "2026-FA", None),
        ("visit Korea [[this year]]", "2026", None),
    ],
    summits=[
        dict(date="2026-01-13", place="Nara", country="JP", participants=BOTH,
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=["It is a great pleasure to welcome President Lee to Nara",
                       "Today we met first in a small format", SHUTTLE, ECON, AI,
                       "We exchanged views on the regional situation"]),
        dict(date="2025-10", place="Gyeongju", country="KR", participants=BOTH,
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=["The President told me in Gyeongju"]),
    ],
    agreements=[
        dict(title="continue shuttle diplomacy actively", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="agreed", evidence=[SHUTTLE]),
        dict(title="deepen intergovernmental discussions on economic security, including"
                   " supply chains", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="agreed", evidence=[ECON]),
        dict(title="cooperate on DNA testing of remains recovered from the Chosei Coal Mine",
             kind="commitment", date="2026-01-13", parties=["JP", "KR"], status="agreed",
             evidence=[DNA, "On the Chosei mine, I told the Prime Minister"]),
        dict(title="joint working group on cooperation in artificial intelligence",
             kind="commitment", date="2026-01-13", parties=["JP", "KR"], status="proposed",
             evidence=[AI]),
    ],
    notes=[
        "Invented transcript of the joint press conference (title and header line are"
        " furniture; the header date is annotated). Every line is invented wording; the AI"
        " working-group proposal, the Asian Games remark and the two questions are invented."
        " Real background: Kantei provisional translation of Takaichi's remarks at the joint"
        " press occasion, 2026-01-13 (welcome to Nara at Lee's wish expressed at the previous"
        " summit; shared recognition of strategic importance; agreed to continue shuttle"
        " diplomacy; she looks forward to visiting the ROK); japan-forward (about 90 minutes:"
        " a 20-minute small meeting and a 68-minute expanded session; economic security and"
        " supply chains; thanks for support on abductions); Yomiuri 2026-01-13 (DNA testing of"
        " remains from the Chosei Coal Mine in Yamaguchi Prefecture; Lee on opening a new"
        " 60-year chapter); Jiji via adnkronos 2026-01-14 (joint press conference; the two met"
        " first in Gyeongju in October); CNA 2026-01-09 (Asian Games in September in Japan).",
        "Quotes and statements: a transcript has no quotation marks, so no quote records."
        " Statements are the sentences in which a turn's speaker reports speech or a joint act"
        " with a past-tense reporting or agreeing verb ('told me', 'shared the recognition',"
        " 'agreed', 'proposed', 'I said'); present-tense performatives ('I thank', 'I look"
        " forward', 'I hope to') are not (a decision the contract leaves open).",
        "Summits (2): Nara (held, 13 January 2026; ordinal not stated) and the Gyeongju meeting"
        " in October 2025 (background). Not a summit: Takaichi's hoped-for visit to Korea"
        " ('I hope to', timing to be arranged).",
        "Agreements (4): three commitments (shuttle diplomacy; economic security; DNA testing),"
        " the AI working group (proposed; 'responded positively' keeps it proposed, as in"
        " unseen11). Not agreements: 'shared the recognition' and 'agreed that cooperation ..."
        " matters more than ever' (shared views), Lee's 'We will also work together' on the"
        " Asian Games (one side's pledge), the abductions thanks.",
        "Timexes: 'the next 60' is read as a 60-year duration (elliptical, debatable);"
        " 'this autumn' = 2026-FA; 'at a suitable time' and 'so soon' are vague.",
    ],
)
