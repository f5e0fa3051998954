# ruff: noqa: E501
MONGOLIA = "she will hold a summit with President Elbegdorj during"
MAY = "The two leaders, who met in Seoul in May"
Q1 = "The two leaders met in Washington at the end of March."
A1 = "The President and Prime Minister Abe held talks in Washington on March 31"
CWA = "the agreement reached last December on the comfort women issue"
THAAD = "Seoul and Washington announced on July 8"
TRI = "We hope the three leaders will meet in Tokyo within the year"
TRIQ = "Is a Korea-Japan-China summit possible this year?"

GOLD = dict(
    published="2016-07-15",
    furniture=[
        "Briefing by Senior Presidential Secretary for Foreign Affairs Kim Kyou-hyun on the President's Attendance at the 11th ASEM Summit\n"
        "Friday, July 15, 2016, 9:40 p.m. (local time), Ulaanbaatar",
        "Questions and Answers",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "the President", "The President", "she"],
        "Kim Kyou-hyun": ["Senior Presidential Secretary for Foreign Affairs Kim Kyou-hyun", "I"],
        "Tsakhiagiin Elbegdorj": ["President Tsakhiagiin Elbegdorj", "President Elbegdorj"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe of Japan", "Prime Minister Abe"],
        "Li Keqiang": ["Premier Li Keqiang of China", "Premier Li"],
        "Barack Obama": ["President Obama"],
        "Government of South Korea": ["Seoul"],
        "Government of the United States": ["Washington"],
    },
    quotes=[],
    statements=[
        ("This afternoon, in her address to the first plenary session", ["Park Geun-hye"], "stressed"),
        (THAAD, ["Government of South Korea", "Government of the United States"], "announced"),
        ("The President explained to Premier Li, briefly", ["Park Geun-hye"], "explained"),
    ],
    timexes=[
        ("Friday, July 15, 2016, 9:40 p.m.", "2016-07-15T21:40", None),
        ("This afternoon", "2016-07-15TAF", None),
        ("test in [[January]]", "2016-01", None),
        ("the [[two-day]] summit", "P2D", None),
        ("held [[today]]", "2016-07-15", None),
        ("tomorrow", "2016-07-16", None),
        ("On Sunday", "2016-07-17", None),
        ("the [[two-day]] visit", "P2D", None),
        ("Seoul in [[May]]", "2016-05", None),
        ("the end of March", "2016-03", "END"),
        ("March 31", "2016-03-31", None),
        ("the same day", "2016-03-31", None),
        ("last December", "2015-12", None),
        ("July 8", "2016-07-08", None),
        ("possible [[this year]]", "2016", None),
        ("chair [[this year]]", "2016", None),
        ("within the year", "2016", None),
        ("last November", "2015-11", None),
    ],
    summits=[
        dict(date="2016-07", place=None, country="MN", participants=["Park Geun-hye", "Tsakhiagiin Elbegdorj"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[MONGOLIA]),
        dict(date="2016-05", place="Seoul", country="KR", participants=["Park Geun-hye", "Tsakhiagiin Elbegdorj"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MAY]),
        dict(date="2016-03-31", place="Washington", country="US", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the Nuclear Security Summit", evidence=[Q1, A1]),
        dict(date="2016-03-31", place="Washington", country="US", participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"],
             kind="trilateral", ordinal=None, status="held", occasion="the Nuclear Security Summit", evidence=[A1]),
        dict(date="2016", place="Tokyo", country="JP", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[TRIQ, TRI]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="agreement on the comfort women issue (December 2015)", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[CWA]),
        dict(title="deploy THAAD in Korea", kind="commitment", date="2016-07-08",
             parties=["KR", "US"], status="referenced", evidence=[THAAD]),
        dict(title="hold the next trilateral summit in Japan (agreed in Seoul)", kind="commitment", date="2015-11",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[TRI]),
    ],
    notes=[
        "Invented transcript in the style of a South Korean presidential office (Cheong Wa Dae) briefing with Q&A; the title and date line, the 'Questions and Answers' heading and '(END)' are furniture (Q./A. markers stay in their sentences) (date line annotated). The briefer is real and was in this office; his words, the briefing time, the outlets (Hanvit Ilbo, KTN) and the greetings at the gala dinner are invented. The briefer's own answers are not annotated as statements (as unseen15-16); statements of the President and of the two governments he reports are.",
        "Real background checked on stored pages: news.koreaherald.com ud=20160714000129 and m.koreaherald ud=20160714000995 (Park to attend the 11th ASEM on Friday and Saturday with more than 50 countries; Abe and Li Keqiang attending; no plans for a summit with Abe or Li; Kim Kyou-hyun as senior secretary for foreign affairs; North Korea focus); koreajoongangdaily 2016-07-04 (two-day ASEM 15-16 July; 20 years of ASEM; Elbegdorj visited Korea in May; bilateral talks after ASEM); korea.net articleId=138268 (official visit to Mongolia on 17 and 18 July with summit talks); newseurope.info (THAAD decision by Seoul and Washington). From general knowledge and the titles of other corpora: North Korea's fourth nuclear test in January 2016; the Park-Abe talks and the trilateral with Obama in Washington on 31 March 2016; the THAAD announcement of 8 July 2016; the 2015 comfort-women agreement (December); the Seoul trilateral of November 2015 and the agreement to hold the next one in Japan.",
        "Summits (6): planned Park-Elbegdorj (date 2016-07; visit from Sunday 17 July), Park-Elbegdorj in Seoul in May, Park-Abe and the Park-Abe-Obama trilateral on 31 March (Washington), the hoped-for Tokyo trilateral (planned, 2016), the Seoul trilateral of November 2015. Not summits: greetings at the gala dinner, 'No separate talks', 'A meeting was not necessary'.",
        "Agreements (3): the 2015 comfort-women agreement (joint statement, referenced), the KR-US THAAD decision (commitment, referenced), the three-way agreement to meet in Japan (referenced). Not agreements: Park's call to implement sanctions; 'no date has been proposed'.",
    ],
)
