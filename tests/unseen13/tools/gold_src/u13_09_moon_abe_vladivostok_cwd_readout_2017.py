OPEN = "President Moon Jae-in held a summit with Prime Minister Shinzo Abe"
SECOND = "It was the second Korea-Japan summit since"
COND = "The two leaders condemned North Korea's sixth nuclear test"
UN = "They agreed to work together for the swift adoption"
PERS = "They also agreed to make every effort to persuade"
HIST = "The two leaders agreed to develop future-oriented relations"
PROP = "President Moon proposed that the two countries share"
TRI = "Prime Minister Abe asked President Moon to attend"
PUTIN = "The summit followed President Moon's talks"
ABEPUTIN = "Prime Minister Abe is scheduled to hold talks"
MA = ["Moon Jae-in", "Shinzo Abe"]

GOLD = dict(
    published="2017-09-07",
    furniture=[
        "Cheong Wa Dae | Written Briefing by the Chief Press Secretary\nResults of the"
        " Korea-Japan Summit\nSeptember 7, 2017, Vladivostok",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "President Moon"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe of Japan", "Prime Minister Abe"],
        "Li Keqiang": ["Premier Li Keqiang of China"],
        "Vladimir Putin": ["President Vladimir Putin of Russia", "President Putin"],
        "Kang Kyung-wha": ["Foreign Minister Kang Kyung-wha"],
        "Taro Kono": ["Foreign Minister Taro Kono"],
    },
    quotes=[
        ("Pressure has to be at its maximum now", "direct", "Moon Jae-in", "said"),
        ("a threat of a different order from anything before", "partial", "Shinzo Abe",
         "called"),
    ],
    statements=[
        (COND, MA, "condemned"),
        (UN, MA, "agreed"),
        (PERS, MA, "agreed"),
        ("Prime Minister Abe called the nuclear test", ["Shinzo Abe"], "called"),
        (HIST, MA, "agreed"),
        (PROP, ["Moon Jae-in"], "proposed"),
        (TRI, ["Shinzo Abe", "Moon Jae-in"], "asked"),
        ("President Moon expressed hope that", ["Moon Jae-in"], "expressed hope"),
        ("Foreign Minister Kang Kyung-wha and Foreign Minister Taro Kono",
         ["Kang Kyung-wha", "Taro Kono"], "echoed"),
    ],
    timexes=[
        ("September 7, 2017", "2017-09-07", None),
        ("50 minutes", "PT50M", None),
        ("10:05 a.m.", "2017-09-07T10:05", None),
        ("local time [[today]] at", "2017-09-07", None),
        ("Germany, in [[July]].", "2017-07", None),
        ("September 3", "2017-09-03", None),
        ("Tokyo [[later this year]]", "2017", None),
        ("February next year", "2018-02", None),
        ("yesterday", "2017-09-06", None),
        ("separately [[today]].", "2017-09-07", None),
    ],
    summits=[
        dict(date="2017-09-07", place="Vladivostok", country="RU", participants=MA,
             kind="sidelines", ordinal=2, status="held",
             occasion="the third Eastern Economic Forum",
             evidence=[OPEN, SECOND, COND, UN, PERS, "Pressure has to be at its maximum now",
                       HIST, PROP, TRI, "President Moon expressed hope that"]),
        dict(date="2017-07", place="Hamburg", country="DE", participants=MA,
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[SECOND]),
        dict(date="2017", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None, evidence=[TRI]),
        dict(date="2017-09-06", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="the third Eastern Economic Forum", evidence=[PUTIN]),
        dict(date="2017-09-07", place="Vladivostok", country="RU",
             participants=["Shinzo Abe", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="planned", occasion="the third Eastern Economic Forum",
             evidence=[ABEPUTIN]),
    ],
    agreements=[
        dict(title="work for swift adoption of a new UNSC resolution incl. an oil cutoff",
             kind="commitment", date="2017-09-07", parties=["JP", "KR"], status="agreed",
             evidence=[UN]),
        dict(title="persuade China and Russia to join the measures", kind="commitment",
             date="2017-09-07", parties=["JP", "KR"], status="agreed", evidence=[PERS]),
        dict(title="develop future-oriented relations while managing history stably",
             kind="commitment", date="2017-09-07", parties=["JP", "KR"], status="agreed",
             evidence=[HIST]),
        dict(title="share experience on low birth rates, aging and the Fourth Industrial"
                   " Revolution", kind="commitment", date="2017-09-07", parties=["JP", "KR"],
             status="proposed", evidence=[PROP]),
        dict(title="Moon to attend the trilateral summit in Tokyo", kind="commitment",
             date="2017-09-07", parties=["JP", "KR"], status="proposed", evidence=[TRI]),
    ],
    notes=[
        "Invented written briefing in the style of the South Korean presidential office"
        " (Cheong Wa Dae) of 2017 (the three-line header is furniture; its date is annotated)."
        " Every sentence is invented wording, including the quotes given to Moon and Abe. Real"
        " background, checked on stored pages: Korea Herald 2017-09-07 (Moon-Abe summit on"
        " Thursday on the sidelines of the Eastern Economic Forum in Vladivostok; agreed to push"
        " for a new UNSC resolution with the strongest sanctions incl. an oil cutoff and to"
        " persuade China and Russia; Abe to keep persuading them; foreign ministers echoed their"
        " leaders in separate talks); KBS (Indonesian) (50-minute talks; future-oriented"
        " cooperation while managing history stably; Moon on low birth rates, aging and the"
        " Fourth Industrial Revolution; Abe asked Moon to attend the trilateral summit in"
        " Tokyo; Moon hoped Abe would come to the PyeongChang Olympics); Korea Herald"
        " 2017-09-06 (Moon-Putin summit on Wednesday; Moon-Abe on Thursday before the forum;"
        " first Moon-Abe meeting in Hamburg in July; the sixth nuclear test on Sunday 3"
        " September); Asia Times (forum of 6-7 September, the third); Daily Manila Shimbun"
        " 2017-09-08 (Abe-Putin talks on Thursday). Invented: the start time 10:05 a.m. From"
        " general knowledge: the forum venue (Far Eastern Federal University), Kang Kyung-wha"
        " and Taro Kono as foreign ministers, Japan's aim to host the trilateral by the end of"
        " 2017.",
        "Summits (5): Moon-Abe in Vladivostok (ordinal 2) and in Hamburg (ordinal 1), the"
        " trilateral Japan hopes to host in Tokyo 'later this year' (planned: an invitation was"
        " issued; debatable, since no date was fixed), Moon-Putin yesterday, Abe-Putin later"
        " today (planned on the publication day). Not summits: Abe's hoped-for visit to the"
        " Olympics (a hope), the foreign ministers' talks.",
        "Agreements (5): three agreed commitments; Moon's cooperation proposal and Abe's"
        " invitation to the trilateral (both proposed; Moon's 'would consider a visit in a"
        " positive light' is not an acceptance). Not an agreement: 'shared the view that now"
        " is the time to apply the strongest possible sanctions' (a shared view).",
        "Timexes: 'now' (twice) and 'to date' are present references without a calendar"
        " value and are not annotated (debatable).",
    ],
)
