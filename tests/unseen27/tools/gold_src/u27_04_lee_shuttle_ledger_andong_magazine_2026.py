# ruff: noqa: E501
MOTOR = "When Sanae Takaichi's motorcade pulled into Andong"
LOOP = "Lee Jae-myung, a president once known for his sharp words"
SAT = "The pair sat down at a hotel in the old Confucian town"
THIRD = "It was the third time the two leaders had met."
KAN = "Lee, barely two weeks in office, met Shigeru Ishiba"
TOKYO = "Two months later Lee flew to Tokyo"
AUG = "The August 23 summit at the prime minister's residence"
TRUMP = "Lee met Donald Trump at the White House two days later."
BUSAN = "Ishiba, by then on his way out, returned the visit"
GYEONG = "A month later it was Takaichi"
NARA = "The January trip to Nara"
NARA2 = "In Nara the two governments agreed"
HARD = "Neither leader has moved to reopen"
ASKED = "Asked whether a formal joint declaration"

GOLD = dict(
    published="2026-05-21",
    furniture=[
        "THE ASIA LEDGER | Diplomacy\nThe hometown circuit\nEleven months, six summits, two prime ministers: how Lee Jae-myung turned Japan into a regular stop\nBy Hana Whitfield | May 21, 2026 | Issue 20",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["Lee", "President Lee"],
        "Sanae Takaichi": ["Takaichi"],
        "Shigeru Ishiba": ["Ishiba"],
        "Donald Trump": ["Trump"],
        "Xi Jinping": ["Xi"],
        "Government of Japan": ["Tokyo"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("We are past the stage", "direct", None, "said"),
        ("Now we have to show what meeting is for.", "direct", None, None),
        ("the calendar is full enough for now", "partial", None, "said"),
    ],
    statements=[
        (SAT, [None, "Lee Jae-myung", "Sanae Takaichi"], "said"),
        (KAN, ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
        (AUG, ["Lee Jae-myung", "Shigeru Ishiba"], "agreed"),
        (NARA2, ["Government of Japan", "Government of South Korea"], "agreed"),
        (TOKYO, [None], "insisted"),
        (ASKED, [None], "said"),
    ],
    timexes=[
        ("May 21, 2026", "2026-05-21", None),
        ("Tuesday afternoon", "2026-05-19TAF", None),
        ("a year ago", "2025", None),
        ("2:30 p.m.", "2026-05-19T14:30", None),
        ("this year", "2026", None),
        ("barely [[two weeks]]", "P2W", None),
        ("30 minutes", "PT30M", None),
        ("June 17 last year", "2025-06-17", None),
        ("Two months later", "2025-08", None),
        ("August 23", "2025-08-23", None),
        ("17 years", "P17Y", None),
        ("two days later", "2025-08-25", None),
        ("September 30", "2025-09-30", None),
        ("A month later", "2025-10", None),
        ("October 30", "2025-10-30", None),
        ("The [[January]] trip", "2026-01", None),
        ("a week after", "2026-01", None),
        ("1942", "1942", None),
        ("the [[2015]] agreement", "2015", None),
        ("1998", "1998", None),
    ],
    summits=[
        dict(date="2026-05-19", place="Andong", country="KR", participants=["Lee Jae-myung", "Sanae Takaichi"],
             kind="bilateral", ordinal=3, status="held", occasion=None, evidence=[MOTOR, SAT, THIRD]),
        dict(date="2025-06-17", place="Kananaskis", country="CA", participants=["Lee Jae-myung", "Shigeru Ishiba"],
             kind="sidelines", ordinal=None, status="held", occasion="G7 summit", evidence=[KAN]),
        dict(date="2025-08-23", place="Tokyo", country="JP", participants=["Lee Jae-myung", "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LOOP, TOKYO, AUG]),
        dict(date="2025-08-25", place="White House", country="US", participants=["Lee Jae-myung", "Donald Trump"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[TRUMP]),
        dict(date="2025-09-30", place="Busan", country="KR", participants=["Lee Jae-myung", "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LOOP, BUSAN]),
        dict(date="2025-10-30", place="Gyeongju", country="KR", participants=["Lee Jae-myung", "Sanae Takaichi"],
             kind="sidelines", ordinal=None, status="held", occasion="APEC", evidence=[GYEONG]),
        dict(date="2026-01", place="Nara", country="JP", participants=["Lee Jae-myung", "Sanae Takaichi"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[LOOP, NARA, NARA2]),
        dict(date="2026-01", place="Beijing", country="CN", participants=["Lee Jae-myung", "Xi Jinping"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[NARA]),
    ],
    agreements=[
        dict(title="draw up a document on energy security", kind="commitment", date="2026-05-19", parties=["JP", "KR"],
             status="agreed", evidence=[SAT]),
        dict(title="resume shuttle diplomacy (Kananaskis)", kind="commitment", date="2025-06-17", parties=["JP", "KR"],
             status="referenced", evidence=[KAN]),
        dict(title="joint press statement of August 2025", kind="joint-statement", date="2025-08-23", parties=["JP", "KR"],
             status="referenced", evidence=[AUG]),
        dict(title="widen the working holiday program", kind="commitment", date="2025-08-23", parties=["JP", "KR"],
             status="referenced", evidence=[AUG]),
        dict(title="set up a consultative body on shared problems", kind="commitment", date="2025-08-23", parties=["JP", "KR"],
             status="referenced", evidence=[AUG]),
        dict(title="cooperate on DNA testing of Chosei coal mine remains", kind="commitment", date="2026-01", parties=["JP", "KR"],
             status="referenced", evidence=[NARA2]),
        dict(title="fight cross-border scams together", kind="commitment", date="2026-01", parties=["JP", "KR"],
             status="referenced", evidence=[NARA2]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement", date="2015", parties=["JP", "KR"],
             status="referenced", evidence=[HARD]),
        dict(title="1998 Kim-Obuchi document (Japan-ROK Joint Declaration)", kind="joint-declaration", date="1998", parties=["JP", "KR"],
             status="referenced", evidence=[ASKED]),
    ],
    notes=[
        "Invented magazine feature (magazine 'The Asia Ledger', writer, issue number, the senior Japanese official's and the presidential aide's quotes invented; rubric, headline, deck and byline line are furniture; the byline date is annotated).",
        "Real facts, checked on stored pages: news.hanna-ai.com (two pages: Andong summit of 19-20 May 2026 in Lee's hometown, the third meeting of the two leaders; talks starting shortly after 2:30 p.m.; plan to issue a joint document on energy security - a weak aggregator, used only for these points); news.kbs.co.kr 8281748 and prod.biz.chosun.com (Kananaskis, 17 June 2025, about 30 minutes, agreement to resume shuttle diplomacy, fourteen days after inauguration); alojapan.com, newswatchint.com, todayheadline.co, preview.deepnewz.com (Tokyo, 23 August 2025, prime minister's residence, first joint press statement in 17 years, working holiday expansion, consultative body on shared challenges, Washington next, Lee-Trump on 25 August); en.asiatoday.co.kr and koreajoongangdaily 2025-10-28 (Lee-Takaichi on 30 October in Gyeongju before APEC opened on the 31st); koreajoongangdaily 2026-01-13, japannews.yomiuri 20260113-303786, thenews.com.pk, metaqsol.com, analyze.news (Nara on 13 January 2026, Takaichi's home prefecture, a week after Lee met Xi, Chosei coal mine DNA cooperation, 183 dead, 1942 flood, joint response to scams). From other corpora's titles: the Busan summit of 30 September 2025; the Lee-Xi summit in Beijing in January 2026.",
        "Summits (8): Andong (ordinal 3 from 'the third time the two leaders had met'), Kananaskis, Tokyo, Lee-Trump 'two days later', Busan, Gyeongju (recorded as sidelines of APEC, held on its eve; debatable), Nara (dated 2026-01: the text gives only 'January') and Lee-Xi in Beijing ('a week after' the Nara trip, 2026-01). Not summits: 'six summits' in the deck (aggregate, furniture), the 'loop', a possible joint declaration.",
        "Agreements (9): the Andong energy-security document (commitment, agreed); referenced: the Kananaskis shuttle-diplomacy commitment, the August 2025 joint press statement and its two commitments (split from 'agreed to widen ... and to set up'), the two Nara commitments (split), the 2015 agreement (joint-statement) and the 1998 Kim-Obuchi joint declaration. Not an agreement: a possible new joint declaration (a question, no proposal).",
        "Timexes: 'a year ago' = 2025; 'Tuesday afternoon' = 2026-05-19TAF; 'Two months later' after June = 2025-08; 'A month later' after 30 September = 2025-10; 'a week after' takes the date of the Nara trip it points to (2026-01). 'the 2015 agreement' is annotated on '2015' only (locator context). 'only days into the job' and 'for now' are not annotated.",
    ],
)
