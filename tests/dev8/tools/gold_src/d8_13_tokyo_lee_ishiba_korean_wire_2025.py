LJM = "Lee Jae-myung"
ISH = "Shigeru Ishiba"
DJT = "Donald Trump"
BOTH = [LJM, ISH]
KJ = ["JP", "KR"]
HEAD = "(2nd LD) Lee, Ishiba issue first joint document in 17 years"
LEAD = "President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed Saturday"
DOC = "The agreement was contained in a joint press statement"
ARR = "Lee arrived in Tokyo earlier in the day"
FIRST = "The two leaders first met on the sidelines of the Group of Seven summit"
PLEDGE = "In the statement, the two sides pledged"
EXPAND = "They agreed to expand cooperation in future industries"
HIST = "Ishiba stated that his government upholds the positions"
DENUKE = "The two leaders also reaffirmed their commitment"
OPT = "He called Japan"
WELC = "Ishiba welcomed the resumption of summit diplomacy"
INV = "Lee invited Ishiba to visit South Korea"
WASH = "Lee will leave for Washington on Sunday"
GOLD = dict(
    published="2025-08-23",
    furniture=["(ATTN: UPDATES with joint statement details in paras 4-6, Lee's invitation in"
               " para 9)", "By Park Ji-hoon", "TOKYO, Aug. 23 (KPN) --", "jhpark@kpn.co.kr",
               "(END)"],
    timex_in_furniture_ok=True,
    entities={
        LJM: ["President Lee Jae-myung", "Lee", "He"],
        ISH: ["Japanese Prime Minister Shigeru Ishiba", "Ishiba", "he"],
        "Kim Dae-jung": ["then President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi"],
        DJT: ["U.S. President Donald Trump"],
    },
    quotes=[
        ("future-oriented and stable", "partial", None, "pledged"),
        ("There has never been a greater need for dialogue", "direct", LJM, "said"),
        ("an optimal partner", "partial", LJM, "called"),
    ],
    statements=[
        (LEAD, BOTH, "agreed"),
        (PLEDGE, BOTH, "pledged"),
        (EXPAND, BOTH, "agreed"),
        (HIST, [ISH], "stated"),
        (DENUKE, BOTH, "reaffirmed"),
        (OPT, [LJM], "called"),
        (WELC, [ISH], "welcomed"),
        (INV, [LJM, None], "invited"),
    ],
    timexes=[
        ("17 years", "P17Y", None),
        ("Aug. 23", "2025-08-23", None),
        ("agreed [[Saturday]] to launch", "2025-08-23", None),
        ("nearly two hours", "PT2H", "APPROX"),
        ("since [[2008]]", "2008", None),
        ("earlier in the day", "2025-08-23", None),
        ("office in [[June]]", "2025-06", None),
        ("Canada in [[June]]", "2025-06", None),
        ("1998", "1998", None),
        ("later in the evening", "2025-08-23TEV", None),
        ("Washington on [[Sunday]]", "2025-08-24", None),
        ("White House on [[Monday]]", "2025-08-25", None),
        ("majority in [[July]]", "2025-07", None),
    ],
    summits=[
        dict(date="2025-08-23", place="Tokyo", country="JP", participants=BOTH,
             kind="bilateral", ordinal=None, status="held", occasion=None,
             evidence=[HEAD, LEAD, DOC, ARR, PLEDGE, EXPAND, DENUKE, INV]),
        dict(date="2025-06", place=None, country="CA", participants=BOTH, kind="sidelines",
             ordinal=1, status="held", occasion="the G7 summit", evidence=[FIRST]),
        dict(date="2025-08-25", place="Washington", country="US", participants=[LJM, DJT],
             kind="bilateral", ordinal=1, status="planned", occasion=None, evidence=[WASH]),
    ],
    agreements=[
        dict(title="government consultative body on shared social challenges",
             kind="commitment", date="2025-08-23", parties=KJ, status="agreed",
             evidence=[LEAD, DOC]),
        dict(title="Korea-Japan joint press statement (Tokyo, August 2025)",
             kind="joint-statement", date="2025-08-23", parties=KJ, status="agreed",
             evidence=[HEAD, DOC, PLEDGE, HIST]),
        dict(title="develop relations in a future-oriented and stable manner",
             kind="commitment", date="2025-08-23", parties=KJ, status="agreed",
             evidence=[PLEDGE]),
        dict(title="strengthen strategic communication on the economy and security",
             kind="commitment", date="2025-08-23", parties=KJ, status="agreed",
             evidence=[PLEDGE]),
        dict(title="expand cooperation in hydrogen and artificial intelligence",
             kind="commitment", date="2025-08-23", parties=KJ, status="agreed",
             evidence=[EXPAND]),
        dict(title="broaden the working holiday program", kind="commitment",
             date="2025-08-23", parties=KJ, status="agreed", evidence=[EXPAND]),
        dict(title="1998 joint declaration of Kim Dae-jung and Keizo Obuchi",
             kind="joint-declaration", date="1998", parties=KJ, status="referenced",
             evidence=[HIST]),
        dict(title="complete denuclearization of the Korean Peninsula (reaffirmed)",
             kind="commitment", date="2025-08-23", parties=KJ, status="agreed",
             evidence=[DENUKE]),
        dict(title="close coordination on North Korea policy with the United States",
             kind="commitment", date="2025-08-23", parties=KJ, status="agreed",
             evidence=[DENUKE]),
        dict(title="Ishiba visit to South Korea (Lee's invitation)", kind="commitment",
             date="2025-08-23", parties=KJ, status="proposed", evidence=[INV]),
    ],
    notes=[
        "Invented article in the style of a Korean English-language wire ('(2nd LD)', ATTN"
        " line, agency code, e-mail, (END)); the agency KPN, reporter Park Ji-hoon and the"
        " wording are invented; Lee's direct quote and 'an optimal partner' are reworded from"
        " his reported remarks, 'future-oriented and stable' from the statement. Furniture:"
        " ATTN line, byline, dateline (annotated), e-mail line, (END). Checked (pages): the"
        " Tokyo summit of Saturday Aug. 23, 2025 at the prime minister's office, nearly two"
        " hours until about 6:50 p.m., the first joint document in 17 years, the consultative"
        " body on low birth rates, aging, capital concentration, agriculture and disaster"
        " safety, strategic communication, hydrogen and AI, working holidays, denuclearization"
        " and coordination with the U.S., Ishiba's upholding of past cabinets' positions"
        " including the 1998 declaration, Ishiba's remarks on consistent policies (KBS"
        " Seq_Code=195485; korea.net 277663; asiatoday; deepnewz; newsbeep/JoongAng;"
        " particle.news); Lee's invitation and the dinner with spouses (newswatchint.com);"
        " Lee's departure for Washington on Aug. 24 and the Trump summit on Aug. 25"
        " (deepnewz). Public record: the July 2025 upper house election.",
        "Summits (3): Tokyo; Kananaskis in June ('first met on the sidelines of the Group of"
        " Seven summit in Canada': place null since only the country is named; ordinal 1);"
        " Lee-Trump in Washington on Monday (planned; ordinal 1 from 'his first summit with'"
        " Trump). Not summits: the dinner (part of the visit), Ishiba's possible visit to Korea"
        " ('No date has been set').",
        "Agreements (10): the consultative body; the joint press statement as a document"
        " (joint-statement) and its courses (future-oriented ties, strategic communication,"
        " hydrogen/AI, working holidays) as separate commitments (dev2 convention); the 1998"
        " declaration (referenced); the reaffirmed denuclearization commitment (agreed on the"
        " reported date, dev5) and coordination on North Korea; Lee's invitation (proposed)."
        " Not agreements: Ishiba's statement on history (one side's position).",
        "Quotes: 'future-oriented and stable' is the document's wording (null speaker, dev6).",
        "Timexes: '17 years' in the headline = P17Y; 'nearly two hours' = PT2H APPROX; 'later"
        " in the evening' = 2025-08-23TEV; 'since 2008' = 2008.",
    ],
)
