# ruff: noqa: E501
FM = "On March 21 the foreign ministers of South Korea, China and Japan met in Seoul"
IDEA = "It was Park's idea: at a regional summit in Myanmar"
JAK = "A month later, Shinzo Abe flew to Jakarta"
WH = "On April 28, Abe was at the White House"
XI = "Xi came to Seoul last July"
OBAMA = "Obama visited Seoul in April last year."
JUNE = "And on May 27 her office announced"
HAGUE = "The only time Park and Abe have sat at the same table"
CHANCE = "Obama told his guests it was"
TREATY = "Tokyo says the issue was settled by the 1965 treaty"

GOLD = dict(
    published="2015-06-01",
    furniture=[
        "THE SUMMIT THAT ISN'T\nPark Geun-hye's spring of other people's meetings\n"
        "East Asia Quarterly Review | June 2015 issue | Posted June 1, 2015\n"
        "By Mira Castellane",
        "A spring of handshakes elsewhere", "The one table they shared", "Why the wait",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["Park Geun-hye", "Park", "she", "her"],
        "Shinzo Abe": ["Shinzo Abe", "Abe", "he"],
        "Xi Jinping": ["Xi Jinping", "Xi"],
        "Barack Obama": ["Barack Obama", "Obama"],
        "Lee Jae-won": ["Lee Jae-won, a former diplomat now teaching in Seoul"],
        "Office of the President of South Korea": ["her office"],
        "Government of Japan": ["Tokyo"],
    },
    quotes=[
        ("at the earliest convenient time.", "partial", None, "agreed"),
        ("a chance to speak with one voice", "partial", "Barack Obama", "told"),
        ("Both leaders have convinced themselves", "direct", "Lee Jae-won", "said"),
        ("It costs a great deal.", "direct", "Lee Jae-won", None),
    ],
    statements=[
        (IDEA, ["Park Geun-hye"], "proposed"),
        (XI, ["Park Geun-hye", "Xi Jinping"], "announced"),
        (JUNE, ["Office of the President of South Korea"], "announced"),
        (CHANCE, ["Barack Obama"], "told"),
        (TREATY, ["Government of Japan"], "says"),
    ],
    timexes=[
        ("[[June 2015]] issue", "2015-06", None),
        ("Posted [[June 1, 2015]]", "2015-06-01", None),
        ("Two years and three months", "P2Y3M", None),
        ("the past three months", "P3M", None),
        ("March 21", "2015-03-21", None),
        ("almost three years", "P3Y", "APPROX"),
        ("last November", "2014-11", None),
        ("A month later", "2015-04", None),
        ("roughly half an hour", "PT30M", "APPROX"),
        ("Beijing in [[November]]. On", "2014-11", None),
        ("April 28", "2015-04-28", None),
        ("the next day", "2015-04-29", None),
        ("last July", "2014-07", None),
        ("Beijing in [[November]], when", "2014-11", None),
        ("April last year", "2014-04", None),
        ("May 27", "2015-05-27", None),
        ("June 16", "2015-06-16", None),
        ("March 2014", "2014-03", None),
        ("1965", "1965", None),
        ("June 22", "2015-06-22", None),
        ("this autumn", "2015-FA", None),
    ],
    summits=[
        dict(date="2015-04", place="Jakarta", country="ID",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the Asian-African Summit", evidence=[JAK]),
        dict(date="2014-11", place="Beijing", country="CN",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[JAK]),
        dict(date="2015-04-28", place="Washington", country="US",
             participants=["Shinzo Abe", "Barack Obama"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[WH]),
        dict(date="2014-07", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[XI]),
        dict(date="2014-11", place="Beijing", country="CN",
             participants=["Park Geun-hye", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[XI]),
        dict(date="2014-04", place="Seoul", country="KR",
             participants=["Barack Obama", "Park Geun-hye"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[OBAMA]),
        dict(date="2015-06-16", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[JUNE]),
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Barack Obama", "Park Geun-hye", "Shinzo Abe"], kind="trilateral", ordinal=None,
             status="held", occasion="the Nuclear Security Summit", evidence=[HAGUE, CHANCE]),
    ],
    agreements=[
        dict(title="work toward a three-way leaders' summit at the earliest convenient time (foreign ministers)", kind="commitment",
             date="2015-03-21", parties=["KR", "CN", "JP"], status="referenced", evidence=[FM]),
        dict(title="a meeting of the three leaders (Park's proposal in Myanmar)", kind="commitment",
             date="2014-11", parties=["KR", "CN", "JP"], status="proposed", evidence=[IDEA]),
        dict(title="U.S.-Japan joint vision statement", kind="joint-statement",
             date="2015-04-28", parties=["JP", "US"], status="referenced", evidence=[WH]),
        dict(title="Korea-China free trade agreement (conclusion announced)", kind="treaty",
             date="2014-11", parties=["KR", "CN"], status="referenced", evidence=[XI]),
        dict(title="1965 treaty that normalized relations", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
    ],
    notes=[
        "Invented magazine feature (East Asia Quarterly Review); headline, standfirst, issue line, byline and the three section headings are furniture (the issue line's 'June 2015' and 'June 1, 2015' are annotated; 'spring' in headline and heading is not). Quotes are invented: the foreign ministers' phrase 'at the earliest convenient time' is given as agreed wording (speaker null), Obama's words and the former diplomat (fictional) are invented.",
        "Real facts checked on stored pages: mofa.go.jp/a_o/rp/page22e_000662.html (trilateral foreign ministers in Seoul on 21 March 2015); titandawn.com and japantimes 2015-02-06 (first ministers' meeting since April 2012; Park proposed a trilateral summit at a regional summit in Myanmar in November 2014; Abe-Xi in Beijing in November); chinausfocus.com and chandmerizameen.blogspot.com (Abe-Xi in Jakarta on 22 April 2015, about 25-30 minutes); asiaone.com (Abe-Obama on 28 April, Joint Vision Statement); m.koreaherald.com ud=20150527000292 and koreajoongangdaily aid=3004694 (announced 27 May: Park to Washington, summit on 16 June); newsworld.co.kr no=1413 (Xi at Cheong Wa Dae on 3 July 2014); koreajoongangdaily 2014/11/11 (Park-Xi fifth summit in Beijing, conclusion of the FTA); m.koreaherald ud=20150208000292 (Obama's last Seoul visit in April 2014); presidency.ucsb.edu (The Hague trilateral, 25 March 2014); en.wikipedia (1965 treaty signed on 22 June 1965, found with the 1998 declaration search). Park's inauguration in February 2013 (two years and three months) is from titandawn.com.",
        "Summits (8): Jakarta ('A month later', 2015-04), Beijing Abe-Xi (APEC, November 2014), Washington 28 April, Xi in Seoul (July 2014), Park-Xi in Beijing in November (APEC, from the public record), Obama in Seoul (April 2014), the planned Park-Obama summit on 16 June, The Hague trilateral. Not summits: 'many times over' (aggregate), 'She has yet to hold one', the Myanmar regional summit (multilateral gathering), a hypothetical trilateral 'if Seoul can host one this autumn'.",
        "Agreements (5): the foreign ministers' commitment (referenced), Park's November proposal of a three-leader meeting (proposed), the joint vision statement (referenced here), the Korea-China FTA (treaty, referenced), the 1965 treaty (referenced).",
        "Timexes: 'A month later' (after 21 March) = 2015-04; 'this autumn' = 2015-FA; 'the past three months' = P3M.",
    ],
)
