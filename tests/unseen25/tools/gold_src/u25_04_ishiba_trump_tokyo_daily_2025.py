# ruff: noqa: E501
LEDE = "Prime Minister Shigeru Ishiba and U.S. President Donald Trump agreed on Friday"
JS = "The two leaders issued a joint statement vowing"
ART5 = "The document also reaffirmed that Article V"
OVAL = "The talks in the Oval Office were followed by a working lunch"
INV = "Ishiba invited Trump to visit Japan at an early date"
QI = "Ishiba told reporters."
PRAISE = "Trump, for his part, praised the prime minister"
JS2 = "The joint statement also referred to coordination"
TWICE = "Ishiba met President Yoon Suk Yeol twice last autumn"
SHELVE = "Ishiba's plan to visit Seoul around the new year was shelved"
CAMP = "The trilateral format itself dates to the Camp David summit"
DOOR = "A Japanese government official said Tokyo would"

GOLD = dict(
    published="2025-02-08",
    furniture=[
        "Ishiba, Trump promise a \"golden age\" in first summit; Seoul's turmoil leaves three-way ties on hold\n"
        "February 8, 2025 | 14:20 JST\n"
        "By Aiko Morishita / Washington Correspondent",
        "WASHINGTON — ",
        "■ Related: Iwaya, Rubio pledge to keep Tokyo-Washington-Seoul drills going",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba", "the prime minister"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "the president"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Joe Biden": ["then U.S. President Joe Biden", "Biden"],
        "Fumio Kishida": ["then Prime Minister Fumio Kishida", "Kishida"],
        "Takeshi Iwaya": ["Foreign Minister Takeshi Iwaya"],
    },
    quotes=[
        ("a new golden age", "partial", None, "vowing"),
        ("We confirmed that we will work closely together", "direct", "Shigeru Ishiba", "told reporters"),
        ("a very strong man", "partial", "Donald Trump", "praised"),
        ("peace through strength.", "partial", "Donald Trump", "said"),
        ("keep the door open", "partial", None, "said"),
    ],
    statements=[
        (LEDE, ["Shigeru Ishiba", "Donald Trump"], "agreed"),
        (JS, ["Shigeru Ishiba", "Donald Trump"], "vowing"),
        (INV, [None], "according to"),
        (QI, ["Shigeru Ishiba"], "told reporters"),
        (PRAISE, ["Donald Trump"], "praised"),
        (DOOR, [None], "said"),
    ],
    timexes=[
        ("February 8, 2025 | 14:20 JST", "2025-02-08T14:20", None),
        ("agreed on [[Friday]] to", "2025-02-07", None),
        ("inaugural address [[last month]]", "2025-01", None),
        ("last autumn", "2024-FA", None),
        ("Vientiane in [[October]]", "2024-10", None),
        ("Lima in [[November]]", "2024-11", None),
        ("Dec. 3", "2024-12-03", None),
        ("August 2023", "2023-08", None),
        ("on Thursday evening", "2025-02-06TEV", None),
        ("on Saturday afternoon", "2025-02-08TAF", None),
    ],
    summits=[
        dict(date="2025-02-07", place="Washington", country="US", participants=["Shigeru Ishiba", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEDE, OVAL]),
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Shigeru Ishiba", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=1, status="held", occasion="ASEAN-related summits", evidence=[TWICE]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Shigeru Ishiba", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=2, status="held", occasion="APEC", evidence=[TWICE]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Shigeru Ishiba", "Yoon Suk Yeol", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="APEC", evidence=[TWICE]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CAMP]),
    ],
    agreements=[
        dict(title="Japan-U.S. joint leaders' statement ('new golden age')", kind="joint-statement", date="2025-02-07",
             parties=["JP", "US"], status="signed", evidence=[JS, ART5, JS2]),
        dict(title="strengthen the deterrence and response capabilities of the Japan-U.S. alliance", kind="commitment",
             date="2025-02-07", parties=["JP", "US"], status="agreed", evidence=[LEDE, QI]),
        dict(title="increase investment in each other's economies", kind="commitment", date="2025-02-07",
             parties=["JP", "US"], status="agreed", evidence=[LEDE]),
        dict(title="Trump to visit Japan at an early date (invitation accepted)", kind="commitment", date="2025-02-07",
             parties=["JP", "US"], status="agreed", evidence=[INV]),
        dict(title="Japan-U.S. Treaty of Mutual Cooperation and Security", kind="treaty", date=None,
             parties=["JP", "US"], status="referenced", evidence=[ART5]),
        dict(title="launch of a Japan-U.S.-South Korea trilateral secretariat", kind="commitment", date="2024-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[TWICE]),
        dict(title="Camp David commitment to consult one another in a crisis", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CAMP]),
    ],
    notes=[
        "Invented Tokyo English-language daily story (reporter invented; headline, stamp line, byline, dateline prefix and the 'Related' line are furniture; the stamp is annotated; the headline's quoted 'golden age' is furniture). Ishiba's quote follows his remark reported on the stored pages; Trump's 'a very strong man' and the official's 'keep the door open' are invented; the stamp time is invented.",
        "Real facts checked on stored pages: japan.kantei.go.jp/103/statement/202502/07kyodo_kaiken.html (joint press conference; deterrence and response capabilities; Article V and the Senkakus); diplomacybeyond.com and catch4all.com (joint statement text: 'new golden age', Japan-U.S.-ROK, Quad, Japan-U.S.-Philippines; investment); oananews.org 694856 (Jiji, 7 February: summit in the morning, working lunch, joint press conference; Ishiba arrived Thursday evening, returns Saturday afternoon, accompanied by Iwaya; 'golden age' from the inaugural address; invitation to visit Japan); veritasworldnews.com (Trump accepted the invitation); spotlightnepal.com (Ishiba's 'work closely together' remark, 'peace through strength'); arabnews.jp article_132475 and japannews.yomiuri 20241010-215963 (Ishiba-Yoon first summit in Vientiane, October 2024). From the titles of the project's other corpora and general knowledge: the Lima meetings of November 2024 (bilateral and trilateral with Biden, trilateral secretariat); the shelved Seoul trip after martial law of 3 December 2024; Camp David (August 2023, duty to consult).",
        "Summits (5): Ishiba-Trump at the White House (ordinal 1, 'first face-to-face meeting'); Ishiba-Yoon in Vientiane (October, first) and in Lima (November, second, 'twice ... first ... again'); the Lima trilateral with Biden; Camp David (August 2023). Not summits: Trump's accepted visit to Japan (no date; recorded as an agreed commitment), Ishiba's shelved Seoul trip, a three-way leaders' meeting that 'looks far off'.",
        "Agreements (7): the joint statement (signed/issued); two commitments split from 'agreed ... to strengthen ... and to increase investment'; the accepted invitation (agreed commitment, as unseen14-16); the security treaty (treaty, no date in the text, so null); the trilateral secretariat (referenced commitment, November 2024); the Camp David duty to consult (referenced commitment).",
        "Timexes: 'last autumn' = 2024-FA; 'Thursday evening' = 2025-02-06TEV; 'Saturday afternoon' = 2025-02-08TAF (the day of publication); 'around the new year' and 'at an early date' are vague and not annotated.",
    ],
)
