# ruff: noqa: E501
LEDE = "U.S. President Donald Trump on Monday widened"
TRIO = "The trio sat down for about 40 minutes"
AGREED = "The three agreed to keep coordinating closely"
OPEN = "Abe told reporters as the session opened"
DUTERTE = "also held one-on-one talks with Philippine President Rodrigo Duterte"
MAJOR = "He said he would deliver"
NOTPART = "was not part of the three-way session"
LI = "Moon instead turned to Beijing's number two"
DANANG = "In Da Nang, Moon and Xi agreed"
ABELI = "Abe, who had also met Xi in Da Nang on Saturday"
VLAD = "The two last held formal talks in Vladivostok"
NOMEET = "No meeting between Moon and Abe appeared"
MOONDU = "Moon held talks with Duterte on Monday afternoon"
DEAL = "Seoul and Tokyo remain at odds over their 2015 deal"

GOLD = dict(
    published="2017-11-13",
    furniture=[
        "Trump turns Turnbull meeting into three-way talks with Abe in Manila; Moon courts China's Li\n"
        "13 November 2017 - 14:20 GMT\n"
        "By Daniel Okafor and Mina Seo",
        "MANILA, Nov 13 (Northgate) - ",
        "(Reporting by Daniel Okafor in Manila and Mina Seo in Seoul; Editing by Paul Brandt)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "He"],
        "Malcolm Turnbull": ["Australian Prime Minister Malcolm Turnbull", "Turnbull"],
        "Shinzo Abe": ["Japan's Shinzo Abe", "Abe"],
        "Rodrigo Duterte": ["Philippine President Rodrigo Duterte", "Duterte"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Xi Jinping": ["President Xi Jinping", "Xi"],
        "Lee Hsien Loong": ["Singapore Prime Minister Lee Hsien Loong"],
        "Harriet Lum": ["Harriet Lum, an analyst at the Indian Ocean Policy Centre in Perth"],
        "Government of Japan": ["Tokyo", "Japanese government"],
    },
    quotes=[
        ("Close three-way cooperation is the key", "direct", "Shinzo Abe", "told reporters"),
        ("the same values and the same focus", "partial", "Malcolm Turnbull", "said"),
        ("a major statement", "partial", "Donald Trump", "said"),
        ("maximum pressure", "partial", None, "pledged"),
        ("exchange a few words", "partial", None, "said"),
        ("A three-way photo in Manila costs Tokyo nothing", "direct", "Harriet Lum", "said"),
        ("Abe has made himself the hinge", "direct", "Harriet Lum", None),
    ],
    statements=[
        (AGREED, ["Donald Trump", "Malcolm Turnbull", "Shinzo Abe", None], "agreed"),
        (OPEN, ["Shinzo Abe"], "told reporters"),
        ("Turnbull said the three countries had", ["Malcolm Turnbull"], "said"),
        (MAJOR, ["Donald Trump"], "said"),
        (DANANG, ["Moon Jae-in", "Xi Jinping"], "agreed"),
        (ABELI, [None], "said"),
        ("A Japanese official said the two leaders might", [None], "said"),
        (DEAL, ["Government of Japan"], "has warned"),
        ("said Harriet Lum, an analyst", ["Harriet Lum"], "said"),
    ],
    timexes=[
        ("13 November 2017 - 14:20 GMT", "2017-11-13T14:20", None),
        ("MANILA, [[Nov 13]] (Northgate)", "2017-11-13", None),
        ("Donald Trump [[on Monday]] widened", "2017-11-13", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("12-day", "P12D", None),
        ("later in the morning", "2017-11-13TMO", None),
        ("last Tuesday", "2017-11-07", None),
        ("Monday evening", "2017-11-13TEV", None),
        ("two days after", "2017-11-13", None),
        ("Oct. 31", "2017-10-31", None),
        ("year-long", "P1Y", None),
        ("Da Nang [[on Saturday]]", "2017-11-11", None),
        ("Li [[in the afternoon]]", "2017-11-13TAF", None),
        ("Vladivostok [[in September]]", "2017-09", None),
        ("two weeks later", "2017-09", None),
        ("East Asia Summit [[on Tuesday]]", "2017-11-14", None),
        ("Monday afternoon", "2017-11-13TAF", None),
        ("Tuesday morning", "2017-11-14TMO", None),
        ("their [[2015]] deal", "2015", None),
        ("foreign ministry [[in July]]", "2017-07", None),
        ("leave Manila [[on Tuesday]]", "2017-11-14", None),
    ],
    summits=[
        dict(date="2017-11-13", place="Manila", country="PH",
             participants=["Donald Trump", "Malcolm Turnbull", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN summit", evidence=[LEDE, TRIO, AGREED, OPEN, NOTPART]),
        dict(date="2017-11-13", place="Manila", country="PH",
             participants=["Donald Trump", "Rodrigo Duterte"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN summit", evidence=[DUTERTE]),
        dict(date="2017-11-07", place="Seoul", country="KR",
             participants=["Moon Jae-in", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[NOTPART]),
        dict(date="2017-11-13", place="Manila", country="PH",
             participants=["Moon Jae-in", "Li Keqiang"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN summit", evidence=[LI]),
        dict(date="2017-11-11", place="Da Nang", country="VN",
             participants=["Moon Jae-in", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[LI, DANANG]),
        dict(date="2017-11-11", place="Da Nang", country="VN",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[ABELI]),
        dict(date="2017-11-13", place="Manila", country="PH",
             participants=["Shinzo Abe", "Li Keqiang"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN summit", evidence=[ABELI]),
        dict(date="2017-09", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="Eastern Economic Forum", evidence=[VLAD]),
        dict(date="2017-09", place="New York", country="US",
             participants=["Donald Trump", "Moon Jae-in", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="UN General Assembly", evidence=[VLAD]),
        dict(date="2017-11-13", place="Manila", country="PH",
             participants=["Moon Jae-in", "Rodrigo Duterte"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN summit", evidence=[MOONDU]),
        dict(date="2017-11-14", place="Manila", country="PH",
             participants=["Moon Jae-in", "Lee Hsien Loong"], kind="sidelines", ordinal=None,
             status="planned", occasion="ASEAN summit", evidence=[MOONDU]),
    ],
    agreements=[
        dict(title="keep coordinating closely on North Korea and maritime security (U.S.-Japan-Australia)", kind="commitment",
             date="2017-11-13", parties=["AU", "JP", "US"], status="agreed", evidence=[AGREED]),
        dict(title="bring Korea-China exchanges in all fields back to normal at an early date", kind="commitment",
             date="2017-11-11", parties=["CN", "KR"], status="agreed", evidence=[DANANG]),
        dict(title="Oct. 31 Korea-China understanding on the THAAD dispute", kind="commitment",
             date="2017-10-31", parties=["CN", "KR"], status="referenced", evidence=[DANANG]),
        dict(title="pledge to keep up maximum pressure on North Korea (New York lunch)", kind="commitment",
             date="2017-09", parties=["JP", "KR", "US"], status="referenced", evidence=[VLAD]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015", parties=["JP", "KR"], status="referenced", evidence=[DEAL]),
    ],
    notes=[
        "Invented international wire story (agency 'Northgate', reporters, editor, analyst and institute invented; headline, stamp, byline, dateline prefix and credit line are furniture; stamp and dateline annotated). All quotes are invented or paraphrased; the length of the three-way session ('about 40 minutes'), the Japanese official's briefing and remarks, and the analyst are invented.",
        "Real background, checked on stored pages: voacambodia.com (Trump wrapping up Asia tour), shtepsell.com and alaska-native-news.com (VOA: a scheduled Monday morning Trump-Turnbull meeting expanded to include Abe on the ASEAN sidelines on 13 Nov 2017; Abe on very close trilateral cooperation; Turnbull on same values and focus and reckless provocation; Trump's promised 'major statement'; Trump-Duterte one-on-one on Monday; 12-day, five-nation trip); theconservativetreehouse.com (Trump schedule: Turnbull and Duterte bilaterals in the morning, Sofitel Philippine Plaza); nhub.news (Abe-Li meeting on Monday afternoon per the Japanese foreign ministry; Abe-Xi in Vietnam on Saturday on the APEC sidelines); global.chinadaily.com.cn 2017-11-15 (Li met Moon in Manila on 13 Nov; THAAD consensus); filipino.cri.cn (Li-Moon on Monday evening, 13 Nov); arirang.com nseq=210638 (Moon's one-on-ones with Duterte on Monday afternoon and Lee Hsien Loong on Tuesday morning; Moon-Li after the Xi summit); fan2sport.com (the agreement announced last month, i.e. 31 Oct, and the Moon-Xi meeting on Saturday in Da Nang). From general knowledge and the titles of the project's other corpora: Trump's Seoul visit and Moon-Trump summit on Tuesday 7 Nov 2017; Moon-Abe in Vladivostok (7 Sept 2017) and the Trump-Moon-Abe lunch in New York (21 Sept 2017) with its pledge of maximum pressure; the Moon-Xi agreement in Da Nang to normalise exchanges; the foreign ministry task force on the 2015 agreement set up in July 2017.",
        "Summits (11): the Trump-Turnbull-Abe three-way talks (trilateral, ASEAN occasion); Trump-Duterte; Moon-Trump in Seoul ('hosted Trump in Seoul last Tuesday'); Moon-Li (Monday evening); Moon-Xi and Abe-Xi in Da Nang (Saturday); Abe-Li (afternoon); Moon-Abe in Vladivostok and the New York lunch (dated by month as the text gives only 'September' and 'two weeks later'); Moon-Duterte (held) and Moon-Lee Hsien Loong (planned, Tuesday morning). Not summits: a Moon-Abe meeting in Manila (none on the schedule), a possible exchange of words at the East Asia Summit (hypothetical).",
        "Agreements (5): the three-way commitment (AU/JP/US); the Moon-Xi commitment (agreed 11 Nov); the 31 Oct Korea-China understanding (commitment, referenced: announced separately by the two foreign ministries, no joint document); the New York pledge (referenced, dated 2017-09); the 2015 agreement (joint-statement per the contract, referenced). Not agreements: Trump's promised statement, the task force review (unilateral), Tokyo's warning.",
        "Timexes: 'two days after his talks with ... Xi' takes the date it points to (the Li meeting, 13 Nov); 'two weeks later' points to the New York lunch, dated by month as the text only gives 'September'; 'later in the morning' = 2017-11-13TMO; 'year-long' = P1Y; 'in July' in a past clause = 2017-07. 'Quote 'maximum pressure' reproduces the words of a joint pledge: speaker null (as unseen16).",
    ],
)
