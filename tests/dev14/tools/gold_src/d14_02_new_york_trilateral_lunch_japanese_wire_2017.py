# ruff: noqa: E501
LEDE = "The leaders of Japan, the United States and South Korea agreed Thursday"
MET = "met for about an hour over a working lunch"
ALIGN = "The three also agreed to keep aligning their policies"
EO = "Trump told his two guests he had signed"
BEFORE = "Before the lunch, Abe sat down one-on-one with Trump"
SPEED = "The two agreed to speed up preparations"
FIRST = "Abe first met Trump in New York in November last year"
MOONT = "Moon held his own talks with Trump earlier Thursday"
SEOULSAID = "Seoul has said Trump is also expected"
NOSEP = "No separate meeting between Abe and Moon was held in New York."
VLAD = "The two had talked for some 50 minutes"
HAMB = "In Hamburg, the three leaders had issued a joint statement"
BUILT = "Japanese officials said Thursday's lunch built on that document"
TREATIES = "Japan and South Korea each have a security treaty with the United States"
THREE = ["Shinzo Abe", "Donald Trump", "Moon Jae-in"]

GOLD = dict(
    published="2017-09-22",
    furniture=[
        "Abe, Trump, Moon agree over lunch to tighten squeeze on N. Korea\n"
        "Shinsei News | 2017/09/22 06:40 JST",
        "NEW YORK, Sept. 21 Shinsei - ",
        "==Shinsei\nRelated coverage:\nAbe tells U.N. that time for dialogue with N. Korea is over",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Donald Trump": ["President Donald Trump", "Trump", "the U.S. leader"],
        "Moon Jae-in": ["President Moon Jae In", "Moon"],
        "Government of South Korea": ["Seoul"],
        "Taro Aso": ["Deputy Prime Minister Taro Aso"],
        "Mike Pence": ["Vice President Mike Pence"],
    },
    quotes=[
        ("The timing matters.", "direct", "Shinzo Abe", "quoted"),
        ("welcomes and supports", "partial", "Shinzo Abe", "said"),
        ("Japan and the United States stand shoulder to shoulder", "direct", "Shinzo Abe", "told reporters"),
        ("totally destroy", "partial", "Donald Trump", "threaten"),
    ],
    statements=[
        (LEDE, THREE, "agreed"),
        (ALIGN, [*THREE, None], "agreed"),
        (EO, ["Donald Trump"], "told"),
        ("Abe said Japan", ["Shinzo Abe"], "said"),
        ("Moon, for his part, stressed", ["Moon Jae-in"], "stressed"),
        (SPEED, ["Shinzo Abe", "Donald Trump"], "agreed"),
        (SEOULSAID, ["Government of South Korea"], "has said"),
        (VLAD, ["Shinzo Abe", "Moon Jae-in"], "agreed"),
        (HAMB, THREE, "pledging"),
        (BUILT, [None], "said"),
        ("Abe devoted his entire speech", ["Shinzo Abe", "Donald Trump"], "warning"),
    ],
    timexes=[
        ("2017/09/22 06:40 JST", "2017-09-22T06:40", None),
        ("NEW YORK, [[Sept. 21]]", "2017-09-21", None),
        ("agreed [[Thursday]] to deepen", "2017-09-21", None),
        ("earlier this month", "2017-09", None),
        ("about an hour", "PT1H", "APPROX"),
        ("Hamburg in [[July]]", "2017-07", None),
        ("roughly 60 minutes", "PT60M", "APPROX"),
        ("early November", "2017-11", "START"),
        ("the end of the year", "2017", "END"),
        ("November last year", "2016-11", None),
        ("Florida in [[February]]", "2017-02", None),
        ("earlier Thursday", "2017-09-21", None),
        ("office in [[May]]", "2017-05", None),
        ("some 50 minutes", "PT50M", "APPROX"),
        ("Sept. 7", "2017-09-07", None),
        ("Sept. 11", "2017-09-11", None),
        ("Thursday's", "2017-09-21", None),
        ("on [[Wednesday]] to North Korea", "2017-09-20", None),
        ("a day earlier", "2017-09-19", None),
    ],
    summits=[
        dict(date="2017-09-21", place="New York", country="US", participants=THREE, kind="trilateral", ordinal=2,
             status="held", occasion="the U.N. General Assembly", evidence=[LEDE, MET, EO, BUILT]),
        dict(date="2017-07", place="Hamburg", country="DE", participants=THREE, kind="trilateral", ordinal=1,
             status="held", occasion="G20", evidence=[MET, HAMB]),
        dict(date="2017-09-21", place="New York", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="sidelines", ordinal=None, status="held", occasion="the U.N. General Assembly", evidence=[BEFORE, SPEED]),
        dict(date="2017-11", place=None, country="JP", participants=["Donald Trump", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SPEED]),
        dict(date="2017-02", place="Washington", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FIRST]),
        dict(date="2017-09-21", place="New York", country="US", participants=["Moon Jae-in", "Donald Trump"],
             kind="sidelines", ordinal=2, status="held", occasion="the U.N. General Assembly", evidence=[MOONT]),
        dict(date="2017-11", place=None, country="KR", participants=["Donald Trump", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[SEOULSAID]),
        dict(date="2017-09-07", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[VLAD]),
    ],
    agreements=[
        dict(title="deepen three-way cooperation", kind="commitment", date="2017-09-21",
             parties=["JP", "KR", "US"], status="agreed", evidence=[LEDE]),
        dict(title="press every country to fully enforce U.N. sanctions on North Korea", kind="commitment", date="2017-09-21",
             parties=["JP", "KR", "US"], status="agreed", evidence=[LEDE]),
        dict(title="keep aligning their policies toward Pyongyang", kind="commitment", date="2017-09-21",
             parties=["JP", "KR", "US"], status="agreed", evidence=[ALIGN]),
        dict(title="speed up preparations for Trump's first visit to Japan", kind="commitment", date="2017-09-21",
             parties=["JP", "US"], status="agreed", evidence=[SPEED]),
        dict(title="hold the second round of the Aso-Pence economic dialogue by the end of the year", kind="commitment",
             date="2017-09-21", parties=["JP", "US"], status="agreed", evidence=[SPEED]),
        dict(title="work for a Security Council resolution cutting off oil supplies to the North", kind="commitment",
             date="2017-09-07", parties=["JP", "KR"], status="referenced", evidence=[VLAD]),
        dict(title="Hamburg trilateral joint statement", kind="joint-statement", date="2017-07",
             parties=["JP", "KR", "US"], status="referenced", evidence=[HAMB, BUILT]),
        dict(title="Japan-U.S. security treaty", kind="treaty", date=None,
             parties=["JP", "US"], status="referenced", evidence=[TREATIES]),
        dict(title="South Korea-U.S. security treaty", kind="treaty", date=None,
             parties=["KR", "US"], status="referenced", evidence=[TREATIES]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Shinsei', Kyodo style; headline, stamp, dateline prefix, end mark and related-coverage line are furniture; stamp and dateline dates are annotated). All quotes are invented wording except two short fragments echoing reported words ('welcomes and supports', from the MOFA readout's summary of Abe; 'totally destroy', Trump's U.N. speech as reported by Kyodo); the stamp time, the pool-report remark and the officials' comments are invented.",
        "Real facts, checked on stored pages: mofa.go.jp/a_o/na/kr/page3e_000758.html (Japan-U.S.-ROK Trilateral Summit Meeting in a lunch meeting format on September 21, 2017, 12:20 p.m., about one hour; Trump's new executive order; Abe welcomes and supports it; full implementation of UNSC resolutions); mediasapuri.jp 2017/09/22 (Japan and the U.S. asked for caution over Seoul's ~900 million yen humanitarian aid; the three agreed to align North Korea policy); kopitiambot (AFP: lunch on the UNGA sidelines on Thursday Sept 21); chicagoshimpo Kyodo 17_0921 and 17_0922 (Abe's Wednesday UN speech on North Korea; Trump's 'totally destroy' a day earlier; Sept. 3 nuclear test; resolution capping oil supply; Abe-Trump roughly hourlong meeting; agreement to accelerate Trump's Japan visit, planned for November; second round of the Aso-Pence economic dialogue by year-end; Abe met Trump as president-elect in New York in November 2016 and went to the U.S. in February; security treaties); koreabizwire 96000 (Moon-Trump bilateral on Thursday, second since taking office; Hamburg three-way in July; Moon arrived Monday); koreaherald ud=20170917000015 (Hamburg: concerted effort to intensify pressure; possible Trump visit to Korea in November); world.kbs.co.kr Seq_Code 47189 and webarchives.pa.go.kr (Moon-Abe in Vladivostok on Sept. 7, 50 minutes, agreed to work for a UNSC resolution including an oil cut-off). From general knowledge: Resolution 2375 adopted on 11 September 2017; the Hamburg dinner on 6 July and joint statement; Florida (Mar-a-Lago) in February 2017.",
        "Summits (8): the New York lunch (ordinal 2, 'their second such gathering'), the Hamburg dinner (2017-07 as the text gives; ordinal 1 implied by 'second such'), Abe-Trump and Moon-Trump (ordinal 2) in New York, Abe-Trump February 2017, Vladivostok Abe-Moon (sidelines of the Eastern Economic Forum from the public record; the text does not name the forum), and planned Trump visits to Japan and South Korea (November). Not summits: the November 2016 meeting with president-elect Trump (not yet a leader), the Abe-Moon meeting not held in New York, the General Assembly speeches.",
        "Agreements (9): 'agreed ... to deepen their three-way cooperation and press every country to fully enforce U.N. sanctions' split into two commitments; alignment of policies; two JP-US commitments from one sentence; the Vladivostok JP-KR commitment (referenced); the Hamburg joint statement (referenced); the two security treaties (referenced, no date in the text). Not agreements: the executive order, Seoul's aid decision, the U.N. resolution (a Council act, not an agreement between these governments).",
        "Timexes: published date from the JST stamp (2017-09-22); 'Thursday' = 2017-09-21; 'early November' = 2017-11 START; 'the end of the year' = 2017 END; 'a day earlier' = 2017-09-19; durations with APPROX.",
    ],
)
