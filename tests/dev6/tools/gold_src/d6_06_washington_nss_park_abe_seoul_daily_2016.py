GOLD = dict(
    published="2016-04-01",
    furniture=["Posted : 2016-04-01 17:40 | Updated : 2016-04-01 21:05",
               "By Jang Hye-won, Washington correspondent"],
    timex_in_furniture_ok=True,
    entities={
        "Park Geun-hye": ["President Park Geun-hye", "Park"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Choi Min-ah": ["Rep. Choi Min-ah"],
        "Cheong Wa Dae": ["South Korean presidential office"],
    },
    quotes=[
        ("We will continue to work so that the agreement", "direct", "Park Geun-hye",
         "told"),
        ("carry out what was promised.", "partial", "Shinzo Abe", "replied"),
        ("A promise to implement the deal", "direct", "Choi Min-ah", "said"),
    ],
    statements=[
        ("President Park Geun-hye and Japanese Prime Minister Shinzo Abe agreed on Thursday",
         ["Park Geun-hye", "Shinzo Abe"], "agreed"),
        ("Abe replied that Japan would", ["Shinzo Abe"], "replied"),
        ("The two also agreed to strengthen security cooperation",
         ["Park Geun-hye", "Shinzo Abe"], "agreed"),
        ("At the trilateral meeting, Obama, Park and Abe pledged",
         ["Barack Obama", "Park Geun-hye", "Shinzo Abe"], "pledged"),
        ("Park also held a summit with Chinese President Xi Jinping", ["Xi Jinping"], "said"),
    ],
    timexes=[
        ("Posted : [[2016-04-01 17:40]]", "2016-04-01T17:40", None),
        ("Updated : [[2016-04-01 21:05]]", "2016-04-01T21:05", None),
        ("agreed on [[Thursday]]", "2016-03-31", None),
        ("reached in [[December]]", "2015-12", None),
        ("five months", "P5M", None),
        ("last November", "2015-11", None),
        ("early last month", "2016-03", "START"),
        ("in [[January]]", "2016-01", None),
        ("two years ago", "2014", None),
        ("earlier on Thursday", "2016-03-31", None),
    ],
    summits=[
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="sidelines", ordinal=2,
             status="held", occasion="the Nuclear Security Summit",
             evidence=["Park, Abe vow to carry out sex slavery deal",
                       "President Park Geun-hye and Japanese Prime Minister Shinzo Abe agreed",
                       "The pair sat down on the sidelines",
                       "We will continue to work so that the agreement",
                       "The two also agreed to strengthen security cooperation"]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"], kind="trilateral",
             ordinal=None, status="held", occasion="the Nuclear Security Summit",
             evidence=["The pair sat down on the sidelines",
                       "At the trilateral meeting, Obama, Park and Abe pledged",
                       "It was the three leaders' first such meeting"]),
        dict(date="2015-11", place="Seoul", country="KR",
             participants=["Park Geun-hye", "Shinzo Abe"], kind="bilateral", ordinal=1,
             status="held", occasion=None,
             evidence=["Their talks came five months after"]),
        dict(date="2014", place="The Hague", country="NL",
             participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["It was the three leaders' first such meeting"]),
        dict(date="2016-03-31", place="Washington", country="US",
             participants=["Park Geun-hye", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="the Nuclear Security Summit",
             evidence=["Park also held a summit with Chinese President Xi Jinping"]),
    ],
    agreements=[
        dict(title="December 2015 agreement on Japan's wartime sexual slavery",
             kind="joint-statement", date="2015-12", parties=["JP", "KR"],
             status="referenced",
             evidence=["President Park Geun-hye and Japanese Prime Minister Shinzo Abe agreed",
                       "Critics at home were unmoved."]),
        dict(title="faithfully implement the December 2015 agreement", kind="commitment",
             date="2016-03-31", parties=["JP", "KR"], status="agreed",
             evidence=["Park, Abe vow to carry out sex slavery deal",
                       "President Park Geun-hye and Japanese Prime Minister Shinzo Abe agreed"]),
        dict(title="strengthen Korea-Japan security cooperation incl. information sharing on"
                   " North Korea", kind="commitment", date="2016-03-31",
             parties=["JP", "KR"], status="agreed",
             evidence=["The two also agreed to strengthen security cooperation"]),
        dict(title="coordinate on enforcing the new U.N. Security Council resolution",
             kind="commitment", date="2016-03-31", parties=["JP", "KR"], status="agreed",
             evidence=["The two also agreed to strengthen security cooperation"]),
        dict(title="keep up pressure on North Korea (U.S.-Japan-South Korea)",
             kind="commitment", date="2016-03-31", parties=["JP", "KR", "US"],
             status="agreed",
             evidence=["At the trilateral meeting, Obama, Park and Abe pledged"]),
    ],
    notes=[
        "Invented Seoul daily article (correspondent Jang Hye-won and Rep. Choi Min-ah are"
        " fictional; Park's sentence to Abe and Abe's fragment are invented wording"
        " attributed to real leaders, reflecting the reported substance). Checked: dev5's"
        " and other corpora's record of Abe-Park talks on 2016-03-31 on the Nuclear Security"
        " Summit sidelines in Washington reaffirming the 2015 deal (un01), the trilateral"
        " with Obama the same day, The Hague trilateral of 2014-03-25 (dev5 d5_03 checks),"
        " Abe's Seoul visit and first summit of 2015-11-02 (other corpora). Public record,"
        " general knowledge: Park-Xi talks in Washington on 2016-03-31; North Korea's fourth"
        " nuclear test of 2016-01-06 and UNSC resolution 2270 of 2016-03-02; the security"
        " cooperation and sanctions coordination points (plausible, not checked in detail).",
        "Quotes: the headline's single-quoted 'faithfully' is not a quote (only double marks"
        " count). Park's direct quote is relayed by Cheong Wa Dae ('according to'), speaker"
        " Park.",
        "Summits (5): Park-Abe Washington (ordinal 2 from 'their second one-on-one summit');"
        " the trilateral with Obama; background Seoul November 2015 (ordinal 1: 'their first"
        " bilateral summit'); The Hague 2014 ('two years ago', year precision); Park-Xi.",
        "Agreements (5): the 2015 deal (joint statement, referenced); three agreed courses"
        " (implement the deal; strengthen security cooperation; coordinate on the UNSC"
        " resolution: one sentence, two courses) and the trilateral pledge. Not agreements:"
        " the U.N. resolution (not a bilateral instrument), Xi's unilateral undertaking.",
        "Timexes: 'early last month' = 2016-03 START; 'two years ago' = 2014; 'five months'"
        " = P5M; stamps with times.",
    ],
)
