GOLD = dict(
    published="2016-01-08",
    furniture=[
        "Abe, Park use first call since 'comfort women' deal to close ranks against Pyongyang",
        "January 8, 2016 | The Tokai Herald (English edition)",
        "By Mori Yuki, Staff Writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Park Geun-hye": ["Park Geun hye", "South Korean President Park Geun-hye", "Park"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Cheong Wa Dae": ["South Korean presidential office"],
    },
    quotes=[
        ("Because of that agreement, the two of us", "direct", "Park Geun-hye", "told"),
        ("a year that opens a new chapter", "partial", "Park Geun-hye", "added"),
    ],
    statements=[
        ("Prime Minister Shinzo Abe and South Korean President Park Geun-hye agreed",
         ["Shinzo Abe", "Park Geun-hye"], "agreed"),
        ("Abe said the international community had to respond firmly",
         ["Shinzo Abe", "Park Geun-hye"], "said"),
        ("Cheong Wa Dae said Park also stressed", ["Park Geun-hye", "Cheong Wa Dae"],
         "stressed"),
        ("Park added that she hoped", ["Park Geun-hye", "Shinzo Abe"], "added"),
    ],
    timexes=[
        ("January 8, 2016", "2016-01-08", None),
        ("Thursday evening", "2016-01-07TEV", None),
        ("on [[Wednesday]] to have", "2016-01-06", None),
        ("15-minute", "PT15M", None),
        ("first since [[Dec. 28]], when", "2015-12-28", None),
        ("the December accord", "2015-12", None),
        ("hoped [[2016]] would", "2016", None),
        ("Nov. 2", "2015-11-02", None),
        ("the previous day", "2015-11-01", None),
        ("announced on [[Dec. 28]] commits", "2015-12-28", None),
        ("earlier Thursday", "2016-01-07", None),
        ("2006", "2006", None),
        ("2009", "2009", None),
        ("2013", "2013", None),
    ],
    summits=[
        dict(date="2015-11-02", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye"], kind="bilateral", ordinal=1,
             status="held", occasion=None,
             evidence=["The leaders last met on Nov. 2 in Seoul"]),
        dict(date="2015-11-01", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Park Geun-hye", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The leaders last met on Nov. 2 in Seoul"]),
    ],
    agreements=[
        dict(title="work together for a new UN Security Council sanctions resolution",
             kind="commitment", date="2016-01-07", parties=["JP", "KR"], status="agreed",
             evidence=["Prime Minister Shinzo Abe and South Korean President Park Geun-hye"
                       " agreed"]),
        dict(title="coordinate with the US, China and Russia on the North's nuclear program",
             kind="commitment", date="2016-01-07", parties=["JP", "KR"], status="agreed",
             evidence=["Abe said the international community had to respond firmly"]),
        dict(title="agreement on the comfort women issue (December 28, 2015)",
             kind="joint-statement", date="2015-12-28", parties=["JP", "KR"],
             status="referenced",
             evidence=["first since Dec. 28, when", "Because of that agreement",
                       "Cheong Wa Dae said Park also stressed",
                       "The deal announced on Dec. 28 commits"]),
    ],
    notes=[
        "Invented test article: news story from a Japanese daily's English edition (headline,"
        " date line and byline are furniture; the date line is annotated). Every quote is"
        " invented (Park's words as relayed by a Japanese official). Real background: North"
        " Korea's claimed hydrogen bomb test of Wednesday 2016-01-06 (its fourth, after 2006,"
        " 2009 and 2013); the Abe-Park phone call of Thursday evening 2016-01-07, about 15"
        " minutes, placed by Abe (UN Security Council resolution, coordination with the US,"
        " China and Russia, Park on faithful implementation of the December 2015 accord and on"
        " remarks in the press, 2016 as the start of a new era); the Park-Obama call that"
        " morning; the Dec. 28, 2015 foreign ministers' agreement and phone call; the 1 billion"
        " yen foundation; the Park-Abe summit of 2015-11-02 after the Seoul trilateral of"
        " 2015-11-01.",
        "Quotes: Park's direct quote (via the official) and partial. Not a quote: the"
        " headline's 'comfort women' (furniture; a term).",
        "Statements: the lede 'agreed' (both); 'Abe said ..., and the two agreed' (both);"
        " 'Cheong Wa Dae said Park also stressed' (Park and the office); 'Park added ..., and"
        " Abe agreed' (both). Not a statement: the full direct-quote sentence.",
        "Timexes: published Friday 2016-01-08; 'Thursday evening' = 2016-01-07TEV;"
        " 'Wednesday' = 2016-01-06; '15-minute' = PT15M; both 'Dec. 28' = 2015-12-28; 'the"
        " December accord' = 2015-12 (span 'the December accord' debatable: 'December'"
        " alone would do); 'the previous day' = 2015-11-01; 'earlier Thursday' = 2016-01-07;"
        " years 2006, 2009, 2013, 2016.",
        "Summits (2): Park-Abe in Seoul on 2015-11-02 (ordinal 1 from 'their first one-on-one"
        " summit'); the Seoul trilateral with Li Keqiang the previous day. Not summits: the"
        " two phone calls with Abe and the Park-Obama call.",
        "Agreements (3): working for a new UNSC resolution; coordinating with the US, China"
        " and Russia (two commitments, agreed 2016-01-07); the December 2015 agreement"
        " (joint-statement, referenced; the 1 billion yen pledge is part of it). Not"
        " agreements: Park's request about press remarks, 'Abe agreed' to her hope for 2016"
        " (a shared wish).",
    ],
)
