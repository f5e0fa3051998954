# ruff: noqa: E501
OPEN = "On May 19, commencing at around 2:35 p.m."
THIRD = "In response, Prime Minister Takaichi expressed her gratitude"
DOC1 = "(1) The two leaders welcomed the issuance"
DOC2 = "Under the Joint Document, the two countries will establish"
SHUTTLE = "(2) The two leaders confirmed that they would continue shuttle diplomacy"
DNA = "(3) Prime Minister Takaichi welcomed the progress"
NK = "Regarding North Korea, the two leaders confirmed"

GOLD = dict(
    published="2026-05-19",
    furniture=[
        "Japan-Republic of Korea Summit Meeting\n"
        "May 19, 2026\n"
        "Japanese",
        "1. Opening remarks",
        "2. Bilateral relations",
        "3. Regional and international affairs",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Sanae Takaichi": ["Ms. TAKAICHI Sanae, Prime Minister of Japan", "Prime Minister Takaichi", "The Prime Minister"],
        "Lee Jae-myung": ["H.E. Mr. LEE Jae Myung, President of the ROK", "President Lee"],
    },
    quotes=[],
    statements=[
        ("President Lee welcomed Prime Minister Takaichi to Andong", ["Lee Jae-myung"], "welcomed"),
        (THIRD, ["Sanae Takaichi"], "stated"),
        ("The Prime Minister stated that, in an increasingly severe", ["Sanae Takaichi"], "stated"),
        (DOC1, ["Sanae Takaichi", "Lee Jae-myung"], "welcomed"),
        (SHUTTLE, ["Sanae Takaichi", "Lee Jae-myung"], "confirmed"),
        (DNA, ["Sanae Takaichi"], "welcomed"),
        ("President Lee expressed his appreciation", ["Lee Jae-myung"], "expressed his appreciation"),
        ("(4) Prime Minister Takaichi expressed her hope", ["Sanae Takaichi", "Lee Jae-myung"], "expressed her hope"),
        ("(1) The two leaders exchanged views on the situation in the Middle East", ["Sanae Takaichi", "Lee Jae-myung"], "shared the view"),
        (NK, ["Sanae Takaichi", "Lee Jae-myung"], "confirmed"),
        ("Prime Minister Takaichi sought understanding", ["Sanae Takaichi", "Lee Jae-myung"], "sought"),
        ("(3) The two leaders also exchanged views", ["Sanae Takaichi", "Lee Jae-myung"], "exchanged views"),
    ],
    timexes=[
        ("Summit Meeting\nMay 19, 2026", "2026-05-19", None),
        ("On [[May 19]], commencing", "2026-05-19", None),
        ("around 2:35 p.m.", "2026-05-19T14:35", "APPROX"),
        ("approximately 50 minutes", "PT50M", "APPROX"),
        ("October last year", "2025-10", None),
        ("Nara in [[January]]", "2026-01", None),
        ("in September", "2026-09", None),
        ("May 20", "2026-05-20", None),
    ],
    summits=[
        dict(date="2026-05-19", place="Andong", country="KR",
             participants=["Sanae Takaichi", "Lee Jae-myung"], kind="bilateral", ordinal=3,
             status="held", occasion=None, evidence=[OPEN, THIRD]),
        dict(date="2025-10", place="Gyeongju", country="KR",
             participants=["Sanae Takaichi", "Lee Jae-myung"], kind="sidelines", ordinal=1,
             status="held", occasion="APEC", evidence=[THIRD]),
        dict(date="2026-01", place="Nara", country="JP",
             participants=["Sanae Takaichi", "Lee Jae-myung"], kind="bilateral", ordinal=2,
             status="held", occasion=None, evidence=[THIRD, DNA]),
    ],
    agreements=[
        dict(title="Japan-ROK Joint Document on Energy Security", kind="joint-statement",
             date="2026-05-19", parties=["JP", "KR"], status="agreed", evidence=[DOC1, DOC2]),
        dict(title="continue shuttle diplomacy", kind="commitment", date="2026-05-19",
             parties=["JP", "KR"], status="agreed", evidence=[SHUTTLE]),
        dict(title="further expand exchanges between the peoples of the two countries",
             kind="commitment", date="2026-05-19", parties=["JP", "KR"], status="agreed",
             evidence=[SHUTTLE]),
        dict(title="cooperation on DNA analysis of remains from the Chosei coal mine (agreed in Nara)",
             kind="commitment", date="2026-01", parties=["JP", "KR"], status="referenced",
             evidence=[DNA]),
        dict(title="continue close coordination, including with the United States, toward North Korea's denuclearization",
             kind="commitment", date="2026-05-19", parties=["JP", "KR"], status="agreed",
             evidence=[NK]),
    ],
    notes=[
        "Invented readout in the style of the Ministry of Foreign Affairs of Japan (title, date line, language line and numbered section headings are furniture; the date line is annotated). All wording is invented. Invented or unchecked details: the start time ('around 2:35 p.m.', after a report that the talks began shortly after 2:30 p.m.), the length ('approximately 50 minutes'; reports vary), the dinner, the items on the Asian Games, the abductions, China and the DNA cooperation, and the day-two programme.",
        "Real background, checked on stored pages: hanna-ai summaries of Kyodo/Jiji/NHK reports (Takaichi and Lee met on Tuesday in Andong, Lee's hometown, at a hotel from shortly after 2:30 p.m.; a joint document on energy security; a policy dialogue for mutual provision of petroleum products including gasoline in emergencies; the Middle East and the Strait of Hormuz; shuttle diplomacy; Japan-U.S.-ROK cooperation; Takaichi on the two countries as a cornerstone for the stability of the Indo-Pacific); rapmd.net (Andong, 19 May 2026; framework on crude oil, petroleum products and LNG, mutual emergency supply from stockpiles, strategic oil reserves for the Indo-Pacific, critical-minerals supply chains); nippon.com/Jiji 2026-01-20 (Lee's wish to hold the next summit in Andong, Takaichi's eagerness); koreajoongangdaily 2026-01-13 (Gyeongju in October 2025 and Nara as the first two summits); channelnewsasia 2026-01-09 (Asian Games in Japan in September 2026). The summaries disagree on some details (one places the summit in Seoul on 20 May); the Andong date of 19 May 2026 is given by several.",
        "Summits (3): Andong (ordinal 3, 'this third meeting'), Gyeongju (ordinal 1) and Nara (ordinal 2), both referenced in the Prime Minister's remarks. Not summits: the dinner (part of the visit), the day-two cultural programme.",
        "Agreements (5): the Joint Document on Energy Security (joint-statement per unseen14's treatment of a 'joint document'; status agreed since issued at the meeting; its policy dialogue, emergency supply, oil reserves and critical minerals are its content, not separate records); two commitments split from one 'confirmed' sentence (shuttle diplomacy; exchanges between peoples); the Nara DNA cooperation (referenced); coordination on North Korea (agreed; parties JP and KR, the U.S. being mentioned as a framework). Not agreements: 'shared the view that ... should continue to communicate closely' (a shared view), the Asian Games hope.",
        "Statements: readout sentences report what each leader welcomed, stated, confirmed, sought or expressed; joint acts carry both leaders. Timexes: 'around 2:35 p.m.' = T14:35 APPROX; '20th Asian Games' is an ordinal.",
    ],
)
