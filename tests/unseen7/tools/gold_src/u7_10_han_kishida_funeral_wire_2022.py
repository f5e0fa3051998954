GOLD = dict(
    published="2022-09-28",
    furniture=[
        "Kishida, South Korea's Han agree to speed up talks as funeral diplomacy wraps up",
        "September 28, 2022 / 1:55 PM", "By Ken Miyazawa", "TOKYO (Meridian Wire) - ",
        "(Reporting by Ken Miyazawa; Additional reporting by Oh Se-ra in Seoul; Editing by"
        " Dora Lindqvist)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Han Duck-soo": ["Han Duck soo", "South Korean Prime Minister Han Duck-soo", "Han"],
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "President Yoon Suk Yeol", "Yoon"],
        "Kamala Harris": ["U.S. Vice President Kamala Harris", "Harris"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese", "Albanese"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi", "Modi"],
        "Hun Sen": ["Cambodian Prime Minister Hun Sen"],
        "Japanese government": ["Tokyo"],
    },
    quotes=[
        ("a good conversation", "partial", "Han Duck-soo", "told"),
        ("Our young people are already crossing the sea", "direct", "Han Duck-soo", "said"),
        ("It is too early to talk about a visit,", "direct", None, "said"),
        ("The foreign ministers have work to do first.", "direct", None, None),
    ],
    statements=[
        ("Kishida and South Korean Prime Minister Han Duck-soo agreed on Wednesday",
         ["Fumio Kishida", "Han Duck-soo"], "agreed"),
        (("Kishida thanked Han for the condolences", "after Abe was shot dead in July."),
         ["Fumio Kishida"], "thanked"),
        ("Han told Kishida that Yoon and the prime minister", ["Han Duck-soo"], "told"),
        ("Seoul called that encounter a summit", [None], "called"),
        ("with whom he agreed to deepen security cooperation",
         ["Fumio Kishida", "Anthony Albanese"], "agreed"),
        ("Tokyo maintains that all claims were settled", ["Japanese government"], "maintains"),
        ("Japanese officials said there had been no discussion", [None], "said"),
    ],
    timexes=[
        ("September 28, 2022 / 1:55 PM", "2022-09-28T13:55", None),
        ("agreed on [[Wednesday]] to step up", "2022-09-28", None),
        ("three days of meetings", "P3D", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("shortly after 8:30 a.m.", "2022-09-28T08:30", "AFTER"),
        ("shot dead in [[July]]", "2022-07", None),
        ("in New York [[last week]]", "2022-W38", None),
        ("roughly 30 minutes", "PT30M", "APPROX"),
        ("Sept. 21", "2022-09-21", None),
        ("took office in [[May]]", "2022-05", None),
        ("[[Tuesday]]'s funeral", "2022-09-27", None),
        ("Seoul on [[Thursday]]", "2022-09-29", None),
        ("held talks on [[Tuesday]] with", "2022-09-27", None),
        ("On Wednesday morning", "2022-09-28TMO", None),
        ("this year. In all", "2022", None),
        ("the three days", "P3D", None),
        ("2018", "2018", None),
        ("1965", "1965", None),
    ],
    summits=[
        dict(date="2022-09-21", place="New York", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="sidelines", ordinal=None,
             status="held", occasion="the U.N. General Assembly",
             evidence=["when they met in New York last week",
                       "since Yoon and Kishida sat down for roughly 30 minutes",
                       "Seoul called that encounter a summit"]),
        dict(date="2022-09-27", place="Tokyo", country="JP",
             participants=["Fumio Kishida", "Anthony Albanese"], kind="bilateral",
             ordinal=None, status="held", occasion="the state funeral of Shinzo Abe",
             evidence=["Kishida held talks on Tuesday with Australian Prime Minister"]),
        dict(date="2022-09-27", place="Tokyo", country="JP",
             participants=["Fumio Kishida", "Narendra Modi"], kind="bilateral", ordinal=None,
             status="held", occasion="the state funeral of Shinzo Abe",
             evidence=["Kishida held talks on Tuesday with Australian Prime Minister"]),
        dict(date="2022-09-28", place="Tokyo", country="JP",
             participants=["Fumio Kishida", "Hun Sen"], kind="bilateral", ordinal=None,
             status="held", occasion="the state funeral of Shinzo Abe",
             evidence=["On Wednesday morning he also met Cambodian Prime Minister Hun Sen"]),
    ],
    agreements=[
        dict(title="step up communication between the foreign ministries", kind="commitment",
             date="2022-09-28", parties=["JP", "KR"], status="agreed",
             evidence=["Kishida and South Korean Prime Minister Han Duck-soo agreed on"
                       " Wednesday"]),
        dict(title="deepen Australia-Japan security cooperation", kind="commitment",
             date="2022-09-27", parties=["AU", "JP"], status="agreed",
             evidence=["with whom he agreed to deepen security cooperation"]),
        dict(title="1965 agreement on claims accompanying normalization", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced",
             evidence=["Tokyo maintains that all claims were settled"]),
    ],
    notes=[
        "Invented test article (international wire: headline, stamp, byline, bare dateline and"
        " credit line are furniture; the stamp is annotated). Reporters, outlet, stamp, Han's"
        " direct quote and the senior official's quote are invented; Han's partial 'a good"
        " conversation' echoes the reported gist. Real background (Jiji, Asahi, NHK via"
        " Teller Report, Yonhap, Korea Herald, Korea.net): Kishida-Han at the State Guest"
        " House on Wednesday 2022-09-28 morning, about 20 minutes, agreement to accelerate"
        " communication between diplomatic authorities, Kishida's thanks for condolences,"
        " Han on the UNGA meeting 'last week', shared values and early improvement; the funeral"
        " on Tuesday 2022-09-27 at the Nippon Budokan (about 4,300 attendees) with Harris; Han"
        " met Harris at Hotel Okura before the funeral; Harris's Seoul visit on 2022-09-29;"
        " Kishida's talks with Albanese (security cooperation) and Modi on 2022-09-27 and Hun"
        " Sen on 2022-09-28; about 40 leaders over three days. From general knowledge: the"
        " Yoon-Kishida New York meeting of 2022-09-21 (about 30 minutes; 'informal talks' in"
        " Tokyo's wording), Abe's killing in July 2022, Cambodia's 2022 ASEAN chair, the 2018"
        " Supreme Court rulings. 'shortly after 8:30 a.m.' follows NHK's 'just after 8:30'.",
        "Quotes: Han partial and direct; the senior official's quote in two sentences inside"
        " one pair of marks but interrupted by 'a senior Japanese official said' -> two direct"
        " quotes (null; second with no cue).",
        "Statements: Kishida and Han 'agreed' (lede); Kishida 'thanked' (explicit sentence: the"
        " automatic"
        " split does not cut after '8:30 a.m.'); Han 'told Kishida'"
        " (with the partial); 'Seoul called that encounter a summit' (null: a government,"
        " not named as an entity; debatable); Kishida and Albanese 'agreed'; Tokyo"
        " 'maintains ... and has warned'; Japanese officials 'said' (null).",
        "Timexes: published Wednesday 2022-09-28; 'three days' (of meetings) = P3D; 'about 20"
        " minutes' = PT20M APPROX; 'shortly after 8:30 a.m.' = T08:30 AFTER; 'July' ="
        " 2022-07; 'last week' = 2022-W38; 'roughly 30 minutes' = PT30M APPROX; 'Sept. 21';"
        " 'May' = 2022-05; 'Tuesday' (in 'Tuesday's funeral') = 2022-09-27; 'Thursday' ="
        " 2022-09-29; 'Tuesday' = 2022-09-27; 'On"
        " Wednesday morning' = 2022-09-28TMO; 'this year' = 2022; 'the three days' = P3D;"
        " '2018'; '1965'.",
        "Summits (4): Yoon-Kishida in New York (UNGA sidelines; Tokyo called it informal, Seoul"
        " a summit - both describe an in-person leaders' meeting); Kishida-Albanese,"
        " Kishida-Modi (2022-09-27) and Kishida-Hun Sen (2022-09-28) in Tokyo, the funeral as"
        " occasion, kind bilateral (the funeral is not a summit, debatable: could be"
        " 'sidelines'). Not summits: Kishida-Han (Han is not head of government), Han-Harris"
        " (neither is a head of state or government), Harris's call on Yoon (a vice president),"
        " 'some 40 foreign leaders' in aggregate, 'no discussion of a full bilateral summit'.",
        "Agreements (3): the Kishida-Han commitment to step up communication between the"
        " foreign ministries (agreed); the Kishida-Albanese commitment to deepen security"
        " cooperation (agreed); the 1965 claims agreement (treaty, referenced).",
    ],
)
