BOK = "The Bank of Korea said on June 24"
SETUP = "The line was set up in 2005 and renewed twice."
LN = "At the height of the 2008 financial crisis"
LAPSE = "That expansion was allowed to lapse"
CMI = "With the won-yen line now gone"
YUN = "Her foreign minister, Yun Byung-se, met"

GOLD = dict(
    published="2013-07-04",
    furniture=[
        "ANALYSIS | Asia Ledger | Thursday, July 4, 2013\nA $3 billion line nobody needed, and"
        " a relationship that needs more\nBy Daniel Whitcombe",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Bank of Korea": ["The Bank of Korea"],
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Yoshihiko Noda": ["Prime Minister Yoshihiko Noda"],
        "Lena Hartmann": ["Lena Hartmann"],
        "Park Geun-hye": ["President Park Geun-hye", "Her"],
        "Shinzo Abe": ["Prime Minister Shinzo Abe", "Abe"],
        "Yun Byung-se": ["Her foreign minister, Yun Byung-se"],
        "Fumio Kishida": ["his Japanese counterpart, Fumio Kishida"],
        "Yoo Jin-ho": ["Yoo Jin-ho"],
    },
    quotes=[
        ("We did not ask, and they did not offer.", "direct", None, "said"),
        ("A swap line is a handshake you hope never to use.", "direct", "Lena Hartmann",
         "said"),
        ("Tokyo wanted Seoul to ask.", "direct", "Yoo Jin-ho", "said"),
    ],
    statements=[
        (BOK, ["Bank of Korea"], "said"),
        ("Seoul has never drawn on the line", [None], "argue"),
        (LN, ["Lee Myung-bak", "Yoshihiko Noda"], "agreed"),
        ("President Park Geun-hye has now been in office", ["Shinzo Abe"], "remark"),
        (YUN, ["Yun Byung-se", "Fumio Kishida"], "agreed"),
        ("Both leaders are expected to attend", [None], "say"),
    ],
    timexes=[
        ("Thursday, July 4, 2013", "2013-07-04", None),
        ("SEOUL, [[July 4]] (Asia", "2013-07-04", None),
        ("Wednesday", "2013-07-03", None),
        ("June 24", "2013-06-24", None),
        ("July 3", "2013-07-03", None),
        ("last month", "2013-06", None),
        ("2005", "2005", None),
        ("the [[2008]] financial crisis", "2008", None),
        ("October 2011", "2011-10", None),
        ("the end of October last year", "2012-10", "END"),
        ("more than four months", "P4M", "MORE_THAN"),
        ("in [[April]] by", "2013-04", None),
        ("Monday", "2013-07-01", None),
        ("September", "2013-09", None),
    ],
    summits=[
        dict(date="2011-10", place="Seoul", country="KR",
             participants=["Lee Myung-bak", "Yoshihiko Noda"], kind="bilateral",
             ordinal=None, status="held", occasion=None, evidence=[LN]),
    ],
    agreements=[
        dict(title="won-yen currency swap arrangement between the Bank of Korea and the Bank"
                   " of Japan ($3 billion)", kind="mou", date="2005", parties=["JP", "KR"],
             status="referenced",
             evidence=["A currency swap line between the central banks", BOK, SETUP, LN]),
        dict(title="expansion of the swap facilities to $70 billion", kind="mou",
             date="2011-10", parties=["JP", "KR"], status="referenced",
             evidence=[LN, LAPSE]),
        dict(title="$10 billion dollar swap under the Chiang Mai Initiative", kind="mou",
             date=None, parties=["JP", "KR"], status="referenced", evidence=[CMI]),
        dict(title="work toward better ties (Yun-Kishida)", kind="commitment",
             date="2013-07-01", parties=["JP", "KR"], status="agreed", evidence=[YUN]),
    ],
    notes=[
        "Invented analysis from an invented financial weekly ('Asia Ledger'; label/outlet/date"
        " line, headline and byline are furniture; the date is annotated). The reporter, the"
        " economists Lena Hartmann and Yoo Jin-ho, 'Han River Capital' and every quote are"
        " invented. Real background, checked on stored pages: Yonhap via globalpost 2013-06-24"
        " and Korea Herald/China Daily 2013-06-24/25 (BOK statement on Monday 24 June: the $3"
        " billion won-yen swap due to expire on 3 July would not be extended; neither side"
        " asked; $20 billion in 2008; $70 billion in 2011; back to $13 billion in 2012; the"
        " $10 billion CMI swap remains); nsbanking.com (BOJ-BOK arrangement since May 2005,"
        " extended in 2007 and 2010 to 3 July 2013); BOJ release 2012-10-09 and Korea Times"
        " 2012-10 (the temporary expansion lapsed on 31 October 2012; Lee's Dokdo visit in"
        " mid-August 2012); Korea Herald 2012-10 (reserves of $322 billion). From general"
        " knowledge: the Lee-Noda summit in Seoul in October 2011 at which the expansion was"
        " agreed, Abe's April 2013 remark on the definition of aggression, the Yun-Kishida"
        " meeting in Brunei on 1 July 2013 (also in unseen11), the St. Petersburg G20 of"
        " September 2013.",
        "Summits (1): Lee-Noda in Seoul (October 2011; 'hosted'). Not summits: the missing"
        " Park-Abe summit, the G20 that both leaders are expected to attend with 'no bilateral"
        " meeting ... being arranged', the foreign ministers' meeting.",
        "Agreements (4): the won-yen swap (mou, 2005, referenced; the 2008 temporary increase"
        " is part of it), the 2011 expansion (mou, agreed by the leaders, referenced), the CMI"
        " swap (mou, undated), the Yun-Kishida commitment (agreed). The decision to let the"
        " line expire is not recorded as an agreement (a joint decision not to act; debatable).",
        "Statements: 'Abe's remark that the definition of aggression had not been settled' is"
        " reported speech inside a sentence about Seoul (speaker Abe; debatable).",
    ],
)
