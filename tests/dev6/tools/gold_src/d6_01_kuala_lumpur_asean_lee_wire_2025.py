GOLD = dict(
    published="2025-10-27",
    furniture=[
        "(ATTN: ADDS Lee's talks with Anwar in paras 7-8, comments from Japanese side in para 10)",
        "By Seo Min-jae",
        "KUALA LUMPUR, Oct. 27 (Seorabeol) --",
        "mjseo@seorabeol.co.kr",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee", "Lee Jae-myung"],
        "Li Qiang": ["Chinese Premier Li Qiang", "Li"],
        "Sanae Takaichi": ["Japanese Prime Minister Sanae Takaichi", "Takaichi", "she", "her"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Toshimitsu Motegi": ["Foreign Minister Toshimitsu Motegi", "Motegi"],
        "Ferdinand Marcos Jr.": ["Philippine President Ferdinand Marcos Jr.", "Marcos"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese", "Albanese"],
        "Anwar Ibrahim": ["Malaysian Prime Minister Anwar Ibrahim", "Anwar"],
        "Hun Manet": ["Cambodian Prime Minister Hun Manet"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Shigeru Ishiba": ["Ishiba"],
    },
    quotes=[
        ("We must accelerate cooperation among Korea", "direct", "Lee Jae Myung",
         "told the gathering"),
        ("new geoeconomic challenges.", "partial", "Lee Jae Myung", "calling"),
        ("very timely.", "partial", "Lee Jae Myung", "called"),
        ("a very warm first engagement", "partial", "Anthony Albanese", "said"),
        ("build on", "partial", None, "said"),
    ],
    statements=[
        ("The leaders adopted a joint statement", ["Lee Jae Myung"], "called"),
        ("Albanese said Monday that", ["Anthony Albanese"], "said"),
        ("A day earlier, on Saturday, Takaichi spoke by phone", ["Sanae Takaichi", "Donald Trump"],
         "said"),
        ("Lee, for his part, sat down with", ["Lee Jae Myung", "Anwar Ibrahim"], "agreed"),
        ("Anwar later wrote that", ["Anwar Ibrahim"], "wrote"),
        ("Officials in Seoul said preparations", [None], "said"),
        ("A Japanese government official traveling with Motegi", [None], "said"),
    ],
    timexes=[
        ("KUALA LUMPUR, [[Oct. 27]] (Seorabeol)", "2025-10-27", None),
        ("for the first time on [[Monday]] at the ASEAN", "2025-10-27", None),
        ("late Sunday", "2025-10-26", "END"),
        ("hold talks on [[Tuesday]]", "2025-10-28", None),
        ("six days ago", "2025-10-21", None),
        ("later this week", "2025-W44", None),
        ("On [[Sunday]] she held", "2025-10-26", None),
        ("Albanese said [[Monday]]", "2025-10-27", None),
        ("the night before", "2025-10-26TNI", None),
        ("A day earlier", "P1D", None),
        ("on [[Saturday]], Takaichi", "2025-10-25", None),
        ("about 10 minutes", "PT10M", "APPROX"),
        ("Anwar Ibrahim on [[Monday]]", "2025-10-27", None),
        ("established in [[2024]]", "2024", None),
        ("from [[Friday]]", "2025-10-31", None),
        ("in Gyeongju on [[Saturday]]", "2025-11-01", None),
        ("restored [[this year]]", "2025", None),
        ("Tokyo in [[August]]", "2025-08", None),
        ("Sept. 30", "2025-09-30", None),
    ],
    summits=[
        dict(date="2025-10-26", place="Kuala Lumpur", country="MY",
             participants=["Sanae Takaichi", "Ferdinand Marcos Jr."], kind="sidelines",
             ordinal=None, status="held", occasion="ASEAN-related summits",
             evidence=["On Sunday she held back-to-back talks"]),
        dict(date="2025-10-26", place="Kuala Lumpur", country="MY",
             participants=["Sanae Takaichi", "Anthony Albanese"], kind="sidelines",
             ordinal=None, status="held", occasion="ASEAN-related summits",
             evidence=["On Sunday she held back-to-back talks", "Albanese said Monday that"]),
        dict(date="2025-10-27", place="Kuala Lumpur", country="MY",
             participants=["Lee Jae Myung", "Anwar Ibrahim"], kind="sidelines",
             ordinal=None, status="held", occasion="ASEAN-related summits",
             evidence=["Lee, for his part, sat down with", "Anwar later wrote that"]),
        dict(date="2025-10", place="Kuala Lumpur", country="MY",
             participants=["Lee Jae Myung", "Hun Manet"], kind="sidelines",
             ordinal=None, status="held", occasion="ASEAN-related summits",
             evidence=["Lee also met Cambodian Prime Minister Hun Manet"]),
        dict(date="2025-10-28", place="Tokyo", country="JP",
             participants=["Sanae Takaichi", "Donald Trump"], kind="bilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["Japanese Prime Minister Sanae Takaichi left the Malaysian capital",
                       "A day earlier, on Saturday, Takaichi spoke by phone"]),
        dict(date="2025-10", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="sidelines",
             ordinal=None, status="planned", occasion="APEC",
             evidence=["(LEAD) Lee meets Li at ASEAN Plus Three",
                       "therefore did not meet in Kuala Lumpur",
                       "Officials in Seoul said preparations"]),
        dict(date="2025-11-01", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Xi Jinping"], kind="bilateral",
             ordinal=None, status="planned", occasion=None,
             evidence=["Lee will also host Chinese President Xi Jinping"]),
        dict(date="2025-08", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["A Japanese government official traveling with Motegi"]),
        dict(date="2025-09-30", place="Busan", country="KR",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["A Japanese government official traveling with Motegi"]),
    ],
    agreements=[
        dict(title="ASEAN Plus Three joint statement on strengthening economic and financial"
                   " cooperation", kind="joint-statement", date="2025-10-27",
             parties=["BN", "CN", "ID", "JP", "KH", "KR", "LA", "MM", "MY", "PH", "SG", "TH",
                      "VN"],
             status="agreed", evidence=["The leaders adopted a joint statement"]),
        dict(title="expand Korea-Malaysia cooperation in trade, defense and artificial"
                   " intelligence", kind="commitment", date="2025-10-27",
             parties=["KR", "MY"], status="agreed",
             evidence=["Lee, for his part, sat down with"]),
        dict(title="Korea-Malaysia strategic partnership (2024)", kind="commitment",
             date="2024", parties=["KR", "MY"], status="referenced",
             evidence=["Anwar later wrote that"]),
        dict(title="Korea-Japan shuttle diplomacy restored in 2025", kind="commitment",
             date="2025", parties=["JP", "KR"], status="referenced",
             evidence=["A Japanese government official traveling with Motegi"]),
    ],
    notes=[
        "Invented Seoul wire story (Seorabeol News Agency, reporter Seo Min-jae, the Japanese"
        " official: all fictional). Furniture: ATTN line, byline, dateline, e-mail, (END); the"
        " dateline date is annotated. Checked (pages): Lee's first in-person meeting with Li"
        " Qiang at the ASEAN Plus Three summit of Monday 2025-10-27 (mediaselangor, anews);"
        " Takaichi left Kuala Lumpur late Sunday for Trump's visit and Motegi took her seat"
        " (Japan Today, allthe.news); her talks with the Philippine and Australian leaders on"
        " the Sunday (allthe.news; Albanese's 'last night ... very first time' remarks);"
        " Takaichi-Trump call of about 10 minutes on Oct. 25 (indiathisweek); Lee-Anwar talks"
        " on Monday and Anwar's post on the 2024 Strategic Partnership (news.az); Lee's planned"
        " talks with Hun Manet on scams (munsifdaily); Lee-Xi summit planned for Saturday"
        " Nov. 1 (mediaselangor); APEC opening on the 31st (asiatoday); Trump-Takaichi talks"
        " in Tokyo on Oct. 28 (indialive). Lee's words in quotation marks are reworded from"
        " reported remarks; 'a very warm first engagement' is reworded from Albanese's"
        " remarks. Not separately checked: the day of the Lee-Hun Manet meeting (month"
        " precision) and the cooperation fields in the Lee-Anwar agreement (from news.az's"
        " list of topics).",
        "Summits (9): Takaichi-Marcos and Takaichi-Albanese (Sunday, sidelines); Lee-Anwar"
        " (the host, still sidelines of the ASEAN meetings); Lee-Hun Manet (month only: the"
        " text gives no day); planned Trump-Takaichi in Tokyo on Tuesday; planned first"
        " Lee-Takaichi summit in Gyeongju (date 2025-10 from 'later this week' and 'from"
        " Friday', debatable: the week runs into November); planned Lee-Xi in Gyeongju on"
        " Saturday (bilateral: the text does not tie it to APEC in its own sentence);"
        " background: Lee in Tokyo in August, Ishiba in Busan on Sept. 30. Not summits:"
        " the ASEAN Plus Three summit itself (a gathering; Lee meeting Li there is not a"
        " separate meeting), Takaichi-Trump phone call, Lee and Takaichi not meeting in Kuala"
        " Lumpur (negated), Motegi (a minister).",
        "Agreements (4): the ASEAN Plus Three joint statement (parties: the three and the ten"
        " long-standing ASEAN members; Timor-Leste, admitted the day before, left out,"
        " debatable); Lee-Anwar commitment (one course of action, three fields); the 2024"
        " strategic partnership (referenced commitment, debatable: could be read as no"
        " instrument); shuttle diplomacy restored this year (referenced commitment, dated"
        " 2025 by 'this year').",
        "Timexes: 'late Sunday' = 2025-10-26 END (like 'late September'); 'the night before'"
        " = 2025-10-26TNI; 'A day earlier' = P1D (X earlier is a duration); 'later this"
        " week' = 2025-W44; 'six days ago' = 2025-10-21; 'from Friday' = 2025-10-31.",
    ],
)
