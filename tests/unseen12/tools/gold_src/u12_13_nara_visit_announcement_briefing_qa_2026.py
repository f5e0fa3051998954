VISIT = "President Lee Jae Myung will visit Nara Prefecture"
AFTERNOON = "the President will hold a one-on-one meeting"
SECOND = "This will be the President's second summit"
SHUTTLE = "The President visited Tokyo in August"

GOLD = dict(
    published="2026-01-09",
    furniture=[
        "Briefing by National Security Adviser Wi Sung-lac on the President's Visit to Japan\n"
        "Cheong Wa Dae Briefing Room | 2026-01-09 11:00",
        "(End of briefing)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Wi Sung-lac": ["National Security Adviser Wi Sung-lac"],
        "Lee Jae Myung": ["President Lee Jae Myung", "the President", "The President"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "the Prime Minister",
                           "Prime Minister Takaichi"],
        "Shigeru Ishiba": ["Prime Minister Ishiba"],
    },
    quotes=[
        ("does \"[[humanitarian cooperation on historical issues]]", "partial", "Wi Sung-lac",
         None),
    ],
    statements=[
        ("The President has said sport can open doors", ["Lee Jae Myung"], "has said"),
    ],
    timexes=[
        ("2026-01-09 11:00", "2026-01-09T11:00", None),
        ("January 13", "2026-01-13", None),
        ("January 13 and [[14]]", "2026-01-14", None),
        ("the afternoon of the 13th", "2026-01-13TAF", None),
        ("the morning of the 14th", "2026-01-14TMO", None),
        ("October 30 last year", "2025-10-30", None),
        ("about two and a half months", "P2M15D", "APPROX"),
        ("visited Tokyo [[in August]]", "2025-08", None),
        ("Busan [[in September]]", "2025-09", None),
        ("issued in Tokyo [[in August]]", "2025-08", None),
        ("specifics [[today]]", "2026-01-09", None),
        ("in 1942", "1942", None),
        ("Asian Games [[in September]]", "2026-09", None),
    ],
    summits=[
        dict(date="2026-01-13", place="Nara", country="JP",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="bilateral", ordinal=2,
             status="planned", occasion=None,
             evidence=[VISIT, AFTERNOON, SECOND, "holding the summit in Nara",
                       "Will the summit address the dispute",
                       "The two leaders are expected to discuss"]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Lee Jae Myung", "Sanae Takaichi"], kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[SECOND, "It comes about two and a half"]),
        dict(date="2025-08", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SHUTTLE]),
        dict(date="2025-09", place="Busan", country="KR",
             participants=["Shigeru Ishiba", "Lee Jae Myung"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[SHUTTLE]),
    ],
    agreements=[
        dict(title="joint document issued in Tokyo in August", kind="joint-statement",
             date="2025-08", parties=["JP", "KR"], status="referenced",
             evidence=["Is the government hoping for a joint document"]),
    ],
    notes=[
        "Invented presidential-office briefing with Q&A (title/header lines and the closing"
        " line are furniture; the header stamp is annotated). Every sentence of Wi's opening"
        " and answers, every question, and Lee's remark on sport are invented wording. Real"
        " background: CNA/Reuters 2026-01-09 (visit on 13-14 January announced on Friday;"
        " summit in Nara City on the 13th followed by a dinner; Wi on China-Japan issues and"
        " North Korean athletes at the Asian Games in September in Japan); JoongAng Daily"
        " 2026-01-09 (Wi's briefing; 'humanitarian cooperation on historical issues';"
        " 'possible' on China-Japan); KBS 2026-01-12 (one-on-one, expanded talks, joint news"
        " conference and dinner; talks for the first time in two and a half months; Horyuji"
        " and Korean community on Wednesday); qazinform 2026-01-09 (Lee-Takaichi met on"
        " 30 October; Tokyo in August; Ishiba); JoongAng Daily 2026-01-13 (fifth summit with a"
        " Japanese leader); Yomiuri 2026-01-13 (Chosei mine flood, 183 dead). From general"
        " knowledge: the Chosei flood in 1942, the Busan summit in September 2025.",
        "Quotes and statements: the briefing itself is the spokesman's own speech with no"
        " quotation marks; its sentences are not statement records (the speaker's own"
        " announcements), except the sentence reporting what Lee 'has said'. The reporter's"
        " quoted phrase reproduces Wi's words from the briefing (partial, cue null).",
        "Summits (4): the Nara summit (planned for 13 January, ordinal 2 from 'second summit'),"
        " Gyeongju on 30 October (ordinal 1, implied by 'second' and 'following their meeting';"
        " debatable), Tokyo (August) and Busan (September) as background. The friendship event"
        " and dinner are part of the visit.",
        "Agreements (1): the Tokyo joint document of August (referenced). Not agreements: a"
        " possible Nara document ('Nothing has been decided'), working-level talks on the"
        " Chosei mine (not concluded).",
        "Timexes: 'January 13 and 14' is two expressions; 'about two and a half months' ="
        " P2M15D APPROX.",
    ],
)
