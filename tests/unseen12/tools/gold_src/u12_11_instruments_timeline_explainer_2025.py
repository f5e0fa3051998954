OPEN = "Sixty years ago today"
JUNE = "The Treaty on Basic Relations is signed in Tokyo"
RATIF = "Ratifications are exchanged in Seoul"
DECL = "President Kim Dae-jung and Prime Minister Keizo Obuchi sign"
SWAP1 = "The central banks open a currency swap line"
INV = "Kim Dae-jung and Junichiro Koizumi sign an investment treaty"
CW = "Foreign ministers Yun Byung-se and Fumio Kishida announce"
GSO = "Defense Minister Han Min-koo and Japanese Ambassador"
END = "Seoul says it will end the intelligence pact"
SUSP = "it suspends that decision"
SWAP2 = "Finance ministers Choo Kyung-ho and Shunichi Suzuki agree"
TOKYO = "President Lee Jae Myung and Prime Minister Shigeru Ishiba issue"
BUSAN = "Meeting in Busan, Lee and Ishiba adopt"
HOPE = "Officials in both capitals say they hope"

GOLD = dict(
    published="2025-12-18",
    furniture=[
        "EXPLAINER | The Hangang Tribune | Published : 2025-12-18 07:00 | Updated : 2025-12-18"
        " 09:40\n\nSixty years in force: the paper that holds Seoul and Tokyo together",
    ],
    timex_in_furniture_ok=True,
    entities={
        "Lee Tong-won": [],
        "Etsusaburo Shiina": [],
        "Kim Dae-jung": ["President Kim Dae-jung"],
        "Keizo Obuchi": ["Prime Minister Keizo Obuchi", "Obuchi"],
        "Junichiro Koizumi": [],
        "Yun Byung-se": [],
        "Fumio Kishida": [],
        "Han Min-koo": ["Defense Minister Han Min-koo"],
        "Yasumasa Nagamine": ["Japanese Ambassador Yasumasa Nagamine"],
        "Choo Kyung-ho": [],
        "Shunichi Suzuki": [],
        "Lee Jae Myung": ["President Lee Jae Myung", "Lee"],
        "Shigeru Ishiba": ["Prime Minister Shigeru Ishiba", "Ishiba"],
        "Government of South Korea": ["Seoul"],
    },
    quotes=[
        ("deep remorse and heartfelt apology", "partial", "Keizo Obuchi", "expresses"),
        ("finally and irreversibly.", "partial", "Yun Byung-se", "announce"),
        ("A declaration is not the goal", "direct", None, "said"),
    ],
    statements=[
        ("Obuchi expresses", ["Keizo Obuchi"], "expresses"),
        (CW, ["Yun Byung-se", "Fumio Kishida"], "announce"),
        (END, ["Government of South Korea"], "says"),
        (HOPE, [None], "say"),
    ],
    timexes=[
        ("Published : [[2025-12-18 07:00]]", "2025-12-18T07:00", None),
        ("Updated : [[2025-12-18 09:40]]", "2025-12-18T09:40", None),
        ("[[Sixty years]] in force", "P60Y", None),
        (OPEN, "1965-12-18", None),
        ("today, on [[Dec. 18, 1965]], diplomats", "1965-12-18", None),
        ("June 22, 1965", "1965-06-22", None),
        ("[[Dec. 18, 1965]] -- Ratifications", "1965-12-18", None),
        ("Oct. 8, 1998", "1998-10-08", None),
        ("the 21st century", "20", None),
        ("[[2001]] -- The central banks", "2001", None),
        ("in 2011", "2011", None),
        ("February 2015", "2015-02", None),
        ("March 22, 2002", "2002-03-22", None),
        ("Dec. 28, 2015", "2015-12-28", None),
        ("three years later", "2018", None),
        ("Nov. 23, 2016", "2016-11-23", None),
        ("Aug. 22, 2019", "2019-08-22", None),
        ("On Nov. 22", "2019-11-22", None),
        ("June 29, 2023", "2023-06-29", None),
        ("for three years", "P3Y", None),
        ("Aug. 23, 2025", "2025-08-23", None),
        ("17 years", "P17Y", None),
        ("Sept. 30, 2025", "2025-09-30", None),
        ("in 2028", "2028", None),
    ],
    summits=[
        dict(date="1998-10-08", place="Tokyo", country="JP",
             participants=["Kim Dae-jung", "Keizo Obuchi"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[DECL]),
        dict(date="2002-03-22", place="Seoul", country="KR",
             participants=["Kim Dae-jung", "Junichiro Koizumi"], kind="bilateral",
             ordinal=None, status="held", occasion=None, evidence=[INV]),
        dict(date="2025-08-23", place="Tokyo", country="JP",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[TOKYO]),
        dict(date="2025-09-30", place="Busan", country="KR",
             participants=["Lee Jae Myung", "Shigeru Ishiba"], kind="bilateral", ordinal=None,
             status="held", occasion=None, evidence=[BUSAN]),
    ],
    agreements=[
        dict(title="Treaty on Basic Relations", kind="treaty", date="1965-06-22",
             parties=["JP", "KR"], status="referenced", evidence=[OPEN, JUNE, RATIF]),
        dict(title="agreement settling property and claims", kind="treaty", date="1965-06-22",
             parties=["JP", "KR"], status="referenced",
             evidence=[JUNE, "Japan provides $300 million"]),
        dict(title="Japan-ROK Joint Declaration: a new partnership for the 21st century",
             kind="joint-declaration", date="1998-10-08", parties=["JP", "KR"],
             status="referenced", evidence=[DECL, "Obuchi expresses", HOPE]),
        dict(title="Bank of Korea-Bank of Japan currency swap line", kind="mou", date="2001",
             parties=["JP", "KR"], status="referenced",
             evidence=[SWAP1, "It grows to $70 billion"]),
        dict(title="Korea-Japan investment treaty", kind="treaty", date="2002-03-22",
             parties=["JP", "KR"], status="referenced", evidence=[INV]),
        dict(title="2015 agreement on the comfort women issue", kind="joint-statement",
             date="2015-12-28", parties=["JP", "KR"], status="referenced",
             evidence=[CW, "Japan pays 1 billion yen"]),
        dict(title="General Security of Military Information Agreement", kind="treaty",
             date="2016-11-23", parties=["JP", "KR"], status="referenced",
             evidence=[GSO, END, SUSP]),
        dict(title="revived $10 billion currency swap", kind="mou", date="2023-06-29",
             parties=["JP", "KR"], status="referenced", evidence=[SWAP2]),
        dict(title="Lee-Ishiba joint press statement (Tokyo)", kind="joint-statement",
             date="2025-08-23", parties=["JP", "KR"], status="referenced", evidence=[TOKYO]),
        dict(title="Busan document on consultations on low birth rates, aging and regional"
                   " revitalization", kind="joint-statement", date="2025-09-30",
             parties=["JP", "KR"], status="referenced", evidence=[BUSAN]),
    ],
    notes=[
        "Invented timeline/explainer (stamp line and headline are furniture; stamps and the"
        " headline's 'Sixty years' annotated). Outlet, the closing quote, the hope for a 2028"
        " declaration are invented. Real background: AJIL note via Cambridge (ratifications"
        " exchanged in Seoul on 18 December 1965); much.go.kr (signing of 22 June 1965 in"
        " Tokyo by Lee Tong-won and Shiina); worldjpn (claims agreement; $300 million grants,"
        " $200 million loans); epfl graphsearch (1998 declaration of 8 October by Obuchi and"
        " Kim Dae-jung); BBC 2002-03-22 and JoongAng Daily (Kim-Koizumi talks in Seoul;"
        " investment treaty signed; World Cup co-hosting); Yonhap via korean-vibe, Korea"
        " Herald and MOEF 2023-06-29 (swap began 2001 at $2 billion, $70 billion in 2011,"
        " expired February 2015; revived in Tokyo on 29 June 2023 at $10 billion for three"
        " years by Choo Kyung-ho and Shunichi Suzuki); gangnam.com and nichibei.org (2015"
        " agreement of 28 December in Seoul; 'finally and irreversibly'; 1 billion yen); KBS"
        " 2016-11-23 and pinocchiopedia (GSOMIA signed in Seoul on 23 November 2016 by Han"
        " Min-koo and Yasumasa Nagamine); mikeanthonyguitarlessons page on GSOMIA (suspension"
        " of the termination on 22 November 2019); korea.net and KBS (joint statement of"
        " 23 August 2025, first in 17 years); particle.news (Busan joint document of"
        " 30 September 2025). From general knowledge: the termination decision of 22 August"
        " 2019, the dissolution of the foundation in 2018, the 1998 declaration's wording.",
        "Summits (4): summits implied by signings and documents (Kim-Obuchi, Kim-Koizumi,"
        " Lee-Ishiba in Tokyo and Busan). The finance, foreign and defense ministers' acts are"
        " not summits.",
        "Agreements (10): all referenced (a timeline; none concluded in a reported event). The"
        " swap line of 2001 and the revived arrangement of 2023 are separate mou records (a new"
        " arrangement after the old one lapsed; debatable). The 2015 agreement is a"
        " joint-statement per ANNOTATION.md. The Busan 'document' is taken as a"
        " joint-statement (a jointly issued outcome document; debatable). Not an agreement: the"
        " hoped-for 2028 declaration ('neither government has formally proposed one').",
        "Quotes: 'finally and irreversibly' is given to Yun Byung-se, the first named of the two"
        " ministers who announced the agreement (debatable; both used it).",
        "Timexes: 'Sixty years ago today' is one expression (1965-12-18); 'the 21st century' ="
        " '20'; 'three years later' = 2018 (the date it points to).",
    ],
)
