TREATY = "Foreign Minister Etsusaburo Shiina and his South Korean counterpart"
FOUR = "Four agreements were signed alongside the treaty"
RATIFY = "The treaty and the agreements must now be ratified"

GOLD = dict(
    published="1965-06-22",
    furniture=[
        "PACIFIC PRESS SERVICE | 1965/06/22 21:40 JST\n"
        "LEAD: Japan, South Korea sign normalization treaty after 14 years of talks",
        "TOKYO, June 22 (PPS) --",
        "(PPS) sk/tm 2140",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Etsusaburo Shiina": ["Foreign Minister Etsusaburo Shiina", "Shiina"],
        "Lee Tong-won": ["Lee"],
        "Eisaku Sato": ["Prime Minister Eisaku Sato"],
        "Kim Jong-pil": [],
        "Masayoshi Ohira": ["Foreign Minister Masayoshi Ohira"],
        "Park Chung-hee": ["President Park Chung-hee"],
    },
    quotes=[
        ("Today we close a long and unhappy chapter", "direct", "Etsusaburo Shiina",
         "told reporters"),
        ("We have not forgotten the past", "direct", "Lee Tong-won", "said"),
        ("but a nation cannot live in the past", "direct", "Lee Tong-won", "said"),
        ("a humiliating bargain", "partial", None, "denounced"),
        ("confirms that the Republic of Korea is the only lawful", "partial", None, "said"),
    ],
    statements=[
        ("opposition lawmakers denounced the settlement", [None], "denounced"),
        ("A government spokesman in Seoul said the treaty", [None], "said"),
        ("Officials of both governments said they hoped", [None], "said"),
    ],
    timexes=[
        ("1965/06/22 21:40", "1965-06-22T21:40", None),
        ("after [[14 years]] of talks", "P14Y", None),
        ("TOKYO, [[June 22]] (PPS)", "1965-06-22", None),
        ("on [[Tuesday]], two decades", "1965-06-22", None),
        ("two decades", "P20Y", None),
        ("defeat in [[1945]]", "1945", None),
        ("5 p.m.", "1965-06-22T17:00", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("ten years", "P10Y", None),
        ("Today we close", "1965-06-22", None),
        ("October 1951", "1951-10", None),
        ("November 1962", "1962-11", None),
        ("in Seoul in [[February]]", "1965-02", None),
        ("June 3 last year", "1964-06-03", None),
        ("rallies for [[Wednesday]]", "1965-06-23", None),
        ("last week", "1965-W24", None),
        ("the end of the year", "1965", "END"),
        ("early in 1966", "1966", "START"),
        ("sk/tm [[2140]]", "1965-06-22T21:40", None),
    ],
    summits=[],
    agreements=[
        dict(title="Treaty on Basic Relations between Japan and the Republic of Korea",
             kind="treaty", date="1965-06-22", parties=["JP", "KR"], status="signed",
             evidence=["Japan and the Republic of Korea signed a treaty establishing", TREATY,
                       "The treaty text itself was initialled", "A government spokesman in Seoul",
                       RATIFY]),
        dict(title="agreement settling property and claims and on economic cooperation",
             kind="treaty", date="1965-06-22", parties=["JP", "KR"], status="signed",
             evidence=[FOUR, "Under the claims agreement", "The money settlement rests",
                       "opposition lawmakers denounced the settlement", RATIFY]),
        dict(title="fisheries agreement", kind="treaty", date="1965-06-22",
             parties=["JP", "KR"], status="signed", evidence=[FOUR, RATIFY]),
        dict(title="agreement on the legal status of Koreans living in Japan", kind="treaty",
             date="1965-06-22", parties=["JP", "KR"], status="signed", evidence=[FOUR, RATIFY]),
        dict(title="agreement on cultural property and cultural cooperation", kind="treaty",
             date="1965-06-22", parties=["JP", "KR"], status="signed", evidence=[FOUR, RATIFY]),
        dict(title="Kim-Ohira memorandum on the money settlement", kind="mou", date="1962-11",
             parties=["JP", "KR"], status="referenced",
             evidence=["The money settlement rests on a memorandum"]),
    ],
    notes=[
        "Invented wire story (stamp line, headline, dateline and the sign-off slug are furniture;"
        " their timexes are annotated). Outlet, every quote, the opposition and spokesman"
        " remarks, the 5 p.m. start, the 40-minute length, the Wednesday rallies and the hope for"
        " ambassadors in 1966 are invented. Real background: much.go.kr (signing on 22 June 1965"
        " by Lee Tong-won and Etsusaburo Shiina at the Japanese prime minister's official"
        " residence in Tokyo; Kim-Ohira memos of November 1962; martial law of 3 June 1964;"
        " provisional conclusion in February 1965); wikisource treaty text (plenipotentiaries);"
        " worldjpn and UN Treaty Series No. 8473 (claims agreement signed in Tokyo on 22 June"
        " 1965; $300 million in grants over ten years, $200 million in loans); AJIL note via"
        " Cambridge (four agreements signed with the treaty; ratifications exchanged in Seoul on"
        " 18 December 1965); iiab/Wikipedia (talks from October 1951, seven rounds). From"
        " general knowledge: Sato and Park in office, Ohira as foreign minister in 1962, the"
        " initialling in Seoul during Shiina's February visit.",
        "Summits (0): no meeting of leaders is reported; the signing is by foreign ministers.",
        "Agreements (6): the treaty and the four agreements signed with it (each its own record,"
        " kind treaty per ANNOTATION.md); the Kim-Ohira memorandum of November 1962 as an mou"
        " (an arrangement between a Korean agency head and a Japanese minister; debatable),"
        " referenced. The planned exchange of ratifications is an act on the same treaty, not a"
        " new instrument.",
        "Quotes: Lee's quote interrupted by 'Lee said,' is two quotes. Unnamed lawmakers and the"
        " unnamed spokesman get null speakers.",
        "Timexes: the headline's '14 years' and the slug '2140' are annotated although they are"
        " furniture; 'last week' (published Tuesday 1965-06-22) is 1965-W24.",
    ],
)
