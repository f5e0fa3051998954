# ruff: noqa: E501
LEDE = "President Yoon Suk-yeol returned home Wednesday"
PLANE = "Yoon's plane landed at Seoul Air Base"
YK = "The 45-minute Yoon-Kishida summit"
NY = "Yoon and Kishida had talked for about 30 minutes in New York"
OFFICE = "According to the presidential office, the two leaders strongly condemned"
PENDING = "They also agreed to continue discussions"
DIST = "Most of the distance has been covered."
ADD = "adding that the leaders had affirmed"
TOKYO = "Tokyo maintains that all compensation claims"
LATER = "Later Sunday, Yoon held separate talks"
TRI = "In what officials called the first comprehensive trilateral statement"
MADRID = "The three had last met five months earlier"
XI = "On Tuesday, Yoon sat down with Xi in Bali"
ASKED = "Yoon asked Beijing to play"
KX = "Kishida, meanwhile, stayed on in Bali"
ANN = "Japan's top government spokesman announced the meeting"
ABE = "Xi's last face-to-face talks with a Japanese prime minister"
PROP = "Yoon, for his part, had already pitched"

GOLD = dict(
    published="2022-11-16",
    furniture=[
        "(LEAD) Yoon returns home after Kishida, Biden, Xi summits; Kishida heads for Xi talks in Bangkok\n"
        "All News 16:20 November 16, 2022\n"
        "(ATTN: ADDS Kishida-Xi schedule in paras 13-14, analyst comment in last para)\n"
        "By Baek Seo-yun",
        "SEOUL, Nov. 16 (HNA) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk-yeol", "Yoon"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Moon Jae-in": ["then President Moon Jae-in"],
        "Shinzo Abe": ["then Prime Minister Shinzo Abe", "Abe"],
        "Hirokazu Matsuno": ["Japan's top government spokesman"],
        "Nam Hye-rin": ["Nam Hye-rin, a senior researcher at the Hangang Peace Institute"],
        "Office of the President of South Korea": ["the presidential office", "his office"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("pending issues,", "partial", "Office of the President of South Korea", "According to"),
        (DIST, "direct", None, "told reporters"),
        ("more active and constructive", "partial", "Yoon Suk Yeol", "asked"),
        ("Seoul has now sat at every table", "direct", "Nam Hye-rin", "said"),
    ],
    statements=[
        (OFFICE, ["Yoon Suk Yeol", "Fumio Kishida", "Office of the President of South Korea"], "condemned"),
        (PENDING, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (ADD, [None], "told reporters"),
        (TOKYO, ["Government of Japan"], "maintains"),
        (TRI, ["Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"], "agreed"),
        (ASKED, ["Yoon Suk Yeol", "Xi Jinping", "Office of the President of South Korea"], "asked"),
        (ANN, ["Hirokazu Matsuno"], "announced"),
        (PROP, ["Yoon Suk Yeol"], "proposing"),
    ],
    timexes=[
        ("16:20 November 16, 2022", "2022-11-16T16:20", None),
        ("Nov. 16", "2022-11-16", None),
        ("returned home [[Wednesday]]", "2022-11-16", None),
        ("six-day", "P6D", None),
        ("shortly before 1 a.m.", "2022-11-16T01:00", "APPROX"),
        ("45-minute", "PT45M", None),
        ("held [[Sunday]] at a hotel", "2022-11-13", None),
        ("since [[December 2019]]", "2019-12", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("New York in [[September]]", "2022-09", None),
        ("1910-45", "1910/1945", None),
        ("reporters on [[Wednesday]]", "2022-11-16", None),
        ("a [[1965]] treaty", "1965", None),
        ("[[2018]] rulings", "2018", None),
        ("Later Sunday", "2022-11-13", None),
        ("five months earlier", "2022-06", None),
        ("one week", "P1W", None),
        ("On Tuesday", "2022-11-15", None),
        ("nearly three years", "P3Y", "APPROX"),
        ("Thursday morning", "2022-11-17TMO", None),
        ("the evening", "2022-11-17TEV", None),
        ("meeting on [[Monday]]", "2022-11-14", None),
        ("Beijing in [[December 2019]]", "2019-12", None),
        ("Saturday's", "2022-11-12", None),
    ],
    summits=[
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits",
             evidence=[LEDE, YK, OFFICE, PENDING, ADD]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[YK]),
        dict(date="2022-09", place="New York", country="US", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="the U.N. General Assembly", evidence=[NY]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[LATER]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH", participants=["Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[LATER, TRI]),
        dict(date="2022-06", place="Madrid", country="ES", participants=["Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion="NATO summit", evidence=[MADRID]),
        dict(date="2022-11-15", place="Bali", country="ID", participants=["Yoon Suk Yeol", "Xi Jinping"],
             kind="sidelines", ordinal=1, status="held", occasion="G20", evidence=[LEDE, PLANE, XI, ASKED]),
        dict(date="2022-11-17", place="Bangkok", country="TH", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=1, status="planned", occasion="APEC", evidence=[KX, ANN]),
        dict(date="2019-12", place="Beijing", country="CN", participants=["Xi Jinping", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ABE]),
    ],
    agreements=[
        dict(title="strengthen three-way security cooperation with the United States", kind="commitment",
             date="2022-11-13", parties=["JP", "KR"], status="agreed", evidence=[OFFICE]),
        dict(title="seek a U.N. Security Council response to the North's programs", kind="commitment",
             date="2022-11-13", parties=["JP", "KR"], status="agreed", evidence=[OFFICE]),
        dict(title="continue discussions for a swift resolution of pending issues (forced labor)", kind="commitment",
             date="2022-11-13", parties=["JP", "KR"], status="agreed", evidence=[PENDING, ADD]),
        dict(title="1965 treaty (claims)", kind="treaty", date="1965", parties=["JP", "KR"], status="referenced",
             evidence=[TOKYO]),
        dict(title="Phnom Penh trilateral statement", kind="joint-statement", date="2022-11-13",
             parties=["JP", "KR", "US"], status="agreed", evidence=[TRI]),
        dict(title="share North Korean missile warning data in real time", kind="commitment", date="2022-11-13",
             parties=["JP", "KR", "US"], status="agreed", evidence=[TRI]),
        dict(title="launch a three-way dialogue on economic security", kind="commitment", date="2022-11-13",
             parties=["JP", "KR", "US"], status="agreed", evidence=[TRI]),
        dict(title="South Korea-China-Japan dialogue mechanism including a leaders' meeting", kind="commitment",
             date="2022-11-12", parties=["CN", "JP", "KR"], status="proposed", evidence=[PROP]),
    ],
    notes=[
        "Invented Korean wire story (agency 'HNA', Yonhap style; reporter Baek Seo-yun, researcher Nam Hye-rin and the 'Hangang Peace Institute' invented; headline, stamp, ATTN line, byline, dateline prefix and '(END)' are furniture; stamp and dateline are annotated). All quotes are invented, including the senior official's words (a rewording of a reported remark) and the fragment attributed to Yoon ('more active and constructive', echoing KBS's summary); the landing time is invented.",
        "Real facts, checked on stored pages: en.yna.co.kr AEN20221113001700315 (Yoon-Kishida summit on Sunday in Phnom Penh on the sidelines of ASEAN gatherings; condemned missile launches; agreed to strengthen trilateral security cooperation with the U.S. and to seek a UNSC response; 'pending issues', agreed to continue discussions for a swift resolution; 1910-45; 1965 treaty); world.kbs.co.kr Seq_Code 68767 (45 minutes, at a hotel); arabnews.jp (Jiji: first formal summit; New York meeting of 30 minutes described as informal); english.kyodonews.net (last formal meeting of leaders in December 2019); koreatimesus (presidential official on Wednesday: the gap greatly reduced, move quickly; 2018 court ruling); news.kbs.co.kr 5600901 (trilateral in Phnom Penh, first comprehensive joint statement; real-time missile warning data sharing; trilateral economic security dialogue; first in five months; Yoon to Bali); exbulletin (CNN: Biden to meet Kishida and Yoon individually before the trilateral; Madrid in June); news.kbs.co.kr 5602832 and en.yna.co.kr AEN20221115002754315 (Yoon-Xi on Tuesday in Bali, first Korea-China summit in three years; Yoon urged a more active and constructive role; Xi called for communication; Yoon returned Wednesday); nationthailand.com 40022074 and japannews.yomiuri 20221117-71434 (Matsuno announced Kishida-Xi on the 17th on Monday; Kishida left Bali Thursday morning; summit scheduled for 6:30 p.m. in Bangkok; Xi's last talks with a Japanese PM: Abe in Beijing, December 2019); observerbd.com 392702 (Yoon's Saturday proposal of a three-way mechanism with China and Japan including a leaders' summit). From general knowledge: Moon-Abe in Chengdu in December 2019 as the last formal Korea-Japan summit; the six-day trip (11-16 November); Seoul Air Base.",
        "Summits (9): Yoon-Kishida in Phnom Penh (first formal summit; no ordinal, since the informal New York talks were their first meeting), Moon-Abe in Chengdu, the informal New York talks (recorded, as d8_06 does), Yoon-Biden, the trilateral, Madrid (told through 'five months earlier'), Yoon-Xi (ordinal 1, 'first in-person talks'), the planned Kishida-Xi in Bangkok (ordinal 1, 'his own first summit with Xi'), Abe-Xi in Beijing December 2019. Not summits: the G20 and ASEAN gatherings, Biden-Xi (not mentioned).",
        "Agreements (8): three JP-KR commitments (two from 'agreed to ... and agreed to ...', one from the next sentence, with the official's remark as second evidence); the 1965 treaty; the trilateral statement and two trilateral commitments from 'agreed to A and to B'; Yoon's proposal of a three-way mechanism (proposed). Not agreements: the 2018 court rulings, Seoul's search for a formula (unilateral).",
        "Timexes: 'five months earlier' points to the Madrid meeting (2022-06), as the unseen16 convention; 'shortly before 1 a.m.' = 2022-11-16T01:00 APPROX; 'the evening' = 2022-11-17TEV; 'nearly three years' = P3Y APPROX; 'one week' inside the quote = P1W.",
    ],
)
