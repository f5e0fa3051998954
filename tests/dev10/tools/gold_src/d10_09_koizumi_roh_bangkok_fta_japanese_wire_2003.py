# ruff: noqa: E501
LEDE = "Prime Minister Junichiro Koizumi and South Korean President Roh Moo Hyun agreed Monday"
SIDE = "Meeting on the sidelines of the Asia-Pacific Economic Cooperation forum"
SOC = "In the statement, the leaders also confirmed"
FLIGHTS = "Koizumi and Roh further agreed to work toward opening direct flights"
START = "Results that benefit both sides"
SECOND = "The meeting was the leaders' second in less than two weeks"
BALI = "They held about an hour of talks on Oct. 8"
PUTIN = "Before seeing Roh on Monday"
GOH = "Roh is scheduled to meet Singapore Prime Minister Goh Chok Tong"
FIRST = "Koizumi and Roh first met as leaders in Seoul"
BOTH = ["Junichiro Koizumi", "Roh Moo-hyun"]

GOLD = dict(
    published="2003-10-20",
    furniture=[
        "Koizumi, Roh agree to launch full FTA talks by year-end",
        "BANGKOK, Oct. 20 (Shinsei) -- ",
        "(END)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi", "Koizumi"],
        "Roh Moo-hyun": ["South Korean President Roh Moo Hyun", "Roh"],
        "Vladimir Putin": ["Russian President Vladimir Putin"],
        "Hu Jintao": ["Chinese President Hu Jintao"],
        "Goh Chok Tong": ["Singapore Prime Minister Goh Chok Tong"],
    },
    quotes=[
        ("Results that benefit both sides will be a big step", "direct", "Junichiro Koizumi", "told"),
    ],
    statements=[
        (LEDE, BOTH, "agreed"),
        (SIDE, BOTH, "saying"),
        (SOC, BOTH, "confirmed"),
        (FLIGHTS, BOTH, "agreed"),
        (BALI, BOTH, "agreed"),
    ],
    timexes=[
        ("year-end", "2003", "END"),
        ("BANGKOK, [[Oct. 20]]", "2003-10-20", None),
        ("agreed [[Monday]]", "2003-10-20", None),
        ("the end of this year", "2003", "END"),
        ("in [[2005]], Japanese", "2005", None),
        ("on [[Oct. 2]] that", "2003-10-02", None),
        ("less than two weeks", "P2W", "LESS_THAN"),
        ("about an hour", "PT1H", "APPROX"),
        ("Oct. 8", "2003-10-08", None),
        ("seeing Roh on [[Monday]]", "2003-10-20", None),
        ("on [[Thursday]]", "2003-10-23", None),
        ("Seoul in [[February]]", "2003-02", None),
        ("Tokyo in [[June]]", "2003-06", None),
    ],
    summits=[
        dict(date="2003-10-20", place="Bangkok", country="TH", participants=BOTH, kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[LEDE, SIDE, START, SECOND]),
        dict(date="2003-10-08", place="Bali", country="ID", participants=BOTH, kind="sidelines", ordinal=None,
             status="held", occasion="ASEAN Plus Three summit", evidence=[BALI]),
        dict(date="2003-10-20", place="Bangkok", country="TH", participants=["Junichiro Koizumi", "Vladimir Putin"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[PUTIN]),
        dict(date="2003-10-20", place="Bangkok", country="TH", participants=["Junichiro Koizumi", "Hu Jintao"], kind="sidelines", ordinal=None,
             status="held", occasion="APEC", evidence=[PUTIN]),
        dict(date="2003-10-23", place=None, country=None, participants=["Roh Moo-hyun", "Goh Chok Tong"], kind="bilateral", ordinal=None,
             status="planned", occasion=None, evidence=[GOH]),
        dict(date="2003-02", place="Seoul", country="KR", participants=BOTH, kind="bilateral", ordinal=1,
             status="held", occasion=None, evidence=[FIRST]),
        dict(date="2003-06", place="Tokyo", country="JP", participants=BOTH, kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[FIRST]),
    ],
    agreements=[
        dict(title="launch full-scale FTA negotiations by the end of 2003 and substantially conclude them in 2005", kind="commitment", date="2003-10-20",
             parties=["JP", "KR"], status="agreed", evidence=[LEDE]),
        dict(title="joint statement on the Japan-ROK FTA", kind="joint-statement", date="2003-10-20",
             parties=["JP", "KR"], status="agreed", evidence=[SIDE, SOC]),
        dict(title="social security agreement", kind="treaty", date=None,
             parties=["JP", "KR"], status="agreed", evidence=[SOC]),
        dict(title="work toward direct Haneda-Gimpo flights", kind="commitment", date="2003-10-20",
             parties=["JP", "KR"], status="agreed", evidence=[FLIGHTS]),
        dict(title="work toward visa-free travel to Japan for South Koreans", kind="commitment", date="2003-10-20",
             parties=["JP", "KR"], status="agreed", evidence=[FLIGHTS]),
        dict(title="Japan, South Korea and the U.S. to keep working closely for a new round of six-party talks", kind="commitment", date="2003-10-08",
             parties=["JP", "KR"], status="referenced", evidence=[BALI]),
    ],
    notes=[
        "Invented Japanese wire story (agency 'Shinsei' invented; headline, dateline and '(END)' are furniture; the headline expression 'year-end' and the dateline are annotated). Koizumi's quote is reworded from the remark reported by officials.",
        "Facts checked on stored pages: japantimes.co.jp 2003-10-21 (Kyodo: agreed Monday to launch full negotiations this year, conclude by 2005; met on the sidelines of APEC in Bangkok; joint statement, WTO rules; social security pact, basic agreement on contents; Haneda-Gimpo flights and visa-free trips; Koizumi's remark at a Bangkok hotel; study group report Oct. 2); japan.kantei.go.jp/koizumiphoto/2003/10/20apec_e.html (October 20: separate talks with Putin, Hu Jintao and Roh before the APEC meeting; launch negotiations by the end of 2003); mofa.go.jp/region/asia-paci/asean/pmv0310/rok.html (Bali, 8 October 2003, about one hour, at the ASEAN+3 meeting; Japan, ROK and U.S. to keep working closely for an early next round of six-party talks); donga.com 2003-10-12 (Roh to meet Goh Chok Tong on October 23 after APEC); worldjpn.net 20030607.O1E (first meeting at the February inauguration, June summit in Tokyo).",
        "Summits (7): Bangkok Koizumi-Roh, Koizumi-Putin and Koizumi-Hu (all APEC sidelines, 20 October), Bali 8 October (ASEAN Plus Three sidelines), the planned Roh-Goh meeting on Thursday (place not named: null), Seoul February 2003 ('first met as leaders', ordinal 1) and Tokyo June 2003. 'the leaders' second in less than two weeks' refers to Bali and Bangkok; no ordinal is recorded because it does not count all their meetings.",
        "Agreements (6): the FTA launch commitment; the joint statement; the social security agreement (treaty not yet signed, basic agreement on its contents, status agreed, date null); two commitments split from one sentence (flights, visa-free travel); the Bali commitment on trilateral coordination (referenced background). Not agreements: the joint study group's recommendation; the hoped-for Korea-Singapore free trade deal (no commitment stated).",
        "Timexes: 'year-end' (headline) and 'the end of this year' = 2003 END; 'less than two weeks' = P2W LESS_THAN; 'at an early date' is not annotated.",
    ],
)
