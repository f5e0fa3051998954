GOLD = dict(
    published="2008-02-25",
    furniture=[
        "UPDATE 2-Japan's Fukuda, new S.Korea leader Lee agree to restart shuttle visits",
        "Mon Feb 25, 2008 3:41am EST",
        "By Min Kyung-ah",
        "SEOUL (Meridian Wire) - ",
        "(Additional reporting by Tetsuya Mori in Tokyo; Editing by Sophie Lang)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yasuo Fukuda": ["Japanese Prime Minister Yasuo Fukuda", "Fukuda"],
        "Lee Myung-bak": ["Lee", "the president"],
        "Roh Moo-hyun": ["Roh"],
        "Junichiro Koizumi": ["then-prime minister Junichiro Koizumi", "Koizumi"],
        "Islam Karimov": ["Uzbek President Islam Karimov"],
        "Nambaryn Enkhbayar": ["Mongolian President Nambaryn Enkhbayar"],
        "Hun Sen": ["Cambodian Prime Minister Hun Sen"],
        "Viktor Zubkov": ["Russian Prime Minister Viktor Zubkov"],
        "Ueda Noriko": [],
        "Japanese government": ["the Japanese side", "Tokyo"],
    },
    quotes=[
        ("We opened a new era today,", "direct", "Yasuo Fukuda", "told reporters"),
        ("The president and I will talk frankly and often", "direct", "Yasuo Fukuda",
         "told reporters"),
        ("pragmatic", "partial", "Lee Myung-bak", "promised"),
        ("Nobody expects the history problems", "direct", "Ueda Noriko", "said"),
        ("But for three years the two leaders", "direct", "Ueda Noriko", "said"),
    ],
    statements=[
        ("Japanese Prime Minister Yasuo Fukuda became the first foreign leader",
         ["Yasuo Fukuda", "Lee Myung-bak"], "agreed"),
        ("Fukuda, who flew in on Sunday, watched", [None], "said"),
        ("The two leaders agreed to resume so-called shuttle diplomacy",
         ["Yasuo Fukuda", "Lee Myung-bak"], "agreed"),
        ("They also agreed to start preparatory talks", ["Yasuo Fukuda", "Lee Myung-bak"],
         "agreed"),
        ("Lee told Fukuda he would visit Japan", ["Lee Myung-bak", None], "told"),
        ("On North Korea, the two leaders stressed", ["Yasuo Fukuda", "Lee Myung-bak"],
         "stressed"),
        ("Fukuda also raised the fate", ["Yasuo Fukuda", "Lee Myung-bak",
                                         "Japanese government"], "raised"),
        ("Lee, a former Hyundai executive born in Osaka", ["Lee Myung-bak"], "promised"),
        ("He first suggested reviving the shuttle visits", ["Lee Myung-bak"], "suggested"),
    ],
    timexes=[
        ("Mon Feb 25, 2008 3:41am EST", "2008-02-25T03:41", None),
        ("president [[on Monday]]", "2008-02-25", None),
        ("flew in [[on Sunday]]", "2008-02-24", None),
        ("in the morning", "2008-02-25TMO", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("later in the day", "2008-02-25", None),
        ("new era [[today]]", "2008-02-25", None),
        ("November 2004", "2004-11", None),
        ("mid-April", "2008-04", "MID"),
        ("Fukuda [[in December]]", "2007-12", None),
        ("December 2004", "2004-12", None),
        ("the following year", "2005", None),
        ("three years", "P3Y", None),
        ("took office [[in September]]", "2007-09", None),
        ("later on [[Monday]]", "2008-02-25", None),
        ("[[On Sunday]] he walked", "2008-02-24", None),
    ],
    summits=[
        dict(date="2008-02-25", place="Seoul", country="KR",
             participants=["Yasuo Fukuda", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion="Lee's inauguration",
             evidence=["Japanese Prime Minister Yasuo Fukuda became the first foreign leader",
                       "Fukuda, who flew in on Sunday, watched",
                       "Nobody expects the history problems"]),
        dict(date="2008-04", place=None, country="JP",
             participants=["Lee Myung-bak", "Yasuo Fukuda"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Lee told Fukuda he would visit Japan"]),
        dict(date="2004-12", place="Ibusuki", country="JP",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Lee's predecessor, Roh Moo-hyun, last traveled to Japan"]),
        dict(date="2008-02-25", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Islam Karimov"], kind="bilateral", ordinal=None,
             status="planned", occasion="Lee's inauguration",
             evidence=["After Fukuda, he was due to receive"]),
        dict(date="2008-02-25", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Nambaryn Enkhbayar"], kind="bilateral",
             ordinal=None, status="planned", occasion="Lee's inauguration",
             evidence=["After Fukuda, he was due to receive"]),
        dict(date="2008-02-25", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Hun Sen"], kind="bilateral", ordinal=None,
             status="planned", occasion="Lee's inauguration",
             evidence=["After Fukuda, he was due to receive"]),
        dict(date="2008-02-25", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Viktor Zubkov"], kind="bilateral", ordinal=None,
             status="planned", occasion="Lee's inauguration",
             evidence=["After Fukuda, he was due to receive"]),
    ],
    agreements=[
        dict(title="resume shuttle diplomacy (reciprocal informal visits)", kind="commitment",
             date="2008-02-25", parties=["JP", "KR"], status="agreed",
             evidence=["Japanese Prime Minister Yasuo Fukuda became the first foreign leader",
                       "The two leaders agreed to resume so-called shuttle diplomacy",
                       "He first suggested reviving the shuttle visits"]),
        dict(title="preparatory talks toward reopening EPA negotiations", kind="commitment",
             date="2008-02-25", parties=["JP", "KR"], status="agreed",
             evidence=["They also agreed to start preparatory talks"]),
    ],
    notes=[
        "Invented international wire story (headline, stamp, byline, dateline and credit line"
        " are furniture; the stamp is annotated in its own time zone). Outlet, reporters, the"
        " analyst Ueda Noriko, all quotes (including Lee's one-word partial), the length of the"
        " talks and the Japanese official are invented. Real background: Kantei (Japanese page)"
        " 2008-02-24/25 (Fukuda to Seoul on the 24th, Cheonggyecheon visit and dinner with"
        " political and business leaders; inauguration at the National Assembly plaza on the"
        " 25th; first summit after the inauguration; new era, shuttle diplomacy, denuclearization"
        " with Japan-U.S.-ROK coordination, abductions, EPA talks to restart with preparatory"
        " talks, Lee to come to Japan from mid-April); Chosun 2008-02-25 (Fukuda as the partner"
        " of Lee's first summit; meetings with Karimov, Enkhbayar, Hun Sen, then Rice, Tang"
        " Jiaxuan and Zubkov); donga.com 2008-01-23 (Lee's December 2007 phone call proposing"
        " shuttle diplomacy); apsislamabad blog 2008-04-21 (Roh's December 2004 visit, cancelled"
        " trip after Koizumi's shrine visit, FTA talks suspended since November 2004). From"
        " general knowledge: Lee's birth in Osaka and Hyundai career, his role in the"
        " Cheonggyecheon restoration, Fukuda taking office in September 2007.",
        "Summits (7): Seoul 2008-02-25 (Fukuda-Lee, at the inauguration; kind bilateral); Lee's"
        " visit to Japan from mid-April (planned, 2008-04); Ibusuki 2004-12 (Roh-Koizumi); Lee's"
        " same-day meetings with Karimov, Enkhbayar, Hun Sen and Zubkov ('was due to receive',"
        " still to come at the stamp time, so planned; a leader meeting several others in"
        " turn). Not summits: Lee's meetings with Rice and Tang Jiaxuan (not heads of state or"
        " government), the December phone call, the Japanese visit 'planned for the following"
        " year' that 'never took place' (cancelled).",
        "Agreements (2): shuttle diplomacy (Lee's December suggestion of the same course of"
        " action is evidence of the same record, now agreed); preparatory EPA talks. Not"
        " agreements: the stress on"
        " working with the U.S. (a shared position), Lee's promise to help on abductions"
        " (unilateral), the EPA itself (under negotiation, frozen).",
        "Timexes: 'on his first day' (anaphoric) is not annotated.",
        "Quotes: Fukuda's second quote and Ueda's second quote continue the same utterance and"
        " take the same cue.",
    ],
)
