# ruff: noqa: E501
LEAD = "President Lee Myung-bak and Japan's new prime minister, Yukio Hatoyama, sat down"
LEN = "The meeting, held on the sidelines of the U.N. General Assembly, lasted"
TOLD = "Lee told Hatoyama that Seoul and Tokyo should build relations"
REPLY = "Hatoyama replied that his Democratic Party government"
DECL = "The prime minister also cited the 1998 joint declaration"
GB = "Lee used the occasion to explain the"
STUDY = "Hatoyama said Japan would study the idea"
OBAMA = "Before seeing Lee, Hatoyama held about 35 minutes of talks"
MEDV = "He also met Russian President Dmitry Medvedev"
PHONE = "The two leaders had spoken by phone on Aug. 31"
ASO = "Lee held two summits with Hatoyama's predecessor"
SEOUL = "Hatoyama is expected to travel to Seoul early next month"
NOV = "Obama, for his part, is set to visit Japan in November."

GOLD = dict(
    published="2009-09-24",
    furniture=[
        "SRB WORLD | Politics",
        "Lee, Hatoyama hold first talks in New York, vow to coordinate on N. Korea",
        "Input 2009.09.24 10:05 | Edit 2009.09.24 14:31",
        "[Photo] President Lee Myung-bak and Japanese Prime Minister Yukio Hatoyama shake hands before their talks at a New York hotel on Wednesday. (Cheong Wa Dae)",
        "Kim Hye-rin, SRB News",
        "Related: Lee pitches 'grand bargain' to North Korea | Hatoyama sworn in as Japan's 93rd prime minister",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yukio Hatoyama": ["Japan's new prime minister, Yukio Hatoyama", "Hatoyama", "The prime minister", "the Japanese leader", "He"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Dmitry Medvedev": ["Russian President Dmitry Medvedev"],
        "Kevin Rudd": ["Australian Prime Minister Kevin Rudd"],
        "Taro Aso": ["Hatoyama's predecessor, Taro Aso"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Kim Dae-jung": ["President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi"],
        "Lee Dong-kwan": ["presidential spokesman Lee Dong-kwan", "the spokesman"],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("that both peoples can trust,", "partial", "Lee Myung-bak", "told"),
        ("look squarely at history", "partial", "Yukio Hatoyama", "replied"),
    ],
    statements=[
        (LEAD, ["Lee Myung-bak", "Yukio Hatoyama"], "agreed"),
        (LEN, ["Office of the President of South Korea"], "according to"),
        (TOLD, ["Lee Myung-bak"], "told"),
        (REPLY, ["Yukio Hatoyama", "Lee Dong-kwan"], "replied"),
        (DECL, ["Yukio Hatoyama", "Lee Dong-kwan"], "cited"),
        (GB, ["Lee Myung-bak"], "explain"),
        (STUDY, ["Yukio Hatoyama", None], "said"),
        (OBAMA, ["Yukio Hatoyama", "Barack Obama"], "agreed"),
    ],
    timexes=[
        ("Input 2009.09.24 10:05", "2009-09-24T10:05", None),
        ("Edit 2009.09.24 14:31", "2009-09-24T14:31", None),
        ("hotel on [[Wednesday]]", "2009-09-23", None),
        ("talks in New York [[on Wednesday]]", "2009-09-23", None),
        ("a week after", "2009-09-23", None),
        ("lasted [[about 30 minutes]]", "PT30M", "APPROX"),
        ("the [[1998]] joint declaration", "1998", None),
        ("New York [[on Monday]]", "2009-09-21", None),
        ("about 35 minutes", "PT35M", "APPROX"),
        ("phone on [[Aug. 31]]", "2009-08-31", None),
        ("a day after", "2009-08-31", None),
        ("Taro Aso, [[this year]]", "2009", None),
        ("Seoul in [[January]]", "2009-01", None),
        ("Tokyo in [[late June]]", "2009-06", "END"),
        ("early next month", "2009-10", "START"),
        ("Japan in [[November]]", "2009-11", None),
        ("later this week", "2009-W39", None),
        ("summit on [[Thursday]]", "2009-09-24", None),
        ("Thursday and [[Friday]]", "2009-09-25", None),
    ],
    summits=[
        dict(date="2009-09-23", place="New York", country="US", participants=["Lee Myung-bak", "Yukio Hatoyama"],
             kind="sidelines", ordinal=1, status="held", occasion="the U.N. General Assembly", evidence=[LEAD, LEN, PHONE]),
        dict(date="2009-09-23", place="New York", country="US", participants=["Yukio Hatoyama", "Barack Obama"],
             kind="sidelines", ordinal=None, status="held", occasion="the U.N. General Assembly", evidence=[OBAMA]),
        dict(date="2009-09-23", place="New York", country="US", participants=["Yukio Hatoyama", "Dmitry Medvedev"],
             kind="sidelines", ordinal=None, status="held", occasion="the U.N. General Assembly", evidence=[MEDV]),
        dict(date="2009-09-23", place="New York", country="US", participants=["Yukio Hatoyama", "Kevin Rudd"],
             kind="sidelines", ordinal=None, status="held", occasion="the U.N. General Assembly", evidence=[MEDV]),
        dict(date="2009-01", place="Seoul", country="KR", participants=["Lee Myung-bak", "Taro Aso"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ASO]),
        dict(date="2009-06", place="Tokyo", country="JP", participants=["Lee Myung-bak", "Taro Aso"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ASO]),
        dict(date="2009-10", place="Seoul", country="KR", participants=["Yukio Hatoyama", "Lee Myung-bak"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SEOUL]),
        dict(date="2009-10", place="Beijing", country="CN", participants=["Yukio Hatoyama", "Lee Myung-bak", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[SEOUL]),
        dict(date="2009-11", place=None, country="JP", participants=["Barack Obama", "Yukio Hatoyama"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[NOV]),
    ],
    agreements=[
        dict(title="work closely with the other six-party members to end North Korea's nuclear programs", kind="commitment",
             date="2009-09-23", parties=["JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="Japan-Republic of Korea Joint Declaration (1998)", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[DECL]),
        dict(title="'grand bargain' offer to North Korea", kind="commitment", date="2009-09-21",
             parties=["KP", "KR"], status="proposed", evidence=[GB]),
        dict(title="further strengthen the Japan-U.S. alliance", kind="commitment", date="2009-09-23",
             parties=["JP", "US"], status="agreed", evidence=[OBAMA]),
    ],
    notes=[
        "Invented story on a Korean broadcaster's English website (SRB World); section line, headline, Input/Edit line, photo caption, byline and related-links line are furniture (the stamps and the caption's 'Wednesday' are annotated). Invented: the reporter and outlet, the hotel setting, the 30-minute length, Lee's and Hatoyama's quoted words, Hatoyama's citation of the 1998 declaration and his remark that Japan would 'study' the grand bargain.",
        "Real facts checked on stored pages: 17cwd.eng.pa.go.kr (Cheong Wa Dae, 24 Sept 2009: Lee met Hatoyama in New York on Wednesday 23 Sept local time, reconfirmed coordination on the North Korean nuclear issue with the six-party members, Hatoyama on facing history and a future-oriented relationship, spokesman Lee Dong-kwan) and uno=1859 (Hatoyama's Seoul visit of 9 Oct, the grand bargain presented during the September U.S. visit); oananews.org 80719 and 81597 (Kyodo: Hatoyama sworn in on Wednesday 16 Sept, meetings with Obama, Medvedev, Lee and Rudd on 23 Sept, G20 in Pittsburgh); mofa.go.jp/region/n-america/us/summit0909.html (Obama-Hatoyama about 35 minutes from 9:10 a.m. on 23 Sept, agreement to strengthen the alliance, Obama to visit Japan in November); oananews.org 77835 (Lee-Hatoyama phone talk on Monday 31 Aug, a day after the 30 Aug election). From the project's manifests: Aso in Seoul in January 2009 (unseen8, 2009-01-12), Lee-Aso in June 2009 (unseen10, 2009-06-28), the Beijing trilateral of October 2009 (unseen14, 2009-10-10). General knowledge: the grand bargain speech in New York on 21 Sept 2009; Hatoyama as 93rd prime minister; G20 Pittsburgh on 24-25 Sept.",
        "Summits (9): Lee-Hatoyama (ordinal 1, 'first face-to-face talks'; sidelines of the UNGA); Hatoyama's meetings with Obama, Medvedev and Rudd the same day; Lee-Aso in Seoul (January) and Tokyo (late June); planned Hatoyama visit to Seoul and the Beijing trilateral with Wen ('early next month', dated 2009-10); Obama's planned November visit to Japan (place null). Not summits: the 31 Aug phone call; the Pittsburgh G20 (a multilateral gathering).",
        "Agreements (4): the JP-KR commitment to coordinate with the six-party members; the 1998 joint declaration (referenced); Lee's 'grand bargain' offer to North Korea (proposed, KP-KR, debatable since it was made in a speech); Hatoyama-Obama alliance commitment. Not an agreement: Hatoyama's 'study the idea'. 'grand bargain' in quotation marks names a policy, not a quote.",
        "Timexes: 'a week after Hatoyama took office' and 'a day after Hatoyama's Democratic Party swept to power' take the date they point to (23 Sept and 31 Aug); 'early next month' = 2009-10 START; 'later this week' = 2009-W39; 'until now' not annotated.",
    ],
)
