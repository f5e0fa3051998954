GOLD = dict(
    published="2002-10-27",
    furniture=[
        "[Translated from the Korean edition] Korea, U.S., Japan leaders: \"North Korea must scrap"
        " uranium program promptly and verifiably\"... agree on peaceful solution",
        "Maeil Hankyung English Service | Input 2002.10.27 11:42",
        "(Los Cabos = Reporter Jeon Hyun-woo)",
        "Jeon Hyun-woo hwjeon@maeil-hankyung.example",
        "Copyright (c) Maeil Hankyung. Unauthorized reproduction and redistribution prohibited.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["President Kim Dae-jung", "President Kim"],
        "George W. Bush": ["U.S. President George W. Bush", "President Bush"],
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi",
                              "Prime Minister Koizumi"],
        "Jiang Zemin": ["Chinese President Jiang Zemin"],
        "Kim Jong Il": ["North Korean leader Kim Jong Il"],
        "Shinzo Abe": ["Japanese Deputy Chief Cabinet Secretary Shinzo Abe"],
        "Cheong Wa Dae": [],
        "North Korean government": ["North Korea", "the North"],
    },
    quotes=[
        ("We must close the door on the nuclear program", "direct", "Kim Dae-jung",
         "was quoted as saying"),
        ("put its position on record in black and white", "partial", None, "said"),
    ],
    statements=[
        (("On the 26th (local time), President Kim", "in a prompt and verifiable manner."),
         ["Kim Dae-jung", "George W. Bush", "Junichiro Koizumi"], "called on"),
        ("In a joint statement adopted after the meeting",
         ["Kim Dae-jung", "George W. Bush", "Junichiro Koizumi"], "said"),
        ("At the same time, they stressed", ["Kim Dae-jung", "George W. Bush",
                                             "Junichiro Koizumi"], "stressed"),
        ("This was the first time the three leaders had met", ["North Korean government"],
         "admitted"),
        ("The statement said that inter-Korean dialogue",
         ["Kim Dae-jung", "George W. Bush", "Junichiro Koizumi"], "said"),
        ("Prime Minister Koizumi made clear", ["Junichiro Koizumi"], "made clear"),
        ("According to Cheong Wa Dae, President Kim told the meeting",
         ["Cheong Wa Dae", "Kim Dae-jung"], "told"),
        ("Japanese Deputy Chief Cabinet Secretary Shinzo Abe, who briefed reporters",
         ["Shinzo Abe", "George W. Bush"], "said"),
        ("The statement also recorded", ["George W. Bush"], "recorded"),
        ("A senior Cheong Wa Dae official said", [None], "said"),
    ],
    timexes=[
        ("2002.10.27 11:42", "2002-10-27T11:42", None),
        ("On [[the 26th]] (local time)", "2002-10-26", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("the [[1994]] Geneva", "1994", None),
        ("the [[1992]] joint declaration", "1992", None),
        ("early this month", "2002-10", "START"),
        ("under the [[1994]] agreement", "1994", None),
        ("the 25th", "2002-10-25", None),
        ("a little over a month", "P1M", "MORE_THAN"),
        ("September 17", "2002-09-17", None),
        ("the 29th", "2002-10-29", None),
        ("term ends [[in February]]", "2003-02", None),
    ],
    summits=[
        dict(date="2002-10-26", place="Los Cabos", country="MX",
             participants=["Kim Dae-jung", "George W. Bush", "Junichiro Koizumi"],
             kind="trilateral", ordinal=None, status="held", occasion="APEC",
             evidence=[("On the 26th (local time), President Kim",
                        "in a prompt and verifiable manner."),
                       "In a joint statement adopted after the meeting",
                       "This was the first time the three leaders had met",
                       "According to Cheong Wa Dae, President Kim told the meeting",
                       "For President Kim, whose term ends in February"]),
        dict(date="2002-10-25", place="Crawford", country="US",
             participants=["George W. Bush", "Jiang Zemin"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["President Bush had hosted Chinese President Jiang Zemin"]),
        dict(date="2002-09-17", place="Pyongyang", country="KP",
             participants=["Junichiro Koizumi", "Kim Jong Il"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The meeting also came a little over a month after"]),
    ],
    agreements=[
        dict(title="Joint U.S.-Japan-ROK trilateral statement on North Korea's uranium program",
             kind="joint-statement", date="2002-10-26", parties=["JP", "KR", "US"],
             status="agreed",
             evidence=["In a joint statement adopted after the meeting",
                       "The statement said that inter-Korean dialogue",
                       "The statement also recorded",
                       "A senior Cheong Wa Dae official said"]),
        dict(title="1994 Geneva Agreed Framework", kind="treaty", date="1994",
             parties=["KP", "US"], status="referenced",
             evidence=["In a joint statement adopted after the meeting",
                       "According to Cheong Wa Dae, President Kim told the meeting"]),
        dict(title="1992 inter-Korean joint declaration on denuclearization",
             kind="joint-declaration", date="1992", parties=["KP", "KR"], status="referenced",
             evidence=["In a joint statement adopted after the meeting"]),
        dict(title="Japan-North Korea Pyongyang Declaration", kind="joint-declaration",
             date="2002-09-17", parties=["JP", "KP"], status="referenced",
             evidence=["The meeting also came a little over a month after"]),
    ],
    notes=[
        "Invented translation of a Korean-press article (headline with a quoted slogan, outlet/"
        " input line, reporter dateline line, sign-off and copyright line are furniture; the"
        " input stamp is annotated; the headline's quotation is not a quote). Outlet, reporter,"
        " both quotes, the senior official, the meeting's length and the hotel setting are"
        " invented. Real background: White House release 2002-10-26 (joint trilateral statement;"
        " uranium programme a violation of the Agreed Framework and the South-North"
        " denuclearization declaration; prompt and verifiable dismantlement; peaceful resolution"
        " in close consultation; South-North dialogue and Japan-DPRK normalization talks as"
        " channels); people.cn 2002-10-27 (sidelines of APEC in Los Cabos; Kelly's Pyongyang"
        " trip in early October; 1994 Geneva framework); Japan Times 2002-10-28 (Koizumi: no"
        " normalization without security and abduction issues settled; no U.S. intention to"
        " invade, per the statement); donga.com 2002-10-27 (Abe's briefing on Bush's remarks;"
        " Kim on the plutonium freeze); VOA 2002-10-26. From general knowledge: Jiang Zemin at"
        " Crawford on 2002-10-25, Koizumi's Pyongyang visit and declaration of 2002-09-17, the"
        " Kuala Lumpur talks from 29 October, Kim's term ending in February 2003.",
        "Summits (3): the Los Cabos trilateral (kind trilateral, occasion APEC); Bush-Jiang at"
        " Crawford 2002-10-25; Koizumi-Kim Jong Il 2002-09-17. Not summits: Kelly's visit, the"
        " Japan-North Korea normalization talks due on the 29th, inter-Korean dialogue, the APEC"
        " leaders' meeting itself.",
        "Agreements (4): the trilateral joint statement (its commitments, such as peaceful"
        " resolution and close consultation, are not split out); the Agreed Framework (kind"
        " treaty as an agreement concluded between two governments; debatable), the 1992"
        " inter-Korean declaration and the Pyongyang Declaration (all referenced). Not"
        " agreements: Koizumi's condition on normalization (a unilateral position), the U.S."
        " statement of no intent to invade (unilateral).",
    ],
)
