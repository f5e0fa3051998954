# ruff: noqa: E501
LEDE = "South Korean President Moon Jae-in will hold talks with U.S. President Donald Trump"
SEVENTH = "It will be the seventh summit between the two presidents"
BA = "They last met on the sidelines of the Group of 20 summit"
OFFICE = "Moon's office said the leaders would discuss"
PHONE = "Seoul has signaled that it wants to act as a go-between"
NOMEET = "No meeting between Moon and Prime Minister Shinzo Abe"
NY = "The two have not sat down together since September"
CLAIMS = "Tokyo holds that the rulings violate the 1965 agreement"
CONSULT = "In January it formally asked Seoul for bilateral consultations"
EMP = "He is due in Tokyo in late May"
OSAKA = "Whether Moon and Abe meet in Osaka remains"

GOLD = dict(
    published="2019-03-30",
    furniture=[
        "Moon heads to Washington after Hanoi stalemate; no Japan stop on his calendar\n"
        "March 30, 2019 | 11:20 JST\n"
        "By Aya Kurihara / Staff Writer, The Ginza Courier",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon", "the South Korean leader"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "He"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Naruhito": ["the new emperor"],
        "Office of the President of South Korea": ["Moon's office"],
        "Government of Japan": ["Tokyo"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("carefully", "partial", None, "said"),
        ("an open question", "partial", None, "in the words of"),
    ],
    statements=[
        (LEDE, ["Government of South Korea", None], "announced"),
        (OFFICE, ["Office of the President of South Korea"], "said"),
        (PHONE, ["Government of South Korea", "Donald Trump"], "told"),
        ("A senior Foreign Ministry official said Japan would watch", [None], "said"),
        (CLAIMS, ["Government of Japan"], "holds"),
        (OSAKA, [None], "in the words of"),
    ],
    timexes=[
        ("March 30, 2019 | 11:20 JST", "2019-03-30T11:20", None),
        ("April 11", "2019-04-11", None),
        ("announced [[Friday]]", "2019-03-29", None),
        ("last month", "2019-02", None),
        ("May 2017", "2017-05", None),
        ("late November", "2018-11", "END"),
        ("since [[September]]", "2018-09", None),
        ("In [[January]] it formally", "2019-01", None),
        ("the [[1965]] agreement", "1965", None),
        ("the spring", "2019-SP", None),
        ("early summer", "2019-SU", "START"),
        ("late May", "2019-05", "END"),
        ("return in [[June]]", "2019-06", None),
    ],
    summits=[
        dict(date="2019-04-11", place="Washington", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=7, status="planned", occasion=None, evidence=[LEDE, SEVENTH, OFFICE]),
        dict(date="2019-02", place="Hanoi", country="VN", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[LEDE]),
        dict(date="2018-11", place="Buenos Aires", country="AR", participants=["Moon Jae-in", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="the Group of 20 summit", evidence=[BA]),
        dict(date="2018-09", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[NY]),
        dict(date="2019-05", place="Tokyo", country="JP", participants=["Donald Trump", "Naruhito"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[EMP]),
    ],
    agreements=[
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS, CONSULT]),
        dict(title="bilateral consultations under the 1965 agreement (Japan's request)", kind="commitment", date="2019-01",
             parties=["JP", "KR"], status="proposed", evidence=[CONSULT]),
    ],
    notes=[
        "Invented Tokyo English-language daily ('The Ginza Courier'; reporter invented); headline, stamp and byline are furniture (stamp annotated). The Japanese officials and their words are invented.",
        "Real background checked on stored pages: english.hani.co.kr 887943, globaltimes.cn 1143955, theasian.asia 102850, cfjctoday.com, tpr.org, scmp.com 3003820 (announced Friday 29 March: Moon-Trump summit at the White House on 11 April, the seventh, the first since the Hanoi collapse; peace regime through complete denuclearization; Trump told Moon by phone after Hanoi he would play a role); en.dangcongsan.vn (last met at the G20 in Buenos Aires in November 2018); bloombergquint.com (Trump to Japan in May for the new emperor and in late June for the G20). From general knowledge: Japan's request of January 2019 for consultations under the 1965 claims agreement (title of a tests/unseen9 article), the Moon-Abe New York meeting of September 2018 (confirmed in u22_07's sources), the Buenos Aires meeting on 30 November 2018.",
        "Summits (5): planned Washington (ordinal 7, 'the seventh summit between the two presidents'), Hanoi (background, ordinal 2 from 'second summit'), Buenos Aires, New York Moon-Abe, Trump's planned meeting with the new emperor (as in u22_02; debatable). Not summits: the Osaka G20 (multilateral; a Moon-Abe meeting there is 'an open question', not planned), 'No meeting ... on the horizon', the phone call.",
        "Agreements (2): the 1965 claims agreement (referenced), Japan's request for bilateral consultations (proposed). Not agreements: court rulings, sanctions. Timexes: 'the spring' = 2019-SP and 'early summer' = 2019-SU START (seasons allowed for timexes only).",
    ],
)
