# ruff: noqa: E501
LEDE = "U.S. President Donald Trump will receive Prime Minister Sanae Takaichi"
POST = "Trump wrote in the post"
SATO = "Deputy Chief Cabinet Secretary Kei Sato told a news conference"
MEANING = "The government wants to make the trip"
FIRST = "The meeting will be the two leaders' first in person"
WASHT = "In the Washington talks, Takaichi and Trump are expected"
CALL = "The two leaders agreed in a telephone conversation on Jan. 2"
CALL2 = "In that call, they also confirmed"
CHINA = "Government officials said Takaichi intends"
NARA = "Takaichi hosted South Korean President Lee Jae Myung"
GYEONGJU = "Lee had met Trump in Gyeongju in late October"
TRI = "A senior Foreign Ministry official said a three-way meeting"
LIMA = "The last such meeting was held in Lima"

GOLD = dict(
    published="2026-02-06",
    furniture=[
        "Trump to Host Takaichi at White House on March 19; Tokyo Eyes Seoul Coordination Before Trump's China Trip\n"
        "Kanto Press | Friday, February 6, 2026, 12:25 JST",
        "Tokyo, Feb. 6 (Kanto Press)--",
        "[Copyright Kanto Press]",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi"],
        "Kei Sato": ["Deputy Chief Cabinet Secretary Kei Sato", "he"],
        "Xi Jinping": ["President Xi Jinping"],
        "Lee Jae Myung": ["South Korean President Lee Jae Myung", "Lee"],
        "Shigeru Ishiba": ["then Prime Minister Shigeru Ishiba"],
        "Joe Biden": ["President Joe Biden"],
        "Yoon Suk Yeol": ["then President Yoon Suk Yeol"],
    },
    quotes=[
        ("I look forward to welcoming Prime Minister Takaichi", "direct", "Donald Trump", "wrote"),
        ("a meaningful one", "partial", "Kei Sato", "said"),
        ("not on the table for now", "partial", None, "said"),
    ],
    statements=[
        (LEDE, ["Donald Trump"], "announced"),
        (POST, ["Donald Trump"], "wrote"),
        (SATO, ["Kei Sato"], "told a news conference"),
        (MEANING, ["Kei Sato"], "said"),
        (CALL, ["Sanae Takaichi", "Donald Trump"], "agreed"),
        (CALL2, ["Sanae Takaichi", "Donald Trump"], "confirmed"),
        (CHINA, [None], "said"),
        (NARA, ["Sanae Takaichi", "Lee Jae Myung"], "agreed"),
        (TRI, [None], "said"),
    ],
    timexes=[
        ("White House on [[March 19]]; Tokyo", "2026-03-19", None),
        ("Friday, February 6, 2026, 12:25 JST", "2026-02-06T12:25", None),
        ("Tokyo, [[Feb. 6]] (Kanto Press)", "2026-02-06", None),
        ("White House on [[March 19]], he announced", "2026-03-19", None),
        ("social media [[Thursday]]", "2026-02-05", None),
        ("took office [[in October]]", "2025-10", None),
        ("Friday morning", "2026-02-06TMO", None),
        ("visited Tokyo in [[late October]]", "2025-10", "END"),
        ("last year's", "2025", None),
        ("Jan. 2", "2026-01-02", None),
        ("in [[the spring]]", "2026-SP", None),
        ("Beijing [[in April]]", "2026-04", None),
        ("remarks [[in November]]", "2025-11", None),
        ("Jan. 13", "2026-01-13", None),
        ("Gyeongju in [[late October]]", "2025-10", "END"),
        ("a day after", "2025-10", None),
        ("November 2024", "2024-11", None),
        ("on Sunday", "2026-02-08", None),
    ],
    summits=[
        dict(date="2026-03-19", place="Washington", country="US",
             participants=["Sanae Takaichi", "Donald Trump"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[LEDE, POST, SATO, FIRST, WASHT, CHINA]),
        dict(date="2025-10", place="Tokyo", country="JP",
             participants=["Sanae Takaichi", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIRST, GYEONGJU]),
        dict(date="2026-04", place="Beijing", country="CN",
             participants=["Donald Trump", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[CHINA]),
        dict(date="2026-01-13", place="Nara", country="JP",
             participants=["Sanae Takaichi", "Lee Jae Myung"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[NARA]),
        dict(date="2025-10", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Donald Trump"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[GYEONGJU]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Joe Biden", "Yoon Suk Yeol"], kind="trilateral", ordinal=None,
             status="held", occasion="APEC", evidence=[LIMA]),
    ],
    agreements=[
        dict(title="arrange a Takaichi visit and summit in the United States (Trump's invitation accepted)", kind="commitment", date="2026-01-02",
             parties=["JP", "US"], status="agreed", evidence=[SATO, CALL]),
        dict(title="keep working with South Korea and other partners toward a free and open Indo-Pacific", kind="commitment", date="2026-01-02",
             parties=["JP", "US"], status="referenced", evidence=[CALL2]),
        dict(title="Japan-U.S. framework on securing critical minerals and rare earths", kind="treaty", date="2025-10",
             parties=["JP", "US"], status="referenced", evidence=[FIRST]),
        dict(title="Japan-U.S. tariff agreement with 550 billion dollars of investment", kind="commitment", date="2025",
             parties=["JP", "US"], status="referenced", evidence=[WASHT]),
        dict(title="coordinate closely among Japan, South Korea and the U.S. toward North Korea's denuclearization (Nara)", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="referenced", evidence=[NARA]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Kanto Press'); headline, stamp line, dateline prefix and copyright line are furniture (the headline's 'March 19', the stamp and the dateline are annotated). Trump's post is quoted in shortened form; Sato's 'a meaningful one' follows his reported words; the senior official's 'not on the table for now' and the government officials' remarks are invented; the stamp time is invented.",
        "Real background, checked on stored pages: japannews.yomiuri.co.jp 20260206-309257 (Trump announced on Thursday he would welcome Takaichi to the White House on 19 March; first U.S. visit since taking office; first in-person meeting since his October visit to Japan; $550 billion investment under last year's agreement; defense spending; Deputy CCS Kei Sato on Friday morning: invitation received, preparations, 'meaningful'); qazinform.com 2026-01-03 and particle.news (phone talks on Friday 2 Jan 2026: agreed to arrange a summit in the U.S. in the spring; reaffirmed cooperation with South Korea and others for a free and open Indo-Pacific); biz.chosun.com 2025-12-25 (Trump to visit China in April 2026; China-Japan tensions over Takaichi's Taiwan remarks); plenglish.com and theenvoypost.com (Tokyo summit of 28 Oct 2025 at the Akasaka State Guest House; critical minerals and rare earths framework signed); japan-forward.com (Nara summit of 13 Jan 2026: close Japan-South Korea-U.S. coordination toward North Korea's complete denuclearization); boomlive.in (election on Sunday 8 Feb). From general knowledge and the project's other corpora titles: Lee-Trump in Gyeongju on 29 Oct 2025; the Biden-Ishiba-Yoon meeting in Lima in November 2024.",
        "Summits (6): the planned White House summit (19 March); Takaichi-Trump in Tokyo (2025-10, 'late October'); the planned Trump-Xi talks in Beijing (2026-04); Takaichi-Lee in Nara (13 Jan); Lee-Trump in Gyeongju (2025-10, 'a day after' the Tokyo stop; APEC sidelines); the Lima trilateral (2024-11). Not summits: the 2 Jan telephone conversation, a Japan-U.S.-South Korea leaders' meeting 'not on the table' (negated).",
        "Agreements (5): the agreement to hold a summit in the United States, concretised by Trump's invitation that Takaichi accepted (one course of action, agreed, dated by the phone call; debatable); the phone commitment to keep working with South Korea (referenced); the critical minerals framework (treaty, as in u26_05); the 2025 tariff agreement (commitment, referenced); the Nara commitment on trilateral coordination (referenced).",
        "Timexes: 'a day after the U.S. leader's stop in Tokyo' points to the Lee-Trump meeting, dated by month as the text gives 'late October'; 'in the spring' = 2026-SP; 'last year's' = 2025; 'Thursday' = 5 Feb (U.S. date as reported).",
    ],
)
