RCEP = ["AU", "BN", "CN", "ID", "JP", "KH", "KR", "LA", "MM", "MY", "NZ", "PH", "SG", "TH", "VN"]

GOLD = dict(
    published="2020-11-15",
    furniture=[
        "Posted : 2020-11-15 19:10 | Updated : 2020-11-15 22:35",
        "Korea signs RCEP mega trade deal, its first free trade pact with Japan",
        "By Jung Ha-eun, Staff reporter",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Yoo Myung-hee": ["Trade Minister Yoo Myung-hee"],
        "Kang Min-seok": ["presidential spokesman Kang Min-seok"],
        "Yoshihide Suga": ["Japanese Prime Minister Yoshihide Suga", "Suga"],
        "Shinzo Abe": [],
        "Lee Jae-won": [],
        "South Korean trade ministry": ["the trade ministry"],
    },
    quotes=[
        ("At a time when every border is closing", "direct", "Moon Jae-in", "said"),
        ("That is a message the world needs to hear.", "direct", "Moon Jae-in", "said"),
        ("RCEP will not fix what is broken", "direct", "Lee Jae-won", "said"),
        ("But for the first time Korean and Japanese exporters", "direct", "Lee Jae-won",
         "said"),
    ],
    statements=[
        ("In a joint statement adopted at the ceremony, the leaders said",
         ["Moon Jae-in", "Yoshihide Suga"], "said"),
        ("Officials say Tokyo has made", [None], "say"),
        ("The government plans to submit the agreement", ["South Korean trade ministry"],
         "said"),
    ],
    timexes=[
        ("Posted : [[2020-11-15 19:10]]", "2020-11-15T19:10", None),
        ("Updated : [[2020-11-15 22:35]]", "2020-11-15T22:35", None),
        ("on Sunday", "2020-11-15", None),
        ("chairs ASEAN [[this year]]", "2020", None),
        ("began in [[2012]]", "2012", None),
        ("pulled out [[last year]]", "2019", None),
        ("talks in [[2004]]", "2004", None),
        ("eight years ago", "2012", None),
        ("office [[in September]]", "2020-09", None),
        ("about 20 minutes", "PT20M", "APPROX"),
        ("Sept. 24", "2020-09-24", None),
        ("in December last year", "2019-12", None),
        ("hoped to host [[this year]]", "2020", None),
    ],
    summits=[
        dict(date="2019-12", place="Chengdu", country="CN",
             participants=["Moon Jae-in", "Shinzo Abe"], kind="sidelines", ordinal=None,
             status="held", occasion="the China-Japan-ROK trilateral summit (not named here)",
             evidence=["Moon last met a Japanese prime minister face to face"]),
    ],
    agreements=[
        dict(title="Regional Comprehensive Economic Partnership (RCEP)", kind="treaty",
             date="2020-11-15", parties=RCEP, status="signed",
             evidence=["President Moon Jae-in signed the Regional Comprehensive Economic",
                       "Moon and Trade Minister Yoo Myung-hee signed the agreement",
                       "Negotiations on the pact began in 2012.",
                       "For Seoul and Tokyo the deal carries a weight",
                       "The government plans to submit the agreement"]),
        dict(title="RCEP leaders' joint statement", kind="joint-statement", date="2020-11-15",
             parties=RCEP, status="agreed",
             evidence=["In a joint statement adopted at the ceremony, the leaders said"]),
    ],
    notes=[
        "Invented news story from a Seoul daily (Posted/Updated line, headline and byline are"
        " furniture; both stamps are annotated). Outlet, reporter, economist and every quote are"
        " invented (Moon's words, attributed through the spokesman, are not his). Real"
        " background: Yonhap 2020-11-15 (Moon signed RCEP on Sunday after a virtual summit with"
        " the leaders of 14 partner countries; talks began in 2012; India dropped out); korea.net"
        " 2020-11-16 (Moon and Trade Minister Yoo Myung-hee signing at Cheong Wa Dae by"
        " videoconference; joint statement adopted at the ceremony; spokesman Kang Min-seok);"
        " todaychina (summit hosted in Hanoi; first trade agreement between Japan and Korea);"
        " Japan Times 2020-11-15 (Suga; trilateral pact not concluded). From general knowledge:"
        " Vietnam as ASEAN chair in 2020, Suga taking office in September 2020, the Moon-Suga"
        " phone call of 24 September 2020 and its length, the Moon-Abe talks in Chengdu in"
        " December 2019 (also in other corpora), Korea's suspended FTA talks of 2004, the"
        " reported Japanese condition on the trilateral summit (also in another corpus).",
        "Summits (1): Moon-Abe in Chengdu, 2019-12 (kind sidelines from the public record: it was"
        " held at the trilateral summit, which this text does not mention). Not summits: the"
        " RCEP videoconference summit (not in person), the Moon-Suga phone call, the trilateral"
        " summit Seoul 'hoped to host' that 'has not been scheduled'.",
        "Agreements (2): RCEP (treaty, signed, its 15 signatories as parties) and the leaders'"
        " joint statement. Not agreements: the suspended Korea-Japan FTA talks, the unfinished"
        " trilateral FTA negotiations (debatable: the 2012 launch could be a referenced"
        " commitment), Seoul's ratification plan (unilateral).",
        "Statements: the RCEP leaders' joint statement lists the two leaders the text names"
        " (Moon, Suga); the other thirteen are unnamed.",
        "Timexes: 'eight years ago' = 2012.",
    ],
)
