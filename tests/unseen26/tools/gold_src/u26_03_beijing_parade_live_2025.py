# ruff: noqa: E501
XIKIM = "Kim Jong Un is expected to sit down with Xi Jinping on Thursday"
FINISHED = "Putin and Kim have finished their talks"
KREMLIN = "According to the Kremlin, the two leaders rode together"
INVITE = "Putin invited Kim to come to Russia again."
VOST = "Kim's last trip there was in September 2023"
TREATY = "Kim told Putin that ties had"
DUTY = "If there was more to be done for Russia"
TRUMP = "U.S. President Donald Trump, in a social media post"
HAYASHI = "Chief Cabinet Secretary Yoshimasa Hayashi told"
KYODO = "Background: Kyodo News reported last month"
TOKYO = "President Lee Jae Myung chose Tokyo for his first bilateral trip"
WASH = "Lee then flew on to Washington for his first summit with Trump"
PHONE = "A presidential office official said Lee was following"
GYEONGJU = "Seoul hopes Lee and Xi will hold their first face-to-face talks"
WOO = "He is the most senior South Korean figure"
UNDERWAY = "Xi walked down the red carpet"
GREATHALL = "Xi hosted Putin for formal talks at the Great Hall of the People"
TIANJIN = "Both men came to the capital from Tianjin"

