GOLD = dict(
    published="2015-02-16",
    furniture=[
        "Japan, South Korea to let last currency swap lapse after 14 years",
        "18:05 JST, February 16, 2015",
        "By Haruka Imai / Marunouchi Business Daily staff writer", "TOKYO - ",
        "Related articles: Seoul's reserves hit record high | Finance ministers to resume talks"
        " in Tokyo",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda"],
        "Park Geun-hye": ["President Park Geun-hye"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe"],
        "Barack Obama": ["U.S. President Barack Obama"],
        "Reiko Sato": ["Sato", "chief economist at Kanda Securities"],
        "Japanese Finance Ministry": ["the Finance Ministry", "Japan's finance minister"],
        "Ministry of Strategy and Finance": ["South Korean finance ministry"],
        "Bank of Korea": ["the central bank"],
        "Japanese government": ["Japan"],
        "South Korean government": ["South Korea", "Seoul"],
    },
    quotes=[
        ("in an appropriate manner", "partial", "Japanese Finance Ministry", "agreed"),
        ("Our foreign reserves stood at more than", "direct", None, "told reporters"),
        ("reflected economic circumstances.", "partial", None, "said"),
        ("Neither side wanted to be seen asking", "direct", "Reiko Sato", "said"),
        ("Letting it lapse quietly", "direct", "Reiko Sato", "said"),
    ],
    statements=[
        ("Japan and South Korea will let their last bilateral",
         ["Japanese Finance Ministry", "Ministry of Strategy and Finance"], "announced"),
        ("The $10 billion arrangement between the Bank of Japan",
         ["Japanese Finance Ministry"], "said in a statement"),
        ("In Seoul, the Ministry of Strategy and Finance and the central bank issued",
         ["Ministry of Strategy and Finance", "Bank of Korea"],
         "issued a parallel statement saying"),
        ("The two governments also agreed to cooperate",
         ["Japanese government", "South Korean government"], "agreed"),
        ("Asked whether politics had played a part", [None], "said"),
    ],
    timexes=[
        ("18:05 JST, February 16, 2015", "2015-02-16T18:05", None),
        ("expire [[next Monday]]", "2015-02-23", None),
        ("announced [[on Monday]]", "2015-02-16", None),
        ("Feb. 23", "2015-02-23", None),
        ("about two and a half years", "P2Y6M", "APPROX"),
        ("Tokyo [[in May]]", "2015-05", None),
        ("the end of January", "2015-01", "END"),
        ("July 2001", "2001-07", None),
        ("October 2011", "2011-10", None),
        ("August 2012", "2012-08", None),
        ("February 2013", "2013-02", None),
        ("last March", "2014-03", None),
        ("region [[this year]]", "2015", None),
    ],
    summits=[
        dict(date="2011-10", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The total was raised to $70 billion"]),
        dict(date="2014-03", place="The Hague", country="NL",
             participants=["Park Geun-hye", "Shinzo Abe", "Barack Obama"], kind="trilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["The two have sat at the same table only once"]),
    ],
    agreements=[
        dict(title="Bank of Japan-Bank of Korea bilateral currency swap arrangement ($10"
             " billion, first set up in July 2001)", kind="mou", date="2001-07",
             parties=["JP", "KR"], status="referenced",
             evidence=["Japan and South Korea will let their last bilateral",
                       "The $10 billion arrangement between the Bank of Japan",
                       "The swaps date back to July 2001"]),
        dict(title="let the swap arrangement expire as scheduled without renewal",
             kind="commitment", date="2015-02-16", parties=["JP", "KR"], status="agreed",
             evidence=["Japan and South Korea will let their last bilateral",
                       "In Seoul, the Ministry of Strategy and Finance and the central bank"
                       " issued"]),
        dict(title="cooperate in an appropriate manner should the need arise",
             kind="commitment", date="2015-02-16", parties=["JP", "KR"], status="agreed",
             evidence=["The two governments also agreed to cooperate"]),
        dict(title="restart the finance ministers' dialogue with a meeting in Tokyo in May",
             kind="commitment", date="2015-02-16", parties=["JP", "KR"], status="agreed",
             evidence=["The two governments also agreed to cooperate"]),
        dict(title="expansion of the swap lines to $70 billion", kind="mou", date="2011-10",
             parties=["JP", "KR"], status="referenced",
             evidence=["The total was raised to $70 billion"]),
    ],
    notes=[
        "Invented test article (business brief: headline, stamp line, byline, 'TOKYO - ' and"
        " the 'Related articles' line are furniture; the stamp is annotated, headline and"
        " related-link text are not). Outlet, reporter, stamp time, the analyst and all quotes"
        " are invented. Real background (Xinhua via chinagate 2015-02-16, Korea Herald"
        " 2015-02-13 and 2015-02-16, KUNA via MENAFN, Nikkei via jmh.usembassy.gov"
        " 2015-02-24, Yomiuri 2023-12-02): the $10 billion BOJ-BOK swap (BOJ as agent of"
        " Japan's finance minister) to expire on 2015-02-23 without extension, announced"
        " 2015-02-16; launched at $2 billion in July 2001; peak of $70 billion in 2011;"
        " shrank after Lee's Dokdo visit of August 2012; reserves of $362.19 billion at the"
        " end of January 2015; never used; authorities to cooperate appropriately as needed;"
        " finance ministers' dialogue to resume in May in Tokyo after a 30-month hiatus; Park"
        " had held no bilateral summit with Abe. From general knowledge: the October 2011"
        " expansion agreed at the Lee-Noda summit in Seoul; the Hague trilateral with Obama"
        " on 2014-03-25.",
        "Quotes: 'in an appropriate manner' is attributed to the Japanese Finance Ministry"
        " whose statement carried the words (debatable: both governments, or null). The"
        " second half of Sato's quote has the same cue.",
        "Agreements (5): the swap arrangement itself (mou, referenced; the $10 billion line"
        " and the 2001 line treated as one arrangement, debatable); the agreed expiry without"
        " renewal (commitment, debatable: a joint decision to end an instrument); cooperation"
        " as needed; the resumed finance ministers' dialogue (two courses of action in one"
        " sentence, two records); the 2011 expansion to $70 billion (mou, referenced).",
        "Summits (2): Seoul 2011-10 ('hosted ... in Seoul'); The Hague 2014-03 trilateral"
        " with Obama. Park-Abe 'has yet to hold a one-on-one summit' is negated. Timexes:"
        " 'about two and a half years' = P2Y6M APPROX; 'last March' = 2014-03.",
    ],
)
