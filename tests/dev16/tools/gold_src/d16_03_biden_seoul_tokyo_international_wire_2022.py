# ruff: noqa: E501
LEDE = "agreed on Monday to bolster their alliance's ability"
TALK = "The two leaders talked for more than two hours"
JS = "In a joint statement, Biden and Kishida committed"
SEOUL = "Biden's Seoul stop, which came 11 days after"
DRILLS = "They also agreed to open talks on expanding"
CHENGDU = "The leaders of the two countries have not held formal talks since December 2019"
QUAD = "On Tuesday, Biden and Kishida will host"
QUAD1 = "It will be the leaders' second in-person meeting"
BULLET = "Quad leaders to meet in Tokyo on Tuesday"

GOLD = dict(
    published="2022-05-23",
    furniture=[
        "UPDATE 2-Biden, Kishida pledge stronger deterrence; U.S. leans on Tokyo and Seoul to mend ties",
        "By Daniel Okafor and Mari Sakurai\nMay 23, 2022 9:47 PM GMT+9 Updated 3 hours ago",
        "TOKYO, May 23 (Northline) - ",
        "(Reporting by Daniel Okafor and Mari Sakurai in Tokyo; additional reporting by Lee Ji-hoon in Seoul; Editing by Tom Reyes)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida"],
        "Yoon Suk Yeol": ["Yoon Suk-yeol", "new South Korean President Yoon Suk-yeol", "Yoon"],
        "Shinzo Abe": ["then-Prime Minister Shinzo Abe"],
        "Moon Jae-in": ["then-President Moon Jae-in"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi"],
        "Anthony Albanese": ["Australia's new Prime Minister Anthony Albanese"],
        "Yoshihide Suga": [],
        "Scott Morrison": [],
        "Noriko Tamaki": ["Noriko Tamaki, a fellow at the Kasumi Institute for Policy Studies", "she"],
    },
    quotes=[
        ("[[substantial]]\" rise", "partial", "Fumio Kishida", "vows"),
        ("[[talking to each other]]\"\n", "partial", None, "urges"),
        ("deterrence and response capabilities", "partial", None, "committed"),
        ("a \"[[substantial]]\" increase", "partial", "Fumio Kishida", "said"),
        ("The security environment around Japan", "direct", "Fumio Kishida", "told a joint news conference"),
        ("fully committed", "partial", "Joe Biden", "said"),
        ("We need Seoul and Tokyo talking", "direct", None, "told reporters"),
        ("referee", "partial", None, "adding"),
        ("If they are in the same city", "direct", "Noriko Tamaki", "said"),
    ],
    statements=[
        (LEDE, ["Joe Biden", "Fumio Kishida"], "agreed"),
        (JS, ["Joe Biden", "Fumio Kishida"], "committed"),
        ("Kishida said Japan would examine all options", ["Fumio Kishida"], "said"),
        ("Biden said the United States stood", ["Joe Biden"], "said"),
        (SEOUL, ["Joe Biden", "Yoon Suk Yeol"], "stressed"),
        (DRILLS, ["Joe Biden", "Yoon Suk Yeol"], "agreed"),
        ("Kishida sent Foreign Minister Yoshimasa Hayashi", ["Fumio Kishida", "Yoon Suk Yeol"], "have spoken of"),
        ("Later on Monday, Biden unveiled", ["Joe Biden"], "unveiled"),
        ("A first Yoon-Kishida meeting could come", ["Noriko Tamaki"], "said"),
    ],
    timexes=[
        ("May 23, 2022 9:47 PM GMT+9", "2022-05-23T21:47", None),
        ("Tokyo on [[Tuesday]]\n", "2022-05-24", None),
        ("TOKYO, [[May 23]]", "2022-05-23", None),
        ("agreed on [[Monday]] to bolster", "2022-05-23", None),
        ("more than two hours", "PT2H", "MORE_THAN"),
        ("a day after Biden flew in", "2022-05-23", None),
        ("Yoon Suk-yeol on [[Saturday]]", "2022-05-21", None),
        ("11 days after", "2022-05-21", None),
        ("May 10", "2022-05-10", None),
        ("in [[2018]]", "2018", None),
        ("December 2019", "2019-12", None),
        ("Later on [[Monday]]", "2022-05-23", None),
        ("On [[Tuesday]], Biden and Kishida", "2022-05-24", None),
        ("sworn in on [[Monday]]", "2022-05-23", None),
        ("White House in [[September]]", "2021-09", None),
        ("late June", "2022-06", "END"),
    ],
    summits=[
        dict(date="2022-05-23", place="Tokyo", country="JP", participants=["Joe Biden", "Fumio Kishida"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE, TALK, JS]),
        dict(date="2022-05-21", place="Seoul", country="KR", participants=["Joe Biden", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[TALK, SEOUL, DRILLS]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="Korea-Japan-China trilateral summit", evidence=[CHENGDU]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[CHENGDU]),
        dict(date="2022-05-24", place="Tokyo", country="JP", participants=["Joe Biden", "Fumio Kishida", "Narendra Modi", "Anthony Albanese"],
             kind="multilateral", ordinal=None, status="planned", occasion=None, evidence=[BULLET, QUAD]),
        dict(date="2021-09", place="White House", country="US", participants=["Joe Biden", "Yoshihide Suga", "Scott Morrison", "Narendra Modi"],
             kind="multilateral", ordinal=None, status="held", occasion=None, evidence=[QUAD1]),
    ],
    agreements=[
        dict(title="Japan-U.S. joint statement", kind="joint-statement", date="2022-05-23",
             parties=["JP", "US"], status="agreed", evidence=[JS]),
        dict(title="strengthen the alliance's deterrence and response capabilities", kind="commitment", date="2022-05-23",
             parties=["JP", "US"], status="agreed", evidence=[LEDE, JS]),
        dict(title="Korea-U.S. joint statement of the Seoul summit", kind="joint-statement", date="2022-05-21",
             parties=["KR", "US"], status="referenced", evidence=[SEOUL]),
        dict(title="open talks on expanding the scope and scale of joint military drills", kind="commitment", date="2022-05-21",
             parties=["KR", "US"], status="referenced", evidence=[DRILLS]),
    ],
    notes=[
        "Invented Reuters-style wire story (agency 'Northline', reporters, editor, the fellow Noriko Tamaki and the Kasumi Institute are invented; headline, byline with stamp, dateline prefix and reporting line are furniture; the stamp and dateline are annotated, 'Updated 3 hours ago' is not). The bullets are text. All quotes are invented; 'substantial' and 'deterrence and response capabilities' echo the reported wording of Kishida and of the joint statement (speaker null for the statement's words). The length of the talks ('more than two hours') is invented.",
        "Real facts checked on stored pages: nippon.com yjj2022052100365 (Jiji: Biden-Yoon in Seoul on Saturday 21 May 2022; joint statement stressing Japan-U.S.-South Korea cooperation; expanded joint exercises); protradingresearch.com (Reuters photo caption: Biden-Kishida bilateral at Akasaka Palace, 23 May 2022); arabnews.jp (Biden arrived at Yokota on Sunday 22 May from South Korea; Monday summit; defence spending; IPEF launch); newsx.com and pratidintime.com (Quad summit in Tokyo on 24 May; first in-person Quad at the White House in September 2021 with Morrison, Modi and Suga); japannews.yomiuri.co.jp 20220412-19957 (Yoon to take office on 10 May). General knowledge: Hayashi at Yoon's inauguration (also a title in another corpus), the 2018 forced-labour rulings, the Chengdu trilateral and Abe-Moon talks of 24 December 2019, Biden's support for a permanent UNSC seat for Japan, Albanese sworn in on 23 May 2022, the Madrid NATO summit of late June 2022.",
        "Summits (6): Biden-Kishida (Tokyo); Biden-Yoon ('his first summit with', ordinal 1); Abe-Moon in Chengdu (sidelines of the trilateral) and the Chengdu trilateral with Li; the planned Quad summit (Tuesday 24 May; multilateral); the September 2021 Quad at the White House (participants from the public record). Not summits: 'Yoon and Kishida have not yet met' (negated); the hypothetical Madrid meeting; Hayashi's visit; Biden's flight.",
        "Agreements (4): the Japan-U.S. joint statement and its deterrence commitment (agreed); the Korea-U.S. joint statement and its drills commitment (referenced: concluded at the background summit). Not agreements: Biden's backing for Japan's UNSC bid and Kishida's defence-budget pledge (unilateral), shared stress on trilateral cooperation, the trade initiative launched with a dozen partners (not recorded: a framework launch, not a bilateral instrument).",
    ],
)
