STMT = "The two governments released a joint press statement"
BODY = "The leaders agreed to launch an intergovernmental body"
ALSO = "They also agreed to expand the working holiday program"

GOLD = dict(
    published="2025-08-24",
    furniture=[
        "FACT CHECK | The Geumgang Post | Posted : 2025-08-24 09:30 | Updated : 2025-08-24 11:05",
        "What we know, and what we don't, about Lee's first Tokyo summit",
        "By the Geumgang Post fact-check desk",
        "Corrections and tips: factcheck@geumgang.example",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba", "He"],
        "Donald Trump": ["President Donald Trump"],
        "Kim Dae-jung": [],
        "Keizo Obuchi": [],
        "Office of the President": ["the presidential office"],
    },
    quotes=[
        ("The two leaders signed a treaty.", "direct", None, None),
        ("The talks ran far over schedule.", "direct", None, None),
        ("Japan agreed to a new consultative body.", "direct", None, None),
        ("Ishiba apologized for colonial rule.", "direct", None, None),
        ("This was their first meeting.", "direct", None, None),
        ("Lee went to Tokyo before Washington on purpose.", "direct", None, None),
        ("The dinner menu was chosen by Ishiba himself.", "direct", None, None),
        ("It was the best curry I have had in Japan", "direct", "Lee Jae Myung",
         "told reporters"),
        ("We will decide the timing through diplomatic channels", "direct", None, "said"),
    ],
    statements=[
        ("lasted close to two hours and ended", ["Office of the President"], "according to"),
        (BODY, ["Lee Jae Myung", "Shigeru Ishiba"], "agreed"),
        (ALSO, ["Lee Jae Myung", "Shigeru Ishiba"], "agreed"),
        ("Ishiba said his cabinet upholds", ["Shigeru Ishiba"], "said"),
    ],
    timexes=[
        ("Posted : [[2025-08-24 09:30]]", "2025-08-24T09:30", None),
        ("Updated : [[2025-08-24 11:05]]", "2025-08-24T11:05", None),
        ("in Tokyo on [[Saturday]], in the first", "2025-08-23", None),
        ("17 years", "P17Y", None),
        ("close to two hours", "PT2H", "APPROX"),
        ("around 6:50 p.m.", "2025-08-23T18:50", "APPROX"),
        ("the [[1998]] joint declaration", "1998", None),
        ("June 17", "2025-06-17", None),
        ("less than two weeks", "P2W", "LESS_THAN"),
        ("June 4", "2025-06-04", None),
        ("left Tokyo on [[Sunday]]", "2025-08-24", None),
        ("on Monday", "2025-08-25", None),
        ("a return visit [[this year]]", "2025", None),
        ("Saturday evening", "2025-08-23TEV", None),
    ],
    summits=[
        dict(date="2025-08-23", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["President Lee Jae Myung sat down with Prime Minister Shigeru Ishiba",
                       "The summit, including a session in a smaller format", BODY]),
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="held", occasion="G7 summit",
             evidence=["Lee and Ishiba first met on the sidelines"]),
        dict(date="2025-08-25", place="Washington", country="US",
             participants=["Lee Jae Myung", "Donald Trump"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Lee left Tokyo on Sunday for Washington"]),
    ],
    agreements=[
        dict(title="joint press statement on the outcome of the Tokyo summit",
             kind="joint-statement", date="2025-08-23", parties=["JP", "KR"], status="agreed",
             evidence=[STMT, "A press statement binds no one"]),
        dict(title="launch an intergovernmental body on shared social problems",
             kind="commitment", date="2025-08-23", parties=["JP", "KR"], status="agreed",
             evidence=[BODY]),
        dict(title="expand the working holiday program", kind="commitment", date="2025-08-23",
             parties=["JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="cooperate in hydrogen and artificial intelligence", kind="commitment",
             date="2025-08-23", parties=["JP", "KR"], status="agreed", evidence=[ALSO]),
        dict(title="1998 Japan-ROK Joint Declaration (Kim Dae-jung and Keizo Obuchi)",
             kind="joint-declaration", date="1998", parties=["JP", "KR"],
             status="referenced", evidence=["Ishiba said his cabinet upholds"]),
    ],
    notes=[
        "Invented fact-check list (stamp line, headline, desk byline and tips line are"
        " furniture; both stamps annotated). Outlet, the claims, Lee's curry quote, the"
        " Japanese spokesman's quote and the verdicts' wording are invented. Real background:"
        " KBS 2025-08-23 (talks of nearly two hours until around 6:50 p.m. Saturday; document on"
        " the outcome, first in 17 years; consultative body; hydrogen and AI); korea.net"
        " 2025-08-25 (summit at the prime minister's residence on 23 August; joint statement;"
        " Ishiba upholds previous cabinets' positions including the 1998 declaration; working"
        " holiday quotas; first summit in Canada two weeks after Lee took office); Asia Today"
        " 2025-08-25 (joint press statement; consultative body topics); deepnewz (Lee left"
        " Tokyo on 24 August for Washington; Trump meeting on 25 August); Chosun Biz 2025-09-30"
        " (Ishiba curry at the dinner of the 23rd). From general knowledge: Kananaskis on"
        " 17 June, Lee's inauguration on 4 June 2025.",
        "Quotes: the seven claims are quoted words of unnamed online posters (direct, speaker"
        " and cue null; debatable: they could be read as headline-like labels). The Japanese"
        " spokesman is unnamed (null).",
        "Summits (3): Tokyo on 23 August; Kananaskis on 17 June (ordinal 1 from 'first met');"
        " Lee-Trump in Washington on Monday 25 August (planned). Not a summit: Ishiba's possible"
        " return visit (undecided).",
        "Agreements (5): the joint press statement (joint-statement, agreed at the reported"
        " summit), three commitments (one sentence with the body, one sentence split into"
        " working holiday and hydrogen/AI), the 1998 declaration (referenced). Not agreements:"
        " the 'treaty' of claim 1 (false), Ishiba's statement on history (unilateral).",
        "Statements: 'The two governments released a joint press statement' is reported as an"
        " act, not speech, and is not a statement record (debatable).",
    ],
)
