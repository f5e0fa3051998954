# ruff: noqa: E501
LEDE = "U.S. President Donald Trump and Chinese President Xi Jinping met at an air base in Busan"
TALK = "The two leaders talked for one hour and 40 minutes"
AF1 = "Speaking to reporters aboard Air Force One"
Q12 = "the meeting was a 12,"
APR = "He added that he would travel to China in April"
BJ = "Beijing was more guarded"
OSAKA = "The two leaders had not met in person since"
XIGO = "Xi then headed to Gyeongju to begin a state visit"
SCHED = "He is scheduled to hold a summit with President Lee Jae Myung"
GYE = "In Gyeongju, Lee sat down with Japan's new Prime Minister"
LTOLD = "Lee told Takaichi her call for"
TCALL = "Takaichi called the two countries"
TOKYO = "Takaichi, who took office on Oct. 21, had hosted Trump"
FLEW = "Trump flew on to Gyeongju"
SEEK = "Japanese officials said Takaichi was also seeking talks with Xi"

GOLD = dict(
    published="2025-10-30",
    furniture=[
        "Trump and Xi strike one-year truce in Busan; Lee and Takaichi hold first talks hours later\n"
        "Posted: 2025-10-30 21:35 KST | Modified: 2025-10-30 22:10 KST\n"
        "HNB News Digital Team",
        "Photo: Trump and Xi shake hands at Gimhae air base in Busan on Thursday. (Pool)\n"
        "Related articles\n"
        "- Lee, Trump settle tariff terms in Gyeongju\n"
        "- APEC leaders' week: the full schedule\n"
        "Copyright © HNB. All rights reserved.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Sanae Takaichi": ["Japan's new Prime Minister Sanae Takaichi", "Takaichi"],
        "Government of China": ["Beijing"],
        "Office of the President of South Korea": ["the presidential office"],
    },
    quotes=[
        ("On a scale of zero to 10", "direct", "Donald Trump", "said"),
        ("stable and forward-looking", "partial", "Sanae Takaichi", "call"),
        ("word for word.", "partial", "Lee Jae Myung", "told"),
        ("important neighbors,", "partial", "Sanae Takaichi", "called"),
    ],
    statements=[
        (AF1, ["Donald Trump"], "said"),
        (Q12, ["Donald Trump"], "said"),
        (APR, ["Donald Trump"], "added"),
        (BJ, ["Government of China"], "saying"),
        (LTOLD, ["Lee Jae Myung"], "told"),
        (TCALL, ["Sanae Takaichi", "Office of the President of South Korea"], "called"),
        (SEEK, [None], "said"),
    ],
    timexes=[
        ("Posted: [[2025-10-30 21:35 KST]]", "2025-10-30T21:35", None),
        ("Modified: [[2025-10-30 22:10 KST]]", "2025-10-30T22:10", None),
        ("[[on Thursday]], their first", "2025-10-30", None),
        ("six years", "P6Y", None),
        ("one hour and 40 minutes", "PT1H40M", None),
        ("South Korea [[this week]]", "2025-W44", None),
        ("for a year", "P1Y", None),
        ("China in [[April]]", "2026-04", None),
        ("Osaka in [[2019]]", "2019", None),
        ("11 years", "P11Y", None),
        ("Lee Jae Myung on [[Saturday]]", "2025-11-01", None),
        ("6:02 p.m.", "2025-10-30T18:02", None),
        ("41 minutes", "PT41M", None),
        ("Oct. 21", "2025-10-21", None),
        ("Tokyo on [[Tuesday]]", "2025-10-28", None),
        ("met on [[Wednesday]]", "2025-10-29", None),
        ("nearly two months after", "2025-10-29", None),
        ("Washington in [[August]]", "2025-08", None),
        ("leaves Korea on [[Saturday]]", "2025-11-01", None),
        ("as of Thursday evening", "2025-10-30TEV", None),
    ],
    summits=[
        dict(date="2025-10-30", place="Busan", country="KR", participants=["Donald Trump", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[LEDE, TALK]),
        dict(date="2019", place="Osaka", country="JP", participants=["Donald Trump", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[OSAKA]),
        dict(date="2025-11-01", place="Gyeongju", country="KR", participants=["Xi Jinping", "Lee Jae Myung"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SCHED]),
        dict(date="2025-10-30", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[GYE, LTOLD, TCALL]),
        dict(date="2025-10-28", place="Tokyo", country="JP", participants=["Sanae Takaichi", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2025-10-29", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[FLEW]),
        dict(date="2025-08", place="Washington", country="US", participants=["Lee Jae Myung", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[FLEW]),
        dict(date="2026-04", place=None, country="CN", participants=["Donald Trump", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[APR]),
    ],
    agreements=[
        dict(title="U.S. to halve fentanyl-related tariff on Chinese goods to 10 percent", kind="commitment", date="2025-10-30",
             parties=["CN", "US"], status="agreed", evidence=[LEDE, AF1]),
        dict(title="China to resume large-scale purchases of U.S. soybeans", kind="commitment", date="2025-10-30",
             parties=["CN", "US"], status="agreed", evidence=[AF1]),
        dict(title="China to suspend new rare earth export curbs for a year", kind="commitment", date="2025-10-30",
             parties=["CN", "US"], status="agreed", evidence=[AF1]),
        dict(title="Japan-U.S. framework on securing supplies of critical minerals and rare earths", kind="treaty", date="2025-10-28",
             parties=["JP", "US"], status="referenced", evidence=[TOKYO]),
        dict(title="keep up shuttle diplomacy (Lee-Takaichi)", kind="commitment", date="2025-10-30",
             parties=["JP", "KR"], status="agreed", evidence=[TCALL]),
        dict(title="Korea-U.S. tariff deal declared settled in Gyeongju", kind="commitment", date="2025-10-29",
             parties=["KR", "US"], status="referenced", evidence=[FLEW]),
    ],
    notes=[
        "Invented Korean broadcaster web story ('HNB News' invented; headline, Posted/Modified line, team byline, photo caption, related-links lines and copyright line are furniture; the Posted and Modified stamps are annotated). Trump's '12' quote and the Takaichi and Lee phrases follow the stored pages; the stamps are invented.",
        "Real facts checked on stored pages: plataformamedia.com and livemint.com 2025-10-30 (Busan, Gimhae air base, one hour 40 minutes, tariff cut, soybeans, rare earths, Trump to visit China in April, '12'); theticker.org (fentanyl tariff from 20 to 10 percent, one-year suspension of rare earth curbs); thejournalnigeria.com (Beijing: consensus to resolve 'major trade issues'; first face-to-face in six years); nationalheraldindia.com (state visit; APEC week); world.kbs.co.kr Seq_Code 197041 (Lee-Takaichi began at 6:02 p.m., 41 minutes, HICO; 'word for word'; 'important neighbors'; shuttle diplomacy); nippon.com yjj2025103000157 (first meeting Thursday, longer than the scheduled 20 minutes, agreed to continue shuttle diplomacy); en.asiatoday.co.kr 20251030002158478 (Takaichi took office on 21 October; 'stable' and 'future-oriented'); swarajyamag.com (Takaichi-Trump framework on critical minerals and rare earths signed in Tokyo); koreadailyus.com and koreaherald 10616523 (Lee-Trump on 29 October in Gyeongju, deal 'finalized'; first summit in Washington in August). From the titles of the project's other corpora and general knowledge: the Tokyo summit on Tuesday 28 October; the Lee-Xi summit on Saturday 1 November; Xi's previous state visit to Seoul in 2014 ('11 years'); Trump-Xi at the Osaka G20 in 2019.",
        "Summits (8): Trump-Xi in Busan (sidelines of APEC); Trump-Xi in Osaka (2019); the scheduled Lee-Xi summit on Saturday (planned); Lee-Takaichi in Gyeongju (ordinal 1, 'first summit'); Takaichi hosting Trump in Tokyo (Tuesday); Lee-Trump in Gyeongju (Wednesday) and in Washington (August, ordinal 1); Trump's trip to China in April (planned). Not summits: Xi's unscheduled return visit, Takaichi's unconfirmed talks with Xi.",
        "Agreements (6): three U.S.-China commitments split by course of action (tariff cut, soybeans, rare earths); the Japan-U.S. critical minerals framework (recorded as a treaty, signed by the two governments; debatable, it might be seen as an MOU-like framework; referenced); Lee and Takaichi's agreement to keep up shuttle diplomacy; the Korea-U.S. tariff deal settled on Wednesday (referenced).",
        "Timexes: 'nearly two months after' takes the date it points to (29 October, the Gyeongju meeting); 'in six years' and 'in 11 years' are durations; 'in April' in a future clause = 2026-04; 'Thursday evening' = 2025-10-30TEV; 'the scheduled 20' is not annotated (no unit).",
    ],
)
