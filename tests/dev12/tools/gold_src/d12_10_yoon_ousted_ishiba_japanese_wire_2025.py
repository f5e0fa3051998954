# ruff: noqa: E501
LEAD = "Prime Minister Shigeru Ishiba said Friday"
NOTED = "Speaking at a House of Representatives Cabinet Committee session"
TOKYO = "His government's 2023 decision to compensate"
CD = "He went on to hold 12 summits"
VIENT = "Ishiba met Yoon for the first time"
OFFICIAL = "a senior government official said, recalling"

GOLD = dict(
    published="2025-04-04",
    furniture=[
        "Ishiba says Seoul ties matter \"whatever happens\" after Yoon's removal",
        "TOKYO, April 4 (Tsubasa) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba", "he"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon", "He"],
        "Yoshimasa Hayashi": ["Chief Cabinet Secretary Yoshimasa Hayashi"],
        "Fumio Kishida": ["Ishiba's predecessor Fumio Kishida", "Kishida"],
        "Joe Biden": ["then U.S. President Joe Biden", "Biden"],
        "Lee Jae-myung": ["Lee Jae-myung, leader of the main opposition Democratic Party"],
        "Park Geun-hye": ["Park Geun-hye"],
    },
    quotes=[
        ("extremely important", "partial", "Shigeru Ishiba", "said"),
        ("has not changed", "partial", "Yoshimasa Hayashi", "told a press conference"),
        ("We have seen this film before", "direct", None, "said"),
        ("This time we hope the institutions hold", "direct", None, None),
    ],
    statements=[
        (LEAD, ["Shigeru Ishiba"], "said"),
        (NOTED, ["Shigeru Ishiba"], "noted"),
        ("Asked about the presidential election", ["Shigeru Ishiba"], "said"),
        ("Chief Cabinet Secretary Yoshimasa Hayashi told", ["Yoshimasa Hayashi"], "told a press conference"),
        ("Some in the ruling Liberal Democratic Party worry", [None], "worry"),
    ],
    timexes=[
        ("TOKYO, [[April 4]]", "2025-04-04", None),
        ("Ishiba said [[Friday]]", "2025-04-04", None),
        ("hours after", "2025-04-04", None),
        ("[[this year]] marks", "2025", None),
        ("the [[1965]] normalization", "1965", None),
        ("60 days", "P60D", None),
        ("mid-December", "2024-12", "MID"),
        ("on Wednesday", "2025-04-02", None),
        ("[[2023]] decision", "2023", None),
        ("March that year", "2023-03", None),
        ("August 2023", "2023-08", None),
        ("Oct. 10", "2024-10-10", None),
        ("Nov. 16", "2024-11-16", None),
        ("a day after", "2024-11-16", None),
        ("for [[January]]", "2025-01", None),
        ("[[2015]] agreement", "2015", None),
        ("removal in [[2017]]", "2017", None),
    ],
    summits=[
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Yoon Suk Yeol", "Fumio Kishida"], kind="bilateral", ordinal=None,
             status="held", evidence=[TOKYO]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"], kind="trilateral", ordinal=None,
             status="held", evidence=[CD]),
        dict(date="2024-10-10", place="Vientiane", country="LA",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=1,
             status="held", occasion="ASEAN-related summits", evidence=[VIENT]),
        dict(date="2024-11-16", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[VIENT]),
        dict(date="2024-11-15", place="Lima", country="PE",
             participants=["Shigeru Ishiba", "Yoon Suk Yeol", "Joe Biden"], kind="trilateral", ordinal=None,
             status="held", occasion="APEC", evidence=[VIENT]),
    ],
    agreements=[
        dict(title="continue shuttle diplomacy (Vientiane)", kind="commitment", date="2024-10-10",
             parties=["JP", "KR"], status="referenced", evidence=[VIENT]),
        dict(title="set up a trilateral secretariat", kind="commitment", date="2024-11-15",
             parties=["JP", "KR", "US"], status="referenced", evidence=[VIENT]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[OFFICIAL]),
        dict(title="1965 normalization of diplomatic ties (Treaty on Basic Relations)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[NOTED]),
    ],
    notes=[
        "Invented Japanese wire story in Kyodo/Jiji style: headline and agency dateline prefix are furniture (the dateline date is annotated; the headline's quoted words are not annotated). Agency 'Tsubasa' is invented; the senior government official's quotes are invented; 'extremely important' and 'has not changed' are short rewordings of remarks reported by Jiji and the Yomiuri.",
        "Facts checked on stored pages: nippon.com yjj2025040400591 (Jiji, 4 April 2025: Ishiba at a House of Representatives Cabinet Committee meeting, cooperation important regardless of the situation, 60th anniversary, election 'up to South Korea's democracy'); harici.com.tr and japannews.yomiuri.co.jp 20250405-247146 (unanimous ruling of the eight justices, election within 60 days); cm.asiae.co.kr 2025040315005394895 and world.kbs.co.kr 103406 (Hayashi's press conference on Wednesday 2 April; LDP concerns; the 2015 agreement after Park's removal in 2017); hi7664taku.blogspot.com (Yoon's forced-labor solution, shuttle diplomacy, Lee Jae-myung as the leading candidate); koreaherald.com ud=20241010050112 and m.koreaherald.com ud=20241010050687 (12 Yoon-Kishida summits; Yoon-Ishiba first summit on 10 October 2024 in Vientiane, agreed to continue shuttle diplomacy); japannews.yomiuri.co.jp 20241119-223216 (Lima: trilateral with Biden on Friday 15 November and its secretariat; Ishiba-Yoon meeting on Saturday 16 November). General knowledge: Yoon's Tokyo visit in March 2023, Camp David in August 2023, his impeachment on 14 December 2024, Ishiba's shelved January visit.",
        "Summits (5): Yoon's Tokyo visit of March 2023, Camp David, Ishiba-Yoon in Vientiane (ordinal 1: 'for the first time') and in Lima, the Lima trilateral 'a day' earlier. Not summits: the shelved Ishiba visit to Seoul, the '12 summits' in aggregate.",
        "Agreements (4): the Vientiane commitment to continue shuttle diplomacy, the Lima trilateral secretariat, the 2015 agreement, the 1965 normalization (treaty). Not agreements: Seoul's 2023 compensation decision (unilateral).",
        "Timexes: 'hours after' and 'a day after' take the dates they point to; 'mid-December' = 2024-12 MID; 'for January' = 2025-01 (a plan dated before the publication).",
    ],
)
