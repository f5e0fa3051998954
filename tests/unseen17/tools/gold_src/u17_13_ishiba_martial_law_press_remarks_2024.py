# ruff: noqa: E501
MET = "President Yoon and I met in Vientiane"
LIMA = "In Lima we confirmed that we would continue shuttle diplomacy"
CAMP = "The framework the three leaders set at Camp David"
TREATY = "Next year marks 60 years since the Treaty on Basic Relations"
KISHIDA = "My predecessor, Prime Minister Kishida, visited Seoul"

GOLD = dict(
    published="2024-12-04",
    furniture=[
        "Press Remarks by Prime Minister ISHIBA Shigeru on the Situation in the Republic of Korea (Excerpt)\n"
        "Wednesday, December 4, 2024, 9:05 a.m., Prime Minister's Office\n"
        "[Provisional translation]",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister ISHIBA Shigeru", "PRIME MINISTER ISHIBA", "I", "the Prime Minister"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon"],
        "Joe Biden": ["President Biden"],
        "Fumio Kishida": ["Prime Minister Kishida", "My predecessor"],
    },
    quotes=[],
    statements=[
        (LIMA, ["Shigeru Ishiba", "Yoon Suk Yeol", "Joe Biden"], "confirmed"),
    ],
    timexes=[
        ("Wednesday, December 4, 2024, 9:05 a.m.", "2024-12-04T09:05", None),
        ("martial law [[last night]] and lifted", "2024-12-03TNI", None),
        ("early this morning", "2024-12-04TMO", "START"),
        ("the ROK [[early next year]]", "2025", "START"),
        ("martial law [[last night]] we", "2024-12-03TNI", None),
        ("As of [[this morning]]", "2024-12-04TMO", None),
        ("Vientiane [[in October]]", "2024-10", None),
        ("Lima [[last month]]", "2024-11", None),
        ("the same day", "2024-11", None),
        ("August last year", "2023-08", None),
        ("next year's", "2025", None),
        ("[[Next year]] marks", "2025", None),
        ("60 years", "P60Y", None),
        ("in 1965", "1965", None),
        ("Seoul [[in September]]", "2024-09", None),
    ],
    summits=[
        dict(date="2024-10", place="Vientiane", country="LA", participants=["Shigeru Ishiba", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[MET]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Shigeru Ishiba", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[MET, LIMA]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Shigeru Ishiba", "Yoon Suk Yeol", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="APEC", evidence=[LIMA]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CAMP]),
        dict(date="2024-09", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=12, status="held", occasion=None, evidence=[KISHIDA]),
    ],
    agreements=[
        dict(title="continue shuttle diplomacy", kind="commitment", date="2024-11", parties=["JP", "KR"],
             status="referenced", evidence=[LIMA]),
        dict(title="establish a secretariat for Japan-U.S.-ROK cooperation", kind="commitment", date="2024-11",
             parties=["JP", "KR", "US"], status="referenced", evidence=[LIMA]),
        dict(title="Camp David commitment to consult one another promptly in a crisis", kind="commitment",
             date="2023-08", parties=["JP", "KR", "US"], status="referenced", evidence=[CAMP]),
        dict(title="Treaty on Basic Relations", kind="treaty", date="1965", parties=["JP", "KR"], status="referenced",
             evidence=[TREATY]),
    ],
    notes=[
        "Invented transcript in the style of the Japanese prime minister's office (title, date line, '[Provisional translation]' and '(END)' are furniture; the date line is annotated, its time invented). Reporters' questions are given as parenthesised summaries, as Kantei transcripts do; they are text, and their temporal expressions are annotated. No quotation marks: no quotes. The Prime Minister's own answers are not annotated as statements (as unseen15-16), except the sentence reporting what he, Yoon and Biden confirmed and agreed in Lima (a joint act; debatable). All wording is invented.",
        "Real background, checked on stored pages: worldjpn.net PI 20241204.O1E (Ishiba's remarks on 4 December 2024 on the martial law declared the previous night and lifted before dawn: no comment on internal affairs, serious and particular concern, e-mail alerts from the embassy and consulates-general, nothing specific decided about his visit, no reports of harm); japannews.yomiuri 20241204-225958 and nippon.com yjj2024120400444 (visit under coordination for January); koreaherald.com ud=20241010050112 and japannews.yomiuri 20241010-215963 (first Yoon-Ishiba summit in Vientiane on Thursday 10 October; Yoon-Kishida 12 summits); mofa.go.jp pageite_000001_00646 and japannews.yomiuri ?p=222852 (Japan-U.S.-ROK summit in Lima on 15 November 2024, Trilateral Coordinating Secretariat); koreatimesus.com (Camp David summit of August 2023, regular trilateral meetings); cm.asiae.co.kr 2024100217251760957 (Yoon-Ishiba call of 2 October: continue shuttle diplomacy); SEEDS.md (Kishida-Yoon Seoul summit of 6 September 2024). From general knowledge: the Camp David 'commitment to consult', the Lima Yoon-Ishiba bilateral confirming shuttle diplomacy.",
        "Summits (5): Vientiane (October), Lima bilateral and three-way meetings (November; the three-way meeting told through 'together with President Biden, we agreed'), Camp David (August 2023; participants from the public record), Kishida-Yoon in Seoul in September ('his twelfth summit meeting' -> ordinal 12). Not summits: Ishiba's visit to the ROK 'early next year' (nothing decided), a hoped-for meeting 'when circumstances allow'.",
        "Agreements (4): continue shuttle diplomacy and establish the trilateral secretariat (two commitments from one sentence, referenced), the Camp David commitment to consult (referenced), the 1965 Treaty on Basic Relations (referenced). Not agreements: the safety measures for Japanese nationals (unilateral).",
        "Timexes: 'early this morning' = 2024-12-04TMO START; 'the same day' = 2024-11 (only the month is known); 'next year' = 2025; '60 years' = P60Y.",
    ],
)
