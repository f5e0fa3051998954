# ruff: noqa: E501
LEDE = "Prime Minister Fumio Kishida wrapped up the Washington leg"
MET = "The three leaders met at the White House for roughly"
STEPS = "Among the steps: Japanese and Philippine coast guard crews"
OPENED = "Kishida said as the talks opened"
MARCOS = "He also held separate talks with Marcos on Thursday."
DAYAFTER = "The trilateral came a day after Biden hosted Kishida"
JS = "The two leaders issued a joint statement billing"
CD = "Biden used his welcome remarks on Wednesday"
CDP = "At that meeting, the three leaders pledged"
SF = "Kishida and Yoon last met in person in November"
NOPLAN = "A Japanese Foreign Ministry official said there were no plans"

GOLD = dict(
    published="2024-04-12",
    furniture=[
        "POLITICS / DIPLOMACY",
        "Kishida's Washington week leaves an empty chair for Seoul",
        "Biden, Kishida and Marcos hold first three-way summit as South Korea's ruling party reels from election rout",
        "BY AYA MIZUSHIMA\nSTAFF WRITER\nApr 12, 2024",
        "WASHINGTON – ",
        "KEYWORDS\nFumio Kishida, Joe Biden, Ferdinand Marcos Jr., Yoon Suk Yeol, South Korea, Philippines",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Joe Biden": ["President Joe Biden", "Biden", "He"],
        "Ferdinand Marcos Jr.": ["Philippine President Ferdinand Marcos Jr.", "Marcos"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Keisuke Arai": ["Keisuke Arai, a professor of international relations at Hoshino University"],
    },
    quotes=[
        ("Japan, the United States and the Philippines are maritime nations", "direct", "Fumio Kishida", "said"),
        ("new era.", "partial", "Joe Biden", "called"),
        ("global partners", "partial", None, "billing"),
        ("The architecture built over the last 13 months", "direct", "Keisuke Arai", "said"),
        ("One of them just lost an election", "direct", "Keisuke Arai", None),
        ("for the time being", "partial", None, "said"),
    ],
    statements=[
        (MET, ["Joe Biden", "Fumio Kishida", "Ferdinand Marcos Jr."], "pledged"),
        ("Biden, for his part, called the three-way partnership", ["Joe Biden"], "called"),
        (JS, ["Joe Biden", "Fumio Kishida"], "agreed"),
        ("Officials said about 70 separate defense cooperation items", [None], "said"),
        (CD, ["Joe Biden"], "credit"),
        (CDP, ["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], "pledged"),
        ("On the same Wednesday, voters in South Korea", [None], "said"),
        (NOPLAN, [None], "said"),
    ],
    timexes=[
        ("STAFF WRITER\n[[Apr 12, 2024]]", "2024-04-12", None),
        ("U.S. visit [[Thursday]] with", "2024-04-11", None),
        ("roughly an hour and a half", "PT1H30M", "APPROX"),
        ("Marcos on [[Thursday]].", "2024-04-11", None),
        ("a day after Biden hosted", "2024-04-11", None),
        ("Wednesday morning", "2024-04-10TMO", None),
        ("welcome remarks on [[Wednesday]]", "2024-04-10", None),
        ("August last year", "2023-08", None),
        ("On the same [[Wednesday]]", "2024-04-10", None),
        ("13 months", "P13M", None),
        ("in person in [[November]]", "2023-11", None),
        ("Congress on [[Thursday]]", "2024-04-11", None),
        ("on Friday", "2024-04-12", None),
        ("over the weekend", "2024-W15-WE", None),
    ],
    summits=[
        dict(date="2024-04-11", place="White House", country="US", participants=["Joe Biden", "Fumio Kishida", "Ferdinand Marcos Jr."],
             kind="trilateral", ordinal=1, status="held", occasion=None, evidence=[LEDE, MET, OPENED, DAYAFTER]),
        dict(date="2024-04-11", place=None, country="US", participants=["Joe Biden", "Ferdinand Marcos Jr."],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MARCOS]),
        dict(date="2024-04-10", place="White House", country="US", participants=["Joe Biden", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[DAYAFTER, JS]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CD, CDP]),
        dict(date="2023-11", place="San Francisco", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[SF]),
        dict(date="2023-11", place="San Francisco", country="US", participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"],
             kind="trilateral", ordinal=None, status="held", occasion="APEC", evidence=[SF]),
    ],
    agreements=[
        dict(title="Japan-Philippines-U.S. joint vision statement", kind="joint-statement", date="2024-04-11",
             parties=["JP", "PH", "US"], status="agreed", evidence=[MET]),
        dict(title="coast guard crews to train together aboard a U.S. vessel", kind="commitment", date="2024-04-11",
             parties=["JP", "PH", "US"], status="agreed", evidence=[STEPS]),
        dict(title="hold joint maritime exercises again", kind="commitment", date="2024-04-11",
             parties=["JP", "PH", "US"], status="agreed", evidence=[STEPS]),
        dict(title="Japan-U.S. joint statement ('global partners')", kind="joint-statement", date="2024-04-10",
             parties=["JP", "US"], status="agreed", evidence=[JS]),
        dict(title="upgrade command and control arrangements of the two countries' forces", kind="commitment", date="2024-04-10",
             parties=["JP", "US"], status="agreed", evidence=[JS]),
        dict(title="Camp David pledge to hold trilateral summits every year", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CDP]),
        dict(title="Camp David pledge to consult promptly in a crisis", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CDP]),
    ],
    notes=[
        "Invented Tokyo daily story, English edition (Japan Times style; rubric, headline, deck, byline with date, dateline prefix and keywords line are furniture; the date is annotated). Reporter Aya Mizushima, Professor Keisuke Arai and Hoshino University are invented; all quotes are invented (Kishida's sentence rewords his reported remark at the trilateral; 'new era' and 'global partners' echo reported wording, the latter as the joint statement's words with speaker null). The trilateral's length (roughly an hour and a half) is invented.",
        "Real facts checked on stored pages: nippon.com (kd1142637511159907138: trilateral on 11 April a day after the Biden-Kishida meeting with a state dinner); businessmirror.com.ph 2024-03-19 and mb.com.ph (first U.S.-Japan-Philippines leaders' summit at the White House on 11 April; separate Biden-Marcos meeting the same day); channelnewsasia.com (10 April: South Lawn arrival ceremony, closed-door meeting, Rose Garden news conference, state dinner; Biden credited Kishida for improving relations with South Korea; Kishida to address Congress on Thursday; about 70 defence agreements; command structure upgrade); english-tools.ganp.jp (NHK: first-ever trilateral; 'maritime nations connected by the Pacific Ocean'; coast guards to train on a U.S. vessel; exercises again in the months ahead; 'new era of partnership'); kpopalerts.fr (Yonhap: trilateral cooperation with South Korea on the agenda). General knowledge: the Japan-U.S. joint statement of 10 April 2024 and the joint vision statement of 11 April 2024; South Korea's 10 April 2024 parliamentary election; Kishida's North Carolina stop on 12 April; the Camp David commitments (annual summits, duty to consult); the San Francisco Kishida-Yoon meeting and the Japan-U.S.-ROK leaders' exchange of November 2023.",
        "Summits (6): the first trilateral (ordinal 1 from 'first-ever three-way summit'); Biden-Marcos; Biden-Kishida (official visit: ceremony, talks, news conference and dinner counted once); Camp David (August 2023); San Francisco Kishida-Yoon (sidelines) and the 'brief three-way conversation' with Biden (recorded as a trilateral, debatable). Not summits: 'no plans for another bilateral meeting'; the three-way summit with China that Seoul is preparing (no date); Kishida's address to Congress and his North Carolina trip.",
        "Agreements (7): the joint vision statement and two commitments in it (coast guard training; renewed exercises); the Japan-U.S. joint statement and the command-and-control commitment; two Camp David commitments split from one sentence (referenced). Not agreements: 'about 70 separate defense cooperation items' (aggregate, no instrument named).",
        "Timexes: 'a day after' points to the trilateral (11 April); 'over the weekend' = 2024-W15-WE; 'the last 13 months' in the quote = P13M; 'in November' (past) = 2023-11.",
    ],
)
