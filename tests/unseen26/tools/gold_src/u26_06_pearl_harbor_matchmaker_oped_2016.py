# ruff: noqa: E501
LAST = "Barack Obama's last summit with Shinzo Abe was"
HONO = "The two men held talks in Honolulu on Tuesday"
ISE = "Seven months earlier Obama had done the reverse in Hiroshima"
HAGUE = "Obama hosted the two of them for three-way talks"
RECALL = "Park Geun-hye and Abe had not held a single meeting"
SEOUL = "It took another 20 months before Park and Abe"
DEAL = "The deal that followed was announced a year ago today"
WELC = "Washington welcomed it within hours"
WASH = "Obama brought the three together again in Washington"
VIENT = "Park and Abe then met on their own in Vientiane"
GSOMIA = "Last month, Seoul and Tokyo finally signed"
PUTOFF = "Japan has already put off the three-way summit"
TRUMP = "And in Washington, the man who will be sworn in"
TOWER = "He went to see Donald Trump in New York"
STATE = "that the 2015 agreement and the intelligence pact are commitments of the state"

GOLD = dict(
    published="2016-12-28",
    furniture=[
        "OPINION\nAt Pearl Harbor, the matchmaker takes his leave\nBy Choi Jae-won\nDec. 28, 2016",
        "Choi Jae-won is a former South Korean diplomat who served in Tokyo and Washington. The views expressed are his own.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Barack Obama": ["Barack Obama", "Obama"],
        "Shinzo Abe": ["Shinzo Abe", "Abe"],
        "Park Geun-hye": ["Park Geun-hye", "Park"],
        "Hwang Kyo-ahn": ["Prime Minister Hwang Kyo-ahn"],
        "Donald Trump": ["Donald Trump", "the man who will be sworn in on Jan. 20"],
        "Government of Japan": ["Japan", "Tokyo"],
        "Government of the United States": ["Washington"],
    },
    quotes=[
        ("finally and irreversibly", "partial", None, "declared"),
        ("at the earliest possible date", "partial", "Government of Japan", "saying"),
    ],
    statements=[
        (DEAL, [None], "declared"),
        (WELC, ["Government of the United States"], "welcomed"),
        (WASH, ["Barack Obama", "Park Geun-hye", "Shinzo Abe"], "pledged"),
        (PUTOFF, ["Government of Japan"], "saying"),
        (TRUMP, ["Donald Trump"], "has questioned"),
    ],
    timexes=[
        ("Dec. 28, 2016", "2016-12-28", None),
        ("Honolulu [[on Tuesday]]", "2016-12-27", None),
        ("Seven months earlier", "2016-05", None),
        ("the eve of the gathering", "2016-05", None),
        ("the past three years", "P3Y", None),
        ("March 2014", "2014-03", None),
        ("13 months", "P13M", None),
        ("20 months", "P20M", None),
        ("Nov. 2, 2015", "2015-11-02", None),
        ("a year ago today", "2015-12-28", None),
        ("two years", "P2Y", None),
        ("March 31 this year", "2016-03-31", None),
        ("Vientiane [[in September]]", "2016-09", None),
        ("Last month", "2016-11", None),
        ("in [[2012]]", "2012", None),
        ("frozen in [[2013]]", "2013", None),
        ("Dec. 9", "2016-12-09", None),
        ("host [[this month]]", "2016-12", None),
        ("date\" [[next year]]", "2017", None),
        ("Jan. 20", "2017-01-20", None),
        ("nine days after", "2016-11-17", None),
        ("Hawaii [[this week]]", "2016-W52", None),
        ("early in the new year", "2017", "START"),
        ("that the [[2015]] agreement", "2015", None),
        ("For [[three years]]", "P3Y", None),
    ],
    summits=[
        dict(date="2016-12-27", place="Honolulu", country="US",
             participants=["Barack Obama", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LAST, HONO]),
        dict(date="2016-05", place="Ise-Shima", country="JP",
             participants=["Barack Obama", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="G7", evidence=[ISE]),
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"], kind="trilateral", ordinal=1,
             status="held", occasion="Nuclear Security Summit", evidence=[HAGUE]),
        dict(date="2015-11-02", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[SEOUL]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[WASH]),
        dict(date="2016-09", place="Vientiane", country="LA",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN-related summits", evidence=[VIENT]),
    ],
    agreements=[
        dict(title="speed up negotiations on the comfort women issue", kind="commitment", date="2015-11-02",
             parties=["JP", "KR"], status="referenced", evidence=[SEOUL]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015-12-28",
             parties=["JP", "KR"], status="referenced", evidence=[DEAL, WELC, STATE]),
        dict(title="work together to enforce the new U.N. sanctions against Pyongyang", kind="commitment", date="2016-03-31",
             parties=["JP", "KR", "US"], status="referenced", evidence=[WASH]),
        dict(title="General Security of Military Information Agreement (GSOMIA)", kind="treaty", date="2016-11",
             parties=["JP", "KR"], status="referenced", evidence=[GSOMIA, STATE]),
    ],
    notes=[
        "Invented op-ed by a fictional former diplomat ('Choi Jae-won'); label, headline, byline, date line and the author's tag line are furniture (the date line is annotated). The quote 'at the earliest possible date' given to the Japanese government is invented; 'finally and irreversibly' is the wording of the 2015 announcement (speaker null). The author's opinions and his proposal of early foreign ministers' talks are not statements or agreements.",
        "Real background, checked on stored pages: imperialvalleynews.com (White House: Obama to meet Abe in Honolulu on 27 Dec 2016, then the USS Arizona Memorial); kron4.com, honolulumagazine.com, atomicheritage.org and war.gov photo pages (wreaths on Tuesday 27 Dec; first Japanese prime minister at the memorial; Obama in Hiroshima in May 2016). From general knowledge and the project's other corpora titles: the Obama-Abe meeting on 25 May 2016 before the Ise-Shima G7; The Hague trilateral of 25 March 2014 (first Park-Abe meeting); the first Park-Abe summit in Seoul on 2 Nov 2015 and their agreement to speed up talks; the 28 Dec 2015 agreement and its 'finally and irreversibly'; the Washington trilateral of 31 March 2016 at the Nuclear Security Summit; Park-Abe in Vientiane on 7 Sept 2016; GSOMIA signed on 23 Nov 2016 after the aborted June 2012 signing; Park's impeachment vote on 9 Dec 2016 and Hwang's acting presidency; Tokyo's postponement of the December 2016 trilateral; Abe's meeting with President-elect Trump at Trump Tower on 17 Nov 2016; Trump's inauguration on 20 Jan 2017.",
        "Summits (6): Obama-Abe in Honolulu (27 Dec); Obama-Abe at Ise-Shima (2016-05, 'on the eve of the gathering'); The Hague trilateral (2014-03, ordinal 1: 'for the first time, they sat at the same table'); Park-Abe in Seoul (ordinal 1, 'first proper one-on-one'); the Washington trilateral (31 March); Park-Abe in Vientiane (2016-09). Not summits: the Pearl Harbor and Hiroshima visits as such (counted with their talks), Abe's meeting with President-elect Trump ('not a summit, since Trump holds no office yet'), the postponed Japan-China-ROK summit (no participant for Korea can be named with Park suspended; not recorded, debatable), Hwang ('will not be invited').",
        "Agreements (4): the Seoul commitment to speed up talks (referenced); the 2015 agreement (joint-statement, 28 Dec 2015: 'a year ago today'); the Washington pledge on U.N. sanctions (JP/KR/US, referenced); GSOMIA (treaty, 2016-11: 'Last month'). Not agreements: the columnist's proposals, Japan's postponement (unilateral).",
        "Timexes: 'nine days after the U.S. election' takes the date of the Trump Tower meeting from the public record (17 Nov 2016); 'the eve of the gathering' is dated by month as the text gives only 'Seven months earlier'; 'this week' = 2016-W52; 'early in the new year' = 2017 START; '13 months', '20 months', 'two years', 'the past three years' and 'For three years' are durations.",
    ],
)
