# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe and U.S. President Donald Trump agreed Monday"
MET = "The two leaders met at the Akasaka Palace state guesthouse"
PRESS = "Abe told a joint press conference that began shortly after 3 p.m."
KIM = "He said he was determined to meet North Korean leader Kim Jong Un"
HANOI = "His second summit with Kim, in Hanoi in February"
APRIL = "The talks came a month after Abe visited Trump at the White House"
GOLF = "On Sunday, the two leaders played golf for the fifth time"
MOON = "Abe and President Moon Jae-in have not held formal talks since September last year"
C1965 = "Tokyo says all claims were settled"
ARB = "On May 20, Japan asked South Korea to set up a three-member arbitration panel"
KONO = "Foreign Minister Taro Kono pressed his South Korean counterpart"

GOLD = dict(
    published="2019-05-27",
    furniture=[
        "Abe, Trump vow close N. Korea coordination; Seoul ties stay frozen ahead of G-20",
        "TOKYO, May 27 Shinsei",
        "==Shinsei",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "the Japanese leader", "He"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un", "Kim"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Taro Kono": ["Foreign Minister Taro Kono"],
        "Kang Kyung-wha": ["his South Korean counterpart Kang Kyung-wha", "Kang"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("unshakable", "partial", "Shinzo Abe", "sought to show"),
        ("Our positions on North Korea are exactly the same", "direct", "Shinzo Abe", "told a joint press conference"),
        ("without preconditions", "partial", "Shinzo Abe", "said"),
        ("no rush", "partial", "Donald Trump", "saying"),
        ("completely and finally", "partial", "Government of Japan", "says"),
        ("Without a response from Seoul on arbitration", "direct", None, "said"),
        ("strong trilateral cooperation", "partial", None, "said"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Donald Trump"], "agreed"),
        (KIM, ["Shinzo Abe"], "said"),
        ("Trump played down North Korea's launches", ["Donald Trump"], "saying"),
        (MOON, [None], "said"),
        (C1965, ["Government of Japan"], "says"),
        (KONO, ["Taro Kono", "Kang Kyung-wha"], "said"),
        ("Some lawmakers in Abe's ruling Liberal Democratic Party have urged", [None], "urged"),
        ("Asked whether he had encouraged Abe", [None], "said"),
    ],
    timexes=[
        ("TOKYO, [[May 27]] Shinsei", "2019-05-27", None),
        ("agreed [[Monday]] to keep", "2019-05-27", None),
        ("around two hours", "PT2H", "APPROX"),
        ("[[the third day]] of Trump", "2019-05-27", None),
        ("four-day", "P4D", None),
        ("May 1", "2019-05-01", None),
        ("shortly after 3 p.m.", "2019-05-27T15:00", "AFTER"),
        ("May 4", "2019-05-04", None),
        ("May 4 and [[9]]", "2019-05-09", None),
        ("Hanoi in [[February]]", "2019-02", None),
        ("a month after", "2019-05-27", None),
        ("late April", "2019-04", "END"),
        ("next month", "2019-06", None),
        ("June 28", "2019-06-28", None),
        ("June 28 and [[29]]", "2019-06-29", None),
        ("On Sunday", "2019-05-26", None),
        ("On Tuesday", "2019-05-28", None),
        ("September last year", "2018-09", None),
        ("last October", "2018-10", None),
        ("a [[1965]] agreement", "1965", None),
        ("On May 20", "2019-05-20", None),
        ("under the [[1965]] pact", "1965", None),
        ("30 days", "P30D", None),
        ("last week", "2019-W21", None),
    ],
    summits=[
        dict(date="2019-05-27", place="Tokyo", country="JP", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE, MET, PRESS, GOLF]),
        dict(date="2019-04", place="White House", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[APRIL]),
        dict(date="2019-02", place="Hanoi", country="VN", participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[HANOI]),
        dict(date="2018-09", place="New York", country="US", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="UN General Assembly", evidence=[MOON]),
    ],
    agreements=[
        dict(title="keep coordinating closely on North Korea's denuclearization", kind="commitment", date="2019-05-27",
             parties=["JP", "US"], status="agreed", evidence=[LEDE]),
        dict(title="1965 agreement on claims (normalization)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[C1965, ARB]),
        dict(title="Japan's request for a three-member arbitration panel under the 1965 pact", kind="commitment",
             date="2019-05-20", parties=["JP", "KR"], status="proposed", evidence=[ARB, KONO]),
    ],
    notes=[
        "Invented Japanese wire story in Kyodo style (agency 'Shinsei'; headline, dateline line and end mark are furniture; the dateline is annotated). All quotes are invented except the short fragments 'unshakable', 'without preconditions', 'no rush' and 'completely and finally', which echo reported wording (the last as Tokyo's standing formula); the length of the talks and the working lunch, Kang's reply in Paris and the LDP lawmakers' calls are invented or paraphrased details, marked here.",
        "Real facts checked on stored pages: mainichi.jp 20190516 (Kyodo: Abe-Trump talks on 27 May during Trump's 25-28 May state visit; golf and sumo on 26 May; the Kaga at Yokosuka on 28 May; first state guests of the Reiwa era, Naruhito enthroned on 1 May; Abe's wish to meet Kim without preconditions; projectiles fired on 4 and 9 May); hurriyetdailynews.com and thestandard.com.hk (AFP: fifth round of golf; the sumo final day; the failed Hanoi summit in February); trumpwhitehouse.archives.gov (joint press conference at Akasaka Palace, 3:02 p.m. JST; the White House summit 'last month'; G20 Osaka 'next month'); transcripts.cnn.com and world.kbs.co.kr Seq_Code=54685 (the summit on Monday 27 May; Trump in no hurry on denuclearization, sanctions kept). General knowledge: the G20 Osaka dates (28-29 June 2019); the Abe-Trump White House meeting of 26 April 2019; the Moon-Abe meeting in New York in September 2018 (titles of other corpora); the Supreme Court ruling of 30 October 2018 against Nippon Steel & Sumitomo Metal (four plaintiffs); Japan's request for consultations (9 January 2019) and for arbitration (20 May 2019) under the 1965 claims agreement; the Kono-Kang meeting in Paris (23 May 2019).",
        "Summits (4): Abe-Trump in Tokyo (state visit; the golf and sumo on Sunday are part of the same visit, counted once); Abe-Trump at the White House (late April); Trump-Kim in Hanoi ('His second summit with Kim', ordinal 2); Abe-Moon in New York (September 2018, sidelines of the UNGA). Not summits: the G20 Osaka (a multilateral gathering; no Moon meeting 'has been arranged'); Abe's wish to meet Kim (hypothetical); the foreign ministers' meeting in Paris; Trump's meeting with the emperor (a head of state, but a ceremonial call, not talks - debatable, not recorded).",
        "Agreements (3): the JP-US coordination commitment; the 1965 claims agreement (treaty, referenced); Japan's arbitration request, recorded as a proposal as in dev8. Not agreements: the court ruling, the LDP's calls for countermeasures, 'strong trilateral cooperation' (a wish).",
        "Timexes: 'the third day of Trump's ... visit' = 27 May; 'a month after' points to the Tokyo talks (27 May); 'last week' = 2019-W21; 'May 4 and 9' and 'June 28 and 29' are two expressions each; 'last October' = 2018-10.",
    ],
)
