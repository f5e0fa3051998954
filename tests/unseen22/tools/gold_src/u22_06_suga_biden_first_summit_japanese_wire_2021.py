# ruff: noqa: E501
LEDE = "Prime Minister Yoshihide Suga and U.S. President Joe Biden confirmed Friday"
JS = "In a joint statement issued after the meeting"
CORE = "They agreed to launch a partnership on competitiveness"
QUAD = "The two leaders had met only virtually before"
PEN = "On the Korean Peninsula, the leaders agreed that cooperation"
CLAIMS = "Tokyo maintains that all claims"
NEVER = "Suga has never held a summit with South Korean President Moon Jae-in"
CHENGDU = "The last face-to-face talks between the two countries' leaders"
MOON = "Moon is expected to visit Washington in May"
OCT = "The first, in October, took him to Vietnam and Indonesia"

GOLD = dict(
    published="2021-04-17",
    furniture=[
        "Suga, Biden affirm alliance in first face-to-face talks, call for trilateral work with Seoul\n"
        "Saturday, April 17, 2021, 09:30 JST\n"
        "Hibiya Press",
        "WASHINGTON, April 16 (Hibiya Press) -- ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihide Suga": ["Prime Minister Yoshihide Suga", "Suga"],
        "Joe Biden": ["U.S. President Joe Biden", "Biden", "the president"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Shinzo Abe": ["Suga's predecessor Shinzo Abe"],
        "Nguyen Xuan Phuc": [],
        "Joko Widodo": [],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("There is no substitute for sitting across the table", "direct", "Joe Biden", "said"),
        ("extremely meaningful", "partial", "Yoshihide Suga", "said"),
        ("completely and finally", "partial", None, "maintains"),
    ],
    statements=[
        (LEDE, ["Yoshihide Suga", "Joe Biden"], "confirmed"),
        (JS, ["Yoshihide Suga", "Joe Biden"], "underscored"),
        (CORE, ["Yoshihide Suga", "Joe Biden"], "agreed"),
        ("Suga, for his part, said the talks", ["Yoshihide Suga"], "said"),
        (PEN, ["Yoshihide Suga", "Joe Biden"], "agreed"),
        ("But Suga made clear that the ball", ["Yoshihide Suga"], "made clear"),
        (CLAIMS, ["Government of Japan"], "maintains"),
        (MOON, [None], "said"),
    ],
    timexes=[
        ("Saturday, April 17, 2021, 09:30 JST", "2021-04-17T09:30", None),
        ("WASHINGTON, [[April 16]]", "2021-04-16", None),
        ("confirmed [[Friday]]", "2021-04-16", None),
        ("office in [[January]]", "2021-01", None),
        ("more than half a century", "P50Y", "MORE_THAN"),
        ("open in [[July]]", "2021-07", None),
        ("India in [[March]]", "2021-03", None),
        ("a [[1965]] agreement", "1965", None),
        ("September last year", "2020-09", None),
        ("December 2019", "2019-12", None),
        ("Washington in [[May]]", "2021-05", None),
        ("The first, in [[October]]", "2020-10", None),
    ],
    summits=[
        dict(date="2021-04-16", place="Washington", country="US", participants=["Yoshihide Suga", "Joe Biden"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEDE, JS, QUAD]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[CHENGDU]),
        dict(date="2021-05", place="Washington", country="US", participants=["Moon Jae-in", "Joe Biden"],
             kind="bilateral", ordinal=1, status="planned", occasion=None, evidence=[MOON]),
        dict(date="2020-10", place=None, country="VN", participants=["Yoshihide Suga", "Nguyen Xuan Phuc"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[OCT]),
        dict(date="2020-10", place=None, country="ID", participants=["Yoshihide Suga", "Joko Widodo"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[OCT]),
    ],
    agreements=[
        dict(title="Japan-U.S. joint leaders' statement", kind="joint-statement", date="2021-04-16",
             parties=["JP", "US"], status="signed", evidence=[JS]),
        dict(title="partnership on competitiveness and resilience (5G, chips, climate technology)", kind="commitment",
             date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[CORE]),
        dict(title="work together for a successful Tokyo Olympics and Paralympics", kind="commitment",
             date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[CORE]),
        dict(title="deepen cooperation with South Korea on North Korea (Japan-U.S.-ROK cooperation)", kind="commitment",
             date="2021-04-16", parties=["JP", "US"], status="agreed", evidence=[LEDE, PEN]),
        dict(title="1965 claims agreement", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[CLAIMS]),
    ],
    notes=[
        "Invented Japanese wire story ('Hibiya Press'); headline, stamp, agency line and dateline prefix are furniture (stamp and dateline annotated). Biden's and Suga's quotes and the Japanese government source are invented.",
        "Real background checked on stored pages: devdiscourse.com 2021-04-17, docslib.org (Biden news conference with Suga, 16 April 2021), nbcnews.com, dumanimail.in (first in-person meeting with a foreign leader; Rose Garden news conference; earlier virtual meetings at the G7 and the Quad summit; China, North Korea). From general knowledge: the joint statement's Taiwan Strait reference (first since 1969), the Competitiveness and Resilience Partnership, Tokyo Olympics support, the Moon-Suga phone talk of September 2020, Suga's October 2020 trip to Vietnam and Indonesia, Moon's Washington visit in May 2021 (confirmed by world.kbs.co.kr 161651), the 1965 claims agreement wording, the Chengdu meeting of December 2019.",
        "Summits (5): Washington (ordinal 1: the pair's first in-person talks), Chengdu Moon-Abe (background), Moon's planned Washington visit in May (ordinal 1, 'his own first summit with Biden'), Suga's October 2020 talks in Vietnam and Indonesia (leaders not named, taken from the public record). Not summits: the virtual Quad summit, the Moon-Suga phone call, the negated Suga-Moon summit.",
        "Agreements (5): the joint statement (issued = signed), three JP-US commitments split by course of action (CoRe partnership, Olympics, trilateral cooperation with Seoul), the 1965 agreement (treaty, referenced; 'completely and finally' is its wording, speaker null).",
    ],
)
