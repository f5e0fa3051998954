# ruff: noqa: E501
LEDE = "Foreign Minister Kang Kyung-wha on Tuesday handed"
CALL = "During a courtesy call of about 20 minutes"
ABE = "He also said he looked forward to welcoming Moon"
COMM = "The two ministers agreed to step up communication"
PYC = "Kang asked Tokyo to positively consider a visit by Abe"
KONO = "Kono said the government would look into the possibility"
TF = "Kang also briefed Kono on the work of the task force"
FINAL = "Tokyo has said repeatedly that the agreement settled"
STEADY = "A Japanese Foreign Ministry official said Kono had reiterated"
UNESCO = "The two ministers also agreed to hold talks on Japan's follow-up"
VLAD = "Moon and Abe last held one-on-one talks in Vladivostok"
XI = "Moon returned last week from a state visit to China"

GOLD = dict(
    published="2017-12-20",
    furniture=[
        "NATIONAL > DIPLOMACY",
        "Kang brings Olympic invitation to Abe, agrees with Kono to push for three-way summit",
        "Kang Kyung-wha's first trip to Tokyo as foreign minister comes a week before a task force delivers its verdict on the 2015 'comfort women' deal",
        "By Yoo Seon-ah\nPublished: Dec. 20, 2017 - 07:15 | Updated: Dec. 20, 2017 - 10:02",
        "[[TOKYO - ]]Foreign Minister",
        "Related Articles\nMoon, Xi agree to restore exchanges after missile shield row\nTask force to unveil findings on 'comfort women' deal next week",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kang Kyung-wha": ["Foreign Minister Kang Kyung-wha", "Kang"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe", "He"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "the president"],
        "Taro Kono": ["Foreign Minister Taro Kono", "Kono", "Minister Kono"],
        "Li Keqiang": [],
        "Xi Jinping": ["President Xi Jinping"],
        "Government of Japan": ["Tokyo"],
        "Japanese Foreign Ministry": ["A Japanese Foreign Ministry official"],
        "Ministry of Foreign Affairs (South Korea)": ["the ministry", "her ministry"],
    },
    quotes=[
        ("I told Minister Kono that we want to manage", "direct", "Kang Kyung-wha", "told reporters"),
        ("That is the spirit the president has asked for", "direct", "Kang Kyung-wha", None),
        ("finally and irreversibly", "partial", "Government of Japan", "has said"),
        ("steadily", "partial", "Taro Kono", "urging"),
    ],
    statements=[
        (CALL, ["Kang Kyung-wha", "Moon Jae-in"], "conveyed"),
        ("Abe replied that maximum pressure", ["Shinzo Abe"], "replied"),
        (ABE, ["Shinzo Abe"], "said"),
        (COMM, ["Kang Kyung-wha", "Taro Kono"], "agreed"),
        (PYC, ["Kang Kyung-wha"], "asked"),
        (KONO, ["Taro Kono"], "said"),
        (TF, ["Kang Kyung-wha"], "briefed"),
        (FINAL, ["Government of Japan"], "has said"),
        (STEADY, ["Japanese Foreign Ministry", "Taro Kono"], "said"),
        (UNESCO, ["Kang Kyung-wha", "Taro Kono", "Ministry of Foreign Affairs (South Korea)"], "agreed"),
    ],
    timexes=[
        ("a week before", "2017-12-20", None),
        ("verdict on the [[2015]] 'comfort women' deal", "2015", None),
        ("Dec. 20, 2017 - 07:15", "2017-12-20T07:15", None),
        ("Dec. 20, 2017 - 10:02", "2017-12-20T10:02", None),
        ("Kang Kyung-wha [[on Tuesday]] handed", "2017-12-19", None),
        ("review of the [[2015]] agreement", "2015", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("and that [[2018]], the 20th", "2018", None),
        ("Japan is to host [[next year]]", "2018", None),
        ("Earlier in the day", "2017-12-19", None),
        ("a year and four months", "P1Y4M", None),
        ("the near future", "FUTURE_REF", None),
        ("how the [[2015]] deal was negotiated", "2015", None),
        ("before the end of the month", "2017-12", "END"),
        ("follow-up to the [[2015]] UNESCO", "2015", None),
        ("office in [[June]]", "2017-06", None),
        ("Vladivostok [[in September]]", "2017-09", None),
        ("two months after", "2017-09", None),
        ("returned [[last week]]", "2017-W50", None),
        ("deal [[next week]]", "2017-W52", None),
    ],
    summits=[
        dict(date="2017-09", place="Vladivostok", country="RU", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the Eastern Economic Forum", evidence=[VLAD]),
        dict(date="2017-07", place="Hamburg", country="DE", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=1, status="held", occasion="G20", evidence=[VLAD]),
        dict(date="2017-12", place=None, country="CN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[XI]),
        dict(date="2018", place=None, country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[ABE, COMM]),
    ],
    agreements=[
        dict(title="step up communication at various levels", kind="commitment", date="2017-12-19",
             parties=["JP", "KR"], status="agreed", evidence=[COMM]),
        dict(title="further expand bilateral cooperation", kind="commitment", date="2017-12-19",
             parties=["JP", "KR"], status="agreed", evidence=[COMM]),
        dict(title="work closely together to hold the Japan-hosted Korea-Japan-China summit as soon as possible", kind="commitment",
             date="2017-12-19", parties=["JP", "KR"], status="agreed", evidence=[COMM]),
        dict(title="Abe's visit to Korea during the PyeongChang Olympics (Moon's invitation, Kang's request)", kind="commitment",
             date="2017-12-19", parties=["JP", "KR"], status="proposed", evidence=[LEDE, PYC]),
        dict(title="consult on arranging Kono's visit to Seoul (Kono's proposal)", kind="commitment",
             date="2017-12-19", parties=["JP", "KR"], status="proposed", evidence=[KONO]),
        dict(title="hold talks on the follow-up to the UNESCO listing of the industrial heritage sites", kind="commitment",
             date="2017-12-19", parties=["JP", "KR"], status="agreed", evidence=[UNESCO]),
        dict(title="the 2015 agreement on wartime sexual slavery", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[LEDE, TF, FINAL, STEADY]),
        dict(title="the Kim Dae-jung-Obuchi joint declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[CALL]),
    ],
    notes=[
        "Invented Seoul English-language daily story (the reporter is fictional; rubric, headline, deck, byline/stamp line, the dateline prefix and the related-articles block are furniture; the stamps and deck timexes are annotated). Kang's two direct quotes are invented wording (the second continues the first, cue null); the Japanese official's account of Kono's reiteration and 'steadily' are invented; 'finally and irreversibly' is the 2015 agreement's wording, attributed to Tokyo, which repeatedly cites it.",
        "Facts checked on stored pages: korea.net articleId 152327 (Kang met Abe in Tokyo on Dec. 19; Moon's message on overcoming past issues through dialogue and the 20th anniversary of the 1998 declaration in 2018; Abe on maximum pressure, success of PyeongChang, looking forward to seeing Moon at the trilateral summit to be held next in Japan); rki.kbs.co.kr Seq_Code 58985 (about 20 minutes; Moon's invitation to PyeongChang delivered; Kang explained the task force on the comfort women agreement; meeting on the UNESCO industrial sites including Hashima); mofa.go.kr seq=319593 (Kang-Kono on Dec. 19; agreed to step up communication at various levels and expand cooperation; Kang asked Japan to positively consider Abe's visit during the Games; Kono to mull it and suggested consultations on his own visit; agreed to work closely to hold the Japan-hosted summit as soon as possible); world.kbs.co.kr Seq_Code 66203 (first visit since Yun in August 2016, one year four months; all four powers visited; report expected within the year); kmib.co.kr (arrival at Haneda on the 19th). From the other corpora's titles and general knowledge: Hamburg (July 2017) and Vladivostok (September 2017) meetings, Moon's state visit to China and talks with Xi (14 December 2017), the task force report of 27 December 2017, the 2015 UNESCO listing, Kang taking office in June 2017.",
        "Summits (4): Vladivostok (last one-on-one talks), Hamburg ('their first summit', ordinal 1), Moon-Xi (state visit 'last week'; place not named in the text, country CN; date 2017-12), the planned Japan-hosted trilateral ('next year'; participants from the public record: Li Keqiang). Not summits: Kang's courtesy call on Abe, the foreign ministers' meeting, Abe's possible Olympic visit (a request, not arranged).",
        "Agreements (8): two commitments split from 'step up communication ... and to further expand bilateral cooperation', the trilateral summit commitment, the UNESCO talks, two proposals (the Olympic visit requested by Kang on Moon's invitation; Kono's proposal to consult on his own visit), the 2015 agreement and the 1998 declaration (referenced). Not agreements: Abe's call for maximum pressure (a position), the task force (unilateral).",
        "Timexes: 'a week before' in the deck takes the date it points to (unseen16 convention): a week before the report of 27 December, so 2017-12-20 (the report date is from general knowledge; debatable); 'two months after' their first summit = 2017-09; 'the near future' = FUTURE_REF; 'last week' = 2017-W50; 'next week' in the related line = 2017-W52; 'before the end of the month' = 2017-12 END;.",
    ],
)
