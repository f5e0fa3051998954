# ruff: noqa: E501
LEAD = "Japanese Prime Minister Shinzo Abe and U.S. President Donald Trump stood side by side"
SUMMIT = "The launch came hours after Abe and Trump had wrapped up their first formal summit"
JS = "In a joint statement issued after those talks"
ECON = "The two also agreed to set up a new economic dialogue"
TOWER = "Abe had first met Trump in New York in November"
TOWER2 = "Japanese officials described that Trump Tower encounter"
VIENTIANE = "Her last face-to-face talks with Abe took place in Vientiane"
DEAL = "Japan says the statue violates the spirit of the December 2015 agreement"

GOLD = dict(
    published="2017-02-12",
    furniture=[
        "UPDATE 1-Abe, Trump show united front after North Korean missile launch; Seoul watches without a leader or an envoy in Tokyo",
        "12 February 2017 - 05:40 GMT",
        "By Daniel Ferris and Yuki Sato",
        "(Reporting by Daniel Ferris in Palm Beach and Yuki Sato in Tokyo; Additional reporting by Park Ji-won in Seoul; Editing by Mark Holloway)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "he"],
        "Hwang Kyo-ahn": ["acting President Hwang Kyo-ahn", "Hwang"],
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Joint Chiefs of Staff (South Korea)": ["South Korea's Joint Chiefs of Staff"],
        "Government of Japan": ["Japan", "Tokyo"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("This launch cannot be tolerated", "direct", "Shinzo Abe", "told reporters"),
        ("its great ally, 100 percent.", "partial", "Donald Trump", "said"),
        ("through the full range of U.S. military capabilities,", "partial", None, "reaffirmed"),
        ("finally and irreversibly.", "partial", None, "pledged"),
        ("no prospect", "partial", None, "said"),
    ],
    statements=[
        (LEAD, ["Shinzo Abe", "Donald Trump"], "condemn"),
        ("He said Pyongyang must fully comply", ["Shinzo Abe"], "said"),
        ("The United States, he said, stands behind Japan", ["Donald Trump"], "said"),
        ("South Korea's Joint Chiefs of Staff said the missile", ["Joint Chiefs of Staff (South Korea)"], "said"),
        (JS, ["Shinzo Abe", "Donald Trump"], "urged"),
        (ECON, [None], "said"),
        (TOWER2, [None], "described"),
        ("In Seoul, acting President Hwang Kyo-ahn convened", ["Hwang Kyo-ahn"], "vowed"),
        (DEAL, ["Government of Japan"], "says"),
        ("Seoul has said it cannot legally remove", ["Government of South Korea"], "has said"),
        ("A senior Japanese diplomat said on Saturday", [None], "said"),
    ],
    timexes=[
        ("12 February 2017 - 05:40 GMT", "2017-02-12T05:40", None),
        ("Florida, [[Feb 11]] (Northgate)", "2017-02-11", None),
        ("[[late on Saturday]] to condemn", "2017-02-11", "END"),
        ("turning a [[weekend]] of golf", "2017-W06-WE", None),
        ("less than a minute", "PT1M", "LESS_THAN"),
        ("[[7:55 a.m. on Sunday]], Korean time", "2017-02-12T07:55", None),
        ("White House on [[Friday]]", "2017-02-10", None),
        ("New York in [[November]]", "2016-11", None),
        ("since [[Dec. 9]], when", "2016-12-09", None),
        ("Laos, [[last September]]", "2016-09", None),
        ("since [[early January]]", "2017-01", "START"),
        ("the [[December 2015]] agreement", "2015-12", None),
        ("host [[late last year]]", "2016", "END"),
        ("diplomat said [[on Saturday]]", "2017-02-11", None),
    ],
    summits=[
        dict(date="2017-02-10", place="Washington", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEAD, SUMMIT, JS]),
        dict(date="2016-09", place="Vientiane", country="LA", participants=["Park Geun-hye", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="ASEAN-related summits", evidence=[VIENTIANE]),
    ],
    agreements=[
        dict(title="Joint Statement of President Trump and Prime Minister Abe", kind="joint-statement", date="2017-02-10",
             parties=["JP", "US"], status="agreed", evidence=[JS]),
        dict(title="set up a new economic dialogue led by Aso and Pence", kind="commitment", date="2017-02-10",
             parties=["JP", "US"], status="agreed", evidence=[ECON]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015-12",
             parties=["JP", "KR"], status="referenced", evidence=[DEAL]),
    ],
    notes=[
        "Invented international wire story (Northgate); headline, stamp, byline and credit line are furniture (stamp annotated). Reporters, the Japanese official and diplomat, Abe's quoted wording ('This launch cannot be tolerated') and Hwang's 'stern response' are invented.",
        "Real facts checked on stored pages: english.kyodonews.jp 2017-02-12 and mainichi.jp (Kyodo) 20170212 (impromptu joint appearance after a working dinner at Mar-a-Lago on Saturday 11 Feb, 'with Japan 100 percent', no questions taken; the joint statement after the first official summit in Washington on Friday urging North Korea to abandon its programs and the 'full range of U.S. military capabilities' commitment); losangeles.cbslocal.com (AP) and londonglossy.com (golf, ballroom statements, Trump's 'great ally, 100 percent', first launch since Trump took office); wokv.com (Palm Beach Post: South Korea said the missile was fired from an area near the border with China). From the project's manifests: Park-Abe talks in Vientiane on 7 Sept 2016 (unseen15, dev2); Japan's recall of its ambassador and freeze of swap talks over the Busan statue in early January 2017 (dev3, unseen3); the Tokyo trilateral postponed in December 2016 (unseen17, unseen7). General knowledge (not checked on a page): 7:55 a.m. launch time and ~500 km flight, the Aso-Pence economic dialogue, the 9 Dec 2016 impeachment vote, Ambassador Nagamine's name, the November 2016 Trump Tower meeting.",
        "Summits (2): Abe-Trump at the White House (ordinal 1, 'first formal summit'; the Mar-a-Lago golf and dinner weekend is part of the same visit and not a separate record, debatable); Park-Abe in Vientiane ('last September', dated 2016-09 as the text gives it). Not summits: the Trump Tower meeting with a president-elect ('a courtesy call rather than a summit'); the postponed three-way summit with no date; 'no prospect' of a leaders' meeting with Seoul.",
        "Agreements (3): the Japan-U.S. joint statement of 10 Feb (its pledges are its content); the economic dialogue (separate commitment); the 2015 agreement (referenced; its words 'finally and irreversibly' quoted with speaker null). Not agreements: Japan's recall of its ambassador and suspension of swap talks (unilateral). 'comfort women' in quotation marks is a term, not a quote.",
        "Timexes: 'late on Saturday' = 2017-02-11 with END; 'weekend' = 2017-W06-WE; 'less than a minute' = PT1M LESS_THAN; 'hours after' not annotated (vague); the Palm Beach dateline day is 11 Feb while the GMT stamp is 12 Feb (published = 2017-02-12).",
    ],
)
