LMB = "Lee Myung-bak"
FUK = "Yasuo Fukuda"
SBY = "Susilo Bambang Yudhoyono"
GWB = "George W. Bush"
CWD = "Cheong Wa Dae"
LEAD = "President Lee Myung-bak met Japanese Prime Minister Yasuo Fukuda"
AIDES = "The two leaders talked without aides"
SPOKES = "According to Cheong Wa Dae spokesman Lee Dong-kwan"
JACC = "The Japanese account of the same conversation"
JOFF = "A Japanese Foreign Ministry official told reporters"
GAP = "The gap between the two readouts"
APR = "At that summit on April 21"
FEB = "Fukuda had first met Lee at his inauguration"
SBY1 = "Lee also held a summit with Indonesian President"
SBY2 = "The two leaders agreed to expand economic cooperation"
SBY3 = "Yudhoyono said he looked forward"
BUSH = "Bush is scheduled to visit Seoul early next month."
TOYA = dict(place="Toyako", country="JP", ordinal=None, occasion="the G8 summit")
GOLD = dict(
    published="2008-07-10",
    furniture=["By Yoon Hye-jin, Correspondent", "Posted : 2008-07-10 18:02",
               "TOYAKO, Japan -"],
    timex_in_furniture_ok=True,
    entities={
        LMB: ["President Lee Myung-bak", "Lee"],
        FUK: ["Japanese Prime Minister Yasuo Fukuda", "Fukuda"],
        SBY: ["Indonesian President Susilo Bambang Yudhoyono", "Yudhoyono"],
        GWB: ["U.S. President George W. Bush", "Bush"],
        CWD: [],
        "Lee Dong-kwan": ["Cheong Wa Dae spokesman Lee Dong-kwan"],
        "Yu Myung-hwan": ["Foreign Minister Yu Myung-hwan"],
        "Masahiko Komura": [],
        "Choi Jae-won": [],
    },
    quotes=[
        ('his "[[grave concern]]"', "partial", LMB, "conveyed"),
        ("fully aware", "partial", FUK, "replied"),
        ('a "[[new era]]"', "partial", None, "told reporters"),
        ("Tokyo hears what it wants to hear", "direct", "Choi Jae-won", "said"),
        ("The manual will tell us which version was true.", "direct", "Choi Jae-won",
         "said"),
    ],
    statements=[
        ("Lee voices 'grave concern' to Fukuda over Dokdo", [LMB], "voices"),
        ("Japanese side says leaders agreed", [None, LMB, FUK], "says"),
        (LEAD, [LMB, CWD], "said"),
        (SPOKES, ["Lee Dong-kwan", LMB, FUK], "according to"),
        (JOFF, [None, LMB, FUK], "told reporters"),
        (APR, [LMB, FUK], "agreed"),
        ("Foreign Minister Yu Myung-hwan delivered a similar warning", ["Yu Myung-hwan"],
         "delivered a similar warning"),
        (SBY2, [LMB, SBY], "agreed"),
        (SBY3, [SBY, LMB], "said"),
    ],
    timexes=[
        ("2008-07-10 18:02", "2008-07-10T18:02", None),
        ("15-minute", "PT15M", None),
        ("about 15 minutes", "PT15M", "APPROX"),
        ("here [[Wednesday]]", "2008-07-09", None),
        ("Tokyo in [[April]]", "2008-04", None),
        ("[[three months]] after Lee's", "P3M", None),
        ("April 21", "2008-04-21", None),
        ("2005", "2005", None),
        ("in [[June]] toward", "2008-06", None),
        ("Seoul in [[February]]", "2008-02", None),
        ("Sapporo on [[Tuesday]]", "2008-07-08", None),
        ("next week", "2008-W29", None),
        ("Yudhoyono on [[Wednesday]]", "2008-07-09", None),
        ("Indonesia in [[December]]", "2008-12", None),
        ("encounter in [[three months]]", "P3M", None),
        ("early next month", "2008-08", "START"),
    ],
    summits=[
        dict(date="2008-07-09", participants=[LMB, FUK], kind="sidelines", status="held",
             evidence=["Lee voices 'grave concern' to Fukuda over Dokdo", LEAD, AIDES, SPOKES,
                       JACC, JOFF], **TOYA),
        dict(date="2008-04-21", place="Tokyo", country="JP", participants=[LMB, FUK],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[JOFF, GAP, APR]),
        dict(date="2008-02", place="Seoul", country="KR", participants=[LMB, FUK],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FEB]),
        dict(date="2008-07-09", participants=[LMB, SBY], kind="sidelines", status="held",
             evidence=[SBY1, SBY2], **TOYA),
        dict(date="2008-12", place=None, country="ID", participants=[LMB, SBY],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SBY3]),
        dict(date="2008-08", place="Seoul", country="KR", participants=[LMB, GWB],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[BUSH]),
    ],
    agreements=[
        dict(title="cooperate closely to build a 'new era' in Japan-Korea relations (Japanese"
                   " account)", kind="commitment", date="2008-07-09", parties=["JP", "KR"],
             status="agreed", evidence=[JOFF, "Japanese side says leaders agreed"]),
        dict(title="resume shuttle diplomacy (April 2008)", kind="commitment",
             date="2008-04-21", parties=["JP", "KR"], status="referenced", evidence=[APR]),
        dict(title="working-level consultations in June toward reopening EPA negotiations",
             kind="commitment", date="2008-04-21", parties=["JP", "KR"], status="referenced",
             evidence=[APR]),
        dict(title="expand the working holiday program", kind="commitment", date="2008-04-21",
             parties=["JP", "KR"], status="referenced", evidence=[APR]),
        dict(title="expand Korea-Indonesia economic cooperation", kind="commitment",
             date="2008-07-09", parties=["ID", "KR"], status="agreed", evidence=[SBY2]),
        dict(title="keep working closely in oil, forestry, agriculture, energy resources and"
                   " the defense industry", kind="commitment", date="2008-07-09",
             parties=["ID", "KR"], status="agreed", evidence=[SBY2]),
        dict(title="Yudhoyono visit to Korea (Lee's invitation)", kind="commitment",
             date="2008-07-09", parties=["ID", "KR"], status="proposed", evidence=[SBY3]),
    ],
    notes=[
        "Invented article in the style of a Seoul English-language daily (correspondent Yoon"
        " Hye-jin, Professor Choi Jae-won and Hannam Global University are fictional; the"
        " Japanese official is unnamed). Furniture: byline, 'Posted' stamp (annotated),"
        " dateline; the headline's single-quoted words are not quotes. Checked (pages):"
        " Lee's 15-minute one-on-one with Fukuda just before the G8 outreach session on"
        " Wednesday July 9, 2008, his concern over the Dokdo teaching-manual plan, Fukuda's"
        " reply that he fully knew Seoul's position (reworded), spokesman Lee Dong-kwan,"
        " Lee-Yudhoyono summit with the cooperation fields, Yudhoyono's looking forward to a"
        " December visit and Lee's invitation (sisa-news.com); the Japanese account of a"
        " 'new era' agreement and 'grave concern', Komura-Yu in Sapporo on Tuesday (Kyodo"
        " via Japan Times and oananews); Lee-Bush at Toyako, their first meeting in three"
        " months (Dong-a); the April 21 Tokyo summit: shuttle diplomacy, June working-level"
        " talks on the EPA, working holiday (Xinhua via china.org.cn; Dong-a; Kantei"
        " transcript); Fukuda's first meeting with Lee at his inauguration (AFP via"
        " apsislamabad blog). Public record: Bush's Seoul visit of Aug. 5-6, 2008; Japan's"
        " manual announcement of July 14, 2008.",
        "Summits (6): Toyako Lee-Fukuda (sidelines of the G8 summit) and Lee-Yudhoyono;"
        " background Tokyo April 21 and Seoul February (the inauguration-day meeting);"
        " planned Lee visit to Indonesia (December, place null) and Bush visit to Seoul"
        " ('early next month': 2008-08). Not summits: Lee and Bush 'exchanged a few words"
        " and posed for cameras' (an exchange in passing, not a meeting; debatable, the"
        " text also calls it 'their first encounter in three months'); Yu-Komura"
        " (ministers); the G8 session.",
        "Agreements (7): the 'new era' agreement (from the Japanese account only; agreed,"
        " debatable since Seoul's account omits it); April 21: three courses in one sentence"
        " (referenced); Lee-Yudhoyono: two courses; Lee's hope that Yudhoyono would visit"
        " (an invitation: proposed, as in d6_08). Not agreements: Yudhoyono's looking"
        " forward to a visit already arranged (recorded as a planned summit only), Lee's"
        " warning, the slogan.",
        "Quotes: 'new era' is the slogan as reported by the unnamed Japanese official"
        " (partial, null speaker; debatable: could be read as a term reproducing nobody's"
        " speech).",
        "Statements: the headline ('voices') and the subheadline ('Japanese side says"
        " leaders agreed', the unnamed side as null plus the two leaders) are annotated.",
        "Timexes: '15-minute' in the headline = PT15M, 'about 15 minutes' = PT15M APPROX;"
        " 'three months' twice = P3M; 'early next month' = 2008-08 START; 'next"
        " week' = 2008-W29.",
    ],
)
