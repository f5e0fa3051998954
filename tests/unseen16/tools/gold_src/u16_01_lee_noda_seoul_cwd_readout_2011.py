# ruff: noqa: E501
OPEN = "President Lee Myung-bak held a summit with Prime Minister Yoshihiko Noda"
TALKS = "The talks ran for some 80 minutes"
SECOND = "It was the second meeting between the two leaders"
SWAP = "To this end, they agreed to expand the currency swap"
SWAP2 = "Under the expansion, the won-yen swap line"
FTA = "The two leaders agreed to strengthen working-level consultations"
BOOKS = "On the occasion of the visit, Prime Minister Noda handed over"
YOKO = "The Agreement was signed in Yokohama"
REST = "The remaining volumes are to be handed over"
NK = "The two leaders agreed that the early denuclearization"
SHUTTLE = "The two leaders agreed to keep up shuttle diplomacy"
INVITE = "Prime Minister Noda invited President Lee to visit Japan"

GOLD = dict(
    published="2011-10-19",
    furniture=[
        "Results of the Korea-Japan Summit\n"
        "Office of the Spokesperson, Cheong Wa Dae\n"
        "Wednesday, October 19, 2011",
        "1. Financial cooperation",
        "2. Economy and trade",
        "3. History and the royal books",
        "4. North Korea",
        "5. Future exchanges",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "President Lee", "the President"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda", "Prime Minister Noda", "the Prime Minister"],
        "Naoto Kan": ["then Prime Minister Naoto Kan"],
    },
    quotes=[
        ("At a time when the world economy is so unsettled", "direct", "Lee Myung-bak", "said"),
        ("a meaningful first step", "partial", "Lee Myung-bak", "calling"),
    ],
    statements=[
        ("The two leaders shared the view that the two countries should step up", ["Lee Myung-bak", "Yoshihiko Noda"], "shared the view"),
        (SWAP, ["Lee Myung-bak", "Yoshihiko Noda"], "agreed"),
        (FTA, ["Lee Myung-bak", "Yoshihiko Noda"], "agreed"),
        ("President Lee noted that an agreement must bring", ["Lee Myung-bak"], "noted"),
        ("President Lee stressed that building the future", ["Lee Myung-bak"], "stressed"),
        ("Prime Minister Noda replied that he would work", ["Yoshihiko Noda"], "replied"),
        ("President Lee thanked the Prime Minister", ["Lee Myung-bak"], "thanked"),
        (NK, ["Lee Myung-bak", "Yoshihiko Noda"], "agreed"),
        ("Prime Minister Noda asked for Korea's continued understanding", ["Yoshihiko Noda", "Lee Myung-bak"], "asked"),
        (SHUTTLE, ["Lee Myung-bak", "Yoshihiko Noda"], "agreed"),
        (INVITE, ["Yoshihiko Noda", "Lee Myung-bak"], "invited"),
    ],
    timexes=[
        ("Wednesday, October 19, 2011", "2011-10-19", None),
        ("this afternoon", "2011-10-19TAF", None),
        ("two-day", "P2D", None),
        ("some 80 minutes", "PT80M", "APPROX"),
        ("September 21", "2011-09-21", None),
        ("[[one year]].", "P1Y", None),
        ("November last year", "2010-11", None),
        ("took effect in [[June]]", "2011-06", None),
        ("December 10", "2011-12-10", None),
        ("the end of the year", "2011", "END"),
    ],
    summits=[
        dict(date="2011-10-19", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=2,
             status="held", occasion=None, evidence=[OPEN, TALKS, SECOND]),
        dict(date="2011-09-21", place="New York", country="US",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="sidelines", ordinal=1,
             status="held", occasion="the United Nations General Assembly", evidence=[SECOND]),
        dict(date="2010-11", place="Yokohama", country="JP",
             participants=["Lee Myung-bak", "Naoto Kan"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[YOKO]),
        dict(date="2011", place=None, country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[INVITE]),
    ],
    agreements=[
        dict(title="expansion of the Korea-Japan currency swap arrangements to the equivalent of 70 billion dollars",
             kind="mou", date="2011-10-19", parties=["JP", "KR"], status="agreed", evidence=[SWAP, SWAP2]),
        dict(title="strengthen working-level consultations to resume Korea-Japan FTA negotiations",
             kind="commitment", date="2011-10-19", parties=["JP", "KR"], status="agreed", evidence=[FTA]),
        dict(title="Korea-Japan Agreement on Books", kind="treaty", date="2010-11",
             parties=["JP", "KR"], status="referenced", evidence=[BOOKS, YOKO]),
        dict(title="continue close cooperation on North Korea, bilaterally and with the United States",
             kind="commitment", date="2011-10-19", parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="keep up shuttle diplomacy", kind="commitment", date="2011-10-19",
             parties=["JP", "KR"], status="agreed", evidence=[SHUTTLE]),
        dict(title="invitation for President Lee to visit Japan before the end of the year (accepted)",
             kind="commitment", date="2011-10-19", parties=["JP", "KR"], status="agreed", evidence=[INVITE]),
    ],
    notes=[
        "Invented readout in the style of South Korea's presidential office (Cheong Wa Dae) of 2011; title, office line, date line and numbered headings are furniture (the date line is annotated). All wording, both quotes of Lee, Noda's reply, the dinner, the abduction exchange and the invitation scene are invented.",
        "Real background, checked on stored pages: koreaherald 2011-10-19 (swap from $13 billion to $70 billion at the Lee-Noda summit in Seoul at Cheong Wa Dae on Wednesday; Noda's two-day visit; five of the 1,205 royal books returned, the rest by Dec. 10, under an agreement that took effect in June; FTA and North Korea discussed); donga.com 2011-10-20 (80-minute meeting; yen-won swap between the central banks raised to $30 billion plus a new $30 billion line; working-level cooperation to resume FTA talks; Lee on not forgetting history); reuters 2011-10-19 (new $30 billion dollar swap, yen-won from $3 billion to $30 billion); world.kbs.co.kr (Indonesian and English services: one-year term, North Korea cooperation); japan.kantei.go.jp 2011-09 and japantoday (Noda-Lee talks in New York on 21 September 2011 at the UN General Assembly). From general knowledge or the project's other corpora' titles (not checked on a page): the Agreement on Books signed in Yokohama in November 2010 around the Kan-Lee talks at APEC; Lee's visit to Japan (Kyoto) in December 2011, which is why the accepted invitation is kept as a planned summit dated 2011.",
        "Summits (4): Seoul (ordinal 2, 'the second meeting'), New York (ordinal 1, 'first sat down together', sidelines of the UN General Assembly), Yokohama November 2010 (Lee and Kan, APEC), and the planned visit to Japan 'before the end of the year' (planned, date 2011). Not summits: the joint press conference and the official dinner (parts of the Seoul meeting).",
        "Agreements (6): the swap expansion (mou, per ANNOTATION.md an arrangement between central banks and ministries); the FTA consultations, North Korea cooperation and shuttle diplomacy (commitments, one record each); the Agreement on Books (treaty, referenced, two evidence sentences); the invitation to visit Japan, recorded as an agreed commitment because the text says it was accepted (debatable: unseen14/15 record bare invitations as proposed). Not agreements: 'shared the view' on currency cooperation (a shared view; its consequence is the swap record), Lee's call for efforts on history (a request), the handover of books (implementation).",
        "Timexes: 'some 80 minutes' = PT80M APPROX; 'for years' is vague and not annotated; 'in June' in a past clause = 2011-06; 'the end of the year' = 2011 END; 'one year' (term of the swaps) = P1Y.",
    ],
)
