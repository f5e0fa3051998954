# ruff: noqa: E501
LEDE = "Prime Minister Shinzo Abe, Chinese Premier Wen Jiabao and South Korean President"
HELD = "The talks, chaired by Wen, were held on the sidelines"
SEVENTH = "It was the seventh such meeting"
ALSO = "The leaders also agreed to begin negotiations"
PRESS = "The outcome was set out in a joint press statement"
SIXTH = "The sixth meeting, in Vientiane in November 2004"
OCT = "Abe, who has not visited the shrine since becoming prime minister"
SONG = "Song proposed that the three countries' foreign ministers meet every year"

GOLD = dict(
    published="2007-01-14",
    furniture=[
        "Japan, China, S. Korea leaders agree on senior officials' channel, investment talks\n"
        "2007-01-14 21:35 JST | Hibiya Press\n"
        "Related: Typhoon forces Philippines to put off ASEAN-related summits (Dec. 8)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen"],
        "Roh Moo-hyun": ["South Korean President Roh Moo-hyun", "Roh"],
        "Junichiro Koizumi": ["then Prime Minister Junichiro Koizumi", "Koizumi"],
        "Hu Jintao": ["Chinese President Hu Jintao"],
        "Song Min-soon": ["South Korean Foreign Minister Song Min-soon", "Song"],
        "Ministry of Foreign Affairs and Trade of Korea": ["the South Korean side"],
    },
    quotes=[
        ("Three neighbors that can talk to one another", "direct", "Shinzo Abe", "told reporters"),
    ],
    statements=[
        (LEDE, ["Shinzo Abe", "Wen Jiabao", "Roh Moo-hyun"], "agreed"),
        (HELD, [None], "said"),
        (ALSO, ["Shinzo Abe", "Wen Jiabao", "Roh Moo-hyun"], "agreed"),
        ("Abe told the other two leaders that North Korea's", ["Shinzo Abe", None], "told"),
        ("Wen said the three countries carry", ["Wen Jiabao", "Roh Moo-hyun"], "said"),
        (SONG, ["Song Min-soon", "Ministry of Foreign Affairs and Trade of Korea"], "proposed"),
    ],
    timexes=[
        ("2007-01-14 21:35", "2007-01-14T21:35", None),
        ("Dec. 8", "2006-12-08", None),
        ("Cebu, Philippines, [[Jan. 14]] (Hibiya Press)", "2007-01-14", None),
        ("agreed [[Sunday]] to set up", "2007-01-14", None),
        ("took office in [[September]]", "2006-09", None),
        ("about an hour", "PT1H", "APPROX"),
        ("throughout [[2007]]", "2007", None),
        ("nuclear test in [[October]]", "2006-10", None),
        ("November 2004", "2004-11", None),
        ("The following year", "2005", None),
        ("then Seoul in [[October]]", "2006-10", None),
        ("On [[Friday]], South Korean", "2007-01-12", None),
        ("scheduled for [[December]]", "2006-12", None),
        ("opens [[Monday]]", "2007-01-15", None),
    ],
    summits=[
        dict(date="2007-01-14", place="Cebu", country="PH",
             participants=["Shinzo Abe", "Wen Jiabao", "Roh Moo-hyun"], kind="trilateral",
             ordinal=7, status="held", occasion="ASEAN Plus Three",
             evidence=[LEDE, HELD, SEVENTH, PRESS]),
        dict(date="2004-11", place="Vientiane", country="LA",
             participants=["Junichiro Koizumi", "Wen Jiabao", "Roh Moo-hyun"], kind="trilateral",
             ordinal=6, status="held", occasion="ASEAN Plus Three", evidence=[SIXTH]),
        dict(date="2006-10", place="Beijing", country="CN",
             participants=["Shinzo Abe", "Hu Jintao"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[OCT]),
        dict(date="2006-10", place="Seoul", country="KR",
             participants=["Shinzo Abe", "Roh Moo-hyun"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[OCT]),
    ],
    agreements=[
        dict(title="regular consultation channel among senior foreign ministry officials",
             kind="commitment", date="2007-01-14", parties=["CN", "JP", "KR"], status="agreed",
             evidence=[LEDE]),
        dict(title="begin negotiations on a trilateral investment arrangement", kind="commitment",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="2007 as a year of cultural exchange among the three countries",
             kind="commitment", date="2007-01-14", parties=["CN", "JP", "KR"], status="agreed",
             evidence=[ALSO]),
        dict(title="joint press statement of the seventh trilateral meeting", kind="joint-statement",
             date="2007-01-14", parties=["CN", "JP", "KR"], status="agreed", evidence=[PRESS]),
        dict(title="annual trilateral foreign ministers' meeting, first in Seoul", kind="commitment",
             date="2007-01-12", parties=["CN", "JP", "KR"], status="proposed", evidence=[SONG]),
    ],
    notes=[
        "Invented Japanese wire story in English (agency 'Hibiya Press', the official and every"
        " quote invented; headline, stamp line and related line are furniture, their dates"
        " annotated; the related story's date 'Dec. 8' is invented). Real background, checked on"
        " stored pages: chinamission.be and china.usc.edu (seventh trilateral leaders' meeting,"
        " Cebu, 14 January 2007, chaired by Wen; joint press statement; senior foreign affairs"
        " officials' consultation mechanism); everychina.com (negotiations on a trilateral"
        " investment arrangement; 2007 Year of Cultural Exchanges); china.org.cn 2007-01-15 (East"
        " Asia Summit on Monday 15 January, postponed from December because of typhoon Utor);"
        " SCMP 2007-01-13 (Song, Li Zhaoxing and Asano met in Cebu the day before; Song proposed"
        " annual ministers' meetings with Seoul hosting the first); MOFA Japan pmv0411 (sixth"
        " trilateral, Vientiane, 29 November 2004, chaired by Koizumi); kantei 2006-10-09 (Abe"
        " from Beijing to Seoul on 9 October 2006); Irish Times and donga.com 2005-12 (the 2005"
        " meeting postponed by China). From general knowledge: Abe took office in September 2006"
        " and met Hu Jintao in Beijing on 8 October; the North's nuclear test of 9 October 2006; Abe"
        " did not visit Yasukuni in his first term. Invented: the length of the talks and the"
        " leaders' remarks.",
        "Summits (4): Cebu (ordinal 7, a trilateral on the ASEAN Plus Three sidelines), Vientiane"
        " November 2004 (ordinal 6; Wen and Roh carried from context), Abe-Hu in Beijing and"
        " Abe-Roh in Seoul (October 2006, one sentence). Not summits: the cancelled 2005 meeting,"
        " the foreign ministers' meeting on Friday, the East Asia Summit (a larger gathering).",
        "Agreements (5): three commitments agreed at the meeting (kept as separate records even"
        " though 'the outcome was set out in a joint press statement': the text reports them as"
        " agreed courses of action, not as the statement's provisions; debatable), the joint press"
        " statement itself (agreed), and Song's proposal of annual ministers' meetings (proposed,"
        " a joint course of action put to the other two).",
    ],
)
