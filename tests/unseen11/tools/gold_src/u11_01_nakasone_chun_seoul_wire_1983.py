GOLD = dict(
    published="1983-01-12",
    furniture=[
        "Nakasone, Chun settle aid row with $4 billion package on first official visit",
        "Kanto Press Agency | 1983/01/12 20:05 JST",
        "SEOUL, Jan. 12 (KPA) -- ",
        "==Kanto Press Agency",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yasuhiro Nakasone": ["Prime Minister Yasuhiro Nakasone", "Nakasone", "his guest"],
        "Chun Doo-hwan": ["President Chun Doo-hwan", "Chun", "the president"],
        "Ronald Reagan": ["U.S. President Ronald Reagan", "Reagan"],
        "Zenko Suzuki": ["Suzuki"],
        "Park Dong-soo": [],
    },
    quotes=[
        ("A neighbor you never call on", "direct", "Yasuhiro Nakasone", "told reporters"),
        ("I came to put that right", "direct", "Yasuhiro Nakasone", "told reporters"),
        ("the opening of a new page", "partial", "Chun Doo-hwan", "called"),
        ("Washington has wanted Tokyo and Seoul", "direct", "Park Dong-soo", "said"),
        ("The money matters.", "direct", "Park Dong-soo", "said"),
    ],
    statements=[
        ("Chun welcomed his guest at the Blue House", [None], "said"),
        ("In a joint communique released before Nakasone left",
         ["Yasuhiro Nakasone", "Chun Doo-hwan"], "declared"),
        ("Of that, 1.85 billion dollars", [None], "told reporters"),
        ("Chun told a state dinner", ["Chun Doo-hwan"], "told"),
        ("Diplomats in Seoul said", [None], "said"),
    ],
    timexes=[
        ("1983/01/12 20:05 JST", "1983-01-12T20:05", None),
        ("SEOUL, [[Jan. 12]] (KPA)", "1983-01-12", None),
        ("from Seoul [[on Wednesday]] after", "1983-01-12", None),
        ("24-hour", "PT24H", None),
        ("almost two years", "P2Y", "APPROX"),
        ("their [[1965]] treaty", "1965", None),
        ("Blue House [[on Tuesday]], and", "1983-01-11", None),
        ("that afternoon", "1983-01-11TAF", None),
        ("on Wednesday morning", "1983-01-12TMO", None),
        ("five-year", "P5Y", None),
        ("began [[last year]]", "1982", None),
        ("request in [[1981]]", "1981", None),
        ("on Tuesday night", "1983-01-11TNI", None),
        ("in late November", "1982-11", "END"),
        ("Jan. 18", "1983-01-18", None),
        ("capital [[on Tuesday]] to protest", "1983-01-11", None),
    ],
    summits=[
        dict(date="1983-01-11/1983-01-12", place="Seoul", country="KR",
             participants=["Yasuhiro Nakasone", "Chun Doo-hwan"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Prime Minister Yasuhiro Nakasone flew home from Seoul",
                       "The trip was the first official visit",
                       "Chun welcomed his guest at the Blue House",
                       "Chun told a state dinner"]),
        dict(date="1983-01-18", place="the White House", country="US",
             participants=["Yasuhiro Nakasone", "Ronald Reagan"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["is due to meet U.S. President Ronald Reagan"]),
    ],
    agreements=[
        dict(title="Japan-ROK joint communique (January 1983)", kind="joint-statement",
             date="1983-01-12", parties=["JP", "KR"], status="agreed",
             evidence=["In a joint communique released before Nakasone left"]),
        dict(title="4 billion dollar economic aid settlement (government loans and Ex-Im credits)",
             kind="commitment", date="1983-01", parties=["JP", "KR"], status="agreed",
             evidence=["Prime Minister Yasuhiro Nakasone flew home from Seoul",
                       "Under the aid settlement, Japan will provide",
                       "Of that, 1.85 billion dollars",
                       "Seoul first raised its request in 1981",
                       "had left the loan negotiations unfinished"]),
        dict(title="1965 treaty (normalization)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["The trip was the first official visit"]),
    ],
    notes=[
        "Invented Japanese wire story (headline, agency/stamp line, dateline and end line are"
        " furniture; the stamp and the dateline date are annotated). Outlet, analyst and every"
        " quote are invented, as are the stamp time, the timing of the talks (Tuesday afternoon"
        " and Wednesday morning), the airport remark and the student protests. Real background:"
        " Christian Science Monitor 1983-01-07 and 1983-01-13 (visit of 11-12 January, first"
        " working-level summit, joint communique on close cooperation between neighbors pursuing"
        " freedom and democracy, 4 billion dollars during the five-year plan begun in 1982: 1.85"
        " billion concessional government aid and 2.15 billion Ex-Im loans; Reagan meeting on 18"
        " January; predecessor Zenko Suzuki); Time 1983-01-24 (24-hour visit, state dinner at"
        " the Blue House, prime minister for seven weeks); country-data.com (loan negotiations"
        " from 1981 to early 1983; first official visit by a Japanese leader; earlier visits for"
        " inaugurations or funerals). From general knowledge: Nakasone took office on 27"
        " November 1982; Gimpo as Seoul's airport.",
        "Summits (2): Seoul 1983-01-11/12 (two days, one record); Nakasone-Reagan at the White"
        " House on 18 January (planned). Not summits: earlier Japanese leaders' ceremonial visits"
        " (no leader or date named).",
        "Agreements (3): the joint communique (kind joint-statement, status agreed as the"
        " document reported as issued at the event); the aid settlement (commitment: a course of"
        " action agreed between the governments without a named document); the 1965 treaty"
        " (referenced).",
        "Timexes: 'in late November' = 1982-11 with END; 'five-year' (adjectival) = P5Y.",
    ],
)
