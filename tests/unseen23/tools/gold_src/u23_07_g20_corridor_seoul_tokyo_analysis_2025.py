# ruff: noqa: E501
LEDE = "When President Lee Jae Myung and Prime Minister Sanae Takaichi sat down"
GYE = "They had first met on Oct. 30 in Gyeongju"
JBG = "In Johannesburg, according to Lee's office"
LI = "Lee then saw Chinese Premier Li Qiang"
TAK = "Takaichi, by her own account"
HAM = "Moon Jae-in and Shinzo Abe held their first summit"
DEL = "In New Delhi on Sept. 10, 2023"
HGZ = "In Hangzhou in September 2016"
GOLD = dict(
    published="2025-11-25",
    furniture=[
        "ANALYSIS | The G20 corridor where Seoul and Tokyo keep finding each other\nPublished: 25 Nov. 2025, 18:10 | Updated: 25 Nov. 2025, 19:02\nBy Yoo Da-hye, diplomatic correspondent\nThe Seongbuk Ledger",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi", "her"],
        "Li Qiang": ["Chinese Premier Li Qiang", "Li"],
        "Moon Jae-in": [],
        "Shinzo Abe": ["Abe"],
        "Yoon Suk Yeol": [],
        "Fumio Kishida": [],
        "Park Geun-hye": [],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Choi Seo-yeon": ["a researcher at the Bukchon Institute for Asian Affairs"],
        "Office of the President of South Korea": ["Lee's office"],
    },
    quotes=[
        ("The corridor is useful precisely", "direct", "Choi Seo-yeon", "said"),
        ("But a corridor does not carry", "direct", "Choi Seo-yeon", None),
    ],
    statements=[
        (GYE, ["Lee Jae Myung", "Sanae Takaichi"], "agreed"),
        (JBG, ["Lee Jae Myung", "Sanae Takaichi", "Office of the President of South Korea"], "reaffirmed"),
        (LI, ["Lee Jae Myung"], "told"),
        (TAK, ["Sanae Takaichi"], "by her own account"),
        (HAM, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        ('"The corridor is useful', ["Choi Seo-yeon"], "said"),
    ],
    timexes=[
        ("Published: [[25 Nov. 2025, 18:10]]", "2025-11-25T18:10", None),
        ("Updated: [[25 Nov. 2025, 19:02]]", "2025-11-25T19:02", None),
        ("on Sunday", "2025-11-23", None),
        ("less than a month", "P1M", "LESS_THAN"),
        ("Oct. 30", "2025-10-30", None),
        ("July 7, 2017", "2017-07-07", None),
        ("Two years later", "2019", None),
        ("about eight seconds", "PT8S", "APPROX"),
        ("Sept. 10, 2023", "2023-09-10", None),
        ("some 20 minutes", "PT20M", "APPROX"),
        ("September 2016", "2016-09", None),
        ("two days later", "2016-09", None),
        ("Next year's", "2026", None),
        ("2028", "2028", None),
    ],
    summits=[
        dict(date="2025-11-23", place="Johannesburg", country="ZA", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="sidelines", ordinal=2, status="held", occasion="G20", evidence=[LEDE, JBG]),
        dict(date="2025-10-30", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[GYE]),
        dict(date="2025-11-23", place="Johannesburg", country="ZA", participants=["Lee Jae Myung", "Li Qiang"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[LI]),
        dict(date="2017-07-07", place="Hamburg", country="DE", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=1, status="held", occasion="G20", evidence=[HAM]),
        dict(date="2023-09-10", place="New Delhi", country="IN", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[DEL]),
        dict(date="2016-09", place="Hangzhou", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[HGZ]),
        dict(date="2016-09", place="Vientiane", country="LA", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[HGZ]),
    ],
    agreements=[
        dict(title="keep up shuttle diplomacy (Gyeongju), reaffirmed in Johannesburg", kind="commitment",
             date="2025-10-30", parties=["JP", "KR"], status="referenced", evidence=[GYE, JBG]),
        dict(title="future-oriented cooperation on the economy and security", kind="commitment",
             date="2025-11-23", parties=["JP", "KR"], status="agreed", evidence=[JBG]),
        dict(title="resume reciprocal visits (Hamburg)", kind="commitment",
             date="2017-07-07", parties=["JP", "KR"], status="referenced", evidence=[HAM]),
    ],
    notes=[
        "Invented analysis in a Seoul daily ('The Seongbuk Ledger'; headline, Published/Updated line, byline and outlet line are furniture; the stamps are annotated). The analyst, her institute and her words are invented. 'shuttle diplomacy' in quotation marks is a term, not a quote.",
        "Real facts checked on stored pages: koreaherald.com/article/10622369 (Lee met Takaichi and then Li Qiang on Sunday 23 Nov 2025 in Johannesburg; shuttle diplomacy and future-oriented cooperation in the economy and security; second meeting after Gyeongju on 30 Oct; Lee wished to visit Beijing), devdiscourse.com 3707437, english.adnkronos.com (Jiji: Takaichi had no opportunity to talk with Li), world.kbs.co.kr Seq_Code 79743 (G20 under U.S. presidency in 2026 and in South Korea in 2028), japantimes 2016/09/06 and businesskorea 15760 (Park-Xi in Hangzhou 5 Sept 2016). From the titles of other corpora and general knowledge: Hamburg 7 July 2017 (first Moon-Abe summit, reciprocal visits), the eight-second Osaka handshake (June 2019), New Delhi 10 Sept 2023 (about 20 minutes), Vientiane 7 Sept 2016.",
        "Summits (7): Johannesburg Lee-Takaichi (ordinal 2, 'their second meeting') and Lee-Li; Gyeongju (ordinal 1, 'first met'); Hamburg (ordinal 1); New Delhi; Hangzhou Park-Xi and Vientiane Park-Abe (the text gives only September 2016 and 'two days later': month precision). Not summits: the Osaka handshake, Takaichi-Li (no contact), Lee's hoped-for Beijing visit (a wish, no date).",
        "Agreements (3): the Gyeongju shuttle-diplomacy commitment (referenced; the reaffirmation in Johannesburg is a second mention of the same course), the Johannesburg pledge on future-oriented cooperation (agreed), the Hamburg commitment (referenced). Timexes: 'less than a month' = P1M LESS_THAN; 'Two years later' = 2019; 'two days later' = 2016-09 (only the month is known).",
    ],
)
