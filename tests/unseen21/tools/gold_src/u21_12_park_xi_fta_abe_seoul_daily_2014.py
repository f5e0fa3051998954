# ruff: noqa: E501
LEDE = "President Park Geun-hye and Chinese President Xi Jinping announced Monday"
FIFTH = "The announcement came at the two leaders' fifth summit"
SIGN = "The deal still has to be initialed"
FMS = "Park and Xi also agreed that the foreign ministers"
JULY = "Xi, who hosted Park in Seoul on a state visit in July"
ABEXI = "A few hours earlier, Xi had received Japanese Prime Minister Shinzo Abe"
MECH = "The two sides agreed to work toward launching a maritime communication mechanism"
FOUR = "Tokyo and Beijing had paved the way on Friday"
BANQUET = "Park and Abe, seated near each other"

GOLD = dict(
    published="2014-11-11",
    furniture=[
        "Park, Xi declare FTA deal done; Abe gets 25 minutes with Xi, a few words with Park\nPublished : 2014-11-11 11:25 | Updated : 2014-11-11 15:02\nBy Yoon Ha-jin",
        "BEIJING - ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "Park", "her"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Ju Chul-ki": ["senior presidential secretary Ju Chul-ki"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["U.S. President Barack Obama"],
    },
    quotes=[
        ("a strategic choice for both countries.", "partial", "Xi Jinping", "told"),
        ("It was courtesy, not a meeting", "direct", None, "said"),
        ("There is no plan for a bilateral summit.", "direct", None, None),
    ],
    statements=[
        (LEDE, ["Park Geun-hye", "Xi Jinping"], "announced"),
        (FMS, ["Ju Chul-ki", "Park Geun-hye", "Xi Jinping"], "told reporters"),
        (JULY, ["Xi Jinping"], "told"),
        (MECH, ["Shinzo Abe", "Xi Jinping"], "agreed"),
    ],
    timexes=[
        ("25 minutes with Xi", "PT25M", None),
        ("Published : 2014-11-11 11:25", "2014-11-11T11:25", None),
        ("Updated : 2014-11-11 15:02", "2014-11-11T15:02", None),
        ("announced [[Monday]]", "2014-11-10", None),
        ("two and a half years", "P2Y6M", None),
        ("May 2012", "2012-05", None),
        ("early next year", "2015", "START"),
        ("the end of the year", "2014", "END"),
        ("in July", "2014-07", None),
        ("within the year", "2014", None),
        ("A few hours earlier", "2014-11-10", None),
        ("about 25 minutes", "PT25M", "APPROX"),
        ("on Friday", "2014-11-07", None),
        ("Monday night", "2014-11-10TNI", None),
        ("in March", "2014-03", None),
        ("on Wednesday", "2014-11-12", None),
    ],
    summits=[
        dict(date="2014-11-10", place="Beijing", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="sidelines", ordinal=5, status="held", occasion="APEC", evidence=[LEDE, FIFTH, FMS]),
        dict(date="2014-07", place="Seoul", country="KR", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[JULY]),
        dict(date="2014-11-10", place="Beijing", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[ABEXI, MECH]),
        dict(date="2014-03", place="The Hague", country="NL", participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[BANQUET]),
    ],
    agreements=[
        dict(title="Korea-China free trade agreement (negotiations concluded)", kind="treaty", date="2014-11-10",
             parties=["CN", "KR"], status="agreed", evidence=[LEDE, SIGN, '"a strategic choice']),
        dict(title="trilateral foreign ministers' meeting before the end of the year", kind="commitment", date="2014-11-10",
             parties=["CN", "KR"], status="agreed", evidence=[FMS]),
        dict(title="goal of wrapping up the trade talks within the year (July 2014)", kind="commitment", date="2014-07",
             parties=["CN", "KR"], status="referenced", evidence=[JULY]),
        dict(title="work toward launching a maritime communication mechanism", kind="commitment", date="2014-11-10",
             parties=["CN", "JP"], status="agreed", evidence=[MECH]),
        dict(title="four-point document on resuming dialogue gradually", kind="commitment", date="2014-11-07",
             parties=["CN", "JP"], status="referenced", evidence=[FOUR]),
    ],
    notes=[
        "Invented Seoul English-language daily story (reporter invented; headline, Published/Updated line, byline and dateline are furniture; the stamps and the headline's '25 minutes' are annotated). Xi's partial quote and both Cheong Wa Dae quotes are invented; the expected signing timetable and the banquet seating are invented details (the two are reported to have met at the APEC gathering; the banquet exchange is this article's telling).",
        "Real background, checked on stored pages: koreajoongangdaily 2014-11-11 (fifth Park-Xi summit in Beijing; FTA concluded; foreign ministers of Korea, China and Japan to meet by the end of the year; Ju Chul-ki's briefing); bilaterals.org (Korea Times: summit slated for Monday on the sidelines of APEC; FTA talks began in May 2012; Seoul and Beijing had agreed to conclude before year-end); thebricspost 2014-07-04 (July Seoul state visit: conclude FTA this year); koreaherald 20141117000463 (Park met Abe at APEC in Beijing, first time in eight months; on to Myanmar and Brisbane); nippon.com h00083 (Abe-Xi about 25 minutes on 10 November, first since taking office; early implementation of a maritime communication mechanism; four-point document after Yachi's trip of 6 November); mouqawamahmusic.net (CNA: Abe-Xi at the Great Hall on Monday 10 November). From the titles of other corpora: The Hague trilateral hosted by Obama in March 2014. The four-point document's release on Friday 7 November is from general knowledge.",
        "Summits (4): Park-Xi (ordinal 5), Park-Xi in Seoul (July), Abe-Xi (ordinal 1: 'the first summit between the two'), The Hague trilateral (March; occasion not named in the text). Not summits: the Park-Abe exchange at the banquet ('courtesy, not a meeting'), a Park-Abe bilateral ('no plan'), the ASEAN and G20 gatherings.",
        "Agreements (5): the FTA (treaty, agreed: negotiations concluded, not yet signed), the foreign ministers' meeting (commitment), the July goal (referenced), the maritime mechanism (commitment), the four-point document (commitment, referenced; as in u21_06). Not agreements: the expected signing (a forecast).",
        "Timexes: 'A few hours earlier' = 2014-11-10; 'Monday night' = 2014-11-10TNI; 'early next year' = 2015 START; 'within the year' = 2014.",
    ],
)
