# ruff: noqa: E501
LEDE = "President Lee Jae-myung returned to Seoul early Thursday"
ISHIBA = "The most closely watched of his encounters"
FRONT = "Lee, who has made harsh remarks about Japan in the past"
AGREED = "The two leaders agreed to resume shuttle diplomacy"
WISELY = "A senior presidential official added"
ISHQ = "Ishiba told reporters afterward"
NOTED = "He noted that this year marks the 60th anniversary"
TRUMP = "What did not happen was a meeting with U.S. President Donald Trump"
WI = "National Security Adviser Wi Sung-lac said"
MON = "Lee opened his schedule on Monday"
TUE = "On Tuesday he met British Prime Minister Keir Starmer"
ALSO = "He also saw Indian Prime Minister Narendra Modi"

GOLD = dict(
    published="2025-06-19",
    furniture=[
        "Lee returns from G7 debut with a string of summits, but no Trump\nPosted : 2025-06-19 11:02 | Updated : 2025-06-19 17:40\nThe Mapo Herald | Diplomacy\nBy Yoo Da-in",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["President Lee Jae-myung", "Lee", "he"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Ishiba"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Wi Sung-lac": ["National Security Adviser Wi Sung-lac"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        "Cyril Ramaphosa": ["South African President Cyril Ramaphosa"],
        "Keir Starmer": ["British Prime Minister Keir Starmer"],
        "Mark Carney": ["Canadian Prime Minister Mark Carney"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi"],
        "Luiz Inacio Lula da Silva": ["Brazilian President Luiz Inacio Lula da Silva"],
        "Claudia Sheinbaum": ["Mexican President Claudia Sheinbaum"],
        "Antonio Guterres": ["U.N. Secretary-General Antonio Guterres"],
        "Office of the President of South Korea": ["the presidential office"],
    },
    quotes=[
        ("sharing a front yard", "partial", "Lee Jae-myung", "called"),
        ("wisely", "partial", None, "added"),
        ("more important than ever.", "partial", "Shigeru Ishiba", "told reporters"),
        ("at an early date.", "partial", "Wi Sung-lac", "said"),
    ],
    statements=[
        (FRONT, ["Lee Jae-myung"], "called"),
        (AGREED, ["Lee Jae-myung", "Shigeru Ishiba", "Office of the President of South Korea"], "agreed"),
        (WISELY, [None], "added"),
        (ISHQ, ["Shigeru Ishiba"], "told reporters"),
        (NOTED, ["Shigeru Ishiba"], "noted"),
        (WI, ["Wi Sung-lac"], "said"),
        (TUE, ["Lee Jae-myung", "Keir Starmer"], "agreeing"),
        ("Opposition lawmakers said the missed Trump meeting", [None], "said"),
    ],
    timexes=[
        ("2025-06-19 11:02", "2025-06-19T11:02", None),
        ("2025-06-19 17:40", "2025-06-19T17:40", None),
        ("early Thursday", "2025-06-19", "START"),
        ("around 1:15 a.m.", "2025-06-19T01:15", "APPROX"),
        ("barely [[two weeks]]", "P2W", None),
        ("June 4", "2025-06-04", None),
        ("30-minute", "PT30M", None),
        ("Tuesday afternoon", "2025-06-17TAF", None),
        ("this year", "2025", None),
        ("1965", "1965", None),
        ("schedule [[on Monday]]", "2025-06-16", None),
        ("On Tuesday he met", "2025-06-17", None),
        ("in the autumn", "2025-FA", None),
        ("a July deadline", "2025-07", None),
    ],
    summits=[
        dict(date="2025-06-17", place="Kananaskis Mountain Lodge", country="CA", participants=["Lee Jae-myung", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="G7 summit", evidence=[ISHIBA, FRONT, AGREED]),
        dict(date="2025-06-16", place=None, country="CA", participants=["Lee Jae-myung", "Anthony Albanese"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[MON]),
        dict(date="2025-06-16", place=None, country="CA", participants=["Lee Jae-myung", "Cyril Ramaphosa"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[MON]),
        dict(date="2025-06-17", place=None, country="CA", participants=["Lee Jae-myung", "Keir Starmer"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[TUE]),
        dict(date="2025-06-17", place=None, country="CA", participants=["Lee Jae-myung", "Mark Carney"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[TUE]),
        dict(date="2025-06", place=None, country="CA", participants=["Lee Jae-myung", "Narendra Modi"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[ALSO]),
        dict(date="2025-06", place=None, country="CA", participants=["Lee Jae-myung", "Luiz Inacio Lula da Silva"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[ALSO]),
        dict(date="2025-06", place=None, country="CA", participants=["Lee Jae-myung", "Claudia Sheinbaum"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[ALSO]),
    ],
    agreements=[
        dict(title="resume shuttle diplomacy", kind="commitment", date="2025-06-17", parties=["JP", "KR"],
             status="agreed", evidence=[AGREED]),
        dict(title="keep strengthening three-way cooperation with the United States", kind="commitment", date="2025-06-17",
             parties=["JP", "KR"], status="agreed", evidence=[AGREED]),
        dict(title="handle historical issues wisely while building a forward-looking relationship", kind="commitment",
             date="2025-06-17", parties=["JP", "KR"], status="agreed", evidence=[WISELY]),
        dict(title="1965 Treaty on Basic Relations", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced", evidence=[NOTED]),
        dict(title="expand trade and investment (Korea-UK)", kind="commitment", date="2025-06-17", parties=["GB", "KR"],
             status="agreed", evidence=[TUE]),
        dict(title="Korea-UK free trade agreement", kind="treaty", date=None, parties=["GB", "KR"],
             status="referenced", evidence=[TUE]),
    ],
    notes=[
        "Invented Seoul English-language daily story (paper 'The Mapo Herald' and reporter invented; headline, Posted/Updated line, section line and byline are furniture; both stamps annotated). 'sharing a front yard' echoes Lee's real remark; the words given to Ishiba ('more important than ever'), Wi Sung-lac ('at an early date') and the opposition reaction are invented.",
        "Real facts, checked on stored pages: koreajoongangdaily.joins.com 2025-06-19 (arrival at Seoul Air Base in Seongnam around 1:15 a.m.; talks over Monday and Tuesday with leaders of Japan, Canada, Britain, Australia, South Africa, India, Brazil, Mexico and the EU and with Guterres; Carney talks on Tuesday; Korea hosts APEC and Canada the G7); prod.biz.chosun.com (Lee-Ishiba on the 17th at the Kananaskis Mountain Lodge, about 30 minutes from 3:30 p.m., first meeting); news.kbs.co.kr 8281748 and world.kbs.co.kr 193887 ('neighbors sharing the same front yard'; agreement to resume shuttle diplomacy and strengthen trilateral cooperation; past issues to be handled wisely; 60th anniversary; Starmer talks on trade and investment and the FTA revision); ajw.asahi (Reuters: Trump leaving early; Wi Sung-lac: meeting 'difficult', Washington asked for understanding; Albanese and Ramaphosa on Monday; tariff talks); japannews.yomiuri 20250607-261072 (Lee took office on Wednesday 4 June; past harsh remarks about Japan); holangikr.com (arrival on 16 June, two-day schedule); thenewsfrontier.com (Ishiba told the media cooperation with Seoul and Washington was more important; Lee met Modi). From general knowledge: Trump left over the Israel-Iran conflict; the 9 July tariff deadline; Lula and Sheinbaum as the Brazilian and Mexican presidents.",
        "Summits (8): Lee-Ishiba (ordinal 1, 'their first face-to-face meeting'); Albanese and Ramaphosa (Monday 16 June); Starmer and Carney (Tuesday 17 June); Modi, Lula and Sheinbaum (days not given: 2025-06). All sidelines of the G7 summit in Canada. Not summits: the missed Lee-Trump meeting ('did not happen'), talks with the EU heads and the UN Secretary-General (not heads of state or government of a country), 'eight national leaders' (aggregate).",
        "Agreements (6): three JP-KR commitments (shuttle diplomacy and trilateral cooperation split from one sentence; handling historical issues 'wisely', per a presidential official); the 1965 Treaty on Basic Relations (referenced); the GB-KR trade and investment commitment and the Korea-UK FTA (treaty, referenced, date null). Not agreements: looking for 'another opportunity' to meet Trump (no date, as 'agreed to meet soon'), the FTA upgrade negotiation (ongoing), APEC hosting.",
        "Timexes: 'early Thursday' = 2025-06-19 START; 'around 1:15 a.m.' = 2025-06-19T01:15 APPROX; 'in the autumn' = 2025-FA (a season is allowed for timex values); 'a July deadline' = 2025-07; 'a day early' is not annotated.",
    ],
)
