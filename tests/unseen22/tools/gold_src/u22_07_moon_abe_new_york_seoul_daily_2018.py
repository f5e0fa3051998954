# ruff: noqa: E501
LEDE = "President Moon Jae-in told Japanese Prime Minister Shinzo Abe that the foundation"
MIN = "The 55-minute meeting"
NEITHER = "Moon said he would neither scrap the 2015 agreement"
ABE = "Abe, for his part, reiterated"
PY = "Moon briefed Abe on his Sept. 18-20 visit to Pyongyang"
KIMREPLY = "According to Kim Eui-kyeom, Kim Jong-un replied"
DIRECT = "Abe said he would seek direct talks with Kim"
ANNIV = "The leaders also agreed to mark the 20th anniversary"
TRUMP = "Moon met U.S. President Donald Trump on Monday"
ABETRUMP = "Abe is set to hold his own talks with Trump"

GOLD = dict(
    published="2018-09-26",
    furniture=[
        'Moon tells Abe sex slavery foundation "cannot function"; offers to help arrange Abe-Kim talks\n'
        "Published : 2018-09-26 17:05 | Updated : 2018-09-26 21:30\n"
        "By Choi Seo-yeon, The Namsan Post",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "he"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Kim Jong-un": ["North Korean leader Kim Jong-un", "Kim", "Kim Jong-un"],
        "Kim Eui-kyeom": ["spokesman Kim Eui-kyeom", "Kim Eui-kyeom", "the spokesman"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("at an appropriate time", "partial", "Kim Jong-un", "replied"),
        ("future-oriented", "partial", "Kim Eui-kyeom", "said"),
    ],
    statements=[
        (LEDE, ["Moon Jae-in"], "told"),
        (MIN, ["Office of the President of South Korea"], "according to"),
        (NEITHER, ["Moon Jae-in", "Kim Eui-kyeom"], "said"),
        (ABE, ["Shinzo Abe"], "reiterated"),
        (PY, ["Moon Jae-in"], "briefed"),
        (KIMREPLY, ["Kim Jong-un", "Kim Eui-kyeom"], "replied"),
        (DIRECT, ["Shinzo Abe"], "said"),
        (ANNIV, ["Moon Jae-in", "Shinzo Abe", "Kim Eui-kyeom"], "agreed"),
    ],
    timexes=[
        ("2018-09-26 17:05", "2018-09-26T17:05", None),
        ("2018-09-26 21:30", "2018-09-26T21:30", None),
        ("the [[2015]] \"comfort women\" deal", "2015", None),
        ("on Tuesday", "2018-09-25", None),
        ("55-minute", "PT55M", None),
        ("11:20 a.m. local time", "2018-09-25T11:20", None),
        ("Olympics in [[February]]", "2018-02", None),
        ("scrap the [[2015]] agreement", "2015", None),
        ("Sept. 18-20", "2018-09-18/2018-09-20", None),
        ("the [[1998]] Korea-Japan", "1998", None),
        ("next month", "2018-10", None),
        ("on Monday", "2018-09-24", None),
        ("with Trump on [[Wednesday]]", "2018-09-26", None),
        ("later Wednesday", "2018-09-26", None),
    ],
    summits=[
        dict(date="2018-09-25", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[LEDE, MIN]),
        dict(date="2018-02", place="PyeongChang", country="KR", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the PyeongChang Olympics", evidence=[MIN]),
        dict(date="2018-09-18", place="Pyongyang", country="KP", participants=["Moon Jae-in", "Kim Jong-un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PY]),
        dict(date="2018-09-24", place="New York", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[TRUMP]),
        dict(date="2018-09-26", place="New York", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="sidelines", ordinal=None, status="planned", occasion="the UN General Assembly", evidence=[ABETRUMP]),
    ],
    agreements=[
        dict(title="2015 comfort women deal", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[LEDE, NEITHER, ABE]),
        dict(title="Pyongyang joint declaration", kind="joint-declaration", date="2018-09",
             parties=["KP", "KR"], status="referenced", evidence=[PY]),
        dict(title="1998 Korea-Japan joint declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[ANNIV]),
        dict(title="develop ties in a future-oriented direction for the declaration's 20th anniversary", kind="commitment",
             date="2018-09-25", parties=["JP", "KR"], status="agreed", evidence=[ANNIV]),
        dict(title="revised Korea-U.S. free trade agreement", kind="treaty", date="2018-09-24",
             parties=["KR", "US"], status="signed", evidence=[TRUMP]),
    ],
    notes=[
        "Invented Seoul English-language daily ('The Namsan Post'; reporter invented); headline, Published/Updated line and byline are furniture (stamps annotated). The spokesman is real and in office; the wording attributed to him and the partial quotes are paraphrases, not his words.",
        "Real background checked on stored pages: webarchives.pa.go.kr/19th/english.president.go.kr/BriefingSpeeches/Briefings/329 (55-minute summit from 11:20 a.m. in New York; Moon briefed Abe on Pyongyang; recommended three times that Kim talk with Japan; Kim willing at an appropriate time; Abe to pursue direct talks and requested support; Moon would neither nullify nor seek renegotiation; foundation destined to ...); koreaherald.com ud=20180927000741 and upi.com 2018-09-27 (foundation cannot function normally, strong voices for dissolution; spokesman Kim Eui-kyeom); wideo.ovh KBS-style report (Tuesday local time); asaninst.org (Moon-Trump on 24 September, signing of the revised FTA; Moon's UN address). From general knowledge: the Pyongyang visit of 18-20 September 2018 and its joint declaration; the PyeongChang meeting of February 2018; the 20th anniversary of the 1998 declaration in October 2018; Abe-Trump talks in New York on 26 September 2018; Moon's UN speech on 26 September (the stored UPI page dates the speech Wednesday).",
        "Summits (5): New York Moon-Abe, the February meeting in PyeongChang ('their first since Abe traveled to PyeongChang ...'), Moon-Kim in Pyongyang (three-day visit recorded with its first day), Moon-Trump on Monday, Abe-Trump planned on Wednesday. Not summits: an Abe-Kim meeting 'not scheduled', Moon's General Assembly address.",
        "Agreements (5): the 2015 deal (joint statement, referenced), the Pyongyang joint declaration, the 1998 declaration (referenced), the JP-KR anniversary commitment (agreed), the revised KORUS FTA (treaty, signed on 24 September). 'comfort women' is a term, not a quote.",
    ],
)
