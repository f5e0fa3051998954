# ruff: noqa: E501
SING = "The two leaders agreed to hold a summit meeting"
PYONG = "Prime Minister Fukuda asked for the President's cooperation"
FIRST = "The President's first meeting with Mr. Fukuda's predecessor"

GOLD = dict(
    published="2007-09-28",
    furniture=[
        "Briefing by Spokesman Cheon Ho-seon on the Telephone Conversation between President Roh"
        " Moo-hyun and Prime Minister Yasuo Fukuda of Japan\n"
        "Cheong Wa Dae, Friday, September 28, 2007\n"
        "(Unofficial translation)",
        "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Roh Moo-hyun": ["President Roh Moo-hyun", "the President", "he"],
        "Yasuo Fukuda": ["Prime Minister Yasuo Fukuda", "Prime Minister Fukuda", "Mr. Fukuda"],
        "Shinzo Abe": ["Shinzo Abe", "Mr. Abe"],
        "Kim Jong-il": ["Kim Jong-il"],
        "Wen Jiabao": ["Wen Jiabao"],
        "Cheon Ho-seon": ["Spokesman Cheon Ho-seon", "SPOKESMAN"],
    },
    quotes=[],
    statements=[
        ("Prime Minister Fukuda thanked the President", ["Yasuo Fukuda"], "thanked"),
        ("The two leaders shared the view", ["Roh Moo-hyun", "Yasuo Fukuda"], "shared the view"),
        (SING, ["Roh Moo-hyun", "Yasuo Fukuda"], "agreed"),
        (PYONG, ["Yasuo Fukuda"], "asked"),
        ("The President replied that he understood", ["Roh Moo-hyun"], "replied"),
        ("The President said he hoped the two", ["Roh Moo-hyun"], "said"),
    ],
    timexes=[
        ("Friday, September 28, 2007", "2007-09-28", None),
        ("this morning", "2007-09-28TMO", None),
        ("around 11 o'clock", "2007-09-28T11:00", "APPROX"),
        ("about ten minutes", "PT10M", "APPROX"),
        ("September 26", "2007-09-26", None),
        ("Singapore in [[November]]", "2007-11", None),
        ("opening on [[Tuesday]]", "2007-10-02", None),
        ("discussed [[today]]", "2007-09-28", None),
        ("October last year", "2006-10", None),
        ("Cebu in [[January]]", "2007-01", None),
    ],
    summits=[
        dict(date="2007-11", place="Singapore", country="SG",
             participants=["Roh Moo-hyun", "Yasuo Fukuda"], kind="sidelines", ordinal=None,
             status="planned", occasion="ASEAN Plus Three", evidence=[SING]),
        dict(date="2007-10-02", place="Pyongyang", country="KP",
             participants=["Roh Moo-hyun", "Kim Jong-il"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[PYONG]),
        dict(date="2006-10", place="Seoul", country="KR",
             participants=["Roh Moo-hyun", "Shinzo Abe"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[FIRST]),
        dict(date="2007-01", place="Cebu", country="PH",
             participants=["Roh Moo-hyun", "Shinzo Abe", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[FIRST]),
    ],
    agreements=[
        dict(title="hold a summit at the ASEAN Plus Three meeting in Singapore in November",
             kind="commitment", date="2007-09-28", parties=["JP", "KR"], status="agreed",
             evidence=[SING]),
    ],
    notes=[
        "Invented briefing in the style of Cheong Wa Dae (title, place/date line, translation"
        " note and '(End)' are furniture; the date is annotated; speaker labels and Q/A turns are"
        " text; no quotation marks). All wording is invented. Real background, checked on stored"
        " pages: donga.com 2007-09-29 and viewsnnews (Roh-Fukuda telephone talk on 28 September"
        " from 11 a.m. for about ten minutes, placed by Fukuda; Roh's congratulatory telegram of"
        " 26 September; shared view on the importance of the relationship for Northeast Asia;"
        " future-oriented relations; agreed to meet at the ASEAN+3 summit in Singapore in"
        " November; Fukuda asked for cooperation on the abduction issue at the inter-Korean"
        " summit; spokesman Cheon Ho-seon); kantei 2006-10-09 and the Cebu sources of u14_05 (Roh's"
        " first meeting with Abe in Seoul, October 2006; the Cebu trilateral, January 2007). From"
        " general knowledge: the inter-Korean summit in Pyongyang opened on Tuesday 2 October"
        " 2007. Invented: the answers in the Q&A.",
        "Summits (4): Singapore in November (planned, agreed by phone), the inter-Korean summit"
        " opening Tuesday (planned; Kim Jong-il treated as head of state, debatable), Seoul October"
        " 2006 (ordinal 1 from 'first meeting'), Cebu January 2007 (a trilateral; Wen Jiabao carried"
        " from the public record since the text says only 'with China'). Not summits: the"
        " telephone conversation, a Seoul visit that 'was not discussed'.",
        "Agreements (1): the agreement to meet in Singapore (an agreed course of action; recorded"
        " besides the planned summit, debatable). Not agreements: 'shared the view',"
        " 'expressed their resolve to develop future-oriented relations' (a general aim), Fukuda's"
        " request.",
        "Statements: transcript sentences that report what a leader said, thanked, asked, replied"
        " or agreed are statements by that leader; the briefing spokesman is not added as a"
        " co-speaker (debatable). Timexes: 'around 11 o'clock' = T11:00 with APPROX; 'Good"
        " afternoon' is a greeting.",
    ],
)
