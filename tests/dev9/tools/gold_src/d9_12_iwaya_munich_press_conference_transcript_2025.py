# ruff: noqa: E501
CONF = "The three of us confirmed that we will further strengthen"
JS = "We issued a joint statement after the meeting."
BIL = "We agreed to make this year"
Q1 = "Prime Minister Ishiba and President Trump held their first summit"
JLS = "The leaders' joint statement of February 7"
RUBIO2 = "Secretary Rubio noted that President Trump"
LIMA = "Prime Minister Ishiba last met President Yoon in Lima"
SEOUL = "following the summit held in Seoul last May"
SHUTTLE = "At that time we agreed that the leaders' shuttle diplomacy"

GOLD = dict(
    published="2025-02-15",
    furniture=[
        "Press Conference by Foreign Minister IWAYA Takeshi\n"
        "Saturday, February 15, 2025, 6:25 p.m. Munich, Germany\n"
        "(Provisional translation)\n\n"
        "Opening Remarks",
        "Questions and Answers",
        '[[Minister Iwaya: ]]I am ',
        '[[Reporter (Tokai Shimbun): ]]Prime',
        '[[Minister Iwaya: ]]The l',
        '[[Reporter (Hanseong Ilbo): ]]Does ',
        '[[Minister Iwaya: ]]Prime',
        '[[Reporter (Kasumi Press): ]]The R',
        '[[Minister Iwaya: ]]Japan',
        '[[Reporter (Pacific Ledger): ]]Japan',
        '[[Minister Iwaya: ]]As ch',
        '[[Reporter (Tokai Shimbun): ]]When ',
        '[[Minister Iwaya: ]]I vis',
        "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Takeshi Iwaya": ["Minister Iwaya", "IWAYA Takeshi"],
        "Marco Rubio": ["Secretary of State Marco Rubio", "Secretary Rubio"],
        "Cho Tae-yul": ["Minister of Foreign Affairs Cho Tae-yul", "Minister Cho"],
        "Shigeru Ishiba": ["Prime Minister Ishiba"],
        "Donald Trump": ["President Trump"],
        "Yoon Suk Yeol": ["President Yoon"],
        "Joe Biden": [],
        "Fumio Kishida": [],
        "Li Qiang": [],
        "Government of South Korea": ["The ROK side"],
    },
    quotes=[],
    statements=[
        (CONF, ["Takeshi Iwaya", "Marco Rubio", "Cho Tae-yul"], "confirmed"),
        ("In it, we sent a strong warning", ["Takeshi Iwaya", "Marco Rubio", "Cho Tae-yul"], "sent a strong warning"),
        ("Secretary Rubio stated that the commitment", ["Marco Rubio"], "stated"),
        ("Minister Cho said that the ROK would continue", ["Cho Tae-yul"], "said"),
        (BIL, ["Takeshi Iwaya", "Cho Tae-yul"], "agreed"),
        (JLS, ["Shigeru Ishiba", "Donald Trump"], "affirmed"),
        (RUBIO2, ["Marco Rubio"], "noted"),
        ("The ROK side has asked Japan not to send", ["Government of South Korea"], "asked"),
        (SHUTTLE, ["Takeshi Iwaya", "Cho Tae-yul"], "agreed"),
    ],
    timexes=[
        ("Saturday, February 15, 2025, 6:25 p.m.", "2025-02-15T18:25", None),
        ("Earlier [[today]]", "2025-02-15", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("January 20", "2025-01-20", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("make [[this year]]", "2025", None),
        ("Washington [[last week]]", "2025-W06", None),
        ("reflected in [[today's]] meeting", "2025-02-15", None),
        ("February 7", "2025-02-07", None),
        ("[[Today's]] meeting built", "2025-02-15", None),
        ("August 2023", "2023-08", None),
        ("November last year", "2024-11", None),
        ("Takeshima Day", "2025-02-22", None),
        ("next Saturday", "2025-02-22", None),
        ("decided for [[this year]]", "2025", None),
        ("process [[this year]]", "2025", None),
        ("last May", "2024-05", None),
        ("Seoul [[in January]]", "2025-01", None),
    ],
    summits=[
        dict(date="2025-02-07", place="Washington", country="US", participants=["Shigeru Ishiba", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[Q1, JLS]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[RUBIO2]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Shigeru Ishiba", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[LIMA]),
        dict(date="2024-05", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Li Qiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL]),
    ],
    agreements=[
        dict(title="Japan-U.S.-ROK foreign ministers' joint statement", kind="joint-statement", date="2025-02-15",
             parties=["JP", "KR", "US"], status="agreed", evidence=[JS]),
        dict(title="further strengthen deterrence and response capabilities, including trilateral exercises",
             kind="commitment", date="2025-02-15", parties=["JP", "KR", "US"], status="agreed", evidence=[CONF]),
        dict(title="work together toward the complete denuclearization of North Korea", kind="commitment",
             date="2025-02-15", parties=["JP", "KR", "US"], status="agreed", evidence=[CONF]),
        dict(title="make the 60th anniversary year an occasion to move relations forward", kind="commitment",
             date="2025-02-15", parties=["JP", "KR"], status="agreed", evidence=[BIL]),
        dict(title="continue close communication between the foreign ministers", kind="commitment",
             date="2025-02-15", parties=["JP", "KR"], status="agreed", evidence=[BIL]),
        dict(title="Japan-U.S. leaders' joint statement of February 7", kind="joint-statement", date="2025-02-07",
             parties=["JP", "US"], status="referenced", evidence=[JLS]),
        dict(title="maintain the leaders' shuttle diplomacy (January foreign ministers' meeting)", kind="commitment",
             date="2025-01", parties=["JP", "KR"], status="referenced", evidence=[SHUTTLE]),
    ],
    notes=[
        "Invented press-conference transcript in Japanese foreign ministry style (title, date line with clock time and place, '(Provisional translation)', 'Opening Remarks', 'Questions and Answers', outlet-tagged reporters, no quotation marks); its wording is not a real transcript. The outlets named in the reporter tags (Tokai Shimbun, Hanseong Ilbo, Kasumi Press, Pacific Ledger) are fictional. The title block, section headings, the 'Minister Iwaya:' and 'Reporter (...):' speaker labels (located with context, as they repeat) and '(End)' are furniture; the date line is annotated. Invented details: the press conference time, the length of the Iwaya-Cho meeting, Cho's and Rubio's reported remarks beyond the joint statement, the ROK request about Takeshima Day, the wording of what was agreed bilaterally in Munich and in January.",
        "Real background, checked on stored pages: japannews.yomiuri.co.jp 20250216-238924 (trilateral foreign ministers' meeting in Munich on Saturday, about 40 minutes, the first since Trump's second term began; deterrence and complete denuclearization; joint statement with a strong warning against provocations or threats to their homelands); miragenews.com and globebanner.com (joint statement text: February 15 in Munich; 'ironclad' U.S. commitments; trilateral exercises; APEC 2025 hosted by Korea); koreaherald.com 10415024 and koreajoongangdaily 2025-02-13 (Munich Security Conference Feb. 14-16; Trump administration from Jan. 20); ajupress.com and nationpress.com (Trump-Ishiba first summit of Feb. 7 and its joint statement on trilateral cooperation). From general knowledge or the project's other manifests: the Iwaya-Cho bilateral meeting in Munich, Iwaya's Seoul visit of January 2025 (dev4_13), the Lima meeting of November 2024, the Seoul trilateral of May 2024 (Kishida, Yoon, Li Qiang), Camp David (August 2023), Takeshima Day on 22 February, Japan as chair of the trilateral process.",
        "Decision: as in unseen15-16, the minister's own first-person answers are not annotated as statements; joint acts he reports ('The three of us confirmed', 'We agreed') and other people's reported words (Rubio, Cho, the ROK side, the leaders' joint statement) are, with all participants as speakers.",
        "Summits (4): Ishiba-Trump in Washington ('their first summit': ordinal 1), Camp David, Ishiba-Yoon in Lima, the Seoul trilateral of May 2024 (participants from the public record). Not summits: the foreign ministers' trilateral and bilateral meetings, 'no plan for a leaders' meeting', the Japan-China-ROK summit Japan intends to host 'at the earliest convenient time' (no date, Korean participant unknown), the foreign ministers' meeting being coordinated.",
        "Agreements (7): the foreign ministers' joint statement and two courses confirmed with it (deterrence; denuclearization), two bilateral courses from one sentence (anniversary year; communication), the Feb. 7 leaders' joint statement (referenced), the January commitment on shuttle diplomacy (referenced). Not agreements: the 'strong warning' (a message within the joint statement), Japan's position on Takeshima, Japan's intention to host the trilateral summit (one side).",
        "Timexes: 'Takeshima Day' and 'next Saturday' are two expressions for the same day (2025-02-22); 'last week' = 2025-W06; 'last May' = 2024-05; 'each year', 'at this point' and 'at the earliest convenient time' are not annotated.",
    ],
)
