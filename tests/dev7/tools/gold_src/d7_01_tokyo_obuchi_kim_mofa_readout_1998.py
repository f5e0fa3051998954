OB = "Keizo Obuchi"
KIM = "Kim Dae-jung"
BOTH = [OB, KIM]
OPEN = "On the morning of October 8, Prime Minister Keizo Obuchi held"
SIGN = "Following the meeting, the two leaders signed"
DIALOGUE = "The two leaders confirmed that they would hold annual summit meetings"
NK = "The two leaders confirmed that Japan and the ROK, together with the United States"
EXCH = "The two leaders agreed to cooperate for the success of the 2002 FIFA World Cup"
INVITE = "President Kim invited Prime Minister Obuchi to visit the ROK"
GOLD = dict(
    published="1998-10-08",
    furniture=["October 8, 1998\n",
               "Japanese Foreign Ministry-style summary (provisional translation)",
               "(Reference)"],
    timex_in_furniture_ok=True,
    entities={
        OB: ["Prime Minister Keizo Obuchi", "Prime Minister Obuchi", "the Prime Minister"],
        KIM: ["President Kim Dae Jung", "Kim Dae Jung", "President Kim"],
    },
    quotes=[
        ("deep remorse and heartfelt apology", "partial", OB, "expressed"),
    ],
    statements=[
        ("Prime Minister Obuchi, looking back", [OB], "expressed"),
        ("President Kim sincerely accepted this statement", [KIM], "expressed"),
        ("The two leaders shared the view that the two countries", BOTH, "shared the view"),
        (DIALOGUE, BOTH, "confirmed"),
        ("Prime Minister Obuchi expressed concern over the missile", [OB], "expressed concern"),
        ("The two leaders agreed to hold a Japan-ROK security dialogue", BOTH, "agreed"),
        (NK, BOTH, "confirmed"),
        ("President Kim explained the economic reforms", [KIM], "explained"),
        ("Prime Minister Obuchi stated that Japan would extend", BOTH, "stated"),
        ("The two leaders welcomed the agreement in principle", BOTH, "welcomed"),
        (EXCH, BOTH, "agreed"),
        ("President Kim stated that the ROK would open", [KIM], "stated"),
        (INVITE, BOTH, "invited"),
    ],
    timexes=[
        ("October 8, 1998", "1998-10-08", None),
        ("the morning of October 8", "1998-10-08TMO", None),
        ("from [[October 7]] to", "1998-10-07", None),
        ("to [[October 10]]", "1998-10-10", None),
        ("1965", "1965", None),
        ("August 31", "1998-08-31", None),
        ("September 25", "1998-09-25", None),
        ("the [[2002]] FIFA", "2002", None),
        ("next year", "1999", None),
        ("took office in [[February]]", "1998-02", None),
        ("the afternoon of the same day", "1998-10-08TAF", None),
        ("took office in [[July]]", "1998-07", None),
    ],
    summits=[
        dict(date="1998-10-08", place="Tokyo", country="JP", participants=BOTH,
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=["Japan-Republic of Korea Summit Meeting (Overview)", OPEN, SIGN]),
        dict(date="1999", place=None, country="KR", participants=BOTH,
             kind="bilateral", ordinal=None, status="planned", occasion=None,
             evidence=[INVITE]),
    ],
    agreements=[
        dict(title="Japan-Republic of Korea Joint Declaration and its annexed Action Plan",
             kind="joint-declaration", date="1998-10-08", parties=["JP", "KR"],
             status="signed", evidence=[SIGN]),
        dict(title="Treaty on Basic Relations (1965)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["The two leaders shared the view that the two countries"]),
        dict(title="hold annual summit meetings", kind="commitment", date="1998-10-08",
             parties=["JP", "KR"], status="agreed", evidence=[DIALOGUE]),
        dict(title="expand exchanges between cabinet ministers", kind="commitment",
             date="1998-10-08", parties=["JP", "KR"], status="agreed", evidence=[DIALOGUE]),
        dict(title="launch a Japan-ROK ministerial forum", kind="commitment", date="1998-10-08",
             parties=["JP", "KR"], status="agreed", evidence=[DIALOGUE]),
        dict(title="annual Japan-ROK security dialogue", kind="commitment", date="1998-10-08",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to hold a Japan-ROK security dialogue"]),
        dict(title="continue close cooperation with the U.S. on North Korea, incl. the KEDO"
                   " light-water reactor project", kind="commitment", date="1998-10-08",
             parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="new Japan-ROK fisheries agreement (agreed in principle)", kind="treaty",
             date="1998-09-25", parties=["JP", "KR"], status="referenced",
             evidence=["The two leaders welcomed the agreement in principle"]),
        dict(title="cooperate for the success of the 2002 FIFA World Cup", kind="commitment",
             date="1998-10-08", parties=["JP", "KR"], status="agreed", evidence=[EXCH]),
        dict(title="expand exchanges among young people", kind="commitment",
             date="1998-10-08", parties=["JP", "KR"], status="agreed", evidence=[EXCH]),
        dict(title="Obuchi visit to the ROK next year (invitation accepted)",
             kind="commitment", date="1998-10-08", parties=["JP", "KR"], status="agreed",
             evidence=[INVITE]),
    ],
    notes=[
        "Invented readout in the style of the Japanese foreign ministry (not the real"
        " document; wording invented; Obuchi's 'deep remorse and heartfelt apology' is the"
        " well-known wording of the 1998 declaration, here given as his words). Furniture:"
        " the date line, the style line and '(Reference)'; the date line is annotated."
        " Checked (pages): Kim Dae-jung's state visit of four days from Oct. 7, 1998 and the"
        " basic fisheries agreement of Friday Sept. 25, 1998 (Japan Times, 1998-09-25); the"
        " joint declaration and the 43-point action plan signed at the summit of Thursday"
        " Oct. 8, with annual summits, more ministerial exchanges and a ministerial forum,"
        " an annual security dialogue, the KEDO light-water reactor project, 3 billion"
        " dollars of Export-Import Bank loans and World Cup cooperation (Japan Times,"
        " 1998-10-08). Public record, general knowledge: the North Korean launch over Japan"
        " of Aug. 31, 1998 (also scoop.co.nz), Kim's Diet address the same day, Kim's"
        " inauguration in February and Obuchi's in July 1998, Obuchi's Seoul visit of"
        " March 1999 (Kyodo via thefreelibrary). Invented: the residence as venue, the"
        " morning time, the invitation item and the culture sentence's wording.",
        "Summits (2): Tokyo Oct. 8; the planned visit 'next year' (invitation accepted:"
        " planned, date 1999, place null; debatable). Not summits: the Diet address.",
        "Agreements (11): the joint declaration with its annexed Action Plan (one record:"
        " the annex is part of the instrument; debatable); the 1965 Treaty on Basic"
        " Relations (referenced, named in a 'shared the view' sentence, which is itself no"
        " agreement); item 2 split into three courses (annual summits, ministerial"
        " exchanges, ministerial forum); annual security dialogue; North Korea cooperation"
        " (one course including KEDO; parties JP/KR as the two leaders confirmed it);"
        " fisheries agreement (treaty, referenced: agreed in principle on Sept. 25, not at"
        " this meeting; the confirmation that it would be signed early is kept in the same"
        " record, debatable); item 6 split into World Cup cooperation and youth exchanges;"
        " the accepted invitation (agreed commitment, debatable). Not agreements: Japan's"
        " loans (a unilateral measure) and Korea's opening to Japanese culture (unilateral).",
        "Statements: the 'addressed the Diet' sentence reports a speech without content and"
        " is not annotated (debatable).",
        "Timexes: 'the morning of October 8' = 1998-10-08TMO and 'the afternoon of the same"
        " day' = 1998-10-08TAF (one expression each); 'October 7 to October 10' is two."
        " 'annual'/'annually' are not annotated (frequencies).",
    ],
)
