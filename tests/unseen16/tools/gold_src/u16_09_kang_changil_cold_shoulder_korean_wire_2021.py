# ruff: noqa: E501
SETTLED = "Tokyo says all claims were settled under a 1965 agreement"
PHONE = "They spoke by phone in September"
CHENGDU = "Moon and then Prime Minister Shinzo Abe last held formal talks"

GOLD = dict(
    published="2021-03-09",
    furniture=[
        "(LEAD) S. Korean envoy still waiting for meeting with Japan's foreign minister\n"
        "KCN | 2021/03/09 16:05 KST\n"
        "(ATTN: ADDS foreign ministry comment in para 6, background in paras 8-10)\n"
        "By Han Seo-yeon",
        "TOKYO/SEOUL, March 9 (KCN) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kang Chang-il": ["South Korea's new ambassador to Japan, Kang Chang-il", "Kang", "He", "his"],
        "Toshimitsu Motegi": ["Foreign Minister Toshimitsu Motegi", "Motegi"],
        "Yoshihide Suga": ["Prime Minister Yoshihide Suga", "Suga"],
        "The Yomiuri Shimbun": ["The Yomiuri Shimbun"],
        "Nam Gwan-pyo": ["His predecessor, Nam Gwan-pyo"],
        "Taro Kono": ["then Foreign Minister Taro Kono"],
        "Ministry of Foreign Affairs of South Korea": ["Seoul's foreign ministry"],
        "Chung Eui-yong": ["Chung Eui-yong"],
        "Government of Japan": ["Tokyo"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["then Prime Minister Shinzo Abe"],
    },
    quotes=[
        ("acceptable", "partial", None, "reported"),
        ("effectively a measure", "partial", None, "calling"),
        ("The ambassador is ready to meet anyone", "direct", "Kang Chang-il", "told reporters"),
        ("An envoy who cannot knock on doors", "direct", "Kang Chang-il", None),
        ("in a manner befitting diplomatic practice.", "partial", "Ministry of Foreign Affairs of South Korea", "said"),
        ("finally and irreversibly", "partial", "Government of Japan", "says"),
    ],
    statements=[
        ("He has asked to pay a courtesy call on Motegi", ["Kang Chang-il", None], "said"),
        ("The Yomiuri Shimbun reported Monday", ["The Yomiuri Shimbun", "Government of Japan"], "reported"),
        ("A Japanese government source was quoted as calling", [None], "was quoted as calling"),
        ("Seoul's foreign ministry said it hoped", ["Ministry of Foreign Affairs of South Korea"], "said"),
        (SETTLED, ["Government of Japan"], "says"),
        (PHONE, ["Moon Jae-in", "Yoshihide Suga"], "agreed"),
        ("Japanese officials said no such meeting", [None], "said"),
    ],
    timexes=[
        ("2021/03/09 16:05 KST", "2021-03-09T16:05", None),
        ("TOKYO/SEOUL, [[March 9]]", "2021-03-09", None),
        ("nearly four weeks after", "2021-03", "APPROX"),
        ("Jan. 22", "2021-01-22", None),
        ("Feb. 12", "2021-02-12", None),
        ("two weeks", "P2W", None),
        ("reported [[Monday]]", "2021-03-08", None),
        ("four days after", "2019-05", None),
        ("May 2019", "2019-05", None),
        ("Tokyo [[on Tuesday]]", "2021-03-09", None),
        ("Feb. 9", "2021-02-09", None),
        ("Jan. 8", "2021-01-08", None),
        ("a [[1965]] agreement", "1965", None),
        ("the [[2015]] deal", "2015", None),
        ("phone in [[September]]", "2020-09", None),
        ("December 2019", "2019-12", None),
        ("Britain in [[June]]", "2021-06", None),
    ],
    summits=[
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[CHENGDU]),
    ],
    agreements=[
        dict(title="1965 agreement (claims settled)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[SETTLED]),
        dict(title="2015 deal on the comfort women", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[SETTLED]),
        dict(title="speed up talks on pending issues (Moon-Suga telephone call)", kind="commitment", date="2020-09",
             parties=["JP", "KR"], status="referenced", evidence=[PHONE]),
    ],
    notes=[
        "Invented Korean wire story (agency 'KCN', reporter invented; headline, stamp, ATTN line, byline, dateline prefix and '(END)' are furniture; stamp and dateline annotated). Kang's quotes and the press encounter 'on Tuesday' are invented; the foreign ministry's partial quote is invented; 'acceptable' and 'effectively a measure' echo the Yomiuri report.",
        "Real background, checked on stored pages: japannews.yomiuri 2021-03-08, english.hani.co.kr 2021-03-09 and koreaherald 2021-03-09 (Kang arrived on 22 January, started duties on 12 February after a two-week quarantine; no meeting with Motegi; Yomiuri reported on Monday that Tokyo would not meet him until Seoul offered an acceptable solution; 'effectively a measure'; Motegi had not spoken with Chung Eui-yong, in office since 9 February; Nam Gwan-pyo met Kono four days after arriving in May 2019; Kang headed the Korea-Japan Parliamentarians' Union); en.yna.co.kr 2021-05-21 (arrival at Narita on 22 January); rki/world.kbs.co.kr (January 2021 court ruling against the Japanese state; 1965 and 2015 positions). From general knowledge: the ruling date (8 January 2021) and 12 plaintiffs, the Moon-Suga call of 24 September 2020 and its pledge to speed up talks (the project's other corpora carry it), Chengdu (December 2019), South Korea's invitation to the G7 in Cornwall in June 2021.",
        "Summits (1): Moon-Abe in Chengdu, December 2019 (bilateral; the trilateral is not mentioned). Not summits: an ambassador's courtesy call, the Moon-Suga telephone call, 'have never met in person' (negated), a possible Moon-Suga meeting at the G7 ('no such meeting was under consideration').",
        "Agreements (3): the 1965 agreement (treaty, referenced), the 2015 deal (joint-statement, referenced, date 2015 as written), the telephone commitment to speed up talks (referenced, 2020-09). Not agreements: the court order.",
        "Timexes: 'nearly four weeks after formally starting work' points to about now (2021-03, APPROX); 'four days after arriving' points to May 2019; 'days after Suga took office' is vague and not annotated.",
    ],
)
