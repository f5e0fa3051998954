# ruff: noqa: E501
YOKO = "Instead, the neighbors' leaders will hold formal talks in Yokohama on Sunday"
OBKAN = "Obama is also due to see Kan there on Saturday."
TORKAN = "he and Lee held their first talks on the margins of the Toronto gathering"
KANAUG = "Tokyo's ties with Seoul have been warmer since August"
TOR = "When Obama and Lee met in Toronto in June"
PRESSER = "The joint news conference at Cheong Wa Dae is over."
LEESAID = "Lee said he and Obama had agreed that more time was needed"
ARRIVE = "President Barack Obama has arrived at Cheong Wa Dae for his summit with Lee"
JAKARTA = "Obama flew in late on Wednesday from Jakarta"

GOLD = dict(
    published="2010-11-11",
    furniture=[
        "LIVE: G20 Seoul, day one - Obama and Lee fail to close trade deal; Kan flies in, Yokohama next\n"
        "Last updated: Thursday, November 11, 2010, 22:10 KST\n"
        "Our correspondents in Seoul",
        "\n22:10 KST\n",
        "19:05 KST",
        "15:40 KST",
        "13:20 KST",
        "11:45 KST",
        "10:30 KST",
        "09:00 KST",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Myung-bak": ["President Lee Myung-bak", "Lee"],
        "Naoto Kan": ["Japanese Prime Minister Naoto Kan", "Kan"],
        "Barack Obama": ["President Barack Obama", "Obama", "He"],
        "Susilo Bambang Yudhoyono": ["Indonesian President Susilo Bambang Yudhoyono"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("balanced growth", "partial", "Lee Myung-bak", "toast"),
        ("a greeting, not a meeting.", "partial", None, "stressed"),
        ("meaningful,", "partial", "Government of South Korea", "called"),
        ("at the earliest possible date.", "partial", "Lee Myung-bak", "said"),
        ("We don't want this to drag on,", "direct", "Barack Obama", "said"),
        ("in a matter of weeks", "partial", "Barack Obama", "added"),
    ],
    statements=[
        ("A Japanese official said Kan and Lee exchanged", [None], "said"),
        (KANAUG, ["Naoto Kan"], "issued a statement apologizing"),
        ("Seoul called the gesture", ["Government of South Korea"], "called"),
        (LEESAID, ["Lee Myung-bak"], "said"),
        ("He added that he wanted the deal done", ["Barack Obama"], "added"),
    ],
    timexes=[
        ("G20 Seoul, [[day one]]", "2010-11-11", None),
        ("Thursday, November 11, 2010, 22:10 KST", "2010-11-11T22:10", None),
        ("\n[[22:10 KST]]\n", "2010-11-11T22:10", None),
        ("[[tomorrow morning]], the summit's", "2010-11-12TMO", None),
        ("the summit's second and final day", "2010-11-12", None),
        ("from us [[tonight]]", "2010-11-11TNI", None),
        ("19:05 KST", "2010-11-11T19:05", None),
        ("Yokohama [[on Sunday]]", "2010-11-14", None),
        ("hosting [[this weekend]]", "2010-W45-WE", None),
        ("there [[on Saturday]]", "2010-11-13", None),
        ("15:40 KST", "2010-11-11T15:40", None),
        ("in Seoul [[this afternoon]]", "2010-11-11TAF", None),
        ("taking office in [[June]]", "2010-06", None),
        ("[[later that month]]", "2010-06", None),
        ("warmer [[since August]]", "2010-08", "AFTER"),
        ("13:20 KST", "2010-11-11T13:20", None),
        ("Toronto in [[June]], they", "2010-06", None),
        ("set [[this week]] as", "2010-W45", None),
        ("signed in [[2007]]", "2007", None),
        ("11:45 KST", "2010-11-11T11:45", None),
        ("10:30 KST", "2010-11-11T10:30", None),
        ("[[late on Wednesday]] from Jakarta", "2010-11-10", "END"),
        ("Yudhoyono [[on Tuesday]]", "2010-11-09", None),
        ("a [[10-day]] Asian tour", "P10D", None),
        ("09:00 KST", "2010-11-11T09:00", None),
        ("meet in Seoul [[today]] and", "2010-11-11", None),
        ("today and [[tomorrow]], the first", "2010-11-12", None),
    ],
    summits=[
        dict(date="2010-11-11", place="Seoul", country="KR", participants=["Barack Obama", "Lee Myung-bak"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[PRESSER, LEESAID, ARRIVE]),
        dict(date="2010-11-14", place="Yokohama", country="JP", participants=["Lee Myung-bak", "Naoto Kan"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[YOKO]),
        dict(date="2010-11-13", place="Yokohama", country="JP", participants=["Barack Obama", "Naoto Kan"],
             kind="sidelines", ordinal=None, status="planned", occasion="APEC", evidence=[OBKAN]),
        dict(date="2010-06", place="Toronto", country="CA", participants=["Naoto Kan", "Lee Myung-bak"],
             kind="sidelines", ordinal=1, status="held", occasion="G20", evidence=[TORKAN]),
        dict(date="2010-06", place="Toronto", country="CA", participants=["Barack Obama", "Lee Myung-bak"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[TOR]),
        dict(date="2010-11-09", place="Jakarta", country="ID", participants=["Barack Obama", "Susilo Bambang Yudhoyono"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[JAKARTA]),
    ],
    agreements=[
        dict(title="instruct trade ministers to find a mutually acceptable solution on the FTA at the earliest possible date", kind="commitment",
             date="2010-11-11", parties=["KR", "US"], status="agreed", evidence=[LEESAID]),
        dict(title="Korea-U.S. free trade agreement", kind="treaty", date="2007", parties=["KR", "US"],
             status="referenced", evidence=[TOR]),
        dict(title="settle the outstanding FTA issues by the Seoul G20 (Toronto target)", kind="commitment", date="2010-06",
             parties=["KR", "US"], status="referenced", evidence=[TOR]),
        dict(title="keep working toward a resumption of Japan-Korea free trade negotiations", kind="commitment", date="2010-06",
             parties=["JP", "KR"], status="referenced", evidence=[TORKAN]),
    ],
    notes=[
        "Invented live page of a Seoul outlet; headline, last-updated line, correspondents line and entry time stamps are furniture (all stamps annotated, KST kept as local wall-clock time). Invented: the entry times, Lee's toast, the Japanese official's 'a greeting, not a meeting', the reception exchange between Kan and Lee, Seoul's 'meaningful', the wording attributed to Lee and Obama ('at the earliest possible date', 'We don't want this to drag on').",
        "Real facts checked on stored pages: nbcnews.com id 40122926 and abcnews.go.com 12123550 (Obama-Lee talks and joint news conference at the Blue House on Thursday 11 Nov 2010, failure to settle the FTA over autos and beef, trade ministers asked to reach a deal as soon as possible, Obama wanting it done 'in a matter of weeks'; Obama's June meeting with Lee and his aim to have the deal lined up by his November visit); china.org.cn 2010-11-10 (Obama arrived late Wednesday; trade deal struck in 2007); thedailybeast.com (working dinner at the National Museum of Korea on 11 Nov; G20 on 11-12 Nov); charactermedia.com (10-day Asia trip with stops in India and Indonesia; Obama to meet Kan in Yokohama at APEC). From the project's manifests: Kan's August 2010 apology statement and pledge to return the royal archives (unseen8, 2010-08-10); Lee-Kan talks at APEC in Yokohama on 14 Nov (unseen8, 2010-11-14); Lee-Kan first talks at the Toronto G20 in June 2010, keeping free trade hopes alive (unseen14, 2010-06-27). General knowledge: Obama-Yudhoyono talks in Jakarta on 9 Nov 2010; Kan took office in June 2010.",
        "Summits (6): Obama-Lee in Seoul (sidelines of the G20, told as 'his summit with Lee' and through the joint news conference); planned Lee-Kan (Sunday) and Obama-Kan (Saturday) in Yokohama at APEC; Kan-Lee in Toronto (ordinal 1, 'their first talks'); Obama-Lee in Toronto; Obama-Yudhoyono in Jakarta. Not summits: the Kan-Lee exchange at the reception ('a greeting, not a meeting'), the working dinner (part of the G20), 'bilateral meetings' in aggregate.",
        "Agreements (4): the Seoul instruction to trade ministers (KR-US commitment); KORUS FTA (treaty, 2007, referenced); the Toronto target (referenced KR-US commitment, debatable); the Toronto JP-KR commitment on free trade talks (referenced). Not agreements: Kan's August statement and pledge to hand over the archives ('a decision Tokyo took on its own').",
        "Timexes: 'since August' = 2010-08 with AFTER (debatable); 'this weekend' = 2010-W45-WE; 'later that month' = 2010-06; 'late on Wednesday' = 2010-11-10 END; 'in a matter of weeks' and 'for days' are not annotated (vague).",
    ],
)
