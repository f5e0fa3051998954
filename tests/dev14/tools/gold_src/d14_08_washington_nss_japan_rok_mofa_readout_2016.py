# ruff: noqa: E501
OPEN = "On March 31, commencing at 5:10 p.m."
P1 = "Prime Minister Abe stated that he was pleased to meet President Park again"
P1B = "President Park concurred, and stated"
CW = "The two leaders confirmed the importance of steadily implementing"
CW2 = "Prime Minister Abe stated that Japan would continue to carry out its part"
NK1 = "(1) The two leaders shared the view"
NK2 = "They agreed that Japan and the ROK, together with the United States"
ABD1 = "(2) Prime Minister Abe asked for the ROK's continued understanding"
ABD2 = "The two leaders agreed to cooperate on the abductions issue"
MEET = "(1) The two leaders agreed to further increase opportunities"
TRI = "(2) Prime Minister Abe stated that Japan, as the next chair"
HOPE = "President Park expressed hope"
REF1 = "On the same day, Prime Minister Abe attended"
REF2 = "It was the first trilateral summit meeting among the three leaders since"
REF3 = "The three leaders confirmed that they would coordinate closely"
TWO = ["Shinzo Abe", "Park Geun-hye"]

GOLD = dict(
    published="2016-03-31",
    furniture=[
        "Japan-ROK Summit Meeting\n\nMarch 31, 2016",
        "1. Opening remarks",
        "2. The issue of comfort women",
        "3. North Korea",
        "4. Bilateral relations and regional cooperation",
        "(Reference) Japan-U.S.-ROK Trilateral Summit Meeting",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Mr. Shinzo Abe, Prime Minister of Japan", "Prime Minister Abe"],
        "Park Geun-hye": ["H.E. Ms. Park Geun-hye, President of the Republic of Korea", "President Park", "she"],
        "Barack Obama": ["the Honorable Barack Obama, President of the United States"],
        "Li Keqiang": [],
    },
    quotes=[
        ("finally and irreversibly.", "partial", None, None),
    ],
    statements=[
        (P1, ["Shinzo Abe"], "stated"),
        (P1B, ["Park Geun-hye"], "stated"),
        (CW, TWO, "confirmed"),
        (CW2, TWO, "stated"),
        (NK1, TWO, "shared the view"),
        (NK2, TWO, "agreed"),
        (ABD1, ["Shinzo Abe"], "asked"),
        (ABD2, TWO, "agreed"),
        (MEET, TWO, "agreed"),
        (TRI, ["Shinzo Abe"], "stated"),
        (HOPE, ["Park Geun-hye"], "expressed hope"),
        (REF3, [*TWO, "Barack Obama"], "confirmed"),
    ],
    timexes=[
        ("March 31, 2016", "2016-03-31", None),
        ("On [[March 31]], commencing", "2016-03-31", None),
        ("5:10 p.m.", "2016-03-31T17:10", None),
        ("6:10 a.m. on April 1", "2016-04-01T06:10", None),
        ("approximately 20 minutes", "PT20M", "APPROX"),
        ("Seoul in [[November last year]]", "2015-11", None),
        ("five months", "P5M", None),
        ("December 28 last year", "2015-12-28", None),
        ("January 6", "2016-01-06", None),
        ("February 7", "2016-02-07", None),
        ("adopted on [[March 2]]", "2016-03-02", None),
        ("this year", "2016", None),
        ("November 1 last year", "2015-11-01", None),
        ("the same day", "2016-03-31", None),
        ("March 2014", "2014-03", None),
    ],
    summits=[
        dict(date="2016-03-31", place="Washington D.C.", country="US", participants=TWO, kind="sidelines", ordinal=2,
             status="held", occasion="Nuclear Security Summit", evidence=[OPEN, P1, P1B]),
        dict(date="2015-11", place="Seoul", country="KR", participants=TWO, kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[P1]),
        dict(date="2016", place=None, country="JP", participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[TRI, HOPE]),
        dict(date="2015-11-01", place="Seoul", country="KR", participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[TRI]),
        dict(date="2016-03-31", place="Washington D.C.", country="US", participants=["Shinzo Abe", "Park Geun-hye", "Barack Obama"],
             kind="trilateral", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[REF1, REF2, REF3]),
        dict(date="2014-03", place="The Hague", country="NL", participants=["Shinzo Abe", "Park Geun-hye", "Barack Obama"],
             kind="trilateral", ordinal=None, status="held", occasion="Nuclear Security Summit", evidence=[REF2]),
    ],
    agreements=[
        dict(title="agreement on the issue of comfort women (December 28, 2015)", kind="joint-statement", date="2015-12-28",
             parties=["JP", "KR"], status="referenced", evidence=[CW, CW2]),
        dict(title="steadily implement the comfort women agreement", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[CW]),
        dict(title="cooperate with the United States on strict implementation of UNSC resolution 2270", kind="commitment",
             date="2016-03-31", parties=["JP", "KR"], status="agreed", evidence=[NK2]),
        dict(title="cooperate on the abductions issue", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[ABD2]),
        dict(title="cooperate on the issue of separated families", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[ABD2]),
        dict(title="increase opportunities for leaders' meetings", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[MEET]),
        dict(title="coordinate closely to respond to the North Korean threat", kind="commitment", date="2016-03-31",
             parties=["JP", "KR", "US"], status="agreed", evidence=[REF3]),
        dict(title="advance trilateral security cooperation", kind="commitment", date="2016-03-31",
             parties=["JP", "KR", "US"], status="agreed", evidence=[REF3]),
    ],
    notes=[
        "Invented readout in the style of the Japanese Ministry of Foreign Affairs (title, date line, numbered headings and the (Reference) heading are furniture; the date line is annotated). It is invented wording, not the real document; there are no quotation marks except the agreement's own wording 'finally and irreversibly' (speaker null, as unseen16). The start time (5:10 p.m.) is invented; the JST conversion follows from EDT (UTC-4). Park's closing hope about the trilateral process is invented.",
        "Real facts, checked on stored pages: japantimes.co.jp 2016/04/01 (Kyodo: Abe and Park met one-on-one in Washington on the fringes of the Nuclear Security Summit on Thursday, confirmed the importance of implementing the December agreement, 'finally and irreversibly'; Park would implement it sincerely; agreed to increase opportunities to meet; cooperation on abductions and separated families); wowkorea.jp 2016/0401 (Yonhap: 20-minute meeting on the 31st, second summit since November); en.yna.co.kr AEN20160329000253315 and koreaherald ud=20160329000901 (separate Park-Abe meeting and trilateral with Obama on Thursday; fourth nuclear test on Jan. 6, rocket on Feb. 7; The Hague 2014 trilateral); missiledefenseadvocacy (Reuters: trilateral on the sidelines; last trilateral in The Hague in 2014; first formal bilateral talks in November); donga.com 20160331 (trilateral with China met in Seoul in November for the first time in three years). From general knowledge: UNSC resolution 2270 adopted on 2 March 2016; the Seoul trilateral on 1 November 2015; Japan as the next chair of the trilateral.",
        "Summits (6): Abe-Park in Washington (ordinal 2 from 'their second summit meeting'), Seoul November 2015, the planned trilateral in Japan 'within this year' (Chinese participant Li Keqiang from the public record), the Seoul trilateral of November 1, the Washington trilateral hosted by Obama, The Hague March 2014.",
        "Agreements (8): the December 2015 agreement (joint statement, referenced, as the contract says) and the commitment to implement it; the UNSC 2270 commitment; two commitments split from 'agreed to cooperate on the abductions issue and on the issue of families separated'; more frequent meetings (a course of action, not 'agreed to meet soon'); two trilateral commitments from 'coordinate closely ... and to advance'. Not agreements: Abe's intention to host the trilateral (unilateral) and Park's hope; resolution 2270 (a Council act).",
        "Timexes: '6:10 a.m. on April 1' is one expression (2016-04-01T06:10); 'this year' inside 'within this year' = 2016; '50th anniversary' is an ordinal, not annotated.",
    ],
)
