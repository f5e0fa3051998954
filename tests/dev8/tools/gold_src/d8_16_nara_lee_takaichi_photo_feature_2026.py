LJM = "Lee Jae-myung"
TAK = "Sanae Takaichi"
BOTH = [LJM, TAK]
KJ = ["JP", "KR"]
HEAD = "Drums, a temple and a DNA deal: Lee's two days in Takaichi's Nara"
INTRO = "President Lee Jae-myung wrapped up a two-day visit to Japan on Wednesday"
AUG = "It is Lee's first visit to Japan since August"
WELC = "Takaichi welcomes Lee at a hotel in Nara before their summit"
FIRST = "The two leaders first met on the sidelines of the APEC summit in Gyeongju"
TABLE = "Lee and Takaichi face each other across the table."
DNA = "During the talks, the two leaders agreed to cooperate on DNA analysis"
READ = "The leaders read statements to reporters after the summit."
COOP = "They agreed to expand cooperation in economic security"
TAKS = "Takaichi said the two countries should play a role together"
DRUM = "Lee called it"
TEMPLE = "Viewing the murals in the main hall, Lee said"
CREDITS = ["1 of 8", "2 of 8", "3 of 8", "4 of 8", "5 of 8", "6 of 8", "7 of 8", "8 of 8",
           "Courtesy of the Prime Minister's Office of Japan"]
GOLD = dict(
    published="2026-01-14",
    furniture=["IN PICTURES |", "Photo desk | Jan. 14, 2026, 19:40 KST",
               "Related: Full text of the leaders' press statements | Chosei mine families"
               " welcome DNA agreement", *CREDITS,
               "Ishiba.\n[[Pool photo]]\n2", "Nara.\n[[Pool photo]]\n3",
               "1942.\n[[Pool photo]]\n4", "stable.\n[[Pool photo]]\n5",
               "flavors.\n[[Pool photo]]\n7", "textbooks.\"\n[[Pool photo]]\n8",
               "next.\n[[Pool photo]]\nRelated"],
    timex_in_furniture_ok=True,
    entities={
        LJM: ["President Lee Jae-myung", "Lee"],
        TAK: ["Prime Minister Sanae Takaichi", "Takaichi"],
        "Shigeru Ishiba": ["Takaichi's predecessor, Shigeru Ishiba"],
    },
    quotes=[
        ("a lifelong dream", "partial", LJM, "called"),
        ("in textbooks.", "partial", LJM, "said"),
    ],
    statements=[
        (FIRST, [LJM], "said"),
        (DNA, BOTH, "agreed"),
        (COOP, BOTH, "agreed"),
        (TAKS, [TAK], "said"),
        (DRUM, [LJM], "called"),
        (TEMPLE, [LJM], "said"),
    ],
    timexes=[
        ("two days", "P2D", None),
        ("Jan. 14, 2026, 19:40 KST", "2026-01-14T19:40", None),
        ("two-day", "P2D", None),
        ("Japan on [[Wednesday]]", "2026-01-14", None),
        ("less than a week", "P1W", "LESS_THAN"),
        ("Tuesday morning", "2026-01-13TMO", None),
        ("since [[August]]", "2025-08", None),
        ("Tuesday afternoon", "2026-01-13TAF", None),
        ("late October", "2025-10", "END"),
        ("1942", "1942", None),
        ("Tuesday evening", "2026-01-13TEV", None),
        ("Wednesday morning", "2026-01-14TMO", None),
        ("around [[607]]", "0607", "APPROX"),
        ("in the afternoon", "2026-01-14TAF", None),
    ],
    summits=[
        dict(date="2026-01-13", place="Nara", country="JP", participants=BOTH,
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[INTRO, WELC, TABLE, DNA, READ]),
        dict(date="2025-08", place="Tokyo", country="JP", participants=[LJM, "Shigeru Ishiba"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[AUG]),
        dict(date="2025-10", place="Gyeongju", country="KR", participants=BOTH,
             kind="sidelines", ordinal=1, status="held", occasion="APEC", evidence=[FIRST]),
    ],
    agreements=[
        dict(title="DNA analysis of remains from the Chosei undersea coal mine",
             kind="commitment", date="2026-01-13", parties=KJ, status="agreed",
             evidence=[HEAD, DNA]),
        dict(title="expand cooperation in economic security and artificial intelligence",
             kind="commitment", date="2026-01-13", parties=KJ, status="agreed",
             evidence=[COOP]),
        dict(title="fight online scams and other transnational crime together",
             kind="commitment", date="2026-01-13", parties=KJ, status="agreed",
             evidence=[COOP]),
        dict(title="complete denuclearization of the Korean Peninsula (reaffirmed)",
             kind="commitment", date="2026-01-13", parties=KJ, status="agreed",
             evidence=[COOP]),
    ],
    notes=[
        "Invented photo feature (desk, stamp, photo descriptions and credits invented; 'a"
        " lifelong dream' and 'in textbooks' are fragments of reported remarks). Captions are"
        " the text of a photo feature (dev3/dev4); the rubric, stamp (annotated), counters"
        " ('1 of 8'), photo credits and the related line are furniture (the 'Pool photo'"
        " credits repeat, so they are located with context). Checked (pages): Lee's arrival"
        " at Kansai Airport on Tuesday morning Jan. 13, 2026, first visit to Japan since"
        " August, summit at a Nara hotel in the afternoon, DNA testing of Chosei mine remains"
        " (183 dead, many from the Korean Peninsula, 1942 flood), Yamaguchi Prefecture"
        " (Yomiuri 20260113-303786; analyze.news); the first South Korean president in Nara,"
        " online scams and transnational crime, denuclearization (djournal.kr); Lee's wish at"
        " Gyeongju to visit Nara (nippon.com, 2026-01-09; KBS Seq_Code=198696); the drum"
        " session with 'Golden' and 'Dynamite' in matching blue uniforms, Lee's lifelong"
        " dream, Takaichi's surprise and heavy-metal past (ajupress; Yomiuri 20260114-303985;"
        " alojapan); the dinner menu and Takaichi on regional stability (newsonjapan.com);"
        " Horyuji on Wednesday morning, founded around 607, Baekje influence, 'textbooks'"
        " (alojapan; JoongAng Daily 2026-01-14); meeting Korean residents before flying home,"
        " six days after returning from China (JoongAng Daily 2026-01-13).",
        "Summits (3): Nara (Jan. 13; the dinner and the Horyuji visit are part of the visit,"
        " not separate summits); Tokyo in August with Ishiba ('held talks in Tokyo'); Gyeongju"
        " in late October ('first met': ordinal 1). Not summits: the drum session and the"
        " dinner (parts of the visit), the state visit to China (no meeting named), Takaichi's"
        " 'turn to travel to South Korea next' (no meeting planned).",
        "Agreements (4): DNA analysis; economic security/AI and transnational crime (two"
        " courses in one sentence); the reaffirmed denuclearization commitment (agreed on the"
        " reported date). Not agreements: Takaichi's view on regional stability.",
        "Quotes: the song and film titles in quotation marks are not quotes.",
        "Statements: the caption 'The two leaders first met ... when Lee said he hoped to"
        " visit Nara' is a statement of Lee.",
        "Timexes: 'less than a week' = P1W LESS_THAN; 'late October' = 2025-10 END; 'around"
        " 607' = 0607 APPROX (four-digit year); parts of day on Tuesday and Wednesday as TMO,"
        " TAF, TEV.",
    ],
)
