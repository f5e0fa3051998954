# ruff: noqa: E501
OPEN = "Earlier today, President Moon Jae-in of the Republic of Korea and Chairman Kim Jong Un"
WELCOME = "Japan welcomes the fact that the two leaders confirmed in writing"
ANALYZE = "the Government will closely analyze the content of the declaration"
PHONE = "President Moon told the Prime Minister that he would raise the abduction issue"
FLORIDA = "Prime Minister Abe met President Trump in Florida last week"
MAXP = "The two leaders confirmed that they would maintain maximum pressure"
THREE = "We have seen three summits between the two Koreas"
FALL = "The declaration says President Moon will visit Pyongyang this fall"
TRI_Q = "The Japan-China-ROK Trilateral Summit is expected in Tokyo next month."
TRI_A = "Arrangements are being made to hold the trilateral summit in Tokyo on May 9"
BILAT_Q = "Will there also be a bilateral meeting with President Moon?"
PYD = "Based on the Japan-DPRK Pyongyang Declaration of September 2002"
USNK = "The U.S.-North Korea summit is said to be planned for May or early June."

GOLD = dict(
    published="2018-04-27",
    furniture=[
        "Press Conference by the Chief Cabinet Secretary (Extraordinary)",
        "Friday, April 27, 2018, 8:35 p.m.",
        "[Provisional translation]",
        "Opening Statement",
        "Questions and Answers",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshihide Suga": ["CHIEF CABINET SECRETARY SUGA"],
        "Moon Jae-in": ["President Moon Jae-in", "President Moon", "he"],
        "Kim Jong Un": ["Chairman Kim Jong Un", "Chairman Kim"],
        "Shinzo Abe": ["Prime Minister Abe", "the Prime Minister"],
        "Donald Trump": ["President Trump"],
        "Li Keqiang": ["Premier Li Keqiang"],
        "Kim Dae-jung": [],
        "Kim Jong-il": [],
        "Roh Moo-hyun": [],
    },
    quotes=[
        ("We are at a starting line where a new history begins.", "direct", "Kim Jong Un", "said"),
    ],
    statements=[
        (PHONE, ["Moon Jae-in", "Shinzo Abe"], "told"),
        (MAXP, ["Shinzo Abe", "Donald Trump"], "confirmed"),
    ],
    timexes=[
        ("Friday, April 27, 2018, 8:35 p.m.", "2018-04-27T20:35", None),
        ("Earlier [[today]], President Moon", "2018-04-27", None),
        ("On Tuesday, Prime Minister Abe", "2018-04-24", None),
        ("about 40 minutes", "PT40M", "APPROX"),
        ("as early as [[this weekend]]", "2018-W17-WE", None),
        ("Florida [[last week]]", "2018-W16", None),
        ("in [[June 2000]]", "2000-06", None),
        ("in [[October 2007]]", "2007-10", None),
        ("October 2007 and [[today]]", "2018-04-27", None),
        ("Pyongyang [[this fall]]", "2018-FA", None),
        ("Korean War [[this year]]", "2018", None),
        ("Tokyo [[next month]]", "2018-05", None),
        ("Tokyo on [[May 9]]", "2018-05-09", None),
        ("Declaration of [[September 2002]]", "2002-09", None),
        ("planned for [[May]] or", "2018-05", None),
        ("[[early June]]", "2018-06", "START"),
    ],
    summits=[
        dict(date="2018-04-27", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[OPEN, WELCOME, THREE]),
        dict(date="2018-04", place="Florida", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FLORIDA, MAXP]),
        dict(date="2000-06", place=None, country=None, participants=["Kim Dae-jung", "Kim Jong-il"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[THREE]),
        dict(date="2007-10", place=None, country=None, participants=["Roh Moo-hyun", "Kim Jong-il"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[THREE]),
        dict(date="2018", place="Pyongyang", country="KP", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[FALL]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[TRI_Q, TRI_A]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="planned", occasion="Japan-China-ROK Trilateral Summit", evidence=[BILAT_Q, TRI_A]),
        dict(date="2018-05-09", place="Tokyo", country="JP", participants=["Shinzo Abe", "Li Keqiang"],
             kind="sidelines", ordinal=None, status="planned", occasion="Japan-China-ROK Trilateral Summit", evidence=[TRI_A]),
        dict(date="2018", place=None, country=None, participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[USNK]),
    ],
    agreements=[
        dict(title="Panmunjom Declaration for Peace, Prosperity and Unification of the Korean Peninsula", kind="joint-declaration",
             date="2018-04-27", parties=["KP", "KR"], status="signed", evidence=[OPEN, WELCOME, ANALYZE, FALL]),
        dict(title="keep up close coordination with the United States toward complete denuclearization (by telephone)", kind="commitment",
             date="2018-04-24", parties=["JP", "KR"], status="agreed", evidence=[PHONE]),
        dict(title="maintain maximum pressure until North Korea takes concrete actions", kind="commitment",
             date="2018-04", parties=["JP", "US"], status="agreed", evidence=[MAXP]),
        dict(title="Japan-DPRK Pyongyang Declaration", kind="joint-declaration", date="2002-09",
             parties=["JP", "KP"], status="referenced", evidence=[PYD]),
    ],
    notes=[
        "Invented transcript in the style of the Japanese Chief Cabinet Secretary's press conferences (title, date line with clock time, [Provisional translation], section headings and (END) are furniture; the date line is annotated). The extraordinary evening press conference, its time, all answers, the reporters and outlets (Kanda Press, The Ginza Shimbun) and Kim's quoted opening words are invented. No quotation marks around the Chief Cabinet Secretary's own words; as in unseen15-16, his own answers are not annotated as statements, but reported speech of other leaders inside them is.",
        "Real facts checked on stored pages: japantimes.co.jp 2018-04-24 (Kyodo: Moon-Abe phone talk on Tuesday, Moon to raise abductions with Kim, maximum pressure, Abe-Trump summit in Florida 'last week', U.S.-North Korea summit by early June, Kim-Moon on Friday at Panmunjom); webarchives.pa.go.kr briefing 238 and news.cgtn.com (the 40-minute call from 4 p.m. on 24 April); m.koreaherald.com 20180429000133 (summit on Friday 27 April, third-ever inter-Korean summit, Panmunjom Declaration, end of war within this year); jmh.usembassy.gov 20180501104300 (the 29 April Abe-Moon teleconference that followed, i.e. 'this weekend'). From general knowledge: the declaration's title and its line that Moon will visit Pyongyang in the fall; the 2000 and 2007 inter-Korean summits; the Japan-DPRK Pyongyang Declaration of 17 Sept 2002 (hitaku7664.blogspot.com and csmonitor.com 2002-09-18 support the date); the Tokyo trilateral of 9 May 2018 (manifests of unseen and unseen3).",
        "Summits (9): Moon-Kim at Panmunjom (ordinal null: 'three summits between the two Koreas' counts Korean summits, not meetings of these leaders); Abe-Trump in Florida (dated 2018-04, the article says 'last week'); the June 2000 and October 2007 inter-Korean summits (participants from the public record, place null as the text names none); planned Moon visit to Pyongyang 'this fall' (date 2018); planned Tokyo trilateral on 9 May with Abe-Moon and Abe-Li meetings 'on that occasion' (planned, debatable: 'nothing has been finalized'); planned U.S.-North Korea summit 'May or early June' (date 2018). Not summits: the Abe-Moon telephone talks (held Tuesday, planned this weekend); a Japan-North Korea summit ('no specific plans'); another Abe-Trump meeting (refused speculation).",
        "Agreements (4): the Panmunjom Declaration (signed; the Pyongyang visit and end-of-war aim are its content); the JP-KR phone commitment; the JP-U.S. maximum-pressure commitment from Florida; the 2002 Japan-DPRK Pyongyang Declaration (referenced).",
        "Timexes: 'this weekend' = 2018-W17-WE; 'last week' = 2018-W16; 'this fall' = 2018-FA; 'early June' = 2018-06 START; 'at this point' not annotated.",
    ],
)
