GOLD = dict(
    published="2001-10-15",
    furniture=[
        "KBN NEWS 9 - Transcript",
        "Segment 1 of 3: Koizumi in Seoul",
        "[[Anchor: ]]Good evening.", "[[Report: ]]Koizumi's motorcade",
        "[Soundbite: Junichiro Koizumi, Prime Minister of Japan (translated)]",
        "[[Report: ]]The words were", "[Soundbite: Lee Sun-ok, protester]",
        "[[Report: ]]In the afternoon", "[Soundbite: Oh Hong-keun, Cheong Wa Dae spokesman]",
        "[[Report: ]]On the shrine", "[[Report: ]]The two leaders also",
        "[[Anchor: ]]The two men", "(Jang Hye-won, KBN News, Seoul)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Japanese Prime Minister Junichiro Koizumi", "Koizumi",
                              "the prime minister"],
        "Kim Dae-jung": ["President Kim Dae-jung", "Kim", "the president"],
        "Keizo Obuchi": ["former prime minister Keizo Obuchi"],
        "Tomiichi Murayama": ["prime minister Tomiichi Murayama"],
        "Oh Hong-keun": ["Cheong Wa Dae spokesman Oh Hong-keun"],
        "Lee Sun-ok": [],
        "Japanese government": ["Tokyo"],
        "South Korean government": ["Seoul"],
    },
    quotes=[
        ("I wanted to see this place with my own eyes", "direct", "Junichiro Koizumi", None),
        ("He says sorry here and then goes back", "direct", "Lee Sun-ok", None),
        ("The president told the prime minister plainly", "direct", "Oh Hong-keun", None),
    ],
    statements=[
        ("The two leaders agreed to launch a joint history research council",
         ["Junichiro Koizumi", "Kim Dae-jung"], "agreed"),
        ("Cheong Wa Dae spokesman Oh Hong-keun said Koizumi had reaffirmed",
         ["Oh Hong-keun", "Junichiro Koizumi"], "said"),
        ("On the shrine, Koizumi told Kim", ["Junichiro Koizumi"], "told"),
        ("Kim also raised the fishing grounds", ["Kim Dae-jung"], "raised"),
        ("He told Koizumi that a deal between Tokyo and Moscow", ["Kim Dae-jung"], "told"),
        ("Koizumi answered that he hoped", ["Junichiro Koizumi"], "answered"),
        ("Koizumi said their role would be limited", ["Junichiro Koizumi"], "said"),
        ("Both are due in Shanghai this Saturday", [None], "say"),
        ("Next year Seoul and Tokyo co-host the World Cup",
         ["South Korean government", "Japanese government"], "say"),
    ],
    timexes=[
        ("Monday, October 15, 2001", "2001-10-15", None),
        ("seven hours", "PT7H", None),
        ("in Seoul [[today]] on", "2001-10-15", None),
        ("after a [[spring]] and summer", "2001-SP", None),
        ("spring and [[summer]] of rows", "2001-SU", None),
        ("about 10 a.m.", "2001-10-15T10:00", "APPROX"),
        ("about twenty minutes", "PT20M", "APPROX"),
        ("In the afternoon", "2001-10-15TAF", None),
        ("about an hour and a half", "PT1H30M", "APPROX"),
        ("flared up [[in April]]", "2001-04", None),
        ("the [[1998]] joint declaration", "1998", None),
        ("Murayama in [[1995]]", "1995", None),
        ("visited [[in August]]", "2001-08", None),
        ("this Saturday", "2001-10-20", None),
        ("Next year", "2002", None),
    ],
    summits=[
        dict(date="2001-10-15", place="Seoul", country="KR",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="bilateral",
             ordinal=None, status="held", occasion=None,
             evidence=["In the afternoon, Koizumi and President Kim Dae-jung held talks",
                       "The two leaders agreed to launch a joint history research council",
                       "The two leaders also discussed Japan's plan"]),
        dict(date="2001-10-20", place="Shanghai", country="CN",
             participants=["Junichiro Koizumi", "Kim Dae-jung"], kind="sidelines",
             ordinal=None, status="planned", occasion="APEC",
             evidence=["The two men will not have long to wait",
                       "Both are due in Shanghai this Saturday"]),
        dict(date="1998", place=None, country=None,
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Cheong Wa Dae spokesman Oh Hong-keun said Koizumi had reaffirmed"]),
    ],
    agreements=[
        dict(title="joint history research council of scholars", kind="commitment",
             date="2001-10-15", parties=["JP", "KR"], status="agreed",
             evidence=["He began at a former prison",
                       "The two leaders agreed to launch a joint history research council"]),
        dict(title="1998 joint declaration", kind="joint-declaration", date="1998",
             parties=["JP", "KR"], status="referenced",
             evidence=["Cheong Wa Dae spokesman Oh Hong-keun said Koizumi had reaffirmed"]),
    ],
    notes=[
        "Invented TV news transcript (programme line, segment line, 'Anchor:' / 'Report:'"
        " labels, soundbite labels and the sign-off are furniture; the date line is annotated)."
        " Station, reporter, the protester Lee Sun-ok, every quote, the arrival time (about"
        " 10 a.m.), the twenty minutes at the prison and the hour and a half of talks are"
        " invented. Real background: JoongAng Daily (Koizumi's seven-hour trip at his own"
        " initiative; joint history research council; Oh Hong-keun on working-level talks;"
        " Yasukuni remark on honoring the war dead 'free of burden'; saury fishing off the"
        " southern Kurils and Kim's and Koizumi's replies; textbook approval in April; shrine"
        " visit in August; SDF dispatch discussed); donga.com 2001-10-05 and 2001-10-15 (one-day"
        " visit on 15 October; reaffirmation of the 1995 Murayama statement and the 1998"
        " declaration; visit to Seodaemun Independence Park); wp.pl (apology at the Seodaemun"
        " museum on a one-day visit); JoongAng Daily (Kim to meet Koizumi in Shanghai at APEC)."
        " From general knowledge: the logistics-only role of the SDF.",
        "Summits (3): Seoul 2001-10-15; the planned Shanghai meeting at APEC (2001-10-20); the"
        " 1998 Kim-Obuchi meeting implied by 'the 1998 joint declaration signed by Kim and"
        " former prime minister Keizo Obuchi' (debatable; no place in the text). Not a summit:"
        " the APEC summit itself (occasion).",
        "Agreements (2): the history council; the 1998 declaration (referenced). Not agreements:"
        " the Murayama statement (a unilateral statement), Japan's search for a new way to"
        " honor the war dead (unilateral), 'a deal between Tokyo and Moscow' (hypothetical, in"
        " Kim's words; the Japan-Russia understanding on third-country fishing is not asserted"
        " by the text), Koizumi's hope for dialogue (a wish).",
        "Quotes: soundbites are introduced by labels, not reporting verbs, so their cue is"
        " null. 'He made no promise to stay away ...' is not a statement (a negated act).",
    ],
)
