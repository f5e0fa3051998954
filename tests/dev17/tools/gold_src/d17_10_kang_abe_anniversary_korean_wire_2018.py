# ruff: noqa: E501
LEDE = "Japanese Prime Minister Shinzo Abe told South Korea's top diplomat on Sunday"
OFFER = "Abe also offered to put"
ANNIV = "Kang and Abe reaffirmed their willingness"
MAY = "Moon and Abe last met in Tokyo in May"
TRI = "Earlier in the day, Kang joined Japanese Foreign Minister Taro Kono"
CVID = "The three ministers agreed to further strengthen their cooperation"
SANC = "They also agreed that sanctions under U.N. Security Council"
SING = "Kang said she hoped Washington and Pyongyang"
SECOND = "The meeting was the second of its kind"
PANMUN = "Moon has held two summits with Kim this year"

GOLD = dict(
    published="2018-07-08",
    furniture=[
        "(LEAD) Abe hopes Moon will visit Japan around 20th anniversary of 1998 declaration: Seoul\nAll Headlines 17:52 July 08, 2018",
        "(ATTN: ADDS details of trilateral meeting in paras 8-11, photo)",
        "By Choi Min-jae",
        "TOKYO, July 8 (Hanbit News) -- ",
        "mj.choi@hanbitnews.example\n(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe", "he", "his"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "the president"],
        "Kang Kyung-wha": ["Foreign Minister Kang Kyung-wha", "Kang", "She", "she"],
        "Kim Dae-jung": ["President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Taro Kono": ["Japanese Foreign Minister Taro Kono", "Kono"],
        "Mike Pompeo": ["U.S. Secretary of State Mike Pompeo", "Pompeo"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Kim Jong-un": ["North Korean leader Kim Jong-un", "Kim"],
        "Ministry of Foreign Affairs (South Korea)": ["Seoul's foreign ministry", "the ministry"],
        "Ministry of Foreign Affairs (North Korea)": ["North Korea's foreign ministry"],
    },
    quotes=[
        ("Tokyo and Seoul are firmly behind Secretary Pompeo", "direct", "Taro Kono", "told a joint press conference"),
        ("constructive and productive", "partial", "Kang Kyung-wha", "said"),
        ("gangster-like", "partial", "Ministry of Foreign Affairs (North Korea)", "accused"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Ministry of Foreign Affairs (South Korea)"], "told"),
        (OFFER, ["Shinzo Abe", "Ministry of Foreign Affairs (South Korea)"], "offered"),
        (ANNIV, ["Kang Kyung-wha", "Shinzo Abe"], "reaffirmed"),
        ("Abe said there are difficult issues", ["Shinzo Abe", "Ministry of Foreign Affairs (South Korea)"], "said"),
        ("Kang responded that it is essential", ["Kang Kyung-wha"], "responded"),
        ("She also delivered Moon's message", ["Kang Kyung-wha", "Shinzo Abe", "Ministry of Foreign Affairs (South Korea)"], "delivered"),
        (CVID, ["Kang Kyung-wha", "Taro Kono", "Mike Pompeo"], "agreed"),
        (SANC, ["Kang Kyung-wha", "Taro Kono", "Mike Pompeo"], "agreed"),
        (SING, ["Kang Kyung-wha"], "said"),
        ("North Korea's foreign ministry on Saturday accused", ["Ministry of Foreign Affairs (North Korea)"], "accused"),
    ],
    timexes=[
        ("17:52 July 08, 2018", "2018-07-08T17:52", None),
        ("TOKYO, [[July 8]]", "2018-07-08", None),
        ("diplomat [[on Sunday]]", "2018-07-08", None),
        ("Japan [[this year]], including", "2018", None),
        ("a landmark [[1998]] declaration", "1998", None),
        ("mark [[in October]] the", "2018-10", None),
        ("Tokyo [[in May]], when", "2018-05", None),
        ("Earlier in the day", "2018-07-08", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("a day after", "2018-07-07", None),
        ("two days", "P2D", None),
        ("June 12", "2018-06-12", None),
        ("less than a month", "P1M", "LESS_THAN"),
        ("ministry [[on Saturday]]", "2018-07-07", None),
        ("with Kim [[this year]]", "2018", None),
        ("Panmunjom [[in April]]", "2018-04", None),
        ("again [[in May]]", "2018-05", None),
    ],
    summits=[
        dict(date="2018-05", place="Tokyo", country="JP", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MAY]),
        dict(date="2018-05", place="Tokyo", country="JP", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[MAY]),
        dict(date="2018-06-12", place="Singapore", country="SG", participants=["Donald Trump", "Kim Jong-un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SING, SECOND]),
        dict(date="2018-04", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong-un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PANMUN]),
        dict(date="2018-05", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong-un"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[PANMUN]),
    ],
    agreements=[
        dict(title="Moon's visit to Japan this year, including around the 20th anniversary (Abe's invitation)", kind="commitment",
             date="2018-07-08", parties=["JP", "KR"], status="proposed", evidence=[LEDE]),
        dict(title="Abe's visit to South Korea to put shuttle diplomacy into full gear (Abe's offer)", kind="commitment",
             date="2018-07-08", parties=["JP", "KR"], status="proposed", evidence=[OFFER]),
        dict(title="joint declaration on a new partnership (Kim Dae-jung-Obuchi, 1998)", kind="joint-declaration",
             date="1998", parties=["JP", "KR"], status="referenced", evidence=[LEDE, ANNIV]),
        dict(title="fully revive reciprocal visits (Tokyo, May)", kind="commitment", date="2018-05",
             parties=["JP", "KR"], status="referenced", evidence=[MAY]),
        dict(title="strengthen trilateral cooperation toward the CVID of North Korea's WMD and missiles", kind="commitment",
             date="2018-07-08", parties=["JP", "KR", "US"], status="agreed", evidence=[CVID]),
        dict(title="keep U.N. sanctions in place until North Korea takes concrete steps", kind="commitment",
             date="2018-07-08", parties=["JP", "KR", "US"], status="agreed", evidence=[SANC]),
        dict(title="agreement reached at the Singapore summit", kind="joint-statement", date="2018-06-12",
             parties=["US", "KP"], status="referenced", evidence=[SING]),
    ],
    notes=[
        "Invented Korean wire story (agency 'Hanbit News' and the reporter are fictional; headline and stamp, ATTN line, byline, dateline prefix and the e-mail/(END) lines are furniture; stamp and dateline annotated). Kono's direct quote rewords his reported remark; 'constructive and productive' is Kang's reported hope; 'gangster-like' is North Korea's reported wording; \"shuttle diplomacy\" is a term, not a quote.",
        "Facts checked on stored pages: mofa.go.kr seq=319953 (Kang's courtesy call on Abe on July 8 and luncheon with Kono; 20th anniversary of the Kim Dae-jung-Obuchi declaration in October; Abe on managing difficult issues, asked her to convey his thoughts to Moon; Kang on younger generations; Abe hoped Moon would visit Japan on proper occasions including the anniversary and offered to put shuttle diplomacy into full gear through his visit to the ROK at an appropriate time; Moon's message on the torrential rains in western Japan); mofa.go.jp/a_o/na/page3e_000888.html (Japan-U.S.-ROK foreign ministers on July 8 from 10:55 a.m. for about 40 minutes; Pompeo's North Korea visit July 6-7; CVID; the Singapore joint statement); manila-stv.ph 2018-07-08 (agreed to enhance trilateral cooperation; maintain UNSC sanctions until concrete action; Kang hoped for constructive and productive negotiations; 40-minute meeting); globalsecurity.org press availability (Kono's remark; last gathering in Seoul less than a month earlier); japantimes.co.jp 2018/07/08 ('gangster-like'; June 12 Singapore summit; second trilateral meeting in less than a month); manila-stv.ph 2018-05-09 (Tokyo bilateral after the trilateral with Li; fully resume shuttle diplomacy); en.yna.co.kr AEN20180926000252315 (Moon and Kim met at Panmunjom on April 27 and again on May 26).",
        "Summits (5): Tokyo bilateral and trilateral (May), Singapore (June 12), Moon-Kim at Panmunjom in April and again in May (the second ordinal 2 from 'again'; the first left without an ordinal as the text does not number it; debatable). Not summits: Kang's courtesy call on Abe, the foreign ministers' trilateral meeting and lunch, Pompeo's Pyongyang talks, the visits Abe hopes for (proposals, not arranged).",
        "Agreements (7): Abe's invitation to Moon and his offer to visit Seoul (two proposals), the 1998 declaration and the May commitment (referenced), two trilateral ministerial commitments (CVID cooperation; sanctions), the Singapore agreement (the joint statement, referenced). Not agreements: Kang and Abe's reaffirmed 'willingness' (a shared view; debatable), Moon's message of sympathy.",
        "Timexes: 'a day after' = 2018-07-07 (the date it points to); 'two days' = P2D; 'less than a month' = P1M LESS_THAN; 'in recent days' is vague and not annotated; 'in October' in a future-tense sentence = 2018-10.",
    ],
)
