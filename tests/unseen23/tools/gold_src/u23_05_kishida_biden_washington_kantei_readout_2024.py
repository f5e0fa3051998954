# ruff: noqa: E501
LEDE = ("From 10:50 a.m. on April 10", "The summary is as follows.")
THANK = "Prime Minister Kishida thanked President Biden"
GLOBAL = "The two leaders confirmed that Japan and the United States"
DEF = "Prime Minister Kishida explained Japan's efforts"
C2 = "The two leaders decided to upgrade"
JLS = "The two leaders issued the Japan-U.S. Joint Leaders' Statement"
CAMP = "The two leaders welcomed the progress in Japan-U.S.-ROK cooperation"
KIM = "Prime Minister Kishida stated that he would continue"
PH = "The two leaders confirmed that they would hold the first"
CLOSE = "President Biden stated that he looked forward"
SF = "The two leaders last met in November 2023"
JAN = "Prime Minister Kishida previously held talks"
GOLD = dict(
    published="2024-04-10",
    furniture=[
        "Japan-U.S. Summit Meeting (Summary)\nApril 10, 2024\n[Provisional translation]",
        "1. Opening", "2. Security and defense", "3. Joint Leaders' Statement", "4. Regional affairs", "5. Closing", "(Reference)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Mr. KISHIDA Fumio, Prime Minister of Japan", "Prime Minister Kishida", "he"],
        "Joe Biden": ["the Honorable Joseph R. Biden, Jr., President of the United States", "President Biden"],
        "Ferdinand Marcos Jr.": ["President Ferdinand R. Marcos Jr."],
        "Yoon Suk Yeol": [],
        "Kim Jong Un": ["Chairman Kim Jong Un"],
    },
    quotes=[],
    statements=[
        (THANK, ["Fumio Kishida"], "thanked"),
        (GLOBAL, ["Fumio Kishida", "Joe Biden"], "confirmed"),
        (DEF, ["Fumio Kishida", "Joe Biden"], "explained"),
        (C2, ["Fumio Kishida", "Joe Biden"], "decided"),
        (CAMP, ["Fumio Kishida", "Joe Biden"], "welcomed"),
        (KIM, ["Fumio Kishida", "Joe Biden"], "stated"),
        (PH, ["Fumio Kishida", "Joe Biden"], "confirmed"),
        (CLOSE, ["Joe Biden"], "stated"),
    ],
    timexes=[
        ("Summary)\n[[April 10, 2024]]", "2024-04-10", None),
        ("10:50 a.m. on April 10", "2024-04-10T10:50", None),
        ("11:50 p.m. on April 10", "2024-04-10T23:50", None),
        ("about 85 minutes", "PT85M", "APPROX"),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("about 55 minutes", "PT55M", "APPROX"),
        ("the previous evening", "2024-04-09TEV", None),
        ("August last year", "2023-08", None),
        ("the following day", "2024-04-11", None),
        ("this evening", "2024-04-10TEV", None),
        ("November 2023", "2023-11", None),
        ("January 2023", "2023-01", None),
    ],
    summits=[
        dict(date="2024-04-10", place="White House", country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE]),
        dict(date="2024-04-11", place="Washington", country="US", participants=["Fumio Kishida", "Joe Biden", "Ferdinand Marcos Jr."],
             kind="trilateral", ordinal=1, status="planned", occasion=None, evidence=[PH]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CAMP]),
        dict(date="2023-11", place="San Francisco", country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[SF]),
        dict(date="2023-01", place="White House", country="US", participants=["Fumio Kishida", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[JAN]),
    ],
    agreements=[
        dict(title="upgrade command and control frameworks to enhance interoperability", kind="commitment",
             date="2024-04-10", parties=["JP", "US"], status="agreed", evidence=[C2]),
        dict(title="launch a forum on defense industrial cooperation, acquisition and sustainment", kind="commitment",
             date="2024-04-10", parties=["JP", "US"], status="agreed", evidence=[C2]),
        dict(title="Japan-U.S. Joint Leaders' Statement 'Global Partners for the Future'", kind="joint-statement",
             date="2024-04-10", parties=["JP", "US"], status="agreed", evidence=[JLS]),
        dict(title="further strengthen Japan-U.S.-ROK cooperation, including on North Korea", kind="commitment",
             date="2024-04-10", parties=["JP", "US"], status="agreed", evidence=[CAMP]),
        dict(title="Camp David commitments", kind="joint-statement", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CAMP]),
    ],
    notes=[
        "Invented readout in the style of the Japanese prime minister's office (title, date line, [Provisional translation], numbered headings and (Reference) are furniture; the date line is annotated). Every sentence is written anew; content follows the real summary.",
        "Real facts checked on stored pages: japan.kantei.go.jp/101_kishida/diplomatic/202404/10usa.html (10 April 2024, from 10:50 a.m. / 11:50 p.m. JST, about 85 minutes: small group about 30, expanded about 55; global partners; defense reinforcement and Biden's support), japan.kantei.go.jp/101_kishida/statement/202404/10kyodo_kaiken.html (upgrading command and control frameworks), gino.khan.kr/m/1628 (Joint Leaders' Statement 'Global Partners for the Future'), laitimes.com (informal dinner on the evening of 9 April), nippon.com and businessmirror.com.ph (first Japan-U.S.-Philippines summit on 11 April, the day after the Kishida-Biden meeting), spotlightnepal.com (Biden welcomed Japan's attempts at dialogue with North Korea). From general knowledge and the titles of other corpora: the defense industrial forum (DICAS), Camp David in August 2023, the San Francisco APEC meeting in November 2023, the January 2023 White House meeting.",
        "Summits (5): Washington Kishida-Biden; planned first Japan-U.S.-Philippines summit (ordinal 1, 'the first ... Summit Meeting'); Camp David (Yoon from the public record); San Francisco (APEC); White House January 2023. Not recorded: a Kishida-Kim summit (sought) and the state dinner (part of the visit).",
        "Agreements (5): two commitments split from one 'decided to ... and to ...' sentence, the Joint Leaders' Statement, the JP-US commitment on trilateral cooperation (the ROK is not a party to it), the Camp David commitments referenced ('the commitments made there'; kind joint-statement for the Camp David documents, debatable). Statements in a readout are annotated (as unseen16's readouts).",
    ],
)
