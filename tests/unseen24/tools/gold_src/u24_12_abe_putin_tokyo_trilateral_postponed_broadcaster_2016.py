# ruff: noqa: E501
LEDE = "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin have agreed to start talks"
MET = "The leaders met in Tokyo on Friday"
FIRST = "The visit was Putin's first to Japan in 11 years."
NEWS = "At a joint news conference, Abe said the joint activities"
PUTIN = "Putin said the economic projects could help build the trust"
TWO = "Russian officials said he also proposed reviving"
DOCS = "Officials of the two countries signed dozens of business and government documents"
VLAD = "Abe and Putin agreed to hold the Nagato summit when they met in Vladivostok"
TRI = "Meanwhile, the three-way summit of Japan, China and South Korea"
KISHIDA = "Foreign Minister Fumio Kishida said on Tuesday"
SOURCES = "Diplomatic sources in Seoul said Beijing had reacted coolly"
LAST = "The three leaders last met in Seoul in November last year"
ADDED = "Kishida added that Tokyo still sees the three-way framework"

GOLD = dict(
    published="2016-12-16",
    furniture=[
        "Abe, Putin agree to discuss joint economic activities on disputed islands\nJBN WORLD | Dec. 16, 2016, 21:10 JST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe", "he"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Fumio Kishida": ["Foreign Minister Fumio Kishida", "Kishida"],
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Hwang Kyo-ahn": ["Prime Minister Hwang Kyo-ahn", "Hwang"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
    },
    quotes=[
        ("If we only repeat our own claims", "direct", "Shinzo Abe", "said"),
        ("We owe it to the next generation", "direct", "Shinzo Abe", None),
        ("historical ping-pong", "partial", "Vladimir Putin", "described"),
        ("at a suitable time next year.", "partial", "Fumio Kishida", "said"),
        ("extremely important", "partial", "Fumio Kishida", "added"),
        ("as soon as possible.", "partial", "Fumio Kishida", "added"),
    ],
    statements=[
        (NEWS, ["Shinzo Abe"], "said"),
        (PUTIN, ["Vladimir Putin"], "said"),
        (TWO, [None], "said"),
        (KISHIDA, ["Fumio Kishida"], "said"),
        (SOURCES, [None], "said"),
        (ADDED, ["Fumio Kishida"], "added"),
    ],
    timexes=[
        ("Dec. 16, 2016, 21:10 JST", "2016-12-16T21:10", None),
        ("two-day", "P2D", None),
        ("ended on [[Friday]]", "2016-12-16", None),
        ("Tokyo on [[Friday]]", "2016-12-16", None),
        ("Thursday evening", "2016-12-15TEV", None),
        ("11 years", "P11Y", None),
        ("2014", "2014", None),
        ("signed on [[Thursday]]", "2016-12-15", None),
        ("Vladivostok in [[September]]", "2016-09", None),
        ("host on [[Monday]]", "2016-12-19", None),
        ("Tuesday next week", "2016-12-20", None),
        ("said on [[Tuesday]]", "2016-12-13", None),
        ("suitable time [[next year]]", "2017", None),
        ("a week ago", "2016-12-09", None),
        ("2013", "2013", None),
        ("November last year", "2015-11", None),
        ("more than three years", "P3Y", "MORE_THAN"),
    ],
    summits=[
        dict(date="2016-12-16", place="Tokyo", country="JP", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEDE, MET, FIRST]),
        dict(date="2016-12-15", place="Nagato", country="JP", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MET, VLAD]),
        dict(date="2016-09", place="Vladivostok", country="RU", participants=["Shinzo Abe", "Vladimir Putin"],
             kind="sidelines", ordinal=None, status="held", occasion="Eastern Economic Forum", evidence=[VLAD]),
        dict(date="2015-11", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="held", occasion=None, evidence=[LAST]),
    ],
    agreements=[
        dict(title="start talks on joint economic activities on the four islands", kind="commitment", date="2016-12-16",
             parties=["JP", "RU"], status="agreed", evidence=[LEDE, NEWS]),
        dict(title="revive the two-plus-two talks of foreign and defense ministers", kind="commitment", date="2016-12",
             parties=["JP", "RU"], status="proposed", evidence=[TWO]),
        dict(title="memorandum on a joint investment platform", kind="mou", date="2016-12-15",
             parties=["JP", "RU"], status="signed", evidence=[DOCS]),
        dict(title="hold the Nagato summit", kind="commitment", date="2016-09",
             parties=["JP", "RU"], status="referenced", evidence=[VLAD]),
    ],
    notes=[
        "Invented Japanese broadcaster web story (JBN WORLD); headline and stamp line are furniture (stamp annotated). Abe's two quotes are invented paraphrases of his press-conference remarks; 'historical ping-pong', 'at a suitable time next year', 'extremely important' and 'as soon as possible' follow reported wording of Putin and Kishida. 'two-plus-two' is a term, not a quote.",
        "Real facts, checked on stored pages: dw.com a-36791591 (two-day visit, Nagato then Tokyo, first visit since 2005, 'historical ping-pong', dozens of economic deals, talks on an economic plan for the islands); straitstimes (Reuters, 16 December: second day of talks in Tokyo, working lunch; day one at a hot spring resort; security dialogue; ministerial security talks halted after Crimea, 2014); st.japantimes zenyaku 20161230 (16 December agreement to consult on joint economic activities; Putin on trust toward a peace treaty; Abe on repeating claims); larouchepub 161215 (Lavrov: Putin suggested resuming two-plus-two; Trutnev: memorandum on a joint investment platform); japantimes 2016/09/02 (Vladivostok: agreed to hold the Nagato summit in December); ibtimes.co.uk, koreaherald 20161213000567, rappler (AFP) and english.kyodonews 448694 (trilateral of 19-20 December postponed, Kishida's Tuesday remarks, Park impeached on 9 December, Hwang acting president, China's negative view of Hwang attending, first visits by Park and Li since taking office in 2013, last trilateral in Seoul in November 2015 after three years).",
        "Summits (4): the Abe-Putin summit recorded as two meetings (Nagato, Thursday 15 December; Tokyo, Friday 16 December: distinct sessions in two cities on two days; debatable, it could be one two-day summit); Vladivostok (September 2016); the Seoul trilateral of November 2015. Not summits: the postponed Tokyo trilateral of 19-20 December and its rearrangement 'next year' (no participants can be named: Park is suspended).",
        "Agreements (4): the commitment to start talks on joint economic activities; Putin's two-plus-two proposal (proposed); the investment-platform memorandum (mou, signed; the 'dozens of documents' are an aggregate); the September agreement to hold the Nagato summit (referenced, as unseen16 recorded agreements to hold a summit with a set time and place).",
    ],
)
