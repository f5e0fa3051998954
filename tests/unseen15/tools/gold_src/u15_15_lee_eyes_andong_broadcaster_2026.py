# ruff: noqa: E501
LEDE = "President Lee Jae-myung said Tuesday he would like to host"
NARA1 = "The idea follows the two-day Nara visit"
NARA2 = "The two leaders held one-on-one and expanded talks"
DNA = "At the summit they agreed to cooperate on DNA analysis"
SHUTTLE = "They also agreed to keep up shuttle diplomacy"
SECOND = "It was the second summit between Lee and Takaichi."
GYEONGJU = "They first met on Oct. 30 last year in Gyeongju"
SUGGEST = "At the Gyeongju meeting, Lee suggested"
BEIJING = "Lee visited Beijing for a state visit"
ISHIBA = "Before Nara, Lee had met Takaichi's predecessor"

GOLD = dict(
    published="2026-01-20",
    furniture=[
        "HNB NEWS | National\n"
        "Lee wants next summit with Takaichi in his hometown of Andong\n"
        "Input 2026.01.20 16:22 | Edit 2026.01.20 18:05\n"
        "Reporter Jang Min-seo",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["President Lee Jae-myung", "Lee"],
        "Sanae Takaichi": ["Japanese Prime Minister Sanae Takaichi", "Takaichi", "The prime minister", "the prime minister"],
        "Wi Sung-lac": ["National Security Adviser Wi Sung-lac"],
        "Xi Jinping": ["Chinese President Xi Jinping"],
        "Shigeru Ishiba": ["Takaichi's predecessor, Shigeru Ishiba"],
    },
    quotes=[
        ("Visiting each other's hometowns sends a message", "direct", "Lee Jae-myung", "told the meeting"),
        ("The prime minister told me she would be glad", "direct", "Lee Jae-myung", None),
        ("a way of saying the shuttle does not only run between two capitals.", "partial", None, "said"),
    ],
    statements=[
        (LEDE, ["Lee Jae-myung"], "said"),
        ("Presiding over a Cabinet meeting at Cheong Wa Dae", ["Lee Jae-myung"], "instructed"),
        ("National Security Adviser Wi Sung-lac told the meeting", ["Wi Sung-lac"], "told"),
        (DNA, ["Lee Jae-myung", "Sanae Takaichi"], "agreed"),
        (SHUTTLE, ["Lee Jae-myung", "Sanae Takaichi"], "agreed"),
        (SUGGEST, ["Lee Jae-myung", "Sanae Takaichi"], "suggested"),
        ("Relations between Tokyo and Beijing have been strained", ["Sanae Takaichi"], "told"),
        ("A senior presidential official said the Andong plan", [None], "said"),
        ("Officials also said the two governments would stay in touch", [None], "said"),
    ],
    timexes=[
        ("Input [[2026.01.20 16:22]]", "2026-01-20T16:22", None),
        ("Edit [[2026.01.20 18:05]]", "2026-01-20T18:05", None),
        ("said [[Tuesday]] he would", "2026-01-20", None),
        ("a week after", "2026-01-20", None),
        ("two-day", "P2D", None),
        ("Jan. 13-14", "2026-01-13/2026-01-14", None),
        ("last June", "2025-06", None),
        ("the first day", "2026-01-13", None),
        ("the second morning", "2026-01-14TMO", None),
        ("in 1942", "1942", None),
        ("Oct. 30 last year", "2025-10-30", None),
        ("41 minutes", "PT41M", None),
        ("Johannesburg in [[November]]", "2025-11", None),
        ("earlier this month", "2026-01", None),
        ("since November", "2025-11", None),
        ("Tokyo in [[August]]", "2025-08", None),
        ("late September", "2025-09", "END"),
        ("Nagoya in [[September]]", "2026-09", None),
    ],
    summits=[
        dict(date="2026-01-13", place="Nara", country="JP",
             participants=["Lee Jae-myung", "Sanae Takaichi"], kind="bilateral", ordinal=2,
             status="held", occasion=None, evidence=[LEDE, NARA1, NARA2, DNA, SECOND]),
        dict(date="2025-10-30", place="Gyeongju", country="KR",
             participants=["Lee Jae-myung", "Sanae Takaichi"], kind="sidelines", ordinal=1,
             status="held", occasion="APEC", evidence=[GYEONGJU, SUGGEST]),
        dict(date="2026-01", place="Beijing", country="CN",
             participants=["Lee Jae-myung", "Xi Jinping"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[BEIJING]),
        dict(date="2025-08", place="Tokyo", country="JP",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[ISHIBA]),
        dict(date="2025-09", place="Busan", country="KR",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[ISHIBA]),
    ],
    agreements=[
        dict(title="cooperate on DNA analysis of remains from the Chosei coal mine", kind="commitment",
             date="2026-01-13", parties=["JP", "KR"], status="referenced", evidence=[DNA]),
        dict(title="keep up shuttle diplomacy", kind="commitment", date="2026-01-13",
             parties=["JP", "KR"], status="referenced", evidence=[SHUTTLE]),
    ],
    notes=[
        "Invented Korean broadcaster web story (outlet 'HNB News'; label, headline, Input/Edit line and reporter line are furniture; the stamps are annotated). Every quote is invented, including Lee's words at the Cabinet meeting and the senior official's.",
        "Real background, checked on stored pages: nippon.com/Jiji 2026-01-20 (on Tuesday Lee expressed interest in holding the next summit in Andong; told agencies to assess lodging and venues; Takaichi had shown eagerness; Wi Sung-lac on a four-star hotel, a hanok hotel and the provincial government building); koreajoongangdaily 2026-01-13 (Nara visit, second summit with Takaichi after Gyeongju in late October 2025; Horyuji on Wednesday morning; six days after returning from a summit with Xi; Takaichi's Taiwan remarks last November); world.kbs.co.kr 2026-01 (one-on-one and expanded talks, joint press conference and dinner); qazinform 2026-01-09 (Gyeongju on 30 October; brief meeting at the G20 in South Africa in November; second visit to Japan after Tokyo in August); world.kbs.co.kr 2025-10 (Gyeongju talks began at 6:02 p.m. and lasted 41 minutes); oananews/Jiji 2025-10-30 (Lee proposed a regional venue; Takaichi would consider it favourably); channelnewsasia 2026-01-09 (Asian Games in Japan in September, North Korean athletes). From general knowledge and other corpora's manifests: the DNA agreement on the Chosei mine remains at Nara; the 1942 flood and its toll (183 dead, 136 Korean); the Busan summit of late September 2025; Lee took office in June 2025.",
        "Summits (5): Nara (ordinal 2, 'the second summit between Lee and Takaichi'), Gyeongju (ordinal 1, 'They first met'), Lee-Xi in Beijing ('earlier this month'), Lee-Ishiba in Tokyo (August) and Busan ('late September'). Not summits: the Andong summit Lee wants ('No date has been set'; not recorded, following unseen14's decision on unfixed meetings, although a system may well extract it as planned), the 'brief words' at the G20 in Johannesburg (the text counts Nara as only the second summit, so the G20 exchange is not one; debatable), the Cabinet meeting, the Horyuji tour (part of the Nara visit).",
        "Agreements (2): DNA analysis and shuttle diplomacy, agreed at Nara, referenced a week later. Not agreements: Lee's Andong idea and the officials' intention to stay in touch over the Asian Games.",
        "Timexes: 'Jan. 13-14' = one interval; 'a week after' = the publication day; 'the first day' = 13 January; 'the second morning' = 2026-01-14TMO; 'days before' not annotated.",
    ],
)
