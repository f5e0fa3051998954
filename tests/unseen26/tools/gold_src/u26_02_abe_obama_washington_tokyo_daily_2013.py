# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe sat down with U.S. President Barack Obama"
OVAL = "The meeting in the Oval Office and a working lunch"
LAST = "It was Abe's first trip to the United States"
JS = "The joint statement, issued after the talks"
AGREED = "The two leaders also agreed to push ahead"
INVITE = "Abe invited Obama to visit Japan."
FOND = "The president replied that he was"
WH = "The White House noted that the very first foreign leader"
NODA = "Abe's predecessor Yoshihiko Noda had visited last April"
NODATE = "No date has been set for a first Abe-Park summit"
KYOTO = "Lee and Noda had last held formal talks in Kyoto"
HANA = "said Yuko Hanazawa, a professor"

GOLD = dict(
    published="2013-02-23",
    furniture=[
        "Abe, Obama declare alliance 'fully revived' in first White House talks; Park inauguration next on Tokyo's diary\n"
        "The Toranomon Post | February 23, 2013 | 11:40 JST\n"
        "By Kenji Arakawa, Washington Correspondent",
        "WASHINGTON - ",
        "Related: Aso to lead delegation to Park inauguration | TPP: what the joint statement says",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama", "The president"],
        "George W. Bush": ["President George W. Bush"],
        "Taro Aso": ["a Japanese prime minister, Taro Aso", "Aso"],
        "Yoshihiko Noda": ["Abe's predecessor Yoshihiko Noda", "Noda"],
        "Park Geun-hye": ["South Korean President-elect Park Geun-hye", "Park"],
        "Lee Myung-bak": ["outgoing President Lee Myung-bak", "Lee"],
        "Aiko Shimajiri": ["Cabinet Office parliamentary secretary Aiko Shimajiri"],
        "Yuko Hanazawa": ["Yuko Hanazawa, a professor of international relations at Shirokane University"],
        "White House": ["The White House"],
        "Ministry of Foreign Affairs and Trade of South Korea": ["Seoul's foreign ministry"],
    },
    quotes=[
        ("The bonds of trust between Japan and the United States", "direct", "Shinzo Abe", "told a news conference"),
        ("The alliance is fully back.", "direct", "Shinzo Abe", None),
        ("very fond of Japan", "partial", "Barack Obama", "replied"),
        ("deeply regrettable", "partial", "Ministry of Foreign Affairs and Trade of South Korea", "called"),
        ("Sending a vice-ministerial official", "direct", "Yuko Hanazawa", "said"),
        ("But Seoul will read it anyway.", "direct", "Yuko Hanazawa", None),
        ("even an inch", "partial", None, "said"),
    ],
    statements=[
        ("Abe told a news conference at a Washington hotel", ["Shinzo Abe"], "told a news conference"),
        (AGREED, ["Shinzo Abe", "Barack Obama"], "agreed"),
        ("Abe said the response should involve South Korea", ["Shinzo Abe"], "said"),
        (INVITE, ["Shinzo Abe"], "invited"),
        (FOND, ["Barack Obama", None], "replied"),
        (WH, ["White House"], "noted"),
        (NODATE, [None], "said"),
        ("Seoul's foreign ministry called the dispatch", ["Ministry of Foreign Affairs and Trade of South Korea"], "called"),
        (HANA, ["Yuko Hanazawa"], "said"),
        ("Park's spokesman said the same day", [None], "said"),
    ],
    timexes=[
        ("February 23, 2013 | 11:40 JST", "2013-02-23T11:40", None),
        ("White House [[on Friday]]", "2013-02-22", None),
        ("back to power [[in December]]", "2012-12", None),
        ("roughly 105 minutes", "PT1H45M", "APPROX"),
        ("six years", "P6Y", None),
        ("April 2007", "2007-04", None),
        ("in the evening", "2013-02-22TEV", None),
        ("Feb. 12", "2013-02-12", None),
        ("February 2009", "2009-02", None),
        ("last April", "2012-04", None),
        ("Friday's talks", "2013-02-22", None),
        ("Park Geun-hye [[on Monday]]", "2013-02-25", None),
        ("before [[the spring]]", "2013-SP", None),
        ("Relations soured [[last year]]", "2012", None),
        ("December 2011", "2011-12", None),
        ("flared up again [[on Friday]]", "2013-02-22", None),
        ("the day of the Obama summit", "2013-02-22", None),
        ("the same day", "2013-02-22", None),
    ],
    summits=[
        dict(date="2013-02-22", place="Washington", country="US",
             participants=["Shinzo Abe", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEDE, OVAL, AGREED, "Sending a vice-ministerial official"]),
        dict(date="2007-04", place="Camp David", country="US",
             participants=["Shinzo Abe", "George W. Bush"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LAST]),
        dict(date="2009-02", place=None, country="US",
             participants=["Taro Aso", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[WH]),
        dict(date="2012-04", place=None, country="US",
             participants=["Yoshihiko Noda", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[NODA]),
        dict(date="2011-12", place="Kyoto", country="JP",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[KYOTO]),
    ],
    agreements=[
        dict(title="Japan-U.S. joint statement (TPP)", kind="joint-statement", date="2013-02-22",
             parties=["JP", "US"], status="agreed", evidence=[LEDE, JS]),
        dict(title="push ahead with defense cooperation across a broad range of fields", kind="commitment", date="2013-02-22",
             parties=["JP", "US"], status="agreed", evidence=[AGREED]),
        dict(title="work closely for resolute steps against North Korea, including a new UNSC resolution", kind="commitment", date="2013-02-22",
             parties=["JP", "US"], status="agreed", evidence=[AGREED]),
        dict(title="invitation for Obama to visit Japan", kind="commitment", date="2013-02-22",
             parties=["JP", "US"], status="proposed", evidence=[INVITE, FOND]),
        dict(title="U.S.-Japan joint vision statement (Noda visit)", kind="joint-statement", date="2012-04",
             parties=["JP", "US"], status="referenced", evidence=[NODA]),
    ],
    notes=[
        "Invented Tokyo English-language daily ('The Toranomon Post'); headline, outlet/date/time line, byline, dateline prefix and related-links line are furniture (the stamp is annotated). Reporter, professor, university and all quotes are invented except the short phrases 'very fond of Japan' (the MOFA readout's wording), 'deeply regrettable' (Seoul's ministry, as reported) and 'even an inch' (Park's spokesman, as reported); Abe's words paraphrase his press conference. The 11:40 JST stamp and 'the spring' remark by Tokyo officials are invented.",
        "Real background, checked on stored pages: mofa.go.jp/region/n-america/us/pmv_1302/130222_01.html (summit and working lunch on Friday 22 Feb 2013, about 105 minutes; Joint Statement attached; Abe's invitation to Obama, who said he was very fond of Japan); japan.kantei.go.jp/96_abe/statement/201302/22kaiken_e.html (press conference at the Renaissance Washington Hotel; first US visit as PM in six years; bonds of trust restored; alliance fully revived; defense cooperation across a broad range of fields; resolute measures after the North's nuclear test); gov-online.go.jp Highlighting Japan March 2013; obamawhitehouse.archives.gov press briefing of 21 Feb 2013 (the first foreign visitor Obama hosted was the Japanese prime minister of the time); bridgingfoundation.org and blogs.state.gov (Noda-Obama, 30 April 2012, 'A Shared Vision for the Future' joint statement); japantimes.co.jp 2013/02/23 and english.donga.com 2013-02-23 (Shimajiri at Takeshima Day on Friday, a first; Seoul's 'deeply regrettable' and protest; deputy chief of mission summoned; Park inaugurated on Monday); koreajoongangdaily 2013/02/22 (Park's spokesman: 'even an inch', trust). From general knowledge: Abe-Bush at Camp David in April 2007; Aso-Obama in February 2009; the North's third nuclear test on 12 Feb 2013; Lee's August 2012 islet visit; Lee-Noda in Kyoto in December 2011; Aso at Park's inauguration.",
        "Summits (5): Abe-Obama (held, 22 Feb); Abe-Bush at Camp David (April 2007); Aso-Obama (February 2009, place not named); Noda-Obama (April 2012, place not named); Lee-Noda in Kyoto (December 2011). Not summits: Aso's call on Park (Aso is deputy prime minister), a first Abe-Park summit (no date set, 'unlikely' before spring), Lee's islet visit.",
        "Agreements (5): the TPP joint statement (agreed); two commitments split from one sentence (defense cooperation; resolute steps on North Korea); Abe's invitation (proposed); the 2012 joint vision statement (referenced). Not agreements: Shimajiri's dispatch (unilateral), Abe's view that the response should involve South Korea.",
        "Timexes: 'in the evening' is Washington evening of 22 Feb; 'last April' = 2012-04; 'before the spring' annotated as 'the spring' = 2013-SP; 'the day of the Obama summit' (in a quote) = 22 Feb; 'six years' = P6Y; 'roughly 105 minutes' = PT1H45M APPROX.",
    ],
)
