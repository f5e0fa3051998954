YUN = "Yun Byung-se"
FK = "Fumio Kishida"
ABE = "Shinzo Abe"
PGH = "Park Geun-hye"
CWD = "Cheong Wa Dae"
JPG = "Government of Japan"
KJ = ["JP", "KR"]
HEAD = ("(LEAD) S. Korea, Japan strike deal", "into victims' fund")
LEAD = "The foreign ministers of South Korea and Japan announced a deal Monday"
PRESS = "read out the terms at a joint press conference in Seoul"
KISH = "Kishida said Prime Minister Shinzo Abe was offering"
UNDER = "Under the deal, Seoul will set up a foundation"
YUNF = "Yun said the issue would be resolved"
REFRAIN = "The two governments also agreed to refrain"
STATUE = "Yun added that Seoul would try to address"
CALL = "After the press conference, Kishida paid a courtesy call"
PHONE = "Abe phoned Park on Monday evening"
PROP = "Abe proposed that the two leaders take the lead"
NOV2 = "Park and Abe agreed at their first summit, held in Seoul on Nov. 2"
CAME = "The agreement came as 2015"
CLAIMS = "Tokyo has long maintained that all claims"
KERRY = "U.S. Secretary of State John Kerry welcomed"
GOLD = dict(
    published="2015-12-28",
    furniture=["(ATTN: ADDS Park-Kishida meeting, Abe phone call in paras 8-9; U.S. reaction in"
               " para 13)", "By Kang Min-seo", "SEOUL, Dec. 28 (KPN) --", "mskang@kpn.co.kr",
               "(END)"],
    timex_in_furniture_ok=True,
    entities={
        YUN: ["Foreign Minister Yun Byung-se", "Yun", "He"],
        FK: ["his Japanese counterpart, Fumio Kishida", "Kishida"],
        ABE: ["Prime Minister Shinzo Abe", "Abe"],
        PGH: ["President Park Geun-hye", "Park", "she"],
        CWD: ["the presidential office", "it"],
        JPG: ["Tokyo"],
        "John Kerry": ["U.S. Secretary of State John Kerry", "Kerry"],
    },
    quotes=[
        ("heartfelt apologies and remorse", "partial", FK, "said"),
        ("finally and irreversibly", "partial", YUN, "said"),
        ("This is the result of long and difficult negotiations", "direct", YUN,
         "told reporters"),
        ("Nobody asked us what we wanted,", "direct", None, "told reporters"),
    ],
    statements=[
        (LEAD, [YUN, FK], "announced"),
        (KISH, [FK, ABE], "said"),
        (YUNF, [YUN], "said"),
        (REFRAIN, [YUN, FK], "agreed"),
        (STATUE, [YUN], "added"),
        (CALL, [PGH], "said"),
        (PHONE, [ABE, CWD], "according to"),
        (PROP, [ABE, CWD], "proposed"),
        (NOV2, [PGH, ABE], "agreed"),
        (CLAIMS, [JPG], "has long maintained"),
        (KERRY, ["John Kerry"], "welcomed"),
    ],
    timexes=[
        ("SEOUL, [[Dec. 28]] (KPN)", "2015-12-28", None),
        ("a deal [[Monday]] to settle", "2015-12-28", None),
        ("less than two months", "P2M", "LESS_THAN"),
        ("Monday evening", "2015-12-28TEV", None),
        ("Nov. 2", "2015-11-02", None),
        ("came as [[2015]], the", "2015", None),
        ("the [[1965]] treaty", "1965", None),
        ("1910-45", "1910/1945", None),
    ],
    summits=[
        dict(date="2015-11-02", place="Seoul", country="KR", participants=[PGH, ABE],
             kind="bilateral", ordinal=1, status="held", occasion=None,
             evidence=[PRESS, NOV2]),
    ],
    agreements=[
        dict(title="agreement on the comfort women issue (announced by the two foreign"
                   " ministers)", kind="joint-statement", date="2015-12-28", parties=KJ,
             status="agreed",
             evidence=[HEAD, LEAD, YUNF, CALL, PROP, CAME, KERRY]),
        dict(title="foundation for the victims set up by Seoul and funded with 1 billion yen"
                   " from Japan's budget; joint projects", kind="commitment",
             date="2015-12-28", parties=KJ, status="agreed", evidence=[LEAD, UNDER]),
        dict(title="refrain from accusing or criticizing each other at the U.N. and other"
                   " forums", kind="commitment", date="2015-12-28", parties=KJ,
             status="agreed", evidence=[REFRAIN]),
        dict(title="the two leaders take the lead in carrying out the agreement (Abe's"
                   " proposal)", kind="commitment", date="2015-12-28", parties=KJ,
             status="proposed", evidence=[PROP]),
        dict(title="speed up the comfort women negotiations (Nov. 2 summit)",
             kind="commitment", date="2015-11-02", parties=KJ, status="referenced",
             evidence=[NOV2]),
        dict(title="1965 Treaty on Basic Relations", kind="treaty", date="1965", parties=KJ,
             status="referenced", evidence=[CAME]),
        dict(title="1965 claims agreement", kind="treaty", date="1965", parties=KJ,
             status="referenced", evidence=[CLAIMS]),
    ],
    notes=[
        "Invented article in the style of a Korean English-language wire ((LEAD), ATTN line,"
        " dateline with agency code, e-mail line, (END)); the agency KPN, reporter Kang"
        " Min-seo, Yun's direct quote and the victim's words are invented, and Kishida's and"
        " Yun's fragments are reworded from reported remarks. Furniture: ATTN line, byline,"
        " dateline (its date annotated), e-mail line, (END); the headline's single-quoted"
        " term is not a quote. Checked (pages): the Yun-Kishida announcement in Seoul on"
        " Monday Dec. 28, 2015, Japan's responsibility, Abe's apology and remorse, the 1"
        " billion yen from the state budget for a foundation set up by Seoul, 'finally and"
        " irreversibly' provided Japan implements the deal, the statue to be addressed"
        " through consultations with related groups, 46 surviving victims, the Abe-Park"
        " phone call after the meeting and Abe's proposal that the two leaders take the"
        " lead in implementing the deal (Kyodo via nichibei.org; AFP via Hurriyet; Infowars"
        " wire copy); no mutual criticism in the international community and Kishida's"
        " courtesy call on Park at Cheong Wa Dae the same day, with her hope that the deal"
        " would be accepted and her reference to the Nov. 2 summit (korea.net via"
        " gangnam.com); Japan's position that claims were settled by the 1965 claims"
        " agreement (200788.xyz); the November Park-Abe summit (Pacific Forum CSIS"
        " Comparative Connections). Public record: Kerry's welcoming statement (wording"
        " invented), the Nov. 2 commitment to accelerate the talks, the 50th anniversary of"
        " normalization.",
        "Summits (1): Park-Abe in Seoul, Nov. 2, 2015, mentioned twice ('held their first"
        " summit', 'agreed at their first summit'); ordinal 1 from 'first summit' (as"
        " d7_04; debatable: d7_14 left 'first summit' without ordinal). Not summits: the"
        " foreign ministers' talks, Kishida's courtesy call on Park (a foreign minister),"
        " the Abe-Park phone call.",
        "Agreements (7): the comfort women agreement as a joint statement (contract's"
        " example), with its two joint courses as separate commitments (foundation and"
        " projects; no mutual criticism), following the dev2 convention that a document and"
        " the courses it carries are separate records; Abe's phone proposal (proposed); the"
        " Nov. 2 commitment (referenced); the 1965 treaty and claims agreement (referenced"
        " treaties dated by the text's '1965'). Not agreements: Seoul's undertaking to try"
        " to address the statue (one side's undertaking within the deal; debatable), Park's"
        " hope, Kerry's welcome.",
        "Statements: 'The two governments also agreed' is given the two ministers who"
        " announced it as speakers (debatable: the governments are not named by capital);"
        " 'Tokyo has long maintained' has the Japanese government (named by its capital) as"
        " speaker. 'read out the terms at a joint press conference' has no content and is"
        " not a statement.",
        "Timexes: 'less than two months' = P2M LESS_THAN; 'Monday evening' = 2015-12-28TEV;"
        " 'decades-old' and 'an early date' are vague and not annotated. The headline's"
        " 'S. Korea' is split by the builder's sentence splitter, so its evidence span is"
        " given explicitly.",
    ],
)
