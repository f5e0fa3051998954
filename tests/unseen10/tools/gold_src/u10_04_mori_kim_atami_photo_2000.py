GOLD = dict(
    published="2000-09-24",
    furniture=[
        "PHOTOS | Hot springs and hard numbers: Kim and Mori take their summit to Atami",
        "Seto Daily News | Photo desk",
        "Published 2000-09-24 19:20 JST | Updated 2000-09-24 21:05 JST",
        "Photos by Arata Kume and pool photographers | Text by Naomi Fujiwara",
        "[[1/7]]\nPresident", "[[Photo: Arata Kume]]\n\n2/7",
        "[[2/7]]\nPrime", "[[Photo: pool]]\n\n3/7",
        "[[3/7]]\nThe two", "[[Photo: Arata Kume]]\n\n4/7",
        "[[4/7]]\nKim and", "[[Photo: pool]]\n\n5/7",
        "[[5/7]]\nThe leaders", "[[Photo: Arata Kume]]\n\n6/7",
        "[[6/7]]\nMori and", "[[Photo: pool]]\n\n7/7",
        "[[7/7]]\nKim waves", "[[Photo: Arata Kume]]\n\nRelated",
        "Related: Can Seoul close the investment gap with Tokyo? | ASEM in Seoul: what to expect",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshiro Mori": ["Prime Minister Yoshiro Mori", "Mori"],
        "Kim Dae-jung": ["President Kim Dae-jung", "South Korean President Kim Dae-jung", "Kim",
                         "President Kim"],
        "Kim Jong Il": ["North Korean leader Kim Jong Il"],
        "Japanese government": ["Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("Unless Tokyo and Pyongyang find a way", "direct", "Kim Dae-jung", "said"),
        ("the wisdom and the help of President Kim", "partial", "Yoshiro Mori", "said"),
        ("gladly carry a message", "partial", "Kim Dae-jung", "told reporters"),
    ],
    statements=[
        ("On Friday he met Japanese writers", ["Kim Dae-jung"], "urged"),
        ("They agreed to hold regular working-level talks", ["Yoshiro Mori", "Kim Dae-jung"],
         "agreed"),
        ("They also agreed to set up a business forum", ["Yoshiro Mori", "Kim Dae-jung"],
         "agreed"),
        ("Mori said he would need", ["Yoshiro Mori"], "said"),
        ("Officials said Kim used the evening", [None, "Kim Dae-jung"], "said"),
        ("Mori replied only that", ["Yoshiro Mori"], "replied"),
        ("According to a Japanese official, they went through",
         [None, "Yoshiro Mori", "Kim Dae-jung"], "agreed"),
        ("Kim told reporters he would", ["Kim Dae-jung", None], "told reporters"),
        ("Both governments said the 1998 joint declaration",
         ["Japanese government", "South Korean government"], "said"),
    ],
    timexes=[
        ("Published [[2000-09-24 19:20 JST]]", "2000-09-24T19:20", None),
        ("Updated [[2000-09-24 21:05 JST]]", "2000-09-24T21:05", None),
        ("prime minister [[in April]]", "2000-04", None),
        ("Saturday morning", "2000-09-23TMO", None),
        ("the day before", "2000-09-22", None),
        ("On Friday", "2000-09-22", None),
        ("two and a half years", "P2Y6M", None),
        ("Saturday afternoon", "2000-09-23TAF", None),
        ("Seoul [[in May]]", "2000-05", None),
        ("one-day", "P1D", None),
        ("concluded by [[the end of the year]]", "2000", "END"),
        ("answer by [[the end of the year]]", "2000", "END"),
        ("Sunday morning", "2000-09-24TMO", None),
        ("about an hour", "PT1H", "APPROX"),
        ("used [[the evening]] to press", "2000-09-23TEV", None),
        ("the [[June]] summit", "2000-06", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("next month", "2000-10", None),
    ],
    summits=[
        dict(date="2000-09-23/2000-09-24", place="Atami", country="JP",
             participants=["Yoshiro Mori", "Kim Dae-jung"], kind="bilateral", ordinal=3,
             status="held", occasion=None,
             evidence=["Yoshiro Mori chose a seaside resort",
                       "Prime Minister Yoshiro Mori welcomes Kim at the hotel",
                       "The two leaders sit down with their delegations.",
                       "Kim and Mori at their joint news conference.",
                       "Mori and Kim meet again over breakfast",
                       "The talks were the first between the two since"]),
        dict(date="2000-05", place="Seoul", country="KR",
             participants=["Yoshiro Mori", "Kim Dae-jung"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The two first met as leaders in Seoul in May"]),
        dict(date="2000-06", place="Pyongyang", country="KP",
             participants=["Kim Dae-jung", "Kim Jong Il"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The talks were the first between the two since"]),
    ],
    agreements=[
        dict(title="regular working-level talks on Korea's trade imbalance with Japan",
             kind="commitment", date="2000-09-23", parties=["JP", "KR"], status="agreed",
             evidence=["They agreed to hold regular working-level talks"]),
        dict(title="speed up negotiations to conclude an investment treaty by year-end",
             kind="commitment", date="2000-09-23", parties=["JP", "KR"], status="agreed",
             evidence=["They agreed to hold regular working-level talks"]),
        dict(title="set up a business forum on a possible free trade agreement",
             kind="commitment", date="2000-09-23", parties=["JP", "KR"], status="agreed",
             evidence=["They also agreed to set up a business forum"]),
        dict(title="pursue nine IT cooperation areas as joint projects", kind="commitment",
             date="2000-09-24", parties=["JP", "KR"], status="agreed",
             evidence=["According to a Japanese official, they went through"]),
        dict(title="1998 joint declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced",
             evidence=["Both governments said the 1998 joint declaration"]),
    ],
    notes=[
        "Invented photo feature (headline, desk line, published/updated line, credits, frame"
        " counters, photo credits and the 'Related' line are furniture; the captions are the"
        " article's text and are annotated; both stamps are annotated). Outlet, photographers,"
        " writer, scenes and all quotes are invented, as are the placing of the nine IT areas at"
        " the breakfast (reported for the Saturday talks), the hour-long breakfast and Kim's"
        " arrival scene. Real background: Kantei page on the Atami summit of 23-24 September 2000"
        " (about 90 km south-west of Tokyo; third summit since Mori took office in April 2000);"
        " MOFA overview 2000-09-24 (arrival in Tokyo on Friday 22 September, meetings with"
        " cultural figures and business leaders, Saturday summit, press conference, dinner by"
        " Mori and his wife, summit breakfast); donga.com 2000-09-22 and 2000-09-23 (trade talks,"
        " investment treaty within the year, business forum on an FTA, nine IT tasks, voting"
        " rights request and Mori's indirect answer, Kim's offer of help with Pyongyang, Kim's"
        " remaining two and a half years, ASEM in Seoul next month); Japan Times 2000-09-24"
        " (first talks since the inter-Korean summit in June; Mori asked Kim to convey his"
        " desire for a summit with Kim Jong Il); Kantei 2000-05-29 and MOFA 2000-05-29 (Mori's"
        " one-day trip to Seoul, first summit since he took office). From general knowledge:"
        " Mori's attendance at ASEM in Seoul in October 2000.",
        "Summits (3): Atami, recorded as one meeting over two days (talks on Saturday and the"
        " summit breakfast on Sunday; date written as the interval 2000-09-23/2000-09-24;"
        " ordinal 3 from 'third summit ... since he became prime minister'); Seoul 2000-05;"
        " the inter-Korean summit in Pyongyang 2000-06. Not summits: the dinner (part of the"
        " visit), ASEM next month (a gathering; 'no separate talks ... have been scheduled'),"
        " Mori's hope to meet Kim Jong Il 'one day' (a wish, not a planned meeting).",
        "Agreements (5): four commitments, the first two split from one sentence; the 1998"
        " declaration referenced. Not agreements: Kim's request on voting rights (a demand) and"
        " Mori's reply, Kim's offer to carry a message (unilateral).",
        "Timexes: 'one day' in 'hoped one day to meet' is not annotated (no calendar point);"
        " 'the day before' = 2000-09-22 (read against the caption's Saturday).",
    ],
)
