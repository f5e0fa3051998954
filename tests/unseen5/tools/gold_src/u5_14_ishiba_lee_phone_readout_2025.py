# ruff: noqa: E501
GOLD = dict(
    published="2025-06-09",
    furniture=["Ministry of Foreign Affairs of Japan", "Japan-Republic of Korea Summit Telephone Talk", "June 9, 2025\n", "Japanese\n"],
    timex_in_furniture_ok=True,
    entities={
        "Shigeru Ishiba": ["Ishiba Shigeru", "Mr. ISHIBA Shigeru", "Prime Minister Ishiba", "Ishiba"],
        "Lee Jae-myung": ["Lee Jae Myung", "H.E. Mr. LEE Jae Myung", "Mr. LEE Jae Myung", "President Lee", "Lee"],
    },
    quotes=[],
    statements=[
        ("At the outset, Prime Minister Ishiba congratulated", ["Shigeru Ishiba"], "congratulated"),
        ("Prime Minister Ishiba stated that Japan and the ROK", ["Shigeru Ishiba"], "stated"),
        ("In response, President Lee expressed", ["Lee Jae-myung"], "stated"),
        ("The two leaders confirmed that, amid", ["Shigeru Ishiba", "Lee Jae-myung"], "confirmed"),
        ("Prime Minister Ishiba stated that he would like", ["Shigeru Ishiba"], "stated"),
        ("Noting that this year marks", ["Shigeru Ishiba", "Lee Jae-myung"], "concurred"),
        ("The two leaders shared hopes", ["Shigeru Ishiba", "Lee Jae-myung"], "shared hopes"),
    ],
    timexes=[
        ("[[June 9, 2025]]\n", "2025-06-09", None),
        ("On [[June 9]], commencing", "2025-06-09", None),
        ("12:00 p.m.", "2025-06-09T12:00", None),
        ("approximately 25 minutes", "PT25M", "APPROX"),
        ("June 4", "2025-06-04", None),
        ("this year", "2025", None),
    ],
    summits=[],
    agreements=[
        dict(title="promote people-to-people exchanges in the 60th anniversary year", kind="commitment", date="2025-06-09",
             parties=["JP", "KR"], status="agreed", evidence=["Noting that this year marks"]),
    ],
    notes=[
        "Invented test text in the style of a Japanese Ministry of Foreign Affairs readout (four header lines are furniture, including the language-switch word 'Japanese'; the header date is annotated). The honorific 'H.E. Mr. LEE Jae Myung' is kept as MOFA writes it: the automatic split cuts the first sentence after 'H.E.' (no evidence or statement depends on it). Every word is invented; item 4 follows Seoul's account of the call (promoting exchanges during the anniversary year) rather than Tokyo's. Real background: the first Ishiba-Lee phone talk on Monday 2025-06-09, from noon for about 25 minutes, after Lee took office on 2025-06-04 (congratulations; stable development of relations; importance of Japan-ROK and Japan-US-ROK coordination; North Korea including abductions; hopes for an early face-to-face meeting; close communication between the governments); the 60th anniversary of normalization in 2025.",
        "Quotes: none.",
        "Statements: Ishiba 'congratulated'; Ishiba 'stated' (twice); Lee 'expressed ... and stated'; the two leaders 'confirmed ... and concurred'; 'concurred on promoting'; 'shared hopes ... and confirmed'.",
        "Timexes: published Monday 2025-06-09; header date and 'June 9' = 2025-06-09; '12:00 p.m.' = 2025-06-09T12:00; 'approximately 25 minutes' = PT25M APPROX; 'June 4' = 2025-06-04; 'this year' = 2025. Not timexes: 'to date', 'an early opportunity', '60th anniversary'.",
        "Summits (0): a telephone talk ('Summit Telephone Talk' is not an in-person meeting); 'hopes for an early opportunity to meet in person' names no meeting.",
        "Agreements (1): promoting people-to-people exchanges on the occasion of the anniversary (commitment, agreed). Not agreements: 'concurred that they will develop Japan-ROK relations in a stable manner' and 'will maintain close communication' (general reaffirmations, debatable), Ishiba's wish to work closely on North Korea.",
    ],
)
