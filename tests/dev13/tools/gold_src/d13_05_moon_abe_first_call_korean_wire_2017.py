# ruff: noqa: E501
LEAD = "President Moon Jae-in told Japanese Prime Minister Shinzo Abe on Thursday"
RENEG = "Moon did not use the word"
CAMP = "During the campaign, Moon had vowed to renegotiate the deal"
WISE = "The two leaders agreed that historical issues should be handled"
TRI = "They also agreed to meet at an early date"
SUGA = "In Tokyo, Chief Cabinet Secretary Yoshihide Suga told a news conference"
HAMB = "Officials in both capitals said the first face-to-face meeting could come"
VIEN = "Park and Abe had last held talks in Vientiane"
SEOUL = "The two leaders' only stand-alone summit during Park's term"
DEAL = "The comfort women deal was announced by the two countries' foreign ministers"

GOLD = dict(
    published="2017-05-11",
    furniture=[
        "(LEAD) Moon tells Abe most Koreans cannot accept 'comfort women' deal in first phone talks",
        "(ATTN: ADDS Japanese government's account in paras 8-9, background in last 3 paras)",
        "SEOUL, May 11 (KPA) -- ",
        "yeon@kpa.co.kr",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "the president"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Yoon Young-chan": ["Yoon"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "Suga"],
        "Park Geun-hye": ["Park"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
    },
    quotes=[
        ("Frankly, most of our people are not able", "direct", "Moon Jae-in", "Yoon quoted Moon as saying"),
        ("wisely", "partial", None, "agreed"),
        ("The president said he saw a need", "direct", "Yoon Young-chan", "said"),
        ("extremely important", "partial", "Shinzo Abe", "had stressed"),
        ("cautious opinions", "partial", "Moon Jae-in", "had spoken of"),
    ],
    statements=[
        (LEAD, ["Moon Jae-in"], "told"),
        ("The 25-minute call began at 2:35 p.m.", ["Yoon Young-chan"], "according to"),
        (RENEG, ["Yoon Young-chan"], "said"),
        (CAMP, ["Moon Jae-in"], "had vowed"),
        (WISE, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (TRI, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (SUGA, ["Yoshihide Suga"], "told a news conference"),
        ("A senior Japanese official who briefed reporters said", [None], "said"),
        (HAMB, [None], "said"),
    ],
    timexes=[
        ("SEOUL, [[May 11]] (KPA)", "2017-05-11", None),
        ("Shinzo Abe on [[Thursday]]", "2017-05-11", None),
        ("a day earlier", "2017-05-10", None),
        ("25-minute", "PT25M", None),
        ("2:35 p.m.", "2017-05-11T14:35", None),
        ("accept the [[2015]] agreement", "2015", None),
        ("carry out the [[2015]] deal", "2015", None),
        ("trying to host since [[last year]]", "2016", None),
        ("early July", "2017-07", "START"),
        ("from office in [[March]]", "2017-03", None),
        ("September last year", "2016-09", None),
        ("Nov. 2, 2015", "2015-11-02", None),
        ("a day after", "2015-11-02", None),
        ("less than two months", "P2M", "LESS_THAN"),
        ("Dec. 28 that year", "2015-12-28", None),
        ("in [[January]] in protest", "2017-01", None),
        ("last month", "2017-04", None),
    ],
    summits=[
        dict(date="2016-09", place="Vientiane", country="LA",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the ASEAN-related summits", evidence=[VIEN]),
        dict(date="2015-11-02", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="planned", occasion="the Group of 20 summit", evidence=[HAMB]),
        dict(date="2017", place=None, country="JP",
             participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="2015 agreement on the 'comfort women' issue", kind="joint-statement", date="2015-12-28",
             parties=["JP", "KR"], status="referenced", evidence=[LEAD, RENEG, CAMP, SUGA, DEAL]),
        dict(title="handle historical issues wisely so they do not stand in the way of the relationship", kind="commitment",
             date="2017-05-11", parties=["JP", "KR"], status="agreed", evidence=[WISE]),
        dict(title="keep working together on North Korea's nuclear and missile programs", kind="commitment",
             date="2017-05-11", parties=["JP", "KR"], status="agreed", evidence=[WISE]),
        dict(title="hold a Japan-China-South Korea summit in Japan as soon as possible (Abe's proposal, accepted by Moon)", kind="commitment",
             date="2017-05-11", parties=["JP", "KR"], status="agreed", evidence=[TRI]),
    ],
    notes=[
        "Invented Korean wire story in Yonhap style. KPA and the e-mail line are fictional. Invented: the wording of Moon's quote as relayed by Yoon Young-chan (a rewording of the reported remark), Yoon Young-chan's second quote, the officials' remark on Hamburg.",
        "Facts checked on stored pages: koreaherald.com ud=20170511000876 (25-minute call from 2:35 p.m.; Yoon Young-chan's briefing; majority of people find it hard to accept the agreement; no mention of renegotiation); japantimes.co.jp 2017/05/11 (first call since Moon took office; 'cautious opinions'; Abe wants to host a trilateral summit in Tokyo as soon as possible and a bilateral meeting, Moon agreed; future-oriented ties, North Korea); straitstimes.com (Suga: 'extremely important' to implement the deal; 1 billion yen; both agreed to meet as soon as possible and hold a summit with China); chicagoshimpo.com Kyodo (Moon sworn in the day prior; 'astutely'/'wisely' resolve history issues). Public record and the project's other corpora (not re-checked here): Park's removal in March 2017, the Park-Abe talks in Vientiane in September 2016, the Seoul trilateral of Nov. 1 and Park-Abe summit of Nov. 2, 2015, the Dec. 28, 2015 agreement, the envoy's recall in January and return in April 2017, the G20 in Hamburg in early July 2017.",
        "Summits (5): Vientiane 2016-09 (sidelines), Seoul 2015-11-02 (bilateral), the Seoul trilateral 'a day' earlier (2015-11-01, Li Keqiang named), the first face-to-face Moon-Abe meeting floated for Hamburg (planned, 2017-07), the trilateral summit in Japan (planned; the text gives no date, so 2017 is used, debatable; Li Keqiang from the public record as China's participant). Not summits: the phone call.",
        "Agreements (4): the 2015 agreement (joint-statement per ANNOTATION.md, referenced, five evidence sentences); 'agreed that historical issues should be handled wisely ... and that the two countries should keep working together on North Korea' split into two commitments; Abe's proposal of a three-way summit in Japan, accepted by Moon (agreed commitment). Not recorded: 'agreed to meet at an early date' (convention of unseen15-16); Moon's campaign vow to renegotiate (unilateral).",
        "Quotes: 'wisely' belongs to the joint agreement as relayed (speaker null); 'extremely important' is Abe's word relayed by Suga (speaker Abe); 'renegotiation' is a word mentioned, not quoted speech, and 'comfort women' a term. Timexes: 'a day after' a trilateral summit points to the Seoul bilateral (2015-11-02); 'less than two months' = P2M LESS_THAN; 'since last year' annotated as 'last year' = 2016.",
    ],
)
