GOLD = dict(
    published="2000-05-29",
    furniture=[
        "Mori, Kim vow to back inter-Korean summit, aim for early investment pact",
        "Kansai News Agency | 2000/05/29 20:15 JST",
        "SEOUL, May 29 (KNA) -- ",
        "==Kansai News Agency",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Yoshiro Mori": ["Prime Minister Yoshiro Mori", "Mori"],
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim", "the president"],
        "Kim Jong Il": ["North Korean leader Kim Jong Il"],
        "Keizo Obuchi": ["Obuchi"],
        "Japanese government": ["Tokyo", "Japan"],
    },
    quotes=[
        ("I told the president that Japan is behind him", "direct", "Yoshiro Mori",
         "told a joint news conference"),
        ("There is no subject of interest to Japan", "direct", "Kim Dae-jung", "said"),
    ],
    statements=[
        ("Prime Minister Yoshiro Mori, on a one-day trip", ["Yoshiro Mori"], "promised"),
        ("Kim opened the meeting by offering condolences", ["Kim Dae-jung", None], "told"),
        ("The two leaders agreed to work together", ["Yoshiro Mori", "Kim Dae-jung"], "agreed"),
        ("Kim explained that he wants peaceful coexistence", ["Kim Dae-jung", "Yoshiro Mori"],
         "explained"),
        ("Mori also outlined Tokyo's willingness", ["Yoshiro Mori"], "asked"),
        ("Kim promised to do so", ["Kim Dae-jung"], "promised"),
        ("Kim pressed Mori to give permanent foreign residents", ["Kim Dae-jung"], "pressed"),
        ("Mori promised only to give the request", ["Yoshiro Mori", None], "promised"),
        ("The two leaders also discussed a possible free trade agreement",
         ["Yoshiro Mori", "Kim Dae-jung"], "discussed"),
    ],
    timexes=[
        ("2000/05/29 20:15 JST", "2000-05-29T20:15", None),
        ("SEOUL, [[May 29]] (KNA)", "2000-05-29", None),
        ("one-day", "P1D", None),
        ("Kim Dae-jung [[on Monday]]", "2000-05-29", None),
        ("meeting [[next month]]", "2000-06", None),
        ("Obuchi [[in April]]", "2000-04", None),
        ("treaty by [[the end of the year]]", "2000", "END"),
        ("earlier this month", "2000-05", None),
        ("June 8", "2000-06-08", None),
        ("March last year", "1999-03", None),
        ("Tokyo in [[1998]]", "1998", None),
        ("Okinawa [[in July]]", "2000-07", None),
        ("Seoul hosts [[in October]]", "2000-10", None),
        ("June 12-14", "2000-06-12/2000-06-14", None),
        ("elections before [[the end of the year]]", "2000", "END"),
        ("later in the year", "2000", None),
        ("in the evening", "2000-05-29TEV", None),
    ],
    summits=[
        dict(date="2000-05-29", place="Seoul", country="KR",
             participants=["Yoshiro Mori", "Kim Dae-jung"], kind="bilateral", ordinal=1,
             status="held", occasion=None,
             evidence=["Prime Minister Yoshiro Mori, on a one-day trip",
                       "The talks at the presidential Blue House",
                       "Kim opened the meeting by offering condolences",
                       "Much of the discussion concerned the inter-Korean summit"]),
        dict(date="2000-06-12/2000-06-14", place="Pyongyang", country="KP",
             participants=["Kim Dae-jung", "Kim Jong Il"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["Prime Minister Yoshiro Mori, on a one-day trip",
                       "Much of the discussion concerned the inter-Korean summit"]),
        dict(date="2000", place=None, country="JP",
             participants=["Kim Dae-jung", "Yoshiro Mori"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["The two leaders also discussed a possible free trade agreement"]),
        dict(date="1999-03", place="Seoul", country="KR",
             participants=["Keizo Obuchi", "Kim Dae-jung"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Obuchi had visited Seoul in March last year"]),
        dict(date="1998", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Obuchi had visited Seoul in March last year"]),
    ],
    agreements=[
        dict(title="wrap up negotiations on a bilateral investment treaty by year-end",
             kind="commitment", date="2000-05-29", parties=["JP", "KR"], status="agreed",
             evidence=["The talks at the presidential Blue House"]),
        dict(title="work together for the success of the G8 summit in Okinawa",
             kind="commitment", date="2000-05-29", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to work together"]),
        dict(title="work together for the success of the Asia-Europe Meeting in Seoul",
             kind="commitment", date="2000-05-29", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to work together"]),
    ],
    notes=[
        "Invented wire story from a Japanese agency (headline, stamp line, dateline and the"
        " closing agency line are furniture; the stamp and the dateline date are annotated)."
        " Agency and both quotes are invented (Mori's and Kim's sentences restate positions"
        " reported at the time in new words). Real background: MOFA summary 2000-05-29 and"
        " Kantei page 2000-05-29 (one-day trip, Mori's first visit since taking office; talks,"
        " joint press conference, luncheon, talks with acting Prime Minister Lee Han-dong;"
        " condolences on Obuchi and Kim's attendance at the funeral on June 8; G8"
        " Kyushu-Okinawa summit in July and ASEM in Seoul in October; investment agreement,"
        " FTA, trade imbalance, aviation, a visit by Kim to Japan); Japan Times 2000-05-30"
        " (Blue House talks on Monday;"
        " investment treaty by year-end; voting rights and Mori's promise to consider; the"
        " inter-Korean summit scheduled for June 12-14; message to Kim Jong Il; Kim's"
        " support); Kyodo via thefreelibrary (Obuchi's March 1999 visit); Japan Times 1998-10-08"
        " (Kim's 1998 visit). From general knowledge: Obuchi's illness and death in May 2000,"
        " Mori taking office in April 2000.",
        "Summits (5): a visit by Kim to Japan later in the year (planned, 2000; it took place"
        " at Atami in September); Seoul 2000-05-29 (ordinal 1 from 'his first summit with"
        " President Kim');"
        " the inter-Korean summit (planned, June 12-14 as scheduled on the publication day; it"
        " took place on 13-15 June); Obuchi's Seoul visit 1999-03; Kim's Tokyo visit 1998. Not"
        " summits: the G8 summit and ASEM (gatherings), Kim's attendance at the funeral (no"
        " meeting stated), Mori's talks with acting Prime Minister Lee Han-dong (not a head of"
        " state or government).",
        "Agreements (3): investment treaty negotiations by year-end; G8 and ASEM cooperation,"
        " split into two commitments from one sentence. Not agreements: Mori's support for the"
        " inter-Korean summit, Kim's promise to carry a message (one side's act), the"
        " voting-rights request and Mori's promise to consider it.",
    ],
)
