# ruff: noqa: E501
PROPOSE = "Russian President Vladimir Putin on Wednesday proposed"
SUGA = "Chief Cabinet Secretary Yoshihide Suga said in Tokyo"
MONDAY = "The two leaders had held talks on Monday"
FIVE = "The five areas for those projects"
ABEXI = "Abe also met Chinese President Xi Jinping for about 40 minutes"
SPEED = "The two agreed to speed up arrangements"
INVITE = "Abe said he hoped to invite Xi to Japan afterward."
DINED = "Xi, who had dined with Putin the evening before"
PYONG = "South Korean President Moon Jae-in stayed home"
NY = "Abe and Moon are expected to meet on the sidelines"

GOLD = dict(
    published="2018-09-13",
    furniture=[
        "Putin's year-end treaty offer catches Abe off guard; Abe, Xi agree to press ahead with October visit\nThe Akihabara Post | September 13, 2018 | 07:15 JST\nBy Kenji Morioka / Correspondent",
        "VLADIVOSTOK - ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin", "Mr. Putin"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon", "he"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un"],
        "Lee Nak-yon": ["Prime Minister Lee Nak-yon"],
        "Tomoko Hirai": ["Tomoko Hirai, a specialist on Russian foreign policy at Sendai Gakuin University"],
    },
    quotes=[
        ("without any preconditions", "partial", "Vladimir Putin", "proposed"),
        ("Mr. Putin likes to surprise", "direct", "Tomoko Hirai", "said"),
    ],
    statements=[
        (PROPOSE, ["Vladimir Putin"], "proposed"),
        (SUGA, ["Yoshihide Suga"], "said"),
        (MONDAY, ["Vladimir Putin", "Shinzo Abe"], "confirmed"),
        (SPEED, ["Shinzo Abe", "Xi Jinping"], "agreed"),
        (INVITE, ["Shinzo Abe"], "said"),
        (NY, [None], "said"),
    ],
    timexes=[
        ("September 13, 2018 | 07:15 JST", "2018-09-13T07:15", None),
        ("year-end", "2018", "END"),
        ("Putin on [[Wednesday]] proposed", "2018-09-12", None),
        ("the end of this year", "2018", "END"),
        ("on Monday", "2018-09-10", None),
        ("a year ago", "2017-09", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("40 minutes on [[Wednesday]]", "2018-09-12", None),
        ("next month", "2018-10", None),
        ("October visit", "2018-10", None),
        ("40 years", "P40Y", None),
        ("the evening before", "2018-09-11TEV", None),
        ("this year with", "2018", None),
        ("from Tuesday", "2018-09-18", None),
        ("later this month", "2018-09", "END"),
        ("closes Thursday", "2018-09-13", None),
    ],
    summits=[
        dict(date="2018-09-10", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=22, status="held", occasion="Eastern Economic Forum", evidence=[MONDAY]),
        dict(date="2018-09-12", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[ABEXI, SPEED]),
        dict(date="2018-10", place=None, country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SPEED]),
        dict(date="2018-09-11", place="Vladivostok", country="RU", participants=["Xi Jinping", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[DINED]),
        dict(date="2018-09-18", place="Pyongyang", country="KP", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=3, status="planned", occasion=None, evidence=[PYONG]),
        dict(date="2018-09", place="New York", country="US", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="planned", occasion="the U.N. General Assembly", evidence=[NY]),
        dict(date="2017-09", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[FIVE]),
    ],
    agreements=[
        dict(title="Putin's proposal to conclude a Japan-Russia peace treaty by the end of the year without preconditions", kind="treaty", date="2018-09-12",
             parties=["JP", "RU"], status="proposed", evidence=[PROPOSE]),
        dict(title="road map for joint economic activities on the disputed islands", kind="commitment", date="2018-09-10",
             parties=["JP", "RU"], status="agreed", evidence=[MONDAY]),
        dict(title="five areas for joint economic activities (2017)", kind="commitment", date="2017-09",
             parties=["JP", "RU"], status="referenced", evidence=[FIVE]),
        dict(title="speed up arrangements for Abe's visit to China", kind="commitment", date="2018-09-12",
             parties=["CN", "JP"], status="agreed", evidence=[SPEED]),
        dict(title="Japan-China Treaty of Peace and Friendship", kind="treaty", date="1978",
             parties=["CN", "JP"], status="referenced", evidence=[SPEED]),
    ],
    notes=[
        "Invented Tokyo English-language daily story (paper 'The Akihabara Post', reporter, analyst and university invented; headline, paper/stamp line, byline and dateline are furniture; the stamp and the headline 'year-end' and 'October visit' are annotated). Hirai's quote is invented; 'without any preconditions' is a three-word phrase from Putin's widely reported offer. The 22nd-meeting count, the road map wording, the brief Abe-Lee Nak-yon meeting (only 'arranged' is supported), Xi not taking questions and the Japanese official's remark are invented or unverified and marked so here.",
        "Real background, checked on stored pages: technapex.com and billsinsider.com (Putin proposed on Wednesday 12 September 2018 to conclude a peace treaty by the end of the year without preconditions; Suga called it disappointing; Putin and Xi made pancakes together; Putin met Abe two days earlier); cz.sputniknews (forum 11-13 September); japantimes 2018-09-10 (Abe-Putin talks Monday in Vladivostok; joint economic activities in the five areas agreed last year in Vladivostok, including aquaculture and tourism); japantimes 2018-09-03 (Abe arranging meetings with Xi, South Korean Prime Minister Lee Nak Yon and Battulga); asahi AJ201809120050 and inform.kz (Abe-Xi about 40 minutes on 12 September; accelerate arrangements for the October visit; 40th anniversary of the treaty); yahoo.com Reuters (Abe: wishes to invite Xi to Japan after his visit). From general knowledge: Moon's Pyongyang summit of 18-20 September 2018 (his third with Kim that year) and the Moon-Abe meeting in New York on 25 September 2018 (also in the titles of other corpora).",
        "Summits (7): Abe-Putin on Monday (ordinal 22, an invented count, kept because the text states it), Abe-Xi on Wednesday, Abe's planned October visit to China, Xi-Putin 'the evening before' (dinner and talks on 11 September), the planned Moon-Kim summit from Tuesday (ordinal 3: 'his third summit this year'), the planned Abe-Moon meeting in New York, Abe-Putin in Vladivostok 'a year ago' (September 2017). Not summits: Abe and Lee Nak-yon (Lee is not head of state or government), Putin's stage appearance with Abe, Abe's hope to invite Xi.",
        "Agreements (5): Putin's proposal (treaty, proposed), the road map (commitment, agreed), the 2017 five areas (referenced), the Abe-Xi commitment to speed up arrangements, the 1978 treaty (referenced; '40 years since the signing'). Not agreements: Abe's hope to invite Xi (a wish), Japan's unchanged position.",
        "Timexes: 'year-end' in the headline and 'the end of this year' = 2018 END; 'a year ago' = 2017-09; 'the evening before' = 2018-09-11TEV; 'later this month' = 2018-09 END; '40 years' = P40Y.",
    ],
)
