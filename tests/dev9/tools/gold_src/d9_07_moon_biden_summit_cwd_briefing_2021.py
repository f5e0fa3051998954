# ruff: noqa: E501
LEDE = ("President Moon Jae-in held a summit with", "on May 21 (local time).")
FIRST = "It was the first in-person meeting between the two leaders"
TALKS = "The talks began with a one-on-one meeting"
JS = "After the talks, the two leaders held a joint press conference"
REAFF = "The two leaders reaffirmed their shared goal"
DIAL = "They agreed that diplomacy and dialogue"
HR = "The two leaders also agreed to work together to improve the human rights"
FAM = "They further agreed to help bring about reunions"
TRI = "The two leaders emphasized the fundamental importance"
NSP = "They agreed to work to connect Korea's New Southern Policy"
MISSILE = "President Moon informed President Biden of the termination"
VAX = "The two leaders agreed to establish a comprehensive vaccine partnership"
CHIPS = "They also agreed to strengthen cooperation on semiconductors"
INVITE = "President Moon invited President Biden to visit Korea"
QA = "In response to questions from reporters"
CHENGDU = "The official added that the last summit"

GOLD = dict(
    published="2021-05-22",
    furniture=[
        "Written Briefing by the Spokesperson on the Korea-U.S. Summit\n"
        "Office of the President (Cheong Wa Dae)\n"
        "Saturday, May 22, 2021",
        "1. Alliance and the Korean Peninsula",
        "2. Regional cooperation",
        "3. Vaccines and the economy",
        "4. Upcoming schedule",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "President Moon", "He"],
        "Joe Biden": ["President Joseph R. Biden Jr.", "President Biden"],
        "Yoshihide Suga": ["Prime Minister Yoshihide Suga"],
        "Kamala Harris": ["Vice President Kamala Harris"],
        "Shinzo Abe": [],
        "Office of the President of South Korea": ["Cheong Wa Dae"],
    },
    quotes=[
        ("We confirmed that the alliance is not only about security.", "direct", "Moon Jae-in", "said at the press conference"),
        ("Nothing has been decided.", "direct", None, "said"),
        ("at an early date.", "partial", "Office of the President of South Korea", "added"),
    ],
    statements=[
        (REAFF, ["Moon Jae-in", "Joe Biden"], "reaffirmed"),
        (DIAL, ["Moon Jae-in", "Joe Biden"], "agreed"),
        ("President Biden expressed support for inter-Korean dialogue", ["Joe Biden"], "expressed support"),
        (HR, ["Moon Jae-in", "Joe Biden"], "agreed"),
        (FAM, ["Moon Jae-in", "Joe Biden"], "agreed"),
        (("President Moon said at the press conference", "partnership for the whole region.\""), ["Moon Jae-in"], "said at the press conference"),
        (TRI, ["Moon Jae-in", "Joe Biden"], "emphasized"),
        (NSP, ["Moon Jae-in", "Joe Biden"], "agreed"),
        (MISSILE, ["Moon Jae-in", "Joe Biden"], "informed"),
        (VAX, ["Moon Jae-in", "Joe Biden"], "agreed"),
        (CHIPS, ["Moon Jae-in", "Joe Biden"], "agreed"),
        (INVITE, ["Moon Jae-in", "Joe Biden"], "invited"),
        (QA, [None], "said"),
        (CHENGDU, [None, "Office of the President of South Korea"], "added"),
    ],
    timexes=[
        ("Saturday, May 22, 2021", "2021-05-22", None),
        ("White House on [[May 21]]", "2021-05-21", None),
        ("took office [[in January]]", "2021-01", None),
        ("April 16", "2021-04-16", None),
        ("about two hours and 50 minutes", "PT2H50M", "APPROX"),
        ("the [[2018]] Panmunjom", "2018", None),
        ("next month", "2021-06", None),
        ("December 2019", "2019-12", None),
        ("Earlier on [[May 21]]", "2021-05-21", None),
        ("Atlanta on [[May 22]]", "2021-05-22", None),
    ],
    summits=[
        dict(date="2021-05-21", place="White House", country="US", participants=["Moon Jae-in", "Joe Biden"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE, FIRST, TALKS, JS]),
        dict(date="2021-04-16", place=None, country="US", participants=["Joe Biden", "Yoshihide Suga"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FIRST]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="the Korea-Japan-China trilateral summit", evidence=[CHENGDU]),
    ],
    agreements=[
        dict(title="Korea-U.S. Joint Statement", kind="joint-statement", date="2021-05-21",
             parties=["KR", "US"], status="agreed", evidence=[JS]),
        dict(title="2018 Panmunjom Declaration", kind="joint-declaration", date="2018",
             parties=["KP", "KR"], status="referenced", evidence=[DIAL]),
        dict(title="Singapore Joint Statement", kind="joint-statement", date="2018-06-12",
             parties=["KP", "US"], status="referenced", evidence=[DIAL]),
        dict(title="work together to improve the human rights situation in North Korea", kind="commitment",
             date="2021-05-21", parties=["KR", "US"], status="agreed", evidence=[HR]),
        dict(title="continue facilitating humanitarian assistance to North Koreans", kind="commitment",
             date="2021-05-21", parties=["KR", "US"], status="agreed", evidence=[HR]),
        dict(title="help bring about reunions of separated families", kind="commitment",
             date="2021-05-21", parties=["KR", "US"], status="agreed", evidence=[FAM]),
        dict(title="connect the New Southern Policy with the free and open Indo-Pacific vision", kind="commitment",
             date="2021-05-21", parties=["KR", "US"], status="agreed", evidence=[NSP]),
        dict(title="Korea-U.S. missile guidelines (terminated)", kind="commitment", date=None,
             parties=["KR", "US"], status="referenced", evidence=[MISSILE]),
        dict(title="comprehensive vaccine partnership", kind="commitment",
             date="2021-05-21", parties=["KR", "US"], status="agreed", evidence=[VAX]),
        dict(title="launch a senior-level vaccine expert group", kind="commitment",
             date="2021-05-21", parties=["KR", "US"], status="agreed", evidence=[VAX]),
        dict(title="strengthen cooperation on semiconductors, batteries and supply chains", kind="commitment",
             date="2021-05-21", parties=["KR", "US"], status="agreed", evidence=[CHIPS]),
        dict(title="invitation to President Biden to visit Korea", kind="commitment",
             date="2021-05-21", parties=["KR", "US"], status="proposed", evidence=[INVITE]),
    ],
    notes=[
        "Invented South Korean presidential office (Cheong Wa Dae) written briefing; its wording is not a real document. Title, office line, date line and numbered section headings are furniture; the date line is annotated. Moon's quote and the senior official's answers are invented wording. The length of the talks ('about two hours and 50 minutes') is from memory of press reports and is not checked on a stored page.",
        "Real background, checked on stored pages: world.kbs.co.kr Seq_Code=161651 (2021-05-22: joint statement after White House talks; denuclearization; diplomacy and dialogue based on the 2018 Panmunjom Declaration and the Singapore Joint Statement; human rights and humanitarian aid; separated families; fundamental importance of trilateral cooperation with Japan; aligning the New Southern Policy with the free and open Indo-Pacific; senior-level vaccine experts group); italian.cri.cn (Biden met Moon at the White House on Friday 21 May; joint press conference); mofa.go.jp page4e_001123 (Suga-Biden summit in Washington on April 16, 2021). From general knowledge: Suga as the first foreign leader received by Biden, the termination of the missile guidelines, the meeting with Vice President Harris and the Arlington visit on 21 May, the Atlanta leg on 22 May, Moon's invitation to the Cornwall G7, the Moon-Abe talks in Chengdu in December 2019 as the last Korea-Japan summit.",
        "Summits (3): Moon-Biden ('the first in-person meeting ... since President Biden took office' is a window count: ordinal null; place as named), Biden-Suga on April 16 (place not named: null, US), Chengdu December 2019 (Moon-Abe, participants from the public record; a bilateral meeting during the trilateral is sidelines). Not summits: the meeting with Vice President Harris, the invitation to visit Korea (no date), the G7 (a multilateral gathering; possible meetings there 'Nothing has been decided').",
        "Agreements (12): the joint statement; the Panmunjom Declaration and the Singapore Joint Statement (referenced; the Singapore date from the public record); human rights and humanitarian assistance (two courses in one sentence), separated families, the New Southern Policy link, the vaccine partnership and the expert group (two courses), semiconductors and supply chains (one course); the missile guidelines (referenced, terminated; an understanding without a signed text: commitment, date null; debatable); Moon's invitation (proposed: Biden's thanks is not an acceptance). Not agreements: 'agreed that diplomacy and dialogue ... are essential' (a shared view), 'emphasized the fundamental importance of ... trilateral cooperation' (a shared view), Biden's support for inter-Korean dialogue.",
        "Timexes: 'May 21 (local time)' annotated on 'May 21'; 'at a mutually convenient time' and 'at an early date' are not annotated (vague).",
    ],
)
