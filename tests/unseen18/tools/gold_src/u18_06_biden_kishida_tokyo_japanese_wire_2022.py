# ruff: noqa: E501
LEAD = "Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden held talks at the Akasaka Palace"
FIRST = "It was the first full-fledged in-person summit between the two leaders."
GLASGOW = "They had only a brief exchange on the margins of the U.N. climate conference"
JS = "In a joint statement released after the meeting, Biden reaffirmed"
PRESSER = "Kishida told a joint press conference that he had conveyed"
BUDGET = "Japanese officials described the budget plan"
SK = "The two leaders also agreed to keep working closely with South Korea's new government"
SEOUL = "Biden arrived in Japan on Sunday from Seoul"
DRILLS = "In Seoul, Biden and Yoon agreed to start discussions"
YET = "Yoon and Kishida, by contrast, have yet to meet."
MADRID = "Both leaders have been invited to the NATO summit in Madrid"
QUAD = "On Tuesday, the final day of Biden's three-day stay"
SEPARATE = "Kishida plans to hold separate talks with Albanese and with Modi afterward"

GOLD = dict(
    published="2022-05-23",
    furniture=[
        "Biden, Kishida Vow Stronger Deterrence in Tokyo Talks; Seoul's New Leader Still Waiting for His Turn",
        "2022/05/23-21:05",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Fumio Kishida": ["Japanese Prime Minister Fumio Kishida", "Kishida", "he"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Yoon Suk Yeol": ["South Korean President Yoon Suk-yeol", "Yoon"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi", "Modi"],
        "Anthony Albanese": ["new Australian Prime Minister Anthony Albanese", "Albanese"],
        "Yoshimasa Hayashi": ["Foreign Minister Yoshimasa Hayashi"],
    },
    quotes=[
        ("fundamentally reinforce", "partial", "Fumio Kishida", "told"),
        ("substantial increase", "partial", "Fumio Kishida", "told"),
        ("nothing is on the table yet.", "partial", None, "said"),
    ],
    statements=[
        (LEAD, ["Fumio Kishida", "Joe Biden"], "pledging"),
        (JS, ["Joe Biden"], "reaffirmed"),
        (PRESSER, ["Fumio Kishida"], "told"),
        (BUDGET, [None], "described"),
        (SK, ["Fumio Kishida", "Joe Biden", None], "agreed"),
        (DRILLS, ["Joe Biden", "Yoon Suk Yeol"], "agreed"),
        (MADRID, [None], "said"),
    ],
    timexes=[
        ("2022/05/23-21:05", "2022-05-23T21:05", None),
        ("Tokyo, [[May 23]] (Sumida News)", "2022-05-23", None),
        ("Tokyo [[on Monday]], pledging", "2022-05-23", None),
        ("Glasgow [[last November]]", "2021-11", None),
        ("talks in [[January]]", "2022-01", None),
        ("Japan [[on Sunday]]", "2022-05-22", None),
        ("Yoon Suk-yeol [[on Saturday]]", "2022-05-21", None),
        ("inauguration on [[May 10]]", "2022-05-10", None),
        ("Madrid in [[late June]]", "2022-06", "END"),
        ("official said [[Monday]]", "2022-05-23", None),
        ("Tokyo [[on Monday evening]]", "2022-05-23TEV", None),
        ("[[On Tuesday]], the final day", "2022-05-24", None),
        ("three-day", "P3D", None),
        ("on the same day", "2022-05-24", None),
        ("sworn in [[on Monday]]", "2022-05-23", None),
        ("two days after", "2022-05-23", None),
    ],
    summits=[
        dict(date="2022-05-23", place="Tokyo", country="JP", participants=["Fumio Kishida", "Joe Biden"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEAD, FIRST, JS, PRESSER]),
        dict(date="2022-05-21", place="Seoul", country="KR", participants=["Joe Biden", "Yoon Suk Yeol"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[SEOUL, DRILLS]),
        dict(date="2022-05-24", place="Tokyo", country="JP", participants=["Joe Biden", "Fumio Kishida", "Narendra Modi", "Anthony Albanese"],
             kind="multilateral", ordinal=None, status="planned", occasion=None, evidence=[QUAD]),
        dict(date="2022-05-24", place="Tokyo", country="JP", participants=["Fumio Kishida", "Anthony Albanese"],
             kind="sidelines", ordinal=None, status="planned", occasion="Quad summit", evidence=[SEPARATE]),
        dict(date="2022-05-24", place="Tokyo", country="JP", participants=["Fumio Kishida", "Narendra Modi"],
             kind="sidelines", ordinal=None, status="planned", occasion="Quad summit", evidence=[SEPARATE]),
        dict(date="2022-05-24", place="Tokyo", country="JP", participants=["Joe Biden", "Anthony Albanese"],
             kind="sidelines", ordinal=None, status="planned", occasion="Quad summit", evidence=[SEPARATE]),
        dict(date="2022-05-24", place="Tokyo", country="JP", participants=["Joe Biden", "Narendra Modi"],
             kind="sidelines", ordinal=None, status="planned", occasion="Quad summit", evidence=[SEPARATE]),
    ],
    agreements=[
        dict(title="Japan-U.S. Joint Leaders' Statement (Tokyo, May 2022)", kind="joint-statement", date="2022-05-23",
             parties=["JP", "US"], status="agreed", evidence=[JS]),
        dict(title="keep working closely with South Korea's new government on North Korea", kind="commitment", date="2022-05-23",
             parties=["JP", "US"], status="agreed", evidence=[SK]),
        dict(title="start discussions on expanding combined military exercises", kind="commitment", date="2022-05-21",
             parties=["KR", "US"], status="referenced", evidence=[DRILLS]),
    ],
    notes=[
        "Invented Japanese wire story (Sumida News); headline and stamp are furniture (stamp annotated). Invented: the outlet, the Japanese government source and officials, the 'nothing is on the table yet' remark, the idea of a Madrid encounter being floated, Kishida's quoted fragments' exact wording, the JP-U.S. agreement on working with Seoul's new government.",
        "Real facts checked on stored pages: protradingresearch.com (Reuters photo: bilateral meeting at Akasaka Palace on 23 May 2022); 3.127.128.221 (Reuters photo: private dinner at Happo-en on 23 May); dnaindia.com (joint statement in Tokyo on 23 May; Quad on 24 May, 'our 2nd time meeting together in person'); japan.kantei.go.jp/101_kishida/actions/202205/_00024.html (Quad Leaders' Meeting at the Prime Minister's Office on 24 May, then summit meetings with Albanese and Modi); wionews.com (Albanese to be sworn in Monday, one-on-one meetings with Biden, Kishida and Modi on Tuesday; Biden to Japan after Seoul); republicworld.com (Modi-Biden bilateral on the Quad sidelines); dtnext.in (Albanese at the Quad 24 hours after taking the oath). From the project's manifests: Biden-Yoon first summit in Seoul on 21 May 2022 (unseen17); Hayashi at Yoon's inauguration on 10 May with Kishida's letter (unseen5); the Madrid NATO summit with Yoon and Kishida in late June 2022 (dev3, dev7). General knowledge: the brief Glasgow exchange (Nov 2021), the January 2022 video summit, Biden's support for a permanent UNSC seat for Japan, the 'full range' deterrence commitment, the KR-U.S. agreement to discuss expanding exercises.",
        "Summits (7): Kishida-Biden in Tokyo (ordinal 1, 'the first full-fledged in-person summit'; the Happo-en dinner is part of the visit); Biden-Yoon in Seoul (ordinal 1); the planned Quad summit (multilateral) and four planned one-on-ones on the same day (Kishida-Albanese, Kishida-Modi, Biden-Albanese, Biden-Modi; 'see the two leaders one-on-one'). Not summits: the Glasgow 'brief exchange', the January video talks, a Yoon-Kishida meeting ('have yet to meet', 'no date has been set', a floated Madrid encounter), Hayashi at the inauguration.",
        "Agreements (3): the Japan-U.S. joint statement (its deterrence and UNSC lines are content); the JP-U.S. commitment on working with Seoul; the KR-U.S. exercise discussions (referenced). Not agreements: Kishida's defense spending increase ('a domestic decision rather than a pledge').",
        "Timexes: 'two days after winning a general election' = 2022-05-23 (the date it points to); 'overnight' not annotated; 'three-day' = P3D.",
    ],
)