GOLD = dict(
    published="2025-09-03",
    furniture=[
        "LIVE | Beijing's Victory Day parade: Xi, Putin and Kim share the rostrum; Speaker Woo in the stands; Putin and Kim hold talks\n"
        "The Yeouido Daily | Last updated: Wednesday, September 3, 2025, 21:35 KST\n"
        "Reporting by our correspondents in Beijing, Seoul and Tokyo",
        "\n[[21:35 KST]]\nThat",
        "20:50 KST",
        "19:10 KST",
        "16:40 KST",
        "13:20 KST",
        "11:15 KST",
        "10:05 KST",
        "09:20 KST",
        "Photo: Xi Jinping, Vladimir Putin and Kim Jong Un at Tiananmen Gate on Wednesday. (Pool)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Jong Un": ["Kim Jong Un", "Kim", "he"],
        "Xi Jinping": ["Xi Jinping", "Xi", "the Chinese leader"],
        "Vladimir Putin": ["Putin", "Vladimir Putin"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Yoshimasa Hayashi": ["Chief Cabinet Secretary Yoshimasa Hayashi"],
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba"],
        "Woo Won-shik": ["National Assembly Speaker Woo Won-shik", "Speaker Woo"],
        "Park Geun-hye": ["then President Park Geun-hye"],
        "Ukhnaa Khurelsukh": ["Mongolian President Ukhnaa Khurelsukh"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi", "Modi"],
        "Kremlin": ["the Kremlin"],
        "Kyodo News": ["Kyodo News"],
        "Government of Japan": ["Tokyo"],
        "Government of China": ["Beijing"],
    },
    quotes=[
        ("significantly strengthened", "partial", "Kim Jong Un", "told"),
        ("a fraternal duty", "partial", "Kim Jong Un", "said"),
        ("warmest regards", "partial", "Donald Trump", "asked"),
        ("as you conspire against", "partial", "Donald Trump", "asked"),
        ("watch with interest", "partial", "Yoshimasa Hayashi", "told"),
        ("through reports", "partial", None, "said"),
    ],
    statements=[
        (XIKIM, [None], "said"),
        (KREMLIN, ["Kremlin"], "according to"),
        (INVITE, ["Vladimir Putin"], "invited"),
        (TREATY, ["Kim Jong Un"], "told"),
        (DUTY, ["Kim Jong Un"], "said"),
        (TRUMP, ["Donald Trump"], "asked"),
        ("A Kremlin aide replied that no such thought", [None], "replied"),
        (HAYASHI, ["Yoshimasa Hayashi"], "told"),
        (KYODO, ["Kyodo News", "Government of Japan"], "reported"),
        ("Beijing lodged a protest and demanded an explanation.", ["Government of China"], "lodged a protest"),
        (TOKYO, ["Lee Jae Myung", "Shigeru Ishiba"], "agreed"),
        (PHONE, [None], "said"),
    ],
    timexes=[
        ("Wednesday, September 3, 2025, 21:35 KST", "2025-09-03T21:35", None),
        ("\n[[21:35 KST]]\nThat", "2025-09-03T21:35", None),
        ("today's live coverage", "2025-09-03", None),
        ("Xi Jinping [[on Thursday]]", "2025-09-04", None),
        ("20:50 KST", "2025-09-03T20:50", None),
        ("September 2023", "2023-09", None),
        ("June last year", "2024-06", None),
        ("19:10 KST", "2025-09-03T19:10", None),
        ("16:40 KST", "2025-09-03T16:40", None),
        ("his [[afternoon]] news conference", "2025-09-03TAF", None),
        ("reported [[last month]]", "2025-08", None),
        ("Aug. 23", "2025-08-23", None),
        ("17 years", "P17Y", None),
        ("two days later", "2025-08-25", None),
        ("13:20 KST", "2025-09-03T13:20", None),
        ("the end of October", "2025-10", "END"),
        ("11:15 KST", "2025-09-03T11:15", None),
        ("rostrum in [[2015]]", "2015", None),
        ("a day after she held talks", "2015", None),
        ("10:05 KST", "2025-09-03T10:05", None),
        ("about 70 minutes", "PT1H10M", "APPROX"),
        ("took power in [[2011]]", "2011", None),
        ("China since [[2019]]", "2019", None),
        ("09:20 KST", "2025-09-03T09:20", None),
        ("10 a.m. Korean time", "2025-09-03T10:00", None),
        ("People [[yesterday]]", "2025-09-02", None),
        ("over [[Sunday]] and Monday", "2025-08-31", None),
        ("Sunday and [[Monday]]", "2025-09-01", None),
        ("the first day", "2025-08-31", None),
        ("Tiananmen Gate [[on Wednesday]]", "2025-09-03", None),
    ],
    summits=[
        dict(date="2025-09-03", place="Beijing", country="CN",
             participants=["Vladimir Putin", "Kim Jong Un"], kind="sidelines", ordinal=None,
             status="held", occasion="Victory Day parade", evidence=[FINISHED, KREMLIN, TREATY]),
        dict(date="2025-09-04", place="Beijing", country="CN",
             participants=["Xi Jinping", "Kim Jong Un"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[XIKIM]),
        dict(date="2023-09", place="Vostochny", country="RU",
             participants=["Vladimir Putin", "Kim Jong Un"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[VOST]),
        dict(date="2024-06", place="Pyongyang", country="KP",
             participants=["Vladimir Putin", "Kim Jong Un"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TREATY]),
        dict(date="2025-08-23", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2025-08-25", place="Washington", country="US",
             participants=["Lee Jae Myung", "Donald Trump"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[WASH]),
        dict(date="2025-10", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Xi Jinping"], kind="sidelines", ordinal=1,
             status="planned", occasion="APEC", evidence=[GYEONGJU]),
        dict(date="2015", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[WOO]),
        dict(date="2025-09-02", place="Beijing", country="CN",
             participants=["Xi Jinping", "Vladimir Putin"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[GREATHALL]),
        dict(date="2025-09-02", place="Beijing", country="CN",
             participants=["Xi Jinping", "Vladimir Putin", "Ukhnaa Khurelsukh"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[GREATHALL]),
        dict(date="2025-08-31", place="Tianjin", country="CN",
             participants=["Xi Jinping", "Narendra Modi"], kind="sidelines", ordinal=None,
             status="held", occasion="Shanghai Cooperation Organisation summit", evidence=[TIANJIN]),
    ],
    agreements=[
        dict(title="invitation for Kim to visit Russia again", kind="commitment", date="2025-09-03",
             parties=["KP", "RU"], status="proposed", evidence=[INVITE]),
        dict(title="Russia-North Korea treaty on comprehensive strategic partnership", kind="treaty", date="2024-06",
             parties=["KP", "RU"], status="referenced", evidence=[TREATY]),
        dict(title="revive regular visits between the leaders (shuttle diplomacy)", kind="commitment", date="2025-08-23",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="Japan-Korea joint press statement of Aug. 23, 2025", kind="joint-statement", date="2025-08-23",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
    ],
    notes=[
        "Invented live page of a Seoul English-language daily ('The Yeouido Daily'); headline, last-updated line, correspondents line, entry stamps (KST) and the photo caption are furniture; all stamps and the caption's 'on Wednesday' are annotated. Invented: entry times, the diplomatic sources' expectation of Xi-Kim talks on Thursday (the meeting took place on 4 Sept 2025 per general knowledge), Hayashi's remark 'watch with interest', the presidential office official's remark, the parade's start in Korean time. Kim's and Trump's fragments follow the reported wording.",
        "Real background, checked on stored pages: ksat.com, livemint.com, mb.com.ph and thedailyworldbulletin.com 2025-09-03 (Putin-Kim talks at Diaoyutai after the parade; same car from the reception; delegations then one-on-one; Putin invited Kim to visit Russia again, after his 2023 visit; Kim: cooperation 'significantly strengthened' since the June 2024 pact signed in Pyongyang; 'fraternal duty'; Trump's post 'as you conspire against The United States of America'; a Kremlin aide's reply); trt.global (Xi walked between Putin and Kim; 70-minute parade; first public encounter of the three); preview.deepnewz.com and devdiscourse (Speaker Woo Won-shik to attend; 26 leaders); localnewswave (first gathering with both); ynetnews and agentictribune (Kim's first visit to China since 2019; first multilateral event since 2011); africanews, trtworld.com, thedailystar.net, mb.com.ph 2025-09-02, sputnikglobe (Xi-Putin talks at the Great Hall of the People on Tuesday 2 Sept, then tea at Xi's residence; trilateral with Khurelsukh; SCO summit in Tianjin; Modi not attending the parade); stripes.com, millenniumpost.in, anews.com.tr, devdiscourse (Kyodo: Japan told other nations through its embassies that the events had anti-Japanese overtones; China protested and sought clarification); deepnewz and todayheadline (Lee's first bilateral visit, Tokyo, 23 Aug; first joint statement in 17 years; agreement to resume shuttle diplomacy; Lee-Trump on 25 Aug); nationpress/newsgram (APEC in Gyeongju, Xi's first visit in 11 years; first Lee-Xi summit). From general knowledge: Xi-Modi talks in Tianjin on Sunday 31 Aug 2025; Vostochny meeting in September 2023; Park-Xi talks on 2 Sept 2015 before the 3 Sept parade; Hayashi as Chief Cabinet Secretary.",
        "Summits (11): Putin-Kim (held, 'sidelines' of the parade, debatable); planned Xi-Kim (Thursday); Putin-Kim at Vostochny (2023-09) and Pyongyang (2024-06, implied by the treaty signing); Lee-Ishiba in Tokyo (23 Aug); Lee-Trump (ordinal 1, 'two days later'); the planned first Lee-Xi meeting at APEC in Gyeongju (dated 2025-10 as 'the end of October', ordinal 1); Park-Xi (2015, only the year in the text); Xi-Putin and the Xi-Putin-Khurelsukh three-way meeting (2 Sept); Xi-Modi in Tianjin (31 Aug, SCO). Not summits: the parade itself, the walk down the red carpet, a phone call Lee does not plan, Woo's attendance (a speaker is not a leader).",
        "Agreements (4): Putin's invitation to Kim (proposed); the 2024 Russia-North Korea treaty (referenced); the Lee-Ishiba commitment to revive regular leaders' visits and their joint press statement (both referenced, from one sentence). Not agreements: Tokyo's request to other governments (unilateral), Beijing's protest.",
        "Timexes: 'a day after she held talks with Xi' points to the 2015 parade day, which the text dates only by year (2015); 'two days later' = 25 Aug; 'the end of October' = 2025-10 END; 'the first day' of the SCO summit = 31 Aug; '17 years' = P17Y; 'about 70 minutes' = PT1H10M APPROX.",
    ],
)
