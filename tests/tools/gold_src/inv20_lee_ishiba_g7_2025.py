# ruff: noqa: E501
GOLD = dict(
    published="2025-06-18",
    furniture=["Lee, Ishiba hold first summit at G7", "By Yoo Ji-ho, correspondent", "KANANASKIS, Canada — "],
    entities={
        "Lee Jae-myung": ["Lee Jae Myung", "President Lee Jae Myung", "President Lee", "Lee"],
        "Shigeru Ishiba": ["Ishiba", "Japanese Prime Minister Shigeru Ishiba", "Prime Minister Ishiba"],
        "Donald Trump": ["Trump", "U.S. President Donald Trump"],
        "South Korean presidential office": ["Lee's office", "the presidential office"],
    },
    quotes=[
        ("As our grandparents used to tell us", "direct", "Lee Jae-myung", "said"),
        ("a stable and forward-looking relationship", "partial", "Shigeru Ishiba", "said"),
    ],
    statements=[
        ("held their first summit on Tuesday", ["Lee Jae-myung", "Shigeru Ishiba"], "agreeing"),
        ("Ishiba said he hoped to build", ["Shigeru Ishiba"], "said"),
        ("Lee's office said the two leaders agreed", ["South Korean presidential office", "Lee Jae-myung", "Shigeru Ishiba"], "said"),
    ],
    timexes=[
        ('June 9', '2025-06-09', None),
        ("Tuesday", "2025-06-17", None),
        ("June 4", "2025-06-04", None),
        ("this year", "2025", None),
    ],
    summits=[
        dict(date="2025-06-17", place="Kananaskis", country="CA", participants=["Lee Jae-myung", "Shigeru Ishiba"],
             kind="sidelines", ordinal=1, status="held", occasion="the Group of Seven summit",
             evidence=["held their first summit on Tuesday", "Lee's office said the two leaders agreed"]),
    ],
    agreements=[
        dict(title="continue shuttle diplomacy", kind="commitment", date="2025-06-17", parties=["KR", "JP"],
             status="agreed", evidence=["Lee's office said the two leaders agreed"]),
    ],
    notes=[
        "Added: the June 9 phone call is not a summit; 'days after' is vague (not a timex).",
        "Invented test article; quotes are fictional. Headline, byline and dateline are page furniture.",
        "'Lee Jae Myung' (unhyphenated) resolves to canonical 'Lee Jae-myung' (president from 2025-06-04).",
        "Lee's quote contains single quotation marks inside the double ones ('a good neighbour ...'): one direct quote spanning the whole double-quoted text; the inner proverb is not a separate quote.",
        "'agreeing to keep up the momentum of improved ties' is a general reaffirmation: a statement, not an agreement. 'agreed to continue shuttle diplomacy' is a commitment.",
        "The Lee-Trump meeting 'did not take place': no summit record (neither held nor planned on the publication date).",
        "Not timexes: '60th anniversary' (ordinal), 'early'.",
    ],
)
