# ruff: noqa: E501
OPEN = "President Yoon Suk Yeol held a summit with Prime Minister Shigeru Ishiba"
FIRST = "It was the first face-to-face meeting between the two leaders"
TOKYO = "Since the Korea-Japan summit in Tokyo in March last year"
AGREE = "The two leaders agreed to continue shuttle diplomacy, and agreed"
DECL = "President Yoon noted that the 1998 Korea-Japan Joint Declaration"
NK = "They agreed to respond firmly through close cooperation"
PROP = "Prime Minister Ishiba proposed that the two governments"
NEXT = "Following the Korea-Japan summit, the President will hold bilateral meetings"
QA_SH = "The two leaders agreed to keep up shuttle diplomacy, but"
QA_PM = "The Prime Minister said Japan's position on historical understanding"

GOLD = dict(
    published="2024-10-10",
    furniture=[
        "Written Briefing by the Spokesperson on the Korea-Japan Summit",
        "Office of the President, Republic of Korea",
        "Vientiane, October 10, 2024",
        "Q&A",
        "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon", "the President"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Prime Minister Ishiba", "the Prime Minister"],
        "Fumio Kishida": ["former Prime Minister Fumio Kishida", "Prime Minister Kishida", "former Prime Minister Kishida"],
        "Justin Trudeau": ["Prime Minister Justin Trudeau"],
        "Anthony Albanese": ["Prime Minister Anthony Albanese"],
    },
    quotes=[
        ("Next year is the 60th anniversary of normalization", "direct", "Yoon Suk Yeol", "said"),
    ],
    statements=[
        ("President Yoon congratulated the Prime Minister once more", ["Yoon Suk Yeol"], "congratulated"),
        ("Prime Minister Ishiba replied that close cooperation", ["Shigeru Ishiba"], "replied"),
        (AGREE, ["Yoon Suk Yeol", "Shigeru Ishiba"], "agreed"),
        (DECL, ["Yoon Suk Yeol"], "noted"),
        ("On North Korea, the two leaders expressed serious concern", ["Yoon Suk Yeol", "Shigeru Ishiba"], "expressed"),
        (NK, ["Yoon Suk Yeol", "Shigeru Ishiba"], "agreed"),
        ("President Yoon reaffirmed Korea's support", ["Yoon Suk Yeol"], "reaffirmed"),
        (PROP, ["Shigeru Ishiba", "Yoon Suk Yeol"], "proposed"),
        ("The President explained that the government's third-party", ["Yoon Suk Yeol"], "explained"),
        (QA_PM, ["Shigeru Ishiba"], "said"),
    ],
    timexes=[
        ("Vientiane, [[October 10, 2024]]", "2024-10-10", None),
        ("this afternoon", "2024-10-10TAF", None),
        ("took office on [[October 1]]", "2024-10-01", None),
        ("eight days after", "2024-10-10", None),
        ("conversation on [[October 2]]", "2024-10-02", None),
        ("Next year is the 60th", "2025", None),
        ("in Tokyo in [[March last year]]", "2023-03", None),
        ("so that [[next year]]'s anniversary", "2025", None),
        ("that the [[1998]] Korea-Japan", "1998", None),
        ("laid in [[1965]]", "1965", None),
        ("East Asia Summit [[tomorrow]]", "2024-10-11", None),
        ("was discussed [[today]]", "2024-10-10", None),
        ("announced in [[March last year]]", "2023-03", None),
        ("includes the [[1998]] declaration", "1998", None),
    ],
    summits=[
        dict(date="2024-10-10", place="Vientiane", country="LA",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="held", occasion="the ASEAN-related summit meetings", evidence=[OPEN, FIRST]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2024-10", place="Vientiane", country="LA",
             participants=["Yoon Suk Yeol", "Justin Trudeau"], kind="sidelines", ordinal=None,
             status="planned", occasion="the ASEAN-related summit meetings", evidence=[NEXT]),
        dict(date="2024-10", place="Vientiane", country="LA",
             participants=["Yoon Suk Yeol", "Anthony Albanese"], kind="sidelines", ordinal=None,
             status="planned", occasion="the ASEAN-related summit meetings", evidence=[NEXT]),
    ],
    agreements=[
        dict(title="continue shuttle diplomacy", kind="commitment", date="2024-10-10",
             parties=["JP", "KR"], status="agreed", evidence=[AGREE, QA_SH]),
        dict(title="keep in close communication so that the 60th anniversary produces tangible results", kind="commitment",
             date="2024-10-10", parties=["JP", "KR"], status="agreed", evidence=[AGREE]),
        dict(title="respond firmly to North Korea through Korea-Japan and Korea-U.S.-Japan cooperation", kind="commitment",
             date="2024-10-10", parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="1998 Korea-Japan Joint Declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[DECL, QA_PM]),
        dict(title="the foundation laid in 1965 (Treaty on Basic Relations)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="working-level consultations on youth exchange programs for the anniversary (Ishiba's proposal, welcomed by Yoon)", kind="commitment",
             date="2024-10-10", parties=["JP", "KR"], status="agreed", evidence=[PROP]),
    ],
    notes=[
        "Invented written briefing in the style of the Office of the President of the Republic of Korea (2024). The spokesperson is unnamed. Invented: the wording of every remark, Yoon's quote (a rewording of his reported opening remarks), Yoon's remarks on the 1998 declaration and 1965, Ishiba's proposal on youth exchange consultations and Yoon's answer, and the whole Q&A (including the exchange on the compensation plan).",
        "Facts checked on stored pages: m.koreaherald.com ud=20241010050687 (Yoon-Ishiba first summit in Vientiane on Thursday Oct. 10, 2024 at a hotel, on the ASEAN sidelines; Ishiba took office nine days earlier; agreed to continue shuttle diplomacy and keep communicating ahead of the 60th anniversary; Yoon met Kishida 12 times from March 2023); arabnews.jp article_132475 (Jiji: serious concern over North Korea-Russia military cooperation, Japan-ROK and trilateral cooperation, support on abductions; Ishiba did not mention the Asian NATO idea); koreaherald ud=20241009050190 (meetings with the leaders of Japan, Canada and Australia on Thursday and Friday; East Asia Summit); m.koreaherald.com ud=20241002050708 and cm.asiae.co.kr (first phone talks on Oct. 2). The March 2023 compensation plan and the 1998 declaration are public record.",
        "Summits (4): Yoon-Ishiba (held, sidelines, ordinal 1 'the first face-to-face meeting'), the Korea-Japan summit in Tokyo in March 2023 (held), planned meetings with Trudeau and Albanese during the stay (planned, dated 2024-10). Not summits: the Oct. 2 telephone conversation, the twelve Yoon-Kishida meetings in aggregate, the East Asia Summit.",
        "Agreements (6): shuttle diplomacy (evidence in the body and the Q&A) and close communication for the anniversary (split from one sentence); the North Korea commitment; the 1998 declaration (referenced, also in the Q&A); 'the foundation laid in 1965' recorded as the Treaty on Basic Relations (referenced; debatable, the text does not name the instrument); Ishiba's proposal of working-level consultations, recorded as agreed because Yoon welcomed it and said the ministries would take it up (debatable; a bare proposal would be 'proposed'). Not agreements: the compensation plan (unilateral), Yoon's support on abductions, the shared concern.",
        "Timexes: 'eight days after their first telephone conversation' points to the summit day (2024-10-10); 'March last year' twice (2023-03); 'next year's anniversary' = 2025 (span 'next year'); 'tomorrow' = 2024-10-11; 'today' in the Q&A = 2024-10-10. Statements: only the leaders' reported words are annotated, not the spokesperson's own answers in the Q&A (as unseen15-16).",
    ],
)
