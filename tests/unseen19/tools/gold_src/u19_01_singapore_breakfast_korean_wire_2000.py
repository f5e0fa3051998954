# ruff: noqa: E501
LEAD = "agreed Friday to turn their breakfast talks"
SAT = "The three leaders sat down over breakfast"
SETTLED = "The Singapore meeting itself had been settled"
ROTATE = "Hosting duties will rotate"
RESEARCH = "The leaders confirmed that think tanks"
MORI = "Mori proposed a young leaders' program"
ARRIVED = "Kim arrived here Thursday"
DUE = "He is also due to confer with Singaporean"
BRUNEI = "Kim and Mori last met Nov. 15 in Brunei"

GOLD = dict(
    published="2000-11-24",
    furniture=[
        "(LEAD) Kim, Mori, Zhu agree to make three-way breakfast talks a yearly fixture\n"
        "KCN | 2000/11/24 14:05 KST\n"
        "ATTN: ADDS details of exchange year, Mori proposal in paras 5-6",
        "SINGAPORE, Nov. 24 (KCN) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim"],
        "Yoshiro Mori": ["Japanese Prime Minister Yoshiro Mori", "Mori"],
        "Zhu Rongji": ["Chinese Premier Zhu Rongji", "Zhu"],
        "Keizo Obuchi": ["the late Japanese premier Keizo Obuchi"],
        "Park Joon-young": ["presidential spokesman Park Joon-young", "the spokesman"],
        "Phan Van Khai": ["Vietnamese Prime Minister Phan Van Khai"],
        "Goh Chok Tong": ["Singaporean Prime Minister Goh Chok Tong"],
        "Abdurrahman Wahid": ["Indonesian President Abdurrahman Wahid"],
        "Cheong Wa Dae": ["the presidential office"],
    },
    quotes=[
        ("Meeting like this has become a habit", "direct", "Kim Dae-jung", "was quoted as telling"),
    ],
    statements=[
        (LEAD, ["Cheong Wa Dae"], "said"),
        (ROTATE, ["Park Joon-young"], "told reporters"),
        (MORI, ["Yoshiro Mori", "Kim Dae-jung", "Park Joon-young"], "proposed"),
    ],
    timexes=[
        ("2000/11/24 14:05 KST", "2000-11-24T14:05", None),
        ("SINGAPORE, [[Nov. 24]]", "2000-11-24", None),
        ("agreed [[Friday]]", "2000-11-24", None),
        ("an hour and 20 minutes", "PT1H20M", None),
        ("from [[9 a.m.]]", "2000-11-24T09:00", None),
        ("last November", "1999-11", None),
        ("economic cooperation in [[January]]", "2001-01", None),
        ("designate [[2002]]", "2002", None),
        ("arrived here [[Thursday]]", "2000-11-23", None),
        ("the same day", "2000-11-23", None),
        ("last met [[Nov. 15]]", "2000-11-15", None),
        ("Oct. 13", "2000-10-13", None),
    ],
    summits=[
        dict(date="2000-11-24", place="Singapore", country="SG",
             participants=["Kim Dae-jung", "Yoshiro Mori", "Zhu Rongji"], kind="trilateral", ordinal=2,
             status="held", occasion="ASEAN plus Three summit", evidence=[LEAD, SAT, SETTLED]),
        dict(date="1999-11", place="Manila", country="PH",
             participants=["Kim Dae-jung", "Zhu Rongji", "Keizo Obuchi"], kind="trilateral", ordinal=1,
             status="held", occasion="ASEAN plus Three summit", evidence=[SAT]),
        dict(date="2000-11-23", place="Singapore", country="SG",
             participants=["Kim Dae-jung", "Phan Van Khai"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN plus Three summit", evidence=[ARRIVED]),
        dict(date="2000-11", place="Singapore", country="SG",
             participants=["Kim Dae-jung", "Goh Chok Tong"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[DUE]),
        dict(date="2000-11", place="Jakarta", country="ID",
             participants=["Kim Dae-jung", "Abdurrahman Wahid"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[DUE]),
        dict(date="2000-11-15", place="Brunei", country="BN",
             participants=["Kim Dae-jung", "Yoshiro Mori"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[BRUNEI]),
        dict(date="2000-10-13", place="Tokyo", country="JP",
             participants=["Yoshiro Mori", "Zhu Rongji"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SETTLED]),
    ],
    agreements=[
        dict(title="three-way meeting as a regular annual event on the ASEAN plus Three fringes, hosting in rotation", kind="commitment",
             date="2000-11-24", parties=["CN", "JP", "KR"], status="agreed", evidence=[LEAD, ROTATE]),
        dict(title="think-tank joint research on economic cooperation from January 2001", kind="commitment",
             date="2000-11-24", parties=["CN", "JP", "KR"], status="agreed", evidence=[RESEARCH]),
        dict(title="2002 as a year of national exchange among the three peoples", kind="commitment",
             date="2000-11-24", parties=["CN", "JP", "KR"], status="agreed", evidence=["They also agreed to designate 2002"]),
        dict(title="Mori's proposal of a three-country young leaders' program", kind="commitment",
             date="2000-11-24", parties=["CN", "JP", "KR"], status="proposed", evidence=[MORI]),
        dict(title="Kim's proposal of exchanges between the three capitals", kind="commitment",
             date="2000-11-24", parties=["CN", "JP", "KR"], status="proposed", evidence=[MORI]),
        dict(title="Kim-Mori agreement in Brunei to keep Seoul-Tokyo-Washington coordination on North Korea close", kind="commitment",
             date="2000-11-15", parties=["JP", "KR"], status="referenced", evidence=[BRUNEI]),
        dict(title="Mori-Zhu agreement in Tokyo that the three leaders would gather again (in Singapore)", kind="commitment",
             date="2000-10-13", parties=["CN", "JP"], status="referenced", evidence=[SETTLED]),
    ],
    notes=[
        "Invented Korean wire story (agency 'KCN'; stamp time, headline, ATTN line and Kim's quoted words invented). Headline, stamp, ATTN line, dateline prefix and (END) are furniture; stamp and dateline dates are annotated.",
        "Real facts checked on stored pages: mofa.go.jp/region/asia-paci/china/meet0011.html (breakfast meeting 24 November 2000 from 09:00 to 10:20 hosted by Kim Dae Jung; agreement to hold the trilateral as a regular annual event at ASEAN+3 with rotating hosts; think-tank joint research from January 2001, proposed by Kim at the 1999 breakfast; Kim's proposal of capital-city exchanges; Mori's Young Leaders' Program proposal; Zhu's proposal of a 2002 exchange year, agreed); fmprc.gov.cn 2000-11-24 (Zhu attended the breakfast meeting with Mori and Kim); donga.com 20001123/194981 (Kim arrived in Singapore Thursday and met Phan Van Khai; breakfast set for Nov. 24); donga.com 20001129/195098 (state visits to Singapore, with Goh Chok Tong, and Indonesia, with Wahid); donga.com 20001115/194779 (Kim-Mori talks on the APEC sidelines in Brunei, agreement to strengthen Seoul-Tokyo-Washington coordination); donga.com 20001013/7594220 (Mori and Zhu agreed in Tokyo on 13 October to meet Kim in Singapore; first trilateral in Manila the previous year with Obuchi); e123.hk 302242 (Manila breakfast on 28 November 1999). Park Joon-young was Kim's spokesman (donga 20001115).",
        "Summits (7): Singapore breakfast (ordinal 2: 'second such gathering after the first'), Manila 1999 (ordinal 1), Kim-Phan Van Khai, planned Kim-Goh and Kim-Wahid (month only), Kim-Mori in Brunei, Mori-Zhu in Tokyo.",
        "Agreements (7): three agreed commitments split by course of action, two proposals (Mori, Kim), two background commitments recorded as referenced.",
    ],
)
