# ruff: noqa: E501
LEDE = "President Moon Jae-in joined the leaders of Southeast Asia"
ADOPT = "At its close, the 13 countries adopted a joint statement"
PROP = "He proposed that the 13 countries"
LAST = "The two leaders last met in person on Dec. 24"
AGR = "At that meeting, Moon and Abe agreed"
XI = "A day earlier, Moon had been received"
TRI = "South Korea is due to host the next Korea-China-Japan summit"
ASEAN3 = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "CN", "JP", "KR"]
GOLD = dict(
    published="2020-04-14",
    furniture=[
        "Moon, Abe share a screen, not a room, at virtual ASEAN Plus Three summit\nWrite: 2020-04-14 21:05:12 | Update: 2020-04-14 22:31:40\nKTN WORLD | Politics",
        "Related: Japan extends entry restrictions on South Koreans through end of May",
        "Copyright (c) KTN WORLD. All rights reserved.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "He", "he"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Nguyen Xuan Phuc": ["Vietnamese Prime Minister Nguyen Xuan Phuc"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Kang Min-seok": ["presidential spokesperson Kang Min-seok", "Kang"],
    },
    quotes=[
        ("No country can get through this crisis", "direct", "Moon Jae-in", "told"),
        ("essential", "partial", "Moon Jae-in", "proposed"),
        ("was not considered", "partial", None, "said"),
    ],
    statements=[
        ('"No country can get through', ["Moon Jae-in"], "told"),
        (PROP, ["Moon Jae-in", "Kang Min-seok"], "proposed"),
        ("Kang did not say how", ["Kang Min-seok"], "did not say"),
        ("A Cheong Wa Dae official said", [None], "said"),
        (AGR, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (TRI, [None], "say"),
    ],
    timexes=[
        ("Write: [[2020-04-14 21:05:12]]", "2020-04-14T21:05:12", None),
        ("Update: [[2020-04-14 22:31:40]]", "2020-04-14T22:31:40", None),
        ("on Tuesday", "2020-04-14", None),
        ("in December", "2019-12", None),
        ("4 p.m. Seoul time", "2020-04-14T16:00", None),
        ("about two hours", "PT2H", "APPROX"),
        ("in March", "2020-03", None),
        ("Dec. 24", "2019-12-24", None),
        ("A day earlier", "2019-12-23", None),
        ("summit [[this year]]", "2020", None),
        ("this spring", "2020-SP", None),
        ("March 26", "2020-03-26", None),
    ],
    summits=[
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="Korea-China-Japan trilateral summit", evidence=[LEDE, LAST, AGR]),
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[LAST]),
        dict(date="2019-12-23", place="Beijing", country="CN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[XI]),
        dict(date="2020", place=None, country="KR", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="Joint Statement of the Special ASEAN Plus Three Summit on COVID-19", kind="joint-statement",
             date="2020-04-14", parties=ASEAN3, status="agreed", evidence=[ADOPT]),
        dict(title="let essential business travelers keep crossing borders (Moon's proposal)", kind="commitment",
             date="2020-04-14", parties=ASEAN3, status="proposed", evidence=[PROP]),
        dict(title="seek a solution to the labor and export control disputes through dialogue", kind="commitment",
             date="2019-12-24", parties=["JP", "KR"], status="referenced", evidence=[AGR]),
    ],
    notes=[
        "Invented Korean broadcaster web story (outlet 'KTN WORLD'; headline, Write/Update line, section line, related link and copyright are furniture; the stamps are annotated). Moon's direct quote and the official's partial quote are invented wordings; the spokesperson's account is paraphrased. Stamp times are invented.",
        "Real facts checked on stored pages: world.kbs.co.kr Seq_Code 152733 (Moon to attend the special ASEAN Plus Three video summit on Tuesday 14 April 2020 at 4 p.m.; he would stress supply chains and 'essential' business exchanges; a joint declaration to be adopted); aseanprnetwork.org (Joint Statement of the Special APT Summit, 14 April 2020, chaired by Nguyen Xuan Phuc); cariasean.org and vietmaz.com (commitments to timely and transparent information exchange); cm.asiae.co.kr 2020112304033626325 (G20 special summit on 26 March 2020). From the titles of other corpora and general knowledge: Chengdu talks and trilateral on 24 Dec 2019, Moon-Xi in Beijing on 23 Dec 2019, the agreement to seek dialogue, Japan's entry restrictions of March 2020 and Seoul's visa-waiver suspension, Korea as 2020 trilateral host, the postponement of Xi's spring state visit to Japan, Kang Min-seok as spokesperson. The 'two hours' and the engineers/investors detail are invented approximations.",
        "Summits (4): Chengdu Moon-Abe (sidelines of the trilateral), Chengdu trilateral (Li Keqiang), Moon-Xi in Beijing ('A day earlier'), the planned trilateral in Korea this year. Not summits: the video summits (ASEAN Plus Three, G20), the 'bilateral video call' not considered, Xi's state visit to Japan (put off, no date: not recorded as planned).",
        "Agreements (3): the APT joint statement (13 parties: ten ASEAN members, China, Japan, Korea), Moon's proposal on business travel (proposed), the Chengdu commitment (referenced). Not agreements: Japan's entry curbs and Seoul's visa suspension (unilateral measures).",
        "Timexes: 'this spring' = 2020-SP; '4 p.m. Seoul time' = 2020-04-14T16:00; 'A day earlier' = 2019-12-23. 'end of May' in the related-link line is furniture and not annotated.",
    ],
)
