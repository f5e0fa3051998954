# ruff: noqa: E501
LEDE = "President Lee Jae Myung returned home Friday"
LAND = "Lee and first lady Kim Hea Kyung landed"
TWO = "Ishiba will make a two-day visit from Tuesday"
KANG = "The visit builds on the shuttle diplomacy"
SUGG = "She said Lee had suggested during his visit to Tokyo"
FIRST21 = "It will be the first time in 21 years"
KOIZ = "The last such trip was Junichiro Koizumi's 2004 summit"
FARE = "The meeting will also be Ishiba's farewell to Seoul."
STEP = "The Japanese leader announced earlier this month"
KANAN = "Lee and Ishiba first met on the sidelines"
INST = "In the statement, the two sides pledged"
NYT = "In New York, Lee did not meet U.S. President Donald Trump"
WI = "National Security Adviser Wi Sung-lac said last week"
TARIFF = "Seoul and Washington are still trying to turn the tariff deal"

GOLD = dict(
    published="2025-09-26",
    furniture=[
        "(LEAD) Lee wraps up UN debut, turns to Busan summit with outgoing Ishiba next week\n"
        "KCN | 2025/09/26 22:15 KST\n"
        "(ATTN: ADDS Lee's arrival time in para 2, background in last 4 paras)\n"
        "By Jang Ye-rin",
        "SEOUL, Sept. 26 (KCN) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Ishiba", "the Japanese leader"],
        "Kang Yu-jung": ["presidential spokesperson Kang Yu-jung", "Kang", "She"],
        "Junichiro Koizumi": ["Junichiro Koizumi"],
        "Roh Moo-hyun": ["then President Roh Moo-hyun"],
        "Kim Dae-jung": ["then President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Wi Sung-lac": ["National Security Adviser Wi Sung-lac", "Wi"],
        "Han Ji-soo": ["Han Ji-soo, a professor of Japanese studies at Dongnam University"],
        "Office of the President of South Korea": ["his office", "the presidential office"],
    },
    quotes=[
        ("The visit builds on the shuttle diplomacy", "direct", "Kang Yu-jung", "said"),
        ("lay a firmer foundation for future-oriented cooperation.", "partial", "Kang Yu-jung", "adding"),
        ("due to complex scheduling issues,", "partial", "Wi Sung-lac", "said"),
        ("Busan is a small stage for a big message,", "direct", "Han Ji-soo", "said"),
        ("Seoul wants to show that the shuttle keeps running", "direct", "Han Ji-soo", None),
    ],
    statements=[
        (LEDE, ["Office of the President of South Korea"], "said"),
        (TWO, ["Kang Yu-jung"], "told a briefing"),
        (KANG, ["Kang Yu-jung"], "said"),
        (SUGG, ["Kang Yu-jung"], "said"),
        (STEP, ["Shigeru Ishiba"], "announced"),
        (INST, ["Lee Jae Myung", "Shigeru Ishiba"], "pledged"),
        (WI, ["Wi Sung-lac"], "said"),
    ],
    timexes=[
        ("2025/09/26 22:15 KST", "2025-09-26T22:15", None),
        ("SEOUL, [[Sept. 26]]", "2025-09-26", None),
        ("returned home [[Friday]]", "2025-09-26", None),
        ("five-day", "P5D", None),
        ("Busan [[next week]], his office", "2025-W40", None),
        ("8:40 p.m.", "2025-09-26T20:40", None),
        ("General Assembly on [[Tuesday]]", "2025-09-23", None),
        ("on [[Wednesday]], became", "2025-09-24", None),
        ("two-day", "P2D", None),
        ("visit from [[Tuesday]]", "2025-09-30", None),
        ("restarted in [[August]]", "2025-08", None),
        ("Tokyo [[last month]]", "2025-08", None),
        ("[[21 years]] that", "P21Y", None),
        ("Koizumi's [[2004]] summit", "2004", None),
        ("earlier this month", "2025-09", None),
        ("Oct. 4", "2025-10-04", None),
        ("Canada, in [[June]]", "2025-06", None),
        ("Aug. 23", "2025-08-23", None),
        ("[[17 years]].", "P17Y", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("Aug. 25", "2025-08-25", None),
        ("Wi Sung-lac said [[last week]]", "2025-W38", None),
        ("late October", "2025-10", "END"),
        ("late July", "2025-07", "END"),
    ],
    summits=[
        dict(date="2025-09-30", place="Busan", country="KR", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[LEDE, TWO, FIRST21, FARE]),
        dict(date="2004", place="Jeju", country="KR", participants=["Junichiro Koizumi", "Roh Moo-hyun"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KOIZ]),
        dict(date="2025-06", place="Kananaskis", country="CA", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="G7", evidence=[KANAN]),
        dict(date="2025-08-23", place="Tokyo", country="JP", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KANAN, SUGG, KANG]),
        dict(date="2025-08-25", place="Washington", country="US", participants=["Lee Jae Myung", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[NYT]),
        dict(date="2025-10", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Donald Trump"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[WI]),
    ],
    agreements=[
        dict(title="Korea-Japan joint press statement of Aug. 23", kind="joint-statement", date="2025-08-23",
             parties=["JP", "KR"], status="referenced", evidence=[KANAN, INST]),
        dict(title="1998 joint declaration (Kim Dae-jung and Keizo Obuchi)", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[INST]),
        dict(title="hold the next Korea-Japan summit outside Seoul (Lee's suggestion, accepted by Japan)", kind="commitment",
             date="2025-08", parties=["JP", "KR"], status="referenced", evidence=[SUGG]),
        dict(title="Korea-U.S. tariff deal with a $350 billion investment pledge", kind="commitment", date="2025-07",
             parties=["KR", "US"], status="referenced", evidence=[TARIFF]),
    ],
    notes=[
        "Invented Korean wire story (agency 'KCN', reporter, professor and university invented; headline, stamp, ATTN line, byline, dateline prefix and '(END)' are furniture; stamp and dateline are annotated). The quotes given to Kang are invented paraphrases of her briefing; Wi's 'complex scheduling issues' is reported on the stored page; the stamp time is invented.",
        "Real facts checked on stored pages: koreaherald.com article 10584574 (Lee returned Friday 26 September from New York; Ishiba to visit for two days from Tuesday; summit and dinner in Busan; Lee suggested a venue outside Seoul during his Tokyo visit last month; first time in 21 years since Koizumi met Roh in Jeju in 2004; Lee's UN address Tuesday and Security Council debate Wednesday); koreajoongangdaily 2025-09-26 (arrival at Seoul Air Base at 8:40 p.m., five-day trip); koreajoongangdaily 2025-09-21 (Wi: another Korea-U.S. summit not expected, 'complex scheduling issues'; first summit with Trump last month in Washington; expected meeting at APEC in Gyeongju in late October; preliminary trade deal in late July); donga.com 20250920 (trip of 22-26 September); ajw.asahi 15847725 (Lee-Ishiba summit on the G7 sidelines in Canada, June); deepnewz.com (Tokyo, 23 August, first joint statement in 17 years, reaffirming the historical accords; Lee-Trump on 25 August); hi7664taku.blogspot.com (Ishiba on the 1998 Obuchi declaration). From general knowledge: Ishiba's resignation announcement (7 September 2025) and the LDP vote of 4 October 2025.",
        "Summits (6): the planned Busan summit (30 September); Koizumi-Roh in Jeju (2004); Lee-Ishiba at Kananaskis (ordinal 1, 'first met'); Lee-Ishiba in Tokyo (23 August); Lee-Trump at the White House (ordinal 1, 'his first summit'); the expected Lee-Trump meeting at APEC in Gyeongju (planned, October). Not summits: Lee's UN address and Security Council debate, the unnamed meetings in New York, a Korea-U.S. summit that is 'unlikely'.",
        "Agreements (4): the 23 August joint press statement (referenced); the 1998 joint declaration (referenced); the agreed venue outside Seoul (Lee's suggestion accepted by Tokyo, recorded as a referenced commitment); the late-July Korea-U.S. tariff deal (commitment, referenced; not yet a signed text).",
        "Timexes: 'next week' (published Friday 26 September 2025, week 39) = 2025-W40; 'last week' = 2025-W38; 'earlier this month' = 2025-09; 'late October' / 'late July' take END; 'in 21 years' and 'in 17 years' are durations.",
    ],
)
