YSY = "Yoon Suk Yeol"
FK = "Fumio Kishida"
MOTIE = "Ministry of Trade, Industry and Energy (South Korea)"
KJ = ["JP", "KR"]
NISHI = "Japan's Minister of Economy, Trade and Industry Yasutoshi Nishimura"
WELC = "Seoul's industry ministry welcomed the decision"
LDW = "Presidential spokesperson Lee Do-woon said"
SIMPLE = "He said simpler procedures were expected"
THAW = "The thaw began when President Yoon Suk Yeol and Prime Minister Fumio Kishida"
RETURN = "Kishida paid a return visit to Seoul on May 7"
FIN = "The two ministers agreed in Incheon in May to revive the talks."
GOLD = dict(
    published="2023-06-27",
    furniture=["Written: 2023-06-27 14:10:05 Updated: 2023-06-27 18:32:40", "Photo : KRN",
               "Related News", "- Yoon, Kishida Agree to Restore Shuttle Diplomacy",
               "- Japan Lifts Curbs on Three Chip Materials", "Editor's Pick"],
    timex_in_furniture_ok=True,
    entities={
        YSY: ["President Yoon Suk Yeol"],
        FK: ["Prime Minister Fumio Kishida", "Kishida"],
        "Yasutoshi Nishimura": [NISHI],
        MOTIE: ["Seoul's industry ministry"],
        "Lee Do-woon": ["Presidential spokesperson Lee Do-woon", "He"],
        "Choo Kyung-ho": [],
        "Shunichi Suzuki": [],
    },
    quotes=[
        ("fully restored.", "partial", MOTIE, "saying"),
    ],
    statements=[
        (NISHI, ["Yasutoshi Nishimura"], "told reporters"),
        (WELC, [MOTIE], "welcomed"),
        (LDW, ["Lee Do-woon"], "said"),
        (SIMPLE, ["Lee Do-woon"], "said"),
        (FIN, ["Choo Kyung-ho", "Shunichi Suzuki"], "agreed"),
    ],
    timexes=[
        ("After Four Years", "P4Y", None),
        ("2023-06-27 14:10:05", "2023-06-27T14:10:05", None),
        ("2023-06-27 18:32:40", "2023-06-27T18:32:40", None),
        ("next month", "2023-07", None),
        ("on each other in [[2019]]", "2019", None),
        ("on [[Tuesday]], the Japanese", "2023-06-27", None),
        ("July 21", "2023-07-21", None),
        ("for the first time in [[four years]]", "P4Y", None),
        ("August 2019", "2019-08", None),
        ("[[a month]] after it tightened", "P1M", None),
        ("rulings in [[2018]]", "2018", None),
        ("the following month", "2019-09", None),
        ("March 16", "2023-03-16", None),
        ("the same month", "2023-03", None),
        ("list in [[April]]", "2023-04", None),
        ("May 7", "2023-05-07", None),
        ("12-year", "P12Y", None),
        ("Tokyo on [[Thursday]]", "2023-06-29", None),
        ("since [[2016]]", "2016", None),
        ("Incheon in [[May]]", "2023-05", None),
    ],
    summits=[
        dict(date="2023-03-16", place="Tokyo", country="JP", participants=[YSY, FK],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[THAW]),
        dict(date="2023-05-07", place="Seoul", country="KR", participants=[FK, YSY],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[RETURN]),
    ],
    agreements=[
        dict(title="follow-up framework to review each other's export control systems",
             kind="commitment", date=None, parties=KJ, status="agreed", evidence=[NISHI]),
        dict(title="revive the annual Japan-Korea finance ministerial dialogue",
             kind="commitment", date="2023-05", parties=KJ, status="referenced",
             evidence=[FIN]),
    ],
    notes=[
        "Invented article in the style of a Korean broadcaster's English website (the"
        " broadcaster KRN, the related-news headlines and the wording are invented; 'fully"
        " restored' is a fragment of the ministry's reported release). Furniture:"
        " Written/Updated stamps (annotated), photo credit, 'Related News' block, 'Editor's"
        " Pick'. Checked (pages): the Cabinet decision of Tuesday June 27, 2023, Group A,"
        " effective July 21, four years after the 2019 removal, the 2019 curbs on three"
        " materials after the 2018 rulings, Seoul's WTO complaint and removal of Japan from"
        " its list, Japan's lifting of the curbs in March after the Yoon-Kishida summit,"
        " Seoul's relisting of Japan in April (KBS Seq_Code=178743; Yonhap"
        " AEN20230627002251320; Korea Herald, 2023-06-27; UPI, 2023-04-28); Nishimura's"
        " follow-up framework and Lee Do-woon's remarks (xtremecuztoms.net quoting the"
        " reports); Yoon's WTO withdrawal and Japan's March 16 announcement (Jiji via"
        " Yomiuri, 2023-03-21); the finance ministers' May 2 agreement in Incheon to resume"
        " the annual dialogue, suspended since August 2016, and the June 29 Tokyo meeting"
        " (Jiji via nippon.com; Japanese MOF release of 2023-06-02; centennialasia citing"
        " Reuters). Public record: Kishida's May 7 Seoul visit, the first bilateral visit by"
        " a Japanese premier in 12 years.",
        "Summits (2): Tokyo, March 16 ('held a summit'); Kishida's 'return visit to Seoul on"
        " May 7' (a leader's visit to the other leader: a summit, as 'paid a return visit' in"
        " dev7). Not summits: the finance ministers' meetings (planned Tokyo, past Incheon).",
        "Agreements (2): the follow-up review framework (agreed; date null because the text"
        " does not say when it was agreed, debatable: it was announced on June 27); the"
        " finance ministers' May agreement to revive their dialogue (referenced commitment,"
        " dated 2023-05). Not agreements: the white-list restorations, the lifting of the"
        " curbs and the WTO withdrawal (unilateral measures).",
        "Quotes: the headline's single-quoted 'White List' and '\"Group A,\"' (a category"
        " name) are not quotes.",
        "Timexes: 'After Four Years' in the headline and 'four years' = P4Y; 'a month after'"
        " = P1M (duration); 'the following month' = 2019-09 and 'the same month' = 2023-03"
        " (dates); 'annual' is a set and not annotated.",
    ],
)
