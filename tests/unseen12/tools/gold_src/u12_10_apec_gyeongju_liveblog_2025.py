TRUMP_LEE = "Trump and President Lee Jae Myung are sitting down"
XI = "Trump has left his hotel for Busan"
DONE = "The Trump-Xi talks at the air base in Busan are over"
AGREED = "According to the presidential office, the two leaders agreed"

GOLD = dict(
    published="2025-10-30",
    furniture=[
        "LIVE | APEC in Gyeongju: Trump, Xi, Takaichi arrive for two days of summitry\n"
        "Namdo Daily English | Last updated: Oct. 30, 2025, 21:10 KST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "He"],
        "Sanae Takaichi": ["Japan's new prime minister, Sanae Takaichi", "Takaichi", "She",
                           "the prime minister"],
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee", "The president"],
        "Cho Hyun": ["Foreign Minister Cho Hyun"],
        "Toshimitsu Motegi": ["Motegi"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Shigeru Ishiba": ["her predecessor, Shigeru Ishiba"],
        "Kang Yu-jung": ["spokesperson Kang Yu-jung"],
        "Office of the President": ["The presidential office", "the presidential office"],
    },
    quotes=[
        ("The president looks forward to a frank conversation", "direct", "Kang Yu-jung",
         "told reporters"),
        ("future-oriented and stable", "partial", "Office of the President", "according to"),
        ("important neighbors", "partial", "Sanae Takaichi", "said"),
        ("has only grown more vital.", "partial", "Sanae Takaichi", "said"),
        ("word for word.", "partial", "Lee Jae Myung", "told"),
    ],
    statements=[
        ("The presidential office says Lee and Takaichi", ["Office of the President"], "says"),
        (AGREED, ["Lee Jae Myung", "Sanae Takaichi", "Office of the President"], "agreed"),
        ("Takaichi said the two countries", ["Sanae Takaichi"], "said"),
        ("Lee told her that her words", ["Lee Jae Myung"], "told"),
    ],
    timexes=[
        ("Oct. 30, 2025, 21:10", "2025-10-30T21:10", None),
        ("Wednesday, Oct. 29", "2025-10-29", None),
        ("11:05 KST", "2025-10-29T11:05", None),
        ("on Tuesday", "2025-10-28", None),
        ("15:40 KST", "2025-10-29T15:40", None),
        ("about two months", "P2M", "APPROX"),
        ("Aug. 25", "2025-08-25", None),
        ("16:25 KST", "2025-10-29T16:25", None),
        ("this afternoon", "2025-10-29TAF", None),
        ("last week", "2025-W43", None),
        ("19:50 KST", "2025-10-29T19:50", None),
        ("tomorrow evening", "2025-10-30TEV", None),
        ("Thursday, Oct. 30", "2025-10-30", None),
        ("09:45 KST", "2025-10-30T09:45", None),
        ("11 a.m.", "2025-10-30T11:00", None),
        ("in January", "2025-01", None),
        ("13:40 KST", "2025-10-30T13:40", None),
        ("about 100 minutes", "PT100M", "APPROX"),
        ("through [[Saturday]]", "2025-11-01", None),
        ("Nov. 1", "2025-11-01", None),
        ("17:15 KST", "2025-10-30T17:15", None),
        ("less than five months", "P5M", "LESS_THAN"),
        ("18:02 KST", "2025-10-30T18:02", None),
        ("18:50 KST", "2025-10-30T18:50", None),
        ("41 minutes", "PT41M", None),
        ("[[21:10 KST]]\nThat is all", "2025-10-30T21:10", None),
        ("tonight", "2025-10-30TNI", None),
        ("tomorrow morning", "2025-10-31TMO", None),
        ("8 a.m.", "2025-10-31T08:00", None),
    ],
    summits=[
        dict(date="2025-10-29", place="Gyeongju", country="KR",
             participants=["Donald Trump", "Lee Jae Myung"], kind="bilateral", ordinal=2,
             status="held", occasion="APEC",
             evidence=[TRUMP_LEE, "Lee presented his guest with a replica"]),
        dict(date="2025-08-25", place="Washington", country="US",
             participants=["Donald Trump", "Lee Jae Myung"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TRUMP_LEE]),
        dict(date="2025-10-28", place="Tokyo", country="JP",
             participants=["Donald Trump", "Sanae Takaichi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["U.S. President Donald Trump flew in from Tokyo"]),
        dict(date="2025-10-30", place="Busan", country="KR",
             participants=["Donald Trump", "Xi Jinping"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC",
             evidence=[XI, "It will be their first face-to-face meeting", DONE]),
        dict(date="2025-11-01", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="planned", occasion="APEC",
             evidence=["Lee and Xi are scheduled to hold their summit"]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="sidelines", ordinal=1,
             status="held", occasion="APEC",
             evidence=["The presidential office says Lee and Takaichi",
                       "Lee and Takaichi have begun their talks",
                       "Done after 41 minutes", AGREED, "Takaichi said the two countries",
                       "Lee told her that her words"]),
    ],
    agreements=[
        dict(title="keep shuttle diplomacy going", kind="commitment", date="2025-10-30",
             parties=["JP", "KR"], status="agreed", evidence=[AGREED]),
        dict(title="develop relations in a future-oriented and stable direction",
             kind="commitment", date="2025-10-30", parties=["JP", "KR"], status="agreed",
             evidence=[AGREED]),
    ],
    notes=[
        "Invented live page (title and last-updated line are furniture; the stamp is"
        " annotated; day headers and entry times are page text, annotated against their day)."
        " Outlet, entry times other than 18:02, the spokesperson's quote and the"
        " Takaichi-landing entry are invented. Real background: JoongAng Daily 2025-10-29"
        " (second Lee-Trump summit on Wednesday afternoon at the Gyeongju National Museum, two"
        " months after Washington); news1global (Trump to meet Takaichi on Tuesday 28 October"
        " in Tokyo; enters Korea through Busan; first Lee-Trump summit on 25 August);"
        " Korea Herald 2025-10-29 (gold crown replica); JoongAng Daily 2025-10-30 (Trump left"
        " Gyeongju for Busan; Trump-Xi at 11 a.m.; Xi's state visit Thursday to Saturday;"
        " Lee-Xi on 1 November; Trump-Xi ended after about 100 minutes at the air force base in"
        " Busan; Trump flew home); KBS (Lee-Takaichi at the HICO convention center from"
        " 6:02 p.m. for 41 minutes; Takaichi's 'important neighbors' and 'only grown more"
        " vital'; Lee's 'word for word'); Jiji via nippon.com 2025-10-30 (about 40 minutes,"
        " longer than the scheduled 20; agreed on future-oriented, stable ties and continued"
        " shuttle diplomacy). From general knowledge: Trump's inauguration in January 2025.",
        "Summits (6): Trump-Lee in Gyeongju (ordinal 2 from 'their second summit'), the"
        " Washington summit of 25 August (background), Trump-Takaichi in Tokyo on Tuesday,"
        " Trump-Xi in Busan, Lee-Xi on 1 November (planned), Lee-Takaichi (ordinal 1 from"
        " 'their first summit'). Not summits: the Cho-Motegi foreign ministers' meeting, Lee's"
        " three meetings with Ishiba in aggregate, the APEC gathering itself.",
        "Agreements (2): two commitments split from one sentence.",
        "Timexes: each entry's relative expressions are read against the entry's day ('this"
        " afternoon' and 'last week' on 29 October; 'tonight' and 'tomorrow morning' on"
        " 30 October); 'last week' = 2025-W43; 'through Saturday' annotated as Saturday.",
    ],
)
