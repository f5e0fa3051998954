# ruff: noqa: E501
LEDE = "The government has lodged a protest with Seoul"
URGED = "He urged Seoul to"
HOSTED = "South Korean President Moon Jae-in hosted the dinner"
DAYAFTER = "The dinner came a day after Trump and Prime Minister Shinzo Abe held talks"
DANANG = "Abe and Moon are both due in Da Nang"
LAST = "The two last sat down together in September"
BEIJING = "Trump left Seoul for Beijing on Wednesday"
ANSWERED = "Tokyo answered by reminding everyone"
AGREE = "The agreement, reached in December 2015"
MOONSAID = "Moon has said most South Koreans cannot accept it"

GOLD = dict(
    published="2017-11-08",
    furniture=[
        "Tokyo protests 'comfort woman' guest, 'Dokdo shrimp' at Seoul's state dinner for Trump\n"
        "November 8, 2017 | 20:15 JST\n"
        "By Keiko Arimura / Staff Writer",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Government of Japan": ["The government"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "the government's top spokesman", "He", "Suga"],
        "Taro Kono": ["Foreign Minister Taro Kono"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Lee Yong-soo": ["Lee Yong-soo"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Akira Nagai": ["Akira Nagai, a researcher at the Shinagawa Institute of Asian Affairs"],
        "Office of the President of South Korea": ["Seoul's presidential office"],
    },
    quotes=[
        ("steadily implement", "partial", "Yoshihide Suga", "urged"),
        ("finally and irreversibly", "partial", None, "described"),
        ("At a time when Japan, the United States and South Korea must stand", "direct", "Yoshihide Suga", "said"),
        ("regrettable", "partial", "Taro Kono", "called"),
        ("not appropriate", "partial", None, "said"),
        ("Seoul wanted to remind Washington", "direct", "Akira Nagai", "said"),
        ("Neither message is new", "direct", "Akira Nagai", None),
    ],
    statements=[
        (LEDE, ["Government of Japan"], "lodged a protest"),
        ("Chief Cabinet Secretary Yoshihide Suga, the government's top spokesman, said", ["Yoshihide Suga"], "said"),
        (URGED, ["Yoshihide Suga"], "urged"),
        ("Foreign Minister Taro Kono, speaking to reporters in Da Nang", ["Taro Kono"], "called"),
        ("Seoul's presidential office said the menu", ["Office of the President of South Korea", None], "said"),
        (DANANG, [None], "said"),
        (MOONSAID, ["Moon Jae-in"], "has said"),
    ],
    timexes=[
        ("November 8, 2017 | 20:15 JST", "2017-11-08T20:15", None),
        ("Tuesday's state banquet", "2017-11-07", None),
        ("conference [[on Tuesday]]", "2017-11-07", None),
        ("the [[2015]] bilateral agreement", "2015", None),
        ("Tuesday evening", "2017-11-07TEV", None),
        ("Representatives in [[2007]]", "2007", None),
        ("a day after", "2017-11-07", None),
        ("summit on [[Friday]]", "2017-11-10", None),
        ("and [[Saturday]], but", "2017-11-11", None),
        ("together in [[September]]", "2017-09", None),
        ("two months after", "2017-09", None),
        ("Beijing [[on Wednesday]]", "2017-11-08", None),
        ("Xi Jinping [[on Thursday]]", "2017-11-09", None),
        ("the [[2015]] deal", "2015", None),
        ("December 2015", "2015-12", None),
        ("since [[July]]", "2017-07", None),
    ],
    summits=[
        dict(date="2017-11-07", place="Seoul", country="KR",
             participants=["Moon Jae-in", "Donald Trump"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[HOSTED]),
        dict(date="2017-11-06", place="Tokyo", country="JP",
             participants=["Donald Trump", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[DAYAFTER]),
        dict(date="2017-09", place="Vladivostok", country="RU",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="Eastern Economic Forum", evidence=[LAST]),
        dict(date="2017-07", place="Hamburg", country="DE",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[LAST]),
        dict(date="2017-11-09", place="Beijing", country="CN",
             participants=["Donald Trump", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[BEIJING]),
    ],
    agreements=[
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[URGED, ANSWERED, AGREE, MOONSAID]),
        dict(title="step up pressure on Pyongyang (Trump-Abe talks in Tokyo)", kind="commitment", date="2017-11-06",
             parties=["JP", "US"], status="referenced", evidence=[DAYAFTER]),
    ],
    notes=[
        "Invented Tokyo daily story (outlet 'The Akasaka Times', writer, researcher and institute invented; headline, stamp and byline are furniture; the stamp is annotated). All direct quotes are invented, including Suga's; the partials 'steadily implement' and 'regrettable' echo reported words; 'finally and irreversibly' is the agreement's own wording (speaker null).",
        "Real background, checked on stored pages: japantimes 2017-11-07 (Kyodo: South Korea invited Lee Yong-soo, 88, to the state banquet for Trump on Tuesday; 'Dokdo shrimp'; Suga at a routine news conference urged steady implementation and said Japan had explained its position through diplomatic channels; Trump arrived from Tokyo on a five-nation tour); mainichi 2017-11-08 (Suga's press conference on 7 November; Lee testified to the U.S. House in 2007); koreajoongangdaily 2017-11-09 (Kono told reporters in Da Nang on Wednesday the arrangements were 'regrettable'; Trump embraced Lee); koreaherald 2017-11-09 and newser (Seoul's foreign ministry called Japan's comments inappropriate; presidential office on the menu's meaning); japan-forward (menu meant to express sincerity to a first-time visitor). From general knowledge: the Trump-Abe talks at the Akasaka State Guest House on 6 November 2017; Trump's departure for Beijing on 8 November and talks with Xi on 9 November; APEC leaders in Da Nang on 10-11 November; Moon-Abe in Vladivostok (7 September 2017) and Hamburg (7 July 2017); the ¥1 billion foundation; the task force reviewing the deal from July 2017.",
        "Summits (5): Moon-Trump in Seoul (told through 'after a summit with Trump'), Trump-Abe in Tokyo ('a day after ... held talks'), Vladivostok (September) and Hamburg (ordinal 1, 'their first talks') as background, and the planned Trump-Xi meeting 'on Thursday'. Not summits: the state banquet (part of the Seoul visit), a Moon-Abe meeting in Da Nang ('no meeting ... has been arranged'), the APEC summit itself.",
        "Agreements (2): the 2015 agreement (joint-statement, referenced, four evidence sentences, one inside a quote); the Trump-Abe commitment to step up pressure (JP/US, referenced as background to the reported event). Not agreements: the protest, Seoul's menu choices.",
        "Timexes: 'a day after' takes the date it points to (the dinner, 7 November); 'two months after their first talks' points to the Vladivostok meeting (2017-09); 'since July' = 2017-07 (the start of the review); 'Friday and Saturday' are two expressions.",
    ],
)
