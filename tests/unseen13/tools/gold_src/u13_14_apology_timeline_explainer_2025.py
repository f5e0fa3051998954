NEXT = "Next week, President Lee Jae Myung travels to Tokyo"
E84 = "Sept. 6, 1984 -- At a state banquet"
E90 = "May 24, 1990 -- Emperor Akihito"
E92 = "Jan. 17, 1992 -- In a speech in Seoul"
E93 = "Nov. 6, 1993 -- Meeting President Kim Young-sam"
E98 = "Oct. 8, 1998 -- President Kim Dae-jung"
E15 = "Dec. 28, 2015 -- The foreign ministers announce"
E23 = "May 7, 2023 -- In Seoul"

GOLD = dict(
    published="2025-08-16",
    furniture=[
        "EXPLAINER\n\"Remorse,\" revived: what Japan's leaders have said to Korea, and when\n"
        "Published : 2025-08-16 08:00 | Updated : 2025-08-16 11:30\nBy Seo Hye-jin",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba", "He"],
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Chun Doo-hwan": ["Chun Doo-hwan"],
        "Hirohito": ["Emperor Hirohito"],
        "Akihito": ["Emperor Akihito"],
        "Roh Tae-woo": ["President Roh Tae-woo", "Roh"],
        "Kiichi Miyazawa": ["Prime Minister Kiichi Miyazawa"],
        "Yohei Kono": ["Chief Cabinet Secretary Yohei Kono"],
        "Kim Young-sam": ["President Kim Young-sam"],
        "Morihiro Hosokawa": ["Prime Minister Morihiro Hosokawa"],
        "Tomiichi Murayama": ["Prime Minister Tomiichi Murayama"],
        "Kim Dae-jung": ["President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi"],
        "Naoto Kan": ["Prime Minister Naoto Kan"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Yun Byung-se": ["The foreign ministers"],
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "The foreign ministers"],
        "Yoon Suk Yeol": ["President Yoon Suk Yeol"],
        "Han Ji-woo": ["Han Ji-woo"],
    },
    quotes=[
        ("A word at a memorial service is not a policy", "direct", "Han Ji-woo", "said"),
    ],
    statements=[
        ("Prime Minister Shigeru Ishiba used the word", ["Shigeru Ishiba"], "used the word"),
        (E84, ["Hirohito"], "says"),
        (E90, ["Akihito"], "tells"),
        (E92, ["Kiichi Miyazawa"], "apologizes"),
        ("Aug. 4, 1993 -- Chief Cabinet Secretary", ["Yohei Kono"], "acknowledges"),
        (E93, ["Morihiro Hosokawa"], "names"),
        ("Aug. 15, 1995 -- Prime Minister Tomiichi Murayama", ["Tomiichi Murayama"],
         "expresses"),
        (E98, ["Keizo Obuchi", "Kim Dae-jung"], "puts ... in writing"),
        ("Aug. 10, 2010 -- Marking 100 years", ["Naoto Kan"], "apologizes"),
        ("Aug. 14, 2015 -- Prime Minister Shinzo Abe", ["Shinzo Abe"], "says"),
        (E15, ["Yun Byung-se", "Fumio Kishida", "Shinzo Abe"], "announce"),
        (E23, ["Fumio Kishida"], "says"),
        ("Aug. 15, 2025 -- Ishiba speaks of remorse", ["Shigeru Ishiba"], "speaks of"),
        ("In his own Liberation Day address on Friday", ["Lee Jae Myung"], "called for"),
    ],
    timexes=[
        ("Published : [[2025-08-16 08:00]]", "2025-08-16T08:00", None),
        ("Updated : [[2025-08-16 11:30]]", "2025-08-16T11:30", None),
        ("Friday's", "2025-08-15", None),
        ("since [[2012]]", "2012", None),
        ("Next week", "2025-W34", None),
        ("Aug. 23-24", "2025-08-23/2025-08-24", None),
        ("Sept. 6, 1984", "1984-09-06", None),
        ("May 24, 1990", "1990-05-24", None),
        ("Jan. 17, 1992", "1992-01-17", None),
        ("the previous day", "1992-01-16", None),
        ("Aug. 4, 1993", "1993-08-04", None),
        ("Nov. 6, 1993", "1993-11-06", None),
        ("Aug. 15, 1995", "1995-08-15", None),
        ("Oct. 8, 1998", "1998-10-08", None),
        ("Aug. 10, 2010", "2010-08-10", None),
        ("100 years", "P100Y", None),
        ("Aug. 14, 2015", "2015-08-14", None),
        ("Dec. 28, 2015", "2015-12-28", None),
        ("May 7, 2023", "2023-05-07", None),
        ("Aug. 15, 2025", "2025-08-15", None),
        ("Liberation Day", "2025-08-15", None),
        ("address on [[Friday]]", "2025-08-15", None),
        ("the 23rd", "2025-08-23", None),
    ],
    summits=[
        dict(date="2025-08-23/2025-08-24", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[NEXT]),
        dict(date="1984-09-06", place="Tokyo", country="JP",
             participants=["Chun Doo-hwan", "Hirohito"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[E84]),
        dict(date="1990-05-24", place=None, country="JP",
             participants=["Roh Tae-woo", "Akihito"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[E90]),
        dict(date="1992-01-16", place="Seoul", country="KR",
             participants=["Kiichi Miyazawa", "Roh Tae-woo"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[E92]),
        dict(date="1993-11-06", place="Gyeongju", country="KR",
             participants=["Morihiro Hosokawa", "Kim Young-sam"], kind="bilateral",
             ordinal=None, status="held", occasion=None, evidence=[E93]),
        dict(date="1998-10-08", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[E98]),
        dict(date="2023-05-07", place="Seoul", country="KR",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[E23]),
    ],
    agreements=[
        dict(title="1998 joint declaration", kind="joint-declaration", date="1998-10-08",
             parties=["JP", "KR"], status="referenced", evidence=[E98]),
        dict(title="agreement on the comfort women issue", kind="joint-statement",
             date="2015-12-28", parties=["JP", "KR"], status="referenced", evidence=[E15]),
    ],
    notes=[
        "Invented explainer with a dated timeline (label, headline, Published/Updated line and"
        " byline are furniture; the stamps are annotated). The writer, the historian Han"
        " Ji-woo and the quote are invented; every entry paraphrases the record in invented"
        " wording, without quotation marks. Real background, checked on stored pages: UPI"
        " 2025-08-15, Yomiuri (Japan News) 2025-08-17, daily8/Kyodo and Asahi 2025-08-16"
        " (Ishiba's 'remorse' at the 15 August memorial, the first since Noda in 2012; no"
        " Cabinet statement for the 80th anniversary, unlike the 50th, 60th and 70th);"
        " threadreader (Lee's 15 August address: face the past squarely, step into the"
        " future); deepnewz and KBS (Lee in Tokyo on 23-24 August, his first bilateral visit"
        " abroad); Japan Times 1998-10-08 (Kim-Obuchi declaration, first written apology;"
        " Murayama statement of 15 August 1995); NRC 1993-11-08 and LA Times 1994-03-25"
        " (Hosokawa in Kyongju/Gyeongju, 6 November 1993); LA Times (Kan's 2010 statement);"
        " NYT via glasswings and KBS 2023-05-08 (Kishida in Seoul, 7 May 2023, heart aching);"
        " indexarticles/Kyodo 1998 (state visits by Chun in 1984 and Roh in 1990); unseen12's"
        " consulted pages for Hirohito's 1984 remark (Korea Herald/JoongAng 2015-03-30),"
        " Akihito's 1990 words and Miyazawa's 16-17 January 1992 visit. From general"
        " knowledge: the Kono statement of 4 August 1993, the Kan statement's date (10 August"
        " 2010) and archives pledge, the Abe statement of 14 August 2015, the 28 December 2015"
        " announcement.",
        "Summits (7): Lee-Ishiba in Tokyo next week (planned; dated as the two-day visit);"
        " Chun-Hirohito 1984 and Roh-Akihito 1990 (heads of state at state visits, following"
        " unseen12; the 1990 place is not named); Miyazawa-Roh ('talks with Roh the previous"
        " day', in Seoul); Hosokawa-Kim in Gyeongju; Kim-Obuchi in Tokyo; Kishida-Yoon in"
        " Seoul. Not summits: the memorial ceremony, the statements, Lee's address.",
        "Agreements (2): the 1998 declaration and the 2015 agreement, both referenced. Not"
        " agreements: the Kono, Murayama, Kan and Abe statements and Kan's archives pledge"
        " (unilateral).",
        "Quotes: '\"remorse\"' in the first sentence is the word under discussion, not a"
        " quote. Statements: the timeline entries in the historical present are reported"
        " speech; 'The foreign ministers' of 2015 are given as Yun Byung-se and Fumio Kishida"
        " (not named in the text; debatable).",
    ],
)
