# ruff: noqa: E501
LEAD = "Japanese Prime Minister Sanae Takaichi arrives in South Korea on Tuesday"
THIRD = "It will be the third time the two leaders sit down for formal talks"
CWD = "Cheong Wa Dae said on Monday that President Lee will welcome"
FORMAT = "The two leaders will hold a small-group meeting"
DOC = "A senior presidential official told reporters the two sides are working on a joint document"
FOUR = "The meeting comes four months after Lee's two-day visit to Nara"
DNA = "There, the two agreed to cooperate on DNA analysis"
GJ = "Lee and Takaichi first met on the sidelines of the APEC summit"
ISHIBA = "Lee also held three meetings with her predecessor"
CHOICE = "Cheong Wa Dae said the choice of Andong"

GOLD = dict(
    published="2026-05-18",
    furniture=[
        "News > Politics",
        "Lee, Takaichi to Hold 'Hometown' Summit in Andong from Tuesday",
        "Write: 2026-05-18 14:03:21 Update: 2026-05-18 17:40:55",
        "Photo : YONHAP News",
        "[Anchor Lead]",
        "[Pkg]",
        "[Soundbite: Senior presidential official (Korean)]",
        "Choi Yoo-ra has more.",
        "Choi Yoo-ra, HNT World News.",
        "Related News\n- Lee Arrives in Nara for Summit with Takaichi\n- Seoul, Tokyo Agree on DNA Tests for Chosei Mine Victims",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "President Lee", "Lee", "the president"],
        "Sanae Takaichi": ["Japanese Prime Minister Sanae Takaichi", "Prime Minister Takaichi", "Takaichi", "she", "her"],
        "Shigeru Ishiba": ["her predecessor Shigeru Ishiba", "Ishiba"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("With the situation in the Middle East as it is", "direct", None, None),
        ("linchpin", "partial", None, "say"),
        ("a new tradition", "partial", "Office of the President of South Korea", "adding"),
    ],
    statements=[
        (CWD, ["Office of the President of South Korea"], "said"),
        (DOC, [None], "told reporters"),
        (DNA, ["Lee Jae Myung", "Sanae Takaichi"], "agreed"),
        ("Officials in Tokyo say Takaichi will stress", [None], "say"),
        (CHOICE, ["Office of the President of South Korea"], "said"),
    ],
    timexes=[
        ("Summit in Andong from [[Tuesday]]", "2026-05-19", None),
        ("2026-05-18 14:03:21", "2026-05-18T14:03:21", None),
        ("2026-05-18 17:40:55", "2026-05-18T17:40:55", None),
        ("South Korea on [[Tuesday]] for", "2026-05-19", None),
        ("for a [[two-day]] visit that", "P2D", None),
        ("Nara in [[January]]", "2026-01", None),
        ("said on [[Monday]]", "2026-05-18", None),
        ("Tuesday afternoon", "2026-05-19TAF", None),
        ("shortly after 2:30 p.m.", "2026-05-19T14:30", "AFTER"),
        ("Wednesday's", "2026-05-20", None),
        ("four months after", "2026-05-19", None),
        ("Lee's [[two-day]] visit to Nara", "P2D", None),
        ("January 13", "2026-01-13", None),
        ("1942", "1942", None),
        ("late October", "2025-10", "END"),
        ("less than two weeks after she took office", "2025-10", None),
        ("last year", "2025", None),
        ("Tokyo in [[August]]", "2025-08", None),
        ("Busan in [[September]]", "2025-09", None),
        ("Japan in [[September]]", "2026-09", None),
    ],
    summits=[
        dict(date="2026-05-19", place="Andong", country="KR", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="bilateral", ordinal=3, status="planned", occasion=None, evidence=[LEAD, THIRD, CWD, FORMAT, FOUR]),
        dict(date="2026-01-13", place="Nara", country="JP", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[THIRD, FOUR, DNA]),
        dict(date="2025-10", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[GJ]),
        dict(date="2025-08", place="Tokyo", country="JP", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ISHIBA]),
        dict(date="2025-09", place="Busan", country="KR", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ISHIBA]),
    ],
    agreements=[
        dict(title="joint document on energy security (in preparation)", kind="joint-statement", date=None,
             parties=["JP", "KR"], status="proposed", evidence=[DOC]),
        dict(title="industry ministries' policy dialogue allowing emergency swaps of oil products", kind="commitment",
             date=None, parties=["JP", "KR"], status="proposed", evidence=[DOC]),
        dict(title="cooperate on DNA analysis of the Chosei mine victims", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="referenced", evidence=[DNA]),
    ],
    notes=[
        "Invented story on a Korean broadcaster's English website (KBS World style; section line, headline, Write/Update stamps, photo credit, [Anchor Lead]/[Pkg]/[Soundbite] labels, the reporter's hand-over and sign-off lines and related news are furniture; the stamps and the headline's 'Tuesday' are annotated). 'HNT World News', reporter Choi Yoo-ra and the soundbite are invented; the official's and Cheong Wa Dae's words are invented; 'linchpin' echoes reported wording (speaker null: officials in Tokyo). The hotel, the program format and the unreleased Wednesday program are invented details.",
        "Real facts checked on stored pages: news.hanna-ai.com (korea-japan-andong-summit and korea-japan-hometown-summit-2026: Lee and Takaichi meet in Andong, Lee's hometown, on 19-20 May 2026, 'hometown diplomacy', the third time the two leaders sit down together); news.hanna-ai.com (japan-south-korea-energy-security-summit: talks starting shortly after 2:30 p.m. at a hotel in Andong; a joint document on energy security with an industrial-commerce policy dialogue for oil-product exchanges in crises; Japan and Korea as a 'linchpin' for Indo-Pacific stability; China, Iran - an aggregator that misnames the prime minister, used with care); allnewtimes.com (YTN: summit in Andong); channelnewsasia.com 2026-01-09 (Lee's Nara visit on 13-14 January, summit on 13 January; Asian Games in Japan in September with possible North Korean participation); world.kbs.co.kr Seq_Code=96311 (Nara was Lee's second meeting with Takaichi after Gyeongju in late October 2025); analyze.news (Nara talks included DNA analysis of victims of the 1942 Chosei undersea coal-mine flood). General knowledge: Takaichi took office on 21 October 2025; the Gyeongju meeting (30 October 2025; dev8 d8_15); Lee's meetings with Ishiba at Kananaskis (June), Tokyo (August) and Busan (September) 2025 (titles of other corpora).",
        "Summits (5): Andong (planned; 'the third time the two leaders sit down for formal talks' gives ordinal 3); Nara (13 January 2026); Gyeongju (first meeting, ordinal 1, sidelines of APEC, month precision from 'late October'); Lee-Ishiba in Tokyo (August) and Busan (September). Not summits: 'three meetings' with Ishiba (aggregate; only the two named are recorded), the dinner and the Wednesday program (part of the visit).",
        "Agreements (3): the energy-security document and the oil-swap dialogue it would set up, both recorded as proposed with date null (being drafted by both sides for adoption at the summit; debatable: the contract has no 'planned' status); the Nara commitment on DNA analysis (referenced). Not agreements: the hope that hometown visits become 'a new tradition'.",
        "Timexes: 'four months after' and 'less than two weeks after she took office' take the date they point to (the Andong summit; the Gyeongju meeting, known as October only); 'shortly after 2:30 p.m.' = AFTER; 'in September' is 2025-09 for Busan (past) and 2026-09 for the Asian Games (future). 'hometown diplomacy' is a term, not a quote.",
    ],
)
