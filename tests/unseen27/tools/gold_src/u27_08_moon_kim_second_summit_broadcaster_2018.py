# ruff: noqa: E501
ANCHOR = "President Moon Jae-in said Sunday that North Korean leader"
DISC = "Moon disclosed the details of his second summit with Kim"
TALKED = "The two leaders talked for about two hours"
ASKED = "Moon told a news conference at Cheong Wa Dae"
MUST = "The two leaders agreed that the U.S.-North Korea summit"
ALSO = "They also agreed to hold high-level inter-Korean talks"
RET = "Moon, who had returned from Washington on Thursday"
TOKYO = "In Tokyo, the government said it had asked Seoul"
SUGA = "Chief Cabinet Secretary Yoshihide Suga told reporters"
ABE = "Prime Minister Shinzo Abe, who hosted Moon in Tokyo on May 9"
FLA = "Abe met Trump at his Florida resort in April"

GOLD = dict(
    published="2018-05-27",
    furniture=[
        'Moon says Kim "fixed" on Trump summit after surprise border talks; Tokyo asks for briefing\nInput 2018.05.27 14:20 | Edit 2018.05.27 16:05\nKTN World | Politics',
        "[Anchor Lead]", "[Report]", "[Sound bite: President Moon Jae-in]", "[Closing]\nSeo Ji-hoon, KTN World News.",
        "Our correspondent Seo Ji-hoon reports.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "he"],
        "Kim Jong-un": ["North Korean leader Kim Jong-un", "Kim", "Chairman Kim"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga"],
        "Government of Japan": ["the government", "Tokyo"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("Chairman Kim made clear once again", "direct", "Moon Jae-in", None),
        ("like an ordinary meeting between friends", "partial", "Moon Jae-in", "said"),
        ("concrete actions", "partial", "Yoshihide Suga", "told reporters"),
        ("as soon as possible", "partial", "Government of South Korea", "said"),
    ],
    statements=[
        (ANCHOR, ["Moon Jae-in"], "said"),
        (DISC, ["Moon Jae-in"], "disclosed"),
        (ASKED, ["Moon Jae-in"], "told"),
        (MUST, ["Moon Jae-in", "Kim Jong-un"], "agreed"),
        (ALSO, ["Moon Jae-in", "Kim Jong-un"], "agreed"),
        (RET, ["Moon Jae-in"], "said"),
        (TOKYO, ["Government of Japan"], "said"),
        (SUGA, ["Yoshihide Suga", None], "told reporters"),
        (FLA, ["Shinzo Abe"], "has said"),
        ("Seoul said on Sunday", ["Government of South Korea"], "said"),
    ],
    timexes=[
        ("2018.05.27 14:20", "2018-05-27T14:20", None),
        ("2018.05.27 16:05", "2018-05-27T16:05", None),
        ("Moon Jae-in said [[Sunday]]", "2018-05-27", None),
        ("Saturday afternoon", "2018-05-26TAF", None),
        ("about two hours", "PT2H", "APPROX"),
        ("from [[3 p.m.]] at", "2018-05-26T15:00", None),
        ("a month after", "2018-05-26", None),
        ("April 27", "2018-04-27", None),
        ("10 a.m. Sunday", "2018-05-27T10:00", None),
        ("Friday afternoon", "2018-05-25TAF", None),
        ("by letter [[on Thursday]]", "2018-05-24", None),
        ("saying [[on Friday]]", "2018-05-25", None),
        ("June 12", "2018-06-12", None),
        ("talks on [[June 1]]", "2018-06-01", None),
        ("Washington [[on Thursday]]", "2018-05-24", None),
        ("two days earlier", "2018-05-22", None),
        ("May 9", "2018-05-09", None),
        ("the same day", "2018-05-09", None),
        ("resort in [[April]]", "2018-04", None),
        ("Seoul said [[on Sunday]]", "2018-05-27", None),
    ],
    summits=[
        dict(date="2018-05-26", place="Panmunjom", country="KP", participants=["Moon Jae-in", "Kim Jong-un"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[DISC, TALKED, ASKED]),
        dict(date="2018-04-27", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong-un"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[TALKED]),
        dict(date="2018-06-12", place="Singapore", country="SG", participants=["Donald Trump", "Kim Jong-un"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[ANCHOR, MUST]),
        dict(date="2018-05-22", place="White House", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[RET]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[ABE]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[ABE]),
        dict(date="2018-04", place="Florida", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FLA]),
    ],
    agreements=[
        dict(title="hold high-level inter-Korean talks on June 1", kind="commitment", date="2018-05-26",
             parties=["KP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="follow with talks between military officials", kind="commitment", date="2018-05-26",
             parties=["KP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="follow with talks between Red Cross officials", kind="commitment", date="2018-05-26",
             parties=["KP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="Panmunjom Declaration", kind="joint-declaration", date="2018-04-27", parties=["KP", "KR"],
             status="referenced", evidence=[ALSO]),
    ],
    notes=[
        "Invented Korean broadcaster web story (broadcaster 'KTN World' and correspondent invented; headline, Input/Edit line, section line, bracketed segment labels, the correspondent handover and the closing line are furniture; the Input and Edit stamps are annotated). Moon's sound bite and the words given to Moon, Suga and Seoul are invented; Tokyo's request for a briefing is invented.",
        "Real facts, checked on stored pages: english.chosun.com 2018-05-28 (second Moon-Kim meeting on Saturday on the northern side of Panmunjom, about two hours from 3 p.m.; Moon briefed reporters on Sunday; Kim requested the meeting on Friday afternoon and Moon accepted; agreed the 12 June summit must succeed; Kim's commitment to complete denuclearization; high-level talks on 1 June; speedy implementation of the 27 April declaration); straitstimes.com (Tongilgak; Moon to announce at 10 a.m. Sunday); zerohedge.com and familycarefoundation.biz (Trump cancelled on Thursday by letter, said on Friday it could still take place on 12 June in Singapore); newnation.io (Moon returned to Seoul on Thursday morning after meeting Trump in Washington that week); thenews.com.pk 2018-06-08 (Abe's Florida meeting with Trump in April). From general knowledge or other corpora's titles: Moon-Trump on 22 May; military and Red Cross talks to follow the high-level talks; the Tokyo trilateral with Li and the Moon-Abe meeting on 9 May 2018; Abe's stated readiness to meet Kim; Suga as Chief Cabinet Secretary.",
        "Summits (7): Moon-Kim on 26 May (ordinal 2, 'his second summit with Kim'; northern side, KP) and 27 April (ordinal 1, 'their first summit'; southern side, KR); Trump-Kim in Singapore (planned); Moon-Trump 'two days earlier' than Thursday 24 May (22 May); the Tokyo trilateral and the Moon-Abe bilateral of 9 May; Abe-Trump in Florida in April. Not summits: a possible Abe-Kim meeting ('has yet to meet Kim', 'ready to sit down'), the news conference.",
        "Agreements (4): three KP-KR commitments split from 'agreed to hold high-level inter-Korean talks on June 1 and to follow them with separate talks between military officials and between Red Cross officials'; the Panmunjom Declaration (referenced, date from the public record). Not agreements: 'agreed that the U.S.-North Korea summit ... must be held and must succeed' (a shared view, no course of action by the two; debatable), Japan's request, Seoul's promise to brief.",
        "Timexes: 'a month after their first summit' takes the date it points to (26 May); 'two days earlier' = 22 May; '10 a.m. Sunday' is one expression (2018-05-27T10:00); 'Saturday afternoon' and 'Friday afternoon' take TIMEX3 AF.",
    ],
)
