# ruff: noqa: E501
LEDE = "President Lee Jae Myung on Monday congratulated"
POST = "In the same post, Lee said the two countries"
TRUMP = "Trump, who held talks with Takaichi in Tokyo"
GYEONGJU = "They first sat down on Oct. 30"
XI = "Two days later, Lee hosted Chinese President Xi Jinping"
TWICE = "Lee and Takaichi have met twice so far."
NARA = "Lee then made a two-day visit to Takaichi's home prefecture"
DNA = "There, the two sides agreed to cooperate on DNA testing"
ALSO = "They also agreed to launch talks between their governments"
BEIJING = "The Nara trip came about a week after"
ISHIBA = "Before Takaichi, Lee held three summits"
NODATE = "A presidential office official said no date or venue"
HALF = "the official said, asking not to be named"
TREATY = "Last year marked the 60th anniversary"

GOLD = dict(
    published="2026-02-09",
    furniture=[
        "Lee congratulates Takaichi on landslide, renews invitation for her to visit Korea\n"
        "Published: 9 Feb. 2026, 15:10 | Updated: 9 Feb. 2026, 16:02\n"
        "By Yoon Ha-eun",
        "Yoon Ha-eun (yoon.haeun@hannamtimes.co.kr)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Sanae Takaichi": ["Japanese Prime Minister Sanae Takaichi", "Takaichi", "Prime Minister Takaichi", "her"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Shigeru Ishiba": ["her predecessor Shigeru Ishiba"],
        "NHK": ["public broadcaster NHK"],
        "Kwon Soo-min": ["Kwon Soo-min, a research fellow at the Sejong-ro Institute for East Asian Affairs"],
    },
    quotes=[
        ("My warm congratulations to Prime Minister Takaichi", "direct", "Lee Jae Myung", "wrote"),
        ("I hope Japan will flourish even further", "direct", "Lee Jae Myung", None),
        ("a new horizon", "partial", "Lee Jae Myung", "said"),
        ("bold and wise", "partial", "Donald Trump", "praised"),
        ("We would like it to happen", "direct", None, "said"),
        ("A prime minister with a two-thirds majority", "direct", "Kwon Soo-min", "said"),
        ("Seoul should use this spring", "direct", "Kwon Soo-min", None),
    ],
    statements=[
        (LEDE, ["Lee Jae Myung"], "congratulated"),
        ("Lee wrote on X in the morning", ["Lee Jae Myung"], "wrote"),
        (POST, ["Lee Jae Myung"], "said"),
        ("according to public broadcaster NHK", ["NHK"], "according to"),
        ("were among the first foreign leaders to send congratulations", ["Donald Trump", "Narendra Modi"], "send congratulations"),
        (TRUMP, ["Donald Trump"], "praised"),
        (GYEONGJU, ["Lee Jae Myung", "Sanae Takaichi"], "agreed"),
        (DNA, ["Lee Jae Myung", "Sanae Takaichi"], "agreed"),
        (ALSO, ["Lee Jae Myung", "Sanae Takaichi"], "agreed"),
        (NODATE, [None], "said"),
        (HALF, [None], "said"),
        ("said Kwon Soo-min, a research fellow", ["Kwon Soo-min"], "said"),
    ],
    timexes=[
        ("Published: [[9 Feb. 2026, 15:10]]", "2026-02-09T15:10", None),
        ("Updated: [[9 Feb. 2026, 16:02]]", "2026-02-09T16:02", None),
        ("Lee Jae Myung [[on Monday]]", "2026-02-09", None),
        ("Sunday's", "2026-02-08", None),
        ("on X [[in the morning]]", "2026-02-09TMO", None),
        ("next [[60 years]]", "P60Y", None),
        ("met [[in January]]", "2026-01", None),
        ("1955", "1955", None),
        ("Oct. 21 last year", "2025-10-21", None),
        ("less than four months", "P4M", "LESS_THAN"),
        ("late October", "2025-10", "END"),
        ("Oct. 30", "2025-10-30", None),
        ("nine days after", "2025-10-30", None),
        ("Two days later", "2025-11-01", None),
        ("two-day", "P2D", None),
        ("Jan. 13", "2026-01-13", None),
        ("1942", "1942", None),
        ("about a week after", "2026-01-13", "APPROX"),
        ("early January", "2026-01", "START"),
        ("remarks [[in November]]", "2025-11", None),
        ("Canada, [[in June]]", "2025-06", None),
        ("Tokyo [[in August]]", "2025-08", None),
        ("late September", "2025-09", "END"),
        ("the first half of the year", "2026-H1", None),
        ("this spring", "2026-SP", None),
        ("Last year marked", "2025", None),
        ("the [[1965]] treaty", "1965", None),
    ],
    summits=[
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="sidelines", ordinal=1,
             status="held", occasion="APEC", evidence=[TWICE, GYEONGJU]),
        dict(date="2026-01-13", place="Nara", country="JP",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="bilateral", ordinal=2,
             status="held", occasion=None, evidence=[POST, TWICE, NARA, DNA, ALSO, BEIJING]),
        dict(date="2025-10", place="Tokyo", country="JP",
             participants=["Donald Trump", "Sanae Takaichi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TRUMP]),
        dict(date="2025-11-01", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[XI]),
        dict(date="2026-01", place="Beijing", country="CN",
             participants=["Lee Jae Myung", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[BEIJING]),
        dict(date="2025-06", place="Kananaskis", country="CA",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="sidelines", ordinal=None,
             status="held", occasion="G7", evidence=[ISHIBA]),
        dict(date="2025-08", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[ISHIBA]),
        dict(date="2025-09", place="Busan", country="KR",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[ISHIBA]),
        dict(date="2026", place=None, country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="bilateral", ordinal=3,
             status="planned", occasion=None, evidence=[LEDE, NODATE, HALF]),
    ],
    agreements=[
        dict(title="invitation for Takaichi to visit Korea at an early date", kind="commitment", date="2026-02-09",
             parties=["JP", "KR"], status="proposed", evidence=[LEDE]),
        dict(title="keep shuttle diplomacy going (Gyeongju)", kind="commitment", date="2025-10-30",
             parties=["JP", "KR"], status="referenced", evidence=[GYEONGJU]),
        dict(title="cooperate on DNA testing of remains from the Chosei coal mine", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="referenced", evidence=[DNA]),
        dict(title="launch intergovernmental talks on economic security", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="referenced", evidence=[ALSO]),
        dict(title="step up joint action against cross-border scam rings", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="referenced", evidence=[ALSO]),
        dict(title="1965 treaty normalizing relations (Treaty on Basic Relations)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
    ],
    notes=[
        "Invented Seoul English-language daily ('The Hannam Times'); headline, Published/Updated line, byline and the closing e-mail line are furniture (stamps annotated). Reporter, analyst, institute, the unnamed official and all quotes are invented; Lee's X post is paraphrased in invented words (content per KBS), 'bold and wise' is Trump's reported wording. The stamp times, the morning timing of the post, the official's 'first half of the year' and the word 'renewed' for the invitation are invented.",
        "Real background, checked on stored pages: world.kbs.co.kr Seq_Code 80560 (Lee congratulated Takaichi on X on Monday 9 Feb 2026; a new horizon for the next 60 years opened by the January meeting; hopes to meet her in Korea soon; LDP 316 seats of 465); boomlive.in and qazinform (election on 8 Feb 2026; LDP best result since 1955; Takaichi PM from 21 Oct 2025; Trump and Modi congratulated); adnkronos/Jiji (Trump's 'bold and wise'); koreajoongangdaily 2026-01-13 (Lee arrived on Tuesday 13 Jan; fifth summit with a Japanese leader and second with Takaichi; Gyeongju in late October on the APEC sidelines; six days after returning from a summit with Xi; China-Japan row over Takaichi's Taiwan remarks); japannews.yomiuri 20260113-303786 and vietnamnews (Nara summit on 13 Jan; agreement to cooperate on DNA testing of remains from the Chosei coal mine, 183 dead including many laborers from the peninsula); japan-forward.com and metaqsol.com (interagency talks on economic security; joint response to scams and transnational crime); allthe.news (Gyeongju summit on Thursday 30 Oct, shuttle diplomacy to continue); asia.nikkei.com APEC blog (Lee-Xi summit on 1 Nov in Gyeongju); channelnewsasia 2026-01-09 (two-day visit 13-14 Jan). From general knowledge and the project's other corpora titles: Lee-Ishiba at Kananaskis (17 June 2025), Tokyo (23 Aug) and Busan (30 Sept); Trump-Takaichi in Tokyo (28 Oct 2025); Lee-Xi in Beijing (5 Jan 2026); the 1942 date of the Chosei flood (also in analyze.news).",
        "Summits (9): Lee-Takaichi at Gyeongju (ordinal 1, 'first sat down') and Nara (ordinal 2, 13 Jan; 'met twice'); Trump-Takaichi in Tokyo (2025-10, 'late October'); Lee-Xi in Gyeongju ('Two days later', 1 Nov) and in Beijing (2026-01, 'early January'); Lee-Ishiba at Kananaskis, Tokyo and Busan (dated by month); the planned Takaichi visit to Korea (dated 2026 as summit dates may not be half-years; ordinal 3 as their third meeting, debatable). Not summits: congratulations by post, the election.",
        "Agreements (6): Lee's invitation for Takaichi to visit (proposed); the Gyeongju shuttle-diplomacy commitment (referenced); three Nara commitments split by course of action (DNA testing; economic security talks; joint action against scam rings); the 1965 treaty (referenced).",
        "Timexes: 'nine days after she took office' takes the date it points to (30 Oct); 'Two days later' = 1 Nov; 'about a week after' points to the Nara visit (13 Jan, APPROX); 'the first half of the year' = 2026-H1; 'this spring' = 2026-SP; 'less than four months' = P4M LESS_THAN; 'in November' in a past clause = 2025-11. '60th anniversary' is an ordinal.",
    ],
)
