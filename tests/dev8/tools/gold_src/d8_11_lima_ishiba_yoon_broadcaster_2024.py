ISH = "Shigeru Ishiba"
YSY = "Yoon Suk Yeol"
JB = "Joe Biden"
XI = "Xi Jinping"
OFF = "Office of the President (South Korea)"
KJ = ["JP", "KR"]
KJU = ["JP", "KR", "US"]
HEAD = "Ishiba, Yoon share grave concern over N.Korea-Russia ties in second meeting"
LEAD = "Prime Minister Ishiba Shigeru and South Korean President Yoon Suk-yeol have voiced"
MET = "The two leaders met for about 50 minutes at a hotel in Lima"
SECOND = "It was their second meeting, following their first talks in Vientiane"
UNIFIED = "They agreed to work closely so that the international community"
DEVELOP = "Ishiba and Yoon also agreed to further develop bilateral relations"
SHUTTLE = "South Korea's presidential office said the two leaders decided"
OFTEN = "Speaking to reporters after the talks, Ishiba said"
WHEN = "He said he and Yoon had agreed to meet"
TRI = "On Friday, Ishiba and Yoon held a three-way meeting with US President Joe Biden."
SEC = "The leaders welcomed the launch of a trilateral secretariat"
LAST = "Biden said he hoped the partnership, which he built with Yoon"
NOTED = "Biden noted that the Lima meeting was likely his last"
XIM = "Ishiba also held his first face-to-face talks with Chinese President Xi Jinping"
MB = "The two agreed to promote a"
BID = "Earlier that day, Ishiba met Biden one-on-one."
YXI = "Yoon also sat down with Xi on Friday"
LIMA = dict(place="Lima", country="PE", status="held", occasion="APEC")
GOLD = dict(
    published="2024-11-17",
    furniture=["Nov. 17, 2024 09:12 JST", "NBJ World", "Related",
               "- Japan, US, South Korea launch secretariat to institutionalize cooperation",
               "- Ishiba, Xi agree on \"mutually beneficial\" ties in first meeting"],
    timex_in_furniture_ok=True,
    entities={
        ISH: ["Prime Minister Ishiba Shigeru", "Ishiba Shigeru", "Ishiba", "He", "he"],
        YSY: ["South Korean President Yoon Suk-yeol", "Yoon Suk-yeol", "Yoon"],
        JB: ["US President Joe Biden", "Biden"],
        "Fumio Kishida": ["then-Prime Minister Kishida Fumio", "Kishida Fumio"],
        XI: ["Chinese President Xi Jinping", "Xi"],
        "Donald Trump": ["President-elect Donald Trump"],
        OFF: ["South Korea's presidential office"],
    },
    quotes=[
        ("whenever the chance arises.", "partial", ISH, "said"),
        ("built to last.", "partial", JB, "said"),
    ],
    statements=[
        (HEAD, [ISH, YSY], "share grave concern"),
        (LEAD, [ISH, YSY], "have voiced"),
        (UNIFIED, [ISH, YSY], "agreed"),
        (DEVELOP, [ISH, YSY], "agreed"),
        (SHUTTLE, [OFF, ISH, YSY], "said"),
        (OFTEN, [ISH], "said"),
        (WHEN, [ISH], "said"),
        (SEC, [ISH, YSY, JB], "welcomed"),
        (LAST, [JB], "said"),
        (NOTED, [JB], "noted"),
        (MB, [ISH, XI], "agreed"),
    ],
    timexes=[
        ("Nov. 17, 2024 09:12 JST", "2024-11-17T09:12", None),
        ("about 50 minutes", "PT50M", "APPROX"),
        ("on [[Saturday]] local time", "2024-11-16", None),
        ("Laos, in [[October]]", "2024-10", None),
        ("next year", "2025", None),
        ("On [[Friday]], Ishiba and Yoon", "2024-11-15", None),
        ("August last year", "2023-08", None),
        ("office in [[January]]", "2025-01", None),
        ("Xi Jinping on [[Friday]]", "2024-11-15", None),
        ("Earlier that day", "2024-11-15", None),
        ("Xi on [[Friday]], their", "2024-11-15", None),
        ("two years", "P2Y", None),
        ("on [[Monday]]", "2024-11-18", None),
    ],
    summits=[
        dict(date="2024-11-16", participants=[ISH, YSY], kind="sidelines", ordinal=2,
             evidence=[HEAD, MET, SECOND, UNIFIED, DEVELOP, SHUTTLE, OFTEN], **LIMA),
        dict(date="2024-10", place="Vientiane", country="LA", participants=[ISH, YSY],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[SECOND]),
        dict(date="2024-11-15", participants=[JB, ISH, YSY], kind="trilateral",
             ordinal=None, evidence=[TRI, SEC, NOTED], **LIMA),
        dict(date="2023-08", place="Camp David", country="US",
             participants=[JB, YSY, "Fumio Kishida"], kind="trilateral", ordinal=None,
             status="held", occasion=None, evidence=[LAST]),
        dict(date="2024-11-15", participants=[ISH, XI], kind="sidelines", ordinal=1,
             evidence=[XIM, MB], **LIMA),
        dict(date="2024-11-15", participants=[ISH, JB], kind="sidelines", ordinal=None,
             evidence=[BID], **LIMA),
        dict(date="2024-11-15", participants=[YSY, XI], kind="sidelines", ordinal=None,
             evidence=[YXI], **LIMA),
    ],
    agreements=[
        dict(title="work closely for a unified international message on North Korea",
             kind="commitment", date="2024-11-16", parties=KJ, status="agreed",
             evidence=[UNIFIED]),
        dict(title="further develop bilateral relations toward the 60th anniversary",
             kind="commitment", date="2024-11-16", parties=KJ, status="agreed",
             evidence=[DEVELOP]),
        dict(title="continue shuttle diplomacy without being bound by its format",
             kind="commitment", date="2024-11-16", parties=KJ, status="agreed",
             evidence=[SHUTTLE]),
        dict(title="meet whenever the chance arises", kind="commitment", date="2024-11-16",
             parties=KJ, status="agreed", evidence=[WHEN]),
        dict(title="launch of a trilateral secretariat", kind="commitment",
             date="2024-11-15", parties=KJU, status="agreed", evidence=[SEC]),
        dict(title="joint statement of the Lima trilateral meeting", kind="joint-statement",
             date="2024-11-15", parties=KJU, status="agreed", evidence=[SEC]),
        dict(title="promote a mutually beneficial strategic relationship (Japan-China)",
             kind="commitment", date="2024-11-15", parties=["CN", "JP"], status="agreed",
             evidence=[MB]),
    ],
    notes=[
        "Invented article in the style of a Japanese broadcaster's English news website"
        " (the broadcaster NBJ World, the related headlines and all wording are invented;"
        " 'whenever the chance arises' rewords Ishiba's reported 'at any time', 'built to"
        " last' is a fragment of Biden's reported remarks). Japanese name order for Japanese"
        " leaders, as such sites use. Furniture: time stamp (annotated), outlet line, related"
        " block. Checked (pages): Ishiba-Yoon on Saturday Nov. 16, 2024 in Lima, 50 minutes"
        " at a hotel, their second talks, strong/grave concern over North Korea-Russia"
        " military cooperation and troop deployment, a unified international message, further"
        " development toward the 60th anniversary, shuttle diplomacy 'without being"
        " constrained by its format', Ishiba's wish for more frequent summits (KBS"
        " Seq_Code=189135; Jiji via Yomiuri and nippon.com; Yonhap via todayheadline and"
        " mangalorean.com); the Friday trilateral with Biden, secretariat, joint statement,"
        " Ishiba-Biden beforehand (thevoice.news; devdiscourse), Biden's 'built to last' and"
        " likely last meeting (voz.us; MENAFN); Ishiba-Xi first talks on Nov. 15, 'mutually"
        " beneficial', safety of Japanese nationals (Kyodo via exbulletin; indiandefensenews;"
        " Sputnik); Yoon-Xi on Friday, first in two years since Bali (anews; Korea Bizwire);"
        " Ishiba's trip to the Rio G20 opening Monday (Jiji via oananews). Public record:"
        " Vientiane, Oct. 10, 2024; Camp David, August 2023; Trump's inauguration in January"
        " 2025.",
        "Summits (7): Lima Ishiba-Yoon (ordinal 2 from 'their second meeting'; the trilateral"
        " the day before is a different participant set); Vientiane (ordinal 1 from 'their"
        " first talks'; kind bilateral, no gathering named); the Lima trilateral; Camp David"
        " (named by its three participants); Ishiba-Xi (ordinal 1, 'his first face-to-face"
        " talks'), Ishiba-Biden, Yoon-Xi ('their first summit in two years': window, no"
        " ordinal). Not summits: the Rio G20, Trump's inauguration.",
        "Agreements (7): four Ishiba-Yoon courses (unified message; development toward the"
        " anniversary; shuttle diplomacy; meeting whenever possible, from Ishiba's account,"
        " debatable as overlapping with shuttle diplomacy); the trilateral secretariat"
        " (commitment) and the Lima joint statement (joint-statement), parties JP/KR/US;"
        " Ishiba-Xi 'mutually beneficial' relationship (CN/JP). Not agreements: the concern,"
        " Ishiba's request to Xi on safety.",
        "Quotes: '\"mutually beneficial\"' is an established policy formula and not a quote"
        " (dev2).",
        "Timexes: the JST stamp; 'Saturday local time' = 2024-11-16 (the Lima date, one day"
        " before the JST publication date); 'Earlier that day' = 2024-11-15.",
    ],
)
