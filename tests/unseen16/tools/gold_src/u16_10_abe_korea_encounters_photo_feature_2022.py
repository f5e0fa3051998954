# ruff: noqa: E501
ROH = "He held talks with President Roh Moo-hyun on Oct. 9, 2006"
HAGUE = "Abe and President Park Geun-hye sit on either side"
HAGUE2 = "The three-way meeting, on the margins of the Nuclear Security Summit"
SEOUL = "Abe and Park shake hands at Cheong Wa Dae on Nov. 2, 2015"
DEAL = "Eight weeks later, their foreign ministers announced"
WASH = "Park and Abe meet again in Washington on March 31, 2016"
HAMBURG = "Abe greets President Moon Jae-in before their first talks"
PYC = "Abe and Moon meet in PyeongChang on Feb. 9, 2018"
TOKYO = "Three months later, Moon flew to Tokyo"
CHENGDU = "Abe and Moon face each other across the table in Chengdu"

GOLD = dict(
    published="2022-07-12",
    furniture=[
        "IN PHOTOS: Abe and Korea, from The Hague to Chengdu - and a president's visit to his altar in Seoul\n"
        "Posted: July 12, 2022, 19:30 KST\n"
        "Photo desk",
        "[1/9] ", "[2/9] ", "[3/9] ", "[4/9] ", "[5/9] ", "[6/9] ", "[7/9] ", "[8/9] ", "[9/9] ",
        "(Presidential Office)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon", "He"],
        "Shinzo Abe": ["former Japanese Prime Minister Shinzo Abe", "Abe"],
        "Han Duck-soo": ["Prime Minister Han Duck-soo"],
        "Roh Moo-hyun": ["President Roh Moo-hyun"],
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
    },
    quotes=[
        ("closest neighbors", "partial", "Yoon Suk Yeol", "wrote"),
    ],
    statements=[
        ("He wrote in the condolence book", ["Yoon Suk Yeol"], "wrote"),
        (ROH, ["Shinzo Abe", "Roh Moo-hyun"], "condemned"),
        (WASH, ["Park Geun-hye", "Shinzo Abe"], "pledge"),
        (HAMBURG, ["Shinzo Abe", "Moon Jae-in"], "agreed"),
        ("Abe resigned in September 2020, citing ill health", ["Shinzo Abe"], "citing"),
    ],
    timexes=[
        ("Posted: [[July 12, 2022, 19:30 KST]]", "2022-07-12T19:30", None),
        ("respects [[on Tuesday]]", "2022-07-12", None),
        ("dead [[on Friday]]", "2022-07-08", None),
        ("around 4 p.m. on Tuesday", "2022-07-12T16:00", "APPROX"),
        ("Oct. 9, 2006", "2006-10-09", None),
        ("March 25, 2014", "2014-03-25", None),
        ("Nov. 2, 2015", "2015-11-02", None),
        ("a day after", "2015-11-02", None),
        ("Eight weeks later", "2015-12", None),
        ("March 31, 2016", "2016-03-31", None),
        ("July 7, 2017", "2017-07-07", None),
        ("Feb. 9, 2018", "2018-02-09", None),
        ("Three months later", "2018-05", None),
        ("May 9", "2018-05-09", None),
        ("the same day", "2018-05-09", None),
        ("about eight seconds", "PT8S", "APPROX"),
        ("June 28, 2019", "2019-06-28", None),
        ("Dec. 24, 2019", "2019-12-24", None),
        ("September 2020", "2020-09", None),
    ],
    summits=[
        dict(date="2006-10-09", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Roh Moo-hyun"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[ROH]),
        dict(date="2014-03-25", place="The Hague", country="NL",
             participants=["Shinzo Abe", "Park Geun-hye", "Barack Obama"], kind="trilateral", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[HAGUE, HAGUE2]),
        dict(date="2015-11-02", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[WASH]),
        dict(date="2017-07-07", place="Hamburg", country="DE",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[HAMBURG]),
        dict(date="2018-02-09", place="PyeongChang", country="KR",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="sidelines", ordinal=None,
             status="held", occasion="PyeongChang Winter Olympics", evidence=[PYC]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2019-12-24", place="Chengdu", country="CN",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="sidelines", ordinal=None,
             status="held", occasion="Korea-Japan-China trilateral summit", evidence=[CHENGDU]),
        dict(date="2019-12-24", place="Chengdu", country="CN",
             participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[CHENGDU]),
    ],
    agreements=[
        dict(title="agreement on the comfort women issue announced by the foreign ministers", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced", evidence=[DEAL, WASH]),
        dict(title="revive shuttle diplomacy (Hamburg)", kind="commitment", date="2017-07-07",
             parties=["JP", "KR"], status="referenced", evidence=[HAMBURG]),
    ],
    notes=[
        "Invented photo feature of a Korean broadcaster's English site ('HNB News'); headline, posted line, desk line, photo counters and the first photo credit are furniture (the repeated '(HNB News file photo)' credits stay inside the caption sentences) (the posted stamp is annotated). Captions are written for this corpus; Yoon's partial 'closest neighbors' echoes the reported condolence note.",
        "Real background, checked on stored pages: koreaherald 2022-07-12, koreanewsgazette (Yonhap) and japannews.yomiuri 2022-07-14 (Yoon visited the memorial altar at the Japanese Embassy's public information and cultural center on Tuesday, arriving at 4 p.m., guided by Ambassador Koichi Aiboshi; condolence note on 'closest neighbors'; Abe shot on Friday in Nara during a stump speech; delegation led by Prime Minister Han Duck-soo); world.kbs.co.kr 2022-07-11; jimin.jp (Abe-Moon in PyeongChang on 9 February 2018); donga 2019-09-26 (Osaka handshake, seconds only); koreaherald 2017-07-07 (first Moon-Abe summit, Hamburg, shuttle diplomacy). From general knowledge or the project's other corpora' titles (not checked on a page): Abe-Roh in Seoul on 9 October 2006, the day of the North's first nuclear test; The Hague three-way meeting on 25 March 2014; the Seoul trilateral (1 November 2015) and first Park-Abe summit (2 November 2015); the 28 December 2015 agreement; Washington on 31 March 2016; Tokyo on 9 May 2018 (trilateral and bilateral); Chengdu on 24 December 2019; Abe's resignation in September 2020. The eight-second handshake length follows the project's other corpora; the Yonhap page says seven.",
        "Summits (11): Seoul 2006, The Hague 2014 (trilateral), Seoul 2015 (bilateral, ordinal 1 'their first bilateral summit', and the trilateral 'a day after'), Washington 2016, Hamburg 2017 (ordinal 1, 'their first talks'), PyeongChang 2018, Tokyo 2018 (trilateral and 'one-on-one talks ... the same day'), Chengdu 2019 (bilateral and trilateral). Not summits: Yoon's altar visit, the Osaka handshake ('No summit was held in Osaka'), the G20 and Olympics themselves, the memorial events.",
        "Agreements (2): the December 2015 agreement (joint-statement, referenced; 'the deal' in caption 5 is the same record) and the Hamburg shuttle-diplomacy commitment (referenced). Not agreements: Japan's export measures (unilateral), the joint condemnation of 2006 (a statement).",
        "Timexes: 'hours after' / 'hours before' and 'Days later' are vague spans and not annotated (as in unseen15); 'a day after a three-way summit' points to the bilateral's date (2 November 2015); 'Eight weeks later' = 2015-12; 'Three months later' = 2018-05; 'around 4 p.m. on Tuesday' = T16:00 APPROX; 'about eight seconds' = PT8S APPROX.",
    ],
)
