GOLD = dict(
    published="2011-12-19",
    furniture=[
        "Lee spends Kyoto summit pressing Noda on sexual slavery; Noda asks for statue's"
        " removal",
        "Posted : 2011-12-19 09:30", "Updated : 2011-12-19 14:05",
        "By Kwon Soo-bin, Diplomatic Correspondent", "KYOTO - ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Japanese Prime Minister Yoshihiko Noda", "Noda"],
        "Park Jeong-ha": ["his spokeswoman Park Jeong-ha", "Park"],
        "Paik Jae-kyung": ["Paik"],
        "Cheong Wa Dae": ["South Korean presidential office"],
        "North Korean state television": ["North Korean state TV"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("This issue can be solved at once", "direct", "Lee Myung-bak", "told"),
        ("from a humanitarian standpoint.", "partial", "Yoshihiko Noda", "replied"),
        ("regrettable", "partial", "Yoshihiko Noda", "called"),
        ("firmly", "partial", "Yoshihiko Noda", "said"),
        ("Lee had little choice after", "direct", "Paik Jae-kyung", "said"),
    ],
    statements=[
        ("President Lee Myung-bak devoted most of his summit", ["Lee Myung-bak"], "urging"),
        ("The meeting at the Kyoto State Guest House lasted", ["Cheong Wa Dae"],
         "according to"),
        ("Officials on both sides described", [None], "described"),
        ("Noda replied that Japan's legal position", ["Yoshihiko Noda"], "replied"),
        ("He also called the installation", ["Yoshihiko Noda"], "called"),
        ("Lee responded that more statues", ["Lee Myung-bak", "Park Jeong-ha"], "responded"),
        ("At a news conference after the talks, Noda said", ["Yoshihiko Noda"], "said"),
        ("Noda also referred at the news conference", ["Yoshihiko Noda"], "referred"),
        ("Japanese officials said Sunday", [None], "said"),
        ("North Korean state television announced", ["North Korean state television"],
         "announced"),
        ("Officials said Lee and Noda were expected", [None], "said"),
    ],
    timexes=[
        ("Posted : 2011-12-19 09:30", "2011-12-19T09:30", None),
        ("Updated : 2011-12-19 14:05", "2011-12-19T14:05", None),
        ("Noda on [[Sunday]] to the issue", "2011-12-18", None),
        ("about an hour", "PT1H", "APPROX"),
        ("some 40 minutes", "PT40M", "APPROX"),
        ("[[last Wednesday]]", "2011-12-14", None),
        ("Seoul in [[October]]", "2011-10", None),
        ("since [[September]]", "2011-09", None),
        ("the [[1965]] agreement", "1965", None),
        ("officials said [[Sunday]]", "2011-12-18", None),
        ("ruling in [[August]]", "2011-08", None),
        ("on [[Monday]], when", "2011-12-19", None),
        ("at [[noon]]", "2011-12-19T12:00", None),
        ("died on [[Saturday]]", "2011-12-17", None),
        ("again [[next year]]", "2012", None),
        ("in [[2012]]", "2012", None),
    ],
    summits=[
        dict(date="2011-12-18", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["President Lee Myung-bak devoted most of his summit",
                       "The meeting at the Kyoto State Guest House lasted"]),
        dict(date="2011-10", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The confrontation was a sharp turn"]),
        dict(date="2012", place=None, country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["The two are due to meet again next year"]),
    ],
    agreements=[
        dict(title="expansion of currency swaps to $70 billion", kind="mou", date="2011-10",
             parties=["JP", "KR"], status="referenced",
             evidence=["The confrontation was a sharp turn"]),
        dict(title="formal consultations under the 1965 claims agreement", kind="commitment",
             date="2011-09", parties=["JP", "KR"], status="proposed",
             evidence=["Seoul has been waiting since September"]),
        dict(title="1965 agreement on claims", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced",
             evidence=["Seoul has been waiting since September",
                       "Japanese officials said Sunday"]),
    ],
    notes=[
        "Invented test article (Seoul daily: headline, 'Posted' and 'Updated' lines, byline"
        " and the bare 'KYOTO - ' dateline are furniture; both stamps annotated). Outlet,"
        " reporter, stamps, the professor and all quotes are invented; Lee's direct quote"
        " and Noda's partials paraphrase their reported words. Real background (Japan"
        " Times/Kyodo 2011-12-19, Hankyoreh 2011-12-19, NHK via Japan Watch): Kyoto State"
        " Guest House, Sunday 2011-12-18, about 60 minutes with about 40 on the comfort women"
        " issue; Lee's call for priority and 'sincere courage'; Noda's 'settled' and"
        " 'humanitarian' line; the statue 'regrettable', removal requested; Lee's reply about"
        " more statues (spokeswoman Park Jeong-ha); Noda's press-conference mention of"
        " Dokdo; the tense atmosphere. From general knowledge: Kim Jong-il's death on"
        " 2011-12-17 announced at noon on 2011-12-19, the NSC meeting, 63 of 234 registered"
        " survivors alive (approximate, debatable), China hosting the 2012 trilateral.",
        "Statements: 'Lee responded ..., Park said' -> Lee and Park; the lede 'urging' for"
        " Lee; Cheong Wa Dae 'according to'.",
        "Timexes: 'last Wednesday' (published Mon 2011-12-19) = 2011-12-14; 'at noon' ="
        " 2011-12-19T12:00; 'Saturday' = 2011-12-17.",
        "Summits (3): Kyoto (held); Seoul October (background); next year's trilateral in"
        " China (planned; only Lee and Noda named as participants, Wen not in the text,"
        " debatable). Not summits: a likely phone call.",
        "Agreements (3): October swap expansion (mou, referenced); Seoul's proposal of"
        " consultations (proposed); the 1965 claims agreement (referenced).",
    ],
)
