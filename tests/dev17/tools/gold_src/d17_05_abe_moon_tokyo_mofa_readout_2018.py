# ruff: noqa: E501
LEDE = "On May 9, commencing at around 1 p.m."
LUNCH = "The two leaders subsequently continued their discussion"
KYOTO = "Prime Minister Abe welcomed President Moon's visit"
PHONE = "Prime Minister Abe thanked President Moon for the telephone talk"
ANNIV = "Prime Minister Abe stated that this year marks the 20th anniversary"
PANMUN = "President Moon expressed his appreciation for Japan's support"
SHUTTLE = "The two leaders confirmed that they will fully resume"
PRACT = "The two leaders shared the view that, on the occasion"
FISH = "They also agreed to work together toward an early agreement"
PYC = "Prime Minister Abe recalled his visit to the ROK in February"
TRI = "Following the discussion at the Trilateral Summit"
USNK = "confirmed that Japan, the ROK and the United States will coordinate closely"
ABD = "Prime Minister Abe asked for the ROK's continued cooperation"
REF = "The Seventh Japan-China-ROK Trilateral Summit was held"
DECL = "The three leaders adopted a Joint Declaration"

GOLD = dict(
    published="2018-05-09",
    furniture=[
        "Ministry of Foreign Affairs of Japan\nJapan-Republic of Korea Relations",
        "Japan-Republic of Korea Summit Meeting and Working Lunch\nMay 9, 2018",
        "1. Opening remarks\n",
        "2. Bilateral relations\n",
        "3. North Korea\n",
        "(Reference)\n",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Mr. Shinzo Abe, Prime Minister of Japan", "Prime Minister Abe"],
        "Moon Jae-in": ["H.E. Mr. Moon Jae-in, President of the Republic of Korea", "President Moon", "he"],
        "Lee Myung-bak": ["President Lee Myung-bak"],
        "Yoshihiko Noda": [],
        "Li Keqiang": ["Premier Li Keqiang of the State Council of the People's Republic of China"],
        "Kim Jong Un": [],
        "Donald Trump": [],
    },
    quotes=[],
    statements=[
        (KYOTO, ["Shinzo Abe"], "welcomed"),
        (PHONE, ["Shinzo Abe"], "thanked"),
        (ANNIV, ["Shinzo Abe"], "stated"),
        (PANMUN, ["Moon Jae-in"], "expressed his appreciation"),
        (SHUTTLE, ["Shinzo Abe", "Moon Jae-in"], "confirmed"),
        (PRACT, ["Shinzo Abe", "Moon Jae-in"], "shared the view"),
        (FISH, ["Shinzo Abe", "Moon Jae-in"], "agreed"),
        (PYC, ["Shinzo Abe"], "recalled"),
        ("Prime Minister Abe stated that it is necessary to maintain", ["Shinzo Abe"], "stated"),
        ("The two leaders shared the view that the announced closure", ["Shinzo Abe", "Moon Jae-in"], "shared the view"),
        (ABD, ["Shinzo Abe", "Moon Jae-in"], "asked"),
        (DECL, ["Shinzo Abe", "Moon Jae-in", "Li Keqiang"], "agreed"),
    ],
    timexes=[
        ("Working Lunch\n[[May 9, 2018]]", "2018-05-09", None),
        ("On [[May 9]], commencing", "2018-05-09", None),
        ("around 1 p.m.", "2018-05-09T13:00", "APPROX"),
        ("approximately 50 minutes", "PT50M", "APPROX"),
        ("approximately one hour", "PT1H", "APPROX"),
        ("December 2011", "2011-12", None),
        ("that [[this year]] marks", "2018", None),
        ("for two years", "P2Y", None),
        ("ROK [[in February]]", "2018-02", None),
        ("in the morning of the same day", "2018-05-09TMO", None),
        ("about two and a half years", "P2Y6M", "APPROX"),
        ("by 2020", "2020", None),
    ],
    summits=[
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE, LUNCH]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=7, status="held", occasion=None, evidence=[LEDE, TRI, REF, DECL]),
        dict(date="2011-12", place="Kyoto", country="JP", participants=["Lee Myung-bak", "Yoshihiko Noda"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KYOTO]),
        dict(date="2018-02", place="PyeongChang", country="KR", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="the PyeongChang Olympic Winter Games", evidence=[PYC]),
        dict(date="2018-04", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PHONE, PANMUN]),
        dict(date="2018", place=None, country=None, participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[USNK]),
    ],
    agreements=[
        dict(title="fully resume shuttle diplomacy", kind="commitment", date="2018-05-09",
             parties=["JP", "KR"], status="agreed", evidence=[SHUTTLE]),
        dict(title="further strengthen exchanges and strategic communication at various levels", kind="commitment",
             date="2018-05-09", parties=["JP", "KR"], status="agreed", evidence=[SHUTTLE]),
        dict(title="deepen practical cooperation on the 20th anniversary", kind="commitment", date="2018-05-09",
             parties=["JP", "KR"], status="agreed", evidence=[PRACT]),
        dict(title="work toward an early agreement in the fisheries negotiations", kind="commitment", date="2018-05-09",
             parties=["JP", "KR"], status="agreed", evidence=[FISH]),
        dict(title="close Japan-ROK-U.S. coordination ahead of the U.S.-North Korea Summit", kind="commitment", date="2018-05-09",
             parties=["JP", "KR"], status="agreed", evidence=[USNK]),
        dict(title="Japan-Republic of Korea Joint Declaration (1998)", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced", evidence=[ANNIV]),
        dict(title="Panmunjom Declaration", kind="joint-declaration", date="2018-04",
             parties=["KR", "KP"], status="referenced", evidence=[PANMUN, DECL]),
        dict(title="Joint Declaration of the Seventh Japan-China-ROK Trilateral Summit", kind="joint-declaration",
             date="2018-05-09", parties=["JP", "CN", "KR"], status="agreed", evidence=[DECL]),
        dict(title="expand people-to-people exchanges among the three countries to 30 million by 2020", kind="commitment",
             date="2018-05-09", parties=["JP", "CN", "KR"], status="agreed", evidence=[DECL]),
        dict(title="hold the Trilateral Summit on a regular basis", kind="commitment", date="2018-05-09",
             parties=["JP", "CN", "KR"], status="agreed", evidence=[DECL]),
        dict(title="Special Statement on the Inter-Korean Summit", kind="joint-statement", date="2018-05-09",
             parties=["JP", "CN", "KR"], status="agreed", evidence=[DECL]),
    ],
    notes=[
        "Invented readout in the style of Japan's foreign ministry (the wording is not the real document's; header, title and date line, numbered section headings and '(Reference)' are furniture; the date line is annotated). No quotation marks except the term \"shuttle diplomacy\" (a term, not a quote).",
        "Facts checked on stored pages: mofa.go.jp/a_o/na/kr/page3e_000856.html (summit on May 9 from around 1 p.m. for about 50 minutes, then a working lunch of about one hour; thanks for the telephone talk after the Inter-Korean Summit and for Suh Hoon's visit; 20th anniversary of the Joint Declaration; CVID; Punggye-ri; discussion after the trilateral summit); manila-stv.ph (Abe, Moon seek further steps: first South Korean president in Japan since December 2011; Abe's February trip for the PyeongChang opening; fully resume shuttle diplomacy; abductions); rki.kbs.co.kr Seq_Code 70664 (strengthen exchanges and strategic communication at various levels; practical cooperation on the 20th anniversary; fisheries talks suspended for two years); koreanewsdigest.com (Moon thanked Japan for supporting the inter-Korean summit; trilateral with Li Keqiang before the bilateral); news.kbs.co.kr ncd=3646792 (special statement supporting the Panmunjom Declaration of the April 27 summit; 30 million exchanges by 2020; regular trilateral summits; joint document on cooperation); jimin.jp/english/news/137459.html (trilateral at the State Guest House Akasaka Palace on May 9; first in two and a half years). From general knowledge: the Abe-Moon meeting in PyeongChang (9 February 2018; also in unseen4's title), the Kyoto Lee-Noda summit (December 2011; unseen8), the name 'Joint Declaration' of the trilateral document (KBS calls it a joint statement; debatable), the ordinal seventh of the Tokyo trilateral.",
        "Summits (6): Tokyo bilateral with working lunch (one record), the Seventh Trilateral Summit (ordinal 7), Kyoto December 2011 (Lee-Noda; Noda from the public record), PyeongChang in February ('where the two leaders had held a meeting'; sidelines of the Olympics), the Inter-Korean Summit (date 2018-04 from the public record, the text gives none; place Panmunjom from the public record; debatable), the planned U.S.-North Korea Summit (date and place not known on 9 May; year 2018). Not summits: the telephone talk, Suh Hoon's visit.",
        "Agreements (11): five JP-KR commitments (shuttle diplomacy; exchanges and strategic communication, split from the same sentence; practical cooperation on the anniversary, from 'shared the view that ... will deepen', debatable; fisheries; coordination ahead of the U.S.-North Korea summit), the 1998 Joint Declaration and the Panmunjom Declaration (referenced), the trilateral Joint Declaration and Special Statement, and two trilateral commitments in the Joint Declaration (30 million exchanges; regular summits). Not agreements: Moon's promise to cooperate on abductions (a response to a request; debatable), Abe's CVID position.",
        "Timexes: 'in the morning of the same day' = 2018-05-09TMO; 'for two years' = P2Y; 'about two and a half years' = P2Y6M APPROX; 'by 2020' = 2020.",
    ],
)
