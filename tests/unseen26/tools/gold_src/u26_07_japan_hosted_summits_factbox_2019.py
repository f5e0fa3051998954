# ruff: noqa: E501
LEDE = "South Korean President Moon Jae-in flies to Osaka on Thursday"
NOABE = "Tokyo has signalled that Prime Minister Shinzo Abe will not hold"
FUK = "Prime Minister Taro Aso welcomed President Lee Myung-bak"
FUKJS = "The three signed a joint statement for tripartite partnership"
SWAP = "Aso agreed to Lee's request to expand"
YOKO = "Lee met Prime Minister Naoto Kan on Nov. 14"
BOOKS = "Their foreign ministers signed an agreement the same day"
TOKYO11 = "Two months after the March earthquake and tsunami"
KYOTO = "Lee used his Dec. 18 summit with Prime Minister Yoshihiko Noda"
NODA = "Noda replied that Japan regarded all claims"
LASTMEET = "It was the last formal meeting between the two leaders"
TOKYO18 = "Moon made his first trip to Japan as president"
DECL = "The three leaders adopted a joint declaration."
SEP = "Moon sat down separately with Abe and with Li"
XI = "Moon is due to meet Chinese President Xi Jinping in Osaka"
FIFTH = "It will be their fifth summit"
PUTIN = "He will hold talks with Russian President Vladimir Putin"
KO = "Moon's spokeswoman Ko Min-jung said last week"
TRUMP = "U.S. President Donald Trump will travel to Seoul"

