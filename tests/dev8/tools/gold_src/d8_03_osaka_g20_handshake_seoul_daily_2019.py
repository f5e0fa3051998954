MOON = "Moon Jae-in"
ABE = "Shinzo Abe"
XI = "Xi Jinping"
DJT = "Donald Trump"
PUT = "Vladimir Putin"
KJU = "Kim Jong-un"
CWD = "Cheong Wa Dae"
JPG = "Government of Japan"
KRG = "Government of South Korea"
KJ = ["JP", "KR"]
FACE = "It was the first time they had come face to face"
DOOR = "Cheong Wa Dae had said it was keeping"
DIPL = "A senior Japanese diplomat had said last week"
ABEM = "Abe, by contrast, held one-on-one talks"
FUND = "On June 19, Seoul proposed that Korean and Japanese companies"
ARB = "Tokyo rejected the idea the same day"
XIM = "He sat down with Xi on Thursday shortly after landing"
PUTM = "His talks with Russian President Vladimir Putin"
XIT = "Xi told Moon that North Korean leader"
TRU = "Before leaving Osaka, Moon also met Canadian Prime Minister"
TRUMP = "Trump was to arrive in Seoul later Saturday"
TWEET = "In a tweet in the morning, Trump said"
OSAKA = dict(place="Osaka", country="JP", ordinal=None, occasion="the G20 summit")
GOLD = dict(
    published="2019-06-29",
    furniture=["By Choi Ji-won", "Posted : 2019-06-29 17:40 | Updated : 2019-06-29 21:05",
               "OSAKA --", "Related articles",
               "- Seoul offers joint compensation fund; Tokyo says no within hours",
               "- Trump heads to Seoul with DMZ surprise in mind"],
    timex_in_furniture_ok=True,
    entities={
        MOON: ["President Moon Jae-in", "Moon", "He", "His", "The President"],
        ABE: ["Japanese Prime Minister Shinzo Abe", "Abe", "Prime Minister Abe"],
        XI: ["Chinese President Xi Jinping", "Xi"],
        DJT: ["U.S. President Donald Trump", "Trump"],
        PUT: ["Russian President Vladimir Putin", "Putin"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi", "Modi"],
        "Joko Widodo": ["Indonesian President Joko Widodo"],
        "Emmanuel Macron": ["French President Emmanuel Macron"],
        "Justin Trudeau": ["Canadian Prime Minister Justin Trudeau", "who"],
        KJU: ["North Korean leader Kim Jong-un", "Kim"],
        CWD: [],
        "Ko Min-jung": ["presidential spokesperson Ko Min-jung"],
        JPG: ["Tokyo"],
        KRG: ["Seoul"],
    },
    quotes=[
        ("the door open", "partial", CWD, "said"),
        ("highlight tensions", "partial", None, "said"),
        ("firmly committed", "partial", XI, "told"),
        ("shake his hand.", "partial", DJT, "said"),
        ("The President has never said no", "direct", None, "told reporters"),
    ],
    statements=[
        (DOOR, [CWD, JPG], "said"),
        (DIPL, [None], "said"),
        (FUND, [KRG], "proposed"),
        (ARB, [JPG], "rejected"),
        (XIT, [XI, CWD], "told"),
        (TRU, ["Justin Trudeau", "Ko Min-jung"], "reaffirmed"),
        (TWEET, [DJT], "said"),
    ],
    timexes=[
        ("8-second", "PT8S", None),
        ("2019-06-29 17:40", "2019-06-29T17:40", None),
        ("2019-06-29 21:05", "2019-06-29T21:05", None),
        ("flew home [[Saturday]]", "2019-06-29", None),
        ("eight-second", "PT8S", None),
        ("[[Friday]]'s welcoming", "2019-06-28", None),
        ("September last year", "2018-09", None),
        ("1910-45", "1910/1945", None),
        ("last week", "2019-W25", None),
        ("Xi Jinping on [[Thursday]]", "2019-06-27", None),
        ("Friday morning", "2019-06-28TMO", None),
        ("June 19", "2019-06-19", None),
        ("the same day", "2019-06-19", None),
        ("1965", "1965", None),
        ("three-day", "P3D", None),
        ("with Xi on [[Thursday]]", "2019-06-27", None),
        ("on [[Friday]] met Indian", "2019-06-28", None),
        ("10:45 p.m. Friday", "2019-06-28T22:45", None),
        ("12:36 a.m. Saturday", "2019-06-29T00:36", None),
        ("later Saturday", "2019-06-29", None),
        ("two-day", "P2D", None),
        ("November 2017", "2017-11", None),
        ("Cheong Wa Dae on [[Sunday]]", "2019-06-30", None),
        ("in the morning", "2019-06-29TMO", None),
    ],
    summits=[
        dict(date="2018-09", place="New York", country="US", participants=[MOON, ABE],
             kind="sidelines", ordinal=None, status="held",
             occasion="the U.N. General Assembly", evidence=[FACE]),
        dict(date="2019-06-27", participants=[ABE, XI], kind="sidelines", status="held",
             evidence=[ABEM], **OSAKA),
        dict(date="2019-06-28", participants=[ABE, DJT], kind="sidelines", status="held",
             evidence=[ABEM], **OSAKA),
        dict(date="2019-06-27", participants=[MOON, XI], kind="sidelines", status="held",
             evidence=[XIM, XIT], **OSAKA),
        dict(date="2019-06-28", participants=[MOON, "Narendra Modi"], kind="sidelines",
             status="held", evidence=[XIM], **OSAKA),
        dict(date="2019-06-28", participants=[MOON, "Joko Widodo"], kind="sidelines",
             status="held", evidence=[XIM], **OSAKA),
        dict(date="2019-06-29", participants=[MOON, PUT], kind="sidelines", status="held",
             evidence=[PUTM], **OSAKA),
        dict(date="2019-06-28", participants=[PUT, "Emmanuel Macron"], kind="sidelines",
             status="held", evidence=[PUTM], **OSAKA),
        dict(date="2019-06-29", participants=[MOON, "Justin Trudeau"], kind="sidelines",
             status="held", evidence=[TRU], **OSAKA),
        dict(date="2019-06-30", place="Seoul", country="KR", participants=[MOON, DJT],
             kind="bilateral", ordinal=None, status="planned", occasion=None,
             evidence=[TRUMP]),
        dict(date="2019-06", place="the Demilitarized Zone", country=None,
             participants=[DJT, KJU], kind="bilateral", ordinal=None, status="planned",
             occasion=None, evidence=[TWEET]),
    ],
    agreements=[
        dict(title="joint fund of Korean and Japanese companies to compensate forced labor"
                   " victims (Seoul's proposal)", kind="commitment", date="2019-06-19",
             parties=KJ, status="proposed", evidence=[FUND, ARB]),
        dict(title="arbitration panel with third-country members under the 1965 agreement"
                   " (Tokyo's request)", kind="commitment", date="2019-06-19", parties=KJ,
             status="proposed", evidence=[ARB]),
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=KJ, status="referenced", evidence=[ARB]),
    ],
    notes=[
        "Invented article in the style of a Seoul English-language daily (reporter Choi"
        " Ji-won, the related-article headlines and the final direct quote are invented;"
        " 'the door open', 'highlight tensions', 'firmly committed' and 'shake his hand' are"
        " fragments reworded from reported remarks). Furniture: byline, Posted/Updated stamp"
        " (annotated), dateline, related-articles block. Checked (pages): the eight-second"
        " handshake at the Friday June 28, 2019 welcoming ceremony at INTEX Osaka, no"
        " formal or informal Moon-Abe talks (JoongAng via toychan.blog.jp; Hankook Ilbo;"
        " Yonhap AEN20190628004300315: first meeting since the UNGA in New York last"
        " September); Seoul's sounding out and Tokyo's refusal, the senior diplomat's remark"
        " 'last week', Abe's talks with up to 16 leaders including Xi on Thursday (Japan"
        " Times, 2019-06-29); Abe-Trump on Friday (AP via gazette.com); Ko Min-jung's 'door"
        " open' remark (Korea Herald, 2019-06-21); the June 19 joint-fund proposal, Tokyo's"
        " same-day rejection and its request for a third-country arbitration panel under the"
        " 1965 agreement (Yonhap AEN20190619007452325; Asahi AJ201906200044; KBS); Moon-Xi"
        " on Thursday June 27 (Yonhap AEN20190627010900315; presidential archive);"
        " Moon-Modi and Moon-Widodo on Friday (KBS German service); Moon-Putin set for 10:45"
        " p.m. Friday, opened at 12:36 a.m. Saturday after Putin-Macron ran long (KBS"
        " Seq_Code=146271); Moon-Trudeau before departure and Xi/Putin conveying Kim's"
        " commitment (Korea Herald, 2019-06-29); Trump's two-day visit from Saturday with a"
        " summit at Cheong Wa Dae the next day (Korea Herald, 2019-06-24), his tweet about"
        " the DMZ (visir.is; thebl.com). Public record: Trump's November 2017 Seoul visit.",
        "Summits (11): background New York, September 2018 (UNGA sidelines); Osaka"
        " sidelines: Abe-Xi (Thu), Abe-Trump (Fri), Moon-Xi (Thu), Moon-Modi and Moon-Widodo"
        " (Fri), Moon-Putin (dated Saturday, when it began), Putin-Macron (Friday, the"
        " meeting that 'ran long'), Moon-Trudeau (Sat); planned: Moon-Trump in Seoul on"
        " Sunday, and Trump-Kim at the DMZ 'during the trip' (conditional offer with named"
        " participants and a time: planned, per the dev2 convention; month precision because"
        " the trip spans two days; country null because the DMZ straddles the border;"
        " debatable). Not summits: the handshake and photo, Abe's 'more than a dozen' talks"
        " (aggregate, except the two named), Trump's November 2017 visit (a visit, no meeting"
        " mentioned), the G20 itself.",
        "Agreements (3): Seoul's joint-fund proposal and Tokyo's arbitration-panel request"
        " (both proposed joint courses; the request invokes the 1965 agreement's dispute"
        " procedure, debatable as a proposal); the 1965 agreement (referenced treaty). Not"
        " agreements: Trudeau's support, Trump's offer to meet Kim.",
        "Quotes: 'the door open' is given to Cheong Wa Dae as an organisation speaker; the"
        " last direct quote is from an unnamed official (null), 'The President' inside it"
        " being Moon.",
        "Timexes: '8-second' in the headline and 'eight-second' = PT8S; 'last week' ="
        " 2019-W25; '10:45 p.m. Friday' and '12:36 a.m. Saturday' with clock times; 'in the"
        " morning' = 2019-06-29TMO; 'next time' is vague and not annotated.",
    ],
)
