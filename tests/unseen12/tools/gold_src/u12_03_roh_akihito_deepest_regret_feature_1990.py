GOLD = dict(
    published="1990-05-27",
    furniture=[
        "THE SAMCHEONG MONTHLY | Feature | Published 1990.05.27",
        "Three days, two apologies and one invitation: inside Roh's visit to Tokyo",
        "By Yoo Han-sol",
        "Seoul --",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Roh Tae-woo": ["President Roh Tae-woo", "Roh", "the president"],
        "Akihito": ["Emperor Akihito", "the new Emperor", "the Emperor"],
        "Hirohito": ["Emperor Hirohito"],
        "Chun Doo-hwan": ["President Chun Doo-hwan"],
        "Toshiki Kaifu": ["Prime Minister Toshiki Kaifu", "Kaifu", "he"],
        "Kwon Mi-ran": [],
    },
    quotes=[
        ("the deepest regret", "partial", "Akihito", "said"),
        ("this unfortunate period", "partial", "Akihito", "said"),
        ("unfortunate past", "partial", "Hirohito", "spoke of"),
        ("We reflect humbly on the pain", "direct", "Toshiki Kaifu", "told"),
        ("Words alone can never settle", "direct", "Roh Tae-woo", "told reporters"),
        ("But I believe we can now turn the page.", "direct", "Roh Tae-woo", None),
        ("He went to collect an apology", "direct", "Kwon Mi-ran", "said"),
    ],
    statements=[
        ("Emperor Akihito said he could not help", ["Akihito"], "said"),
        ("The words went further than those of his father", ["Hirohito"], "spoke of"),
        ("Kaifu offered what officials on both sides called", ["Toshiki Kaifu"], "offered"),
        ("Kaifu also told the president that Tokyo", ["Toshiki Kaifu"], "told"),
        ("The two leaders did agree on one thing", ["Roh Tae-woo", "Toshiki Kaifu", None],
         "agree"),
        ("Roh invited the Emperor to visit South Korea", ["Roh Tae-woo"], "invited"),
        ("Roh conceded that many Koreans", ["Roh Tae-woo"], "conceded"),
    ],
    timexes=[
        ("Published [[1990.05.27]]", "1990-05-27", None),
        ("Three days", "P3D", None),
        ("Thursday, May 24", "1990-05-24", None),
        ("the better part of a month", "P1M", "APPROX"),
        ("that night", "1990-05-24TNI", None),
        ("September 1984", "1984-09", None),
        ("Earlier that day", "1990-05-24", None),
        ("their scheduled hour", "PT1H", None),
        ("the end of this year", "1990", "END"),
        ("the [[1965]] agreement", "1965", None),
        ("Tokyo on [[Saturday]]", "1990-05-26", None),
        ("that evening", "1990-05-26TEV", None),
        ("from [[1910]] to", "1910", None),
        ("to [[1945]]", "1945", None),
        ("the 1980s", "198", None),
        ("in 1982", "1982", None),
    ],
    summits=[
        dict(date="1990-05-24", place="Tokyo", country="JP",
             participants=["Roh Tae-woo", "Toshiki Kaifu"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Earlier that day Roh had sat down with Prime Minister",
                       "Kaifu offered what officials", "Kaifu also told the president",
                       "The two leaders did agree on one thing"]),
        dict(date="1984-09", place=None, country="JP",
             participants=["Chun Doo-hwan", "Hirohito"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The words went further than those of his father"]),
    ],
    agreements=[
        dict(title="foreign ministers to settle fingerprinting and legal status of"
                   " third-generation Korean residents by year's end", kind="commitment",
             date="1990-05-24", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders did agree on one thing"]),
        dict(title="1965 agreement on the legal status of Koreans in Japan", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced",
             evidence=["The two leaders did agree on one thing"]),
    ],
    notes=[
        "Invented long feature (magazine line, headline, byline and the 'Seoul --' dateline are"
        " furniture; the date is annotated). Outlet, writer, the historian, every full quote"
        " (Kaifu's, Roh's at Gimpo, the historian's) and the commitment on third-generation"
        " residents are invented; the partial quotes 'the deepest regret', 'this unfortunate"
        " period' and 'unfortunate past' follow reported wording. Real background: Jiji via"
        " nippon.com 2021-03-29 (visit of 24-26 May 1990; Hirohito's 1984 remark); UPI"
        " 1990-05-24 (Akihito's 'deepest regret' on the first day; Kaifu's apology; about $26"
        " million for Korean A-bomb survivors; help for Sakhalin Koreans); Roanoke Times/LA"
        " Times 1990-05-25 (students burned flags in three cities on Thursday); AP 1990-05-26"
        " (Roh's return and airport news conference; invitation to the Emperor); NHK 2021-03-30"
        " (invitation not realized). From general knowledge: the venue of the Roh-Kaifu talks"
        " (official residence), Gimpo as the airport, the 1982 textbook dispute.",
        "Summits (2): Roh-Kaifu on 24 May 1990 in Tokyo. Chun's 1984 visit is recorded as a"
        " meeting of Chun and Emperor Hirohito (both heads of state; the text names no prime"
        " minister), dated 1984-09 (debatable: a state visit with a banquet). The invitation to"
        " the Emperor has no date and is not a planned summit record.",
        "Agreements (2): the commitment on third-generation residents (agreed) and the 1965"
        " legal-status agreement (treaty, referenced). Not agreements: Japan's A-bomb fund and"
        " Sakhalin help ('Neither step was negotiated'), Roh's invitation to the Emperor.",
        "Timexes: 'the better part of a month' = P1M APPROX; 'their scheduled hour' = PT1H"
        " (debatable); 'the 1980s' = decade value '198'; 'from 1910 to 1945' is two expressions"
        " (the contract's 'March 16 to 17' rule). Roh's second"
        " sentence at Gimpo is a separate quote with no cue.",
    ],
)
