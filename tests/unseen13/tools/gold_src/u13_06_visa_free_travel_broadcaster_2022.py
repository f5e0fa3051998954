NY = "Mr Yoon and Japanese Prime Minister Fumio Kishida held their first"
FLIGHTS = "Flights between Seoul's Gimpo airport and Tokyo's Haneda will double"

GOLD = dict(
    published="2022-10-11",
    furniture=[
        "GRI News | Asia\nJapan reopens to South Korean tourists, and both sides hope the"
        " politics will follow\n11 October 2022, 14:06 KST\nBy Mina Okada, GRI News, Seoul",
        "Image caption, Travellers queue for check-in at Gimpo airport in Seoul on Tuesday"
        " morning",
        "Related Topics\nSouth Korea, Japan, Travel",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Hye-rin": ["Kim Hye-rin"],
        "Ayumi Sato": ["Ayumi Sato"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Mr Yoon"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("My phone has not stopped ringing", "direct", "Kim Hye-rin", "said"),
        ("People have been saving for this trip", "direct", "Kim Hye-rin", "said"),
        ("Tourism is the one part of this relationship", "direct", "Ayumi Sato", "said"),
        ("The question is whether the politicians", "direct", "Ayumi Sato", "said"),
    ],
    statements=[
        (FLIGHTS, [None], "said"),
        ("When Tokyo halted visa waivers for South Koreans", ["South Korean government"],
         "called"),
        (NY, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
    ],
    timexes=[
        ("11 October 2022, 14:06", "2022-10-11T14:06", None),
        ("Tuesday morning", "2022-10-11TMO", None),
        ("began in [[March 2020]]", "2020-03", None),
        ("From [[Tuesday]], South Koreans", "2022-10-11", None),
        ("90 days", "P90D", None),
        ("72 hours", "PT72H", None),
        ("since [[August]] as", "2022-08", None),
        ("the end of October", "2022-10", "END"),
        ("30 October", "2022-10-30", None),
        ("three years", "P3Y", None),
        ("9 March 2020", "2020-03-09", None),
        ("office in [[May]].", "2022-05", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("21 September", "2022-09-21", None),
        ("in [[2018]],", "2018", None),
        ("the following year", "2019", None),
    ],
    summits=[
        dict(date="2022-09-21", place="New York", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=1,
             status="held", occasion="the UN General Assembly", evidence=[NY]),
    ],
    agreements=[
        dict(title="arrangement to double Gimpo-Haneda flights to 56 a week",
             kind="commitment", date=None, parties=["JP", "KR"], status="referenced",
             evidence=[FLIGHTS]),
    ],
    notes=[
        "Invented international broadcaster's web page (GRI News, the correspondent, the"
        " travel agent Kim Hye-rin, the researcher Ayumi Sato and all quotes invented; header,"
        " headline, date line, byline, image caption and related-topics block are furniture;"
        " the date line and the caption's 'Tuesday morning' are annotated). Real background,"
        " checked on stored pages: KBS (German) and Korea Herald via daum 2022-10-11 (Japan"
        " resumed visa waivers for 68 countries and regions incl. South Korea on Tuesday; 90"
        " days; daily cap abolished; individual tours; three doses or a test within 72 hours;"
        " suspension since 9 March 2020, which Seoul criticized and answered in kind); Korea"
        " Times (Gimpo-Haneda weekly flights to double from 28 to 56 from 30 October; earlier"
        " increases under a mutual agreement between the two governments); nippon.com/Kyodo and"
        " NHK via newsonjapan (Korea's temporary visa waiver for Japanese since August,"
        " extended through October; full restoration announced later, on 19-20 October). From"
        " general knowledge: the Yoon-Kishida meeting of about 30 minutes in New York on 21"
        " September 2022 (also in other corpora), Yoon's inauguration in May 2022, 7.5 million"
        " Korean visitors to Japan in 2018 and the 2019 boycott.",
        "Summits (1): Yoon-Kishida in New York (ordinal 1 from 'their first face-to-face"
        " talks'). Not a summit: the formal summit for which 'no date has been set'.",
        "Agreements (1): the flights arrangement between the governments, a commitment"
        " (debatable: an arrangement between transport ministries could be read as an mou),"
        " cited rather than concluded in the reported event, undated in the text. Not"
        " agreements: the visa measures (unilateral on each side) and 'agreed that ties needed"
        " to improve' (a shared view), though the latter sentence is a joint statement.",
    ],
)
