GOLD = dict(
    published="2014-11-16",
    furniture=[
        "(Adds comment from Japanese official, background on Beijing and Naypyidaw)",
        "By Kenji Marlowe and Claire Whitby",
        "BRISBANE, Australia, Nov 16 (Harbour Wire) -",
        "(Reporting by Kenji Marlowe in Brisbane and Claire Whitby in Tokyo; Editing by Joan"
        " Pryce)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Tony Abbott": ["Australian Prime Minister Tony Abbott", "Abbott"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park", "she"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("a very candid conversation", "partial", None, "told reporters"),
        ("Tokyo would welcome the Naypyidaw proposal", "direct", None, "said"),
    ],
    statements=[
        ("Japanese Prime Minister Shinzo Abe met U.S. President Barack Obama",
         ["Shinzo Abe", "Barack Obama", "Tony Abbott"], "agreed"),
        ("A joint media release issued after the meeting said",
         ["Shinzo Abe", "Barack Obama", "Tony Abbott"], "said"),
        ("A Japanese official told reporters", [None], "told reporters"),
        ("South Korean President Park Geun-hye, who also attended the G20", [None], "said"),
        ("At a gala dinner for Asia-Pacific Economic Cooperation leaders",
         ["South Korean government"], "said"),
        ("Earlier that day Abe had held his first summit", [None], "described"),
        ("On Thursday, at an East Asian gathering in Naypyidaw, Park proposed",
         ["Park Geun-hye"], "proposed"),
    ],
    timexes=[
        ("Australia, [[Nov 16]] (Harbour", "2014-11-16", None),
        ("Tony Abbott on [[Sunday]]", "2014-11-16", None),
        ("on [[Saturday]] at Queensland", "2014-11-15", None),
        ("February last year", "2013-02", None),
        ("a week", "P1W", None),
        ("in Beijing on [[Monday]]", "2014-11-10", None),
        ("Earlier that day", "2014-11-10", None),
        ("On Thursday", "2014-11-13", None),
        ("May 2012", "2012-05", None),
        ("Canberra in [[July]]", "2014-07", None),
        ("Three months", "P3M", None),
    ],
    summits=[
        dict(date="2014-11-16", place="Brisbane", country="AU",
             participants=["Shinzo Abe", "Barack Obama", "Tony Abbott"], kind="trilateral",
             ordinal=None, status="held", occasion="the Group of 20 summit",
             evidence=["UPDATE 1-Abe joins Obama, Abbott",
                       "Japanese Prime Minister Shinzo Abe met U.S. President Barack Obama",
                       "A joint media release issued after the meeting said",
                       "A Japanese official told reporters",
                       "The Brisbane meeting capped a week"]),
        dict(date="2014-11-10", place="Beijing", country="CN",
             participants=["Shinzo Abe", "Xi Jinping"], kind="sidelines",
             ordinal=None, status="held", occasion="Asia-Pacific Economic Cooperation",
             evidence=["Earlier that day Abe had held his first summit"]),
        dict(date="2014-07", place="Canberra", country="AU",
             participants=["Shinzo Abe", "Tony Abbott"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Abe addressed the Australian parliament in Canberra"]),
        dict(date="2014-04", place="Seoul", country="KR",
             participants=["Tony Abbott", "Park Geun-hye"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["Three months earlier, Abbott's talks with Park in Seoul"]),
    ],
    agreements=[
        dict(title="deepen the Australia-Japan-U.S. trilateral partnership", kind="commitment",
             date="2014-11-16", parties=["AU", "JP", "US"], status="agreed",
             evidence=["Japanese Prime Minister Shinzo Abe met U.S. President Barack Obama"]),
        dict(title="Australia-Japan-United States trilateral joint media release",
             kind="joint-statement", date="2014-11-16", parties=["AU", "JP", "US"],
             status="agreed",
             evidence=["A joint media release issued after the meeting said"]),
        dict(title="South Korea-Japan-China foreign ministers' meeting at an early date",
             kind="commitment", date="2014-11-13", parties=["CN", "JP", "KR"],
             status="proposed",
             evidence=["On Thursday, at an East Asian gathering in Naypyidaw, Park proposed",
                       "Tokyo would welcome the Naypyidaw proposal"]),
        dict(title="Japan-Australia economic partnership agreement", kind="treaty",
             date="2014-07", parties=["AU", "JP"], status="referenced",
             evidence=["Abe addressed the Australian parliament in Canberra"]),
        dict(title="Australia-South Korea free trade agreement", kind="treaty",
             date="2014-04", parties=["AU", "KR"], status="referenced",
             evidence=["Three months earlier, Abbott's talks with Park in Seoul"]),
    ],
    notes=[
        "Invented wire story (Harbour Wire; reporters, editor and the unnamed officials'"
        " words are fictional). Checked (pages): the Abbott-Abe-Obama trilateral in Brisbane"
        " on 2014-11-16 in the margins of the G20, the joint media release (commitment to"
        " deepen the partnership; North Korea, abductions, freedom of navigation) (White House"
        " archive, TASS); Abbott welcoming Abe at Queensland Parliament House on Nov. 15 before"
        " the leaders' retreat (Kantei). Public record / other corpora: Park attended the"
        " Brisbane G20 and had no talks with Abe (first summit only in November 2015);"
        " Park and Abe seated side by side at the Beijing APEC banquet on 2014-11-10 (cf."
        " u5_03); Abe's first summit with Xi on 2014-11-10 in Beijing; Park's Naypyidaw"
        " proposal of a trilateral foreign ministers' meeting on 2014-11-13 (cf. dev4_03);"
        " the last trilateral summit in May 2012 (Beijing, cf. u6_01); Abe's July 2014"
        " Canberra visit, parliament address and the EPA signing; Abbott's April 2014 Seoul"
        " visit with the Korea-Australia FTA. These background facts rest on general knowledge"
        " and the other corpora's titles, not on a page checked here.",
        "Summits (4): the Brisbane trilateral (kind trilateral, occasion G20); Abe-Xi in"
        " Beijing ('his first summit', APEC from the sentence before: sidelines; no ordinal"
        " given as 'first summit' between them is an ordinal only in a loose sense, left"
        " null as in dev4 for 'first'); Abe-Abbott in Canberra (implied by the visit, debatable);"
        " Abbott-Park in Seoul ('Abbott's talks with Park in Seoul'). Not summits: Abbott"
        " welcoming Abe before the retreat (a host's welcome), the Park-Abe banquet seating"
        " and chat, the Park-Abe non-meeting in Brisbane, the frozen trilateral summits.",
        "Agreements (5): the trilateral commitment and the joint media release (joint"
        " statement) are two records, debatable; Park's proposal of a trilateral FM meeting"
        " (proposed; parties CN/JP/KR); the Japan-Australia EPA and Korea-Australia FTA"
        " (treaties, referenced).",
        "Timexes: 'a week' (in 'a week of regional summitry') = P1W; 'Three months' = P3M"
        " (duration, from 'Three months earlier'); 'Earlier that day' = 2014-11-10.",
    ],
)
