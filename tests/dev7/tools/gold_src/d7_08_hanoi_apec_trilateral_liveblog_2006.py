ABE = "Shinzo Abe"
ROH = "Roh Moo-hyun"
GWB = "George W. Bush"
HU = "Hu Jintao"
PUT = "Vladimir Putin"
SONG = "Song Min-soon"
TRI3 = [GWB, ROH, ABE]
RECAP = "also found time for their own bilateral meeting this afternoon"
TOM = "Tomorrow Bush meets Chinese President Hu Jintao and Putin"
HUN = "Roh leaves for Cambodia after the summit"
SONG1 = "According to Song Min-soon"
FIRST = "It was the first meeting of the three leaders since October 2002"
NOW = "Bush, Roh and Abe are now sitting down together"
LUNCH = "Bush and Abe have just finished their first face-to-face meeting"
JOFF = "A Japanese official said the two confirmed"
ABET = "Abe told reporters the two agreed"
BFAST = "Bush started his day with a breakfast meeting with Roh."
PRES = "The two presidents agreed on the principles"
BG = "Background: Abe, who took office in late September"
HANOI = dict(place="Hanoi", country="VN", ordinal=None, occasion="APEC")
GOLD = dict(
    published="2006-11-18",
    furniture=["Last updated: Nov. 18, 2006, 21:15 ICT", "ICT\n21:15 ICT\n", "18:40 ICT",
               "16:05 ICT", "14:10 ICT", "12:30 ICT", "08:20 ICT"],
    timex_in_furniture_ok=True,
    entities={
        ABE: ["Japanese Prime Minister Shinzo Abe", "Abe"],
        ROH: ["South Korean President Roh Moo-hyun", "Roh"],
        GWB: ["Bush"],
        HU: ["Chinese President Hu Jintao", "Hu"],
        PUT: ["Russian President Vladimir Putin", "Putin"],
        "Hun Sen": ["Prime Minister Hun Sen"],
        SONG: ["Song"],
        "Kim Dae-jung": [],
        "Junichiro Koizumi": ["former Japanese Prime Minister Junichiro Koizumi"],
    },
    quotes=[
        ("coordinated approach", "partial", ABE, "told reporters"),
        ("not taking part in the full scope", "partial", ROH, "said"),
    ],
    statements=[
        (SONG1, [SONG, GWB, ROH, ABE], "according to"),
        ("Song said Roh urged the United States", [SONG, ROH], "said"),
        (JOFF, [None, GWB, ABE], "said"),
        (ABET, [ABE], "told reporters"),
        (PRES, [GWB, ROH], "agreed"),
    ],
    timexes=[
        ("Nov. 18, 2006, 21:15 ICT", "2006-11-18T21:15", None),
        ("in four years", "P4Y", None),
        ("Hanoi [[tonight]]", "2006-11-18TNI", None),
        ("this afternoon", "2006-11-18TAF", None),
        ("less than six weeks", "P6W", "LESS_THAN"),
        ("Tomorrow", "2006-11-19", None),
        ("on Monday", "2006-11-20", None),
        ("October 2002", "2002-10", None),
        ("its [[Oct. 9]] nuclear", "2006-10-09", None),
        ("late September", "2006-09", "END"),
        ("Seoul on [[Oct. 9]]", "2006-10-09", None),
        ("the previous day", "2006-10-08", None),
    ],
    summits=[
        dict(date="2006-11-18", participants=TRI3, kind="trilateral", status="held",
             evidence=["Bush, Roh and Abe hold first three-way talks in four years",
                       "The three-way meeting is over.", SONG1, FIRST, NOW], **HANOI),
        dict(date="2006-11-18", participants=[ABE, ROH], kind="sidelines", status="held",
             evidence=[RECAP], **HANOI),
        dict(date="2006-11-18", participants=[ABE, PUT], kind="sidelines", status="held",
             evidence=[RECAP], **HANOI),
        dict(date="2006-11-19", participants=[GWB, HU], kind="sidelines", status="planned",
             evidence=[TOM], **HANOI),
        dict(date="2006-11-19", participants=[GWB, PUT], kind="sidelines", status="planned",
             evidence=[TOM], **HANOI),
        dict(date="2006-11-18", participants=[GWB, ABE], kind="sidelines", status="held",
             evidence=[LUNCH, JOFF, ABET], **HANOI),
        dict(date="2006-11-18", participants=[GWB, ROH], kind="sidelines", status="held",
             evidence=[BFAST, PRES], **HANOI),
        dict(date="2006-11-20", place="Phnom Penh", country="KH", participants=[ROH, "Hun Sen"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[HUN]),
        dict(date="2002-10", place="Los Cabos", country="MX",
             participants=[GWB, "Kim Dae-jung", "Junichiro Koizumi"], kind="trilateral",
             ordinal=None, status="held", occasion=None, evidence=[FIRST]),
        dict(date="2006-10-09", place="Seoul", country="KR", participants=[ABE, ROH],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BG]),
        dict(date="2006-10-08", place="Beijing", country="CN", participants=[ABE, HU],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[BG]),
    ],
    agreements=[
        dict(title="North Korea will not be recognized as a nuclear weapons state",
             kind="commitment", date="2006-11-18", parties=["JP", "KR", "US"],
             status="agreed", evidence=[SONG1]),
        dict(title="further strengthen the Japan-U.S. alliance", kind="commitment",
             date="2006-11-18", parties=["JP", "US"], status="agreed", evidence=[JOFF]),
        dict(title="accelerate Japan-U.S. missile defense cooperation (foreign and defense"
                   " ministers tasked)", kind="commitment", date="2006-11-18",
             parties=["JP", "US"], status="agreed", evidence=[JOFF]),
        dict(title="coordinated Japan-U.S. approach to North Korea", kind="commitment",
             date="2006-11-18", parties=["JP", "US"], status="agreed", evidence=[ABET]),
        dict(title="principles of the U.N. Security Council sanctions resolution on North"
                   " Korea (Bush-Roh)", kind="commitment", date="2006-11-18",
             parties=["KR", "US"], status="agreed", evidence=[PRES]),
    ],
    notes=[
        "Invented live blog (the entry times are invented; newest entry first). Furniture:"
        " the 'Last updated' stamp (annotated) and the entry stamps. Checked (pages): Bush's"
        " breakfast with Roh, his first one-on-one and working lunch with Abe, the summit"
        " opening at 2 p.m. at the new convention centre, Bush's joint meeting with Roh and"
        " Abe on Saturday Nov. 18, 2006 (AFP via sundaytimes.lk and Mail & Guardian; Taipei"
        " Times; China Daily); the first three-way summit in four years, no recognition of"
        " North Korea as a nuclear state, China's role and Roh's remarks, per Song Min-soon"
        " (Yonhap via Hankyoreh); Roh-Bush agreement on the principles of the sanctions"
        " resolution, Roh's PSI reservation, Abe's 'coordinated approach' (VOA; Taipei"
        " Times); the alliance and missile defence items (MOFA summary of 2006-11-27); the"
        " Abe-Roh and Abe-Putin meetings that afternoon (newsclip.be); Bush with Hu and"
        " Putin on Sunday and the APEC statement on North Korea (VOA; Taipei Times); Roh's"
        " Cambodia visit and Hun Sen talks on Monday (Korea Times via ki-media); Abe's"
        " Beijing and Seoul summits of Oct. 8-9 (Taipei Times, 2006-10-10). Public record:"
        " Abe took office on Sept. 26, 2006; Los Cabos trilateral of October 2002.",
        "Summits (11): the trilateral; Abe-Roh and Abe-Putin in Hanoi; planned Bush-Hu and"
        " Bush-Putin ('Tomorrow'); Bush-Abe (lunch) and Bush-Roh (breakfast); planned"
        " Roh-Hun Sen in Phnom Penh on Monday (bilateral visit); background Los Cabos"
        " (occasion null: the text does not name APEC), Abe-Roh in Seoul Oct. 9, Abe-Hu in"
        " Beijing 'the previous day'. Not summits: the APEC leaders' meeting.",
        "Agreements (5): the trilateral's non-recognition of a nuclear North Korea (agreed"
        " commitment; the 'shared the understanding' clause is not one); Bush-Abe: alliance,"
        " missile defence (two courses in one sentence), 'agreed that a coordinated approach"
        " ... was needed' (debatable: agreement on a need); Bush-Roh agreement on the"
        " resolution's principles (commitment, parties KR/US; the resolution itself is a"
        " U.N. Security Council decision, not an agreement between governments, and is not"
        " recorded). Not agreements: the APEC statement expected 'Tomorrow' (not yet"
        " adopted), the PSI (Roh declines full participation).",
        "Statements: 'According to Song Min-soon, ... the leaders agreed' has Song and the"
        " three leaders; 'A Japanese official said the two confirmed' has the official"
        " (null) and Bush and Abe.",
        "Timexes: 'in four years' in the headline = P4Y; 'less than six weeks' = P6W"
        " LESS_THAN; 'late September' = 2006-09 END; 'day one' in the headline is not"
        " annotated (as 'day two' in d6_14).",
    ],
)
