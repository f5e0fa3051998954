# ruff: noqa: E501
OPEN = "On March 31, commencing at 11:20 a.m."
FOLLOWED = "The meeting followed the Japan-U.S.-ROK Trilateral Summit Meeting"
OUTSET = "(1) At the outset, Prime Minister Abe stated"
WELCOMED = "(2) The two leaders welcomed the agreement"
DIFF = "Prime Minister Abe stated that some difficulties remained"
GOODFAITH = "President Park stated that the ROK side intended"
CONCUR = "(3) The two leaders concurred on increasing"
NK = "(1) The two leaders shared the recognition"
REQ = "(2) Prime Minister Abe requested"
SUPPORT = "President Park expressed her support"
CHAIR = "Prime Minister Abe stated that Japan, as the next chair"
HOUR = "(Reference) The Trilateral Summit Meeting lasted about one hour."
DECIDED = "The three leaders decided to instruct"

GOLD = dict(
    published="2016-03-31",
    furniture=["Japan-ROK Summit Meeting\nMarch 31, 2016"],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Mr. Shinzo Abe, Prime Minister of Japan", "Prime Minister Abe", "his"],
        "Park Geun-hye": ["Her Excellency Ms. Park Geun-hye, President of the ROK", "President Park", "her"],
        "Barack Obama": ["President Barack Obama"],
        "Li Keqiang": [],
    },
    quotes=[],
    statements=[
        (OUTSET, ["Shinzo Abe"], "stated"),
        (WELCOMED, ["Shinzo Abe", "Park Geun-hye"], "welcomed"),
        (DIFF, ["Shinzo Abe"], "stated"),
        (GOODFAITH, ["Park Geun-hye"], "stated"),
        (CONCUR, ["Shinzo Abe", "Park Geun-hye"], "concurred"),
        (NK, ["Shinzo Abe", "Park Geun-hye"], "confirmed"),
        (REQ, ["Shinzo Abe"], "requested"),
        (SUPPORT, ["Park Geun-hye", "Shinzo Abe"], "expressed"),
        (CHAIR, ["Shinzo Abe", "Park Geun-hye"], "stated"),
        (DECIDED, ["Shinzo Abe", "Park Geun-hye", "Barack Obama"], "decided"),
    ],
    timexes=[
        ("Meeting\n[[March 31, 2016]]", "2016-03-31", None),
        ("On [[March 31]], commencing", "2016-03-31", None),
        ("11:20 a.m.", "2016-03-31T11:20", None),
        ("0:20 a.m. on April 1", "2016-04-01T00:20", None),
        ("approximately 30 minutes", "PT30M", "APPROX"),
        ("earlier that morning", "2016-03-31TMO", None),
        ("November last year", "2015-11", None),
        ("December last year", "2015-12", None),
        ("test in [[January]]", "2016-01", None),
        ("launch in [[February]]", "2016-02", None),
        ("on [[March 2]].", "2016-03-02", None),
        ("within this year", "2016", None),
        ("last November", "2015-11", None),
        ("about one hour", "PT1H", "APPROX"),
    ],
    summits=[
        dict(date="2016-03-31", place="Washington, D.C.", country="US",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="sidelines", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[OPEN, FOLLOWED, OUTSET]),
        dict(date="2016-03-31", place="Washington, D.C.", country="US",
             participants=["Shinzo Abe", "Park Geun-hye", "Barack Obama"], kind="trilateral", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[FOLLOWED, HOUR, DECIDED]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[OUTSET]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[CHAIR]),
        dict(date="2016", place=None, country="JP",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[CHAIR]),
    ],
    agreements=[
        dict(title="agreement reached at the Japan-ROK Foreign Ministers' Meeting in December 2015 (comfort women)", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[WELCOMED, DIFF, GOODFAITH]),
        dict(title="implement the December 2015 agreement steadily", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[WELCOMED]),
        dict(title="increase opportunities for leaders' meetings", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[CONCUR]),
        dict(title="strictly implement UN Security Council Resolution 2270", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="cooperate on the abductions issue and separated families", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed", evidence=[SUPPORT]),
        dict(title="instruct foreign and defense authorities to examine measures to enhance trilateral security cooperation", kind="commitment", date="2016-03-31",
             parties=["JP", "KR", "US"], status="agreed", evidence=[DECIDED]),
    ],
    notes=[
        "Invented readout in the style of the Japanese foreign ministry ('Overview', numbered sections, '(Reference)'); title and date line are furniture (the date line is annotated). The wording is invented; the start time (11:20 a.m. EDT, 0:20 a.m. JST on 1 April) and the 30-minute length are invented; Abe's remark on hosting the trilateral 'within this year' is an invented paraphrase. No quotation marks, hence no quotes.",
        "Real facts, checked on stored pages: japantimes.co.jp 2016/04/01 (Kyodo: Abe and Park met one-on-one in Washington on the fringes of the Nuclear Security Summit on Thursday 31 March; confirmed the importance of implementing last year's agreement; Abe willing to follow up though problems remain in both countries; Park to implement it sincerely; more bilateral meetings; cooperation on abductions and separated families), oananews.org 402257 (Jiji: one-hour trilateral summit with Obama; officials of foreign affairs and defense to study concrete measures), koreaherald ud=20160331000276 (fourth nuclear test 6 January, rocket launch 7 February), donga.com 2016-03-31 (Japan is the next trilateral host; the three met in Seoul in November). From general knowledge: UNSC Resolution 2270 adopted on 2 March 2016; the Seoul trilateral of 1 November 2015 with Li Keqiang and the Abe-Park summit of 2 November 2015; the 2015 agreement announced by the foreign ministers on 28 December 2015 (a joint statement under the contract).",
        "Summits (5): Abe-Park and the trilateral with Obama (31 March, Washington), the Seoul bilateral and trilateral of November 2015, the planned Japan-hosted trilateral 'within this year' (2016; participants from the public record). Ordinal left null: 'meet ... again following their meeting in Seoul' implies a second meeting but states no number.",
        "Agreements (6): the 2015 agreement (joint-statement, referenced) and five commitments of 31 March (implementing the 2015 agreement; more leaders' meetings; implementing Resolution 2270, parties JP/KR who confirmed it; abductions and separated families; the trilateral instruction to officials, JP/KR/US). Not agreements: Abe's request for understanding (a request with Park's support folded into the agreed commitment), Japan's effort to host the trilateral (a unilateral undertaking 'welcomed').",
        "Statements: each leader's 'stated', joint 'welcomed', 'concurred', 'confirmed', 'decided'. Timexes: '0:20 a.m. on April 1' is one expression; 'earlier that morning' = 2016-03-31TMO; 'within this year' = 2016.",
    ],
)
