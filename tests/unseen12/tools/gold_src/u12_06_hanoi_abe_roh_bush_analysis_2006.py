SAW = ("U.S. President George W. Bush saw", "tested a nuclear device on Oct. 9.")
SEP = "Roh and Abe also held a separate meeting"
FIRST = "The first was in Seoul on"
AGREED = "In Hanoi the two agreed to keep coordinating"

GOLD = dict(
    published="2006-11-19",
    furniture=[
        "ANALYSIS | The Straits Review | November 19, 2006 | Hanoi",
        "In Hanoi, a three-way handshake and a two-way chill",
        "By Daniel Arkwright",
        "HANOI --",
    ],
    timex_in_furniture_ok=True,
    entities={
        "George W. Bush": ["U.S. President George W. Bush", "Bush"],
        "Roh Moo-hyun": ["South Korean President Roh Moo-hyun", "Roh"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Stephen Hadley": ["Bush's national security adviser", "he"],
        "Hu Jintao": ["Chinese President Hu Jintao"],
        "Han Jae-won": [],
    },
    quotes=[
        ("not taking part in the full scope", "partial", "Roh Moo-hyun", "told reporters"),
        ("appropriately.", "partial", "Shinzo Abe", "said"),
        ("They have learned to be polite", "direct", "Han Jae-won", "said"),
        ("That is not the same as trusting each other.", "direct", "Han Jae-won", None),
    ],
    statements=[
        ("Stephen Hadley, said afterward", ["Stephen Hadley"], "said"),
        ("They did not, he conceded", ["Stephen Hadley"], "conceded"),
        ("Roh told reporters that South Korea", ["Roh Moo-hyun"], "told reporters"),
        (AGREED, ["Roh Moo-hyun", "Shinzo Abe"], "agreed"),
        ("Abe, according to a Japanese official, also proposed", ["Shinzo Abe", None],
         "proposed"),
        ("Roh raised the textbooks and the shrine", ["Roh Moo-hyun", "Shinzo Abe"], "said"),
    ],
    timexes=[
        ("November 19, 2006", "2006-11-19", None),
        ("Saturday's choreography", "2006-11-18", None),
        ("nuclear device on [[Oct. 9]]", "2006-10-09", None),
        ("about half an hour", "PT30M", "APPROX"),
        ("earlier in the day", "2006-11-18", None),
        ("of their own on [[Saturday]]", "2006-11-18", None),
        ("little more than a month", "P1M", "MORE_THAN"),
        ("Seoul on [[Oct. 9]]", "2006-10-09", None),
        ("the day before", "2006-10-08", None),
        ("one-hour", "PT1H", None),
        ("more than a year", "P1Y", "MORE_THAN"),
        ("September 2005", "2005-09", None),
        ("early December", "2006-12", "START"),
        ("on Sunday", "2006-11-19", None),
    ],
    summits=[
        dict(date="2006-11-18", place="Hanoi", country="VN",
             participants=["George W. Bush", "Roh Moo-hyun", "Shinzo Abe"], kind="trilateral",
             ordinal=None, status="held", occasion="APEC",
             evidence=[SAW, "The trilateral session lasted", "Stephen Hadley, said afterward"]),
        dict(date="2006-11-18", place="Hanoi", country="VN",
             participants=["George W. Bush", "Roh Moo-hyun"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[SAW]),
        dict(date="2006-11-18", place="Hanoi", country="VN",
             participants=["George W. Bush", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[SAW]),
        dict(date="2006-11-18", place="Hanoi", country="VN",
             participants=["Roh Moo-hyun", "Shinzo Abe"], kind="sidelines", ordinal=2,
             status="held", occasion="APEC",
             evidence=[SEP, AGREED, "Abe, according to a Japanese official",
                       "Roh raised the textbooks"]),
        dict(date="2006-10-09", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Roh Moo-hyun"], kind="bilateral", ordinal=1,
             status="held", occasion=None,
             evidence=[FIRST, "That meeting, the first between the two countries"]),
        dict(date="2006-10-08", place="Beijing", country="CN",
             participants=["Shinzo Abe", "Hu Jintao"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIRST]),
    ],
    agreements=[
        dict(title="keep coordinating on North Korea", kind="commitment", date="2006-11-18",
             parties=["JP", "KR"], status="agreed", evidence=[AGREED]),
        dict(title="press Pyongyang to honor the September 2005 joint statement",
             kind="commitment", date="2006-11-18", parties=["JP", "KR"], status="agreed",
             evidence=[AGREED]),
        dict(title="September 2005 joint statement of the six-party talks",
             kind="joint-statement", date="2005-09",
             parties=["CN", "JP", "KP", "KR", "RU", "US"], status="referenced",
             evidence=[AGREED]),
        dict(title="regular Japan-ROK defense ministers' talks", kind="commitment",
             date="2006-11-18", parties=["JP", "KR"], status="proposed",
             evidence=["Abe, according to a Japanese official, also proposed"]),
    ],
    notes=[
        "Invented analysis (date line, headline, byline and dateline are furniture; the date is"
        " annotated). Outlet, writer, the Singapore researcher and his quotes, the length of"
        " the trilateral session, Abe's proposal of defense ministers' talks and Seoul's"
        " response, the two Roh-Abe commitments and Abe's 'appropriately' on history are"
        " invented. Real background: Taipei Times 2006-11-19 and Reuters via lbo-talk"
        " 2006-11-18 (Bush met Roh, then Abe, then both together on Saturday at APEC in Hanoi;"
        " North Korea's test of 9 October; Hadley's remark about the six-party talks used for"
        " delay; Roh 'not taking part in the full scope' of PSI); Sunday Times (AFP) (breakfast"
        " with Roh); Washington Times 2006-11-19 (Roh's pledge to enforce UN sanctions);"
        " Hankyoreh/Yonhap 2006-11-17 (Roh to hold separate talks with Abe at Saturday's"
        " summits; Sept. 19, 2005 agreement; six-party talks likely to restart in early"
        " December); Taipei Times 2006-10-10 (one-hour Abe-Roh summit in Seoul on 9 October as"
        " the North claimed its test, first between the two countries' leaders in more than a"
        " year, after Abe's talks with Hu Jintao in Beijing).",
        "Summits (6): the trilateral and the three bilaterals in Hanoi on 18 November (sideline"
        " meetings at APEC; Roh-Abe ordinal 2 from 'their second'); Abe-Roh in Seoul on"
        " 9 October (ordinal 1 from 'The first', debatable); Abe-Hu in Beijing on 8 October"
        " ('the day before').",
        "Agreements (4): two commitments split from one sentence; the six-party joint statement"
        " of September 2005 (joint-statement, six parties, referenced); Abe's proposal of"
        " regular defense ministers' talks (proposed). Not agreements: Hadley's 'shared the"
        " view', Roh's pledge on UN sanctions (unilateral), Abe's handling of history.",
        "Sentence split: the builder cuts after 'George W.'; the evidence sentence for the Hanoi"
        " meetings is given explicitly.",
        "Timexes: 'Saturday's' annotated as Saturday; 'little more than a month' = P1M"
        " MORE_THAN; 'early December' = 2006-12 START.",
    ],
)
