# ruff: noqa: E501
LEDE = "agreed on Tuesday to keep"
ASSURE = "Trump gave him the assurance he came for"
TOLD = "Trump told reporters in a gilded reception room"
KIMMEET = "Trump said a meeting with Kim could take place"
MOONKIM = "Kim is first due to meet South Korean President Moon Jae-in"
XI = "Kim made an unannounced trip to Beijing"
CONFIRMED = "Abe said the two allies had confirmed"
LAST = "He last came in February 2017"
TRI = "Abe is preparing to host Moon and Chinese Premier Li Keqiang"
PYC = "He last sat down with Moon in February"

GOLD = dict(
    published="2018-04-18",
    furniture=[
        "Abe, Trump vow to keep squeezing North Korea as Florida talks open; Trump says he will raise abductions with Kim\n"
        "18 April 2018 - 02:15 GMT\n"
        "By Harriet Vance and Kenji Morrow",
        "PALM BEACH, Florida, April 17 (Meridian) - ",
        "(Reporting by Harriet Vance in Palm Beach and Kenji Morrow in Tokyo; Editing by Liam Cortez)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe", "Prime Minister Abe", "he", "He"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "the president"],
        "Kim Jong Un": ["North Korean leader Kim Jong Un", "Kim"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Yoshihide Suga": ["Chief Cabinet Secretary Yoshihide Suga"],
        "The White House": ["White House"],
    },
    quotes=[
        ("maximum pressure", "partial", None, "agreed"),
        ("Prime Minister Abe asked me to raise it", "direct", "Donald Trump", "told reporters"),
        ("We'll work very hard on that.", "direct", "Donald Trump", None),
        ("assuming things go well", "partial", "Donald Trump", "said"),
        ("the fruit", "partial", "Shinzo Abe", "said"),
        ("fair and reciprocal", "partial", "The White House", "said"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Donald Trump"], "agreed"),
        (ASSURE, ["Donald Trump"], "promising"),
        (TOLD, ["Donald Trump"], "told reporters"),
        (KIMMEET, ["Donald Trump"], "said"),
        (CONFIRMED, ["Shinzo Abe"], "said"),
        ("The shift toward dialogue, he said", ["Shinzo Abe"], "said"),
        ("Chief Cabinet Secretary Yoshihide Suga told reporters", ["Yoshihide Suga"], "told reporters"),
        ("but Japanese officials say any such meeting", [None], "say"),
        ("The White House said before the talks", ["The White House"], "said"),
    ],
    timexes=[
        ("18 April 2018 - 02:15 GMT", "2018-04-18T02:15", None),
        ("Florida, [[April 17]] (Meridian)", "2018-04-17", None),
        ("agreed on [[Tuesday]]", "2018-04-17", None),
        ("began [[two days]] of talks", "P2D", None),
        ("early June", "2018-06", "START"),
        ("April 27", "2018-04-27", None),
        ("Beijing in [[March]]", "2018-03", None),
        ("on [[Wednesday]].", "2018-04-18", None),
        ("February 2017", "2017-02", None),
        ("Tokyo in [[November]]", "2017-11", None),
        ("next month", "2018-05", None),
        ("with Moon in [[February]]", "2018-02", None),
        ("the [[2015]] agreement", "2015", None),
    ],
    summits=[
        dict(date="2018-04-17", place="Palm Beach", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[LEDE, "Abe had flown to Florida chiefly", TOLD, "The visit was Abe's second"]),
        dict(date="2018-06", place=None, country=None, participants=["Donald Trump", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[ASSURE, KIMMEET]),
        dict(date="2018-04-27", place="Panmunjom", country="KR", participants=["Moon Jae-in", "Kim Jong Un"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[MOONKIM]),
        dict(date="2018-03", place="Beijing", country="CN", participants=["Kim Jong Un", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[XI]),
        dict(date="2017-02", place="Palm Beach", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LAST]),
        dict(date="2017-11", place="Tokyo", country="JP", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LAST]),
        dict(date="2018-05", place="Tokyo", country="JP", participants=["Shinzo Abe", "Moon Jae-in", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[TRI]),
        dict(date="2018-02-09", place="PyeongChang", country="KR", participants=["Shinzo Abe", "Moon Jae-in"],
             kind="sidelines", ordinal=None, status="held", occasion="the PyeongChang Winter Olympics", evidence=[PYC]),
    ],
    agreements=[
        dict(title="keep maximum pressure on North Korea until it takes concrete steps", kind="commitment",
             date="2018-04-17", parties=["JP", "US"], status="agreed", evidence=[LEDE, CONFIRMED]),
        dict(title="Trump to raise the abductions with Kim (Abe's request accepted)", kind="commitment",
             date="2018-04-17", parties=["JP", "US"], status="agreed", evidence=[ASSURE, TOLD]),
        dict(title="2015 agreement on comfort women", kind="joint-statement", date="2015",
             parties=["JP", "KR"], status="referenced", evidence=[PYC]),
    ],
    notes=[
        "Invented international wire story (agency 'Meridian'; reporters, editor and all quotes invented, including Trump's and Abe's words). Headline, stamp, byline, dateline prefix and credit line are furniture; the stamp and dateline date are annotated.",
        "Real background checked on stored pages: japantoday.com and hamodia.com 2018-04-02 (Abe to visit the U.S. April 17-20 for two days of talks at Mar-a-Lago on North Korea and trade; abductions; Suga on steel and aluminum tariffs; Abe last visited the resort in February 2017); pressreader.com Sun Sentinel 2018-04-18 (talks began Tuesday; five sites under consideration; summit could happen in early June 'assuming things go well'; leaders dined Tuesday night); vs.hu (Kim to meet Moon on April 27; Kim's unannounced March visit to China and talks with Xi; 'maximum pressure' as the reason for dialogue); thenewstribune.com photo caption (Trump-Abe joint news conference at the Akasaka Palace, Tokyo, 6 November 2017); dailymail.co.uk Reuters 2018-05-09 (three-way talks with Li Keqiang and Moon in Tokyo, which fixes the planned trilateral 'next month'). From general knowledge and the titles of other corpora: Moon-Abe meeting in PyeongChang on 9 February 2018, the day of the opening ceremony, at which Abe pressed Moon on the 2015 agreement; Panmunjom as the venue of the 27 April inter-Korean summit, the third between the two Koreas.",
        "Summits (8): Palm Beach Abe-Trump (held, first day 17 April; the two-day talks recorded once with the first day), planned Trump-Kim ('early June', date 2018-06), planned Moon-Kim at Panmunjom (ordinal null: 'the third summit between the two Koreas' counts inter-Korean summits, not Moon-Kim meetings), Kim-Xi in Beijing in March, Abe-Trump February 2017 (Palm Beach) and November 2017 (Tokyo, told as 'hosted Trump in turn'), the planned Tokyo trilateral with Moon and Li Keqiang ('next month'), and the Moon-Abe PyeongChang meeting (date from the public record, 'on the day the Winter Olympics opened'; sidelines of the Olympics). Not summits: a hypothetical Abe-Kim summit, Trump's meeting with abductees' relatives.",
        "Agreements (3): maximum pressure (agreed), Trump's promise to raise the abductions at Abe's request (recorded as an agreed JP-US commitment, like an accepted request; debatable), the 2015 comfort-women agreement (joint statement, referenced, date as written). Not agreements: the tariff exemption Abe would seek, the White House's agenda of 'fair and reciprocal' trade.",
        "Quotes: 'maximum pressure' belongs to both leaders (speaker null, as unseen16); 'comfort women' is a term, not a quote. 'decades ago' and 'weeks after Trump took office' are vague and not annotated.",
    ],
)
