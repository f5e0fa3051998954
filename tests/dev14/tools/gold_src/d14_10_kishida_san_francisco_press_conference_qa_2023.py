# ruff: noqa: E501
US = "First, just a short while ago, beginning at 5:15 p.m."
INV = "President Biden invited me to make an official visit"
CN1 = "Following that, from 5:40 p.m."
CN2 = "It was my first meeting with President Xi since"
TREATY = "This year marks the 45th anniversary"
CN3 = "President Xi and I confirmed that we will build"
CN4 = "We also agreed to maintain close communication"
ASK = "Did President Xi give any indication"
TALK = "What I can say is that I conveyed Japan's position"
KR1 = "Earlier today I also held a Japan-ROK summit meeting"
KR2 = "We agreed to maintain and strengthen a free and open international order"
TRI = "President Biden, President Yoon and I also took a moment together today"
STAN = "Tomorrow, President Yoon and I will appear together"
JCK = "The three-way summit of Japan, China and the ROK has not been held since December 2019."
JCK2 = "With President Yoon, I reiterated that I support"
CD = "At Camp David we confirmed that the three leaders would meet"
NOTF = "Today's brief gathering was not a formal summit."

GOLD = dict(
    published="2023-11-16",
    furniture=[
        "Press Conference by the Prime Minister on the Japan-U.S., Japan-China and Japan-ROK Summit Meetings\n\n"
        "Thursday, November 16, 2023, 8:05 p.m. (local time), San Francisco\n"
        "[Provisional translation]\n\n"
        "[Opening statement]",
        "[Questions and answers]",
        "(END)",
        "[[PRIME MINISTER KISHIDA: ]]Let me give",
        "[[PRIME MINISTER KISHIDA: ]]I cannot say",
        "[[PRIME MINISTER KISHIDA: ]]With President Yoon",
        "[[PRIME MINISTER KISHIDA: ]]At Camp David",
        "REPORTER (Kanto Broadcasting): ",
        "REPORTER (Daily Minato): ",
        "REPORTER (Southern Cross Wire): ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["PRIME MINISTER KISHIDA", "I"],
        "Joe Biden": ["President Biden"],
        "Xi Jinping": ["President Xi Jinping", "President Xi"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon"],
        "Shinzo Abe": [],
        "Moon Jae-in": [],
        "Li Keqiang": [],
    },
    quotes=[],
    statements=[
        (INV, ["Joe Biden"], "invited"),
        (CN3, ["Xi Jinping", "Fumio Kishida"], "confirmed"),
        (CN4, ["Xi Jinping", "Fumio Kishida"], "agreed"),
        (KR2, ["Yoon Suk Yeol", "Fumio Kishida"], "agreed"),
        (CD, ["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"], "confirmed"),
    ],
    timexes=[
        ("Thursday, November 16, 2023, 8:05 p.m.", "2023-11-16T20:05", None),
        ("today's meetings", "2023-11-16", None),
        ("5:15 p.m.", "2023-11-16T17:15", None),
        ("15 minutes", "PT15M", None),
        ("early next year", "2024", "START"),
        ("5:40 p.m.", "2023-11-16T17:40", None),
        ("roughly 65 minutes", "PT65M", "APPROX"),
        ("November last year", "2022-11", None),
        ("[[This year]] marks", "2023", None),
        ("Earlier today", "2023-11-16", None),
        ("meeting [[this year]]", "2023", None),
        ("together [[today]]", "2023-11-16", None),
        ("in [[August]].", "2023-08", None),
        ("Tomorrow", "2023-11-17", None),
        ("December 2019", "2019-12", None),
        ("either leader [[today]]", "2023-11-16", None),
        ("Today's", "2023-11-16", None),
    ],
    summits=[
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[US, INV]),
        dict(date="2024", place=None, country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[INV]),
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[CN1, CN2, CN3, CN4, ASK]),
        dict(date="2022-11", place="Bangkok", country="TH", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[CN2]),
        dict(date="2023-11-16", place="San Francisco", country="US", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[KR1, KR2, JCK2]),
        dict(date="2023-11-16", place="San Francisco", country="US",
             participants=["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"], kind="trilateral", ordinal=None,
             status="held", occasion="APEC", evidence=[TRI, NOTF]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[TRI, CD]),
        dict(date="2019-12", place=None, country="CN", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[JCK]),
    ],
    agreements=[
        dict(title="accepted invitation to make an official visit to the United States early next year", kind="commitment",
             date="2023-11-16", parties=["JP", "US"], status="agreed", evidence=[INV]),
        dict(title="Treaty of Peace and Friendship between Japan and China", kind="treaty", date="1978",
             parties=["CN", "JP"], status="referenced", evidence=[TREATY]),
        dict(title="build a constructive and stable relationship", kind="commitment", date="2023-11-16",
             parties=["CN", "JP"], status="agreed", evidence=[CN3]),
        dict(title="comprehensively promote a mutually beneficial relationship based on common strategic interests",
             kind="commitment", date="2023-11-16", parties=["CN", "JP"], status="agreed", evidence=[CN3]),
        dict(title="maintain close communication at all levels, including the summit level", kind="commitment",
             date="2023-11-16", parties=["CN", "JP"], status="agreed", evidence=[CN4, TALK]),
        dict(title="maintain and strengthen a free and open international order", kind="commitment", date="2023-11-16",
             parties=["JP", "KR"], status="agreed", evidence=[KR2]),
        dict(title="respond closely, bilaterally and with the U.S., to North Korea's nuclear and missile development",
             kind="commitment", date="2023-11-16", parties=["JP", "KR"], status="agreed", evidence=[KR2]),
        dict(title="Camp David: the three leaders to meet on a regular basis", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CD]),
    ],
    notes=[
        "Invented press-conference transcript in the style of the Japanese prime minister's office (title, date line with clock time, '[Provisional translation]', section headings and '(END)' are furniture; the date line is annotated). No quotation marks; following unseen15/unseen16, the prime minister's own remarks are not annotated as statements, only the speech of others he reports and joint acts he reports with 'we' (confirmed, agreed). Reporters and outlets (Kanto Broadcasting, Daily Minato, Southern Cross Wire) are invented; the start time of the press conference (8:05 p.m.) and all answers are invented wording.",
        "Real facts, checked on stored pages: japan.kantei.go.jp 202311/1116kaiken.html (Japan-U.S. summit for 15 minutes from 5:15 p.m.; Biden's invitation to an official visit early next year; Japan-China summit for roughly 65 minutes from 5:40 p.m., first since November last year; 45th anniversary of the Treaty of Peace and Friendship; constructive and stable relationship; mutually beneficial relationship; close communication at all levels including the summit level; treated water); japannews.yomiuri 20231117-150153 (Kishida-Yoon on Thursday, seventh meeting this year; free and open international order; bilateral and trilateral response to North Korea); japannews.yomiuri ?p=150400 and 20231117-150072 (Kishida-Xi on Thursday, seafood ban, 'cannot tell about the timing'; Bangkok November 2022); cm.asiae.co.kr 2023111708530171747 and aanworld (three leaders met on the 16th, first since Camp David in August; photo, no formal remarks); en.yna.co.kr AEN20231116000400315 and japan.kantei 1115kaiken (Stanford forum on Friday); asia.nikkei.com and thehindu.com (the Japan-China-ROK trilateral not held since December 2019); japannews.yomiuri 20240401-177943 (Camp David: regular trilateral summits). From general knowledge: the Treaty of Peace and Friendship signed in 1978; the ROK as chair of the trilateral process in 2023-24; Kishida's acceptance (he made an official visit to Washington in April 2024); the Chengdu trilateral participants (Abe, Moon, Li Keqiang).",
        "Summits (8): Kishida-Biden, the planned official visit to the U.S. (early 2024), Kishida-Xi, Bangkok November 2022, Kishida-Yoon, the brief three-way gathering (recorded as a held trilateral, consistent with d14_06, although Kishida says it 'was not a formal summit'; debatable), Camp David, and the December 2019 trilateral (told as 'has not been held since December 2019'). Not summits: the Stanford appearance (joint public appearance), the trilateral with China 'at an early date' (no date, 'nothing has been decided'), a second trilateral with Biden (Kishida 'will not speculate').",
        "Agreements (8): the accepted invitation (agreed, as unseen16 records accepted invitations); the 1978 treaty (referenced; the date follows from the '45th anniversary' and the public record); three JP-CN commitments ('we agreed to keep talking' is the same course as close communication and is its second evidence); two JP-KR commitments; the Camp David commitment (referenced). Not agreements: Kishida's call to lift the ban (unilateral), his support for the ROK's efforts (unilateral).",
        "Timexes: the date line with weekday and clock time is one expression; 'early next year' = 2024 START; 'This year marks' = 2023; 'at this point', 'the coming months' and 'at an early date' are not annotated (vague).",
    ],
)
