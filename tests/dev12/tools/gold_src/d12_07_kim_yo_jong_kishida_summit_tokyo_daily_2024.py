# ruff: noqa: E501
LEAD = "North Korea said Tuesday it would reject"
MONDAY = "On Monday, she had said Kishida recently conveyed"
MOFA = "A senior Foreign Ministry official said Japan's position"
PD = "That declaration was signed on Sept. 17, 2002"
SECOND = "At their second summit, in May 2004"
STOCK = "A decade later, in an agreement reached in Stockholm"
ABE = "Shinzo Abe said in 2019 that he was ready"
VISIT = "The exchange comes two weeks before"
CD = "Officials say he will brief Biden"

GOLD = dict(
    published="2024-03-26",
    furniture=[
        "POLITICS\nKim Yo Jong shuts door on Kishida summit a day after revealing his overture\nBy Haruka Ogino, Staff Writer\nMarch 26, 2024 (Updated 21:10 JST)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Government of North Korea": ["North Korea", "Pyongyang"],
        "Kim Yo Jong": ["Kim Yo Jong, the leader's sister and a senior official of the ruling party", "she", "her"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida", "he"],
        "Kim Jong Un": ["leader Kim Jong Un", "Kim"],
        "Junichiro Koizumi": ["Junichiro Koizumi"],
        "Kim Jong Il": ["Kim Jong Il"],
        "Shinzo Abe": ["Shinzo Abe"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Joe Biden": ["President Joe Biden", "Biden"],
        "Yoon Suk Yeol": [],
        "Mari Kaneshiro": ["Mari Kaneshiro, a professor of Korean studies at Tsurugaoka University"],
    },
    quotes=[
        ("not of interest", "partial", "Kim Yo Jong", "said"),
        ("legitimate sovereign rights", "partial", "Kim Yo Jong", "called"),
        ("nothing has been fixed", "partial", "Fumio Kishida", "told reporters"),
        ("without preconditions", "partial", "Shinzo Abe", "said"),
        ("Pyongyang is trying to drive a wedge", "direct", "Mari Kaneshiro", "said"),
        ("But Kishida has made the abductions", "direct", "Mari Kaneshiro", None),
    ],
    statements=[
        (LEAD, ["Government of North Korea"], "said"),
        ("In a statement carried by the Korean Central News Agency", ["Kim Yo Jong"], "said"),
        (MONDAY, ["Kim Yo Jong"], "said"),
        ("She warned that Japan would get nowhere", ["Kim Yo Jong"], "warned"),
        ("Kishida told reporters Monday that", ["Fumio Kishida"], "told reporters"),
        (MOFA, [None], "said"),
        (ABE, ["Shinzo Abe"], "said"),
        (CD, [None], "say"),
        ("In Seoul, a foreign ministry official said", [None], "said"),
    ],
    timexes=[
        ("\n[[March 26, 2024]] (Updated", "2024-03-26", None),
        ("21:10 JST", "2024-03-26T21:10", None),
        ("North Korea said [[Tuesday]]", "2024-03-26", None),
        ("24 hours after", "2024-03-26", None),
        ("On Monday", "2024-03-25", None),
        ("reporters [[Monday]]", "2024-03-25", None),
        ("officials [[on Tuesday]]", "2024-03-26", None),
        ("Sept. 17, 2002", "2002-09-17", None),
        ("May 2004", "2004-05", None),
        ("A decade later", "2014", None),
        ("May 2014", "2014-05", None),
        ("in 2019", "2019", None),
        ("June 2018", "2018-06", None),
        ("February 2019", "2019-02", None),
        ("two weeks before", "2024-03-26", None),
        ("April 10", "2024-04-10", None),
        ("last August", "2023-08", None),
        ("this week", "2024-W13", None),
    ],
    summits=[
        dict(date="2002-09-17", place="Pyongyang", country="KP",
             participants=["Junichiro Koizumi", "Kim Jong Il"], kind="bilateral", ordinal=1,
             status="held", evidence=[PD]),
        dict(date="2004-05", place=None, country=None,
             participants=["Junichiro Koizumi", "Kim Jong Il"], kind="bilateral", ordinal=2,
             status="held", evidence=[SECOND]),
        dict(date="2018-06", place="Singapore", country="SG",
             participants=["Kim Jong Un", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", evidence=[ABE]),
        dict(date="2019-02", place="Hanoi", country="VN",
             participants=["Kim Jong Un", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", evidence=[ABE]),
        dict(date="2024-04-10", place="Washington", country="US",
             participants=["Fumio Kishida", "Joe Biden"], kind="bilateral", ordinal=None,
             status="planned", evidence=[VISIT]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral", ordinal=None,
             status="held", evidence=[CD]),
    ],
    agreements=[
        dict(title="Japan-DPRK Pyongyang Declaration", kind="joint-declaration", date="2002-09-17",
             parties=["JP", "KP"], status="referenced", evidence=[MOFA, PD, SECOND]),
        dict(title="full-scale reinvestigation into the fate of abductees (2004)", kind="commitment", date="2004-05",
             parties=["JP", "KP"], status="referenced", evidence=[SECOND]),
        dict(title="Stockholm agreement on a new investigation", kind="joint-statement", date="2014-05",
             parties=["JP", "KP"], status="referenced", evidence=[STOCK]),
        dict(title="commitment to consult one another swiftly in a crisis (Camp David)", kind="commitment",
             date="2023-08", parties=["JP", "KR", "US"], status="referenced", evidence=[CD]),
        dict(title="Kishida's request for a summit with Kim Jong Un", kind="commitment", date="2024-03",
             parties=["JP", "KP"], status="proposed", evidence=[LEAD, MONDAY]),
    ],
    notes=[
        "Invented Tokyo English-language daily story (Japan Times / Mainichi style): section, headline, byline and dated update line are furniture (the date and time are annotated). Reporter Haruka Ogino, Professor Mari Kaneshiro and 'Tsurugaoka University' are invented; her quote is invented; 'not of interest', 'legitimate sovereign rights' and 'nothing has been fixed' are rewordings of reported remarks; the foreign ministry officials' remarks (Tokyo and Seoul) and the officials' description of Kishida's Washington agenda are invented.",
        "Facts checked on stored pages: japannews.yomiuri.co.jp 20240325-176704 (Kishida on Monday 25 March 2024: aware of the statement, top-level talks important, overseeing efforts personally, nothing set); independent.co.uk and wokv.com (AP, 25 March: Kim Yo Jong's statement that Kishida proposed a summit through a channel, at an early date; abductions; 'exercise of sovereign rights'); news-pravda.com and omondo.info (26 March: rejection of any contact or negotiation; summit 'not a matter of concern'); mofa.go.jp bluebook 2017 (Japan's policy under the Pyongyang Declaration of September 2002); japan.kantei.go.jp koizumiphoto 2004/05/22 and donga.com 20040523 (second Koizumi-Kim meeting on 22 May 2004: declaration reconfirmed, reinvestigation agreed); paperzz.com (first summit on 17 September 2002); japannews.yomiuri.co.jp 20240126-164621 and miragenews.com (official visit and Biden-Kishida summit on 10 April 2024); towelium.com (Camp David 'commitment to consult'). General knowledge: the Stockholm agreement of May 2014 and its collapse, Abe's 2019 offer to meet Kim without preconditions, the Trump-Kim summits in Singapore (June 2018) and Hanoi (February 2019).",
        "Summits (6): Koizumi-Kim Jong Il in 2002 (ordinal 1: the first Japan-North Korea summit) and May 2004 (ordinal 2: 'their second summit'; place not named in the sentence: null), Trump-Kim in Singapore and Hanoi, the planned Biden-Kishida talks on 10 April, Camp David (participants from the public record). Not summits: the Kishida-Kim meeting Kishida asked for ('nothing has been fixed', rejected), an Abe-Kim meeting ('No meeting came of it').",
        "Agreements (5): the Pyongyang Declaration (joint declaration), the 2004 reinvestigation (commitment), the Stockholm agreement (announced jointly: joint-statement, debatable), the Camp David commitment to consult, Kishida's summit request (a proposal of a meeting to the other side: proposed, as unseen16's invitations). Not agreements: Japan's normalization policy (unilateral), Abe's public offer.",
        "Timexes: '24 hours after', 'A decade later' and 'two weeks before' take the dates they point to (26 March 2024, 2014, 26 March 2024); 'this week's' = 2024-W13; 'recently' and 'at an early date' are vague and not annotated.",
    ],
)
