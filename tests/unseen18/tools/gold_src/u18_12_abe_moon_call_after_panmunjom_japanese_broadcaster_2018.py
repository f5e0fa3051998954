# ruff: noqa: E501
LEAD = "Prime Minister Shinzo Abe has thanked South Korean President Moon Jae-in"
CALL = "The two leaders spoke by phone on Sunday, two days after"
REP = "Speaking to reporters afterwards, Abe said Moon had brought up"
ACC = "According to the Japanese government, Moon told Abe"
GOBETWEEN = "Moon also offered to act as a go-between"
AGREED = "Abe said the two leaders agreed to work together"
EFFORT = "He said he would make every effort to ensure that the upcoming summit"
FLORIDA = "Abe and Trump confirmed their cooperation on North Korea"
NOPLANS = "Government officials in Tokyo say there are no concrete plans"
POSITION = "Japan's position is that relations can be normalized"
TOKYO = "Abe and Moon are scheduled to meet in person in Tokyo on May 9"
FIRSTVISIT = "It will be Moon's first visit to Japan since he took office last May."
LI = "Chinese Premier Li Keqiang is also expected to hold separate talks with Abe"
FRIDAY = "On Friday, Moon and Kim signed the Panmunjom Declaration"

GOLD = dict(
    published="2018-04-29",
    furniture=[
        "SAKURA BROADCASTING NEWS ONLINE",
        "Moon tells Abe that Kim is open to talks with Japan",
        "April 29, 2018 18:52 JST",
        "Related: Japan cautiously welcomes inter-Korean summit | Abduction victims' families urge caution",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "He"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "President Moon", "Moon"],
        "Kim Jong Un": ["the North's leader Kim Jong Un", "Chairman Kim", "Kim"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Government of Japan": ["the Japanese government", "Japan"],
    },
    quotes=[
        ("President Moon took our concerns directly", "direct", "Shinzo Abe", "said"),
        ("willing to sit down with Japan whenever it wishes,", "partial", "Kim Jong Un", "had said"),
    ],
    statements=[
        (LEAD, ["Shinzo Abe"], "thanked"),
        (REP, ["Shinzo Abe"], "said"),
        (ACC, ["Moon Jae-in", "Kim Jong Un", "Government of Japan"], "told"),
        (GOBETWEEN, ["Moon Jae-in"], "offered"),
        (AGREED, ["Shinzo Abe", "Moon Jae-in"], "said"),
        (EFFORT, ["Shinzo Abe"], "said"),
        (FLORIDA, ["Shinzo Abe", "Donald Trump"], "confirmed"),
        (NOPLANS, [None], "say"),
        (POSITION, ["Government of Japan"], "position is"),
        (FRIDAY, ["Moon Jae-in", "Kim Jong Un"], "confirmed"),
    ],
    timexes=[
        ("April 29, 2018 18:52 JST", "2018-04-29T18:52", None),
        ("by phone [[on Sunday]]", "2018-04-29", None),
        ("two days after", "2018-04-29", None),
        ("before [[the end of May]]", "2018-05", "END"),
        ("earlier this month", "2018-04", None),
        ("countries in [[2002]]", "2002", None),
        ("Tokyo on [[May 9]]", "2018-05-09", None),
        ("took office [[last May]]", "2017-05", None),
        ("[[On Friday]], Moon and Kim", "2018-04-27", None),
    ],
    summits=[
        dict(date="2018-04-27", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEAD, CALL, REP, FRIDAY]),
        dict(date="2018", place=None, country=None, participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[EFFORT]),
        dict(date="2018-04", place="Florida", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FLORIDA]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="planned", occasion="Japan-China-ROK Trilateral Summit", evidence=[TOKYO, FIRSTVISIT]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[TOKYO]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Li Keqiang", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="planned", occasion="Japan-China-ROK Trilateral Summit", evidence=[LI]),
    ],
    agreements=[
        dict(title="work together with the United States to get North Korea to take concrete steps toward complete denuclearization (by phone)",
             kind="commitment", date="2018-04-29", parties=["JP", "KR"], status="agreed", evidence=[AGREED]),
        dict(title="Panmunjom Declaration", kind="joint-declaration", date="2018-04-27", parties=["KP", "KR"],
             status="signed", evidence=[FRIDAY]),
        dict(title="Japan-DPRK Pyongyang Declaration", kind="joint-declaration", date="2002", parties=["JP", "KP"],
             status="referenced", evidence=[POSITION]),
        dict(title="Japan-U.S. cooperation on North Korea (Florida)", kind="commitment", date="2018-04", parties=["JP", "US"],
             status="referenced", evidence=[FLORIDA]),
    ],
    notes=[
        "Invented story on a Japanese broadcaster's English website (Sakura Broadcasting); masthead, headline, stamp and related-links line are furniture (stamp annotated). Invented: the outlet and the exact wording of Abe's quote and of Kim's words as relayed ('willing to sit down with Japan whenever it wishes'), the officials' 'no concrete plans'.",
        "Real facts checked on stored pages: jmh.usembassy.gov 20180501104300 (gist of the Abe-Moon teleconference on 29 April: Moon raised abductions at Abe's request; Kim 'ready to hold dialogue with Japan anytime'; closure of the nuclear test site before the end of May; Moon happy to mediate; Abe on the Pyongyang Declaration-based approach); m.koreaherald.com 20180429000133 (call on Sunday; Abe thanked Moon for his sincere effort; agreed to work together for concrete actions toward complete denuclearization; upcoming U.S.-North Korea summit; Panmunjom Declaration of Friday); japantimes.co.jp 2018-04-24 (Abe-Trump summit in Florida the week before). From the project's manifests: the Tokyo trilateral of 9 May 2018 and Moon's bilateral with Abe (unseen, unseen3). General knowledge: Moon took office in May 2017; Li Keqiang's talks with Abe during his visit.",
        "Summits (6): the Moon-Kim Panmunjom summit (background, told as 'his summit with', 'met at the border village', 'signed'); the planned Trump-Kim summit (date 2018); Abe-Trump in Florida; the planned 9 May Tokyo trilateral and the Abe-Moon and Li-Abe meetings on its occasion. Not summits: the Abe-Moon telephone talk; Abe-Kim talks ('no concrete plans'); Kim's readiness for dialogue (hypothetical).",
        "Agreements (4): the JP-KR commitment by phone; the Panmunjom Declaration (signed on Friday); the 2002 Pyongyang Declaration (referenced); the Florida JP-U.S. cooperation (referenced commitment, debatable: 'confirmed their cooperation'). Not agreements: Kim's pledge to close the test site (unilateral), Moon's offer to act as a go-between (an offer, no joint course; debatable).",
        "Timexes: 'two days after Moon and Kim met' points to the call (29 April).",
    ],
)
