# ruff: noqa: E501
SINCE = "Moon and Japanese Prime Minister Shinzo Abe have not held a formal summit since"
ATMEET = "At that meeting the two leaders agreed"
GS1 = "The future of the General Security of Military Information Agreement"
GS2 = "Seoul suspended the termination of the pact"

GOLD = dict(
    published="2020-06-29",
    furniture=[
        "Japan said to oppose Seoul's seat at an expanded G7; Tokyo says the framework should stay as it is\n"
        "Published : 2020-06-29 17:52 | Updated : 2020-06-29 21:06\n"
        "By Jung Hye-rin",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Government of Japan": ["Japan", "Tokyo"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Kyodo News": ["Kyodo News"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga", "he"],
        "Ministry of Foreign Affairs of South Korea": ["the Foreign Ministry"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Office of the President of South Korea": ["Cheong Wa Dae", "his office"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Choi Eun-ji": ["Choi Eun-ji, a professor of diplomacy at the Korea National Academy of Public Affairs"],
    },
    quotes=[
        ("very important", "partial", "Yoshihide Suga", "said"),
        ("shameless", "partial", None, "said"),
        ("very outdated", "partial", "Donald Trump", "said"),
        ("If the two countries cannot even share a meeting room", "direct", "Choi Eun-ji", "said"),
    ],
    statements=[
        ("Japan has told the United States it opposes", ["Government of Japan"], "has told"),
        ("Kyodo News reported Sunday", ["Kyodo News", None], "reported"),
        ("Asked about the report on Monday, Chief Cabinet Secretary Yoshihide Suga", ["Yoshihide Suga"], "said"),
        ("The decision on which countries to invite lay with", ["Yoshihide Suga"], "added"),
        ("A senior official at Cheong Wa Dae said", [None, "Ministry of Foreign Affairs of South Korea"], "said"),
        ("Trump said late last month that", ["Donald Trump"], "said"),
        ("In a telephone call with Trump on June 1", ["Moon Jae-in", "Office of the President of South Korea"], "accepted"),
        (ATMEET, ["Moon Jae-in", "Shinzo Abe"], "agreed"),
        ("Experts said Tokyo's reported move", [None], "said"),
    ],
    timexes=[
        ("Published : [[2020-06-29 17:52]]", "2020-06-29T17:52", None),
        ("Updated : [[2020-06-29 21:06]]", "2020-06-29T21:06", None),
        ("[[this year's]] Group of Seven", "2020", None),
        ("from Seoul [[on Monday]]", "2020-06-29", None),
        ("reported [[Sunday]]", "2020-06-28", None),
        ("May 30", "2020-05-30", None),
        ("report [[on Monday]]", "2020-06-29", None),
        ("[[this year's]] chair", "2020", None),
        ("late last month", "2020-05", "END"),
        ("States in [[September]]", "2020-09", None),
        ("election in [[November]]", "2020-11", None),
        ("set for [[June]]", "2020-06", None),
        ("June 1", "2020-06-01", None),
        ("Dec. 24 last year", "2019-12-24", None),
        ("A year ago", "2019-06", None),
        ("pact in [[November]]", "2019-11", None),
    ],
    summits=[
        dict(date="2019-12-24", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="Korea-Japan-China trilateral summit", evidence=[SINCE, ATMEET]),
        dict(date="2019-12-24", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[SINCE]),
    ],
    agreements=[
        dict(title="resolve the row over export curbs and wartime labor through dialogue (Chengdu)", kind="commitment",
             date="2019-12-24", parties=["JP", "KR"], status="referenced", evidence=[ATMEET]),
        dict(title="General Security of Military Information Agreement", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[GS1, GS2]),
    ],
    notes=[
        "Invented Seoul daily story (outlet 'The Mapo Herald', reporter, professor and academy invented; headline, Published/Updated line and byline are furniture; both stamps annotated). Suga's partial 'very important', the Cheong Wa Dae official's 'shameless' and Moon's words on the call are invented or unchecked wording; Trump's 'very outdated' echoes his reported words.",
        "Real background, checked on stored pages: cgtn 2020-06-28, urdupoint 2020-06-28, in.news.yahoo (ANI) and world.kbs.co.kr (Kyodo reported on Sunday, citing diplomatic sources, that a senior Japanese official conveyed Tokyo's objection soon after Trump raised the idea on 30 May; Seoul's differences on China and North Korea; summit postponed from June to September because of the pandemic); taipeitimes 2020-06-30 (Suga on Monday: important to maintain the G7 framework; arrangements up to the U.S. as host; Seoul's foreign ministry declined to comment; Trump on holding it around the UN General Assembly or after the election); ics2014bangalore (Australia, India, Russia and South Korea). From general knowledge (not checked on a page): the Cheong Wa Dae official's reaction, the Moon-Trump call of 1 June 2020, the original Camp David venue, the Chengdu summit of 24 December 2019 and its dialogue pledge, the Osaka handshake of June 2019, Seoul's conditional suspension of GSOMIA's termination in November 2019.",
        "Summits (2): the Moon-Abe meeting in Chengdu and the three-way summit with Li Keqiang there (named as the occasion). Not summits: the G7 summit itself (a larger gathering, not yet held; postponed, place undecided), the Moon-Trump telephone call, the Osaka handshake, a hypothetical shared 'meeting room'.",
        "Agreements (2): the Chengdu commitment to resolve the row through dialogue (referenced); GSOMIA (treaty, referenced, date from the public record). Not agreements: Trump's invitation (an invitation to a multilateral gathering, not a course of action agreed between two governments; Moon's acceptance is recorded only as a statement; debatable), Japan's objection.",
        "Timexes: 'late last month' = 2020-05 END; 'in November' twice, future (2020-11, election) and past (2019-11, GSOMIA); 'A year ago' = 2019-06 (Osaka); 'lowest point in years' is vague and not annotated.",
    ],
)
