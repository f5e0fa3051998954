GOLD = dict(
    published="2023-09-10",
    furniture=[
        "LIVE: Yoon at the G20 in New Delhi - talks with Kishida, Modi on final day",
        "Hangang Ilbo English | Live page",
        "Last updated: September 10, 2023, 18:45 IST",
        "SUNDAY, SEPTEMBER 10",
        "SATURDAY, SEPTEMBER 9",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["Yoon", "him"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Olaf Scholz": ["German Chancellor Olaf Scholz"],
        "Kim Eun-hye": ["senior press secretary Kim Eun-hye", "Kim"],
        "South Korean presidential office": ["the presidential office", "Yoon's office"],
    },
    quotes=[
        ("agreed to keep up close communication", "partial", "South Korean presidential office",
         "account"),
        ("Trilateral cooperation is already paying off", "direct", "Yoon Suk Yeol", "told"),
        ("Camp David was not a photo opportunity.", "direct", "Joe Biden", "replied"),
    ],
    statements=[
        ("The two discussed defense industry cooperation",
         ["Yoon Suk Yeol", "Narendra Modi", "South Korean presidential office"], "discussed"),
        ("Yoon's office has put out its account",
         ["South Korean presidential office", "Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        ("According to the presidential office, Yoon proposed",
         ["Yoon Suk Yeol", "Fumio Kishida", "South Korean presidential office"], "proposed"),
        ("Chinese Premier Li Qiang had told Yoon", ["Li Qiang"], "told"),
        ("The two talked about the Camp David summit last month",
         ["Yoon Suk Yeol", "Joe Biden", "Kim Eun-hye"], "talked about"),
        ("Yoon thanked Biden again", ["Yoon Suk Yeol"], "thanked"),
    ],
    timexes=[
        ("September 10, 2023, 18:45 IST", "2023-09-10T18:45", None),
        ("SUNDAY, SEPTEMBER 10", "2023-09-10", None),
        ("[[18:45]] - That", "2023-09-10T18:45", None),
        ("G20 [[weekend]]", "2023-W36-WE", None),
        ("[[16:10]] - Yoon's", "2023-09-10T16:10", None),
        ("[[13:05]] - Yoon", "2023-09-10T13:05", None),
        ("around noon", "2023-09-10T12:00", "APPROX"),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("Jakarta [[on Thursday]]", "2023-09-07", None),
        ("appropriate time [[this year]]", "2023", None),
        ("[[09:40]] - Leaders", "2023-09-10T09:40", None),
        ("this morning", "2023-09-10TMO", None),
        ("SATURDAY, SEPTEMBER 9", "2023-09-09", None),
        ("[[23:15]] - At the gala", "2023-09-09T23:15", None),
        ("summit [[last month]]", "2023-08", None),
        ("the evening", "2023-09-09TEV", None),
        ("[[12:30]] - Yoon and Biden", "2023-09-09T12:30", None),
        ("retreat [[in August]]", "2023-08", None),
        ("[[10:00]] - Good morning", "2023-09-09T10:00", None),
        ("two-day", "P2D", None),
        ("arrived [[on Friday]]", "2023-09-08", None),
    ],
    summits=[
        dict(date="2023-09-10", place="New Delhi", country="IN",
             participants=["Yoon Suk Yeol", "Narendra Modi"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20 summit",
             evidence=["His last engagement was a bilateral meeting",
                       "The two discussed defense industry cooperation"]),
        dict(date="2023-09-10", place="New Delhi", country="IN",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20 summit",
             evidence=["Yoon's office has put out its account",
                       "Yoon and Japanese Prime Minister Fumio Kishida met around noon",
                       "The meeting lasted about 20 minutes."]),
        dict(date="2023-09-07", place="Jakarta", country="ID",
             participants=["Yoon Suk Yeol", "Li Qiang"], kind="sidelines", ordinal=None,
             status="held", occasion="the ASEAN-related summits",
             evidence=["Chinese Premier Li Qiang had told Yoon"]),
        dict(date="2023-09-09", place="New Delhi", country="IN",
             participants=["Yoon Suk Yeol", "Joe Biden"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20 summit",
             evidence=["Yoon and Biden met briefly in the leaders' lounge"]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Yoon and Japanese Prime Minister Fumio Kishida met around noon",
                       "The two talked about the Camp David summit last month",
                       "Yoon thanked Biden again"]),
        dict(date="2023", place=None, country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["According to the presidential office, Yoon proposed",
                       "Chinese Premier Li Qiang had told Yoon"]),
    ],
    agreements=[
        dict(title="keep up close communication", kind="commitment", date="2023-09-10",
             parties=["JP", "KR"], status="agreed",
             evidence=["Yoon's office has put out its account"]),
        dict(title="work together on global issues", kind="commitment", date="2023-09-10",
             parties=["JP", "KR"], status="agreed",
             evidence=["Yoon's office has put out its account"]),
        dict(title="push ahead with a Korea-Japan-China summit hosted by Seoul",
             kind="commitment", date="2023-09-10", parties=["CN", "JP", "KR"],
             status="proposed",
             evidence=["According to the presidential office, Yoon proposed"]),
    ],
    notes=[
        "Invented live page (headline, page line, 'Last updated' line and day headers are"
        " furniture; the update stamp and day headers are annotated; entry times are annotated"
        " on their entry's day). Outlet and all quotes are invented (Yoon's words to Biden and"
        " Biden's reply only echo the real reports), as is the Modi topic line. Real"
        " background: Yonhap 2023-09-08/09/10 (arrival from Jakarta on Friday; planned Modi"
        " meeting on defense and high-tech; Yoon-Biden brief meeting in the leaders' lounge"
        " before a session; gala dinner seated next to Biden talking about Camp David, per"
        " senior press secretary Kim Eun-hye); KBS 2023-09-10 (chats with Kishida and Scholz at"
        " the dinner; Yoon-Kishida around noon for 20 minutes, Yoon proposed a three-way"
        " meeting, Kishida positive; Li Qiang on Thursday supporting a trilateral summit this"
        " year); indianawaaz 2023-09-10 (Modi's bilateral with Yoon on 10 September). From"
        " general knowledge: the Raj Ghat wreath-laying on the morning of 10 September, the"
        " Bharat Mandapam venue, Camp David on 18 August (also in other corpora).",
        "Summits (6): Yoon-Modi and Yoon-Kishida (10 September), Yoon-Biden 'met briefly' (9"
        " September; a summit, as in unseen10), Yoon-Li Qiang in Jakarta on Thursday 7"
        " September, Camp David (2023-08), the Korea-Japan-China summit Seoul 'is due to host'"
        " (planned, 2023: Li's 'this year'; Li Qiang as the Chinese participant). Not summits:"
        " the gala dinner seating and chats, the Raj Ghat ceremony, the G20 and ASEAN summits"
        " (occasions).",
        "Agreements (3): the office's account split into two commitments (close communication;"
        " global issues); Yoon's proposal of the trilateral summit (proposed: Kishida 'responded"
        " positively'). Not agreements: Li Qiang's support (China's stance, not an agreed"
        " course), the Modi talks ('discussed').",
        "Timexes: 'weekend' = 2023-W36-WE; 'in a few minutes' and 'Good morning' are not"
        " annotated; 'the evening' of the 23:15 entry = 2023-09-09TEV.",
    ],
)
