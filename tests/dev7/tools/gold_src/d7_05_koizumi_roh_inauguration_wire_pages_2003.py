KOI = "Junichiro Koizumi"
ROH = "Roh Moo-hyun"
KDJ = "Kim Dae-jung"
KJI = "Kim Jong Il"
GWB = "George W. Bush"
LEAD = "was in Seoul on Tuesday for the inauguration"
PLAN = "planned to confirm with Roh the importance"
KAWA = "On January 16, Japanese Foreign Minister Yoriko Kawaguchi met"
INV = "Kawaguchi also invited Roh to visit Japan."
MARCH = "During a visit to Seoul last March"
PY = "In September, Koizumi flew to Pyongyang"
LC = ("A month later, Koizumi, Kim Dae-jung", "enrichment programme promptly and verifiably.")
GOLD = dict(
    published="2003-02-25",
    furniture=["Meridian Wire -- Asia Desk -- Page 1 of 2", "By Daniel Ortiz",
               "SEOUL, Feb 25 (Meridian Wire) -", "-- MORE --",
               "Meridian Wire -- Asia Desk -- Page 2 of 2", "KOIZUMI-ROH/2",
               "(Reporting by Daniel Ortiz; additional reporting by Aiko Mori in Tokyo;"
               " Editing by Neil Fraser)"],
    timex_in_furniture_ok=True,
    entities={
        KOI: ["Japanese Prime Minister Junichiro Koizumi", "Koizumi", "the prime minister"],
        ROH: ["President Roh Moo-hyun", "Roh", "the new South Korean leader",
              "the then president-elect"],
        KDJ: ["Kim Dae-jung", "Kim"],
        KJI: ["North Korean leader Kim Jong Il"],
        GWB: ["U.S. President George W. Bush"],
        "Colin Powell": ["U.S. Secretary of State Colin Powell"],
        "Yoriko Kawaguchi": ["Japanese Foreign Minister Yoriko Kawaguchi", "Kawaguchi"],
        "Park Eun-ha": [],
    },
    quotes=[
        ("The prime minister wants to show Pyongyang", "direct", None, "said"),
        ("Roh cannot afford a chill", "direct", "Park Eun-ha", "said"),
    ],
    statements=[
        (PLAN, [None], "said"),
        (KAWA, ["Yoriko Kawaguchi", ROH], "agreed"),
        (INV, ["Yoriko Kawaguchi"], "invited"),
        ("The talks went ahead even though Roh expressed regret", [ROH], "expressed regret"),
        (MARCH, [KOI, KDJ], "agreed"),
        (LC, [KOI, KDJ, GWB], "issued a joint statement"),
        ("Analysts said Roh would need Tokyo's support", [None], "said"),
    ],
    timexes=[
        ("SEOUL, [[Feb 25]] (Meridian", "2003-02-25", None),
        ("on [[Tuesday]] for the inauguration", "2003-02-25", None),
        ("later in the day", "2003-02-25", None),
        ("inspectors in [[December]]", "2002-12", None),
        ("December 19", "2002-12-19", None),
        ("January 16", "2003-01-16", None),
        ("two days earlier", "P2D", None),
        ("last March", "2002-03", None),
        ("the summer", "2002-SU", None),
        ("In [[September]], Koizumi", "2002-09", None),
        ("A month later", "P1M", None),
    ],
    summits=[
        dict(date="2003-02-25", place="Seoul", country="KR", participants=[KOI, ROH],
             kind="bilateral", ordinal=None, status="planned", occasion=None,
             evidence=["Koizumi in Seoul for Roh inauguration; first summit", LEAD, PLAN]),
        dict(date="2002-03", place="Seoul", country="KR", participants=[KOI, KDJ],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[MARCH]),
        dict(date="2002-09", place="Pyongyang", country="KP", participants=[KOI, KJI],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PY]),
        dict(date="2002-10", place="Los Cabos", country="MX", participants=[KOI, KDJ, GWB],
             kind="trilateral", ordinal=None, status="held", occasion="APEC", evidence=[LC]),
    ],
    agreements=[
        dict(title="arrange an early Roh-Koizumi meeting (Kawaguchi and Roh)",
             kind="commitment", date="2003-01-16", parties=["JP", "KR"], status="referenced",
             evidence=[KAWA]),
        dict(title="Roh visit to Japan (Kawaguchi's invitation)", kind="commitment",
             date="2003-01-16", parties=["JP", "KR"], status="proposed", evidence=[INV]),
        dict(title="Japan-South Korea bilateral investment treaty", kind="treaty",
             date="2002-03", parties=["JP", "KR"], status="referenced", evidence=[MARCH]),
        dict(title="joint study on a Japan-South Korea free trade agreement",
             kind="commitment", date="2002-03", parties=["JP", "KR"], status="referenced",
             evidence=[MARCH]),
        dict(title="Japan-DPRK Pyongyang Declaration", kind="joint-declaration",
             date="2002-09", parties=["JP", "KP"], status="referenced", evidence=[PY]),
        dict(title="Los Cabos joint statement on North Korea's uranium enrichment programme",
             kind="joint-statement", date="2002-10", parties=["JP", "KR", "US"],
             status="referenced", evidence=[LC]),
    ],
    notes=[
        "Invented wire story as printed from a news archive (Meridian Wire, reporters Daniel"
        " Ortiz and Aiko Mori, editor Neil Fraser, the senior Japanese official, analyst Park"
        " Eun-ha and the Seoul Institute for Northeast Asian Studies are fictional). Page"
        " furniture: the two 'Page N of 2' stamps, '-- MORE --', the continuation slug"
        " 'KOIZUMI-ROH/2', byline, dateline and the credit line; no sentence crosses a page"
        " break. The dateline date is annotated. Checked (pages): Koizumi's attendance at"
        " Roh's inauguration on Feb. 25, 2003 with a summit planned, to affirm"
        " future-oriented ties and confirm Japan-ROK-U.S. coordination on North Korea (MOFA"
        " announcement of 2003-02-18); Kawaguchi's meeting with president-elect Roh on"
        " Thursday Jan. 16, 2003, agreement to arrange an early Koizumi-Roh meeting, her"
        " invitation, Roh's regret over the Yasukuni visit of Tuesday Jan. 14 (Kyodo via"
        " Japan Times, 2003-01-17); a Roh-Koizumi phone call as president-elect (KBS). Public"
        " record: Roh's election on Dec. 19, 2002; the expulsion of IAEA inspectors in"
        " December 2002; Powell at the inauguration; Koizumi's Seoul visit of March 2002"
        " with the investment treaty and the FTA joint study; the 2002 World Cup; the"
        " Pyongyang summit and declaration of Sept. 17, 2002; the Los Cabos trilateral"
        " statement of Oct. 26, 2002.",
        "Summits (4): the planned Koizumi-Roh summit 'later in the day' (status planned: the"
        " story was filed before it; it was held the same day); Seoul March 2002;"
        " Koizumi-Kim Jong Il in Pyongyang (Kim Jong Il treated as North Korea's leader,"
        " debatable: his office was chairman of the National Defence Commission); Los Cabos"
        " trilateral (sidelines of APEC, kind trilateral). Not summits: the inauguration"
        " ceremony, Powell's call on Roh (a minister), the Kawaguchi-Roh meeting (a minister"
        " and a president-elect), the telephone call.",
        "Agreements (6): the Kawaguchi-Roh agreement to arrange an early meeting"
        " (referenced commitment; parties JP/KR although Roh was president-elect, debatable)"
        " and Kawaguchi's invitation (proposed); the 2002 investment treaty and FTA joint"
        " study (referenced); the Pyongyang Declaration (JP/KP); the Los Cabos joint"
        " statement. Not agreements: what Koizumi 'planned to confirm' (an intention before"
        " the talks).",
        "Statements: 'planned to confirm ..., Japanese officials said' (null); 'Analysts"
        " said' (null, unnamed). The Los Cabos sentence counts as a joint statement of the"
        " three leaders ('issued a joint statement calling on'), debatable.",
        "Timexes: 'in December' in a past-tense sentence = 2002-12; 'the summer' = 2002-SU;"
        " 'two days earlier' = P2D; 'A month later' = P1M (durations).",
    ],
)
