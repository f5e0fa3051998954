HAT = "Yukio Hatoyama"
LMB = "Lee Myung-bak"
WEN = "Wen Jiabao"
ALL3 = [HAT, WEN, LMB]
TRI = ["CN", "JP", "KR"]
SEOUL = "On Friday, October 9, Prime Minister Yukio Hatoyama held"
FIRST = "It was the Prime Minister's first bilateral visit abroad"
CONC = "The two leaders concurred that a complete change"
BJ = "On Saturday, October 10, the Prime Minister attended"
ADOPT = "The three leaders adopted a Joint Statement"
NEXT = "The leaders confirmed that the ROK will host"
FM = "The three leaders also agreed that the next trilateral foreign ministers'"
GOLD = dict(
    published="2009-10-13",
    furniture=["Date: October 13, 2009 (Tue) 16:30",
               "Press Secretary: Makoto Ishikawa (fictional)", "[[Press Secretary:]] Good"],
    timex_in_furniture_ok=True,
    entities={
        HAT: ["Prime Minister Yukio Hatoyama", "Prime Minister Hatoyama", "the Prime Minister",
              "he"],
        LMB: ["President Lee Myung-bak", "President Lee"],
        WEN: ["Premier Wen Jiabao"],
        "Makoto Ishikawa": ["Press Secretary"],
    },
    quotes=[],
    statements=[
        (CONC, [HAT, LMB], "concurred"),
        ("The Prime Minister expressed his support", [HAT], "expressed"),
        (ADOPT, ALL3, "agreed"),
        ("The Prime Minister explained his idea", [HAT], "explained"),
        ("What he stressed is that the community", [HAT], "stressed"),
        ("The two leaders shared the view that economic relations", [HAT, LMB],
         "shared the view"),
        (NEXT, ALL3, "confirmed"),
        (FM, ALL3, "agreed"),
    ],
    timexes=[
        ("October 13, 2009", "2009-10-13", None),
        ("16:30", "2009-10-13T16:30", None),
        ("last week", "2009-W41", None),
        ("Friday, October 9", "2009-10-09", None),
        ("September 16", "2009-09-16", None),
        ("Saturday, October 10", "2009-10-10", None),
        ("about two hours", "PT2H", "APPROX"),
        ("next year", "2010", None),
        ("later this month", "2009-10", None),
    ],
    summits=[
        dict(date="2009-10-09", place="Seoul", country="KR", participants=[HAT, LMB],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[SEOUL, FIRST, CONC]),
        dict(date="2009-10-10", place="Beijing", country="CN", participants=ALL3,
             kind="trilateral", ordinal=2, status="held", occasion=None,
             evidence=[BJ, "The meeting lasted about two hours.", ADOPT]),
        dict(date="2010", place=None, country="KR", participants=ALL3, kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=[NEXT, "Q: When will the next trilateral summit take place?"]),
    ],
    agreements=[
        dict(title="faithfully implement the relevant UN Security Council resolutions",
             kind="commitment", date="2009-10-09", parties=["JP", "KR"], status="agreed",
             evidence=[CONC]),
        dict(title="cooperate to bring North Korea back to the Six-Party Talks early",
             kind="commitment", date="2009-10-09", parties=["JP", "KR"], status="agreed",
             evidence=[CONC]),
        dict(title="Joint Statement on the Tenth Anniversary of Trilateral Cooperation",
             kind="joint-statement", date="2009-10-10", parties=TRI, status="agreed",
             evidence=[ADOPT]),
        dict(title="Joint Statement on Sustainable Development", kind="joint-statement",
             date="2009-10-10", parties=TRI, status="agreed", evidence=[ADOPT]),
        dict(title="launch a trilateral business summit", kind="commitment",
             date="2009-10-10", parties=TRI, status="agreed", evidence=[ADOPT]),
        dict(title="expand trilateral youth exchanges", kind="commitment", date="2009-10-10",
             parties=TRI, status="agreed", evidence=[ADOPT]),
        dict(title="the ROK to host the next trilateral summit next year", kind="commitment",
             date="2009-10-10", parties=TRI, status="agreed", evidence=[NEXT]),
        dict(title="next trilateral foreign ministers' meeting in the ROK", kind="commitment",
             date="2009-10-10", parties=TRI, status="agreed", evidence=[FM]),
    ],
    notes=[
        "Invented press conference transcript in the style of the Japanese foreign ministry"
        " (the press secretary Makoto Ishikawa is fictional and marked so; reporters"
        " anonymous). Furniture: the date line (date and time annotated), the speaker line"
        " and the 'Press Secretary:' label; 'Q:'/'A:' labels and the numbered headings stay"
        " in the text. Checked (pages): Hatoyama-Lee summit at Cheong Wa Dae on Friday Oct."
        " 9, 2009, his first bilateral trip abroad, agreement that North Korea must change"
        " its attitude, faithful implementation of the UN resolution, early return to the"
        " six-party talks, Hatoyama's support for the 'grand bargain' (Cheong Wa Dae"
        " archive); the second trilateral summit in Beijing on Saturday Oct. 10, about two"
        " hours, two joint statements (tenth anniversary; sustainable development), a"
        " business summit, youth exchanges, the next foreign ministers' meeting in Korea,"
        " Hatoyama's general remarks on an East Asian community without structure or"
        " membership (Cheong Wa Dae archive; U.S. embassy Tokyo cable 09TOKYO2439; Kantei"
        " joint press conference). Public record: Hatoyama took office on Sept. 16, 2009;"
        " the Jeju trilateral of May 2010; the East Asia Summit in Hua Hin later in October"
        " 2009. Invented: the 'step by step' answer and the EPA answer.",
        "Summits (3): Seoul Oct. 9; Beijing trilateral (ordinal 2 from 'Second ..."
        " Trilateral Summit Meeting'; not on the sidelines of a gathering); the next"
        " trilateral 'next year' in the ROK (planned, place null; participants the present"
        " leaders, debatable). Not summits: the East Asia Summit (a gathering; no meeting"
        " announced: 'Nothing has been decided'), the foreign ministers' meeting.",
        "Agreements (8): the Seoul sentence 'agreed that Japan and the ROK would faithfully"
        " implement ... and would cooperate ...' = two courses ('concurred that a change was"
        " necessary' is not one); the two joint statements; business summit and youth"
        " exchanges (two courses); the next summit's host ('confirmed', agreed) and the"
        " next foreign ministers' meeting. Not agreements: support for the 'grand bargain'"
        " (Lee's policy), the shared view on economic relations.",
        "Quotes: none; '\"grand bargain\"' is the name of a policy in quotation marks, not a"
        " quote. Statements: the press secretary's own first-person words are not"
        " statements; sentences reporting the leaders' words are.",
        "Timexes: 'Friday, October 9' and 'Saturday, October 10' are one expression each;"
        " 'last week' = 2009-W41; 'Good afternoon' is a greeting, not annotated.",
    ],
)
