# ruff: noqa: E501
CABINET = "Minister Kishida explained that the Cabinet had decided"
REQUEST = "Minister Kishida requested the ROK side's continued efforts"
SHARED = "The two Ministers shared the view that both governments"
NK = "The two Ministers condemned the launch this morning"
HOST = "Japan as the chair intends to host"
TRI = "At the trilateral meeting, the three Ministers had agreed"
R1 = "- November 1, 2015: Sixth"
R2 = "- November 2, 2015: Japan-ROK Summit Meeting (Seoul)"
R3 = "- December 28, 2015: Japan-ROK Foreign"
R4 = "- March 31, 2016: Japan-ROK Summit Meeting and"

GOLD = dict(
    published="2016-08-24",
    furniture=[
        "Japan-Republic of Korea Relations\nJapan-ROK Foreign Ministers' Meeting\nAugust 24, 2016",
        "1. General remarks",
        "2. The comfort women issue",
        "3. North Korea",
        "4. Japan-China-ROK cooperation",
        "5. Other matters",
        "(Reference) Recent high-level exchanges",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Mr. Fumio Kishida, Minister for Foreign Affairs of Japan", "Minister Kishida"],
        "Yun Byung-se": ["Mr. Yun Byung-se, Minister of Foreign Affairs of the Republic of Korea", "Minister Yun", "his"],
        "Wang Yi": ["Chinese Foreign Minister Wang Yi"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Prime Minister Abe"],
        "Park Geun-hye": ["President Park Geun-hye"],
        "Li Keqiang": ["Premier Li Keqiang"],
        "Barack Obama": [],
    },
    quotes=[],
    statements=[
        ("Minister Kishida welcomed Minister Yun to Tokyo and stated", ["Fumio Kishida"], "stated"),
        ("Minister Yun thanked Minister Kishida", ["Yun Byung-se"], "expressed"),
        (CABINET, ["Fumio Kishida"], "explained"),
        (REQUEST, ["Fumio Kishida"], "requested"),
        (SHARED, ["Fumio Kishida", "Yun Byung-se"], "shared the view"),
        (NK, ["Fumio Kishida", "Yun Byung-se"], "condemned"),
        ("Minister Kishida also sought", ["Fumio Kishida"], "sought"),
        ("Minister Kishida stated that, building on", ["Fumio Kishida"], "stated"),
        ("Minister Yun expressed support.", ["Yun Byung-se"], "expressed"),
        (TRI, ["Fumio Kishida", "Yun Byung-se", "Wang Yi"], "agreed"),
        ("Minister Kishida conveyed Japan's position", ["Fumio Kishida"], "conveyed"),
    ],
    timexes=[
        ("Meeting\n[[August 24, 2016]]", "2016-08-24", None),
        ("Wednesday, August 24", "2016-08-24", None),
        ("around 2:15 p.m.", "2016-08-24T14:15", "APPROX"),
        ("approximately 50 minutes", "PT50M", "APPROX"),
        ("earlier in the day", "2016-08-24", None),
        ("earlier today", "2016-08-24", None),
        ("the end of July", "2016-07", "END"),
        ("December 28 last year", "2015-12-28", None),
        ("launch [[this morning]]", "2016-08-24TMO", None),
        ("[[today]]'s trilateral meeting", "2016-08-24", None),
        ("within this year", "2016", None),
        ("by [[the end of the year]]", "2016", "END"),
        ("Abe [[this evening]]", "2016-08-24TEV", None),
        ("- [[November 1, 2015]]", "2015-11-01", None),
        ("- [[November 2, 2015]]", "2015-11-02", None),
        ("- [[December 28, 2015]]", "2015-12-28", None),
        ("- [[March 31, 2016]]", "2016-03-31", None),
        ("- [[August 12, 2016]]", "2016-08-12", None),
    ],
    summits=[
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral", ordinal=6,
             status="held", evidence=[R1]),
        dict(date="2015-11-02", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="held", evidence=[R2]),
        dict(date="2016-03-31", place="Washington, D.C.", country="US",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="sidelines", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[R4]),
        dict(date="2016-03-31", place="Washington, D.C.", country="US",
             participants=["Shinzo Abe", "Park Geun-hye", "Barack Obama"], kind="trilateral", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[R4]),
        dict(date="2016", place=None, country="JP",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="planned", evidence=[HOST, TRI]),
    ],
    agreements=[
        dict(title="agreement on the comfort women issue announced on December 28, 2015", kind="joint-statement",
             date="2015-12-28", parties=["JP", "KR"], status="referenced", evidence=[CABINET, REQUEST, SHARED, R3]),
        dict(title="coordinate closely, together with the United States, on a response to North Korea including at the UN Security Council",
             kind="commitment", date="2016-08-24", parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="work toward holding the Japan-China-ROK summit in Japan by the end of the year", kind="commitment",
             date="2016-08-24", parties=["JP", "KR", "CN"], status="agreed", evidence=[TRI]),
        dict(title="lead international efforts, including at the Security Council, to urge North Korea to refrain from provocations",
             kind="commitment", date="2016-08-24", parties=["JP", "KR", "CN"], status="agreed", evidence=[TRI]),
    ],
    notes=[
        "Invented readout in the style of Japan's Ministry of Foreign Affairs (section line, title, date line, numbered items, '(Reference)' list). The wording is invented, not a real document; the title block, headings and the '(Reference)' heading are furniture, the date line is annotated. Invented or unchecked details: the abductions and Takeshima items' wording, Yun's 'expressed support'.",
        "Facts checked on stored pages: mofa.go.jp/a_o/na/kr/page4e_000502.html (Kishida-Yun meeting on 24 August 2016 from around 2:15 p.m. for about 50 minutes during Yun's visit for the trilateral foreign ministers' meeting; Cabinet decision the same day to expend one billion yen; request on the statue; Kishida stressed Japan-ROK and Japan-U.S.-ROK coordination; Yun congratulated him on the trilateral meeting); mofa.go.jp page4e_000490 (12 August 2016 telephone talk; foundation established at the end of July); mofa.go.jp page4e_000493 (Abe received Wang Yi and Yun at 6:15 p.m.; SLBM launch that day; Abe wants to host the trilateral summit in Japan this year); mofa.go.jp kaiken4e_000294 (Kishida's press conference: SLBM launch that morning; the three countries to lead international efforts including the UNSC); larouchepub.com 160824 (ministers pledged a trilateral summit by the end of the year); oananews.org 402257 and en.yna.co.kr AEN20160329000253315 (Park-Abe bilateral and the Japan-U.S.-ROK trilateral in Washington on 31 March 2016 at the Nuclear Security Summit); japan-press.co.jp and jmh.usembassy.gov (Seoul summits of 1 and 2 November 2015). General knowledge: the Seoul summit of 2015 was the sixth trilateral summit; the agreement was announced on 28 December 2015 in Seoul.",
        "Readout convention: sentences in which a minister states, explains, requests, conveys or expresses are statements; 'shared the view' is a statement, not an agreement; 'confirmed that Japan and the ROK will coordinate closely' is an agreed commitment (MOFA's 'confirmed'). The cabinet decision to disburse one billion yen is a unilateral implementing measure, not a separate agreement.",
        "Summits (5): the sixth trilateral (ordinal 6, stated) and the Abe-Park summit in Seoul, the Abe-Park and Japan-U.S.-ROK meetings in Washington on 31 March 2016 (Obama not named: participant from the public record, as unseen16), the trilateral summit planned in Japan within the year. Not summits: the foreign ministers' meetings and telephone talk, the courtesy call on Abe this evening.",
        "Agreements (4): the December 2015 agreement (joint statement), the Japan-ROK commitment on North Korea, two trilateral commitments agreed by the foreign ministers in one sentence (split by course of action).",
        "Timexes: 'around 2:15 p.m.' = T14:15 APPROX; 'by the end of the year' = 2016 END; 'within this year' = 2016; dates in the reference list are annotated.",
    ],
)
