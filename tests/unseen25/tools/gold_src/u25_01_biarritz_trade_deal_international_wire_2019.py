# ruff: noqa: E501
LEDE = "U.S. President Donald Trump and Japanese Prime Minister Shinzo Abe said on Sunday"
SAT = "The two leaders sat down on the sidelines of the Group of Seven summit"
QT = ("\"We've agreed in principle.", "farm goods, industrial tariffs and digital trade.")
ABE = "Abe, speaking through an interpreter, said"
ANN = "The announcement followed three days of talks"
CORN = "Trump also said Japan would buy surplus U.S. corn."
CORN2 = "Abe said any such purchases would be made"
MISSING = "Missing from the seaside table was South Korea"
SEOUL = "Seoul blamed Tokyo's decision"
KONO = "Foreign Minister Taro Kono called the move"
OFFS = "Japanese officials said Abe had not raised the dispute"
HONOUR = "The prime minister has repeatedly said South Korea must first honour"
NOTALKS = "Abe and South Korean President Moon Jae-in have not held formal talks"
HOSTED = "Moon, who hosted Trump in Seoul at the end of June"

GOLD = dict(
    published="2019-08-26",
    furniture=[
        "UPDATE 2-Trump, Abe reach trade deal \"in principle\" at G7; Seoul's exit from intel pact hangs over talks\n"
        "By Hannah Lowe and Kenji Arai\n"
        "26 August 2019 - 05:12 GMT",
        "BIARRITZ, France, Aug 26 (Meridian) - ",
        "KOREA ROW",
        "(Reporting by Hannah Lowe in Biarritz and Kenji Arai in Tokyo; Additional reporting by Min Seo-yeon in Seoul; Editing by Paul Darrow)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "the U.S. leader", "the president"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe", "the prime minister"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Toshimitsu Motegi": ["Japan's chief trade negotiator, Toshimitsu Motegi"],
        "Robert Lighthizer": ["U.S. Trade Representative Robert Lighthizer"],
        "Taro Kono": ["Foreign Minister Taro Kono"],
        "Lena Hartmann": ["Lena Hartmann, a Northeast Asia analyst at the Brenner Institute in Berlin"],
        "Government of South Korea": ["Seoul", "South Korea", "a senior official in Seoul"],
    },
    quotes=[
        ("tremendous.", "partial", "Donald Trump", "described"),
        ("Now we're putting it on paper", "direct", "Donald Trump", "told reporters"),
        ("the core elements", "partial", "Shinzo Abe", "said"),
        ("grave change", "partial", "Government of South Korea", "blamed"),
        ("extremely regrettable.", "partial", "Taro Kono", "called"),
        ("Washington can referee a trade deal", "direct", "Lena Hartmann", "said"),
        ("It cannot referee a history dispute.", "direct", "Lena Hartmann", None),
    ],
    statements=[
        (LEDE, ["Donald Trump", "Shinzo Abe"], "said"),
        (QT, ["Donald Trump"], "told reporters"),
        (ABE, ["Shinzo Abe"], "said"),
        (ANN, ["Robert Lighthizer"], "said"),
        (CORN, ["Donald Trump"], "said"),
        (CORN2, ["Shinzo Abe"], "said"),
        (SEOUL, ["Government of South Korea"], "blamed"),
        (KONO, ["Taro Kono"], "called"),
        (OFFS, [None], "said"),
        (HONOUR, ["Shinzo Abe"], "has repeatedly said"),
        (HOSTED, [None], "said"),
    ],
    timexes=[
        ("26 August 2019 - 05:12 GMT", "2019-08-26T05:12", None),
        ("Aug 26 (Meridian)", "2019-08-26", None),
        ("said on [[Sunday]] they", "2019-08-25", None),
        ("late next month", "2019-09", "END"),
        ("roughly 40 minutes", "PT40M", "APPROX"),
        ("Assembly in [[September]].", "2019-09", None),
        ("[[three days]] of talks", "P3D", None),
        ("Washington [[last week]] between", "2019-W34", None),
        ("announced on [[Thursday]]", "2019-08-22", None),
        ("November 2016", "2016-11", None),
        ("its intent on [[Friday]]", "2019-08-23", None),
        ("honour the [[1965]] agreement", "1965", None),
        ("New York [[last September]]", "2018-09", None),
        ("Osaka in [[June]]", "2019-06", None),
        ("the end of June", "2019-06", "END"),
    ],
    summits=[
        dict(date="2019-08-25", place="Biarritz", country="FR", participants=["Donald Trump", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="G7", evidence=[LEDE, SAT, OFFS]),
        dict(date="2019-09", place="New York", country="US", participants=["Donald Trump", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="planned", occasion="the UN General Assembly", evidence=[LEDE, ABE]),
        dict(date="2018-09", place="New York", country="US", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[NOTALKS]),
        dict(date="2019-06", place="Seoul", country="KR", participants=["Moon Jae-in", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[HOSTED]),
        dict(date="2019-09", place="New York", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="sidelines", ordinal=None, status="planned", occasion="the UN General Assembly", evidence=[HOSTED]),
    ],
    agreements=[
        dict(title="Japan-U.S. trade agreement agreed in principle, to be signed at the UN General Assembly", kind="treaty",
             date="2019-08-25", parties=["JP", "US"], status="agreed", evidence=[LEDE, QT, ABE, ANN]),
        dict(title="General Security of Military Information Agreement (GSOMIA)", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[MISSING]),
        dict(title="the 1965 agreement that settled wartime claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[HONOUR]),
    ],
    notes=[
        "Invented international wire story (agency 'Meridian', reporters, the analyst and the Brenner Institute invented; headline, byline, stamp, dateline prefix, the 'KOREA ROW' crosshead and the credit line are furniture; stamp and dateline are annotated). Quotes are invented, including the words given to Trump, Abe and Kono, though they paraphrase what the stored pages report; the length of the meeting ('roughly 40 minutes') is invented.",
        "Real facts checked on stored pages: politico.com 2019-08-25 (deal 'done in principle', signing around the UN General Assembly next month, Abe's 'core elements', agriculture, industrial tariffs and digital trade); asia.nikkei.com 2019-08-26 (Biarritz sidelines, three days of Motegi-Lighthizer talks last week, $7 billion, corn bought by the private sector); straitstimes.com and washingtontimes.com 2019-08-25 (Sunday; Trump's Tokyo visit earlier this year); m-en.yna.co.kr AEN20190823004651325 (Seoul announced Thursday 22 August it would end GSOMIA, notified Japan's ambassador on Friday 23 August, 'grave change', signed in 2016); xb824.com Xinhua 2019-08-22 (signed in November 2016; whitelist removal); tellerreport.com 2019-08-22 (Kono: 'extremely regrettable', protest); en.asaninst.org (Moon met Trump at the UN General Assembly in September 2019, 'for the first time in three months', no Moon-Abe meeting). From general knowledge and the titles of the project's other corpora: Moon-Abe talks in New York in September 2018; the Osaka G20 handshake (June 2019); Trump's Seoul visit of 30 June 2019; the 1965 claims agreement.",
        "Summits (5): Trump-Abe at Biarritz (25 August, sidelines of the G7); the planned Trump-Abe signing in New York (September, planned, recorded as a sideline meeting at the General Assembly); Moon-Abe in New York (September 2018); Moon hosting Trump in Seoul (end of June 2019); the expected Moon-Trump meeting at the General Assembly (planned). Not summits: the Osaka handshake, the Motegi-Lighthizer talks, the G7 itself.",
        "Agreements (3): the Japan-U.S. trade agreement (treaty: a pact the governments will sign; agreed in principle on 25 August); GSOMIA (treaty, November 2016, referenced); the 1965 agreement (treaty, referenced). Not agreements: Trump's claim that Japan would buy surplus corn (Abe says private firms would decide), Seoul's withdrawal decision and Tokyo's export measure (unilateral).",
        "Timexes: 'last week' (published Monday 26 August 2019, ISO week 35) = 2019-W34; 'late next month' = 2019-09 END; 'the end of June' = 2019-06 END; 'last September' = 2018-09. 'in an afternoon' is vague and not annotated. The headline quote 'in principle' is furniture.",
    ],
)
