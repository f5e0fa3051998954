# ruff: noqa: E501
CHAIRED = "Prime Minister Junichiro Koizumi chaired the Japan-China-ROK"
LASTED = "The meeting, held on the occasion of the ASEAN+3 Summit"
ENDORSED = "The three leaders endorsed the"
STRESSED = "Prime Minister Koizumi stressed the need"
CONCUR = "President Roh concurred"
SIXP = "The three leaders shared the view"
BRIEFED = ("President Roh briefed the others", "in Santiago, Chile, earlier this month.")
RAISED = "President Roh raised the recent"
FX = "The three leaders agreed to cooperate toward stability"
BILAT = "Following the trilateral meeting, Prime Minister Koizumi"
KAGO = "The two leaders confirmed that President Roh would visit"

GOLD = dict(
    published="2004-11-29",
    furniture=[
        "Japan-China-ROK Trilateral Leaders' Meeting (Overview)",
        "November 29, 2004\nMinistry of Foreign Affairs of Japan",
        "1. Direction of trilateral cooperation",
        "2. North Korea",
        "3. Economic and financial situation",
        "(Reference) Japan-ROK Summit Meeting",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Prime Minister Koizumi"],
        "Wen Jiabao": ["Premier Wen Jiabao"],
        "Roh Moo-hyun": ["President Roh Moo-hyun", "President Roh"],
        "George W. Bush": ["President George W. Bush"],
    },
    quotes=[],
    statements=[
        (STRESSED, ["Junichiro Koizumi"], "stressed"),
        (CONCUR, ["Roh Moo-hyun"], "concurred"),
        (SIXP, ["Junichiro Koizumi", "Wen Jiabao", "Roh Moo-hyun"], "shared the view"),
        (BRIEFED, ["Roh Moo-hyun"], "briefed"),
        (RAISED, ["Roh Moo-hyun"], "raised"),
    ],
    timexes=[
        ("November 29, 2004", "2004-11-29", None),
        ("On [[November 29]], Prime", "2004-11-29", None),
        ("approximately one hour", "PT1H", "APPROX"),
        ("November 27", "2004-11-27", None),
        ("October last year", "2003-10", None),
        ("earlier this month", "2004-11", None),
        ("in December", "2004-12", None),
        ("in July", "2004-07", None),
    ],
    summits=[
        dict(date="2004-11-29", place="Vientiane", country="LA",
             participants=["Junichiro Koizumi", "Wen Jiabao", "Roh Moo-hyun"], kind="trilateral", ordinal=None,
             status="held", occasion="ASEAN+3 Summit", evidence=[CHAIRED, LASTED, BILAT]),
        dict(date="2004-11", place="Santiago", country="CL",
             participants=["Roh Moo-hyun", "George W. Bush"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[BRIEFED]),
        dict(date="2004-11-29", place="Vientiane", country="LA",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN+3 Summit", evidence=[BILAT]),
        dict(date="2004-12", place="Kagoshima Prefecture", country="JP",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[KAGO]),
        dict(date="2004-07", place="Jeju Island", country="KR",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KAGO]),
    ],
    agreements=[
        dict(title="Action Strategy on Trilateral Cooperation", kind="joint-statement",
             date="2004-11-29", parties=["CN", "JP", "KR"], status="agreed", evidence=[ENDORSED]),
        dict(title="Joint Declaration on the Promotion of Tripartite Cooperation (Bali)", kind="joint-declaration",
             date="2003-10", parties=["CN", "JP", "KR"], status="referenced", evidence=[ENDORSED]),
        dict(title="intergovernmental consultations on a legal framework for investment", kind="commitment",
             date="2004-11-29", parties=["CN", "JP", "KR"], status="agreed", evidence=[CONCUR]),
        dict(title="cooperation toward stability in currency markets", kind="commitment",
             date="2004-11-29", parties=["CN", "JP", "KR"], status="agreed", evidence=[FX]),
        dict(title="Roh's visit to Kagoshima Prefecture for a summit in December", kind="commitment",
             date="2004-11-29", parties=["JP", "KR"], status="agreed", evidence=[KAGO]),
        dict(title="exchange of visits agreed on Jeju Island in July", kind="commitment",
             date="2004-07", parties=["JP", "KR"], status="referenced", evidence=[KAGO]),
    ],
    notes=[
        "Invented readout in the style of Japan's Ministry of Foreign Affairs (the length of the meeting, 'approximately one hour', and all wording are invented). Title, date line, ministry line and section headings are furniture; the date line is annotated.",
        "Real facts checked on stored pages: mofa.go.jp/region/asia-paci/asean/pmv0411/summary.html (trilateral meeting on 29 November 2004 in Vientiane chaired by Koizumi with Wen Jiabao and Roh Moo Hyun; leaders approved the Action Strategy and Progress Report finalized by the foreign ministers on 27 November; Koizumi on a legal framework for investment, Roh's agreement); mofa asean3/summary0411.html (foreign ministers' meeting of 27 November; agreement to start consultation on the legal framework of investment); mofa asean3/joint0310.html (Joint Declaration on the Promotion of Tripartite Cooperation, Bali, 7 October 2003); donga.com 20041129/238468 (agreement to cooperate to stabilize exchange rates; Roh urged a return to six-party talks); worldsecuritynetwork.com (JoongAng Daily, 30 November 2004: Roh briefed on his talks with Bush in Santiago; separate talks with Wen and Koizumi after the trilateral). From general knowledge (not checked on a page): Roh's Ibusuki (Kagoshima Prefecture) summit with Koizumi in December 2004 and the Jeju summit of July 2004 with the agreement on reciprocal visits.",
        "Summits (5): the Vientiane trilateral, Roh-Bush in Santiago (month), the Koizumi-Roh bilateral after the trilateral, the planned Kagoshima summit (December), the Jeju summit (July). Not summits: the foreign ministers' meeting of 27 November; the Bali 2003 meeting is only implied by the declaration's issue and is not recorded (debatable).",
        "Agreements (6): the Action Strategy (a jointly adopted document that is neither a declaration nor a treaty; recorded as joint-statement, debatable), the Bali joint declaration (referenced), two trilateral commitments, the confirmed Kagoshima visit (agreed), the Jeju exchange of visits (referenced). 'Shared the view' on the Six-Party Talks is not an agreement. No quotation marks around speech: the Action Strategy title in quotation marks is a title, not a quote.",
    ],
)
