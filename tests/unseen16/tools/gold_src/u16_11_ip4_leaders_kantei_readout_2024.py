# ruff: noqa: E501
OPEN = "Prime Minister KISHIDA Fumio, who is in Washington, D.C. for the NATO Summit"
JS = "Following the meeting, the four countries released a joint statement."
P1 = "Opening the meeting, Prime Minister Kishida said"
P3 = "Recognizing that the security of the Euro-Atlantic"
P4 = "The four leaders affirmed their commitment to working together"
REF = "On July 10, Prime Minister Kishida held a Japan-ROK Summit Meeting"
REF2 = "The two leaders confirmed that they would strengthen"
FOUR = ["Fumio Kishida", "Christopher Luxon", "Yoon Suk Yeol", "Richard Marles"]

GOLD = dict(
    published="2024-07-11",
    furniture=[
        "Japan-Australia-New Zealand-ROK Leaders' Meeting (Summary)\n"
        "July 11, 2024\n"
        "[Provisional Translation]",
        "(Reference)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister KISHIDA Fumio", "Prime Minister Kishida"],
        "Christopher Luxon": ["Rt. Hon. Christopher LUXON, Prime Minister of New Zealand"],
        "Yoon Suk Yeol": ["H.E. Mr. YOON Suk Yeol, President of the Republic of Korea", "President Yoon"],
        "Richard Marles": ["The Hon. Richard MARLES MP, Deputy Prime Minister and Minister for Defence of Australia"],
        "Anthony Albanese": ["Prime Minister Anthony Albanese"],
        "Jacinda Ardern": [],
        "Chris Hipkins": [],
        "Vladimir Putin": [],
        "Kim Jong Un": [],
    },
    quotes=[],
    statements=[
        (P1, ["Fumio Kishida"], "said"),
        ("They expressed grave concern over the deepening military cooperation", FOUR, "expressed grave concern"),
        (P3, FOUR, "affirmed"),
        ("They also welcomed the launch of joint projects", FOUR, "welcomed"),
        (P4, FOUR, "affirmed"),
        (REF2, ["Fumio Kishida", "Yoon Suk Yeol"], "confirmed"),
    ],
    timexes=[
        ("Summary)\n[[July 11, 2024]]", "2024-07-11", None),
        ("Meeting on [[July 11]] from", "2024-07-11", None),
        ("9:05 a.m. local time", "2024-07-11T09:05", None),
        ("10:05 p.m. JST", "2024-07-11T22:05", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("June 2022", "2022-06", None),
        ("July last year", "2023-07", None),
        ("summit in [[June]]", "2024-06", None),
        ("On [[July 10]], Prime", "2024-07-10", None),
        ("approximately 35 minutes", "PT35M", "APPROX"),
        ("next year's", "2025", None),
    ],
    summits=[
        dict(date="2024-07-11", place="Washington, D.C.", country="US",
             participants=["Fumio Kishida", "Christopher Luxon", "Yoon Suk Yeol"], kind="multilateral", ordinal=None,
             status="held", occasion="NATO Summit", evidence=[OPEN, JS, P1]),
        dict(date="2022-06", place="Madrid", country="ES",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese", "Jacinda Ardern"], kind="multilateral",
             ordinal=None, status="held", occasion="NATO Summit", evidence=[P1]),
        dict(date="2023-07", place="Vilnius", country="LT",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese", "Chris Hipkins"], kind="multilateral",
             ordinal=None, status="held", occasion="NATO Summit", evidence=[P1]),
        dict(date="2024-07-10", place="Washington, D.C.", country="US",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="NATO Summit", evidence=[REF, REF2]),
        dict(date="2024-06", place=None, country="KP",
             participants=["Vladimir Putin", "Kim Jong Un"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=["They expressed grave concern over the deepening military cooperation"]),
    ],
    agreements=[
        dict(title="joint statement of Japan, Australia, New Zealand and the ROK (Washington)", kind="joint-statement",
             date="2024-07-11", parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[JS]),
        dict(title="deepen communication and cooperation with NATO and its member states on Indo-Pacific issues",
             kind="commitment", date="2024-07-11", parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[P3]),
        dict(title="work together toward a free and open Indo-Pacific", kind="commitment", date="2024-07-11",
             parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[P4]),
        dict(title="continue to coordinate closely, including with the United States", kind="commitment",
             date="2024-07-11", parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[P4]),
        dict(title="strengthen Japan-U.S.-ROK cooperation", kind="commitment", date="2024-07-10",
             parties=["JP", "KR"], status="agreed", evidence=[REF2]),
        dict(title="communicate closely in preparation for the 60th anniversary of normalization", kind="commitment",
             date="2024-07-10", parties=["JP", "KR"], status="agreed", evidence=[REF2]),
    ],
    notes=[
        "Invented readout in the style of the Prime Minister's Office of Japan (title, date line, '[Provisional Translation]' and '(Reference)' are furniture; the date line is annotated). All wording is invented; no quotation marks, no quotes.",
        "Real background, checked on stored pages: japan.kantei.go.jp 2024-07-11 (the four-way meeting in Washington on 11 July from 9:05 a.m., 10:05 p.m. JST, about 20 minutes, with Luxon, Yoon and Deputy Prime Minister Marles; joint statement released; grave concern over Russia-North Korea military cooperation and the Russia-North Korea summit; inseparable security of the Euro-Atlantic and Indo-Pacific; free and open Indo-Pacific); kvia.com (AP) 2024-07-11 (third year in a row; joint statement condemning illicit Russia-North Korea military cooperation; joint projects with NATO on Ukraine, cyber, disinformation and AI); sputnikglobe 2024-07-02 (Albanese not attending); japan.kantei.go.jp 2023-07-12 and nippon.com (Vilnius four-way meeting on 12 July 2023 with Albanese and Hipkins); hmeonlineglobal (first four-way meeting in Madrid on 29 June 2022 with Albanese and Ardern, chaired by Kishida); asianews.network 2024-07-12 and world.kbs.co.kr (Kishida-Yoon talks in Washington on Wednesday 10 July, about 35 minutes; trilateral cooperation with the U.S.; communication toward the 60th anniversary). From general knowledge: the Russia-North Korea summit of 19 June 2024.",
        "Summits (5): the four-way meeting of 11 July (kind multilateral; participants the three leaders present, Kishida, Luxon and Yoon; Deputy Prime Minister Marles attended for Albanese and is not a head of government, so he is not a participant; debatable), Madrid (June 2022) and Vilnius (July 2023) four-way meetings, whose participants the text does not name and are taken from the public record (Albanese and Ardern; Albanese and Hipkins), and the Kishida-Yoon meeting of 10 July. The Russia-North Korea summit 'in June' is recorded too (Putin and Kim Jong Un, from the public record: Pyongyang, 19 June 2024; place left null as the text names none, country KP). Not summits: the NATO Summit itself (occasion).",
        "Agreements (6): the four-country joint statement (joint-statement, parties AU/JP/KR/NZ; Australia is bound through its deputy prime minister); three commitments of the four (NATO cooperation; a free and open Indo-Pacific; close coordination including with the U.S., split from one sentence); two Kishida-Yoon commitments split from one 'confirmed' sentence. Not agreements: 'welcomed the launch of joint projects with NATO' (projects with an organisation, welcomed rather than agreed here), the shared grave concern.",
        "Statements carry Marles as a speaker in the four-way acts, as he is one of 'the four leaders' of the readout's wording. Timexes: '9:05 a.m. local time' and '10:05 p.m. JST' are both 11 July (wall-clock times kept as written); 'next year's' = 2025; 'the third year in a row' is an ordinal count, not annotated.",
    ],
)
