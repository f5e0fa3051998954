# ruff: noqa: E501
LEDE = "U.S. President Barack Obama pressed South Korean President Park Geun-hye on Friday"
TALK = "Obama and Park talked for roughly two hours"
HOST = "Park said Seoul would host a three-way summit"
SEP = "She said she was prepared to sit down separately with Abe"
NOT = "Park has not held bilateral talks with Abe since taking office"
HAGUE = "The only time the two have met at a table was in March of last year"
APRIL = "The White House leader hosted Abe for talks in April"
JS = "Friday's meeting produced a joint statement on North Korea"
HR = "The two presidents also pledged to work with other countries"
TREATY = "The 1965 treaty that normalised relations"
TISA = "A three-way arrangement signed in December"

GOLD = dict(
    published="2015-10-16",
    furniture=[
        "UPDATE 2-Obama nudges Park toward Abe as Seoul readies first one-on-one with Japan\n"
        "By Daniel Okafor and Min Ji-soo\n"
        "WASHINGTON, Oct 16 (Meridian) - ",
        "FOCUS ON PYONGYANG",
        "(Reporting by Daniel Okafor in Washington and Min Ji-soo in Seoul; Editing by Clare Hobbs)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Barack Obama": ["U.S. President Barack Obama", "Obama", "The White House leader"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park", "She", "she"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Joe Biden": ["Vice President Joe Biden"],
        "Li Keqiang": [],
        "Lee Myung-bak": [],
        "Yoshihiko Noda": [],
        "Wen Jiabao": [],
        "Evan Lindqvist": [],
    },
    quotes=[
        ("Nobody is asking anyone to forget history", "direct", "Barack Obama", "told a joint news conference"),
        ("But the people of both countries would gain", "direct", "Barack Obama", None),
        ("provided it led to \"[[meaningful]]\" progress", "partial", "Park Geun-hye", "said"),
        ("with urgency and determination", "partial", None, "vowed"),
        ("She will go as far as her public lets her", "direct", "Evan Lindqvist", "said"),
    ],
    statements=[
        (LEDE, ["Barack Obama"], "pressed"),
        (TALK, [None], "said"),
        (HOST, ["Park Geun-hye"], "said"),
        (SEP, ["Park Geun-hye"], "said"),
        (JS, ["Barack Obama", "Park Geun-hye"], "vowed"),
        (HR, ["Barack Obama", "Park Geun-hye"], "pledged"),
        ("Analysts said Obama's words were unlikely", [None], "said"),
        (TISA, [None], "said"),
    ],
    timexes=[
        ("WASHINGTON, [[Oct 16]] (Meridian)", "2015-10-16", None),
        ("Park Geun-hye [[on Friday]]", "2015-10-16", None),
        ("Seoul [[next month]]", "2015-11", None),
        ("roughly two hours", "PT2H", "APPROX"),
        ("in [[early November]]", "2015-11", "START"),
        ("in [[May 2012]]", "2012-05", None),
        ("in [[February 2013]]", "2013-02", None),
        ("in [[March of last year]]", "2014-03", None),
        ("talks in [[April]]", "2015-04", None),
        ("[[Friday's]] meeting", "2015-10-16", None),
        ("The [[1965]] treaty", "1965", None),
        ("turned 50 in [[June]]", "2015-06", None),
        ("earlier [[this week]]", "2015-W42", None),
        ("residence [[on Thursday]]", "2015-10-15", None),
        ("a day before the summit", "2015-10-15", None),
        ("signed [[in December]]", "2014-12", None),
    ],
    summits=[
        dict(date="2015-10-16", place="White House", country="US",
             participants=["Barack Obama", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[LEDE, TALK, JS]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe", "Li Keqiang"], kind="trilateral", ordinal=None,
             status="planned", occasion=None, evidence=[LEDE, HOST]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="planned", occasion="the Korea-Japan-China trilateral summit", evidence=[LEDE, SEP]),
        dict(date="2012-05", place="Beijing", country="CN",
             participants=["Lee Myung-bak", "Yoshihiko Noda", "Wen Jiabao"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[HOST]),
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="the Nuclear Security Summit", evidence=[HAGUE]),
        dict(date="2015-04", place=None, country="US",
             participants=["Barack Obama", "Shinzo Abe"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[APRIL]),
    ],
    agreements=[
        dict(title="joint statement on North Korea", kind="joint-statement", date="2015-10-16",
             parties=["KR", "US"], status="agreed", evidence=[JS]),
        dict(title="work with other countries to improve North Korea's human rights record", kind="commitment",
             date="2015-10-16", parties=["KR", "US"], status="agreed", evidence=[HR]),
        dict(title="expand cooperation on cyber security and space", kind="commitment",
             date="2015-10-16", parties=["KR", "US"], status="agreed", evidence=[HR]),
        dict(title="the 1965 treaty that normalised relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
        dict(title="three-way intelligence-sharing arrangement", kind="mou", date="2014-12",
             parties=["JP", "KR", "US"], status="referenced", evidence=[TISA]),
    ],
    notes=[
        "Invented international wire story in Reuters style (agency 'Meridian'; reporters Daniel Okafor and Min Ji-soo, editor Clare Hobbs, analyst Evan Lindqvist and the 'Potomac Asia Institute' are fictional). Headline, byline, dateline prefix, the 'FOCUS ON PYONGYANG' crosshead and the credit line are furniture; the dateline date is annotated. Obama's and Lindqvist's quotes are invented; 'with urgency and determination' is given as wording of the joint statement (speaker null, as a jointly issued document), a paraphrase and not checked as its exact text. The length of the talks ('roughly two hours') is invented.",
        "Real background, checked on stored pages: townhall.com (AP, 2015-10-15: Park said Seoul would host a three-way summit in early November, the first in three and a half years; willing to meet Abe bilaterally if 'meaningful'; about 80,000 U.S. troops); straitstimes.com (Park has not held bilateral talks with Abe since taking office in 2013; CSIS speech the day before her Obama meeting); voa.pangea-cms.com (Friday White House visit; Biden lunch at the Naval Observatory on Oct. 15); lidtime.com (summit in the Oval Office, lunch in the Cabinet Room, joint statement, pledge on North Korean human rights); reuters.com 2014-03-25 and charactermedia.com (Obama brought Park and Abe together in The Hague after the Nuclear Security Summit, their first face-to-face talks); en.yna.co.kr AEN20151101003900315 (fifth trilateral summit in May 2012). From general knowledge, not checked on a page: the fifth trilateral's place (Beijing) and participants (Lee Myung-bak, Noda, Wen Jiabao); Abe's White House visit of April 2015; the December 2014 trilateral information-sharing arrangement; cyber and space cooperation in the October 2015 outcome documents; Li Keqiang as China's participant of the planned Seoul trilateral.",
        "Summits (6): Obama-Park (held, place 'White House' as named), the planned Seoul trilateral (participants from the public record, as unseen16), the conditional Park-Abe meeting on its margins (planned, as dev8's conditional offers; 'prepared to sit down ... provided'), Beijing 2012, The Hague 2014 (a three-way meeting on the sidelines is trilateral), Obama-Abe April 2015 (place not named: null, US). Not summits: Park's lunch with Vice President Biden (not a head of state or government), 'has not held bilateral talks' (negated).",
        "Agreements (5): the joint statement (agreed: issued at the reported meeting), the human rights pledge and the cyber/space cooperation as two courses of action, the 1965 treaty (referenced), the December 2014 three-way arrangement (an arrangement between defence ministries: mou; referenced; 'December' in a past clause of an October 2015 article is 2014-12).",
        "Timexes: 'a day before the summit' = 2015-10-15 (the date it points to); 'this week' = 2015-W42; 'next month' = 2015-11; 'turned 50 in June' = 2015-06 (the anniversary month; '50' is an age, not annotated).",
    ],
)
