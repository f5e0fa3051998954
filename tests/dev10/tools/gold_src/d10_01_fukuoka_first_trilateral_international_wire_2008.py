# ruff: noqa: E501
LEDE = "The leaders of Japan, China and South Korea agreed on Saturday"
HOSTED = "Japanese Prime Minister Taro Aso hosted"
ROTATE = "adding that the meeting would rotate"
SIGNED = "The leaders signed a joint statement"
SWAP = "Aso also agreed to a request from Lee"
CB = "The central banks had announced the expansion"
FTA = "The three also said they would keep studying"
GREW = "The summit grew out of Lee's first talks"
SEOUL = "Aso is expected to travel to Seoul"
ALL3 = ["Taro Aso", "Wen Jiabao", "Lee Myung-bak"]

GOLD = dict(
    published="2008-12-13",
    furniture=[
        "UPDATE 2-Japan, China, S.Korea leaders agree to meet every year, back bigger swap lines\nSat Dec 13, 2008 10:47am EST",
        "* First stand-alone summit of the three Asian neighbours\n* Tokyo agrees to lift yen-won swap to $30 bln equivalent\n* Next meeting to be held in China in 2009",
        "By Harriet Colborne",
        "FUKUOKA, Japan, Dec 13 (Northgate) - ",
        "NO HISTORY ON THE AGENDA",
        "(Additional reporting by Song Eun-ji in Seoul; Editing by Paul Treadwell)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Taro Aso": ["Japanese Prime Minister Taro Aso", "Aso"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee"],
        "Yasuo Fukuda": [],
        "Mariko Tanabe": ["Mariko Tanabe, an analyst at the Hakata Institute of Asian Affairs"],
    },
    quotes=[
        ("This time we sat down on our own", "direct", "Taro Aso", "told a joint news conference"),
        ("the center of world economic growth", "partial", None, "said"),
        ("Each of us can do a lot at home", "direct", "Lee Myung-bak", "said"),
        ("Nobody wanted to spend a rare day", "direct", "Mariko Tanabe", "said"),
    ],
    statements=[
        (LEDE, ALL3, "agreed"),
        (SIGNED, ALL3, "said"),
        (SWAP, [None], "said"),
        ("Wen said China would try", ["Wen Jiabao"], "said"),
        (FTA, ALL3, "said"),
        (SEOUL, [None], "said"),
    ],
    timexes=[
        ("Sat Dec 13, 2008 10:47am EST", "2008-12-13T10:47", None),
        ("China in [[2009]]", "2009", None),
        ("FUKUOKA, Japan, [[Dec 13]]", "2008-12-13", None),
        ("agreed on [[Saturday]]", "2008-12-13", None),
        ("since [[1999]]", "1999", None),
        ("expansion on [[Friday]]", "2008-12-12", None),
        ("the same day", "2008-12-12", None),
        ("with Aso in [[October]]", "2008-10", None),
        ("A [[September]] date", "2008-09", None),
        ("early next year", "2009", "START"),
    ],
    summits=[
        dict(date="2008-12-13", place="Dazaifu", country="JP", participants=ALL3, kind="trilateral", ordinal=1,
             status="held", occasion=None, evidence=[LEDE, HOSTED, ROTATE]),
        dict(date="2008-10", place="Beijing", country="CN", participants=["Lee Myung-bak", "Taro Aso"], kind="sidelines", ordinal=1,
             status="held", occasion="Asia-Europe Meeting", evidence=[GREW]),
        dict(date="2009", place="Seoul", country="KR", participants=["Taro Aso", "Lee Myung-bak"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[SEOUL]),
        dict(date="2009", place=None, country="CN", participants=ALL3, kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[SEOUL]),
    ],
    agreements=[
        dict(title="hold a three-way summit every year, rotating among the three countries", kind="commitment", date="2008-12-13",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[LEDE, ROTATE]),
        dict(title="joint statement on the principles of the trilateral partnership", kind="joint-statement", date="2008-12-13",
             parties=["CN", "JP", "KR"], status="signed", evidence=[SIGNED]),
        dict(title="statement on the world economy", kind="joint-statement", date="2008-12-13",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[SIGNED]),
        dict(title="Bank of Japan-Bank of Korea swap expansion to $30 billion", kind="mou", date="2008-12-12",
             parties=["JP", "KR"], status="agreed", evidence=[SWAP, CB]),
        dict(title="enlarged Korea-China swap line", kind="mou", date="2008-12-12",
             parties=["CN", "KR"], status="referenced", evidence=[CB]),
        dict(title="keep studying a possible three-way free trade agreement", kind="commitment", date="2008-12-13",
             parties=["CN", "JP", "KR"], status="agreed", evidence=[FTA]),
        dict(title="revive shuttle visits between the capitals", kind="commitment", date="2008-10",
             parties=["JP", "KR"], status="referenced", evidence=[GREW]),
    ],
    notes=[
        "Invented international wire story (agency 'Northgate', reporter Harriet Colborne, Song Eun-ji, Paul Treadwell, analyst Mariko Tanabe and the Hakata Institute are invented; headline, stamp, bullets, byline, dateline, subhead and credit line are furniture; the stamp and bullet expressions are annotated). All quotes are invented, including the words given to Aso and Lee; 'the center of world economic growth' reproduces the wording of the economic statement (speaker null). The stamp time is invented.",
        "Facts checked on stored pages: japan.kantei.go.jp/asospeech/2008/12/13kaiken_e.html (Aso welcomed Lee and Wen in Fukuoka on 13 December 2008; first trilateral held independently; agreed to hold it once a year in rotation; 'We signed joint statements'); search.wikileaks.org 08TOKYO3416 (Dazaifu, December 13; previous meetings eight times since 1999 on the margins; Joint Statement on the International Finance and Economy; central banks' swap announcements of the previous day; BoJ-BoK line expanded from $3 bn; next meeting in China in 2009); japantimes.co.jp 2008-12-14 (Aso agreed to Lee's request to raise the swap to $30 billion; continue to study a trilateral FTA; 'center of world economic growth'); oananews.org/node/26489 (Yonhap 2008-10-24: Lee-Aso first summit in Beijing, shuttle diplomacy, Aso to visit Seoul possibly early next year, September date put on hold after the leadership change); oananews.org/node/35514 (Korea's swap deals with Japan and China). The Asia-Europe Meeting as the occasion of the Beijing talks is from general knowledge.",
        "Summits (4): Dazaifu trilateral (ordinal 1, 'first of their kind'); the Lee-Aso October talks in Beijing on the ASEM sidelines ('first talks', ordinal 1, month only); planned Aso visit to Seoul ('early next year', dated 2009); planned next trilateral in China (dated 2009 from the bullet; participants as at publication). Not summits: 'met at least eight times since 1999' (aggregate), the shelved September date.",
        "Agreements (7): annual rotating summit (commitment); partnership joint statement (signed) and the separate statement on the world economy (joint-statement, issued) as two records; BoJ-BoK swap (mou, announced Friday 12 December, status agreed because Aso agreed to the request in the reported event); Korea-China swap (mou, referenced); FTA study (commitment); October shuttle commitment (referenced).",
        "Timexes: the EST stamp is kept as written (2008-12-13T10:47); 'early next year' = 2009 START; 'the same day' = Friday 12 December; 'This time' is not a calendar expression.",
    ],
)
