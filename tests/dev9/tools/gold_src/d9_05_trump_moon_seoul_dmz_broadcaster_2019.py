# ruff: noqa: E501
ANCHOR = "U.S. President Donald Trump and North Korean leader Kim Jong-un met at the truce village"
SAT = "Trump and Moon sat down at Cheong Wa Dae"
PRESS = "At a joint news conference afterward, Moon announced"
HAND = "At about 3:40 p.m., Trump and Kim shook hands"
TALKS = "Trump and Kim then held talks for 53 minutes"
THIRD = "It was their third meeting"
TEAMS = "Trump told reporters afterward that the two sides had agreed"
HANOI = "The Hanoi summit broke down"
OSAKA = "Trump arrived in Seoul on Saturday evening"
MOONXI = "Moon had met Xi in Osaka on Thursday"
CWD = "At the Cheong Wa Dae news conference, Trump said"
G20 = "G20"

GOLD = dict(
    published="2019-06-30",
    furniture=[
        "Trump, Kim Meet at Panmunjom Hours After Seoul Summit; Moon Joins Briefly\n"
        "Written: 2019-06-30 21:47:12 Updated: 2019-06-30 23:05:40\n"
        "[Photo : KBN News]\n"
        "Anchor: ",
        "Report: ",
        "Kang Min-jae, KBN News.\n\nRelated News\n- [Analysis] What the DMZ handshake means for the nuclear talks\n"
        "- Moon, Abe exchange 8-second handshake in Osaka",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Kim Jong-un": ["North Korean leader Kim Jong-un", "Kim"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "He"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
    },
    quotes=[
        ("a historic moment", "partial", "Moon Jae-in", "calling"),
        ("and say Hello.", "partial", "Donald Trump", "saying"),
        ("over the next two or three weeks.", "partial", "Donald Trump", "told reporters"),
        ("come later", "partial", "Moon Jae-in", "told reporters"),
        ("get along.", "partial", "Donald Trump", "said"),
    ],
    statements=[
        (PRESS, ["Moon Jae-in"], "announced"),
        ("Trump had floated the idea in a tweet", ["Donald Trump"], "saying"),
        (TEAMS, ["Donald Trump"], "told reporters"),
        ("He told reporters earlier that his own dialogue", ["Moon Jae-in"], "told reporters"),
        (CWD, ["Donald Trump"], "said"),
        ("Moon, for his part, said the three countries", ["Moon Jae-in"], "said"),
    ],
    timexes=[
        ("2019-06-30 21:47:12", "2019-06-30T21:47:12", None),
        ("2019-06-30 23:05:40", "2019-06-30T23:05:40", None),
        ("Sunday afternoon", "2019-06-30TAF", None),
        ("around 1 p.m.", "2019-06-30T13:00", "APPROX"),
        ("roughly 80 minutes", "PT80M", "APPROX"),
        ("Saturday morning", "2019-06-29TMO", None),
        ("about 3:40 p.m.", "2019-06-30T15:40", "APPROX"),
        ("53 minutes", "PT53M", None),
        ("June last year", "2018-06", None),
        ("Hanoi in [[February]]", "2019-02", None),
        ("and that [[Sunday]] belonged", "2019-06-30", None),
        ("Saturday evening", "2019-06-29TEV", None),
        ("Abe [[on Friday]]", "2019-06-28", None),
        ("Xi Jinping [[on Saturday]]", "2019-06-29", None),
        ("Osaka [[on Thursday]]", "2019-06-27", None),
        ("two-day", "P2D", None),
        ("Sunday evening", "2019-06-30TEV", None),
    ],
    summits=[
        dict(date="2019-06-30", place="Seoul", country="KR", participants=["Donald Trump", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ANCHOR, SAT, PRESS, CWD]),
        dict(date="2019-06-30", place="Panmunjom", country="KR", participants=["Donald Trump", "Kim Jong-un"],
             kind="bilateral", ordinal=3, status="held", occasion=None, evidence=[ANCHOR, HAND, TALKS, THIRD, TEAMS]),
        dict(date="2018-06", place="Singapore", country="SG", participants=["Donald Trump", "Kim Jong-un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[THIRD]),
        dict(date="2019-02", place="Hanoi", country="VN", participants=["Donald Trump", "Kim Jong-un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[THIRD, HANOI]),
        dict(date="2019-06-28", place="Osaka", country="JP", participants=["Donald Trump", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion=G20, evidence=[OSAKA]),
        dict(date="2019-06-29", place="Osaka", country="JP", participants=["Donald Trump", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion=G20, evidence=[OSAKA]),
        dict(date="2019-06-27", place="Osaka", country="JP", participants=["Moon Jae-in", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion=G20, evidence=[MOONXI]),
    ],
    agreements=[
        dict(title="resume working-level talks within two or three weeks", kind="commitment", date="2019-06-30",
             parties=["KP", "US"], status="agreed", evidence=[TEAMS]),
        dict(title="Singapore joint statement", kind="joint-statement", date="2018-06-12",
             parties=["KP", "US"], status="referenced", evidence=[HANOI]),
    ],
    notes=[
        "Invented South Korean broadcaster web story (broadcaster 'KBN' and reporter Kang Min-jae are fictional). Headline, 'Written: / Updated:' stamp, photo credit, the 'Anchor:' and 'Report:' labels, the sign-off and the related-news block are furniture; the stamps are annotated. Quotes are short fragments: 'and say Hello' is from Trump's tweet, 'a historic moment' and 'come later' reword Moon's reported words, 'over the next two or three weeks' and 'get along' are invented wording for Trump. Invented details: the summit's start time and length ('around 1 p.m.', 'roughly 80 minutes').",
        "Real background, checked on stored pages: panpacificagency.com and wefornews.com (Yonhap, 2019-06-30: Moon announced after the summit at Cheong Wa Dae that Trump and Kim would meet at Panmunjom; Moon's dialogue with Kim 'at a later time'); blackrepublican.blogspot.com (AP: handshake around 2:40 a.m. ET, i.e. 3:40 p.m. in Seoul; Trump stepped into the North; talks at Freedom House); en.nhandan.org.vn (third Trump-Kim meeting; Singapore last June); visir.is (Trump's tweet of June 28 U.S. time; Singapore 12 June 2018 and Hanoi 27-28 February 2019); m-en.yna.co.kr AEN20190630001300315 (Trump and Moon to visit the DMZ together). From general knowledge: the 53-minute Trump-Kim talks and the agreement on working-level teams, the Abe-Trump (28 June), Trump-Xi (29 June) and Moon-Xi (27 June) meetings in Osaka, Trump's arrival on Saturday evening and departure from Osan, Moon's and Abe's lack of formal talks at the G20.",
        "Summits (7): Trump-Moon (held in Seoul), Trump-Kim at Panmunjom ('their third meeting': ordinal 3; Kim counted as a leader, as dev8 did for the planned DMZ meeting), Singapore and Hanoi as background (ordinals not stated: null), Trump-Abe, Trump-Xi and Moon-Xi in Osaka (sidelines of the G20). Not summits: the brief three-way moment when Moon joined Trump and Kim on the southern side (standing together, no talks), Moon-Abe ('no formal talks', 'little more than a handshake'), a future Moon-Kim dialogue (no date).",
        "Agreements (2): the Trump-Kim course on working-level talks; the Singapore joint statement (referenced; date from the public record). Not agreements: Moon's statement that the three countries would keep working together (one side's words), Trump's hope that Seoul and Tokyo 'get along', the court rulings.",
        "Timexes: 'the next two or three weeks' (inside a quote) has no single value and is not annotated; 'on the eve of the G20 meetings' is not annotated (the day is given by 'on Thursday'); 'Sunday belonged to' = 2019-06-30; 'June last year' = 2018-06.",
    ],
)
