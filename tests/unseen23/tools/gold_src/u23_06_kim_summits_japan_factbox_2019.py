# ruff: noqa: E501
LEDE = "North Korean leader Kim Jong Un held his first summit"
ABE = "Japanese Prime Minister Shinzo Abe, who is due to see"
MAR = "Kim makes his first foreign trip"
PAN = "Kim and South Korean President Moon Jae-in sign"
DAL = "A second meeting with Xi"
MAY = "Moon and Kim sit down again"
SIN = "Kim and Trump hold the first U.S.-North Korea summit"
PY = "Moon visits the North's capital"
RET = "Kim promises a return visit to Seoul"
JAN = "Kim's fourth meeting with Xi"
HAN = "Kim and Trump cut short their second summit"
VLA = "Kim and Putin talk for about three hours"
INV = "Putin accepts an invitation"
KOIZ = "The only Japan-North Korea summits took place"
READY = "Abe has said he is ready to meet Kim"
GOLD = dict(
    published="2019-04-26",
    furniture=[
        "FACTBOX-Kim Jong Un's summits since 2018, and the Japanese chair still empty\n26 April 2019 - 04:30 GMT\nMeridian Wire",
        "(Meridian) - ",
        "(Compiled by the Meridian Asia desk)",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Kim Jong Un": ["North Korean leader Kim Jong Un", "Kim"],
        "Vladimir Putin": ["Russian President Vladimir Putin", "Putin"],
        "Shinzo Abe": ["Japanese Prime Minister Shinzo Abe", "Abe"],
        "Donald Trump": ["U.S. President Donald Trump", "Trump"],
        "Xi Jinping": ["Chinese President Xi Jinping", "Xi"],
        "Moon Jae-in": ["South Korean President Moon Jae-in", "Moon"],
        "Junichiro Koizumi": ["Prime Minister Junichiro Koizumi"],
        "Kim Jong Il": ["Kim's father, Kim Jong Il"],
        "KCNA": ["North Korean state media"],
    },
    quotes=[],
    statements=[
        (PAN, ["Kim Jong Un", "Moon Jae-in"], "pledging"),
        (RET, ["Kim Jong Un"], "promises"),
        (INV, ["Vladimir Putin", "KCNA"], "say"),
        (READY, ["Shinzo Abe"], "has said"),
    ],
    timexes=[
        ("26 April 2019 - 04:30 GMT", "2019-04-26T04:30", None),
        ("on Thursday", "2019-04-25", None),
        ("on Friday", "2019-04-26", None),
        ("MARCH 2018", "2018-03", None),
        ("APRIL 27, 2018", "2018-04-27", None),
        ("within the year", "2018", None),
        ("MAY 2018", "2018-05", None),
        ("MAY 26, 2018", "2018-05-26", None),
        ("JUNE 12, 2018", "2018-06-12", None),
        ("SEPT. 18-20, 2018", "2018-09-18/2018-09-20", None),
        ("JANUARY 2019", "2019-01", None),
        ("FEB. 27-28, 2019", "2019-02-27/2019-02-28", None),
        ("APRIL 25, 2019", "2019-04-25", None),
        ("about three hours", "PT3H", "APPROX"),
        ("September 2002", "2002-09", None),
        ("May 2004", "2004-05", None),
    ],
    summits=[
        dict(date="2019-04-25", place="Vladivostok", country="RU", participants=["Kim Jong Un", "Vladimir Putin"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[LEDE, VLA]),
        dict(date="2019-04-26", place="White House", country="US", participants=["Shinzo Abe", "Donald Trump"],
             kind="bilateral", ordinal=None, status="planned", occasion=None, evidence=[ABE]),
        dict(date="2018-03", place="Beijing", country="CN", participants=["Kim Jong Un", "Xi Jinping"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[MAR]),
        dict(date="2018-04-27", place="Panmunjom", country="KR", participants=["Kim Jong Un", "Moon Jae-in"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[PAN]),
        dict(date="2018-05", place="Dalian", country="CN", participants=["Kim Jong Un", "Xi Jinping"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[DAL]),
        dict(date="2018-05-26", place="Panmunjom", country="KP", participants=["Kim Jong Un", "Moon Jae-in"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[MAY]),
        dict(date="2018-06-12", place="Singapore", country="SG", participants=["Kim Jong Un", "Donald Trump"],
             kind="bilateral", ordinal=1, status="held", occasion=None, evidence=[SIN]),
        dict(date="2018-09-18", place="Pyongyang", country="KP", participants=["Kim Jong Un", "Moon Jae-in"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[PY]),
        dict(date="2019-01", place="Beijing", country="CN", participants=["Kim Jong Un", "Xi Jinping"],
             kind="bilateral", ordinal=4, status="held", occasion=None, evidence=[JAN]),
        dict(date="2019-02-27", place="Hanoi", country="VN", participants=["Kim Jong Un", "Donald Trump"],
             kind="bilateral", ordinal=2, status="held", occasion=None, evidence=[JAN, HAN]),
        dict(date="2002-09", place="Pyongyang", country="KP", participants=["Junichiro Koizumi", "Kim Jong Il"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KOIZ]),
        dict(date="2004-05", place="Pyongyang", country="KP", participants=["Junichiro Koizumi", "Kim Jong Il"],
             kind="bilateral", ordinal=None, status="held", occasion=None, evidence=[KOIZ]),
    ],
    agreements=[
        dict(title="Panmunjom Declaration", kind="joint-declaration", date="2018-04-27",
             parties=["KR", "KP"], status="signed", evidence=[PAN]),
        dict(title="Singapore joint statement", kind="joint-statement", date="2018-06-12",
             parties=["US", "KP"], status="signed", evidence=[SIN]),
        dict(title="Pyongyang Joint Declaration", kind="joint-declaration", date="2018-09",
             parties=["KR", "KP"], status="signed", evidence=[PY]),
        dict(title="military agreement attached to the Pyongyang Joint Declaration", kind="treaty", date="2018-09",
             parties=["KR", "KP"], status="signed", evidence=[PY]),
        dict(title="Putin to visit North Korea at a convenient time (accepted invitation)", kind="commitment",
             date="2019-04-25", parties=["RU", "KP"], status="agreed", evidence=[INV]),
        dict(title="Pyongyang Declaration (2002)", kind="joint-declaration", date="2002-09",
             parties=["JP", "KP"], status="referenced", evidence=[KOIZ]),
    ],
    notes=[
        "Invented fact box from an international wire ('Meridian Wire'; headline block, agency prefix and compiler line are furniture; the stamp and the dated entry headings are annotated). No quotes.",
        "Real facts checked on stored pages: cryer.org.uk (2019 North Korea-Russia summit, 25 April 2019, Vladivostok; Putin accepts Kim's invitation per KCNA), larouchepub.com and en.apa.az (talks at Far Eastern Federal University on Russky Island, about two to three hours), fr.news-front.su (no joint communique or signed agreements planned), search.com.vn / wikipedia mirrors (Kim-Xi meetings: 25-28 March 2018 Beijing, 7-8 May 2018 Dalian, 19-20 June 2018, 7-10 January 2019 Beijing), thestar.com (AP: Trump-Abe meeting Friday 26 April after Thursday's Kim-Putin summit; Hanoi ended without agreement), english.hani.co.kr 862815 and mofa.go.kr (Pyongyang 18-20 Sept 2018, declaration and military agreement), m.koreaherald 20180429000133 (Panmunjom Declaration, end of the war within the year). From general knowledge: Panmunjom 26 May 2018, Singapore 12 June 2018 joint statement, Hanoi 27-28 Feb 2019, Koizumi's visits to Pyongyang in September 2002 and May 2004.",
        "Summits (12): Vladivostok (ordinal 1, 'first summit'), the planned Abe-Trump White House meeting (Friday), Kim-Xi Beijing March 2018 (ordinal 1: 'first foreign trip'), Panmunjom April (1) and May (2), Dalian (2, 'A second meeting with Xi'), Singapore (1), Pyongyang (dated to its first day; ordinal left null, the text gives none), Beijing January 2019 (4), Hanoi (2), Koizumi-Kim Jong Il 2002 and 2004. The June 2018 Beijing visit is deliberately absent from the text. Not recorded: Kim's promised Seoul visit ('has yet to take place', no date), an Abe-Kim meeting ('no meeting has been arranged').",
        "Agreements (6): in a fact box the entries report the instruments as concluded at the meetings listed, so they are 'signed' (debatable; a reader may see them as referenced background); the 2002 Pyongyang Declaration is referenced. Putin's accepted invitation is an agreed commitment (as unseen16). 'without a deal' and 'No joint document' are non-agreements. Range headings are single interval timexes.",
    ],
)
