GOLD = dict(
    published="2003-06-07",
    furniture=[
        "Joint Press Conference by Prime Minister Junichiro Koizumi and President Roh Moo-hyun"
        " of the Republic of Korea",
        "Saturday, June 7, 2003, 12:30",
        "Prime Minister's Office, Tokyo",
        "(Provisional transcript; remarks by President Roh are from the simultaneous"
        " interpretation)",
        "[Opening statements]", "[Questions]",
        "[[PRIME MINISTER KOIZUMI: ]]Good afternoon.", "[[PRESIDENT ROH: ]]Thank you, Prime",
        "[[MODERATOR: ]]We will take", "[[Q (Korean press): ]]Mr. President",
        "[[PRESIDENT ROH: ]]I did.", "[[Q (Japanese press): ]]Prime Minister, did",
        "[[PRIME MINISTER KOIZUMI: ]]Yes. I asked", "[[Q (Korean press): ]]What about",
        "[[PRIME MINISTER KOIZUMI: ]]A group of", "[[PRESIDENT ROH: ]]I share",
        "[[Q (Japanese press): ]]Will the", "[[PRIME MINISTER KOIZUMI: ]]I would be glad",
        "[[MODERATOR: ]]That concludes", "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "the Prime Minister",
                              "Prime Minister", "Koizumi"],
        "Roh Moo-hyun": ["President Roh Moo-hyun", "President Roh", "the President", "Roh",
                         "Roh Moo Hyun"],
        "Kim Jong Il": ["Chairman Kim Jong Il"],
        "Kim Dae-jung": ["President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Obuchi"],
    },
    quotes=[
        ("The past must be remembered", "direct", "Kim Dae-jung", "said"),
    ],
    statements=[
        ("We have adopted a Joint Statement", ["Junichiro Koizumi", "Roh Moo-hyun"], "adopted"),
        ("On North Korea, the President and I agreed", ["Junichiro Koizumi", "Roh Moo-hyun"],
         "agreed"),
        ("I told the President that Japan supports", ["Junichiro Koizumi"], "told"),
        ("The President, for his part, expressed support", ["Roh Moo-hyun"],
         "expressed support"),
        ("Some of my people asked me not to come", [None], "asked"),
        ("The Prime Minister and I have confirmed", ["Roh Moo-hyun", "Junichiro Koizumi"],
         "confirmed"),
        ("The Prime Minister assured me", ["Junichiro Koizumi"], "assured"),
        ("I told the Prime Minister that Koreans are sensitive", ["Roh Moo-hyun"], "told"),
        ("The Prime Minister said the laws are strictly defensive.", ["Junichiro Koizumi"],
         "said"),
        ("I asked for the President's understanding", ["Junichiro Koizumi", "Roh Moo-hyun"],
         "said"),
        ("He said he would raise the abduction issue", ["Roh Moo-hyun"], "said"),
    ],
    timexes=[
        ("Saturday, June 7, 2003, 12:30", "2003-06-07T12:30", None),
        ("Seoul [[in February]]", "2003-02", None),
        ("and [[today]] we had time", "2003-06-07", None),
        ("almost two hours", "PT2H", "APPROX"),
        ("last September", "2002-09", None),
        ("Obuchi in [[1998]]", "1998", None),
        ("Tokyo [[yesterday]]", "2003-06-06", None),
        ("this autumn", "2003-FA", None),
        ("promise a date [[today]]", "2003-06-07", None),
        ("this year", "2003", None),
    ],
    summits=[
        dict(date="2003-06-07", place="Tokyo", country="JP",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral", ordinal=2,
             status="held", occasion=None,
             evidence=["This is my second meeting with the President.",
                       "We first met in Seoul in February",
                       "We have adopted a Joint Statement",
                       "On North Korea, the President and I agreed"]),
        dict(date="2003-02", place="Seoul", country="KR",
             participants=["Junichiro Koizumi", "Roh Moo-hyun"], kind="bilateral",
             ordinal=None, status="held", occasion="the presidential inauguration",
             evidence=["We first met in Seoul in February"]),
        dict(date="2002-09", place="Pyongyang", country="KP",
             participants=["Junichiro Koizumi", "Kim Jong Il"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The President, for his part, expressed support"]),
        dict(date="1998", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["When President Kim Dae-jung stood in this city"]),
    ],
    agreements=[
        dict(title="Japan-ROK summit Joint Statement (peace and prosperity in Northeast Asia)",
             kind="joint-statement", date="2003-06-07", parties=["JP", "KR"], status="agreed",
             evidence=["We have adopted a Joint Statement"]),
        dict(title="Japan-North Korea Pyongyang Declaration", kind="joint-declaration",
             date="2002-09", parties=["JP", "KP"], status="referenced",
             evidence=["The President, for his part, expressed support"]),
    ],
    notes=[
        "Invented press-conference transcript (title, date/time line, place line, note line,"
        " section labels, speaker labels and '(End)' are furniture; the date/time line is"
        " annotated). Speech in a transcript is not in quotation marks and is not a quote;"
        " reported speech inside a turn ('I told the President that ...', 'the President and I"
        " agreed ...') is annotated as statements, with the speaking leader as source when he"
        " reports himself. Every word is invented, including Kim Dae-jung's 1998 sentence that"
        " Koizumi quotes and the newspaper headline. Real background: MOFA and globalsecurity.org"
        " texts of the Joint Statement of 2003-06-07 (state visit 6-9 June; peace and prosperity"
        " in Northeast Asia; support for the Peace and Prosperity Policy and for Japan's approach"
        " under the Pyongyang Declaration; North Korean nuclear issue); worldjpn.net record of the"
        " joint press conference of 2003-06-07 (second summit with Roh, the first at the"
        " inauguration in February; nuclear programme not allowed in any form); Japan Times"
        " 2003-10-21 (FTA joint study group of academic, business and government members"
        " reporting in October). From general knowledge: the Diet's enactment of the emergency"
        " (contingency) laws on 6 June, Korea's Memorial Day on 6 June, the Pyongyang Declaration"
        " of September 2002 signed by Koizumi and Kim Jong Il. The length of the talks is"
        " invented.",
        "Summits (4): Tokyo 2003-06-07 (ordinal 2 from 'my second meeting'); Seoul 2003-02 at the"
        " inauguration (kind bilateral, occasion the inauguration; debatable: sidelines);"
        " Pyongyang 2002-09 (Koizumi-Kim Jong Il); Tokyo 1998 (Kim Dae-jung with Obuchi, implied"
        " by 'stood in this city with Prime Minister Obuchi'; debatable). Not a summit: a visit"
        " by Koizumi to Korea this year ('Nothing has been decided').",
        "Agreements (2): the Joint Statement; the Pyongyang Declaration (referenced, a third-party"
        " instrument). Not agreements: 'agreed that its nuclear development cannot be tolerated'"
        " and 'confirmed that we will not accept nuclear weapons' (shared positions, not courses"
        " of action), the hoped-for FTA negotiations (a wish; 'I do not want to promise a date')"
        " and Roh's request for openness (a demand).",
        "Quotes: the headline 'Red carpet and war laws' is not a quote.",
        "Timexes: 'on the day you arrived' / 'on the day he took office' / 'on such a day' are"
        " anaphoric and not annotated; 'almost two hours' takes APPROX like 'nearly'.",
    ],
)
