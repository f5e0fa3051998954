GOLD = dict(
    published="2020-10-06",
    furniture=[
        "BRIEF | Travel", "Seoul, Tokyo to reopen doors to business travelers from Thursday",
        "Posted Oct. 6, 2020 16:20 | Hangang Times",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Toshimitsu Motegi": ["Japanese Foreign Minister Toshimitsu Motegi", "Motegi"],
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Yoshihide Suga": ["Prime Minister Yoshihide Suga", "Suga"],
        "South Korean foreign ministry": ["the foreign ministry"],
        "Japanese government": ["Japan"],
        "South Korean government": ["South Korea"],
    },
    quotes=[
        ("When ties are strained, it matters all the more", "direct", "Toshimitsu Motegi",
         "told a news conference"),
    ],
    statements=[
        ("South Korea and Japan will let business travelers",
         ["South Korean foreign ministry"], "said"),
        ("President Moon Jae-in and Prime Minister Yoshihide Suga agreed",
         ["Moon Jae-in", "Yoshihide Suga"], "agreed"),
        ("The two governments said they would keep consulting",
         ["Japanese government", "South Korean government"], "said"),
    ],
    timexes=[
        ("Oct. 6, 2020 16:20", "2020-10-06T16:20", None),
        ("again from [[Thursday]]", "2020-10-08", None),
        ("March", "2020-03", None),
        ("Tuesday", "2020-10-06", None),
        ("two-week", "P2W", None),
        ("14 days", "P14D", None),
        ("Sept. 24", "2020-09-24", None),
        ("July", "2020-07", None),
        ("eight days before that call", "2020-09-16", None),
    ],
    summits=[],
    agreements=[
        dict(title="Japan-Korea arrangement resuming business travel", kind="commitment",
             date=None, parties=["JP", "KR"], status="agreed",
             evidence=["South Korea and Japan will let business travelers",
                       "Under the arrangement, short-term business visitors"]),
        dict(title="speed up talks on resuming business travel (Moon-Suga call)",
             kind="commitment", date="2020-09-24", parties=["JP", "KR"],
             status="referenced",
             evidence=["President Moon Jae-in and Prime Minister Yoshihide Suga agreed"]),
        dict(title="keep consulting on wider travel once infections ease", kind="commitment",
             date=None, parties=["JP", "KR"], status="agreed",
             evidence=["The two governments said they would keep consulting"]),
    ],
    notes=[
        "Invented test article: short brief (section line, headline and 'Posted' line are"
        " furniture; the stamp is annotated). Motegi's quote is invented wording. The closing"
        " undertaking to keep consulting on wider travel is an invented detail. Real"
        " background: Japan and South Korea resumed business travel on Thursday 2020-10-08"
        " (announced 2020-10-06), short-term business travelers exempt from 14-day"
        " quarantine with a negative test and itinerary, long-term residents with two weeks'"
        " isolation; Motegi's remarks on the importance of exchanges starting with business"
        " people; Moon and Suga's first phone call on 2020-09-24 agreeing to speed up the"
        " talks, negotiated since July; Suga took office on 2020-09-16; Japan's entry curbs"
        " on Korea from March 2020.",
        "Quotes: Motegi's direct quote.",
        "Statements: the lede ('the foreign ministry said Tuesday'); Moon and Suga 'agreed'"
        " (joint act); 'The two governments said'. Not a statement: the full direct-quote"
        " sentence.",
        "Timexes: published Tuesday 2020-10-06; 'Thursday' (future) = 2020-10-08; bare"
        " 'March' and 'July' (past) = 2020-03 and 2020-07; 'two-week' = P2W; '14 days' ="
        " P14D; 'Sept. 24'; 'eight days before that call' = 2020-09-16 (anaphoric, whole"
        " phrase as span, debatable). The headline's 'Thursday' is furniture and not"
        " annotated. Not timexes: 'pandemic-era', 'once infections ease'.",
        "Summits (0): a phone call only.",
        "Agreements (3): the business travel arrangement (commitment: no named document;"
        " 'mou' would be defensible; date null because the article gives only the"
        " announcement, not when it was agreed, debatable); the Sept. 24 agreement to speed up"
        " talks (referenced); the undertaking to keep consulting (agreed, date null). Not"
        " agreements: the tourist ban (unilateral).",
    ],
)
