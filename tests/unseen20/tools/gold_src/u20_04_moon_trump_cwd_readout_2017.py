# ruff: noqa: E501
HELD = "President Moon Jae-in held a summit with President Donald Trump"
DINNER = "The summit followed a welcome dinner"
FIRST = "It was the first summit between the two leaders since"
JS = "After the talks, the two Presidents adopted a Joint Statement"
TREATY = "The two Presidents reaffirmed that the alliance, anchored in the 1953"
OPCON = "The two leaders agreed to continue close consultations"
NK = "The two Presidents agreed to coordinate closely on an approach"
TRI = "The two Presidents agreed to hold a Korea-U.S.-Japan summit"
ABE = "President Moon explained that he intends to hold his first summit"
CW = "He noted that many Korean people cannot accept"
SCHED = "President Moon will also hold his first summits with President Xi Jinping"

GOLD = dict(
    published="2017-06-30",
    furniture=[
        "Results of the Korea-U.S. Summit\nOffice of the President, Cheong Wa Dae\nFriday, June 30, 2017 (Washington, local time)",
        "1. Overview", "2. The Alliance", "3. North Korea", "4. Cooperation with Japan", "5. Remarks", "6. Schedule",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "President Moon", "he", "He"],
        "Donald Trump": ["President Donald Trump", "President Trump"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Prime Minister Abe"],
        "Xi Jinping": ["President Xi Jinping"],
        "Vladimir Putin": ["President Vladimir Putin"],
    },
    quotes=[
        ("The alliance has never been stronger", "direct", "Moon Jae-in", "said"),
        ("the menace", "partial", "Donald Trump", "said"),
    ],
    statements=[
        (TREATY, ["Moon Jae-in", "Donald Trump"], "reaffirmed"),
        ("President Trump reaffirmed the U.S. commitment", ["Donald Trump"], "reaffirmed"),
        (OPCON, ["Moon Jae-in", "Donald Trump"], "agreed"),
        (NK, ["Moon Jae-in", "Donald Trump"], "agreed"),
        ("President Trump expressed support for President Moon's aspiration", ["Donald Trump"], "expressed support"),
        (TRI, ["Moon Jae-in", "Donald Trump"], "agreed"),
        (ABE, ["Moon Jae-in"], "explained"),
        (CW, ["Moon Jae-in"], "noted"),
        ("President Trump said the two countries faced", ["Donald Trump"], "said"),
    ],
    timexes=[
        ("Friday, June 30, 2017", "2017-06-30", None),
        ("White House [[today]]", "2017-06-30", None),
        ("the previous evening", "2017-06-29TEV", None),
        ("May 10", "2017-05-10", None),
        ("1953", "1953", None),
        ("Hamburg [[next week]]", "2017-W27", None),
        ("December 2015", "2015-12", None),
        ("[[today]] we agreed", "2017-06-30", None),
        ("Germany [[next week]]", "2017-W27", None),
        ("Sunday", "2017-07-02", None),
    ],
    summits=[
        dict(date="2017-06-30", place="Washington", country="US",
             participants=["Moon Jae-in", "Donald Trump"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[HELD, DINNER, FIRST]),
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Donald Trump", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="planned", occasion="G20", evidence=[TRI]),
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=1,
             status="planned", occasion="G20", evidence=[ABE]),
        dict(date="2017-07", place="Berlin", country="DE",
             participants=["Moon Jae-in", "Xi Jinping"], kind="bilateral", ordinal=1,
             status="planned", occasion=None, evidence=[SCHED]),
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Vladimir Putin"], kind="sidelines", ordinal=1,
             status="planned", occasion="G20", evidence=[SCHED]),
    ],
    agreements=[
        dict(title="Joint Statement between the Republic of Korea and the United States of America", kind="joint-statement",
             date="2017-06-30", parties=["KR", "US"], status="agreed", evidence=[JS]),
        dict(title="1953 Mutual Defense Treaty", kind="treaty",
             date="1953", parties=["KR", "US"], status="referenced", evidence=[TREATY]),
        dict(title="continue consultations on the conditions-based transfer of wartime operational control", kind="commitment",
             date="2017-06-30", parties=["KR", "US"], status="agreed", evidence=[OPCON]),
        dict(title="coordinate closely on a sanctions-and-dialogue approach to North Korea's denuclearization", kind="commitment",
             date="2017-06-30", parties=["KR", "US"], status="agreed", evidence=[NK]),
        dict(title="hold a Korea-U.S.-Japan summit in Hamburg", kind="commitment",
             date="2017-06-30", parties=["KR", "US"], status="agreed", evidence=[TRI]),
        dict(title="strengthen trilateral security cooperation", kind="commitment",
             date="2017-06-30", parties=["KR", "US"], status="agreed", evidence=[TRI]),
        dict(title="December 2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced", evidence=[CW]),
    ],
    notes=[
        "Invented readout in the style of the South Korean presidential office (Cheong Wa Dae); title, office line, date line and the six numbered headings are furniture (the date line is annotated). No quotation marks except in section 5; both quotes there are invented. Trump's 'strategic patience' remark is paraphrased, not quoted.",
        "Real facts checked on stored pages: en.yna.co.kr AEN20170701002400315 (full text of the joint statement: Trump hosted Moon at the White House June 29-30; alliance and the Mutual Defense Treaty; extended deterrence); gangnam.com magazine (Moon-Trump summit at the White House on 30 June, joint statement, Rose Garden press remarks; Moon home on 2 July); sputniknews.jp 20170701 (joint statement: the two presidents to continue discussing trilateral cooperation with Abe at a three-way meeting at the G20 in July); manila-stv.ph (Abe, Moon to hold talks in early July in Germany; Moon took office in May); koreajoongangdaily 2017/11/10 (Moon and Xi first met in Berlin in July); koreaherald ud=20170901000796 (Moon-Putin first summit on 7 July on the G20 sidelines); koreaherald ud=20170906000291 (Moon took office on 10 May). The conditions-based OPCON transfer and the sanctions-and-dialogue language are from general knowledge of the joint statement.",
        "Summits (5): the Washington summit (ordinal 1, 'the first summit between the two leaders'; the welcome dinner the previous evening belongs to the same visit and is not a separate record), the planned trilateral in Hamburg ('next week', recorded as 2017-07), the planned first Moon-Abe summit (ordinal 1), the planned first Moon-Xi summit in Berlin and Moon-Putin in Hamburg (ordinal 1 each, 'his first summits').",
        "Agreements (7): the joint statement (adopted: agreed), the 1953 treaty (referenced), four commitments, two of them split from one sentence in section 4 (hold the trilateral; strengthen trilateral security cooperation), and the December 2015 comfort women agreement (joint-statement, referenced). Not agreements: Trump's unilateral reaffirmation of extended deterrence, his support for inter-Korean dialogue.",
    ],
)
