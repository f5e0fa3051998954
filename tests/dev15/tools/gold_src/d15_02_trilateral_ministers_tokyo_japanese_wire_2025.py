# ruff: noqa: E501
LEDE = "The foreign ministers of Japan, China and South Korea agreed Saturday"
ALSO = "Foreign Minister Takeshi Iwaya, who hosted"
LAST = "The last three-way leaders' summit was held in Seoul"
CHAIR = "Japan, as the next chair, had hoped"
MET = "Prime Minister Shigeru Ishiba has met Yoon twice in person"
XI = "Ishiba held his first summit with Chinese President Xi Jinping"
NODATE = "The three ministers did not set a date"
OFFICIAL = "A Japanese Foreign Ministry official said Tokyo"

GOLD = dict(
    published="2025-03-22",
    furniture=[
        "Japan, China, S. Korea FMs agree to work toward early 3-way summit in Japan",
        "TOKYO, March 22 (Shinsei) -- ",
        "==Shinsei",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Takeshi Iwaya": ["Foreign Minister Takeshi Iwaya", "Iwaya", "the Japanese minister"],
        "Wang Yi": ["Chinese Foreign Minister Wang Yi", "Wang"],
        "Cho Tae-yul": ["South Korean Foreign Minister Cho Tae-yul", "Cho"],
        "Fumio Kishida": ["then Prime Minister Fumio Kishida"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Choi Sang-mok": ["Finance Minister Choi Sang-mok"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Joe Biden": ["then U.S. President Joe Biden"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
    },
    quotes=[
        ("We may well be standing at a turning point", "direct", "Takeshi Iwaya", "said"),
        ("face history squarely", "partial", "Wang Yi", "urged"),
        ("keep coordinating", "partial", None, "said"),
    ],
    statements=[
        (LEDE, ["Takeshi Iwaya", "Wang Yi", "Cho Tae-yul"], "agreed"),
        (ALSO, ["Takeshi Iwaya", "Wang Yi", "Cho Tae-yul"], "agreed"),
        ("Wang urged the three", ["Wang Yi", "Cho Tae-yul"], "urged"),
        ("Yoon's impeachment case is still before", [None], "privately say"),
        ("where the Japanese minister pressed Beijing", ["Takeshi Iwaya"], "pressed"),
        (OFFICIAL, [None], "said"),
    ],
    timexes=[
        ("March 22 (Shinsei)", "2025-03-22", None),
        ("agreed [[Saturday]]", "2025-03-22", None),
        ("November 2023", "2023-11", None),
        ("roughly 90-minute", "PT90M", "APPROX"),
        ("May last year", "2024-05", None),
        ("four and a half years", "P4Y6M", None),
        ("the end of 2024", "2024", "END"),
        ("Dec. 3", "2024-12-03", None),
        ("Vientiane in [[October]]", "2024-10", None),
        ("Lima in [[November]]", "2024-11", None),
        ("Saturday's gathering", "2025-03-22", None),
        ("six years", "P6Y", None),
        ("within this year", "2025", None),
    ],
    summits=[
        dict(date="2024-05", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol", "Li Qiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[LAST]),
        dict(date="2025", place=None, country="JP",
             participants=["Shigeru Ishiba", "Li Qiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[LEDE, CHAIR, NODATE, OFFICIAL]),
        dict(date="2024-10", place="Vientiane", country="LA",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits", evidence=[MET]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[MET]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral", ordinal=None,
             status="held", occasion="APEC", evidence=[MET]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Xi Jinping"], kind="sidelines", ordinal=1,
             status="held", occasion="APEC", evidence=[XI]),
    ],
    agreements=[
        dict(title="push ahead with preparations for a trilateral leaders' summit in Japan at an early date", kind="commitment", date="2025-03-22",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[LEDE]),
        dict(title="promote people-to-people exchanges", kind="commitment", date="2025-03-22",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="joint research on falling birthrates and aging populations", kind="commitment", date="2025-03-22",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="joint declaration of the Seoul trilateral summit", kind="joint-declaration", date="2024-05",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[LAST]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Shinsei', Kyodo style; headline, dateline prefix and '==Shinsei' end mark are furniture; the dateline date is annotated). Iwaya's direct quote is reworded from his reported opening remarks; Wang's 'face history squarely' is a short fragment reworded from his reported remarks; the ministry official's 'keep coordinating', the 90-minute length, the 'privately say' remark and the aim 'within this year' are invented.",
        "Real facts, checked on stored pages: reuters.screenocean.com record 1985192 (Tokyo, Saturday 22 March 2025; Iwaya hosting Wang Yi and Cho Tae-yul; 'turning point in history'; first meeting since 2023; paving the way for a summit after the one in Seoul last year), spotlightnepal.com 2025-03-22 (NHK: agreed to coordinate a trilateral summit in Japan at an early date; exchanges; birthrates and aging), eir.news 2025-03 (Japan News: joint research on low birth rates and aging; Japan-China bilateral), vietnam.vn (Cho on peninsula peace; first Japan-China economic dialogue in six years; seafood ban), thetundradrums.com. Acting president Choi Sang-mok and Yoon's pending case: springfieldnewssun.com and latimes.com 2025-03-23/24. From other corpora's titles and general knowledge: the Seoul trilateral of 27 May 2024 (Kishida, Yoon, Li Qiang; joint declaration; first in four and a half years), the last foreign ministers' meeting in Busan in November 2023, Ishiba-Yoon in Vientiane (10 October 2024) and Lima (15 November 2024, with Biden), Ishiba-Xi in Lima (15 November 2024), martial law on 3 December 2024.",
        "Summits (6): Seoul trilateral (May 2024), the planned trilateral in Japan (date 2025 from the official's 'within this year'; participants Ishiba and, from the public record, Li Qiang; no Korean participant because Seoul 'has no elected leader to send' - debatable), Vientiane and Lima Ishiba-Yoon, the Lima three-way with Biden, Ishiba-Xi in Lima (ordinal 1, 'first summit'). Not summits: the foreign ministers' meeting, the Japan-China economic dialogue.",
        "Agreements (4): three commitments split from the two 'agreed' sentences (summit preparations; exchanges; joint research), all CN/JP/KR; the Seoul joint declaration (referenced). Not agreements: Iwaya's request to lift the seafood ban (a demand).",
        "Timexes: 'four and a half years' = P4Y6M; 'the end of 2024' = 2024 END; 'within this year' = 2025; 'Vientiane in October' and 'Lima in November' are past (2024).",
    ],
)
