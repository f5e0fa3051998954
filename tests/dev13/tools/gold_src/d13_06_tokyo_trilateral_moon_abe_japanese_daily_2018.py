# ruff: noqa: E501
LEAD = "Prime Minister Shinzo Abe and South Korean President Moon Jae-in agreed Wednesday"
SAT = "The two sat down in Tokyo shortly after 1 p.m."
TRI = "Their meeting followed a morning three-way summit"
DECL = "The three later issued a joint declaration"
PMJ = "Abe told Moon that he welcomed the"
NK = "The two leaders agreed that Tokyo and Seoul would work with Washington"
FISH = "They also agreed to speed up fisheries negotiations"
ANNIV = "Noting that this year marks the 20th anniversary"
PRAC = "The two agreed to expand practical cooperation"
KYOTO = "Moon's trip is the first by a South Korean leader since Lee Myung-bak"
PC = "Abe made the reverse journey in February"
LI = "Abe was to meet Li separately later in the day"
WASH = "Moon, for his part, will head to Washington"

GOLD = dict(
    published="2018-05-09",
    furniture=[
        "NATIONAL / POLITICS & DIPLOMACY",
        "Abe and Moon agree to fully restart leaders' visits after three-way summit with Li",
        "by Yuka Morishita",
        "Staff Writer",
        "May 9, 2018",
        "Related: Li arrives in Tokyo, first visit by a Chinese premier in seven years | Moon: Japan-North Korea ties key to peace",
        "KEYWORDS",
        "SOUTH KOREA, CHINA, SHINZO ABE, MOON JAE-IN, LI KEQIANG, NORTH KOREA",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un", "Kim"],
        "Suh Hoon": [],
        "Keizo Obuchi": ["then-Prime Minister Keizo Obuchi"],
        "Kim Dae-jung": ["President Kim Dae-jung"],
        "Lee Myung-bak": [],
        "Yoshihiko Noda": ["then-Prime Minister Yoshihiko Noda"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Japanese Foreign Ministry": ["the Foreign Ministry"],
    },
    quotes=[
        ("historic", "partial", "Shinzo Abe", "told"),
        ("Closing one test site", "direct", "Shinzo Abe", "was quoted by a Japanese official as telling Moon"),
        ("an important role to play", "partial", "Moon Jae-in", "said"),
        ("new partnership for the 21st century", "partial", None, "set out"),
    ],
    statements=[
        (LEAD, ["Shinzo Abe", "Moon Jae-in"], "agreed"),
        (SAT, ["Japanese Foreign Ministry"], "according to"),
        (DECL, ["Shinzo Abe", "Moon Jae-in", "Li Keqiang"], "pledging"),
        (PMJ, ["Shinzo Abe"], "told"),
        (NK, ["Shinzo Abe", "Moon Jae-in"], "agreed"),
        (FISH, ["Shinzo Abe", "Moon Jae-in"], "agreed"),
        ("Moon, according to his spokesman, said", ["Moon Jae-in"], "said"),
        (ANNIV, ["Shinzo Abe"], "said"),
        (PRAC, ["Shinzo Abe", "Moon Jae-in"], "agreed"),
    ],
    timexes=[
        ("May 9, 2018", "2018-05-09", None),
        ("agreed [[Wednesday]]", "2018-05-09", None),
        ("more than six years", "P6Y", "MORE_THAN"),
        ("shortly after 1 p.m.", "2018-05-09T13:00", "AFTER"),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("another hour or so", "PT1H", "APPROX"),
        ("a [[morning]] three-way", "2018-05-09TMO", None),
        ("two and a half years", "P2Y6M", None),
        ("2008", "2008", None),
        ("late last month", "2018-04", "END"),
        ("this year marks", "2018", None),
        ("1998", "1998", None),
        ("December 2011", "2011-12", None),
        ("in [[February]], traveling", "2018-02", None),
        ("later in the day", "2018-05-09", None),
        ("through [[Friday]]", "2018-05-11", None),
        ("later this month", "2018-05", None),
    ],
    summits=[
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEAD, SAT, TRI]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[TRI, DECL]),
        dict(date="2018-04", place="Panmunjom", country="KR",
             participants=["Moon Jae-in", "Kim Jong Un"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[PMJ]),
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KYOTO]),
        dict(date="2018-02", place="Pyeongchang", country="KR",
             participants=["Shinzo Abe", "Moon Jae-in"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[PC]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Shinzo Abe", "Li Keqiang"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[LI]),
        dict(date="2018-05", place="Washington", country="US",
             participants=["Moon Jae-in", "Donald Trump"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[WASH]),
        dict(date="2018", place=None, country=None,
             participants=["Donald Trump", "Kim Jong Un"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[WASH]),
    ],
    agreements=[
        dict(title="fully resume shuttle diplomacy", kind="commitment", date="2018-05-09",
             parties=["JP", "KR"], status="agreed", evidence=[LEAD]),
        dict(title="joint declaration of the seventh Japan-China-South Korea trilateral summit", kind="joint-declaration",
             date="2018-05-09", parties=["CN", "JP", "KR"], status="agreed", evidence=[DECL]),
        dict(title="work with Washington to press Pyongyang for concrete steps toward complete denuclearization", kind="commitment",
             date="2018-05-09", parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="cooperate toward an early resolution of the abduction issue", kind="commitment",
             date="2018-05-09", parties=["JP", "KR"], status="agreed", evidence=[NK]),
        dict(title="speed up fisheries negotiations", kind="commitment", date="2018-05-09",
             parties=["JP", "KR"], status="agreed", evidence=[FISH]),
        dict(title="1998 joint declaration (new partnership for the 21st century)", kind="joint-declaration",
             date="1998", parties=["JP", "KR"], status="referenced", evidence=[ANNIV]),
        dict(title="expand practical cooperation to mark the 20th anniversary of the 1998 declaration", kind="commitment",
             date="2018-05-09", parties=["JP", "KR"], status="agreed", evidence=[PRAC]),
    ],
    notes=[
        "Invented Tokyo daily story in Japan Times style; the reporter, the related links and the keyword line are fictional furniture. Invented wording: Abe's quote (a rewording of a remark reported by Jiji), the 'important role' fragment (reworded from the Korean account), the summary of the joint declaration's contents.",
        "Facts checked on stored pages: mofa.go.jp/a_o/na/kr/page3e_000856.html (May 9, 2018, from around 1 p.m. for about 50 minutes, then a working lunch of about an hour; thanks for the phone talk after the inter-Korean summit and Suh Hoon's visit; 20th anniversary of the joint declaration); manila-stv.ph (Jiji: cooperate with the U.S. on denuclearization; abductions; fully resume shuttle diplomacy; first South Korean president to travel to Japan since December 2011; Abe's February trip to Pyeongchang; not rewarding North Korea for closing Punggye-ri); rki.kbs.co.kr 70664 (20th anniversary cooperation; fisheries negotiations suspended for two years); jimin.jp 137459 and sharjah24.ae (trilateral at the State Guest House Akasaka, first in two and a half years; Trump-Kim summit expected); japantimes.co.jp 2018/05/08 (seventh trilateral, joint statement planned, Abe's one-on-ones with Li and Moon); xebersaati.com (Li's visit May 8-11, Hokkaido); koreajoongangdaily 2018/05/01 (Moon to Washington after Tokyo). Public record (not re-checked): the title of the trilateral document (a joint declaration), Lee-Noda in Kyoto, the Abe-Moon talks on the day of the Pyeongchang opening (9 February), the Moon-Trump summit on 22 May.",
        "Summits (8): Abe-Moon (held), the trilateral with Li (held), Moon-Kim at Panmunjom (held, 2018-04, country KR for the Peace House, debatable), Lee-Noda in Kyoto (held, 2011-12), Abe-Moon in Pyeongchang (held, 2018-02), Abe-Li 'later in the day' (planned), Moon-Trump in Washington (planned, 2018-05) and Trump-Kim (planned, date 2018, place unknown). The working lunch is part of the Abe-Moon meeting; the phone call after the inter-Korean summit is not a summit.",
        "Agreements (7): shuttle diplomacy; the trilateral joint declaration (status agreed: issued by the three); 'agreed that Tokyo and Seoul would work with Washington ..., and agreed to cooperate toward ... abducted' split into two; fisheries negotiations; the 1998 declaration (referenced); the practical cooperation for the anniversary. Quote 'new partnership for the 21st century' reproduces the declaration's wording (speaker null, as unseen16).",
        "Timexes: 'shortly after 1 p.m.' = T13:00 AFTER; 'another hour or so' = PT1H APPROX; 'late last month' = 2018-04 END; 'later in the day' = 2018-05-09; 'within weeks' is vague and not annotated; 'the day of the ceremony' is not resolvable from the text and not annotated.",
    ],
)
