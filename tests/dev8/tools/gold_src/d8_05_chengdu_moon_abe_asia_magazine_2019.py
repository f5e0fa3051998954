MOON = "Moon Jae-in"
ABE = "Shinzo Abe"
LI = "Li Keqiang"
XI = "Xi Jinping"
JPG = "Government of Japan"
KJ = ["JP", "KR"]
CJK = ["CN", "JP", "KR"]
STAND = "The leaders of South Korea and Japan held their first formal talks in 15 months"
KEEP = "They agreed to keep talking, and on little else."
SAT = "finally sat across a table from each other this week"
MET = "Moon Jae-in and Shinzo Abe met for roughly 45 minutes in Chengdu"
SIXTH = "It was the sixth summit between the two men"
ACC = "By the accounts of both governments"
URGED = "Moon urged Abe to withdraw the export controls"
PRESSED = "Abe, for his part, pressed Moon"
OPEN = "Opening the meeting in front of reporters"
ABES = "Abe said he wanted to improve relations"
CHOREO = "The encounter was carefully choreographed."
NOV22 = "On Nov. 22, hours before the General Security"
BKK1 = "Their previous encounter hardly counted as a summit."
BKK2 = "On Nov. 4 in Bangkok, Moon guided Abe to a sofa"
XIB = "Xi Jinping received Moon and Abe separately in Beijing on Monday"
INV = "Moon invited Xi to visit Seoul next year"
RCEP = "At the trilateral meeting, the three leaders agreed"
GOLD = dict(
    published="2019-12-27",
    furniture=["DIPLOMACY | EAST ASIA", "By Hana Mori", "December 27, 2019",
               "South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe shake"
               " hands before their talks in Chengdu, China, on Dec. 24, 2019. Credit: Pool"
               " photo",
               "Related: Why the GSOMIA reprieve is only a pause | Abe's year in Asia, in five"
               " meetings"],
    timex_in_furniture_ok=True,
    entities={
        MOON: ["South Korean President Moon Jae-in", "Moon"],
        ABE: ["Japanese Prime Minister Shinzo Abe", "Abe"],
        LI: ["Chinese Premier Li Keqiang", "Li"],
        XI: ["Xi"],
        JPG: ["Tokyo"],
        "Government of South Korea": ["Seoul"],
        "Lee Soo-jin": [],
    },
    quotes=[
        ("geographically, historically and culturally,", "partial", MOON, "called"),
        ("Chengdu proved that Moon and Abe can still be in the same room,", "direct",
         "Lee Soo-jin", "said"),
        ("It did not prove that either of them", "direct", "Lee Soo-jin", "said"),
    ],
    statements=[
        (KEEP, [MOON, ABE], "agreed"),
        (ACC, [MOON, ABE], "agreed"),
        (URGED, [MOON], "urged"),
        (PRESSED, [ABE, None], "pressed"),
        (OPEN, [MOON], "called"),
        (ABES, [ABE], "said"),
        (NOV22, [JPG], "agreed"),
        (INV, [MOON, ABE, XI], "invited"),
        (RCEP, [MOON, ABE, LI], "agreed"),
    ],
    timexes=[
        ("15 months", "P15M", None),
        ("December 27, 2019", "2019-12-27", None),
        ("Dec. 24, 2019", "2019-12-24", None),
        ("Christmas Eve", "2019-12-24", None),
        ("this week", "2019-W52", None),
        ("roughly 45 minutes", "PT45M", "APPROX"),
        ("Chengdu on [[Tuesday]]", "2019-12-24", None),
        ("September 2018", "2018-09", None),
        ("imposed in [[July]]", "2019-07", None),
        ("July 1", "2019-07-01", None),
        ("Nov. 22", "2019-11-22", None),
        ("Dec. 16", "2019-12-16", None),
        ("three and a half years", "P3Y6M", None),
        ("four days", "P4D", None),
        ("Nov. 4", "2019-11-04", None),
        ("11 minutes", "PT11M", None),
        ("Beijing on [[Monday]]", "2019-12-23", None),
        ("the same evening", "2019-12-23TEV", None),
        ("Abe on [[Wednesday]]", "2019-12-25", None),
        ("Seoul [[next year]]", "2020", None),
        ("next spring", "2020-SP", None),
        ("in the summer", "2020-SU", None),
        ("elections in [[April]]", "2020-04", None),
    ],
    summits=[
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=[MOON, ABE],
             kind="sidelines", ordinal=6, status="held",
             occasion="the China-Japan-South Korea trilateral summit",
             evidence=[STAND, SAT, MET, SIXTH, ACC, URGED, PRESSED, OPEN, CHOREO]),
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=[LI, MOON, ABE],
             kind="trilateral", ordinal=8, status="held", occasion=None,
             evidence=[MET, RCEP]),
        dict(date="2018-09", place="New York", country="US", participants=[MOON, ABE],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SIXTH]),
        dict(date="2019-11-04", place="Bangkok", country="TH", participants=[MOON, ABE],
             kind="sidelines", ordinal=None, status="held",
             occasion="an ASEAN-related meeting", evidence=[BKK1, BKK2]),
        dict(date="2019-12-23", place="Beijing", country="CN", participants=[XI, MOON],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[XIB]),
        dict(date="2019-12-23", place="Beijing", country="CN", participants=[XI, ABE],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[XIB]),
        dict(date="2019-12-23", place="Chengdu", country="CN", participants=[LI, MOON],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[XIB]),
        dict(date="2019-12-25", place="Chengdu", country="CN", participants=[LI, ABE],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[XIB]),
        dict(date="2020", place=None, country="JP", participants=[XI, ABE],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[INV]),
    ],
    agreements=[
        dict(title="resolve the forced labor dispute through dialogue", kind="commitment",
             date="2019-12-24", parties=KJ, status="agreed", evidence=[ACC]),
        dict(title="speedy working-level consultations on trade (Moon's proposal)",
             kind="commitment", date="2019-12-24", parties=KJ, status="proposed",
             evidence=[URGED]),
        dict(title="General Security of Military Information Agreement", kind="treaty",
             date="2016-11-23", parties=KJ, status="referenced", evidence=[NOV22]),
        dict(title="resume dialogue on export controls (Nov. 22)", kind="commitment",
             date="2019-11-22", parties=KJ, status="referenced", evidence=[NOV22]),
        dict(title="Xi visit to Seoul next year (Moon's invitation)", kind="commitment",
             date="2019-12-23", parties=["CN", "KR"], status="proposed", evidence=[INV]),
        dict(title="preparations for Xi's state visit to Japan next spring",
             kind="commitment", date="2019-12-23", parties=["CN", "JP"], status="agreed",
             evidence=[INV]),
        dict(title="push for early signing of the Regional Comprehensive Economic Partnership",
             kind="commitment", date="2019-12-24", parties=CJK, status="agreed",
             evidence=[RCEP]),
        dict(title="substantial progress toward a China-Japan-South Korea free trade"
                   " agreement", kind="commitment", date="2019-12-24", parties=CJK,
             status="agreed", evidence=[RCEP]),
    ],
    notes=[
        "Invented article in the style of an Asia-focused online magazine (writer Hana Mori,"
        " Professor Lee Soo-jin, Hanul Women's University, the related links and the caption"
        " credit are fictional; Moon's 'geographically, historically and culturally' is a"
        " fragment of his reported opening remarks). Furniture: rubric, byline, date line,"
        " photo caption with credit (its date annotated), related-links line. Checked"
        " (pages): the Moon-Abe meeting on Tuesday Dec. 24, 2019 in Chengdu after the"
        " trilateral, about 45 minutes (Japan Times; Yonhap said about 50), first formal"
        " talks in 15 months since New York in September 2018, the sixth Moon-Abe summit,"
        " differences on forced labor but agreement to resolve it through dialogue, Moon's"
        " call to return to the pre-July 1 situation and proposal of speedy working-level"
        " talks, Abe's remark that trade talks went well, Moon's opening words, Abe on"
        " trilateral security cooperation (KBS Seq_Code=150240; Yonhap AEN20191223007753315"
        " and AEN20191223007751315; Japan Times); GSOMIA suspension after Tokyo agreed to"
        " resume dialogue (Korea Herald via khnews, 2019-12-20; VOA via vietjoy); Japan's"
        " easing of some curbs announced Dec. 20 (washingtonmorning.com); Xi's separate"
        " meetings in Beijing and Li-Moon in Chengdu on Monday evening (KBS Seq_Code=150216;"
        " CRI; Korea Times US), Moon's invitation to Xi for 2020 (washingtonmorning.com);"
        " Li-Abe on Wednesday Dec. 25 (gov.cn; Xinhua via scio.gov.cn; Kyodo via Japan Today,"
        " with Xi's state visit next spring); the trilateral's RCEP and FTA consensus"
        " (gov.cn, 2019-12-24); the eighth trilateral (AFP caption via levif.be). Public"
        " record: the Nov. 4 Bangkok sofa talk of 11 minutes, the Dec. 16 export-control"
        " policy dialogue in Tokyo (first in about three and a half years), the 2020 Tokyo"
        " Olympics and the April 2020 Korean election.",
        "Summits (9): Chengdu Moon-Abe (sidelines of the trilateral, ordinal 6 from 'the sixth"
        " summit between the two men'); the trilateral (ordinal 8 from the series numbering,"
        " as in dev2/dev4); background New York (September 2018; kind bilateral because the"
        " text does not tie it to the UNGA) and Bangkok (the 11-minute sofa talk: a brief"
        " sit-down counts as a summit under the dev2 convention although the article says it"
        " 'hardly counted as a summit'; debatable); Xi-Moon and Xi-Abe in Beijing, Li-Moon"
        " and Li-Abe in Chengdu; Xi's planned state visit to Japan 'next spring' (date 2020,"
        " place null). Not summits: Moon's invitation to Xi (no arranged visit), 'their"
        " previous encounter' as a phrase.",
        "Agreements (8): dialogue on forced labor (agreement on a need, debatable, as d7_08);"
        " Moon's working-level proposal (proposed); GSOMIA (referenced, public-record date);"
        " Tokyo's agreement of Nov. 22 to resume export-control dialogue (referenced);"
        " Moon's invitation (proposed, CN/KR); preparations for Xi's state visit (accepted"
        " invitation: agreed, CN/JP); the trilateral's RCEP and FTA courses (two records,"
        " CN/JP/KR). RCEP itself is not yet signed and gets no treaty record (dev7"
        " convention). Not agreements: Japan's easing of licensing (unilateral), Seoul's"
        " suspension of its notice (unilateral act).",
        "Statements: the standfirst's 'They agreed to keep talking' is a statement of the two"
        " leaders; 'By the accounts of both governments, they confirmed ... but agreed' has"
        " the two leaders (the governments are not named); 'Tokyo agreed to resume dialogue'"
        " has the Japanese government.",
        "Timexes: 'Christmas Eve' = 2019-12-24; 'this week' = 2019-W52; 'four days later' ="
        " P4D (duration, dev3); 'next spring' = 2020-SP and 'in the summer' = 2020-SU (future"
        " context); 'a brief period' is vague.",
    ],
)
