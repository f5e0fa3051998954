# ruff: noqa: E501
LEDE = "Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks here on Sunday"
MEET = "The meeting, which began around noon local time"
CAMP = "They last met in August at Camp David"
PROP = "Yoon said South Korea, as this year's chair"
REPLY = "Kishida replied that Japan would continue"
GLOBAL = "The two leaders also agreed to work together on global issues"
LI = "Chinese Premier Li Qiang told Yoon in Jakarta on Thursday"
CHENGDU = "The last leaders' summit of the three countries"
SAT = "On Saturday, he met Indian Prime Minister Narendra Modi"

GOLD = dict(
    published="2023-09-10",
    furniture=[
        "Kishida, Yoon hold sixth talks in six months on G20 sidelines; Tokyo backs Seoul on three-way summit\n"
        "Sunday, September 10, 2023, 21:35 JST\n"
        "Kanda Press",
        "NEW DELHI, Sept. 10 (Kanda Press) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Prime Minister Fumio Kishida", "Kishida", "he", "He"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk Yeol", "Yoon", "his"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Li Qiang": ["Chinese Premier Li Qiang"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        "Mark Rutte": ["Dutch Prime Minister Mark Rutte"],
        "Recep Tayyip Erdogan": ["Turkish President Recep Tayyip Erdogan"],
        "Moon Jae-in": [],
        "Shinzo Abe": [],
        "Li Keqiang": [],
        "Office of the President of South Korea": ["South Korea's presidential office", "the office", "Yoon's office"],
    },
    quotes=[
        ("Let us keep meeting often", "direct", "Yoon Suk Yeol", "told"),
        ("further understanding", "partial", "Fumio Kishida", "told reporters"),
    ],
    statements=[
        (LEDE, ["Fumio Kishida", "Yoon Suk Yeol"], "confirmed"),
        (PROP, ["Yoon Suk Yeol"], "said"),
        (REPLY, ["Fumio Kishida", None], "replied"),
        (GLOBAL, ["Fumio Kishida", "Yoon Suk Yeol", "Office of the President of South Korea"], "agreed"),
        (LI, ["Li Qiang"], "told"),
        (SAT, ["Fumio Kishida"], "explaining"),
        ("Yoon, for his part, spoke briefly with Biden", ["Yoon Suk Yeol"], "thanking"),
        ("Yoon's office described it as a brief encounter", ["Office of the President of South Korea"], "described"),
        ("Kishida told reporters after the summit closed", ["Fumio Kishida"], "told reporters"),
    ],
    timexes=[
        ("in [[six months]] on G20", "P6M", None),
        ("Sunday, September 10, 2023, 21:35 JST", "2023-09-10T21:35", None),
        ("NEW DELHI, [[Sept. 10]]", "2023-09-10", None),
        ("here [[on Sunday]]", "2023-09-10", None),
        ("around noon local time", "2023-09-10T12:00", "APPROX"),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("since [[March]]", "2023-03", None),
        ("met in [[August]]", "2023-08", None),
        ("[[this year's]] chair", "2023", None),
        ("the second half of the year", "2023-H2", None),
        ("Jakarta [[on Thursday]]", "2023-09-07", None),
        ("appropriate time [[this year]]", "2023", None),
        ("Sept. 25", "2023-09-25", None),
        ("December 2019", "2019-12", None),
        ("two-day", "P2D", None),
        ("[[On Saturday]], he met", "2023-09-09", None),
        ("Friday evening", "2023-09-08TEV", None),
        ("began [[last month]]", "2023-08", None),
        ("lounge [[on Saturday]]", "2023-09-09", None),
        ("as early as Wednesday", "2023-09-13", None),
    ],
    summits=[
        dict(date="2023-09-10", place="New Delhi", country="IN",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[LEDE, MEET]),
        dict(date="2023-03", place="Tokyo", country="JP",
             participants=["Fumio Kishida", "Yoon Suk Yeol"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[MEET]),
        dict(date="2023-08", place="Camp David", country="US",
             participants=["Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[CAMP]),
        dict(date="2023-09-07", place="Jakarta", country="ID",
             participants=["Li Qiang", "Yoon Suk Yeol"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits", evidence=[LI]),
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[CHENGDU]),
        dict(date="2023", place=None, country="KR",
             participants=["Yoon Suk Yeol", "Fumio Kishida", "Li Qiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[PROP, LI]),
        dict(date="2023-09-09", place="New Delhi", country="IN",
             participants=["Fumio Kishida", "Narendra Modi"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[SAT]),
        dict(date="2023-09-09", place="New Delhi", country="IN",
             participants=["Fumio Kishida", "Anthony Albanese"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[SAT]),
        dict(date="2023-09-09", place="New Delhi", country="IN",
             participants=["Fumio Kishida", "Mark Rutte"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[SAT]),
        dict(date="2023-09-08", place="New Delhi", country="IN",
             participants=["Fumio Kishida", "Recep Tayyip Erdogan"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[SAT]),
    ],
    agreements=[
        dict(title="keep communicating closely at every level, including between the leaders", kind="commitment",
             date="2023-09-10", parties=["JP", "KR"], status="agreed", evidence=[LEDE]),
        dict(title="work together to move the Japan-China-ROK summit process forward (Yoon's proposal)", kind="commitment",
             date="2023-09-10", parties=["JP", "KR"], status="proposed", evidence=[PROP]),
        dict(title="work together on global issues", kind="commitment", date="2023-09-10",
             parties=["JP", "KR"], status="agreed", evidence=[GLOBAL]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Kanda Press'; headline, stamp, agency line and dateline prefix are furniture; the headline duration, stamp and dateline are annotated). Yoon's direct quote paraphrases his reported words and is not their wording; the Japanese official's account of Kishida's reply is paraphrased.",
        "Real background, checked on stored pages: world.kbs.co.kr 2023-09-10 (English and German: Yoon-Kishida talks on Sunday at around noon for about 20 minutes; Yoon proposed advancing the trilateral process, Kishida responded positively; sixth meeting in six months since March; global issues; Li Qiang told Yoon on Thursday Beijing supports a trilateral at a proper time this year); cm.asiae.co.kr (presidential office: 30 minutes, last met at Camp David in mid-August, 'continue active meetings in the second half'); japannews.yomiuri 2023-09-11 and nippon.com (frequent communication at all levels; support for Seoul as chair; Kishida met Albanese, Rutte and Modi on Saturday and Erdogan on Friday evening, explaining the treated water); timesofjp (senior diplomats possibly meeting in Seoul on 25 September; last met in August); m-en.yna 2023-09-09 (Yoon and Biden met briefly in the leaders' lounge on Saturday); english-tools.ganp (Kishida's post-summit remarks on support for the water release; reshuffle as early as Wednesday). From general knowledge: Chengdu December 2019 as the last trilateral (Moon, Abe, Li Keqiang), Yoon's Tokyo visit in March 2023, the water release from 24 August 2023.",
        "Summits (10): New Delhi Kishida-Yoon (ordinal left null: 'the sixth ... since March' counts meetings within a period, not the pair's overall count, as they had met twice in 2022; debatable), Tokyo March 2023, Camp David (August), Yoon-Li Qiang in Jakarta on Thursday (a premier, head of government), Chengdu December 2019 (participants from the public record), the planned trilateral 'this year' in Korea (planned, 2023), and Kishida's meetings with Modi, Albanese, Rutte (Saturday) and Erdogan (Friday evening). Not summits: the Yoon-Biden lounge encounter ('a brief encounter'), the senior diplomats' meeting.",
        "Agreements (3): communication at every level (agreed, from 'confirmed'), Yoon's proposal to move the trilateral process forward (proposed; Kishida's support is a reply, not a stated agreement), global issues (agreed). Not agreements: Beijing's support for a trilateral (a position), Kishida's explanations of the water release.",
        "Timexes: 'the second half of the year' = 2023-H2; 'around noon local time' = T12:00 APPROX; 'since March' = 2023-03; 'as early as Wednesday' = 13 September; 'after years of strain' is vague, not annotated; 'six months' in the headline = P6M.",
    ],
)
