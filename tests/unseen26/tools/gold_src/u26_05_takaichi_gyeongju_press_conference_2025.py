# ruff: noqa: E501
ROUND = "It began in Kuala Lumpur with the ASEAN-related meetings"
LEE1 = "I held my first meeting with President Lee"
CONF = "We confirmed that we will keep up shuttle diplomacy"
NARA = "President Lee proposed that our next meeting take place"
XI1 = "Yesterday I met President Xi Jinping for the first time."
XI2 = "We had a candid exchange of about 30 minutes"
WORRY = "President Lee told his own press conference"
DECL = "including the 1998 Joint Declaration"
USKR = "The United States and South Korea settled the details"
JPUS = "Is Japan's own agreement with Washington in July"
IMPL = "Our agreement with the United States is being implemented"
BUSAN = "President Trump met President Xi in Busan on Thursday"
LEEXI = "President Lee is due to hold talks with President Xi later this evening."
BOTH = "I met both leaders this week."

GOLD = dict(
    published="2025-11-01",
    furniture=[
        "Press Conference by Prime Minister Sanae Takaichi on Her Attendance at the APEC Economic Leaders' Meeting (Excerpt)\n"
        "Saturday, November 1, 2025, 5:30 p.m.\n"
        "Press centre, Gyeongju, Republic of Korea\n"
        "[Provisional Translation]",
        "OPENING STATEMENT",
        "QUESTIONS AND ANSWERS",
        "(End of excerpt)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "PRIME MINISTER TAKAICHI", "I", "you"],
        "Lee Jae Myung": ["President Lee Jae Myung", "President Lee", "the president"],
        "Donald Trump": ["President Trump"],
        "Xi Jinping": ["President Xi Jinping", "President Xi"],
    },
    quotes=[],
    statements=[
        (WORRY, ["Lee Jae Myung"], "told"),
    ],
    timexes=[
        ("Saturday, November 1, 2025, 5:30 p.m.", "2025-11-01T17:30", None),
        ("these [[three days]]", "P3D", None),
        ("welcomed President Trump [[on Tuesday]]", "2025-10-28", None),
        ("On Thursday, shortly after arriving", "2025-10-30", None),
        ("Yesterday I met", "2025-10-31", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("2031", "2031", None),
        ("1998", "1998", None),
        ("here [[on Wednesday]]", "2025-10-29", None),
        ("Washington [[in July]]", "2025-07", None),
        ("confirmed this [[on Tuesday]]", "2025-10-28", None),
        ("Busan [[on Thursday]]", "2025-10-30", None),
        ("this evening", "2025-11-01TEV", None),
        ("this week", "2025-W44", None),
        ("a date [[today]]", "2025-11-01", None),
    ],
    summits=[
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Sanae Takaichi", "Lee Jae Myung"], kind="sidelines", ordinal=1,
             status="held", occasion="APEC", evidence=[LEE1, CONF, WORRY, BOTH]),
        dict(date="2025-10-31", place="Gyeongju", country="KR",
             participants=["Sanae Takaichi", "Xi Jinping"], kind="sidelines", ordinal=1,
             status="held", occasion="APEC", evidence=[XI1, XI2, BOTH]),
        dict(date="2025-10-28", place="Tokyo", country="JP",
             participants=["Sanae Takaichi", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[ROUND, IMPL]),
        dict(date="2025-10-29", place="Gyeongju", country="KR",
             participants=["Donald Trump", "Lee Jae Myung"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[USKR]),
        dict(date="2025-10-30", place="Busan", country="KR",
             participants=["Donald Trump", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[BUSAN]),
        dict(date="2025-11-01", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="planned", occasion="APEC", evidence=[LEEXI]),
    ],
    agreements=[
        dict(title="Japan-U.S. framework on securing critical minerals and rare earths", kind="treaty", date="2025-10-28",
             parties=["JP", "US"], status="signed", evidence=[ROUND]),
        dict(title="keep up shuttle diplomacy", kind="commitment", date="2025-10-30",
             parties=["JP", "KR"], status="agreed", evidence=[CONF]),
        dict(title="coordinate closely on North Korea, including with the United States", kind="commitment", date="2025-10-30",
             parties=["JP", "KR"], status="agreed", evidence=[CONF]),
        dict(title="next Japan-Korea meeting in Nara (Lee's proposal accepted)", kind="commitment", date="2025-10-30",
             parties=["JP", "KR"], status="agreed", evidence=[NARA]),
        dict(title="comprehensively promote a mutually beneficial relationship based on common strategic interests", kind="commitment",
             date="2025-10-31", parties=["CN", "JP"], status="agreed", evidence=[XI2]),
        dict(title="1998 Japan-Republic of Korea Joint Declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="U.S.-Korea tariff agreement details settled in Gyeongju", kind="commitment", date="2025-10-29",
             parties=["KR", "US"], status="agreed", evidence=[USKR]),
        dict(title="Japan-U.S. tariff agreement with 550 billion dollars of investment", kind="commitment", date="2025-07",
             parties=["JP", "US"], status="referenced", evidence=[JPUS, IMPL]),
    ],
    notes=[
        "Invented press-conference transcript in the style of the Japanese prime minister's office (title, date line with clock time, place line, '[Provisional Translation]', section headings and '(End of excerpt)' are furniture; the date line is annotated). No quotation marks; the Prime Minister's own answers are not annotated as statements (as unseen15-16); a reporter's report of Lee's words is. All wording is invented; reporters' outlets (Kansai Broadcasting, Hokuriku Shimpo, Setouchi Times) are fictional; the 5:30 p.m. time and the length of the Xi meeting ('about 30 minutes') are invented or from general knowledge.",
        "Real background, checked on stored pages: allthe.news (press conference on 1 Nov 2025 after APEC; candid discussions with Lee and Xi; Lee-Takaichi summit on Thursday; shuttle diplomacy through reciprocal visits; Lee suggested Nara and she responded positively; Lee 'no longer worried'; Japan to host APEC 2031; question on the fairness of the US investment deal); globaleconomictimes.kr (three-day visit; ASEAN summit and meeting with Trump in Japan before Gyeongju; $550 billion investment; declined to comment on the South Korean deal); japannews.yomiuri 20251030-289858 (departure on Thursday afternoon; first summit with Lee; Japan-US-ROK cooperation); koreajoongangdaily 2025-10-31 (Takaichi-Xi on Friday, first talks); asia.nikkei.com APEC blogs (US and South Korea agree to trade deal at APEC; Trump's early exit; Lee-Xi meeting on 1 Nov evening); newsgram.com (Xi's state visit; first Lee-Xi summit on Saturday). From general knowledge and the project's other corpora titles: Takaichi-Trump summit in Tokyo on Tuesday 28 Oct 2025 with the signed critical minerals and rare earths framework; Trump-Lee on Wednesday 29 Oct in Gyeongju; Trump-Xi in Busan on Thursday 30 Oct; the Japan-US agreement of July 2025; the Takaichi-Xi confirmation of the 'mutually beneficial relationship based on common strategic interests'.",
        "Summits (6): Takaichi-Lee (ordinal 1, Thursday) and Takaichi-Xi (ordinal 1, 'Yesterday'), Takaichi-Trump in Tokyo (Tuesday), Trump-Lee (Wednesday), Trump-Xi in Busan (Thursday; 'sidelines' of APEC, debatable), the planned Lee-Xi talks 'later this evening'. Not recorded: the next Lee-Takaichi meeting in Nara ('The timing has not yet been decided'), the next trilateral summit ('cannot give a date'), a hypothetical Takaichi visit to Seoul, the ASEAN-related meetings (aggregate).",
        "Agreements (8): the Japan-U.S. critical minerals framework (treaty by the contract's 'pact the governments signed' rule, signed; debatable against mou); two JP-KR commitments split from one sentence (shuttle diplomacy; coordination on North Korea); Lee's accepted proposal to meet next in Nara (agreed, as accepted invitations in unseen14-16); the JP-CN commitment; the 1998 Joint Declaration (referenced); the U.S.-Korea tariff deal details (agreed, commitment); the July Japan-U.S. agreement (commitment, referenced; debatable as a signed MOU followed in September). Not agreements: APEC's choice of Japan as 2031 host.",
        "Timexes: 'these three days' = P3D; 'this week' = 2025-W44; 'this evening' = 2025-11-01TEV; weekdays resolved against Saturday 1 Nov 2025.",
    ],
)
