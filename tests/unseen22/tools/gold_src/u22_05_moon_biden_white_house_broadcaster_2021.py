# ruff: noqa: E501
LEDE = "held their first summit at the White House on Friday"
NAMES = "The statement names the 2018 Panmunjom Declaration"
VAX = "The two presidents also agreed to launch a vaccine partnership"
MISSILE = "Moon told a joint news conference that the two sides had decided"
JAPAN = "On Japan, the statement underlines"
SUGA = "Biden, who hosted Japanese Prime Minister Yoshihide Suga"
CHENGDU = "Moon has not held a formal summit with a Japanese leader"
G7 = "A presidential official said Moon would attend"
LEN = "The talks on Friday lasted"

GOLD = dict(
    published="2021-05-22",
    furniture=[
        'Moon, Biden pledge diplomacy with N. Korea, stress "fundamental importance" of ties with Japan\n'
        "Input 2021.05.22 08:40 | Edit 2021.05.22 10:15\n"
        "SBC News | Washington correspondent Yu Da-eun",
        "[Photo] Presidents Moon Jae-in and Joe Biden at the White House, May 21 (Yonhap)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "he", "He"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden"],
        "Yoshihide Suga": ["Japanese Prime Minister Yoshihide Suga", "Suga"],
        "Shinzo Abe": ["Suga's predecessor Shinzo Abe"],
    },
    quotes=[
        ("It is a symbolic measure of our sovereignty", "direct", "Moon Jae-in", "said"),
        ("the fundamental importance", "partial", None, "underlines"),
    ],
    statements=[
        (LEDE, ["Moon Jae-in", "Joe Biden"], "adopted"),
        (VAX, ["Moon Jae-in", "Joe Biden"], "agreed"),
        (MISSILE, ["Moon Jae-in"], "told"),
        (G7, [None], "said"),
        (LEN, [None], "added"),
    ],
    timexes=[
        ("2021.05.22 08:40", "2021-05-22T08:40", None),
        ("2021.05.22 10:15", "2021-05-22T10:15", None),
        ("White House on [[Friday]]", "2021-05-21", None),
        ("the [[2018]] Panmunjom", "2018", None),
        ("the same year", "2018", None),
        ("four decades", "P40Y", None),
        ("April 16", "2021-04-16", None),
        ("December 2019", "2019-12", None),
        ("next month", "2021-06", None),
        ("talks on [[Friday]]", "2021-05-21", None),
        ("about 171 minutes", "PT171M", "APPROX"),
        ("on Sunday", "2021-05-23", None),
    ],
    summits=[
        dict(date="2021-05-21", place="Washington", country="US", participants=["Moon Jae-in", "Joe Biden"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEDE, MISSILE, LEN]),
        dict(date="2021-04-16", place="Washington", country="US", participants=["Joe Biden", "Yoshihide Suga"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[SUGA]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[CHENGDU]),
    ],
    agreements=[
        dict(title="Korea-U.S. joint statement", kind="joint-statement", date="2021-05-21",
             parties=["KR", "US"], status="signed", evidence=[LEDE, NAMES, JAPAN]),
        dict(title="Panmunjom Declaration", kind="joint-declaration", date="2018",
             parties=["KP", "KR"], status="referenced", evidence=[NAMES]),
        dict(title="Singapore Joint Statement", kind="joint-statement", date="2018",
             parties=["KP", "US"], status="referenced", evidence=[NAMES]),
        dict(title="launch a vaccine partnership with a senior-level experts group", kind="commitment", date="2021-05-21",
             parties=["KR", "US"], status="agreed", evidence=[VAX]),
        dict(title="align the New Southern Policy with the free and open Indo-Pacific vision", kind="commitment", date="2021-05-21",
             parties=["KR", "US"], status="agreed", evidence=[VAX]),
        dict(title="end the bilateral missile guidelines", kind="commitment", date="2021-05-21",
             parties=["KR", "US"], status="agreed", evidence=[MISSILE]),
    ],
    notes=[
        "Invented Korean broadcaster web story ('SBC News'; correspondent invented); headline, Input/Edit line, byline and photo caption are furniture (Input/Edit stamps annotated). Moon's direct quote, the presidential official's remarks, the length of the talks and the lunch menu are invented.",
        "Real background checked on stored pages: world.kbs.co.kr Seq_Code 161651 (2021-05-22: joint statement after White House talks; Panmunjom Declaration and Singapore Joint Statement as basis for diplomacy; fundamental importance of trilateral cooperation with Japan; New Southern Policy and FOIP; vaccine partnership with a senior-level experts group); devdiscourse.com, docslib.org, nbcnews.com (Biden hosted Suga on 16 April 2021, his first in-person meeting with a foreign leader). From general knowledge and other corpora's titles: the termination of the missile guidelines announced at this summit, the Moon-Abe Chengdu meeting of December 2019, Korea's invitation to the Cornwall G7 in June 2021, Moon-Suga phone talks only.",
        "Summits (3): Washington Moon-Biden (ordinal 1, 'their first summit'), Biden-Suga on 16 April (ordinal 1, 'his first in-person meeting with a foreign leader' is Biden's first with any leader, and also the pair's first; debatable), Moon-Abe Chengdu (background). Not summits: the G7 (multilateral; no Moon-Suga meeting arranged), the Moon-Suga phone calls.",
        "Agreements (6): the joint statement (adopted = signed), the Panmunjom Declaration and the Singapore Joint Statement (referenced, 'the same year' = 2018), three KR-US commitments split by course of action (vaccine partnership, policy alignment, ending the missile guidelines). 'the fundamental importance' is the statement's wording (speaker null).",
    ],
)
