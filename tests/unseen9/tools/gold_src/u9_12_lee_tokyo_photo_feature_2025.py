GOLD = dict(
    published="2025-08-24",
    furniture=[
        "IN PHOTOS: Lee makes Tokyo the first stop of his summit diplomacy",
        "Han River Herald | Photo", "Published 2025-08-24 21:10 KST",
        "Photos by Jeon Da-eun and pool photographers; text by Ahn Si-woo",
        "1/8", "2/8", "3/8", "4/8", "5/8", "6/8", "7/8", "8/8",
        "(Photo: Jeon Da-eun / Han River Herald)",
        "(Photo: Pool, Prime Minister's Office of Japan)",
        "(Photo: Pool, Office of the President)", "(Photo: Joint press corps)",
        "(Photo: Jeon Da-eun, Han River Herald)", "(Photo: Pool / Japanese press corps)",
        "(Photo: Office of the President)", "(Photo: Jeon Da-eun / HRH)",
        "Related: Lee, Ishiba issue first joint statement since Lee Myung-bak era | Analysis:"
        " Why Tokyo came before Washington",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["President Lee Jae-myung", "Lee", "Lee Jae Myung"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Donald Trump": ["President Donald Trump"],
    },
    quotes=[
        ("Korea and Japan live on either side of the same fence", "direct", "Lee Jae-myung",
         "says"),
        ("Neither of us can move house", "direct", "Lee Jae-myung", "says"),
    ],
    statements=[
        ("Lee and Ishiba announce the results", ["Lee Jae-myung", "Shigeru Ishiba"],
         "announce"),
        ("Much of the small-group time went to", [None], "said"),
        ("In their joint statement, the two leaders agreed",
         ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
        ("They also agreed to expand the working holiday program",
         ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
        ("Ishiba said the two countries should build ties", ["Shigeru Ishiba"], "said"),
        ("Ishiba told the press that his government upholds", ["Shigeru Ishiba"],
         "told the press"),
        ("The two sides also reaffirmed their commitment", ["Lee Jae-myung", "Shigeru Ishiba"],
         "reaffirmed"),
        ("The menu mixed Korean and Japanese dishes", [None], "said"),
    ],
    timexes=[
        ("Published [[2025-08-24 21:10]] KST", "2025-08-24T21:10", None),
        ("a little over a day", "P1D", "MORE_THAN"),
        ("two-hour", "PT2H", None),
        ("17 years", "P17Y", None),
        ("United States [[on Sunday]]", "2025-08-24", None),
        ("Tokyo [[on Saturday]]", "2025-08-23", None),
        ("June 17", "2025-06-17", None),
        ("67 days", "P67D", None),
        ("more than two hours", "PT2H", "MORE_THAN"),
        ("the [[1998]] joint declaration", "1998", None),
        ("Saturday evening", "2025-08-23TEV", None),
        ("Washington [[on Sunday]]", "2025-08-24", None),
        ("White House [[on Monday]]", "2025-08-25", None),
        ("This year", "2025", None),
        ("the [[1965]] treaty", "1965", None),
    ],
    summits=[
        dict(date="2025-08-23", place="Tokyo", country="JP",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="bilateral", ordinal=2,
             status="held", occasion=None,
             evidence=["In a little over a day in the Japanese capital",
                       "Ishiba greets Lee at the entrance",
                       "The two leaders first met on June 17",
                       "The leaders sit across the table"]),
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="held", occasion="the Group of Seven summit",
             evidence=["The two leaders first met on June 17"]),
        dict(date="2025-08-25", place="Washington", country="US",
             participants=["Lee Jae-myung", "Donald Trump"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["He is due to hold his first summit with President Donald Trump"]),
    ],
    agreements=[
        dict(title="joint statement of the Tokyo summit (first in 17 years)",
             kind="joint-statement", date="2025-08-23", parties=["JP", "KR"],
             status="agreed",
             evidence=["In a little over a day in the Japanese capital",
                       "In their joint statement, the two leaders agreed"]),
        dict(title="keep up shuttle diplomacy", kind="commitment", date="2025-08-23",
             parties=["JP", "KR"], status="agreed",
             evidence=["In their joint statement, the two leaders agreed"]),
        dict(title="launch a consultative body on shared social problems", kind="commitment",
             date="2025-08-23", parties=["JP", "KR"], status="agreed",
             evidence=["In their joint statement, the two leaders agreed"]),
        dict(title="widen cooperation in hydrogen and artificial intelligence",
             kind="commitment", date="2025-08-23", parties=["JP", "KR"], status="agreed",
             evidence=["In their joint statement, the two leaders agreed"]),
        dict(title="expand the working holiday program", kind="commitment",
             date="2025-08-23", parties=["JP", "KR"], status="agreed",
             evidence=["They also agreed to expand the working holiday program"]),
        dict(title="coordinate closely with Washington on North Korea's denuclearization",
             kind="commitment", date="2025-08-23", parties=["JP", "KR"], status="agreed",
             evidence=["The two sides also reaffirmed their commitment"]),
        dict(title="1998 joint declaration by Kim Dae-jung and Keizo Obuchi",
             kind="joint-declaration", date="1998", parties=["JP", "KR"],
             status="referenced",
             evidence=["Ishiba told the press that his government upholds"]),
        dict(title="1965 treaty that normalized relations", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["This year marks the 60th anniversary"]),
    ],
    notes=[
        "Invented photo feature (headline, outlet line, 'Published' line, credit line, frame"
        " counters, photo credits and the 'Related' line are furniture; the published time is"
        " annotated). Outlet, photographers, writer and Lee's quote are invented; Ishiba's"
        " remark is a paraphrase. Real background (deepnewz, Asia Today 2025-08-25, Korea.net"
        " 2025-08-25, JoongAng via newsbeep, particle.news, newswatchint, dhakagate, alojapan"
        " 2025-08): Lee's first bilateral trip abroad to Tokyo, arriving 2025-08-23 and"
        " leaving for Washington 2025-08-24 before meeting Trump on 2025-08-25; summit of more"
        " than two hours at the prime minister's residence incl. a small-group session on"
        " U.S. tariffs; first joint statement in 17 years; shuttle diplomacy, consultative"
        " body on low birth rates, aging, regional revitalization; hydrogen and AI; working"
        " holiday expansion; denuclearization and coordination with the U.S.; Ishiba upholding"
        " previous cabinets' positions incl. the 1998 Kim-Obuchi declaration; dinner with"
        " spouses and a mixed menu; first meeting at the G7 in Canada, second 67 days later;"
        " 60th anniversary of normalization in 2025. From general knowledge: Kim Hea-kyung,"
        " Kananaskis on 2025-06-17.",
        "Summits (3): Tokyo 2025-08-23 (ordinal 2, 'this second meeting'); Kananaskis"
        " 2025-06-17 (ordinal 1, 'first met'); Lee-Trump at the White House 2025-08-25"
        " (planned). The dinner is part of the Tokyo visit, not a separate summit.",
        "Agreements (8): the joint statement; five commitments (three in one sentence, split;"
        " working holiday; coordination with Washington); the 1998 declaration and the 1965"
        " treaty (referenced). Not agreements: Ishiba's upholding of past positions"
        " (unilateral), the reaffirmed commitment to denuclearization (a shared position).",
        "Timexes: 'a little over a day' = P1D MORE_THAN; 'two-hour' = PT2H; '17 years' ="
        " P17Y; '67 days' = P67D; 'Saturday evening' = 2025-08-23TEV.",
    ],
)