GOLD = dict(
    published="2019-06-26",
    furniture=[
        "FACTBOX-When Japan plays host: South Korean leaders at summits on Japanese soil\n"
        "June 26, 2019 / 9:05 AM / MERIDIAN",
        "TOKYO, June 26 (Meridian) - ",
        "(Compiled by Lena Hartwig; Editing by Tom Quayle)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon", "He"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Taro Aso": ["Prime Minister Taro Aso", "Aso"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Naoto Kan": ["Prime Minister Naoto Kan", "Kan"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda", "Noda"],
        "Li Keqiang": ["Chinese Premier Li Keqiang", "Li"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Vladimir Putin": ["Russian President Vladimir Putin"],
        "Narendra Modi": ["Indian Prime Minister Narendra Modi"],
        "Joko Widodo": ["Indonesian President Joko Widodo"],
        "Donald Trump": ["U.S. President Donald Trump"],
        "Ko Min-jung": ["Moon's spokeswoman Ko Min-jung"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("We are keeping the door open to a Korea-Japan summit", "direct", "Ko Min-jung", "said"),
    ],
    statements=[
        (NOABE, ["Government of Japan"], "has signalled"),
        (FUKJS, ["Taro Aso", "Lee Myung-bak", "Wen Jiabao"], "decided"),
        (SWAP, ["Taro Aso"], "agreed"),
        (NODA, ["Yoshihiko Noda"], "replied"),
        (KO, ["Ko Min-jung"], "said"),
    ],
    timexes=[
        ("June 26, 2019 / 9:05 AM", "2019-06-26T09:05", None),
        ("TOKYO, [[June 26]] (Meridian)", "2019-06-26", None),
        ("flies to Osaka [[on Thursday]]", "2019-06-27", None),
        ("since [[2016]]", "2016", None),
        ("DECEMBER 2008", "2008-12", None),
        ("Dec. 13", "2008-12-13", None),
        ("a day after the two central banks", "2008-12-13", None),
        ("NOVEMBER 2010", "2010-11", None),
        ("Nov. 14", "2010-11-14", None),
        ("signed an agreement [[the same day]]", "2010-11-14", None),
        ("MAY 2011", "2011-05", None),
        ("Two months after", "2011-05-21", None),
        ("the [[March]] earthquake", "2011-03", None),
        ("May 21", "2011-05-21", None),
        ("the following day", "2011-05-22", None),
        ("KYOTO, [[DECEMBER 2011]]", "2011-12", None),
        ("Dec. 18", "2011-12-18", None),
        ("the [[1965]] agreement", "1965", None),
        ("August 2012", "2012-08", None),
        ("MAY 2018", "2018-05", None),
        ("May 9", "2018-05-09", None),
        ("later [[the same day]]", "2018-05-09", None),
        ("JUNE 2019", "2019-06", None),
        ("5:30 p.m. on Thursday", "2019-06-27T17:30", None),
        ("a day before the summit opens", "2019-06-27", None),
        ("seven months", "P7M", None),
        ("late on Friday", "2019-06-28", "END"),
        ("last week", "2019-W25", None),
        ("Moon [[on Sunday]]", "2019-06-30", None),
        ("November 2017", "2017-11", None),
    ],
    summits=[
        dict(date="2008-12-13", place="Dazaifu", country="JP",
             participants=["Taro Aso", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral", ordinal=1,
             status="held", occasion=None, evidence=["FUKUOKA, DECEMBER 2008", FUK, FUKJS]),
        dict(date="2010-11-14", place="Yokohama", country="JP",
             participants=["Lee Myung-bak", "Naoto Kan"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=["YOKOHAMA, NOVEMBER 2010", YOKO]),
        dict(date="2011-05-22", place="Tokyo", country="JP",
             participants=["Lee Myung-bak", "Wen Jiabao", "Naoto Kan"], kind="trilateral", ordinal=4,
             status="held", occasion=None, evidence=["TOKYO, MAY 2011", TOKYO11]),
        dict(date="2011-12-18", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=["KYOTO, DECEMBER 2011", KYOTO, NODA, LASTMEET]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=7,
             status="held", occasion=None, evidence=["TOKYO, MAY 2018", TOKYO18, DECL]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEP]),
        dict(date="2018-05-09", place="Tokyo", country="JP",
             participants=["Moon Jae-in", "Li Keqiang"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SEP]),
        dict(date="2019-06-27", place="Osaka", country="JP",
             participants=["Moon Jae-in", "Xi Jinping"], kind="sidelines", ordinal=5,
             status="planned", occasion="G20", evidence=[XI, FIFTH]),
        dict(date="2019-06-28", place="Osaka", country="JP",
             participants=["Moon Jae-in", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[PUTIN]),
        dict(date="2019-06", place="Osaka", country="JP",
             participants=["Moon Jae-in", "Narendra Modi"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[PUTIN]),
        dict(date="2019-06", place="Osaka", country="JP",
             participants=["Moon Jae-in", "Joko Widodo"], kind="sidelines", ordinal=None,
             status="planned", occasion="G20", evidence=[PUTIN]),
        dict(date="2019-06-30", place="Seoul", country="KR",
             participants=["Donald Trump", "Moon Jae-in"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[TRUMP]),
    ],
    agreements=[
        dict(title="Joint Statement for Tripartite Partnership (Fukuoka)", kind="joint-statement", date="2008-12-13",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[FUKJS]),
        dict(title="hold the three-way summit every year, in rotation", kind="commitment", date="2008-12-13",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[FUKJS]),
        dict(title="expansion of Japan-Korea currency swap arrangements to $30 billion", kind="mou", date="2008-12-13",
             parties=["JP", "KR"], status="referenced", evidence=[SWAP]),
        dict(title="agreement on the hand-over of Korean royal documents (Agreement on Books)", kind="treaty", date="2010-11-14",
             parties=["JP", "KR"], status="referenced", evidence=[BOOKS]),
        dict(title="1965 agreement on claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[NODA]),
        dict(title="joint declaration of the seventh Japan-China-ROK summit", kind="joint-declaration", date="2018-05-09",
             parties=["CN", "JP", "KR"], status="referenced", evidence=[DECL]),
    ],
    notes=[
        "Invented wire factbox (agency 'Meridian', compiler and editor invented); headline, stamp line, dateline prefix and credit line are furniture (stamp and dateline annotated). Dated entry headings are not furniture and are annotated (as unseen16). The 9:05 AM stamp is invented; Ko Min-jung's quote follows the reported wording.",
        "Real background, checked on stored pages: en.yna.co.kr AEN20190626008400315 and AEN20190627010900315 (Moon-Xi in Osaka at 5:30 p.m. on Thursday 27 June 2019, a day before the G20; fifth summit, first in seven months); world.kbs.co.kr Seq_Code 76476 and 76419 (Putin on Friday at 22:45; Modi and Widodo on Friday; three-day trip from 27 June); inform.kz (Cheong Wa Dae on Friday 21 June: 'We are keeping the door open to a Korea-Japan summit'; Japan signalled no Abe-Moon one-on-one over the forced labour rulings; Trump to visit after the G20); news.koreaherald.com ud=20190629000062 (Trump's two-day visit, first since November 2017); japan.kantei.go.jp/asospeech/2008/12/13kaiken_e.html, pacforum.org, businessghana.com, worldjpn.net and the 2008 Tokyo cable (Dazaifu, Fukuoka, 13 Dec 2008; first stand-alone trilateral; Joint Statement for Tripartite Partnership; annual summits in rotation, next in China; central banks' swap announcements the previous day); japantimes.co.jp 2008/12/14 (Aso agreed to Lee's request to raise the swap to $30 billion); 111.13.45.133 chinadaily timeline. From general knowledge and the project's other corpora titles: Lee-Kan at APEC Yokohama and the Agreement on Books signed on 14 Nov 2010 (about 1,200 volumes); the 21-22 May 2011 Fukushima visit and Tokyo trilateral (the fourth); Lee-Noda in Kyoto on 18 Dec 2011 and the statue; Lee's islet visit in August 2012; the Tokyo trilateral of 9 May 2018 (seventh) with its joint declaration and Moon's bilaterals with Abe and Li (also dailymail/Reuters 2018-05-09 on Li-Moon in Tokyo).",
        "Summits (12): Dazaifu trilateral (ordinal 1 from the public record is implied by 'the first three-way summit held apart from any other international meeting'); Lee-Kan at Yokohama; the fourth trilateral in Tokyo (ordinal 4); Lee-Noda in Kyoto; the seventh trilateral (ordinal 7) and Moon-Abe and Moon-Li the same day; planned Moon-Xi (ordinal 5), Moon-Putin (Friday), Moon-Modi and Moon-Widodo (2019-06, no day given), Trump-Moon in Seoul (Sunday). Not summits: a Moon-Abe one-on-one at Osaka (negated), the Fukushima tour (part of the May 2011 visit), the G20 itself; a Lee-Aso exchange in Dazaifu is implied by 'Aso agreed to Lee's request' but not told as a meeting (not recorded, debatable).",
        "Agreements (6): the Fukuoka joint statement and the commitment to annual summits (split); the swap expansion (mou, per the contract); the Agreement on Books (treaty); the 1965 claims agreement (treaty, referenced); the 2018 joint declaration. Not agreements: Tokyo's signal, the statue request.",
        "Timexes: 'a day after the two central banks announced' takes the date it points to (Aso's agreement, 13 Dec 2008); 'Two months after the March earthquake' points to the Fukushima tour (21 May 2011); 'a day before the summit opens' = 27 June; 'late on Friday' = 2019-06-28 END; 'last week' = 2019-W25; '5:30 p.m. on Thursday' is one expression.",
    ],
)
