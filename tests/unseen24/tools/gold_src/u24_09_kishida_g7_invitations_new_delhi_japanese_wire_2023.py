# ruff: noqa: E501
LEDE = "Prime Minister Fumio Kishida said Monday that he will invite"
MODI = "Speaking to reporters in the Indian capital after talks with Indian Prime Minister Narendra Modi"
SEOUL = "In Seoul, a spokesperson for Yoon's office described the invitation"
OFFICIALS = "Officials there did not rule out a meeting"
TOKYO = "At their Tokyo meeting on Thursday"
GSOMIA = "Yoon also announced that Seoul would fully normalize"
GOVTS = "The two governments agreed as well to resume security talks"
DECL = "Kishida told the joint news conference that Tokyo would uphold"
VISIT = "Kishida said he would consider a visit to South Korea"
NODA = "The last time a Japanese prime minister traveled to South Korea for bilateral talks"
TALKS = "Kishida's talks with Modi focused on"

GOLD = dict(
    published="2023-03-20",
    furniture=[
        "Kishida to invite S. Korea's Yoon, 7 other leaders to Hiroshima G7\nHibiya Press | 2023/03/20-22:47 JST",
        "New Delhi, March 20 (Hibiya Press)--",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida", "he"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk-yeol", "Yoon", "Yoon Suk-yeol"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi", "Modi"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Yoshihiko Noda": ["Yoshihiko Noda"],
        "Lee Myung-bak": ["President Lee Myung-bak"],
    },
    quotes=[
        ("To address energy and food security", "direct", "Fumio Kishida", "said"),
        ("a positive step", "partial", None, "described"),
        ("at an appropriate time,", "partial", "Fumio Kishida", "said"),
    ],
    statements=[
        (LEDE, ["Fumio Kishida"], "said"),
        (MODI, ["Fumio Kishida"], "said"),
        (SEOUL, [None], "described"),
        (OFFICIALS, [None], "said"),
        (TOKYO, ["Fumio Kishida", "Yoon Suk Yeol"], "agreed"),
        (GSOMIA, ["Yoon Suk Yeol"], "announced"),
        (DECL, ["Fumio Kishida", "Yoon Suk Yeol"], "told"),
        (VISIT, ["Fumio Kishida"], "said"),
    ],
    timexes=[
        ("2023/03/20-22:47 JST", "2023-03-20T22:47", None),
        ("New Delhi, [[March 20]]", "2023-03-20", None),
        ("said [[Monday]]", "2023-03-20", None),
        ("Hiroshima in [[May]]", "2023-05", None),
        ("four days after", "2023-03-20", None),
        ("May 19-21", "2023-05-19/2023-05-21", None),
        ("last week's", "2023-W11", None),
        ("meeting on [[Thursday]]", "2023-03-16", None),
        ("about 12 years", "P12Y", "APPROX"),
        ("in [[2019]]", "2019", None),
        ("last held in [[2018]]", "2018", None),
        ("1998", "1998", None),
        ("1965", "1965", None),
        ("October 2011", "2011-10", None),
        ("this year's", "2023", None),
    ],
    summits=[
        dict(date="2023-03-20", place="New Delhi", country="IN", participants=["Fumio Kishida", "Narendra Modi"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MODI, TALKS]),
        dict(date="2023-03-16", place="Tokyo", country="JP", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE, SEOUL, TOKYO]),
        dict(date="2011-10", place="Seoul", country="KR", participants=["Yoshihiko Noda", "Lee Myung-bak"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[NODA]),
    ],
    agreements=[
        dict(title="restart shuttle diplomacy", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="General Security of Military Information Agreement", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA]),
        dict(title="resume security talks between foreign and defense officials", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="referenced", evidence=[GOVTS]),
        dict(title="set up a new dialogue on economic security", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="referenced", evidence=[GOVTS]),
        dict(title="1998 Japan-South Korea joint declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="1965 treaty that normalized ties", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
    ],
    notes=[
        "Invented Japanese wire (Hibiya Press) in Jiji style; headline, stamp and dateline prefix are furniture (stamp and dateline annotated). Kishida's direct quote is invented; 'a positive step' renders the reported reaction of Yoon's spokesperson; 'at an appropriate time' follows his reported wording. 'shuttle diplomacy' is a term, not a quote.",
        "Real facts, checked on stored pages: nippon.com yjj2023032001083 (Kishida in New Delhi on Monday 20 March: invitations to Yoon and the leaders of India, Indonesia, Australia, the Cook Islands, the Comoros, Brazil and Vietnam, seven international organizations including Guterres; energy and food security; Kishida and Yoon met in Tokyo on Thursday); vietnamnet.vn (meeting with Modi on 20 March; Global South; G7 on 19-21 May); world.kbs.co.kr 81568 (French: Yoon's spokesperson called the invitation a positive step; possible meetings with Kishida and Biden in Hiroshima); nhk.or.jp 20230316_41, kuwaitnewsgazette (KUNA) and news.kbs 7629092 (shuttle diplomacy; GSOMIA normalization announced by Yoon; security dialogue last held in 2018; economic security dialogue; 1998 declaration; 1965 treaty; first summit visit in 12 years); world.kbs 95495 (German: Kishida to consider visiting Korea at an appropriate time); korea.net 232198 and donga 20230503 (Noda's Seoul visit in October 2011); lokmattimes (India chairs the G20 in 2023). From general knowledge: GSOMIA's signing in November 2016 (dated as unseen16 does) and that Lee Myung-bak received Noda in October 2011.",
        "Summits (3): Kishida-Modi in New Delhi; Kishida-Yoon in Tokyo ('Thursday', 16 March); Noda's Seoul visit of October 2011 (Lee Myung-bak from the public record). Not summits: the Hiroshima G7 (a gathering), a possible Yoon-Kishida or three-way meeting there ('nothing had been arranged'), Kishida's visit to Korea (no date).",
        "Agreements (6): three Tokyo commitments (shuttle diplomacy; security talks and economic-security dialogue split from one sentence), all referenced as last week's; GSOMIA (treaty, referenced; Yoon's announcement that Seoul would fully normalize it is a unilateral measure and not a separate record); the 1998 declaration and the 1965 treaty. 'four days after' points to 20 March.",
    ],
)
