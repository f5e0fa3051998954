# ruff: noqa: E501
MONDAY = "When President Park Geun-hye sits down with Japanese Prime Minister Shinzo Abe"
SIX = "Park has met Chinese President Xi Jinping six times."
BEIJING13 = "She went to Beijing on a state visit in June 2013"
NOORD = "They met again in Noordwijk"
SEOUL14 = "Xi came to Seoul in July 2014"
SIGNED = "The pact was signed in June."
PARADE = "Last month Park stood near Xi at the military parade"
HAGUE = "The two were brought together only once"
DINNER = "At the APEC dinner in Beijing eight months later"
ABEXI = "Abe, meanwhile, has sat down with Xi twice"
WEEKEND = "Park hosts Chinese Premier Li Keqiang for talks on Saturday"
DAYAFTER = "Park and Abe will hold their bilateral talks the day after."
SETTLE = "Officials in Seoul say Park will press Abe"
TOKYO = "Tokyo maintains that the issue was settled"
OBAMA = "Park, who flew back from a meeting with Obama"

GOLD = dict(
    published="2015-10-30",
    furniture=[
        "ANALYSIS: Park has met Xi six times. On Monday she finally meets Abe alone\nBy Jung Hae-won, diplomatic correspondent\nPublished: Oct. 30, 2015, 18:20 KST",
        "SEOUL - ",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "Park", "she"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Li Keqiang": ["Chinese Premier Li Keqiang"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("future vision", "partial", None, "adopted"),
        ("Seoul wanted the trilateral to be the door", "direct", None, "said"),
        ("The Chinese helped hold the door.", "direct", None, None),
        ("solve everything", "partial", "Park Geun-hye", "has said"),
    ],
    statements=[
        (SETTLE, [None], "say"),
        (TOKYO, ["Government of Japan"], "maintains"),
        (OBAMA, ["Park Geun-hye"], "has said"),
    ],
    timexes=[
        ("On [[Monday]] she finally", "2015-11-02", None),
        ("Oct. 30, 2015, 18:20 KST", "2015-10-30T18:20", None),
        ("Cheong Wa Dae on [[Monday]]", "2015-11-02", None),
        ("more than two and a half years", "P2Y6M", "MORE_THAN"),
        ("June 2013", "2013-06", None),
        ("Netherlands, in [[March 2014]]", "2014-03", None),
        ("Seoul in [[July 2014]]", "2014-07", None),
        ("in November of that year", "2014-11", None),
        ("signed in [[June]]", "2015-06", None),
        ("Last month", "2015-09", None),
        ("The Hague in [[March 2014]]", "2014-03", None),
        ("eight months later", "2014-11", None),
        ("about 25 minutes", "PT25M", "APPROX"),
        ("Beijing in [[November 2014]]", "2014-11", None),
        ("Jakarta in [[April]]", "2015-04", None),
        ("This weekend", "2015-W44-WE", None),
        ("talks [[on Saturday]]", "2015-10-31", None),
        ("on Sunday", "2015-11-01", None),
        ("May 2012", "2012-05", None),
        ("the day after", "2015-11-02", None),
        ("the end of the year", "2015", "END"),
        ("1965", "1965", None),
        ("two weeks ago", "2015-W42", None),
    ],
    summits=[
        dict(date="2015-11-02", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="bilateral", ordinal=1, status="planned", occasion=None, evidence=[MONDAY, DAYAFTER]),
        dict(date="2013-06", place="Beijing", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BEIJING13]),
        dict(date="2014-03", place="Noordwijk", country="NL", participants=["Park Geun-hye", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="the Nuclear Security Summit", evidence=[NOORD]),
        dict(date="2014-07", place="Seoul", country="KR", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[SEOUL14]),
        dict(date="2014-11", place="Beijing", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="sidelines", ordinal=5, status="held", occasion="APEC", evidence=[SEOUL14]),
        dict(date="2015-09", place="Beijing", country="CN", participants=["Park Geun-hye", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PARADE]),
        dict(date="2014-03", place="The Hague", country="NL", participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"],
             kind="trilateral", ordinal=None, status="held", occasion="the Nuclear Security Summit", evidence=[HAGUE]),
        dict(date="2014-11", place="Beijing", country="CN", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[ABEXI]),
        dict(date="2015-04", place="Jakarta", country="ID", participants=["Shinzo Abe", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="held", occasion="the Asian-African Conference", evidence=[ABEXI]),
        dict(date="2015-10-31", place="Seoul", country="KR", participants=["Park Geun-hye", "Li Keqiang"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[WEEKEND]),
        dict(date="2015-11-01", place="Seoul", country="KR", participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"],
             kind="trilateral", ordinal=None, status="planned", occasion=None, evidence=[WEEKEND, PARADE]),
        dict(date="2015-10", place="Washington", country="US", participants=["Park Geun-hye", "Barack Obama"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[OBAMA]),
    ],
    agreements=[
        dict(title="Korea-China joint statement on a future vision (2013)", kind="joint-statement", date="2013-06",
             parties=["CN", "KR"], status="referenced", evidence=[BEIJING13]),
        dict(title="Korea-China free trade agreement", kind="treaty", date="2015-06",
             parties=["CN", "KR"], status="referenced", evidence=[SEOUL14, SIGNED]),
        dict(title="hold a three-way summit with Japan in Seoul", kind="commitment", date="2015-09",
             parties=["CN", "KR"], status="referenced", evidence=[PARADE]),
        dict(title="Japan-China four-point document on resuming dialogue step by step", kind="commitment", date="2014-11",
             parties=["CN", "JP"], status="referenced", evidence=[ABEXI]),
        dict(title="1965 normalization treaty (Treaty on Basic Relations)", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[SETTLE]),
        dict(title="1965 claims agreement", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
    ],
    notes=[
        "Invented analysis (writer and the anonymous former ambassador invented; headline, byline, Published line and dateline prefix are furniture; the headline 'Monday' and the Published stamp are annotated). All quotes are invented, including Park's 'solve everything'; 'future vision' reproduces the name of the 2013 statement's theme, speaker null (words of a joint document).",
        "Real background, checked on stored pages: koreajoongangdaily 2014-11-11 (Park and Xi's fifth summit in Beijing, FTA concluded, foreign ministers of the three countries to meet by year-end); thebricspost 2014-03-24 (Park-Xi in Noordwijk on the eve of the Nuclear Security Summit); thebricspost 2014-07-04 and newsworld.co.kr 1413 (Xi's state visit to Seoul, 3 July 2014, joint statement; June 2013 Beijing communique); koreaherald 20141117000463 (Park met Abe in Beijing at APEC, first time in eight months; trilateral stalled since May 2012); nippon.com h00083 and covid-19.chinadaily 2014-11-14 (Abe-Xi about 25 minutes on 10 November 2014; four-point document agreeing to resume dialogue gradually). From the titles of the project's other corpora and unseen16's notes: the June 2013 'future vision' statement, The Hague trilateral of March 2014, Abe-Xi in Jakarta in April 2015, the Park-Xi agreement of 2 September 2015 and the parade of 3 September, the Seoul trilateral of 1 November and Park-Abe of 2 November 2015, the Park-Obama meeting in Washington on 16 October 2015, the FTA signing of 1 June 2015. Park-Li on Saturday 31 October 2015 is from general knowledge.",
        "Summits (12): planned Park-Abe on Monday (ordinal 1: 'their first one-on-one summit'); Park-Xi in Beijing June 2013, Noordwijk March 2014, Seoul July 2014, Beijing November 2014 (ordinal 5) and Beijing September 2015 ('after talks in which the two agreed'); The Hague trilateral; Abe-Xi in Beijing (November 2014) and Jakarta (April 2015; occasion from the public record); planned Park-Li on Saturday and the trilateral on Sunday; Park-Obama in Washington ('two weeks ago', October 2015). Park's six meetings with Xi are counted in the article; the one not described (St Petersburg, September 2013) is not a record. Not summits: the APEC dinner exchange ('neither government counted as a meeting'), the parade.",
        "Agreements (6): the 2013 joint statement, the FTA (one record: concluded in November 2014, signed in June 2015; dated by signature), the September 2015 commitment to a trilateral in Seoul, the Japan-China four-point document (recorded as a commitment: a document each side released, not a joint statement; debatable), the 1965 treaty and the 1965 claims agreement (both referenced). Not agreements: Park's intention to press for a settlement (a demand).",
        "Timexes: 'This weekend' = 2015-W44-WE; 'two weeks ago' = 2015-W42 (Park-Obama on 16 October); 'more than two and a half years' = P2Y6M MORE_THAN; 'eight months later' = 2014-11 (the month it points to); 'the day after' = 2015-11-02; '50th anniversary' is an ordinal.",
    ],
)
