GOLD = dict(
    published="1999-03-20",
    furniture=[
        "Japan-Republic of Korea Summit Meeting (Summary)",
        "1. Japan-ROK relations in general",
        "2. Economic relations: \"Japan-ROK Economic Agenda 21\"",
        "3. North Korea", "4. Regional and international affairs", "5. Other", "(End)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi", "Prime Minister Obuchi",
                         "the Prime Minister", "Obuchi"],
        "Kim Dae-jung": ["President Kim Dae Jung", "President Kim", "the President"],
        "Japanese government": ["the Government of Japan", "Japan"],
    },
    quotes=[],
    statements=[
        ("(1) The two leaders welcomed the steady implementation",
         ["Keizo Obuchi", "Kim Dae-jung"], "welcomed"),
        ("(2) President Kim stated that the new Japan-ROK Fisheries Agreement", ["Kim Dae-jung"],
         "stated"),
        ("Prime Minister Obuchi took note", ["Keizo Obuchi"], "took note"),
        ("(3) Prime Minister Obuchi stated that Japan regarded", ["Keizo Obuchi"], "stated"),
        ("(1) The two leaders adopted the", ["Keizo Obuchi", "Kim Dae-jung"], "adopted"),
        ("(2) Under the Agenda, the two leaders agreed", ["Keizo Obuchi", "Kim Dae-jung"],
         "agreed"),
        ("(3) The two leaders also agreed that the two Governments",
         ["Keizo Obuchi", "Kim Dae-jung"], "agreed"),
        ("(4) Prime Minister Obuchi expressed Japan's intention", ["Keizo Obuchi"], "expressed"),
        ("President Kim expressed his appreciation", ["Kim Dae-jung"], "expressed"),
        ("(1) Prime Minister Obuchi stated that the situation", ["Keizo Obuchi"], "stated"),
        ("President Kim stated that he valued", ["Kim Dae-jung"], "stated"),
        ("(2) The two leaders shared the view that the agreement",
         ["Keizo Obuchi", "Kim Dae-jung"], "shared the view"),
        ("(3) Prime Minister Obuchi explained Japan's position", ["Keizo Obuchi"], "explained"),
        ("President Kim responded that he would continue", ["Kim Dae-jung"], "responded"),
        ("(1) The two leaders agreed to cooperate closely", ["Keizo Obuchi", "Kim Dae-jung"],
         "agreed"),
        ("(2) The two leaders exchanged views", ["Keizo Obuchi", "Kim Dae-jung"],
         "exchanged views"),
    ],
    timexes=[
        ("(Summary)\n[[March 20, 1999]]", "1999-03-20", None),
        ("from [[March 19]] to", "1999-03-19", None),
        ("to [[March 21]], held", "1999-03-21", None),
        ("Seoul [[on March 20]] for", "1999-03-20", None),
        ("approximately two hours", "PT2H", "APPROX"),
        ("October last year", "1998-10", None),
        ("in force since [[January]]", "1999-01", None),
        ("the [[2002]] FIFA World Cup", "2002", None),
        ("in [[May]] or June", "1999-05", None),
        ("May or [[June]] on", "1999-06", None),
        ("since [[1998]], including", "1998", None),
        ("this week", "1999-W11", None),
        ("Seoul in [[2000]].", "2000", None),
    ],
    summits=[
        dict(date="1999-03-20", place="Seoul", country="KR",
             participants=["Keizo Obuchi", "Kim Dae-jung"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["Prime Minister Keizo Obuchi, who is paying an official visit",
                       "The following is a summary of the meeting."]),
        dict(date="1998-10", place=None, country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None,
             evidence=["The visit returns the President's state visit",
                       "(1) The two leaders welcomed the steady implementation"]),
    ],
    agreements=[
        dict(title="Japan-ROK Economic Agenda 21", kind="joint-statement", date="1999-03-20",
             parties=["JP", "KR"], status="agreed",
             evidence=["(1) The two leaders adopted the",
                       "(2) Under the Agenda, the two leaders agreed"]),
        dict(title="conclude a Japan-ROK investment agreement at an early date",
             kind="commitment", date="1999-03-20", parties=["JP", "KR"], status="agreed",
             evidence=["(2) Under the Agenda, the two leaders agreed"]),
        dict(title="joint study on simplifying trade-related procedures", kind="commitment",
             date="1999-03-20", parties=["JP", "KR"], status="agreed",
             evidence=["(2) Under the Agenda, the two leaders agreed"]),
        dict(title="working-level consultations in May or June on the next WTO round",
             kind="commitment", date="1999-03-20", parties=["JP", "KR"], status="agreed",
             evidence=["(3) The two leaders also agreed that the two Governments"]),
        dict(title="cooperate toward the success of ASEM in Seoul in 2000", kind="commitment",
             date="1999-03-20", parties=["JP", "KR"], status="agreed",
             evidence=["(1) The two leaders agreed to cooperate closely"]),
        dict(title="Japan-ROK Joint Declaration and its Action Plan", kind="joint-declaration",
             date="1998-10", parties=["JP", "KR"], status="referenced",
             evidence=["(1) The two leaders welcomed the steady implementation"]),
        dict(title="new Japan-ROK Fisheries Agreement", kind="treaty", date=None,
             parties=["JP", "KR"], status="referenced",
             evidence=["(2) President Kim stated that the new Japan-ROK Fisheries Agreement"]),
        dict(title="U.S.-North Korea agreement on access to a suspected underground facility",
             kind="commitment", date="1999-03", parties=["KP", "US"], status="referenced",
             evidence=["(2) The two leaders shared the view that the agreement"]),
    ],
    notes=[
        "Invented readout in the style of Japan's Ministry of Foreign Affairs (title line,"
        " section headings and '(End)' are furniture; the date line is annotated). Every"
        " sentence is invented. Real background: thefreelibrary.com, Kyodo 1999-03-19 (three-day"
        " official visit to Seoul; summit on Saturday 1999-03-20; 'Japan-South Korea economic"
        " agenda' covering five areas including investment and intellectual property; early"
        " conclusion of an investment pact; study of simplified trade procedures; WTO"
        " cooperation with working-level talks in May or June; Obuchi on coordinated steps by"
        " Japan, South Korea and the U.S.; the U.S.-North Korea agreement that week on access to"
        " a suspected underground site); MOFA 2000-09-24 overview (name 'Japan-ROK Economic"
        " Agenda 21'); Japan Times 1998-10-08 (Ex-Im loans). Invented or from general"
        " knowledge: the meeting's length and place (Chong Wa Dae), the exchange on the"
        " fisheries agreement, the abduction item, the ASEM item (ASEM III in Seoul in 2000 is"
        " general knowledge), the dinner.",
        "Summits (2): Seoul 1999-03-20; Kim's state visit to Japan of October 1998 (background,"
        " no place named beyond the country). Not a summit: the ASEM meeting (a gathering), the"
        " dinner (part of the visit).",
        "Agreements (8): Economic Agenda 21 (kind joint-statement as a document adopted jointly"
        " by the two leaders; debatable, it is neither a declaration nor a statement by name);"
        " two commitments split from one sentence (investment agreement at an early date, which"
        " is recorded as a commitment to conclude rather than as a treaty because no text yet"
        " exists; debatable), the joint study on trade procedures, the WTO consultations, the"
        " ASEM cooperation; the 1998 declaration with its action plan, the fisheries agreement"
        " (referenced, date null: the text gives only its entry into force), and the"
        " U.S.-North Korea access agreement (a third-party agreement, referenced). Not"
        " agreements: Kim's hope about fisheries consultations (a wish; Obuchi only 'took"
        " note'), Japan's continued support for recovery (unilateral), the request about the"
        " abduction issue, the shared view on trilateral coordination.",
        "Statements: the readout has no quotation marks; every item sentence with a leader as"
        " source is a statement.",
    ],
)
