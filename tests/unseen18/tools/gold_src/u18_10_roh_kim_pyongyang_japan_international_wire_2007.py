# ruff: noqa: E501
LEAD = "South Korean President Roh Moo-hyun and North Korean leader Kim Jong-il signed a declaration"
DOC = "The eight-point document, formally titled"
COMMITS = "It commits the two sides to seek an end to the armistice"
SUMMON = "He said Kim had summoned his chief nuclear negotiator"
SIX = "The summit followed an agreement reached in Beijing on Wednesday"
MACHI = "Chief Cabinet Secretary Nobutaka Machimura said Japan welcomed"
FUKUDA = "New Prime Minister Yasuo Fukuda, who took office last week"
BRIEF = "Japanese officials said they had asked Seoul for a detailed briefing"
KOIZ = "The last Japanese leader to meet Kim Jong-il was Junichiro Koizumi"
PYD = "At the first meeting the two signed the Pyongyang Declaration"
KDJ = "Roh's predecessor, Kim Dae-jung, held the first inter-Korean summit"
SING = "Roh and Fukuda are expected to meet on the sidelines of regional summits in Singapore"
LEFT = "has less than five months left to put the new agreement into practice"

GOLD = dict(
    published="2007-10-04",
    furniture=[
        "Koreas sign peace pledge at Pyongyang summit; Japan presses for word on abductees",
        "4 October 2007 - 14:20 GMT",
        "By Claire Haddon",
        "(Editing by Neil Farrant)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Roh Moo-hyun": ["South Korean President Roh Moo-hyun", "Roh", "He"],
        "Kim Jong-il": ["North Korean leader Kim Jong-il", "Kim", "The chairman"],
        "Nobutaka Machimura": ["Chief Cabinet Secretary Nobutaka Machimura"],
        "Yasuo Fukuda": ["New Prime Minister Yasuo Fukuda", "Fukuda"],
        "Junichiro Koizumi": ["Junichiro Koizumi"],
        "Kim Dae-jung": ["Roh's predecessor, Kim Dae-jung"],
    },
    quotes=[
        ("The chairman left me in no doubt", "direct", "Roh Moo-hyun", "told"),
        ("concrete progress", "partial", "Nobutaka Machimura", "said"),
    ],
    statements=[
        (SUMMON, ["Roh Moo-hyun"], "said"),
        (MACHI, ["Nobutaka Machimura"], "said"),
        (FUKUDA, ["Yasuo Fukuda"], "had asked"),
        (BRIEF, [None], "said"),
        (SING, [None], "said"),
    ],
    timexes=[
        ("4 October 2007 - 14:20 GMT", "2007-10-04T14:20", None),
        ("SEOUL, [[Oct 4]] (Northgate)", "2007-10-04", None),
        ("a declaration [[on Thursday]]", "2007-10-04", None),
        ("1950-53", "1950/1953", None),
        ("three-day", "P3D", None),
        ("border [[on Thursday evening]]", "2007-10-04TEV", None),
        ("talks [[on Wednesday]] to walk", "2007-10-03", None),
        ("Beijing [[on Wednesday]] at", "2007-10-03", None),
        ("by [[the end of the year]]", "2007", "END"),
        ("the [[1970s]]", "197", None),
        ("1980s", "198", None),
        ("took office [[last week]]", "2007-W39", None),
        ("telephone [[on Friday]]", "2007-09-28", None),
        ("September 2002", "2002-09", None),
        ("May 2004", "2004-05", None),
        ("June 2000", "2000-06", None),
        ("Singapore [[next month]]", "2007-11", None),
        ("leaves office in [[February]]", "2008-02", None),
        ("less than five months", "P5M", "LESS_THAN"),
    ],
    summits=[
        dict(date="2007-10", place="Pyongyang", country="KP", participants=["Roh Moo-hyun", "Kim Jong-il"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LEAD, DOC, SUMMON, SIX]),
        dict(date="2002-09", place="Pyongyang", country="KP", participants=["Junichiro Koizumi", "Kim Jong-il"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[KOIZ, PYD]),
        dict(date="2004-05", place="Pyongyang", country="KP", participants=["Junichiro Koizumi", "Kim Jong-il"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KOIZ]),
        dict(date="2000-06", place=None, country=None, participants=["Kim Dae-jung", "Kim Jong-il"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[KDJ]),
        dict(date="2007-11", place="Singapore", country="SG", participants=["Roh Moo-hyun", "Yasuo Fukuda"],
             kind="sidelines", ordinal=1, status="planned", occasion="regional summits (ASEAN-related)", evidence=[SING]),
    ],
    agreements=[
        dict(title="Declaration on the Advancement of South-North Korean Relations, Peace and Prosperity", kind="joint-declaration",
             date="2007-10-04", parties=["KP", "KR"], status="signed", evidence=[LEAD, DOC, COMMITS, LEFT]),
        dict(title="six-party agreement on disablement and declaration of North Korea's nuclear programs", kind="joint-statement",
             date="2007-10-03", parties=["CN", "JP", "KP", "KR", "RU", "US"], status="agreed", evidence=[SIX]),
        dict(title="Japan-DPRK Pyongyang Declaration", kind="joint-declaration", date="2002-09",
             parties=["JP", "KP"], status="referenced", evidence=[PYD]),
        dict(title="inter-Korean joint declaration of June 2000", kind="joint-declaration", date="2000-06",
             parties=["KP", "KR"], status="referenced", evidence=[KDJ]),
    ],
    notes=[
        "Invented international wire story (Northgate); headline, stamp, byline and credit line are furniture (stamp annotated). Invented: reporter, Roh's quoted words, Machimura's 'concrete progress', the content of the Fukuda-Roh phone call (Fukuda asking Roh to raise abductions) and the Japanese request for a briefing.",
        "Real facts checked on stored pages: acronym.org.uk doc03 (Roh returned on Thursday 4 Oct evening from a three-day visit; Kim called in his chief nuclear negotiator Kim Kye Gwan during the talks on Wednesday; joint declaration issued Thursday; special peace zone in the West Sea); ncnk.org (title of the declaration, signed Thursday 4 Oct 2007; permanent peace regime to replace the armistice; second inter-Korean summit); korea.net articleId=149699 (declaration of 4 Oct 2007 from the Pyongyang summit); hitaku7664.blogspot.com and csmonitor.com 2002-09-18 (Koizumi-Kim on 17 Sept 2002, Pyongyang Declaration, Kim's admission of abductions, Koizumi's second visit in 2004); aljazeera.com 2004-05-23 (second Koizumi-Kim summit). From the project's manifests: the Roh-Fukuda telephone conversation of 28 Sept 2007 (unseen14) and their Singapore meeting of November 2007 (unseen14, 2007-11-21). General knowledge: the 3 Oct 2007 six-party agreement on second-phase actions (disablement, declaration by 31 Dec), the eight points and Haeju zone, the June 2000 summit and joint declaration, Machimura as Chief Cabinet Secretary, Fukuda taking office on 26 Sept 2007, Roh's term ending in February 2008.",
        "Summits (5): Roh-Kim in Pyongyang (dated 2007-10: a three-day visit with talks on 3 Oct and signing on 4 Oct; ordinal null: 'the second summit between the two Koreas' counts Korean summits); Koizumi-Kim 2002 (ordinal 1, 'the first meeting') and 2004; Kim Dae-jung-Kim Jong-il June 2000 (ordinal 1, 'the first inter-Korean summit', place null); planned Roh-Fukuda in Singapore (ordinal 1, 'first face-to-face talks'). Not summits: the Fukuda-Roh telephone call; the three- or four-party leaders' meeting on ending the war envisaged by the declaration is not mentioned.",
        "Agreements (4): the 2007 declaration (signed; the peace-zone and armistice pledges are its content; 'the new agreement' is a second mention); the six-party agreement (joint-statement, six parties, agreed); the 2002 Pyongyang Declaration and the June 2000 joint declaration (referenced). Not agreements: Fukuda's request that Roh raise the abductions (not a joint course of action).",
        "Timexes: '1950-53' = 1950/1953; 'the 1970s and 1980s' = two decade values 197 and 198; 'last week' = 2007-W39; 'the end of the year' = 2007 END; 'the last day of Roh's three-day visit' only 'three-day' annotated.",
    ],
)
