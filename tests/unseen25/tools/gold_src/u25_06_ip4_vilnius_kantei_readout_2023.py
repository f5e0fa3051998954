# ruff: noqa: E501
OPEN = ("On July 12, commencing at 7:45 a.m. local time", "President of the Republic of Korea.")
SECOND = "This was the second meeting of the four leaders"
COND = "The four leaders strongly condemned the launch"
JS = "The four leaders issued a joint statement on the launch."
KSTATED = "(1) Prime Minister Kishida stated that unilateral attempts"
OTHER3 = "The other three leaders concurred."
ASEAN = "(2) The four leaders confirmed that they would deepen cooperation"
CYBER = "(3) The four leaders also concurred to step up cooperation on cybersecurity"
WAY = "The four leaders confirmed that the four countries will continue to communicate closely"
SAME = "On the same day, on the margins of the NATO Summit"
SIXTH = "It was the leaders' sixth meeting this year"
ALPS = "(1) Prime Minister Kishida explained that the discharge"
ECON = "(2) The two leaders agreed to work toward holding high-level economic consultations"
NK = "(3) The two leaders confirmed that Japan and the ROK"
FOUR = ["Fumio Kishida", "Anthony Albanese", "Chris Hipkins", "Yoon Suk Yeol"]

GOLD = dict(
    published="2023-07-12",
    furniture=[
        "Japan-Australia-New Zealand-ROK Leaders' Meeting (Overview)\n"
        "July 12, 2023\n"
        "[Provisional translation]",
        "1. North Korea",
        "2. Cooperation in the Indo-Pacific",
        "3. Way forward",
        "(Reference) Japan-ROK Summit Meeting",
        "Related Link\n"
        "Prime Minister's Visit to Lithuania and Belgium",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Mr. KISHIDA Fumio, Prime Minister of Japan", "Prime Minister Kishida"],
        "Anthony Albanese": ["the Hon. Anthony Albanese MP, Prime Minister of Australia"],
        "Chris Hipkins": ["the Rt Hon Chris Hipkins, Prime Minister of New Zealand"],
        "Yoon Suk Yeol": ["H.E. Mr. YOON Suk Yeol, President of the Republic of Korea", "President Yoon"],
        "Jacinda Ardern": ["Jacinda Ardern"],
    },
    quotes=[],
    statements=[
        (COND, FOUR, "condemned"),
        (JS, FOUR, "issued a joint statement"),
        (KSTATED, ["Fumio Kishida"], "stated"),
        (OTHER3, ["Anthony Albanese", "Chris Hipkins", "Yoon Suk Yeol"], "concurred"),
        (ASEAN, FOUR, "confirmed"),
        (CYBER, FOUR, "concurred"),
        (WAY, FOUR, "confirmed"),
        (ALPS, ["Fumio Kishida"], "explained"),
        (ECON, ["Fumio Kishida", "Yoon Suk Yeol"], "agreed"),
        (NK, ["Fumio Kishida", "Yoon Suk Yeol"], "confirmed"),
    ],
    timexes=[
        ("July 12, 2023", "2023-07-12", None),
        ("On [[July 12]], commencing", "2023-07-12", None),
        ("7:45 a.m. local time", "2023-07-12T07:45", None),
        ("1:45 p.m. JST", "2023-07-12T13:45", None),
        ("approximately 25 minutes", "PT25M", "APPROX"),
        ("June last year", "2022-06", None),
        ("earlier that day", "2023-07-12", None),
        ("On the same day", "2023-07-12", None),
        ("approximately 30 minutes", "PT30M", "APPROX"),
        ("sixth meeting [[this year]]", "2023", None),
        ("Tokyo in [[March]]", "2023-03", None),
        ("May 7", "2023-05-07", None),
        ("May 21", "2023-05-21", None),
        ("last week", "2023-W27", None),
        ("the end of this year", "2023", "END"),
    ],
    summits=[
        dict(date="2023-07-12", place="Vilnius", country="LT", participants=FOUR,
             kind="multilateral", ordinal=2, status="held", occasion="NATO Summit", evidence=[OPEN, SECOND, COND, JS]),
        dict(date="2022-06", place="Madrid", country="ES", participants=["Fumio Kishida", "Anthony Albanese", "Jacinda Ardern", "Yoon Suk Yeol"],
             kind="multilateral", ordinal=1, status="held", occasion="NATO Summit", evidence=[SECOND]),
        dict(date="2023-07-12", place="Vilnius", country="LT", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="NATO Summit", evidence=[SAME, SIXTH, ECON]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SIXTH]),
        dict(date="2023-05-07", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SIXTH]),
        dict(date="2023-05-21", place="Hiroshima", country="JP", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 Summit", evidence=[SIXTH]),
    ],
    agreements=[
        dict(title="joint statement of the four leaders on North Korea's ballistic missile launch", kind="joint-statement",
             date="2023-07-12", parties=["AU", "JP", "KR", "NZ"], status="signed", evidence=[JS]),
        dict(title="deepen cooperation with ASEAN and the Pacific Island countries", kind="commitment", date="2023-07-12",
             parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[ASEAN]),
        dict(title="step up cooperation on cybersecurity", kind="commitment", date="2023-07-12",
             parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[CYBER]),
        dict(title="work together to make supply chains more resilient", kind="commitment", date="2023-07-12",
             parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[CYBER]),
        dict(title="continue to communicate closely and work together with the U.S. and Europe for the Indo-Pacific", kind="commitment",
             date="2023-07-12", parties=["AU", "JP", "KR", "NZ"], status="agreed", evidence=[WAY]),
        dict(title="work toward holding Japan-ROK high-level economic consultations by the end of the year", kind="commitment",
             date="2023-07-12", parties=["JP", "KR"], status="agreed", evidence=[ECON]),
        dict(title="continue close Japan-ROK coordination on North Korea", kind="commitment", date="2023-07-12",
             parties=["JP", "KR"], status="agreed", evidence=[NK]),
    ],
    notes=[
        "Invented readout in the style of the Japanese prime minister's office (Kantei): title, date line, '[Provisional translation]', numbered headings, the '(Reference)' heading and the related link are furniture; the date line is annotated. No quotation marks, so no quotes. Wording is the annotator's own; the numbered structure and the bilateral reference section are invented.",
        "Real facts checked on stored pages: japan.kantei.go.jp/101_kishida/diplomatic/202307/12ap4.html (meeting on 12 July 2023 from 7:45 a.m., 1:45 p.m. JST, about 25 minutes; the four leaders; joint statement on North Korea's launch; ASEAN and Pacific Island countries; continued communication including with the U.S. and Europe); nippon.com yjj2023071201192 (cybersecurity and supply chains; 'unlawful provocation'); japannews.yomiuri 20230630-119629 (second four-way meeting after Spain last June); nippon.com kd1051831704569267165 (Kishida-Yoon in Vilnius: safety of the water release, high-level economic talks by the end of the year); nippon.com yjj2023071200670 (30-minute summit; IAEA report last week); koreaherald 20230712000005 (sixth official meeting; Seoul, 7 May; Hiroshima G7, May); ajw.asahi 14949970 (Hiroshima, 21 May); nippon.com yjj2023032001083 (Tokyo meeting in March 2023). From the public record: Jacinda Ardern as New Zealand's participant in Madrid (June 2022), not named in the text.",
        "Summits (6): the Vilnius four-way meeting (multilateral, ordinal 2, 'the second meeting of the four leaders'); the Madrid four-way meeting (ordinal 1, 'the first meeting'); Kishida-Yoon in Vilnius ('sixth meeting this year', ordinal left null as in unseen16); Tokyo (March), Seoul (7 May) and Hiroshima (21 May, G7 sidelines).",
        "Agreements (7): the four-leader joint statement (issued, recorded as signed); four four-party commitments (ASEAN and Pacific cooperation; cybersecurity and supply chains split into two from one sentence; continued communication); two Japan-ROK commitments (economic consultations; coordination on North Korea). Not agreements: Kishida's explanation of the water discharge, his statement on the status quo.",
        "Timexes: 'June last year' = 2022-06; 'earlier that day' and 'On the same day' = 2023-07-12; '1:45 p.m. JST' = 2023-07-12T13:45; 'last week' (Wednesday 12 July, week 28) = 2023-W27; 'the end of this year' = 2023 END; 'sixth meeting' is an ordinal.",
    ],
)
