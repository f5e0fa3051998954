GOLD = dict(
    published="2026-01-22",
    furniture=[
        "OPINION",
        "From Nara to Andong: hometown diplomacy needs more than scenery",
        "Published : 2026-01-22 06:00 | Updated : 2026-01-22 09:12",
        "By Yoon Chae-rin",
        "Yoon Chae-rin is a former diplomat and a visiting fellow at the Seorak Institute for"
        " Northeast Asian Studies. The views expressed are the writer's own.",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["President Lee Jae-myung", "Lee"],
        "Sanae Takaichi": ["Prime Minister Sanae Takaichi", "Takaichi", "the prime minister"],
        "Shigeru Ishiba": ["Ishiba"],
        "Xi Jinping": [],
        "Kim Dae-jung": [],
        "Keizo Obuchi": [],
        "Japanese government": ["Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("Families have waited 84 years for a name", "direct", "Lee Jae-myung", "said"),
        ("should not let the past decide the future", "partial", "Sanae Takaichi",
         "told reporters"),
    ],
    statements=[
        ("On Tuesday, six days after he came home from Nara", ["Lee Jae-myung"],
         "told his cabinet"),
        ("Lee said the prime minister had already shown", ["Lee Jae-myung"], "said"),
        ("Takaichi told reporters in Nara", ["Sanae Takaichi"], "told reporters"),
        ("Lee visited Xi Jinping in Beijing early this month", ["Lee Jae-myung"], "has said"),
        ("Then came Nara, on Jan. 13 and 14", ["Lee Jae-myung"], "request"),
    ],
    timexes=[
        ("Published : [[2026-01-22 06:00]]", "2026-01-22T06:00", None),
        ("Updated : [[2026-01-22 09:12]]", "2026-01-22T09:12", None),
        ("Last week", "2026-W03", None),
        ("On Tuesday", "2026-01-20", None),
        ("six days", "P6D", None),
        ("the seven months", "P7M", None),
        ("took office [[in June]]", "2025-06", None),
        ("bilateral stop [[in August]]", "2025-08", None),
        ("17 years", "P17Y", None),
        ("the end of September", "2025-09", "END"),
        ("three weeks", "P3W", None),
        ("Oct. 30", "2025-10-30", None),
        ("Johannesburg [[in November]]", "2025-11", None),
        ("on [[Jan. 13]] and 14", "2026-01-13", None),
        ("Jan. 13 and [[14]], a trip", "2026-01-14", None),
        ("flooded in [[1942]]", "1942", None),
        ("84 years", "P84Y", None),
        ("own in [[2023]]", "2023", None),
        ("early this month", "2026-01", "START"),
        ("More than sixty years", "P60Y", "MORE_THAN"),
        ("the [[1965]] treaty", "1965", None),
        ("more than a quarter-century", "P25Y", "MORE_THAN"),
        ("their [[1998]] declaration", "1998", None),
        ("this spring", "2026-SP", None),
    ],
    summits=[
        dict(date="2026-01-13/2026-01-14", place="Nara", country="JP",
             participants=["Lee Jae-myung", "Sanae Takaichi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Last week President Lee Jae-myung became the first foreign leader",
                       "Then came Nara, on Jan. 13 and 14",
                       "The most concrete result of Nara",
                       "Takaichi told reporters in Nara"]),
        dict(date="2026", place="Andong", country="KR",
             participants=["Lee Jae-myung", "Sanae Takaichi"], kind="bilateral", ordinal=None,
             status="planned", occasion=None,
             evidence=["On Tuesday, six days after he came home from Nara",
                       "Lee said the prime minister had already shown",
                       "But a change of scenery is not a policy",
                       "So here is a modest suggestion"]),
        dict(date="2025-06", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="sidelines", ordinal=None,
             status="held", occasion="the Group of Seven summit",
             evidence=["He first sat down with Shigeru Ishiba"]),
        dict(date="2025-08", place="Tokyo", country="JP",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["He then made Tokyo, not Washington"]),
        dict(date="2025-09", place="Busan", country="KR",
             participants=["Shigeru Ishiba", "Lee Jae-myung"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Ishiba repaid the visit in Busan"]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Lee Jae-myung", "Sanae Takaichi"], kind="sidelines", ordinal=None,
             status="held", occasion="the APEC summit",
             evidence=["Lee and Takaichi held their first talks on Oct. 30",
                       "Then came Nara, on Jan. 13 and 14"]),
        dict(date="2025-11", place="Johannesburg", country="ZA",
             participants=["Lee Jae-myung", "Sanae Takaichi"], kind="sidelines", ordinal=None,
             status="held", occasion="the G20",
             evidence=["Lee and Takaichi held their first talks on Oct. 30"]),
        dict(date="2026-01", place="Beijing", country="CN",
             participants=["Lee Jae-myung", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Lee visited Xi Jinping in Beijing early this month"]),
        dict(date="1998", place=None, country=None,
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["More than sixty years after the 1965 treaty"]),
    ],
    agreements=[
        dict(title="DNA tests on remains from the Chosei coal mine", kind="commitment",
             date="2026-01-13", parties=["JP", "KR"], status="agreed",
             evidence=["The most concrete result of Nara"]),
        dict(title="hold the next meeting in Takaichi's home region (Lee's request in Gyeongju)",
             kind="commitment", date="2025-10-30", parties=["JP", "KR"], status="proposed",
             evidence=["Then came Nara, on Jan. 13 and 14"]),
        dict(title="first Japan-ROK joint statement in 17 years (Tokyo, August 2025)",
             kind="joint-statement", date="2025-08", parties=["JP", "KR"],
             status="referenced",
             evidence=["He then made Tokyo, not Washington"]),
        dict(title="1965 treaty", kind="treaty", date="1965", parties=["JP", "KR"],
             status="referenced",
             evidence=["More than sixty years after the 1965 treaty"]),
        dict(title="1998 Kim-Obuchi declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced",
             evidence=["More than sixty years after the 1965 treaty"]),
        dict(title="trans-Pacific trade pact (CPTPP)", kind="treaty", date=None,
             parties=["AU", "BN", "CA", "CL", "GB", "JP", "MX", "MY", "NZ", "PE", "SG", "VN"],
             status="referenced",
             evidence=["Seoul still wants to join"]),
    ],
    notes=[
        "Invented op-ed (label, headline, Published/Updated line, byline and the writer's"
        " description are furniture; both stamps are annotated). Writer, institute, and every"
        " quote (Lee's sentence on the Chosei families, Takaichi's partial) are invented; the"
        " columnist's suggestion of a security advisers' channel is explicitly one 'no"
        " government has made'. Real background: nippon.com / Jiji 2026-01-20 (Lee at a cabinet"
        " meeting on Tuesday wants the next summit in his hometown Andong, instructs agencies"
        " to check lodging and venues, says Takaichi was eager; Nara visit through Wednesday);"
        " newsonjapan 2026-01-14 (first foreign leader hosted in her home region; Horyu-ji; the"
        " visit followed a request Lee conveyed at the October talks in South Korea);"
        " analyze.news and mdfy.news (Nara: fifth summit with a Japanese premier; DNA analysis"
        " of remains from the 1942 Chosei undersea mine flood, 183 dead including 136 Koreans;"
        " CPTPP bid; seafood ban discussed); JoongAng Daily 2026-01-13 (second summit with"
        " Takaichi; Gyeongju in late October; six days after returning from Xi summit);"
        " qazinform / allthe.news (Gyeongju talks on 30 October, brief meeting at the G20 in"
        " Johannesburg in November; Lee's trip to Tokyo in August); deepnewz (first joint"
        " statement in 17 years, Tokyo first bilateral stop before Washington); biz.chosun"
        " 2025-09-30 (Busan summit); asiatoday 2025-10-28 (APEC opening on the 31st); Korea"
        " Herald 2025-12-30 and allthe.news (Lee's state visit to China in early January, Xi"
        " summit). From general knowledge: Lee's inauguration in June 2025 and his Andong"
        " roots, Kananaskis G7 as the first Lee-Ishiba meeting (also in other corpora), Korea's"
        " ban covering eight prefectures, the 2023 compensation plan.",
        "Summits (9): Nara 2026-01-13/14; the Andong summit Lee wants to host (planned, 2026;"
        " 'this spring' is the columnist's hypothetical); Kananaskis 2025-06, Tokyo 2025-08, Busan"
        " 2025-09, Gyeongju 2025-10-30, Johannesburg 2025-11 ('met briefly', recorded as a"
        " sideline meeting; debatable), Beijing 2026-01 (Lee-Xi), and the 1998 Kim-Obuchi"
        " meeting implied by 'signed their 1998 declaration'.",
        "Agreements (6): Lee's request at Gyeongju to hold the next meeting in Takaichi's home"
        " region (status proposed, as the text presents it: 'a request Lee made'; it was"
        " accepted, and Nara is the result; debatable: agreed); the Nara DNA commitment"
        " (status agreed: the article reports the Nara"
        " summit); the 2025 joint statement, the 1965 treaty, the 1998 declaration and the"
        " CPTPP (named only as 'the trans-Pacific trade pact that Japan leads'; parties are its"
        " twelve members; debatable whether a multilateral pact belongs here), all referenced."
        " Not agreements: the columnist's suggestion, Lee's instruction to his cabinet"
        " (domestic, not a proposal to Tokyo), Seoul's own 2023 settlement and its seafood ban"
        " (unilateral).",
    ],
)
