# ruff: noqa: E501
HELD = "President Lee Jae Myung held a summit with President Xi Jinping"
FIRST = "It was the first summit between the two leaders"
WITNESSED = "Following the talks, the two leaders witnessed"
CHANNELS = "The two leaders agreed to activate regular channels"
VISITS = "They also agreed to consider ways to make mutual visits"
INVITE = "President Xi invited President Lee to visit China"
SWAP = "The Bank of Korea and the People's Bank of China signed"
DOCS = "The documents exchanged also included a memorandum"
FTA2 = "The two leaders agreed to accelerate the second-phase negotiations"
BRIEFED = "President Lee briefed President Xi on his summit"
BUSAN = "He also welcomed the meeting President Xi held"

GOLD = dict(
    published="2025-11-01",
    furniture=[
        "Results of the Korea-China Summit\nOffice of the President, Republic of Korea\nSaturday, November 1, 2025 | Gyeongju\n[Unofficial English translation]",
        "1. Overview", "2. Bilateral relations", "3. Economic cooperation", "4. Korean Peninsula", "5. Regional situation",
        "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "President Lee", "He"],
        "Xi Jinping": ["President Xi Jinping", "President Xi"],
        "Park Geun-hye": ["then President Park Geun-hye"],
        "Wi Sung-lac": ["National Security Adviser Wi Sung-lac"],
        "Donald Trump": ["President Donald Trump", "President Trump"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi"],
    },
    quotes=[
        ("The swap gives both currency markets", "direct", "Wi Sung-lac", "told reporters"),
        ("stable cooperation among Korea, China and Japan", "partial", "Lee Jae Myung", "stated"),
    ],
    statements=[
        ("President Lee said that the two countries, as neighbors", ["Lee Jae Myung"], "said"),
        ("President Xi responded that China values", ["Xi Jinping"], "responded"),
        (CHANNELS, ["Lee Jae Myung", "Xi Jinping"], "agreed"),
        (VISITS, ["Lee Jae Myung", "Xi Jinping"], "agreed"),
        (FTA2, ["Lee Jae Myung", "Xi Jinping"], "agreed"),
        ("President Lee asked that China play a constructive role", ["Lee Jae Myung"], "asked"),
        ("President Xi said China would continue to contribute", ["Xi Jinping"], "said"),
        (BRIEFED, ["Lee Jae Myung"], "briefed"),
        (BUSAN, ["Lee Jae Myung"], "welcomed"),
        ("President Lee stated that", ["Lee Jae Myung"], "stated"),
    ],
    timexes=[
        ("Saturday, November 1, 2025", "2025-11-01", None),
        ("Gyeongju National Museum on [[November 1]]", "2025-11-01", None),
        ("an hour", "PT1H", None),
        ("97 minutes", "PT97M", None),
        ("11 years", "P11Y", None),
        ("July 2014", "2014-07", None),
        ("five-year", "P5Y", None),
        ("in 2015", "2015", None),
        ("Gyeongju on [[October 29]]", "2025-10-29", None),
        ("Japan on [[October 30]]", "2025-10-30", None),
        ("Busan on [[October 30]]", "2025-10-30", None),
    ],
    summits=[
        dict(date="2025-11-01", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Xi Jinping"],
             kind="bilateral", ordinal=1, status="held", occasion="APEC", evidence=[HELD, FIRST, WITNESSED]),
        dict(date="2014-07", place="Seoul", country="KR", participants=["Xi Jinping", "Park Geun-hye"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FIRST]),
        dict(date="2025-10-29", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BRIEFED]),
        dict(date="2025-10-30", place=None, country="KR", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[BRIEFED]),
        dict(date="2025-10-30", place="Busan", country="KR", participants=["Xi Jinping", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BUSAN]),
    ],
    agreements=[
        dict(title="2014 Korea-China joint statement (Xi's Seoul visit)", kind="joint-statement", date="2014-07",
             parties=["CN", "KR"], status="referenced", evidence=[FIRST]),
        dict(title="activate regular channels of high-level communication", kind="commitment", date="2025-11-01",
             parties=["CN", "KR"], status="agreed", evidence=[CHANNELS]),
        dict(title="strengthen cooperation for stable supply chains", kind="commitment", date="2025-11-01",
             parties=["CN", "KR"], status="agreed", evidence=[CHANNELS]),
        dict(title="consider ways to ease mutual visits by citizens", kind="commitment", date="2025-11-01",
             parties=["CN", "KR"], status="agreed", evidence=[VISITS]),
        dict(title="Xi's invitation to Lee to visit China", kind="commitment", date="2025-11-01",
             parties=["CN", "KR"], status="proposed", evidence=[INVITE]),
        dict(title="won-yuan currency swap agreement (70 trillion won, five years)", kind="mou", date="2025-11-01",
             parties=["CN", "KR"], status="signed", evidence=[SWAP]),
        dict(title="memorandum of understanding on trade in services", kind="mou", date="2025-11-01",
             parties=["CN", "KR"], status="signed", evidence=[DOCS]),
        dict(title="memorandum on law-enforcement cooperation against voice phishing and online scams", kind="mou", date="2025-11-01",
             parties=["CN", "KR"], status="signed", evidence=[DOCS]),
        dict(title="Korea-China Free Trade Agreement", kind="treaty", date="2015",
             parties=["CN", "KR"], status="referenced", evidence=[DOCS]),
        dict(title="accelerate second-phase FTA negotiations on services and investment", kind="commitment", date="2025-11-01",
             parties=["CN", "KR"], status="agreed", evidence=[FTA2]),
        dict(title="keep up shuttle diplomacy (Lee-Takaichi)", kind="commitment", date="2025-10-30",
             parties=["JP", "KR"], status="referenced", evidence=[BRIEFED]),
    ],
    notes=[
        "Invented readout in the style of the South Korean presidential office (title block, section headings and '(End)' are furniture; the date line is annotated). The words of the summit are paraphrased or invented; Wi Sung-lac's quote and Lee's partial quote on trilateral cooperation are invented, as are 'originally set for an hour', the briefing on the Trump and Takaichi summits and the sentence on no trilateral date.",
        "Real background, checked on stored pages: overviewpress.com (Korea Herald, 1 November 2025: first Lee-Xi summit in Gyeongju, 97 minutes at the Gyeongju National Museum, seven MOUs, won-yuan swap of 70 trillion won for five years); biz.chosun.com 2025-11-01 (400 billion yuan, five-year maturity; activate a regular high-level communication channel, strengthen supply-chain cooperation, consider facilitating mutual visits; Wi Sung-lac's briefing); allthe.news (MOU on services trade to advance the FTA upgrade; MOU on voice phishing and online scams; Lee asked China for a constructive role; Xi on consistent policy); world.kbs.co.kr 79506 (Xi's first state visit in 11 years, last in 2014); koreaherald 10607545 (Lee to visit China in the not-too-distant future; 'neighbors who cannot move apart'); nikkei Asia live page (swap signed, state dinner; Chinese readout on second-phase FTA talks); koreaherald 10604405 (Trump-Xi in Busan and Lee-Takaichi on Thursday 30 October; Lee hosted Trump in Gyeongju on Wednesday 29 October); world.kbs.co.kr 197041 (first Lee-Takaichi summit in Gyeongju); koreajoongangdaily 2025-10-30 (Trump-Xi at the Gimhae air base in Busan). From general knowledge / unseen16 notes: the July 2014 Seoul joint statement and the FTA's entry into force in 2015. From the titles of other corpora: Lee and Takaichi agreed to keep up shuttle diplomacy.",
        "Summits (5): Lee-Xi on 1 November (ordinal 1: 'the first summit between the two leaders'; a state visit during APEC, kind bilateral); Xi-Park in Seoul in July 2014; Lee-Trump on 29 October (the day before APEC week's leaders' meetings: bilateral, occasion null); Lee-Takaichi on 30 October (first, on the APEC sidelines); Trump-Xi in Busan on 30 October. Not summits: the state dinner, 'a Korea-China-Japan summit' for which no date was discussed (a hope).",
        "Agreements (11): the 2014 joint statement (referenced); three commitments split from 'agreed to activate ... and to strengthen ...' and 'agreed to consider'; Xi's invitation (proposed: Lee only thanked him); the swap (mou); the MOU on services trade and the memorandum on law enforcement (mou); the FTA (treaty, referenced, dated by the text's 'took effect in 2015'); the commitment to accelerate second-phase talks; the Lee-Takaichi shuttle-diplomacy commitment (referenced). Not agreements: 'seven memorandums ... and other documents' as an aggregate (only the named ones are recorded), the hope that the three-way process regains momentum.",
    ],
)
