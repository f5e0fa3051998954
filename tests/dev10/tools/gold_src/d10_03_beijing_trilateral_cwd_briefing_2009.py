# ruff: noqa: E501
HELD = "Japanese Prime Minister Yukio Hatoyama held the second Korea-China-Japan trilateral summit"
CHAIR = "The meeting, chaired by Premier Wen"
SHARED = "The three leaders discussed trilateral cooperation"
JS1 = "The leaders adopted a joint statement marking"
JS2 = "They also adopted a joint statement on sustainable development"
CYBER = "The leaders agreed to open a Korea-China-Japan cyber secretariat"
BIZ = "They also agreed to launch the first Korea-China-Japan business summit"
FM = "The three sides agreed to hold their next foreign ministers' meeting"
HOST = "Korea will host the third trilateral summit"
SEOUL = ("The two leaders held summit talks in Seoul only yesterday", "no separate meeting was arranged here.")
ALL3 = ["Lee Myung-bak", "Wen Jiabao", "Yukio Hatoyama"]

GOLD = dict(
    published="2009-10-10",
    furniture=[
        "Briefing on the Outcome of the Second Korea-China-Japan Trilateral Summit\nOffice of the President (Cheong Wa Dae), Republic of Korea\nSaturday, October 10, 2009\nBriefer: Deputy Spokesperson Cho Min-seo",
        "[Opening remarks]",
        "1. Documents",
        "2. Projects agreed",
        "3. Next year",
        "4. North Korea",
        "[Questions and answers]",
        "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "President Lee", "The President", "the President"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Premier Wen"],
        "Yukio Hatoyama": ["Japanese Prime Minister Yukio Hatoyama", "Prime Minister Hatoyama", "The Prime Minister"],
        "Taro Aso": [],
        "Cho Min-seo": ["Deputy Spokesperson Cho Min-seo"],
    },
    quotes=[
        ("open to any idea that strengthens cooperation", "partial", "Lee Myung-bak", "said"),
    ],
    statements=[
        (SHARED, ALL3, "shared the view"),
        ("Premier Wen explained the results", ["Wen Jiabao"], "explained"),
        ("President Lee stressed that the", ["Lee Myung-bak"], "stressed"),
        (("The Prime Minister raised it in general terms.", "The Prime Minister raised it in general terms."), ["Yukio Hatoyama"], "raised"),
        ("The President said Korea was", ["Lee Myung-bak"], "said"),
    ],
    timexes=[
        ("Saturday, October 10, 2009", "2009-10-10", None),
        ("Beijing [[this morning]]", "2009-10-10TMO", None),
        ("about two hours", "PT2H", "APPROX"),
        ("began in [[1999]]", "1999", None),
        ("3. [[Next year]]", "2010", None),
        ("summit [[next year]]", "2010", None),
        ("Fukuoka [[last December]]", "2008-12", None),
        ("Pyongyang [[earlier this month]]", "2009-10", None),
        ("New York [[last month]]", "2009-09", None),
        ("only [[yesterday]]", "2009-10-09", None),
        ("later this month", "2009-10", None),
        ("meet again [[this year]]", "2009", None),
    ],
    summits=[
        dict(date="2009-10-10", place="Beijing", country="CN", participants=ALL3, kind="trilateral", ordinal=2,
             status="held", occasion=None, evidence=[HELD, CHAIR, SHARED]),
        dict(date="2009-10-09", place="Seoul", country="KR", participants=["Lee Myung-bak", "Yukio Hatoyama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2010", place=None, country="KR", participants=ALL3, kind="trilateral", ordinal=3,
             status="planned", occasion=None, evidence=[HOST]),
        dict(date="2008-12", place="Fukuoka", country="JP", participants=["Lee Myung-bak", "Wen Jiabao", "Taro Aso"], kind="trilateral", ordinal=1,
             status="held", occasion=None, evidence=[HOST]),
    ],
    agreements=[
        dict(title="joint statement marking the 10th anniversary of Korea-China-Japan cooperation", kind="joint-statement", date="2009-10-10",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[JS1]),
        dict(title="joint statement on sustainable development", kind="joint-statement", date="2009-10-10",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[JS2]),
        dict(title="open a Korea-China-Japan cyber secretariat", kind="commitment", date="2009-10-10",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[CYBER]),
        dict(title="expand exchanges among university students and young artists", kind="commitment", date="2009-10-10",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[CYBER]),
        dict(title="launch the first Korea-China-Japan business summit in Beijing", kind="commitment", date="2009-10-10",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[BIZ]),
        dict(title="hold the next trilateral foreign ministers' meeting in Korea", kind="commitment", date="2009-10-10",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[FM]),
        dict(title="rotation of the trilateral summit agreed in Fukuoka", kind="commitment", date="2008-12",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[HOST]),
    ],
    notes=[
        "Invented briefing in the style of the South Korean presidential office (Cheong Wa Dae); the deputy spokesperson Cho Min-seo is invented, as are all answers, the exchange of words over lunch and Lee's quoted phrase. Title block, section headings, Q&A label and '(End)' are furniture; the date line and the heading 'Next year' are annotated.",
        "Facts checked on stored pages: 17cwd.eng.pa.go.kr uno=1861 (Cheong Wa Dae: Lee met Wen and Hatoyama in Beijing for the second trilateral on Saturday 10 October; joint statement on the 10th anniversary, first three-way talks in 1999; joint statement on sustainable development; cyber office, youth exchanges, first business summit in Beijing, next foreign ministers' meeting in Korea); theworldtomorrow.wikileaks.org 09TOKYO2439 (about two hours; Wen's trip to Pyongyang; Hatoyama raised the East Asian Community in general terms); japan.kantei.go.jp/hatoyama/statement/200910/10JCKkyoudou_e.html (Wen convened and chaired); 17cwd uno=1859 (Lee-Hatoyama summit at Cheong Wa Dae on 9 October; grand bargain presented during the September U.S. visit); chinadaily 2009-10-10 (leaders to attend meetings in Thailand later this month); japan.kantei.go.jp/asospeech/2008/12/13kaiken_e.html (rotation agreed in Fukuoka, December 2008). Korea hosting the third summit in 2010 is confirmed by the Jeju pages (17cwd uno=3313).",
        "Summits (4): Beijing trilateral (ordinal 2), Seoul Lee-Hatoyama 'yesterday', planned third trilateral in Korea next year (ordinal 3), Fukuoka December 2008 (ordinal 1). Not summits: the negated separate Beijing meeting, 'a few words over lunch', the ASEAN-related meetings in Thailand (multilateral), Wen's Pyongyang visit (no meeting named).",
        "Agreements (7): two joint statements ('adopted', status agreed); four commitments split by course of action (the cyber secretariat and the exchanges come from one sentence); the Fukuoka rotation (referenced). The grand bargain is Lee's own proposal to the six parties, not a proposal by one side to the other here.",
        "Timexes: 'this morning' = 2009-10-10TMO; 'earlier this month' and 'later this month' = 2009-10; 'at this point' is not annotated.",
    ],
)
