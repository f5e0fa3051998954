# ruff: noqa: E501
LAST = "The two last held full-scale talks in Seoul"
HIST = "At the Seoul summit the two sides had agreed"
IBU = "Roh has not set foot in Japan since the Ibusuki summit"
SHUTTLE = "The freeze has all but buried the shuttle arrangement"
DECL = "Officials here also pointed to the 1998 joint declaration"

GOLD = dict(
    published="2006-08-15",
    furniture=[
        "(LEAD) Seoul voices 'deep disappointment' as Koizumi visits Yasukuni on Liberation Day\n"
        "HNA | 2006/08/15 16:22 KST\n"
        "ATTN: ADDS Roh's remarks, background in paras 5-9",
        "SEOUL, Aug. 15 (HNA) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Koizumi", "the Japanese leader"],
        "Roh Moo-hyun": ["President Roh Moo-hyun", "Roh"],
        "Shinzo Abe": ["Chief Cabinet Secretary Shinzo Abe", "Abe"],
        "Yasuhiro Nakasone": ["Yasuhiro Nakasone"],
        "Wen Jiabao": ["China's Premier Wen Jiabao"],
        "Shotaro Oshima": ["Japanese Ambassador Shotaro Oshima"],
        "Ministry of Foreign Affairs of South Korea": ["The Foreign Ministry in Seoul", "Foreign Ministry"],
        "Government of South Korea": ["South Korea", "Seoul"],
    },
    quotes=[
        ("deep disappointment and indignation", "partial", "Ministry of Foreign Affairs of South Korea", "expressed"),
        ("if the conditions are right", "partial", None, "said"),
    ],
    statements=[
        ("South Korea protested on Tuesday", ["Government of South Korea"], "protested"),
        ("The Foreign Ministry in Seoul expressed", ["Ministry of Foreign Affairs of South Korea", None], "expressed"),
        ("In his Liberation Day address in the morning", ["Roh Moo-hyun"], "urged"),
        (HIST, ["Roh Moo-hyun", "Junichiro Koizumi"], "agreed"),
        (DECL, [None], "pointed to"),
        ("Chief Cabinet Secretary Shinzo Abe, the front-runner", ["Shinzo Abe"], "called for"),
        ("A senior Foreign Ministry official said Seoul would be willing", [None], "said"),
    ],
    timexes=[
        ("2006/08/15 16:22 KST", "2006-08-15T16:22", None),
        ("SEOUL, [[Aug. 15]]", "2006-08-15", None),
        ("protested [[on Tuesday]]", "2006-08-15", None),
        ("35 years", "P35Y", None),
        ("next month", "2006-09", None),
        ("about 10 minutes", "PT10M", "APPROX"),
        ("1985", "1985", None),
        ("his [[Liberation Day]] address", "2006-08-15", None),
        ("in the morning", "2006-08-15TMO", None),
        ("in September", "2006-09", None),
        ("June last year", "2005-06", None),
        ("about two hours", "PT2H", "APPROX"),
        ("Busan [[in November]]", "2005-11", None),
        ("December 2004", "2004-12", None),
        ("last December", "2005-12", None),
        ("shuttle arrangement of [[2004]]", "2004", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("Beijing [[on Tuesday]]", "2006-08-15", None),
    ],
    summits=[
        dict(date="2005-06", place="Seoul", country="KR", participants=["Roh Moo-hyun", "Junichiro Koizumi"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LAST, HIST]),
        dict(date="2005-11", place="Busan", country="KR", participants=["Roh Moo-hyun", "Junichiro Koizumi"],
             kind="sidelines", ordinal=None, status="held", occasion="Asia-Pacific Economic Cooperation forum", evidence=[LAST]),
        dict(date="2004-12", place="Ibusuki", country="JP", participants=["Roh Moo-hyun", "Junichiro Koizumi"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[IBU]),
    ],
    agreements=[
        dict(title="launch a second round of joint history research", kind="commitment", date="2005-06",
             parties=["JP", "KR"], status="referenced", evidence=[HIST]),
        dict(title="shuttle arrangement: meet twice a year, taking turns as hosts", kind="commitment", date="2004",
             parties=["JP", "KR"], status="referenced", evidence=[SHUTTLE]),
        dict(title="1998 joint declaration", kind="joint-declaration", date="1998", parties=["JP", "KR"],
             status="referenced", evidence=[DECL]),
    ],
    notes=[
        "Invented Korean wire story (agency 'HNA' invented; headline, stamp, ATTN line, dateline prefix and '(END)' are furniture; stamp and dateline are annotated). 'indignation' in the ministry's words, the stamp time, the senior official's remark and the wording of Roh's speech are invented; the ambassador's name (Shotaro Oshima) is from general knowledge.",
        "Real background, checked on stored pages: news.bbc.co.uk 4789905 (visit on 15 August 2006, sixth as PM and first on 15 August, about 10 minutes inside, South Korea's 'deep disappointment', Koizumi due to step down next month); thedailystar/Reuters 2006-08-16 (first on the anniversary since Nakasone in 1985; Abe called for dialogue but declined to say whether he would visit as premier); stern.de (ambassadors summoned in Beijing and Seoul; Seoul's foreign ministry statement); occidentalism.org (Roh linked the visit to Dokdo, textbooks, Yasukuni and sex slaves); mofa.go.jp meet0506.html (Seoul summit of 20 June 2005 at Cheong Wa Dae, about two hours, then dinner); prakorea.blogspot (NYT copy) and jawawa.id/Reuters (Busan meeting of 18 November 2005 on the APEC sidelines, downgraded by Seoul to a 'courtesy meeting'; Roh non-committal on a December visit); global.chinadaily 2005-10-17 (December summit talks off); pacforum PacNet 53 (Roh and Wen refused a three-way meeting at the East Asia Summit in Kuala Lumpur on 14 December); donga.com 2005-03-27 (twice-a-year summits agreed in 2004); mofa.go.jp meet0412.html (Ibusuki, 17 December 2004). From general knowledge: the agreement at the June 2005 summit on a second joint history research round and Koizumi's undertaking to consider a new memorial facility; the 1998 joint declaration.",
        "Summits (3): Seoul June 2005, Busan November 2005 (sidelines of APEC, a 'courtesy meeting' recorded as held), Ibusuki December 2004. Not summits: the December visit 'scrapped', the Kuala Lumpur three-way meeting that 'never took place', a summit with Koizumi's successor (hypothetical, no date), the ambassador's summons.",
        "Agreements (3): the joint history research commitment (referenced, June 2005), the 2004 shuttle arrangement (referenced), the 1998 joint declaration (referenced). Not agreements: Koizumi's promise to consider a memorial (unilateral), the protest.",
        "Timexes: 'Liberation Day' (in 'his Liberation Day address') = 2006-08-15, as unseen16 annotated 'New Year's Day'; 'the anniversary of Japan's World War II surrender' and 'the surrender anniversary' are not annotated (descriptions, debatable); 'twice a year' is a frequency (not annotated); 'in the morning' = 2006-08-15TMO; 'last December' = 2005-12.",
    ],
)
