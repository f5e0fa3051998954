# ruff: noqa: E501
TRI1 = "At the trilateral meeting, the three of us agreed to continue our discussions"
APEC = "We also agreed to work together for the success of the APEC meetings"
JK = "With Minister Cho, I confirmed that it is in the strategic interest"
ANNIV = "This year marks the 60th anniversary of the normalization of our relations"
JC = "With Minister Wang, we confirmed that Japan and China"
LAST = "The last Summit was held in Seoul last May"
LIMA1 = "Prime Minister Ishiba met President Yoon in Lima in November"
LIMA2 = "Since his talks with President Yoon in Lima"
TREATY = "including on the Treaty on Basic Relations signed in June 1965"

GOLD = dict(
    published="2025-03-22",
    furniture=[
        "Extraordinary Press Conference by Foreign Minister IWAYA Takeshi (Excerpt)",
        "Saturday, March 22, 2025, 6:17 p.m. Tokyo",
        "This is a provisional translation for reference purposes only.",
        "Opening Remarks",
        "Questions and Answers",
        "(End of excerpt)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Takeshi Iwaya": ["IWAYA Takeshi", "Minister Iwaya", "Foreign Minister IWAYA Takeshi"],
        "Cho Tae-yul": ["Minister Cho Tae-yul", "Minister Cho"],
        "Wang Yi": ["Minister Wang Yi", "Minister Wang"],
        "Shigeru Ishiba": ["Prime Minister Ishiba", "the Prime Minister"],
        "Yoon Suk Yeol": ["President Yoon"],
        "Xi Jinping": ["President Xi"],
        "Fumio Kishida": [],
        "Li Qiang": [],
    },
    quotes=[],
    statements=[
        (("Minister Wang expressed China", "China's interest."), ["Wang Yi"], "expressed"),
    ],
    timexes=[
        ("Saturday, March 22, 2025, 6:17 p.m.", "2025-03-22T18:17", None),
        ("This morning", "2025-03-22TMO", None),
        ("about a year and four months", "P1Y4M", "APPROX"),
        ("In the afternoon", "2025-03-22TAF", None),
        ("this autumn", "2025-FA", None),
        ("This year marks", "2025", None),
        ("throughout [[the year]]", "2025", None),
        ("last May", "2024-05", None),
        ("June 1965", "1965-06", None),
        ("in Lima in [[November]]", "2024-11", None),
    ],
    summits=[
        dict(date="2024-05", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Li Qiang", "Yoon Suk Yeol"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[LAST]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion=None, evidence=[LIMA1, LIMA2]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion=None, evidence=[LIMA1]),
    ],
    agreements=[
        dict(title="continue trilateral discussions to deliver concrete results by the next Trilateral Summit", kind="commitment",
             date="2025-03-22", parties=["CN", "JP", "KR"], status="agreed", evidence=[TRI1]),
        dict(title="work together for the success of the APEC meetings hosted by the ROK", kind="commitment",
             date="2025-03-22", parties=["CN", "JP", "KR"], status="agreed", evidence=[APEC]),
        dict(title="Japan and the ROK, and Japan, the ROK and the U.S., continue to work closely together", kind="commitment",
             date="2025-03-22", parties=["JP", "KR"], status="agreed", evidence=[JK]),
        dict(title="carry forward exchanges and events for the 60th anniversary", kind="commitment",
             date="2025-03-22", parties=["JP", "KR"], status="agreed", evidence=[ANNIV]),
        dict(title="promote mutually beneficial Japan-China cooperation in a wide range of areas", kind="commitment",
             date="2025-03-22", parties=["CN", "JP"], status="agreed", evidence=[JC]),
        dict(title="Treaty on Basic Relations", kind="treaty", date="1965-06",
             parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
    ],
    notes=[
        "Invented transcript in the style of the Ministry of Foreign Affairs of Japan. The broadcaster and newspapers asking questions (Kanto Television, Hokuriku Shimpo, Kanda Press) and the reporters are fictional; all answers are invented wording. Invented: the questions, Iwaya's answers on the ROK's representation, on the Sado memorial and on free trade talks.",
        "Facts checked on stored pages: mofa.go.jp/press/kaiken/kaikenwe_000001_00154.html (extraordinary press conference, Saturday March 22, 2025, 6:17 p.m., Tokyo; Japan-ROK meeting and luncheon with Cho, Japan-China meeting with Wang, Japan-China High-Level Economic Dialogue after the trilateral; positive momentum; Japan-ROK and Japan-ROK-U.S. cooperation; abductions); nationthailand.com 40047732 (continue talks to achieve concrete results by the next summit, declining birthrate and aging; cooperate for the success of APEC chaired by South Korea this autumn); spotlightnepal.com and vietnam.vn (trilateral in Tokyo on Saturday morning; summit in Japan at an early date; first trilateral foreign ministers' meeting since 2023); thetundradrums.com (Wang proposed resuming trilateral trade talks). The Seoul trilateral of May 2024 (Kishida, Li Qiang, Yoon), the Ishiba-Yoon and Ishiba-Xi meetings in Lima in November 2024 and the June 1965 treaty signing are public record and the project's other corpora; not re-checked on a page here.",
        "Summits (3): the Seoul trilateral 'last May' (participants from the public record), Ishiba-Yoon and Ishiba-Xi in Lima (held; the APEC occasion is not named in the text, so occasion is null). Not recorded: the next Trilateral Summit to be hosted by Japan, because the text names neither its date nor the ROK participant (the ROK had an acting president on the publication date; a planned summit with unknown participants cannot be given a participant set; debatable). Not summits: the foreign ministers' meetings, the economic dialogue.",
        "Agreements (6): trilateral commitments split ('agreed to continue our discussions' / 'also agreed to work together for the success of the APEC meetings'); the Japan-ROK commitment to keep working closely together; the anniversary exchanges; the Japan-China cooperation ('confirmed'); the Treaty on Basic Relations (referenced, 1965-06). Not recorded: 'the related agreements' (plural and unnamed), 'Japan will coordinate ... so that it can be held at the earliest convenient time' (Japan's own intention), Wang's interest in free trade talks (not a proposal to a counterpart in the text).",
        "Statements: as in unseen15-16, the foreign minister's own words in his opening remarks and answers are not annotated as statements; only Wang's reported interest is. Timexes: 'about a year and four months' = P1Y4M APPROX; 'throughout the year' = 2025 (span 'the year'); 'this autumn' = 2025-FA; 'At this point' and 'the earliest convenient time' are vague and not annotated.",
    ],
)
