# ruff: noqa: E501
LEAD = "South Korea's intelligence chief proposed to Prime Minister Yoshihide Suga"
MADE = "made the proposal during an unofficial meeting with Suga"
SUGGEST = "Park suggested that Suga and President Moon Jae-in draw up a document"
INDECL = "In that declaration, titled"
SETTLED = "Tokyo maintains that all such claims were settled"
TRI = "Seoul is eager to host a three-way summit with Japan and China"
SIGNAL = "Japan has signaled that Suga will not travel to Seoul"
CHENGDU = "The last summit between the two countries' leaders was held in December last year"
TRIP = "Suga made his first trip abroad as prime minister last month"
ECHO = "The proposal echoes a line Seoul has pushed for months"

GOLD = dict(
    published="2020-11-11",
    furniture=[
        "Seoul's spy chief pitches Suga a new Kim-Obuchi-style declaration; Tokyo calls idea unrealistic",
        "By Mariko Tsujimura, Staff Writer",
        "November 11, 2020 (The Akasaka Times) | 20:15 JST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Jie-won": ["South Korea's intelligence chief", "Park Jie-won, director of South Korea's National Intelligence Service", "Park"],
        "Yoshihide Suga": ["Prime Minister Yoshihide Suga", "Suga", "he"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Keizo Obuchi": ["then Prime Minister Keizo Obuchi", "Obuchi"],
        "Kim Dae-jung": ["then President Kim Dae-jung"],
        "Toshihiro Nikai": ["Liberal Democratic Party Secretary General Toshihiro Nikai"],
        "Shigeru Kitamura": ["Shigeru Kitamura, head of the National Security Secretariat"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Shinzo Abe": ["Suga's predecessor, Shinzo Abe"],
        "Nguyen Xuan Phuc": ["Vietnamese Prime Minister Nguyen Xuan Phuc"],
        "Joko Widodo": ["Indonesian President Joko Widodo"],
        "Takumi Hosoe": ["Takumi Hosoe, a professor of Korean politics at Ginza Sogo University"],
        "Government of Japan": ["Japan", "Tokyo"],
        "Government of South Korea": ["Seoul", "South Korea"],
    },
    quotes=[
        ("deep remorse and heartfelt apology", "partial", "Keizo Obuchi", "expressed"),
        ("Without an answer on the labor cases", "direct", None, "said"),
        ("earnest greetings", "partial", "Park Jie-won", "said"),
        ("The Kim-Obuchi declaration worked because", "direct", "Takumi Hosoe", "said"),
        ("Nobody has done that work this time.", "direct", "Takumi Hosoe", None),
    ],
    statements=[
        (LEAD, ["Park Jie-won"], "proposed"),
        (MADE, ["Park Jie-won"], "made the proposal"),
        (SUGGEST, ["Park Jie-won"], "suggested"),
        (INDECL, ["Keizo Obuchi"], "expressed"),
        ("Instead, he repeated that it is up to Seoul", ["Yoshihide Suga"], "repeated"),
        (SETTLED, ["Government of Japan"], "maintains"),
        ("Speaking to reporters after the meeting, Park said", ["Park Jie-won"], "said"),
        (SIGNAL, ["Government of Japan"], "has signaled"),
        ("but officials in Tokyo say no such plan", [None], "say"),
        (ECHO, ["Government of South Korea"], "has pushed"),
        ("Japanese officials say that spirit cannot be recovered", [None], "say"),
    ],
    timexes=[
        ("November 11, 2020", "2020-11-11", None),
        ("20:15 JST", "2020-11-11T20:15", None),
        ("a landmark [[1998]] accord", "1998", None),
        ("sources said [[Wednesday]]", "2020-11-11", None),
        ("on Tuesday afternoon", "2020-11-10TAF", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("3:30 p.m.", "2020-11-10T15:30", None),
        ("mid-September", "2020-09", "MID"),
        ("build on the [[1998]] declaration", "1998", None),
        ("Oct. 8", "1998-10-08", None),
        ("a [[1965]] agreement", "1965", None),
        ("on Sunday", "2020-11-08", None),
        ("Seoul on Wednesday", "2020-11-11", None),
        ("the end of this year", "2020", "END"),
        ("for the first time in [[September]]", "2020-09", None),
        ("December last year", "2019-12", None),
        ("last month", "2020-10", None),
        ("Oct. 19", "2020-10-19", None),
        ("the following day", "2020-10-20", None),
        ("next summer's", "2021-SU", None),
        ("the spirit of [[1998]]", "1998", None),
    ],
    summits=[
        dict(date="1998-10-08", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SUGGEST]),
        dict(date="2020", place=None, country="KR",
             participants=["Moon Jae-in", "Yoshihide Suga", "Li Keqiang"], kind="trilateral",
             ordinal=None, status="planned", occasion=None, evidence=[TRI, SIGNAL]),
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="a trilateral summit with China", evidence=[CHENGDU]),
        dict(date="2020-10-19", place="Hanoi", country="VN",
             participants=["Yoshihide Suga", "Nguyen Xuan Phuc"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TRIP]),
        dict(date="2020-10-20", place=None, country="ID",
             participants=["Yoshihide Suga", "Joko Widodo"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TRIP]),
    ],
    agreements=[
        dict(title="proposed new Japan-South Korea leaders' joint declaration modeled on 1998", kind="joint-declaration",
             date="2020-11-10", parties=["JP", "KR"], status="proposed", evidence=[LEAD, MADE, SUGGEST]),
        dict(title="1998 joint declaration 'A New Japan-Republic of Korea Partnership towards the 21st Century'",
             kind="joint-declaration", date="1998-10-08", parties=["JP", "KR"], status="referenced",
             evidence=[SUGGEST, INDECL, ECHO]),
        dict(title="1965 claims agreement", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced", evidence=[SETTLED]),
    ],
    notes=[
        "Invented Tokyo daily story (The Akasaka Times, reporter, the senior official's quote, Professor Hosoe and Ginza Sogo University are invented; the stamp's clock time is invented). Headline, byline and stamp are furniture; the stamp is annotated.",
        "Real facts checked on stored pages: koreajoongangdaily 2020-11-11 (Park met Suga Tuesday afternoon at his residence, about 30 minutes from 3:30 p.m., first senior Korean official to meet Suga; 'earnest greetings'; good discussion on North Korea; proposal of a statement like the Kim-Obuchi declaration signed Oct. 8, 1998, 'A New Japan-Republic of Korea Partnership towards the 21st Century'; 'unrealistic'); world.kbs.co.kr Seq_Code 157521 (proposal reported by Japanese media; Suga's reluctance; Japan's apology in 1998); tricksfast.com (JoongAng: Nikai on the 8th, Kitamura on the 9th, Suga on the 10th, return on the 11th; Seoul-hosted trilateral summit this year); cc.pacforum.org 2021-01 (Suga not attending a trilateral scheduled for December in South Korea without assurance on assets); forum excerpt (first Suga-Moon conversation since Chengdu in December 2019); nippon.com yjj2020101600569, arabnews.jp (Jiji) and vovworld.vn (Suga's first trip to Vietnam and Indonesia, talks with Phuc on Monday Oct. 19 and with Widodo on Tuesday). Suga took office mid-September 2020 and the September phone call: public record and other corpora's titles (inv07, dev3_09). The 1965 claims position: public record.",
        "Summits (5, 1 planned): Kim-Obuchi in Tokyo on Oct. 8, 1998; the planned Seoul-hosted trilateral (planned though doubtful; participants from the public record, dated 2020 from 'by the end of this year'); Moon-Abe in Chengdu (sidelines); Suga-Phuc in Hanoi and Suga-Widodo 'near Jakarta' (place null, country ID; the talks were at Bogor). Not summits: Park Jie-won's meeting with Suga (not a leader), the September phone call, a Moon visit for the Olympics ('no such plan').",
        "Agreements (3): Park's proposed declaration (joint-declaration, proposed: one side proposes an instrument to the other); the 1998 declaration; the 1965 agreement. The title in quotation marks is not a quote.",
        "Timexes: 'mid-September' = 2020-09 MID; 'next summer's' = 2021-SU; 'for months' is vague.",
    ],
)
