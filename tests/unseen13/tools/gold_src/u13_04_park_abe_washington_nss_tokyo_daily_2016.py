LEAD = "Prime Minister Shinzo Abe and South Korean President Park Geun-hye confirmed"
SECOND = "The meeting was the second bilateral summit"
HAGIUDA = "Abe told Park that Japan intends to follow up"
ALSO = "The two leaders also agreed to create more opportunities"
UNDER = "Under the agreement, announced by the two countries"
TRI = "On the same day, Abe and Park joined U.S. President Barack Obama"
HAGUE = "The three leaders last met in that format"
SEP = "Park also held separate talks with Obama"
AP = ["Shinzo Abe", "Park Geun-hye"]

GOLD = dict(
    published="2016-04-02",
    furniture=[
        "POLITICS | The Yaesu Daily (English Edition) | 06:00 JST, April 2, 2016\n"
        "Abe, Park vow to see 'comfort women' deal through; Obama joins them for 3-way talks on"
        " N. Korea\nBy Kenta Morioka / Yaesu Daily Correspondent",
        "Related articles:\n» Japan, S. Korea reach deal on comfort women issue (Dec. 29,"
        " 2015)\n» Abe, Park hold first summit in Seoul (Nov. 3, 2015)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe", "The prime minister"],
        "Park Geun-hye": ["South Korean President Park Geun-hye", "Park", "the president"],
        "Koichi Hagiuda": ["Deputy Chief Cabinet Secretary Koichi Hagiuda", "Hagiuda"],
        "Office of the President of Korea": ["Park's office"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
    },
    quotes=[
        ("The prime minister's view is that the December agreement", "direct",
         "Koichi Hagiuda", "told reporters"),
        ("stressed that trust is built by keeping promises.", "partial",
         "Office of the President of Korea", "said in a statement"),
        ("Our three countries are stronger", "direct", "Barack Obama", "told reporters"),
        ("Words are easy in Washington.", "direct", None, "said"),
    ],
    statements=[
        (LEAD, AP, "confirmed"),
        (HAGIUDA, ["Shinzo Abe", "Park Geun-hye", "Koichi Hagiuda"], "told"),
        (ALSO, AP, "agreed"),
        ("Park's office said in a statement", ["Office of the President of Korea",
                                              "Park Geun-hye"], "said in a statement"),
        ("Japan, which chairs the trilateral framework", [None], "said"),
    ],
    timexes=[
        ("06:00 JST, April 2, 2016", "2016-04-02T06:00", None),
        ("confirmed on [[Thursday]]", "2016-03-31", None),
        ("reached in [[December]]", "2015-12", None),
        ("Nov. 2 last year", "2015-11-02", None),
        ("the [[December]] agreement only", "2015-12", None),
        ("more than three years", "P3Y", "MORE_THAN"),
        ("Seoul on [[Dec. 28]]", "2015-12-28", None),
        ("On the same day", "2016-03-31", None),
        ("Jan. 6", "2016-01-06", None),
        ("rocket in [[February]]", "2016-02", None),
        ("March 2014", "2014-03", None),
        ("Xi Jinping on [[Thursday]]", "2016-03-31", None),
        ("this year", "2016", None),
        ("later in the year", "2016", None),
        ("Dec. 29, 2015", "2015-12-29", None),
        ("Nov. 3, 2015", "2015-11-03", None),
    ],
    summits=[
        dict(date="2016-03-31", place="Washington", country="US", participants=AP,
             kind="sidelines", ordinal=2, status="held", occasion="Nuclear Security Summit",
             evidence=[LEAD, SECOND, HAGIUDA, ALSO]),
        dict(date="2015-11-02", place="Seoul", country="KR", participants=AP,
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[SECOND]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Barack Obama", "Shinzo Abe", "Park Geun-hye"], kind="trilateral",
             ordinal=None, status="held", occasion="Nuclear Security Summit",
             evidence=[TRI, "Our three countries are stronger"]),
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Barack Obama", "Shinzo Abe", "Park Geun-hye"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[HAGUE]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Barack Obama"], kind="sidelines", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[SEP]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="Nuclear Security Summit", evidence=[SEP]),
    ],
    agreements=[
        dict(title="agreement on the comfort women issue (December 2015)",
             kind="joint-statement", date="2015-12-28", parties=["JP", "KR"],
             status="referenced",
             evidence=[LEAD, UNDER, "The prime minister's view is that the December"]),
        dict(title="carry out the December 2015 agreement", kind="commitment",
             date="2016-03-31", parties=["JP", "KR"], status="agreed",
             evidence=[LEAD, HAGIUDA]),
        dict(title="create more opportunities for one-on-one meetings", kind="commitment",
             date="2016-03-31", parties=["JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="cooperate on nationals abducted by North Korea", kind="commitment",
             date="2016-03-31", parties=["JP", "KR"], status="agreed", evidence=[ALSO]),
    ],
    notes=[
        "Invented Tokyo daily, English edition (section/outlet/stamp line, headline, byline"
        " and related-articles block are furniture; the stamp and the related-article dates are"
        " annotated). 'The Yaesu Daily', the reporter, every quote (including the words given"
        " to Hagiuda, Park's office and Obama) and the anonymous LDP lawmaker are invented."
        " Real background, checked on stored pages: Japan Times/Kyodo 2016-04-01 (Abe and"
        " Park met one-on-one in Washington on Thursday on the fringes of the Nuclear Security"
        " Summit; confirmed the importance of implementing the December deal; Abe willing to"
        " follow up though problems remain; Park to implement it sincerely, per Deputy Chief"
        " Cabinet Secretary Hagiuda; agreed to increase opportunities to meet and to cooperate"
        " on abductions; foundation not yet created; 1 billion yen); donga.com 2016-03-31"
        " (Park to meet Obama, Abe and Xi on Thursday; bilateral and trilateral summits);"
        " Reuters via missiledefenseadvocacy and lincolndailynews 2016-04-01 (trilateral on the"
        " NSS sidelines; fourth nuclear test on 6 January; long-range rocket in February; last"
        " trilateral in The Hague in 2014 at Obama's cajoling); asiaone (first summit in Seoul"
        " on 2 November 2015, first in about three and a half years). From general knowledge:"
        " Japan's 2016 chairmanship of the trilateral framework and the 28 December 2015"
        " announcement by the foreign ministers in Seoul.",
        "Summits (6): Abe-Park in Washington (ordinal 2), Abe-Park in Seoul (ordinal 1),"
        " Obama-Abe-Park in Washington and in The Hague, Park-Obama and Park-Xi (one sentence,"
        " two records). Not a summit: the three-way Japan-China-South Korea meeting Japan"
        " 'hopes to host' (a hope with 'no date ... discussed').",
        "Agreements (4): the 2015 agreement (referenced; a joint announcement, so"
        " joint-statement); carrying it out, confirmed by both leaders (an agreed course,"
        " debatable: it restates an existing instrument); two commitments split from 'also"
        " agreed'.",
        "Quotes: 'comfort women' in the headline is furniture; the LDP lawmaker is anonymous"
        " (null).",
    ],
)
