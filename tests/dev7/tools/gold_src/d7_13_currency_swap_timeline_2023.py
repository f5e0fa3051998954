LMB = "Lee Myung-bak"
GKR = "Government of South Korea"
GJP = "Government of Japan"
CHOO = "Choo Kyung-ho"
SUZ = "Shunichi Suzuki"
OFF = "Office of the President (South Korea)"
KJ = ["JP", "KR"]
LEAD = "Seoul and Tokyo agreed on Thursday to revive"
MIY = "Under the New Miyazawa Initiative"
CMI1 = "Japan and South Korea conclude a one-way dollar-won swap"
YW = "The two central banks add a two-way yen-won swap"
BSA2 = "A second, two-way arrangement under the Chiang Mai Initiative"
D08 = "the yen-won line is raised from $3 billion to $20 billion"
FUK = "The next day, Prime Minister Taro Aso hosts"
O11 = "Lee and Prime Minister Yoshihiko Noda announce"
O12 = "finance officials say the temporary expansion"
J13 = "The central banks decide not to renew"
F15 = "The last $10 billion arrangement expires"
A16 = "Meeting in Seoul, the two finance ministers agree"
J17 = "Tokyo suspends the talks"
M23 = "President Yoon Suk Yeol and Prime Minister Fumio Kishida hold a summit"
J23 = "Finance Minister Choo Kyung-ho and his Japanese counterpart"
CS = "Choo said the deal showed"
YO = "Yoon's office called it meaningful progress"
AP3 = ["BN", "CN", "ID", "JP", "KH", "KR", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]
GOLD = dict(
    published="2023-06-30",
    furniture=["Explainer desk | June 30, 2023"],
    timex_in_furniture_ok=True,
    entities={
        GKR: ["Seoul"],
        GJP: ["Tokyo"],
        LMB: ["President Lee Myung-bak", "Lee"],
        "Taro Aso": ["Prime Minister Taro Aso"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida"],
        CHOO: ["Finance Minister Choo Kyung-ho", "Choo"],
        SUZ: ["Shunichi Suzuki"],
        OFF: ["Yoon's office"],
    },
    quotes=[
        ("is back on a firm footing.", "partial", CHOO, "said"),
    ],
    statements=[
        (LEAD, [GKR, GJP], "agreed"),
        (O11, [LMB, "Yoshihiko Noda"], "announce"),
        (O12, [None], "say"),
        (A16, [None], "agree"),
        (J23, [CHOO, SUZ], "agree"),
        (CS, [CHOO], "said"),
        (YO, [OFF], "called"),
    ],
    timexes=[
        ("Two decades", "P20Y", None),
        ("on [[Thursday]] to revive", "2023-06-29", None),
        ("eight years", "P8Y", None),
        ("June 30, 2023", "2023-06-30", None),
        ("JUNE 1999", "1999-06", None),
        ("JULY 4, 2001", "2001-07-04", None),
        ("agreed on in [[2000]]", "2000", None),
        ("MAY 27, 2005", "2005-05-27", None),
        ("FEB. 24, 2006", "2006-02-24", None),
        ("DEC. 12, 2008", "2008-12-12", None),
        ("the end of April 2009", "2009-04", "END"),
        ("The next day", "2008-12-13", None),
        ("OCT. 19, 2011", "2011-10-19", None),
        ("the end of October 2012", "2012-10", "END"),
        ("OCT. 9, 2012", "2012-10-09", None),
        ("Two months", "P2M", None),
        ("Oct. 31", "2012-10-31", None),
        ("JUNE 24, 2013", "2013-06-24", None),
        ("July 3", "2013-07-03", None),
        ("FEB. 23, 2015", "2015-02-23", None),
        ("AUG. 27, 2016", "2016-08-27", None),
        ("JAN. 6, 2017", "2017-01-06", None),
        ("MARCH 16, 2023", "2023-03-16", None),
        ("12 years", "P12Y", None),
        ("JUNE 29, 2023", "2023-06-29", None),
        ("three years", "P3Y", None),
        ("since [[2016]]", "2016", None),
    ],
    summits=[
        dict(date="2008-12-13", place="Fukuoka", country="JP",
             participants=["Taro Aso", LMB, "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[FUK]),
        dict(date="2011-10-19", place="Seoul", country="KR",
             participants=[LMB, "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[O11]),
        dict(date="2023-03-16", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[M23]),
    ],
    agreements=[
        dict(title="one-way swap under the New Miyazawa Initiative (up to $5 billion)",
             kind="mou", date="1999-06", parties=KJ, status="referenced", evidence=[MIY]),
        dict(title="Chiang Mai Initiative (ASEAN Plus Three finance ministers)", kind="mou",
             date="2000", parties=AP3, status="referenced", evidence=[CMI1, BSA2]),
        dict(title="one-way dollar-won swap under the Chiang Mai Initiative (up to $2"
                   " billion)", kind="mou", date="2001-07-04", parties=KJ,
             status="referenced", evidence=[CMI1, BSA2]),
        dict(title="two-way yen-won swap of $3 billion", kind="mou", date="2005-05-27",
             parties=KJ, status="referenced", evidence=[YW, J13]),
        dict(title="second two-way Chiang Mai arrangement ($10 billion / $5 billion)",
             kind="mou", date="2006-02-24", parties=KJ, status="referenced",
             evidence=[BSA2, F15]),
        dict(title="temporary increase of the yen-won line to $20 billion", kind="mou",
             date="2008-12-12", parties=KJ, status="referenced", evidence=[D08]),
        dict(title="temporary expansion of the yen-won line to $30 billion", kind="mou",
             date="2011-10-19", parties=KJ, status="referenced", evidence=[O11, O12]),
        dict(title="new $30 billion dollar swap (temporary)", kind="mou", date="2011-10-19",
             parties=KJ, status="referenced", evidence=[O11, O12]),
        dict(title="start talks on a new currency swap (2016)", kind="commitment",
             date="2016-08-27", parties=KJ, status="referenced", evidence=[A16, J17]),
        dict(title="revived $10 billion dollar-based currency swap for three years",
             kind="mou", date="2023-06-29", parties=KJ, status="agreed",
             evidence=[LEAD, J23, CS, YO]),
    ],
    notes=[
        "Invented timeline explainer (outlet unnamed; Choo's quoted fragment is invented)."
        " Furniture: the rubric line with the date (annotated); the capitalised date"
        " headers are text and annotated. Checked (pages): the 1999 New Miyazawa swap, the"
        " July 4, 2001 $2 billion CMI swap, the May 27, 2005 yen-won swap, the Feb. 24, 2006"
        " second BSA, the Dec. 12, 2008 increase to $20 billion until end-April 2009 (MOF"
        " and BOJ pages); the 2011 expansion from $13 billion to $70 billion and its expiry"
        " on Oct. 31, 2012, announced Oct. 9 (BOJ; Xinhua via Global Times; Japan Times);"
        " the decision of June 24, 2013 not to renew the $3 billion line due July 3 (Yonhap"
        " via GlobalPost); expiry of the last $10 billion on Feb. 23, 2015 (Yonhap via Korea"
        " Herald); the revival of June 29, 2023 for three years, the first finance"
        " ministers' meeting since 2016, the presidential office's comment (MOEF; Yonhap;"
        " Korea Herald); the Chiang Mai agreement of 2000 (Japan Times). Public record: the"
        " Fukuoka trilateral of Dec. 13, 2008; the Lee-Noda summit of Oct. 19, 2011; Lee's"
        " Dokdo visit of Aug. 10, 2012; the talks agreed on Aug. 27, 2016 and suspended on"
        " Jan. 6, 2017; the Yoon-Kishida summit of March 16, 2023.",
        "Summits (3): Fukuoka trilateral ('The next day' after Dec. 12, 2008); Seoul"
        " Lee-Noda; Tokyo Yoon-Kishida.",
        "Agreements (10): swap arrangements are MOUs (contract: arrangements between"
        " ministries or central banks); each arrangement or temporary increase is its own"
        " record (the 2011 package = two: the expanded yen-won line and the new dollar"
        " swap; debatable); lapses and non-renewals are extra evidence of the arrangement"
        " concerned, not records; the Chiang Mai Initiative (13 ASEAN Plus Three parties,"
        " 2000); the 2016 agreement to start talks (referenced commitment, its suspension as"
        " evidence); the 2023 revival is the article's news (agreed). The 1999 swap is"
        " dated June 1999 from its header.",
        "Statements: 'Seoul and Tokyo agreed' has the two governments as speakers"
        " (metonyms; debatable); the unnamed 'finance officials' and 'the two finance"
        " ministers' (2016, not named) are null.",
        "Timexes: durations 'Two decades' (P20Y), 'eight years', 'Two months', '12 years',"
        " 'three years'; 'the end of April 2009' and 'the end of October 2012' with END.",
    ],
)
