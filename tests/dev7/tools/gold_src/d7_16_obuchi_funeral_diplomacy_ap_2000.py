MORI = "Yoshiro Mori"
BC = "Bill Clinton"
KDJ = "Kim Dae-jung"
OB = "Keizo Obuchi"
KJI = "Kim Jong Il"
LEAD = "Prime Minister Yoshiro Mori used the state funeral"
SEP = "Starting in the morning, before the ceremony"
THEN = "He then met Kim, and finally Clinton"
MEET = "In the meetings with Clinton and Kim, the leaders agreed"
PY = "Kim is to fly to the North Korean capital on Monday"
BRIEF = "Kim told Mori that he would brief Tokyo"
DECL = "In October 1998, he and Obuchi signed a joint declaration"
FUN = dict(place="Tokyo", country="JP", ordinal=None, occasion="the funeral of Keizo Obuchi",
           kind="sidelines", status="held", date="2000-06-08")
GOLD = dict(
    published="2000-06-08",
    furniture=["By KENJI WATANABE", "Lantern Newswire Writer", "TOKYO (LNW) -"],
    timex_in_furniture_ok=True,
    entities={
        MORI: ["Prime Minister Yoshiro Mori", "Mori", "He"],
        BC: ["President Clinton", "Clinton"],
        KDJ: ["South Korean President Kim Dae-jung", "Kim", "he"],
        OB: ["Obuchi"],
        KJI: ["North Korean leader Kim Jong Il"],
        "Joseph Estrada": ["President Joseph Estrada"],
        "Abdurrahman Wahid": ["President Abdurrahman Wahid"],
        "John Howard": ["Prime Minister John Howard"],
        "Ayumi Kuroda": [],
    },
    quotes=[
        ("Funerals have always been a place for quiet business", "direct", "Ayumi Kuroda",
         "said"),
        ("Mori needed to be seen with Clinton and Kim", "direct", "Ayumi Kuroda", "said"),
    ],
    statements=[
        (LEAD, [MORI, BC, KDJ], "agreeing"),
        (MEET, [MORI, BC, KDJ, None], "according to"),
        (BRIEF, [KDJ, None], "told"),
        (DECL, [KDJ, OB], "pledged"),
    ],
    timexes=[
        ("diplomacy [[Thursday]]", "2000-06-08", None),
        ("next week", "2000-W24", None),
        ("a stroke in [[April]]", "2000-04", None),
        ("last month", "2000-05", None),
        ("in the morning", "2000-06-08TMO", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("on [[Monday]]", "2000-06-12", None),
        ("three days", "P3D", None),
        ("October 1998", "1998-10", None),
        ("last year", "1999", None),
        ("took office in [[April]]", "2000-04", None),
        ("next month", "2000-07", None),
    ],
    summits=[
        dict(participants=[MORI, KDJ], evidence=[LEAD, THEN, MEET, BRIEF], **FUN),
        dict(participants=[MORI, BC], evidence=[LEAD, THEN, MEET], **FUN),
        dict(participants=[MORI, "Joseph Estrada"], evidence=[SEP], **FUN),
        dict(participants=[MORI, "Abdurrahman Wahid"], evidence=[SEP], **FUN),
        dict(participants=[MORI, "John Howard"], evidence=[SEP], **FUN),
        dict(date="2000-06-12", place="Pyongyang", country="KP", participants=[KDJ, KJI],
             kind="bilateral", ordinal=None, status="planned", occasion=None,
             evidence=[LEAD, MEET, PY, "Mori needed to be seen with Clinton and Kim"]),
        dict(date="1998-10", place=None, country=None, participants=[KDJ, OB],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[DECL]),
        dict(date="1999", place="Seoul", country="KR", participants=[KDJ, OB],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[DECL]),
    ],
    agreements=[
        dict(title="Japan, the U.S. and South Korea to maintain close liaison on North Korea"
                   " policy before the inter-Korean summit", kind="commitment",
             date="2000-06-08", parties=["JP", "KR", "US"], status="agreed",
             evidence=[LEAD, MEET]),
        dict(title="Japan-South Korea joint declaration of October 1998",
             kind="joint-declaration", date="1998-10", parties=["JP", "KR"],
             status="referenced", evidence=[DECL]),
    ],
    notes=[
        "Invented wire story in AP style (Lantern Newswire, writer Kenji Watanabe, Professor"
        " Ayumi Kuroda and Tokyo Seiwa University are fictional; Kim's promise to brief"
        " Tokyo is invented). Furniture: byline, writer line, dateline. Checked (pages):"
        " Mori's separate meetings on Thursday June 8, 2000, the day of Obuchi's funeral"
        " organized by the government and the LDP, with Estrada, Wahid, Howard, Kim and"
        " Clinton, Clinton's plane about 30 minutes late so that Kim came before him, and"
        " the agreement with Clinton and Kim on close Japan-U.S.-ROK liaison on North Korea"
        " before the inter-Korean summit (Kantei News Update, 2000-06-08; MOFA press"
        " secretary's special briefing, 2000-06-08); the inter-Korean summit, scheduled for"
        " June 12-14 and delayed a day on June 11 at the North's request (AP via"
        " lubbockonline; Wikipedia). Public record: Obuchi's stroke in April and death in"
        " May 2000, the Nippon Budokan, Mori taking office in April 2000, the Okinawa G8"
        " summit of July 2000, the 1998 declaration (d7_01) and Obuchi's Seoul visit of"
        " March 1999.",
        "Summits (8): Mori with Kim, Clinton, Estrada, Wahid and Howard ('held separate"
        " talks' / 'met ... one after another': one record each; kind sidelines with the"
        " funeral as occasion, debatable: a funeral is not a summit gathering); the planned"
        " inter-Korean summit in Pyongyang from Monday (Kim Jong Il treated as North Korea's"
        " leader, as in d7_05; date the first day); background: the October 1998 signing"
        " (place and country null: the text gives none) and Obuchi's 1999 return visit to"
        " Seoul. Not summits: the funeral itself, the Okinawa G8 summit (a gathering),"
        " Clinton's expected attendance.",
        "Agreements (2): the liaison commitment (agreed in two separate bilateral meetings,"
        " recorded once with parties JP/KR/US); the 1998 declaration (referenced). Not"
        " agreements: Kim's promise to brief Tokyo (unilateral).",
        "Statements: the lead ('agreeing with Clinton and Kim') has the three leaders; 'the"
        " leaders agreed ..., according to a Japanese Foreign Ministry spokesman' adds the"
        " unnamed spokesman (null). 'also discussed ... the G8 summit' reports no content.",
        "Timexes: 'next week's' = 2000-W24 (span 'next week'); 'in the morning' ="
        " 2000-06-08TMO; 'three days' = P3D.",
    ],
)
