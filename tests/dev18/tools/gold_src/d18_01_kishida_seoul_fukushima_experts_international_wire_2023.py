# ruff: noqa: E501
LEAD = "agreed on Sunday that a team of South Korean experts"
SAT = "The two leaders sat down at Yoon's office"
TRIP = "Kishida's two-day trip, which began on Sunday"
QUOTE1 = "told a joint news conference after the talks"
MEMORIAL = "The two leaders also agreed to visit together a memorial"
TOKYO = "Yoon flew to Tokyo 10 days later"
PP = "Kishida and Yoon had held their first formal talks in Phnom Penh"
WASH = "Yoon returned last month from a state visit to Washington"
DECL = "which he had said in March included the 1998 joint declaration"

GOLD = dict(
    published="2023-05-07",
    furniture=[
        "Japan's Kishida agrees to let South Korean experts inspect Fukushima plant\n\nBy Grace Hwang and Takeru Ono",
        "SEOUL, May 7 (Northbridge) - ",
        "(Reporting by Grace Hwang in Seoul and Takeru Ono in Tokyo; Editing by Mark Delaney)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida", "the prime minister"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon"],
        "Seiji Kihara": ["Seiji Kihara", "a deputy chief cabinet secretary"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Democratic Party": ["South Korea's main opposition Democratic Party"],
    },
    quotes=[
        ("We have agreed that an on-site inspection team", "direct", "Yoon Suk Yeol", "told a joint news conference"),
        ("scientific and objective", "partial", "Yoon Suk Yeol", "said"),
        ("Talking about one's heart", "direct", None, "said"),
    ],
    statements=[
        (LEAD, ["Fumio Kishida", "Yoon Suk Yeol"], "agreed"),
        ("He said he hoped the inspection would answer", ["Yoon Suk Yeol"], "said"),
        ("Kishida said he understood the concerns", ["Fumio Kishida"], "said"),
        ("later told reporters the experts would arrive", ["Seiji Kihara"], "told reporters"),
        ("In remarks watched closely in Seoul", ["Fumio Kishida"], "said"),
        ("He said his government stood by the positions", ["Fumio Kishida"], "said"),
        (MEMORIAL, ["Fumio Kishida", "Yoon Suk Yeol"], "agreed"),
        ("said he would attend", ["Yoon Suk Yeol"], "said"),
        ("Analysts said a three-way meeting", [None], "said"),
        ("Democratic Party said Kishida had again avoided", ["Democratic Party"], "said"),
    ],
    timexes=[
        ("SEOUL, [[May 7]] (Northbridge)", "2023-05-07", None),
        ("agreed on [[Sunday]] that", "2023-05-07", None),
        ("Fukushima nuclear plant [[this month]]", "2023-05", None),
        ("less than two months", "P2M", "LESS_THAN"),
        ("two-day", "P2D", None),
        ("which began on [[Sunday]]", "2023-05-07", None),
        ("more than five years", "P5Y", "MORE_THAN"),
        ("May 23", "2023-05-23", None),
        ("1910-45", "1910/1945", None),
        ("had said in [[March]]", "2023-03", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("the [[1945]] atomic bombing", "1945", None),
        ("May 19", "2023-05-19", None),
        ("announced in [[March]] a plan", "2023-03", None),
        ("10 days later", "2023-03-16", None),
        ("March 16", "2023-03-16", None),
        ("12 years", "P12Y", None),
        ("Phnom Penh in [[November]]", "2022-11", None),
        ("last month", "2023-04", None),
        ("April 26", "2023-04-26", None),
    ],
    summits=[
        dict(date="2023-05-07", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SAT, TRIP, QUOTE1]),
        dict(date="2023-03-16", place="Tokyo", country="JP", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2022-11", place="Phnom Penh", country="KH", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[PP]),
        dict(date="2023-04-26", place="Washington", country="US", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[WASH]),
    ],
    agreements=[
        dict(title="dispatch of a South Korean expert team to inspect the Fukushima plant", kind="commitment", date="2023-05-07",
             parties=["JP", "KR"], status="agreed", evidence=[LEAD, QUOTE1]),
        dict(title="joint visit to the memorial to Korean atomic bomb victims in Hiroshima", kind="commitment", date="2023-05-07",
             parties=["JP", "KR"], status="agreed", evidence=[MEMORIAL]),
        dict(title="1998 joint declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="GSOMIA intelligence-sharing pact", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="Washington Declaration", kind="joint-declaration", date="2023-04-26",
             parties=["KR", "US"], status="referenced", evidence=[WASH]),
    ],
    notes=[
        "Invented international wire story in Reuters style (agency 'Northbridge', reporters Grace Hwang and Takeru Ono and editor Mark Delaney are invented). Headline with byline, dateline prefix and the reporting credit are furniture; the dateline date is annotated. The quotes are invented paraphrases (Yoon's words at the joint press conference, the opposition spokesman's line); the analysts' remark is invented.",
        "Real facts, checked on stored pages: en.yna.co.kr/view/AEN20230506002455315 and myanmarinquirer.com (Yonhap 7th LD) (agreement on Sunday 7 May 2023 to send South Korean experts to Fukushima, announced at a joint press conference in Seoul; 'second summit in less than two months'; Kishida's 'heart aches' remark and 'unwavering' adherence to past positions; Tokyo visit 10 days after the March forced-labour decision, first in 12 years); english.kyodonews.net 2023/05 (first visit by a Japanese PM in over five years; Tokyo trip in March; G7 in Hiroshima later in May); world.kbs.co.kr Seq_Code 177629 and 177633 (Yoon to attend the Hiroshima G7 opening on May 19 at Kishida's invitation; agreed joint visit to the memorial for Korean atomic-bomb victims; Kihara told reporters the experts would come from May 23). From general knowledge (the project's other corpora carry them): Tokyo summit on 16 March 2023, GSOMIA's return to full operation in March 2023 (GSOMIA signed November 2016), Phnom Penh talks of November 2022, Yoon's state visit and the Washington Declaration of 26 April 2023, Kishida's March reference to the 1998 declaration. The trip's length (two days, 7-8 May) is from general knowledge.",
        "Summits (4): Seoul (main event); Tokyo, 16 March 2023; Phnom Penh, November 2022 (sidelines of the ASEAN-related summits; 'first formal talks' is not taken as an ordinal, since the leaders had met informally in New York in September 2022); Yoon-Biden in Washington, 26 April 2023. Not summits: the G7 in Hiroshima (a gathering; Yoon's attendance is not a meeting), the hypothetical three-way meeting with Biden ('neither government has announced one'), a joint memorial visit.",
        "Agreements (5): two commitments agreed on Sunday (expert team; joint memorial visit), the 1998 joint declaration (referenced), GSOMIA (treaty, referenced, date of the public record 2016-11), the Washington Declaration (KR-US, referenced). Not agreements: Seoul's compensation plan (unilateral), Kishida's pledge on the release (unilateral), the invitation to the G7 (a multilateral gathering, not recorded as unseen16 decided).",
        "Timexes: '10 days later' points to the Tokyo summit (2023-03-16); 'this month' 2023-05; 'last month' 2023-04; 'in November' past tense 2022-11.",
    ],
)
