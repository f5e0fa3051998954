KIM = "Kim Dae-jung"
KOI = "Junichiro Koizumi"
BOTH = [KIM, KOI]
OPEN = "President Kim Dae-jung held a summit with Prime Minister Junichiro Koizumi"
SECOND = "It was the second meeting between the two leaders"
ITEM1 = "The two leaders welcomed the progress in implementing"
ITEM2 = "The two leaders agreed that the two governments would sign"
ITEM3 = "President Kim asked that Korean nationals"
ITEM4 = "They confirmed that Korea and Japan would continue"
ITEM5 = "The two leaders reaffirmed the spirit"
GOLD = dict(
    published="2001-10-20",
    furniture=["Cheong Wa Dae | Briefing by the Spokesman | 2001.10.20, Shanghai",
               "[Unofficial translation]", "The main results of the summit are as follows.",
               "(Reference)"],
    timex_in_furniture_ok=True,
    entities={
        KIM: ["President Kim Dae-jung", "President Kim"],
        KOI: ["Prime Minister Junichiro Koizumi", "Prime Minister Koizumi", "the Prime Minister"],
    },
    quotes=[
        ("taken the first steps back onto the right road", "partial", KIM, "said"),
        ("that the people can feel.", "partial", KIM, "said"),
    ],
    statements=[
        (ITEM1, BOTH, "welcomed"),
        (ITEM2, BOTH, "agreed"),
        (ITEM3, BOTH, "asked"),
        ("The two leaders shared the view that the fight against terrorism", BOTH,
         "shared the view"),
        (ITEM4, BOTH, "confirmed"),
        (ITEM5, BOTH, "reaffirmed"),
        ("President Kim said the two sides", [KIM], "said"),
        ("During the Seoul visit, Prime Minister Koizumi visited", [KOI], "expressed"),
        ("President Kim asked that the Prime Minister's words", [KIM], "asked"),
    ],
    timexes=[
        ("2001.10.20", "2001-10-20", None),
        ("Shanghai on [[October 20]]", "2001-10-20", None),
        ("five days", "P5D", None),
        ("one-day", "P1D", None),
        ("October 15", "2001-10-15", None),
        ("this year", "2001", None),
        ("the [[2002]] FIFA", "2002", None),
        ("1998", "1998", None),
        ("next year", "2002", None),
    ],
    summits=[
        dict(date="2001-10-20", place="Shanghai", country="CN", participants=BOTH,
             kind="sidelines", ordinal=2, status="held", occasion="APEC",
             evidence=["Results of the Korea-Japan Summit in Shanghai", OPEN, SECOND]),
        dict(date="2001-10-15", place="Seoul", country="KR", participants=BOTH,
             kind="bilateral", ordinal=1, status="held", occasion=None,
             evidence=[SECOND, "During the Seoul visit, Prime Minister Koizumi visited"]),
    ],
    agreements=[
        dict(title="joint history research body (agreed in Seoul)", kind="commitment",
             date="2001-10-15", parties=["JP", "KR"], status="referenced", evidence=[ITEM1]),
        dict(title="sign the Korea-Japan investment agreement within this year",
             kind="commitment", date="2001-10-20", parties=["JP", "KR"], status="agreed",
             evidence=[ITEM2]),
        dict(title="continue consultations to expand air services", kind="commitment",
             date="2001-10-20", parties=["JP", "KR"], status="agreed", evidence=[ITEM2]),
        dict(title="pursue visa exemption for Koreans during the 2002 World Cup",
             kind="commitment", date="2001-10-20", parties=["JP", "KR"], status="agreed",
             evidence=[ITEM3]),
        dict(title="continue close coordination with the United States on North Korea",
             kind="commitment", date="2001-10-20", parties=["JP", "KR"], status="agreed",
             evidence=[ITEM4]),
        dict(title="Korea-Japan Joint Declaration of 1998", kind="joint-declaration",
             date="1998", parties=["JP", "KR"], status="referenced", evidence=[ITEM5]),
    ],
    notes=[
        "Invented readout in the style of the South Korean presidential office (Cheong Wa"
        " Dae) spokesman (not the real briefing; Kim's two fragments are invented)."
        " Furniture: header, translation note, lead-in, '(Reference)'; the header date is"
        " annotated. Checked (pages): Kim and Koizumi met in Shanghai on Saturday Oct. 20,"
        " 2001 during APEC, a week after their Seoul meeting, and agreed to sign an"
        " investment treaty before the end of the year, to expand air services and to pursue"
        " a visa exemption for Koreans during the World Cup (JoongAng Daily); Koizumi's"
        " one-day Seoul trip of Monday Oct. 15, their first meeting, at the Blue House, his"
        " remorse after the museum visit and Kim's call for action (Reuters/AP via NAPSNet,"
        " 2001-10-15); a joint history research body among the Seoul agreements (JoongAng"
        " Daily, March 2002); Koizumi's Shanghai press conference listing his meeting with"
        " Kim (MOFA). Invented: the readout wording and the shared view on terrorism and"
        " the North Korea coordination items (plausible, not checked).",
        "Summits (2): Shanghai (ordinal 2 from 'the second meeting between the two"
        " leaders'; sidelines, occasion APEC); Seoul Oct. 15 (ordinal 1 from 'their first"
        " summit').",
        "Agreements (6): referenced history research body (dated by the Seoul visit); item 2"
        " split into the investment agreement signing and air services (the unsigned"
        " investment agreement is not a separate treaty record: only the commitment to sign"
        " it, debatable); the visa exemption (Kim's request, then agreed); North Korea"
        " coordination (a 'confirmed that Korea and Japan would' course); the 1998"
        " declaration (referenced). Not agreements: the shared view on terrorism, the"
        " expressed hope.",
        "Timexes: 'five days after' = P5D (duration, as 'X later'); 'one-day visit' = P1D;"
        " 'within this year' = 2001 (span 'this year').",
    ],
)
