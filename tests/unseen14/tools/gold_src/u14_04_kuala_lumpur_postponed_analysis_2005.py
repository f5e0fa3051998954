# ruff: noqa: E501
SHUTTLE = "President Roh Moo-hyun and Koizumi agreed last year"
JEJU = "The two men held talks on Jeju Island in July 2004"
SEOUL = "On June 20 this year, with the Dokdo dispute"
BUSAN = "The only encounter since the shrine visit came in Busan"
ARCH = "But the architecture of regular leaders' meetings"

GOLD = dict(
    published="2005-12-10",
    furniture=[
        "ANALYSIS | East Asia Monitor | December 10, 2005\n"
        "Three leaders, one city, no table: what the cancelled Kuala Lumpur meeting says about"
        " Seoul and Tokyo\n"
        "By Lucy Hartigan in Hong Kong",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Koizumi", "he"],
        "Roh Moo-hyun": ["President Roh Moo-hyun", "Roh", "the president"],
        "Wen Jiabao": ["Premier Wen Jiabao"],
        "Government of China": ["Beijing", "China"],
        "Ministry of Foreign Affairs of China": ["Its foreign ministry"],
        "Government of South Korea": ["Seoul"],
        "Kwon Tae-hee": ["Kwon Tae-hee", "Kwon"],
    },
    quotes=[
        ("the present climate,", "partial", "Ministry of Foreign Affairs of China", "cited"),
        ("Roh has decided that a summit he cannot sell", "direct", "Kwon Tae-hee", "said"),
        ("Koizumi has decided that a summit he has to pay for", "direct", "Kwon Tae-hee", None),
        ("The question for Seoul is whether to wait", "direct", "Kwon Tae-hee", "said"),
        ("My guess is that it will.", "direct", "Kwon Tae-hee", None),
    ],
    statements=[
        ("Beijing announced last Sunday", ["Government of China"], "announced"),
        ("Its foreign ministry cited only", ["Ministry of Foreign Affairs of China"], "cited"),
        ("A lunch of the three foreign ministers", [None], "made clear"),
        ("Koizumi told reporters on Monday", ["Junichiro Koizumi"], "told reporters"),
        (SHUTTLE, ["Roh Moo-hyun", "Junichiro Koizumi"], "agreed"),
        (JEJU, ["Roh Moo-hyun", "Junichiro Koizumi"], "agreed"),
        ("Koizumi said as much when the two spoke", ["Junichiro Koizumi"], "said"),
        (BUSAN, ["Government of South Korea", "Roh Moo-hyun"], "described"),
        ("Japan's temporary waiver of visas", [None], "say"),
    ],
    timexes=[
        ("December 10, 2005", "2005-12-10", None),
        ("the better part of [[next week]]", "2005-W50", None),
        ("meetings in [[1999]]", "1999", None),
        ("last Sunday", "2005-12-04", None),
        ("ASEAN Plus Three summit on [[Monday]]", "2005-12-12", None),
        ("October 17", "2005-10-17", None),
        ("planned for [[Thursday]]", "2005-12-08", None),
        ("told reporters on [[Monday]]", "2005-12-05", None),
        ("agreed [[last year]]", "2004", None),
        ("July 2004", "2004-07", None),
        ("December 2004", "2004-12", None),
        ("June 20 this year", "2005-06-20", None),
        ("two hours", "PT2H", None),
        ("the end of this year", "2005", "END"),
        ("September 22", "2005-09-22", None),
        ("November 18", "2005-11-18", None),
        ("the end of February", "2006-02", "END"),
        ("built in [[2004]]", "2004", None),
        ("used since [[June]]", "2005-06", None),
        ("September next year", "2006-09", None),
        ("opens on [[Wednesday]]", "2005-12-14", None),
    ],
    summits=[
        dict(date="2004-07", place="Jeju Island", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[JEJU]),
        dict(date="2004-12", place="Ibusuki", country="JP",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[JEJU]),
        dict(date="2005-06-20", place="Seoul", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2005-11-18", place="Busan", country="KR",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[BUSAN]),
    ],
    agreements=[
        dict(title="shuttle diplomacy: leaders to meet twice a year, once in each country",
             kind="commitment", date="2004", parties=["JP", "KR"], status="referenced",
             evidence=[SHUTTLE, ARCH]),
        dict(title="consider doubling daily Haneda-Gimpo flights", kind="commitment",
             date="2004-12", parties=["JP", "KR"], status="referenced", evidence=[JEJU]),
    ],
    notes=[
        "Invented analysis (outlet 'East Asia Monitor', writer Lucy Hartigan, the scholar Kwon"
        " Tae-hee and every quote invented, including the words 'the present climate' given to"
        " China's foreign ministry; the label/date line, headline and byline are furniture; the"
        " date is annotated). Real background, checked on stored pages: Irish Times, donga.com"
        " 2005-12-05, pravda.ru and China Daily 2005-12-05 (China announced on Sunday 4 December"
        " that the seventh trilateral leaders' meeting due at the ASEAN+3 summit of 12-14 December"
        " in Kuala Lumpur was postponed; Yasukuni visit of 17 October; no Wen-Koizumi meeting;"
        " Koizumi's remarks on Monday 5 December); Reuters via redorbit 2005-12-08 and an AFP"
        " item of 2005-12-09 (foreign ministers' lunch on Thursday called off after China pulled"
        " out); China Daily 2005-11-30 (Roh received Koizumi at APEC in Busan as a courtesy and"
        " protested the shrine visits); MOFA Japan meet0407, meet0412, meet0506 and the telephone"
        " talk of 22 September 2005 (Jeju July 2004, Ibusuki 17 December 2004 with the Haneda-Gimpo"
        " flights item, Seoul 20 June 2005 for about two hours, Koizumi looking forward to welcoming"
        " Roh within the year); donga.com 2005-03-27 (agreement of 2004 on two summits a year);"
        " Japan Times 2005-09-18 (visa waiver extended to February). From general knowledge: the"
        " first East Asia Summit on 14 December 2005, Koizumi's party term ending in September"
        " 2006. Invented: the analyst's views.",
        "Summits (4): Jeju July 2004, Ibusuki December 2004 (one sentence), Seoul 20 June 2005,"
        " Busan 18 November 2005 (APEC sidelines; Roh as host 'received' Koizumi). Not summits:"
        " the postponed seventh trilateral (cancelled), the 22 September phone call, the visit to"
        " Japan that 'is now not going to happen', the unannounced Kuala Lumpur meeting, the"
        " foreign ministers' lunch, 'three-way meetings' since 1999 in aggregate, the East Asia"
        " Summit (a larger gathering).",
        "Agreements (2, referenced): the 2004 shuttle arrangement (commitment, mentioned twice);"
        " the Ibusuki commitment to consider doubling flights. Not agreements: Japan's visa"
        " waiver (unilateral), Koizumi's wish to welcome Roh.",
        "Timexes: 'Monday' is 12 December in the present/future sentence and 5 December in the"
        " past-tense 'told reporters on Monday'; 'next week' is 2005-W50; 'the end of this year'"
        " = 2005 END; 'a weekend' (spent a weekend) and 'twice a year' are not annotated (a vague"
        " span and a frequency).",
    ],
)
