GOLD = dict(
    published="2012-09-09",
    furniture=[
        "(LEAD) Lee, Noda talk on their feet at APEC in first encounter since Dokdo trip",
        "2012/09/09 19:26 KST", "By Yoo Ji-seon",
        "VLADIVOSTOK, Russia, Sept. 9 (Cheonggye News Service) -- ", "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee", "the president"],
        "Yoshihiko Noda": ["Japanese Prime Minister Yoshihiko Noda", "Noda",
                           "the prime minister"],
        "Park Jeong-ha": ["presidential spokesman Park Jeong-ha", "Park"],
        "Kim Sung-hwan": ["Foreign Minister Kim Sung-hwan", "Kim"],
        "Koichiro Gemba": ["Gemba"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Japanese government": ["Tokyo", "officials in Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("It was short, but it was a real conversation", "direct", "Park Jeong-ha", "said"),
        ("I said we should manage our differences calmly", "direct", "Yoshihiko Noda",
         "told Japanese reporters"),
    ],
    statements=[
        ("The two leaders spoke standing up", ["Park Jeong-ha"], "told reporters"),
        ("They shared the view that the neighbors",
         ["Park Jeong-ha", "Lee Myung-bak", "Yoshihiko Noda"], "said"),
        ("A Japanese government official who briefed reporters", [None, "Yoshihiko Noda"],
         "said"),
        ("The two ministers agreed to deal with the territorial row",
         ["Kim Sung-hwan", "Koichiro Gemba", None], "agreed"),
        ("Tokyo responded by recalling its ambassador", ["Japanese government"], "proposing"),
        ("Seoul turned the offer down flat.", ["South Korean government"],
         "turned the offer down"),
        ("The temporary part of that expansion", ["Japanese government"], "have signaled"),
        ("Officials in both capitals said Sunday", [None], "said"),
    ],
    timexes=[
        ("2012/09/09 19:26 KST", "2012-09-09T19:26", None),
        ("Russia, [[Sept. 9]] (Cheonggye", "2012-09-09", None),
        ("forum here [[Sunday]]", "2012-09-09", None),
        ("islets [[last month]] sent", "2012-08", None),
        ("about five minutes", "PT5M", "APPROX"),
        ("since [[August]],\"", "2012-08", None),
        ("sat down [[on Saturday]]", "2012-09-08", None),
        ("Aug. 10", "2012-08-10", None),
        ("[[later in the month]], by proposing", "2012-08", None),
        ("Beijing [[in May]]", "2012-05", None),
        ("Kyoto [[in December]]", "2011-12", None),
        ("Seoul [[last October]]", "2011-10", None),
        ("the end of October", "2012-10", "END"),
        ("capitals said [[Sunday]]", "2012-09-09", None),
    ],
    summits=[
        dict(date="2012-09-09", place="Vladivostok", country="RU",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="sidelines",
             ordinal=None, status="held", occasion="APEC",
             evidence=["President Lee Myung-bak and Japanese Prime Minister Yoshihiko Noda held",
                       "The two leaders spoke standing up",
                       "The encounter came after Foreign Minister"]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="sidelines",
             ordinal=None, status="held", occasion="the Japan-China-South Korea summit",
             evidence=["Their last formal talks took place in Beijing"]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["Their last formal talks took place in Beijing"]),
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Their last formal talks took place in Beijing"]),
        dict(date="2011-10", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Noda's visit to Seoul last October"]),
    ],
    agreements=[
        dict(title="foreign ministers: handle the territorial row calmly so tensions ease early",
             kind="commitment", date="2012-09-08", parties=["JP", "KR"], status="agreed",
             evidence=["The two ministers agreed to deal with the territorial row"]),
        dict(title="Japanese proposal to refer the islets dispute jointly to the ICJ",
             kind="commitment", date="2012-08", parties=["JP", "KR"], status="proposed",
             evidence=["Tokyo responded by recalling its ambassador",
                       "Seoul turned the offer down flat."]),
        dict(title="expansion of the currency swap arrangements to $70 billion", kind="mou",
             date="2011-10", parties=["JP", "KR"], status="referenced",
             evidence=["Noda's visit to Seoul last October",
                       "The temporary part of that expansion"]),
    ],
    notes=[
        "Invented test article (Seoul wire: headline, stamp, byline, dateline and '(END)' are"
        " furniture; the stamp and the dateline date are annotated). Outlet, reporter, stamp"
        " time and all quotes are invented; the Japanese official's briefing and the"
        " 'no summit being arranged' line are invented. Real background (Yonhap 2012-09-09 via"
        " english.yonhapnews.co.kr): impromptu standing talks of four to five minutes after"
        " APEC's final session in Vladivostok on 2012-09-09, begun when Noda approached Lee"
        " (spokesman Park Jeong-ha); future-oriented relationship; Kim Sung-hwan and Gemba met"
        " the day before and agreed to handle tensions calmly; Lee's Dokdo visit on"
        " 2012-08-10. MOFA overview of 2012-05-28: Lee-Noda meeting in Beijing on 2012-05-13"
        " on the occasion of the trilateral summit. Kantei summary of 2011-12-18: Kyoto"
        " summit; shuttle diplomacy agreed in October 2011. BOJ release of 2012-10-09: the"
        " temporary swap increase effective until the end of October 2012. From general"
        " knowledge: Japan's recall of its ambassador and the ICJ proposal of 2012-08-21,"
        " Seoul's rejection, Tokyo's reluctance to extend the swap increase.",
        "Summits (5): Vladivostok pull-aside (recorded as a sideline meeting although it was"
        " a five-minute standing exchange; debatable); Beijing 2012-05 Lee-Noda on the margins"
        " of the trilateral and the trilateral with Wen itself (two records); Kyoto 2011-12;"
        " Seoul 2011-10 ('Noda's visit to Seoul ... produced ... an agreement'). Not a summit:"
        " the foreign ministers' meeting; the summit 'not being arranged'.",
        "Agreements (3): the ministers' commitment (parties JP/KR, ministers acting for the"
        " governments); Japan's ICJ proposal (a joint course of action proposed to the other"
        " side, status proposed; date 2012-08 from 'later in the month'); the 2011 swap"
        " expansion (mou kind as a central-bank/finance arrangement, referenced). Not"
        " agreements: the leaders' 'shared the view' (a shared view); the recall of the"
        " ambassador (unilateral).",
        "Statements: 'He would not say whether the islets came up' is not annotated (a refusal"
        " to say; debatable). 'Seoul turned the offer down flat' and 'Tokyo ... proposing' are"
        " annotated as speech acts of governments (debatable). Timexes: 'later in the month'"
        " = 2012-08 without mod (debatable: END); 'at an early date' is not annotated (no"
        " calendar point).",
    ],
)
