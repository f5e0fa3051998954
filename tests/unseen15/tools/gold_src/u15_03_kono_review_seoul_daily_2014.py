# ruff: noqa: E501
HAGUE1 = "The two leaders have sat at the same table only once"
HAGUE2 = "That meeting, which lasted about 45 minutes"
DG = "Shortly after The Hague meeting, the two governments agreed"
OBAMA = "Obama, who held a summit with Park in Seoul in late April"
CLAIMS = "Japan maintains that all claims arising"
SEOULPOS = "Seoul's position is that the agreement did not cover"

GOLD = dict(
    published="2014-06-21",
    furniture=[
        "NATIONAL | DIPLOMACY\n"
        "Seoul voices deep regret as Tokyo review questions how 1993 apology was drafted\n"
        "Published: 21 Jun. 2014, 11:32 | Updated: 21 Jun. 2014, 18:05\n"
        "By Yoon Ha-eun",
        "A SUMMIT STILL OUT OF REACH",
        "yoonhe@jongnodaily.co.kr",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Government of the Republic of Korea": ["South Korea", "Seoul"],
        "Ministry of Foreign Affairs of the Republic of Korea": ["the Foreign Ministry here", "The ministry"],
        "Government of Japan": ["Japan", "Tokyo"],
        "Japanese government review panel": ["The review", "It"],
        "Yohei Kono": ["then Chief Cabinet Secretary Yohei Kono"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga"],
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Constitutional Court of Korea": ["the Constitutional Court"],
        "Kim Seon-mi": ["Kim Seon-mi"],
    },
    quotes=[
        ("self-contradictory,", "partial", "Ministry of Foreign Affairs of the Republic of Korea", "called"),
        ("What was recorded in 1993 rested", "direct", None, "told reporters"),
        ("the facts of how it was put together.", "partial", "Yoshihide Suga", "told reporters"),
        ("Each year we lose more of them", "direct", "Kim Seon-mi", "said"),
        ("We do not need a new review.", "direct", "Kim Seon-mi", None),
    ],
    statements=[
        ("South Korea on Friday expressed deep regret", ["Government of the Republic of Korea"], "expressed deep regret"),
        ("It says Seoul and Tokyo consulted each other", ["Japanese government review panel"], "says"),
        ("In a statement released that evening", ["Ministry of Foreign Affairs of the Republic of Korea"], "called"),
        ("The ministry said Seoul had only passed on informal views", ["Ministry of Foreign Affairs of the Republic of Korea"], "said"),
        ("The statement, issued on Aug. 4, 1993", ["Yohei Kono"], "acknowledged"),
        ("In Tokyo, Chief Cabinet Secretary Yoshihide Suga told reporters", ["Yoshihide Suga"], "told reporters"),
        ("Officials here said Seoul was considering summoning", [None], "said"),
        (DG, ["Government of the Republic of Korea", "Government of Japan"], "agreed"),
        ("Friday's report has put that timetable in doubt", [None], "said"),
        (OBAMA, ["Barack Obama"], "called"),
        (CLAIMS, ["Government of Japan"], "maintains"),
        (SEOULPOS, ["Government of the Republic of Korea", "Constitutional Court of Korea"], "ruled"),
    ],
    timexes=[
        ("how [[1993]] apology", "1993", None),
        ("Published: [[21 Jun. 2014, 11:32]]", "2014-06-21T11:32", None),
        ("Updated: [[21 Jun. 2014, 18:05]]", "2014-06-21T18:05", None),
        ("South Korea on [[Friday]] expressed", "2014-06-20", None),
        ("review of the [[1993]] Kono statement", "1993", None),
        ("since February", "2014-02", None),
        ("Friday afternoon", "2014-06-20TAF", None),
        ("that evening", "2014-06-20TEV", None),
        ("recorded in [[1993]] rested", "1993", None),
        ("Aug. 4, 1993", "1993-08-04", None),
        ("early next week", "2014-W26", "START"),
        ("March 25", "2014-03-25", None),
        ("about 45 minutes", "PT45M", "APPROX"),
        ("mid-April", "2014-04", "MID"),
        ("in July", "2014-07", None),
        ("Friday's", "2014-06-20", None),
        ("late April", "2014-04", "END"),
        ("1910-45", "1910/1945", None),
        ("the [[1965]] agreement", "1965", None),
        ("August 2011", "2011-08", None),
    ],
    summits=[
        dict(date="2014-03-25", place="The Hague", country="NL",
             participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"], kind="trilateral",
             ordinal=None, status="held", occasion="Nuclear Security Summit",
             evidence=[HAGUE1, HAGUE2, DG]),
        dict(date="2014-04", place="Seoul", country="KR",
             participants=["Barack Obama", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[OBAMA]),
    ],
    agreements=[
        dict(title="director-general-level talks on the comfort women issue", kind="commitment",
             date="2014", parties=["JP", "KR"], status="referenced", evidence=[DG]),
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS, SEOULPOS]),
    ],
    notes=[
        "Invented Seoul English-language daily story (section label, headline, Published/Updated line, byline, cross-head and e-mail sign-off are furniture; the stamps and the headline's '1993' are annotated). Reporter, outlet (the e-mail domain), shelter director and every quote are invented, including the words given to the ministry, an anonymous official and Suga.",
        "Real background, checked on stored pages: asia.nikkei.com via web.archive 2014-06-20 (Kyodo: panel report on the drafting of the 1993 Kono statement, coordination of the wording with Seoul, five-member panel, unchecked testimony); chinadaily 2014-06-20 (Xinhua: Seoul's Foreign Ministry expressed deep regret on Friday, called the review contradictory, said Seoul gave unofficial views at Japan's request, 16 victims' testimonies; review began in February and was presented to the lower house budget committee); arirang 2014-06-20 (report submitted Friday afternoon); japantimes.co.jp 2014-06-23 (Kono statement of August 1993; Vice Minister Cho summoned Ambassador Bessho on Monday 23 June, after this article's date); hiroshimapeacemedia 2014-06-22 (Abe said he would not amend the statement); defence.pk/Jiji (director-general talks Ihara-Lee Sang-deuk, a round in Seoul in July). From general knowledge, not checked: statement date 4 August 1993; The Hague trilateral of 25 March 2014 and its length; the agreement after it to open director-general talks and the rounds from 16 April; Obama's Seoul summit and remarks on 25 April 2014; the Constitutional Court ruling of 30 August 2011; the number of surviving victims (approximate).",
        "Summits (2): The Hague trilateral (Park, Abe, Obama; three evidence sentences) and Obama-Park in Seoul ('late April', dated 2014-04). Not summits: the Park-Abe summit that has 'yet' to happen, director-general talks.",
        "Agreements (2): the agreement to open director-general talks (commitment, referenced, dated 2014 since 'shortly after' 25 March is not pinned down); the 1965 agreement on property and claims (treaty, referenced, two evidence sentences). Not agreements: the Kono statement (a unilateral statement), the review.",
        "Timexes: 'early next week' = 2014-W26 with START; 'that evening' = 2014-06-20TEV; 'mid-April' = 2014-04 MID; 'late April' = 2014-04 END; 'in July' after 'had been expected' = 2014-07. Not annotated: 'Each year' / 'each year' (frequency), 'of the day', 'at the time'.",
    ],
)
