# ruff: noqa: E501
KYOTO = "Lee and Noda last held a formal summit in Kyoto"
BEIJING = "They also sat down together in Beijing in May"
ICJ = "Tokyo responded by proposing that the two countries take"
SWAP = "They let the expanded part of their currency swap arrangements lapse"
SWAP2 = "Lee and then Prime Minister Yoshihiko Noda had agreed in Seoul"
PACT = "A military intelligence-sharing pact collapsed in June"

GOLD = dict(
    published="2012-12-28",
    furniture=[
        "Park to receive Abe's envoys on Jan. 4 after declining pre-inauguration visit\n"
        "The Namsan Post | Published: Dec. 28, 2012, 15:40 | Updated: Dec. 28, 2012, 19:05\n"
        "By Choi Eun-seo",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President-elect Park Geun-hye", "Park", "her"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Fukushiro Nukaga": ["former Finance Minister Fukushiro Nukaga"],
        "Cho Yoon-sun": ["Spokeswoman Cho Yoon-sun", "her spokeswoman", "Cho"],
        "Koro Bessho": ["Japanese Ambassador Koro Bessho"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["then Prime Minister Yoshihiko Noda", "Noda"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Junichiro Koizumi": ["then Prime Minister Junichiro Koizumi"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("The president-elect believes relations with Japan", "direct", "Cho Yoon-sun", "told reporters"),
    ],
    statements=[
        ("President-elect Park Geun-hye will meet a delegation", ["Cho Yoon-sun"], "said"),
        ("The four-member group, led by", [None], "suggested"),
        ("Spokeswoman Cho Yoon-sun said Park had answered", ["Cho Yoon-sun"], "said"),
        (ICJ, ["Government of Japan"], "proposing"),
        ("A Japanese diplomat in Seoul said Tokyo hoped", [None], "said"),
    ],
    timexes=[
        ("Published: [[Dec. 28, 2012, 15:40]]", "2012-12-28T15:40", None),
        ("Updated: [[Dec. 28, 2012, 19:05]]", "2012-12-28T19:05", None),
        ("Shinzo Abe on [[Jan. 4]]", "2013-01-04", None),
        ("spokeswoman said [[Friday]]", "2012-12-28", None),
        ("this year's", "2012", None),
        ("last weekend", "2012-W51-WE", None),
        ("on Wednesday", "2012-12-26", None),
        ("on Thursday", "2012-12-27", None),
        ("Dec. 20", "2012-12-20", None),
        ("the day after", "2012-12-20", None),
        ("Dec. 16", "2012-12-16", None),
        ("in August", "2012-08", None),
        ("lapse [[in October]]", "2012-10", None),
        ("October last year", "2011-10", None),
        ("collapsed [[in June]]", "2012-06", None),
        ("less than an hour", "PT1H", "LESS_THAN"),
        ("a year ago this month", "2011-12", None),
        ("Beijing [[in May]]", "2012-05", None),
        ("Vladivostok [[in September]]", "2012-09", None),
        ("Japan [[in 2006]]", "2006", None),
        ("Feb. 25", "2013-02-25", None),
    ],
    summits=[
        dict(date="2011-12", place="Kyoto", country="JP", participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KYOTO]),
        dict(date="2012-05", place="Beijing", country="CN", participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="sidelines", ordinal=None, status="held", occasion="Japan-China-South Korea trilateral summit", evidence=[BEIJING]),
        dict(date="2012-05", place="Beijing", country="CN", participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[BEIJING]),
    ],
    agreements=[
        dict(title="jointly refer the islets dispute to the International Court of Justice (Tokyo's proposal)",
             kind="commitment", date="2012-08", parties=["JP", "KR"], status="proposed", evidence=[ICJ]),
        dict(title="expansion of the currency swap arrangements to $70 billion", kind="mou", date="2011-10",
             parties=["JP", "KR"], status="referenced", evidence=[SWAP, SWAP2]),
        dict(title="military intelligence-sharing pact (collapsed before signing)", kind="treaty", date="2012-06",
             parties=["JP", "KR"], status="referenced", evidence=[PACT]),
    ],
    notes=[
        "Invented Seoul daily story (outlet 'The Namsan Post' and reporter invented; headline, stamp line and byline are furniture; both stamps are annotated). Cho's quote, the update time and the Japanese diplomat's remark are invented.",
        "Real background, checked on stored pages: koreaherald.com ud=20121228000734 (Park to meet Abe's envoys on 4 January, said spokeswoman Cho Yoon-sun on Friday; request delivered by Ambassador Koro Bessho on 20 December; Park replied to Abe's congratulatory letter on Thursday; four-member delegation led by Nukaga turned down the previous weekend and asked to wait until after Abe's inauguration on Wednesday); arirang.co.kr 2012-12-21 and taipeitimes 2012-12-22 (Nukaga as envoy; Takeshima Day upgrade put off; Lee's Dokdo visit in August; swap and near-miss on the intelligence deal); usa.chinadaily/AFP 2012-12-22 (Abe likely to visit in February if invited to the inauguration); upi.com 2012-12-20 (Park won on Wednesday 19 December; inauguration on 25 February); cigs.canon (Park's 2006 visit to Japan and meeting with Koizumi). From the titles of other corpora and general knowledge: Japan's ICJ proposal (August 2012), the $70 billion swap agreed by Lee and Noda in Seoul in October 2011 and the lapse of its expanded part in October 2012, the June 2012 intelligence pact postponed an hour before signing, the Kyoto summit of December 2011, the Beijing trilateral and Lee-Noda talks of May 2012, the standing conversation at APEC Vladivostok in September 2012.",
        "Summits (3): Kyoto December 2011, Beijing May 2012 (Lee-Noda on the sidelines, and the three-way summit with Wen Jiabao). Not summits: the Vladivostok 'conversation on their feet', Park's meeting with envoys, Park's 2006 call on Koizumi (she was not a leader), a Park visit to Japan or Abe at the inauguration (hoped-for, conditional).",
        "Agreements (3): Tokyo's ICJ proposal (a joint course of action proposed to Seoul, commitment, proposed), the swap expansion (mou, referenced), the intelligence-sharing pact that collapsed before signing (treaty, referenced, debatable). Not agreements: the shelving of the Takeshima Day upgrade (unilateral), Park's reply letter.",
        "Timexes: 'last weekend' = 2012-W51-WE; 'the day after Park won' = 2012-12-20 (the date it points to); 'a year ago this month' = 2011-12; 'Feb. 25' (future inauguration) = 2013-02-25; 'in years' not annotated.",
    ],
)
