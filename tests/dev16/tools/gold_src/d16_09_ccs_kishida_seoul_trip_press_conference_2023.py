# ruff: noqa: E501
VISIT = "Prime Minister Kishida, if circumstances permit, will visit the Republic of Korea"
SCHED = "During the visit, he is scheduled to hold a Japan-ROK summit meeting"
TOKYO = "At the summit meeting held in Tokyo on March 16"
INV = "The upcoming visit is being arranged in response to the invitation"
GHANA = "The Prime Minister told reporters in Ghana yesterday"
LASTV = ("The last visit by a prime minister to the ROK was", "then President Moon Jae-in.")
NODA = "The last visit made for a bilateral purpose alone"
WD = ("Last week President Yoon and President Biden adopted", "which creates a Nuclear Consultative Group.")
KNEEL = "Separately, President Yoon told a U.S. newspaper"
D1998 = "The Government of Japan upholds the position of previous Cabinets"
C1965 = "Japan's position that the issue was settled completely and finally"
MARCH = ("The measures announced by the ROK Government in March", "toward restoring sound relations.")

GOLD = dict(
    published="2023-05-02",
    furniture=[
        "Press Conference by the Chief Cabinet Secretary (Excerpt)\nMay 2, 2023 (AM)\n[Provisional translation]",
        "Opening Statement",
        "Questions and Answers",
        "(End of excerpt)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Hirokazu Matsuno": ["CHIEF CABINET SECRETARY MATSUNO"],
        "Fumio Kishida": ["Prime Minister Kishida", "the Prime Minister", "he"],
        "Yoon Suk Yeol": ["His Excellency Mr. Yoon Suk Yeol, President of the Republic of Korea", "President Yoon"],
        "Joe Biden": ["President Biden"],
        "Shinzo Abe": ["Prime Minister Abe"],
        "Moon Jae-in": ["then President Moon Jae-in"],
        "Yoshihiko Noda": ["Prime Minister Noda"],
        "Lee Myung-bak": [],
    },
    quotes=[
        ("kneel", "partial", "Yoon Suk Yeol", "told"),
    ],
    statements=[
        (TOKYO, ["Fumio Kishida", "Yoon Suk Yeol"], "agreed"),
        (GHANA, ["Fumio Kishida"], "told reporters"),
        (WD, ["Yoon Suk Yeol", "Joe Biden"], "adopted"),
        (KNEEL, ["Yoon Suk Yeol"], "told"),
        (MARCH, ["Fumio Kishida"], "welcomed"),
    ],
    timexes=[
        ("May 2, 2023", "2023-05-02", None),
        ("Korea on [[May 7]]", "2023-05-07", None),
        ("May 7 and [[8]].", "2023-05-08", None),
        ("March 16", "2023-03-16", None),
        ("Ghana [[yesterday]]", "2023-05-01", None),
        ("May 19", "2023-05-19", None),
        ("May 19 to [[21]]", "2023-05-21", None),
        ("about 12 years", "P12Y", "APPROX"),
        ("February 2018", "2018-02", None),
        ("October 2011", "2011-10", None),
        ("Last week", "2023-W17", None),
        ("of [[1998]]", "1998", None),
        ("ROK Government in [[March]]", "2023-03", None),
        ("Claims of [[1965]]", "1965", None),
    ],
    summits=[
        dict(date="2023-05-07", place=None, country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[VISIT, SCHED, INV]),
        dict(date="2023-03-16", place="Tokyo", country="JP", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2018-02", place="PyeongChang", country="KR", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="PyeongChang Winter Olympic Games", evidence=[LASTV]),
        dict(date="2011-10", place="Seoul", country="KR", participants=["Yoshihiko Noda", "Lee Myung-bak"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[NODA]),
    ],
    agreements=[
        dict(title="revitalize shuttle diplomacy unbound by formalities", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="Yoon's invitation to Kishida to visit the ROK, accepted", kind="commitment", date="2023-03-16",
             parties=["JP", "KR"], status="agreed", evidence=[INV]),
        dict(title="Washington Declaration", kind="joint-declaration", date="2023-04",
             parties=["KR", "US"], status="referenced", evidence=[WD]),
        dict(title="Japan-Republic of Korea Joint Declaration of 1998", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[D1998]),
        dict(title="Agreement on the Settlement of Problems concerning Property and Claims of 1965", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[C1965]),
    ],
    notes=[
        "Invented transcript in the style of the Japanese prime minister's office (title, date line and translation note, section headings and the end line are furniture; the date is annotated). Hirokazu Matsuno was Chief Cabinet Secretary in May 2023, but every word of the transcript is invented, as are the reporters and their outlets (Kanda Press, Akasaka Broadcasting, Shinsei News). No quotation marks except 'shuttle diplomacy' (a term, not a quote) and Yoon's 'kneel' (partial quote in a reporter's question). The Chief Cabinet Secretary's own answers are not annotated as statements (as unseen15/16); leaders' acts reported in questions and answers are.",
        "Real facts checked on stored pages: nippon.com yjj2023050200697 (Jiji, 2 May 2023: the government said on Tuesday that Kishida will visit South Korea for two days from Sunday; he spoke in Accra on Monday local time of momentum for shuttle diplomacy; G7 in Hiroshima from 19 May; Tokyo summit in March); mb.com.ph 2023-05-02 ('coordinating (my) visit to South Korea on May 7 and 8, if circumstances permit'; Yoon invited to the G7 on 19-21 May); worldnationnews.com (the visit follows Yoon's invitation in Tokyo in March); thenewsnomics.com 25401 (first visit since Abe at the PyeongChang Olympics in February 2018; first bilateral visit since Noda's in October 2011); en.asiatoday.co.kr 20230502002104231 (12 years; Tokyo summit of 16 March 2023); japannews.yomiuri.co.jp 20230507-108135 (departure on 7 May; reciprocal visits agreed at the Tokyo summit in March). General knowledge: the Washington Declaration (26 April 2023), Yoon's Washington Post interview ('kneel'), the Abe-Moon summit in PyeongChang on 9 February 2018, Noda-Lee in Seoul (19 October 2011), Kishida's welcome of Seoul's 6 March 2023 plan, Japan's positions on the 1998 declaration and the 1965 claims agreement, the Japan-U.S. Extended Deterrence Dialogue.",
        "Summits (4): the planned Seoul summit (7 May; place null: 'the Republic of Korea'); Tokyo (16 March 2023); Abe-Moon at PyeongChang (sidelines of the Olympics, February 2018); Noda's Seoul visit (October 2011, Lee Myung-bak from the public record). Not summits: a Japan-U.S.-ROK meeting in Hiroshima ('Nothing has been decided'); the G7 itself.",
        "Agreements (5): the March shuttle-diplomacy commitment (referenced); Yoon's invitation, now taken up ('being arranged in response to the invitation'), recorded as an accepted invitation (agreed, as unseen16); the Washington Declaration (joint-declaration, referenced, dated by month from 'Last week'); the 1998 Joint Declaration and the 1965 claims agreement (referenced). Not agreements: the G7 invitation (multilateral gathering), Seoul's March measures (unilateral), the Nuclear Consultative Group ('not considering participation'), the Extended Deterrence Dialogue (a standing channel).",
        "Timexes: 'May 7 and 8' and 'from May 19 to 21' are two expressions each; 'Last week' = 2023-W17; 'about 12 years' = P12Y APPROX; 'yesterday' = 1 May (Kishida's remarks in Accra).",
    ],
)
