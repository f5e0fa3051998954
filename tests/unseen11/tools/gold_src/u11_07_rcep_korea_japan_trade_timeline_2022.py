RCEP = ["AU", "BN", "CN", "ID", "JP", "KH", "KR", "LA", "MM", "MY", "NZ", "PH", "SG", "TH", "VN"]

GOLD = dict(
    published="2022-02-01",
    furniture=[
        "EXPLAINER",
        "Eighteen years in the making: the long road to a trade pact that covers Korea and Japan",
        "Published : 2022-02-01 07:00 | Updated : 2022-02-01 10:20",
        "By Ahn So-young",
        "TIMELINE",
        "WHAT IT MEANS",
        "Related: RCEP at a glance | Trilateral FTA talks: 16 rounds and counting",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Roh Moo-hyun": ["President Roh Moo-hyun"],
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi"],
        "Yasuo Fukuda": ["Prime Minister Yasuo Fukuda"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda"],
        "Wen Jiabao": ["Premier Wen Jiabao"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida"],
        "Oh Jin-woo": [],
    },
    quotes=[
        ("This is not the bilateral deal we tried", "direct", "Oh Jin-woo", "said"),
        ("But it is the first time Korean and Japanese tariff schedules", "direct",
         "Oh Jin-woo", "said"),
    ],
    statements=[
        ("On the margins of the APEC meeting in Bangkok",
         ["Roh Moo-hyun", "Junichiro Koizumi"], "agree"),
        ("in Seoul for President Lee Myung-bak's inauguration, agrees",
         ["Yasuo Fukuda", "Lee Myung-bak"], "agrees"),
        ("Lee, Prime Minister Yoshihiko Noda and Premier Wen Jiabao agree",
         ["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"], "agree"),
        ("Trade ministers of the three countries announce", [None], "announce"),
    ],
    timexes=[
        ("Published : [[2022-02-01 07:00]]", "2022-02-01T07:00", None),
        ("Updated : [[2022-02-01 10:20]]", "2022-02-01T10:20", None),
        ("for Korea [[today]]", "2022-02-01", None),
        ("a month after", "P1M", None),
        ("nearly two decades", "P20Y", "APPROX"),
        ("Oct. 20, 2003", "2003-10-20", None),
        ("the end of the year", "2003", "END"),
        ("Dec. 2003", "2003-12", None),
        ("Nov. 2004", "2004-11", None),
        ("Feb. 25, 2008", "2008-02-25", None),
        ("May 13, 2012", "2012-05-13", None),
        ("within the year", "2012", None),
        ("Nov. 20, 2012", "2012-11-20", None),
        ("Nov. 15, 2020", "2020-11-15", None),
        ("Dec. 2, 2021", "2021-12-02", None),
        ("Jan. 1, 2022", "2022-01-01", None),
        ("Feb. 1, 2022", "2022-02-01", None),
        ("the coming [[10]] to 20 years", "P10Y", None),
        ("10 to [[20 years]]", "P20Y", None),
        ("negotiate in [[2004]]", "2004", None),
        ("office [[in October]]", "2021-10", None),
        ("office [[in May]]", "2022-05", None),
    ],
    summits=[
        dict(date="2003-10-20", place="Bangkok", country="TH",
             participants=["Roh Moo-hyun", "Junichiro Koizumi"], kind="sidelines",
             ordinal=None, status="held", occasion="APEC",
             evidence=["On the margins of the APEC meeting in Bangkok"]),
        dict(date="2008-02-25", place="Seoul", country="KR",
             participants=["Yasuo Fukuda", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion="Lee's inauguration",
             evidence=["in Seoul for President Lee Myung-bak's inauguration, agrees"]),
        dict(date="2012-05-13", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["Lee, Prime Minister Yoshihiko Noda and Premier Wen Jiabao agree"]),
    ],
    agreements=[
        dict(title="launch Korea-Japan FTA negotiations before the end of 2003",
             kind="commitment", date="2003-10-20", parties=["JP", "KR"], status="referenced",
             evidence=["On the margins of the APEC meeting in Bangkok"]),
        dict(title="preparatory talks aimed at reviving the FTA negotiations",
             kind="commitment", date="2008-02-25", parties=["JP", "KR"], status="referenced",
             evidence=["in Seoul for President Lee Myung-bak's inauguration, agrees"]),
        dict(title="launch trilateral FTA negotiations within 2012 (Beijing)",
             kind="commitment", date="2012-05-13", parties=["CN", "JP", "KR"],
             status="referenced",
             evidence=["Lee, Prime Minister Yoshihiko Noda and Premier Wen Jiabao agree"]),
        dict(title="trilateral investment agreement", kind="treaty", date="2012-05-13",
             parties=["CN", "JP", "KR"], status="referenced",
             evidence=["Lee, Prime Minister Yoshihiko Noda and Premier Wen Jiabao agree"]),
        dict(title="start of trilateral FTA talks (Phnom Penh)", kind="commitment",
             date="2012-11-20", parties=["CN", "JP", "KR"], status="referenced",
             evidence=["Trade ministers of the three countries announce"]),
        dict(title="launch of RCEP negotiations (Phnom Penh)", kind="commitment",
             date="2012-11-20", parties=RCEP + ["IN"], status="referenced",  # noqa: RUF005
             evidence=["The RCEP negotiations are launched in the same city."]),
        dict(title="Regional Comprehensive Economic Partnership (RCEP)", kind="treaty",
             date="2020-11-15", parties=RCEP, status="referenced",
             evidence=["The Regional Comprehensive Economic Partnership takes effect",
                       "It is the first trade agreement that binds Seoul and Tokyo",
                       "Fifteen countries sign RCEP",
                       "The National Assembly ratifies the agreement.",
                       "RCEP enters into force for 10 countries",
                       "RCEP takes effect for Korea.",
                       "But it is the first time Korean and Japanese tariff schedules"]),
    ],
    notes=[
        "Invented explainer with a timeline (label, headline, Published/Updated line, byline,"
        " section labels and 'Related' line are furniture; both stamps are annotated). Outlet,"
        " writer, the fellow and his quote are invented. Real background: Japan Times 2003-10-21"
        " (Roh and Koizumi at APEC in Bangkok agree to launch FTA talks; also in unseen10);"
        " apsislamabad blog 2008-04-21 and Kantei 2008-02-25 (talks frozen since November 2004;"
        " preparatory talks agreed at Lee's inauguration; also in unseen10); MOFCOM and China"
        " Daily (Beijing consensus of May 2012, Phnom Penh launch of 20 November 2012); Yonhap"
        " and korea.net 2020-11-15 (signing at a virtual summit); KBS 2021-12-03 (National"
        " Assembly ratification on Thursday 2 December 2021, first FTA with Japan, in force in"
        " February); JIIA commentary and Pakistan Today 2022-02-01 (in force for ten countries on"
        " 1 January 2022 and for Korea on 1 February); Jerusalem Post (investment treaty at the"
        " Beijing summit). From general knowledge: the first round of Korea-Japan talks in Seoul"
        " in December 2003, the launch of RCEP negotiations in Phnom Penh on 20 November 2012,"
        " the staged tariff cuts and farm exclusions, Kishida taking office in October 2021,"
        " Moon's term ending in May 2022, their phone call of October 2021 (also in another"
        " corpus).",
        "Summits (3): Bangkok 2003-10-20 (APEC sidelines), Seoul 2008-02-25 (at Lee's"
        " inauguration), Beijing trilateral 2012-05-13. Not summits: the RCEP videoconference"
        " summit, the Moon-Kishida phone calls, a Moon-Kishida meeting ('no face-to-face meeting"
        " is planned'), the ministers' meeting in Phnom Penh.",
        "Agreements (7): commitments from the timeline, all referenced (none is concluded on the"
        " publication day): Bangkok 2003, Seoul 2008, Beijing 2012 (launch within the year),"
        " the Phnom Penh launch of trilateral talks, the launch of RCEP negotiations (its sixteen"
        " original negotiating countries, India included, as parties; debatable whether a"
        " multilateral launch belongs here); the trilateral investment agreement (treaty,"
        " referenced); RCEP (treaty, referenced: its entry into force, not its signing, is the"
        " reported event; dated by signing). Not agreements: the bilateral FTA that was never"
        " concluded.",
        "Statements: timeline entries in which leaders 'agree' count as joint statements of the"
        " leaders; the unnamed trade ministers' announcement has speaker null.",
        "Timexes: 'nearly two decades' = P20Y with APPROX (ISO years rather than TIMEX 'DE');"
        " '10 to 20 years' is two expressions; 'before the end of the year' (2003) is annotated"
        " on 'the end of the year' with END; 'in May' (future, Moon's departure) = 2022-05.",
    ],
)
