GOLD = dict(
    published="2012-09-10",
    furniture=["OPINION", "By Moon Jae-sun", "September 10, 2012"],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihiko Noda": ["Noda"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Kim Ye-rin": ["Kim"],
        "South Korean government": ["Seoul"],
        "Japanese government": ["Tokyo"],
    },
    quotes=[
        ("the next hundred years.", "partial", "Lee Myung-bak", "called"),
        ("more statues will go up.", "partial", "Lee Myung-bak", "told"),
        ("This is not a summit.", "direct", "Kim Ye-rin", "said"),
    ],
    statements=[
        ("When Yoshihiko Noda flew to Seoul", ["Yoshihiko Noda", "Lee Myung-bak"], "agreed"),
        ("That spring the two leaders managed", ["Yoshihiko Noda", "Lee Myung-bak", "Wen Jiabao"],
         "agreed"),
        ("President Lee Myung-bak called Noda a partner", ["Lee Myung-bak"], "called"),
        ("Noda asked for the statue to be removed.", ["Yoshihiko Noda"], "asked"),
        ("Lee told him that without a sincere gesture", ["Lee Myung-bak"], "told"),
        ("Tokyo recalled its ambassador", ["Japanese government"], "proposed"),
        ("Seoul refused.", ["South Korean government"], "refused"),
    ],
    timexes=[
        ("September 10, 2012", "2012-09-10", None),
        ("October last year", "2011-10", None),
        ("six weeks", "P6W", None),
        ("ten months", "P10M", None),
        ("two months", "P2M", None),
        ("in [[December]], the pair", "2011-12", None),
        ("That spring", "2012-SP", None),
        ("within the year", "2012", None),
        ("late June", "2012-06", "END"),
        ("In [[August]], Lee", "2012-08", None),
        ("11 days later", "P11D", None),
        ("on [[Saturday]], on the sidelines", "2012-09-08", None),
        ("the end of next month", "2012-10", "END"),
        ("the next year", "P1Y", None),
    ],
    summits=[
        dict(date="2011-10", place="Seoul", country="KR",
             participants=["Yoshihiko Noda", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["When Yoshihiko Noda flew to Seoul",
                       "President Lee Myung-bak called Noda a partner"]),
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Yoshihiko Noda", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["When Lee returned the visit in December",
                       "Noda asked for the statue to be removed.",
                       "Lee told him that without a sincere gesture"]),
        dict(date="2012", place="Beijing", country="CN",
             participants=["Yoshihiko Noda", "Lee Myung-bak", "Wen Jiabao"],
             kind="trilateral", ordinal=None, status="held", occasion=None,
             evidence=["That spring the two leaders managed"]),
        dict(date="2012-09-08", place="Vladivostok", country="RU",
             participants=["Yoshihiko Noda", "Lee Myung-bak"], kind="sidelines", ordinal=None,
             status="held", occasion="the Asia-Pacific Economic Cooperation summit",
             evidence=["So when the two men finally stood face to face again",
                       "Neither government said much", "This is not a summit.",
                       "anything said in Vladivostok"]),
    ],
    agreements=[
        dict(title="expansion of the Korea-Japan currency swap arrangements to $70 billion",
             kind="mou", date="2011-10", parties=["JP", "KR"], status="referenced",
             evidence=["When Yoshihiko Noda flew to Seoul",
                       "The expanded part of the swap is due to expire"]),
        dict(title="launch China-Japan-South Korea free trade negotiations within the year",
             kind="commitment", date="2012", parties=["CN", "JP", "KR"],
             status="referenced", evidence=["That spring the two leaders managed"]),
        dict(title="Korea-Japan military intelligence-sharing pact (signing called off)",
             kind="treaty", date=None, parties=["JP", "KR"], status="referenced",
             evidence=["In late June, Seoul pulled out of signing"]),
        dict(title="joint referral of the Dokdo dispute to the International Court of Justice",
             kind="treaty", date="2012-08", parties=["JP", "KR"], status="proposed",
             evidence=["Tokyo recalled its ambassador"]),
    ],
    notes=[
        "Invented opinion column (columnist Moon Jae-sun, Kim Ye-rin and the Seoul Forum for"
        " Northeast Asian Studies are fictional; Lee's two fragments are invented wording,"
        " the second reflecting his reported warning about more statues). Facts from dev5's"
        " checks and other corpora (d5_01, dev3_01, dev3_02, dev4_01, u6_01, u8_12, u8_14,"
        " u9_01): Noda's Seoul visit and the swap expansion to $70 billion on 2011-10-19;"
        " Kyoto summit of 2011-12-17/18 on the comfort women and the statue unveiled on"
        " 2011-12-14; the Beijing trilateral of 2012-05-13 and the FTA talks to start within"
        " the year; GSOMIA signing called off on 2012-06-29; Lee on Dokdo on 2012-08-10 and"
        " the ambassador's recall; the ICJ proposal on 2012-08-21 and Seoul's refusal; the"
        " standing Lee-Noda talk at APEC Vladivostok on Saturday 2012-09-08; the expanded"
        " swap lapsing at the end of October 2012. General knowledge: Noda took office on"
        " 2011-09-02 (six weeks before) and Korea was his first bilateral visit.",
        "Summits (4): Seoul October 2011, Kyoto December 2011 ('returned the visit'), the"
        " Beijing trilateral ('That spring': date 2012, since a season is not a calendar"
        " date; debatable, 2012-05 is the public record), Vladivostok (a talk on their feet"
        " on the APEC sidelines: counted as a meeting, like the 11-minute Bangkok talk in"
        " dev5; debatable, the analyst calls it 'not a summit').",
        "Agreements (4): the swap expansion (mou, referenced); the trilateral FTA launch"
        " (commitment, referenced, 2012); GSOMIA (treaty, referenced, never signed, date"
        " null); the ICJ referral (a special agreement proposed by Tokyo, kind treaty as in"
        " dev5 d5_01; status proposed although rejected; date 2012-08 from '11 days"
        " later').",
        "Timexes: 'That spring' = 2012-SP; 'ten months' (headline) = P10M; 'within the year'"
        " = 2012 (debatable); 'the end of next month' = 2012-10 END; 'the next year' = P1Y"
        " (the coming year as a span; debatable, could be 2013).",
    ],
)
