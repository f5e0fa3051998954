# ruff: noqa: E501
OPEN = "On September 7, commencing at around 10:05 a.m."
SECOND = "This was the second Japan-ROK summit meeting since President Moon took office"
UNSC = "(2) The two leaders agreed to cooperate closely"
PERSUADE = "They further agreed to work together to persuade China and Russia"
TRI = "(4) The two leaders shared the view that coordination"
FUTURE = "(1) Prime Minister Abe stated that he wishes to build"
CW = "(2) Prime Minister Abe stated that the Japan-ROK Agreement"
INVITE = "(4) President Moon invited Prime Minister Abe"
TRISUM = "(5) Prime Minister Abe expressed his intention to host"
PUTIN = "On the same day, Prime Minister Abe held a summit meeting with Mr. Vladimir Putin"

GOLD = dict(
    published="2017-09-07",
    furniture=[
        "Japan-Republic of Korea Summit Meeting\nSeptember 7, 2017\nJapanese\nRelated Information (Japan-Republic of Korea Relations)",
        "Back to Japan-Republic of Korea Relations",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Mr. Shinzo Abe, Prime Minister of Japan", "Prime Minister Abe"],
        "Moon Jae-in": ["Mr. Moon Jae-in", "President Moon"],
        "Donald Trump": ["President Donald Trump"],
        "Vladimir Putin": ["Mr. Vladimir Putin"],
        "Taro Kono": ["Mr. Taro Kono, Minister for Foreign Affairs"],
        "Kang Kyung-wha": ["Ms. Kang Kyung-wha"],
    },
    quotes=[],
    statements=[
        ("(1) At the outset, the two leaders condemned", ["Shinzo Abe", "Moon Jae-in"], "condemned"),
        ("Prime Minister Abe stated that North Korea's actions", ["Shinzo Abe"], "stated"),
        (UNSC, ["Shinzo Abe", "Moon Jae-in"], "agreed"),
        (PERSUADE, ["Shinzo Abe", "Moon Jae-in"], "agreed"),
        ("(3) President Moon stated that the situation", ["Moon Jae-in"], "stated"),
        (TRI, ["Shinzo Abe", "Moon Jae-in"], "shared the view"),
        ("Prime Minister Abe also sought President Moon's understanding", ["Shinzo Abe", "Moon Jae-in"], "expressed"),
        (FUTURE, ["Shinzo Abe", "Moon Jae-in"], "stated"),
        (CW, ["Shinzo Abe"], "stated"),
        ("President Moon explained the position", ["Moon Jae-in"], "explained"),
        ("(3) President Moon said that the two countries", ["Moon Jae-in"], "said"),
        (INVITE, ["Moon Jae-in"], "invited"),
        ("Prime Minister Abe expressed his appreciation", ["Shinzo Abe"], "expressed"),
        (TRISUM, ["Shinzo Abe"], "expressed"),
        ("President Moon stated that he would consider", ["Moon Jae-in"], "stated"),
    ],
    timexes=[
        ("Summit Meeting\n[[September 7, 2017]]", "2017-09-07", None),
        ("On [[September 7]], commencing", "2017-09-07", None),
        ("around 10:05 a.m.", "2017-09-07T10:05", "APPROX"),
        ("approximately 50 minutes", "PT50M", "APPROX"),
        ("took office in [[May]]", "2017-05", None),
        ("July 7", "2017-07-07", None),
        ("September 3", "2017-09-03", None),
        ("August 29", "2017-08-29", None),
        ("July 6", "2017-07-06", None),
        ("December 2015", "2015-12", None),
        ("February next year", "2018-02", None),
        ("On the same day", "2017-09-07", None),
    ],
    summits=[
        dict(date="2017-09-07", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[OPEN, SECOND]),
        dict(date="2017-07-07", place="Hamburg", country="DE", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="G20 Summit", evidence=[SECOND]),
        dict(date="2017-07-06", place="Hamburg", country="DE", participants=["Shinzo Abe", "Moon Jae-in", "Donald Trump"],
             kind="trilateral", ordinal=None, status="held", occasion="G20 Summit", evidence=[TRI]),
        dict(date="2017-09-07", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=19, status="held", occasion="Eastern Economic Forum", evidence=[PUTIN]),
    ],
    agreements=[
        dict(title="cooperate toward a new UN Security Council resolution with stronger measures including oil supply restrictions",
             kind="commitment", date="2017-09-07", parties=["JP", "KR"], status="agreed", evidence=[UNSC]),
        dict(title="work together to persuade China and Russia to join the measures", kind="commitment",
             date="2017-09-07", parties=["JP", "KR"], status="agreed", evidence=[PERSUADE]),
        dict(title="advance forward-looking exchanges while managing history issues stably", kind="commitment",
             date="2017-09-07", parties=["JP", "KR"], status="agreed", evidence=[FUTURE]),
        dict(title="Japan-ROK Agreement of December 2015 on the comfort women issue", kind="joint-statement",
             date="2015-12", parties=["JP", "KR"], status="referenced", evidence=[CW]),
        dict(title="invitation to visit the ROK for the PyeongChang Winter Games", kind="commitment",
             date="2017-09-07", parties=["JP", "KR"], status="proposed", evidence=[INVITE]),
        dict(title="request that Moon visit Japan for the Japan-China-ROK Trilateral Summit", kind="commitment",
             date="2017-09-07", parties=["JP", "KR"], status="proposed", evidence=[TRISUM]),
    ],
    notes=[
        "Invented readout in the style of the Japanese foreign ministry (title, date line, language and related-information links and the 'Back to' line are furniture; the date line is annotated). The wording is the annotator's own; the start time (around 10:05 a.m.) is invented; the meeting's length (about 50 minutes) is from world.kbs.co.kr Seq_Code=47189 (Indonesian service).",
        "Real facts checked on stored pages: koreaherald.com ud=20170907000883 (Moon-Abe on the sidelines of the Eastern Economic Forum in Vladivostok on Thursday 7 September 2017; agreed to push for tougher UNSC sanctions including cutting crude oil supply and to persuade China and Russia; foreign ministers met separately); m.koreaherald.com ud=20170906000291 (Moon's two-day visit, Moon-Putin on 6 September, Moon-Abe on Thursday; Hamburg G20 in July); world.kbs.co.kr Seq_Code=47189 (50 minutes; future-oriented exchanges while managing history stably; Abe asked Moon to attend the trilateral in Tokyo; Moon hoped Abe would come to PyeongChang; ageing, low birthrates, fourth industrial revolution); japan.kantei.go.jp/98_abe/actions/201711/10article1.html (the Da Nang meeting of 10 November 2017 was Abe's 20th with Putin, so Vladivostok was the 19th). General knowledge: first Moon-Abe summit at Hamburg on 7 July 2017 and the Trump-Moon-Abe dinner on 6 July (also in the titles of other corpora); the nuclear test of 3 September and the missile over Japan of 29 August 2017; Kono and Kang as ministers.",
        "Summits (4): Vladivostok Abe-Moon (sidelines of the Eastern Economic Forum; 'the second ... since President Moon took office' is a count within a window, no ordinal); Hamburg 7 July (sidelines, G20); Hamburg trilateral dinner 6 July; Abe-Putin '19th meeting' (ordinal 19). Not summits: the foreign ministers' meeting; the trilateral summit Abe wants to host 'at an early date' (no date); the PyeongChang visit (an invitation).",
        "Agreements (6): three commitments split by course of action (UNSC resolution; persuading China and Russia; forward-looking exchanges); the 2015 comfort women agreement (joint-statement, referenced); two proposals: Moon's PyeongChang invitation and Abe's request that Moon come to Japan for the trilateral summit (a visit request between the two, recorded as proposed, debatable). Not agreements: 'shared the view' on trilateral coordination; Moon's support on abductions.",
        "No quotation marks: a readout; statements carry the leaders' reported words. The Putin meeting is in the '(Reference)' section, which is text, not furniture.",
    ],
)
