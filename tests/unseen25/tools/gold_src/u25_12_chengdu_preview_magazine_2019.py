# ruff: noqa: E501
CHANGE = "That changes on Tuesday"
MEET = "The meeting, on the margins of the eighth trilateral summit"
KIM = "Deputy National Security Adviser Kim Hyun-chong told reporters"
OSAKA = "At the Group of 20 summit in Osaka in late June"
JULY = "In July Tokyo tightened controls"
BKK = "The thaw, such as it is, began in Bangkok"
CONV = "Moon's office insisted the encounter was"
AGREED = "The two agreed that ties mattered"
LAPSE = "Eighteen days later, about six hours before the pact was due to lapse"
TOKYO = "Tokyo, for its part, agreed to hold a policy dialogue"
BEIJING = "Moon will first stop in Beijing on Monday"
ANNIV = "This year marks the 20th anniversary of three-way cooperation"
INSIST = "Tokyo insists that wartime labour claims were settled"
OFFS = "Officials on both sides talk of"
OKAFOR = "said Daniel Okafor"

GOLD = dict(
    published="2019-12-20",
    furniture=[
        "THE WEEK IN ASIA | DIPLOMACY\n"
        "A Christmas Eve table in Chengdu, and the two guests who have barely spoken all year\n"
        "Beijing will host Moon and Abe for their first formal talks in 15 months. The agenda is short; the grievances are not.\n"
        "By Ruth Calloway in Hong Kong and Yuki Sato in Tokyo\n"
        "December 20, 2019",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Xi Jinping": ["President Xi Jinping", "Xi"],
        "Kim Hyun-chong": ["Deputy National Security Adviser Kim Hyun-chong"],
        "Keizo Obuchi": ["Keizo Obuchi"],
        "Zhu Rongji": ["Zhu Rongji"],
        "Kim Dae-jung": ["Kim Dae-jung"],
        "Daniel Okafor": ["Daniel Okafor, who follows Northeast Asian diplomacy at the Lantau Policy Centre"],
        "Office of the President of South Korea": ["Cheong Wa Dae", "Moon's office"],
        "Government of Japan": ["Tokyo"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("Given the state of relations", "direct", "Kim Hyun-chong", "told reporters"),
        ("conversation,", "partial", "Office of the President of South Korea", "insisted"),
        ("every available means.", "partial", "Shinzo Abe", "said"),
        ("managing", "partial", None, "talk of"),
        ("solving.", "partial", None, "talk of"),
        ("Chengdu is a room, not a remedy,", "direct", "Daniel Okafor", "said"),
        ("But a year ago they could not agree on the room.", "direct", "Daniel Okafor", None),
    ],
    statements=[
        (CHANGE, ["Office of the President of South Korea"], "announced"),
        (KIM, ["Kim Hyun-chong"], "told reporters"),
        (CONV, ["Office of the President of South Korea"], "insisted"),
        (AGREED, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        (TOKYO, ["Government of Japan", "Government of South Korea"], "agreed"),
        (INSIST, ["Government of Japan", "Government of South Korea"], "insists"),
        (OFFS, [None], "talk of"),
        (OKAFOR, ["Daniel Okafor"], "said"),
    ],
    timexes=[
        ("A [[Christmas Eve]] table", "2019-12-24", None),
        ("[[15 months]]. The agenda", "P15M", None),
        ("December 20, 2019", "2019-12-20", None),
        ("For most of [[2019]]", "2019", None),
        ("changes on [[Tuesday]]", "2019-12-24", None),
        ("announced on [[Friday]]", "2019-12-20", None),
        ("September last year", "2018-09", None),
        ("the past year", "P1Y", None),
        ("about [[next week]].", "2019-W52", None),
        ("late June", "2019-06", "END"),
        ("In [[July]] Tokyo", "2019-07", None),
        ("in [[August]] Seoul", "2019-08", None),
        ("signed in [[2016]]", "2016", None),
        ("Nov. 4", "2019-11-04", None),
        ("11 minutes", "PT11M", None),
        ("Eighteen days later", "2019-11-22", None),
        ("about six hours", "PT6H", "APPROX"),
        ("Beijing on [[Monday]]", "2019-12-23", None),
        ("[[This year]] marks", "2019", None),
        ("in [[1999]]", "1999", None),
        ("the [[1965]] agreement", "1965", None),
        ("a year ago", "2018-12", None),
    ],
    summits=[
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="planned", occasion="the China-Japan-South Korea trilateral summit", evidence=[CHANGE, MEET, KIM]),
        dict(date="2019-12-24", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=8, status="planned", occasion=None, evidence=[MEET]),
        dict(date="2018-09", place="New York", country="US", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[MEET]),
        dict(date="2019-11-04", place="Bangkok", country="TH", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN Plus Three", evidence=[BKK, CONV, AGREED]),
        dict(date="2019-12-23", place="Beijing", country="CN", participants=["Moon Jae-in", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[BEIJING]),
        dict(date="2019-12", place=None, country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[BEIJING]),
        dict(date="2019-12", place=None, country="CN", participants=["Shinzo Abe", "Li Keqiang"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[BEIJING]),
        dict(date="1999", place="Manila", country="PH", participants=["Keizo Obuchi", "Zhu Rongji", "Kim Dae-jung"],
             kind="trilateral", ordinal=None, status="held", occasion="ASEAN Plus Three", evidence=[ANNIV]),
    ],
    agreements=[
        dict(title="reaffirmed principle of settling Korea-Japan disputes through dialogue (Bangkok)", kind="commitment",
             date="2019-11-04", parties=["JP", "KR"], status="referenced", evidence=[AGREED]),
        dict(title="Moon's suggestion to consider higher-level Korea-Japan talks", kind="commitment", date="2019-11-04",
             parties=["JP", "KR"], status="proposed", evidence=[AGREED]),
        dict(title="GSOMIA intelligence-sharing pact", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[JULY, LAPSE]),
        dict(title="Japan to hold a policy dialogue on export controls with South Korea", kind="commitment", date="2019-11-22",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="1965 agreement settling wartime claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[INSIST]),
    ],
    notes=[
        "Invented news-magazine preview ('The Week in Asia' section, reporters, the analyst and the Lantau Policy Centre are invented; section line, headline, standfirst, byline and date line are furniture; the headline's 'Christmas Eve', the standfirst's '15 months' and the date line are annotated). Kim Hyun-chong's quote is a reworded rendering of what he is reported to have said; the Okafor quotes are invented; 'conversation' and 'every available means' follow the stored pages; 'managing' and 'solving' are recorded as partial quotes of unnamed officials (debatable: they could be read as terms).",
        "Real facts checked on stored pages: en.yna.co.kr AEN20191220003800315 and m-en.yna.co.kr AEN20191220003200315 (Cheong Wa Dae announced on Friday 20 December a Moon-Abe summit in Chengdu on Christmas Eve, first official summit in 15 months; Kim Hyun-chong's remark; previous formal summit in September last year at the UN General Assembly; impromptu meeting in Bangkok in November; eighth trilateral hosted by Li Keqiang; Moon-Xi in Beijing on Monday); donga.com 20191216 (Abe will meet Xi and Li); m-en.yna.co.kr AEN20191104004900315 and theasian.asia 106766 (Bangkok, 4 November, 11 minutes, 'conversation' not formal talks; principle of dialogue; Moon proposed higher-level consultations, Abe agreed to explore 'every available means'; Osaka in late June; export curbs in early July); korea.net articleId 179694 (22 November, about six hours before termination, conditional suspension; simultaneous announcement; policy dialogue on export management; WTO procedure halted); m-en.yna.co.kr AEN20190823004651325 (GSOMIA decision in August, signed in 2016); filipino.cri.cn (20th anniversary of three-way cooperation). From the titles of the project's other corpora and general knowledge: the first three-way breakfast of Obuchi, Zhu Rongji and Kim Dae-jung in Manila in 1999; Tokyo's position on the 1965 agreement.",
        "Summits (8): the planned Moon-Abe meeting in Chengdu (24 December); the planned eighth trilateral (ordinal 8); Moon-Abe in New York (September 2018); the 11-minute Bangkok sit-down (recorded as a held sideline meeting although Seoul called it a 'conversation', debatable); the planned Moon-Xi talks in Beijing (Monday); Abe's planned meetings with Xi and with Li (December, no place in the text); the 1999 Manila breakfast (participants from the public record). Not summits: the Osaka handshake.",
        "Agreements (5): the Bangkok reaffirmation of dialogue (referenced commitment); Moon's suggestion of higher-level talks (proposed); GSOMIA (treaty, 2016-11 as the public-record date of the pact, the text gives 2016); Japan's agreement to hold an export-control policy dialogue (referenced commitment); the 1965 agreement (treaty). Not agreements: Seoul's suspension of its withdrawal and of its WTO complaint, Japan's export controls (unilateral).",
        "Timexes: 'Eighteen days later' = 2019-11-22 (the date it points to); 'next week' (Friday 20 December, week 51) = 2019-W52; 'a year ago' = 2018-12; 'the past year' = P1Y; 'about six hours' = PT6H APPROX; 'in 15 months' in the standfirst is a duration; '20th anniversary' and 'eighth' are ordinals.",
    ],
)
