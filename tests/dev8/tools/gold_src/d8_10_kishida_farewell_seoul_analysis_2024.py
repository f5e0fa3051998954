FK = "Fumio Kishida"
YSY = "Yoon Suk Yeol"
KJ = ["JP", "KR"]
HEAD = "Kishida leaves Seoul with a 12th summit and a first-of-its-kind pact."
LEAD = "When Fumio Kishida walked out of the presidential office in Yongsan"
TALKS = "The talks with President Yoon Suk Yeol, which ran for about 100 minutes"
MOC = "After the summit, Foreign Minister Cho Tae-yul and his Japanese counterpart"
UNDER = "Under it, the two governments will hold consultations"
IMM = "The leaders also agreed to look at simplifying immigration procedures"
SORROW = "Kishida repeated what he had said in Seoul in May last year"
POS = "He said he would keep working for closer ties"
YOON = "Yoon said the two countries must preserve"
MAR = "In March 2023, Yoon flew to Tokyo"
RET = "Kishida returned the visit less than two months later."
SINCE = "Since then, they have met on the margins of the Group of Seven"
GOLD = dict(
    published="2024-09-09",
    furniture=["ANALYSIS", "By Daniel Cho, Seoul correspondent", "September 9, 2024"],
    timex_in_furniture_ok=True,
    entities={
        FK: ["Fumio Kishida", "Kishida", "he", "He"],
        YSY: ["President Yoon Suk Yeol", "Yoon"],
        "Cho Tae-yul": ["Foreign Minister Cho Tae-yul"],
        "Yoko Kamikawa": ["his Japanese counterpart, Yoko Kamikawa"],
        "Li Qiang": ["Premier Li Qiang of China"],
        "Ko Eun-byeol": [],
    },
    quotes=[
        ("deep sorrow", "partial", FK, "repeated"),
        ("in whatever position", "partial", FK, "said"),
        ("positive momentum", "partial", YSY, "said"),
        ("The system works because two men decided it should,", "direct", "Ko Eun-byeol",
         "said"),
        ("The question is whether it works when one of them is a stranger.", "direct",
         "Ko Eun-byeol", "said"),
    ],
    statements=[
        (IMM, [FK, YSY], "agreed"),
        (SORROW, [FK], "repeated"),
        (POS, [FK], "said"),
        (YOON, [YSY], "said"),
        (MAR, [YSY, FK], "agreed"),
    ],
    timexes=[
        ("September 9, 2024", "2024-09-09", None),
        ("Friday evening", "2024-09-06TEV", None),
        ("well over a decade", "P10Y", "MORE_THAN"),
        ("about 100 minutes", "PT100M", "APPROX"),
        ("their third [[this year]]", "2024", None),
        ("after Seoul in [[May]]", "2024-05", None),
        ("Washington in [[July]]", "2024-07", None),
        ("Sept. 27", "2024-09-27", None),
        ("10 million people [[this year]]", "2024", None),
        ("[[next year]]'s 60th", "2025", None),
        ("May last year", "2023-05", None),
        ("August last year", "2023-08", None),
        ("March 2023", "2023-03", None),
        ("2011", "2011", None),
        ("two months", "P2M", "LESS_THAN"),
        ("again in Seoul in [[May]]", "2024-05", None),
        ("four and a half years", "P4Y6M", None),
        ("this month", "2024-09", None),
        ("early October", "2024-10", "START"),
        ("Lima in [[November]]", "2024-11", None),
        ("list in [[July]]", "2024-07", None),
    ],
    summits=[
        dict(date="2024-09-06", place="Seoul", country="KR", participants=[FK, YSY],
             kind="bilateral", ordinal=12, status="held", occasion=None,
             evidence=[HEAD, LEAD, TALKS, MOC, SORROW, YOON]),
        dict(date="2024-05", place="Seoul", country="KR", participants=[FK, YSY],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[TALKS, SINCE]),
        dict(date="2024-07", place="Washington", country="US", participants=[FK, YSY],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[TALKS]),
        dict(date="2024-05", place="Seoul", country="KR",
             participants=["Li Qiang", FK, YSY], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[SINCE]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=[YSY, FK],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MAR]),
        dict(date="2023-05", place="Seoul", country="KR", participants=[FK, YSY],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[SORROW, RET]),
    ],
    agreements=[
        dict(title="memorandum of cooperation on protecting nationals in third countries",
             kind="mou", date="2024-09-06", parties=KJ, status="signed",
             evidence=[HEAD, MOC, UNDER]),
        dict(title="look at simplifying immigration procedures", kind="commitment",
             date="2024-09-06", parties=KJ, status="agreed", evidence=[IMM]),
        dict(title="speed up the search for 60th-anniversary projects", kind="commitment",
             date="2024-09-06", parties=KJ, status="agreed", evidence=[IMM]),
        dict(title="resume shuttle diplomacy (March 2023)", kind="commitment", date="2023-03",
             parties=KJ, status="referenced", evidence=[MAR]),
    ],
    notes=[
        "Invented news analysis (correspondent Daniel Cho, Professor Ko Eun-byeol and Daehan"
        " University are fictional; 'deep sorrow', 'in whatever position' and 'positive"
        " momentum' are reworded fragments of reported remarks). Furniture: rubric, byline,"
        " date line (annotated). Checked (pages): Kishida's Seoul visit of Sept. 6-7, 2024,"
        " the summit of about 100 minutes in two settings (15:35-17:15), the 12th in-person"
        " meeting, third that year, the memorandum on protecting nationals in third countries"
        " signed by the foreign ministers after the summit, Japan's first such document,"
        " senior officials' consultations about once a year in peacetime, simplified"
        " immigration, 60th-anniversary projects, exchanges above 10 million, Kishida's"
        " repeated sorrow, 'whatever position I may be in', Yoon's 'positive momentum' and"
        " Camp David, the LDP vote on Sept. 27 (Asahi 15418435; Korea Herald 20240906050619;"
        " djournal.kr; baohaiduong.vn; bytesde.com; wuwenjie.xyz); shuttle diplomacy halted"
        " in 2011 and Yoon's March 2023 visit (Korea Times). Public record: the May 2024"
        " trilateral with Li Qiang, first in four and a half years, the Yongsan presidential"
        " office, the Washington NATO meeting of July 2024,"
        " Ishiba taking office on Oct. 1, the Sado listing of July 2024 and Japan's promised"
        " memorial ceremony, the Lima APEC in November.",
        "Summits (6): Seoul, Sept. 6 (ordinal 12 from 'the 12th in-person meeting between the"
        " two leaders'); Seoul May 2024 and Washington July 2024 (named as the year's earlier"
        " meetings; Washington kind bilateral: this sentence does not tie it to NATO); the"
        " Seoul trilateral with Li Qiang, May 2024 ('the first three-way summit ... in four"
        " and a half years': window, no ordinal); Tokyo March 2023; Seoul May 2023 (Kishida's"
        " return visit, also where he first voiced his sorrow). Not summits: 'met on the"
        " margins of the Group of Seven, NATO, the Group of 20 and APEC' (aggregate without"
        " dates or places), Camp David (the text names neither Biden nor a meeting, only"
        " where cooperation 'took shape'; debatable), the hoped-for Lima meeting of Yoon and"
        " an unnamed new prime minister.",
        "Agreements (4): the memorandum of cooperation (kind mou, status signed: signed by"
        " the foreign ministers after the summit); immigration and anniversary projects (two"
        " courses in one sentence); the March 2023 shuttle commitment (referenced). Not"
        " agreements: Seoul's compensation plan and Japan's Sado memorial promise"
        " (unilateral).",
        "Statements: 'both governments billed as a farewell' and 'Officials in both capitals"
        " are already looking at' are not annotated (no reported content of speech).",
        "Timexes: 'about 100 minutes' = PT100M APPROX (unit kept as written); 'well over a"
        " decade' = P10Y MORE_THAN; 'roughly once a year' is a set; 'early October' ="
        " 2024-10 START; 'next year's' = 2025.",
    ],
)
