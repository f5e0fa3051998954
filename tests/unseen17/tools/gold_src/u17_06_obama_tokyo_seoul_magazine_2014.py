# ruff: noqa: E501
TOKYO1 = "On Thursday last week, Barack Obama stood next to Shinzo Abe"
TOKYO2 = "In Tokyo the talks had been about trade and China."
SEOUL1 = "The next afternoon in Seoul, standing beside Park Geun-hye"
SEOUL2 = "The Seoul summit was held in the shadow"
HAGUE = "Park had opened the news conference by warning"
JS = "The two governments released a joint statement on April 25"
OPCON = "The two presidents agreed that the planned transfer"
WH = "It was Obama's fourth trip to South Korea"
TREATY = "Abe has said his government will not revise"

GOLD = dict(
    published="2014-05-02",
    furniture=[
        "ASIA | DIPLOMACY\n"
        "Two capitals, one message: Obama asks his allies to look forward, then looks back himself\n"
        "Eastward Weekly | May 2, 2014 | Issue 18\n"
        "By Mara Kessel",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Barack Obama": ["Obama", "the American president", "he"],
        "Shinzo Abe": ["Abe"],
        "Park Geun-hye": ["Park", "she"],
        "Yohei Kono": ["Chief Cabinet Secretary Yohei Kono"],
        "Jin Sun-hee": ["Jin Sun-hee, a fellow at the Cheongpa Institute in Seoul"],
        "Government of South Korea": ["Seoul"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("terrible and egregious violation of human rights", "partial", "Barack Obama", "called"),
        ("deserve to be heard.", "partial", "Barack Obama", "said"),
        ("accurate and clear account", "partial", "Barack Obama", "added"),
        ("meaningful.", "partial", "Government of South Korea", None),
        ("Obama came to both capitals as a friend", "direct", "Jin Sun-hee", "said"),
    ],
    statements=[
        ("Asked about the women forced into", ["Barack Obama"], "called"),
        ("They also deserved, he added", ["Barack Obama"], "added"),
        ("White House aides insisted afterward", [None], "insisted"),
        (HAGUE, ["Park Geun-hye"], "warning"),
        (JS, ["Barack Obama"], "said"),
        (OPCON, ["Barack Obama", "Park Geun-hye"], "agreed"),
        ("Japanese officials have floated a one-on-one meeting", [None, "Government of South Korea"], "floated"),
        (TREATY, ["Shinzo Abe", "Government of Japan"], "has said"),
    ],
    timexes=[
        ("May 2, 2014", "2014-05-02", None),
        ("Thursday last week", "2014-04-24", None),
        ("The next afternoon", "2014-04-25TAF", None),
        ("The Hague [[in March]]", "2014-03", None),
        ("April 25", "2014-04-25", None),
        ("December 2015", "2015-12", None),
        ("February 2013", "2013-02", None),
        ("last May", "2013-05", None),
        ("later this year", "2014", None),
        ("mid-April", "2014-04", "MID"),
        ("1993", "1993", None),
        ("1965", "1965", None),
        ("His [[December]] visit", "2013-12", None),
    ],
    summits=[
        dict(date="2014-04-24", place="Tokyo", country="JP", participants=["Barack Obama", "Shinzo Abe"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TOKYO1, TOKYO2]),
        dict(date="2014-04-25", place="Seoul", country="KR", participants=["Barack Obama", "Park Geun-hye"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SEOUL1, SEOUL2]),
        dict(date="2014-03", place="The Hague", country="NL", participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"],
             kind="trilateral", ordinal=1, status="held", occasion="Nuclear Security Summit", evidence=[HAGUE]),
        dict(date="2013-05", place="Washington", country="US", participants=["Barack Obama", "Park Geun-hye"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[WH]),
    ],
    agreements=[
        dict(title="U.S.-Japan joint statement", kind="joint-statement", date="2014-04-25", parties=["JP", "US"],
             status="agreed", evidence=[JS]),
        dict(title="reconsider the timing of the wartime operational control transfer", kind="commitment",
             date="2014-04-25", parties=["KR", "US"], status="agreed", evidence=[OPCON]),
        dict(title="1965 treaty that normalized relations", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced", evidence=[TREATY]),
    ],
    notes=[
        "Invented magazine piece (magazine 'Eastward Weekly', writer, analyst and institute invented; section line, headline, issue line and byline are furniture; the issue date is annotated). The analyst's quote is invented; Obama's partial quotes are short fragments of his reported words; Seoul's 'meaningful' is invented.",
        "Real background, checked on stored pages: japantimes.co.jp 2014/04/25 (Kyodo: Obama in Seoul on Friday called the treatment of the women a 'terrible and egregious violation of human rights', victims deserve to be 'heard' and 'respected', 'accurate and clear account'; Obama brokered the first Abe-Park meeting in The Hague in March; Abe to stick to the 1993 Kono apology); nichibei.org 2014/05 (silence on history at the joint press conference with Abe in Tokyo on 24 April; 1965 treaty position); asia.nikkei.com (Park warned the momentum of the recent three-way summit would be hard to keep; Obama's fourth trip, first since Park took office in February 2013); dailymail/AP and dw.com 2014-04-25 (Blue House talks on Friday 25 April; ferry disaster, moment of silence, the flag); hirkatalogus (possible delay of the operational control transfer discussed). From general knowledge: the U.S.-Japan joint statement released on 25 April 2014 after overnight TPP talks, Obama's Senkaku remark, the Park-Obama White House summit of May 2013, Abe's Yasukuni visit of December 2013, the December 2015 transfer date, director-general talks from mid-April 2014.",
        "Summits (4): Tokyo 24 April, Seoul 25 April, The Hague three-way meeting in March (ordinal 1: 'sat at the same table for the first time'; occasion from the public record), Washington May 2013 ('she had visited him at the White House'). Not summits: a Park-Abe one-on-one 'floated' for later this year (hypothetical), director-general talks.",
        "Agreements (3): the U.S.-Japan joint statement (released -> agreed), the U.S.-ROK commitment to reconsider the OPCON transfer (agreed), the 1965 treaty (referenced). Not agreements: the 1993 Kono apology (a unilateral statement), Abe's undertaking not to revise it.",
        "Timexes: 'The next afternoon' = 2014-04-25TAF; 'last May' = 2013-05; 'His December visit' = 2013-12; 'mid-April' = 2014-04 MID; 'the night' and 'the day the ferry sank' not annotated.",
    ],
)
