# ruff: noqa: E501
NAW = "Lee and Polish President Karol Nawrocki wrapped up talks"
NAW2 = "According to the presidential office, the two agreed to broaden cooperation"
CONG = "Lee congratulated Nawrocki"
MEL = "Lee's meeting with Italian Prime Minister Giorgia Meloni is over."
MEL2 = "Meloni told Lee she hoped to visit South Korea"
MEL3 = "It was the first time the two had met."
PITCH = "Lee pitched joint work on artificial intelligence and defence."
PEN = "he told her, according to a pool report."
MAC = "The summit with French President Emmanuel Macron"
MAC2 = "Paris asked to postpone it"
RULES = "Lee told the chamber."
END = "In his General Assembly debut yesterday"
UZ = "Afterwards he met U.N. Secretary-General Antonio Guterres"
NOISH = "No meeting with Japanese Prime Minister Shigeru Ishiba"
FIRSTMET = "The two leaders, who first met at the G7 summit in Canada"
RESIGN = "Ishiba, who has announced his resignation"
WI = "Nor is a one-on-one with U.S. President Donald Trump planned this week"
APEC = "Both are expected in Gyeongju for the APEC summit"
TARIFF = "Seoul and Washington have yet to put into writing"

GOLD = dict(
    published="2025-09-24",
    furniture=[
        "LIVE: Lee at the UN, day two - Security Council chair, Meloni and Nawrocki talks; Macron meeting scrapped\n"
        "Last updated: Wednesday, September 24, 2025, 18:40 EDT\n"
        "By our New York team\n"
        "18:40 EDT",
        "16:05 EDT",
        "12:30 EDT",
        "10:00 EDT",
        "08:15 EDT - Catch up on Tuesday",
        "08:00 EDT - What about Tokyo and Washington?",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae Myung": ["Lee", "he"],
        "Karol Nawrocki": ["Polish President Karol Nawrocki", "Nawrocki"],
        "Giorgia Meloni": ["Italian Prime Minister Giorgia Meloni", "Meloni"],
        "Emmanuel Macron": ["French President Emmanuel Macron"],
        "Shavkat Mirziyoyev": ["Uzbek President Shavkat Mirziyoyev"],
        "Petr Pavel": ["Czech President Petr Pavel"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba", "Ishiba"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Wi Sung-lac": ["National Security Adviser Wi Sung-lac"],
        "Office of the President of South Korea": ["the presidential office", "Lee's office"],
    },
    quotes=[
        ("as early as possible", "partial", "Giorgia Meloni", "told"),
        ("Our two peninsulas have more in common", "direct", "Lee Jae Myung", "told"),
        ("Rules for this technology cannot be written", "direct", "Lee Jae Myung", "told the chamber"),
        ("in the near future,", "partial", None, "agreed"),
    ],
    statements=[
        (NAW2, ["Karol Nawrocki", "Lee Jae Myung", "Office of the President of South Korea"], "agreed"),
        (CONG, ["Lee Jae Myung"], "congratulated"),
        (MEL2, ["Giorgia Meloni", "Office of the President of South Korea"], "told"),
        (PITCH, ["Lee Jae Myung"], "pitched"),
        (PEN, ["Lee Jae Myung"], "told"),
        (MAC2, ["Office of the President of South Korea"], "said in a statement"),
        (RULES, ["Lee Jae Myung"], "told the chamber"),
        (END, ["Lee Jae Myung"], "set out"),
        (UZ, ["Petr Pavel"], "said"),
        (FIRSTMET, ["Lee Jae Myung", "Shigeru Ishiba"], "agreed"),
        (RESIGN, ["Shigeru Ishiba"], "has announced"),
        (WI, ["Wi Sung-lac"], "has said"),
    ],
    timexes=[
        ("Wednesday, September 24, 2025, 18:40 EDT", "2025-09-24T18:40", None),
        ("[[18:40 EDT]]\nLee", "2025-09-24T18:40", None),
        ("this afternoon", "2025-09-24TAF", None),
        ("sworn in [[last month]]", "2025-08", None),
        ("16:05 EDT", "2025-09-24T16:05", None),
        ("12:30 EDT", "2025-09-24T12:30", None),
        ("pencilled in for [[today]]", "2025-09-24", None),
        ("10:00 EDT", "2025-09-24T10:00", None),
        ("presidency for [[September]]", "2025-09", None),
        ("08:15 EDT", "2025-09-24T08:15", None),
        ("Catch up on [[Tuesday]]", "2025-09-23", None),
        ("debut [[yesterday]]", "2025-09-23", None),
        ("phone call in [[July]]", "2025-07", None),
        ("08:00 EDT", "2025-09-24T08:00", None),
        ("Canada in [[June]]", "2025-06", None),
        ("Aug. 23", "2025-08-23", None),
        ("agreed [[last month]]", "2025-08", None),
        ("Oct. 4", "2025-10-04", None),
        ("planned [[this week]]", "2025-W39", None),
        ("the end of October", "2025-10", "END"),
        ("six years", "P6Y", None),
        ("reached in [[July]]", "2025-07", None),
    ],
    summits=[
        dict(date="2025-09-24", place="New York", country="US", participants=["Lee Jae Myung", "Karol Nawrocki"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[NAW, NAW2, CONG]),
        dict(date="2025-09-24", place="New York", country="US", participants=["Lee Jae Myung", "Giorgia Meloni"],
             kind="sidelines", ordinal=1, status="held", occasion="the UN General Assembly", evidence=[MEL, MEL2, MEL3, PITCH, PEN]),
        dict(date="2025-09-23", place="New York", country="US", participants=["Lee Jae Myung", "Shavkat Mirziyoyev"],
             kind="sidelines", ordinal=1, status="held", occasion="the UN General Assembly", evidence=[UZ]),
        dict(date="2025-09-23", place="New York", country="US", participants=["Lee Jae Myung", "Petr Pavel"],
             kind="sidelines", ordinal=None, status="held", occasion="the UN General Assembly", evidence=[UZ]),
        dict(date="2025-06", place=None, country="CA", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="G7", evidence=[FIRSTMET]),
        dict(date="2025-08-23", place="Tokyo", country="JP", participants=["Lee Jae Myung", "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[FIRSTMET]),
        dict(date="2025-10", place="Gyeongju", country="KR", participants=["Donald Trump", "Xi Jinping"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[APEC]),
        dict(date="2025-10", place="Gyeongju", country="KR", participants=["Lee Jae Myung", "Donald Trump"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[APEC]),
    ],
    agreements=[
        dict(title="broaden Korea-Poland cooperation in the defence industry", kind="commitment", date="2025-09-24",
             parties=["KR", "PL"], status="agreed", evidence=[NAW2]),
        dict(title="Meloni's invitation to Lee to visit Italy", kind="commitment", date="2025-09-24",
             parties=["IT", "KR"], status="proposed", evidence=[MEL2]),
        dict(title="Korea-U.S. tariff deal reached in July, not yet in writing", kind="commitment", date="2025-07",
             parties=["KR", "US"], status="referenced", evidence=[TARIFF]),
    ],
    notes=[
        "Invented live page of an English-language outlet (headline, 'Last updated' line, team byline and the entry time stamps and entry headings are furniture; the update stamp and entry times are annotated, the entries are newest first). Lee's two direct quotes are invented; Meloni's 'as early as possible' and 'in the near future' paraphrase wording reported on the stored pages.",
        "Real facts checked on stored pages: world.kbs.co.kr Seq_Code 196256, 79120, 105359 (Lee-Meloni and Lee-Nawrocki on Wednesday 24 September at UN headquarters, Nawrocki in the Security Council president's office in the afternoon; defence-industry cooperation; Poland's submarine acquisition; Meloni hoped to visit Korea and invited Lee to Italy); world.kbs.co.kr 92168 (Macron summit did not take place: France asked for a postponement because of an urgent domestic matter); en.asiatoday.co.kr 20250925000912285 and world.kbs.co.kr 79108 (Tuesday 23 September: Guterres, Mirziyoyev, first face-to-face after a July phone call, Pavel, who wished to visit Korea); radiom24.pt (first Lee-Meloni meeting); koreajoongangdaily 2025-09-26 and qazinform (END initiative; no one-on-one with Trump planned, possible informal encounter; Security Council open debate on AI); exbulletin.com 2025-09-22 (APEC in Gyeongju, Trump-Xi meeting expected, first in six years); koreaherald 10584574 (Lee and Ishiba agreed in August to meet in Korea in the near future); ajw.asahi 15847725 and deepnewz.com (Kananaskis in June; Tokyo on 23 August). From general knowledge: Nawrocki's inauguration in August 2025; Ishiba's resignation and the LDP vote of 4 October.",
        "Summits (8): Lee-Nawrocki and Lee-Meloni (24 September; Meloni ordinal 1, 'the first time the two had met'); Lee-Mirziyoyev (ordinal 1, 'first face-to-face meeting') and Lee-Pavel (23 September); Lee-Ishiba in Canada (June, 'first met') and in Tokyo (23 August); the expected Trump-Xi and Lee-Trump meetings at APEC in Gyeongju (planned, October). Not summits: the cancelled Macron meeting, Lee's meeting with Guterres (not a head of state or government), the phone call in July, a possible informal Lee-Trump encounter, the Lee-Ishiba meeting 'in the near future' (no date).",
        "Agreements (3): the Korea-Poland defence-industry commitment; Meloni's invitation (proposed); the July Korea-U.S. tariff deal (referenced). Not agreements: 'agreed ... to meet in Korea in the near future' (no date, not recorded, as unseen15-16), Meloni's and Pavel's wishes to visit Korea, the END initiative (unilateral).",
        "Timexes: entry stamps carry the publication day (2025-09-24) and New York time as written; 'Catch up on Tuesday' heading and 'yesterday' = 2025-09-23; 'this week' (Wednesday 24 September, week 39) = 2025-W39; 'the end of October' = 2025-10 END; 'in six years' is a duration.",
    ],
)
