# ruff: noqa: E501
LEDE = "South Korean President Lee Jae-myung opened his first trip abroad"
TRUMPX = "A Lee-Trump meeting that had been expected on Tuesday"
ISHIBA = "Lee is still set to hold talks with Japanese Prime Minister Shigeru Ishiba"
TREATY = "The Ishiba meeting comes days before the 60th anniversary"

GOLD = dict(
    published="2025-06-16",
    furniture=[
        "Lee makes G7 debut with Albanese, Ramaphosa talks; Trump exit clouds U.S. meeting, Ishiba next\n"
        "16 June 2025 - 23:40 GMT\n"
        "By Ines Halvorsen",
        "KANANASKIS, Alberta, June 16 (Tidewater) - ",
        "(Reporting by Ines Halvorsen; additional reporting by Park So-yeon in Seoul and Kenji Arakawa in Tokyo; Editing by Mark Pell)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Jae-myung": ["South Korean President Lee Jae-myung", "Lee", "he"],
        "Anthony Albanese": ["Australian Prime Minister Anthony Albanese"],
        "Cyril Ramaphosa": ["South African President Cyril Ramaphosa"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump", "he"],
        "Wi Sung-lac": ["Lee's national security adviser Wi Sung-lac"],
        "Shigeru Ishiba": ["Japanese Prime Minister Shigeru Ishiba"],
        "Kaori Lindqvist": ["Kaori Lindqvist, a Northeast Asia researcher at the Ostrand Centre in Stockholm"],
        "Office of the President of South Korea": ["his office"],
    },
    quotes=[
        ("unlikely", "partial", "Wi Sung-lac", "told reporters"),
        ("A neighbor you meet across the fence", "direct", "Lee Jae-myung", "told reporters"),
        ("Seoul needed this summit to happen,", "direct", "Kaori Lindqvist", "said"),
        ("Losing the Trump meeting makes the Ishiba one matter even more.", "direct", "Kaori Lindqvist", None),
    ],
    statements=[
        ("Trump said he would leave the summit early", ["Donald Trump"], "said"),
        (TRUMPX, ["Wi Sung-lac"], "told reporters"),
        (ISHIBA, ["Office of the President of South Korea"], "said"),
        ("has promised to keep up three-way security cooperation", ["Lee Jae-myung"], "has promised"),
        ("Lee said he would press for treatment no worse", ["Lee Jae-myung"], "said"),
    ],
    timexes=[
        ("16 June 2025 - 23:40 GMT", "2025-06-16T23:40", None),
        ("Alberta, [[June 16]]", "2025-06-16", None),
        ("summit on [[Monday]], while", "2025-06-16", None),
        ("Monday night", "2025-06-16TNI", None),
        ("expected on [[Tuesday]]", "2025-06-17", None),
        ("Ishiba on [[Tuesday]]", "2025-06-17", None),
        ("June 4", "2025-06-04", None),
        ("the day after", "2025-06-04", None),
        ("earlier on [[Monday]]", "2025-06-16", None),
        ("June 22", "2025-06-22", None),
        ("1965", "1965", None),
        ("next month", "2025-07", None),
    ],
    summits=[
        dict(date="2025-06-16", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Anthony Albanese"], kind="sidelines", ordinal=None,
             status="held", occasion="G7", evidence=[LEDE]),
        dict(date="2025-06-16", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Cyril Ramaphosa"], kind="sidelines", ordinal=None,
             status="held", occasion="G7", evidence=[LEDE]),
        dict(date="2025-06-17", place="Kananaskis", country="CA",
             participants=["Lee Jae-myung", "Shigeru Ishiba"], kind="sidelines", ordinal=1,
             status="planned", occasion="G7", evidence=[ISHIBA, TREATY]),
    ],
    agreements=[
        dict(title="1965 treaty that normalized ties", kind="treaty",
             date="1965", parties=["JP", "KR"], status="referenced", evidence=[TREATY]),
    ],
    notes=[
        "Invented international wire (Tidewater); headline, stamp (annotated), byline, dateline prefix and credit line are furniture. Quotes are invented: Wi's 'unlikely' (reports at the time used another word), Lee's remark on the flight, and the fictional researcher and centre. Stamp time invented.",
        "Real facts checked on stored pages: ajw-origin.potaufeu.asahi.com 15847725 (Reuters, 17 June 2025 13:35 JST: Lee to hold a summit with Ishiba on Tuesday; Lee sworn in after the 3 June election, first trip abroad; Trump leaving early made a Lee-Trump meeting difficult, Washington asked for Seoul's understanding, Wi Sung-lac; Lee met Albanese and Ramaphosa on Monday; tariff talks; Lee's pledge on trilateral security cooperation); world.kbs.co.kr Seq_Code 90945 (Trump to leave the G7 early and return on Monday local time because of the Middle East; a Lee-Trump meeting had been due on Tuesday); holangikr.com (Lee arrived in Calgary on 16 June with the first lady; fifth time South Korea invited to the G7; press conference aboard the flight on tariffs); japannews.yomiuri 20250607-261072 (Lee took office on Wednesday 4 June; Ishiba-Lee first in-person meeting expected at the G7); presse83.fr (the Lee-Ishiba meeting on 17 June was their first). The 1965 treaty date (22 June 1965) from en.wikipedia (found with the 1998 declaration search).",
        "Summits (3): Lee-Albanese and Lee-Ramaphosa on Monday, the planned first Lee-Ishiba meeting on Tuesday (ordinal 1, 'the first face-to-face meeting between the two leaders'). Not recorded: the Lee-Trump meeting that 'had been expected on Tuesday' and is now 'unlikely' (treated as called off, debatable); the G7 itself.",
        "Agreements (1): the 1965 treaty (referenced). Not agreements: Lee's promise to keep up three-way security cooperation (unilateral), the tariff talks (no agreement reported).",
        "Timexes: 'the day after' winning the election = 2025-06-04 (the date it points to); 'every morning' in the quote is a frequency, not annotated; 'days before' is vague.",
    ],
)
