# ruff: noqa: E501
OPEN = "When President Yoon Suk Yeol and Prime Minister Shigeru Ishiba sat down"
SHUTTLE = "On the sidelines of the ASEAN-related summits in Vientiane"
STRENGTH = "They agreed to strengthen economic and security cooperation"
CONCERN = "Both sides also voiced serious concern"
LI = "On the same day, Ishiba also held his first talks"
PHONE = "Ishiba and Yoon had spoken by telephone on Oct. 2"
TWELVE = "But the real inheritance is the run of 12 summits"
TOKYO = "It began in Tokyo in March last year"
SEOUL = "Kishida returned the favour in Seoul on May 7"
VILN = "They met again in Vilnius in July"
FARE = "The series closed on Sept. 6 this year"
BUY = "The Kishida years showed what frequent meetings can buy"
FL = "The dispute over wartime forced labour was settled"
NATO = "did not raise the idea in Vientiane, Japanese officials said."
LIMA = "He will probably see Yoon again in Lima next month"
KWON = "said Kwon Da-eun"

GOLD = dict(
    published="2024-10-11",
    furniture=[
        "ANALYSIS | Twelve summits, a phone call and a first handshake in Vientiane: what Ishiba inherits from Kishida\n"
        "Published: 2024.10.11 06:30 | Updated: 2024.10.11 09:05\n"
        "By Seo Min-ho, Diplomatic Editor",
        "Seo Min-ho is diplomatic editor of The Mapo Weekly.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoon Suk Yeol": ["President Yoon Suk Yeol", "Yoon"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba", "the new prime minister", "He"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Fumio Kishida": ["Fumio Kishida", "Kishida"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Kwon Da-eun": ["Kwon Da-eun, a fellow at the Hannam Institute for Foreign Affairs"],
    },
    quotes=[
        ("Twelve summits build a habit, not a treaty,", "direct", "Kwon Da-eun", "said"),
        ("The habit is what Ishiba has inherited.", "direct", "Kwon Da-eun", None),
    ],
    statements=[
        (SHUTTLE, ["Yoon Suk Yeol", "Shigeru Ishiba"], "agreed"),
        (STRENGTH, ["Yoon Suk Yeol", "Shigeru Ishiba"], "agreed"),
        (CONCERN, ["Yoon Suk Yeol", "Shigeru Ishiba"], "voiced"),
        (PHONE, ["Shigeru Ishiba", "Yoon Suk Yeol"], "pledged"),
        (VILN, ["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], "pledged"),
        (NATO, [None], "said"),
        (KWON, ["Kwon Da-eun"], "said"),
    ],
    timexes=[
        ("2024.10.11 06:30", "2024-10-11T06:30", None),
        ("2024.10.11 09:05", "2024-10-11T09:05", None),
        ("capital on [[Thursday]]", "2024-10-10", None),
        ("nine days after", "2024-10-10", None),
        ("the past year and a half", "P1Y6M", None),
        ("revived [[last year]]", "2023", None),
        ("next year's", "2025", None),
        ("the [[1965]] treaty", "1965", None),
        ("make [[2025]] a year", "2025", None),
        ("On the same day", "2024-10-10", None),
        ("Oct. 2", "2024-10-02", None),
        ("the day after", "2024-10-02", None),
        ("March last year", "2023-03", None),
        ("[[12 years]] to make", "P12Y", None),
        ("since [[2011]]", "2011", None),
        ("May 7", "2023-05-07", None),
        ("less than two weeks later", "2023-05", None),
        ("Vilnius in [[July]]", "2023-07", None),
        ("in [[August]] joined", "2023-08", None),
        ("Sept. 6 this year", "2024-09-06", None),
        ("Lima [[next month]]", "2024-11", None),
        ("question for [[next year]]", "2025", None),
    ],
    summits=[
        dict(date="2024-10-10", place="Vientiane", country="LA", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="ASEAN-related summits", evidence=[OPEN, SHUTTLE, STRENGTH, CONCERN, NATO]),
        dict(date="2024-10-10", place="Vientiane", country="LA", participants=["Shigeru Ishiba", "Li Qiang"],
             kind="sidelines", ordinal=1, status="held", occasion="ASEAN-related summits", evidence=[LI]),
        dict(date="2023-03", place="Tokyo", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2023-05-07", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2023-05", place="Hiroshima", country="JP", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="G7", evidence=[SEOUL]),
        dict(date="2023-07", place="Vilnius", country="LT", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="sidelines", ordinal=None, status="held", occasion="NATO summit", evidence=[VILN]),
        dict(date="2023-08", place="Camp David", country="US", participants=["Joe Biden", "Yoon Suk Yeol", "Fumio Kishida"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[VILN]),
        dict(date="2024-09-06", place="Seoul", country="KR", participants=["Yoon Suk Yeol", "Fumio Kishida"],
             kind="bilateral", ordinal=12, status="held", occasion=None, evidence=[FARE]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Yoon Suk Yeol", "Shigeru Ishiba"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[LIMA]),
    ],
    agreements=[
        dict(title="keep up shuttle diplomacy (Yoon-Ishiba)", kind="commitment", date="2024-10-10",
             parties=["JP", "KR"], status="agreed", evidence=[SHUTTLE, PHONE]),
        dict(title="strengthen economic and security cooperation", kind="commitment", date="2024-10-10",
             parties=["JP", "KR"], status="agreed", evidence=[STRENGTH]),
        dict(title="widen exchanges between the two peoples ahead of the 60th anniversary", kind="commitment", date="2024-10-10",
             parties=["JP", "KR"], status="agreed", evidence=[STRENGTH]),
        dict(title="1965 treaty that normalised relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[STRENGTH]),
        dict(title="restoration of shuttle visits (Yoon-Kishida, Tokyo)", kind="commitment", date="2023-03",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="Camp David pledge to hold a trilateral summit every year", kind="commitment", date="2023-08",
             parties=["JP", "KR", "US"], status="referenced", evidence=[VILN]),
        dict(title="restored Korea-Japan currency swap", kind="mou", date=None,
             parties=["JP", "KR"], status="referenced", evidence=[BUY]),
        dict(title="revived intelligence pact (GSOMIA)", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[BUY]),
    ],
    notes=[
        "Invented analysis in a Seoul news magazine ('The Mapo Weekly', the editor, the fellow and the Hannam Institute are invented; headline, Published/Updated line, byline and the author's tag line are furniture; the stamps are annotated). The quotes are invented. 'shuttle diplomacy' and 'Asian NATO' in quotation marks are terms, not quotes.",
        "Real facts checked on stored pages: arabnews.jp article_132475 (Jiji: Ishiba and Yoon met in Vientiane on Thursday, first in-person meeting since Ishiba took office on 1 October; phone talks on 2 October; shuttle diplomacy; economic and security cooperation and personnel exchanges ahead of the 60th anniversary; 'a year of great progress'; concern over North Korea-Russia military cooperation; Yoon's support on abductions; Ishiba did not mention his Asian NATO proposal); japannews.yomiuri 20241010-215963 (Ishiba to meet Premier Li Qiang the same day, first Japan-China summit); koreaherald 20241010050112 and 20241009050190 (12 summits with Kishida over two years, beginning in March 2023; the forced-labour compensation decision); korean-vibe.com (Yoon's three-nation trip); koreaherald 20230712000005 and nippon.com yjj2023071200670 (Seoul on 7 May 2023, Hiroshima, Vilnius in July 2023); /work/shared/SEEDS.md (the Seoul summit of Friday 6 September 2024). From the titles of the project's other corpora and general knowledge: Yoon's Tokyo visit of March 2023 as the first in 12 years and the restored shuttle visits (lapsed since 2011); Camp David (August 2023, annual trilateral summits); the restored currency swap and the revived GSOMIA; the Lima APEC meeting of November 2024 (here still planned).",
        "Summits (9): Yoon-Ishiba in Vientiane (ordinal 1, 'the first face-to-face meeting'); Ishiba-Li Qiang (ordinal 1, 'his first talks as prime minister'); Yoon-Kishida in Tokyo (March 2023), Seoul (7 May), Hiroshima (May, 'less than two weeks later'), Vilnius (July), the Camp David trilateral (August 2023) and the Seoul farewell summit (6 September 2024, ordinal 12, 'his 12th with Yoon'); the expected Yoon-Ishiba meeting in Lima (planned, November). Not summits: the phone call of 2 October, '12 summits' as an aggregate.",
        "Agreements (8): three Yoon-Ishiba commitments (shuttle diplomacy, also pledged by phone, one record with two evidence sentences; economic and security cooperation; exchanges, split from one sentence); the 1965 treaty (referenced); the restored shuttle visits of March 2023 and the Camp David annual-summit pledge (referenced commitments); the currency swap (mou, no date in the text) and the intelligence pact (treaty, GSOMIA's public-record date 2016-11, as unseen16). Not agreements: the vow to make 2025 'a year of real progress' (an aspiration), Seoul's forced-labour compensation plan ('a unilateral decision'), Ishiba's Asian NATO idea.",
        "Timexes: 'nine days after' and 'the day after' take the dates they point to (10 and 2 October); 'less than two weeks later' = 2023-05 (the text gives no day); 'the past year and a half' = P1Y6M; 'in 12 years' is a duration; 'every year' is a frequency and not annotated; '60th anniversary' and '12th' are ordinals.",
    ],
)
