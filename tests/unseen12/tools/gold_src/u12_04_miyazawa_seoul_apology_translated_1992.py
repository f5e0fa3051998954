GOLD = dict(
    published="1992-01-17",
    furniture=[
        "[Translated from the Korean edition] Miyazawa apologizes eight times in 85 minutes..."
        " Roh: \"Japan must now show it in deeds\"",
        "Daehan Ilbo English Service | Input 1992.01.17 06:50 | Modified 1992.01.17 10:20",
        "(Seoul = Reporter Park Eun-ji)",
        "Park Eun-ji pej@daehan.example",
        "Copyright Daehan Ilbo. All rights reserved.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kiichi Miyazawa": ["Japanese Prime Minister Kiichi Miyazawa", "Miyazawa", "He"],
        "Roh Tae-woo": ["President Roh Tae-woo", "Roh", "The president"],
        "Han Gyeong-suk": [],
        "Government of Japan": ["The Japanese government", "the Foreign Ministry"],
    },
    quotes=[
        ("I apologize from the heart", "direct", "Kiichi Miyazawa", "was quoted as saying"),
        ("an apology in words is only a beginning", "partial", "Roh Tae-woo", "replied"),
        ("The president and I agreed that we should meet", "direct", "Kiichi Miyazawa", "said"),
        ("He apologizes in Seoul", "direct", "Han Gyeong-suk", "said"),
    ],
    statements=[
        ("According to a senior Cheong Wa Dae official, Miyazawa expressed",
         ["Kiichi Miyazawa", None], "expressed"),
        ("The Japanese government had admitted", ["Government of Japan"], "admitted"),
        ("Roh replied that", ["Roh Tae-woo"], "replied"),
        ("The two leaders agreed to set up a joint body", ["Kiichi Miyazawa", "Roh Tae-woo"],
         "agreed"),
        ("They also agreed to hold summits more often", ["Kiichi Miyazawa", "Roh Tae-woo"],
         "agreed"),
    ],
    timexes=[
        ("Input [[1992.01.17 06:50]]", "1992-01-17T06:50", None),
        ("Modified [[1992.01.17 10:20]]", "1992-01-17T10:20", None),
        ("in Seoul [[on the 16th]]", "1992-01-16", None),
        ("that afternoon", "1992-01-16TAF", None),
        ("lasted [[85 minutes]]", "PT85M", None),
        ("times in [[85 minutes]]", "PT85M", None),
        ("had admitted [[on the 13th]]", "1992-01-13", None),
        ("last year, and to expand", "1991", None),
        ("On the 17th", "1992-01-17", None),
        ("on the 18th", "1992-01-18", None),
        ("on the 15th", "1992-01-15", None),
        ("settled in 1965", "1965", None),
        ("two months", "P2M", None),
        ("November last year", "1991-11", None),
    ],
    summits=[
        dict(date="1992-01-16", place="Seoul", country="KR",
             participants=["Kiichi Miyazawa", "Roh Tae-woo"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["held a summit with President Roh Tae-woo",
                       "According to a senior Cheong Wa Dae official",
                       "The two leaders agreed to set up a joint body",
                       "at a joint press conference after the talks"]),
    ],
    agreements=[
        dict(title="set up a joint body of officials and business leaders to narrow the trade"
                   " deficit", kind="commitment", date="1992-01-16", parties=["JP", "KR"],
             status="agreed", evidence=["The two leaders agreed to set up a joint body"]),
        dict(title="expand technology transfer to Korean firms", kind="commitment",
             date="1992-01-16", parties=["JP", "KR"], status="agreed",
             evidence=["The two leaders agreed to set up a joint body"]),
        dict(title="hold summits more often", kind="commitment", date="1992-01-16",
             parties=["JP", "KR"], status="agreed",
             evidence=["They also agreed to hold summits more often",
                       "The president and I agreed that we should meet"]),
        dict(title="1965 agreement on property and claims", kind="treaty", date="1965",
             parties=["JP", "KR"], status="referenced",
             evidence=["He apologizes in Seoul"]),
    ],
    notes=[
        "Invented translated Korean-press article (headline, Input/Modified line, reporter line,"
        " sign-off and copyright line are furniture; both stamps are annotated). Outlet,"
        " reporter, the council co-leader, every quote (including Roh's partial quote and the"
        " headline's), the three commitments and the joint press conference remark are"
        " invented. Real background: csmonitor.com 1992-01-15 (three-day trip from 16 January,"
        " Miyazawa's first overseas trip as prime minister; Japan's 13 January admission of"
        " army involvement; first prime minister to address the National Assembly; visit to"
        " Gyeongju); worldjpn (Miyazawa's National Assembly speech in Seoul on 17 January 1992);"
        " Mainichi recollection quoted on shitaraba (85-minute summit, apology and remorse eight"
        " times, briefing by a presidential aide). From general knowledge: the summit on the"
        " afternoon of the 16th at Cheong Wa Dae, the trade deficit of nearly $9 billion in"
        " 1991, the Wednesday rallies that began on 8 January 1992, Miyazawa taking office in"
        " November 1991, return on the 18th.",
        "Summits (1): Miyazawa-Roh on 16 January 1992 in Seoul. Not a summit: the National"
        " Assembly speech.",
        "Agreements (4): two commitments split from one sentence (joint trade body; technology"
        " transfer), the commitment to meet more often (two mentions, one record), and the 1965"
        " claims agreement as a referenced treaty. Not agreements: Miyazawa's apology and Roh's"
        " request for an investigation (unilateral); the rally's demands.",
        "Timexes: Korean-press day numbers resolve to January 1992; 'the war' (an event name)"
        " and 'the second straight week' (an ordinal count) are not annotated.",
    ],
)
