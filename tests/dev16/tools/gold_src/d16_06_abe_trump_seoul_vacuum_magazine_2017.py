# ruff: noqa: E501
PICTURE = "It was the picture Tokyo wanted from Abe's first official meeting"
WH = "At the White House on Friday the two men had issued a joint statement"
ART5 = "Washington reaffirmed that Article V"
ASO = "They also agreed to launch a new economic dialogue"
COURTED = "Abe had courted Trump early"
GOLF = "The weekend of golf that followed the Washington talks"
STATUE = "Japan recalled its ambassador in Seoul"
SPIRIT = "Tokyo says the statue breaches the spirit"
SWAP = "The neighbors' last currency swap line"
GSOMIA = "The military intelligence-sharing pact the two governments signed"
VIENTIANE = "The last time Abe and Park sat down together"

GOLD = dict(
    published="2017-02-14",
    furniture=[
        "The Pacific Ledger\nPolitics | East Asia",
        "Abe Won Over Trump. Who Speaks for Seoul?",
        "Japan's prime minister got the reassurance he flew 11,000 kilometers for. South Korea, leaderless and feuding with Tokyo, got a press conference it was not part of.",
        "By Clara Voss\nFebruary 14, 2017",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["the Japanese prime minister", "Abe"],
        "Donald Trump": ["the U.S. president", "Trump", "the new president"],
        "Barack Obama": [],
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Hwang Kyo-ahn": ["Acting President Hwang Kyo-ahn"],
        "Jeon Soo-bin": ["Jeon Soo-bin, a visiting fellow at the Namhae Center for Strategic Studies"],
        "Government of the United States": ["Washington"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("absolutely intolerable,", "partial", "Shinzo Abe", "denounce"),
        ("100 percent.", "partial", "Donald Trump", "declared"),
        ("Japan keeps asking Seoul", "direct", "Jeon Soo-bin", "said"),
        ("And there is nobody in Seoul", "direct", "Jeon Soo-bin", None),
    ],
    statements=[
        ("Within hours the Japanese prime minister stood next to Donald Trump", ["Shinzo Abe", "Donald Trump"], "declared"),
        (WH, ["Shinzo Abe", "Donald Trump"], "issued"),
        (ART5, ["Government of the United States", "Shinzo Abe", "Donald Trump"], "reaffirmed"),
        (ASO, ["Shinzo Abe", "Donald Trump"], "agreed"),
        (SPIRIT, ["Government of Japan"], "says"),
    ],
    timexes=[
        ("February 14, 2017", "2017-02-14", None),
        ("Sunday morning", "2017-02-12TMO", None),
        ("White House on [[Friday]]", "2017-02-10", None),
        ("1960", "1960", None),
        ("Trump Tower in [[November]]", "2016-11", None),
        ("barely a week after the election", "2016-11", None),
        ("December 27", "2016-12-27", None),
        ("The [[weekend]] of golf", "2017-W06-WE", None),
        ("December 9", "2016-12-09", None),
        ("late last month", "2017-01", "END"),
        ("more than a year", "P1Y", "MORE_THAN"),
        ("early January", "2017-01", "START"),
        ("December 2015", "2015-12", None),
        ("February 2015", "2015-02", None),
        ("November 23", "2016-11-23", None),
        ("earlier this month", "2017-02", None),
        ("Vientiane in [[September]]", "2016-09", None),
        ("host in [[December]]", "2016-12", None),
        ("Sicily in [[May]]", "2017-05", None),
    ],
    summits=[
        dict(date="2017-02-10", place="White House", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[PICTURE, WH, GOLF]),
        dict(date="2016-12-27", place="Pearl Harbor", country="US", participants=["Shinzo Abe", "Barack Obama"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[COURTED]),
        dict(date="2016-09", place="Vientiane", country="LA", participants=["Shinzo Abe", "Park Geun-hye"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[VIENTIANE]),
    ],
    agreements=[
        dict(title="U.S.-Japan joint statement of February 10", kind="joint-statement", date="2017-02-10",
             parties=["JP", "US"], status="agreed", evidence=[WH]),
        dict(title="build the Futenma replacement base at Henoko", kind="commitment", date="2017-02-10",
             parties=["JP", "US"], status="agreed", evidence=[ART5]),
        dict(title="launch an economic dialogue between Aso and Pence", kind="commitment", date="2017-02-10",
             parties=["JP", "US"], status="agreed", evidence=[ASO]),
        dict(title="1960 U.S.-Japan security treaty", kind="treaty", date="1960",
             parties=["JP", "US"], status="referenced", evidence=[ART5]),
        dict(title="December 2015 agreement on the comfort women", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[SPIRIT]),
        dict(title="the last Korea-Japan currency swap line ($10 billion)", kind="mou", date=None,
             parties=["JP", "KR"], status="referenced", evidence=[SWAP]),
        dict(title="military intelligence-sharing pact (GSOMIA)", kind="treaty", date="2016-11-23",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA]),
    ],
    notes=[
        "Invented analysis in the style of an Asia-focused online magazine (The Diplomat style; masthead, rubric, headline, standfirst and byline with date are furniture; the date is annotated). 'The Pacific Ledger', Clara Voss, Jeon Soo-bin and the Namhae Center are invented; the quotes of Jeon are invented; 'absolutely intolerable' and '100 percent' are short fragments of Abe's and Trump's reported words at Palm Beach.",
        "Real facts checked on stored pages: presidency.ucsb.edu (Joint Statement by President Trump and Prime Minister Abe, 10 February 2017: first official meeting in Washington; Article V covers the Senkakus; Futenma Replacement Facility at Henoko); mofa.go.jp/na/na1/us/page4e_000580.html (Palm Beach, 11 February 2017: Abe called the launch 'absolutely intolerable'; Trump: behind Japan '100%'); sagardaily.blogspot.com (NHK copy: Aso-Pence economic dialogue agreed at the first summit at the White House on Friday); docslib.org (Comparative Connections: Abe met president-elect Trump in New York in November 2016; Obama and Abe met for the last time in Hawaii on 27 December). General knowledge: North Korea's launch on the morning of 12 February 2017 (KST); Park's impeachment vote of 9 December 2016; Hwang's call with Trump in late January 2017; Nagamine's recall and the suspended swap talks in January 2017 over the Busan statue; the 1 billion yen (title of another corpus); the last $10 billion swap line lapsing in February 2015 (title of another corpus: 'Japan, South Korea to let last currency swap lapse after 14 years'); GSOMIA signed 23 November 2016; Mattis's first trip (Seoul and Tokyo, early February 2017); Park-Abe in Vientiane (September 2016); the postponed December 2016 trilateral; the Taormina G7 in May 2017.",
        "Summits (3): Abe-Trump (White House talks and the Mar-a-Lago weekend counted once; 'first official meeting with the new president' gives ordinal 1); Abe-Obama at Pearl Harbor; Park-Abe in Vientiane. Not summits: Abe's meeting with president-elect Trump (not yet a head of state); Hwang-Trump phone call; Mattis's trip; the postponed three-way summit (no new date); the G7 in Sicily (a multilateral gathering, no bilateral announced).",
        "Agreements (7): the joint statement and two commitments in it (Henoko; Aso-Pence dialogue); the 1960 security treaty (referenced); the 2015 agreement (joint-statement, referenced); GSOMIA (treaty, referenced, date as written 'November 23'); the last swap line (mou, referenced, date null: the text gives only when it lapsed, February 2015). Not agreements: the suspended currency-swap talks (no instrument), the recall (unilateral), Washington's reaffirmation on Article V (part of the statement).",
        "Timexes: 'barely a week after the election' points to the Trump Tower meeting, known only as November (2016-11); 'The weekend of golf' = 2017-W06-WE; 'late last month' = 2017-01 END; 'in December' of the postponed summit (past) = 2016-12.",
    ],
)
