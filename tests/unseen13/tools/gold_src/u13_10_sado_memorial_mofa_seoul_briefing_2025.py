UNDERSTAND = "When the mines were inscribed on the World Heritage List"
COMMIT = "Japan made its commitment before the World Heritage Committee"
MET = "When President Lee and Prime Minister Ishiba met on August 23"
JPS = "The joint press statement they issued that day"
VISITS = "The two sides agreed to keep up visits"
GOVS = ["South Korean government", "Japanese government"]

GOLD = dict(
    published="2025-09-04",
    furniture=[
        "Regular Press Briefing by the Spokesperson\nMinistry of Foreign Affairs, Seoul |"
        " Thursday, September 4, 2025, 14:00 KST\n(Unofficial English translation. Check"
        " against delivery.)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "South Korean government": ["The government", "Seoul", "We"],
        "Japanese government": ["the Japanese side", "Japan", "Tokyo"],
        "Yoshimasa Hayashi": ["Chief Cabinet Secretary Hayashi"],
        "Lee Jae Myung": ["President Lee"],
        "Shigeru Ishiba": ["Prime Minister Ishiba", "the prime minister"],
        "Gen Nakatani": ["Defense Minister Nakatani"],
    },
    quotes=[],
    statements=[
        ("The government has informed the Japanese side", ["South Korean government"],
         "has informed"),
        (UNDERSTAND, GOVS, "reached an understanding"),
        (COMMIT, ["Japanese government"], "made its commitment"),
        ("We conveyed that position to Tokyo", ["South Korean government"], "conveyed"),
        ("Chief Cabinet Secretary Hayashi said earlier today", ["Yoshimasa Hayashi"], "said"),
        (MET, ["Lee Jae Myung", "Shigeru Ishiba"], "agreed"),
        ("Japanese media report that Defense Minister", [None], "report"),
        ("The two leaders also talked about reciprocal visits.",
         ["Lee Jae Myung", "Shigeru Ishiba"], "talked about"),
        (VISITS, GOVS, "agreed"),
    ],
    timexes=[
        ("Thursday, September 4, 2025, 14:00", "2025-09-04T14:00", None),
        ("September 13", "2025-09-13", None),
        ("this autumn", "2025-FA", None),
        ("July last year", "2024-07", None),
        ("July 2024", "2024-07", None),
        ("yesterday", "2025-09-03", None),
        ("earlier today", "2025-09-04", None),
        ("last month", "2025-08", None),
        ("August 23", "2025-08-23", None),
        ("that day", "2025-08-23", None),
        ("next week", "2025-W37", None),
        ("the end of October", "2025-10", "END"),
        ("today's", "2025-09-04", None),
    ],
    summits=[
        dict(date="2025-08-23", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Will this affect the follow-up to the summit in Tokyo", MET,
                       "The two leaders also talked about reciprocal visits."]),
    ],
    agreements=[
        dict(title="understanding on Japan's yearly memorial for all Sado workers",
             kind="commitment", date="2024-07", parties=["JP", "KR"], status="referenced",
             evidence=[UNDERSTAND, COMMIT]),
        dict(title="develop the relationship in a future-oriented and stable direction",
             kind="commitment", date="2025-08-23", parties=["JP", "KR"],
             status="referenced", evidence=[MET]),
        dict(title="joint press statement of the Tokyo summit", kind="joint-statement",
             date="2025-08-23", parties=["JP", "KR"], status="referenced", evidence=[JPS]),
        dict(title="keep up visits between the leaders", kind="commitment",
             date="2025-08-23", parties=["JP", "KR"], status="referenced",
             evidence=[VISITS]),
    ],
    notes=[
        "Invented briefing transcript in the style of South Korea's foreign ministry (title,"
        " place/date line and translation note are furniture; the date line is annotated). The"
        " spokesperson is unnamed; the reporters' outlets (Hanseong News Agency, Kanto Press,"
        " Daehan Ilbo) are invented; every turn is invented wording. Real background, checked on"
        " stored pages: Yomiuri (Japan News) 2025-09-05 and nippon.com/Jiji 2025-09-04 (Seoul"
        " told Tokyo on Thursday it would not attend the 13 September Sado memorial for the"
        " second year running, over how the address would describe Korean workers brought"
        " against their will; it will hold its own ceremony on the island in the autumn;"
        " Chief Cabinet Secretary Hayashi declined to comment at a press conference on"
        " Thursday); wowkorea 2024-11-25 and 2024-11-27 (Japan's commitment at the July 2024"
        " World Heritage Committee to hold a memorial for all workers every year, described by"
        " Seoul as the agreement at the time of listing); wowkorea 2025-11-14 and Yomiuri"
        " 2025-10-20 (Korea's own ceremony later held on 21 November); nippon.com/Jiji"
        " 2025-09-06 (Nakatani's visit from Monday 8 September); deepnewz and"
        " qazinform (Tokyo summit of 23 August with a joint statement and shuttle diplomacy)."
        " From general knowledge: APEC Economic Leaders' Meeting in Gyeongju at the end of"
        " October 2025.",
        "Summits (1): the Tokyo summit of 23 August. Not summits: the prime minister's"
        " undecided visit to Korea ('Nothing has been decided'), the hoped-for welcome of"
        " Japan's leader at APEC (a gathering, and a hope), Nakatani's visit.",
        "Agreements (4), all referenced: the July 2024 Sado understanding (a commitment:"
        " Japan's pledge before the Committee, which the reporter calls an understanding"
        " between the two governments; debatable - it could be read as Japan's unilateral"
        " pledge), the 23 August course, the joint press statement and reciprocal visits.",
        "Transcript turns carry no quotation marks and are not quotes. Statements follow"
        " unseen12: past-tense reporting or agreeing verbs in turns ('has informed',"
        " 'conveyed', 'agreed', 'reached an understanding', 'made its commitment') and the"
        " reporters' reports of others' words; the spokesperson's announcements of future"
        " acts ('will hold', 'will announce') are not. 'the past several weeks' is too vague to"
        " annotate; 'the second year in a row' is a count.",
    ],
)
