# ruff: noqa: E501
P1 = "President Moon Jae-in had a one-on-one conversation"
P1B = "The conversation took place in a waiting room"
P2 = "The meeting was not arranged in advance."
P2B = "Upon seeing Prime Minister Abe at the venue"
P2C = "We characterize today's exchange"
P3 = "The conversation was held in a very friendly"
THANK = "At the outset, President Moon thanked"
ABE = "Prime Minister Abe, for his part, again conveyed"
PRIN = "The two leaders shared the view that Korea-Japan relations are important"
HOPE = "They expressed hope that the consultations"
PROP = "He proposed that the two sides review"
RESP = "Prime Minister Abe responded that he would seek"
NY = "The two leaders last held official summit talks"
OSAKA = "They met briefly in Osaka in late June"
GSOMIA = "Asked by reporters whether the export restrictions"
TRI = "This year's Korea-China-Japan Trilateral Summit"
UNDEC = "Whether the two leaders will meet separately"
TWO = ["Moon Jae-in", "Shinzo Abe"]

GOLD = dict(
    published="2019-11-04",
    furniture=[
        "Briefing by Spokesperson Ko Min-jung on President Moon Jae-in's Conversation with Prime Minister Shinzo Abe of Japan\n\n"
        "November 4, 2019\n"
        "Bangkok, Thailand",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "President Moon", "the President", "He"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe of Japan", "Prime Minister Abe", "the Prime Minister"],
        "Ko Min-jung": ["Spokesperson Ko Min-jung", "We", "I"],
        "Lee Nak-yon": ["Prime Minister Lee Nak-yon"],
        "Li Keqiang": [],
    },
    quotes=[
        ("If necessary, we can also consider", "direct", "Moon Jae-in", "said"),
        ("every possible means.", "partial", "Shinzo Abe", "responded"),
    ],
    statements=[
        (P2C, ["Ko Min-jung"], "characterize"),
        (THANK, ["Moon Jae-in"], "thanked"),
        (ABE, ["Shinzo Abe"], "conveyed"),
        (PRIN, TWO, "reaffirmed"),
        (HOPE, TWO, "expressed hope"),
        (PROP, ["Moon Jae-in"], "proposed"),
        (RESP, ["Shinzo Abe"], "responded"),
        ("President Moon has consistently said", ["Moon Jae-in"], "has consistently said"),
        (GSOMIA, ["Ko Min-jung"], "answered"),
    ],
    timexes=[
        ("November 4, 2019", "2019-11-04", None),
        ("this morning", "2019-11-04TMO", None),
        ("11 minutes", "PT11M", None),
        ("8:35 a.m.", "2019-11-04T08:35", None),
        ("8:46 a.m.", "2019-11-04T08:46", None),
        ("today's", "2019-11-04", None),
        ("last week", "2019-W44", None),
        ("last month", "2019-10", None),
        ("September last year", "2018-09", None),
        ("late June", "2019-06", "END"),
        ("late October", "2019-10", "END"),
        ("Japan in [[July]]", "2019-07", None),
        ("November 23", "2019-11-23", None),
        ("specific issues [[today]]", "2019-11-04", None),
        ("This year's", "2019", None),
        ("late December", "2019-12", "END"),
        ("tomorrow", "2019-11-05", None),
        ("this afternoon", "2019-11-04TAF", None),
    ],
    summits=[
        dict(date="2019-11-04", place="Bangkok", country="TH", participants=TWO, kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN Plus Three Summit", evidence=[P1, P1B, P2, P2B, P2C, P3]),
        dict(date="2018-09", place="New York", country="US", participants=TWO, kind="sidelines", ordinal=None,
             status="held", occasion="the United Nations General Assembly", evidence=[NY]),
        dict(date="2019-12", place=None, country="CN", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[TRI]),
    ],
    agreements=[
        dict(title="resolve pending issues through dialogue", kind="commitment", date="2019-11-04",
             parties=["JP", "KR"], status="agreed", evidence=[PRIN]),
        dict(title="review whether higher-level talks should be held", kind="commitment", date="2019-11-04",
             parties=["JP", "KR"], status="proposed", evidence=[PROP]),
        dict(title="Korea-Japan General Security of Military Information Agreement", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA]),
    ],
    notes=[
        "Invented briefing in the style of the South Korean presidential office (Cheong Wa Dae) English releases: the title, date line and place line are furniture (the date line is annotated). The spokesperson speaks in the first person ('We characterize', 'I answered'); her own characterisations are annotated as her statements. Moon's direct quote is invented; Abe's 'every possible means' rewords the reported 'every available means'. Moon's thanks for the condolence letter and Abe's renewed thanks for the typhoon message are invented details built on checked facts.",
        "Real facts, checked on stored pages: m-en.yna.co.kr AEN20191104004900315 and theasian.asia 106766 (Moon and Abe sat down for 11 minutes on Monday on the sidelines of the ASEAN Plus Three summit at IMPACT Forum; 'very friendly and serious' mood; a 'conversation', not formal talks; agreed relations are important and reaffirmed the principle of dialogue; hope for substantive progress in diplomatic consultations; Moon proposed reviewing higher-level consultations; Abe: every available means; last official talks in September 2018 at the UN; met in Osaka in late June during the G20); koreanewsdigest.com (waiting room, impromptu, neither formal talks nor a pull-aside; Lee Nak-yon's late-October Tokyo visit for the enthronement, with Moon's letter; Japan's 1965 stance); donga.com 20191105 (11 minutes from 8:35 a.m., interpreters only; GSOMIA ends at midnight on Nov. 23; export controls and GSOMIA not discussed); world.kbs.co.kr Seq_Code 78120 (Abe's condolence letter on the death of Moon's mother; Moon's Oct. 14 letter on Typhoon Hagibis; door for dialogue always open); dailymotion/climateconvergence (Arirang: Moon returns Tuesday; trilateral with China scheduled for December); satang.info (IMPACT in Nonthaburi); scribd (East Asia Summit on 4 November 2019). From general knowledge: the death of Moon's mother on 29 October 2019; the trilateral in Chengdu on 24 December 2019 ('late December'); GSOMIA signed in November 2016.",
        "Summits (3): the Bangkok conversation is recorded as a held sideline meeting (debatable: the spokesperson calls it a 'conversation', not formal talks, but the two leaders sat down one-on-one for 11 minutes, as unseen16 records the 15-minute Toyako one-on-one), the New York talks of September 2018, and the planned trilateral in China in December (Li Keqiang from the public record). Not summits: the Osaka encounter ('no bilateral talks took place'), Lee Nak-yon's talks with Abe (the South Korean prime minister is neither head of state nor head of government), a possible Moon-Abe meeting in December ('has not been decided'), the ASEAN Plus Three and East Asia summits (gatherings).",
        "Agreements (3): the reaffirmed principle of dialogue (commitment), Moon's proposal to review higher-level talks (proposed), GSOMIA (referenced, dated 2016-11 from the public record as unseen16). Not agreements: the hope for progress (a wish), the export restrictions (unilateral), Abe's response (not an acceptance of the proposal).",
        "Timexes: 'last week' = 2019-W44; '8:35 a.m.' and '8:46 a.m.' are two expressions; 'This year's' = 2019; 'late December' = 2019-12 END; 'this morning' and 'this afternoon' take parts of day.",
    ],
)
