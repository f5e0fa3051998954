H_LIMA = ("NOV. 15, 2024 - LIMA", "NOV. 15, 2024 - LIMA")
H_NY = ("SEPT. 21, 2017 - NEW YORK", "SEPT. 21, 2017 - NEW YORK")
H_PP = ("NOV. 13, 2022 - PHNOM PENH", "NOV. 13, 2022 - PHNOM PENH")
H_CD = ("AUG. 18, 2023 - CAMP DAVID", "AUG. 18, 2023 - CAMP DAVID")
H_SF = ("NOV. 16, 2023 - SAN FRANCISCO", "NOV. 16, 2023 - SAN FRANCISCO")
GOLD = dict(
    published="2024-11-16",
    furniture=["EXPLAINER", "November 16, 2024"],
    timex_in_furniture_ok=True,
    entities={
        "Joe Biden": ["Biden"],
        "Barack Obama": ["Obama"],
        "Park Geun-hye": ["Park", "she"],
        "Shinzo Abe": ["Abe"],
        "Donald Trump": [],
        "Moon Jae-in": [],
        "Fumio Kishida": ["Kishida"],
        "Yoon Suk Yeol": ["Yoon"],
        "Shigeru Ishiba": [],
    },
    quotes=[
        ("The secretariat is insurance", "direct", None, "said"),
    ],
    statements=[
        ("A short meeting on the sidelines of the G7", ["Joe Biden"], "invites"),
        ("The leaders issue the Spirit of Camp David joint statement",
         ["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], "pledge"),
    ],
    timexes=[
        ("November 16, 2024", "2024-11-16", None),
        ("in Lima on [[Friday]]", "2024-11-15", None),
        ("MARCH 25, 2014", "2014-03-25", None),
        ("13 months", "P13M", None),
        ("MARCH 31, 2016", "2016-03-31", None),
        ("Two years later", "P2Y", None),
        ("the same day", "2016-03-31", None),
        ("JULY 6, 2017", "2017-07-06", None),
        ("two months", "P2M", None),
        ("SEPT. 21, 2017", "2017-09-21", None),
        ("less than three weeks", "P3W", "LESS_THAN"),
        ("JUNE 29, 2022", "2022-06-29", None),
        ("nearly five years", "P5Y", "APPROX"),
        ("NOV. 13, 2022", "2022-11-13", None),
        ("MAY 21, 2023", "2023-05-21", None),
        ("AUG. 18, 2023", "2023-08-18", None),
        ("NOV. 16, 2023", "2023-11-16", None),
        ("Three months", "P3M", None),
        ("NOV. 15, 2024", "2024-11-15", None),
        ("since [[October]]", "2024-10", None),
    ],
    summits=[
        dict(date="2024-11-15", place="Lima", country="PE",
             participants=["Joe Biden", "Shigeru Ishiba", "Yoon Suk Yeol"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The leaders of the United States, Japan and South Korea met in Lima",
                       H_LIMA, "Shigeru Ishiba, in office since October",
                       "Their joint statement launches"]),
        dict(date="2014-03-25", place="The Hague", country="NL",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"], kind="trilateral",
             ordinal=None, status="held", occasion="the Nuclear Security Summit",
             evidence=["MARCH 25, 2014 - THE HAGUE", "Barack Obama brings Park Geun-hye",
                       "It is the first face-to-face meeting",
                       "History is kept off the agenda"]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"], kind="trilateral",
             ordinal=None, status="held", occasion="the next nuclear security summit",
             evidence=["MARCH 31, 2016 - WASHINGTON", "Two years later, at the next"]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines",
             ordinal=None, status="held", occasion="the next nuclear security summit",
             evidence=["Park and Abe hold their own bilateral talks"]),
        dict(date="2017-07-06", place="Hamburg", country="DE",
             participants=["Donald Trump", "Shinzo Abe", "Moon Jae-in"], kind="trilateral",
             ordinal=None, status="held", occasion="the G20",
             evidence=["JULY 6, 2017 - HAMBURG", "On the eve of the G20, Donald Trump"]),
        dict(date="2017-09-21", place="New York", country="US",
             participants=["Donald Trump", "Shinzo Abe", "Moon Jae-in"], kind="trilateral",
             ordinal=None, status="held", occasion="the U.N. General Assembly",
             evidence=[H_NY, "The trio meets again over lunch"]),
        dict(date="2022-06-29", place="Madrid", country="ES",
             participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], kind="trilateral",
             ordinal=None, status="held", occasion="the NATO summit",
             evidence=["JUNE 29, 2022 - MADRID", "After a gap of nearly five years"]),
        dict(date="2022-11-13", place="Phnom Penh", country="KH",
             participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], kind="trilateral",
             ordinal=None, status="held", occasion="the ASEAN-related summits",
             evidence=[H_PP, "On the margins of the ASEAN-related"]),
        dict(date="2023-05-21", place="Hiroshima", country="JP",
             participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], kind="trilateral",
             ordinal=None, status="held", occasion="the G7",
             evidence=["MAY 21, 2023 - HIROSHIMA", "A short meeting on the sidelines of the G7"]),
        dict(date="2023-08-18", place="Camp David", country="US",
             participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=[H_CD, "The first stand-alone trilateral summit.",
                       "The leaders issue the Spirit of Camp David joint statement",
                       "Three months after Camp David"]),
        dict(date="2023-11-16", place="San Francisco", country="US",
             participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], kind="trilateral",
             ordinal=None, status="held", occasion="APEC",
             evidence=[H_SF, "Three months after Camp David"]),
    ],
    agreements=[
        dict(title="step up pressure on Pyongyang (Hamburg)", kind="commitment",
             date="2017-07-06", parties=["JP", "KR", "US"], status="referenced",
             evidence=["On the eve of the G20, Donald Trump"]),
        dict(title="Phnom Penh Statement on a trilateral partnership for the Indo-Pacific",
             kind="joint-statement", date="2022-11-13", parties=["JP", "KR", "US"],
             status="referenced", evidence=["On the margins of the ASEAN-related"]),
        dict(title="summit in Washington (Biden's invitation)", kind="commitment",
             date="2023-05-21", parties=["JP", "KR", "US"], status="referenced",
             evidence=["A short meeting on the sidelines of the G7"]),
        dict(title="Spirit of Camp David joint statement", kind="joint-statement",
             date="2023-08-18", parties=["JP", "KR", "US"], status="referenced",
             evidence=["The leaders issue the Spirit of Camp David joint statement"]),
        dict(title="Camp David principles", kind="joint-statement", date="2023-08-18",
             parties=["JP", "KR", "US"], status="referenced",
             evidence=["The leaders issue the Spirit of Camp David joint statement"]),
        dict(title="commitment to consult one another in a crisis", kind="commitment",
             date="2023-08-18", parties=["JP", "KR", "US"], status="referenced",
             evidence=["The leaders issue the Spirit of Camp David joint statement"]),
        dict(title="meet every year (annual trilateral summits)", kind="commitment",
             date="2023-08-18", parties=["JP", "KR", "US"], status="referenced",
             evidence=["The leaders issue the Spirit of Camp David joint statement"]),
        dict(title="Lima joint statement launching a trilateral secretariat",
             kind="joint-statement", date="2024-11-15", parties=["JP", "KR", "US"],
             status="agreed", evidence=["Their joint statement launches"]),
    ],
    notes=[
        "Invented timeline explainer (the U.S. official's quote is invented). Date headers"
        " are text (each its own sentence), not furniture; 'EXPLAINER' and the date line are"
        " furniture. Dates: The Hague 2014-03-25 (dev5 d5_03 checks, UCSB), Washington"
        " 2016-03-31 (un01), New York 2017-09-21 (dev4_05), Phnom Penh 2022-11-13"
        " (inv09), Camp David 2023-08-18 and San Francisco 2023-11-16 (d5_09 checks), Lima"
        " 2024-11-15 (Yomiuri: trilateral on Friday; d6_07). General knowledge, not checked"
        " here: Hamburg dinner of 2017-07-06 at the U.S. consulate general; Madrid"
        " 2022-06-29; the Phnom Penh Statement's title; the Camp David documents (Spirit,"
        " Principles, Commitment to Consult); Biden's Hiroshima invitation; North Korea's"
        " sixth nuclear test on 2017-09-03.",
        "Summits (11): ten trilaterals plus the Park-Abe bilateral in Washington. The Lima"
        " meeting is the news event, told first with 'on Friday'. Camp David has no"
        " occasion ('stand-alone'). Not summits: Obama 'hosts the two again' is the same"
        " Washington trilateral.",
        "Agreements (8): Hamburg pressure (commitment); Phnom Penh Statement; Biden's"
        " invitation (a proposal at the time, now referenced: it led to Camp David;"
        " debatable); Camp David: the joint statement, the principles (kind joint-statement,"
        " debatable), the commitment to consult (commitment: no document named beyond the"
        " phrase), the annual-summit pledge; Lima joint statement (agreed: the news event of"
        " the day before publication). Statuses in a timeline published after each event are"
        " 'referenced' except Lima.",
        "Timexes: date headers in capitals ('SEPT. 21, 2017'); '13 months' (Feb. 2013 to"
        " March 2014); 'Two years later', 'Three months' (durations); 'the same day' ="
        " 2016-03-31; 'nearly five years' = P5Y APPROX; 'less than three weeks' = P3W"
        " LESS_THAN.",
    ],
)
