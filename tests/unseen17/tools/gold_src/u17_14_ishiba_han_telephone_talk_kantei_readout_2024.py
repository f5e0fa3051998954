# ruff: noqa: E501
P3 = "The two leaders agreed that Japan and the ROK will continue"
P4 = "The two leaders reaffirmed the importance of close coordination"
P5 = "The two leaders also agreed to advance preparations"
VIEN = "Prime Minister Ishiba held a Japan-ROK Summit Meeting with President Yoon Suk Yeol in Vientiane"
TRI = "On November 15 in Lima, a Japan-U.S.-ROK Summit Meeting was also held"
CALL = "In their telephone talk on October 2"
KISHIDA = "Former Prime Minister KISHIDA Fumio visited the ROK"

GOLD = dict(
    published="2024-12-19",
    furniture=[
        "Japan-ROK Summit Telephone Talk\n"
        "Thursday, December 19, 2024\n"
        "[Provisional Translation]",
        "(Reference)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Mr. ISHIBA Shigeru, Prime Minister of Japan", "Prime Minister Ishiba"],
        "Han Duck-soo": ["H.E. Mr. HAN Duck-soo, Acting President of the Republic of Korea", "Acting President Han"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon"],
        "Joe Biden": ["President Biden"],
        "Fumio Kishida": ["Former Prime Minister KISHIDA Fumio"],
    },
    quotes=[],
    statements=[
        ("Acting President Han explained the recent situation", ["Han Duck-soo"], "stated"),
        ("Prime Minister Ishiba stated that, in light of", ["Shigeru Ishiba"], "stated"),
        (P3, ["Shigeru Ishiba", "Han Duck-soo"], "agreed"),
        (P4, ["Shigeru Ishiba", "Han Duck-soo"], "reaffirmed"),
        (P5, ["Shigeru Ishiba", "Han Duck-soo"], "agreed"),
        (TRI, ["Shigeru Ishiba", "Yoon Suk Yeol", "Joe Biden"], "concurred"),
        (CALL, ["Shigeru Ishiba", "Yoon Suk Yeol"], "confirmed"),
    ],
    timexes=[
        ("Thursday, December 19, 2024", "2024-12-19", None),
        ("On December 19", "2024-12-19", None),
        ("approximately 20 minutes", "PT20M", "APPROX"),
        ("the ROK [[next year]]", "2025", None),
        ("October 10", "2024-10-10", None),
        ("(Peru) on [[November 15]]", "2024-11-15", None),
        ("On [[November 15]] in Lima", "2024-11-15", None),
        ("October 2", "2024-10-02", None),
        ("on [[September 6]] and 7", "2024-09-06", None),
        ("September 6 and [[7]]", "2024-09-07", None),
    ],
    summits=[
        dict(date="2024-10-10", place="Vientiane", country="LA", participants=["Shigeru Ishiba", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[VIEN]),
        dict(date="2024-11-15", place="Lima", country="PE", participants=["Shigeru Ishiba", "Yoon Suk Yeol"],
             kind="sidelines", ordinal=2, status="held", occasion="APEC Economic Leaders' Meeting", evidence=[VIEN]),
        dict(date="2024-11-15", place="Lima", country="PE", participants=["Shigeru Ishiba", "Yoon Suk Yeol", "Joe Biden"],
             kind="trilateral", ordinal=None, status="held", occasion="APEC Economic Leaders' Meeting", evidence=[TRI]),
        dict(date="2024-09", place="Seoul", country="KR", participants=["Fumio Kishida", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KISHIDA]),
    ],
    agreements=[
        dict(title="continue to maintain and further develop bilateral relations", kind="commitment", date="2024-12-19",
             parties=["JP", "KR"], status="agreed", evidence=[P3]),
        dict(title="keep in close communication between the two governments", kind="commitment", date="2024-12-19",
             parties=["JP", "KR"], status="agreed", evidence=[P3]),
        dict(title="advance preparations for exchange programs marking the 60th anniversary of normalization",
             kind="commitment", date="2024-12-19", parties=["JP", "KR"], status="agreed", evidence=[P5]),
        dict(title="establish the Trilateral Coordinating Secretariat", kind="commitment", date="2024-11-15",
             parties=["JP", "KR", "US"], status="referenced", evidence=[TRI]),
        dict(title="continue shuttle diplomacy (telephone talk of October 2)", kind="commitment", date="2024-10-02",
             parties=["JP", "KR"], status="referenced", evidence=[CALL]),
    ],
    notes=[
        "Invented readout in the style of the Japanese prime minister's office / foreign ministry (title, date line, '[Provisional Translation]' and the '(Reference)' heading are furniture; the date line is annotated). No quotation marks: no quotes. Numbered points are separate sentences. All wording is invented.",
        "Real background, checked on stored pages: nippon.com yjj2024121900448 (Jiji) and globalnation.inquirer.net (Ishiba-Han phone talks on Thursday 19 December, 20 minutes, maintain and develop relations, close communication, reconfirmed Japan-South Korea and trilateral cooperation on North Korea, Han: basic policy unchanged, preparations for the 60th anniversary exchange programs); menafn/KUNA 2024-12-19 (Japanese foreign ministry release: importance unchanged in the current strategic environment; Han explained the situation); koreaherald.com ud=20241219050034 (Han's office release); koreaherald.com ud=20241010050112 and japannews.yomiuri 20241010-215963 (Vientiane summit of 10 October); mofa.go.jp pageite_000001_00646 (Japan-U.S.-ROK summit in Lima on 15 November, Trilateral Coordinating Secretariat); cm.asiae.co.kr 2024100217251760957 (Yoon-Ishiba call of 2 October: continue shuttle diplomacy); SEEDS.md (Kishida in Seoul on 6 and 7 September 2024). From general knowledge: the Yoon-Ishiba bilateral in Lima on 15 November.",
        "Summits (4): Vientiane 10 October (sidelines), Lima 15 November ('a second meeting' -> ordinal 2; sidelines of APEC), the Lima three-way summit (Biden from the public record: the text says 'the three leaders'), Kishida-Yoon in Seoul (date 2024-09: the text gives the visit as 6 and 7 September without saying which day the talks were held). Not summits: the telephone talks of 19 December and 2 October.",
        "Agreements (5): three commitments of 19 December (maintain and develop relations, and keep in close communication, split from one point; the anniversary preparations), the trilateral secretariat (referenced), the shuttle-diplomacy commitment of the 2 October call (referenced). Not agreements: point 4 ('reaffirmed the importance of close coordination': a shared view), Han's and Ishiba's statements.",
        "Timexes: 'September 6 and 7' = two expressions (the second is '7'); 'next year' = 2025.",
    ],
)
