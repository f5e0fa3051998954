# ruff: noqa: E501
LEAD = "Chinese President Xi Jinping, who arrived in South Korea on Thursday"
E13 = "South Korean President Park Geun-hye makes a state visit to Beijing"
E13B = "The two adopt a joint statement."
E14 = "Xi makes a state visit to Seoul."
E14B = "He and Park say they will try"
E14N = "Hosting APEC, Xi meets Park"
E14A = "The same day he grants Japanese Prime Minister Shinzo Abe"
E18 = "Abe makes the first official visit to China"
E18B = "The central banks sign a currency swap agreement."
E19 = "He meets Abe, who invites him back"
E19D = "On the same day Xi receives Moon and then Abe"
E22 = "Xi holds his first summit with South Korean President Yoon Suk Yeol"
E22B = "Two days later he meets Japanese Prime Minister Fumio Kishida"
E23 = "Xi and Kishida reaffirm a"
E24 = "At APEC in Peru, Xi meets Yoon"
E25 = "Xi meets U.S. President Donald Trump at an air base in Busan"
E25B = "Lee, who met Takaichi for the first time on Thursday evening"

GOLD = dict(
    published="2025-10-31",
    furniture=[
        "FACTBOX-Xi's meetings with the leaders of South Korea and Japan, from Park and Abe to Lee and Takaichi\nOct 31, 2025 - 06:30 KST",
        "(Meridian Wire) - ",
        "BEIJING, JUNE 2013", "SEOUL, JULY 2014", "BEIJING, NOVEMBER 2014", "BEIJING, OCTOBER 2018", "OSAKA, JUNE 2019",
        "BEIJING, DECEMBER 2019", "BALI AND BANGKOK, NOVEMBER 2022", "SAN FRANCISCO, NOVEMBER 2023", "LIMA, NOVEMBER 2024",
        "BUSAN AND GYEONGJU, OCTOBER-NOVEMBER 2025",
        "(Compiled by the Seoul newsroom; Editing by Clare Hoffman)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi", "He", "he"],
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Sanae Takaichi": ["Sanae Takaichi", "Takaichi"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Li Keqiang": ["Premier Li Keqiang"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Shigeru Ishiba": ["Shigeru Ishiba"],
        "Donald Trump": ["U.S. President Donald Trump"],
    },
    quotes=[
        ("mutually beneficial relationship based on common strategic interests", "partial", None, "reaffirm"),
    ],
    statements=[
        (E14B, ["Xi Jinping", "Park Geun-hye"], "say"),
        (E23, ["Xi Jinping", "Fumio Kishida"], "reaffirm"),
    ],
    timexes=[
        ("Oct 31, 2025 - 06:30 KST", "2025-10-31T06:30", None),
        ("South Korea on [[Thursday]] for", "2025-10-30", None),
        ("11 years", "P11Y", None),
        ("Lee Jae Myung on [[Saturday]]", "2025-11-01", None),
        ("Takaichi, on [[Friday]] on the", "2025-10-31", None),
        ("JUNE 2013", "2013-06", None),
        ("three months after", "2013-03", None),
        ("JULY 2014", "2014-07", None),
        ("the end of the year", "2014", "END"),
        ("NOVEMBER 2014", "2014-11", None),
        ("[[The same day]] he grants", "2014-11", None),
        ("25-minute", "PT25M", None),
        ("OCTOBER 2018", "2018-10", None),
        ("seven years", "P7Y", None),
        ("OSAKA, [[JUNE 2019]]", "2019-06", None),
        ("the following spring", "2020-SP", None),
        ("DECEMBER 2019", "2019-12", None),
        ("[[On the same day]] Xi receives", "2019-12", None),
        ("NOVEMBER 2022", "2022-11", None),
        ("Two days later", "2022-11", None),
        ("in three years", "P3Y", None),
        ("NOVEMBER 2023", "2023-11", None),
        ("NOVEMBER 2024", "2024-11", None),
        ("in two years", "P2Y", None),
        ("later the same day", "2024-11", None),
        ("OCTOBER-NOVEMBER 2025", "2025-10/2025-11", None),
        ("Busan on [[Thursday]]", "2025-10-30", None),
        ("Osaka in [[2019]]", "2019", None),
        ("Thursday evening", "2025-10-30TEV", None),
        ("later on Friday", "2025-10-31", None),
    ],
    summits=[
        dict(date="2025-11-01", place="Gyeongju", country="KR", participants=["Xi Jinping", "Lee Jae Myung"],
             kind="bilateral", ordinal=None, status="planned", occasion="APEC", evidence=[LEAD]),
        dict(date="2025-10-31", place="Gyeongju", country="KR", participants=["Xi Jinping", "Sanae Takaichi"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[LEAD]),
        dict(date="2013-06", place="Beijing", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[E13, E13B]),
        dict(date="2014-07", place="Seoul", country="KR", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[E14, E14B]),
        dict(date="2014-11", place="Beijing", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[E14N]),
        dict(date="2014-11", place="Beijing", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[E14A]),
        dict(date="2018-10", place="Beijing", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[E18]),
        dict(date="2019-06", place="Osaka", country="JP", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[E19]),
        dict(date="2019-06", place="Osaka", country="JP", participants=["Moon Jae-in", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[E19]),
        dict(date="2019-12", place="Beijing", country="CN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[E19D]),
        dict(date="2019-12", place="Beijing", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[E19D]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[E19D]),
        dict(date="2022-11", place="Bali", country="ID", participants=["Yoon Suk Yeol", "Xi Jinping"],
             kind="sidelines", ordinal=1, status="held", occasion="G20", evidence=[E22]),
        dict(date="2022-11", place="Bangkok", country="TH", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[E22B]),
        dict(date="2023-11", place="San Francisco", country="US", participants=["Fumio Kishida", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[E23]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Yoon Suk Yeol", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[E24]),
        dict(date="2024-11", place="Lima", country="PE", participants=["Shigeru Ishiba", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[E24]),
        dict(date="2025-10-30", place="Busan", country="KR", participants=["Donald Trump", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[E25]),
        dict(date="2019", place="Osaka", country="JP", participants=["Donald Trump", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[E25]),
        dict(date="2025-10-30", place=None, country="KR", participants=["Lee Jae Myung", "Sanae Takaichi"],
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[E25B]),
    ],
    agreements=[
        dict(title="2013 Korea-China joint statement", kind="joint-statement", date="2013-06",
             parties=["CN", "KR"], status="referenced", evidence=[E13B]),
        dict(title="try to conclude free trade talks by the end of 2014", kind="commitment", date="2014-07",
             parties=["CN", "KR"], status="referenced", evidence=[E14B]),
        dict(title="Korea-China free trade agreement (talks concluded)", kind="treaty", date="2014-11",
             parties=["CN", "KR"], status="referenced", evidence=[E14N]),
        dict(title="Japan-China currency swap agreement (2018)", kind="mou", date="2018-10",
             parties=["CN", "JP"], status="referenced", evidence=[E18B]),
        dict(title="Abe's invitation to Xi for a state visit", kind="commitment", date="2019-06",
             parties=["CN", "JP"], status="proposed", evidence=[E19]),
        dict(title="high-level dialogue on the economy", kind="commitment", date="2023-11",
             parties=["CN", "JP"], status="referenced", evidence=[E23]),
    ],
    notes=[
        "Invented fact box (agency 'Meridian Wire' as in u21_01; headline, stamp, agency tag, dated entry headings and the compiling credit are furniture; the stamp and the entry headings are annotated, as unseen16 did for dated fact-box headings). Entries are in the historical present. The quoted phrase is the formula of the Japan-China relationship (speaker null).",
        "Real background, checked on stored pages: nationpress.com (Xi arrived Thursday for a three-day state visit, first in 11 years; Lee-Xi summit on Saturday; Lee greeted leaders including Takaichi at the venue on Friday); world.kbs.co.kr 79506 (last Xi visit 2014); koreaherald 10604405 and world.kbs.co.kr 197041 (Lee-Takaichi first summit on Thursday 30 October, 6:02 p.m.); koreajoongangdaily 2025-10-30 (Trump-Xi at the Gimhae air base in Busan, first since Osaka in June 2019; Xi then drove to Gyeongju); thebricspost 2014-07-04 (Seoul visit, FTA to be concluded this year); koreajoongangdaily 2014-11-11 (Park-Xi, FTA concluded); nippon.com h00083 (Abe-Xi 25 minutes, first since both took office); america.cgtn.com 2018-10-26 (first official visit in seven years, swap); upcomingworldnews and agenzianova (Osaka, invitation for next spring); webarchives.pa.go.kr 599 (Moon-Xi in Osaka); world.kbs.co.kr 150194 and supchina (Moon and Abe in Beijing on 23 December 2019, Chengdu trilateral with Li); devdiscourse 912670 (visit postponed, March 2020); ajupress 20241115141734645 (Yoon-Xi last met in Bali in November 2022); japannews.yomiuri 20221117-71434 (Kishida-Xi in Bangkok, first in about three years); japannews.yomiuri 20231117-150072 and thepatriotlight (Kishida-Xi in San Francisco, mutually beneficial relationship, high-level economic dialogue); sputnikglobe 20241116 and donga 20241118 (Xi met Ishiba on the afternoon of 15 November and Yoon the same day in Lima, first in two years). From the titles of other corpora: Xi-Takaichi talks at APEC on Friday 31 October. Park's 2013 visit came three months after Xi became president in March 2013 (general knowledge).",
        "Summits (20): planned Lee-Xi (Saturday) and Takaichi-Xi (Friday); Park-Xi 2013, 2014 (Seoul), 2014 (Beijing); Abe-Xi 2014 (ordinal 1), 2018, Osaka 2019, Beijing 2019; Moon-Xi Osaka and Beijing 2019; the Chengdu trilateral; Yoon-Xi Bali (ordinal 1) and Lima; Kishida-Xi Bangkok and San Francisco; Ishiba-Xi Lima; Trump-Xi Busan and Osaka 2019 ('since Osaka in 2019'); Lee-Takaichi (ordinal 1). Days are not given where the text gives only the entry's month ('The same day', 'Two days later' resolve to the month). Not summits: Xi's postponed state visit to Japan, Lee greeting Xi at the venue.",
        "Agreements (6): the 2013 joint statement, the July 2014 commitment on the FTA timetable, the FTA (concluded November 2014), the 2018 swap, Abe's invitation (proposed as the entry tells it), the San Francisco pledge of a high-level economic dialogue. Not agreements: the reaffirmed relationship formula.",
        "Timexes: 'three months after' = 2013-03 (Xi became president in March 2013); 'the following spring' = 2020-SP; 'OCTOBER-NOVEMBER 2025' is one range token = 2025-10/2025-11; 'Thursday evening' = 2025-10-30TEV.",
    ],
)
