ROH = "Roh Moo-hyun"
KOI = "Junichiro Koizumi"
HU = "Hu Jintao"
GWB = "George W. Bush"
CWD = "Cheong Wa Dae"
LEAD = "sat down together in Busan this afternoon"
JEJU = "You will remember that the two leaders agreed on Jeju Island"
DEC = "Mr. Roh was due to visit Japan next month"
HUS = "Chinese President Hu Jintao, who held a summit"
GY = ("Meanwhile, yesterday in Gyeongju", "to abandon its nuclear programmes.")
FTA = "Free trade negotiations between Korea and Japan"
GOLD = dict(
    published="2005-11-18",
    furniture=["HANBIT TV NIGHT NEWS - Transcript, Segment 1 of 3",
               "Broadcast: November 18, 2005, 21:00 KST", "ANCHOR (Choi Min-ho):",
               "CORRESPONDENT (Kang Ji-won, Busan):", "[[ANCHOR:]] Did", "[[ANCHOR:]] And",
               "[[ANCHOR:]] What", "[[ANCHOR:]] Kang", "[[CORRESPONDENT:]] Very",
               "[[CORRESPONDENT:]] Chinese", "[[CORRESPONDENT:]] The leaders'"],
    timex_in_furniture_ok=True,
    entities={
        ROH: ["President Roh Moo-hyun", "President Roh", "Mr. Roh"],
        KOI: ["Japanese Prime Minister Junichiro Koizumi", "Mr. Koizumi", "the prime minister"],
        HU: ["Chinese President Hu Jintao"],
        GWB: ["President George W. Bush"],
        CWD: ["the presidential office"],
        "Kang Ji-won": ["Ji-won"],
        "Choi Min-ho": ["Choi"],
    },
    quotes=[
        ("a challenge to Korea", "partial", ROH, "described"),
        ("The door is open, but nobody is walking through it", "direct", None, "told me"),
    ],
    statements=[
        ("Cheong Wa Dae was careful to call it a courtesy meeting", [CWD], "call"),
        ("According to a senior presidential aide who briefed us", [ROH, None], "told"),
        ("The aide said Mr. Roh described the visits", [None, ROH], "said"),
        ("Mr. Koizumi, for his part, repeated", [KOI], "repeated"),
        (JEJU, [ROH, KOI], "agreed"),
        (DEC, [CWD], "said"),
        (GY, [ROH, GWB], "reaffirmed"),
    ],
    timexes=[
        ("November 18, 2005, 21:00 KST", "2005-11-18T21:00", None),
        ("this afternoon", "2005-11-18TAF", None),
        ("about 30 minutes", "PT30M", "APPROX"),
        ("Jeju Island [[last year]]", "2004", None),
        ("Seoul in [[June]]", "2005-06", None),
        ("next month", "2005-12", None),
        ("October 17", "2005-10-17", None),
        ("a [[December]] summit", "2005-12", None),
        ("Tonight", "2005-11-18TNI", None),
        ("Seoul on [[Wednesday]]", "2005-11-16", None),
        ("Meanwhile, [[yesterday]] in", "2005-11-17", None),
        ("the [[September]] joint statement", "2005-09", None),
        ("tomorrow", "2005-11-19", None),
        ("two years ago", "2003", None),
        ("November last year", "2004-11", None),
        ("this week", "2005-W46", None),
    ],
    summits=[
        dict(date="2005-11-18", place="Busan", country="KR", participants=[ROH, KOI],
             kind="sidelines", ordinal=None, status="held", occasion="APEC",
             evidence=[LEAD, "Cheong Wa Dae was careful to call it a courtesy meeting",
                       "Choi, the meeting lasted about 30 minutes",
                       "According to a senior presidential aide who briefed us"]),
        dict(date="2004", place="Jeju Island", country="KR", participants=[ROH, KOI],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[JEJU]),
        dict(date="2005-06", place="Seoul", country="KR", participants=[ROH, KOI],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[JEJU]),
        dict(date="2005-11-16", place="Seoul", country="KR", participants=[ROH, HU],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[HUS]),
        dict(date="2005-11-17", place="Gyeongju", country="KR", participants=[ROH, GWB],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[GY]),
    ],
    agreements=[
        dict(title="Korea-Japan shuttle summits: take turns visiting each other regularly"
                   " (Jeju, 2004)", kind="commitment", date="2004", parties=["JP", "KR"],
             status="referenced", evidence=[JEJU]),
        dict(title="Joint Declaration on the alliance and on peace on the Korean Peninsula"
                   " (Gyeongju)", kind="joint-declaration", date="2005-11-17",
             parties=["KR", "US"], status="agreed", evidence=[GY]),
        dict(title="September 2005 joint statement of the six-party talks",
             kind="joint-statement", date="2005-09",
             parties=["CN", "JP", "KP", "KR", "RU", "US"], status="referenced",
             evidence=[GY]),
        dict(title="Korea-Japan free trade negotiations (launched 2003)", kind="commitment",
             date="2003", parties=["JP", "KR"], status="referenced", evidence=[FTA]),
    ],
    notes=[
        "Invented TV news transcript (Hanbit TV, anchor Choi Min-ho, correspondent Kang"
        " Ji-won, the senior aide and the Korean diplomat are fictional; the meeting's"
        " length of about 30 minutes is invented). Furniture: programme line, broadcast"
        " stamp (annotated), ANCHOR/CORRESPONDENT labels. Checked (pages): the Roh-Koizumi"
        " meeting in Busan on Friday Nov. 18, 2005, downgraded by Seoul to a 'courtesy"
        " meeting', Roh's call to stop the Yasukuni visits, 'a challenge' (Roh's words as"
        " quoted by a Japanese official, reworded fragment), Seoul wanting actions not"
        " apologies, Koizumi praying for peace, Roh's refusal to say whether he would visit"
        " Japan next month, Hu rebuffing a meeting with Koizumi, Roh and Hu on Wednesday"
        " (Reuters via jawawa.id; NYT via prakorea blog; AP via China Daily); Seoul's"
        " statement after the Oct. 17 shrine visit that a December summit was no longer"
        " under review (Bloomberg via China Daily); the Gyeongju summit and Joint"
        " Declaration of Nov. 17, 2005 and the reference to the September six-party joint"
        " statement (White House, govinfo, VOA); shuttle summits agreed in 2004 and"
        " Koizumi's Seoul visit of June 2005 (Dong-a, MOFA); FTA talks stalled since"
        " November 2004 (AFP via apsislamabad blog, 2008).",
        "Summits (5): Busan (called a 'courtesy meeting' by Seoul, still an in-person"
        " meeting of the two heads: a summit, sidelines of APEC); background Jeju 2004 (year"
        " only), Seoul June 2005, Roh-Hu in Seoul (Wednesday), Roh-Bush in Gyeongju"
        " ('yesterday'; bilateral: a state visit before APEC). Not summits: the December"
        " visit to Japan (no longer under review, officials 'declining to say': not"
        " planned, debatable), Hu-Koizumi (turned down), the APEC meeting.",
        "Agreements (4): the 2004 shuttle arrangement (referenced); the Gyeongju joint"
        " declaration (status agreed: reported as yesterday's news, not merely cited,"
        " debatable); the six-party statement (referenced); the FTA negotiations launched in"
        " 2003 (referenced commitment, debatable). 'no joint document and no new agreement'"
        " is negated.",
        "Statements: the correspondent's and anchor's own words are not statements; 'officials"
        " are still declining to say' is not annotated (a refusal to speak).",
        "Timexes: 'Good evening' is a greeting, not annotated; 'Tonight' = 2005-11-18TNI;"
        " 'two years ago' = 2003; 'this week' ="
        " 2005-W46. The Gyeongju sentence is an explicit span (the builder cuts 'George"
        " W. Bush').",
    ],
)
