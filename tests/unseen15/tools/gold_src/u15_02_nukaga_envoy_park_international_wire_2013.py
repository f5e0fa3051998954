# ruff: noqa: E501
KYOTO = "Ties between the two U.S. allies began to sour in December 2011"
ICJ = "Tokyo withdrew its ambassador from Seoul for nearly two weeks"
SWAP = "A currency swap arrangement that Lee and Noda had agreed"
VISIT = "Nukaga said he had urged Park to visit Japan"

GOLD = dict(
    published="2013-01-04",
    furniture=[
        "Abe envoy brings letter to South Korea's Park as neighbours seek reset after islets row\n"
        "4 January 2013 - 10:12 GMT\n"
        "By Ines Calderwood",
        "RELATIONS IN A DEEP FREEZE",
        "(Reporting by Ines Calderwood; additional reporting by Taro Mikami in Tokyo; editing by Paul Redfern)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe", "the prime minister", "the new Japanese leader"],
        "Park Geun-hye": ["South Korea's president-elect Park Geun-hye", "Park", "she", "the president-elect"],
        "Fukushiro Nukaga": ["Fukushiro Nukaga", "Nukaga", "the envoy"],
        "Cho Yoon-sun": ["Her spokeswoman, Cho Yoon-sun", "Cho Yoon-sun"],
        "Lee Myung-bak": ["outgoing President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Abe's predecessor Yoshihiko Noda", "Noda"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Hanna Vogt": ["Hanna Vogt"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("The prime minister regards Japan's ties", "direct", "Fukushiro Nukaga", "told reporters"),
        ("frank but friendly", "partial", "Cho Yoon-sun", "described"),
        ("Both leaders have an interest in a quiet start", "direct", "Hanna Vogt", "said"),
        ("The real test comes the first time", "direct", "Hanna Vogt", None),
    ],
    statements=[
        ("Park told the envoy she wanted to rebuild", ["Park Geun-hye", "Fukushiro Nukaga"], "told"),
        ("Her spokeswoman, Cho Yoon-sun, described", ["Cho Yoon-sun"], "described"),
        (VISIT, ["Fukushiro Nukaga"], "said"),
        ("No date was discussed, a member of her transition team said.", [None], "said"),
        ("Park, who takes office on Feb. 25, turned down", ["Park Geun-hye"], "asked"),
        ("During the campaign Abe had talked of revisiting", ["Shinzo Abe"], "talked of"),
        ("Since the election he has shelved the second", [None], "reported"),
        (KYOTO, ["Lee Myung-bak"], "press"),
        (ICJ, ["Government of Japan"], "proposed"),
        ("Japanese officials said the government had not yet decided", [None], "said"),
    ],
    timexes=[
        ("4 January 2013 - 10:12", "2013-01-04T10:12", None),
        ("Jan 4, 2013", "2013-01-04", None),
        ("on Friday", "2013-01-04", None),
        ("territorial quarrel [[last year]]", "2012", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("Feb. 25", "2013-02-25", None),
        ("Dec. 19", "2012-12-19", None),
        ("Dec. 26", "2012-12-26", None),
        ("ten days after", "2012-12-26", None),
        ("1993", "1993", None),
        ("December 2011", "2011-12", None),
        ("collapsed in [[August]]", "2012-08", None),
        ("nearly two weeks", "P2W", "APPROX"),
        ("October 2011", "2011-10", None),
        ("expired [[last October]]", "2012-10", None),
        ("last month", "2012-12", None),
        ("next month's", "2013-02", None),
    ],
    summits=[
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KYOTO]),
    ],
    agreements=[
        dict(title="visit to Japan by Park at an early date (urged by Abe's envoy)", kind="commitment",
             date="2013-01-04", parties=["JP", "KR"], status="proposed", evidence=[VISIT]),
        dict(title="joint referral of the islets dispute to the International Court of Justice",
             kind="commitment", date="2012-08", parties=["JP", "KR"], status="proposed", evidence=[ICJ]),
        dict(title="enlargement of the currency swap arrangement to $70 billion", kind="mou",
             date="2011-10", parties=["JP", "KR"], status="referenced", evidence=[SWAP]),
    ],
    notes=[
        "Invented international wire story (agency 'Caravel', reporters, editor, the academic and every quote invented, including the words given to Nukaga and Cho Yoon-sun; headline, stamp, byline, cross-head and credit line are furniture; the stamp is annotated). The length of the meeting (about 40 minutes) and the transition-team remark are invented.",
        "Real background, checked on stored pages: japantimes.co.jp 2013-01-05 (Kyodo: Nukaga met Park on Friday 4 January with a letter from Abe; LDP lawmakers Kawamura and Aisawa attended; Park wants good ties while facing the past; Nukaga urged her to visit Japan and she responded positively); koreatimes 2013-01-04 (delegation included Ambassador Koro Bessho; Park takes office on 25 February; Abe's campaign talk of the 1993 statement and Takeshima Day; Park's call with Obama after her 19 December election); koreaherald 2012-12-28 (Park turned down the envoy's first request citing her schedule and suggested a date after Abe's inauguration on Wednesday 26 December; spokesperson Cho Yoon-sun; Park replied to Abe's congratulatory letter); arirang 2012-12-21 (Abe put off plans to upgrade Takeshima Day); Taipei Times / Straits Times 2012-12-21/22 (currency swap, Lee's August visit). From general knowledge: LDP landslide on 16 December 2012; Kyoto summit December 2011; ambassador withdrawn 10-22 August 2012; ICJ proposal August 2012; swap enlarged to $70 billion in October 2011 and the extra lines expired in October 2012.",
        "Summits (1): Lee-Noda in Kyoto, December 2011. Not summits: Nukaga's meeting with Park (an envoy; Park is president-elect, not yet a head of state), Park's phone call with Obama, an undecided trip to the inauguration.",
        "Agreements (3): the urged visit to Japan (a proposal from Abe's envoy, recorded as proposed like unseen14's invitation, debatable since Park was not yet in office); the 2012 joint ICJ referral proposal; the 2011 swap enlargement (mou, referenced). Not agreements: the 1993 statement (unilateral), Takeshima Day plans.",
        "Timexes: 'ten days after his party swept a general election' = 26 December 2012 (X after takes the date it points to: the day Abe returned); 'nearly two weeks' = P2W with APPROX; 'in August' in a past-tense sentence = 2012-08. Not annotated: 'in years', 'in due course', 'since her election'.",
    ],
)
