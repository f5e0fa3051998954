# ruff: noqa: E501
LEDE = "South Korea and the United States on Friday published a joint fact sheet"
FIRSTF = "Japanese Prime Minister Shigeru Ishiba becomes one of the first foreign leaders"
JS = "They issue a joint statement promising"
KAN = "Ishiba and Trump talk for about 30 minutes"
OFF = "Trump leaves the summit early"
LI = "Lee and Ishiba hold their first summit on June 17."
J22 = "Trump announces a trade deal with Japan on July 22"
K30 = "South Korea follows eight days later"
TOK = "Lee makes Tokyo his first bilateral stop"
WH = "Two days later Lee sits down with Trump at the White House."
MOU = "U.S. Commerce Secretary Howard Lutnick and Japan's tariff negotiator"
OCT28 = "Trump visits Tokyo on Oct. 28"
OCT29 = "A day later in Gyeongju, Trump and Lee declare"
OCT30 = "On Oct. 30, Trump meets Chinese President Xi Jinping in Busan"
FS = "The joint fact sheet confirms the 15% tariff rate"
FURTHER = "A further memorandum on $200 billion"
NEXT = "Lee is expected to visit Japan for talks with Takaichi"

GOLD = dict(
    published="2025-11-15",
    furniture=[
        "FACTBOX-Trump's year with Tokyo and Seoul: five prime ministerial and presidential sit-downs, two tariff deals and a fact sheet\n"
        "November 15, 2025 2:05 AM GMT\n"
        "By Meridian Staff",
        "Nov 15 (Meridian) - ",
        "FEB. 7 - WASHINGTON",
        "JUNE 16-17 - KANANASKIS, CANADA",
        "JULY 22 / JULY 30 - TARIFF DEALS",
        "AUG. 23-25 - TOKYO AND WASHINGTON",
        "SEPT. 4 - WASHINGTON",
        "OCT. 28-30 - TOKYO, GYEONGJU AND BUSAN",
        "NOV. 14 - SEOUL AND WASHINGTON",
        "WHAT'S NEXT",
        "(Compiled by the Meridian Asia desk; Editing by Paul Darrow)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Ishiba"],
        "Lee Jae Myung": ["newly elected South Korean President Lee Jae Myung", "Lee"],
        "Sanae Takaichi": ["new Prime Minister Sanae Takaichi", "Takaichi"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Howard Lutnick": ["U.S. Commerce Secretary Howard Lutnick"],
        "Ryosei Akazawa": ["Japan's tariff negotiator Ryosei Akazawa"],
    },
    quotes=[
        ("new golden age", "partial", None, "promising"),
    ],
    statements=[
        (JS, ["Shigeru Ishiba", "Donald Trump"], "promising"),
        (J22, ["Donald Trump"], "announces"),
        (OCT29, ["Donald Trump", "Lee Jae Myung"], "declare"),
        (NEXT, ["Donald Trump"], "has said"),
    ],
    timexes=[
        ("November 15, 2025 2:05 AM GMT", "2025-11-15T02:05", None),
        ("Nov 15 (Meridian)", "2025-11-15", None),
        ("United States on [[Friday]]", "2025-11-14", None),
        ("FEB. 7", "2025-02-07", None),
        ("JUNE 16-17", "2025-06-16/2025-06-17", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("June 17", "2025-06-17", None),
        ("JULY 22 /", "2025-07-22", None),
        ("JULY 30", "2025-07-30", None),
        ("Japan on [[July 22]]", "2025-07-22", None),
        ("eight days later", "2025-07-30", None),
        ("AUG. 23-25", "2025-08-23/2025-08-25", None),
        ("17 years", "P17Y", None),
        ("Two days later", "2025-08-25", None),
        ("SEPT. 4", "2025-09-04", None),
        ("OCT. 28-30", "2025-10-28/2025-10-30", None),
        ("Tokyo on [[Oct. 28]]", "2025-10-28", None),
        ("A day later", "2025-10-29", None),
        ("On Oct. 30", "2025-10-30", None),
        ("NOV. 14", "2025-11-14", None),
        ("early next year", "2026", "START"),
        ("China in [[April]]", "2026-04", None),
    ],
    summits=[
        dict(date="2025-02-07", place="Washington", country="US", participants=["Shigeru Ishiba", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FIRSTF, JS]),
        dict(date="2025-06", place="Kananaskis", country="CA", participants=["Shigeru Ishiba", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="G7", evidence=[KAN]),
        dict(date="2025-06-17", place="Kananaskis", country="CA", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="G7", evidence=[LI]),
        dict(date="2025-08-23", place="Tokyo", country="JP", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOK]),
        dict(date="2025-08-25", place="Washington", country="US", participants=["Lee Jae Myung", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[WH]),
        dict(date="2025-10-28", place="Tokyo", country="JP", participants=["Sanae Takaichi", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[OCT28]),
        dict(date="2025-10-29", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[OCT29]),
        dict(date="2025-10-30", place="Busan", country="KR", participants=["Donald Trump", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[OCT30]),
        dict(date="2025-10-30", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[OCT30]),
        dict(date="2026", place=None, country="JP", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[NEXT]),
        dict(date="2026-04", place=None, country="CN", participants=["Donald Trump", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[NEXT]),
    ],
    agreements=[
        dict(title="Korea-U.S. joint fact sheet on tariffs and security", kind="joint-statement", date="2025-11-14",
             parties=["KR", "US"], status="signed", evidence=[LEDE, FS]),
        dict(title="Japan-U.S. joint statement ('new golden age')", kind="joint-statement", date="2025-02-07",
             parties=["JP", "US"], status="referenced", evidence=[JS]),
        dict(title="have ministers keep negotiating on tariffs (Ishiba-Trump, Kananaskis)", kind="commitment", date="2025-06",
             parties=["JP", "US"], status="referenced", evidence=[KAN]),
        dict(title="Japan-U.S. trade deal: 15% tariffs for up to $550 billion in investment", kind="commitment", date="2025-07-22",
             parties=["JP", "US"], status="referenced", evidence=[J22]),
        dict(title="Korea-U.S. 15% tariff deal tied to a $350 billion investment pledge", kind="commitment", date="2025-07-30",
             parties=["KR", "US"], status="referenced", evidence=[K30, OCT29]),
        dict(title="first Korea-Japan joint document in 17 years", kind="joint-statement", date="2025-08-23",
             parties=["JP", "KR"], status="referenced", evidence=[TOK]),
        dict(title="Japan-U.S. memorandum of understanding on the $550 billion investment", kind="mou", date="2025-09-04",
             parties=["JP", "US"], status="referenced", evidence=[MOU]),
        dict(title="Japan-U.S. framework on critical minerals and rare earths", kind="treaty", date="2025-10-28",
             parties=["JP", "US"], status="referenced", evidence=[OCT28]),
        dict(title="keep up reciprocal visits (Lee-Takaichi)", kind="commitment", date="2025-10-30",
             parties=["JP", "KR"], status="referenced", evidence=[OCT30]),
        dict(title="Korea-U.S. memorandum on $200 billion of strategic investment, still to be signed", kind="mou", date=None,
             parties=["KR", "US"], status="agreed", evidence=[FURTHER]),
    ],
    notes=[
        "Invented fact box in the style of an international wire (agency 'Meridian' invented; headline, stamp, byline, dateline prefix, the dated entry headings, 'WHAT'S NEXT' and the credit line are furniture; the stamp, dateline and dated headings are annotated). Wording is the annotator's own; the stamp time is invented.",
        "Real facts checked on stored pages: koreajoongangdaily 2025-11-14 and koreaherald 10616523 (joint fact sheet finalised and announced on Friday 14 November; 15% rate; nuclear-powered submarines); particle.news and livemint 2025-11-14 (a further MOU on $200 billion of strategic investment to be signed); oananews 694856 and diplomacybeyond.com (Ishiba-Trump, 7 February, 'golden age' joint statement); aa.com.tr and japannews.yomiuri 20250617-264600 (Ishiba-Trump about 30 minutes at Kananaskis on 16 June, no deal, ministers to continue); ajw.asahi 15847725 (Trump leaving early made a Lee-Trump meeting 'difficult'; Lee-Ishiba summit on Tuesday 17 June); ndtvprofit.com and hudson.org (Lutnick and Akazawa signed the MOU on 4 September; executive order; the 22 July agreement); upi.com and redcensor.com (Korea-U.S. deal announced 30 July, 15%, $350 billion); deepnewz.com (Lee in Tokyo 23 August, first joint statement in 17 years; Lee-Trump 25 August); swarajyamag.com (Takaichi-Trump critical minerals framework); koreadailyus.com (Lee-Trump in Gyeongju on 29 October, deal 'finalized'); world.kbs.co.kr 197041 and nippon.com yjj2025103000157 (Lee-Takaichi on 30 October, shuttle diplomacy); plataformamedia.com (Trump-Xi in Busan on 30 October; Trump to visit China in April); thenews.com.pk and channelnewsasia.com 2026-01-09 (Lee's later visit to Japan in January 2026, which supports the expectation). From the titles of the project's other corpora: the Tokyo summit of 28 October.",
        "Summits (11): Ishiba-Trump in Washington (7 February) and at Kananaskis (June; the entry heading spans 16-17 June, so the month is given); Lee-Ishiba at Kananaskis (17 June, ordinal 1); Lee-Ishiba in Tokyo (23 August, from the heading and 'Two days later'); Lee-Trump at the White House (25 August); Takaichi-Trump in Tokyo (28 October); Lee-Trump in Gyeongju (29 October, APEC sidelines from the public record); Trump-Xi in Busan and Lee-Takaichi in Gyeongju (30 October; Lee-Takaichi ordinal 1); Lee's expected visit to Japan (planned, 2026) and Trump's trip to China (planned, April 2026). Not summits: the Lee-Trump meeting 'called off' at Kananaskis.",
        "Agreements (10): the Korea-U.S. joint fact sheet (joint statement, the reported event, recorded as signed); the 7 February joint statement; the Kananaskis instruction to ministers; the Japan-U.S. and Korea-U.S. trade deals (commitments, the Korean one finalised on 29 October: one record, two evidence sentences); the Lee-Ishiba joint document; the 4 September MOU; the critical minerals framework (treaty, debatable, as in u25_05); the Lee-Takaichi commitment to reciprocal visits; the strategic investment MOU still to be signed (mou, agreed, no date in the text). Not agreements: Trump's executive order (unilateral).",
        "Timexes: the heading ranges 'JUNE 16-17', 'AUG. 23-25' and 'OCT. 28-30' are intervals; 'eight days later' = 2025-07-30, 'Two days later' = 2025-08-25, 'A day later' = 2025-10-29 (the dates they point to); 'early next year' = 2026 START; 'in April' = 2026-04; 'closing a year' is not annotated.",
    ],
)
