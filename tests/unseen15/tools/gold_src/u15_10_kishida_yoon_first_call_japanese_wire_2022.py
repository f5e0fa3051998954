# ruff: noqa: E501
LEDE = "Prime Minister Fumio Kishida and South Korea's president-elect Yoon Suk-yeol agreed"
NK = "During the roughly 15-minute call"
CLAIMS = "Japan maintains that compensation issues were settled"
CHENGDU = "The leaders of the two countries have not held a formal summit since December 2019"

GOLD = dict(
    published="2022-03-11",
    furniture=[
        "Kishida, Yoon agree in first phone talks to work on mending ties, meet soon\n"
        "Friday, March 11, 2022, 1:40 PM JST\n"
        "Kanda Press",
        "TOKYO, March 11 (Kanda Press) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida", "he", "He"],
        "Yoon Suk-yeol": ["South Korea's president-elect Yoon Suk-yeol", "Yoon", "Mr. Yoon", "the president-elect"],
        "Government of Japan": ["the Japanese government", "Japan"],
        "People Power Party": ["his party"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Moon Jae-in": ["outgoing President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["then-Prime Minister Shinzo Abe"],
        "Yoshihide Suga": ["Kishida's predecessor Yoshihide Suga"],
    },
    quotes=[
        ("I told the president-elect that we must build", "direct", "Fumio Kishida", "told reporters"),
        ("a window, not a guarantee.", "partial", None, "said"),
        ("Whether Mr. Yoon can carry his public", "direct", None, "said"),
    ],
    statements=[
        (LEDE, ["Fumio Kishida", "Yoon Suk-yeol"], "agreed"),
        (NK, ["Fumio Kishida", "Yoon Suk-yeol", "Government of Japan"], "agreed"),
        ("Kishida congratulated Yoon on his victory", ["Fumio Kishida"], "congratulated"),
        ("With Russia's invasion of Ukraine in mind", ["Fumio Kishida", None], "told"),
        ("He declined to say whether the issues", ["Fumio Kishida"], "declined to say"),
        ("Yoon, a conservative from the main opposition", ["Yoon Suk-yeol", "People Power Party"], "said"),
        ("He also expressed sympathy to the Japanese people", ["Yoon Suk-yeol"], "expressed sympathy"),
        (CLAIMS, ["Government of Japan"], "maintains"),
        ("A senior official of Japan's ruling Liberal Democratic Party said", [None], "said"),
    ],
    timexes=[
        ("Friday, March 11, 2022, 1:40 PM", "2022-03-11T13:40", None),
        ("TOKYO, [[March 11]] (Kanda Press)", "2022-03-11", None),
        ("on Friday", "2022-03-11", None),
        ("established in [[1965]]", "1965", None),
        ("roughly 15-minute", "PT15M", "APPROX"),
        ("in the morning", "2022-03-11TMO", None),
        ("Wednesday's", "2022-03-09", None),
        ("March 11, 2011", "2011-03-11", None),
        ("May 10", "2022-05-10", None),
        ("on Thursday", "2022-03-10", None),
        ("a [[1965]] agreement", "1965", None),
        ("in 2019", "2019", None),
        ("December 2019", "2019-12", None),
        ("June last year", "2021-06", None),
        ("in October", "2021-10", None),
    ],
    summits=[
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[CHENGDU]),
    ],
    agreements=[
        dict(title="cooperate closely on North Korea (nuclear and missile programs, abductions)",
             kind="commitment", date="2022-03-11", parties=["JP", "KR"], status="agreed",
             evidence=[NK]),
        dict(title="1965 agreement settling compensation issues", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Kanda Press'; headline, stamp, outlet line and dateline prefix are furniture; the stamp and dateline date are annotated). Every quote is invented, including Kishida's words and the LDP official's.",
        "Real background, checked on stored pages: nippon.com/Jiji 2022-03-11 (Kishida and president-elect Yoon talked by phone on Friday for about 15 minutes; agreed to cooperate on North Korea including the abductions and nuclear and missile programmes, and to meet in person as early as possible; Kishida congratulated him and, with Ukraine in mind, said healthy ties were needed to protect the international order; Yoon's sympathy on the 11th anniversary of the 2011 earthquake); japannews.yomiuri 2022-03-11 (call on Friday morning; Kishida told media afterwards; declined to say whether comfort women came up; Yoon said he attaches great importance to relations); m-en.yna 2022-03-11 (Yoon's party said he hoped for stronger coordination with the U.S. and Japan). From general knowledge: election on Wednesday 9 March; inauguration on 10 May; Yoon-Biden call on 10 March; the Chengdu summit of December 2019; the brief Moon-Suga exchange at the Cornwall G7 in June 2021; the Kishida-Moon call of October 2021; the 2019 export controls.",
        "Summits (1): Moon-Abe in Chengdu, December 2019. Not summits: the telephone call, the Yoon-Biden call, the 'few words' at the G7 in Britain, the Kishida-Moon call, the face-to-face talks agreed 'as early as possible' (no date; not recorded, following unseen14's decision on unfixed meetings).",
        "Agreements (2): the commitment to cooperate closely on North Korea (one course of action covering nuclear, missile and abduction issues; recorded although Yoon is president-elect, treating him as speaking for the incoming government, debatable); the 1965 agreement (referenced). Not agreements: 'work together to improve relations' (a general aim), the agreement to meet 'as early as possible' (unfixed meeting, as above; debatable), export controls (unilateral).",
        "Timexes: 'in the morning' = 2022-03-11TMO; 'in October' in a past-tense clause = 2021-10; 'June last year' = 2021-06. Not annotated: 'decades ago', 'for years', 'at a time of historic change', '11th anniversary' (ordinal).",
    ],
)
