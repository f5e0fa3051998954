# ruff: noqa: E501
LEDE = "South Korean President Lee Myung-bak and Japan's Naoto Kan agreed on Saturday"
HOTEL = "The talks were held at Lee's hotel"
OFFICE = "According to Lee's office, Kan told Lee"
NOV = "The two leaders also agreed to work together to make a success"
OPCON = "Earlier on Saturday, Lee and U.S. President Barack Obama agreed"
JEJU = "His predecessor, Yukio Hatoyama, met Lee on Jeju island"

GOLD = dict(
    published="2010-06-27",
    furniture=[
        "UPDATE 1-S.Korea's Lee, Japan's new PM Kan agree to keep free trade hopes alive in first"
        " talks\n"
        "Sun Jun 27, 2010 1:52am EDT\n"
        "* Kan backs Seoul over Cheonan sinking\n"
        "* Lee, Obama agree to delay wartime command handover to 2015\n"
        "By Martin Ashdown",
        "(Editing by Nadia Ferrer)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["South Korean President Lee Myung-bak", "Lee", "he"],
        "Naoto Kan": ["Japan's Naoto Kan", "Kan"],
        "Barack Obama": ["U.S. President Barack Obama", "Obama"],
        "Yukio Hatoyama": ["Yukio Hatoyama"],
        "Wen Jiabao": ["Chinese Premier Wen Jiabao"],
        "Office of the President of South Korea": ["Lee's office"],
    },
    quotes=[
        ("new future", "partial", "Naoto Kan", "told"),
        ("without looking away from the past,", "partial", "Naoto Kan", "told"),
        ("We are not changing our destination.", "direct", "Barack Obama", "told reporters"),
    ],
    statements=[
        (LEDE, ["Lee Myung-bak", "Naoto Kan"], "agreed"),
        ("Kan, who took office on June 8, repeated", ["Naoto Kan", None], "repeated"),
        (OFFICE, ["Office of the President of South Korea", "Naoto Kan"], "told"),
        (NOV, ["Lee Myung-bak", "Naoto Kan"], "agreed"),
        ("Lee, a keen football fan, told Kan", ["Lee Myung-bak", None], "told"),
        (OPCON, ["Lee Myung-bak", "Barack Obama"], "agreed"),
        (JEJU, ["Yukio Hatoyama", "Lee Myung-bak", "Wen Jiabao"], "agreed"),
    ],
    timexes=[
        ("Sun Jun 27, 2010 1:52am", "2010-06-27T01:52", None),
        ("command handover to [[2015]]", "2015", None),
        ("TORONTO, [[June 26]] (Tidewater)", "2010-06-26", None),
        ("agreed on [[Saturday]] to keep", "2010-06-26", None),
        ("stalled since [[2004]]", "2004", None),
        ("prime minister [[this month]]", "2010-06", None),
        ("June 8", "2010-06-08", None),
        ("Cheonan in [[March]]", "2010-03", None),
        ("runs through [[Sunday]]", "2010-06-27", None),
        ("approaches in [[August]]", "2010-08", None),
        ("host in [[November]]", "2010-11", None),
        ("Tuesday's", "2010-06-29", None),
        ("Uruguay on [[Saturday]]", "2010-06-26", None),
        ("Earlier on [[Saturday]]", "2010-06-26", None),
        ("April 2012", "2012-04", None),
        ("December 2015", "2015-12", None),
        ("Jeju island [[last month]]", "2010-05", None),
    ],
    summits=[
        dict(date="2010-06-26", place="Toronto", country="CA",
             participants=["Lee Myung-bak", "Naoto Kan"], kind="sidelines", ordinal=1,
             status="held", occasion="G20", evidence=[LEDE, HOTEL]),
        dict(date="2010-06-26", place="Toronto", country="CA",
             participants=["Lee Myung-bak", "Barack Obama"], kind="sidelines", ordinal=None,
             status="held", occasion="G20", evidence=[OPCON]),
        dict(date="2010-05", place="Jeju island", country="KR",
             participants=["Yukio Hatoyama", "Lee Myung-bak", "Wen Jiabao"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[JEJU]),
    ],
    agreements=[
        dict(title="keep working toward resuming free trade negotiations", kind="commitment",
             date="2010-06-26", parties=["JP", "KR"], status="agreed", evidence=[LEDE]),
        dict(title="work together for the success of the November G20 (Seoul) and APEC (Yokohama)"
             " summits", kind="commitment", date="2010-06-26", parties=["JP", "KR"],
             status="agreed", evidence=[NOV]),
        dict(title="delay transfer of wartime operational control from April 2012 to December 2015",
             kind="commitment", date="2010-06-26", parties=["KR", "US"], status="agreed",
             evidence=[OPCON]),
        dict(title="set up a permanent secretariat for trilateral cooperation", kind="commitment",
             date="2010-05", parties=["CN", "JP", "KR"], status="referenced", evidence=[JEJU]),
    ],
    notes=[
        "Invented international wire story (agency 'Tidewater', reporter, editor, the officials"
        " and every quote invented, including the words given to Kan and Obama; headline, stamp,"
        " bullets, byline and editing credit are furniture; the stamp and the bullet's '2015' are"
        " annotated). Real background, checked on stored pages: Korea Herald 2010-06-27 (Lee-Kan"
        " summit on Saturday in Toronto, first since Kan took office; FTA talks stalled since 2004;"
        " Cheonan support; 'new future' without overlooking the past; cooperation for the G20 in"
        " Seoul and APEC in Yokohama in November; Lee also met Obama and Ban Ki-moon); MOFAT"
        " e-newsletter 2010-06-30 (Lee met Obama and Kan on 26 June); JoongAng 2010-06 (talks at"
        " Lee's hotel; World Cup remarks, Japan-Paraguay); MOFA Japan G8/G20 summary (Kan at"
        " Muskoka and Toronto, 25-27 June); China Daily 2015-10-27 (Jeju trilateral of 29-30 May"
        " 2010 agreed on a permanent secretariat). From general knowledge: Kan took office on 8"
        " June 2010; the Cheonan sank in March 2010 with 46 sailors; the OPCON transfer was moved"
        " from April 2012 to December 2015 at the Lee-Obama meeting in Toronto; the centenary of the"
        " annexation in August 2010.",
        "Summits (3): Lee-Kan (ordinal 1, 'their first meeting since Kan became prime minister'),"
        " Lee-Obama (same day, G20 sidelines), the Jeju trilateral last month. Not summits: Lee's"
        " meeting with Ban Ki-moon (not a head of state or government), the G8 and G20 summits"
        " (larger gatherings).",
        "Agreements (4): FTA commitment; success of the two November summits (one course of"
        " action covering both meetings, debatable); the U.S.-Korea OPCON delay (commitment,"
        " parties KR and US); the Jeju secretariat (referenced commitment; the public record has"
        " a memorandum on the secretariat, but the text names no instrument, so commitment).",
        "Quotes: Kan's two partial quotes in one sentence; Obama's two sentences inside one pair"
        " of marks form one direct quote. Timexes: 'Saturday' three times (all 26 June),"
        " 'Tuesday's' = 29 June.",
    ],
)
