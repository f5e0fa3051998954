INTRO = "President Roh Moo-hyun spent Tuesday in Singapore"
EXPLAIN = "With about three months left in his term"
HANDS = "Roh and Wen shake hands before their morning meeting."
BRIEFED = "Roh briefed the Chinese premier on his talks"
EIGHTH = "Roh, Wen and Fukuda at the eighth three-way summit"
PLAN = "The three leaders agreed to draw up an action plan"
FIRST = "Roh and Fukuda at the start of their first summit"
REMAINS = "Fukuda said Japan intends to return to their families"
PHOTO5 = "spokesman Cheon Ho-seon said after the Roh-Fukuda meeting"

GOLD = dict(
    published="2007-11-21",
    furniture=[
        "PHOTOS | The Insadong Times | Published 2007-11-21 08:10 KST\n"
        "One day, three summits: Roh's Singapore round with Wen and Fukuda",
        "2012 World Expo, his spokesman said.\n[[(Photo: The Insadong Times / Kang Min-su)]]",
        "14 fields of cooperation, from trade and the economy to the environment.\n"
        "[[(Photo: The Insadong Times / Kang Min-su)]]",
        "earlier in the day.\n[[(Photo: Pool)]]",
        "Roh thanked him for the step.\n[[(Photo: The Insadong Times / Lee Ga-yeon)]]",
        "as aides gathered their papers.\n[[(Photo: The Insadong Times / Lee Ga-yeon)]]",
        "summit in the afternoon.\n[[(Photo: Pool)]]",
        "follows on Wednesday.\n[[(Photo: The Insadong Times / Kang Min-su)]]",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Roh Moo-hyun": ["President Roh Moo-hyun", "Roh", "him"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao", "Wen", "the Chinese premier"],
        "Yasuo Fukuda": ["Yasuo Fukuda", "Fukuda"],
        "Kim Jong-il": ["North Korean leader Kim Jong-il"],
        "Cheon Ho-seon": ["spokesman Cheon Ho-seon", "his spokesman"],
    },
    quotes=[
        ("The president wanted the prime minister to hear about Pyongyang", "direct",
         "Cheon Ho-seon", "said"),
    ],
    statements=[
        (EXPLAIN, ["Roh Moo-hyun"], "explain"),
        (BRIEFED, ["Roh Moo-hyun", "Cheon Ho-seon"], "briefed"),
        (PLAN, ["Roh Moo-hyun", "Wen Jiabao", "Yasuo Fukuda"], "agreed"),
        (REMAINS, ["Yasuo Fukuda", "Roh Moo-hyun"], "said"),
        ("Fukuda, who has said he will not visit the Yasukuni shrine", ["Yasuo Fukuda"], "said"),
    ],
    timexes=[
        ("2007-11-21 08:10", "2007-11-21T08:10", None),
        ("spent [[Tuesday]] in Singapore", "2007-11-20", None),
        ("Wen Jiabao in [[the morning]]", "2007-11-20TMO", None),
        ("the late afternoon", "2007-11-20TAF", "END"),
        ("about three months", "P3M", "APPROX"),
        ("four weeks", "P4W", None),
        ("last month's", "2007-10", None),
        ("the [[2012]] World Expo", "2012", None),
        ("which Roh chaired [[this year]]", "2007", None),
        ("earlier in the day", "2007-11-20", None),
        ("4:15 p.m.", "2007-11-20T16:15", None),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("families in [[January]]", "2008-01", None),
        ("Sept. 28", "2007-09-28", None),
        ("two days after", "2007-09-28", None),
        ("summit in [[the afternoon]]", "2007-11-20TAF", None),
        ("Monday afternoon", "2007-11-19TAF", None),
        ("the eve of the summits", "2007-11-19", None),
        ("follows on [[Wednesday]]", "2007-11-21", None),
    ],
    summits=[
        dict(date="2007-11-20", place="Singapore", country="SG",
             participants=["Roh Moo-hyun", "Wen Jiabao"], kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN Plus Three", evidence=[INTRO, HANDS, BRIEFED]),
        dict(date="2007-11-20", place="Singapore", country="SG",
             participants=["Roh Moo-hyun", "Wen Jiabao", "Yasuo Fukuda"], kind="trilateral",
             ordinal=8, status="held", occasion="ASEAN Plus Three", evidence=[INTRO, EIGHTH]),
        dict(date="2007-11-20", place="Singapore", country="SG",
             participants=["Roh Moo-hyun", "Yasuo Fukuda"], kind="sidelines", ordinal=1,
             status="held", occasion="ASEAN Plus Three", evidence=[INTRO, FIRST, PHOTO5]),
        dict(date="2007-10", place="Pyongyang", country="KP",
             participants=["Roh Moo-hyun", "Kim Jong-il"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[EXPLAIN, BRIEFED]),
    ],
    agreements=[
        dict(title="draw up an action plan of concrete projects in 14 fields of trilateral"
             " cooperation", kind="commitment", date="2007-11-20", parties=["CN", "JP", "KR"],
             status="agreed", evidence=[PLAN]),
    ],
    notes=[
        "Invented photo feature (outlet 'The Insadong Times', photographers, captions and the"
        " spokesman's quote invented; the header and the photo credit lines are furniture; the"
        " header stamp is annotated). Real background, checked on stored pages: KBS (Korean)"
        " items of 19-20 November 2007 (Roh arrived in Singapore on the afternoon of the 19th and"
        " visited a Korean products exhibition; Roh-Wen talks on the morning of the 20th on the"
        " inter-Korean summit and the four-party end-of-war declaration; Roh chaired the eighth"
        " trilateral summit, which agreed to draw up an action plan with projects in 14 fields;"
        " foreign ministers Song, Yang and Komura met that morning; Roh attended the ASEAN+3"
        " summit in the afternoon); MBN (Yeosu 2012 Expo bid raised with Wen); Japanese embassy in"
        " Seoul page 'Japan-ROK summit, 20 November 2007' (Fukuda-Roh talks from 4:15 p.m. for"
        " about 50 minutes; remains of about 100 Korean soldiers and civilian workers at Yutenji"
        " temple to be returned, aiming at January); viewsnnews and donga.com 2007-09-28/29 (first"
        " telephone talk on 28 September). From general knowledge: Fukuda took office on 26"
        " September 2007 and said he would not visit Yasukuni; the inter-Korean summit of October"
        " 2007; Roh's term ending in February 2008; the presidential election of 19 December"
        " 2007; the East Asia Summit on 21 November 2007.",
        "Summits (4): Roh-Wen, the eighth trilateral (ordinal 8) and Roh-Fukuda (ordinal 1 from"
        " 'their first summit'), all on 20 November in Singapore; the inter-Korean summit of last"
        " month (Kim Jong-il treated as head of state, debatable). Not summits: the foreign"
        " ministers' meeting, the 28 September telephone call, the ASEAN Plus Three and East Asia"
        " summits (larger gatherings).",
        "Agreements (1): the action plan commitment. Not agreements: Fukuda's return of remains"
        " (a unilateral step, thanked by Roh), Roh's request about Yeosu, 'the idea of a"
        " declaration formally ending the Korean War' (an idea briefed, not an instrument concluded"
        " or proposed to China).",
        "Timexes: 'two days after' takes the date it points to (28 September); 'the eve of the"
        " summits' = 19 November; 'the late afternoon' = TAF with END; 'the morning' in 'their"
        " morning meeting' (an adjective) is not annotated separately. 'Photo N.' labels are"
        " caption text.",
    ],
)
