# ruff: noqa: E501
LEDE = "President Moon Jae-in held one-on-one talks"
THANK = "Moon thanked Merkel for her work"
SAT = "On Saturday, Moon spoke with U.S. President Joe Biden"
QUOTE = '"It was a chat on the way in'
POPE = "A day earlier, Moon had been received by Pope Francis"
POPE2 = "The pontiff said he would go if invited"
KISH = "Kishida, who took office on Oct. 4"
YET = "Moon and Kishida have yet to meet"
GLAS = "Moon heads next to Glasgow"
NOPLAN = "Officials said no meeting with Kishida is planned"
GOLD = dict(
    published="2021-10-31",
    furniture=[
        "(LEAD) Moon sees Merkel, brushes past Biden in Rome; no contact with Japan's Kishida, who joins G20 by video\nKCN | 2021/10/31 22:15 KST",
        "ROME, Oct. 31 (KCN) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Moon Jae-in": ["President Moon Jae-in", "Moon"],
        "Angela Merkel": ["outgoing German Chancellor Angela Merkel", "Merkel", "her"],
        "Fumio Kishida": ["Fumio Kishida", "Kishida", "Japan's new prime minister"],
        "Joe Biden": ["U.S. President Joe Biden"],
        "Pope Francis": ["Pope Francis", "The pontiff", "him"],
        "Yoshihide Suga": ["Kishida's predecessor, Yoshihide Suga"],
        "Shinzo Abe": ["Abe"],
        "Park Kyung-mee": ["presidential spokesperson Park Kyung-mee"],
        "Office of the President of South Korea": ["the presidential office", "Cheong Wa Dae"],
    },
    quotes=[
        ("It was a chat on the way in", "direct", None, "said"),
    ],
    statements=[
        (LEDE, ["Office of the President of South Korea"], "said"),
        (THANK, ["Moon Jae-in", "Angela Merkel", "Park Kyung-mee"], "said"),
        (QUOTE, [None], "said"),
        (POPE, ["Moon Jae-in"], "asked"),
        (POPE2, ["Pope Francis", "Office of the President of South Korea"], "said"),
        (NOPLAN, [None], "said"),
    ],
    timexes=[
        ("2021/10/31 22:15 KST", "2021-10-31T22:15", None),
        ("ROME, [[Oct. 31]] (KCN", "2021-10-31", None),
        ("said [[Sunday]], while", "2021-10-31", None),
        ("two-day", "P2D", None),
        ("16 years", "P16Y", None),
        ("On Saturday", "2021-10-30", None),
        ("two to three minutes", "PT3M", "APPROX"),
        ("A day earlier", "2021-10-29", None),
        ("Oct. 4", "2021-10-04", None),
        ("Saturday night's", "2021-10-30TNI", None),
        ("held [[Sunday]]", "2021-10-31", None),
        ("Oct. 15", "2021-10-15", None),
        ("December 2019", "2019-12", None),
        ("on [[Monday]] and Tuesday", "2021-11-01", None),
        ("Monday and [[Tuesday]]", "2021-11-02", None),
    ],
    summits=[
        dict(date="2021-10", place="Rome", country="IT", participants=["Moon Jae-in", "Angela Merkel"],
             kind="sidelines", ordinal=None, status="held", occasion="G20", evidence=[LEDE, THANK]),
        dict(date="2021-10-29", place="Vatican", country="VA", participants=["Moon Jae-in", "Pope Francis"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[POPE]),
        dict(date="2019-12", place="Chengdu", country="CN", participants=["Moon Jae-in", "Shinzo Abe"],
             kind="sidelines", ordinal=None, status="held", occasion="Korea-China-Japan trilateral summit", evidence=[YET]),
    ],
    agreements=[
        dict(title="cooperate on fair access to COVID-19 vaccines", kind="commitment",
             date="2021-10", parties=["KR", "DE"], status="agreed", evidence=[THANK]),
        dict(title="papal visit to North Korea (Moon's request)", kind="commitment",
             date="2021-10-29", parties=["KR", "VA"], status="proposed", evidence=[POPE]),
    ],
    notes=[
        "Invented Korean wire story ('KCN'; headline with stamp line, dateline prefix and (END) are furniture; stamp and dateline annotated). The senior official's quote is invented; the spokesperson's account is paraphrased.",
        "Real facts checked on stored pages: koreaherald ud=20211101000128 (Moon and Merkel met one-on-one on the G20 sidelines in Rome; Moon thanked her for her work since 2005 / 16 years; vaccine access; spokesperson Park Kyung-mee), world.kbs.co.kr Seq_Code 165237 (Moon and Biden exchanged greetings for a couple of minutes before the welcome ceremony on Saturday; the Pope's readiness to visit North Korea if invited), newsdirectory3.com (two to three minute 'encounter' with Biden; Pope meeting on the 29th), en.yna.co.kr AEN20211022011900315 and AEN20211029012200315 (Vatican meeting on 29 Oct; COP26 on Monday and Tuesday), tokyoreview.net and tellerreport.com (Kishida joined the G20 online on the night of the 30th; election on 31 Oct), mindofthegeek.com (Kishida arranging to attend COP26), world.kbs.co.kr Seq_Code 64660 (state visit to Hungary). From general knowledge and other corpora's titles: Kishida in office from 4 Oct 2021, the Moon-Kishida phone call of 15 Oct 2021, no Moon-Suga summit, Chengdu December 2019.",
        "Summits (3): Moon-Merkel in Rome (the text gives no day: 2021-10), Moon-Pope Francis at the Vatican ('A day earlier' than Saturday: 29 Oct; the Pope as head of state of the Holy See), Chengdu Moon-Abe (December 2019). Not summits: the Biden chat ('not a summit'), the video session, the phone call, 'have yet to meet', the unplanned Glasgow meeting, the Hungary state visit (no leader named, not recorded).",
        "Agreements (2): KR-DE vaccine commitment (agreed), Moon's request for a papal visit to North Korea (proposed to the Holy See; debatable, as the Pope's answer is conditional). Timexes: 'two to three minutes' = PT3M APPROX (debatable); 'Monday and Tuesday' are two expressions (1 and 2 Nov), as the contract counts 'X and Y'.",
    ],
)
