# ruff: noqa: E501
DINNER = "Abe and Xi have finished dinner."
OFFICIALS = "Japanese officials say the two leaders talked for about an hour"
ACCEPT = "Xi accepted, a Japanese official told reporters"
KO = "Cheong Wa Dae spokesperson Ko Min-jung says"
OVER = "The Moon-Xi meeting at a hotel in central Osaka is over."
KIM = "According to Ko, Xi relayed what North Korean leader Kim Jong Un told him"
PNG = "It was the first meeting between Moon and Xi since"
OPENING = "I'm grateful to hear the results"
NOMEET = "No, there will be no Moon-Abe meeting"
SOURCE = "A Japanese government source repeated"
REJECT = "Japan rejected that proposal last week."
LANDED = "Over the next two days he is due to sit down"
TRUMP = "U.S. President Donald Trump, who meets Xi here on Saturday"

GOLD = dict(
    published="2019-06-27",
    furniture=[
        "LIVE: G20 Osaka eve - Xi meets Moon, then dines with Abe; no Moon-Abe talks on the schedule\nLast updated: Thursday, June 27, 2019, 23:35 JST\nBy the Kansai Herald live desk",
        "[[23:35 JST]]\nAbe and Xi", "22:10 JST", "21:25 JST", "19:40 JST", "18:05 JST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Abe"],
        "Xi Jinping": ["Xi"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon", "he"],
        "Ko Min-jung": ["Cheong Wa Dae spokesperson Ko Min-jung", "Ko"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un"],
        "Vladimir Putin": ["Russian President Vladimir Putin"],
        "Joko Widodo": ["Indonesian President Joko Widodo"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi"],
        "Justin Trudeau": ["Canadian Prime Minister Justin Trudeau"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("We want to be neighbours who never let things slide back", "direct", "Shinzo Abe", "said"),
        ("grateful to hear the results of your visit", "direct", "Moon Jae-in", "told"),
        ("the door open", "partial", "Government of South Korea", "has said"),
    ],
    statements=[
        (OFFICIALS, [None], "say"),
        (ACCEPT, [None], "told reporters"),
        (KO, ["Ko Min-jung", "Moon Jae-in"], "says"),
        (KIM, ["Ko Min-jung", "Xi Jinping"], "relayed"),
        (SOURCE, [None], "repeated"),
        ("Seoul has said it is keeping", ["Government of South Korea"], "has said"),
    ],
    timexes=[
        ("Thursday, June 27, 2019, 23:35 JST", "2019-06-27T23:35", None),
        ("[[23:35 JST]]\nAbe and Xi", "2019-06-27T23:35", None),
        ("about an hour", "PT1H", "APPROX"),
        ("some 70 minutes", "PT70M", "APPROX"),
        ("next spring", "2020-SP", None),
        ("22:10 JST", "2019-06-27T22:10", None),
        ("21:25 JST", "2019-06-27T21:25", None),
        ("Pyongyang [[last week]]", "2019-W25", None),
        ("in November", "2018-11", None),
        ("19:40 JST", "2019-06-27T19:40", None),
        ("proposal [[last week]]", "2019-W25", None),
        ("18:05 JST", "2019-06-27T18:05", None),
        ("the next two days", "P2D", None),
        ("home [[on Saturday]]", "2019-06-29", None),
        ("here [[on Saturday]]", "2019-06-29", None),
        ("on Sunday", "2019-06-30", None),
    ],
    summits=[
        dict(date="2019-06-27", place="Osaka", country="JP", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[DINNER, OFFICIALS, '"We want to be neighbours']),
        dict(date="2020", place=None, country="JP", participants=["Shinzo Abe", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[OFFICIALS]),
        dict(date="2019-06-27", place="Osaka", country="JP", participants=["Moon Jae-in", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[OVER, PNG, OPENING]),
        dict(date="2019-06", place="Pyongyang", country="KP", participants=["Xi Jinping", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KIM]),
        dict(date="2018-11", place=None, country="PG", participants=["Moon Jae-in", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[PNG]),
        dict(date="2019-06", place="Osaka", country="JP", participants=["Moon Jae-in", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="planned", occasion="G20", evidence=[LANDED]),
        dict(date="2019-06", place="Osaka", country="JP", participants=["Moon Jae-in", "Joko Widodo"],
             kind="sidelines", ordinal=None, status="planned", occasion="G20", evidence=[LANDED]),
        dict(date="2019-06", place="Osaka", country="JP", participants=["Moon Jae-in", "Narendra Modi"],
             kind="sidelines", ordinal=None, status="planned", occasion="G20", evidence=[LANDED]),
        dict(date="2019-06-29", place="Osaka", country="JP", participants=["Moon Jae-in", "Justin Trudeau"],
             kind="sidelines", ordinal=None, status="planned", occasion="G20", evidence=[LANDED]),
        dict(date="2019-06-29", place="Osaka", country="JP", participants=["Donald Trump", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="planned", occasion="G20", evidence=[TRUMP]),
        dict(date="2019-06-30", place="Seoul", country="KR", participants=["Donald Trump", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[TRUMP]),
    ],
    agreements=[
        dict(title="Abe's invitation for a state visit next spring, accepted by Xi", kind="commitment", date="2019-06-27",
             parties=["CN", "JP"], status="agreed", evidence=[OFFICIALS, ACCEPT]),
        dict(title="keep working together to cut fine dust", kind="commitment", date="2019-06-27",
             parties=["CN", "KR"], status="agreed", evidence=[KO]),
        dict(title="Korea-China free trade agreement", kind="treaty", date="2015",
             parties=["CN", "KR"], status="referenced", evidence=[KO]),
        dict(title="Seoul's proposal of a fund financed by companies of both countries for wartime laborers", kind="commitment", date="2019-06",
             parties=["JP", "KR"], status="proposed", evidence=[SOURCE, REJECT]),
    ],
    notes=[
        "Invented live page (outlet 'The Kansai Herald' invented; headline, last-updated line, byline and entry stamps are furniture; the last-updated stamp and entry times are annotated, newest first). All quotes are invented, including Abe's and Moon's opening words (Moon's echoes the reported remark only in substance); 'the door open' paraphrases a spokesperson's wording reported by Yonhap. Entry times, the dinner length wording and the Japanese source's remark are invented.",
        "Real background, checked on stored pages: koreatimes 2019-06-27 (Moon-Xi at the Westin Hotel, Osaka, Thursday evening); webarchives.pa.go.kr 599 (Moon-Xi on 27 June: Xi briefed Moon on his Pyongyang visit of 20 June, Kim 'strongly committed' to denuclearization; follow-up FTA talks; agreed to continue cooperation on atmospheric pollution); news.kbs.co.kr 4231583 (spokesperson Ko Min-jung); straitstimes (Xi's two-day state visit to Pyongyang from 20 June); newsworld.co.kr 4682 (Moon-Xi at APEC in Papua New Guinea on 17 November 2018); upcomingworldnews (Abe-Xi hour-long summit and 70-minute dinner on Thursday 27 June); thestar.com.my (Abe invited Xi in Osaka for cherry-blossom time next spring) and agenzianova (Xi: a spring state visit is a good idea); koreaherald 20190629000062 (Moon met Xi, Putin, Widodo, Modi and Trudeau, the last a few hours before departing on Saturday; Trump's two-day visit to Seoul right after); inform.kz (Ko: keeping the door open to a Korea-Japan summit; no Abe one-on-one; Seoul's proposal that companies ... early that week); koreajoongangdaily 2025-10-30 (Trump and Xi met on the sidelines of the Osaka G20 in June 2019). From general knowledge: the Trump-Xi meeting on Saturday 29 June and the Moon-Trump summit on Sunday 30 June; Japan's rejection of the joint-fund proposal on 19 June.",
        "Summits (11): Abe-Xi (held, with the dinner counted once), the planned state visit 'next spring' (2020, Japan), Moon-Xi (held), Xi-Kim in Pyongyang 'last week' (June 2019), Moon-Xi at APEC in Papua New Guinea (November 2018); planned sideline meetings of Moon with Putin, Widodo, Modi and Trudeau (Trudeau dated to Saturday, the others to the month), the planned Trump-Xi meeting on Saturday and the planned Moon-Trump talks in Seoul on Sunday. Not summits: a Moon-Abe meeting ('no Moon-Abe meeting', negated), the dinner as a separate event.",
        "Agreements (4): the accepted invitation (agreed commitment, as unseen16 records accepted invitations); the Moon-Xi commitment on fine dust; the Korea-China FTA (treaty, referenced; dated 2015 from the public record); Seoul's joint-fund proposal to Japan (proposed, rejected). Not agreements: fixing a date through diplomatic channels (procedural), the relayed North Korean message.",
        "Timexes: 'last week' twice = 2019-W25 (published Thursday 2019-06-27, ISO week 26); 'next spring' = 2020-SP; 'in November' in a past clause = 2018-11; 'the next two days' = P2D.",
    ],
)
