# ruff: noqa: E501
LEDE = "US President Barack Obama on Friday branded"
SPOKE = "Obama spoke alongside South Korean President Park Geun-hye"
TOKYO = "The remarks went further than anything Obama had said"
OPCON = "The two leaders agreed to reconsider the timing"
TEST = "They also agreed to respond firmly and jointly"
SEWOL = "The visit came nine days after the sinking"
HAGUE = "Obama had brought Park and Abe together for the first time"
NOFOLLOW = "That meeting broke the ice but produced no follow-up."
NOBI = "Park and Abe have yet to hold bilateral talks"
TREATY = "Japan maintains that all claims"
WASH = "Park last visited Washington in May 2013"

GOLD = dict(
    published="2014-04-25",
    furniture=[
        "Obama urges Seoul and Tokyo to move past history as Asia tour reaches Korea\n"
        "Published: 25 Apr 2014 - 10:05 GMT\n"
        "By Daniel Reyes-Okafor",
        "SEOUL, April 25, 2014 (Northwire) - ",
        "dr-jsk/mh",
        "© Northwire 2014",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Barack Obama": ["US President Barack Obama", "Obama", "The US leader", "he"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park", "she"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Lee Seon-ah": ["Lee Seon-ah, a professor of international relations at Hanbit University"],
        "Government of Japan": ["Japan", "Tokyo"],
    },
    quotes=[
        ("grievous", "partial", "Barack Obama", "branded"),
        ("The women who suffered deserve to be heard", "direct", "Barack Obama", "told reporters"),
        ("honestly", "partial", "Barack Obama", "said"),
        ("every reason", "partial", "Barack Obama", "said"),
        ("rest on \"[[sincere]]\" steps", "partial", "Park Geun-hye", "said"),
        ("We are not asking for words alone", "direct", "Park Geun-hye", "said"),
        ("Washington can host the photograph", "direct", "Lee Seon-ah", "said"),
    ],
    statements=[
        (LEDE, ["Barack Obama"], "branded"),
        ("He added that Abe understood", ["Barack Obama"], "added"),
        ("Park, who has refused to hold a one-on-one summit", ["Park Geun-hye"], "said"),
        (OPCON, ["Barack Obama", "Park Geun-hye", None], "agreed"),
        (TEST, ["Barack Obama", "Park Geun-hye"], "agreed"),
        (NOBI, [None], "say"),
        (TREATY, ["Government of Japan"], "maintains"),
    ],
    timexes=[
        ("25 Apr 2014 - 10:05 GMT", "2014-04-25T10:05", None),
        ("April 25, 2014", "2014-04-25", None),
        ("Obama on [[Friday]] branded", "2014-04-25", None),
        ("less than 24 hours", "PT24H", "LESS_THAN"),
        ("Akasaka Palace on [[Thursday]]", "2014-04-24", None),
        ("February last year", "2013-02", None),
        ("December 2015", "2015-12", None),
        ("nine days after", "2014-04-25", None),
        ("a month ago", "2014-03", None),
        ("March 25", "2014-03-25", None),
        ("the autumn", "2014-FA", None),
        ("1910-45", "1910/1945", None),
        ("the [[1965]] treaty", "1965", None),
        ("May 2013", "2013-05", None),
        ("60 years", "P60Y", None),
        ("Treaty of [[1953]]", "1953", None),
        ("Kuala Lumpur on [[Saturday]]", "2014-04-26", None),
        ("week-long", "P1W", None),
    ],
    summits=[
        dict(date="2014-04-25", place="Seoul", country="KR",
             participants=["Barack Obama", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SPOKE, OPCON, SEWOL]),
        dict(date="2014-04-24", place="Tokyo", country="JP",
             participants=["Barack Obama", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SPOKE, TOKYO]),
        dict(date="2014-03-25", place="The Hague", country="NL",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"], kind="trilateral", ordinal=1,
             status="held", occasion="nuclear security summit", evidence=[HAGUE, NOFOLLOW]),
        dict(date="2013-05", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[WASH]),
    ],
    agreements=[
        dict(title="reconsider the timing of the handover of wartime operational control", kind="commitment",
             date="2014-04-25", parties=["KR", "US"], status="agreed", evidence=[OPCON]),
        dict(title="respond firmly and jointly to a fourth North Korean nuclear test", kind="commitment",
             date="2014-04-25", parties=["KR", "US"], status="agreed", evidence=[TEST]),
        dict(title="1965 treaty restoring diplomatic ties", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
        dict(title="Mutual Defense Treaty of 1953", kind="treaty", date="1953",
             parties=["KR", "US"], status="referenced", evidence=[WASH]),
    ],
    notes=[
        "Invented international wire story (agency 'Northwire', reporter Daniel Reyes-Okafor, professor Lee Seon-ah and 'Hanbit University' invented; headline, Published stamp, byline, dateline prefix, slug line and copyright line are furniture; stamp and dateline dates are annotated). All quotes are invented wording (Obama's and Park's words are not their real sentences); the stamp time is invented.",
        "Real facts, checked on stored pages: japantimes.co.jp 2014/04/25 (Kyodo: Obama spoke at a joint press conference with Park after their summit at the Blue House on Friday; Obama brokered the first Abe-Park meeting in The Hague in March; Kono statement); nichibei.org 2014/05 (Obama silent on history at the joint press conference with Abe in Tokyo on April 24, Akasaka Palace; Japan says compensation claims settled by a 1965 treaty; colonial rule 1910-1945); dailymail/AP and mynorthwest (moment of silence for ferry victims at the Blue House, Friday April 25, 2014); reuters.com 2014-03-25 (The Hague trilateral on the sidelines of the Nuclear Security Summit, first face-to-face talks); japantimes.co.jp 2013/05/08 (Park-Obama White House summit, May 2013, 60th anniversary of the mutual defense treaty); hirkatalogus (Obama's Seoul press conference touched on a possible postponement of the wartime operational control transfer); elnashra (week-long Asian tour). From general knowledge: Sewol sinking on 16 April 2014, OPCON transfer scheduled for December 2015, Obama's next stops Kuala Lumpur (26 April) and Manila, Punggye-ri. The joint response to a fourth nuclear test is a reworded summary, not a checked text.",
        "Summits (4): Obama-Park in Seoul (held), Obama-Abe in Tokyo the day before (told through 'less than 24 hours after he had sat down with'), The Hague trilateral (ordinal 1 from 'together for the first time'), Park-Obama in Washington, May 2013. Not summits: the Park-Abe bilateral that 'they have yet to hold' (negated) and 'none is in prospect before the autumn', the Kuala Lumpur and Manila legs (no leader named).",
        "Agreements (4): two KR-US commitments split from two sentences; the 1965 treaty and the 1953 Mutual Defense Treaty referenced. Not agreements: Japan's position (unilateral), the Kono statement (not mentioned).",
        "Timexes: 'nine days after' points to the visit day (2014-04-25), following the unseen16 convention; 'a month ago' = 2014-03; 'the autumn' = 2014-FA; 'less than 24 hours' = PT24H LESS_THAN; '60 years' = P60Y; 'week-long' = P1W. The year in the copyright line is not annotated.",
    ],
)
