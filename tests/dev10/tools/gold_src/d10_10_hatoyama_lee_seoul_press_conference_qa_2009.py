# ruff: noqa: E501
FIRSTTRIP = "This is the Prime Minister's first trip abroad for bilateral talks"
JUNE = "I first met Mr. Hatoyama in June this year"
TODAY = "Today's meeting has made our relationship"
MORNING = "In our talks this morning"
UNSC = "Our two countries will faithfully implement"
GB = "We also agreed to pursue the"
SME = "We agreed to promote economic cooperation"
TOMORROW = "Tomorrow the President and I will travel to Beijing"
AGAIN = "We will talk about it again in Beijing tomorrow"
BOTH = ["Lee Myung-bak", "Yukio Hatoyama"]

GOLD = dict(
    published="2009-10-09",
    furniture=[
        "Joint Press Conference by Prime Minister Yukio Hatoyama of Japan and President Lee Myung-bak of the Republic of Korea\n\nFriday, October 9, 2009\n[Provisional Translation]",
        "Note: The remarks by President Lee and the questions from Korean journalists have been translated into English from the Japanese interpretation and may vary slightly from the original Korean.",
        "[Opening statement by President Lee Myung-bak]",
        "[Opening statement by Prime Minister Yukio Hatoyama]",
        "[Questions and answers]",
        "Q (KBN): ",
        "PRIME MINISTER HATOYAMA: ",
        "Q (Tokai Television): ",
        "PRESIDENT LEE: ",
        "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "President Lee", "PRESIDENT LEE", "the President", "Mr. President"],
        "Yukio Hatoyama": ["Prime Minister Yukio Hatoyama", "Mr. Hatoyama", "PRIME MINISTER HATOYAMA", "the Prime Minister", "Mr. Prime Minister"],
        "Wen Jiabao": ["Premier Wen Jiabao"],
    },
    quotes=[],
    statements=[],
    timexes=[
        ("Friday, October 9, 2009", "2009-10-09", None),
        ("June this year", "2009-06", None),
        ("New York [[last month]]", "2009-09", None),
        ("[[Today]]'s meeting", "2009-10-09", None),
        ("talks [[this morning]]", "2009-10-09TMO", None),
        ("[[Tomorrow]] the President", "2009-10-10", None),
        ("visit Korea [[next year]]", "2010", None),
        ("Beijing [[tomorrow]], in", "2009-10-10", None),
        ("the [[1998]] Korea-Japan", "1998", None),
    ],
    summits=[
        dict(date="2009-10-09", place="Seoul", country="KR", participants=BOTH, kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIRSTTRIP, TODAY, MORNING]),
        dict(date="2009-09", place="New York", country="US", participants=BOTH, kind="sidelines", ordinal=1,
             status="held", occasion="UN General Assembly", evidence=[JUNE]),
        dict(date="2009-10-10", place="Beijing", country="CN", participants=["Lee Myung-bak", "Yukio Hatoyama", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[TOMORROW, AGAIN]),
    ],
    agreements=[
        dict(title="faithfully implement the relevant UN Security Council resolutions", kind="commitment", date="2009-10-09",
             parties=["JP", "KR"], status="agreed", evidence=[UNSC]),
        dict(title="cooperate closely so that North Korea returns to the six-party talks early", kind="commitment", date="2009-10-09",
             parties=["JP", "KR"], status="agreed", evidence=[UNSC]),
        dict(title="pursue the grand bargain through consultations among the six-party members", kind="commitment", date="2009-10-09",
             parties=["JP", "KR"], status="agreed", evidence=[GB]),
        dict(title="promote economic cooperation between small and medium-sized companies", kind="commitment", date="2009-10-09",
             parties=["JP", "KR"], status="agreed", evidence=[SME]),
        dict(title="expand exchanges in the economic and cultural fields", kind="commitment", date="2009-10-09",
             parties=["JP", "KR"], status="agreed", evidence=[SME]),
        dict(title="1998 Korea-Japan joint declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[AGAIN]),
    ],
    notes=[
        "Invented transcript in the style of a Japanese Prime Minister's Office joint press conference (provisional translation); not a real document. The outlets 'KBN' and 'Tokai Television' are invented; all remarks are invented wording modelled on the leaders' reported remarks. Title block with the date line, the translation note, section labels, speaker labels and '(End)' are furniture; the date line is annotated.",
        "Facts checked on stored pages: worldjpn.net 20091009.O1E (joint press conference of 9 October 2009; the Prime Minister's first overseas trip on a bilateral basis; Lee met Hatoyama in June before he became Prime Minister; cooperation 'intimate'); 17cwd.eng.pa.go.kr uno=1859 (summit at Cheong Wa Dae on Friday 9 October in the morning; North Korea's complete change of attitude; abide by the UN resolution and cooperate for an early return to the six-party talks; the grand bargain through close consultations among the six-party members); 17cwd uno=1815 (Lee met Hatoyama in New York on Wednesday 23 September); kantei.go.jp/jp/hatoyama/actions/200910/09korea.html (SME and private economic cooperation, exchanges in economy and culture; 'near and close' countries; East Asian community); marcosalas.blogspot.com (Korea Times 2009-10-01: Lee's proposal that the Emperor visit next year; trilateral in Beijing the following day with Wen); oananews.org/node/81840 ('courage' to face history). The UN General Assembly as the occasion of the New York meeting comes from the Korea Times excerpt on marcosalas.blogspot.com.",
        "Summits (3): Seoul 9 October ('Today's meeting', 'our talks this morning'), New York September ('our first summit', ordinal 1, UN General Assembly sidelines), the planned Beijing trilateral 'tomorrow'. Not a summit: Lee's June meeting with Hatoyama before he became Prime Minister.",
        "Agreements (6): five JP-KR commitments (two pairs split from single sentences: UN resolutions / six-party return; SME cooperation / exchanges) and the 1998 joint declaration (referenced). 'We agreed that North Korea must completely change its attitude' is a shared view, not a course of action. The suggested visit by the Emperor is not a joint course of action and gets no record. 'grand bargain' is a policy name in quotation marks, not a quote.",
        "Statements: none annotated. In a transcript the speakers speak in their own voice; there is no reported speech of an identified source.",
    ],
)
