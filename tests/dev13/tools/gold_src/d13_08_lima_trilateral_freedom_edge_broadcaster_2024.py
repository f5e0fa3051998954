# ruff: noqa: E501
LEAD = "President Yoon Suk Yeol left for Lima, Peru, on Thursday"
FRI = "According to the presidential office, the three-way talks will take place"
LAST = "It will likely be the last such meeting with Biden"
CD = "The office said Biden had proposed the meeting"
EXP = "A senior presidential official told reporters that the three leaders"
ARR = "The official also said arrangements were being made"
AGREED = "The exercise was agreed upon at Camp David"
JCS = "The Joint Chiefs of Staff said the second round"
DTT = "Senior defense officials of the three countries had also agreed"

GOLD = dict(
    published="2024-11-14",
    furniture=[
        "Yoon Departs for APEC in Peru; Three-way Talks with Biden, Ishiba Set for Friday",
        "Written: 2024-11-14 10:21:07 Updated: 2024-11-14 16:48:52",
        "Photo : YONHAP News",
        "Related News",
        "- Seoul, Washington, Tokyo to Hold Freedom Edge Drills South of Jeju",
        "- Pres. Yoon to Meet Ishiba, Xi in Lima: Presidential Office",
        "Editor's Pick",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "President Yoon"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Prime Minister Ishiba"],
        "Donald Trump": ["President-elect Donald Trump"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Fumio Kishida": [],
        "presidential office": ["the office", "the presidential office"],
        "Joint Chiefs of Staff": ["The Joint Chiefs of Staff"],
        "South Korea": ["Seoul"],
        "United States": ["Washington"],
    },
    quotes=[
        ("in the near future", "partial", None, "agreed"),
    ],
    statements=[
        (FRI, ["presidential office"], "according to"),
        (CD, ["presidential office"], "said"),
        (EXP, [None], "told reporters"),
        (ARR, [None], "said"),
        (JCS, ["Joint Chiefs of Staff"], "said"),
        (DTT, [None], "agreed"),
        ("The drills come after North Korea launched", ["South Korea", "United States"], "say"),
    ],
    timexes=[
        ("2024-11-14 10:21:07", "2024-11-14T10:21:07", None),
        ("2024-11-14 16:48:52", "2024-11-14T16:48:52", None),
        ("Lima, Peru, on [[Thursday]]", "2024-11-14", None),
        ("take place on [[Friday]]", "2024-11-15", None),
        ("office in [[January]]", "2025-01", None),
        ("August last year", "2023-08", None),
        ("October 10", "2024-10-10", None),
        ("on [[Wednesday]] in waters", "2024-11-13", None),
        ("three-day", "P3D", None),
        ("ends [[Friday]]", "2024-11-15", None),
        ("first time in [[June]]", "2024-06", None),
        ("signed in [[July]]", "2024-07", None),
        ("Seoul in [[September]]", "2024-09", None),
        ("the end of the year", "2024", "END"),
        ("October 31", "2024-10-31", None),
        ("early next week", "2024-W47", "START"),
    ],
    summits=[
        dict(date="2024-11-15", place="Lima", country="PE",
             participants=["Yoon Suk Yeol", "Joe Biden", "Shigeru Ishiba"], kind="trilateral", ordinal=None,
             status="planned", occasion="APEC", evidence=[LEAD, FRI, LAST, CD, EXP]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Yoon Suk Yeol", "Joe Biden", "Fumio Kishida"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[CD, AGREED]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba"], kind="sidelines", ordinal=2,
             status="planned", occasion="APEC", evidence=[ARR]),
        dict(date="2024-10-10", place="Vientiane", country="LA",
             participants=["Yoon Suk Yeol", "Shigeru Ishiba"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[ARR]),
        dict(date="2024-11", place="Lima", country="PE",
             participants=["Yoon Suk Yeol", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="planned", occasion="APEC", evidence=[ARR]),
    ],
    agreements=[
        dict(title="meet at least once a year (Camp David)", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[CD]),
        dict(title="hold the Freedom Edge exercise (Camp David)", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[AGREED]),
        dict(title="Memorandum of Cooperation on the Trilateral Security Cooperation Framework", kind="mou", date="2024-07",
             parties=["JP", "KR", "US"], status="referenced", evidence=[JCS]),
        dict(title="stage the second Freedom Edge in the near future (Defense Trilateral Talks)", kind="commitment", date="2024-09",
             parties=["JP", "KR", "US"], status="referenced", evidence=[DTT]),
        dict(title="update the multi-year trilateral exercise plan by the end of the year", kind="commitment", date="2024-09",
             parties=["JP", "KR", "US"], status="referenced", evidence=[DTT]),
    ],
    notes=[
        "Invented web story in the style of a Korean public broadcaster's English service (Written/Updated stamp, photo credit, Related News, Editor's Pick). The senior presidential official is unnamed; his remarks are invented wording of what was reported.",
        "Facts checked on stored pages: koreatimesus.com (Yoon to hold trilateral with Biden and Ishiba on the APEC sidelines in Peru on Friday; Biden proposed it to build on Camp David, which promised regular trilateral meetings; departure Thursday); rustavi2.ge and usmuslims.com (trilateral on Friday in Lima; institutionalizing before the transition; the meeting held on Friday); seawaves.com and stripes.com 2024-11-14 (Freedom Edge 24-2 from Nov. 13, ends Friday, USS George Washington, fifth-generation fighters; agreed at Camp David, first held in June; conducted under the Memorandum of Cooperation on the Trilateral Security Cooperation Framework signed in July; ICBM on Oct. 31); world.kbs.co.kr Seq_Code 187846 (Defense Trilateral Talks in Seoul in September: second Freedom Edge 'in the near future', update the multi-year exercise plan by the end of the year); world.kbs.co.kr Seq_Code 189135 (Yoon-Ishiba second talks in Lima); m.koreaherald ud=20241010050687 (first Yoon-Ishiba summit in Vientiane on Oct. 10). Yoon's G20 trip to Rio and the Yoon-Xi meeting are public record and the project's other corpora.",
        "Summits (5): the Lima trilateral (planned, 2024-11-15, 'Friday, local time'), Camp David (held), Yoon-Ishiba in Lima (planned, ordinal 2 'their second summit') and in Vientiane (held, ordinal 1 'their first meeting'; occasion not named in the text so kind bilateral, debatable), Yoon-Xi (planned). Not summits: the G20 summit in Rio (no meeting named), the drills. Biden's proposal of the meeting is not recorded as an agreement (an arrangement to meet, as 'agreed to meet' in unseen15-16).",
        "Agreements (5): the Camp David promise to meet at least once a year and the Camp David agreement on the exercise (both referenced commitments); the TSCF memorandum of cooperation (mou, referenced); the September defense officials' agreements split into two ('to stage ... and to update ...'). The possible secretariat is an expectation, not an agreement.",
        "Timexes: 'early next week' = 2024-W47 START (week values are allowed for timexes only); 'in January' (future) = 2025-01; 'the end of the year' = 2024 END; stamps annotated with seconds.",
    ],
)
